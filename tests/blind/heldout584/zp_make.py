"""Build the seven zp- cases of heldout584 (data files and their expected readings).

Run with /work/main/.venv/bin/python zp_make.py from any directory.
Only files starting zp- are written.
"""
import csv
import datetime as dt
import os

import yaml
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE, GREY = "FF0000", "FFC000", "00B050", "00B0F0", "D9D9D9"
FILL = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def d(y, m, day):
    return dt.datetime(y, m, day)


class Quoted(str):
    pass


yaml.SafeDumper.add_representer(
    Quoted, lambda dumper, v: dumper.represent_scalar("tag:yaml.org,2002:str", str(v), style='"'))


def write_expected(name, data):
    for a in data.get("actions", []):
        if a["end"] is not None:
            a["end"] = Quoted(a["end"])
        if a["ref"] is not None:
            a["ref"] = Quoted(a["ref"])
    path = os.path.join(HERE, name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as f:
        yaml.safe_dump(data, f, sort_keys=False, allow_unicode=True, width=100000,
                       default_flow_style=False)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


# ---------------------------------------------------------------------------
# 1. Saint Michael's Hospice (Harrogate) - CQC inspection action plan (xlsx)
# ---------------------------------------------------------------------------
def hospice():
    name = "zp-saint-michaels-hospice-harrogate-cqc-inspection-action-plan.xlsx"
    title = "Saint Michael's Hospice (Harrogate) – CQC Inspection Action Plan"
    safe = "Key question: Safe"
    eff = "Key question: Effective"
    wl = "Key question: Well-led"
    m1 = ("MUST: The provider must ensure the proper and safe management of controlled drugs on the "
          "inpatient unit, including timely stock checks. (Regulation 12 Safe care and treatment)")
    m2 = ("MUST: The provider must ensure that risks to people from falls are assessed, reviewed after "
          "each fall and reflected in care plans. (Regulation 12 Safe care and treatment)")
    s1 = ("SHOULD: The provider should ensure that mental capacity assessments are consistently recorded "
          "where a person may lack capacity to consent to care and treatment.")
    s2 = ("SHOULD: The provider should ensure that learning from incidents is shared with staff in the "
          "Hospice at Home team.")
    s3 = ("SHOULD: The provider should ensure that the board of trustees receives regular assurance about "
          "staff completion of mandatory training.")
    # (ref, finding, action, lead, original, revised, prev, current-fill, progress)
    rows = [
        ("section", safe),
        ("M1.1", m1,
         "Introduce twice-daily controlled drug stock checks on the IPU, signed by two registered nurses "
         "and countersigned by the nurse in charge.",
         "Ward Manager (IPU)", d(2024, 5, 31), None, "A", "B",
         "Checks in place from 20/05/2024. Spot audits Jun–Sep 2024 show 100% compliance. "
         "Closed at Q&S Committee October 2024."),
        ("M1.2", m1,
         "Carry out a monthly controlled drugs audit and report the results to the Medicines Management Group.",
         "Lead Pharmacist / Ward Manager (IPU)", d(2024, 6, 30), d(2024, 9, 30), "R", "G",
         "Audit tool agreed with community pharmacy partner in August 2024; monthly audits running since "
         "September."),
        ("M2.1", m2,
         "Revise the falls policy and post-falls protocol so that the falls risk assessment is reviewed "
         "within 24 hours of any fall.",
         "Head of Quality & Patient Safety", d(2024, 7, 31), d(2024, 10, 31), "A", "B",
         "Revised policy approved by Clinical Governance Group 15/10/2024."),
        ("M2.2", m2,
         "Deliver falls prevention training to all IPU registered nurses and healthcare assistants.",
         "Clinical Education Lead", d(2024, 10, 31), d(2025, 5, 31), "A", "A",
         "78% of IPU staff trained at 30/04/2025; remaining sessions booked for May."),
        ("section", eff),
        ("S1.1", s1,
         "Add a two-stage mental capacity assessment template to SystmOne and audit completion quarterly.",
         "Consultant in Palliative Medicine; Head of Quality & Patient Safety", "Sept 2024", "Dec 2024",
         "G", "G", "Template live November 2024. Q4 audit: 91% of applicable records complete."),
        ("S1.2", s1,
         "Include the Mental Capacity Act and DoLS in mandatory training for all clinical staff, with an "
         "annual refresher.",
         "Clinical Education Lead", d(2024, 12, 31), None, "G", "G",
         "Module added to the mandatory training matrix January 2025; compliance 84%."),
        ("section", wl),
        ("S2.1", s2,
         "Add a standing 'Learning from incidents' item to the monthly Hospice at Home team meeting.",
         "Hospice at Home Team Leader", d(2024, 6, 30), None, "G", "B",
         "Standing item since June 2024 meeting; minutes sampled."),
        ("S3.1", s3,
         "Report mandatory training compliance by team in the quarterly Quality & Safety Committee report "
         "to the Board of Trustees.",
         "Director of People / Director of Clinical Services", "Quarterly", None, None, "G",
         "First report to the Board in January 2025."),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "CQC Action Plan"
    widths = [8, 45, 50, 28, 14, 14, 10, 10, 45]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = ("Inspection: 12–13 March 2024 | Report published: 2 July 2024 | "
                "Overall rating: Requires improvement")
    ws.merge_cells("A2:I2")
    ws["A3"] = ("Executive lead: Director of Clinical Services | Monitored by: Quality & Safety Committee | "
                "Last updated: 30 April 2025")
    ws.merge_cells("A3:I3")
    hdr = ["Ref", "CQC requirement (Must / Should)", "Action", "Lead", "Original target date",
           "Revised target date", "Previous RAG", "Current RAG", "Progress update / evidence"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("5B2C6F")
        cell.alignment = WRAP
        cell.border = BOX
    r = 6
    finding_start = {}
    for row in rows:
        if row[0] == "section":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True)
            for c in range(1, 10):
                ws.cell(row=r, column=c).fill = fill(GREY)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            r += 1
            continue
        ref, finding, action, lead, orig, rev, prev, cur, prog = row
        vals = [ref, finding, action, lead, orig, rev, prev, None, prog]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c)
            if c == 2 and finding in finding_start:
                pass  # merged below
            else:
                cell.value = v
            cell.alignment = WRAP
            cell.border = BOX
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
        if prev:
            ws.cell(row=r, column=7).fill = fill(FILL[prev])
        ws.cell(row=r, column=8).fill = fill(FILL[cur])
        finding_start.setdefault(finding, []).append(r)
        r += 1
    for finding, rws in finding_start.items():
        if len(rws) > 1:
            ws.merge_cells(start_row=rws[0], start_column=2, end_row=rws[-1], end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    r += 1
    for code, text in [("B", "Blue – complete and evidenced"), ("G", "Green – on track"),
                       ("A", "Amber – at risk or delayed"), ("R", "Red – off track, escalate to SMT")]:
        ws.cell(row=r, column=1).fill = fill(FILL[code])
        ws.cell(row=r, column=2, value=text)
        r += 1
    ws.freeze_panes = "A6"

    s = wb.create_sheet("Summary")
    s["A1"] = "Summary of progress at 30 April 2025"
    s["A1"].font = Font(bold=True, size=12)
    s["A3"], s["B3"] = "Current RAG", "No. of actions"
    for i, (k, n) in enumerate([("Blue (complete)", 3), ("Green", 4), ("Amber", 1), ("Red", 0)], 4):
        s.cell(row=i, column=1, value=k)
        s.cell(row=i, column=2, value=n)
    s["A8"], s["B8"] = "Total", "=SUM(B4:B7)"
    s["A8"].font = Font(bold=True)
    s.column_dimensions["A"].width = 22

    v = wb.create_sheet("Version control")
    for i, rowv in enumerate([
        ("Version", "Date", "Author", "Changes"),
        ("0.1", d(2024, 7, 19), "Head of Quality & Patient Safety", "First draft following report"),
        ("1.0", d(2024, 7, 30), "Director of Clinical Services", "Submitted to CQC"),
        ("1.4", d(2025, 4, 30), "Head of Quality & Patient Safety", "Q4 progress update"),
    ], 1):
        for c, val in enumerate(rowv, 1):
            cell = v.cell(row=i, column=c, value=val)
            if isinstance(val, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
    wb.save(os.path.join(HERE, name))

    actions = [
        act("M1.1", [safe, m1], rows[1][2], ["Ward Manager (IPU)"], "2024-05", "blue"),
        act("M1.2", [safe, m1], rows[2][2], ["Lead Pharmacist", "Ward Manager (IPU)"], "2024-09", "green"),
        act("M2.1", [safe, m2], rows[3][2], ["Head of Quality & Patient Safety"], "2024-10", "blue"),
        act("M2.2", [safe, m2], rows[4][2], ["Clinical Education Lead"], "2025-05", "amber"),
        act("S1.1", [eff, s1], rows[6][2],
            ["Consultant in Palliative Medicine", "Head of Quality & Patient Safety"], "2024-12", "green"),
        act("S1.2", [eff, s1], rows[7][2], ["Clinical Education Lead"], "2024-12", "green"),
        act("S2.1", [wl, s2], rows[9][2], ["Hospice at Home Team Leader"], "2024-06", "blue"),
        act("S3.1", [wl, s3], rows[10][2], ["Director of People", "Director of Clinical Services"], None,
            "green", end_text="Quarterly"),
    ]
    write_expected(name, {
        "source": ("Imitates an independent hospice's (charity's) post-inspection action plan for CQC, as "
                   "hospices such as Saint Michael's Hospice, Harrogate would submit and report to their "
                   "Quality & Safety Committee in 2024-25 (no published copy found; layout follows CQC "
                   "provider action-plan guidance: requirement, action, owner, deadline, RAG). Copied "
                   "features: merged title block with inspection details, key-question section rows, "
                   "must/should requirement text merged vertically over its actions, original and revised "
                   "target dates, previous RAG (letter + fill) and current RAG shown by fill colour only, "
                   "RAG key with Blue = complete, a Summary sheet of totals and a Version control sheet."),
        "reads": ("A hospice's CQC action plan on one sheet: three key questions (Safe, Effective, Well-led), "
                  "each with must/should requirements and 1-2 numbered actions under them. Each action has a "
                  "lead post, an original and sometimes a revised target date, and a current RAG shown only "
                  "as a cell colour; the summary and version sheets hold no actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


# ---------------------------------------------------------------------------
# 2. Greater Manchester CA - Audit Committee action log (xlsx)
# ---------------------------------------------------------------------------
def gmca():
    name = "zp-greater-manchester-ca-audit-committee-action-log.xlsx"
    title = "Greater Manchester Combined Authority – Audit Committee Action Log"
    rows = [
        ("AC 24/31", d(2024, 9, 18), "AC 52/24",
         "Provide the Committee with a breakdown of overdue internal audit actions by directorate, including "
         "those overdue by more than six months.",
         "Head of Audit and Assurance", "November 2024 meeting", "Complete",
         "Breakdown presented 20/11/2024 (item 6)."),
        ("AC 24/32", d(2024, 9, 18), "AC 54/24",
         "Circulate the external auditor's updated timetable for the 2023/24 audit opinion to all "
         "Committee members.",
         "Treasurer", "Next meeting", "Complete", "Circulated by email 02/10/2024."),
        ("AC 24/36", d(2024, 11, 20), "AC 67/24",
         "Bring a deep-dive on the cyber security risk (SR07) to a future meeting, covering Bee Network "
         "systems.",
         "Chief Information Officer; Head of Audit and Assurance", d(2025, 3, 31), "On track",
         "Scheduled for the March 2025 agenda."),
        ("AC 24/37", d(2024, 11, 20), "AC 68/24",
         "Confirm the counterparty limits applied to money market funds and report back to members.",
         "Deputy Treasurer / Head of Finance (Capital)", "Jan-25", "Complete",
         "Briefing note circulated 09/01/2025."),
        ("AC 25/01", d(2025, 1, 22), "AC 04/25",
         "Produce a management action plan responding to the auditor's improvement recommendations on the "
         "GMFRS estates programme and the Bee Network.",
         "Claire Norris and Tom Whitley", d(2025, 3, 18), "Delayed",
         "Draft prepared; awaiting GMFRS sign-off before circulation."),
        ("AC 25/02", d(2025, 1, 22), "AC 06/25",
         "Add the number of National Fraud Initiative matches investigated to the counter fraud dashboard.",
         "Counter Fraud Manager", "July 2025", "Not started", None),
        ("AC 25/03", d(2025, 1, 22), "AC 07/25",
         "Arrange a training session for members on the Global Internal Audit Standards (UK public sector) "
         "ahead of 1 April 2025.",
         "Head of Audit and Assurance", d(2025, 2, 28), "Overdue", "Date being agreed with the Chair."),
        ("AC 25/04", d(2025, 1, 22), "AC 09/25",
         "Share the draft 2025/26 internal audit plan with the Chair for comment before it is finalised.",
         "Head of Audit and Assurance", d(2025, 3, 18), "On track", "Draft with the Chair 03/03/2025."),
    ]
    colour = {"Complete": BLUE, "On track": GREEN, "Delayed": AMBER, "Overdue": RED}
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Log"
    for col, w in zip("ABCDEFGH", [11, 12, 10, 60, 32, 16, 12, 40]):
        ws.column_dimensions[col].width = w
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Updated for the meeting on 18 March 2025"
    ws["A2"].font = Font(italic=True)
    ws["A4"], ws["C4"] = "Summary", "Open actions"
    ws["E4"] = 5
    ws["C5"], ws["E5"] = "Completed since last meeting", 3
    ws["C6"], ws["E6"] = "Total on log", 8
    ws["A4"].font = Font(bold=True)
    hdr = ["Action no.", "Meeting", "Minute ref", "Action agreed", "Responsible officer", "Due",
           "Status", "Update"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=8, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F3864")
        cell.border = BOX
        cell.alignment = WRAP
    for i, row in enumerate(rows, 9):
        for c, v in enumerate(row, 1):
            cell = ws.cell(row=i, column=c, value=v)
            cell.border = BOX
            cell.alignment = WRAP
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
        if row[6] in colour:
            ws.cell(row=i, column=7).fill = fill(colour[row[6]])
    ws.freeze_panes = "A9"
    k = wb.create_sheet("Status key")
    k["A1"] = "Status key"
    k["A1"].font = Font(bold=True)
    for i, (word, col, meaning) in enumerate([
        ("Complete", BLUE, "Action completed; to be removed from the log after the next meeting"),
        ("On track", GREEN, "In progress and expected by the due date"),
        ("Delayed", AMBER, "In progress but will miss the due date"),
        ("Overdue", RED, "Due date passed and action not complete"),
        ("Not started", None, "Not yet started"),
    ], 3):
        k.cell(row=i, column=1, value=word)
        if col:
            k.cell(row=i, column=1).fill = fill(col)
        k.cell(row=i, column=2, value=meaning)
    k.column_dimensions["A"].width = 14
    k.column_dimensions["B"].width = 70
    wb.save(os.path.join(HERE, name))

    leads = [["Head of Audit and Assurance"], ["Treasurer"],
             ["Chief Information Officer", "Head of Audit and Assurance"],
             ["Deputy Treasurer", "Head of Finance (Capital)"], ["Claire Norris", "Tom Whitley"],
             ["Counter Fraud Manager"], ["Head of Audit and Assurance"], ["Head of Audit and Assurance"]]
    ends = ["2024-11", None, "2025-03", "2025-01", "2025-03", "2025-07", "2025-02", "2025-03"]
    stats = ["blue", "blue", "green", "blue", "amber", "unrated", "red", "green"]
    actions = []
    for row, ld, e, st in zip(rows, leads, ends, stats):
        actions.append(act(row[0], [], row[3], ld, e, st,
                           end_text="Next meeting" if row[5] == "Next meeting" else None))
    write_expected(name, {
        "source": ("Imitates the rolling action log the Greater Manchester Combined Authority Audit Committee "
                   "receives at each meeting (GMCA democracy pages, Audit Committee 2024-25; "
                   "https://democracy.greatermanchester-ca.gov.uk). Copied features: title and 'updated for "
                   "the meeting on' line, a small summary block of open/complete counts above the table, "
                   "action numbers plus meeting date and minute reference columns, responsible officers as "
                   "job titles, names or two posts, due cells mixing dates, month text and 'Next meeting', "
                   "status words with fill colours, and a separate Status key sheet that defines Delayed "
                   "(amber) and Overdue (red)."),
        "reads": ("A committee action log: eight actions agreed at the September 2024, November 2024 and "
                  "January 2025 meetings, each with an officer, a due date or meeting and a status word "
                  "coloured as the key sheet defines. There are no headings; the counts above the table and "
                  "the key sheet are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


# ---------------------------------------------------------------------------
# 3. Wm Morrison Supermarkets - HSE improvement notices tracker (xlsx, refuse)
# ---------------------------------------------------------------------------
def morrisons():
    name = "zp-wm-morrison-supermarkets-hse-improvement-notices-action-tracker-typo-month-refuse.xlsx"
    title = "Wm Morrison Supermarkets Ltd – HSE Improvement Notices: Corrective Action Tracker"
    n1 = ("Improvement Notice IN/317045216 – Bridgwater Distribution Centre – Workplace transport: segregation "
          "of pedestrians and vehicles in the marshalling yard (HSWA 1974 s.2(1); Workplace Regulations 1992 "
          "reg.17) – compliance date 30/09/2025")
    n2 = ("Improvement Notice IN/317045388 – Wakefield (J41) Distribution Centre – Manual handling of roll "
          "cages (Manual Handling Operations Regulations 1992 reg.4) – compliance date 31/10/2025")
    n3 = ("Improvement Notice IN/317045502 – Morley Store – Electrical safety of bakery equipment (Electricity "
          "at Work Regulations 1989 reg.4(2)) – compliance date 15/08/2025")
    rows = [
        ("notice", n1),
        ("BW1", "Install physical barriers and a marked pedestrian walkway between the gatehouse and the "
                "transport office.", "Site General Manager, Bridgwater", "Sep-2025", "Amber",
         "Barrier contractor on site w/c 18/08."),
        ("BW2", "Revise the yard traffic management plan and brief all drivers and shunters on it.",
         "Transport Manager / Site H&S Advisor", "Aug-2025", "Green", "Plan at draft; briefings scheduled."),
        ("BW3", "Introduce a visiting driver induction at the gatehouse, with a signed record of the site rules.",
         "Gatehouse Supervisor", "Jul-2025", "Complete", "Induction live 14/07/2025."),
        ("notice", n2),
        ("WK1", "Complete manual handling risk assessments for roll cage loading on all chilled and ambient "
                "docks.", "Site H&S Advisor", "0ct-2025", "Green", "12 of 18 docks assessed."),
        ("WK2", "Replace defective roll cages and set up a weekly roll cage inspection and quarantine process.",
         "Site General Manager, Wakefield", "Oct-2025", "Amber", "Replacement cages on order."),
        ("WK3", "Deliver refresher manual handling training to all warehouse colleagues working on the docks.",
         "Learning & Development Partner", "Nov-2025", "Not started", ""),
        ("notice", n3),
        ("MO1", "Carry out a fixed wire and portable appliance inspection of the bakery and remedy all C1 and "
                "C2 defects.", "Store Manager, Morley", "Aug-2025", "Complete", "Certificate on file."),
        ("MO2", "Add all bakery equipment to the planned preventive maintenance schedule.",
         "Property Maintenance Manager", "Sep-2025", "Green", ""),
        ("MO3", "Share the findings as a safety alert to all store bakery managers.",
         "Group Head of Health & Safety", "Aug-2025", "Complete", "Alert SA-25-031 issued 06/08/2025."),
    ]
    colour = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    wb = Workbook()
    dash = wb.active
    dash.title = "Dashboard"
    dash["A1"] = "HSE improvement notices – dashboard"
    dash["A1"].font = Font(bold=True, size=12)
    for i, rowv in enumerate([
        ("Notice", "Site", "Served", "Compliance date", "Actions", "Complete"),
        ("IN/317045216", "Bridgwater DC", d(2025, 6, 24), d(2025, 9, 30), 3, 1),
        ("IN/317045388", "Wakefield (J41) DC", d(2025, 7, 8), d(2025, 10, 31), 3, 0),
        ("IN/317045502", "Morley Store", d(2025, 7, 15), d(2025, 8, 15), 3, 2),
    ], 3):
        for c, val in enumerate(rowv, 1):
            cell = dash.cell(row=i, column=c, value=val)
            if isinstance(val, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
            if i == 3:
                cell.font = Font(bold=True)
    for col, w in zip("ABCDEF", [16, 22, 12, 16, 9, 10]):
        dash.column_dimensions[col].width = w

    ws = wb.create_sheet("Tracker")
    for col, w in zip("ABCDEF", [9, 60, 30, 11, 12, 40]):
        ws.column_dimensions[col].width = w
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:F1")
    ws["A2"] = "Owner: Group Head of Health & Safety | Reviewed monthly at the Health & Safety Steering Group"
    ws.merge_cells("A2:F2")
    ws["A3"] = "Last updated: 04/08/2025"
    hdr = ["Action ref", "Corrective action", "Action owner", "Due", "Status", "Evidence / comments"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("00563F")
        cell.border = BOX
    r = 6
    typo_row = None
    for row in rows:
        if row[0] == "notice":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True)
            ws.cell(row=r, column=1).alignment = WRAP
            ws.cell(row=r, column=1).fill = fill("FFF2CC")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            ws.row_dimensions[r].height = 32
        else:
            for c, v in enumerate(row, 1):
                cell = ws.cell(row=r, column=c, value=v if v != "" else None)
                cell.border = BOX
                cell.alignment = WRAP
            if row[4] in colour:
                ws.cell(row=r, column=5).fill = fill(colour[row[4]])
            if row[3] == "0ct-2025":
                typo_row = r
        r += 1
    wb.save(os.path.join(HERE, name))
    assert typo_row == 11, typo_row

    write_expected(name, {
        "source": ("Imitates a private firm's corrective action tracker for HSE improvement notices, as a "
                   "national retailer such as Wm Morrison Supermarkets would keep for its Health & Safety "
                   "Steering Group in 2025 (notice contents follow HSE's public notices register: notice "
                   "number, site, contravention, compliance date). Copied features: Dashboard sheet of "
                   "notices first, merged title block, one merged notice row over each site's actions, "
                   "action owners as site posts (one with a comma, one with two posts), due months as "
                   "text 'Mmm-yyyy', status words with fill colours."),
        "reads": ("A tracker of nine corrective actions under three HSE improvement notices. On the Tracker "
                  "sheet, action WK1 (sheet row 11) is due '0ct-2025' - a zero typed for the letter O - while "
                  "every other due cell is a month like 'Oct-2025'; a careful reader would stop and ask "
                  "rather than guess."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": 11,
        "title": title,
    })


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def bold_row(row):
    for cell in row.cells:
        for p in cell.paragraphs:
            for run in p.runs:
                run.bold = True


# ---------------------------------------------------------------------------
# 4. Dulwich College - ISI inspection action plan (docx)
# ---------------------------------------------------------------------------
def dulwich():
    name = "zp-dulwich-college-isi-inspection-action-plan.docx"
    title = "Dulwich College: ISI Inspection Action Plan 2024–25"
    sec1 = "1. Quality of education, training and recreation"
    sec2 = "2. Pupils' physical and mental health and emotional wellbeing"
    sec3 = "3. Leadership and management, and governance"
    rec1 = ("Leaders should ensure that assessment information gathered in the Lower School is used "
            "consistently by teachers to plan lessons that stretch pupils who need additional challenge.")
    rec2 = ("Leaders should ensure that boarding house records of pupils' wellbeing concerns are reviewed "
            "systematically so that patterns are identified and acted on promptly.")
    rec3 = ("Governors should strengthen their oversight of the school's self-evaluation so that they can "
            "check the impact of leaders' actions in meeting the recommendations of this report.")
    t1 = [
        ("1.1", "Train Lower School heads of department in using termly assessment data to plan challenge for "
                "the most able pupils.", "Head of Lower School", "Summer term 2025",
         "All Lower School departments show planned extension tasks in schemes of work.", "Green"),
        ("1.2", "Introduce a shared 'stretch and challenge' planning template across Lower School departments "
                "and review its use through lesson visits.", "Deputy Head (Academic) / Head of Lower School",
         "Michaelmas term 2025", "Template in use in 90% of lessons visited.", "Amber"),
        ("1.3", "Report to the Education Committee on the progress of pupils identified as more able, using the "
                "summer assessment data.", "Deputy Head (Academic)", "September 2025",
         "Report received and minuted by governors.", "Not started"),
    ]
    t2 = [
        ("2.1", "Move boarding house wellbeing records onto CPOMS so that they sit alongside other pastoral "
                "records.", "Director of Boarding", "31 January 2025",
         "All four boarding houses recording on CPOMS.", "Complete"),
        ("2.2", "Hold a half-termly review of boarding house records with each Housemaster and Housemistress, "
                "led by the Designated Safeguarding Lead.", "Designated Safeguarding Lead", "Half-termly",
         "Review notes show patterns identified and followed up.", "Green"),
        ("2.3", "Run a pupil voice survey in each boarding house and share the findings with the Boarding "
                "Council.", "Director of Boarding; Head of Pupil Wellbeing", "End of Summer term 2025",
         "Survey completed by at least 80% of boarders.", "Green"),
    ]
    t3 = [
        ("3.1", "Add a standing item on the ISI action plan to each Education Committee agenda.",
         "Clerk to the Governors", "February 2025", "Item on every agenda from February 2025.", "Complete"),
        ("3.2", "Appoint a link governor for academic standards and agree a programme of focused visits.",
         "Chair of Governors", "March 2025", "Link governor appointed; visit programme agreed.", "Complete"),
        ("3.3", "Present the whole-school self-evaluation summary to the full Board, with an update on this "
                "plan.", "The Master", "November 2025", "Board minutes record challenge on impact.", "Green"),
    ]
    rag_fill = {"Green": GREEN, "Amber": AMBER, "Complete": BLUE, "Red": RED}

    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Following the routine inspection of 5–7 November 2024 (report published 16 January 2025)")
    ctl = doc.add_table(rows=0, cols=2)
    ctl.style = "Table Grid"
    for k, v in [("Document owner", "Deputy Master (Pastoral)"),
                 ("Approved by", "Education Committee of the Board of Governors, 4 February 2025"),
                 ("Version", "1.2 (updated 9 June 2025)"),
                 ("Next review", "September 2025")]:
        cells = ctl.add_row().cells
        cells[0].text, cells[1].text = k, v
        shade(cells[0], "E7E6E6")
    doc.add_paragraph()
    doc.add_heading("Introduction", level=2)
    doc.add_paragraph(
        "The inspection found that the school met the Independent School Standards and the National Minimum "
        "Standards for Boarding Schools. The report identified three recommended next steps. Each is set out "
        "below with the actions agreed by the Senior Management Team. Progress is shown as Complete; "
        "Green – on track; Amber – some delay; Red – at risk.")
    for sec, rec, rows in [(sec1, rec1, t1), (sec2, rec2, t2), (sec3, rec3, t3)]:
        doc.add_heading(sec, level=2)
        p = doc.add_paragraph()
        p.add_run("Recommended next step").bold = True
        p2 = doc.add_paragraph()
        p2.add_run(rec).italic = True
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in enumerate(["No.", "Action", "Lead(s)", "Timescale", "Success criteria", "Progress"]):
            t.rows[0].cells[c].text = h
            shade(t.rows[0].cells[c], "7F1734")
        bold_row(t.rows[0])
        for row in rows:
            cells = t.add_row().cells
            for c, v in enumerate(row):
                cells[c].text = v
            if row[5] in rag_fill:
                shade(cells[5], rag_fill[row[5]])
        doc.add_paragraph()
    doc.add_paragraph("Signed on behalf of the Governing Body: Chair of Governors          Date: 9 June 2025")
    doc.save(os.path.join(HERE, name))

    actions = [
        act("1.1", [sec1, rec1], t1[0][1], ["Head of Lower School"], "2025-07", "green"),
        act("1.2", [sec1, rec1], t1[1][1], ["Deputy Head (Academic)", "Head of Lower School"], "2025-12",
            "amber"),
        act("1.3", [sec1, rec1], t1[2][1], ["Deputy Head (Academic)"], "2025-09", "unrated"),
        act("2.1", [sec2, rec2], t2[0][1], ["Director of Boarding"], "2025-01", "blue"),
        act("2.2", [sec2, rec2], t2[1][1], ["Designated Safeguarding Lead"], None, "green",
            end_text="Half-termly"),
        act("2.3", [sec2, rec2], t2[2][1], ["Director of Boarding", "Head of Pupil Wellbeing"], "2025-07",
            "green"),
        act("3.1", [sec3, rec3], t3[0][1], ["Clerk to the Governors"], "2025-02", "blue"),
        act("3.2", [sec3, rec3], t3[1][1], ["Chair of Governors"], "2025-03", "blue"),
        act("3.3", [sec3, rec3], t3[2][1], ["The Master"], "2025-11", "green"),
    ]
    write_expected(name, {
        "source": ("Imitates an independent school's action plan responding to the 'recommended next steps' "
                   "of an ISI routine inspection under the September 2023 framework, as a school such as "
                   "Dulwich College would take to its governors' Education Committee in 2025 (ISI framework "
                   "and handbook, isi.net). Copied features: title and subtitle, a document-control table, an "
                   "introduction with the progress key, one section per ISI framework area with the "
                   "recommended next step above its own action table (No., Action, Lead(s), Timescale, "
                   "Success criteria, Progress), independent-school term names (Summer, Michaelmas) as "
                   "timescales, shaded progress cells and a sign-off line."),
        "reads": ("A school's post-inspection plan in three sections, one per ISI area, each stating the "
                  "inspectors' recommended next step and a table of three numbered actions with leads, "
                  "timescales and progress words. The document-control table, introduction and sign-off are "
                  "not part of the plan; 'Michaelmas term 2025' is the autumn term ending in December."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


# ---------------------------------------------------------------------------
# 5. Thame Town Council - lessons learned action plan (docx)
# ---------------------------------------------------------------------------
def thame():
    name = "zp-thame-town-council-email-migration-lessons-learned-action-plan.docx"
    title = "Thame Town Council – Lessons Learned Review: Microsoft 365 and Email Migration"
    thA = "A. Planning and communication"
    thB = "B. Technical preparation"
    thC = "C. Records and data protection"
    lA = ("Staff and councillors were not told early enough when their old email addresses would stop "
          "working.")
    lB1 = ("Councillors' own devices were not checked before the migration, and several could not use "
           "multi-factor authentication.")
    lB2 = "Shared mailboxes and calendars were moved without first agreeing who should have access."
    lC = "Old emails containing personal data were migrated without applying the retention schedule."
    # (theme, lesson, no, action, who, when, status)
    rows = [
        ("theme", thA),
        (lA, "A1", "Publish a one-page timetable for any future IT change at least four weeks before it starts "
                   "and email it to all councillors and staff.", "Town Clerk", "September 2025", "On track"),
        (lA, "A2", "Keep an automatic reply on the old addresses for twelve months, giving the new "
                   "thame.gov.uk address.", "Office Manager", "May 2025", "Done"),
        ("theme", thB),
        (lB1, "B1", "Issue every councillor with a council-managed tablet set up for Microsoft 365 and "
                    "multi-factor authentication.", "Deputy Town Clerk / IT contractor", "Q3 2025/26",
         "Amber – awaiting quotes"),
        (lB1, "B2", "Run a drop-in session for councillors on signing in with the Authenticator app.",
         "Deputy Town Clerk", "31/07/2025", "On track"),
        (lB2, "B3", "Agree and record an access list for each shared mailbox (bookings, cemetery, allotments) "
                    "and review it every six months.", "Office Manager", "August 2025", "Not started"),
        ("theme", thC),
        (lC, "C1", "Apply the council's retention schedule to the migrated mailboxes and delete emails held "
                   "beyond their retention period.", "Town Clerk (Data Protection Lead)",
         "By 31 October 2025", "Not started"),
        (lC, "C2", "Review the data protection policy and privacy notice to reflect Microsoft 365, and take "
                   "them to Full Council for adoption.", "Town Clerk; Cllr P. Hughes",
         "Full Council, November 2025", "On track"),
    ]
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    h = doc.add_paragraph(title, style="Title")
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("Report of the Town Clerk to the Policy and Resources Committee, 8 July 2025")
    doc.add_heading("1. Background", level=1)
    doc.add_paragraph(
        "Between March and May 2025 the Council moved its email, files and calendars to Microsoft 365 and "
        "changed all staff and councillor email addresses to the thame.gov.uk domain, as recommended by NALC "
        "and the internal auditor. This report sets out what the staff team and councillors learned from the "
        "change and the actions proposed.")
    doc.add_heading("2. What went well", level=1)
    for b in ["Staff mailboxes were moved over a single weekend with no loss of email.",
              "The IT contractor provided same-day support during the first fortnight.",
              "The website and published contact details were updated on the day of the switch."]:
        doc.add_paragraph(b, style="List Bullet")
    doc.add_heading("3. What could have gone better", level=1)
    for b in ["Notice of the change to councillors and residents.",
              "Readiness of councillors' devices.",
              "Access to shared mailboxes and old records."]:
        doc.add_paragraph(b, style="List Bullet")
    doc.add_heading("4. Action plan", level=1)
    doc.add_paragraph("Status as at 30 June 2025.")
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, hd in enumerate(["Lesson learned", "No.", "Action", "Who", "When", "Status"]):
        t.rows[0].cells[c].text = hd
        shade(t.rows[0].cells[c], "BDD7EE")
    bold_row(t.rows[0])
    lesson_rows = {}
    for row in rows:
        if row[0] == "theme":
            cells = t.add_row().cells
            m = cells[0].merge(cells[5])
            m.text = row[1]
            m.paragraphs[0].runs[0].bold = True
            shade(m, "F2F2F2")
            continue
        cells = t.add_row().cells
        idx = len(t.rows) - 1
        lesson, no, action, who, when, status = row
        if lesson not in lesson_rows:
            cells[0].text = lesson
        lesson_rows.setdefault(lesson, []).append(idx)
        for c, v in enumerate([no, action, who, when, status], 1):
            cells[c].text = v
    for lesson, idxs in lesson_rows.items():
        if len(idxs) > 1:
            t.cell(idxs[0], 0).merge(t.cell(idxs[-1], 0))
    doc.add_paragraph()
    doc.add_paragraph("Recommendation: that the Committee notes the lessons learned and approves the action "
                      "plan above.")
    doc.save(os.path.join(HERE, name))

    actions = [
        act("A1", [thA, lA], rows[1][2], ["Town Clerk"], "2025-09", "green"),
        act("A2", [thA, lA], rows[2][2], ["Office Manager"], "2025-05", "blue"),
        act("B1", [thB, lB1], rows[4][2], ["Deputy Town Clerk", "IT contractor"], "2025-12", "amber"),
        act("B2", [thB, lB1], rows[5][2], ["Deputy Town Clerk"], "2025-07", "green"),
        act("B3", [thB, lB2], rows[6][2], ["Office Manager"], "2025-08", "unrated"),
        act("C1", [thC, lC], rows[8][2], ["Town Clerk (Data Protection Lead)"], "2025-10", "unrated"),
        act("C2", [thC, lC], rows[9][2], ["Town Clerk", "Cllr P. Hughes"], "2025-11", "green"),
    ]
    write_expected(name, {
        "source": ("Imitates a town council clerk's lessons-learned report with an action plan table, as a "
                   "council such as Thame Town Council would take to its Policy and Resources Committee after "
                   "moving to Microsoft 365 and a .gov.uk domain in 2025 (NALC encourages councils to adopt "
                   "gov.uk domains). Copied features: committee-report title block, numbered sections with "
                   "'what went well' bullets that are not actions, one Word table with theme rows merged "
                   "across, the lesson cell merged down over its actions, plain-English 'When' cells "
                   "(a month, a date, 'By 31 October 2025', 'Q3 2025/26', 'Full Council, November 2025') "
                   "and status words (Done, On track, Not started, 'Amber – awaiting quotes')."),
        "reads": ("A short committee report whose section 4 is a single action table: three themes, each "
                  "with one or two lessons learned and seven lettered actions under them, with who, when and "
                  "a status. The bullets in sections 2 and 3 and the closing recommendation are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


# ---------------------------------------------------------------------------
# 6. National Portrait Gallery - lessons learned action log (csv)
# ---------------------------------------------------------------------------
def npg():
    name = "zp-national-portrait-gallery-inspiring-people-lessons-learned-action-log.csv"
    title = "National Portrait Gallery – Inspiring People Programme: Lessons Learned Action Log"
    gov, col, vis, lrn, par = ("Governance", "Collections and displays", "Visitor experience",
                               "Learning and engagement", "Partnerships")
    l1 = ("Decisions taken at Project Board were not always recorded in a form that delivery teams could "
          "find later.")
    l2 = "Changes to the building design were approved without a consistent assessment of cost and time impact."
    l3 = ("The redisplay of 1,100 works needed more conservation time than planned, compressing the "
          "installation programme.")
    l4 = "Sign-off of labels and interpretation involved too many reviewers."
    l5 = ("Timed ticketing for the reopening weekend launched late, and the booking page failed under demand on "
          "the first morning.")
    l6 = "Front-of-house teams were not trained on the new Ross Place entrance layout before opening."
    l7 = ("Schools bookings for the new Learning Centre opened after most schools had planned their summer "
          "term visits.")
    l8 = ("The national partnerships showed how much regional audiences valued loans, but the learning was "
          "not captured systematically.")
    hdr = ["LL ID", "Workstream", "Lesson identified", "Action", "Action owner", "Target date",
           "Revised target date", "RAG", "Status", "Comments"]
    rows = [
        ["LL01", gov, l1, "Create a single decisions log on the programme SharePoint site, with links to the "
         "supporting papers.", "Programme Manager", "31/01/2025", "", "", "Complete", "Live since 20/01/2025."],
        ["LL02.1", gov, l2, "Adopt a change control form with mandatory cost, time and risk impact sections "
         "for all future capital projects.", "Director of Finance and Operations", "28/02/2025",
         "30/04/2025", "A", "Open", "Draft form with Finance Committee."],
        ["LL02.2", gov, "", "Include a change control briefing in the induction for all project board members.",
         "Programme Manager", "31/03/2025", "", "G", "Open", ""],
        ["LL03", col, l3, "Build a conservation capacity check into the gateway review for any future redisplay "
         "or major loan programme.", "Lewis, Hannah", "30/06/2025", "", "G", "Open", ""],
        ["LL04", col, l4, "Agree a two-stage sign-off for interpretation text: curatorial review, then Head of "
         "Interpretation approval.\nPublish the process on the intranet.", "Head of Interpretation",
         "31/03/2025", "", "", "Complete", "Process agreed at Collections Board 04/03/2025."],
        ["LL05", vis, l5, "Load test the ticketing platform before any major on-sale, using forecast peak "
         "demand plus 50%.", "Head of Visitor Experience; Head of Digital", "30/04/2025", "", "A", "Open",
         "Supplier test window agreed for April."],
        ["LL06", vis, l6, "Hold walk-through training on site for all front-of-house staff at least two weeks "
         "before any new public space opens.", "Head of Visitor Experience", "Ongoing", "", "G", "Open",
         "Included in the opening checklist template."],
        ["LL07", lrn, l7, "Open school bookings for each academic year by the preceding May half-term.",
         "Head of Learning", "31/05/2025", "", "R", "Open",
         "Booking system change not yet scheduled with the CRM supplier.\nRisk that 2025/26 bookings open late."],
        ["LL08", par, l8, "Write up an evaluation of the national partnerships programme and present it to the "
         "Trustees.", "Head of National Programmes", "30/09/2025", "", "G", "Open", ""],
    ]
    n = len(hdr)
    pad = lambda first: [first] + [""] * (n - 1)
    path = os.path.join(HERE, name)
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(pad(title))
        w.writerow(pad("Version 0.7 – exported 14/03/2025 for Programme Board"))
        w.writerow(pad(""))
        w.writerow(hdr)
        for r in rows:
            w.writerow(r)
        w.writerow(pad(""))
        w.writerow(pad("Key: RAG G = on track, A = at risk, R = off track. Status Complete = action closed "
                       "and evidenced."))
        w.writerow(pad("Source: Inspiring People lessons learned workshop, 19/11/2024."))

    actions = [
        act("LL01", [gov, l1], rows[0][3], ["Programme Manager"], "2025-01", "blue"),
        act("LL02.1", [gov, l2], rows[1][3], ["Director of Finance and Operations"], "2025-04", "amber"),
        act("LL02.2", [gov, l2], rows[2][3], ["Programme Manager"], "2025-03", "green"),
        act("LL03", [col, l3], rows[3][3], ["Lewis, Hannah"], "2025-06", "green"),
        act("LL04", [col, l4], rows[4][3], ["Head of Interpretation"], "2025-03", "blue"),
        act("LL05", [vis, l5], rows[5][3], ["Head of Visitor Experience", "Head of Digital"], "2025-04",
            "amber"),
        act("LL06", [vis, l6], rows[6][3], ["Head of Visitor Experience"], None, "green", end_text="Ongoing"),
        act("LL07", [lrn, l7], rows[7][3], ["Head of Learning"], "2025-05", "red"),
        act("LL08", [par, l8], rows[8][3], ["Head of National Programmes"], "2025-09", "green"),
    ]
    write_expected(name, {
        "source": ("Imitates a lessons-learned action log exported to CSV from a programme SharePoint/Excel "
                   "log, as the National Portrait Gallery (a DCMS-sponsored arm's-length body) would keep "
                   "after its Inspiring People redevelopment and June 2023 reopening (npg.org.uk/inspiringpeople). "
                   "Copied features: Excel-style CSV with the title and version lines padded with trailing "
                   "commas, workstream column, lesson text with the action beside it (blank lesson on a "
                   "second action for the same lesson), target and revised target dates, a RAG letter "
                   "column beside a Status column (Complete with blank RAG), a 'surname, forename' owner, "
                   "quoted cells with line breaks, and key/source lines after the table."),
        "reads": ("A programme lessons-learned log: nine actions across five workstreams, each answering the "
                  "lesson written beside it (LL02.2 shares the lesson of LL02.1), with an owner, target and "
                  "sometimes revised date, a RAG letter or a Complete status. The title, version, key and "
                  "source lines are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


# ---------------------------------------------------------------------------
# 7. Dartmoor NPA - Annual Governance Statement action plan (txt, tab-separated)
# ---------------------------------------------------------------------------
def dartmoor():
    name = "zp-dartmoor-npa-annual-governance-statement-2024-25-action-plan.txt"
    title = "Dartmoor National Park Authority – Annual Governance Statement 2024/25: Action Plan"
    secA = "A. Significant governance issues identified in 2024/25"
    secB = "B. Issues carried forward from the 2023/24 Annual Governance Statement"
    i1 = ("Medium term financial plan: the MTFP shows a funding gap from 2026/27 that is not yet covered by "
          "agreed savings or new income.")
    i2 = ("Workforce capacity: recruitment to specialist posts (ecology, planning enforcement) took an average "
          "of five months in 2024/25.")
    i3 = ("Information governance: the internal audit of data protection (limited assurance) found that the "
          "record of processing activities was out of date.")
    i4 = ("Planning performance: determination of major applications within statutory timescales fell below "
          "the national target.")
    i5 = ("Asset management: condition surveys of the Authority's estate (car parks, toilets, visitor centres) "
          "are more than five years old.")
    a22a = "Introduce a succession plan for single-person specialist roles, identifying"
    a22b = "cover arrangements and knowledge handover for each."
    lines = [
        title,
        "Progress report to the Audit and Governance Committee, 19 September 2025",
        "",
        "\t".join(["Ref", "Governance issue", "Action", "Responsible officer", "Target date",
                   "Progress (September 2025)", "RAG"]),
        secA,
        "\t".join(["1.1", i1, "Agree a savings and income programme to close the 2026/27 gap, for approval with "
                   "the 2026/27 budget.", "Chief Executive (National Park Officer) / Head of Business Support",
                   "February 2026", "Options paper to Members' workshop, October 2025.", "A"]),
        "\t".join(["1.2", "", "Report progress on savings delivery to each meeting of the Authority.",
                   "Head of Business Support", "Ongoing", "First report to the Authority July 2025.", "G"]),
        "\t".join(["2.1", i2, "Review pay benchmarking for hard-to-fill posts and bring proposals to the Staff "
                   "Committee.", "Head of Organisational Development", "31 December 2025",
                   "Benchmarking with other English National Parks under way.", "G"]),
        "\t".join(["2.2", "", a22a, "Head of Organisational Development", "Q4 2025/26", "Scoping with SMT.",
                   "A"]),
        "\t".join(["", "", a22b, "", "", "", ""]),
        "\t".join(["3.1", i3, "Update the record of processing activities and the information asset register, "
                   "and confirm information asset owners.", "Solicitor and Monitoring Officer",
                   "September 2025", "ROPA updated and signed off by SMT 28/08/2025.", "Complete"]),
        "\t".join(["3.2", "", "Deliver data protection refresher training to all staff and Members, with "
                   "completion reported to this Committee.",
                   "Solicitor and Monitoring Officer / Head of Business Support", "March 2026",
                   "Staff e-learning launched; Members' session booked for November.", "G"]),
        secB,
        "\t".join(["4.1", i4, "Complete the review of the pre-application advice service and introduce planning "
                   "performance agreements for major schemes.", "Director of Spatial Planning",
                   "June 2025 (revised from March 2025)", "Service relaunched June 2025.", "Complete"]),
        "\t".join(["5.1", i5, "Commission condition surveys of all operational buildings and produce a five-year "
                   "planned maintenance programme.", "Head of Estates and Property", "Q4 2025/26",
                   "Surveys of visitor centres complete; car parks to follow.", "A"]),
        "",
        "RAG: G = on track; A = some slippage or risk to the target date; R = target date will not be met; "
        "Complete = action closed.",
        "Officer contact: Head of Business Support",
    ]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")

    def acts_text(idx):
        return lines[idx].split("\t")[2]

    actions = [
        act("1.1", [secA, i1], acts_text(5),
            ["Chief Executive (National Park Officer)", "Head of Business Support"], "2026-02", "amber"),
        act("1.2", [secA, i1], acts_text(6), ["Head of Business Support"], None, "green", end_text="Ongoing"),
        act("2.1", [secA, i2], acts_text(7), ["Head of Organisational Development"], "2025-12", "green"),
        act("2.2", [secA, i2], a22a + "\n" + a22b, ["Head of Organisational Development"], "2026-03",
            "amber"),
        act("3.1", [secA, i3], acts_text(10), ["Solicitor and Monitoring Officer"], "2025-09", "blue"),
        act("3.2", [secA, i3], acts_text(11),
            ["Solicitor and Monitoring Officer", "Head of Business Support"], "2026-03", "green"),
        act("4.1", [secB, i4], acts_text(13), ["Director of Spatial Planning"], "2025-06", "blue"),
        act("5.1", [secB, i5], acts_text(14), ["Head of Estates and Property"], "2026-03", "amber"),
    ]
    write_expected(name, {
        "source": ("Imitates the Annual Governance Statement action plan a national park authority reports to "
                   "its Audit and Governance Committee, as Dartmoor National Park Authority would for 2024/25 "
                   "(AGS action plans appended to English NPA governance statements), saved as a "
                   "tab-separated text export. Copied features: title and committee line, section lines "
                   "for new significant issues and issues carried forward, the governance issue written once "
                   "on its first action row and left blank below, numbered actions, officers as job titles "
                   "(two posts joined by ' / '), a wrapped action continued on the next line with only the "
                   "action column filled, target dates as months, a date, 'Q4 2025/26', 'Ongoing' and an "
                   "original-and-revised cell, RAG letters or Complete, and a RAG key line."),
        "reads": ("An AGS action plan in two sections: five governance issues, each with one or two numbered "
                  "actions, officer, target date, progress note and RAG. Action 2.2 runs onto a second line; "
                  "the RAG key and contact line at the end are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


if __name__ == "__main__":
    hospice()
    gmca()
    morrisons()
    dulwich()
    thame()
    npg()
    dartmoor()
    print("written:", sorted(f for f in os.listdir(HERE) if f.startswith("zp-")))
