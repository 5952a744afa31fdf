"""Build the seven zsu- blind test files (set heldout691).

Run with /work/main/.venv/bin/python zsu_make.py ; writes only files named zsu-* beside this script.
"""
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zsu-")
    return os.path.join(HERE, name)


FILL = {
    "blue": PatternFill("solid", fgColor="9BC2E6"),
    "green": PatternFill("solid", fgColor="00B050"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "red": PatternFill("solid", fgColor="FF0000"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
    "head": PatternFill("solid", fgColor="1F3864"),
    "band": PatternFill("solid", fgColor="DDEBF7"),
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
WHITE_BOLD = Font(bold=True, color="FFFFFF")


def d(y, m, day=1):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. RBWM local area SEND Accelerated Progress Plan (xlsx)
# ---------------------------------------------------------------------------
def make_rbwm():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = "Royal Borough of Windsor and Maidenhead – Local Area SEND Accelerated Progress Plan (APP)"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:F1")
    ws["A2"] = ("Annex A: Accelerated Progress Plan for a local area following the judgement by Ofsted/Care "
                "Quality Commission that sufficient progress had not been made against the weaknesses "
                "outlined by the inspection")
    ws["A2"].alignment = WRAP
    ws.merge_cells("A2:F2")
    ws.row_dimensions[2].height = 45
    kv = [
        ("Name of the local area", "Royal Borough of Windsor and Maidenhead"),
        ("Date of revisit", "November 2021"),
        ("Date of publication of the revisit report", "January 2022"),
        ("Accountable officers from the LA and ICB",
         "Executive Director of Children’s Services (RBWM / Achieving for Children); Chief Nurse, NHS Frimley ICB"),
        ("DfE and NHS England SEND Advisers", "DfE SEND Adviser; NHS England SEND Adviser"),
        ("Version", "v4.0 – updated for the 12-month progress review"),
        ("Date of this update", "14 December 2022"),
    ]
    r = 4
    for k, v in kv:
        ws.cell(r, 1, k).font = Font(bold=True)
        ws.cell(r, 1).fill = FILL["grey"]
        ws.cell(r, 2, v).alignment = WRAP
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
        for c in range(1, 7):
            ws.cell(r, c).border = BOX
        r += 1
    r += 1
    ws.cell(r, 1, "Governance and accountability").font = Font(bold=True, size=12)
    r += 1
    ws.cell(r, 1, ("The APP is overseen by the SEND Improvement Board, which meets monthly and is chaired by the "
                   "Executive Director of Children’s Services. The Board reports to the Health and Wellbeing Board "
                   "and to the DfE and NHS England through six-monthly stocktakes.")).alignment = WRAP
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    ws.row_dimensions[r].height = 48
    r += 2
    ws.cell(r, 1, "RAG key").font = Font(bold=True, size=12)
    r += 1
    for letter, fill, meaning in [
        ("B", "blue", "Complete – action delivered and impact evidenced"),
        ("G", "green", "On track"),
        ("A", "amber", "Some slippage – recovery plan in place"),
        ("R", "red", "Off track – escalated to the SEND Improvement Board"),
    ]:
        ws.cell(r, 1, letter).fill = FILL[fill]
        ws.cell(r, 1).alignment = Alignment(horizontal="center")
        ws.cell(r, 2, meaning)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
        r += 1
    r += 1
    ws.cell(r, 1, "Summary of action status – December 2022").font = Font(bold=True, size=12)
    r += 1
    for c, h in enumerate(["Area of weakness", "B", "G", "A", "R", "Total"], 1):
        ws.cell(r, c, h).font = Font(bold=True)
        ws.cell(r, c).border = BOX
    r += 1
    for row in [("1", 1, 2, 1, 0, 4), ("2", 1, 1, 1, 0, 3), ("3", 1, 0, 1, 0, 3), ("Total", 3, 3, 3, 0, 10)]:
        for c, v in enumerate(row, 1):
            ws.cell(r, c, v).border = BOX
        r += 1
    ws.cell(r, 1, "One action (3.3) has not yet started and is not RAG rated.")
    ws.column_dimensions["A"].width = 38
    for col in "BCDEF":
        ws.column_dimensions[col].width = 18

    ws = wb.create_sheet("APP")
    ws["A1"] = "Accelerated Progress Plan – actions and progress"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Progress as at the 12-month stocktake: 14 December 2022"
    ws.merge_cells("A2:H2")
    headers = ["Ref", "Action – what we will do", "Lead(s)", "Timescale", "Revised timescale",
               "Impact measure – how we will know", "Progress update (December 2022)", "RAG"]
    for c, h in enumerate(headers, 1):
        cell = ws.cell(4, c, h)
        cell.font = WHITE_BOLD
        cell.fill = FILL["head"]
        cell.alignment = WRAP
        cell.border = BOX
    rows = [
        ("band", "Area of weakness 1: The quality of EHC plans, including the contribution of health and social "
                 "care, and the timeliness of annual reviews"),
        ("1.1", "Introduce a multi-agency EHC plan quality assurance framework, with monthly moderation panels "
                "including health, social care and the Parent Carer Forum.",
         "Head of SEND Services (AfC)", d(2022, 4), None,
         "80% of audited plans judged good or better by March 2023",
         "Framework in place since April 2022; nine moderation panels held. 64% of audited plans good or better "
         "in November 2022.", "G"),
        ("1.2", "Train all SEND caseworkers and social workers contributing to EHC needs assessments in writing "
                "outcomes that are specific, measurable and co-produced with the child or young person.",
         "SEND Team Manager / Principal Social Worker", d(2022, 7), d(2022, 10),
         "All caseworkers trained; outcomes section judged good in 80% of audits",
         "Training delivered to 41 of 45 staff; the remaining four are booked for January.", "A"),
        ("1.3", "Clear the backlog of overdue annual reviews, prioritising children and young people at phase "
                "transfer.",
         "Head of SEND Services (AfC)", d(2022, 3, 31), d(2022, 12, 31),
         "95% of annual reviews completed within timescale",
         "Backlog cleared on 30 November 2022; 96% of reviews in timescale since September.", "B"),
        ("1.4", "Designated Clinical Officer to quality assure every health advice submitted for EHC needs "
                "assessments and report compliance with the 6-week timescale to the SEND Improvement Board.",
         "Designated Clinical Officer, Frimley ICB", "Sept 2022", None,
         "90% of health advice returned within 6 weeks",
         "Reporting in place from September; compliance 84% in November.", "G"),
        ("band", "Area of weakness 2: Waiting times for neurodevelopmental assessment and the co-ordination of "
                 "support for children and young people awaiting diagnosis"),
        ("2.1", "Commission additional autism and ADHD assessment capacity to reduce the longest waits to below "
                "52 weeks.",
         "Associate Director of Children’s Commissioning, Frimley ICB", "Q4 2022/23", None,
         "No child waiting more than 52 weeks by 31 March 2023",
         "Additional provider mobilised in October; longest wait now 71 weeks.", "A"),
        ("2.2", "Launch a ‘waiting well’ offer for families on the neurodevelopmental pathway, including parent "
                "workshops and a named key contact.",
         "Head of Early Help (AfC)\nCAMHS Service Manager (BHFT)", d(2022, 6), None,
         "Families report feeling supported while waiting (parent survey)",
         "Offer launched in June; 212 families registered.", "B"),
        ("2.3", "Publish monthly waiting-time data for the neurodevelopmental pathway on the Local Offer.",
         "Designated Clinical Officer, Frimley ICB", "Ongoing – monthly", None,
         "Data published every month",
         "Published each month since July 2022.", "G"),
        ("band", "Area of weakness 3: Co-production with parents and carers and communication about the "
                 "local offer"),
        ("3.1", "Agree a co-production charter with the Parent Carer Forum and embed it in all SEND workstreams.",
         "SEND Partnership Manager", d(2022, 6), None,
         "Charter signed by all partners; PCF confirms it is used",
         "Charter signed at the SEND Improvement Board in June 2022.", "B"),
        ("3.2", "Relaunch the Local Offer website following user testing with parents, carers and young people, "
                "with a ‘You said, we did’ page updated each half term.",
         "SEND Partnership Manager; Communications Lead (RBWM)", d(2022, 9), d(2023, 1),
         "Increase in Local Offer visits and satisfaction (annual survey)",
         "User testing complete; new site build delayed by supplier.", "A"),
        ("3.3", "Hold termly SEND partnership forums in Windsor and Maidenhead, with a written summary of issues "
                "raised and responses published within 20 working days.",
         "Head of SEND Services (AfC)", "Termly", None,
         "Forums held each term; summaries published on time",
         "First forum planned for 25 January 2023.", None),
    ]
    r = 5
    rag_fill = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    for row in rows:
        if row[0] == "band":
            ws.cell(r, 1, row[1]).font = Font(bold=True)
            for c in range(1, 9):
                ws.cell(r, c).fill = FILL["grey"]
                ws.cell(r, c).border = BOX
            ws.cell(r, 1).alignment = WRAP
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.row_dimensions[r].height = 32
        else:
            ref, action, lead, when, revised, impact, progress, rag = row
            vals = [ref, action, lead, when, revised, impact, progress, rag]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy" if v.day != 1 else "mmm-yy"
            if rag:
                ws.cell(r, 8).fill = FILL[rag_fill[rag]]
                ws.cell(r, 8).alignment = Alignment(horizontal="center", vertical="top")
        r += 1
    r += 1
    ws.cell(r, 1, ("Notes: RAG ratings agreed at the SEND Improvement Board on 14 December 2022. Revised "
                   "timescales have been agreed with the DfE and NHS England advisers."))
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    widths = {"A": 7, "B": 55, "C": 30, "D": 13, "E": 13, "F": 32, "G": 42, "H": 7}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.save(out("zsu-royal-borough-of-windsor-and-maidenhead-local-area-send-accelerated-progress-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. Telford & Wrekin Council Plan delivery tracker (xlsx) - typo month, refuse
# ---------------------------------------------------------------------------
def make_telford():
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = "Telford & Wrekin Council – Council Plan Delivery Tracker 2025/26"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Council Plan 2024/25 to 2026/27 – summary of delivery at Quarter 2 (July to September 2025)"
    for c, h in enumerate(["Priority", "Commitments", "Complete", "Green", "Amber", "Red"], 1):
        ws.cell(4, c, h).font = Font(bold=True)
        ws.cell(4, c).border = BOX
    summary = [
        ("1. Every child, young person and adult lives well in their community", 3, 0, 2, 1, 0),
        ("2. Everyone benefits from a thriving economy", 2, 0, 1, 1, 0),
        ("3. All neighbourhoods are a great place to live", 3, 0, 3, 0, 0),
        ("4. Our natural environment is protected, and the Council has a leading role in addressing the "
         "climate emergency", 2, 1, 0, 0, 1),
        ("Total", 10, 1, 6, 2, 1),
    ]
    for i, row in enumerate(summary, 5):
        for c, v in enumerate(row, 1):
            ws.cell(i, c, v).border = BOX
            ws.cell(i, c).alignment = WRAP
    ws.column_dimensions["A"].width = 70

    ws = wb.create_sheet("Tracker")
    ws["A1"] = "Telford & Wrekin Council – Council Plan Delivery Tracker 2025/26"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Quarter 2 (July – September 2025)  |  Protect, care and invest to create a better borough"
    ws.merge_cells("A2:H2")
    headers = ["Ref", "Commitment", "Cabinet Member", "Lead officer", "Target date", "Q1 RAG", "Q2 RAG",
               "Q2 update"]
    for c, h in enumerate(headers, 1):
        cell = ws.cell(4, c, h)
        cell.font = WHITE_BOLD
        cell.fill = FILL["head"]
        cell.border = BOX
        cell.alignment = WRAP
    rows = [
        ("band", "Priority 1: Every child, young person and adult lives well in their community"),
        ("1.1", "Open two further Family Hubs, in Brookside and Donnington, bringing the borough total to eight.",
         "Cabinet Member for Children, Young People, Education & Lifelong Learning",
         "Director: Children’s Safeguarding & Family Support", d(2026, 3), "G", "G",
         "Brookside hub opened 1 September; Donnington building works on schedule."),
        ("1.2", "Deliver 120 additional extra care units through the Housing Investment Programme.",
         "Cabinet Member for Adult Social Care & Health Systems", "Director: Adult Social Care",
         "Q4 2025/26", "G", "A", "Contractor delay at the Wellington scheme; 74 units delivered to date."),
        ("1.3", "Continue free swimming for under-25s at all council leisure centres.",
         "Cabinet Member for Leisure, Tourism, Culture & the Visitor Economy",
         "Director: Neighbourhood & Enforcement Services", "Ongoing", "G", "G",
         "41,200 free swims in Q1 and Q2."),
        ("band", "Priority 2: Everyone benefits from a thriving economy"),
        ("2.1", "Complete phase 1 public realm works at Station Quarter.",
         "Cabinet Member for Economy & Transport", "Director: Prosperity & Investment", d(2025, 9, 30),
         "A", "A", "Works 85% complete; handover now expected November."),
        ("2.2", "Support 500 residents into work through the Telford Jobs Box service.",
         "Cabinet Member for Economy & Transport", "Director: Prosperity & Investment", d(2026, 3, 31),
         "G", "G", "287 residents supported into work by 30 September."),
        ("band", "Priority 3: All neighbourhoods are a great place to live"),
        ("3.1", "Deliver the Pride in Our High Street programme in 12 district and local centres.",
         "Cabinet Member for Neighbourhoods, Planning & Sustainability",
         "Director: Prosperity & Investment", d(2026, 3), "G", "G",
         "Schemes complete in 7 centres; 5 in design."),
        ("3.2", "Deliver the 2025/26 highways resurfacing programme of 85 schemes.",
         "Cabinet Member for Highways, Housing & Enforcement",
         "Director: Neighbourhood & Enforcement Services", "Febuary 2026", "G", "G",
         "52 of 85 schemes complete."),
        ("3.3", "Increase enforcement patrols against fly-tipping and issue fixed penalty notices in all wards.",
         "Cabinet Member for Highways, Housing & Enforcement",
         "Director: Neighbourhood & Enforcement Services", "Ongoing", "G", "G",
         "1,046 fixed penalty notices issued in Q2."),
        ("band", "Priority 4: Our natural environment is protected, and the Council has a leading role in "
                 "addressing the climate emergency"),
        ("4.1", "Plant a further 10,000 trees through the Green Guarantee programme.",
         "Cabinet Member for Climate Change, Green Spaces & Natural Environment",
         "Director: Neighbourhood & Enforcement Services", d(2026, 3), "R", "R",
         "Planting season starts November; sites for 4,000 trees not yet secured."),
        ("4.2", "Install solar PV on a further five council buildings.",
         "Cabinet Member for Climate Change, Green Spaces & Natural Environment",
         "Director: Housing, Commercial & Customer Services", d(2025, 12), "G", "C",
         "All five installations commissioned in August."),
    ]
    r = 5
    fills = {"G": "green", "A": "amber", "R": "red", "C": "blue"}
    for row in rows:
        if row[0] == "band":
            ws.cell(r, 1, row[1]).font = Font(bold=True)
            for c in range(1, 9):
                ws.cell(r, c).fill = FILL["band"]
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        else:
            for c, v in enumerate(row, 1):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy" if v.day != 1 else "mmm-yy"
            for c in (6, 7):
                ws.cell(r, c).fill = FILL[fills[ws.cell(r, c).value]]
        r += 1
    r += 1
    ws.cell(r, 1, "RAG: G = on track; A = some risk to delivery; R = off track; C = complete")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    widths = {"A": 6, "B": 52, "C": 34, "D": 30, "E": 13, "F": 8, "G": 8, "H": 44}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    wb.save(out("zsu-telford-and-wrekin-council-plan-delivery-tracker-2025-26-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# 3. Brighter Futures for Children fostering service - Ofsted action plan (xlsx)
# ---------------------------------------------------------------------------
def make_bffc():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action plan"
    ws["A1"] = "Brighter Futures for Children – Fostering Service: Ofsted Inspection Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = ("Independent fostering agency inspection under the SCCIF, January 2024. Plan owner: Head of "
                "Service, Children in Care. Monitored monthly by the Fostering Service Management Board.")
    ws.merge_cells("A2:H2")
    ws["A3"] = "Progress update: June 2024"
    ws["A3"].font = Font(italic=True)
    ws["A5"] = "Key:"
    ws["A5"].font = Font(bold=True)
    for c, (fill, label) in enumerate([("blue", "Completed"), ("green", "On track"), ("amber", "Some delay"),
                                       ("red", "Not on track")], 2):
        ws.cell(5, c, label).fill = FILL[fill]
        ws.cell(5, c).border = BOX
    ws.cell(5, 6, "No colour = not yet started")
    headers = ["Ofsted requirement / recommendation", "Ref", "Action", "Lead", "Ofsted due date",
               "Target date", "Progress update (June 2024)", "RAG"]
    for c, h in enumerate(headers, 1):
        cell = ws.cell(7, c, h)
        cell.font = WHITE_BOLD
        cell.fill = FILL["head"]
        cell.alignment = WRAP
        cell.border = BOX
    groups = [
        ("band", "Statutory requirements"),
        ("Requirement 1 – The registered person must ensure that each foster parent’s approval is reviewed "
         "within one year of approval and thereafter whenever the fostering service provider considers it "
         "necessary, but at intervals of not more than a year. (Regulation 28(2))", d(2024, 3, 31), [
             ("1.1", "Audit all fostering households to identify overdue annual reviews and schedule each review "
                     "with an independent reviewing officer.",
              "Fostering Service Manager", d(2024, 2, 29),
              "Audit completed 2 February; 14 overdue reviews identified and scheduled.", "blue"),
             ("1.2", "Introduce a monthly tracker of foster carer review dates, reported to the Head of Service, "
                     "Children in Care.",
              "Business Support Team Leader", d(2024, 3), "Tracker in use since March.", "blue"),
             ("1.3", "Present all overdue reviews to the fostering panel.",
              "Panel Adviser / Fostering Service Manager", d(2024, 3, 31),
              "11 of 14 presented; 3 deferred at carers’ request, now booked for July panel.", "amber"),
         ]),
        ("Requirement 2 – The registered person must ensure that the fostering panel’s reasons for each "
         "recommendation are recorded, and that the decision maker’s decision is made within seven working days "
         "of receiving the recommendation and final set of panel minutes. (Regulation 26(1A))",
         d(2024, 3, 31), [
             ("2.1", "Revise the panel minute template so that the reasons for each recommendation are recorded "
                     "separately.",
              "Panel Adviser", d(2024, 2), "New template used from the February panel.", "blue"),
             ("2.2", "Agency decision maker to record the date of each decision in the panel log; compliance "
                     "reported quarterly to the Management Board.",
              "Agency Decision Maker (Head of Service, Children in Care)", "Ongoing",
              "Q1 2024/25: 100% of decisions within seven working days.", "green"),
         ]),
        ("band", "Recommendations"),
        ("Recommendation 1 – The registered person should ensure that foster carers complete the Training, "
         "Support and Development Standards within 12 months of approval. (‘Fostering services: national "
         "minimum standards’, 20.3)", None, [
             ("R1.1", "Agree individual development plans for all carers approved since April 2023, with a date "
                      "for completing the TSD Standards.",
              "Supervising Social Work Team Manager", "April 2024", "Plans agreed for all 9 households.", "blue"),
             ("R1.2", "Report TSD Standards completion rates to the Fostering Service Management Board each "
                      "quarter.",
              "Fostering Service Manager", "Q2 2024/25", "First report due to the July Board.", "green"),
         ]),
        ("Recommendation 2 – The registered person should ensure that records of unannounced visits to foster "
         "homes clearly set out what was seen and the child’s views. (‘Fostering services: national minimum "
         "standards’, 21.8)", None, [
             ("R2.1", "Update the unannounced visit recording form and brief supervising social workers at the "
                      "February team meeting.",
              "Supervising Social Work Team Manager", d(2024, 2), "Form updated; dip sample in May showed good "
                                                                  "recording in 8 of 10 visits.", "blue"),
         ]),
        ("Recommendation 3 – The registered person should ensure that the recruitment strategy increases the "
         "number of foster carers able to care for teenagers and sibling groups. (‘Fostering services: national "
         "minimum standards’, 13.1)", None, [
             ("R3.1", "Run a targeted recruitment campaign for carers of teenagers, including information evenings "
                      "in Reading and Woodley.",
              "Recruitment and Marketing Lead", "Sept 2024", "Campaign planned for the autumn.", None),
         ]),
    ]
    r = 8
    for g in groups:
        if g[0] == "band":
            ws.cell(r, 1, g[1]).font = Font(bold=True)
            for c in range(1, 9):
                ws.cell(r, c).fill = FILL["grey"]
                ws.cell(r, c).border = BOX
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            r += 1
            continue
        text, due, acts = g
        first = r
        ws.cell(r, 1, text)
        if due is not None:
            ws.cell(r, 5, due).number_format = "dd/mm/yyyy"
        for ref, action, lead, target, progress, fill in acts:
            ws.cell(r, 2, ref)
            ws.cell(r, 3, action)
            ws.cell(r, 4, lead)
            tc = ws.cell(r, 6, target)
            if isinstance(target, dt.datetime):
                tc.number_format = "dd/mm/yyyy" if target.day != 1 else "mmm-yy"
            ws.cell(r, 7, progress)
            if fill:
                ws.cell(r, 8).fill = FILL[fill]
            for c in range(1, 9):
                ws.cell(r, c).alignment = WRAP
                ws.cell(r, c).border = BOX
            r += 1
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
            ws.merge_cells(start_row=first, start_column=5, end_row=r - 1, end_column=5)
    r += 1
    ws.cell(r, 1, "RAG is shown by cell colour only – see key at the top of the sheet.")
    ws.cell(r + 1, 1, "Next review: Fostering Service Management Board, July 2024.")
    widths = {"A": 48, "B": 6, "C": 48, "D": 28, "E": 12, "F": 12, "G": 40, "H": 7}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    wb.save(out("zsu-brighter-futures-for-children-fostering-service-ofsted-inspection-action-plan.xlsx"))


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


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


# ---------------------------------------------------------------------------
# 4. Cwm Taf Morgannwg Safeguarding Board - Bridgend JICPA improvement plan (docx)
# ---------------------------------------------------------------------------
def make_ctm():
    doc = Document()
    doc.add_paragraph("Cwm Taf Morgannwg Safeguarding Board: Bridgend JICPA Multi-Agency Improvement Plan",
                      style="Title")
    doc.add_paragraph("Response to the Joint Inspection of Child Protection Arrangements (JICPA) in Bridgend, "
                      "June 2023")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Version", "1.3"), ("Date", "February 2024"),
                 ("Owner", "CTM Safeguarding Board Business Unit"),
                 ("Approved by", "CTMSB Children’s Safeguarding Board, 14 December 2023"),
                 ("Review", "Quarterly, by the Bridgend JICPA Task and Finish Group")]:
        row = t.add_row()
        set_cell(row.cells[0], k, bold=True)
        shade(row.cells[0], "D9D9D9")
        set_cell(row.cells[1], v)
    doc.add_heading("1. Introduction", level=1)
    doc.add_paragraph(
        "Care Inspectorate Wales, Healthcare Inspectorate Wales, His Majesty’s Inspectorate of Constabulary and "
        "Fire & Rescue Services and Estyn jointly inspected the multi-agency response to abuse and neglect in "
        "Bridgend in June 2023. This plan sets out how Bridgend County Borough Council, South Wales Police, "
        "Cwm Taf Morgannwg University Health Board and education partners will respond to the areas for "
        "improvement identified. Progress is reported to each meeting of the Children’s Safeguarding Board.")
    doc.add_heading("2. RAG status key", level=1)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for colour, hexc, meaning in [("Blue", "9BC2E6", "Complete"), ("Green", "00B050", "On track"),
                                  ("Amber", "FFC000", "Progressing – some risk to timescale"),
                                  ("Red", "FF0000", "Not progressing / off track")]:
        row = t.add_row()
        set_cell(row.cells[0], colour, bold=True)
        shade(row.cells[0], hexc)
        set_cell(row.cells[1], meaning)
    doc.add_heading("3. Improvement actions", level=1)
    themes = [
        ("Theme 1: Multi-agency response to referrals and decision making", [
            ("Area for improvement 1: Referrers are not consistently informed of the outcome of their referral "
             "and the rationale for decisions.", [
                 ("1.1", "Introduce a standard outcome letter or email to professional referrers from the "
                         "Information, Advice and Assistance (IAA) team within 5 working days of a decision.",
                  "Group Manager, IAA and Safeguarding (BCBC)", "January 2024",
                  "Template agreed; live from 8 January 2024.", "Blue"),
                 ("1.2", "Audit a sample of 30 police and education referrals each quarter to test whether "
                         "feedback was given.",
                  "Regional Safeguarding Board Business Manager; Detective Inspector, MASH (South Wales Police)",
                  "Quarterly", "First audit completed in January: feedback given in 21 of 30 referrals.",
                  "Green"),
             ]),
            ("Area for improvement 2: Strategy discussions do not always include health and education when "
             "they hold relevant information.", [
                 ("2.1", "Revise the strategy discussion standard to require an invitation to the child’s school "
                         "or setting and to the relevant health professional, and to record the reasons when they "
                         "are not included.",
                  "Head of Children’s Social Care (BCBC)", "March 2024",
                  "Draft standard out to consultation with partners.", "Amber"),
                 ("2.2", "Provide a duty named nurse for strategy discussions between 9am and 5pm, Monday to "
                         "Friday.",
                  "Head of Safeguarding, Cwm Taf Morgannwg UHB", "April 2024",
                  "Rota agreed; recruitment to the second post under way.", "Green"),
             ]),
        ]),
        ("Theme 2: Child protection planning and the child’s lived experience", [
            ("Area for improvement 3: Care and support protection plans (CASPPs) are not consistently "
             "specific, measurable or written in a way that families understand.", [
                 ("3.1", "Deliver joint training on outcome-focused CASPPs for social workers, independent "
                         "reviewing officers and core group members.",
                  "Workforce Development Manager (BCBC)", "Sept 2024",
                  "Two of six sessions delivered.", "Green"),
                 ("3.2", "Introduce a plain-language summary page in every CASPP, co-designed with parents who "
                         "have experience of the child protection process.",
                  "Independent Reviewing Service Manager", "End of June 2024",
                  "Co-design sessions postponed; new dates being sought.", "Red"),
             ]),
            ("Area for improvement 4: Children’s voices are not routinely recorded by all agencies.", [
                 ("4.1", "Schools to record the child’s views in every referral and in reports to child "
                         "protection conferences, using the regional ‘All About Me’ template.",
                  "Senior Safeguarding Officer, Education (BCBC)", "Autumn term 2024",
                  "Template circulated to designated safeguarding persons.", "Green"),
             ]),
        ]),
        ("Theme 3: Partnership arrangements and leadership", [
            ("Area for improvement 5: The partnership’s quality assurance of multi-agency practice is "
             "underdeveloped.", [
                 ("5.1", "Establish a Bridgend multi-agency practice review group to complete two themed audits a "
                         "year, starting with neglect.",
                  "Chair, CTMSB Quality Assurance Sub-Group", "31/05/2024",
                  "Terms of reference agreed; first audit scheduled for April.", "Amber"),
                 ("5.2", "Report the findings of each themed audit, with agency actions, to the Children’s "
                         "Safeguarding Board.",
                  "Regional Safeguarding Board Business Manager", "Ongoing",
                  "Standing item added to the Board agenda.", "Green"),
             ]),
            ("Area for improvement 6: Electively home educated children who are known to services are not "
             "always visible to partner agencies.", [
                 ("6.1", "Agree an information-sharing protocol between education, health and children’s "
                         "services for electively home educated children known to services.",
                  "Group Manager, Inclusion (BCBC) & Named Nurse, Safeguarding Children (CTMUHB)", "July 2024",
                  "Draft protocol with information governance leads.", "Green"),
             ]),
        ]),
    ]
    rag_hex = {"Blue": "9BC2E6", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    for theme, afis in themes:
        doc.add_heading(theme, level=2)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for i, h in enumerate(["Ref", "Action", "Lead(s)", "Timescale", "Progress – February 2024", "RAG"]):
            set_cell(t.rows[0].cells[i], h, bold=True)
            shade(t.rows[0].cells[i], "BDD7EE")
        repeat_header(t.rows[0])
        for afi, acts in afis:
            row = t.add_row()
            merged = row.cells[0].merge(row.cells[5])
            set_cell(merged, afi, bold=True)
            shade(merged, "F2F2F2")
            for ref, action, lead, when, progress, rag in acts:
                row = t.add_row()
                for i, v in enumerate([ref, action, lead, when, progress, rag]):
                    set_cell(row.cells[i], v)
                shade(row.cells[5], rag_hex[rag])
        widths = [Cm(1.2), Cm(6.0), Cm(3.6), Cm(2.2), Cm(3.6), Cm(1.4)]
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = w
    doc.add_paragraph("")
    doc.add_paragraph("Next review: Bridgend JICPA Task and Finish Group, May 2024.")
    doc.save(out("zsu-cwm-taf-morgannwg-safeguarding-board-bridgend-jicpa-multi-agency-improvement-plan.docx"))


# ---------------------------------------------------------------------------
# 5. North Wales Safeguarding Board - Child Protection Rapid Review improvement plan (docx)
# ---------------------------------------------------------------------------
def make_nwsb():
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.5)
    doc.add_paragraph("North Wales Safeguarding Board – Child Protection Rapid Review: Regional Improvement Plan",
                      style="Title")
    doc.add_paragraph("Bwrdd Diogelu Gogledd Cymru – Adolygiad Cyflym Amddiffyn Plant: Cynllun Gwella Rhanbarthol")
    doc.add_paragraph("Position at March 2025")
    doc.add_paragraph(
        "In September 2023 Care Inspectorate Wales, with Healthcare Inspectorate Wales and Estyn, published the "
        "rapid review of child protection arrangements in Wales. This plan sets out the regional response agreed "
        "by the North Wales Safeguarding Board and its partners: the six North Wales local authorities, Betsi "
        "Cadwaladr University Health Board (BCUHB), North Wales Police (NWP) and education services.")
    cols = ["CPRR recommendation", "Ref", "What we will do", "Lead(s)", "Target date", "Status",
            "", "Progress / evidence"]
    t = doc.add_table(rows=2, cols=8)
    t.style = "Table Grid"
    h1, h2 = t.rows[0].cells, t.rows[1].cells
    for i, h in enumerate(cols):
        set_cell(h1[i], h, bold=True)
        shade(h1[i], "BDD7EE")
    set_cell(h2[5], "Sept 2024", bold=True)
    set_cell(h2[6], "March 2025", bold=True)
    shade(h2[5], "BDD7EE")
    shade(h2[6], "BDD7EE")
    for i in (0, 1, 2, 3, 4, 7):
        shade(h2[i], "BDD7EE")
        a = h1[i].merge(h2[i])
    h1[5].merge(h1[6])
    set_cell(t.rows[0].cells[5], "Status", bold=True)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    parts = [
        ("Part A – Recommendations for the Regional Safeguarding Board", [
            ("Recommendation 1: Regional Safeguarding Boards should assure themselves that the Wales Safeguarding "
             "Procedures are applied consistently when deciding whether a child’s name is placed on, or removed "
             "from, the child protection register.", [
                 ("1.1", "Complete a regional multi-agency audit of 60 initial and review child protection "
                         "conferences (10 per local authority), focusing on threshold decisions and "
                         "deregistration.",
                  "Regional Safeguarding Manager", "December 2024", "Amber", "Complete",
                  "Audit report presented to the Board on 21 January 2025."),
                 ("1.2", "Develop a regional deregistration checklist for conference chairs, setting out the "
                         "evidence of sustained change expected before a child’s name is removed from the "
                         "register.",
                  "Child Protection Conference Chairs’ Network Lead", "Sept 2024 (revised: January 2025)",
                  "Amber", "Complete", "Checklist in use in all six authorities from February 2025."),
             ]),
            ("Recommendation 2: Regional Safeguarding Boards should ensure multi-agency safeguarding training "
             "includes the threshold for significant harm and is refreshed regularly.", [
                 ("2.1", "Commission and deliver a regional ‘significant harm threshold’ training module for all "
                         "agencies, with at least 400 practitioners attending in the first year.",
                  "NWSB Training Sub-Group Chair", "31 March 2025", "Green", "Green",
                  "312 practitioners trained to date; four further sessions in March."),
                 ("2.2", "Add the module to the mandatory training matrix of each partner agency and report "
                         "completion rates to the Board quarterly.",
                  "Workforce leads – six local authorities; BCUHB Head of Safeguarding; NWP Head of PVPU",
                  "Q1 2025/26", "Not started", "Amber",
                  "Added to matrices for four local authorities and NWP; BCUHB matrix under review."),
             ]),
        ]),
        ("Part B – Recommendations for local authorities, health boards, police and education", [
            ("Recommendation 3: Partners should improve the timeliness and quality of information shared for "
             "initial child protection conferences, including reports from GPs and schools.", [
                 ("3.1", "Agree a regional standard for partner reports to conference, including a template for "
                         "schools and a 3-working-day submission timescale.",
                  "Regional Safeguarding Manager", "Nov-24", "Green", "Complete",
                  "Standard agreed by the Board in November 2024."),
                 ("3.2", "Pilot secure electronic submission of GP reports to conference in Wrexham and Conwy.",
                  "Named GP for Safeguarding (BCUHB)", "June 2025", "Green", "Amber",
                  "Pilot delayed by IT procurement; now starting April 2025."),
             ]),
            ("Recommendation 4: Practitioners should ensure the child’s voice and lived experience are recorded "
             "and inform decisions about registration and deregistration.", [
                 ("4.1", "Introduce a section on the child’s views at the start of every conference report and "
                         "minute, with the offer of advocacy recorded for every child aged 7 and over.",
                  "Heads of Children’s Services (North Wales)", "Mar-25", "Amber", "Green",
                  "Report and minute templates changed in all six authorities."),
                 ("4.2", "Hold two young people’s voice sessions with advocacy providers to test whether "
                         "children notice the changes.\nReport the findings to the Board.",
                  "Regional Safeguarding Manager", "Ongoing", "Not started", "Green",
                  "First session held in February 2025 with 9 young people."),
             ]),
            ("Recommendation 5: Health boards should ensure health professionals attend and contribute to core "
             "group meetings where they are part of the child protection plan.", [
                 ("5.1", "Monitor health attendance at core groups monthly through the BCUHB safeguarding "
                         "dashboard and escalate where attendance falls below 85%.",
                  "BCUHB Head of Safeguarding", "Monthly", "Green", "Green",
                  "Attendance 88% (January 2025)."),
             ]),
        ]),
    ]
    status_hex = {"Complete": "9BC2E6", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    for part, recs in parts:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[7])
        set_cell(m, part, bold=True, size=10)
        shade(m, "D9D9D9")
        for rec, acts in recs:
            first_idx = len(t.rows)
            for ref, action, lead, when, s1, s2, ev in acts:
                row = t.add_row()
                for i, v in enumerate(["", ref, action, lead, when, s1, s2, ev]):
                    set_cell(row.cells[i], v)
                for i, s in ((5, s1), (6, s2)):
                    if s in status_hex:
                        shade(row.cells[i], status_hex[s])
            last_idx = len(t.rows) - 1
            top = t.rows[first_idx].cells[0]
            if last_idx > first_idx:
                top = top.merge(t.rows[last_idx].cells[0])
            set_cell(top, rec)
    widths = [Cm(5.2), Cm(1.0), Cm(6.0), Cm(3.4), Cm(2.4), Cm(1.7), Cm(1.7), Cm(4.2)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    doc.add_paragraph("")
    doc.add_paragraph("Status key: Complete – action delivered and evidence received; Green – on track; "
                      "Amber – at risk of delay; Red – off track; Not started.")
    t2 = doc.add_table(rows=2, cols=3)
    t2.style = "Table Grid"
    for i, v in enumerate(["Agreed by", "Date", "Next review"]):
        set_cell(t2.rows[0].cells[i], v, bold=True)
    for i, v in enumerate(["NWSB Executive Group", "21 March 2025", "September 2025"]):
        set_cell(t2.rows[1].cells[i], v)
    doc.save(out("zsu-north-wales-safeguarding-board-child-protection-rapid-review-improvement-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Carmarthenshire County Council scrutiny recommendations tracker (csv)
# ---------------------------------------------------------------------------
def csv_field(v):
    v = "" if v is None else str(v)
    if any(ch in v for ch in ',"\n'):
        v = '"' + v.replace('"', '""') + '"'
    return v


def make_carms():
    ncol = 9
    rows = [
        ["Carmarthenshire County Council – Scrutiny Recommendations Tracker"] + [""] * (ncol - 1),
        ["Position at 30 September 2025 – report to the Policy & Resources Scrutiny Committee"] + [""] * (ncol - 1),
        [""] * ncol,
        ["Ref", "Scrutiny review", "Recommendation", "Cabinet response", "Action agreed", "Responsible officer",
         "Target date", "Status", "Update"],
    ]
    r1 = "Education & Children Scrutiny Committee – Task and Finish Review: School Attendance (2024)"
    r2 = "Communities, Homes & Regeneration Scrutiny Committee – Task and Finish Review: Empty Homes (2024)"
    r3 = ("Health & Social Services Scrutiny Committee – Task and Finish Review: Recruitment and Retention of "
          "Domiciliary Care Workers (2023)")
    data = [
        ["TF1-R1", r1, "That the Council appoints additional Education Welfare Officers to reduce caseloads to no "
                       "more than 60 pupils per officer.", "Partially accepted",
         "Recruit two additional Education Welfare Officers funded from the Local Authority Education Grant and "
         "review caseloads after one term.", "Head of Access to Education", "31/01/2025", "Complete",
         "Two officers in post from January 2025; average caseload now 64."],
        ["TF1-R2", r1, "That schools are supported to use a consistent approach to early intervention for pupils "
                       "whose attendance falls below 90%.", "Accepted",
         "Issue a county-wide attendance toolkit and deliver training to all school attendance leads.",
         "Head of Access to Education / Head of Curriculum & Wellbeing", "Summer term 2025", "Complete",
         "Toolkit issued in April; 104 attendance leads trained."],
        ["TF1-R3", r1, "That attendance data by school and by vulnerable group is reported to this Committee "
                       "twice a year.", "Accepted",
         "Add an attendance dashboard to the six-monthly Education & Children performance report.",
         "Performance & Information Manager", "Six-monthly", "On track",
         "First dashboard reported to Committee in June 2025."],
        ["TF2-R1", r2, "That the Council adopts an Empty Homes Strategy with annual targets for bringing "
                       "properties back into use.", "Accepted",
         "Draft an Empty Homes Strategy 2026-2031 for consultation and Cabinet approval.",
         "Head of Housing & Public Protection", "Mar-26", "On track",
         "Consultation closed 12 September; Cabinet report being drafted."],
        ["TF2-R2", r2, "That the council tax premium on long-term empty properties is reviewed, with the income "
                       "ring-fenced to empty homes work.", "Partially accepted",
         "a) Review the premium level as part of the 2026/27 budget.\n"
         "b) Report options for ring-fencing the income to Cabinet.",
         "Head of Revenues & Financial Compliance", "December 2025", "On track",
         "Options paper prepared for the budget working group."],
        ["TF2-R3", r2, "That a single point of contact is created for owners of empty properties.", "Accepted",
         "Create an Empty Homes Officer post within the Housing Regeneration team.",
         "Head of Housing & Public Protection", "30/06/2025", "Delayed",
         "Post advertised twice without an appointment; re-advertising in October."],
        ["TF3-R1", r3, "That the Council works with providers to pay the Real Living Wage to all commissioned "
                       "domiciliary care workers.", "Accepted",
         "Include the Real Living Wage uplift in the 2025/26 domiciliary care fee setting.",
         "Head of Commissioning", "April 2025", "Complete",
         "Uplift applied to all contracts from 7 April 2025."],
        ["TF3-R2", r3, "That a ‘Care Careers Carmarthenshire’ recruitment campaign is run with Coleg Sir Gâr "
                       "and Jobcentre Plus.", "Accepted",
         "Launch a recruitment campaign and a programme of jobs fairs.",
         "Workforce Development Manager; Head of Commissioning", "Oct-25", "Not progressing",
         "Campaign paused pending the national WeCare Wales campaign."],
    ]
    rows += data
    rows.append([""] * ncol)
    rows.append(["Status key: Complete (blue) = recommendation implemented; On track (green) = progressing within "
                 "the target date; Delayed (amber) = behind target, recovery agreed; Not progressing (red) = no "
                 "progress or action no longer viable"] + [""] * (ncol - 1))
    text = "\r\n".join(",".join(csv_field(v) for v in row) for row in rows) + "\r\n"
    with open(out("zsu-carmarthenshire-county-council-scrutiny-recommendations-tracker.csv"), "w",
              encoding="utf-8-sig", newline="") as f:
        f.write(text)


# ---------------------------------------------------------------------------
# 7. Adopt South RAA service development plan (plain text export of a Word document)
# ---------------------------------------------------------------------------
def make_adopt_south():
    L = []
    L.append("Adopt South – Service Development Plan 2025–26")
    L.append("Regional Adoption Agency for Hampshire, Isle of Wight, Portsmouth and Southampton")
    L.append("Version 1.2 – agreed by the Adopt South Partnership Board, 15 May 2025")
    L.append("Progress position: end of Quarter 2 (30 September 2025)")
    L.append("")
    L.append("Purpose")
    L.append("This plan sets out the actions Adopt South will take in 2025–26 against the national Adoption "
             "England priorities and the learning from our 2024–25 annual report. Progress is reported quarterly "
             "to the Partnership Board.")
    L.append("")
    L.append("RAG: Green = on track; Amber = some slippage; Red = off track; Complete = delivered; Not started.")
    L.append("")
    hdr = "Ref\tAction\tLead\tTimescale\tRAG\tQ2 update"
    L.append("Priority 1: Recruiting and preparing adopters for the children who wait longest")
    L.append(hdr)
    L.append("1.1\tRun two targeted information events a quarter for people who could adopt sibling groups and "
             "children over four.\tService Manager, Recruitment and Assessment\tMarch 2026\tGreen\tFour events "
             "held; 38 attendees.")
    L.append("1.2\tReduce the average time from registration of interest to approval to 6 months.")
    L.append("Introduce a stage 1 tracker reviewed fortnightly by team managers.\tService Manager, Recruitment "
             "and Assessment\tDec-25\tAmber\tAverage currently 7.2 months.")
    L.append("1.3\tDeliver a refreshed preparation course, including sessions led by adopted adults and birth "
             "parents.\tPractice Development Lead\tSept 2025\tComplete\tFirst course ran in September.")
    L.append("")
    L.append("Priority 2: Early permanence")
    L.append(hdr)
    L.append("2.1\tIncrease early permanence placements to 25% of all matches.\tHead of Adopt South\t31/03/2026"
             "\tGreen\t22% of matches in Q1 and Q2.")
    L.append("2.2\tAgree a joint early permanence protocol with the four local authorities’ legal and children "
             "in care teams.\tService Manager, Family Finding; Legal Services Lead (Hampshire)\tQ3 2025/26\tAmber"
             "\tDraft with Portsmouth and Southampton legal teams.")
    L.append("")
    L.append("Priority 3: Adoption support")
    L.append(hdr)
    L.append("3.1\tLaunch a single ‘front door’ for adoption support requests, with a response within 10 working "
             "days.\tService Manager, Adoption Support\tJul-25\tComplete\tLive from 1 July; 94% of responses "
             "within 10 days.")
    L.append("3.2\tCommission therapeutic parenting groups in each local authority area, funded through the "
             "Adoption and Special Guardianship Support Fund.\tService Manager, Adoption Support\tOngoing\tGreen"
             "\tGroups running in Hampshire and Southampton.")
    L.append("3.3\tReview the adoption support offer for families of teenagers with the Adopt South parent "
             "reference group.\tPractice Development Lead / Parent Reference Group Chair\tJanuary 2026\tNot "
             "started\tScoping meeting booked for November.")
    L.append("")
    L.append("Priority 4: Maintaining relationships and life story work")
    L.append(hdr)
    L.append("4.1\tMove all letterbox contact to the secure digital platform, with paper exchanges only on "
             "request.\tKeeping in Touch Team Manager\tNovember 2025\tRed\tSupplier contract delayed; escalated "
             "to the Partnership Board.")
    L.append("4.2\tEnsure every child placed has a life story book within three months of the adoption order, "
             "audited quarterly.\tService Manager, Family Finding\tQuarterly audit\tGreen\tQ2 audit: 17 of 19 "
             "books on time.")
    L.append("")
    L.append("Next review: Partnership Board, January 2026.")
    L.append("Document owner: Head of Adopt South")
    with open(out("zsu-adopt-south-raa-service-development-plan-2025-26.txt"), "w", encoding="utf-8",
              newline="") as f:
        f.write("\r\n".join(L) + "\r\n")


if __name__ == "__main__":
    make_rbwm()
    make_telford()
    make_bffc()
    make_ctm()
    make_nwsb()
    make_carms()
    make_adopt_south()
    print("done")
