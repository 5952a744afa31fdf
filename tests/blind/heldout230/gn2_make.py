"""Build the seven gn2- blind test files (set heldout230).

Run with: /work/main/.venv/bin/python gn2_make.py
Each data list below also carries the reading a person makes of each action
(ref, under, lead, end, status); gn2 expected YAMLs were written from the same lists.
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

FILL = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}
STATUS = {"B": "blue", "G": "green", "A": "amber", "R": "red"}


def D(y, m, d):
    return dt.datetime(y, m, d)


# --------------------------------------------------------------------------
# docx helpers
# --------------------------------------------------------------------------
def shade(cell, hexfill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexfill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    """Write text into a cell; inner \n become separate paragraphs."""
    parts = text.split("\n")
    cell.paragraphs[0].text = ""
    run = cell.paragraphs[0].add_run(parts[0])
    run.bold = bold
    run.font.size = Pt(size)
    for p in parts[1:]:
        para = cell.add_paragraph()
        r = para.add_run(p)
        r.bold = bold
        r.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


# ==========================================================================
# 1. Dorset SAB - SAR 'Frank' action plan (docx, one table per theme,
#    recommendation rows merged across the table, RAG letter + fill)
# ==========================================================================
DORSET_FILE = "gn2-dorset-sab-sar-frank-action-plan.docx"
DORSET_TITLE = "Safeguarding Adults Review \u2018Frank\u2019: Multi-Agency Action Plan"
DORSET = [
    {
        "theme": "Theme 1: Self-neglect and hoarding",
        "recs": [
            {
                "rec": "Recommendation 1: Dorset SAB should seek assurance that partner agencies apply the Pan-Dorset Self-Neglect and Hoarding Guidance, including the use of the Clutter Image Rating at first contact.",
                "actions": [
                    dict(ref="1.1", action="Relaunch the Pan-Dorset Self-Neglect and Hoarding Guidance through a 7-minute briefing and two practitioner webinars.",
                         lead_cell="SAB Business Manager", lead=["SAB Business Manager"],
                         date="December 2024", end="2024-12",
                         update="Briefing issued 4 Nov 2024; webinars held 12 Nov and 3 Dec 2024 (146 attendees).", rag="B"),
                    dict(ref="1.2", action="Audit a sample of 20 self-neglect safeguarding concerns to test whether the Clutter Image Rating was used and a multi-agency risk management meeting (MARM) was considered.",
                         lead_cell="Dorset Council Adult Social Care \u2013 Head of Safeguarding",
                         lead=["Dorset Council Adult Social Care \u2013 Head of Safeguarding"],
                         date="31/03/2025", end="2025-03",
                         update="Audit tool agreed; 12 of 20 cases reviewed. Findings to Quality Assurance Subgroup in April.", rag="A"),
                    dict(ref="1.3", action="Include self-neglect and hoarding in the Safe and Well visit referral pathway so that fire service staff can refer directly to the Adult Access Team.",
                         lead_cell="DWFRS Prevention Manager", lead=["DWFRS Prevention Manager"],
                         date="Q1 2025/26", end="2025-06",
                         update="Pathway drafted; awaiting ICT change to the referral form.", rag="G"),
                ],
            }
        ],
    },
    {
        "theme": "Theme 2: Mental capacity and executive functioning",
        "recs": [
            {
                "rec": "Recommendation 2: Partners should ensure practitioners understand executive functioning and record how it has been considered when assessing capacity for repeated unwise decisions.",
                "actions": [
                    dict(ref="2.1", action="Deliver multi-agency Mental Capacity Act training with a module on executive functioning; target 300 practitioners across health and social care.",
                         lead_cell="Dorset HealthCare / Dorset Council", lead=["Dorset HealthCare", "Dorset Council"],
                         date="Sept 2024 \u2013 June 2025", end="2025-06",
                         update="Two cohorts delivered (118 practitioners). Further dates booked for April and May 2025.", rag="G"),
                    dict(ref="2.2", action="Add a prompt on executive functioning to the MCA assessment templates in Mosaic and SystmOne.",
                         lead_cell="Principal Social Worker; Named Nurse Safeguarding Adults (DHC)",
                         lead=["Principal Social Worker", "Named Nurse Safeguarding Adults (DHC)"],
                         date="30 April 2025", end="2025-04",
                         update="Mosaic template updated. SystmOne change request submitted 10/02/2025.", rag="A"),
                ],
            },
            {
                "rec": "Recommendation 3: NHS Dorset should assure the Board that GP practices follow up adults who repeatedly miss appointments and are known to have care and support needs.",
                "actions": [
                    dict(ref="3.1", action="Issue \u2018Was Not Brought / Did Not Attend\u2019 guidance for adults to all GP practices and test uptake through the Safeguarding Assurance Tool.",
                         lead_cell="NHS Dorset Designated Nurse for Safeguarding Adults",
                         lead=["NHS Dorset Designated Nurse for Safeguarding Adults"],
                         date="Original: Jan 2025\nRevised: July 2025", end="2025-07",
                         update="Guidance drafted; delayed to align with the national primary care safeguarding toolkit. Target revised at SAR Subgroup 13/03/2025.", rag="A"),
                    dict(ref="3.2", action="Present a GP practice audit of adults with care and support needs who missed three or more appointments in six months.",
                         lead_cell="NHS Dorset Primary Care Safeguarding Lead",
                         lead=["NHS Dorset Primary Care Safeguarding Lead"],
                         date="September 2025", end="2025-09",
                         update="Not yet started \u2013 dependent on 3.1.", rag="R"),
                ],
            },
        ],
    },
    {
        "theme": "Theme 3: Multi-agency risk management",
        "recs": [
            {
                "rec": "Recommendation 4: The Board should review the MARM protocol so that any agency can convene a meeting and that actions are recorded and reviewed.",
                "actions": [
                    dict(ref="4.1", action="Review and reissue the MARM protocol, including escalation routes where an agency declines to attend.",
                         lead_cell="Policy and Procedures Subgroup Chair", lead=["Policy and Procedures Subgroup Chair"],
                         date="31/01/2025", end="2025-01",
                         update="Revised protocol approved by the Board on 23/01/2025 and published on the SAB website.", rag="B"),
                    dict(ref="4.2", action="Set up a MARM log held by each agency and report numbers and outcomes quarterly to the Performance and Quality Subgroup.",
                         lead_cell="All partner agencies", lead=["All partner agencies"],
                         date="Quarterly", end=None, end_text="Quarterly",
                         update="Dorset Council, DHC and Dorset Police logs in place; UHD and DCH to confirm.", rag="G"),
                ],
            }
        ],
    },
]


def build_dorset():
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    r = p.add_run("Dorset Safeguarding Adults Board")
    r.bold = True
    doc.add_paragraph(DORSET_TITLE, style="Title")
    doc.add_paragraph(
        "SAR published: 18 September 2024. Action plan agreed by the SAR Subgroup on 22 October 2024 "
        "and updated for the Board meeting of 27 March 2025.")

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Changes"]):
        set_cell(c, h, bold=True)
    for row in [("1.0", "22/10/2024", "SAB Business Manager", "Agreed by SAR Subgroup"),
                ("1.1", "14/01/2025", "SAB Business Manager", "Q3 updates from partners"),
                ("1.2", "13/03/2025", "SAB Business Manager", "Q4 updates; Recommendation 3 target revised")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)

    doc.add_heading("RAG key", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for letter, word, desc in [("B", "Blue", "Action complete and evidence of impact received"),
                               ("G", "Green", "On track to deliver by target date"),
                               ("A", "Amber", "Some slippage \u2013 remedial action in hand"),
                               ("R", "Red", "Off track or not started \u2013 escalate to SAR Subgroup")]:
        cells = t.add_row().cells
        set_cell(cells[0], word, bold=True)
        shade(cells[0], FILL[letter])
        set_cell(cells[1], desc)

    headers = ["Ref", "Action", "Lead agency / officer", "Target date", "Progress update (March 2025)", "RAG"]
    widths = [Cm(1.2), Cm(8.5), Cm(4.5), Cm(3), Cm(7), Cm(1.3)]
    for theme in DORSET:
        doc.add_heading(theme["theme"], level=2)
        t = doc.add_table(rows=0, cols=6)
        t.style = "Table Grid"
        first = True
        for rec in theme["recs"]:
            cells = t.add_row().cells
            merged = cells[0].merge(cells[5])
            set_cell(merged, rec["rec"], bold=True)
            shade(merged, "D9E2F3")
            if first:
                cells = t.add_row().cells
                for c, h in zip(cells, headers):
                    set_cell(c, h, bold=True)
                first = False
            for a in rec["actions"]:
                cells = t.add_row().cells
                vals = [a["ref"], a["action"], a["lead_cell"], a["date"], a["update"], a["rag"]]
                for c, v in zip(cells, vals):
                    set_cell(c, v)
                shade(cells[5], FILL[a["rag"]])
        for row in t.rows:
            for c, w in zip(row.cells, widths):
                c.width = w

    doc.add_paragraph()
    doc.add_paragraph(
        "Note: RAG ratings are as reported by the lead agency and have been checked by the SAR Subgroup. "
        "Actions rated Blue will be removed from the next version once evidence of impact has been reviewed.")
    doc.add_heading("Sign-off", level=2)
    t = doc.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    set_cell(t.cell(0, 0), "Agreed by", bold=True)
    set_cell(t.cell(0, 1), "Date", bold=True)
    set_cell(t.cell(1, 0), "Chair, SAR Subgroup")
    set_cell(t.cell(1, 1), "13/03/2025")
    doc.save(os.path.join(HERE, DORSET_FILE))


def dorset_expected():
    out = []
    for theme in DORSET:
        for rec in theme["recs"]:
            for a in rec["actions"]:
                out.append(dict(ref=a["ref"], under=[theme["theme"], rec["rec"]], action=a["action"],
                                lead=a["lead"], end=a["end"], end_text=a.get("end_text"),
                                status=STATUS[a["rag"]]))
    return out


# ==========================================================================
# 2. Mid Sussex CSP - DHR 'Grace' action plan (docx, Home Office template,
#    recommendation + scope cells merged down, RAG by fill only, key says
#    Green = completed)
# ==========================================================================
MIDSX_FILE = "gn2-mid-sussex-csp-dhr-grace-action-plan.docx"
MIDSX_TITLE = "Domestic Homicide Review \u2018Grace\u2019 \u2013 Action Plan"
# key in this document: Green = completed (-> blue); Amber = in progress, on track; Red = overdue / not started
MIDSX_KEYMAP = {"G": "blue", "A": "amber", "R": "red"}
MIDSX = [
    {
        "part": "Part A \u2013 Overview report recommendations",
        "recs": [
            {
                "rec": "1. Mid Sussex CSP to ensure that domestic abuse awareness for employers includes how to respond when an employee discloses abuse or shows signs of coercive control.",
                "scope": "Local",
                "actions": [
                    dict(ref="1a", action="Develop a \u2018Domestic Abuse in the Workplace\u2019 toolkit with the Sussex Domestic Abuse Partnership and promote it to local employers through the Chamber of Commerce.",
                         lead_cell="Mid Sussex District Council", lead=["Mid Sussex District Council"],
                         milestones="Toolkit drafted October 2024; launch event booked.",
                         date="December 2024", end="2024-12",
                         outcome="Toolkit launched 25/11/2024 (White Ribbon Day); 38 employers signed up.", rag="G"),
                    dict(ref="1b", action="Mid Sussex District Council to adopt a workplace domestic abuse policy for its own staff and share it with partners as a model policy.",
                         lead_cell="Mid Sussex District Council \u2013 HR Manager",
                         lead=["Mid Sussex District Council \u2013 HR Manager"],
                         milestones="Draft policy consulted on with trade unions.",
                         date="March 2025", end="2025-03", outcome="", rag="A"),
                ],
            },
            {
                "rec": "2. West Sussex agencies to raise awareness that older women experience domestic abuse, including abuse by adult children and long-standing partners.",
                "scope": "Regional",
                "actions": [
                    dict(ref="2a", action="Run a targeted campaign in GP surgeries, pharmacies and community venues during the 16 Days of Action.",
                         lead_cell="West Sussex County Council / Mid Sussex District Council",
                         lead=["West Sussex County Council", "Mid Sussex District Council"],
                         milestones="Campaign materials agreed with Age UK West Sussex.",
                         date="Nov\u2013Dec 2024", end="2024-12",
                         outcome="Campaign delivered 25 Nov \u2013 10 Dec 2024.", rag="G"),
                ],
            },
            {
                "rec": "3. Health agencies to routinely ask about domestic abuse when a patient presents with anxiety or low mood and discloses relationship difficulties.",
                "scope": "Local",
                "actions": [
                    dict(ref="3a", action="Add routine enquiry prompts to the primary care mental health template.\nDeliver IRIS training to practices in the three Mid Sussex Primary Care Networks.",
                         lead_cell="NHS Sussex ICB \u2013 Named GP for Safeguarding",
                         lead=["NHS Sussex ICB \u2013 Named GP for Safeguarding"],
                         milestones="Template prompts live. 2 of 3 PCNs trained.",
                         date="Original date 31/01/2025\nRevised date 30/06/2025", end="2025-06",
                         outcome="", rag="A"),
                ],
            },
        ],
    },
    {
        "part": "Part B \u2013 Single agency recommendations",
        "recs": [
            {
                "rec": "4. Sussex Police to ensure that officers attending a domestic incident involving a victim aged over 60 complete the DASH risk assessment in full and consider referral to Adult Social Care.",
                "scope": "Single agency",
                "actions": [
                    dict(ref="4a", action="Issue a practice briefing to response officers and add a mandatory over-60s prompt to the DASH form on Niche.",
                         lead_cell="Sussex Police \u2013 Head of Public Protection",
                         lead=["Sussex Police \u2013 Head of Public Protection"],
                         milestones="Briefing issued 14/10/2024; Niche change live.",
                         date="31/10/2024", end="2024-10",
                         outcome="Completed 28/10/2024. Dip sample in January 2025 showed 92% compliance.", rag="G"),
                    dict(ref="4b", action="Repeat the dip sample of DASH forms for victims aged over 60 every six months and report the results to the DHR Oversight Group.",
                         lead_cell="Sussex Police \u2013 Public Protection Quality Assurance Team",
                         lead=["Sussex Police \u2013 Public Protection Quality Assurance Team"],
                         milestones="First dip sample reported January 2025.",
                         date="Six-monthly", end=None, end_text="Six-monthly", outcome="", rag="A"),
                ],
            },
            {
                "rec": "5. Sussex Partnership NHS Foundation Trust to strengthen carer assessment practice so that the risk posed by a carer with unmet mental health needs is identified.",
                "scope": "Single agency",
                "actions": [
                    dict(ref="5a", action="Revise the Carers\u2019 Assessment and Support Standard Operating Procedure to include a question on the carer\u2019s own mental health and any history of abuse.",
                         lead_cell="Sussex Partnership NHS Foundation Trust \u2013 Head of Safeguarding",
                         lead=["Sussex Partnership NHS Foundation Trust \u2013 Head of Safeguarding"],
                         milestones="", date="March 2025", end="2025-03", outcome="", rag="R"),
                ],
            },
            {
                "rec": "6. Mid Sussex District Council Housing Needs to ensure that a request to remove a joint tenant from a tenancy is explored for domestic abuse.",
                "scope": "Single agency",
                "actions": [
                    dict(ref="6a", action="Update the Housing Needs procedure and deliver a briefing session to the Housing Options team.",
                         lead_cell="Head of Housing, Mid Sussex District Council",
                         lead=["Head of Housing, Mid Sussex District Council"],
                         milestones="Procedure updated.\nBriefing booked for 20/02/2025.",
                         date="Feb 2025", end="2025-02", outcome="", rag="A"),
                ],
            },
        ],
    },
]


def build_midsx():
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    r = p.add_run("OFFICIAL")
    r.bold = True
    doc.add_paragraph(MIDSX_TITLE, style="Title")
    p = doc.add_paragraph()
    r = p.add_run("Mid Sussex Community Safety Partnership")
    r.bold = True
    doc.add_paragraph(
        "Overview report approved for publication by the Home Office Quality Assurance Panel: July 2024. "
        "This action plan is monitored by the Mid Sussex CSP DHR Oversight Group. Last updated: 6 February 2025.")
    doc.add_paragraph("RAG status: Green = action completed; Amber = in progress and on track; "
                      "Red = overdue or not started.")

    headers = ["No.", "Recommendation", "Scope of recommendation (local / regional / national)", "Action to take",
               "Lead agency", "Key milestones achieved in enacting recommendation", "Target date",
               "Date of completion and outcome", "RAG"]
    widths = [Cm(1), Cm(4.2), Cm(2), Cm(5), Cm(3.2), Cm(3.4), Cm(2.4), Cm(3.4), Cm(1.2)]
    for part in MIDSX:
        doc.add_heading(part["part"], level=1)
        t = doc.add_table(rows=1, cols=9)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, headers):
            set_cell(c, h, bold=True, size=8)
        for rec in part["recs"]:
            start = len(t.rows)
            for i, a in enumerate(rec["actions"]):
                cells = t.add_row().cells
                set_cell(cells[0], a["ref"])
                if i == 0:
                    set_cell(cells[1], rec["rec"])
                    set_cell(cells[2], rec["scope"])
                set_cell(cells[3], a["action"])
                set_cell(cells[4], a["lead_cell"])
                set_cell(cells[5], a["milestones"])
                set_cell(cells[6], a["date"])
                set_cell(cells[7], a["outcome"])
                shade(cells[8], FILL[a["rag"]])
            end = len(t.rows) - 1
            if end > start:
                t.cell(start, 1).merge(t.cell(end, 1))
                t.cell(start, 2).merge(t.cell(end, 2))
        for row in t.rows:
            for c, w in zip(row.cells, widths):
                c.width = w
        doc.add_paragraph()
    doc.add_paragraph(
        "Completed actions are reported to the Mid Sussex CSP Board and the West Sussex Domestic and Sexual "
        "Violence and Abuse Board. Questions about this plan should be sent to the Community Safety Team.")
    doc.save(os.path.join(HERE, MIDSX_FILE))


def midsx_expected():
    out = []
    for part in MIDSX:
        for rec in part["recs"]:
            for a in rec["actions"]:
                out.append(dict(ref=a["ref"], under=[part["part"], rec["rec"]], action=a["action"],
                                lead=a["lead"], end=a["end"], end_text=a.get("end_text"),
                                status=MIDSX_KEYMAP[a["rag"]]))
    return out


# ==========================================================================
# 3. Royal Papworth Hospital NHS FT - Board of Directors action checklist
#    (xlsx: Summary sheet, Action Log grouped by meeting, Key sheet;
#    original and revised due dates, RAG letter + fill)
# ==========================================================================
PAP_FILE = "gn2-royal-papworth-hospital-nhsft-board-action-log.xlsx"
PAP_TITLE = "Board of Directors (Part 1): Action Checklist"
PAP = [
    {
        "meeting": "Meeting held 4 July 2024",
        "actions": [
            dict(ref="BoD 24/112", action="Provide the Board with an analysis of the causes of the increase in cancelled operations in Q1, split by theatre and specialty.",
                 lead_cell="Chief Operating Officer", lead=["Chief Operating Officer"],
                 orig=D(2024, 9, 5), rev=D(2024, 12, 5), end="2024-12",
                 update="Analysis delayed pending validation of theatre data; to be presented with the December IPR.", rag="A"),
            dict(ref="BoD 24/118", action="Circulate the final Freedom to Speak Up annual report to Board members and publish it on the Trust website.",
                 lead_cell="Director of Workforce and OD", lead=["Director of Workforce and OD"],
                 orig=D(2024, 9, 5), rev=None, end="2024-09",
                 update="Report circulated 11/07/2024 and published.", rag="B"),
        ],
    },
    {
        "meeting": "Meeting held 5 September 2024",
        "actions": [
            dict(ref="BoD 24/141", action="Bring a paper on the options for a second cardiac catheter laboratory at the Royal Papworth site, including capital and workforce implications.",
                 lead_cell="Chief Finance Officer / Chief Operating Officer",
                 lead=["Chief Finance Officer", "Chief Operating Officer"],
                 orig=D(2024, 11, 7), rev=D(2025, 1, 9), end="2025-01",
                 update="Options appraisal in draft; deferred to the January 2025 Board to include the Capital Planning Group review.", rag="A"),
            dict(ref="BoD 24/146", action="Arrange a Board development session on the CQC single assessment framework.",
                 lead_cell="Chief Nurse", lead=["Chief Nurse"],
                 orig="Oct-24", rev=None, end="2024-10",
                 update="Session held 3 October 2024, facilitated by the CQC relationship manager.", rag="B"),
            dict(ref="BoD 24/150", action="Include ethnicity pay gap data alongside the WRES indicators in the next Workforce Race Equality report.",
                 lead_cell="Director of Workforce and OD", lead=["Director of Workforce and OD"],
                 orig=D(2025, 3, 6), rev=None, end="2025-03",
                 update="Data extracted; on track for the March 2025 report.", rag="G"),
        ],
    },
    {
        "meeting": "Meeting held 7 November 2024",
        "actions": [
            dict(ref="BoD 24/171", action="Update the Board Assurance Framework so that the cyber security risk reflects the findings of the Data Security and Protection Toolkit audit.",
                 lead_cell="Chief Digital Information Officer", lead=["Chief Digital Information Officer"],
                 orig=D(2024, 12, 5), rev=None, end="2024-12", update="", rag="G"),
            dict(ref="BoD 24/174", action="Report back on the number of patients waiting more than 65 weeks for cardiology and the plan to clear them by March 2025.",
                 lead_cell="COO", lead=["COO"],
                 orig=D(2024, 11, 21), rev=None, end="2024-11",
                 update="Not received by the Performance Committee on 21/11/2024; now expected at the December Board.", rag="R"),
            dict(ref="BoD 24/177", action="Write to the ICB on behalf of the Board setting out the Trust\u2019s concerns about the cardiology referral to treatment contract.",
                 lead_cell="Chair and Chief Executive", lead=["Chair", "Chief Executive"],
                 orig=D(2024, 11, 29), rev=None, end="2024-11",
                 update="Letter sent 15/11/2024; response awaited.", rag="B"),
            dict(ref="BoD 24/180", action="Confirm the dates of the 2025 Board visits programme and circulate them to Board members.",
                 lead_cell="Trust Secretary", lead=["Trust Secretary"],
                 orig="TBC", rev=None, end=None, end_text="TBC", update="", rag="G"),
        ],
    },
]

thin = Side(style="thin", color="999999")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def rag_cell(ws, row, col, letter):
    c = ws.cell(row=row, column=col, value=letter)
    c.fill = PatternFill("solid", fgColor=FILL[letter])
    c.alignment = Alignment(horizontal="center", vertical="top")
    c.border = BORDER
    if letter in ("B", "R"):
        c.font = Font(color="FFFFFF", bold=True)
    else:
        c.font = Font(bold=True)
    return c


def build_papworth():
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = "Royal Papworth Hospital NHS Foundation Trust"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = PAP_TITLE
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Position as at 28 November 2024, for the meeting on 5 December 2024"
    ws["A5"] = "Status"
    ws["B5"] = "Number of actions"
    ws["A5"].font = ws["B5"].font = Font(bold=True)
    counts = {k: 0 for k in "BGAR"}
    for m in PAP:
        for a in m["actions"]:
            counts[a["rag"]] += 1
    rows = [("Complete \u2013 propose closure (B)", counts["B"]), ("On track (G)", counts["G"]),
            ("At risk (A)", counts["A"]), ("Overdue (R)", counts["R"]), ("Total", sum(counts.values()))]
    for i, (k, v) in enumerate(rows, start=6):
        ws.cell(row=i, column=1, value=k).border = BORDER
        ws.cell(row=i, column=2, value=v).border = BORDER
    ws.cell(row=10, column=1).font = Font(bold=True)
    ws.column_dimensions["A"].width = 36
    ws.column_dimensions["B"].width = 20

    ws = wb.create_sheet("Action Log")
    ws["A1"] = PAP_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Updated: 28/11/2024"
    hdr = ["Minute ref", "Action", "Lead", "Original due date", "Revised due date", "Update", "RAG"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F3864")
        c.border = BORDER
        c.alignment = WRAP
    r = 5
    for m in PAP:
        c = ws.cell(row=r, column=1, value=m["meeting"])
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="D9D9D9")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for a in m["actions"]:
            vals = [a["ref"], a["action"], a["lead_cell"], a["orig"], a["rev"], a["update"] or None]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BORDER
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            rag_cell(ws, r, 7, a["rag"])
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Key: see Key sheet. Actions rated B are removed from the checklist once the Board agrees closure.")
    for col, w in zip("ABCDEFG", [13, 60, 26, 14, 14, 50, 6]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    ws = wb.create_sheet("Key")
    ws["A1"] = "RAG"
    ws["B1"] = "Definition"
    ws["A1"].font = ws["B1"].font = Font(bold=True)
    for i, (k, d) in enumerate([("B", "Action complete \u2013 propose closure"),
                                ("G", "On track, not yet due"),
                                ("A", "At risk of missing the due date"),
                                ("R", "Overdue")], start=2):
        rag_cell(ws, i, 1, k)
        ws.cell(row=i, column=2, value=d)
    ws.column_dimensions["B"].width = 40
    wb.active = 1
    wb.save(os.path.join(HERE, PAP_FILE))


def papworth_expected():
    out = []
    for m in PAP:
        for a in m["actions"]:
            out.append(dict(ref=a["ref"], under=[m["meeting"]], action=a["action"], lead=a["lead"],
                            end=a["end"], end_text=a.get("end_text"), status=STATUS[a["rag"]]))
    return out


# ==========================================================================
# 4. York and Scarborough Teaching Hospitals - Maternity and Neonatal
#    Improvement Plan (xlsx: Cover with document control, plan sheet with
#    theme rows, requirement/source cells merged down, original + revised
#    dates, previous + current RAG, totals row; RAG key sheet)
# ==========================================================================
YS_FILE = "gn2-york-scarborough-teaching-hospitals-maternity-neonatal-improvement-plan.xlsx"
YS_TITLE = "Maternity and Neonatal Improvement Plan"
YS = [
    {
        "theme": "Theme 1: Safe staffing and skill mix",
        "reqs": [
            {
                "source": "CQC MD1",
                "req": "The trust must ensure there are sufficient numbers of suitably qualified, competent and experienced midwifery staff on each shift.",
                "actions": [
                    dict(ref="1.1", action="Complete a Birthrate Plus review for York and Scarborough and present the establishment gap to the Board.",
                         lead_cell="Director of Midwifery", lead=["Director of Midwifery"],
                         orig=D(2023, 12, 31), rev=None, end="2023-12", prev="B", cur="B",
                         note="Birthrate Plus report presented to Board December 2023; 44 WTE gap agreed."),
                    dict(ref="1.2", action="Deliver the midwifery recruitment and retention plan, including international recruitment and the preceptorship programme.",
                         lead_cell="Head of Midwifery (York) / Head of Midwifery (Scarborough)",
                         lead=["Head of Midwifery (York)", "Head of Midwifery (Scarborough)"],
                         orig=D(2024, 6, 30), rev=D(2025, 3, 31), end="2025-03", prev="A", cur="A",
                         note="Vacancy reduced from 44 to 26 WTE. Revised date agreed at Maternity Assurance Group in July 2024."),
                ],
            },
            {
                "source": "CQC MD2",
                "req": "The trust must ensure that staff complete mandatory training, including PROMPT and fetal monitoring training.",
                "actions": [
                    dict(ref="1.3", action="Achieve and sustain 90% compliance with PROMPT multi-professional emergency training at both sites.",
                         lead_cell="Practice Development Midwives", lead=["Practice Development Midwives"],
                         orig=D(2024, 3, 31), rev=D(2024, 9, 30), end="2024-09", prev="R", cur="G",
                         note="York 93%, Scarborough 91% at the end of September 2024."),
                ],
            },
        ],
    },
    {
        "theme": "Theme 2: Assessing and responding to risk",
        "reqs": [
            {
                "source": "S29A WN",
                "req": "Women must be triaged and risk assessed within 15 minutes of arrival using a standardised system.",
                "actions": [
                    dict(ref="2.1", action="Implement the Birmingham Symptom-specific Obstetric Triage System (BSOTS) in the maternity assessment units at both sites.",
                         lead_cell="Maternity Triage Lead Midwife", lead=["Maternity Triage Lead Midwife"],
                         orig=D(2023, 9, 30), rev=None, end="2023-09", prev="B", cur="B",
                         note="BSOTS live at York from 4 September 2023 and at Scarborough from 18 September 2023."),
                    dict(ref="2.2", action="Audit time to triage monthly and report compliance to the Maternity Assurance Group.",
                         lead_cell="Audit and Quality Lead Midwife", lead=["Audit and Quality Lead Midwife"],
                         orig="Monthly", rev=None, end=None, end_text="Monthly", prev="A", cur="A",
                         note="September 2024: 87% triaged within 15 minutes (target 95%)."),
                ],
            },
            {
                "source": "Ockenden IEA 5",
                "req": "All women must have a risk assessment at each contact throughout the pregnancy pathway.",
                "actions": [
                    dict(ref="2.3", action="Introduce a personalised care and support plan with a risk assessment at every antenatal contact in BadgerNet.",
                         lead_cell="Consultant Midwife", lead=["Consultant Midwife"],
                         orig="Q4 2024/25", rev=None, end="2025-03", prev="G", cur="G",
                         note="BadgerNet build complete; go-live planned for January 2025."),
                ],
            },
        ],
    },
    {
        "theme": "Theme 3: Environment, equipment and baby security",
        "reqs": [
            {
                "source": "CQC MD4",
                "req": "The trust must ensure that the emergency call bell system on the labour ward at York Hospital is reliable and tested.",
                "actions": [
                    dict(ref="3.1", action="Replace the emergency call bell system on the York labour ward and introduce a weekly documented test.",
                         lead_cell="Associate Director of Estates; Labour Ward Manager",
                         lead=["Associate Director of Estates", "Labour Ward Manager"],
                         orig=D(2023, 11, 30), rev=D(2024, 2, 29), end="2024-02", prev="A", cur="B",
                         note="New system installed February 2024. Weekly tests recorded on the ward checklist."),
                ],
            },
            {
                "source": "CQC MD3",
                "req": "The trust must ensure that the security tagging system for babies at York Hospital is effective.",
                "actions": [
                    dict(ref="3.2", action="Procure and install a replacement baby tagging system with audible alarms linked to the ward entrance.",
                         lead_cell="Head of Security / Head of Midwifery (York)",
                         lead=["Head of Security", "Head of Midwifery (York)"],
                         orig=D(2024, 3, 31), rev=D(2024, 12, 31), end="2024-12", prev="R", cur="A",
                         note="Contract awarded August 2024; installation scheduled for November 2024."),
                ],
            },
            {
                "source": "CQC MD5",
                "req": "The trust must ensure that infection prevention and control standards are maintained in the labour ward theatres and birthing pools.",
                "actions": [
                    dict(ref="3.3", action="Introduce daily cleaning checklists for birthing pools and obstetric theatres, with a monthly IPC audit.",
                         lead_cell="Matron \u2013 Labour Ward (York)", lead=["Matron \u2013 Labour Ward (York)"],
                         orig=D(2023, 10, 31), rev=None, end="2023-10", prev="G", cur="B",
                         note="Checklists in place; IPC audits in August and September 2024 scored 98% and 97%."),
                ],
            },
        ],
    },
    {
        "theme": "Theme 4: Leadership and governance",
        "reqs": [
            {
                "source": "CQC MD6",
                "req": "The trust must ensure governance processes identify, review and learn from incidents in a timely way.",
                "actions": [
                    dict(ref="4.1", action="Clear the backlog of open maternity incidents over 60 days old and introduce a weekly maternity incident review panel.",
                         lead_cell="Maternity Governance Lead", lead=["Maternity Governance Lead"],
                         orig=D(2024, 1, 31), rev=D(2024, 7, 31), end="2024-07", prev="R", cur="B",
                         note="Backlog cleared July 2024; weekly panel in place since March 2024."),
                ],
            },
            {
                "source": "Ockenden IEA 1",
                "req": "The trust Board must receive a monthly maternity safety report and have a named non-executive Maternity Safety Champion.",
                "actions": [
                    dict(ref="4.2", action="Present the Perinatal Quality Surveillance Model report to the Board each month and hold bi-monthly safety champion walkabouts.",
                         lead_cell="Chief Nurse", lead=["Chief Nurse"],
                         orig="Ongoing", rev=None, end=None, end_text="Ongoing", prev="G", cur="G",
                         note="Reported to every public Board since April 2023; walkabouts held in August and October 2024."),
                ],
            },
        ],
    },
]


def build_ys():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = "York and Scarborough Teaching Hospitals NHS Foundation Trust"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A3"] = YS_TITLE
    ws["A3"].font = Font(bold=True, size=16)
    ws["A4"] = ("Response to the CQC inspection report (published June 2023), the Section 29A Warning Notice "
                "and the Ockenden Immediate and Essential Actions")
    ws["A6"] = "Document control"
    ws["A6"].font = Font(bold=True)
    for j, h in enumerate(["Version", "Date", "Owner", "Approved by"], start=1):
        c = ws.cell(row=7, column=j, value=h)
        c.font = Font(bold=True)
        c.border = BORDER
    for i, row in enumerate([("v4.2", D(2024, 9, 12), "Director of Midwifery", "Maternity Assurance Group"),
                             ("v4.3", D(2024, 10, 10), "Director of Midwifery", "Quality and Safety Committee")], start=8):
        for j, v in enumerate(row, start=1):
            c = ws.cell(row=i, column=j, value=v)
            c.border = BORDER
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    ws["A11"] = "Executive lead: Chief Nurse. Board Maternity Safety Champion: Non-executive Director (Quality)."
    for col, w in zip("ABCD", [14, 14, 26, 30]):
        ws.column_dimensions[col].width = w

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = "Maternity and Neonatal Improvement Plan \u2013 progress at 10 October 2024"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:J1")
    hdr = ["Ref", "Source", "Requirement", "Action", "Lead", "Original completion date",
           "Revised completion date", "Previous RAG", "Current RAG", "Progress / evidence"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(row=3, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="7030A0")
        c.alignment = WRAP
        c.border = BORDER
    r = 4
    totals = {k: 0 for k in "BGAR"}
    for th in YS:
        c = ws.cell(row=r, column=1, value=th["theme"])
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="E4DFEC")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        for rq in th["reqs"]:
            top = r
            for i, a in enumerate(rq["actions"]):
                vals = [a["ref"], rq["source"] if i == 0 else None, rq["req"] if i == 0 else None,
                        a["action"], a["lead_cell"], a["orig"], a["rev"]]
                for j, v in enumerate(vals, start=1):
                    c = ws.cell(row=r, column=j, value=v)
                    c.alignment = WRAP
                    c.border = BORDER
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                rag_cell(ws, r, 8, a["prev"])
                rag_cell(ws, r, 9, a["cur"])
                c = ws.cell(row=r, column=10, value=a["note"])
                c.alignment = WRAP
                c.border = BORDER
                totals[a["cur"]] += 1
                r += 1
            if r - 1 > top:
                ws.merge_cells(start_row=top, start_column=2, end_row=r - 1, end_column=2)
                ws.merge_cells(start_row=top, start_column=3, end_row=r - 1, end_column=3)
    r += 1
    ws.cell(row=r, column=1, value="Totals (current RAG)").font = Font(bold=True)
    ws.cell(row=r, column=4, value=f"Blue {totals['B']}   Green {totals['G']}   Amber {totals['A']}   Red {totals['R']}")
    r += 1
    ws.cell(row=r, column=1, value=("Source key: MD = CQC must-do action (report published 28 June 2023); "
                                     "S29A WN = Section 29A Warning Notice; IEA = Ockenden Immediate and Essential Action."))
    for col, w in zip("ABCDEFGHIJ", [6, 12, 40, 48, 28, 13, 13, 9, 9, 44]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A4"

    ws = wb.create_sheet("RAG Key")
    for i, (k, d) in enumerate([("B", "Complete \u2013 evidence of sustained compliance seen by Maternity Assurance Group"),
                                ("G", "On track to deliver by the completion date"),
                                ("A", "At risk \u2013 recovery actions in place"),
                                ("R", "Off track \u2013 escalated to Quality and Safety Committee")], start=1):
        rag_cell(ws, i, 1, k)
        ws.cell(row=i, column=2, value=d)
    ws.column_dimensions["B"].width = 80
    wb.active = 1
    wb.save(os.path.join(HERE, YS_FILE))


def ys_expected():
    out = []
    for th in YS:
        for rq in th["reqs"]:
            for a in rq["actions"]:
                out.append(dict(ref=a["ref"], under=[th["theme"], rq["req"]], action=a["action"],
                                lead=a["lead"], end=a["end"], end_text=a.get("end_text"),
                                status=STATUS[a["cur"]]))
    return out


# ==========================================================================
# 5. Torbay Council - Transformation Programme highlight report (xlsx,
#    dashboard sheet + milestone tracker + risks). REFUSE: forecast date
#    "Febuary 2025" on the Milestones sheet.
# ==========================================================================
TOR_FILE = "gn2-torbay-council-transformation-programme-highlight-report-typo-month-refuse.xlsx"
TOR_TITLE = "Transformation Programme \u2013 Highlight Report"
TOR = [
    ("Project 1: Customer Access and Digital", [
        ("P1.1", "Launch the new customer portal with online council tax accounts and payments.", "Head of Customer Services", "Oct 2024", "Dec 2024", "A", "Go-live moved to 9 December following user acceptance testing."),
        ("P1.2", "Move the Connections Office counter to appointment-only service three days a week.", "Head of Customer Services", "Jan 2025", "Jan 2025", "G", "Staff consultation complete."),
    ]),
    ("Project 2: Adult Social Care Demand Management", [
        ("P2.1", "Roll out the strengths-based front door model with Torbay and South Devon NHS Foundation Trust.", "Director of Adult Social Services / Torbay and South Devon NHS FT", "Dec 2024", "Febuary 2025", "A", "Delayed by recruitment to the front door team."),
        ("P2.2", "Commission additional reablement capacity to reduce long-term home care starts.", "Head of Commissioning (Adults)", "Mar 2025", "Mar 2025", "G", None),
    ]),
    ("Project 3: Asset Rationalisation", [
        ("P3.1", "Complete condition surveys of the 40 operational buildings.", "Head of Asset Management", "Sep 2024", "Nov 2024", "B", "Complete \u2013 survey report to Programme Board in December."),
        ("P3.2", "Bring a disposal programme for surplus assets to Cabinet.", "Head of Asset Management", "Jan 2025", "Mar 2025", "A", "Dependent on the survey findings and the Cabinet forward plan."),
    ]),
    ("Project 4: Workforce and Ways of Working", [
        ("P4.1", "Agree the new hybrid working policy with the trade unions.", "Head of HR", "Nov 2024", "Nov 2024", "B", "Agreed at Joint Consultative Committee on 19 November."),
        ("P4.2", "Launch the management development programme for all team leaders.", "Head of HR / Head of Policy, Performance and Community Engagement", "Apr 2025", "Apr 2025", "G", None),
    ]),
]
TOR_REFUSE_ROW = None  # set when built


def build_torbay():
    global TOR_REFUSE_ROW
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight Report"
    lines = [
        ("Torbay Council", Font(bold=True, size=14)),
        (TOR_TITLE, Font(bold=True, size=13)),
        ("Reporting period: 1\u201330 November 2024", None),
        (None, None),
    ]
    for i, (v, f) in enumerate(lines, start=1):
        c = ws.cell(row=i, column=1, value=v)
        if f:
            c.font = f
    info = [("Senior Responsible Owner", "Director of Finance"),
            ("Programme Manager", "Transformation Programme Manager"),
            ("Overall programme RAG", "A"),
            ("Savings 2024/25 (target / forecast)", "\u00a33.1m / \u00a32.6m")]
    r = 5
    for k, v in info:
        ws.cell(row=r, column=1, value=k).font = Font(bold=True)
        if v in FILL:
            rag_cell(ws, r, 2, v)
        else:
            ws.cell(row=r, column=2, value=v)
        r += 1
    r += 1
    blocks = [
        ("Key achievements this period", [
            "Asset condition surveys completed for all operational buildings.",
            "Hybrid working policy agreed with the trade unions.",
        ]),
        ("Focus for next period", [
            "Customer portal go-live and early user feedback.",
            "Recruitment to the adult social care front door team.",
        ]),
        ("Decisions required from Programme Board", [
            "Approve the revised savings profile for Asset Rationalisation.",
        ]),
    ]
    for head, items in blocks:
        ws.cell(row=r, column=1, value=head).font = Font(bold=True)
        r += 1
        for it in items:
            ws.cell(row=r, column=1, value="\u2022 " + it)
            r += 1
        r += 1
    ws.column_dimensions["A"].width = 40
    ws.column_dimensions["B"].width = 30

    ws = wb.create_sheet("Milestones")
    ws["A1"] = "Transformation Programme \u2013 Milestone Tracker"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Period ending 30 November 2024"
    hdr = ["Ref", "Milestone", "Owner", "Baseline date", "Forecast date", "RAG", "Commentary"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="BDD7EE")
        c.border = BORDER
    r = 5
    for proj, ms in TOR:
        c = ws.cell(row=r, column=1, value=proj)
        c.font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for ref, text, owner, base, fc, rag, com in ms:
            for j, v in enumerate([ref, text, owner, base, fc], start=1):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BORDER
            if fc == "Febuary 2025":
                TOR_REFUSE_ROW = r
            rag_cell(ws, r, 6, rag)
            c = ws.cell(row=r, column=7, value=com)
            c.alignment = WRAP
            c.border = BORDER
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG: B = complete; G = on track; A = at risk, mitigations in place; R = off track, escalation required")
    for col, w in zip("ABCDEFG", [8, 55, 32, 13, 13, 6, 45]):
        ws.column_dimensions[col].width = w

    ws = wb.create_sheet("Risks & Issues")
    hdr = ["ID", "Type", "Description", "Owner", "Score", "Mitigation"]
    for j, h in enumerate(hdr, start=1):
        ws.cell(row=1, column=j, value=h).font = Font(bold=True)
    rows = [
        ("TR01", "Risk", "Savings from demand management are not realised in 2024/25.", "Director of Adult Social Services", 16, "Monthly tracking with the ICO finance team."),
        ("TR02", "Issue", "Capacity in the Digital team to support portal go-live.", "Head of Customer Services", 12, "Interim developer engaged to March 2025."),
    ]
    for i, row in enumerate(rows, start=2):
        for j, v in enumerate(row, start=1):
            ws.cell(row=i, column=j, value=v)
    ws.column_dimensions["C"].width = 55
    ws.column_dimensions["F"].width = 45
    wb.save(os.path.join(HERE, TOR_FILE))


# ==========================================================================
# 6. East Suffolk CSP - Action Plan 2025/26 (csv export: title lines,
#    priority heading rows, objective written once per group, a quoted
#    two-line action, key and note lines at the foot)
# ==========================================================================
ESX_FILE = "gn2-east-suffolk-csp-community-safety-action-plan-2025-26.csv"
ESX_TITLE = "East Suffolk Community Safety Partnership Action Plan 2025/26"
ESX = [
    ("Priority 1: Anti-social behaviour", [
        dict(ref="1.1", obj="Reduce repeat ASB in the three highest-demand wards through problem solving",
             action="Hold a monthly multi-agency problem-solving meeting for repeat ASB locations, using police and council data to select hotspots.",
             lead_cell="East Suffolk Council", lead=["East Suffolk Council"], partners="Suffolk Constabulary; Flagship Housing",
             when="Monthly", end=None, end_text="Monthly", rag="Green", status="green",
             update="Meetings held in July, August and September; 14 locations reviewed."),
        dict(ref="1.2", obj="",
             action="Deliver the \"Clear, Hold, Build\" approach in Lowestoft town centre, with a partnership plan for the Build phase.",
             lead_cell="Suffolk Constabulary", lead=["Suffolk Constabulary"], partners="East Suffolk Council; Lowestoft Town Council",
             when="Sept 2025 \u2013 March 2026", end="2026-03", rag="Amber", status="amber",
             update="Clear phase completed; Hold phase started 1 September. Build plan in draft."),
        dict(ref="1.3", obj="Improve the public\u2019s confidence to report ASB",
             action="Promote the ASB Case Review (Community Trigger) on partner websites and social media, and publish annual usage figures.",
             lead_cell="East Suffolk Council", lead=["East Suffolk Council"], partners="Suffolk Constabulary",
             when="Q3 2025/26", end="2025-12", rag="Green", status="green",
             update="Web pages updated; social media campaign scheduled for October."),
    ]),
    ("Priority 2: Fraud and computer misuse", [
        dict(ref="2.1", obj="Protect older and vulnerable residents from scams",
             action="Deliver scams awareness sessions at community venues and sheltered housing schemes, with a target of 30 sessions in the year.",
             lead_cell="Suffolk Trading Standards", lead=["Suffolk Trading Standards"],
             partners="Suffolk Constabulary Cyber Protect team; Age UK Suffolk",
             when="March 2026", end="2026-03", rag="Green", status="green",
             update="17 sessions delivered (412 attendees)."),
        dict(ref="2.2", obj="",
             action="Issue scam alerts through the East Suffolk community newsletter and Suffolk Police Alert.",
             lead_cell="Suffolk Trading Standards / Suffolk Constabulary",
             lead=["Suffolk Trading Standards", "Suffolk Constabulary"], partners="",
             when="Ongoing", end=None, end_text="Ongoing", rag="Green", status="green",
             update="Alerts issued monthly."),
    ]),
    ("Priority 3: Hate crime", [
        dict(ref="3.1", obj="Increase reporting of hate crime",
             action="Recruit and train two new Hate Crime Reporting Centres in Felixstowe and Leiston.\nReview the existing centres in Lowestoft and Woodbridge.",
             lead_cell="East Suffolk Council", lead=["East Suffolk Council"], partners="Suffolk Constabulary; Access Community Trust",
             when="December 2025", end="2025-12", rag="Amber", status="amber",
             update="One new centre recruited (Felixstowe Library); training booked for November."),
        dict(ref="3.2", obj="",
             action="Mark National Hate Crime Awareness Week with a joint partnership event.",
             lead_cell="East Suffolk Council", lead=["East Suffolk Council"], partners="Suffolk Constabulary",
             when="October 2025", end="2025-10", rag="Not started", status="unrated",
             update="Planning meeting held 9 September."),
    ]),
    ("Priority 4: Theft and shoplifting", [
        dict(ref="4.1", obj="Reduce shop theft in market towns",
             action="Set up a Shopwatch radio and information-sharing scheme with retailers in Beccles and Halesworth.",
             lead_cell="Suffolk Constabulary", lead=["Suffolk Constabulary"], partners="East Suffolk Council; local retailers",
             when="Jan-26", end="2026-01", rag="Red", status="red",
             update="Funding bid unsuccessful; alternative funding being sought."),
        dict(ref="4.2", obj="",
             action="Deliver retailer training on shop theft prevention and reporting, including the use of body-worn cameras.",
             lead_cell="Suffolk Constabulary", lead=["Suffolk Constabulary"], partners="",
             when="Q4 2025/26", end="2026-03", rag="Complete", status="blue",
             update="Training delivered to 46 retailers in August 2025."),
    ]),
    ("Priority 5: Emerging issues", [
        dict(ref="5.1", obj="Respond to community safety issues linked to the Sizewell C construction project",
             action="Maintain the Sizewell C community safety working group and review incident data quarterly with the Sizewell C Community Safety Team.",
             lead_cell="East Suffolk Council", lead=["East Suffolk Council"], partners="Suffolk Constabulary; Sizewell C",
             when="Quarterly", end=None, end_text="Quarterly", rag="Green", status="green",
             update="Working group met 16 July 2025; no significant increase in incidents."),
    ]),
]
NCOL = 8


def build_esx():
    rows = [
        [ESX_TITLE] + [""] * (NCOL - 1),
        ["Quarter 2 update (to 30 September 2025) \u2013 for the CSP Responsible Authorities Group"] + [""] * (NCOL - 1),
        [""] * NCOL,
        ["Ref", "Objective", "Action", "Lead agency", "Supporting partners", "Timescale", "RAG", "Q2 progress update"],
    ]
    for prio, acts in ESX:
        rows.append([prio] + [""] * (NCOL - 1))
        for a in acts:
            rows.append([a["ref"], a["obj"], a["action"], a["lead_cell"], a["partners"], a["when"], a["rag"], a["update"]])
    rows.append([""] * NCOL)
    rows.append(["RAG key: Green = on track; Amber = some slippage; Red = significant risk to delivery; "
                 "Complete = action completed; Not started = not yet due to start"] + [""] * (NCOL - 1))
    rows.append(["Note: priorities follow the Suffolk Community Safety Strategic Assessment 2025. Criminal exploitation, "
                 "VAWG and Prevent are led by the Suffolk Safer Stronger Communities Board and are not included in this plan."]
                + [""] * (NCOL - 1))
    with open(os.path.join(HERE, ESX_FILE), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


def esx_expected():
    out = []
    for prio, acts in ESX:
        obj = None
        for a in acts:
            if a["obj"]:
                obj = a["obj"]
            out.append(dict(ref=a["ref"], under=[prio, obj], action=a["action"], lead=a["lead"],
                            end=a["end"], end_text=a.get("end_text"), status=a["status"]))
    return out


# ==========================================================================
# 7. Rossendale BC - Corporate Risk Register Q3 2025/26 (tab-separated text
#    export; risk columns only on a risk's first line, one line per further
#    action, summary and key lines at the foot)
# ==========================================================================
ROS_FILE = "gn2-rossendale-bc-corporate-risk-register-q3-2025-26.txt"
ROS_TITLE = "Corporate Risk Register \u2013 Quarter 3 2025/26"
ROS = [
    (("CR1 Financial Sustainability", "Chief Finance Officer", "20", "16", "\u2194"), [
        dict(ref="CR1.1", action="Deliver the 2026/27 budget savings programme of \u00a31.2m and report progress monthly to Management Team.",
             lead_cell="Head of Finance", lead=["Head of Finance"], due="31/03/2026", end="2026-03", rag="A",
             comment="Savings of \u00a30.78m identified; gap of \u00a30.42m still to close."),
        dict(ref="CR1.2", action="Refresh the Medium Term Financial Strategy following the provisional Local Government Finance Settlement.",
             lead_cell="Chief Finance Officer", lead=["Chief Finance Officer"], due="Feb-26", end="2026-02", rag="G",
             comment="Settlement received 17/12/2025; MTFS to Council on 25/02/2026."),
    ]),
    (("CR2 Local Government Reorganisation", "Chief Executive", "20", "20", "\u2191"), [
        dict(ref="CR2.1", action="Prepare the Council\u2019s response to the Lancashire reorganisation proposals and submit it to government with partner districts.",
             lead_cell="Chief Executive / Director of Resources", lead=["Chief Executive", "Director of Resources"],
             due="28/11/2025", end="2025-11", rag="B", comment="Submitted 28/11/2025."),
        dict(ref="CR2.2", action="Develop a staff engagement and retention plan for the transition period.",
             lead_cell="Head of People and Policy", lead=["Head of People and Policy"], due="Q4 2025/26", end="2026-03", rag="A",
             comment="Draft plan out for consultation with UNISON."),
    ]),
    (("CR3 Cyber Security", "Director of Resources", "16", "12", "\u2193"), [
        dict(ref="CR3.1", action="Complete the actions from the LGA Cyber 360 review, including multi-factor authentication for all remote access.",
             lead_cell="ICT Manager", lead=["ICT Manager"], due="December 2025", end="2025-12", rag="B",
             comment="MFA enabled for all users 8 December 2025."),
        dict(ref="CR3.2", action="Run a cyber incident exercise with Management Team and test the business continuity plan for loss of ICT.",
             lead_cell="ICT Manager; Emergency Planning Officer", lead=["ICT Manager", "Emergency Planning Officer"],
             due="March 2026", end="2026-03", rag="G", comment="Exercise booked with the North West WARP for 11 March 2026."),
    ]),
    (("CR4 Housing Delivery and Regeneration", "Director of Economic Development", "16", "12", "\u2194"), [
        dict(ref="CR4.1", action="Bring forward the Council-owned sites at Spinning Point phase 2 and Futures Park for development.",
             lead_cell="Regeneration Manager", lead=["Regeneration Manager"],
             due="30/09/2025 (revised 31/03/2026)", end="2026-03", rag="R",
             comment="Delays to site investigation work; revised date agreed by Management Team in October."),
        dict(ref="CR4.2", action="Start the Local Plan review and publish a revised Local Development Scheme.",
             lead_cell="Planning Policy Manager", lead=["Planning Policy Manager"], due="June 2026", end="2026-06", rag="A",
             comment="Draft LDS prepared; waiting for the revised NPPF timetable."),
    ]),
    (("CR5 Capacity and Recruitment", "Head of People and Policy", "12", "9", "\u2193"), [
        dict(ref="CR5.1", action="Implement the workforce strategy actions on hard-to-fill posts, including career-graded planning and legal roles.",
             lead_cell="Head of People and Policy", lead=["Head of People and Policy"], due="Ongoing", end=None,
             end_text="Ongoing", rag="G", comment="Two planning officers appointed through the career-grade scheme."),
    ]),
]


def build_ros():
    lines = [
        ROS_TITLE,
        "Rossendale Borough Council",
        "Reported to Audit and Accounts Committee, 3 February 2026",
        "",
        "\t".join(["Risk", "Risk owner", "Inherent score", "Residual score", "Direction of travel",
                   "Further mitigating action", "Action ref", "Action owner", "Due", "RAG", "Comment"]),
    ]
    counts = {k: 0 for k in "BGAR"}
    for risk, acts in ROS:
        for i, a in enumerate(acts):
            head = list(risk) if i == 0 else [""] * 5
            lines.append("\t".join(head + [a["action"], a["ref"], a["lead_cell"], a["due"], a["rag"], a["comment"]]))
            counts[a["rag"]] += 1
    n = sum(counts.values())
    lines += [
        "",
        f"Summary: 5 corporate risks \u2013 2 high (residual score 15 or above), 3 medium. {n} further actions: "
        f"{counts['B']} complete, {counts['G']} on track, {counts['A']} minor slippage, {counts['R']} significant slippage.",
        "Action RAG: B = complete; G = on track; A = minor slippage; R = significant slippage or overdue.",
        "Scores are likelihood x impact on a 5 x 5 matrix. Direction of travel compares the residual score with Quarter 2.",
    ]
    with open(os.path.join(HERE, ROS_FILE), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


def ros_expected():
    out = []
    for risk, acts in ROS:
        for a in acts:
            out.append(dict(ref=a["ref"], under=[risk[0]], action=a["action"], lead=a["lead"],
                            end=a["end"], end_text=a.get("end_text"), status=STATUS[a["rag"]]))
    return out


def main():
    build_dorset()
    build_midsx()
    build_papworth()
    build_ys()
    build_torbay()
    build_esx()
    build_ros()
    print("built 7 files; Torbay refuse row:", TOR_REFUSE_ROW)


if __name__ == "__main__":
    main()
