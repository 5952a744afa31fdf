"""Build the seven mi2- test files of set heldout381.

Run with /work/main/.venv/bin/python mi2_make.py  (writes beside this script).
Plans outside children's services: fire HMICFRS, adult social care CQC,
external auditor VfM, LGA corporate peer challenge, Estyn PIAP,
internal audit tracker (refuse case), Scottish Housing Regulator AAS plan.
"""
import csv
import datetime as dt
import io
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {"blue": "0070C0", "green": "00B050", "amber": "FFC000", "red": "FF0000",
        "grey": "D9D9D9", "dark": "1F3864", "pale": "DEEAF6", "white": "FFFFFF"}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(c):
    return PatternFill("solid", start_color=FILL.get(c, c), end_color=FILL.get(c, c))


def D(y, m, d):
    return dt.datetime(y, m, d)


# ---------------------------------------------------------------------------
# 1. Cheshire Fire and Rescue Service - HMICFRS 2023-25 AFI action plan (xlsx)
# ---------------------------------------------------------------------------
CHESHIRE_FILE = "mi2-cheshire-fire-rescue-service-hmicfrs-afi-improvement-plan.xlsx"
CHESHIRE_TITLE = ("Cheshire Fire and Rescue Service – HMICFRS Inspection 2023-25 "
                  "Areas for Improvement Action Plan")
CHESHIRE = [
    ("Effectiveness", [
        ("AFI 1: The service should make sure it gathers and records relevant and up-to-date "
         "risk information to help protect firefighters, the public and property during an emergency.", [
            dict(ref="1.1",
                 action="Complete the review of site-specific risk information (SSRI) for all Level 3 and "
                        "Level 4 premises and upload the revised plans to the mobile data terminals.",
                 lead_cell="Group Manager Operational Policy and Assurance",
                 lead=["Group Manager Operational Policy and Assurance"],
                 orig=D(2024, 3, 31), rev=D(2024, 9, 30), prev="amber", cur="blue",
                 update="All 312 Level 3 and 4 SSRI plans reviewed and live on MDTs from 23/09/2024. Action closed.",
                 end="2024-09", status="blue"),
            dict(ref="1.2",
                 action="Introduce a quarterly audit of SSRI records by station managers, with the results "
                        "reported to the Operational Assurance Board.",
                 lead_cell="Station Manager Risk Information / Operational Assurance Manager",
                 lead=["Station Manager Risk Information", "Operational Assurance Manager"],
                 orig=D(2024, 6, 30), rev=D(2025, 3, 31), prev="green", cur="amber",
                 update="Audit template agreed. First quarterly audit delayed by system upgrade; "
                        "revised date agreed by SLT.",
                 end="2025-03", status="amber"),
        ]),
        ("AFI 2: The service should make sure it has an effective system for learning from operational "
         "incidents, including national learning, and that it shares this learning with staff.", [
            dict(ref="2.1",
                 action="Implement the new debrief module within the operational assurance system and train "
                        "all station and watch managers in its use.",
                 lead_cell="Head of Operational Assurance",
                 lead=["Head of Operational Assurance"],
                 orig=D(2024, 12, 31), rev=None, prev="green", cur="green",
                 update="Module live. 84% of station and watch managers trained; remaining sessions booked for December.",
                 end="2024-12", status="green"),
            dict(ref="2.2",
                 action="Publish a monthly ‘Operational Learning Bulletin’ covering local debriefs, National "
                        "Operational Learning and Joint Organisational Learning.",
                 lead_cell="Operational Assurance Manager",
                 lead=["Operational Assurance Manager"],
                 orig=D(2024, 3, 31), rev=None, prev="blue", cur="blue",
                 update="Bulletin published monthly since March 2024. Complete.",
                 end="2024-03", status="blue"),
        ]),
    ]),
    ("Efficiency", [
        ("AFI 3: The service should make sure it has robust plans in place to achieve the savings it needs "
         "over the period of its medium-term financial plan.", [
            dict(ref="3.1",
                 action="Develop a savings options appraisal for 2025-26 to 2027-28 and present it to the Fire "
                        "Authority budget-setting workshops.",
                 lead_cell="Director of Governance and Commissioning; Treasurer",
                 lead=["Director of Governance and Commissioning", "Treasurer"],
                 orig=D(2025, 1, 31), rev=None, prev="green", cur="green",
                 update="First workshop held 17/10/2024. Options paper to January 2025 workshop.",
                 end="2025-01", status="green"),
            dict(ref="3.2",
                 action="Refresh the productivity and efficiency plan and publish it on the service website in "
                        "line with Home Office requirements.",
                 lead_cell="Head of Finance",
                 lead=["Head of Finance"],
                 orig=D(2024, 3, 31), rev=D(2025, 3, 31), prev="red", cur="amber",
                 update="Draft plan prepared. Publication moved to align with 2025-26 budget and new Home Office template.",
                 end="2025-03", status="amber"),
        ]),
        ("AFI 4: The service should have a clear understanding of how its wholetime and on-call staff "
         "are used, so that it can maximise their productivity.", [
            dict(ref="4.1",
                 action="Introduce station-level productivity dashboards showing time spent on prevention, "
                        "protection and training activity.",
                 lead_cell="Head of Planning, Performance and Communications",
                 lead=["Head of Planning, Performance and Communications"],
                 orig=D(2024, 9, 30), rev=D(2025, 1, 31), prev="amber", cur="amber",
                 update="Dashboard built in Power BI. Data quality issues with on-call availability feed being resolved.",
                 end="2025-01", status="amber"),
        ]),
    ]),
    ("People", [
        ("AFI 5: The service should assure itself that all staff know how to access wellbeing support, "
         "and that managers hold and record welfare conversations.", [
            dict(ref="5.1",
                 action="Roll out mandatory wellbeing conversation training for all supervisory managers.",
                 lead_cell="Head of People and Organisational Development",
                 lead=["Head of People and Organisational Development"],
                 orig=D(2024, 7, 31), rev=None, prev="green", cur="blue",
                 update="Training completed by 96% of supervisory managers; new managers trained on appointment.",
                 end="2024-07", status="blue"),
            dict(ref="5.2",
                 action="Add welfare conversation recording to the HR system and report completion rates to "
                        "the People Board each quarter.",
                 lead_cell="HR Business Partner (Operations)",
                 lead=["HR Business Partner (Operations)"],
                 orig=D(2024, 10, 31), rev=D(2025, 2, 28), prev="green", cur="red",
                 update="Supplier unable to deliver the HR system change until the February 2025 release.",
                 end="2025-02", status="red"),
        ]),
        ("AFI 6: The service should make sure its promotion and progression processes are fair and "
         "understood by all staff.", [
            dict(ref="6.1",
                 action="Publish a revised promotion policy and process guide following consultation with the "
                        "representative bodies.",
                 lead_cell="Head of People and Organisational Development",
                 lead=["Head of People and Organisational Development"],
                 orig=D(2024, 11, 30), rev=None, prev="green", cur="green",
                 update="Consultation closed 31/10/2024. Policy to Joint Consultation Committee in November.",
                 end="2024-11", status="green"),
        ]),
    ]),
]


