"""Build the seven ek2- blind test files (set heldout175).

Run with /work/main/.venv/bin/python ek2_make.py  (writes beside this script).
The data for each file is kept in module-level lists so the expected readings
can be checked against exactly the text that goes into the files.
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
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- helpers
def fill(hex_colour):
    return PatternFill("solid", start_color=hex_colour, end_color=hex_colour)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)
WHITE_BOLD = Font(bold=True, color="FFFFFF")

RAG_HEX = {"Blue": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000",
           "Grey": "BFBFBF"}


def d(y, m, day):
    return dt.datetime(y, m, day)


def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    """Write text into a Word cell; '\n' makes separate paragraphs."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(parts[0])
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    for extra in parts[1:]:
        p = cell.add_paragraph()
        r = p.add_run(extra)
        r.bold = bold
        if size:
            r.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, side, Cm(1.5))


def widths(ws, cols):
    for i, w in enumerate(cols, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


# ====================================================================
# 1. North Tyneside Council - ASC CQC assessment improvement plan (xlsx)
# ====================================================================
NT_FILE = "ek2-north-tyneside-council-asc-cqc-assessment-improvement-plan.xlsx"
NT_TITLE = ("North Tyneside Council – Adult Social Care Improvement Plan "
            "(CQC Local Authority Assessment)")

# theme -> list of (quality statement, area for improvement, [actions])
# action: (ref, text, lead, target, previous RAG fill, current RAG fill, update)
NT_PLAN = [
    ("Theme 1: Working with people", [
        ("QS1 Assessing needs",
         "People waited too long for Care Act assessments and reviews, with around 1,100 people "
         "awaiting a review at the time of the assessment.",
         [("1.1",
           "Establish a dedicated reviewing team and clear the backlog of overdue annual reviews, "
           "prioritising people in residential care placements out of borough.",
           "Head of Adult Social Care Operations", d(2026, 3, 31), "Amber", "Amber",
           "Team of 6 in post from August. Backlog down from 1,104 to 712; out-of-borough "
           "placements reviewed first."),
          ("1.2",
           "Introduce waiting-list triage and a ‘keeping in touch’ call for everyone waiting more "
           "than 28 days for an assessment.",
           "Service Manager (Integrated Front Door) / Principal Social Worker", d(2025, 9, 30),
           "Green", "Blue",
           "Triage tool live 1 September. Keeping-in-touch calls recorded on LAS."),
          ]),
        ("QS3 Equity in experience and outcomes",
         "Unpaid carers told CQC that carers’ assessments did not always lead to support, and "
         "the number of carers’ assessments completed was low.",
         [("1.3",
           "Co-produce a refreshed Carers’ Strategy with carers and the Carers’ Centre, including "
           "a direct-payment offer for carers’ breaks.",
           "Commissioning Manager (Carers); Carers Lead", "January 2026", "Green", "Green",
           "Three co-production sessions held (41 carers). Draft strategy to Cabinet in January."),
          ]),
    ]),
    ("Theme 2: Providing support", [
        ("QS4 Care provision, integration and continuity",
         "There was limited choice of home care in the rural west of the borough and of "
         "specialist dementia nursing care.",
         [("2.1",
           "Re-tender the home care framework with a rural zone rate and monitor unmet hours "
           "weekly.",
           "Head of Commissioning and Investment", d(2026, 3, 31), "Amber", "Red",
           "Tender delayed by legal challenge; unmet hours 1,350 a week against a target of 500."),
          ("2.2",
           "Agree a dementia nursing market position statement with the ICB and block-book beds "
           "with two providers.",
           "Head of Commissioning and Investment & ICB Place Director", "Q4 2025/26", "Amber",
           "Amber",
           "Market position statement drafted. Negotiations with providers continuing."),
          ]),
    ]),
    ("Theme 3: Ensuring safety within the system", [
        ("QS7 Safeguarding",
         "Safeguarding concerns were not always screened within the council’s 2 working day "
         "standard, and feedback to the people who raised them was inconsistent.",
         [("3.1",
           "Move safeguarding screening into the Integrated Front Door with a daily senior "
           "huddle, and report compliance with the 2 working day standard to the Safeguarding "
           "Adults Board.",
           "Safeguarding Adults Service Manager", d(2025, 12, 31), "Red", "Amber",
           "Screening within 2 days at 78% in October (was 54%)."),
          ("3.2",
           "Introduce a standard outcome letter for everyone who raises a safeguarding concern.",
           "Safeguarding Adults Service Manager", d(2025, 8, 31), "Green", "Blue",
           "Letter in use from 4 August; audited in September."),
          ]),
        ("QS6 Safe systems, pathways and transitions",
         "Young people moving to adult services experienced delays, and planning did not "
         "always start early enough.",
         [("3.3",
           "Set up an all-age Preparing for Adulthood panel with children’s services, meeting "
           "monthly, to track every young person with likely eligible needs from Year 9.",
           "Head of Service – Disabilities and Mental Health / Assistant Director Children’s "
           "Social Care", "June 2026", "Green", "Green",
           "Panel terms of reference agreed; first meeting 12 November."),
          ]),
    ]),
    ("Theme 4: Leadership", [
        ("QS8 Governance, management and sustainability",
         "The council’s performance framework did not give leaders timely oversight of waiting "
         "lists and outcomes for people.",
         [("4.1",
           "Deliver an adult social care performance dashboard, reported monthly to the ASC "
           "Senior Leadership Team and quarterly to the Cabinet Member.",
           "Performance and Intelligence Manager", d(2025, 11, 30), "Green", "Blue",
           "Dashboard live; first quarterly report to Cabinet Member 6 November."),
          ]),
    ]),
]


def make_north_tyneside():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    widths(cov, [22, 16, 30, 48])
    cov["A1"] = "North Tyneside Council"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Adult Social Care Improvement Plan (CQC Local Authority Assessment)"
    cov["A2"].font = Font(bold=True, size=12)
    cov["A3"] = ("CQC assessment report published 20 June 2025 – overall rating: Requires "
                 "improvement")
    cov["A5"] = "Document control"
    cov["A5"].font = BOLD
    rows = [("Version", "Date", "Author", "Changes"),
            ("v1.0", "14/07/2025", "ASC Improvement Lead", "Approved by ASC Senior Leadership Team"),
            ("v1.1", "04/08/2025", "ASC Improvement Lead", "Cabinet comments added"),
            ("v1.3", "07/11/2025", "ASC Improvement Lead", "Quarter 2 update")]
    for i, row in enumerate(rows, start=6):
        for j, v in enumerate(row, start=1):
            c = cov.cell(row=i, column=j, value=v)
            c.border = BOX
            if i == 6:
                c.font = BOLD
                c.fill = fill("D9E1F2")
    cov["A12"] = "RAG key"
    cov["A12"].font = BOLD
    key = [("Blue", "Complete – action delivered and evidenced"),
           ("Green", "On track – will be delivered by the target date"),
           ("Amber", "Some slippage – risk to target date, mitigation in place"),
           ("Red", "Off track – target date will be missed, escalation needed")]
    for i, (colour, meaning) in enumerate(key, start=13):
        c = cov.cell(row=i, column=1)
        c.fill = fill(RAG_HEX[colour])
        c.border = BOX
        cov.cell(row=i, column=2, value=meaning)
    cov["A18"] = "RAG ratings on the plan are shown by cell colour only."

    ws = wb.create_sheet("Improvement Plan")
    widths(ws, [7, 26, 40, 52, 30, 13, 11, 11, 46])
    ws["A1"] = NT_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Position at 31 October 2025 – Adult Social Care, Health and Wellbeing "
                "Sub-committee, 24 November 2025")
    heads = ["Ref", "CQC quality statement", "Area for improvement (CQC report)", "Action",
             "Lead officer(s)", "Target date", "Previous RAG (Q1)", "Current RAG (Q2)",
             "Progress update"]
    r = 4
    for j, h in enumerate(heads, start=1):
        c = ws.cell(row=r, column=j, value=h)
        c.font = WHITE_BOLD
        c.fill = fill("1F3864")
        c.alignment = WRAP
        c.border = BOX
    ws.freeze_panes = "A5"
    r = 5
    for theme, groups in NT_PLAN:
        ws.cell(row=r, column=1, value=theme).font = BOLD
        for j in range(1, 10):
            ws.cell(row=r, column=j).fill = fill("D9E1F2")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for qs, afi, actions in groups:
            first = r
            for ref, text, lead, target, prev, cur, upd in actions:
                ws.cell(row=r, column=1, value=ref)
                ws.cell(row=r, column=4, value=text)
                ws.cell(row=r, column=5, value=lead)
                c = ws.cell(row=r, column=6, value=target)
                if isinstance(target, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
                ws.cell(row=r, column=7).fill = fill(RAG_HEX[prev])
                ws.cell(row=r, column=8).fill = fill(RAG_HEX[cur])
                ws.cell(row=r, column=9, value=upd)
                for j in range(1, 10):
                    ws.cell(row=r, column=j).alignment = WRAP
                    ws.cell(row=r, column=j).border = BOX
                r += 1
            ws.cell(row=first, column=2, value=qs)
            ws.cell(row=first, column=3, value=afi)
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
                ws.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
    r += 1
    ws.cell(row=r, column=1, value="Notes: target dates are those agreed with the DASS in "
            "July 2025. Previous RAG is the position reported at the end of Quarter 1 "
            "(30 June 2025).")

    sm = wb.create_sheet("Summary")
    widths(sm, [44, 10, 10, 10, 10, 10])
    sm["A1"] = "Summary of current RAG by theme (Q2 2025/26)"
    sm["A1"].font = BOLD
    hdr = ["Theme", "Actions", "Blue", "Green", "Amber", "Red"]
    for j, h in enumerate(hdr, start=1):
        c = sm.cell(row=3, column=j, value=h)
        c.font = BOLD
        c.border = BOX
    rr = 4
    tot = [0, 0, 0, 0, 0]
    for theme, groups in NT_PLAN:
        cnt = {"Blue": 0, "Green": 0, "Amber": 0, "Red": 0}
        n = 0
        for _qs, _afi, actions in groups:
            for a in actions:
                cnt[a[5]] += 1
                n += 1
        vals = [theme, n, cnt["Blue"], cnt["Green"], cnt["Amber"], cnt["Red"]]
        for j, v in enumerate(vals, start=1):
            sm.cell(row=rr, column=j, value=v).border = BOX
        for k in range(5):
            tot[k] += vals[k + 1]
        rr += 1
    for j, v in enumerate(["Total"] + tot, start=1):
        c = sm.cell(row=rr, column=j, value=v)
        c.font = BOLD
        c.border = BOX
    wb.save(out(NT_FILE))


# ====================================================================
# 2. London Fire Brigade - Grenfell Tower Inquiry Phase 2 tracker (xlsx, refuse)
# ====================================================================
LFB_FILE = ("ek2-london-fire-brigade-grenfell-phase-2-recommendations-tracker-"
            "typo-month-refuse.xlsx")
LFB_TITLE = ("London Fire Brigade – Grenfell Tower Inquiry Phase 2 Report: "
             "Recommendations Implementation Tracker")
LFB_TYPO_ROW = 9
# (GTI ref, area, inquiry recommendation (summary), LFB action, owner, target, status, commentary)
LFB_ROWS = [
    ("113.43", "Incident command",
     "Review the training of incident commanders for fires in high-rise residential buildings.",
     "Deliver the revised high-rise incident command course to all station and group managers.",
     "Assistant Commissioner – Training and Professional Development", "March 2026", "Green",
     "412 of 530 managers trained (78%)."),
    ("113.44", "Control",
     "Improve the flow of information between the control room and the incident ground.",
     "Roll out digital sharing of fire survival guidance calls between Control and the command "
     "unit at all high-rise incidents.",
     "Assistant Commissioner – Control and Mobilising", "September 2025", "Complete",
     "Live across all command units since 8 September 2025."),
    ("113.45", "Operational risk information",
     "Maintain a single, accurate record of operational risk information for high-rise "
     "residential buildings.",
     "Migrate all premises risk information records for high-rise residential buildings to the "
     "new operational risk database.",
     "Head of Operational Risk", "June 2026", "Amber",
     "Data cleansing taking longer than planned; 61% migrated."),
    ("113.46", "Operational risk information",
     "Make building information from responsible persons available to crews en route.",
     "Provide mobile data terminal access to Secure Information Boxes data received under the "
     "Fire Safety (England) Regulations 2022.",
     "Head of Operational Risk / Head of Digital Services", "December 2025", "Green",
     "Supplier testing complete; go-live planned for 1 December."),
    ("113.47", "Organisational learning",
     "Ensure that lessons from major incidents are captured and acted on.",
     "Establish an Organisational Learning Board reporting quarterly to the Commissioner’s "
     "Board.",
     "Deputy Commissioner", "Decmber 2025", "Green",
     "Terms of reference drafted; first meeting being scheduled."),
    ("113.48", "Evacuation",
     "Develop policies for the partial or total evacuation of high-rise residential buildings.",
     "Publish a revised evacuation and rescue policy and train all crews in its use.",
     "Assistant Commissioner – Operational Policy", "April 2026", "Amber",
     "Policy approved; training starts in January."),
    ("113.49", "Culture",
     "Address the culture of the Brigade so that staff feel able to challenge and learn.",
     "Embed the Brigade’s values and behaviours framework in all promotion and appraisal "
     "processes.",
     "Director of People", "Ongoing", "Green",
     "Included in the 2025/26 promotion round."),
    ("113.50", "Equipment",
     "Ensure that communications equipment works reliably in high-rise buildings.",
     "Complete the rollout of new breathing apparatus communications sets to all stations.",
     "Head of Fleet and Equipment", "May 2025", "Complete",
     "Rollout completed 23 May 2025."),
]


def make_lfb():
    wb = Workbook()
    ws = wb.active
    ws.title = "GTI Phase 2 tracker"
    widths(ws, [9, 20, 44, 50, 34, 15, 12, 40])
    ws["A1"] = LFB_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Grenfell Tower Inquiry Implementation Board – February 2026 "
                "(position at 31 January 2026)")
    heads = ["GTI ref", "Area", "Inquiry recommendation (summary)", "LFB action",
             "Action owner", "Target date", "Status", "Commentary"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = WHITE_BOLD
        c.fill = fill("C00000")
        c.alignment = WRAP
        c.border = BOX
    status_fill = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    for i, row in enumerate(LFB_ROWS, start=5):
        for j, v in enumerate(row, start=1):
            c = ws.cell(row=i, column=j, value=v)
            c.alignment = WRAP
            c.border = BOX
        ws.cell(row=i, column=7).fill = fill(status_fill[row[6]])
    assert ws.cell(row=LFB_TYPO_ROW, column=6).value == "Decmber 2025"
    n = 5 + len(LFB_ROWS) + 1
    ws.cell(row=n, column=1, value="Recommendations directed to government, the NFCC and "
            "building owners are tracked separately and are not shown here.")

    key = wb.create_sheet("Status key")
    key["A1"] = "Status key"
    key["A1"].font = BOLD
    for i, (s, meaning) in enumerate([
            ("Complete", "Action delivered and assured by the Implementation Board"),
            ("Green", "On track to meet the target date"),
            ("Amber", "At risk – target date may be missed"),
            ("Red", "Off track – target date will be missed")], start=2):
        c = key.cell(row=i, column=1, value=s)
        c.fill = fill(status_fill[s])
        key.cell(row=i, column=2, value=meaning)
    widths(key, [14, 60])
    wb.save(out(LFB_FILE))


# ====================================================================
# 3. Shropshire Council - external audit VFM recommendations (xlsx)
# ====================================================================
SH_FILE = "ek2-shropshire-council-external-audit-vfm-recommendations-action-plan.xlsx"
SH_TITLE = ("Shropshire Council – External Audit Value for Money Recommendations: Action Plan "
            "(Auditor’s Annual Report 2023/24)")
# section -> list of (criterion, recommendation, [actions]); action:
# (ref, text, responsible officer, original date, revised date, status, update)
SH_PLAN = [
    ("Significant weakness – key recommendations", [
        ("Financial sustainability",
         "KR1: The Council must identify and deliver recurrent savings to close the remaining "
         "budget gap for 2025/26 and rebuild its general fund reserves to a sustainable level.",
         [("KR1.1",
           "Establish a Financial Recovery Board chaired by the Chief Executive, meeting "
           "fortnightly, to track delivery of every savings proposal over £250k.",
           "Chief Executive", d(2025, 7, 31), None, "Complete",
           "Board in place since May 2025; tracker reported to every meeting."),
          ("KR1.2",
           "Set out a reserves rebuilding strategy in the 2026/27 Medium Term Financial "
           "Strategy, with a minimum general fund balance of £15m by March 2028.",
           "Executive Director of Resources (S151 Officer)", d(2026, 2, 28), None, "Green",
           "Strategy included in the draft MTFS presented to Cabinet in January 2026."),
          ("KR1.3",
           "Replace unachievable 2024/25 savings with recurrent alternatives and report a "
           "RAG-rated savings tracker to Cabinet monthly.",
           "Assistant Director – Finance and Technology; Service Directors", d(2025, 9, 30),
           d(2026, 3, 31), "Amber",
           "£9.4m of £14.2m replaced. Remaining proposals go to Cabinet in March 2026."),
          ]),
        ("Financial sustainability",
         "KR2: The Council should strengthen its oversight of demand-led budgets in adult and "
         "children’s social care, including external placements.",
         [("KR2.1",
           "Introduce a monthly joint finance and social care demand review with "
           "activity-based forecasting for placements.",
           "Executive Director of People / Executive Director of Resources (S151 Officer)",
           d(2025, 10, 31), d(2026, 4, 30), "Red",
           "Forecasting model delayed by the social care system upgrade."),
          ]),
    ]),
    ("Improvement recommendations", [
        ("Governance",
         "IR1: The Council should ensure that the strategic risk register is reviewed by Cabinet "
         "at least quarterly and that risk owners update mitigations on time.",
         [("IR1",
           "Move the strategic risk register onto the new risk management system and schedule "
           "quarterly Cabinet reviews.",
           "Risk Management and Insurance Manager", d(2025, 6, 30), None, "Complete",
           "First quarterly Cabinet review held 9 July 2025."),
          ]),
        ("Governance",
         "IR2: Members should receive training on treasury management and commercial "
         "investment decisions.",
         [("IR2",
           "Deliver a treasury management and commercial investment training session for all "
           "Audit and Governance Committee and Cabinet members.",
           "Treasury Manager", d(2026, 1, 31), None, "Not started",
           "Session to be booked with the Council’s treasury advisers."),
          ]),
        ("Improving economy, efficiency and effectiveness",
         "IR3: The Council should set out how it will measure the benefits of its "
         "transformation programme.",
         [("IR3",
           "Agree a benefits realisation framework for the transformation programme, with "
           "baseline measures for each workstream.",
           "Head of Transformation", d(2025, 12, 31), d(2026, 5, 31), "Green",
           "Framework agreed; baselines being set with workstream leads."),
          ]),
    ]),
]

SH_STATUS_FILL = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000",
                  "Not started": "FFFFFF"}


