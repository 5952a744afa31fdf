"""Build the seven gg2- blind test files (set heldout223).

Run with: /work/main/.venv/bin/python gg2_make.py
Writes the data files next to this script. The .expected.yaml readings are
written by hand beside them and are not produced here.
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
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- helpers
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)

FILL = {
    "red": PatternFill("solid", fgColor="FF0000"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "green": PatternFill("solid", fgColor="92D050"),
    "blue": PatternFill("solid", fgColor="00B0F0"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
    "navy": PatternFill("solid", fgColor="1F3864"),
    "teal": PatternFill("solid", fgColor="DDEBF7"),
}
WORD2FILL = {"Red": "red", "Amber": "amber", "Green": "green", "Blue": "blue",
             "R": "red", "A": "amber", "G": "green", "B": "blue"}


def put(ws, row, col, value, fill=None, bold=False, fmt=None, border=True):
    c = ws.cell(row=row, column=col, value=value)
    c.alignment = WRAP
    if border:
        c.border = BOX
    if fill:
        c.fill = FILL[fill]
    if bold:
        c.font = BOLD
    if fmt:
        c.number_format = fmt
    return c


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        if size:
            r.font.size = Pt(size)


def d(y, m, day):
    return dt.datetime(y, m, day)


# ====================================================== 1. Hampshire ASC CQC
def hampshire():
    wb = openpyxl.Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Hampshire County Council – CQC Assessment Improvement Plan 2025/26"
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = "Adults' Health and Care"
    cov["A2"].font = Font(bold=True, size=12)
    cov["A3"] = "Response to the CQC local authority assessment report (May 2025)"
    cov["A3"].font = Font(italic=True)
    cov["A5"] = "Document control"
    cov["A5"].font = BOLD
    rows = [("Version", "Date", "Author", "Change"),
            ("0.3", "10/06/2025", "ASC Improvement Team", "Draft following publication of CQC assessment report"),
            ("1.0", "01/07/2025", "ASC Improvement Team", "Approved by Adults' Health and Care DMT"),
            ("1.2", "30/09/2025", "ASC Improvement Team", "Q2 progress update; revised target dates agreed")]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            put(cov, 6 + i, 1 + j, v, bold=(i == 0), fill=("grey" if i == 0 else None))
    cov["A11"] = ("This plan responds to the areas for improvement identified by the Care Quality "
                  "Commission in its assessment of how Hampshire County Council meets its duties "
                  "under Part 1 of the Care Act 2014. It is monitored monthly by the ASC Improvement "
                  "Board and reported quarterly to the Health and Adult Social Care Select Committee.")
    cov["A11"].alignment = WRAP
    cov.merge_cells("A11:D11")
    cov.row_dimensions[11].height = 75
    widths(cov, [14, 14, 24, 60])

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of progress – Q2 2025/26"
    sm["A1"].font = Font(bold=True, size=13)
    hdr = ["Theme", "No. of actions", "Blue", "Green", "Amber", "Red"]
    for j, v in enumerate(hdr):
        put(sm, 3, 1 + j, v, bold=True, fill="grey")
    data = [("Theme 1: Working with people", 4, 0, 2, 1, 1),
            ("Theme 2: Providing support", 3, 1, 1, 1, 0),
            ("Theme 3: Ensuring safety", 2, 0, 1, 1, 0),
            ("Theme 4: Leadership", 2, 1, 1, 0, 0),
            ("Total", 11, 2, 5, 3, 1)]
    for i, r in enumerate(data):
        for j, v in enumerate(r):
            put(sm, 4 + i, 1 + j, v, bold=(r[0] == "Total"))
    widths(sm, [34, 15, 8, 8, 8, 8])

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = "Hampshire County Council – CQC Assessment Improvement Plan 2025/26"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Position as at 30 September 2025 (Q2 update)"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:I2")
    ws["A3"] = ("RAG key: Blue – complete; Green – on track; Amber – some slippage, recoverable; "
                "Red – off track, escalated to ASC Improvement Board")
    ws.merge_cells("A3:I3")
    head = ["Ref", "Area for improvement (CQC)", "Action", "Lead(s)", "Original target date",
            "Revised target date", "Previous RAG (Q1)", "Current RAG (Q2)", "Progress update"]
    for j, v in enumerate(head):
        c = put(ws, 5, 1 + j, v, bold=True, fill="navy")
        c.font = Font(bold=True, color="FFFFFF")

    MMM = "mmm-yy"
    plan = [
        ("theme", "Theme 1: Working with people"),
        ("afi", "Waiting times for Care Act assessments and reviews are too long, and people are not always kept informed while they wait.", [
            ("1.1", "Implement a single waiting list triage tool across all locality teams, with risk-based prioritisation reviewed weekly by team managers.",
             "Assistant Director – Older Adults", d(2025, 12, 31), None, "Amber", "Green",
             "Triage tool live in 9 of 12 locality teams. Remaining teams scheduled for November."),
            ("1.2", "Introduce 'waiting well' contact at 4 and 8 weeks for everyone awaiting an assessment, recorded on AIS.",
             "Head of Practice Quality; Business Intelligence Manager", d(2025, 11, 30), d(2026, 2, 28), "Amber", "Amber",
             "AIS form change delayed by system upgrade; manual recording in place as interim measure."),
        ]),
        ("afi", "Unpaid carers do not consistently receive a carer's assessment or know how to access support.", [
            ("1.3", "Refresh the Hampshire Carers' Strategy 2026–2029, co-produced with the Carers' Partnership Board.",
             "Head of Commissioning (Carers)", d(2026, 3, 31), None, "Green", "Green",
             "Engagement events held in all districts; draft strategy due to Partnership Board in January."),
            ("1.4", "Commission an integrated carers' assessment and support service from the voluntary sector, replacing the three existing contracts.",
             "Head of Commissioning (Carers)\nHead of Procurement", d(2026, 4, 30), d(2026, 9, 30), "Amber", "Red",
             "Procurement paused pending decision on 2026/27 budget. Contract extensions agreed to September 2026."),
        ]),
        ("theme", "Theme 2: Providing support"),
        ("afi", "The home care market in rural areas (New Forest, East Hampshire and Test Valley) is fragile and people wait too long for packages to start.", [
            ("2.1", "Introduce a rural zone home care framework with enhanced hourly rates for hard-to-reach areas.",
             "Director of Commissioning and Market Development", d(2026, 1, 31), None, "Green", "Amber",
             "Provider engagement complete. Cabinet decision on rates moved to December."),
            ("2.2", "Increase in-house reablement capacity by 15% through recruitment of additional reablement support workers.",
             "Head of Reablement Services", d(2026, 3, 31), None, "Green", "Green",
             "22 of 30 additional posts filled."),
        ]),
        ("afi", "Planning for young people moving from children's to adult services does not always start early enough.", [
            ("2.3", "Establish a joint Preparing for Adulthood panel with Children's Services to review all young people with likely care needs from age 14.",
             "Assistant Director – Younger Adults / Head of SEND", d(2025, 9, 30), None, "Green", "Blue",
             "Panel established and meeting fortnightly since August 2025."),
        ]),
        ("theme", "Theme 3: Ensuring safety"),
        ("afi", "Safeguarding enquiries are not always completed in a timely way and outcomes for people are not consistently recorded.", [
            ("3.1", "Audit a sample of 50 section 42 enquiries each quarter and report findings to the Hampshire Safeguarding Adults Board.",
             "Head of Quality and Safeguarding", "Quarterly", None, "Green", "Green",
             "Q2 audit completed; 84% of enquiries recorded the person's desired outcomes."),
            ("3.2", "Deliver refreshed Making Safeguarding Personal training to all qualified practitioners.",
             "Principal Social Worker", d(2025, 10, 31), d(2026, 1, 31), "Green", "Amber",
             "61% of staff trained. Additional sessions booked for December and January."),
        ]),
        ("theme", "Theme 4: Leadership"),
        ("afi", "Co-production with people who use services and carers is not yet embedded in strategic planning and commissioning.", [
            ("4.1", "Establish a Co-production Board of people with lived experience, with terms of reference agreed by the Director of Adult Social Services.",
             "Director of Adults' Health and Care", d(2025, 7, 31), None, "Green", "Blue",
             "Board established; first meeting held 15 July 2025."),
            ("4.2", "Publish a 'You said, we did' report every six months on the County Council website.",
             "Head of Strategy and Engagement", "Ongoing", None, "Green", "Green",
             "First report published September 2025."),
        ]),
    ]
    r = 6
    for item in plan:
        if item[0] == "theme":
            put(ws, r, 1, item[1], bold=True, fill="teal")
            for col in range(2, 10):
                put(ws, r, col, None, fill="teal")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            r += 1
            continue
        _, afi, acts = item
        first = r
        for (ref, act, lead, orig, rev, prev, cur, upd) in acts:
            put(ws, r, 1, ref)
            put(ws, r, 2, afi if r == first else None)
            put(ws, r, 3, act)
            put(ws, r, 4, lead)
            put(ws, r, 5, orig, fmt=(MMM if isinstance(orig, dt.datetime) else None))
            put(ws, r, 6, rev, fmt=(MMM if rev else None))
            put(ws, r, 7, prev, fill=WORD2FILL[prev])
            put(ws, r, 8, cur, fill=WORD2FILL[cur], bold=True)
            put(ws, r, 9, upd)
            r += 1
        if r - first > 1:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value=("Note: Revised target dates were agreed by the ASC Improvement Board on "
                                    "16 September 2025. Actions rated Blue for two consecutive quarters will be closed."))
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    widths(ws, [7, 38, 48, 30, 12, 12, 11, 11, 44])
    ws.freeze_panes = "A6"
    wb.active = 2
    wb.save(out("gg2-hampshire-county-council-asc-cqc-assessment-improvement-plan.xlsx"))


# ================================================ 2. Kirklees internal audit CSV
def kirklees():
    header = ["Audit", "Assurance Opinion", "Rec No", "Priority", "Recommendation",
              "Agreed Management Action", "Responsible Officer", "Original Due Date",
              "Revised Due Date", "RAG", "Latest Update"]
    ctr = "Council Tax Reduction Scheme (2024/25)"
    pay = "Payroll – Starters and Leavers (2024/25)"
    cyb = "Cyber Security – Patch Management (2025/26)"
    voi = "Housing Repairs – Void Property Turnaround (2024/25)"
    rows = [
        [ctr, "Limited", "R1", "High",
         "Evidence supporting Council Tax Reduction claims should be verified in line with the Verification Framework before an award is made.",
         "Team leaders to complete a monthly 5% quality check of new CTR awards and report the results to the Revenues and Benefits management team.",
         "Head of Revenues and Benefits", "31/03/2025", "30/09/2025", "Blue",
         "Quality checks in place since April 2025; results reported monthly. Follow-up testing confirmed implementation."],
        [ctr, "Limited", "R2", "Medium",
         "Changes in circumstances reported through the online form should be processed within the 14-day service standard.",
         "1) Re-profile the processing team rota to create a dedicated change of circumstances queue.\n2) Add the 14-day standard to the weekly performance report.",
         "Benefits Manager", "30/06/2025", "31/12/2025", "Amber",
         "Part 2 complete. Rota change delayed by vacancies; average processing time now 17 days."],
        [pay, "Reasonable", "R1", "Medium",
         "Leaver forms should be submitted before the employee's final working day to prevent overpayments.",
         "Issue a reminder to all managers through the Managers' Bulletin and add an automated leaver prompt to HR self-service.",
         "HR Operations Manager / Payroll Manager", "31/10/2025", "", "Green",
         "Bulletin article issued August 2025; system prompt in testing."],
        [pay, "Reasonable", "R2", "Low",
         "Overpayment recovery cases should be logged and monitored centrally.",
         "Create a central overpayments log, reviewed monthly by the Payroll Manager.",
         "Payroll Manager", "31/07/2025", "", "Blue",
         "Log in place from July 2025."],
        [cyb, "Limited", "R1", "High",
         "Critical and high-severity security patches should be applied within 14 days of release, in line with the Council's Patch Management Policy.",
         "Implement automated patch deployment for all Windows servers and report compliance against the 14-day target to the Information Governance Board.",
         "Head of Technology", "31/12/2025", "", "Green",
         "Automated deployment live for 70% of server estate."],
        [cyb, "Limited", "R2", "High",
         "Unsupported (end of life) systems should be identified, risk assessed and either upgraded or isolated from the corporate network.",
         "Complete an inventory of end-of-life systems and agree a remediation plan for each with the system owner.",
         "Head of Technology; Information Security Manager", "30/09/2025", "", "Red",
         "Inventory 80% complete. Three service areas have not yet confirmed remediation plans. Escalated to ELT."],
        [voi, "Reasonable", "R1", "Medium",
         "Void property performance data should be reconciled to the housing management system before it is reported.",
         "Introduce a monthly reconciliation between the Northgate voids module and the void performance report, signed off by the Voids Manager.",
         "Voids Manager", "31/08/2025", "31/03/2026", "Amber",
         "Revised date agreed to align with Northgate upgrade."],
        [voi, "Reasonable", "R2", "Low",
         "The lettable standard for void properties should be reviewed and published for tenants.",
         "Review the Kirklees Lettable Standard with the Tenant Scrutiny Panel and publish it on the Council website.",
         "A. Mahmood and R. Fielding", "31/03/2026", "", "Green",
         "Scrutiny Panel session booked for January 2026."],
    ]
    pad = [""] * (len(header) - 1)
    with open(out("gg2-kirklees-council-internal-audit-recommendations-tracker.csv"), "w",
              newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["Kirklees Council – Internal Audit Recommendations Tracker"] + pad)
        w.writerow(["Outstanding and recently implemented recommendations – position at 31/10/2025"] + pad)
        w.writerow([""] * len(header))
        w.writerow(header)
        for r in rows:
            w.writerow(r)
        w.writerow([""] * len(header))
        w.writerow(["Total recommendations: 8 (Blue 2, Green 3, Amber 2, Red 1)"] + pad)
        w.writerow(["RAG key: Blue = implemented; Green = not yet due / on track; Amber = revised due date agreed; Red = overdue against due date"] + pad)
        w.writerow(["Source: Internal Audit follow-up system export, 03/11/2025"] + pad)


# ============================================ 3. East Dunbartonshire BV (docx)
def east_dunbartonshire():
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_paragraph("East Dunbartonshire Council: Best Value Improvement Action Plan 2025–2027", style="Title")
    doc.add_paragraph("Response to the Controller of Audit's report and the Accounts Commission's findings on "
                      "Best Value in East Dunbartonshire Council (June 2025)")

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    dc = [("Version", "Date", "Status", "Approved by"),
          ("1.0", "26 June 2025", "Approved", "Council"),
          ("1.1", "20 November 2025", "Progress update", "Policy & Resources Committee")]
    for i, r in enumerate(dc):
        for j, v in enumerate(r):
            cell_text(t.cell(i, j), v, bold=(i == 0))

    doc.add_heading("Introduction", level=2)
    doc.add_paragraph(
        "The Accounts Commission published its findings on the Controller of Audit's report on Best Value in "
        "East Dunbartonshire Council in June 2025. The Commission made four recommendations. This plan sets out "
        "the improvement actions agreed by the Corporate Management Team in response, and is reported to the "
        "Policy & Resources Committee every six months. Progress updates below are as at November 2025.")

    doc.add_heading("RAG status key", level=2)
    key = [("Blue", "Action complete", "00B0F0"),
           ("Green", "On track", "92D050"),
           ("Amber", "Some slippage – corrective action in place", "FFC000"),
           ("Red", "Significant slippage – escalated to Corporate Management Team", "FF0000")]
    kt = doc.add_table(rows=4, cols=2)
    kt.style = "Table Grid"
    for i, (w, m, c) in enumerate(key):
        cell_text(kt.cell(i, 0), w, bold=True)
        shade(kt.cell(i, 0), c)
        cell_text(kt.cell(i, 1), m)

    recs = [
        ("Recommendation 1: Financial sustainability",
         "The council should update its medium-term financial strategy to show how the projected budget gap of £38.2 million over the three years to 2027/28 will be closed, with savings clearly linked to its transformation programme.",
         [("1.1", "Refresh the Medium Term Financial Strategy to 2029/30 and present it to Council alongside the 2026/27 budget.",
           "Chief Finance Officer", "February 2026",
           "Draft strategy considered by Corporate Management Team on 14 October 2025.", "Green"),
          ("1.2", "Introduce a savings tracker linking each approved saving to a transformation workstream, reported quarterly to Policy & Resources Committee.",
           "Chief Finance Officer / Head of Transformation", "31 December 2025",
           "Tracker in development. First report now scheduled for the February 2026 committee.", "Amber")]),
        ("Recommendation 2: Transformation",
         "The council should set clear milestones, measures and benefits for each project in its transformation programme and report progress to elected members at least every six months.",
         [("2.1", "Agree a benefits realisation framework for the Transforming East Dunbartonshire programme.",
           "Head of Transformation", "September 2025",
           "Framework approved by Policy & Resources Committee on 25 September 2025.", "Blue"),
          ("2.2", "Report progress on the transformation programme to Policy & Resources Committee every six months.",
           "Head of Transformation", "Six-monthly",
           "First report presented 25 September 2025; next due March 2026.", "Green")]),
        ("Recommendation 3: Community planning and place",
         "The council and its community planning partners should refresh the place plans for its four place areas with local communities and report publicly on progress.",
         [("3.1", "Hold community conversations in each of the four place areas (Hillhead and Harestanes, Lennoxtown, Twechar and Auchinairn) to refresh the place plans.",
           "Community Planning Partnership Manager", "Q4 2025/26",
           "Conversations completed in Twechar and Lennoxtown; remaining two scheduled for January 2026.", "Green"),
          ("3.2", "Publish an annual place plan progress report on the council website.",
           "Community Planning Partnership Manager; Depute Chief Executive – Place, Neighbourhood & Corporate Assets", "June 2026",
           "Not yet due.", "Green")]),
        ("Recommendation 4: Workforce",
         "The council should develop its workforce plan to address recruitment and retention pressures in key services and to support new ways of working.",
         [("4.1", "Refresh the Workforce Strategy and Action Plan 2026–2029, including targeted actions for hard-to-fill posts in social work, teaching and building standards.",
           "Head of People and Organisational Development", "March 2026",
           "Workforce data analysis delayed by HR system migration; consultation with trade unions to begin in January 2026.", "Amber"),
          ("4.2", "Expand the council's Modern Apprenticeship and graduate trainee programmes.",
           "Head of People and Organisational Development", "Ongoing",
           "31 Modern Apprentices and 6 graduate trainees in post (2024: 22 and 3).", "Green")]),
    ]
    colours = {"Blue": "00B0F0", "Green": "92D050", "Amber": "FFC000", "Red": "FF0000"}
    for head, rectext, acts in recs:
        doc.add_heading(head, level=2)
        p = doc.add_paragraph()
        r = p.add_run(rectext)
        r.italic = True
        t = doc.add_table(rows=1 + len(acts), cols=6)
        t.style = "Table Grid"
        hdr = ["Ref", "Improvement action", "Responsible officer", "Target date",
               "Progress update (November 2025)", "RAG"]
        for j, v in enumerate(hdr):
            cell_text(t.cell(0, j), v, bold=True)
            shade(t.cell(0, j), "D9D9D9")
        for i, (ref, act, lead, end, upd, rag) in enumerate(acts, start=1):
            for j, v in enumerate([ref, act, lead, end, upd, rag]):
                cell_text(t.cell(i, j), v)
            shade(t.cell(i, 5), colours[rag])
    doc.add_paragraph()
    doc.add_paragraph("Next update: Policy & Resources Committee, May 2026.")
    doc.save(out("gg2-east-dunbartonshire-council-accounts-commission-best-value-improvement-action-plan.docx"))


# ============================================ 4. Cleveland Police custody (txt)
def cleveland():
    T = "\t"
    lines = [
        "Cleveland Police – Custody Inspection Action Plan",
        "Joint HMICFRS / HM Inspectorate of Prisons unannounced inspection of police custody suites (May 2021)",
        "Custody Improvement Board – progress position at 30 November 2022",
        "",
        T.join(["Ref", "Recommendation / Area for improvement", "Action", "Owner", "Target date", "RAG", "Progress update"]),
        "Cause of concern 1: Detainee safety",
        T.join(["Rec 1", "The force should ensure that detainees are kept safe, including through effective CCTV monitoring and thorough briefing of officers carrying out constant observations on the risks presented by the detainee.", "", "", "", "", ""]),
        T.join(["1.1", "", "Install additional CCTV monitors at the Middlesbrough custody bridge and assign a detention officer to cell monitoring on every shift.", "Ch Insp Custody", "31/01/2023", "Green", "Monitors ordered; rota amended from 1 December."]),
        T.join(["1.2", "", "Introduce a written observation briefing form, signed by the observing officer, for all level 3 and level 4 observations.", "Custody Inspectors", "Oct-22", "Complete", "Form in use since 3 October 2022; dip-sample shows 96% compliance."]),
        "Cause of concern 2: Use of force",
        T.join(["Rec 2", "The force should ensure that all use of force in custody is justified, proportionate and accurately recorded, and that there is effective oversight of it.", "", "", "", "", ""]),
        T.join(["2.1", "", "Review all custody use of force incidents monthly at the Use of Force Scrutiny Panel, including dip-sampling of CCTV footage.", "Supt Criminal Justice & Custody", "Monthly", "Green", "Panel has met monthly since June 2022."]),
        T.join(["2.2", "", "Deliver refresher personal safety training, including de-escalation in a custody setting, to all custody sergeants and detention officers.", "Head of Learning & Development; Mitie Contract Manager", "31/03/2023", "Amber", "58% trained. Course capacity limited by abstraction levels."]),
        "Cause of concern 3: Detainee care",
        T.join(["Rec 3", "The force should ensure that the basic needs of detainees are met, including proactively offering food, drink, showers, exercise and reading materials.", "", "", "", "", ""]),
        T.join(["3.1", "", "Amend the custody record prompts in NICHE so that offers of food, drink, a shower and exercise are recorded at each review.", "IT Business Partner", "Feb-23", "Red", "Change request rejected by national NICHE user group; alternative solution being scoped."]),
        "Areas for improvement",
        T.join(["AFI 4", "The force should improve the quality of its custody data, including on ethnicity and use of force, so that it can identify and address any disproportionality.", "Produce a quarterly custody performance dashboard, including protected characteristics, for the Custody Improvement Board.", "Custody Performance Analyst", "Q4 2022/23", "Green", "Prototype dashboard presented to November Board."]),
        T.join(["AFI 9", "Detainees should be able to consult a legal representative promptly and in private.", "Convert the Hartlepool consultation room to a soundproofed legal consultation room.", "Estates Manager", "30/09/2022", "Complete", "Works completed August 2022."]),
        T.join(["AFI 12", "Appropriate adults should be available promptly for children and vulnerable adults, including out of hours.", "Re-commission the appropriate adult service jointly with the four local authorities to include overnight cover.", "Supt Criminal Justice & Custody / OPCC Commissioning Lead", "June 2023", "Amber", "Specification agreed with three of four local authorities."]),
        "",
        "Summary: 8 actions – 2 Complete, 3 Green, 2 Amber, 1 Red",
        "Key: Green – on track; Amber – at risk of missing target date; Red – target date missed; Complete – evidence accepted by Custody Improvement Board",
    ]
    with open(out("gg2-cleveland-police-custody-inspection-action-plan.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ============================================ 5. Harrow RSH notice plan (docx)
def harrow():
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_paragraph("Harrow Council – Home Standard Compliance Improvement Plan", style="Title")
    doc.add_paragraph("Response to the Regulator of Social Housing Regulatory Notice of 20 April 2023")
    doc.add_paragraph("Progress update for Cabinet – 14 March 2024 | Version 5")

    doc.add_heading("Status key", level=2)
    kt = doc.add_table(rows=4, cols=2)
    kt.style = "Table Grid"
    key = [("00B0F0", "Complete"), ("92D050", "On track"), ("FFC000", "At risk"), ("FF0000", "Off track")]
    for i, (c, m) in enumerate(key):
        cell_text(kt.cell(i, 0), "")
        shade(kt.cell(i, 0), c)
        cell_text(kt.cell(i, 1), m)
    kt.columns[0].width = Cm(1.5)

    doc.add_heading("Improvement actions", level=2)
    col = {"blue": "00B0F0", "green": "92D050", "amber": "FFC000", "red": "FF0000"}
    plan = [
        ("Workstream 1 – Electrical safety (Home Standard 1.2)", [
            ("1.1", "Procure additional EICR contractor capacity through the LHC framework.",
             "Head of Asset Management", "May 2023 – July 2023",
             "Two additional contractors mobilised July 2023.", "blue"),
            ("1.2", "Complete EICRs for the 3,500 homes without a current certificate, prioritising homes with vulnerable tenants and the oldest installations.",
             "Compliance Manager (Electrical & Water)", "June 2023 – March 2024",
             "3,112 of 3,500 completed (89%). Remaining homes are no-access cases being progressed under action 1.3.", "green"),
            ("1.3", "Introduce a no-access procedure, including legal escalation, for homes where tenants do not allow entry for electrical testing.",
             "Tenancy Services Manager & Legal Services Team Leader", "By 30 November 2023",
             "Procedure approved and in use; 41 injunction applications prepared.", "blue"),
        ]),
        ("Workstream 2 – Water safety (legionella)", [
            ("2.1", "Commission legionella risk assessments for all 214 communal sites with an expired assessment.",
             "Compliance Manager (Electrical & Water)", "July 2023 – October 2023",
             "All 214 assessments completed.", "blue"),
            ("2.2", "Carry out remedial works identified in water risk assessments, with high-risk actions completed within 28 days.",
             "Compliance Manager (Electrical & Water)", "Ongoing",
             "96 of 112 high-risk actions completed; 16 awaiting tank replacements.", "amber"),
        ]),
        ("Workstream 3 – Data and assurance", [
            ("3.1", "Migrate all compliance data into a single asset management system and reconcile it against the housing stock list.",
             "Alison Grey and Marc Simmons", "w/c 08/01/24",
             "Migration not complete; data cleansing has identified 230 records needing site verification.", "red"),
            ("3.2", "Report monthly performance against the 'Big Six' compliance areas to the Housing Compliance Board and quarterly to Cabinet.",
             "Director of Housing", "Monthly",
             "Reporting in place since June 2023.", "green"),
        ]),
        ("Workstream 4 – Tenant communication and engagement", [
            ("4.1", "Write to all affected tenants explaining the breach, the action being taken and how to book an inspection.",
             "Resident Engagement Manager", "May 2023",
             "Letters sent 12 May 2023; article in Homing In tenant newsletter.", "blue"),
            ("4.2", "Establish a Resident Compliance Panel to scrutinise progress against this plan.",
             "Resident Engagement Manager", "September 2023",
             "Panel recruited and first meeting held January 2024; terms of reference still to be agreed.", "amber"),
        ]),
    ]
    nrows = 1 + sum(1 + len(a) for _, a in plan)
    t = doc.add_table(rows=nrows, cols=6)
    t.style = "Table Grid"
    hdr = ["No.", "Action", "Lead officer", "Timescale", "Progress at March 2024", "Status"]
    for j, v in enumerate(hdr):
        cell_text(t.cell(0, j), v, bold=True)
        shade(t.cell(0, j), "BDD7EE")
    i = 1
    for ws_head, acts in plan:
        m = t.cell(i, 0).merge(t.cell(i, 5))
        cell_text(m, ws_head, bold=True)
        shade(m, "D9D9D9")
        i += 1
        for (ref, act, lead, when, upd, rag) in acts:
            for j, v in enumerate([ref, act, lead, when, upd]):
                cell_text(t.cell(i, j), v)
            cell_text(t.cell(i, 5), "")
            shade(t.cell(i, 5), col[rag])
            i += 1
    doc.add_paragraph("Note: the 'Big Six' compliance areas are gas, electrical, fire, water (legionella), asbestos and lifts.")

    doc.add_heading("Compliance performance", level=2)
    pt = doc.add_table(rows=5, cols=4)
    pt.style = "Table Grid"
    perf = [("Compliance area", "April 2023", "February 2024", "Target"),
            ("Domestic electrical (EICR within 5 years)", "61%", "94%", "100%"),
            ("Communal electrical", "78%", "99%", "100%"),
            ("Water risk assessments (communal)", "52%", "100%", "100%"),
            ("Gas safety (CP12)", "99.6%", "99.8%", "100%")]
    for a, r in enumerate(perf):
        for b, v in enumerate(r):
            cell_text(pt.cell(a, b), v, bold=(a == 0))
    doc.save(out("gg2-harrow-council-rsh-regulatory-notice-home-standard-improvement-plan.docx"))


# ============================================ 6. Cardiff Audit Wales tracker
def cardiff():
    wb = openpyxl.Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "Cardiff Council – Audit Wales Recommendations Tracker"
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Summary for Governance and Audit Committee, 27 January 2026"
    for j, v in enumerate(["Report", "Actions", "B", "G", "A", "R"]):
        put(sm, 4, 1 + j, v, bold=True, fill="grey")
    data = [("Financial Sustainability Review (May 2025)", 3, 1, 2, 0, 0),
            ("Digital Strategy Review (October 2024)", 2, 1, 0, 1, 0),
            ("Cracks in the Foundations – Building Safety in Wales (August 2023)", 1, 0, 0, 0, 1),
            ("Time for Change – Poverty in Wales (November 2022)", 2, 0, 1, 1, 0),
            ("Total", 8, 2, 3, 2, 1)]
    for i, r in enumerate(data):
        for j, v in enumerate(r):
            put(sm, 5 + i, 1 + j, v, bold=(r[0] == "Total"))
    sm["A11"] = "Status key: B – complete; G – on track; A – some slippage; R – significant slippage / not progressed"
    widths(sm, [62, 10, 6, 6, 6, 6])

    hdr = ["Ref", "Recommendation", "Council response / action", "Responsible officer",
           "Target date", "Status", "Update (January 2026)"]

    def sheet(name, title, groups):
        ws = wb.create_sheet(name)
        ws["A1"] = title
        ws["A1"].font = Font(bold=True, size=13)
        for j, v in enumerate(hdr):
            put(ws, 3, 1 + j, v, bold=True, fill="grey")
        r = 4
        for band, recs in groups:
            put(ws, r, 1, band, bold=True, fill="teal")
            for c in range(2, 8):
                put(ws, r, c, None, fill="teal")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            r += 1
            for ref, rec, acts in recs:
                first = r
                for (act, lead, end, fmt, status, upd) in acts:
                    put(ws, r, 1, ref if r == first else None)
                    put(ws, r, 2, rec if r == first else None)
                    put(ws, r, 3, act)
                    put(ws, r, 4, lead)
                    put(ws, r, 5, end, fmt=fmt)
                    put(ws, r, 6, status, fill=WORD2FILL[status], bold=True)
                    put(ws, r, 7, upd)
                    r += 1
                if r - first > 1:
                    ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
                    ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
        widths(ws, [6, 46, 46, 28, 13, 8, 42])
        return ws

    sheet("Local Reports", "Audit Wales – Local Reports: Recommendations", [
        ("Financial Sustainability Review (May 2025)", [
            ("R1", "The Council should strengthen its medium-term financial planning by identifying specific savings proposals to close the projected funding gap for 2026/27 and 2027/28.", [
                ("Develop savings proposals for 2026/27 for public consultation as part of the Budget Strategy Report to Cabinet.",
                 "Corporate Director Resources", "July 2025", None, "B",
                 "Budget Strategy Report approved by Cabinet 17 July 2025."),
                ("Extend the identification of savings to 2027/28 through the refresh of the Medium Term Financial Plan.",
                 "Head of Finance", d(2026, 2, 28), "mmm yyyy", "G",
                 "Savings proposals for 2027/28 in development with directorates."),
            ]),
            ("R2", "The Council should report progress in delivering savings, including savings at risk, to Cabinet and the Governance and Audit Committee each quarter.", [
                ("Include a savings delivery appendix, with a RAG rating for each saving, in every quarterly budget monitoring report.",
                 "Head of Finance", "Q3 2025/26", None, "G",
                 "Appendix included from Month 6 monitoring report."),
            ]),
        ]),
        ("Digital Strategy Review (October 2024)", [
            ("R1", "The Council should set out how it will measure and report the benefits of its Digital Strategy.", [
                ("Develop a benefits realisation framework for the Digital Strategy 2024–2027 and report progress annually to Cabinet.",
                 "Chief Digital Officer", d(2026, 1, 31), "dd/mm/yyyy", "A",
                 "Framework drafted; first annual report moved to the March 2026 Cabinet."),
            ]),
            ("R2", "The Council should ensure that the impact on digitally excluded residents is assessed when designing new online services.", [
                ("Add a digital inclusion screening question to the Council's Single Impact Assessment template.",
                 "Chief Digital Officer / Head of Policy & Partnerships", "June 2025", None, "B",
                 "Template updated June 2025."),
            ]),
        ]),
    ])
    sheet("National Reports", "Audit Wales – National Reports: Recommendations for Local Government", [
        ("Cracks in the Foundations – Building Safety in Wales (August 2023)", [
            ("R3", "Local authorities should review the capacity and resilience of their building control services and put in place workforce plans to address recruitment and succession risks.", [
                ("Prepare a workforce plan for Building Control, including trainee Building Control Surveyor posts and succession arrangements for Registered Building Inspectors.",
                 "Operational Manager, Building Control", "TBC", None, "R",
                 "Not progressed due to vacancies in the management team. Date to be confirmed once Operational Manager post is filled."),
            ]),
        ]),
        ("Time for Change – Poverty in Wales (November 2022)", [
            ("R1", "Local authorities should set out a clear strategy or plan for tackling poverty, with measurable outcomes, working with partners.", [
                ("Publish a single Anti-Poverty Action Plan bringing together Council and partner activity, with outcome measures.",
                 "Head of Policy & Partnerships", "March 2026", None, "G",
                 "Draft plan considered by Public Services Board in December 2025."),
            ]),
            ("R4", "Local authorities should map the grant funding they receive for anti-poverty work to understand its combined impact and reduce duplication.", [
                ("Maintain a register of anti-poverty grant funding and review it annually with the Public Services Board.",
                 "Into Work Services Manager", "Ongoing", None, "A",
                 "Register established; annual review with the Public Services Board not yet scheduled."),
            ]),
        ]),
    ])
    wb.save(out("gg2-cardiff-council-audit-wales-recommendations-tracker.xlsx"))


# ============================ 7. Telford & Wrekin risk register (refuse case)
def telford():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Strategic Risk Register"
    ws["A1"] = "Telford & Wrekin Council – Strategic Risk Register Q3 2025/26"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Corporate risks rated 12 and above, with further actions to reduce the risk"
    ws["A2"].font = Font(italic=True)
    ws["A3"] = "Reviewed by Senior Management Team 13 January 2026; reported to Audit Committee 27 January 2026"
    put(ws, 5, 6, "Current risk", bold=True, fill="grey")
    put(ws, 5, 7, None, fill="grey")
    put(ws, 5, 8, None, fill="grey")
    ws.merge_cells("F5:H5")
    hdr = ["Ref", "Risk", "Cause and consequence", "Risk owner", "Existing controls",
           "Likelihood", "Impact", "Score", "Further actions", "Action owner", "Target date",
           "Action status", "Direction of travel"]
    for j, v in enumerate(hdr):
        put(ws, 6, 1 + j, v, bold=True, fill="grey")

    risks = [
        ("SR01", "Financial sustainability",
         "Cause: rising demand for social care and temporary accommodation, inflation and uncertainty over the multi-year funding settlement.\nConsequence: inability to set a balanced budget or deliver Medium Term Financial Strategy savings.",
         "Director: Finance, People & IDT",
         "Medium Term Financial Strategy; monthly budget monitoring to SMT; General Fund reserves policy.",
         4, 5, 20, "Same", [
             ("Complete 2026/27 budget consultation and set a balanced budget at Full Council.", "Director: Finance, People & IDT", "February 2026", "On track"),
             ("Report savings delivery monthly to SMT, with mitigating proposals for any savings at risk.", "Chief Finance Officer", "Monthly", "On track"),
         ]),
        ("SR02", "Cyber security",
         "Cause: ransomware or other cyber attack exploiting system vulnerabilities.\nConsequence: loss of systems and data, service disruption and regulatory action.",
         "Director: Finance, People & IDT",
         "Cyber Essentials Plus accreditation; mandatory staff training; immutable back-ups.",
         4, 5, 20, "Same", [
             ("Migrate the remaining on-premise servers to the cloud hosting environment.", "Head of ICT", "June 2026", "On track"),
             ("Run a cyber incident exercise with SMT and update the ICT disaster recovery plan.", "Head of ICT", "Febuary 2026", "On track"),
         ]),
        ("SR03", "Adult social care demand",
         "Cause: ageing population and increasing complexity of need.\nConsequence: budget overspend, delays in assessment and unmet need.",
         "Director: Adult Social Care",
         "Demand management programme; Better Care Fund plan; weekly brokerage panel.",
         4, 4, 16, "Worse", [
             ("Deliver phase 2 of the Adult Social Care demand management programme, focusing on reablement and technology-enabled care.", "Director: Adult Social Care", "March 2026", "Slipping"),
             ("Agree a joint hospital discharge pathway with Shropshire, Telford and Wrekin ICB.", "Service Delivery Manager – Hospital Discharge", "31/03/2026", "On track"),
             ("Re-tender the home care framework with a locality-based model.", "Head of Commissioning", "September 2026", "On track"),
         ]),
        ("SR04", "Failure of a key contractor or supplier",
         "Cause: financial failure of a contractor delivering a critical service or capital project.\nConsequence: service disruption, additional cost and delay to the capital programme.",
         "Director: Prosperity & Investment",
         "Financial checks at procurement; contract management framework; business continuity plans.",
         3, 4, 12, "Better", [
             ("Introduce quarterly financial health checks for the 20 highest-value contracts.", "Head of Procurement", "April 2026", "On track"),
             ("Test business continuity plans for waste collection and highways maintenance contracts.", "Emergency Planning Manager", "May 2026", "On track"),
         ]),
    ]
    r = 7
    for (ref, title, cause, owner, controls, li, im, sc, dot, acts) in risks:
        first = r
        colour = "red" if sc >= 15 else ("amber" if sc >= 8 else "green")
        for (act, aowner, when, status) in acts:
            vals = [ref, title, cause, owner, controls, li, im, sc]
            for j, v in enumerate(vals):
                put(ws, r, 1 + j, v if r == first else None,
                    fill=(colour if j == 7 else None), bold=(j == 0))
            put(ws, r, 9, act)
            put(ws, r, 10, aowner)
            put(ws, r, 11, when)
            put(ws, r, 12, status)
            put(ws, r, 13, dot if r == first else None)
            r += 1
        if r - first > 1:
            for c in list(range(1, 9)) + [13]:
                ws.merge_cells(start_row=first, start_column=c, end_row=r - 1, end_column=c)
    r += 1
    ws.cell(row=r, column=1, value="Scoring: Likelihood x Impact (1–5 each). Red 15–25; Amber 8–14; Green 1–7.")
    widths(ws, [7, 22, 44, 22, 36, 10, 8, 7, 46, 26, 14, 12, 11])

    hm = wb.create_sheet("Risk Matrix")
    hm["A1"] = "Risk scoring matrix"
    hm["A1"].font = BOLD
    for i in range(5):
        put(hm, 3 + i, 1, 5 - i, bold=True)
        for j in range(5):
            s = (5 - i) * (j + 1)
            put(hm, 3 + i, 2 + j, s, fill=("red" if s >= 15 else "amber" if s >= 8 else "green"))
    for j in range(5):
        put(hm, 8, 2 + j, j + 1, bold=True)
    hm["A10"] = "Vertical: Likelihood. Horizontal: Impact."
    wb.save(out("gg2-telford-wrekin-council-strategic-risk-register-q3-2025-26-typo-month-refuse.xlsx"))


if __name__ == "__main__":
    hampshire()
    kirklees()
    east_dunbartonshire()
    cleveland()
    harrow()
    cardiff()
    telford()
    print("done")