def build_cheshire(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = CHESHIRE_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A3"] = "Report to:"
    ws["B3"] = "Performance and Overview Committee"
    ws["A4"] = "Position as at:"
    ws["B4"] = D(2024, 10, 31)
    ws["B4"].number_format = "dd/mm/yyyy"
    ws["A5"] = "Plan owner:"
    ws["B5"] = "Head of Planning, Performance and Communications"
    ws["A6"] = "Version:"
    ws["B6"] = "1.4"
    ws["A8"] = "Document control"
    ws["A8"].font = Font(bold=True)
    for r, row in enumerate([("Version", "Date", "Author", "Change"),
                             ("1.0", "04/10/2023", "Planning and Performance", "Plan submitted to HMICFRS"),
                             ("1.3", "12/06/2024", "Planning and Performance", "Q4 2023-24 update"),
                             ("1.4", "06/11/2024", "Planning and Performance", "Q2 2024-25 update; revised dates agreed by SLT")],
                            start=9):
        for c, v in enumerate(row, start=1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BOX
            if r == 9:
                cell.font = Font(bold=True)
                cell.fill = fill("grey")
    ws["A15"] = "RAG key"
    ws["A15"].font = Font(bold=True)
    for r, (col, txt) in enumerate([("blue", "Complete"), ("green", "On track to deliver by target date"),
                                    ("amber", "At risk of slipping, or revised date agreed"),
                                    ("red", "Off track – target date will be missed")], start=16):
        ws.cell(row=r, column=1).fill = fill(col)
        ws.cell(row=r, column=1).border = BOX
        ws.cell(row=r, column=2, value=txt)
    ws.column_dimensions["A"].width = 18
    ws.column_dimensions["B"].width = 48
    ws.column_dimensions["C"].width = 26
    ws.column_dimensions["D"].width = 46

    # Summary sheet
    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of progress by inspection pillar"
    sm["A1"].font = Font(bold=True, size=12)
    hdr = ["Pillar", "AFIs", "Actions", "Complete", "Green", "Amber", "Red"]
    for c, v in enumerate(hdr, start=1):
        cell = sm.cell(row=3, column=c, value=v)
        cell.font = Font(bold=True)
        cell.fill = fill("grey")
        cell.border = BOX
    r = 4
    tot = [0] * 6
    for pillar, afis in CHESHIRE:
        acts = [a for _, al in afis for a in al]
        vals = [len(afis), len(acts)] + [sum(1 for a in acts if a["cur"] == s)
                                         for s in ("blue", "green", "amber", "red")]
        sm.cell(row=r, column=1, value=pillar).border = BOX
        for c, v in enumerate(vals, start=2):
            sm.cell(row=r, column=c, value=v).border = BOX
            tot[c - 2] += v
        r += 1
    sm.cell(row=r, column=1, value="Total").font = Font(bold=True)
    for c, v in enumerate(tot, start=2):
        sm.cell(row=r, column=c, value=v).font = Font(bold=True)
    sm.column_dimensions["A"].width = 18

    # Action plan sheet
    ap = wb.create_sheet("AFI Action Plan")
    ncol = 9
    ap["A1"] = CHESHIRE_TITLE
    ap["A1"].font = Font(bold=True, size=13)
    ap.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ap["A2"] = "Position as at 31 October 2024"
    ap["A2"].font = Font(italic=True)
    hdr = ["Ref", "Action", "Lead", "Original target date", "Revised target date",
           "Previous RAG (Jun 2024)", "Current RAG (Oct 2024)", "Progress update", "Evidence"]
    for c, v in enumerate(hdr, start=1):
        cell = ap.cell(row=4, column=c, value=v)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("dark")
        cell.alignment = WRAP
        cell.border = BOX
    r = 5
    for pillar, afis in CHESHIRE:
        ap.cell(row=r, column=1, value=pillar).font = Font(bold=True, size=12)
        for c in range(1, ncol + 1):
            ap.cell(row=r, column=c).fill = fill("grey")
        ap.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        r += 1
        for afi, acts in afis:
            cell = ap.cell(row=r, column=1, value=afi)
            cell.font = Font(bold=True)
            cell.alignment = WRAP
            for c in range(1, ncol + 1):
                ap.cell(row=r, column=c).fill = fill("pale")
            ap.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            ap.row_dimensions[r].height = 32
            r += 1
            for a in acts:
                vals = [a["ref"], a["action"], a["lead_cell"], a["orig"], a["rev"], None, None,
                        a["update"], "SharePoint – HMICFRS evidence folder"]
                for c, v in enumerate(vals, start=1):
                    cell = ap.cell(row=r, column=c, value=v)
                    cell.alignment = WRAP
                    cell.border = BOX
                    if isinstance(v, dt.datetime):
                        cell.number_format = "dd/mm/yyyy"
                ap.cell(row=r, column=6).fill = fill(a["prev"])
                ap.cell(row=r, column=7).fill = fill(a["cur"])
                a["_row"] = r
                r += 1
    r += 1
    ap.cell(row=r, column=1, value="Note: revised target dates were agreed by the Service Leadership Team on "
                                   "15/10/2024. Completed actions remain on the plan until HMICFRS has reviewed "
                                   "the evidence.").font = Font(italic=True)
    widths = [7, 52, 30, 13, 13, 11, 11, 48, 22]
    for i, w in enumerate(widths, start=1):
        ap.column_dimensions[get_column_letter(i)].width = w
    ap.freeze_panes = "A5"
    wb.active = 2
    wb.save(path)


def cheshire_actions():
    out = []
    for pillar, afis in CHESHIRE:
        for afi, acts in afis:
            for a in acts:
                out.append(dict(ref=a["ref"], under=[pillar, afi], action=a["action"], lead=a["lead"],
                                end=a["end"], status=a["status"]))
    return out


# ---------------------------------------------------------------------------
# 2. Blackburn with Darwen - Adult social care CQC assessment improvement plan (docx)
# ---------------------------------------------------------------------------
BWD_FILE = "mi2-blackburn-with-darwen-council-asc-cqc-assessment-improvement-plan.docx"
BWD_TITLE = "Blackburn with Darwen Borough Council – Adult Social Care CQC Assessment: Improvement Plan 2025-26"
BWD = [
    ("Theme 1: Working with people", [
        ("Area for improvement 1: Reduce waiting times for Care Act assessments, reviews and carers’ assessments", [
            dict(ref="1.1",
                 action="Introduce a weekly waiting list triage so that everyone waiting for an assessment is "
                        "contacted, risk-rated and given a named contact.",
                 lead_cell="Head of Adult Social Care Operations", lead=["Head of Adult Social Care Operations"],
                 when="September 2025", end="2025-09", rag="Complete", status="blue",
                 update="Triage in place since 1 September. All people waiting have a named worker."),
            dict(ref="1.2",
                 action="Commission additional assessment capacity from an external provider to clear the "
                        "backlog of overdue annual reviews.",
                 lead_cell="Head of Commissioning / Head of Adult Social Care Operations",
                 lead=["Head of Commissioning", "Head of Adult Social Care Operations"],
                 when="Sept 2025 – March 2026", end="2026-03", rag="Green", status="green",
                 update="Provider started 15 September. Overdue reviews down from 1,140 to 862."),
            dict(ref="1.3",
                 action="Work with Carers Service partners to offer a carer’s assessment at the first point of "
                        "contact and record the outcome on Liquidlogic.",
                 lead_cell="Carers Lead", lead=["Carers Lead"],
                 when="Q3 2025/26", end="2025-12", rag="Amber", status="amber",
                 update="Recording form built. Training for the front door team delayed to November."),
        ]),
        ("Area for improvement 2: Improve our understanding of, and response to, inequalities in people’s "
         "experiences and outcomes", [
            dict(ref="1.4",
                 action="Publish an equality dashboard for adult social care, broken down by ethnicity, age, "
                        "disability and deprivation, and review it quarterly at the Improvement Board.",
                 lead_cell="Head of Business Intelligence", lead=["Head of Business Intelligence"],
                 when="31/12/2025", end="2025-12", rag="Green", status="green",
                 update="First version shared with the Improvement Board in September."),
            dict(ref="1.5",
                 action="Co-produce accessible information in Urdu, Gujarati and Polish with community and "
                        "faith groups.",
                 lead_cell="Principal Social Worker", lead=["Principal Social Worker"],
                 when="March 2026", end="2026-03", rag="Not started", status="unrated",
                 update="Due to start January 2026."),
        ]),
    ]),
    ("Theme 2: Providing support", [
        ("Area for improvement 3: Increase the availability of respite and short breaks for unpaid carers", [
            dict(ref="2.1",
                 action="Complete a market sufficiency assessment for respite and short breaks.",
                 lead_cell="Strategic Commissioning Manager", lead=["Strategic Commissioning Manager"],
                 when="August 2025", end="2025-08", rag="Complete", status="blue",
                 update="Assessment completed and shared with providers."),
            dict(ref="2.2",
                 action="Re-procure the bed-based respite framework with a guaranteed block of emergency "
                        "respite beds.",
                 lead_cell="Strategic Commissioning Manager", lead=["Strategic Commissioning Manager"],
                 when="April 2026", end="2026-04", rag="Green", status="green",
                 update="Tender to be published in October."),
        ]),
    ]),
    ("Theme 3: How the local authority ensures safety within the system", [
        ("Area for improvement 4: Strengthen transitions for young people moving from children’s to adult services", [
            dict(ref="3.1",
                 action="Agree a joint all-age transitions protocol with Children’s Services and the ICB, with a "
                        "transitions panel from age 14.",
                 lead_cell="Assistant Director – Adult Social Care / Assistant Director – Children’s Social Care",
                 lead=["Assistant Director – Adult Social Care", "Assistant Director – Children’s Social Care"],
                 when="End of January 2026", end="2026-01", rag="Amber", status="amber",
                 update="Draft protocol out for comment; ICB sign-off awaited."),
        ]),
        ("Area for improvement 5: Make sure the timeliness of safeguarding enquiries is consistently monitored", [
            dict(ref="3.2",
                 action="Audit a sample of 20 safeguarding enquiries each quarter and report the themes to the "
                        "Safeguarding Adults Board.",
                 lead_cell="Head of Safeguarding Adults", lead=["Head of Safeguarding Adults"],
                 when="Ongoing", end=None, end_text="Ongoing", rag="Green", status="green",
                 update="Q2 audit completed; report to the Board in October."),
        ]),
    ]),
    ("Theme 4: Leadership", [
        ("Area for improvement 6: Make sure the voice of people who draw on care and support shapes our "
         "strategy and improvement work", [
            dict(ref="4.1",
                 action="Establish a Making It Real co-production board with people with lived experience and "
                        "unpaid carers.",
                 lead_cell="Director of Adult Social Care and Health", lead=["Director of Adult Social Care and Health"],
                 when="December 2025", end="2025-12", rag="Green", status="green",
                 update="Twelve members recruited; first meeting booked for 4 November."),
            dict(ref="4.2",
                 action="Include feedback from the co-production board as a standing item at the Adult Social "
                        "Care Improvement Board.",
                 lead_cell="Director of Adult Social Care and Health", lead=["Director of Adult Social Care and Health"],
                 when="Quarterly", end=None, end_text="Quarterly", rag="Green", status="green",
                 update="Added to the Board’s forward plan from December."),
        ]),
    ]),
]


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


def build_bwd(path):
    doc = docx.Document()
    landscape(doc)
    doc.add_heading(BWD_TITLE, level=0)
    doc.add_paragraph("Response to the Care Quality Commission’s assessment of how the council meets its "
                      "duties under Part 1 of the Care Act 2014 (report published July 2025). Overall rating: Good.")
    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Owner", "Director of Adult Social Care and Health"),
                 ("Version", "2.1"),
                 ("Date", "30 September 2025"),
                 ("Approved by", "Adult Social Care Improvement Board"),
                 ("Next review", "December 2025")]:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True)
        set_cell(row[1], v)
    doc.add_heading("RAG key", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for word, col, meaning in [("Complete", FILL["blue"], "Action delivered and evidenced"),
                               ("Green", FILL["green"], "On track to deliver by the timescale"),
                               ("Amber", FILL["amber"], "Some slippage; recovery action in place"),
                               ("Red", FILL["red"], "Off track; escalated to the Improvement Board"),
                               ("Not started", "FFFFFF", "Not due to start yet")]:
        row = t.add_row().cells
        set_cell(row[0], word, bold=True)
        shade(row[0], col)
        set_cell(row[1], meaning)
    hdr = ["Ref", "What we will do", "Lead officer", "Timescale", "Progress – September 2025", "RAG"]
    for theme, areas in BWD:
        doc.add_heading(theme, level=1)
        t = doc.add_table(rows=1, cols=len(hdr))
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, hdr):
            set_cell(c, h, bold=True)
            shade(c, "1F3864")
            c.paragraphs[0].runs[0].font.color.rgb = docx.shared.RGBColor(0xFF, 0xFF, 0xFF)
        for area, acts in areas:
            row = t.add_row()
            m = row.cells[0].merge(row.cells[-1])
            set_cell(m, area, bold=True)
            shade(m, "DEEAF6")
            for a in acts:
                cells = t.add_row().cells
                for c, v in zip(cells, [a["ref"], a["action"], a["lead_cell"], a["when"], a["update"], a["rag"]]):
                    set_cell(c, v)
                col = {"blue": FILL["blue"], "green": FILL["green"], "amber": FILL["amber"],
                       "red": FILL["red"]}.get(a["status"])
                if col:
                    shade(cells[5], col)
        doc.add_paragraph("")
    doc.add_paragraph("RAG ratings reflect the position reported to the Adult Social Care Improvement Board "
                      "on 18 September 2025.").runs[0].italic = True
    doc.add_heading("Glossary", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("CQC", "Care Quality Commission"), ("ICB", "Integrated Care Board (Lancashire and South Cumbria)"),
                 ("Liquidlogic", "Adult social care case management system (LAS)")]:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True)
        set_cell(row[1], v)
    doc.save(path)