def make_shropshire():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    widths(sm, [46, 10, 11, 9, 9, 9, 12])
    sm["A1"] = "Shropshire Council – External Audit VFM Recommendations: Summary"
    sm["A1"].font = Font(bold=True, size=12)
    sm["A2"] = "Audit and Governance Committee – 26 March 2026"
    hdr = ["Recommendation type", "Actions", "Complete", "Green", "Amber", "Red",
           "Not started"]
    for j, h in enumerate(hdr, start=1):
        c = sm.cell(row=4, column=j, value=h)
        c.font = BOLD
        c.border = BOX
    rr = 5
    totals = [0] * 6
    for section, recs in SH_PLAN:
        cnt = {k: 0 for k in SH_STATUS_FILL}
        n = 0
        for _c, _r, acts in recs:
            for a in acts:
                cnt[a[5]] += 1
                n += 1
        vals = [section, n, cnt["Complete"], cnt["Green"], cnt["Amber"], cnt["Red"],
                cnt["Not started"]]
        for j, v in enumerate(vals, start=1):
            sm.cell(row=rr, column=j, value=v).border = BOX
        for k in range(6):
            totals[k] += vals[k + 1]
        rr += 1
    for j, v in enumerate(["Total"] + totals, start=1):
        c = sm.cell(row=rr, column=j, value=v)
        c.font = BOLD
        c.border = BOX
    sm.cell(row=rr + 2, column=1,
            value="Source: Grant Thornton, Auditor’s Annual Report 2023/24 (issued February 2025).")

    ws = wb.create_sheet("VFM Action Plan")
    widths(ws, [8, 22, 46, 50, 32, 13, 13, 12, 44])
    ws["A1"] = SH_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Audit and Governance Committee – 26 March 2026. Status: Complete / Green = on "
                "track / Amber = some risk to date / Red = date missed / Not started.")
    heads = ["Ref", "VFM criterion", "Auditor’s recommendation", "Agreed action",
             "Responsible officer", "Original target date", "Revised target date", "Status",
             "Progress update"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = WHITE_BOLD
        c.fill = fill("4B2C6F")
        c.alignment = WRAP
        c.border = BOX
    r = 5
    for section, recs in SH_PLAN:
        ws.cell(row=r, column=1, value=section).font = BOLD
        for j in range(1, 10):
            ws.cell(row=r, column=j).fill = fill("E4DFEC")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for crit, rec, acts in recs:
            first = r
            for ref, text, lead, orig, rev, status, upd in acts:
                vals = [ref, None, None, text, lead, orig, rev, status, upd]
                for j, v in enumerate(vals, start=1):
                    c = ws.cell(row=r, column=j, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                ws.cell(row=r, column=8).fill = fill(SH_STATUS_FILL[status])
                r += 1
            ws.cell(row=first, column=2, value=crit)
            ws.cell(row=first, column=3, value=rec)
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
                ws.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
    ws.freeze_panes = "A5"
    wb.save(out(SH_FILE))


# ====================================================================
# 4. Ceredigion County Council - Audit Wales recommendations progress (docx)
# ====================================================================
CER_FILE = "ek2-ceredigion-county-council-audit-wales-recommendations-progress-report.docx"
CER_TITLE = "Audit Wales Recommendations – Progress Report"
# report heading -> rows: (ref, recommendation, action, responsible, completion, status)
# consecutive rows with the same ref share one (merged) recommendation cell
CER_REPORTS = [
    ("1. Digital Strategy Review (Audit Wales, issued October 2023)", [
        ("R1",
         "The Council should set out how it will resource the delivery of its Digital Strategy, "
         "including the skills it needs.",
         "Produce a costed Digital Strategy delivery plan identifying the skills and funding "
         "required, and present it to Leadership Group.",
         "Corporate Lead Officer – Customer Contact", "March 2024", "Complete"),
        ("R2",
         "The Council should develop measures to assess whether its Digital Strategy is "
         "achieving its intended outcomes.",
         "Define outcome measures for each Digital Strategy theme and include them in the "
         "quarterly Corporate Performance Management report.",
         "Corporate Performance and Improvement Manager", "December 2025", "Complete"),
    ]),
    ("2. Strategic Asset Management (Audit Wales, issued June 2023)", [
        ("R1",
         "The Council should strengthen its understanding of the condition and use of its assets "
         "by completing its asset data review.",
         "Complete condition surveys of the remaining 46 operational buildings and load the "
         "results into the asset management system.",
         "Corporate Lead Officer – Economy and Regeneration", "31 March 2025", "Complete"),
        ("R2",
         "The Council should involve service users and partners in shaping its future asset "
         "needs.",
         "Include asset questions in the 2025 budget consultation and hold two partner "
         "workshops through the Public Services Board.",
         "Corporate Manager – Estates / Partnerships Manager", "July 2025", "Complete"),
        ("R3",
         "The Council should report the benefits of asset rationalisation to members.",
         "Add an annual asset rationalisation benefits report to the Cabinet forward work "
         "programme.",
         "Corporate Manager – Estates", "Q4 2025/26", "On track"),
    ]),
    ("3. Financial Sustainability Review (Audit Wales, issued February 2025)", [
        ("R1",
         "The Council should develop a medium-term savings plan that shows how it will close "
         "its projected budget gap.",
         "Agree a three-year savings programme with Leadership Group and Cabinet as part of the "
         "2026/27 budget.",
         "Corporate Lead Officer – Finance and Procurement (S151)", "February 2026", "On track"),
        ("R1",
         "The Council should develop a medium-term savings plan that shows how it will close "
         "its projected budget gap.",
         "Report savings delivery each quarter to the Overview and Scrutiny Co-ordinating "
         "Committee.",
         "Corporate Lead Officer – Finance and Procurement (S151)", "Ongoing", "On track"),
        ("R2",
         "The Council should give members clearer information on the financial risks in its "
         "capital programme.",
         "Include a capital programme risk section in the quarterly budget monitoring report "
         "to Cabinet.",
         "Capital Accountant", "June 2026", "Not started"),
    ]),
]
CER_STATUS_FILL = {"Complete": "9DC3E6", "On track": "A9D08E", "Not started": "FFFFFF"}


def make_ceredigion():
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    r = p.add_run("Ceredigion County Council")
    r.bold = True
    r.font.size = Pt(14)
    doc.add_paragraph(CER_TITLE, style="Title")
    doc.add_paragraph("Governance and Audit Committee – 22 January 2026")

    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    info = [("Report author", "Corporate Performance and Improvement Manager"),
            ("Lead officer", "Corporate Lead Officer – Policy, Performance and Public Protection"),
            ("Cabinet portfolio", "Policy, Performance and Partnerships"),
            ("Purpose", "To update the Committee on progress against recommendations made in "
                        "Audit Wales local reports")]
    for i, (a, b) in enumerate(info):
        set_cell(t.cell(i, 0), a, bold=True)
        set_cell(t.cell(i, 1), b)

    doc.add_paragraph()
    doc.add_paragraph(
        "Under section 96 of the Local Government and Elections (Wales) Act 2021 the Council "
        "must respond to recommendations made by the Auditor General. The tables below set out "
        "the Council’s agreed response to each Audit Wales local report and the position at "
        "31 December 2025. Recommendations reported as complete at the previous Committee have "
        "been removed.")

    heads = ["Ref", "Audit Wales recommendation", "Council response / planned action",
             "Responsible officer", "Completion date", "Status"]
    for heading, rows in CER_REPORTS:
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=1 + len(rows), cols=6)
        t.style = "Table Grid"
        for j, h in enumerate(heads):
            set_cell(t.cell(0, j), h, bold=True)
            shade(t.cell(0, j), "D9D9D9")
        i = 1
        while i <= len(rows):
            ref, rec = rows[i - 1][0], rows[i - 1][1]
            k = i
            while k < len(rows) and rows[k][0] == ref and rows[k][1] == rec:
                k += 1
            # rows i..k (1-based within data) share the recommendation
            for rr in range(i, k + 1):
                _ref, _rec, act, resp, date, status = rows[rr - 1]
                set_cell(t.cell(rr, 2), act)
                set_cell(t.cell(rr, 3), resp)
                set_cell(t.cell(rr, 4), date)
                set_cell(t.cell(rr, 5), status)
                shade(t.cell(rr, 5), CER_STATUS_FILL[status])
            if k > i:
                a = t.cell(i, 0).merge(t.cell(k, 0))
                b = t.cell(i, 1).merge(t.cell(k, 1))
            else:
                a, b = t.cell(i, 0), t.cell(i, 1)
            set_cell(a, ref)
            set_cell(b, rec)
            i = k + 1
        doc.add_paragraph()

    doc.add_paragraph("Status key: Complete – action implemented and evidence held; On track – "
                      "progressing within the agreed timescale; Behind schedule – the completion "
                      "date will not be met; Not started – work not yet begun.")
    doc.save(out(CER_FILE))


# ====================================================================
# 5. Newport City Council - Estyn LGES post-inspection action plan (docx)
# ====================================================================
NEW_FILE = ("ek2-newport-city-council-estyn-local-government-education-services-"
            "post-inspection-action-plan.docx")
NEW_TITLE = "Newport City Council – Post-Inspection Action Plan (PIAP)"
# recommendation -> rows (ref, action, success criteria, lead, timescale, RAG letter)
NEW_PLAN = [
    ("R1: Improve the consistency and rigour of self-evaluation across education services so "
     "that it informs improvement planning", [
         ("1.1",
          "Introduce a common self-evaluation framework and calendar for all education teams, "
          "aligned to the Council’s corporate planning cycle.",
          "All teams complete a self-evaluation by July 2025; findings referenced in 2025-26 "
          "service plans.",
          "Chief Education Officer", "July 2025", "B"),
         ("1.2",
          "Train middle leaders in evaluating the impact of their work.\n"
          "Senior leaders quality assure a sample of evaluations each term.",
          "All middle leaders trained; QA shows evaluations focus on impact rather than "
          "activity.",
          "Assistant Head of Education (Achievement) / Education Improvement Manager",
          "Autumn term 2025", "G"),
     ]),
    ("R2: Strengthen the strategic planning of provision for pupils with additional learning "
     "needs (ALN)", [
         ("2.1",
          "Complete a sufficiency review of specialist places, including learning resource "
          "bases, and agree a five-year ALN provision plan.",
          "Provision plan approved by Cabinet; places commissioned match forecast demand.",
          "Head of Inclusion", "December 2025", "A"),
         ("2.2",
          "Reduce the time taken to issue local authority individual development plans (IDPs) "
          "to within the statutory 12 weeks.",
          "At least 90% of LA IDPs issued within 12 weeks for two consecutive terms.",
          "ALN Manager", "March 2026", "R"),
         ("2.3",
          "Publish clear guidance for schools and parents on how the local authority decides "
          "whether it is responsible for maintaining an IDP.",
          "Guidance published on the Council website and shared with all ALNCos.",
          "ALN Manager & Principal Educational Psychologist", "Summer term 2025", "B"),
     ]),
    ("R3: Reduce persistent absence among secondary-aged pupils, particularly those eligible "
     "for free school meals", [
         ("3.1",
          "Deploy Education Welfare Officers to the five secondary schools with the highest "
          "rates of persistent absence, with fortnightly attendance panels.",
          "Persistent absence in the five schools reduced by 5 percentage points by July 2026.",
          "Education Welfare Service Manager", "September 2025", "G"),
         ("3.2",
          "Run a family engagement campaign with the Families First team targeting families of "
          "pupils eligible for free school meals.",
          "Attendance gap between eFSM and non-eFSM pupils narrows each term.",
          "Head of Inclusion / Families First Manager", "Ongoing", "G"),
     ]),
]
NEW_RAG_FILL = {"B": "5B9BD5", "G": "70AD47", "A": "FFC000", "R": "FF0000"}


def make_newport():
    doc = Document()
    landscape(doc)
    doc.add_heading(NEW_TITLE, level=1)
    doc.add_paragraph("Estyn inspection of local government education services, February 2025 "
                      "(report published 15 April 2025)")
    doc.add_paragraph("Progress update for the People Scrutiny Committee – 20 January 2026")

    vt = doc.add_table(rows=4, cols=3)
    vt.style = "Table Grid"
    vrows = [("Version", "Date", "Approved by"),
             ("1.0", "June 2025", "Cabinet – 18 June 2025"),
             ("1.1", "October 2025", "Education Senior Leadership Team"),
             ("1.2", "January 2026", "Education Senior Leadership Team")]
    for i, row in enumerate(vrows):
        for j, v in enumerate(row):
            set_cell(vt.cell(i, j), v, bold=(i == 0))
    doc.add_paragraph()
    doc.add_paragraph("RAG key: B = complete; G = on track; A = some slippage; R = significant "
                      "concern / not on track.")

    heads = ["Ref", "Actions", "Success criteria", "Lead", "Timescale", "RAG"]
    for rec, rows in NEW_PLAN:
        doc.add_paragraph()
        t = doc.add_table(rows=2 + len(rows), cols=6)
        t.style = "Table Grid"
        top = t.cell(0, 0).merge(t.cell(0, 5))
        set_cell(top, rec, bold=True)
        shade(top, "DEEAF6")
        for j, h in enumerate(heads):
            set_cell(t.cell(1, j), h, bold=True)
        for i, (ref, act, sc, lead, when, rag) in enumerate(rows, start=2):
            for j, v in enumerate([ref, act, sc, lead, when, rag]):
                set_cell(t.cell(i, j), v)
            shade(t.cell(i, 5), NEW_RAG_FILL[rag])
    doc.add_paragraph()
    doc.add_paragraph("The PIAP will be monitored by the Education Senior Leadership Team each "
                      "half term and reported to People Scrutiny Committee twice a year.")
    doc.save(out(NEW_FILE))


# ====================================================================
# 6. Renfrewshire Council - Best Value improvement actions tracker (csv)
# ====================================================================
REN_FILE = "ek2-renfrewshire-council-best-value-improvement-actions-tracker.csv"
REN_TITLE = "Renfrewshire Council - Best Value Improvement Actions Tracker"
# section -> rows (ref, issue/risk, recommendation, action, officer, agreed, revised, status, update)
REN_PLAN = [
    ("Best Value thematic report 2022/23: Leadership of the development of new local strategic "
     "priorities", [
         ("BV23-01", "Outcome measures",
          "The Council should set out clear, measurable outcomes for each of its strategic "
          "priorities in the Council Plan.",
          "Develop a Council Plan performance framework with outcome measures and targets for "
          "each strategic outcome; report six-monthly to the Leadership Board.",
          "Head of Policy and Partnerships", "March 2024", "", "Complete",
          "Framework approved by Leadership Board 28 February 2024."),
         ("BV23-02", "Community engagement",
          "The Council should make sure community engagement informs its priorities and report "
          "back to communities on what it has done.",
          "Refresh the Community Engagement Framework.\n"
          "Publish an annual 'You said, we did' report.",
          "Head of Policy and Partnerships; Community Learning and Development Manager",
          "June 2024", "December 2025", "Complete",
          "Framework refreshed; first 'You said, we did' report published December 2025."),
         ("BV23-03", "Elected member involvement",
          "Elected members should have more opportunities to be involved in developing the "
          "Council's priorities.",
          "Hold cross-party workshops on Council Plan priorities each year ahead of the budget "
          "process.",
          "Chief Executive", "Annually", "", "Green",
          "Second workshop held October 2025."),
     ]),
    ("Best Value thematic report 2023/24: Workforce innovation", [
        ("BV24-01", "Workforce planning",
         "The Council should complete its strategic workforce plan, linking workforce needs to "
         "its financial plans.",
         "Approve the Strategic Workforce Plan 2025-2028, with service workforce plans aligned "
         "to the medium-term financial outlook.",
         "Head of People and Organisational Development", "31/03/2025", "30/09/2025",
         "Complete", "Plan approved by Finance, Resources and Customer Services Policy Board."),
        ("BV24-02", "Hybrid working",
         "The Council should measure the impact of hybrid working on productivity and service "
         "quality.",
         "Survey staff and service managers on hybrid working and agree productivity measures "
         "for three pilot services.",
         "Head of People and Organisational Development", "31/12/2025", "", "Amber",
         "Survey complete (62% response). Measures for pilot services still being agreed."),
        ("BV24-03", "Digital skills",
         "The Council should develop a digital skills programme so that staff can make the most "
         "of new technology.",
         "Launch a digital skills academy with e-learning modules and digital champions in every "
         "service, prioritising frontline staff without regular PC access.",
         "Head of Digital Services & Head of People and Organisational Development",
         "30/06/2026", "", "Green", "Twelve digital champions trained; e-learning live."),
        ("BV24-04", "Recruitment to hard-to-fill roles",
         "The Council should work with partners to address recruitment pressures in "
         "hard-to-fill roles.",
         "Develop a joint recruitment campaign with Renfrewshire HSCP for social care and "
         "occupational therapy posts.",
         "Chief Officer, Renfrewshire HSCP", "Q1 2026/27", "", "Not started", ""),
    ]),
]


def csv_field(v):
    v = "" if v is None else str(v)
    if any(ch in v for ch in [",", '"', "\n"]):
        return '"' + v.replace('"', '""') + '"'
    return v


def make_renfrewshire():
    ncol = 9
    lines = []

    def row(vals):
        vals = list(vals) + [""] * (ncol - len(vals))
        lines.append(",".join(csv_field(v) for v in vals))

    row([REN_TITLE])
    row(["Audit, Risk and Scrutiny Board - 9 March 2026 - Appendix 2: position at 13 February "
         "2026"])
    row([])
    row(["Ref", "Issue/risk", "Recommendation", "Agreed management action",
         "Responsible officer", "Agreed date", "Revised date", "Status", "Progress update"])
    total = {"Complete": 0, "Green": 0, "Amber": 0, "Red": 0, "Not started": 0}
    for section, rows in REN_PLAN:
        row([section])
        for r in rows:
            row(r)
            total[r[7]] += 1
    row([])
    n = sum(total.values())
    row([f"Total actions: {n} (Complete {total['Complete']}; Green {total['Green']}; "
         f"Amber {total['Amber']}; Red {total['Red']}; Not started {total['Not started']})"])
    with open(out(REN_FILE), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ====================================================================
# 7. Tower Hamlets - RSH regulatory judgement housing improvement plan (txt, tab-separated)
# ====================================================================
TH_FILE = ("ek2-tower-hamlets-council-rsh-regulatory-judgement-housing-improvement-plan.txt")
TH_TITLE = ("London Borough of Tower Hamlets – Housing Improvement Plan (Regulator of Social "
            "Housing C3 judgement)")
# standard -> rows (no, finding or "", action, lead, deadline, RAG, progress)
TH_PLAN = [
    ("1. Safety and Quality Standard", [
        ("1.1", "The council did not have up-to-date stock condition data for around 40% of its "
                "homes.",
         "Commission stock condition surveys for all homes without a survey in the last five "
         "years.",
         "Director of Housing Asset Management", "March 2026", "G",
         "7,900 of 11,200 surveys completed."),
        ("1.2", "",
         "Load survey data into the asset management system and produce a 30-year investment "
         "profile.",
         "Head of Asset Strategy", "Q2 2026/27", "A",
         "System configuration behind schedule."),
        ("1.3", "Over 1,200 fire risk assessment actions were overdue, including high-risk "
                "actions.",
         "Clear all overdue high-risk FRA actions and report weekly to the Building Safety "
         "Board.",
         "Head of Building Safety", "31/10/2025", "C",
         "All 214 high-risk actions closed and verified."),
        ("1.4", "",
         "Clear the remaining overdue medium- and low-risk FRA actions.",
         "Head of Building Safety", "31/03/2026", "R",
         "612 actions still open; contractor capacity is the main constraint."),
        ("1.5", "Damp and mould cases were not consistently tracked through to resolution.",
         "Introduce a damp and mould case management module with a follow-up inspection at "
         "six weeks.",
         "Head of Repairs / Head of Customer Services", "January 2026", "G",
         "Module in user testing."),
    ]),
    ("2. Transparency, Influence and Accountability Standard", [
        ("2.1", "The council had not collected or published Tenant Satisfaction Measures as "
                "required.",
         "Publish the 2024/25 Tenant Satisfaction Measures and submit them to the Regulator.",
         "Head of Housing Performance", "30/06/2025", "C",
         "Published 27 June 2025."),
        ("2.2", "Complaints were not handled within the Housing Ombudsman Complaint Handling "
                "Code timescales.",
         "Recruit four additional complaint investigators and introduce a stage 1 response "
         "tracker reviewed weekly by the Housing DMT.",
         "Head of Customer Feedback", "December 2025", "A",
         "Three of four posts filled; stage 1 on time 71% (target 95%)."),
        ("2.3", "",
         "Report housing performance, including TSMs and complaints, to every meeting of the "
         "Housing Management Committee.",
         "Director of Housing Management", "Ongoing", "G",
         "Standing item from September 2025."),
    ]),
]


def make_tower_hamlets():
    lines = [TH_TITLE,
             "Housing and Regeneration Scrutiny Sub-Committee – 15 December 2025 – progress to "
             "30 November 2025",
             "",
             "Key: G = on track; A = at risk of slipping; R = off track / deadline missed; "
             "C = complete",
             "",
             "\t".join(["No.", "Regulator's finding", "Action", "Accountable lead", "Deadline",
                        "RAG", "Progress this period"])]
    for std, rows in TH_PLAN:
        lines.append(std + "\t" * 6)
        for r in rows:
            lines.append("\t".join(r))
    lines.append("")
    lines.append("Source: housing improvement plan tracker (exported from Excel, tab-separated).")
    with open(out(TH_FILE), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_north_tyneside()
    make_lfb()
    make_shropshire()
    make_ceredigion()
    make_newport()
    make_renfrewshire()
    make_tower_hamlets()
    print("ok")
