"""Build the seven zyz- blind test files (set heldout615).

Run with /work/main/.venv/bin/python zyz_make.py ; writes next to this script.
"""
import csv
import datetime as dt
import os

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
import docx
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    return os.path.join(HERE, name)


D = dt.datetime
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)

FILL = {
    "R": PatternFill("solid", fgColor="FF0000"),
    "A": PatternFill("solid", fgColor="FFC000"),
    "G": PatternFill("solid", fgColor="00B050"),
    "B": PatternFill("solid", fgColor="0070C0"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
    "head": PatternFill("solid", fgColor="1F3864"),
    "band": PatternFill("solid", fgColor="DDEBF7"),
    "teal": PatternFill("solid", fgColor="E2EFDA"),
}
WHITE_BOLD = Font(bold=True, color="FFFFFF")


def put(ws, row, values, *, bold=False, fill=None, font=None, border=True, fmt_dates=True):
    for i, v in enumerate(values, start=1):
        c = ws.cell(row=row, column=i, value=v)
        c.alignment = WRAP
        if border:
            c.border = BOX
        if bold:
            c.font = BOLD
        if font is not None:
            c.font = font
        if fill is not None:
            c.fill = fill
        if fmt_dates and isinstance(v, dt.datetime):
            c.number_format = "dd/mm/yyyy"


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


# ---------------------------------------------------------------------------
# 1. Bradford District Care NHS FT - Board of Directors action log (xlsx)
# ---------------------------------------------------------------------------
def make_bdcft():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Open actions"
    title = ("Bradford District Care NHS Foundation Trust – Board of Directors Action Log "
             "(meeting held in public)")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = ("Updated for the Board of Directors meeting on 10 July 2025. "
                "Actions rated blue are proposed for closure and will move to the Closed actions tab.")
    ws.merge_cells("A2:H2")
    ws["A3"] = "Key:"
    ws["A3"].font = BOLD
    for col, (k, label) in zip("BCDE", [("B", "Complete – propose closure"), ("G", "On track"),
                                        ("A", "Revised date agreed"), ("R", "Overdue")]):
        c = ws[f"{col}3"]
        c.value = label
        c.fill = FILL[k]
        c.font = Font(bold=True, color="FFFFFF" if k in "BR" else "000000")
        c.border = BOX
    headers = ["Action ref", "Agenda item", "Action", "Lead", "Due date", "Revised date", "RAG",
               "Update"]
    put(ws, 5, headers, font=WHITE_BOLD, fill=FILL["head"])

    rows = [
        ("meeting", "Board of Directors – 13 March 2025"),
        ("BoD 25/018", "Integrated Performance Report",
         "Provide a trajectory for reducing out of area placements for adult acute beds, with the "
         "expected position at the end of each quarter of 2025/26.",
         "Chief Operating Officer", D(2025, 5, 8), D(2025, 7, 10), "A",
         "Trajectory drafted; awaiting confirmation of ICB-funded step-down beds. Revised date "
         "agreed with the Chair."),
        ("BoD 25/021", "Freedom to Speak Up Guardian report",
         "Bring back an analysis of speaking up cases by staff group and protected characteristic, "
         "benchmarked against the National Guardian’s Office data.",
         "Director of People and Organisational Development", D(2025, 9, 11), None, "G",
         "Data request submitted to the National Guardian’s Office; on track for the September "
         "Board."),
        ("meeting", "Board of Directors – 8 May 2025"),
        ("BoD 25/034", "Patient Safety Incident Response Framework (PSIRF) update",
         "Circulate the thematic review of incidents involving missed physical health observations "
         "on inpatient wards to all Board members.",
         "Director of Nursing, Professions and Care Standards", D(2025, 6, 30), None, "R",
         "Thematic review delayed by availability of the Physical Health Lead; now expected end "
         "of July."),
        ("BoD 25/036", "Finance report – Month 12",
         "Set out the Trust’s share of the system efficiency target and the schemes identified "
         "against it, as part of the Month 3 finance report.",
         "TR/CW", "Sept 2025", None, "G",
         "Month 3 report in preparation; schemes being validated with care groups."),
        ("BoD 25/039", "Guardian of Safe Working Hours quarterly report",
         "Confirm the arrangements for resident doctors’ exception reporting once the new national "
         "system goes live, and report any change to the People and Culture Committee.",
         "Medical Director", D(2025, 10, 30), None, "G",
         "National go-live confirmed for August 2025; local guidance being drafted."),
        ("meeting", "Board of Directors – 12 June 2025"),
        ("BoD 25/047", "Board Assurance Framework",
         "Review the target risk score for BAF risk 3 (workforce supply) in light of the 2025/26 "
         "workforce plan and bring the revised wording to the next meeting.",
         "Trust Secretary / Director of Corporate Affairs", D(2025, 7, 10), None, "B",
         "Revised risk wording included in the BAF at agenda item 14. Propose closure."),
        ("BoD 25/049", "Staff story",
         "Write to the Keighley community mental health team to thank them for sharing their "
         "experience of the new triage model.",
         "Chair", D(2025, 6, 30), None, "B", "Letter sent 19 June 2025. Propose closure."),
    ]
    r = 6
    for row in rows:
        if row[0] == "meeting":
            ws.cell(row=r, column=1, value=row[1]).font = BOLD
            for col in range(1, 9):
                ws.cell(row=r, column=col).fill = FILL["grey"]
                ws.cell(row=r, column=col).border = BOX
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        else:
            ref, item, action, lead, due, rev, rag, upd = row
            put(ws, r, [ref, item, action, lead, due, rev, None, upd])
            ws.cell(row=r, column=7).fill = FILL[rag]
        r += 1
    widths(ws, [12, 24, 60, 26, 12, 12, 7, 50])
    ws.freeze_panes = "A6"

    ws2 = wb.create_sheet("Closed actions")
    ws2["A1"] = "Closed actions – retained for audit trail (closed since January 2025)"
    ws2["A1"].font = Font(bold=True, size=12)
    ws2.merge_cells("A1:G1")
    put(ws2, 3, ["Action ref", "Agenda item", "Action", "Lead", "Due date", "Date closed", "Status"],
        font=WHITE_BOLD, fill=FILL["head"])
    closed = [
        ("meeting", "Board of Directors – 9 January 2025"),
        ("BoD 25/006", "Chief Executive’s report",
         "Share the West Yorkshire ICB mental health, learning disability and autism programme "
         "update with non-executive directors.",
         "Chief Executive", D(2025, 3, 13), D(2025, 3, 13), "Complete"),
        ("meeting", "Board of Directors – 13 March 2025"),
        ("BoD 25/019", "Integrated Performance Report",
         "Add the percentage of children and young people seen within 18 weeks to the CAMHS "
         "section of the IPR from April 2025.",
         "Director of Strategy and Partnerships / Head of Performance", D(2025, 5, 8),
         D(2025, 5, 8), "Complete"),
    ]
    r = 4
    for row in closed:
        if row[0] == "meeting":
            ws2.cell(row=r, column=1, value=row[1]).font = BOLD
            for col in range(1, 8):
                ws2.cell(row=r, column=col).fill = FILL["grey"]
                ws2.cell(row=r, column=col).border = BOX
            ws2.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        else:
            put(ws2, r, list(row))
            ws2.cell(row=r, column=7).fill = FILL["B"]
            ws2.cell(row=r, column=7).font = Font(color="FFFFFF", bold=True)
        r += 1
    widths(ws2, [12, 24, 60, 26, 12, 12, 12])
    wb.save(out("zyz-bradford-district-care-nhsft-board-of-directors-action-log.xlsx"))


# ---------------------------------------------------------------------------
# 2. Suffolk Constabulary - HMICFRS 'Finding time for crime' recs tracker (xlsx)
# ---------------------------------------------------------------------------
SUFFOLK_TITLE = ("Suffolk Constabulary – HMICFRS Finding time for crime: recommendations tracker")
REC1 = ("By March 2023, forces should make sure their crime scene management practices adhere to "
        "the authorised professional practice on managing investigations for serious acquisitive "
        "crime (SAC), or provide a rationale for deviating from it. This should include:\n"
        "• giving victims timely and appropriate advice during their initial call; and\n"
        "• applying a risk assessment process such as THRIVE, clearly recording it, and flagging "
        "those re-victimised for further support.")
REC2 = ("By March 2023, forces should make sure that SAC investigations are subject to effective "
        "supervision and direction, and that supervisors record this clearly on the crime record.")


def make_suffolk():
    wb = openpyxl.Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = SUFFOLK_TITLE
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = ("Report: The police response to burglary, robbery and other acquisitive crime – "
               "Finding time for crime (HMICFRS, published 11 August 2022)")
    s["A3"] = "Position at 30 June 2023 – reported to Force Performance Board, 12 July 2023"
    put(s, 5, ["Current RAG", "Number of actions"], font=WHITE_BOLD, fill=FILL["head"])
    summary = [("Blue – complete", 2, "B"), ("Green – on track", 3, "G"), ("Amber – at risk", 1, "A"),
               ("Red – off track / overdue", 1, "R")]
    r = 6
    for label, n, k in summary:
        put(s, r, [label, n])
        s.cell(row=r, column=1).fill = FILL[k]
        r += 1
    put(s, r, ["Total", "=SUM(B6:B9)"], bold=True)
    widths(s, [34, 20])

    ws = wb.create_sheet("Tracker")
    ws["A1"] = SUFFOLK_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:J1")
    ws["A2"] = ("Force lead: ACC Local Policing. Governance: Force Performance Board (monthly); "
                "PCC Accountability and Performance Panel (quarterly).")
    ws.merge_cells("A2:J2")
    ws["A3"] = "RAG: B = complete, G = on track, A = at risk, R = off track / overdue"
    ws.merge_cells("A3:J3")
    put(ws, 5, ["Rec", "HMICFRS recommendation", "Action ref", "Action", "Action owner",
                "Original deadline", "Revised deadline", "Previous RAG", "Current RAG",
                "Update (June 2023)"], font=WHITE_BOLD, fill=FILL["head"])
    acts = [
        (1, "1.1",
         "Update the Contact and Control Room script for burglary, robbery and vehicle crime so "
         "call handlers give crime scene preservation advice (including doorbell and dashcam "
         "footage) on every initial call.",
         "Head of Contact and Control Room", D(2023, 1, 31), None, "G", "B",
         "Script live from 16 January 2023; dip sample of 50 calls in May showed advice given in 46."),
        (1, "1.2",
         "Introduce a mandatory THRIVE+ field on Athena for all SAC occurrences and add a "
         "repeat-victim flag that triggers a Victim Care Unit contact.",
         "Ch Insp Contact Management / Athena Systems Lead", D(2023, 3, 31), D(2023, 9, 30), "A", "A",
         "Change request approved by the Athena Management Organisation; the national release "
         "schedule means the field will go live in September."),
        (1, "1.3",
         "Publish a force position statement on attendance at residential burglary, with a "
         "documented rationale where the force deviates from APP.",
         "D/Supt Crime and Safeguarding", D(2023, 3, 31), None, "G", "B",
         "Position statement signed off at Force Performance Board on 22 March 2023."),
        (1, "1.4",
         "Train all Response and Local Policing Team sergeants in SAC scene management using the "
         "College of Policing volume crime package.",
         "Learning and Development Manager; Local Policing Inspectors", D(2023, 6, 30),
         D(2023, 10, 31), "G", "R",
         "Abstractions for summer events have delayed course dates; 41% of sergeants trained to date."),
        (2, "2.1",
         "Set a minimum standard for supervisory reviews of SAC investigations (first review within "
         "72 hours, then every 14 days) and build it into the Athena investigation plan template.",
         "DCI Investigation Standards", D(2023, 2, 28), D(2023, 7, 31), "A", "G",
         "Template changes in user testing; go-live 24 July 2023."),
        (2, "2.2",
         "Add SAC supervision compliance to the monthly Local Policing performance pack, reported "
         "by area (East, South and West).",
         "Head of Performance and Analysis", D(2023, 4, 30), None, "A", "G",
         "First compliance figures in the May pack; West area below 60% compliance."),
        (2, "2.3",
         "Carry out a quarterly audit of 100 finalised SAC crimes to test the quality of "
         "supervision and share the learning through the Investigative Standards Board.",
         "Force Crime and Incident Registrar", "Quarterly", None, "G", "G",
         "First audit fieldwork under way; results to the Investigative Standards Board in August."),
    ]
    r = 6
    first = {}
    for rec, ref, action, owner, orig, rev, prev, cur, upd in acts:
        put(ws, r, [rec, REC1 if rec == 1 else REC2, ref, action, owner, orig, rev, prev, cur, upd])
        for col, k in ((8, prev), (9, cur)):
            ws.cell(row=r, column=col).fill = FILL[k]
            ws.cell(row=r, column=col).alignment = Alignment(horizontal="center", vertical="top")
        first.setdefault(rec, [r, r])[1] = r
        r += 1
    for rec, (a, b) in first.items():
        if b > a:
            ws.merge_cells(start_row=a, start_column=1, end_row=b, end_column=1)
            ws.merge_cells(start_row=a, start_column=2, end_row=b, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Notes:").font = BOLD
    ws.cell(row=r + 1, column=1,
            value="Actions rated B are closed once evidence has been accepted by the Force "
                  "Inspection and Audit Liaison Officer.")
    widths(ws, [6, 48, 9, 52, 28, 12, 12, 10, 10, 46])
    ws.freeze_panes = "A6"
    wb.save(out("zyz-suffolk-constabulary-hmicfrs-finding-time-for-crime-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 3. believe housing - TSM improvement plan (xlsx), with a mistyped month
# ---------------------------------------------------------------------------
def make_believe():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "TSM improvement plan"
    ws["A1"] = "believe housing – Tenant Satisfaction Measures Improvement Plan 2025/26"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = ("Based on the 2024/25 TSM perception survey results (submitted to the Regulator of "
                "Social Housing, June 2025). Reviewed quarterly by the Customer Voice Committee.")
    ws.merge_cells("A2:H2")
    ws["A3"] = "Last updated: 30 September 2025"
    put(ws, 5, ["TSM", "2024/25 result", "2025/26 target", "What we will do", "Lead", "Target date",
                "Progress update", "RAG"], font=WHITE_BOLD, fill=FILL["head"])
    rows = [
        ("band", "Keeping homes in good repair"),
        ("TP02 Satisfaction with repairs", 0.712, 0.75,
         "Introduce a same-day follow-up call for every repair marked as needing a second visit.",
         "Head of Repairs", D(2025, 6, 30), "Live since June; 1,240 follow-up calls made to date.",
         "G"),
        ("TP03 Satisfaction with time taken to complete most recent repair", 0.654, 0.70,
         "Reduce the backlog of routine repairs over 28 days to under 500 jobs by recruiting two "
         "additional multi-trade operatives.",
         "Director of Property Services", D(2025, 12, 31),
         "One operative started August; second post out to advert. Backlog 742 jobs.", "A"),
        ("TP04 Satisfaction that the home is well maintained", 0.689, 0.72,
         "Bring forward the kitchen and bathroom programme for the 180 homes in Chester-le-Street "
         "with the lowest stock condition scores.",
         "Asset Manager", "March 2026", "Contractor mobilised; 46 homes complete.", "G"),
        ("band", "Respectful and helpful engagement"),
        ("TP06 Satisfaction that the landlord listens to tenant views and acts upon them", 0.598,
         0.65,
         "Publish a quarterly ‘You said, we did’ update in the customer newsletter and on the "
         "website.",
         "Customer Voice Manager", D(2025, 7, 31), "First edition published July 2025.", "B"),
        ("TP07 Satisfaction that the landlord keeps tenants informed about things that matter to "
         "them", 0.671, 0.70,
         "Send text updates at each stage of a repair and before planned works start in the "
         "customer’s block.",
         "Head of Customer Experience", "Novmber 2025",
         "Repairs texts live; planned works texts awaiting system upgrade.", "A"),
        ("band", "Effective handling of complaints"),
        ("TP09 Satisfaction with the landlord’s approach to handling of complaints", 0.341, 0.40,
         "Train all frontline staff in the Housing Ombudsman Complaint Handling Code and early "
         "resolution.",
         "Complaints and Learning Manager", D(2025, 12, 31), "62% of frontline staff trained.", "G"),
        ("band", "Responsible neighbourhood management"),
        ("TP10 Satisfaction that the landlord keeps communal areas clean and well maintained",
         0.633, 0.67,
         "Carry out monthly estate inspections with tenant inspectors on the 20 estates with the "
         "lowest satisfaction scores.",
         "Neighbourhood Manager", "Jan-26", "Inspections running on 14 of the 20 estates.", "G"),
        ("TP12 Satisfaction with the landlord’s approach to handling anti-social behaviour", 0.552,
         0.60,
         "Contact every ASB complainant at least every 10 working days until their case is closed.",
         "ASB Team Leader", D(2025, 10, 31), "Contact standard met in 81% of open cases.", "A"),
    ]
    r = 6
    for row in rows:
        if row[0] == "band":
            ws.cell(row=r, column=1, value=row[1]).font = BOLD
            for col in range(1, 9):
                ws.cell(row=r, column=col).fill = FILL["band"]
                ws.cell(row=r, column=col).border = BOX
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        else:
            tsm, res, tgt, action, lead, date, prog, rag = row
            put(ws, r, [tsm, res, tgt, action, lead, date, prog, rag])
            ws.cell(row=r, column=2).number_format = "0.0%"
            ws.cell(row=r, column=3).number_format = "0%"
            ws.cell(row=r, column=8).fill = FILL[rag]
            ws.cell(row=r, column=8).alignment = Alignment(horizontal="center", vertical="top")
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG key: B = complete, G = on track, A = some slippage, "
                                   "R = off track").font = Font(italic=True)
    widths(ws, [40, 10, 10, 56, 28, 14, 42, 6])
    wb.save(out("zyz-believe-housing-tenant-satisfaction-measures-improvement-plan-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
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


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.5))


HEX = {"R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0", "head": "D9E2F3",
       "rec": "F2F2F2"}


# ---------------------------------------------------------------------------
# 4. West Walk Surgery - CQC inspection action plan (docx)
# ---------------------------------------------------------------------------
def make_westwalk():
    doc = docx.Document()
    landscape(doc)
    doc.add_heading("West Walk Surgery – CQC Inspection Action Plan", level=0)
    doc.add_paragraph("Inspection: 21 January 2025 (report published 18 March 2025). Overall rating: "
                      "Requires improvement (Safe: Requires improvement; Well-led: Requires "
                      "improvement).")
    doc.add_paragraph("Document control", style="Heading 2")
    dc = doc.add_table(rows=3, cols=4)
    dc.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Author", "Approved by"]):
        set_cell(dc.cell(0, i), h, bold=True)
    for r, vals in enumerate([["1.0", "02/04/2025", "Practice Manager", "Partners’ meeting"],
                              ["1.1", "30/06/2025", "Practice Manager", "Partners’ meeting"]], 1):
        for i, v in enumerate(vals):
            set_cell(dc.cell(r, i), v)
    doc.add_paragraph("RAG key: B – complete; G – on track; A – progress made but risk to the date; "
                      "R – not on track")

    cols = ["Ref", "Action", "Lead", "Completion date", "Progress / evidence", "RAG"]

    def section(heading, groups):
        doc.add_heading(heading, level=1)
        n = 1 + sum(1 + len(acts) for _, acts in groups)
        t = doc.add_table(rows=n, cols=len(cols))
        t.style = "Table Grid"
        for i, h in enumerate(cols):
            set_cell(t.cell(0, i), h, bold=True)
            shade(t.cell(0, i), HEX["head"])
        r = 1
        for rec, acts in groups:
            m = t.cell(r, 0).merge(t.cell(r, len(cols) - 1))
            set_cell(m, rec, bold=True)
            shade(m, HEX["rec"])
            r += 1
            for vals in acts:
                for i, v in enumerate(vals):
                    set_cell(t.cell(r, i), v)
                r += 1
        widths_cm = [1.3, 8.5, 4.0, 2.8, 7.5, 1.2]
        for row in t.rows:
            for i, w in enumerate(widths_cm):
                row.cells[i].width = Cm(w)

    section("Requirement notice: Regulation 12 HSCA (RA) Regulations 2014 – Safe care and treatment", [
        ("Must do: Ensure the proper and safe management of medicines, including the monitoring of "
         "patients prescribed high-risk medicines and the timely actioning of medicine safety "
         "alerts.", [
            ["1.1", "Complete a full search of patients prescribed DMARDs, lithium and warfarin and "
                    "recall anyone overdue monitoring bloods.",
             "Dr R Okafor (Prescribing Lead)", "28/02/2025",
             "Searches run 3 February 2025; 14 patients recalled, all now up to date.", "B"],
            ["1.2", "Set up a monthly high-risk drug monitoring search with review by a named "
                    "clinical pharmacist, recorded on the practice’s audit log.",
             "Clinical Pharmacist / Prescribing Lead", "Monthly",
             "Searches run in March, April, May and June; log reviewed at clinical meeting.", "G"],
            ["1.3", "Create a safety alerts log recording each MHRA alert received, the searches run, "
                    "patients affected and action taken, reviewed at the fortnightly clinical "
                    "meeting.",
             "Practice Manager", "31/03/2025", "Log in use since 10 March 2025.", "B"],
        ]),
        ("Must do: Ensure infection prevention and control risks are assessed and acted on, "
         "including completion of an annual IPC audit and the actions arising from it.", [
            ["1.4", "Complete the annual IPC audit using the NHS England primary care IPC audit tool "
                    "and produce an action plan with owners and dates.",
             "Lead Nurse (IPC Lead)", "End of April 2025",
             "Audit completed 24 April 2025; 11 actions identified.", "B"],
            ["1.5", "Replace the fabric chairs in the nurses’ treatment rooms and the carpeted floor "
                    "in Consulting Room 4.",
             "Practice Manager", "30/09/2025",
             "Chairs replaced May 2025. Flooring quote received; ICB premises improvement grant "
             "applied for.", "A"],
        ]),
    ])
    section("Requirement notice: Regulation 17 HSCA (RA) Regulations 2014 – Good governance", [
        ("Must do: Establish effective systems to assure that staff have completed training "
         "relevant to their role, including safeguarding and basic life support.", [
            ["2.1", "Move all staff training records onto the Blue Stream Academy matrix and set "
                    "automatic reminders 30 days before training expires.",
             "Assistant Practice Manager", "30/04/2025", "All 38 staff records transferred.", "B"],
            ["2.2", "Report training compliance to the monthly partners’ meeting, with any member of "
                    "staff below 100% for mandatory training followed up by their line manager.",
             "Practice Manager; Dr A Lindqvist (Safeguarding Lead)", "Ongoing",
             "Compliance 96% at June partners’ meeting.", "G"],
        ]),
    ])
    section("Areas where the practice should improve", [
        ("Should: Continue to improve the uptake of cervical screening.", [
            ["3.1", "Offer Saturday morning smear clinics at the extended access hub and send a text "
                    "reminder to every eligible patient who has not attended.",
             "Nurse Manager", "31/12/2025", "Saturday clinics started in May; uptake 71.8% (Q1).",
             "G"],
        ]),
        ("Should: Take action to improve patient satisfaction with telephone access.", [
            ["3.2", "Install cloud-based telephony with call-back and queue position, and publish "
                    "monthly call data in the waiting room and on the practice website.",
             "Practice Manager", "July 2025",
             "Installation delayed by the supplier; new go-live date 22 September 2025.", "R"],
        ]),
    ])
    doc.add_paragraph("This plan is reviewed at the monthly partners’ meeting and shared with NHS "
                      "Bristol, North Somerset and South Gloucestershire ICB.")
    doc.save(out("zyz-west-walk-surgery-cqc-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Castle View Enterprise Academy - post-Ofsted action plan (docx)
# ---------------------------------------------------------------------------
def make_castleview():
    doc = docx.Document()
    landscape(doc)
    doc.add_heading("Castle View Enterprise Academy – Post-Ofsted Action Plan 2024–25", level=0)
    doc.add_paragraph("Inspection dates: 1 and 2 October 2024. Overall effectiveness: Requires "
                      "improvement. Plan agreed by the Local Governing Body on 21 November 2024 and "
                      "monitored half-termly by the Trust Standards Committee.")
    doc.add_paragraph("What does the school need to do to improve?", style="Heading 2")
    doc.add_paragraph("Progress is RAG rated at the end of each half-term. Blue – completed; "
                      "Green – on track; Amber – some slippage; Red – off track.")
    cols = ["Area for improvement", "Actions", "Lead", "Timescale", "Success criteria",
            "Monitoring", "RAG (Feb 2025)"]
    afis = [
        ("1. Leaders should ensure that the curriculum in key stage 3 sets out precisely the "
         "knowledge pupils should learn and the order in which they should learn it, particularly "
         "in humanities and design and technology.", [
            ("Subject leaders in history, geography, RE and D&T rewrite the KS3 curriculum maps to "
             "identify the core knowledge for each unit and the sequence it is taught in.",
             "AHT Curriculum; Subject leaders", "Autumn term 2024",
             "Maps published for all four subjects; staff can explain the sequence.",
             "Trust Director of Education – December 2024", "B"),
            ("Trust subject networks quality assure the revised maps and give feedback before they "
             "are launched with staff.",
             "Trust Director of Education", "Spring term 2025",
             "Written feedback received and acted on for each subject.",
             "LGB curriculum link governor", "G"),
            ("Introduce knowledge organisers and weekly low-stakes quizzes in all KS3 foundation "
             "subjects.",
             "AHT Teaching and Learning", "Summer term 2025",
             "Quizzes seen in 90% of KS3 lessons on learning walks; pupils recall prior content.",
             "SLT learning walks – half-termly", "A"),
        ]),
        ("2. Leaders should make sure that teachers check pupils’ understanding carefully and "
         "address misconceptions before moving on to new content.", [
            ("Deliver a CPD sequence on checking for understanding (mini whiteboards, cold calling, "
             "hinge questions) through the Tuesday staff briefings.",
             "DHT Quality of Education", "Autumn term 2024 – Spring term 2025",
             "All teachers observed using at least two strategies.",
             "SLT drop-ins; Trust review March 2025", "B"),
            ("Use instructional coaching for all teachers in their first three years, focused on "
             "responsive teaching.",
             "Lead Practitioner (Coaching)", "Termly",
             "Coaching cycles logged; improvement seen in follow-up drop-ins.",
             "DHT Quality of Education", "G"),
        ]),
        ("3. Leaders should improve attendance, particularly for disadvantaged pupils and pupils "
         "with SEND, so that fewer pupils are persistently absent.", [
            ("Appoint an Attendance Officer and introduce first-day calling and home visits by the "
             "third day of absence.",
             "HT / Business Manager", "November 2024",
             "Officer in post; 100% first-day calls logged.", "Attendance governor – termly", "B"),
            ("Hold attendance support meetings with the families of all persistently absent pupils "
             "and agree individual attendance plans.",
             "Pastoral Leads", "Ongoing",
             "Persistent absence below 25% for disadvantaged pupils by July 2025.",
             "Weekly attendance meeting", "A"),
            ("SENCo to review the attendance of pupils with EHC plans each half-term and request "
             "early annual reviews where attendance falls below 90%.",
             "SENCo", "Half-termly",
             "Reviews recorded for every pupil with an EHC plan.",
             "HT report to LGB", "R"),
        ]),
    ]
    n = 1 + sum(len(a) for _, a in afis)
    t = doc.add_table(rows=n, cols=len(cols))
    t.style = "Table Grid"
    for i, h in enumerate(cols):
        set_cell(t.cell(0, i), h, bold=True)
        shade(t.cell(0, i), HEX["head"])
    r = 1
    for afi, acts in afis:
        start = r
        for action, lead, when, sc, mon, rag in acts:
            for i, v in enumerate([action, lead, when, sc, mon], start=1):
                set_cell(t.cell(r, i), v)
            shade(t.cell(r, 6), HEX[rag])
            r += 1
        m = t.cell(start, 0).merge(t.cell(r - 1, 0)) if r - 1 > start else t.cell(start, 0)
        set_cell(m, afi, bold=True)
    widths_cm = [5.5, 7.0, 3.2, 3.0, 5.0, 3.5, 1.6]
    for row in t.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)
    doc.add_paragraph("")
    doc.add_paragraph("Sign-off", style="Heading 2")
    so = doc.add_table(rows=2, cols=3)
    so.style = "Table Grid"
    for i, v in enumerate(["Headteacher", "Chair of the Local Governing Body", "Date"]):
        set_cell(so.cell(0, i), v, bold=True)
    for i, v in enumerate(["A. Hutchinson", "Cllr P. Walton", "21/11/2024"]):
        set_cell(so.cell(1, i), v)
    doc.save(out("zyz-castle-view-enterprise-academy-post-ofsted-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Oxford Brookes University - apprenticeships PIAP (csv)
# ---------------------------------------------------------------------------
def make_brookes():
    ncol = 9
    pad = lambda *v: list(v) + [""] * (ncol - len(v))
    rows = [
        pad("Oxford Brookes University – Apprenticeships Post-Inspection Action Plan"),
        pad("Ofsted full inspection (further education and skills), 4–7 February 2025. "
            "Apprenticeships: Requires improvement. Plan owner: Pro Vice-Chancellor (Education)."),
        pad("Status at: 15 September 2025"),
        pad(),
        ["Theme", "Ref", "Area for improvement", "Action", "Responsible", "Target date",
         "Revised target", "RAG", "Progress commentary"],
        ["Quality of education", "QE1.1",
         "Leaders should ensure that all apprentices receive useful feedback on their work so that "
         "they know how to improve, particularly on the level 6 Chartered Manager Degree "
         "Apprenticeship.",
         "Introduce a feedback standard for the CMDA, including a minimum of two pieces of formative "
         "feedback per module with feed-forward targets.",
         "Programme Leader CMDA", "31/03/2025", "", "Complete",
         "Standard approved by Faculty Academic Committee in March; in use for all modules."],
        ["", "QE1.2", "",
         "Sample 10% of marked work each term through the Apprenticeship Quality Review Group and "
         "report the findings to the Apprenticeship Board.",
         "Head of Apprenticeships; Academic Quality Manager", "Termly", "", "Green",
         "Summer term sample completed; findings to October Board."],
        ["", "QE2.1",
         "Leaders should ensure that progress reviews involve employers fully and set targets that "
         "help apprentices develop the knowledge, skills and behaviours they need for their job.",
         "Redesign the tripartite progress review template in Aptem so that:\n"
         "- employers comment on workplace progress against KSBs; and\n"
         "- targets are SMART and reviewed at the next meeting.",
         "Apprenticeship Hub Manager", "30/04/2025", "30/06/2025", "Complete",
         "New template live from 1 June 2025."],
        ["", "QE2.2", "",
         "Train all skills coaches and academic tutors in setting SMART targets, with an observed "
         "review for each coach.",
         "Smith, Karen", "Q1 2025/26", "Oct-25", "Amber",
         "Training complete; 78% of coaches observed, remaining observations booked for October."],
        ["Leadership and management", "LM1.1",
         "Governors should receive more detailed information about the progress of different groups "
         "of apprentices, including those at risk of not completing on time.",
         "Add breaks in learning, apprentices past their planned end date and achievement by "
         "standard to the termly apprenticeship report to Academic Board and the Board of Governors.",
         "Director of Planning and Performance", "Nov-25", "", "Green",
         "Report format agreed with the Clerk to the Board."],
        ["", "LM1.2", "",
         "Set up a fortnightly at-risk panel for apprentices more than 90 days past their planned "
         "end date, with an individual completion plan for each.",
         "Head of Apprenticeships", "31/05/2025", "", "Complete",
         "Panel meeting since April; 23 completion plans in place."],
        ["Personal development", "PD1.1",
         "Leaders should ensure that apprentices develop a secure understanding of the risks of "
         "radicalisation and extremism in their workplace and local area.",
         "Add a Prevent and British values topic, with regional examples, to progress reviews at "
         "months 3, 9 and 15.",
         "Designated Safeguarding Lead", "Sept 2025", "", "Green",
         "Topic added to the Aptem review template; first reviews using it this month."],
        ["", "PD1.2", "",
         "Check apprentices' understanding through a short knowledge quiz in the ePortfolio and "
         "follow up anyone scoring below 70%.",
         "Safeguarding Officer (Apprenticeships)", "Ongoing", "", "Amber",
         "Quiz built; completion rate 54% so far."],
        pad(),
        pad("Key: Complete = action finished and evidence verified; Green = on track; Amber = at "
            "risk of missing the target date; Red = target date missed."),
    ]
    with open(out("zyz-oxford-brookes-university-apprenticeships-post-inspection-action-plan.csv"),
              "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 7. West Sussex FRS - internal audit outstanding actions (tab-separated txt)
# ---------------------------------------------------------------------------
def make_wsfrs():
    lines = [
        "West Sussex Fire & Rescue Service – Internal Audit Outstanding Management Actions",
        "Source: Southern Internal Audit Partnership (SIAP) action tracking system",
        "Report run: 01/10/2025\tFilter: Status not Closed\tPrepared for: Fire & Rescue Service "
        "Scrutiny Committee",
        "",
    ]
    header = ["Audit", "Audit year", "Opinion", "Rec ref", "Priority", "Recommendation",
              "Agreed action", "Action owner", "Original due", "Revised due", "RAG", "Latest update"]
    rows = [
        ["Fleet Management", "2024/25", "Limited", "FLT.01", "High",
         "The Service should maintain a single asset register for all operational and ancillary "
         "vehicles, reconciled quarterly to the finance fixed asset register.",
         "Migrate vehicle records from the legacy spreadsheet into Tranman and complete a full "
         "reconciliation to the Oracle fixed asset register.",
         "Fleet and Equipment Manager", "31/03/2025", "30/09/2025", "Red",
         "Migration complete; reconciliation not yet signed off by Finance – further revised date "
         "to be agreed."],
        ["Fleet Management", "2024/25", "Limited", "FLT.02", "Medium",
         "Defects reported by crews should be logged and prioritised within one working day.",
         "Introduce the electronic vehicle defect app on all front-line appliances and report defect "
         "clearance times to the Fleet Board monthly.",
         "Fleet and Equipment Manager / Workshop Supervisor", "30/06/2025", "", "Complete",
         "App live on all front-line appliances since June 2025; awaiting SIAP verification."],
        ["Operational Training Records", "2024/25", "Reasonable", "OTR.01", "Medium",
         "Maintenance of competence records should be complete and up to date for all operational "
         "staff.",
         "Run a monthly exception report from the learning management system and require station "
         "managers to resolve gaps within 28 days.",
         "Head of Training and Development", "31/10/2025", "", "Green",
         "Exception report in place from July; first two monthly cycles completed."],
        ["Operational Training Records", "2024/25", "Reasonable", "OTR.02", "Low",
         "Breathing apparatus assessment records should show the name of the assessor.",
         "Amend the BA assessment form to include the assessor's name and signature.",
         "Training Centre Manager", "30/04/2025", "", "Complete",
         "Revised form issued April 2025."],
        ["On-call Pay and Availability", "2023/24", "Limited", "OCP.03", "High",
         "Claims for on-call drill nights and incidents should be independently checked against "
         "Gartan availability and incident records before payment.",
         "Introduce a monthly sample check of 10% of on-call claims by the Payroll Liaison Officer, "
         "with exceptions reported to the Area Manager (Service Delivery).",
         "Payroll Liaison Officer; Area Manager (Service Delivery)", "31/12/2024", "31/01/2026",
         "Amber",
         "Sample checks started May 2025; Gartan to payroll interface fix scheduled for January "
         "2026."],
        ["Protection – Risk Based Inspection Programme", "2024/25", "Reasonable", "RBIP.01",
         "Medium",
         "The Service should document how premises are prioritised for audit under the RBIP and "
         "review the risk scoring annually.",
         "Publish the RBIP methodology on the intranet and schedule an annual review by the "
         "Protection Management Team.",
         "Group Manager Protection", "Q3 2025/26", "", "Green",
         "Methodology drafted; Protection Management Team review on 14 November."],
        ["Protection – Risk Based Inspection Programme", "2024/25", "Reasonable", "RBIP.02",
         "Medium",
         "Post-audit enforcement actions should be followed up within the timescales in the "
         "Enforcement Policy.",
         "Add follow-up due dates to the CFRMIS enforcement workflow and review overdue follow-ups "
         "at the monthly Protection performance meeting.",
         "Protection Delivery Manager", "30/09/2025", "30/11/2025", "Amber",
         "Workflow change with the CFRMIS supplier; overdue list reviewed manually meanwhile."],
        ["Information Governance – Records Retention", "2024/25", "Limited", "IG.02", "High",
         "The Service should apply its retention schedule to records held on shared drives.",
         "Complete the shared drive cleansing project for Headquarters and all Service Delivery "
         "areas.",
         "Information Governance Officer (WSCC)", "Ongoing – phased by area", "", "Green",
         "Headquarters and Northern area complete; Central and Southern areas to follow."],
    ]
    body = ["\t".join(header)] + ["\t".join(r) for r in rows]
    tail = [
        "",
        "Summary: 8 outstanding actions shown – Red 1, Amber 2, Green 3, Complete (awaiting "
        "verification) 2",
        "Notes: Complete actions remain on this report until SIAP has verified them at follow-up.",
    ]
    with open(out("zyz-west-sussex-fire-rescue-service-internal-audit-outstanding-actions.txt"),
              "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines + body + tail) + "\n")


if __name__ == "__main__":
    make_bdcft()
    make_suffolk()
    make_believe()
    make_westwalk()
    make_castleview()
    make_brookes()
    make_wsfrs()
    print("done")