def bwd_actions():
    out = []
    for theme, areas in BWD:
        for area, acts in areas:
            for a in acts:
                d = dict(ref=a["ref"], under=[theme, area], action=a["action"], lead=a["lead"], end=a["end"])
                if a.get("end_text"):
                    d["end_text"] = a["end_text"]
                d["status"] = a["status"]
                out.append(d)
    return out


# ---------------------------------------------------------------------------
# 3. City of Bradford MDC - Auditor's Annual Report 2023/24 VfM recommendations (xlsx)
# ---------------------------------------------------------------------------
BRAD_FILE = "mi2-city-of-bradford-mdc-auditors-annual-report-2023-24-vfm-recommendations-action-plan.xlsx"
BRAD_TITLE = ("City of Bradford Metropolitan District Council – Auditor’s Annual Report 2023/24: "
              "Value for Money Recommendations Action Plan")
S151 = "Strategic Director, Corporate Resources (S151)"
BRAD = [
    ("Statutory recommendation", [
        ("Statutory recommendation 1: The Council must take urgent action to deliver a sustainable balanced "
         "budget for 2025/26 and the medium term, without reliance on exceptional financial support beyond that "
         "agreed with government.", [
            dict(ref="SR1.1",
                 action="Set a balanced 2025/26 budget that identifies deliverable savings of at least £31m, with "
                        "a delivery plan for each saving.",
                 lead_cell=S151, lead=[S151], target=D(2025, 2, 27), revised=None, rag="G", status="green",
                 update="Budget proposals go to Council on 27 February 2025; savings delivery plans drafted.",
                 end="2025-02"),
            dict(ref="SR1.2",
                 action="Establish a monthly Financial Recovery Board chaired by the Chief Executive to track "
                        "savings delivery and spending controls.",
                 lead_cell="Chief Executive", lead=["Chief Executive"], target=D(2024, 11, 30), revised=None,
                 rag="B", status="blue",
                 update="Board meeting monthly since November 2024.", end="2024-11"),
            dict(ref="SR1.3",
                 action="Agree with MHCLG the route out of exceptional financial support as part of the "
                        "Medium-Term Financial Strategy 2025-29.",
                 lead_cell=S151, lead=[S151], target=D(2025, 3, 31), revised="30/09/2025", rag="A",
                 status="amber",
                 update="Discussions with MHCLG ongoing; date revised to follow the 2025 Spending Review.",
                 end="2025-09"),
        ]),
    ]),
    ("Key recommendations", [
        ("Key recommendation 1: The Council should strengthen its arrangements for monitoring and forecasting "
         "demand-led spend on children’s social care commissioned from the Bradford Children and Families Trust.", [
            dict(ref="KR1.1",
                 action="Introduce a joint monthly budget challenge meeting between the Council and the Trust, "
                        "covering placements, agency staffing and the forecast outturn.",
                 lead_cell="Director of Finance / Finance Director, Bradford Children and Families Trust",
                 lead=["Director of Finance", "Finance Director, Bradford Children and Families Trust"],
                 target=D(2024, 12, 31), revised=None, rag="B", status="blue",
                 update="Meetings in place from December 2024.", end="2024-12"),
            dict(ref="KR1.2",
                 action="Review the contract and funding agreement with the Trust to include a financial "
                        "recovery plan and shared risk arrangements.",
                 lead_cell="City Solicitor", lead=["City Solicitor"], target=D(2025, 4, 30), revised=None,
                 rag="G", status="green",
                 update="Heads of terms agreed with the Trust board.", end="2025-04"),
        ]),
        ("Key recommendation 2: The Council should make sure its capital programme is affordable and realistic, "
         "and reprofiled to reflect delivery capacity.", [
            dict(ref="KR2.1",
                 action="Carry out a full review of the capital programme and remove or defer schemes that are "
                        "not yet contractually committed.",
                 lead_cell="Assistant Director – Estates and Property",
                 lead=["Assistant Director – Estates and Property"],
                 target=D(2025, 3, 31), revised=None, rag="A", status="amber",
                 update="Review 70% complete; recommendations to Executive in March.", end="2025-03"),
        ]),
    ]),
    ("Improvement recommendations", [
        ("Improvement recommendation 1: The Council should refresh its risk management framework so that the "
         "corporate risk register is reviewed by CMT and the Governance and Audit Committee at least quarterly.", [
            dict(ref="IR1.1",
                 action="Update the Risk Management Strategy and present it to the Governance and Audit Committee.",
                 lead_cell="Head of Internal Audit, Insurance and Risk",
                 lead=["Head of Internal Audit, Insurance and Risk"],
                 target=D(2025, 1, 31), revised=None, rag="B", status="blue",
                 update="Strategy approved by the Committee on 30 January 2025.", end="2025-01"),
            dict(ref="IR1.2",
                 action="Provide risk management training for all Assistant Directors and risk owners.",
                 lead_cell="Risk and Insurance Manager", lead=["Risk and Insurance Manager"],
                 target=D(2025, 6, 30), revised=None, rag="G", status="green",
                 update="Two sessions delivered; further sessions booked for April.", end="2025-06"),
        ]),
        ("Improvement recommendation 2: The Council should improve the timeliness of its responses to internal "
         "audit recommendations.", [
            dict(ref="IR2.1",
                 action="Report overdue internal audit actions to CMT monthly and to each meeting of the "
                        "Governance and Audit Committee.",
                 lead_cell="Head of Internal Audit, Insurance and Risk",
                 lead=["Head of Internal Audit, Insurance and Risk"],
                 target="Ongoing", revised=None, rag="G", status="green",
                 update="Monthly reporting to CMT in place.", end=None, end_text="Ongoing"),
            dict(ref="IR2.2",
                 action="Set and monitor a target that 90% of high priority audit actions are implemented by "
                        "their agreed date.",
                 lead_cell="Corporate Management Team", lead=["Corporate Management Team"],
                 target=D(2025, 3, 31), revised=None, rag="R", status="red",
                 update="Current performance 58%. Directors asked to clear overdue high priority actions.",
                 end="2025-03"),
        ]),
    ]),
]


