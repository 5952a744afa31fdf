"""Build the seven zfe- blind test files (set heldout813).

Run with the project Python:  /work/main/.venv/bin/python zfe_make.py
Writes into the folder this script lives in.  Only files named zfe-* are written.
"""
import csv
import datetime as dt
import os

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))

D = dt.datetime

RAG_FILL = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "5B9BD5",
    "grey": "BFBFBF",
}

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex6):
    return PatternFill("solid", start_color=hex6, end_color=hex6)


# ---------------------------------------------------------------------------
# 1. Somerset Council - scrutiny committees outcome tracker (xlsx)
# ---------------------------------------------------------------------------
SOMERSET_FILE = "zfe-somerset-council-scrutiny-outcome-tracker-2024-25.xlsx"
SOMERSET_TITLE = "Somerset Council – Scrutiny Committees Outcome Tracker 2024/25"

# sheet name -> (committee heading, [ (band heading, [rows]) ])
# row = (ref, recommendation, response, lead, target, rag_word, update)
SOMERSET = [
    ("Adults and Health", "Scrutiny Committee – Adults and Health", [
        ("10 July 2024 – Adult Social Care Performance and CQC Assessment Preparation", [
            ("AH24-01",
             "That the Executive Lead Member for Adult Services provides the committee with the CQC self-assessment and the improvement plan arising from it before the assessment site visit.",
             "Accepted. Self-assessment shared with members via briefing note on 2 September 2024.",
             "Executive Director – Adult Services", D(2024, 9, 30), "Green",
             "Briefing note circulated; item closed."),
            ("AH24-02",
             "That waiting times for Care Act assessments are reported to every meeting of the committee, broken down by locality.",
             "Accepted in part – quarterly reporting agreed rather than every meeting.",
             "Service Director – Adult Social Care Operations", "Quarterly", "Amber",
             "Q2 data reported November 2024; locality breakdown to be added from Q3."),
        ]),
        ("19 September 2024 – Somerset Carers Strategy 2024–2027", [
            ("AH24-03",
             "That the refreshed Carers Strategy includes a measurable target for the number of carers' assessments completed each year.",
             "Accepted.",
             "Strategic Manager – Commissioning", D(2025, 1, 31), "Red",
             "Target not included in the draft strategy taken to Executive in January 2025; Lead Member invited to the March meeting."),
            ("AH24-04",
             "That a task and finish group reviews the use of direct payments by people with learning disabilities and reports back by summer 2025.",
             "Agreed. Task and finish group established November 2024.",
             "Scrutiny Manager / Service Manager – Direct Payments", "July 2025", "Amber",
             "Two evidence sessions held; report drafting to begin May 2025."),
        ]),
    ]),
    ("Children and Families", "Scrutiny Committee – Children and Families", [
        ("5 June 2024 – Education, Health and Care Plan Timeliness", [
            ("CF24-01",
             "That the Executive ensures the EHCP recovery plan sets monthly targets for the percentage of plans issued within 20 weeks, and that performance against them is published on the Local Offer.",
             "Accepted. Monthly targets set from July 2024.",
             "Director of Education, Partnerships and Skills", "Aug-24", "Green",
             "Dashboard published on the Local Offer from August 2024."),
            ("CF24-02",
             "That members receive a briefing on the EHCP annual review backlog, including the number of reviews overdue by more than 12 weeks.",
             "Accepted.",
             "Head of SEND Statutory Services", "October 2024", "Green",
             "Briefing delivered 8 October 2024."),
        ]),
        ("4 December 2024 – Children's Homes Sufficiency", [
            ("CF24-03",
             "That the Executive considers bringing forward the opening of the two planned in-house children's homes and reports the revised timetable to the committee.",
             "Under consideration – capital business case due at Executive in April 2025.",
             "Service Director – Children Looked After and Care Leavers", "April 2025", "",
             ""),
        ]),
    ]),
    ("Climate and Place", "Scrutiny Committee – Climate and Place", [
        ("6 June 2024 – Water Quality in Somerset", [
            ("CP24-01",
             "That the Council writes to Wessex Water and the Environment Agency setting out the committee's concerns about storm overflow discharges into the River Brue and the River Parrett.",
             "Accepted. Letters sent by the Lead Member for Environment and Climate Change on 1 July 2024.",
             "Lead Member for Environment and Climate Change", "July 2024", "Green",
             "Responses received and circulated to members."),
            ("CP24-02",
             "That a Water Quality task and finish group is established, open to all members of the Council.",
             "Accepted.",
             "Scrutiny Manager", D(2024, 9, 30), "Green",
             "Group established; first meeting held 17 September 2024."),
        ]),
        ("11 November 2024 – Somerset Rivers Authority", [
            ("CP24-03",
             "That the Executive asks the Somerset Rivers Authority to publish a prioritised list of dredging and de-silting schemes for 2025/26 with estimated costs.",
             "Accepted – request made to the SRA Board.",
             "Service Director – Infrastructure and Transport", "Mar-25", "Amber",
             "SRA Board to consider the list at its March 2025 meeting."),
            ("CP24-04",
             "That the highways devolution pilot with town and parish councils is evaluated and the findings reported to this committee before the pilot is extended.",
             "Accepted.",
             "Head of Highways / Lead Member for Transport and Digital", "Ongoing", "Amber",
             "Evaluation framework agreed; first findings expected autumn 2025."),
        ]),
    ]),
]

