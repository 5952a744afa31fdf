"""Build the seven yv- blind test files (set heldout574).

Run with /work/main/.venv/bin/python yv_make.py ; writes into the folder this script is in.
Only files starting with yv- are written.
"""
import os
from datetime import datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("yv-")
    return os.path.join(HERE, name)


def d(day, month, year):
    return datetime(year, month, day)


RED = "FF0000"
AMBER = "FFC000"
GREEN = "00B050"
BLUE = "0070C0"
GREY = "D9D9D9"
NAVY = "1F3864"

thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill(start_color=hexcol, end_color=hexcol, fill_type="solid")


def box(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = BORDER
            c.alignment = WRAP


# ---------------------------------------------------------------------------
# 1. Prospect Hospice - CQC inspection action plan (xlsx)
# ---------------------------------------------------------------------------
def prospect_hospice():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    title = "Prospect Hospice – CQC Inspection Action Plan 2025"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14, color=NAVY)
    cov["A2"] = "Inpatient Unit, Hospice at Home and Community Services"
    cov["A4"] = "Inspection dates:"
    cov["B4"] = "11–13 March 2025"
    cov["A5"] = "Report published:"
    cov["B5"] = "29 April 2025"
    cov["A6"] = "Overall rating:"
    cov["B6"] = "Requires improvement"
    cov["A7"] = "Executive lead:"
    cov["B7"] = "Director of Clinical Services"
    for r in range(4, 8):
        cov.cell(row=r, column=1).font = Font(bold=True)
    cov["A9"] = "Document control"
    cov["A9"].font = Font(bold=True, size=12)
    hdr = ["Version", "Date", "Author", "Summary of changes"]
    for i, h in enumerate(hdr, 1):
        c = cov.cell(row=10, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(NAVY)
    rows = [
        ("0.1", d(14, 4, 2025), "Head of Quality and Governance", "First draft following CQC feedback"),
        ("1.0", d(2, 5, 2025), "Director of Clinical Services",
         "Approved by Clinical Governance Committee and submitted to CQC"),
        ("1.2", d(18, 7, 2025), "Head of Quality and Governance", "Q1 progress update"),
        ("1.3", d(17, 10, 2025), "Head of Quality and Governance", "Q2 progress update for Board of Trustees"),
    ]
    for r, row in enumerate(rows, 11):
        for cidx, v in enumerate(row, 1):
            c = cov.cell(row=r, column=cidx, value=v)
            if isinstance(v, datetime):
                c.number_format = "dd/mm/yyyy"
    box(cov, "A10:D14")
    cov.column_dimensions["A"].width = 18
    cov.column_dimensions["B"].width = 22
    cov.column_dimensions["C"].width = 32
    cov.column_dimensions["D"].width = 60

    ws = wb.create_sheet("Action plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14, color=NAVY)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Progress as at 17 October 2025 – reported to Clinical Governance Committee"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:I2")
    ws["A3"] = "RAG key:"
    ws["A3"].font = Font(bold=True)
    for col, (txt, colr) in zip("BCDEF", [("Complete", BLUE), ("On track", GREEN),
                                           ("At risk / slipped", AMBER), ("Off track", RED),
                                           ("Not started", None)]):
        c = ws[f"{col}3"]
        c.value = txt
        if colr:
            c.fill = fill(colr)
            if colr in (BLUE, RED):
                c.font = Font(color="FFFFFF")
        c.border = BORDER
    headers = ["Ref", "CQC finding", "Action", "Lead", "Target date", "Revised date",
               "Progress update", "Evidence", "RAG"]
    for i, h in enumerate(headers, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(NAVY)
        c.border = BORDER
        c.alignment = WRAP

    r = 6

    def domain(name):
        nonlocal r
        ws.cell(row=r, column=1, value=name).font = Font(bold=True)
        for cidx in range(1, 10):
            ws.cell(row=r, column=cidx).fill = fill(GREY)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1

    def finding(text, actions):
        nonlocal r
        first = r
        for (ref, act, lead, tgt, rev, prog, evid, rag) in actions:
            ws.cell(row=r, column=1, value=ref)
            ws.cell(row=r, column=3, value=act)
            ws.cell(row=r, column=4, value=lead)
            for cidx, v in ((5, tgt), (6, rev)):
                c = ws.cell(row=r, column=cidx, value=v)
                if isinstance(v, datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=7, value=prog)
            ws.cell(row=r, column=8, value=evid)
            if rag:
                ws.cell(row=r, column=9).fill = fill(rag)
            r += 1
        ws.cell(row=first, column=2, value=text)
        if r - first > 1:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)

    domain("SAFE")
    finding(
        "Must do: The service must ensure controlled drugs are stored, checked and recorded in line "
        "with the Misuse of Drugs Regulations 2001 and national guidance. (Regulation 12)",
        [
            ("MD1.1",
             "Introduce twice-daily controlled drug balance checks on the Inpatient Unit, signed by two "
             "registered nurses.",
             "Ward Manager (IPU)", d(31, 5, 2025), None,
             "Checks in place since 12 May 2025. Weekly audit shows 100% compliance for 20 consecutive weeks.",
             "CD audit results; CD register spot checks", BLUE),
            ("MD1.2",
             "Commission an external controlled drugs audit through the ICB Controlled Drugs Local "
             "Intelligence Network.",
             "Lead Pharmacist / Director of Clinical Services", d(30, 6, 2025), d(30, 9, 2025),
             "Audit completed 18 September 2025; draft report expected November.",
             "Audit terms of reference", GREEN),
            ("MD1.3",
             "Update the Medicines Management Policy and deliver refresher training to all registered "
             "nurses, including bank staff.",
             "Lead Pharmacist", d(31, 7, 2025), d(30, 11, 2025),
             "Policy approved at Medicines Management Group 9 September 2025. Training 68% complete; "
             "bank staff sessions booked for November.",
             "Policy v4.0; training matrix", AMBER),
        ],
    )
    finding(
        "Should do: The service should ensure that falls risk assessments are reviewed and updated "
        "after every fall.",
        [
            ("SD1",
             "Add a mandatory post-falls review prompt to the electronic patient record (SystmOne) and "
             "audit completion monthly.",
             "Clinical Nurse Specialist – Falls; Digital Systems Manager", d(31, 8, 2025), None,
             "Prompt went live 4 August 2025. September audit 91%.",
             "SystmOne template; audit report", GREEN),
        ],
    )
    domain("WELL-LED")
    finding(
        "Must do: The provider must ensure governance systems are effective in identifying and acting "
        "on risks, including oversight of audit results by the Board of Trustees. (Regulation 17)",
        [
            ("MD2.1",
             "Revise the clinical audit programme so that every audit has a named owner, an action plan "
             "and a re-audit date.",
             "Head of Quality and Governance", d(30, 6, 2025), None,
             "Audit programme 2025/26 approved June 2025.",
             "Clinical audit programme 2025/26", BLUE),
            ("MD2.2",
             "Establish a quarterly quality and safety dashboard reported to the Clinical Governance "
             "Committee and the Board of Trustees.",
             "Director of Clinical Services", d(30, 9, 2025), d(31, 1, 2026),
             "First draft dashboard shared with Committee chair; data from the new incident system not "
             "available until December.",
             "Draft dashboard", AMBER),
        ],
    )
    finding(
        "Should do: The provider should ensure that learning from complaints is shared with staff "
        "across all teams.",
        [
            ("SD2",
             "Publish a quarterly ‘You said, we did’ learning bulletin and add complaints learning as a "
             "standing item at team meetings.",
             "Patient Experience Lead", "Ongoing", None,
             "First bulletin issued July 2025; second issued October 2025.",
             "Bulletins; team meeting notes", GREEN),
        ],
    )
    finding(
        "Should do: The provider should review staffing of the Hospice at Home night service to ensure "
        "calls are responded to in a timely way.",
        [
            ("SD3",
             "Complete a demand and capacity review of the Hospice at Home night service and present "
             "options to the Senior Leadership Team.\nRecruit to any additional posts agreed.",
             "Community Services Manager", d(31, 12, 2025), None,
             "Review not yet started – scheduled to begin in November once the winter rota is agreed.",
             None, None),
        ],
    )
    last = r - 1
    box(ws, f"A6:I{last}")
    r += 1
    ws.cell(row=r, column=1, value="Summary").font = Font(bold=True)
    r += 1
    for lab, n in (("Complete", 2), ("On track", 3), ("At risk / slipped", 2), ("Off track", 0),
                   ("Not started", 1), ("Total actions", 8)):
        ws.cell(row=r, column=1, value=lab)
        ws.cell(row=r, column=2, value=n)
        r += 1
    widths = [9, 45, 50, 28, 13, 13, 45, 28, 8]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A6"
    wb.save(out("yv-prospect-hospice-cqc-inspection-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. SGN - HSE improvement notices action tracker (xlsx)
# ---------------------------------------------------------------------------
def sgn():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "SGN – HSE Improvement Notices: Remedial Action Tracker"
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Summary position at 28 November 2025 – for SHE Committee, 9 December 2025"
    hdr = ["Notice", "Served", "Compliance date", "Actions", "Complete", "Open"]
    for i, h in enumerate(hdr, 1):
        c = sm.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
    rows = [
        ("IN/324/1187 – Iron mains risk management (Southern)", d(22, 7, 2025), d(30, 1, 2026), 3, 1, 2),
        ("IN/324/1192 – Emergency response standards (Scotland)", d(22, 7, 2025), d(27, 2, 2026), 3, 1, 2),
        ("IN/324/1205 – Contractor management at depots", d(5, 8, 2025), d(31, 3, 2026), 2, 0, 2),
        ("Total", None, None, 8, 2, 6),
    ]
    for r, row in enumerate(rows, 5):
        for cidx, v in enumerate(row, 1):
            c = sm.cell(row=r, column=cidx, value=v)
            if isinstance(v, datetime):
                c.number_format = "dd/mm/yyyy"
    sm.cell(row=8, column=1).font = Font(bold=True)
    box(sm, "A4:F8")
    sm["A10"] = "RAG definitions"
    sm["A10"].font = Font(bold=True)
    defs = [
        ("Green", "On track to meet the due date", GREEN),
        ("Amber", "At risk – mitigation in place, may need a revised date", AMBER),
        ("Red", "Will miss the due date – HSE extension required", RED),
        ("Complete", "Closed with evidence accepted by the SHE Assurance team", BLUE),
    ]
    for r, (k, v, colr) in enumerate(defs, 11):
        c = sm.cell(row=r, column=1, value=k)
        c.fill = fill(colr)
        sm.cell(row=r, column=2, value=v)
    sm.column_dimensions["A"].width = 55
    for col in "BCDEF":
        sm.column_dimensions[col].width = 16

    ws = wb.create_sheet("Action tracker")
    ws["A1"] = "SGN – HSE Improvement Notices: Remedial Action Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = ("Tracker owner: Director of Safety, Health and Environment | Reported to: SHE Committee | "
                "Position at: 28 November 2025")
    ws.merge_cells("A2:H2")
    headers = ["Action ID", "Action", "Action owner(s)", "Original due date", "Revised due date",
               "Previous RAG", "Current RAG", "Update / evidence of closure"]
    for i, h in enumerate(headers, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("305496")
        c.alignment = WRAP
        c.border = BORDER
    ragfill = {"Green": GREEN, "Amber": AMBER, "Red": RED, "Complete": BLUE}
    r = 5

    def notice(heading, requirement, actions):
        nonlocal r
        c = ws.cell(row=r, column=1, value=heading)
        c.font = Font(bold=True, color="FFFFFF")
        for cidx in range(1, 9):
            ws.cell(row=r, column=cidx).fill = fill("44546A")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        c = ws.cell(row=r, column=1, value=requirement)
        c.font = Font(italic=True)
        c.alignment = WRAP
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.row_dimensions[r].height = 32
        r += 1
        for (aid, act, owner, orig, rev, prev, cur, upd) in actions:
            vals = [aid, act, owner, orig, rev, prev, cur, upd]
            for cidx, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=cidx, value=v)
                c.border = BORDER
                c.alignment = WRAP
                if isinstance(v, datetime):
                    c.number_format = "dd/mm/yyyy"
            for cidx, v in ((6, prev), (7, cur)):
                if v in ragfill:
                    ws.cell(row=r, column=cidx).fill = fill(ragfill[v])
            r += 1

    notice(
        "Improvement Notice 1 – IN/324/1187 – Iron mains risk management (Southern network)",
        "HSE requirement: Ensure that the risk from iron gas mains within 30 metres of buildings is "
        "assessed and prioritised for decommissioning, as required by the Pipelines Safety Regulations "
        "1996, regulation 13.",
        [
            ("1.1",
             "Re-run the mains risk prioritisation model for all iron mains within 30 m of property in the "
             "Southern network using updated fracture history data.",
             "Head of Asset Risk", d(31, 10, 2025), None, "Amber", "Complete",
             "Model re-run 24 October 2025; outputs signed off by Asset Risk Panel 6 November."),
            ("1.2",
             "Issue a revised 2026/27 decommissioning programme prioritising the 500 highest-ranked mains.",
             "Head of Mains Replacement; Network Planning Manager", d(30, 11, 2025), d(31, 12, 2025),
             "Green", "Amber",
             "Programme drafted; awaiting contractor capacity confirmation for Kent and Surrey."),
            ("1.3",
             "Provide HSE with written confirmation of the revised programme and supporting risk data.",
             "Director of Safety, Health and Environment", d(30, 1, 2026), None, "Green", "Green",
             "Letter template agreed with Legal."),
        ],
    )
    notice(
        "Improvement Notice 2 – IN/324/1192 – Emergency response standards (Scotland network)",
        "HSE requirement: Ensure that uncontrolled gas escapes are attended within the standards set out "
        "in the accepted safety case under the Gas Safety (Management) Regulations 1996, and that "
        "resources are sufficient to do so.",
        [
            ("2.1",
             "Recruit and train 24 additional first call operatives for the Scotland network.",
             "Head of Emergency Services (Scotland) / HR Business Partner", d(31, 12, 2025), d(31, 3, 2026),
             "Amber", "Red",
             "15 of 24 recruited; training school capacity limits start dates. Extension request sent to "
             "HSE 20 November 2025."),
            ("2.2",
             "Implement dynamic scheduling so that standby resources are redeployed automatically when "
             "attendance standards are at risk.",
             "Operations Systems Manager", d(30, 9, 2025), None, "Amber", "Complete",
             "Live across all Scotland depots from 29 September 2025."),
            ("2.3",
             "Review emergency standards performance daily at the 08:30 operational call, with escalation "
             "to the Network Director.",
             "Network Director (Scotland)", "Ongoing", None, "Green", "Green",
             "Daily review in place; weekly summary to Executive."),
        ],
    )
    notice(
        "Improvement Notice 3 – IN/324/1205 – Contractor management at depots",
        "HSE requirement: Put in place suitable arrangements to manage the risks to contractors working "
        "at SGN depots, including permit-to-work controls, as required by the Management of Health and "
        "Safety at Work Regulations 1999, regulation 3.",
        [
            ("3.1",
             "Roll out the digital permit-to-work system to all 47 depots.",
             "Head of Property and Facilities", d(31, 10, 2025), d(28, 2, 2026), "Amber", "Amber",
             "Live at 29 of 47 depots. Remaining depots scheduled January–February 2026."),
            ("3.2",
             "Audit contractor induction records at every depot and close any gaps found.",
             "SHE Business Partners", d(31, 12, 2025), None, None, "Green",
             "New action added October 2025. Audits complete at 31 depots."),
        ],
    )
    widths = [10, 55, 32, 14, 14, 11, 11, 50]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A5"
    wb.save(out("yv-sgn-hse-improvement-notices-action-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 3. Devon and Torbay CCA - establishment lessons learned action plan (xlsx)
# ---------------------------------------------------------------------------
def devon_torbay_cca():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = "Devon and Torbay Combined County Authority – Lessons Learned from Establishment: Action Plan"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Progress update – position at 10 November 2025"
    ws["A2"].font = Font(italic=True)
    ws["A3"] = "Audit and Governance Committee – 20 November 2025"
    ws["A5"] = "Status key:"
    ws["A5"].font = Font(bold=True)
    keys = [("Complete", BLUE), ("On track", GREEN), ("At risk", AMBER), ("Off track", RED),
            ("Not started", None)]
    for col, (txt, colr) in zip("BCDEF", keys):
        c = ws[f"{col}5"]
        c.value = txt
        c.border = BORDER
        if colr:
            c.fill = fill(colr)
    headers = ["No.", "Lesson learned", "Action ref", "Agreed action", "Owner", "Target",
               "Status", "Commentary"]
    hr = 7
    for i, h in enumerate(headers, 1):
        c = ws.cell(row=hr, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("00594F")
        c.border = BORDER
        c.alignment = WRAP
    statfill = {k: v for k, v in keys if v}
    r = hr + 1

    def theme(name):
        nonlocal r
        ws.cell(row=r, column=1, value=name).font = Font(bold=True)
        for cidx in range(1, 9):
            ws.cell(row=r, column=cidx).fill = fill("E2EFDA")
        r += 1

    def lesson(no, text, actions):
        nonlocal r
        for i, (ref, act, owner, tgt, status, comm) in enumerate(actions):
            if i == 0:
                ws.cell(row=r, column=1, value=no)
                ws.cell(row=r, column=2, value=text)
            vals = {3: ref, 4: act, 5: owner, 6: tgt, 7: status, 8: comm}
            for cidx, v in vals.items():
                c = ws.cell(row=r, column=cidx, value=v)
                if isinstance(v, datetime):
                    c.number_format = "mmm-yy"
            if status in statfill:
                ws.cell(row=r, column=7).fill = fill(statfill[status])
            for cidx in range(1, 9):
                ws.cell(row=r, column=cidx).border = BORDER
                ws.cell(row=r, column=cidx).alignment = WRAP
            r += 1

    theme("Theme A – Governance and decision-making")
    lesson(1,
           "The constitution and scheme of delegation were agreed late, leaving officers unclear which "
           "decisions needed Authority approval in the first months.",
           [
               ("A1.1",
                "Review the scheme of delegation after twelve months of operation and bring revisions to "
                "the Authority.",
                "Monitoring Officer", "Q3 2025/26", "Complete",
                "Revised scheme approved by the Authority on 30 October 2025."),
               ("A1.2",
                "Publish a decision-making flowchart for officers of the CCA and both constituent councils.",
                "Governance Manager", d(1, 1, 2026), "On track",
                "Draft circulated to Statutory Officers' Group."),
           ])
    lesson(2,
           "There was no forward plan of key decisions at the start, so some reports were published at "
           "short notice.",
           [
               ("A2.1",
                "Maintain a 12-month Forward Plan, updated monthly and reviewed at the Statutory Officers' "
                "Group.",
                "Fenwick, Claire", "Ongoing", "On track",
                "Forward Plan published monthly since June 2025."),
           ])
    theme("Theme B – Resourcing and capacity")
    lesson(3,
           "Reliance on staff seconded from Devon County Council and Torbay Council created capacity "
           "pressures in both councils.",
           [
               ("B3.1",
                "Agree a permanent staffing structure for the CCA and recruit to the core team.",
                "Head of Paid Service", "Sept 2025 – March 2026", "At risk",
                "Structure agreed; two of five posts filled. Recruitment to the finance posts has been "
                "difficult."),
               ("B3.2",
                "Put secondment agreements in place for all remaining seconded posts, with recharges agreed "
                "by both councils.",
                "Chief Finance Officer (s73 Officer)", "31/10/2025", "Complete",
                "All six agreements signed."),
           ])
    lesson(4,
           "The first-year budget did not include the full cost of the statutory officer roles.",
           [
               ("B4.1",
                "Include full statutory officer costs in the 2026/27 budget and Medium Term Financial Plan.",
                "Chief Finance Officer (s73 Officer)", d(1, 2, 2026), "On track",
                "Included in draft budget for January Authority meeting."),
           ])
    theme("Theme C – Partnership and communication")
    lesson(5,
           "District councils and business representatives felt they had little early involvement in "
           "setting the CCA's priorities.",
           [
               ("C5.1",
                "Hold a twice-yearly partnership forum with all eight district councils and business "
                "representatives.",
                "Director of Strategy & Partnerships", d(1, 11, 2025), "Complete",
                "First forum held 7 November 2025 in Exeter."),
               ("C5.2",
                "Co-produce the Local Growth Plan engagement programme with the Devon and Torbay Business "
                "Board.",
                "J. Moss & T. Baird", "Q4 2025/26", "Not started",
                "Awaiting government guidance on Local Growth Plans."),
           ])
    lesson(6,
           "Public understanding of the CCA's role was low.",
           [
               ("C6.1",
                "Launch the CCA website and a plain-English guide to what the CCA does and does not do.",
                "Communications Lead", d(1, 12, 2025), "Off track",
                "Website procurement delayed; a new date will be agreed at the January meeting."),
           ])
    r += 1
    ws.cell(row=r, column=1,
            value="Note: This plan responds to the internal lessons learned review reported to the Audit and "
                  "Governance Committee on 15 July 2025. Completed actions will be removed after the next "
                  "meeting.")
    ws.cell(row=r, column=1).font = Font(italic=True)
    widths = [6, 45, 10, 55, 30, 22, 12, 50]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w

    vc = wb.create_sheet("Version control")
    vc.append(["Version", "Date", "Changes", "By"])
    vc.append(["1.0", d(15, 7, 2025), "Action plan agreed by Audit and Governance Committee", "Governance Manager"])
    vc.append(["1.1", d(11, 11, 2025), "Progress update for November Committee", "Governance Manager"])
    for row in vc.iter_rows(min_row=2, max_row=3, min_col=2, max_col=2):
        for c in row:
            c.number_format = "dd/mm/yyyy"
    for c in vc[1]:
        c.font = Font(bold=True)
    wb.save(out("yv-devon-and-torbay-cca-establishment-lessons-learned-action-plan.xlsx"))


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


def set_cell(cell, text, bold=False, size=9, color=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)
        if color:
            run.font.color.rgb = RGBColor.from_string(color)


def header_row(table, headers, colr="1F3864"):
    for cell, h in zip(table.rows[0].cells, headers):
        set_cell(cell, h, bold=True, color="FFFFFF")
        shade(cell, colr)


# ---------------------------------------------------------------------------
# 4. Ordnance Survey - programme highlight report (docx)
# ---------------------------------------------------------------------------
def ordnance_survey():
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_heading("OS NGD Data Enhancement Programme – Highlight Report", level=1)
    p = doc.add_paragraph("Reporting period: 1–31 October 2025   |   Report to: Programme Board, 12 November 2025")
    p.runs[0].italic = True

    t = doc.add_table(rows=5, cols=4)
    t.style = "Table Grid"
    meta = [
        ("Programme", "OS NGD Data Enhancement", "Senior Responsible Owner", "Chief Data Officer"),
        ("Programme Manager", "Programme Manager, Data Products", "Report version", "v0.3"),
        ("Overall delivery confidence", "Amber", "Previous period", "Amber"),
        ("Schedule", "Amber", "Budget", "Green"),
        ("Scope", "Green", "Resources", "Amber"),
    ]
    for row, vals in zip(t.rows, meta):
        for i, (cell, v) in enumerate(zip(row.cells, vals)):
            set_cell(cell, v, bold=(i % 2 == 0))
            if i % 2 == 0:
                shade(cell, "D9E2F3")
            elif v in ("Amber", "Green", "Red"):
                shade(cell, {"Amber": AMBER, "Green": GREEN, "Red": RED}[v])

    doc.add_heading("1. Summary", level=2)
    doc.add_paragraph(
        "Building height attribution is now forecast for November after the aerial survey backlog in "
        "Scotland. The Transport Network weekly update cycle is red: the supply arrangements for street "
        "gazetteer changes are not yet agreed, and the Board is asked to note the revised forecast. "
        "Customer transition activity is on plan.")

    doc.add_heading("2. RAG definitions", level=2)
    k = doc.add_table(rows=5, cols=2)
    k.style = "Table Grid"
    header_row(k, ["Status", "Meaning"])
    for row, (s, m, colr) in zip(k.rows[1:], [
        ("G", "On track against baseline", GREEN),
        ("A", "Forecast later than baseline but within tolerance", AMBER),
        ("R", "Forecast outside tolerance – Board action needed", RED),
        ("B", "Complete", BLUE),
    ]):
        set_cell(row.cells[0], s, bold=True)
        shade(row.cells[0], colr)
        set_cell(row.cells[1], m)

    doc.add_heading("3. Milestones and actions by workstream", level=2)
    cols = ["Ref", "Milestone / action", "Owner", "Baseline date", "Forecast date", "Status"]
    ragc = {"G": GREEN, "A": AMBER, "R": RED, "B": BLUE}

    def workstream(name, rows):
        doc.add_heading(name, level=3)
        tb = doc.add_table(rows=1 + len(rows), cols=len(cols))
        tb.style = "Table Grid"
        header_row(tb, cols)
        for row, vals in zip(tb.rows[1:], rows):
            for cell, v in zip(row.cells, vals):
                set_cell(cell, v)
            if vals[5] in ragc:
                shade(row.cells[5], ragc[vals[5]])
        doc.add_paragraph()

    workstream("Workstream 1: Building attribution", [
        ("1.1", "Complete building height attribution for all buildings in Great Britain",
         "Head of Data Capture", "Sep 2025", "Nov 2025", "A"),
        ("1.2", "Release building age and construction material attributes in the OS NGD Buildings theme",
         "Product Manager – Buildings", "Dec 2025", "Dec 2025", "G"),
        ("1.3", "Publish the revised Buildings technical specification on OS Docs",
         "Technical Author; Product Manager – Buildings", "Oct 2025", "Oct 2025", "B"),
    ])
    workstream("Workstream 2: Transport network", [
        ("2.1", "Integrate street gazetteer changes into the Transport Network theme on a weekly cycle",
         "Head of Transport Data", "Jan 2026", "Mar 2026", "R"),
        ("2.2", "Agree data supply arrangements with GeoPlace for USRN updates",
         "Partnerships Manager", "Nov 2025", "Feb 2026", "A"),
    ])
    workstream("Workstream 3: Customer transition", [
        ("3.1", "Notify all PSGA members of the retirement of legacy OS MasterMap Topography Layer formats",
         "Customer Success Director", "Oct 2025", "Oct 2025", "B"),
        ("3.2", "Run four customer migration webinars and publish the recordings",
         "Customer Success Director", "Dec 2025", "Dec 2025", "G"),
        ("3.3", "Confirm the withdrawal date for the legacy GML product with the PSGA governance board",
         "Programme Director", "Mar 2026", "", ""),
    ])

    doc.add_heading("4. Key risks and issues", level=2)
    rk = doc.add_table(rows=3, cols=4)
    rk.style = "Table Grid"
    header_row(rk, ["ID", "Risk / issue", "Rating", "Trend"])
    for row, vals in zip(rk.rows[1:], [
        ("R04", "Aerial imagery capture in Scotland delayed by weather, reducing height attribution coverage",
         "High", "Stable"),
        ("I02", "No agreed data supply route for weekly street gazetteer changes", "High", "Worsening"),
    ]):
        for cell, v in zip(row.cells, vals):
            set_cell(cell, v)

    doc.add_heading("5. Decisions required from the Programme Board", level=2)
    doc.add_paragraph("Note the revised forecast for milestone 2.1 and agree escalation to the Executive "
                      "Committee if the GeoPlace agreement is not in place by December.", style="List Bullet")
    doc.save(out("yv-ordnance-survey-os-ngd-data-enhancement-programme-highlight-report.docx"))


# ---------------------------------------------------------------------------
# 5. Homes2Inspire - Meadowbank House children's home Ofsted action plan (docx)
# ---------------------------------------------------------------------------
def homes2inspire():
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Homes2Inspire Ltd")
    r.bold = True
    r.font.size = Pt(12)
    p = doc.add_paragraph()
    r = p.add_run("Meadowbank House – Post-Inspection Action Plan")
    r.bold = True
    r.font.size = Pt(16)
    p.alignment = WD_ALIGN_PARAGRAPH.LEFT

    t = doc.add_table(rows=6, cols=2)
    t.style = "Table Grid"
    for row, (k, v) in zip(t.rows, [
        ("Unique reference number", "SC487213"),
        ("Registered manager", "Lucy Hartley"),
        ("Responsible individual", "Mark Denton"),
        ("Inspection dates", "3 and 4 June 2025"),
        ("Overall experiences and progress of children and young people", "Requires improvement to be good"),
        ("Action plan updated", "1 September 2025"),
    ]):
        set_cell(row.cells[0], k, bold=True, size=10)
        shade(row.cells[0], "E7E6E6")
        set_cell(row.cells[1], v, size=10)

    doc.add_paragraph()
    p = doc.add_paragraph()
    r = p.add_run("Section 1: Requirements")
    r.bold = True
    r.font.size = Pt(12)
    doc.add_paragraph("The registered person must comply with the following requirements by the dates "
                      "set by Ofsted.")

    cols = ["No.", "Requirement (regulation)", "Ofsted due date", "Action we will take",
            "Person responsible", "Target date", "Status"]
    reqs = [
        ("The registered person must ensure that staff are familiar with, and act in accordance with, each "
         "child's risk assessment and the home's procedures when a child goes missing from the home. "
         "(Regulation 12 (1) (2)(a)(i)(ii))",
         "31 July 2025",
         [
             ("1.1", "Hold a team meeting to go through each child's missing-from-home risk assessment and "
                     "protocol, and record staff sign-off.",
              "Registered Manager", "20/06/2025", "Achieved"),
             ("1.2", "Audit every missing episode against the protocol and discuss findings in staff "
                     "supervision.",
              "Registered Manager; Responsible Individual", "Monthly", "On track"),
         ]),
        ("The registered person must ensure that all staff complete the Level 3 Diploma in Residential "
         "Childcare (England) or equivalent within two years of starting work at the home. "
         "(Regulation 32 (3)(a))",
         "30 September 2025",
         [
             ("2.1", "Enrol the three staff members without the Level 3 Diploma with the training provider "
                     "and agree protected study time.",
              "Lucy Hartley (RM) and HR Advisor", "31/08/2025", "Achieved"),
         ]),
        ("The registered person must ensure that records of restraint are completed within 24 hours and "
         "include the child's views. (Regulation 35 (3)(a)(b))",
         "31 July 2025",
         [
             ("3.1", "Introduce a restraint record checklist and check every record within 24 hours.",
              "Deputy Manager", "31/07/2025", "Achieved"),
             ("3.2", "Hold a key-work session after each restraint so the child's views are recorded, and "
                     "include restraint records in the monthly Regulation 45 review.",
              "Key workers / Registered Manager", "Ongoing", "On track"),
         ]),
    ]
    nrows = 1 + sum(len(a) for _, _, a in reqs)
    tb = doc.add_table(rows=nrows, cols=len(cols))
    tb.style = "Table Grid"
    header_row(tb, cols, "2E75B6")
    ri = 1
    for req, due, acts in reqs:
        first = ri
        for (no, act, who, tgt, status) in acts:
            row = tb.rows[ri].cells
            set_cell(row[0], no)
            set_cell(row[3], act)
            set_cell(row[4], who)
            set_cell(row[5], tgt)
            set_cell(row[6], status)
            ri += 1
        set_cell(tb.rows[first].cells[1], req)
        set_cell(tb.rows[first].cells[2], due)
        if ri - first > 1:
            a = tb.cell(first, 1).merge(tb.cell(ri - 1, 1))
            set_cell(a, req)
            b = tb.cell(first, 2).merge(tb.cell(ri - 1, 2))
            set_cell(b, due)

    doc.add_paragraph()
    p = doc.add_paragraph()
    r = p.add_run("Section 2: Recommendations")
    r.bold = True
    r.font.size = Pt(12)
    cols2 = ["No.", "Recommendation", "Action we will take", "Person responsible", "Target date", "Status"]
    recs = [
        ("R1", "The registered person should ensure that the home is well maintained and decorated, "
               "specifically the kitchen and the upstairs bathroom. (‘Guide to the Children’s Homes "
               "Regulations, including the quality standards’, page 15, paragraph 3.9)",
         "Replace the kitchen units and refit the upstairs bathroom, with children choosing colours and "
         "finishes.", "Property Manager", "November 2025", "On track"),
        ("R2", "The registered person should ensure that each child's placement plan is updated after "
               "every placement plan review so that it reflects the child's current needs. (‘Guide to the "
               "Children’s Homes Regulations, including the quality standards’, page 55, paragraph 11.9)",
         "Check all placement plans against the latest reviews and update them within 10 working days of "
         "each future review.", "Registered Manager", "30/09/2025", "Not started"),
    ]
    tb2 = doc.add_table(rows=1 + len(recs), cols=len(cols2))
    tb2.style = "Table Grid"
    header_row(tb2, cols2, "2E75B6")
    for row, vals in zip(tb2.rows[1:], recs):
        for cell, v in zip(row.cells, vals):
            set_cell(cell, v)

    doc.add_paragraph()
    so = doc.add_table(rows=2, cols=3)
    so.style = "Table Grid"
    for row, vals in zip(so.rows, [("Signed (Registered Manager)", "Lucy Hartley", "01/09/2025"),
                                   ("Signed (Responsible Individual)", "Mark Denton", "01/09/2025")]):
        for i, (cell, v) in enumerate(zip(row.cells, vals)):
            set_cell(cell, v, bold=(i == 0), size=10)
    doc.save(out("yv-homes2inspire-meadowbank-house-childrens-home-ofsted-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Henley-on-Thames Town Council - action log (csv) - typo month, refuse
# ---------------------------------------------------------------------------
def henley():
    lines = [
        "Henley-on-Thames Town Council – Action Log 2025/26,,,,,,,",
        "Full Council and Committees,,,,,,,",
        "Updated by the Town Clerk 03/11/2025,,,,,,,",
        ",,,,,,,",
        "Ref,Meeting,Minute no.,Action,Responsible,Due,Status,Update",
        "FC01,Full Council 20/05/2025,FC25/012,Write to Oxfordshire County Council requesting a 20mph "
        "assessment for Reading Road,Town Clerk,Jun-25,Complete,Letter sent 28/05/2025",
        "FC02,Full Council 20/05/2025,FC25/019,Obtain three quotes to replace the Market Place bus shelter,"
        "Operations Manager,Jul-25,Complete,Quotes reported to Facilities Committee",
        "FC03,Full Council 17/06/2025,FC25/034,Publish the 2024/25 AGAR and notice of public rights on the "
        "website,RFO,Jun-25,Complete,Published 27/06/2025",
        "FC04,Full Council 17/06/2025,FC25/041,Review Standing Orders against the 2025 NALC model and report "
        "to Policy & Resources,Deputy Town Clerk,Sep-25,Complete,Adopted at Full Council 16/09/2025",
        "FA01,Facilities 08/07/2025,FA25/022,\"Repair the boundary fence at Makins Recreation Ground, "
        "including the gate by the play area\",Operations Manager,Aug-25,Complete,Works completed 19/08/2025",
        "FA02,Facilities 08/07/2025,FA25/027,Commission a condition survey of the Town Hall roof,"
        "Operations Manager,0ct-25,Green,Surveyor appointed; visit booked",
        "PR01,Policy & Resources 22/07/2025,PR25/015,Draft the 2026/27 budget and precept options for "
        "councillors' workshop,RFO / Town Clerk,Nov-25,Green,Workshop 12/11/2025",
        "PR02,Policy & Resources 22/07/2025,PR25/018,Renew the council's insurance and review cover for "
        "events,RFO,Sep-25,Complete,Renewed with existing insurer",
        "FC05,Full Council 16/09/2025,FC25/066,Set up a working group on the Henley Royal Regatta traffic "
        "plan for 2026,Cllr R. Lambourne and Town Clerk,Dec-25,Green,Terms of reference drafted",
        "FC06,Full Council 16/09/2025,FC25/071,Apply to the Community Infrastructure Levy fund for Mill "
        "Meadows play equipment,Deputy Town Clerk,Jan-26,Amber,Awaiting quotes from two suppliers",
        ",,,,,,,",
        "Key: Complete = closed at next meeting; Green = on track; Amber = at risk; Red = overdue,,,,,,,",
    ]
    with open(out("yv-henley-on-thames-town-council-action-log-2025-26-typo-month-refuse.csv"), "w",
              encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ---------------------------------------------------------------------------
# 7. YMCA Thames Gateway - cyber incident lessons learned action plan (tab-separated txt)
# ---------------------------------------------------------------------------
def ymca():
    T = "\t"
    rows = [
        ["YMCA Thames Gateway – Lessons Learned Action Plan: Ransomware Incident, February 2025"],
        ["Audit, Finance and Risk Committee – 24 September 2025 (position at 12 September 2025)"],
        ["Key: B = complete; G = on track; A = at risk; R = off track"],
        [],
        ["Ref", "Lesson / action", "Owner", "Due", "RAG", "Comment"],
        ["", "THEME 1: DETECTION AND RESPONSE"],
        ["", "Lesson 1: The out-of-hours alert from the managed security provider was not acted on until the "
             "next working day."],
        ["1.1", "Agree a 24/7 escalation route with the managed security provider, including named on-call "
                "managers.", "Head of IT", "31/03/2025", "B", "New contract schedule signed 20 March 2025."],
        ["1.2", "Test the out-of-hours escalation route twice a year.",
         "Head of IT; Director of Finance and Resources", "Six-monthly", "G", "First test completed 14 July 2025."],
        ["", "Lesson 2: The incident response plan had never been tested and did not cover the loss of email."],
        ["2.1", "Rewrite the Incident Response Plan to include other ways of communicating when Microsoft 365 "
                "is unavailable.", "Director of Finance and Resources", "30/06/2025", "B",
         "Approved by Executive Team 17 June 2025."],
        ["2.2", "Run a tabletop exercise with the Executive Team and two trustees.",
         "Director of Finance and Resources", "Oct-25", "G", "Booked for 9 October 2025."],
        ["", "THEME 2: SYSTEMS AND ACCESS"],
        ["", "Lesson 3: Multi-factor authentication was not enforced for all accounts, and staff at the "
             "supported housing projects shared logins."],
        ["3.1", "Enforce multi-factor authentication on all Microsoft 365 accounts.", "Head of IT", "31/05/2025",
         "B", "Enforced 2 May 2025."],
        ["", "Replace shared logins at the supported housing projects with individual accounts."],
        ["3.2", "Replace the 14 unsupported Windows 10 laptops at the Southend and Grays projects.",
         "Head of IT", "Dec-25", "A", "Laptops ordered; supplier delivery delayed."],
        ["", "Lesson 4: Backups of the housing management system were held on the same network and were "
             "encrypted in the attack."],
        ["4.1", "Move to immutable off-site backups for the housing management and finance systems, with "
                "quarterly restore tests.", "Head of IT", "30/09/2025", "R",
         "Supplier onboarding delayed; revised date to be confirmed at the October Committee."],
        ["", "THEME 3: PEOPLE AND GOVERNANCE"],
        ["", "Lesson 5: Staff were unsure how to report a suspicious email, and the first report came from a "
             "volunteer."],
        ["5.1", "Make annual cyber awareness training mandatory for all staff and volunteers with system "
                "access, and report completion rates to the Committee.", "HR Manager",
         "Annual – from April 2025", "G", "82% completion at 31 August 2025."],
        ["5.2", "Appoint a trustee lead for digital and cyber risk.", "Chair of Trustees", "Sept 2025", "B",
         "Trustee lead appointed at Board, 4 September 2025."],
        ["", "Lesson 6: The serious incident report to the Charity Commission was made later than it should "
             "have been."],
        ["6.1", "Update the Serious Incident Reporting procedure so that the Chief Executive decides on "
                "Charity Commission and ICO reports within 48 hours.", "Chief Executive", "31 July 2025", "B",
         "Procedure updated and circulated 25 July 2025."],
        [],
        ["Summary: 10 actions – 5 complete (B), 3 on track (G), 1 at risk (A), 1 off track (R)"],
    ]
    with open(out("yv-ymca-thames-gateway-ransomware-incident-lessons-learned-action-plan.txt"), "w",
              encoding="utf-8", newline="") as f:
        for row in rows:
            f.write(T.join(row) + "\n")


if __name__ == "__main__":
    prospect_hospice()
    sgn()
    devon_torbay_cca()
    ordnance_survey()
    homes2inspire()
    henley()
    ymca()
    print("built 7 files")