def build_bradford(path):
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = BRAD_TITLE
    sm["A1"].font = Font(bold=True, size=13)
    sm["A2"] = "Progress update for the Governance and Audit Committee – position at 31 January 2025"
    sm["A4"] = "External auditor: Forvis Mazars LLP"
    hdr = ["Type of recommendation", "Recommendations", "Actions", "B", "G", "A", "R"]
    for c, v in enumerate(hdr, start=1):
        cell = sm.cell(row=6, column=c, value=v)
        cell.font = Font(bold=True)
        cell.fill = fill("grey")
        cell.border = BOX
    r = 7
    tots = [0] * 6
    for sec, recs in BRAD:
        acts = [a for _, al in recs for a in al]
        vals = [len(recs), len(acts)] + [sum(1 for a in acts if a["rag"] == k) for k in "BGAR"]
        sm.cell(row=r, column=1, value=sec).border = BOX
        for c, v in enumerate(vals, start=2):
            sm.cell(row=r, column=c, value=v).border = BOX
            tots[c - 2] += v
        r += 1
    sm.cell(row=r, column=1, value="Total").font = Font(bold=True)
    for c, v in enumerate(tots, start=2):
        sm.cell(row=r, column=c, value=v).font = Font(bold=True)
    sm.column_dimensions["A"].width = 34

    ws = wb.create_sheet("Action plan")
    ncol = 8
    ws["A1"] = BRAD_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Position at 31 January 2025"
    hdr = ["Recommendation", "Ref", "Agreed management action", "Responsible officer", "Target date",
           "Revised target date", "RAG", "Progress at 31 January 2025"]
    for c, v in enumerate(hdr, start=1):
        cell = ws.cell(row=4, column=c, value=v)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("dark")
        cell.alignment = WRAP
        cell.border = BOX
    r = 5
    ragfill = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    for sec, recs in BRAD:
        ws.cell(row=r, column=1, value=sec).font = Font(bold=True, size=12)
        for c in range(1, ncol + 1):
            ws.cell(row=r, column=c).fill = fill("grey")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        r += 1
        for rec, acts in recs:
            top = r
            ws.cell(row=r, column=1, value=rec)
            for a in acts:
                vals = [None, a["ref"], a["action"], a["lead_cell"], a["target"], a["revised"], a["rag"], a["update"]]
                for c, v in enumerate(vals, start=1):
                    cell = ws.cell(row=r, column=c)
                    if c > 1:
                        cell.value = v
                    cell.alignment = WRAP
                    cell.border = BOX
                    if isinstance(v, dt.datetime):
                        cell.number_format = "dd/mm/yyyy"
                g = ws.cell(row=r, column=7)
                g.fill = fill(ragfill[a["rag"]])
                g.alignment = Alignment(horizontal="center", vertical="top")
                r += 1
            if r - 1 > top:
                ws.merge_cells(start_row=top, start_column=1, end_row=r - 1, end_column=1)
            ws.cell(row=top, column=1).alignment = WRAP
    r += 1
    ws.cell(row=r, column=1, value="RAG key: B = Complete; G = On track; A = At risk of missing target date; "
                                   "R = Target date missed / off track").font = Font(italic=True)
    for i, w in enumerate([44, 8, 46, 28, 12, 12, 6, 44], start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    wb.save(path)


def bradford_actions():
    out = []
    for sec, recs in BRAD:
        for rec, acts in recs:
            for a in acts:
                d = dict(ref=a["ref"], under=[sec, rec], action=a["action"], lead=a["lead"], end=a["end"])
                if a.get("end_text"):
                    d["end_text"] = a["end_text"]
                d["status"] = a["status"]
                out.append(d)
    return out


# ---------------------------------------------------------------------------
# 4. Eastbourne Borough Council - LGA corporate peer challenge action plan (xlsx)
# ---------------------------------------------------------------------------
EBC_FILE = "mi2-eastbourne-bc-corporate-peer-challenge-action-plan.xlsx"
EBC_TITLE = "Eastbourne Borough Council – LGA Corporate Peer Challenge Action Plan"
EBC = [
    ("Financial planning and management", [
        ("Recommendation 1 – Continue to prioritise financial sustainability, with a clear and realistic "
         "medium-term financial plan and identified savings", [
            dict(ref="1.1",
                 action="Agree the Medium Term Financial Strategy 2024-28 with savings proposals identified for "
                        "each year",
                 lead_cell="Chief Finance Officer", lead=["Chief Finance Officer"],
                 due=D(2024, 2, 1), due_fmt="mmm-yy", st="Completed", status="blue", end="2024-02",
                 update="MTFS approved by Full Council 21 February 2024"),
            dict(ref="1.2",
                 action="Deliver the Stability and Growth Programme savings and report progress to Cabinet "
                        "quarterly",
                 lead_cell="Deputy Chief Executive", lead=["Deputy Chief Executive"],
                 due="Q4 2023/24", st="On track", status="green", end="2024-03",
                 update="£1.9m of £2.4m target delivered; Q3 report to Cabinet 20 March"),
        ]),
    ]),
    ("Organisational and place leadership", [
        ("Recommendation 2 – Develop a shared place narrative for Eastbourne with partners", [
            dict(ref="2.1",
                 action="Hold a place summit with key partners to agree shared priorities for the town",
                 lead_cell="Director of Regeneration and Planning", lead=["Director of Regeneration and Planning"],
                 due="November 2023", st="Completed", status="blue", end="2023-11",
                 update="Summit held 16 November 2023 with 40 partners"),
            dict(ref="2.2",
                 action="Publish the Eastbourne place narrative and partnership priorities",
                 lead_cell="Director of Regeneration and Planning; Head of Communications",
                 lead=["Director of Regeneration and Planning", "Head of Communications"],
                 due=D(2024, 5, 31), due_fmt="dd/mm/yyyy", st="At risk", status="amber", end="2024-05",
                 update="Draft delayed by pre-election period; partners reviewing second draft"),
        ]),
    ]),
    ("Governance and culture", [
        ("Recommendation 3 – Review the joint working arrangements with Lewes District Council to make sure "
         "they continue to deliver for Eastbourne", [
            dict(ref="3.1",
                 action="Commission an independent review of the shared services arrangements",
                 lead_cell="Chief Executive", lead=["Chief Executive"],
                 due=D(2024, 1, 1), due_fmt="mmm-yy", st="Completed", status="blue", end="2024-01",
                 update="Review completed January 2024"),
            dict(ref="3.2",
                 action="Report the review findings and proposed changes to Cabinet",
                 lead_cell="Chief Executive", lead=["Chief Executive"],
                 due="April 2024", st="Not started", status="unrated", end="2024-04",
                 update="Scheduled for April Cabinet"),
        ]),
        ("Recommendation 4 – Strengthen member development, including induction for councillors elected in "
         "May 2023", [
            dict(ref="4.1",
                 action="Deliver a member induction programme followed by a skills audit",
                 lead_cell="Head of Democratic Services", lead=["Head of Democratic Services"],
                 due=D(2023, 9, 1), due_fmt="mmm-yy", st="Completed", status="blue", end="2023-09",
                 update="Induction delivered May–July 2023; skills audit returned by 24 of 27 members"),
            dict(ref="4.2",
                 action="Refresh the member development plan with the Member Development Working Group",
                 lead_cell="Head of Democratic Services", lead=["Head of Democratic Services"],
                 due=D(2024, 3, 1), due_fmt="mmm-yy", st="Off track", status="red", end="2024-03",
                 update="Working Group not yet reconvened; new date to be agreed"),
        ]),
    ]),
    ("Capacity for improvement", [
        ("Recommendation 5 – Develop a workforce strategy that addresses recruitment and retention pressures "
         "in key services", [
            dict(ref="5.1",
                 action="Adopt a joint workforce strategy and action plan",
                 lead_cell="Director of Service Delivery / Head of HR",
                 lead=["Director of Service Delivery", "Head of HR"],
                 due="June 2024", st="On track", status="green", end="2024-06",
                 update="Staff survey results being used to shape the strategy"),
        ]),
    ]),
]


def build_eastbourne(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Action plan"
    ncol = 7
    ws["A1"] = EBC_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Peer challenge: 28 February – 3 March 2023. Progress update: March 2024"
    ws["A2"].font = Font(italic=True)
    hdr = ["LGA recommendation", "Ref", "Action", "Lead", "Due", "Status", "Update (March 2024)"]
    for c, v in enumerate(hdr, start=1):
        cell = ws.cell(row=4, column=c, value=v)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("00695C")
        cell.alignment = WRAP
        cell.border = BOX
    r = 5
    stfill = {"Completed": "blue", "On track": "green", "At risk": "amber", "Off track": "red"}
    for theme, recs in EBC:
        ws.cell(row=r, column=1, value=theme).font = Font(bold=True)
        for c in range(1, ncol + 1):
            ws.cell(row=r, column=c).fill = fill("E2EFDA")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        r += 1
        for rec, acts in recs:
            for i, a in enumerate(acts):
                vals = [rec if i == 0 else None, a["ref"], a["action"], a["lead_cell"], a["due"], a["st"], a["update"]]
                for c, v in enumerate(vals, start=1):
                    cell = ws.cell(row=r, column=c, value=v)
                    cell.alignment = WRAP
                    cell.border = BOX
                    if isinstance(v, dt.datetime):
                        cell.number_format = a["due_fmt"]
                if a["st"] in stfill:
                    ws.cell(row=r, column=6).fill = fill(stfill[a["st"]])
                r += 1
    for i, w in enumerate([42, 6, 44, 30, 12, 12, 42], start=1):
        ws.column_dimensions[get_column_letter(i)].width = w

    k = wb.create_sheet("Key")
    k["A1"] = "Status key"
    k["A1"].font = Font(bold=True)
    for r, (word, col, meaning) in enumerate([("Completed", "blue", "Action complete"),
                                              ("On track", "green", "Progressing to plan"),
                                              ("At risk", "amber", "Some risk to the due date"),
                                              ("Off track", "red", "Due date missed or will be missed"),
                                              ("Not started", None, "Not yet due to start")], start=2):
        k.cell(row=r, column=1, value=word)
        if col:
            k.cell(row=r, column=1).fill = fill(col)
        k.cell(row=r, column=2, value=meaning)
    k.column_dimensions["A"].width = 14
    k.column_dimensions["B"].width = 36
    wb.save(path)


def eastbourne_actions():
    out = []
    for theme, recs in EBC:
        for rec, acts in recs:
            for a in acts:
                out.append(dict(ref=a["ref"], under=[theme, rec], action=a["action"], lead=a["lead"],
                                end=a["end"], status=a["status"]))
    return out


# ---------------------------------------------------------------------------
# 5. Ysgol Bro Preseli - Estyn post-inspection action plan (docx)
# ---------------------------------------------------------------------------
YBP_FILE = "mi2-ysgol-bro-preseli-estyn-post-inspection-action-plan.docx"
YBP_TITLE = "Ysgol Bro Preseli – Post-inspection Action Plan"
YBP = [
    ("Argymhelliad 1 / Recommendation 1: Improve the consistency of teaching so that all pupils are "
     "challenged to make strong progress", [
        dict(ref="1.1",
             action="Establish triads of teachers across the primary and secondary phases to plan and observe "
                    "lessons that focus on challenge.",
             success="All teachers take part in at least one triad cycle; lesson observations show appropriate challenge in most lessons.",
             lead_cell="Deputy Headteacher (Teaching and Learning)", lead=["Deputy Headteacher (Teaching and Learning)"],
             when="Spring term 2024", end="2024-03", status="blue"),
        dict(ref="1.2",
             action="Carry out learning walks and book scrutiny each half term, focusing on challenge for more able "
                    "pupils, and feed back to departments.",
             success="Departments act on feedback; evidence of higher-level tasks in pupils’ books.",
             lead_cell="Senior Leadership Team", lead=["Senior Leadership Team"],
             when="Termly", end=None, end_text="Termly", status="green"),
    ]),
    ("Argymhelliad 2 / Recommendation 2: Strengthen the provision for developing pupils’ numeracy skills "
     "across the curriculum", [
        dict(ref="2.1",
             action="Map numeracy opportunities across all Year 7 to Year 9 subjects and agree where each skill "
                    "will be taught and practised.",
             success="Numeracy map published to staff; every department has planned numeracy tasks.",
             lead_cell="Numeracy Coordinator", lead=["Numeracy Coordinator"],
             when="Summer term 2024", end="2024-07", status="blue"),
        dict(ref="2.2",
             action="Provide professional learning for all staff on planning purposeful numeracy tasks.",
             success="Staff confidence survey improves; scrutiny shows numeracy tasks at an appropriate level.",
             lead_cell="Numeracy Coordinator / Assistant Headteacher",
             lead=["Numeracy Coordinator", "Assistant Headteacher"],
             when="Autumn term 2024", end="2024-12", status="green"),
    ]),
    ("Argymhelliad 3 / Recommendation 3: Make sure that self-evaluation and improvement planning focus "
     "precisely on the impact of teaching on pupils’ learning", [
        dict(ref="3.1",
             action="Revise the self-evaluation calendar so that all first-hand evidence is evaluated against its "
                    "impact on pupils’ progress.",
             success="Calendar in place; self-evaluation reports refer to impact on learning.",
             lead_cell="Headteacher", lead=["Headteacher"],
             when="January 2024", end="2024-01", status="blue"),
        dict(ref="3.2",
             action="Train middle leaders to write concise, impact-focused department improvement plans.",
             success="All department plans for 2024-25 meet the agreed quality criteria.",
             lead_cell="Headteacher and Deputy Headteacher",
             lead=["Headteacher", "Deputy Headteacher"],
             when="Autumn term 2024", end="2024-12", status="amber"),
        dict(ref="3.3",
             action="Involve governors in link visits to departments and report their findings to the Standards "
                    "Committee.",
             success="Each governor completes at least one link visit a term; minutes show challenge.",
             lead_cell="Chair of Governors", lead=["Chair of Governors"],
             when="Termly", end=None, end_text="Termly", status="amber"),
    ]),
    ("Argymhelliad 4 / Recommendation 4: Address the health and safety issues relating to the school site "
     "raised during the inspection", [
        dict(ref="4.1",
             action="Complete the remedial works to the secondary building façade and remove the scaffolding.",
             success="Works signed off by the local authority building surveyor; scaffolding removed.",
             lead_cell="Pembrokeshire County Council Property Services",
             lead=["Pembrokeshire County Council Property Services"],
             when="31 August 2024", end="2024-08", status="red"),
        dict(ref="4.2",
             action="Review the fire risk assessment for the tower block once the works are complete.",
             success="Updated fire risk assessment approved by the governing body.",
             lead_cell="Headteacher / Local Authority Health and Safety Adviser",
             lead=["Headteacher", "Local Authority Health and Safety Adviser"],
             when="September 2024", end="2024-09", status="unrated"),
    ]),
]


def build_ybp(path):
    doc = docx.Document()
    landscape(doc)
    doc.add_heading(YBP_TITLE, level=0)
    p = doc.add_paragraph("Cynllun Gweithredu Ôl-arolygiad")
    p.runs[0].italic = True
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("School", "Ysgol Bro Preseli, Crymych, Sir Benfro"),
                 ("Local authority", "Pembrokeshire County Council"),
                 ("Date of Estyn inspection", "13–16 November 2023"),
                 ("Plan agreed by governing body", "5 February 2024"),
                 ("Progress review", "Summer term 2024 (position at 1 July 2024)")]:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True)
        set_cell(row[1], v)
    doc.add_paragraph("")
    p = doc.add_paragraph("Key: ")
    for word, col in [("Blue – complete", FILL["blue"]), ("Green – on track", FILL["green"]),
                      ("Amber – some concerns", FILL["amber"]), ("Red – significant concerns", FILL["red"]),
                      ("No colour – not yet started", None)]:
        p.add_run(word + "   ")
    hdr = ["No.", "Action", "Success criteria", "Lead", "Timescale", "RAG"]
    for rec, acts in YBP:
        doc.add_heading(rec, level=2)
        t = doc.add_table(rows=1, cols=len(hdr))
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, hdr):
            set_cell(c, h, bold=True)
            shade(c, "D9D9D9")
        for a in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, [a["ref"], a["action"], a["success"], a["lead_cell"], a["when"], ""]):
                set_cell(c, v)
            col = {"blue": FILL["blue"], "green": FILL["green"], "amber": FILL["amber"],
                   "red": FILL["red"]}.get(a["status"])
            if col:
                shade(cells[5], col)
        doc.add_paragraph("Monitoring: progress reviewed by the Standards Committee each term and by the "
                          "local authority Challenge Adviser.")
    doc.add_paragraph("Signed: Headteacher ____________    Chair of Governors ____________")
    doc.save(path)