SOMERSET_HEADERS = ["Ref", "Recommendation / requested outcome", "Executive / service response",
                    "Lead", "Target date", "RAG", "Update (March 2025)"]


def make_somerset(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = SOMERSET_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Recommendations and requested outcomes from scrutiny committee meetings, with the Executive "
                "and service responses. Updated for the Scrutiny Committee – Corporate and Resources meeting, "
                "13 March 2025.")
    ws["A3"] = "Prepared by: Democratic Services (Scrutiny Team)"
    ws["A5"] = "RAG key"
    ws["A5"].font = Font(bold=True)
    key = [
        ("Green", "green", "Outcome achieved / recommendation implemented – no further monitoring required"),
        ("Amber", "amber", "Response agreed and progress being made – continue monitoring"),
        ("Red", "red", "Not accepted, or insufficient progress – Lead Member and Director invited to attend committee"),
        ("Grey", "grey", "Awaiting Executive / service response"),
    ]
    for i, (word, colour, meaning) in enumerate(key, start=6):
        ws.cell(row=i, column=1, value=word).fill = fill(RAG_FILL[colour])
        ws.cell(row=i, column=2, value=meaning)
    ws["A11"] = "Summary by committee"
    ws["A11"].font = Font(bold=True)
    hdr = ["Committee", "Green", "Amber", "Red", "Awaiting response", "Total"]
    for c, h in enumerate(hdr, start=1):
        cell = ws.cell(row=12, column=c, value=h)
        cell.font = Font(bold=True)
        cell.border = BOX
    totals = [0, 0, 0, 0, 0]
    r = 13
    for sheet, heading, bands in SOMERSET:
        counts = [0, 0, 0, 0]
        for _, rows in bands:
            for row in rows:
                idx = {"Green": 0, "Amber": 1, "Red": 2, "": 3}[row[5]]
                counts[idx] += 1
        vals = [heading] + counts + [sum(counts)]
        for c, v in enumerate(vals, start=1):
            ws.cell(row=r, column=c, value=v).border = BOX
        for k in range(4):
            totals[k] += counts[k]
        totals[4] += sum(counts)
        r += 1
    for c, v in enumerate(["Total"] + totals, start=1):
        cell = ws.cell(row=r, column=c, value=v)
        cell.font = Font(bold=True)
        cell.border = BOX
    ws.column_dimensions["A"].width = 44
    ws.column_dimensions["B"].width = 90

    for sheet, heading, bands in SOMERSET:
        ws = wb.create_sheet(sheet)
        ws["A1"] = heading
        ws["A1"].font = Font(bold=True, size=13)
        ws["A2"] = "Outcome tracker – recommendations to the Executive and requested outcomes"
        ws["A2"].font = Font(italic=True)
        for c, h in enumerate(SOMERSET_HEADERS, start=1):
            cell = ws.cell(row=4, column=c, value=h)
            cell.font = Font(bold=True, color="FFFFFF")
            cell.fill = fill("1F4E78")
            cell.alignment = WRAP
            cell.border = BOX
        r = 5
        for band, rows in bands:
            ws.cell(row=r, column=1, value=band).font = Font(bold=True)
            for c in range(1, 8):
                ws.cell(row=r, column=c).fill = fill("DDEBF7")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            r += 1
            for ref, rec, resp, lead, target, rag, upd in rows:
                vals = [ref, rec, resp, lead, target, rag, upd]
                for c, v in enumerate(vals, start=1):
                    cell = ws.cell(row=r, column=c, value=v if v != "" else None)
                    cell.alignment = WRAP
                    cell.border = BOX
                tcell = ws.cell(row=r, column=5)
                if isinstance(target, dt.datetime):
                    tcell.number_format = "dd/mm/yyyy"
                colour = {"Green": "green", "Amber": "amber", "Red": "red", "": "grey"}[rag]
                ws.cell(row=r, column=6).fill = fill(RAG_FILL[colour])
                r += 1
        widths = [10, 60, 45, 34, 13, 9, 45]
        for i, w in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(i)].width = w
        ws.freeze_panes = "A5"
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. Warwickshire County Council - fostering service development plan (docx)
# ---------------------------------------------------------------------------
WARKS_FILE = "zfe-warwickshire-county-council-fostering-service-development-plan-2025-26.docx"
WARKS_TITLE = "Warwickshire Fostering Service Development Plan 2025/26"

