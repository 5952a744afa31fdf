"""Build the seven gq1- blind test files (set heldout233).

Run with /work/main/.venv/bin/python gq1_make.py ; files are written beside this script.
The DATA structures below also carry the expected reading (end/status) used to write
the .expected.yaml files.
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "Blue": "00B0F0",
    "Green": "00B050",
    "Amber": "FFC000",
    "Red": "FF0000",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex6):
    return PatternFill("solid", start_color=hex6, end_color=hex6)


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Rutland County Council - ILACS improvement plan (xlsx)
# ---------------------------------------------------------------------------
RUTLAND_FILE = "gq1-rutland-county-council-ilacs-improvement-plan.xlsx"
RUTLAND_TITLE = "Rutland County Council – Children's Services Improvement Plan 2025–2026"
RUTLAND_RECS = [
    ("The quality of plans for children in need of help and protection, so that they are "
     "specific about what needs to change, by when, and who is responsible.", [
        dict(ref="1.1",
             action="Relaunch the child's plan template in Mosaic with SMART outcomes, a contingency "
                    "section and the child's own words, co-designed with practitioners.",
             lead_cell="Service Manager – Safeguarding and Family Support",
             lead=["Service Manager – Safeguarding and Family Support"],
             orig=d(2025, 3, 31), rev=None, prev="Green", cur="Blue",
             progress="New template live from 3 March 2025. 92% of CIN and CP plans on the new "
                      "template by June 2025.",
             end="2025-03", status="blue"),
        dict(ref="1.2",
             action="Deliver planning workshops for all social workers and family support workers, "
                    "followed by practice observations by team managers.",
             lead_cell="Principal Social Worker / Workforce Development Manager",
             lead=["Principal Social Worker", "Workforce Development Manager"],
             orig=d(2025, 4, 30), rev=d(2025, 9, 30), prev="Amber", cur="Amber",
             progress="Three of five workshops delivered. Remaining sessions rescheduled because of "
                      "court demand; revised date agreed at Improvement Board 10 June 2025.",
             end="2025-09", status="amber"),
        dict(ref="1.3",
             action="Monthly thematic audit of CIN and CP plans, with findings reported to the "
                    "Quality Assurance and Performance Group.",
             lead_cell="Head of Quality Assurance",
             lead=["Head of Quality Assurance"],
             orig="Monthly", rev=None, prev="Green", cur="Green",
             progress="Audits completed April, May and June. 58% of plans judged good or better "
                      "(baseline 41%).",
             end=None, end_text="Monthly", status="green"),
    ]),
    ("Management oversight and supervision, so that it consistently drives progress for "
     "children and prevents drift.", [
        dict(ref="2.1",
             action="Introduce a revised supervision policy and recording template that includes "
                    "reflective discussion and clear actions with timescales.",
             lead_cell="Head of Service – Children's Social Care",
             lead=["Head of Service – Children's Social Care"],
             orig=d(2025, 4, 30), rev=None, prev="Green", cur="Blue",
             progress="Policy signed off by DCS 22 April 2025 and launched at all-staff briefing.",
             end="2025-04", status="blue"),
        dict(ref="2.2",
             action="Quarterly dip-sample of supervision records by Service Managers, with feedback "
                    "to individual team managers.",
             lead_cell="ES, KP",
             lead=["ES", "KP"],
             orig="Q2 2025/26", rev=None, prev="Amber", cur="Green",
             progress="First dip-sample (20 records) completed May 2025; second scheduled for "
                      "September.",
             end="2025-09", status="green"),
    ]),
    ("The timeliness of permanence planning for children in care, including the use of early "
     "permanence and fostering for adoption.", [
        dict(ref="3.1",
             action="Establish a monthly Permanence Tracking Panel chaired by the Head of Service, "
                    "reviewing all children in care without a confirmed permanence plan by their "
                    "second review.",
             lead_cell="Head of Service – Children's Social Care",
             lead=["Head of Service – Children's Social Care"],
             orig=d(2025, 5, 31), rev=None, prev="Green", cur="Green",
             progress="Panel met in April, May and June; 14 children tracked, 6 now with a "
                      "confirmed permanence plan.",
             end="2025-05", status="green"),
        dict(ref="3.2",
             action="Work with Adoption East Midlands to deliver early permanence awareness training "
                    "to social workers, IROs and legal services.",
             lead_cell="Team Manager (Children in Care) and AEM Early Permanence Lead",
             lead=["Team Manager (Children in Care)", "AEM Early Permanence Lead"],
             orig=d(2025, 7, 31), rev=d(2025, 10, 31), prev="Green", cur="Amber",
             progress="Training content agreed; AEM trainer availability has moved delivery to "
                      "October.",
             end="2025-10", status="amber"),
    ]),
    ("The sufficiency of local homes for children in care, so that more children can live in "
     "Rutland close to their families and schools.", [
        dict(ref="4.1",
             action="Refresh the Sufficiency Strategy 2025–2028 with a costed foster carer "
                    "recruitment plan.",
             lead_cell="Head of Commissioning",
             lead=["Head of Commissioning"],
             orig=d(2025, 6, 30), rev=None, prev="Green", cur="Blue",
             progress="Strategy approved by Cabinet 17 June 2025.",
             end="2025-06", status="blue"),
        dict(ref="4.2",
             action="Launch a targeted foster carer recruitment campaign with Leicestershire and "
                    "Leicester City through the regional fostering recruitment hub.",
             lead_cell="Fostering Team Manager",
             lead=["Fostering Team Manager"],
             orig=d(2025, 9, 30), rev=None, prev="Green", cur="Green",
             progress="Campaign launched 1 June 2025; 9 enquiries and 2 assessments started.",
             end="2025-09", status="green"),
        dict(ref="4.3",
             action="Review the Staying Close and supported accommodation offer for 16 and 17 year "
                    "olds.",
             lead_cell="Service Manager – Children in Care and Care Leavers",
             lead=["Service Manager – Children in Care and Care Leavers"],
             orig="Q4 2025/26", rev=None, prev=None, cur="Red",
             progress="New action added June 2025. Not started: commissioning officer post vacant. "
                      "Escalated to Improvement Board.",
             end="2026-03", status="red"),
    ]),
]


def build_rutland(path):
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = RUTLAND_TITLE
    cov["A1"].font = Font(bold=True, size=16, color="1F4E79")
    cov["A2"] = ("Our response to the Ofsted inspection of local authority children's services "
                 "(ILACS), 4–15 November 2024")
    cov["A3"] = "Overall effectiveness: Requires improvement to be good (report published 13 January 2025)"
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True, size=12)
    hdr = ["Version", "Date", "Author", "Summary of changes"]
    for c, h in enumerate(hdr, 1):
        cell = cov.cell(row=6, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F4E79")
        cell.border = BOX
    rows = [
        ("1.0", d(2025, 2, 17), "Head of Service – Children's Social Care", "Plan submitted to Ofsted"),
        ("1.1", d(2025, 4, 7), "Improvement Lead", "Q4 2024/25 progress added"),
        ("1.2", d(2025, 7, 14), "Improvement Lead",
         "Q1 2025/26 progress; revised dates agreed at Improvement Board; action 4.3 added"),
    ]
    for r, row in enumerate(rows, 7):
        for c, v in enumerate(row, 1):
            cell = cov.cell(row=r, column=c, value=v)
            cell.border = BOX
            cell.alignment = WRAP
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
    cov["A11"] = "RAG key"
    cov["A11"].font = Font(bold=True, size=12)
    key = [("Blue", "Action complete and evidenced"),
           ("Green", "On track to deliver by the target date"),
           ("Amber", "Some slippage – revised date agreed"),
           ("Red", "Off track – escalated to the Improvement Board")]
    for r, (k, v) in enumerate(key, 12):
        cov.cell(row=r, column=1, value=k).fill = fill(FILL[k])
        cov.cell(row=r, column=1).border = BOX
        cov.cell(row=r, column=2, value=v).border = BOX
    cov["A17"] = ("Governance: progress is reported quarterly to the Children's Services Improvement "
                  "Board and to the Children and Young People Scrutiny Committee.")
    cov.column_dimensions["A"].width = 14
    cov.column_dimensions["B"].width = 14
    cov.column_dimensions["C"].width = 40
    cov.column_dimensions["D"].width = 60

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = "ILACS Improvement Plan – progress at 30 June 2025"
    ws["A1"].font = Font(bold=True, size=14, color="1F4E79")
    ws.merge_cells("A1:J1")
    ws["A2"] = "Inspection judgement: Requires improvement to be good"
    heads = ["Ref", "What needs to improve (Ofsted)", "Action", "Lead", "Original target date",
             "Revised target date", "Previous RAG (Mar 2025)", "Current RAG (Jun 2025)",
             "Progress update", "Evidence of impact"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F4E79")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX
    evidence = {
        "1.1": "Monthly audit results; practitioner survey",
        "1.3": "QAPG minutes",
        "2.1": "Supervision audit May 2025",
        "3.1": "Permanence tracker",
        "4.2": "Fostering enquiries dashboard",
    }
    r = 5
    counts = {"Blue": 0, "Green": 0, "Amber": 0, "Red": 0}
    for rec_text, acts in RUTLAND_RECS:
        first = r
        ws.cell(row=r, column=2, value=rec_text)
        for a in acts:
            ws.cell(row=r, column=1, value=a["ref"])
            ws.cell(row=r, column=3, value=a["action"])
            ws.cell(row=r, column=4, value=a["lead_cell"])
            ws.cell(row=r, column=5, value=a["orig"])
            if a["rev"] is not None:
                ws.cell(row=r, column=6, value=a["rev"])
            if a["prev"]:
                ws.cell(row=r, column=7, value=a["prev"]).fill = fill(FILL[a["prev"]])
            ws.cell(row=r, column=8, value=a["cur"]).fill = fill(FILL[a["cur"]])
            counts[a["cur"]] += 1
            ws.cell(row=r, column=9, value=a["progress"])
            if a["ref"] in evidence:
                ws.cell(row=r, column=10, value=evidence[a["ref"]])
            for c in range(1, 11):
                cell = ws.cell(row=r, column=c)
                cell.border = BOX
                cell.alignment = WRAP
                if isinstance(cell.value, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            r += 1
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
        ws.cell(row=first, column=2).alignment = WRAP
    r += 1
    ws.cell(row=r, column=1, value="Summary – current RAG (June 2025)").font = Font(bold=True)
    r += 1
    total = 0
    for k in ["Blue", "Green", "Amber", "Red"]:
        ws.cell(row=r, column=1, value=k).fill = fill(FILL[k])
        ws.cell(row=r, column=2, value=counts[k])
        total += counts[k]
        r += 1
    ws.cell(row=r, column=1, value="Total").font = Font(bold=True)
    ws.cell(row=r, column=2, value=total).font = Font(bold=True)
    widths = [7, 38, 48, 28, 13, 13, 12, 12, 45, 28]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A5"

    m = wb.create_sheet("Impact measures")
    mh = ["Measure", "Baseline (Oct 2024)", "Latest (Jun 2025)", "Target (Mar 2026)"]
    for c, h in enumerate(mh, 1):
        m.cell(row=1, column=c, value=h).font = Font(bold=True)
    mrows = [
        ("% of CIN and CP plans audited as good or better", "41%", "58%", "75%"),
        ("% of supervision records in timescale", "68%", "81%", "90%"),
        ("Children in care with permanence plan by second review", "62%", "71%", "85%"),
        ("Children in care living within 20 miles of Rutland", "54%", "55%", "65%"),
    ]
    for rr, row in enumerate(mrows, 2):
        for c, v in enumerate(row, 1):
            m.cell(row=rr, column=c, value=v)
    m.column_dimensions["A"].width = 55
    wb.active = 1
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. Northumberland YJS - HMIP post-inspection improvement plan (xlsx, fill-only RAG)
# ---------------------------------------------------------------------------
NLAND_FILE = "gq1-northumberland-yjs-hmip-improvement-plan.xlsx"
NLAND_TITLE = "Northumberland Youth Justice Service – HMIP Post-Inspection Improvement Plan"
NLAND_SECTIONS = [
    ("Recommendations for Northumberland YJS", [
        ("1", "Improve the quality of work to keep other people safe in court disposals, so that "
              "contingency planning clearly sets out what will be done if risks escalate.", [
            dict(ref="1a",
                 action="Deliver risk of harm and contingency planning refresher training to all "
                        "case managers.",
                 lead_cell="YJS Operational Manager", lead=["YJS Operational Manager"],
                 when="October 2023", rag="Blue",
                 progress="Delivered 12 and 19 October 2023; all case managers attended.",
                 end="2023-10", status="blue"),
            dict(ref="1b",
                 action="Introduce a monthly management oversight audit of contingency plans for "
                        "all children assessed as medium or high risk of serious harm.",
                 lead_cell="YJS Team Managers", lead=["YJS Team Managers"],
                 when="Monthly", rag="Green",
                 progress="Audits in place since November; findings fed back in supervision.",
                 end=None, end_text="Monthly", status="green"),
        ]),
        ("2", "Ensure that the needs and wishes of victims are consistently considered in "
              "out-of-court disposal assessments and plans.", [
            dict(ref="2a",
                 action="Victim Liaison Officer to attend all Joint Decision Making Panels and record "
                        "victim views on ChildView.",
                 lead_cell="Restorative Justice Coordinator", lead=["Restorative Justice Coordinator"],
                 when="September 2023", rag="Blue",
                 progress="In place from 4 September 2023.",
                 end="2023-09", status="blue"),
            dict(ref="2b",
                 action="Review the out-of-court disposal assessment template to include a "
                        "mandatory victim safety section.",
                 lead_cell="Out of Court Disposal Lead; YJS Operational Manager",
                 lead=["Out of Court Disposal Lead", "YJS Operational Manager"],
                 when="End of March 2024", rag="Green",
                 progress="Draft template being tested with two case managers.",
                 end="2024-03", status="green"),
        ]),
    ]),
    ("Recommendations for the YJS Management Board", [
        ("3", "Make sure that board members understand the over-representation of some groups of "
              "children in the youth justice system, and use this to shape service delivery.", [
            dict(ref="3a",
                 action="Produce a disproportionality dashboard covering ethnicity, children in "
                        "care and SEND, presented as a standing board item.",
                 lead_cell="YJS Performance and Information Officer",
                 lead=["YJS Performance and Information Officer"],
                 when="Quarterly", rag="Green",
                 progress="First dashboard presented to Board October 2023.",
                 end=None, end_text="Quarterly", status="green"),
            dict(ref="3b",
                 action="Hold a board development session on disproportionality with input from "
                        "children with lived experience.",
                 lead_cell="Chair of YJS Management Board", lead=["Chair of YJS Management Board"],
                 when="Feb 2024", rag="Amber",
                 progress="Session postponed from December; now booked for 27 February 2024.",
                 end="2024-02", status="amber"),
        ]),
        ("4", "Strengthen education, training and employment provision for children aged 16 and "
              "over.", [
            dict(ref="4a",
                 action="Agree a post-16 ETE pathway with Northumberland Skills and the Virtual "
                        "School, including a guaranteed interview scheme for YJS children.",
                 lead_cell="Head of Early Help and Youth Justice / Virtual School Headteacher",
                 lead=["Head of Early Help and Youth Justice", "Virtual School Headteacher"],
                 when="April 2024 – March 2025", rag="Green",
                 progress="Pathway drafted; Northumberland Skills to confirm interview scheme.",
                 end="2025-03", status="green"),
            dict(ref="4b",
                 action="Recruit a dedicated YJS ETE worker funded through the Turnaround grant.",
                 lead_cell="Head of Early Help and Youth Justice",
                 lead=["Head of Early Help and Youth Justice"],
                 when="December 2023", rag="Blue",
                 progress="ETE worker in post from 4 December 2023.",
                 end="2023-12", status="blue"),
        ]),
    ]),
    ("Recommendation for Northumbria Police", [
        ("5", "Ensure that information about children arrested or attending voluntary interviews "
              "is shared with the YJS on the same day.", [
            dict(ref="5a",
                 action="Implement a daily custody and voluntary attendance notification from "
                        "Northumbria Police to the YJS duty inbox.",
                 lead_cell="Inspector (Northumberland Area Command)",
                 lead=["Inspector (Northumberland Area Command)"],
                 when=d(2023, 12, 31), rag="Red",
                 progress="Not yet in place – IT solution awaited. Escalated to Board 24 January 2024.",
                 end="2023-12", status="red"),
        ]),
    ]),
]


def build_northumberland(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = NLAND_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("HM Inspectorate of Probation – Inspection of youth justice services in "
                "Northumberland (fieldwork May 2023, report published July 2023)")
    ws["A3"] = "Management Board update: January 2024"
    ws["A3"].font = Font(italic=True)
    ws["A5"] = "Key:"
    ws["A5"].font = Font(bold=True)
    for col, (k, label) in zip("BCDE", [("Green", "On track"), ("Amber", "At risk"),
                                        ("Red", "Off track"), ("Blue", "Completed")]):
        ws[col + "5"] = label
        ws[col + "5"].fill = fill(FILL[k])
        ws[col + "5"].border = BOX
    heads = ["No.", "HMIP recommendation", "Actions to be taken", "Owner", "Timescale",
             "Progress update", "RAG"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=7, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill("D9D9D9")
        cell.border = BOX
        cell.alignment = WRAP
    r = 8
    for sec, recs in NLAND_SECTIONS:
        ws.cell(row=r, column=1, value=sec).font = Font(bold=True, color="FFFFFF")
        for c in range(1, 8):
            ws.cell(row=r, column=c).fill = fill("305496")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for num, rec, acts in recs:
            ws.cell(row=r, column=2, value=rec)
            for a in acts:
                ws.cell(row=r, column=1, value=a["ref"])
                ws.cell(row=r, column=3, value=a["action"])
                ws.cell(row=r, column=4, value=a["lead_cell"])
                ws.cell(row=r, column=5, value=a["when"])
                ws.cell(row=r, column=6, value=a["progress"])
                ws.cell(row=r, column=7).fill = fill(FILL[a["rag"]])
                for c in range(1, 8):
                    cell = ws.cell(row=r, column=c)
                    cell.border = BOX
                    cell.alignment = WRAP
                    if isinstance(cell.value, dt.datetime):
                        cell.number_format = "dd/mm/yyyy"
                r += 1
    r += 1
    ws.cell(row=r, column=1, value=("Note: RAG rating is shown by colour only and reflects the "
                                    "position reported to the YJS Management Board on 24 January 2024."))
    ws.cell(row=r, column=1).font = Font(italic=True)
    for col, w in zip("ABCDEFG", [6, 45, 55, 30, 16, 45, 8]):
        ws.column_dimensions[col].width = w
    wb.save(path)


# ---------------------------------------------------------------------------
# 3. Darlington - Early Help Strategy action plan, sheet per priority (xlsx, REFUSE)
# ---------------------------------------------------------------------------
DARL_FILE = "gq1-darlington-early-help-strategy-action-plan-typo-month-refuse.xlsx"
DARL_TITLE = "Darlington Early Help Strategy 2024–2027 – Action Plan"
DARL_SHEETS = [
    ("Priority 1", "Priority 1 – Right help at the right time",
     "Outcome we want: families get help as soon as needs emerge, without having to tell their story twice.",
     [("1.1", "Refresh the Darlington continuum of need and threshold guidance with partners.",
       "Head of Early Help", "DSCP, Police, ICB", "June 2025", "Complete",
       "Published June 2025 and launched at partnership briefing."),
      ("1.2", "Introduce a single Early Help request for support form through the Children's Access Point.",
       "Children's Access Point Manager", "Schools, health visiting", "Sept 2025", "Complete",
       "Live from 1 September 2025."),
      ("1.3", "Increase the number of Early Help Assessments led by schools and health partners.",
       "Early Help Partnership Manager", "Schools, 0-19 service", "March 2026", "On track",
       "Partner-led assessments up from 18% to 26%.")]),
    ("Priority 2", "Priority 2 – Family Hubs at the heart of our communities",
     "Outcome we want: families can get help from a Family Hub or spoke close to where they live.",
     [("2.1", "Open the central Family Hub at McNay Street with a co-located health, early help and "
              "Jobcentre Plus offer.",
       "Family Hubs Programme Manager", "0-19 service, DWP", "April 2025", "Complete",
       "Opened 7 April 2025."),
      ("2.2", "Establish Family Hub spokes in Skerne Park, Red Hall and Firthmoor community centres.",
       "Family Hubs Programme Manager", "VCS partners", "December 2025", "On track",
       "Skerne Park and Red Hall open; Firthmoor lease being finalised."),
      ("2.3", "Launch the Start for Life digital offer and Family Hub website, co-produced with parents.",
       "Communications Lead / Parent Carer Panel", "Health visiting", "Febuary 2026", "Delayed",
       "Website build delayed by procurement; parent panel testing in January."),
      ("2.4", "Deliver an evidence-based parenting programme in every Family Hub each term.",
       "Parenting Coordinator", "Schools", "Termly", "On track",
       "Incredible Years and Triple P running in all sites.")]),
    ("Priority 3", "Priority 3 – A confident early help workforce",
     "Outcome we want: practitioners across the partnership feel confident to lead early help.",
     [("3.1", "Deliver a multi-agency Early Help Lead Professional training programme.",
       "Early Help Workforce Development Officer", "DSCP", "July 2026", "On track",
       "Four cohorts trained (62 practitioners)."),
      ("3.2", "Introduce quarterly multi-agency audits of early help practice, reported to the "
              "Early Help Partnership Board.",
       "Quality Assurance Manager", "DSCP QA sub-group", "Quarterly", "Not started",
       "First audit planned for January 2026.")]),
]
DARL_REFUSE_ROW = 7  # sheet 'Priority 2', action 2.3, 'Febuary 2026'


def build_darlington(path):
    wb = Workbook()
    ov = wb.active
    ov.title = "Overview"
    ov["A1"] = DARL_TITLE
    ov["A1"].font = Font(bold=True, size=15, color="7030A0")
    ov["A2"] = "Darlington Early Help Partnership Board"
    ov["A3"] = "Last updated: 9 October 2025"
    ov["A5"] = "Our priorities"
    ov["A5"].font = Font(bold=True)
    for i, (_, heading, _, _) in enumerate(DARL_SHEETS):
        ov.cell(row=6 + i, column=1, value=heading)
    ov["A10"] = "Status key"
    ov["A10"].font = Font(bold=True)
    for i, (k, colour) in enumerate([("Complete", "00B0F0"), ("On track", "00B050"),
                                     ("Delayed", "FFC000"), ("Not started", "FFFFFF")]):
        ov.cell(row=11 + i, column=1, value=k).fill = fill(colour)
    ov.column_dimensions["A"].width = 70
    status_fill = {"Complete": "00B0F0", "On track": "00B050", "Delayed": "FFC000"}
    for sheet, heading, outcome, acts in DARL_SHEETS:
        ws = wb.create_sheet(sheet)
        ws["A1"] = heading
        ws["A1"].font = Font(bold=True, size=13, color="7030A0")
        ws["A2"] = outcome
        ws["A2"].font = Font(italic=True)
        heads = ["Action no.", "What we will do", "Lead", "Partners", "By when", "Status", "Update"]
        for c, h in enumerate(heads, 1):
            cell = ws.cell(row=4, column=c, value=h)
            cell.font = Font(bold=True, color="FFFFFF")
            cell.fill = fill("7030A0")
            cell.border = BOX
        for r, row in enumerate(acts, 5):
            for c, v in enumerate(row, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.border = BOX
                cell.alignment = WRAP
            if row[5] in status_fill:
                ws.cell(row=r, column=6).fill = fill(status_fill[row[5]])
        for col, w in zip("ABCDEFG", [10, 60, 32, 24, 16, 12, 50]):
            ws.column_dimensions[col].width = w
    wb.save(path)


# ---------------------------------------------------------------------------
# 4. Wirral Local Area SEND Partnership - Priority Action Plan (docx, table per priority)
# ---------------------------------------------------------------------------
WIRRAL_FILE = "gq1-wirral-local-area-send-priority-action-plan.docx"
WIRRAL_TITLE = "Wirral Local Area SEND Partnership: Priority Action Plan"
WIRRAL_AREAS = [
    ("Priority Area 1: Education, Health and Care plans",
     "Leaders across the partnership should ensure that EHC plans are issued within statutory "
     "timescales, that annual reviews take place on time, and that plans are updated to reflect "
     "children and young people's changing needs.",
     [dict(ref="1.1",
           action="Restructure the SEND Assessment and Review Team (SENDSTART) and recruit six "
                  "additional EHC coordinators.",
           lead_lines=["Assistant Director SEND and Inclusion"],
           lead=["Assistant Director SEND and Inclusion"],
           when="July 2025", measure="Team at full establishment", rag="Blue",
           progress="New structure live 1 July 2025; all six posts filled.",
           end="2025-07", status="blue"),
      dict(ref="1.2",
           action="Introduce weekly EHC timeliness tracking meetings with education, health and "
                  "social care advice providers.",
           lead_lines=["Head of SEND / Designated Clinical Officer"],
           lead=["Head of SEND", "Designated Clinical Officer"],
           when="June 2025", measure="20-week timeliness above 60% by March 2026", rag="Green",
           progress="Meetings running since May; 20-week timeliness 47% (Q1) to 55% (Q2).",
           end="2025-06", status="green"),
      dict(ref="1.3",
           action="Commission an independent quality audit of 60 EHC plans, with findings shared "
                  "with the Parent Carer Forum and SENCOs.",
           lead_lines=["SEND Quality Assurance Lead", "Parent Carer Forum Co-Chair"],
           lead=["SEND Quality Assurance Lead", "Parent Carer Forum Co-Chair"],
           when="Autumn term 2025", measure="Audit report to Partnership Board", rag="Amber",
           progress="Auditor appointed late; fieldwork now in October and November.",
           end="2025-12", status="amber"),
      dict(ref="1.4",
           action="Clear the backlog of overdue annual reviews, prioritising phase transfer reviews "
                  "for children moving school in September 2026.",
           lead_lines=["Head of SEND"], lead=["Head of SEND"],
           when="31 March 2026", measure="No annual review more than 12 months overdue",
           rag="Green",
           progress="Backlog reduced from 612 to 388.",
           end="2026-03", status="green")]),
    ("Priority Area 2: Preparation for adulthood",
     "Leaders should develop and embed a joint approach to preparing young people with SEND for "
     "adulthood, so that education, health and care services work together from age 14.",
     [dict(ref="2.1",
           action="Establish a Young Adult Service for 14 to 25 year olds, bringing together SEND, "
                  "adult social care and transitions health workers.",
           lead_lines=["Director of Children's Services & Director of Adult Social Care"],
           lead=["Director of Children's Services", "Director of Adult Social Care"],
           when="April 2026", measure="Service launched; caseload transferred", rag="Green",
           progress="Service design agreed at Partnership Board in August.",
           end="2026-04", status="green"),
      dict(ref="2.2",
           action="Develop a transition passport, co-produced with young people, that travels with "
                  "them between children's and adult services.",
           lead_lines=["PfA Strategic Lead; Youth Voice Officer"],
           lead=["PfA Strategic Lead", "Youth Voice Officer"],
           when="Summer term 2026", measure="Passport in use for all Year 11 young people with an EHC plan",
           rag="Not started",
           progress="Due to start January 2026.",
           end="2026-07", status="unrated"),
      dict(ref="2.3",
           action="Hold 'One Stop' preparation for adulthood events for young people and families.",
           lead_lines=["PfA Strategic Lead"], lead=["PfA Strategic Lead"],
           when="Termly", measure="Attendance and feedback from young people", rag="Green",
           progress="Summer event held at Birkenhead Sixth Form College; 140 attendees.",
           end=None, end_text="Termly", status="green")]),
    ("Priority Area 3: Waiting times for speech and language therapy and neurodevelopmental "
     "assessment",
     "Leaders should reduce waiting times for specialist speech and language therapy and "
     "neurodevelopmental assessments, and make sure that children and families receive effective "
     "support while they wait.",
     [dict(ref="3.1",
           action="Recruit additional speech and language therapists and therapy assistants using "
                  "the recovery funding agreed by the ICB.",
           lead_lines=["Head of Children's Therapies (WCHC)"],
           lead=["Head of Children's Therapies (WCHC)"],
           when="December 2025", measure="Longest SALT wait under 18 weeks", rag="Amber",
           progress="Four of seven posts recruited; national shortage of Band 6 therapists.",
           end="2025-12", status="amber"),
      dict(ref="3.2",
           action="Roll out the neurodiversity profiling tool to all schools and early years "
                  "settings, with training for SENCOs and parent carers.",
           lead_lines=["Designated Clinical Officer"], lead=["Designated Clinical Officer"],
           when="Sept 2025 – March 2026", measure="All settings trained", rag="Green",
           progress="62 of 118 schools trained.",
           end="2026-03", status="green"),
      dict(ref="3.3",
           action="Launch the Neurodiversity Hub on the SENDLO Local Offer website, with advice for "
                  "families who are waiting.",
           lead_lines=["Local Offer Manager"], lead=["Local Offer Manager"],
           when="30/06/2025", measure="Hub live; page views", rag="Blue",
           progress="Hub live from 23 June 2025.",
           end="2025-06", status="blue"),
      dict(ref="3.4",
           action="Set up a multi-disciplinary assessment team to reduce the longest waits for "
                  "autism and ADHD assessment.",
           lead_lines=["ICB Place Director (Wirral)"], lead=["ICB Place Director (Wirral)"],
           when="Q4 2025/26", measure="No child waiting more than 52 weeks", rag="Red",
           progress="Business case not yet approved by ICB; escalated to Partnership Board.",
           end="2026-03", status="red")]),
]

RAG_FILL_DOCX = {"Blue": "00B0F0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000",
                 "Not started": "FFFFFF"}


def shade(cell, hex6):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex6)
    tcPr.append(shd)


def bold_row(row):
    for cell in row.cells:
        for p in cell.paragraphs:
            for run in p.runs:
                run.bold = True


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.5)


def build_wirral(path):
    doc = Document()
    landscape(doc)
    doc.add_paragraph(WIRRAL_TITLE, style="Title")
    doc.add_paragraph("Response to the Area SEND inspection of Wirral Local Area Partnership, January 2025")
    doc.add_paragraph("Version 1.3 – updated for the Local Area SEND Partnership Board, 18 September 2025")
    doc.add_heading("Document control", level=1)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in enumerate(["Version", "Date", "Author", "Comments"]):
        t.rows[0].cells[c].text = h
    bold_row(t.rows[0])
    for row in [("1.0", "28/04/2025", "SEND Improvement Programme Manager",
                 "Submitted to Ofsted, CQC and DfE"),
                ("1.2", "04/07/2025", "SEND Improvement Programme Manager", "Q1 progress update"),
                ("1.3", "18/09/2025", "SEND Improvement Programme Manager", "Q2 progress update")]:
        cells = t.add_row().cells
        for c, v in enumerate(row):
            cells[c].text = v
    doc.add_heading("Governance", level=1)
    doc.add_paragraph("The Local Area SEND Partnership Board receives a monthly highlight report on this "
                      "plan. Each priority area has a senior responsible officer from the Council and "
                      "from NHS Cheshire and Merseyside (Wirral Place).")
    doc.add_heading("RAG rating key", level=1)
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for rag, meaning in [("Blue", "Complete – action delivered and impact being monitored"),
                         ("Green", "On track"),
                         ("Amber", "Behind plan – mitigation in place"),
                         ("Red", "Significantly off track – escalated to the SEND Partnership Board"),
                         ("Not started", "Action not yet due to start")]:
        cells = k.add_row().cells
        cells[0].text = rag
        shade(cells[0], RAG_FILL_DOCX[rag])
        cells[1].text = meaning
    for heading, area, acts in WIRRAL_AREAS:
        doc.add_heading(heading, level=1)
        p = doc.add_paragraph()
        p.add_run("Area for priority action").bold = True
        doc.add_paragraph(area)
        t = doc.add_table(rows=1, cols=7)
        t.style = "Table Grid"
        for c, h in enumerate(["Ref", "Action", "Lead(s)", "By when", "Measure of success",
                               "RAG", "Progress this quarter"]):
            t.rows[0].cells[c].text = h
            shade(t.rows[0].cells[c], "D9E2F3")
        bold_row(t.rows[0])
        for a in acts:
            cells = t.add_row().cells
            cells[0].text = a["ref"]
            cells[1].text = a["action"]
            cells[2].text = a["lead_lines"][0]
            for extra in a["lead_lines"][1:]:
                cells[2].add_paragraph(extra)
            cells[3].text = a["when"]
            cells[4].text = a["measure"]
            cells[5].text = a["rag"]
            shade(cells[5], RAG_FILL_DOCX[a["rag"]])
            cells[6].text = a["progress"]
        doc.add_paragraph()
    doc.add_heading("Sign-off", level=1)
    s = doc.add_table(rows=1, cols=3)
    s.style = "Table Grid"
    for c, h in enumerate(["Organisation", "Role", "Date agreed"]):
        s.rows[0].cells[c].text = h
    bold_row(s.rows[0])
    for row in [("Wirral Council", "Director of Children, Families and Education", "28/04/2025"),
                ("NHS Cheshire and Merseyside", "Place Director (Wirral)", "28/04/2025"),
                ("Parent Carer Forum", "Co-Chair", "28/04/2025")]:
        cells = s.add_row().cells
        for c, v in enumerate(row):
            cells[c].text = v
    doc.save(path)


# ---------------------------------------------------------------------------
# 5. Kent Safeguarding Children Multi-Agency Partnership - JTAI action plan (docx, one table,
#    vertically merged area-for-improvement cells, status words defined by a colour key)
# ---------------------------------------------------------------------------
KENT_FILE = "gq1-kent-safeguarding-children-multi-agency-partnership-jtai-action-plan.docx"
KENT_TITLE = "Joint Targeted Area Inspection – Kent Multi-Agency Action Plan"
KENT_AREAS = [
    ("1. The timeliness of information sharing by health agencies with the Front Door, including "
     "GP information for strategy discussions.",
     [dict(ref="1.1",
           action="Agree a multi-agency information-sharing protocol for strategy discussions, with "
                  "a four-hour health response time for urgent requests.",
           lead_cell="NHS Kent and Medway – Designated Nurse Safeguarding Children",
           lead=["NHS Kent and Medway – Designated Nurse Safeguarding Children"],
           when="July 2025", status_word="Complete",
           progress="Protocol signed off by KSCMP Executive 15 July 2025.",
           end="2025-07", status="blue"),
      dict(ref="1.2",
           action="Audit a sample of 40 strategy discussions each quarter to test whether health "
                  "information was available and used.",
           lead_cell="KSCMP Business Manager; Designated Nurse Safeguarding Children",
           lead=["KSCMP Business Manager", "Designated Nurse Safeguarding Children"],
           when="Quarterly", status_word="On track",
           progress="Q2 audit: health information present in 31 of 40 discussions (78%).",
           end=None, end_text="Quarterly", status="green")]),
    ("2. The quality of referrals from partner agencies, so that they clearly set out the concerns "
     "for the child and what support has already been tried.",
     [dict(ref="2.1",
           action="Launch a revised Kent multi-agency referral form with mandatory 'what are we "
                  "worried about' and 'what has been tried' sections.",
           lead_cell="KCC Head of Front Door Services", lead=["KCC Head of Front Door Services"],
           when="30/09/2025", status_word="Complete",
           progress="New form live on Kent Safeguarding website from 8 September 2025.",
           end="2025-09", status="blue"),
      dict(ref="2.2",
           action="Deliver threshold and referral quality training to designated safeguarding leads "
                  "in schools and to primary care safeguarding leads.",
           lead_cell="KSCMP Learning and Development Manager",
           lead=["KSCMP Learning and Development Manager"],
           when="Sept 2025 – March 2026", status_word="On track",
           progress="Six of twelve district sessions delivered.",
           end="2026-03", status="green"),
      dict(ref="2.3",
           action="Front Door to give feedback on every rejected or poor-quality referral to the "
                  "referring practitioner within five working days.",
           lead_cell="KCC Head of Front Door Services", lead=["KCC Head of Front Door Services"],
           when="December 2025", status_word="Some slippage",
           progress="Feedback being given in around 60% of cases; system change needed in Liberi.",
           end="2025-12", status="amber")]),
    ("3. The consistency with which children's views and lived experience inform decisions at the "
     "point of referral and in early help.",
     [dict(ref="3.1",
           action="Embed the 'Child's Day' tool in early help assessments and in police Public "
                  "Protection Notices (PPNs).",
           lead_cell="KCC Head of Early Help; Kent Police Head of Public Protection",
           lead=["KCC Head of Early Help", "Kent Police Head of Public Protection"],
           when="End of January 2026", status_word="On track",
           progress="Tool added to early help assessment; PPN change with force IT.",
           end="2026-01", status="green"),
      dict(ref="3.2",
           action="Run a multi-agency audit focused on the voice of the child in cases stepped down "
                  "from social care to early help.",
           lead_cell="KSCMP Quality Assurance Sub-group Chair",
           lead=["KSCMP Quality Assurance Sub-group Chair"],
           when="Feb 2026", status_word="Not on track",
           progress="Audit tool not yet agreed; agencies unable to release auditors before March.",
           end="2026-02", status="red")]),
    ("4. Partnership oversight of the impact of the multi-agency response to initial need and risk.",
     [dict(ref="4.1",
           action="Develop a Front Door partnership dashboard, including police, health and "
                  "education referral data, reported to the KSCMP Executive.",
           lead_cell="KCC Head of Performance and Kent Police Head of Analysis",
           lead=["KCC Head of Performance", "Kent Police Head of Analysis"],
           when="March 2026", status_word="On track",
           progress="Prototype dashboard shown to Executive in November.",
           end="2026-03", status="green"),
      dict(ref="4.2",
           action="Hold a KSCMP Executive deep-dive on progress against this plan, with a report "
                  "from the Independent Scrutineer.",
           lead_cell="Independent Scrutineer", lead=["Independent Scrutineer"],
           when="Six-monthly", status_word="On track",
           progress="First deep-dive held 20 November 2025.",
           end=None, end_text="Six-monthly", status="green")]),
]


def build_kent(path):
    doc = Document()
    landscape(doc)
    doc.add_paragraph(KENT_TITLE, style="Title")
    doc.add_paragraph("Kent Safeguarding Children Multi-Agency Partnership (KSCMP)")
    doc.add_paragraph("JTAI theme: the multi-agency response to identification of initial need and "
                      "risk. Inspection: 10–14 March 2025. Findings letter published: 2 May 2025.")
    doc.add_paragraph("Status as at 30 November 2025")
    doc.add_heading("Status key", level=2)
    k = doc.add_table(rows=1, cols=4)
    k.style = "Table Grid"
    for c, (word, colour) in enumerate([("Complete", "00B0F0"), ("On track", "00B050"),
                                        ("Some slippage", "FFC000"), ("Not on track", "FF0000")]):
        k.rows[0].cells[c].text = word
        shade(k.rows[0].cells[c], colour)
    doc.add_heading("Action plan", level=2)
    t = doc.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    for c, h in enumerate(["No.", "Area for improvement", "Action", "Lead agency and officer",
                           "Completion date", "Progress / evidence", "Status"]):
        t.rows[0].cells[c].text = h
        shade(t.rows[0].cells[c], "BDD7EE")
    bold_row(t.rows[0])
    for area, acts in KENT_AREAS:
        first_row = None
        for a in acts:
            cells = t.add_row().cells
            if first_row is None:
                first_row = len(t.rows) - 1
                cells[1].text = area
            cells[0].text = a["ref"]
            cells[2].text = a["action"]
            cells[3].text = a["lead_cell"]
            cells[4].text = a["when"]
            cells[5].text = a["progress"]
            cells[6].text = a["status_word"]
        last_row = len(t.rows) - 1
        if last_row > first_row:
            t.cell(first_row, 1).merge(t.cell(last_row, 1))
    doc.add_paragraph()
    doc.add_heading("Agreed by the statutory safeguarding partners", level=2)
    s = doc.add_table(rows=1, cols=3)
    s.style = "Table Grid"
    for c, h in enumerate(["Partner", "Lead safeguarding partner", "Date"]):
        s.rows[0].cells[c].text = h
    bold_row(s.rows[0])
    for row in [("Kent County Council", "Corporate Director, Children, Young People and Education", "12/06/2025"),
                ("NHS Kent and Medway", "Chief Nursing Officer", "12/06/2025"),
                ("Kent Police", "Assistant Chief Constable", "12/06/2025")]:
        cells = s.add_row().cells
        for c, v in enumerate(row):
            cells[c].text = v
    doc.save(path)


# ---------------------------------------------------------------------------
# 6. Hackney Corporate Parenting Board action plan (csv, pledge column filled down)
# ---------------------------------------------------------------------------
HACKNEY_FILE = "gq1-hackney-corporate-parenting-board-action-plan.csv"
HACKNEY_TITLE = "Hackney Corporate Parenting Board – Action Plan 2025/26"
HACKNEY_PLEDGES = [
    ("Pledge 1: We will listen to you and act on what you tell us", [
        dict(ref="CP1.1",
             action="Hackney Gets Heard (Children in Care Council) to set two agenda items for every "
                    "Corporate Parenting Board",
             lead_cell="Participation Manager", lead=["Participation Manager"],
             due="Ongoing", rag="G",
             update="Young people chose the December items: bus passes and mental health support.",
             end=None, end_text="Ongoing", status="green"),
        dict(ref="CP1.2",
             action="Publish a 'You said, we did' update after each Board in a format agreed with "
                    "young people",
             lead_cell="Participation Manager; Head of Corporate Parenting",
             lead=["Participation Manager", "Head of Corporate Parenting"],
             due="Jan-26", rag="A",
             update="First edition drafted; young people want a video version, which needs budget.",
             end="2026-01", status="amber"),
    ]),
    ("Pledge 2: We will help you to have a safe and stable home", [
        dict(ref="CP2.1",
             action="Recruit 15 new Hackney fostering households through the Mockingbird "
                    "constellation and the autumn recruitment campaign",
             lead_cell="Fostering Service Manager", lead=["Fostering Service Manager"],
             due="Mar-26", rag="A",
             update="6 households approved so far; 4 in assessment.",
             end="2026-03", status="amber"),
        dict(ref="CP2.2",
             action="Review all children placed more than 20 miles from Hackney:\n"
                    "- confirm the plan for return where this is in the child's interest\n"
                    "- confirm education and health arrangements",
             lead_cell="Okafor, Dami", lead=["Okafor, Dami"],
             due="Dec-25", rag="B",
             update="All 43 reviews completed; 7 children have a plan to move closer to Hackney.",
             end="2025-12", status="blue"),
    ]),
    ("Pledge 3: We will support your education, training and work", [
        dict(ref="CP3.1",
             action="Virtual School to make sure every child in care has a PEP judged good or better "
                    "at the autumn term review",
             lead_cell="Virtual School Headteacher", lead=["Virtual School Headteacher"],
             due="Autumn term 2025", rag="G",
             update="91% of PEPs quality assured as good or better.",
             end="2025-12", status="green"),
        dict(ref="CP3.2",
             action="Ring-fence 20 council apprenticeships for care-experienced young people",
             lead_cell="Ruth Ellis and Marcus Boateng", lead=["Ruth Ellis", "Marcus Boateng"],
             due="31/03/2026", rag="R",
             update="Only 5 posts ring-fenced so far; HR recruitment freeze. Escalated to Chief Executive.",
             end="2026-03", status="red"),
    ]),
    ("Pledge 4: We will help you move into adulthood with confidence", [
        dict(ref="CP4.1",
             action="Extend the council tax exemption to Hackney care leavers living outside the "
                    "borough, up to age 25",
             lead_cell="Head of Revenues and Benefits", lead=["Head of Revenues and Benefits"],
             due="Apr-26", rag="G",
             update="Included in the 2026/27 council tax support scheme report to Cabinet.",
             end="2026-04", status="green"),
        dict(ref="CP4.2",
             action="Refresh the Care Leavers Local Offer, co-produced with the Care Leavers Forum",
             lead_cell="Head of Leaving Care", lead=["Head of Leaving Care"],
             due="Feb-26", rag="",
             update="Not yet started – scoping session with the Forum booked for January.",
             end="2026-02", status="unrated"),
    ]),
]


def build_hackney(path):
    ncol = 7
    pad = lambda *vals: list(vals) + [""] * (ncol - len(vals))
    rows = [pad(HACKNEY_TITLE),
            pad("Position reported to Corporate Parenting Board, 10 December 2025"),
            pad(),
            ["Pledge", "Ref", "Action", "Lead officer(s)", "Due", "RAG", "Update"]]
    for pledge, acts in HACKNEY_PLEDGES:
        for i, a in enumerate(acts):
            rows.append([pledge if i == 0 else "", a["ref"], a["action"], a["lead_cell"],
                         a["due"], a["rag"], a["update"]])
    rows.append(pad())
    rows.append(pad("RAG: B = complete; G = on track; A = some risk to delivery; R = off track"))
    with open(path, "w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 7. Warwickshire CC children's home - Ofsted post-inspection action plan (tab-separated txt)
# ---------------------------------------------------------------------------
WARKS_FILE = "gq1-warwickshire-county-council-childrens-home-ofsted-action-plan.txt"
WARKS_TITLE = "Cherry Tree House (URN SC481207) – Ofsted Post-Inspection Action Plan"
WARKS_ITEMS = [
    ("R1", "The protection of children standard is that children are protected from harm and "
           "enabled to keep themselves safe. The registered person must ensure that staff assess "
           "whether each child is at risk of harm, taking into account information in the child's "
           "relevant plans. (Regulation 12 (1) (2)(a)(i))", [
        dict(ref="1.1",
             action="Update each child's risk assessment and safety plan after every missing "
                    "episode or incident, and review them at least monthly in supervision.",
             lead_cell="Registered Manager", lead=["Registered Manager"],
             when="31/07/2025", rag="Blue",
             comment="All four children's risk assessments updated 4 July 2025; reviewed in July and August supervision.",
             end="2025-07", status="blue"),
        dict(ref="1.2",
             action="Keyworkers to complete 'keeping safe' direct work sessions with each child and "
                    "record them in the child's file.",
             lead_cell="Keyworkers / Deputy Manager", lead=["Keyworkers", "Deputy Manager"],
             when="31/08/2025", rag="Green",
             comment="Sessions completed with three children; fourth child declined twice, next offer booked.",
             end="2025-08", status="green"),
    ]),
    ("R2", "The leadership and management standard is that the registered person enables, inspires "
           "and leads a culture in relation to the children's home that helps children aspire to "
           "fulfil their potential. The registered person must ensure that staff have the experience, "
           "qualifications and skills to meet the needs of each child. (Regulation 13 (1)(a) (2)(c))", [
        dict(ref="2.1",
             action="Enrol the three staff who are outside the two-year timescale on the Level 3 "
                    "Diploma in Residential Childcare, with an agreed completion plan for each.",
             lead_cell="Registered Manager", lead=["Registered Manager"],
             when="w/c 14/07/2025", rag="Blue",
             comment="Enrolled with training provider 15 July 2025.",
             end="2025-07", status="blue"),
        dict(ref="2.2",
             action="Responsible Individual to monitor qualification progress and report it to the "
                    "Regulation 44 independent visitor.",
             lead_cell="Responsible Individual", lead=["Responsible Individual"],
             when="Monthly", rag="Green",
             comment="Included in July and August Regulation 44 reports.",
             end=None, end_text="Monthly", status="green"),
    ]),
    ("Rec 1", "The registered person should ensure that records of restraint are completed within "
              "24 hours and reviewed by a manager, and that the child's views are recorded. ('Guide "
              "to the Children's Homes Regulations, including the quality standards', page 49, "
              "paragraph 9.59)", [
        dict(ref="3.1",
             action="Introduce a restraint debrief checklist, including the child's views, to be "
                    "signed off by a manager within 24 hours.",
             lead_cell="Deputy Manager", lead=["Deputy Manager"],
             when="31/08/2025", rag="Amber",
             comment="Checklist in use; 3 of 7 records in August signed off late.",
             end="2025-08", status="amber"),
    ]),
    ("Rec 2", "The registered person should ensure that children are helped to keep in touch with "
              "family and friends in line with their care plans.", [
        dict(ref="4.1",
             action="Agree a family time plan with each child's social worker and record it in the "
                    "placement plan.",
             lead_cell="Keyworkers", lead=["Keyworkers"],
             when="30/09/2025", rag="Green",
             comment="Three of four plans agreed.",
             end="2025-09", status="green"),
        dict(ref="4.2",
             action="Lease a second vehicle so that weekend family time does not mean cancelling "
                    "other children's activities.",
             lead_cell="Service Manager – Residential Services",
             lead=["Service Manager – Residential Services"],
             when="October 2025", rag="Red",
             comment="Budget request with Assistant Director; not yet approved.",
             end="2025-10", status="red"),
    ]),
]


def build_warwickshire(path):
    T = "\t"
    lines = [
        WARKS_TITLE,
        "Warwickshire County Council – Children's Residential Services",
        "Full inspection: 10 and 11 June 2025. Overall experiences and progress of children and young "
        "people: requires improvement to be good",
        "Registered Manager: Claire Dunmore" + T + "Responsible Individual: Service Manager – Residential Services",
        "",
        T.join(["Ref", "Requirement / recommendation", "Action", "Responsible", "Target date", "RAG",
                "Evidence / comments"]),
    ]
    for ref, text, acts in WARKS_ITEMS:
        lines.append(T.join([ref, text, "", "", "", "", ""]))
        for a in acts:
            lines.append(T.join([a["ref"], "", a["action"], a["lead_cell"], a["when"], a["rag"],
                                 a["comment"]]))
    lines += [
        "",
        "RAG: Blue = completed and evidenced; Green = on track; Amber = some delay; Red = not progressing",
        "Plan reviewed with Regulation 44 independent visitor: 24/09/2025",
    ]
    with open(path, "w", encoding="utf-8", newline="\r\n") as f:
        f.write("\n".join(lines) + "\n")


def main():
    build_rutland(os.path.join(HERE, RUTLAND_FILE))
    build_northumberland(os.path.join(HERE, NLAND_FILE))
    build_darlington(os.path.join(HERE, DARL_FILE))
    build_wirral(os.path.join(HERE, WIRRAL_FILE))
    build_kent(os.path.join(HERE, KENT_FILE))
    build_hackney(os.path.join(HERE, HACKNEY_FILE))
    build_warwickshire(os.path.join(HERE, WARKS_FILE))


if __name__ == "__main__":
    main()