def ybp_actions():
    out = []
    for rec, acts in YBP:
        for a in acts:
            d = dict(ref=a["ref"], under=[rec], action=a["action"], lead=a["lead"], end=a["end"])
            if a.get("end_text"):
                d["end_text"] = a["end_text"]
            d["status"] = a["status"]
            out.append(d)
    return out


# ---------------------------------------------------------------------------
# 6. Lake District NPA - internal audit recommendations tracker (csv) - REFUSE
# ---------------------------------------------------------------------------
LDNPA_FILE = "mi2-lake-district-npa-internal-audit-recommendations-tracker-typo-month-refuse.csv"
LDNPA_HEADER = ["Audit", "Year", "Rec No", "Priority", "Recommendation", "Agreed Action", "Responsible Officer",
                "Original Due Date", "Revised Due Date", "Status", "Comment"]
LDNPA_ROWS = [
    ["Procurement and Contract Management", "2023/24", "1", "High",
     "Contract Procedure Rules should be updated to reflect the Procurement Act 2023.",
     "Revise the Contract Procedure Rules and present to the Authority for approval.",
     "Head of Finance", "31/10/2024", "28/02/2025", "Implemented",
     "Approved by the Authority on 12 February 2025."],
    ["Procurement and Contract Management", "2023/24", "2", "Medium",
     "The contracts register should be complete and published in line with the Local Government Transparency Code.",
     "Complete the contracts register for all contracts over £5,000 and publish quarterly.",
     "Procurement Officer", "31/12/2024", "", "Implemented", "Register published on the website."],
    ["Information Governance", "2023/24", "1", "Medium",
     "Information asset owners should review the Information Asset Register annually.",
     "Issue the annual review request to all information asset owners and report completion to the Leadership Team.",
     "Information Governance Officer", "31/03/2025", "30/06/2025", "Partially implemented",
     "7 of 11 asset owners have completed their review."],
    ["Payroll", "2024/25", "1", "Medium",
     "Starters and leavers forms should be authorised before changes are processed.",
     "Introduce a workflow in the HR/payroll system so changes cannot be processed without authorisation.",
     "HR Manager", "30/06/2025", "", "Implemented", "Workflow live from June payroll."],
    ["Car Parks Income", "2024/25", "1", "High",
     "Cash collected from pay and display machines should be reconciled to machine audit data.",
     "Carry out a weekly reconciliation of cash banked to machine audit reports, with variances investigated.",
     "Visitor Services Manager / Finance Officer", "30/04/2025", "Septmber 2025", "Partially implemented",
     "Reconciliations started for the Bowness and Keswick car parks; remaining sites to follow."],
    ["Car Parks Income", "2024/25", "2", "Low",
     "Card payment terminal reports should be retained for six years.",
     "Set up an archive folder for terminal reports in line with the retention schedule.",
     "Visitor Services Manager", "31/05/2025", "", "Implemented", ""],
    ["Planning Fees and Income", "2024/25", "1", "Medium",
     "Refunds of planning fees should be approved by an officer independent of the case.",
     "Update the planning fees refund procedure to require approval by the Development Management Manager.",
     "Head of Development Management", "31/07/2025", "", "Not yet due", ""],
    ["Planning Fees and Income", "2024/25", "2", "Low",
     "Pre-application advice charges should be reviewed annually.",
     "Include the pre-application charging schedule in the annual fees and charges report.",
     "Head of Development Management", "31/01/2026", "", "Not yet due", ""],
    ["Health and Safety - Lone Working", "2024/25", "1", "High",
     "All field staff should have access to a monitored lone-worker device.",
     "Procure and issue lone-worker devices to all ranger and field staff.",
     "Health and Safety Adviser", "31/08/2025", "31/12/2025", "Partially implemented",
     "Devices procured; roll-out to Rangers under way."],
]