# (heading, [ (ref, action, lead, by_when, progress, rag) ])
WARKS = [
    ("Priority 1: Recruitment – more foster carers for Warwickshire children", [
        ("1.1", "Launch a refreshed recruitment campaign under the Foster for Warwickshire brand, targeting carers for teenagers and sibling groups.",
         "Fostering Recruitment Team Manager", "September 2025",
         "Campaign launched 1 September 2025; 46 enquiries in the first month.", "B"),
        ("1.2", "Reduce the time from initial enquiry to fostering panel to an average of six months.",
         "Fostering Recruitment Team Manager / Assessment Team Manager", "31/03/2026",
         "Average currently 7.4 months; additional assessing social worker in post from August.", "A"),
        ("1.3", "Join the regional foster carer recruitment hub and agree a shared enquiry-handling process.",
         "Service Manager – Fostering", "Q3 2025/26",
         "Memorandum of understanding drafted; go-live planned for December.", "G"),
    ]),
    ("Priority 2: Supporting and keeping our foster carers", [
        ("2.1", "Extend the Mockingbird programme with two new constellations, in Nuneaton and in Rugby.",
         "Mockingbird Programme Lead", "Sept 2025 – March 2026",
         "First new hub home carer recruited; second constellation out to expressions of interest.", "G"),
        ("2.2", "Review the foster carer fees and allowances scheme and bring proposals to Cabinet.",
         "Head of Service – Children in Care and Care Leavers", "December 2025",
         "Benchmarking against West Midlands authorities complete; Cabinet date to be confirmed.\nFinance business partner assigned.", "A"),
        ("2.3", "Hold quarterly foster carer forums with the Director and Lead Member, and publish a ‘You said, we did’ summary after each one.",
         "Service Manager – Fostering", "Quarterly",
         "Forums held in May and August 2025.", "G"),
    ]),
    ("Priority 3: Kinship care", [
        ("3.1", "Implement the kinship care local offer, including a named kinship support worker for every approved connected carer household.",
         "Kinship Team Manager", "31 October 2025",
         "Local offer published; named workers allocated for 88% of households.", "G"),
        ("3.2", "Complete viability assessments within 10 working days of referral in at least 85% of cases.",
         "Kinship Team Manager; Court and Pre-proceedings Team Manager", "March 2026",
         "Performance at 71% in Q2; weekly tracking meeting started.", "R"),
    ]),
    ("Priority 4: Quality of practice and the fostering panel", [
        ("4.1", "Refresh the fostering panel central list and recruit at least two members with lived experience of care.",
         "Fostering Panel Adviser", "November 2025",
         "One care-experienced member appointed; interviews for a second in October.", "G"),
        ("4.2", "Audit foster carer annual reviews each quarter and report the findings to the Fostering Service Management Team.",
         "Quality Assurance Manager (Fostering)", "Ongoing",
         "Not yet started – first audit scheduled for Q3.", ""),
    ]),
]

DOCX_RAG_FILL = {"B": RAG_FILL["blue"], "G": RAG_FILL["green"], "A": RAG_FILL["amber"], "R": RAG_FILL["red"],
                 "Complete": RAG_FILL["blue"], "Green": RAG_FILL["green"], "Amber": RAG_FILL["amber"],
                 "Red": RAG_FILL["red"]}


def shade(cell, hex6):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex6)
    tcPr.append(shd)


def bold_row(row, hex6="D9E2F3"):
    for cell in row.cells:
        shade(cell, hex6)
        for p in cell.paragraphs:
            for run in p.runs:
                run.bold = True


def set_cell(cell, text):
    """Put text in a cell; inner newlines become separate paragraphs."""
    parts = text.split("\n")
    cell.text = parts[0]
    for extra in parts[1:]:
        cell.add_paragraph(extra)


def make_warwickshire(path):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    d.add_paragraph("Warwickshire County Council | Children and Families Directorate")
    d.add_heading(WARKS_TITLE, level=0)
    d.add_paragraph("Appendix B to the Fostering Service Annual Report 2024/25 "
                    "(Regulation 35 and National Minimum Standard 25.7)")
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Version", "1.3"), ("Owner", "Service Manager – Fostering"),
                 ("Approved by", "Corporate Parenting Panel, 15 July 2025"),
                 ("Progress update", "September 2025 (Quarter 2)"), ("Next review", "January 2026")]:
        row = t.add_row()
        row.cells[0].text = k
        row.cells[1].text = v
        shade(row.cells[0], "D9E2F3")
    d.add_heading("Introduction", level=1)
    d.add_paragraph("This plan sets out what the fostering service will do in 2025/26 to increase the number of "
                    "Warwickshire foster carers, support and keep the carers we have, and improve the quality of "
                    "practice. It responds to the findings of the annual report and to feedback from foster carers, "
                    "children and young people, and the Children in Care Council.")
    d.add_paragraph("RAG rating used in this plan:")
    kt = d.add_table(rows=0, cols=2)
    kt.style = "Table Grid"
    for k, v in [("B", "Complete"), ("G", "On track"), ("A", "Some slippage – action in hand"),
                 ("R", "Off track – escalated to Head of Service")]:
        row = kt.add_row()
        row.cells[0].text = k
        row.cells[1].text = v
        shade(row.cells[0], DOCX_RAG_FILL[k])
    hdr = ["Ref", "What we will do", "Lead", "By when", "Progress at September 2025", "RAG"]
    for heading, rows in WARKS:
        d.add_heading(heading, level=1)
        tb = d.add_table(rows=1, cols=len(hdr))
        tb.style = "Table Grid"
        for c, h in enumerate(hdr):
            tb.rows[0].cells[c].text = h
        bold_row(tb.rows[0])
        for ref, action, lead, when, prog, rag in rows:
            cells = tb.add_row().cells
            for c, v in enumerate([ref, action, lead, when, prog, rag]):
                set_cell(cells[c], v)
            if rag:
                shade(cells[5], DOCX_RAG_FILL[rag])
    d.add_paragraph("")
    d.add_paragraph("Progress against this plan is reported quarterly to the Corporate Parenting Panel and "
                    "to the Fostering Service Management Team.")
    d.save(path)


# ---------------------------------------------------------------------------
# 3. Canterbury City Council - corporate plan delivery tracker (csv)
# ---------------------------------------------------------------------------
CANT_FILE = "zfe-canterbury-city-council-corporate-plan-delivery-tracker-2025-26-q2.csv"
CANT_TITLE = "Canterbury City Council - Corporate Plan 2024-2028: Delivery Tracker Q2 2025/26"
CANT_HEADER = ["Priority", "Commitment", "Ref", "Action", "Lead officer", "Cabinet member", "Due date",
               "Q1 RAG", "Q2 RAG", "Q2 update"]