def build_ldnpa(path):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["Lake District National Park Authority - Internal Audit Recommendations Tracker"] + [""] * 10)
    w.writerow(["Audit and Risk Committee - 15 July 2025. Outstanding and recently closed recommendations"] + [""] * 10)
    w.writerow([""] * 11)
    w.writerow(LDNPA_HEADER)
    for row in LDNPA_ROWS:
        w.writerow(row)
    w.writerow([""] * 11)
    w.writerow(["Priority: High = fundamental control weakness; Medium = significant; Low = best practice"] + [""] * 10)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def ldnpa_refuse_line():
    # title, subtitle, blank, header, then rows: line number of the row with the typo
    for i, row in enumerate(LDNPA_ROWS):
        if row[8] == "Septmber 2025":
            return 5 + i
    raise AssertionError


# ---------------------------------------------------------------------------
# 7. River Clyde Homes - SHR Annual Assurance Statement improvement plan (txt)
# ---------------------------------------------------------------------------
RCH_FILE = "mi2-river-clyde-homes-shr-annual-assurance-statement-improvement-plan.txt"
RCH_TITLE = "River Clyde Homes: Annual Assurance Statement 2024 – Improvement Plan"
RCH = [
    ("1. Tenant and resident safety", [
        ("Electrical safety: 214 homes did not have an Electrical Installation Condition Report (EICR) less "
         "than five years old at 31 March 2024.", [
            dict(ref="1.1",
                 action="Complete EICRs at all 214 overdue properties, using the forced access procedure where necessary.",
                 lead_cell="Head of Compliance", lead=["Head of Compliance"],
                 when="31/03/2025", end="2025-03", rag="Amber", status="amber",
                 update=["186 of 214 completed at 30 November 2024.",
                         "28 no-access cases referred for forced access."]),
            dict(ref="1.2",
                 action="Introduce weekly EICR compliance reporting to the Executive Team and quarterly reporting "
                        "to the Audit & Risk Committee.",
                 lead_cell="Head of Compliance / Compliance Data Officer",
                 lead=["Head of Compliance", "Compliance Data Officer"],
                 when="December 2024", end="2024-12", rag="Complete", status="blue",
                 update=["Weekly report in place since October 2024."]),
        ]),
        ("Damp and mould: case management of damp and mould reports was not consistent and response times "
         "were not monitored.", [
            dict(ref="1.3",
                 action="Adopt a Damp, Mould and Condensation Policy with defined inspection and repair timescales.",
                 lead_cell="Director of Assets & Sustainability", lead=["Director of Assets & Sustainability"],
                 when="Nov 2024", end="2024-11", rag="Complete", status="blue",
                 update=["Policy approved by the Board on 26 November 2024."]),
            dict(ref="1.4",
                 action="Set up a damp and mould case tracker in the housing management system and report "
                        "performance monthly.",
                 lead_cell="Repairs Manager", lead=["Repairs Manager"],
                 when="Q1 2025/26", end="2025-06", rag="Green", status="green",
                 update=["Specification agreed with the system supplier."]),
        ]),
    ]),
    ("2. Equalities and human rights", [
        ("Equalities data: we hold equalities information for fewer than half of our tenants, which limits our "
         "ability to show how we meet the needs of different groups.", [
            dict(ref="2.1",
                 action="Run a tenant profile update campaign through home visits, the tenant portal and the "
                        "annual rent letter.",
                 lead_cell="Director of Customer Services", lead=["Director of Customer Services"],
                 when="June 2025", end="2025-06", rag="Green", status="green",
                 update=["Campaign launched with the rent letter; 612 profiles updated so far."]),
            dict(ref="2.2",
                 action="Report the equalities data collected, and any gaps in services it shows, to the Board.",
                 lead_cell="Director of Customer Services", lead=["Director of Customer Services"],
                 when="By 31 August 2025", end="2025-08", rag="Not started", status="unrated",
                 update=["Not due to start until the campaign closes."]),
        ]),
    ]),
    ("3. Governance (Regulatory Standard 6)", [
        ("Board skills: the Board skills matrix showed gaps in asset management and digital expertise.", [
            dict(ref="3.1",
                 action="Recruit two Board members with asset management and digital skills through open recruitment.",
                 lead_cell="Governance Manager", lead=["Governance Manager"],
                 when="March 2025", end="2025-03", rag="Red", status="red",
                 update=["First recruitment round attracted no suitable candidates; re-advertising in January."]),
            dict(ref="3.2",
                 action="Commission an external review of governance effectiveness against the Regulatory Standards.",
                 lead_cell="Chief Executive", lead=["Chief Executive"],
                 when="Sept 2025", end="2025-09", rag="Green", status="green",
                 update=["Brief being prepared for tender."]),
        ]),
    ]),
]


def rch_lines():
    L = [RCH_TITLE,
         "Report to the Board of Management, 17 December 2024 – progress at 30 November 2024",
         "",
         "The Board approved its Annual Assurance Statement on 29 October 2024. The Statement confirmed "
         "compliance with the regulatory requirements, with the areas for improvement set out below.",
         "",
         "RAG status: Complete / Green (on track) / Amber (some slippage) / Red (off track) / Not started",
         ""]
    for sec, issues in RCH:
        L.append(sec)
        L.append("")
        for issue, acts in issues:
            L.append(issue)
            L.append("\t".join(["Ref", "Improvement action", "Lead", "Target date", "RAG", "Progress update"]))
            for a in acts:
                L.append("\t".join([a["ref"], a["action"], a["lead_cell"], a["when"], a["rag"], a["update"][0]]))
                L.extend(a["update"][1:])
            L.append("")
    L.append("Next update to the Board: March 2025.")
    return L


def build_rch(path):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(rch_lines()) + "\r\n")


def rch_actions():
    out = []
    for sec, issues in RCH:
        for issue, acts in issues:
            for a in acts:
                out.append(dict(ref=a["ref"], under=[sec, issue], action=a["action"], lead=a["lead"],
                                end=a["end"], status=a["status"]))
    return out


def main():
    build_cheshire(os.path.join(HERE, CHESHIRE_FILE))
    build_bwd(os.path.join(HERE, BWD_FILE))
    build_bradford(os.path.join(HERE, BRAD_FILE))
    build_eastbourne(os.path.join(HERE, EBC_FILE))
    build_ybp(os.path.join(HERE, YBP_FILE))
    build_ldnpa(os.path.join(HERE, LDNPA_FILE))
    build_rch(os.path.join(HERE, RCH_FILE))
    print("built 7 files in", HERE)


if __name__ == "__main__":
    main()