CANT = [
    ("1. A fairer district", "Tackle homelessness and improve temporary accommodation", "CP1.01",
     "Open the council-owned temporary accommodation scheme at Military Road, reducing the use of bed and breakfast.",
     "Head of Housing", "Cabinet Member for Housing", "31/12/2025", "Green", "Green",
     "Building works 80% complete; handover expected in November."),
    ("1. A fairer district", "Tackle homelessness and improve temporary accommodation", "CP1.02",
     "Carry out a stock condition survey of all council homes and share the results with tenants.",
     "Head of Housing; Asset Manager (Housing)", "Cabinet Member for Housing", "31/03/2026", "Amber", "Amber",
     "Survey 62% complete, contractor resourcing issues in September."),
    ("1. A fairer district", "Support residents through the cost of living", "CP1.03",
     "Deliver the Household Support Fund 2025/26 scheme in line with DWP guidance.",
     "Head of Revenues and Benefits", "Cabinet Member for Finance", "Mar-26", "Green", "Green",
     "£412k awarded to 2,960 households to the end of September."),
    ("2. A greener district", "Reach net zero for the council's own operations by 2030", "CP2.01",
     "Install solar PV on three council-owned operational buildings.",
     "Climate Change Manager", "Cabinet Member for Climate Change", "Sep-25", "Amber", "Complete",
     "PV installed on all three buildings; commissioning certificates received."),
    ("2. A greener district", "Reach net zero for the council's own operations by 2030", "CP2.02",
     "Replace 20 refuse and street cleansing vehicles with electric or HVO-fuelled vehicles.",
     "Head of Environmental Services / Canenco Operations Director", "Cabinet Member for Climate Change",
     "2026/27 Q1", "Red", "Red",
     "Vehicle procurement paused pending fleet review, revised date to be set."),
    ("2. A greener district", "Protect and improve our coast and countryside", "CP2.03",
     "Adopt a Tree and Woodland Strategy with a target for new planting on council land.",
     "Open Spaces Manager", "Cabinet Member for Open Spaces", "Dec-25", "Green", "Green",
     "Draft strategy out to consultation until 14 November."),
    ("3. A thriving district", "Regenerate our city and town centres", "CP3.01",
     "Submit the Canterbury District Local Plan for examination.",
     "Head of Planning", "Leader of the Council", "By 31 March 2026", "Amber", "Amber",
     "Regulation 19 consultation closed; responses being analysed."),
    ("3. A thriving district", "Regenerate our city and town centres", "CP3.02",
     "Complete the Whitstable harbour quay public realm improvements.",
     "Head of Regeneration and Property", "Cabinet Member for Regeneration", "Oct-25", "Green", "Complete",
     "Works completed 29 September 2025."),
    ("4. A well-run council", "Balance our budget", "CP4.01",
     "Deliver £1.2m of savings from the 2025/26 transformation programme.",
     "Director of Finance (s151 Officer)", "Cabinet Member for Finance", "31/03/2026", "Green", "Amber",
     "£0.74m delivered to date; digital customer services savings delayed."),
    ("4. A well-run council", "Balance our budget", "CP4.02",
     "Introduce a new customer contact platform and retire the legacy telephony system.",
     "Head of Customer Services; Head of ICT", "Leader of the Council", "", "Not started", "Not started",
     "Procurement to start once the transformation business case is approved."),
]


def make_canterbury(path):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow([CANT_TITLE])
        w.writerow(["Exported from Pentana Risk on 21/10/2025"])
        w.writerow([])
        w.writerow(CANT_HEADER)
        for row in CANT:
            w.writerow(row)
        w.writerow([])
        w.writerow(["RAG: Green = on track; Amber = at risk, recovery action in place; Red = off track; "
                    "Complete = delivered; Not started = not yet due to start"])


# ---------------------------------------------------------------------------
# 4. Thanet District Council - O&S Panel recommendations tracker (txt)
# ---------------------------------------------------------------------------
THANET_FILE = "zfe-thanet-district-council-overview-scrutiny-panel-recommendations-tracker.txt"
THANET_TITLE = "Thanet District Council Overview and Scrutiny Panel – Recommendations Tracker"

# (review heading, [ (ref, rec, decision, lead, timescale, status, update) ])
THANET = [
    ("Review 1: Broken Bins – report to Cabinet 12 December 2024", [
        ("OSP/24/01", "That the council resumes repairing, rather than replacing, wheeled bins with broken lids or wheels where this is cheaper.",
         "Agreed", "Head of Cleansing Services", "April 2025", "Complete",
         "Bin repair service restarted 1 April 2025; 412 bins repaired to date."),
        ("OSP/24/02", "That residents are told at the time of reporting a broken bin how long the repair or replacement will take.",
         "Agreed", "Head of Customer Services", "June 2025", "Amber",
         "Online form updated; telephone script still to be changed."),
        ("OSP/24/03", "That charges for replacement bins are reviewed as part of the 2025/26 fees and charges report.",
         "Agreed", "Head of Finance and Procurement", "Feb-25", "Complete",
         "Charges reviewed and approved by Council on 6 February 2025."),
    ]),
    ("Review 2: Parking Charges – report to Cabinet 17 July 2025", [
        ("OSP/25/01", "That a resident parking permit discount is introduced for low-emission vehicles from April 2026.",
         "Agreed in part – to be considered in the 2026/27 budget", "Head of Parking Services", "31/03/2026", "Green",
         "Proposal included in the draft 2026/27 fees and charges."),
        ("OSP/25/02", "That seasonal seafront tariffs in Margate, Broadstairs and Ramsgate are reviewed against visitor numbers and occupancy data each year.",
         "Agreed", "Head of Parking Services / Head of Coastal Services", "Annually", "Green",
         "First review completed October 2025."),
        ("OSP/25/03", "That the parking enforcement contract is brought back in house at the end of its current term.",
         "Not agreed at this stage – options appraisal to be completed first", "Director of Place", "TBC", "Not started",
         "Options appraisal to be commissioned in 2026/27."),
    ]),
    ("Review 3: Planning Enforcement – report to Cabinet 13 November 2025", [
        ("OSP/25/04", "That the Planning Enforcement Policy is updated to include published target times for each priority category of complaint.",
         "Agreed", "Planning Enforcement Manager", "March 2026", "Green",
         "Draft policy to Planning Policy Cabinet Advisory Group in February."),
        ("OSP/25/05", "That ward members are notified automatically when an enforcement case in their ward is opened and closed.",
         "Agreed", "Planning Enforcement Manager / Head of ICT", "Jan-26", "Red",
         "Needs an upgrade to the planning system; supplier date has slipped to May 2026."),
    ]),
]


def make_thanet(path):
    lines = [
        THANET_TITLE,
        "Position at 3 February 2026",
        "Annex 1 to the report to the Overview and Scrutiny Panel, 17 February 2026",
        "",
        "Status key: Complete = implemented and closed; Green = on track; Amber = some delay; "
        "Red = significantly off track; Not started = agreed but work not yet begun",
        "",
    ]
    bar = "=" * 78
    counts = {}
    total = 0
    for heading, recs in THANET:
        lines += [bar, heading, bar, ""]
        for ref, rec, decision, lead, when, status, update in recs:
            pad = " " * 11
            lines.append(f"{ref:<11}{rec}")
            lines.append(f"{pad}Cabinet decision:  {decision}")
            lines.append(f"{pad}Lead officer:      {lead}")
            lines.append(f"{pad}Timescale:         {when}")
            lines.append(f"{pad}Status:            {status}")
            lines.append(f"{pad}Update:            {update}")
            lines.append("")
            counts[status] = counts.get(status, 0) + 1
            total += 1
    lines.append("-" * 78)
    lines.append(
        f"Summary: {total} recommendations tracked – {counts.get('Complete', 0)} complete, "
        f"{counts.get('Green', 0)} green, {counts.get('Amber', 0)} amber, {counts.get('Red', 0)} red, "
        f"{counts.get('Not started', 0)} not started.")
    lines.append("Recommendations are removed from the tracker once they have been reported to the Panel as complete.")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------------------
# 5. Northumberland County Council - fostering service improvement plan (xlsx)
# ---------------------------------------------------------------------------
NLAND_FILE = "zfe-northumberland-county-council-fostering-service-improvement-plan-2024-26.xlsx"
NLAND_TITLE = "Northumberland County Council – Fostering Service Improvement Plan 2024–2026"

# theme -> [ (objective, [ (ref, action, leads, original, revised, prev_rag, current_colour, update) ]) ]
NLAND = [
    ("Theme A: Sufficiency – enough local foster homes", [
        ("A1 Increase the number of mainstream fostering households from 152 to 175 by March 2026", [
            ("A1.1", "Deliver a year-round marketing plan with quarterly targeted campaigns in Blyth, Ashington and Cramlington.",
             "Marketing Lead (Children's Services)", D(2025, 3, 31), D(2025, 9, 30), "Green", "green",
             "Autumn campaign live; 164 households at 30 September."),
            ("A1.2", "Introduce a ‘refer a friend’ payment of £500 for existing foster carers.",
             "HB / TR", D(2024, 12, 1), None, "Amber", "blue",
             "Scheme launched January 2025; 9 referrals led to approval."),
        ]),
        ("A2 Reduce reliance on independent fostering agency placements", [
            ("A2.1", "Review all IFA placements over 12 months old to identify children who could move to in-house carers where this is in their interests.",
             "Placement Commissioning Manager; Team Manager – Children in Care", D(2025, 3, 31), D(2025, 12, 31),
             "Red", "amber",
             "41 of 63 reviews completed; 6 planned moves agreed by IROs."),
        ]),
    ]),
    ("Theme B: Support and retention", [
        ("B1 Foster carers feel well supported and stay with Northumberland", [
            ("B1.1", "Set up a 24/7 out-of-hours support line staffed by experienced foster carers.",
             "Fostering Support Team Manager", D(2025, 1, 1), D(2025, 4, 1), "Green", "blue",
             "Line operational since April 2025."),
            ("B1.2", "Deliver the foster carer learning and development programme, including trauma-informed practice training for all carers.",
             "Learning and Development Lead / Fostering Support Team Manager", D(2026, 3, 31), None, "Green", "green",
             "78% of carers have completed the trauma-informed practice module."),
            ("B1.3", "Carry out exit interviews with every fostering household that leaves the service and report the themes to the Fostering Service Management Team.",
             "Fostering Reviewing Officer", "Ongoing", None, "Amber", "amber",
             "Exit interviews held with 5 of 8 households leaving since April."),
        ]),
    ]),
    ("Theme C: Kinship and connected carers", [
        ("C1 Timely assessment and approval of connected carers", [
            ("C1.1", "Complete Regulation 24 temporary approvals within 16 weeks, extending under Regulation 25 only with Agency Decision Maker sign-off.",
             "Kinship Team Manager", D(2025, 6, 30), D(2025, 11, 30), "Red", "red",
             "Only 58% completed within 16 weeks in Q2; two assessing social worker vacancies."),
            ("C1.2", "Introduce a kinship carer peer support group in each locality (North, Central, South East and West).",
             "Kinship Team Manager", D(2025, 9, 1), None, "Green", "green",
             "Three groups running; West group starts October."),
        ]),
    ]),
    ("Theme D: Quality and compliance", [
        ("D1 Supervising social worker visits and records meet the required standard", [
            ("D1.1", "Introduce a monthly audit of supervising social worker records, with findings fed back through supervision.",
             "Senior Practitioner (Fostering Quality Assurance)", D(2025, 7, 1), None, "Amber", "green",
             "Audits running monthly since July; 81% of records graded good or better."),
            ("D1.2", "Update the fostering service Statement of Purpose and Children's Guide and submit them to Ofsted.",
             "Service Manager, Fostering and Kinship", D(2025, 7, 31), None, "Green", "blue",
             "Approved by the Cabinet Member and sent to Ofsted on 24 July 2025."),
        ]),
    ]),
]

NLAND_HEADERS = ["Ref", "Objective", "Action", "Lead(s)", "Original target", "Revised target",
                 "Previous RAG (Jun-25)", "Current RAG (Sep-25)", "Progress update"]


def make_northumberland(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = NLAND_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ctrl = [("Plan owner", "Senior Manager – Fostering and Kinship"), ("Version", "4.0"),
            ("Last updated", "30/09/2025"), ("Governance", "Children's Services Improvement Board; Corporate Parenting Panel")]
    for i, (k, v) in enumerate(ctrl, start=2):
        ws.cell(row=i, column=1, value=k).font = Font(bold=True)
        ws.cell(row=i, column=2, value=v)
    hr = 7
    for c, h in enumerate(NLAND_HEADERS, start=1):
        cell = ws.cell(row=hr, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("2F5496")
        cell.alignment = WRAP
        cell.border = BOX
    r = hr + 1
    for theme, objectives in NLAND:
        ws.cell(row=r, column=1, value=theme).font = Font(bold=True)
        for c in range(1, 10):
            ws.cell(row=r, column=c).fill = fill("D9D9D9")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for objective, actions in objectives:
            first = r
            for ref, action, leads, orig, rev, prev, cur, upd in actions:
                vals = [ref, objective if r == first else None, action, leads, orig, rev, prev, None, upd]
                for c, v in enumerate(vals, start=1):
                    cell = ws.cell(row=r, column=c, value=v)
                    cell.alignment = WRAP
                    cell.border = BOX
                for c in (5, 6):
                    v = ws.cell(row=r, column=c).value
                    if isinstance(v, dt.datetime):
                        ws.cell(row=r, column=c).number_format = "mmm-yy" if v.day == 1 else "dd/mm/yyyy"
                ws.cell(row=r, column=7).fill = fill(RAG_FILL[prev.lower()])
                ws.cell(row=r, column=8).fill = fill(RAG_FILL[cur])
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    r += 1
    for colour, meaning in [("blue", "Complete"), ("green", "On track"), ("amber", "At risk – mitigating action in place"),
                            ("red", "Off track – escalated to Improvement Board")]:
        ws.cell(row=r, column=1).fill = fill(RAG_FILL[colour])
        ws.cell(row=r, column=2, value=meaning)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Notes: Revised target dates were agreed by the Fostering Service Management Team; "
                                    "original dates are kept for the audit trail. HB – Fostering Recruitment Manager; "
                                    "TR – Marketing Lead (Children's Services).")
    widths = [8, 34, 52, 30, 14, 14, 12, 12, 44]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A8"
    wb.save(path)


# ---------------------------------------------------------------------------
# 6. Tonbridge and Malling BC - corporate strategy annual delivery plan (xlsx, refuse)
# ---------------------------------------------------------------------------
TMBC_FILE = "zfe-tonbridge-and-malling-bc-corporate-strategy-delivery-plan-2025-26-typo-month-refuse.xlsx"
TMBC_TITLE = "Tonbridge and Malling Borough Council – Corporate Strategy 2023–2027: Annual Delivery Plan 2025/26"

TMBC = [
    ("Priority 1: Efficient services for all our residents, maintaining an effective council", [
        ("1.1", "Launch the new customer portal so that residents can report and track 20 more types of service request online.",
         "Head of IT", D(2025, 12, 1), "On track", "Portal build complete; user testing under way."),
        ("1.2", "Agree a new leisure operating contract for Larkfield Leisure Centre, Angel Centre and Tonbridge Swimming Pool.",
         "Director of Street Scene, Leisure and Technical Services", D(2026, 3, 1), "Amber",
         "Soft market testing found limited interest; options report to Cabinet in January."),
    ]),
    ("Priority 2: Sustaining a borough which cares for the environment", [
        ("2.1", "Publish the updated Climate Change Strategy action plan for 2025–2027.",
         "Climate Change Officer", D(2025, 7, 1), "Complete", "Adopted by Cabinet 8 July 2025."),
        ("2.2", "Roll out food waste collections to the remaining 4,200 flats and houses in multiple occupation.",
         "Waste and Street Scene Manager", "0ct-25", "Red",
         "Delivery of caddies delayed by supplier; rollout now planned for the new year."),
        ("2.3", "Complete the idling-engine enforcement campaign at schools and taxi ranks.",
         "Environmental Protection Team Leader", D(2025, 11, 1), "On track", "Eight schools visited; taxi rank patrols weekly."),
    ]),
    ("Priority 3: Improving housing options for local people whilst protecting our outdoor areas of importance", [
        ("3.1", "Submit the Tonbridge and Malling Local Plan for examination.",
         "Director of Planning, Housing and Environmental Health", D(2026, 6, 1), "On track",
         "Regulation 19 consultation closed 24 September."),
        ("3.2", "Reduce the number of households in nightly-paid temporary accommodation to below 60.",
         "Housing Services Manager", D(2026, 3, 1), "Amber", "68 households at 30 September."),
    ]),
    ("Priority 4: Investing in our local economy to help support residents and businesses and foster sustainable growth", [
        ("4.1", "Deliver the UK Shared Prosperity Fund business support programme for 2025/26.",
         "Economic Regeneration Manager", D(2026, 3, 1), "On track", "32 businesses supported to date."),
        ("4.2", "Complete the Tonbridge town centre public realm improvements on the High Street.",
         "Director of Central Services", D(2026, 2, 1), "On track", "Phase 1 complete; phase 2 starts November."),
    ]),
]

TMBC_HEADERS = ["Ref", "Key action 2025/26", "Lead officer", "Target", "Status", "Q2 commentary"]
TMBC_STATUS_FILL = {"Complete": "blue", "On track": "green", "Amber": "amber", "Red": "red"}


def make_tmbc(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Delivery Plan 2025-26"
    ws["A1"] = TMBC_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Quarter 2 monitoring (to 30 September 2025) – Overview and Scrutiny Committee, 13 November 2025"
    hr = 4
    for c, h in enumerate(TMBC_HEADERS, start=1):
        cell = ws.cell(row=hr, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill("C6E0B4")
        cell.border = BOX
    r = hr + 1
    typo_row = None
    for prio, rows in TMBC:
        ws.cell(row=r, column=1, value=prio).font = Font(bold=True, color="FFFFFF")
        for c in range(1, 7):
            ws.cell(row=r, column=c).fill = fill("375623")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        r += 1
        for ref, action, lead, target, status, comment in rows:
            for c, v in enumerate([ref, action, lead, target, status, comment], start=1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
            if isinstance(target, dt.datetime):
                ws.cell(row=r, column=4).number_format = "mmm-yy"
            else:
                typo_row = r
            ws.cell(row=r, column=5).fill = fill(RAG_FILL[TMBC_STATUS_FILL[status]])
            r += 1
    widths = [6, 60, 36, 10, 11, 48]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    s = wb.create_sheet("Summary")
    s["A1"] = "Summary of status at Quarter 2"
    s["A1"].font = Font(bold=True)
    tally = {}
    for _, rows in TMBC:
        for row in rows:
            tally[row[4]] = tally.get(row[4], 0) + 1
    rr = 2
    for k in ["Complete", "On track", "Amber", "Red"]:
        s.cell(row=rr, column=1, value=k)
        s.cell(row=rr, column=2, value=tally.get(k, 0))
        rr += 1
    s.cell(row=rr, column=1, value="Total").font = Font(bold=True)
    s.cell(row=rr, column=2, value=sum(tally.values())).font = Font(bold=True)
    wb.save(path)
    return typo_row


# ---------------------------------------------------------------------------
# 7. Ceredigion County Council - CIW improvement check (adult services) action plan (docx)
# ---------------------------------------------------------------------------
CERED_FILE = "zfe-ceredigion-county-council-ciw-adult-services-improvement-check-action-plan.docx"
CERED_TITLE = "Ceredigion County Council: CIW Improvement Check of Adult Services – Action Plan"

# section -> [ (area for improvement, [ (ref, action, lead, timescale, progress, rag) ]) ]
CERED = [
    ("1. People – voice and control", [
        ("Carers are not consistently offered an assessment of their own needs, and the outcome of the offer is not always recorded.", [
            ("1.1", "Re-launch the ‘What matters’ conversation guidance for staff, with a mandatory prompt in the case record to offer a carer’s assessment.",
             "Corporate Manager – Porth Gofal", "September 2025",
             "Guidance re-launched at staff briefings; prompt live in WCCIS from 1 September.", "Complete"),
            ("1.2", "Audit 20 case files each quarter to check that carers’ assessments are offered and recorded.",
             "Principal Officer – Quality Assurance", "Quarterly",
             "First audit (October): offer recorded in 14 of 20 files.", "Green"),
        ]),
        ("People do not always receive their assessment and care and support plan in their preferred language.", [
            ("1.3", "Record language preference at first contact and make sure assessments and care and support plans are offered in Welsh or English as the person chooses (the ‘Active Offer’).",
             "Corporate Lead Officer – Porth Cymorth Cynnar; Welsh Language Standards Officer", "31/12/2025",
             "Language field made mandatory; staff Welsh language awareness sessions continuing.", "Amber"),
        ]),
    ]),
    ("2. Prevention", [
        ("Waiting times for occupational therapy assessments are too long.", [
            ("2.1", "Train reablement staff as trusted assessors so that simple equipment can be provided without an occupational therapy assessment.",
             "Lead Occupational Therapist", "November 2025",
             "12 staff trained; equipment issued by trusted assessors in 38 cases.", "Green"),
            ("2.2", "Commission additional occupational therapy capacity to clear assessments that have been waiting for more than 12 weeks.",
             "Corporate Lead Officer – Porth Cynnal", "Oct 2025 – Mar 2026",
             "Agency OT started mid-October; 96 people still waiting over 12 weeks.", "Amber"),
        ]),
    ]),
    ("3. Partnerships and integration", [
        ("Hospital discharge arrangements with Hywel Dda University Health Board lead to delays for people waiting for domiciliary care.", [
            ("3.1", "Agree a joint discharge-to-assess pathway with Hywel Dda University Health Board and monitor delayed discharges weekly.",
             "Statutory Director of Social Services / Director of Operations, Hywel Dda UHB", "Q4 2025/26",
             "Pathway not yet agreed; weekly delayed discharge huddle in place.", "Red"),
            ("3.2", "Recruit 10 FTE additional care workers to the in-house domiciliary care service in the north of the county.",
             "Corporate Manager – Provider Services", "March 2026",
             "4.5 FTE appointed; recruitment event in Aberystwyth planned for January.", "Amber"),
        ]),
    ]),
    ("4. Well-being", [
        ("Adult safeguarding enquiries are not always completed within seven working days.", [
            ("4.1", "Hold a daily safeguarding triage meeting and track compliance with the seven-day timescale on the performance dashboard.",
             "Corporate Manager – Safeguarding", "August 2025",
             "Daily triage in place since July; compliance 93% in Q2.", "Complete"),
            ("4.2", "Deliver refresher training on the Wales Safeguarding Procedures to all adult services practitioners.",
             "Corporate Manager – Safeguarding; Workforce Development Manager", "Ongoing",
             "64% of practitioners trained to date.", "Green"),
        ]),
    ]),
]


def make_ceredigion(path):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    d.add_heading(CERED_TITLE, level=0)
    p = d.add_paragraph()
    run = p.add_run("Cyngor Sir Ceredigion: Gwiriad Gwella AGC o Wasanaethau Oedolion – Cynllun Gweithredu")
    run.italic = True
    d.add_paragraph("Improvement check fieldwork: 12–15 May 2025. CIW letter published: 24 July 2025. "
                    "Plan agreed by Cabinet: 16 September 2025.")
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Document owner", "Statutory Director of Social Services"),
                 ("Plan manager", "Corporate Lead Officer – Porth Gofal"),
                 ("Version / date", "v2.1 – 5 December 2025"),
                 ("Reported to", "Healthier Communities Overview and Scrutiny Committee; Through Age Wellbeing Programme Board")]:
        row = t.add_row()
        row.cells[0].text = k
        row.cells[1].text = v
        shade(row.cells[0], "E2EFD9")
    d.add_heading("Introduction", level=1)
    d.add_paragraph("Care Inspectorate Wales (CIW) carried out an improvement check of adult services in May 2025, "
                    "following up the areas for improvement identified in its 2023 performance evaluation inspection. "
                    "CIW’s letter sets out the areas where further improvement is needed under the four principles of "
                    "the Social Services and Well-being (Wales) Act 2014. This plan sets out our response.")
    hdr = ["Area for improvement identified by CIW", "Ref", "Action", "Lead", "Timescale",
           "Progress (December 2025)", "RAG"]
    for section, afis in CERED:
        d.add_heading(section, level=1)
        tb = d.add_table(rows=1, cols=len(hdr))
        tb.style = "Table Grid"
        for c, h in enumerate(hdr):
            tb.rows[0].cells[c].text = h
        bold_row(tb.rows[0], "E2EFD9")
        for afi, actions in afis:
            first_idx = len(tb.rows)
            for ref, action, lead, when, prog, rag in actions:
                cells = tb.add_row().cells
                vals = [afi if len(tb.rows) - 1 == first_idx else "", ref, action, lead, when, prog, rag]
                for c, v in enumerate(vals):
                    set_cell(cells[c], v)
                shade(cells[6], DOCX_RAG_FILL[rag])
            last_idx = len(tb.rows) - 1
            if last_idx > first_idx:
                top = tb.cell(first_idx, 0)
                top.merge(tb.cell(last_idx, 0))
                # merging keeps empty paragraphs from the lower cells; drop them
                for extra in top.paragraphs[1:]:
                    if not extra.text:
                        extra._element.getparent().remove(extra._element)
    d.add_heading("RAG key", level=2)
    kt = d.add_table(rows=0, cols=2)
    kt.style = "Table Grid"
    for k, v in [("Complete", "Action delivered"), ("Green", "On track"),
                 ("Amber", "Some risk to timescale – mitigation in place"),
                 ("Red", "Off track – escalated to the Through Age Wellbeing Programme Board")]:
        row = kt.add_row()
        row.cells[0].text = k
        row.cells[1].text = v
        shade(row.cells[0], DOCX_RAG_FILL[k])
    d.save(path)


def main():
    make_somerset(os.path.join(HERE, SOMERSET_FILE))
    make_warwickshire(os.path.join(HERE, WARKS_FILE))
    make_canterbury(os.path.join(HERE, CANT_FILE))
    make_thanet(os.path.join(HERE, THANET_FILE))
    make_northumberland(os.path.join(HERE, NLAND_FILE))
    typo_row = make_tmbc(os.path.join(HERE, TMBC_FILE))
    make_ceredigion(os.path.join(HERE, CERED_FILE))
    print("TMBC typo month on sheet row", typo_row)


if __name__ == "__main__":
    main()
