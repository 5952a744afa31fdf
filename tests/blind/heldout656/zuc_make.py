"""Build the seven zuc- blind test files (set heldout656).

Run with: /work/main/.venv/bin/python zuc_make.py
Writes only files whose names start with "zuc-" into this script's folder.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zuc-")
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- helpers
def shade(cell, hex_fill):
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tc_pr.append(shd)


def bold_cell(cell, text):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True


def fill(hex_rgb):
    return PatternFill(start_color=hex_rgb, end_color=hex_rgb, fill_type="solid")


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BLUE, GREEN, AMBER, RED = "0070C0", "00B050", "FFC000", "FF0000"
HEAD = fill("1F3864")
WHITE_BOLD = Font(bold=True, color="FFFFFF")


# ------------------------------------------- 1. HMP & YOI Norwich (docx)
def hmp_norwich():
    d = Document()
    d.add_heading("Action Plan: HMP & YOI Norwich", level=0)
    d.add_paragraph("Action Plan Submitted: 12 March 2025")
    d.add_paragraph("A Response to the HMIP Inspection 7 – 17 October 2024")
    d.add_paragraph("Report Published: 4 February 2025")
    d.add_heading("INTRODUCTION", level=1)
    d.add_paragraph(
        "HM Inspectorate of Prisons (HMIP) is an independent inspectorate which provides "
        "scrutiny of the conditions for, and treatment of, prisoners. In response to the "
        "report HMPPS is required to draft a robust and timely action plan to address the "
        "concerns. The action plan confirms whether each concern is agreed, partly agreed or "
        "not agreed. Where a concern is agreed or partly agreed, the plan sets out the "
        "specific steps to address it, with the owner and timescale of each step clearly "
        "identified.")
    key = d.add_table(rows=1, cols=2)
    key.style = "Table Grid"
    bold_cell(key.rows[0].cells[0], "Term")
    bold_cell(key.rows[0].cells[1], "Definition")
    for term, defn in [
        ("Agreed", "All of the concern is accepted, can be addressed and is affordable."),
        ("Partly Agreed", "Only part of the concern is accepted; the response states which "
                          "part will be addressed."),
        ("Not Agreed", "The concern is not accepted; the response explains why."),
    ]:
        r = key.add_row().cells
        r[0].text, r[1].text = term, defn
    d.add_paragraph("All five concerns in the report have been agreed.")

    header = ["Ref", "Action taken / planned", "Responsible owner", "Target date"]

    def plan_table(blocks):
        t = d.add_table(rows=1, cols=4)
        t.style = "Table Grid"
        for i, h in enumerate(header):
            bold_cell(t.rows[0].cells[i], h)
            shade(t.rows[0].cells[i], "D9D9D9")
        for concern, actions in blocks:
            row = t.add_row()
            merged = row.cells[0].merge(row.cells[3])
            bold_cell(merged, concern)
            shade(merged, "DEEAF6")
            for ref, text, owner, date in actions:
                c = t.add_row().cells
                c[0].text, c[1].text, c[2].text, c[3].text = ref, text, owner, date
        return t

    d.add_heading("Priority concerns", level=1)
    plan_table([
        ("1. Levels of self-harm had more than doubled since the last inspection and the "
         "quality of ACCT case management was inconsistent, with too many reviews not "
         "involving multidisciplinary staff.",
         [("1.1", "A Safer Custody improvement plan will be introduced, overseen by the "
                  "monthly Safety Intervention Meeting chaired by the Deputy Governor.",
           "Head of Safety", "30 April 2025"),
          ("1.2", "All ACCT case managers will complete refresher training, and 10% of open "
                  "ACCT documents will be quality assured each month by the Safer Custody "
                  "team.",
           "Safer Custody Manager / Head of Healthcare", "30 June 2025")]),
        ("2. Prisoners spent too long locked in their cells; about half of those on the main "
         "wings were unlocked for less than two hours a day during the working week.",
         [("2.1", "The core day will be revised to provide a predictable regime with at least "
                  "8.5 hours’ unlock for employed prisoners, published on every wing.",
           "Head of Residence", "31 May 2025"),
          ("2.2", "Activity allocations will be reviewed weekly at the Labour Board so that no "
                  "more than 15% of the population is unemployed.",
           "Head of Reducing Reoffending", "Ongoing")]),
        ("3. Leaders had not made sure that enough prisoners attended education, skills and "
         "work, and attendance at allocated activities was low.",
         [("3.1", "The education provider and the prison will introduce a joint attendance "
                  "tracker, with non-attendance followed up by wing staff the same day.",
           "Head of Education, Skills and Work", "31 March 2025")]),
    ])
    d.add_heading("Key concerns", level=1)
    plan_table([
        ("4. Too many prisoners were released without sustainable accommodation, and the "
         "prison’s data on accommodation outcomes was unreliable.",
         [("4.1", "A pre-release accommodation clinic will be held weekly with the "
                  "Commissioned Rehabilitative Services provider and the local authority "
                  "housing options team.",
           "Head of Offender Management Delivery", "30 June 2025")]),
        ("5. Wing cleanliness and cell conditions were poor on A and B wings, and many cells "
         "lacked basic furniture.",
         [("5.1", "A decency check of every cell will be completed and outstanding furniture "
                  "and window repairs logged with the facilities management contractor.",
           "Head of Residence; Facilities Manager", "31 July 2025"),
          ("5.2", "Weekly senior leader decency walks will be introduced and findings "
                  "reported to the Senior Leadership Team.",
           "Deputy Governor", "Apr-2025")]),
    ])
    d.add_paragraph("")
    sign = d.add_table(rows=2, cols=2)
    sign.style = "Table Grid"
    sign.rows[0].cells[0].text = "Action plan approved by:"
    sign.rows[0].cells[1].text = "Prison Group Director, East of England"
    sign.rows[1].cells[0].text = "Date:"
    sign.rows[1].cells[1].text = "11 March 2025"
    d.save(out("zuc-hmp-yoi-norwich-hmip-inspection-action-plan.docx"))


# ------------------------------------ 2. East Kent PDU probation (txt, TSV)
def east_kent_pdu():
    rows = [
        ["Probation Service – Kent, Surrey and Sussex Region"],
        ["East Kent PDU – Action plan in response to the HM Inspectorate of Probation inspection"],
        ["Fieldwork: October 2024", "Report published: 18 February 2025",
         "Version 1.3 – updated 30 June 2025"],
        [],
        ["No.", "Action", "Owner", "Target date", "Revised date", "RAG",
         "Progress update (June 2025)"],
        ["The East Kent PDU should:"],
        ["1. improve the quality of assessment and planning for risk of harm, making sure that "
         "information from the police and children’s social care is requested, analysed and used"],
        ["1.1", "All practitioners to attend the regional ‘Risk of Harm Essentials’ workshop, "
                "with completion tracked through the PDU learning log.",
         "Head of PDU", "31/03/2025", "", "B",
         "Complete – 94% attendance; remaining staff booked on the July cohort."],
        ["1.2", "SPOs to complete a monthly audit of two cases per practitioner using the HMIP "
                "risk of harm tool and feed the findings into supervision.",
         "SPO Public Protection; SPO Sentence Management", "May-25", "Sep-25", "A",
         "Audit tool in use; audits behind schedule owing to an SPO vacancy."],
        ["1.3", "Domestic abuse and safeguarding enquiries to be sent at allocation for every "
                "case, with responses chased by the case administrator after 10 working days.",
         "Business Manager", "30/04/2025", "", "G",
         "Process live from April; compliance 87% in May."],
        ["2. make sure that workload and staffing pressures are managed so that practitioners "
         "have the capacity to deliver high-quality work"],
        ["2.1", "A PDU workload recovery plan to be agreed with the region, including "
                "prioritisation of cases under the Probation Reset arrangements.",
         "Head of PDU", "Q1 2025/26", "", "G",
         "Plan agreed at the Regional Leadership Team in May."],
        ["2.2", "New PQiP and PSO staff to be given protected caseloads for their first six months,",
         "SPO Learning and Development", "Ongoing", "", "G",
         "Monitored at the monthly PDU performance meeting."],
        ["", "with caseload weighting reviewed at each supervision.", "", "", "", "", ""],
        ["The Kent, Surrey and Sussex region should:"],
        ["3. make sure that accredited programmes and structured interventions are available "
         "without delay in East Kent"],
        ["3.1", "Commission additional Building Choices facilitator capacity for the Canterbury "
                "and Thanet offices.",
         "Regional Head of Interventions", "30/09/2025", "", "R",
         "Recruitment campaign failed to appoint; re-advertised June 2025."],
        ["3.2", "Publish a waiting list dashboard for interventions, reviewed monthly by the "
                "Regional Probation Director.",
         "Regional Head of Performance and Quality", "July 2025", "", "",
         "Not started – dependent on the data platform release."],
        [],
        ["RAG key: B = complete; G = on track; A = some slippage, remedial action in place; "
         "R = off track"],
        ["Prepared by the PDU Business Manager for the Regional Quality Board."],
    ]
    with open(out("zuc-probation-service-east-kent-pdu-hmip-inspection-action-plan.txt"),
              "w", encoding="utf-8", newline="") as f:
        for r in rows:
            f.write("\t".join(r) + "\r\n")


# -------------------------------- 3. Northamptonshire Police PEEL (xlsx)
def northants_police():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Northamptonshire Police"
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = "HMICFRS PEEL 2023–2025: Areas for Improvement – Action Tracker"
    cov["A2"].font = Font(bold=True, size=13)
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    for i, (k, v) in enumerate([
        ("Version", "2.1"),
        ("Owner", "Strategic Planning and Insight – Inspection Liaison"),
        ("Reporting to", "Force Assurance Board; PFCC Accountability Board"),
        ("Last updated", "14/01/2025"),
        ("Classification", "OFFICIAL"),
    ], start=5):
        cov.cell(i, 1, k).font = Font(bold=True)
        cov.cell(i, 2, v)
        cov.cell(i, 1).border = cov.cell(i, 2).border = BOX
    cov.column_dimensions["A"].width = 18
    cov.column_dimensions["B"].width = 60

    summ = wb.create_sheet("Summary")
    summ["A1"] = "Summary of AFI action status – January 2025"
    summ["A1"].font = Font(bold=True, size=13)
    hdr = ["PEEL area", "AFIs", "Actions", "Complete", "On track", "At risk", "Off track"]
    for c, h in enumerate(hdr, 1):
        cell = summ.cell(3, c, h)
        cell.font, cell.fill, cell.border = WHITE_BOLD, HEAD, BOX
    data = [
        ["Responding to the public", 1, 2, 1, 1, 0, 0],
        ["Investigating crime", 2, 5, 2, 1, 2, 0],
        ["Developing a positive workplace", 1, 2, 1, 0, 0, 1],
        ["Total", 4, 9, 4, 2, 2, 1],
    ]
    for r, row in enumerate(data, 4):
        for c, v in enumerate(row, 1):
            cell = summ.cell(r, c, v)
            cell.border = BOX
            if row[0] == "Total":
                cell.font = Font(bold=True)
    summ.column_dimensions["A"].width = 34

    ws = wb.create_sheet("AFI Tracker")
    ws["A1"] = "Northamptonshire Police – PEEL 2023–25 AFI Action Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:J1")
    ws["A2"] = "RAG key:"
    ws["A2"].font = Font(bold=True)
    for col, (txt, colour) in zip("BCDE", [("Complete", BLUE), ("On track", GREEN),
                                          ("At risk", AMBER), ("Off track / overdue", RED)]):
        ws[f"{col}2"] = txt
        ws[f"{col}2"].fill = fill(colour)
        ws[f"{col}2"].border = BOX
    headers = ["AFI Ref", "Area for improvement", "Action No.", "Action", "Action owner",
               "Original target", "Revised target", "Previous RAG (Oct 24)",
               "Current RAG (Jan 25)", "Update"]
    for c, h in enumerate(headers, 1):
        cell = ws.cell(4, c, h)
        cell.font, cell.fill, cell.border, cell.alignment = WHITE_BOLD, HEAD, BOX, WRAP

    D = dt.datetime
    plan = [
        ("Responding to the public – Requires improvement", [
            ("AFI 1", "The force should make sure it answers calls for service within national "
                      "target times and that victims are updated when attendance is delayed.", [
                ("1.1", "Implement the revised Force Control Room resourcing model, aligning "
                        "shift patterns to demand peaks.", "Ch Supt Contact Management",
                 D(2024, 9, 30), D(2024, 12, 31), "A", GREEN,
                 "New shift pattern went live on 4 November; 999 answer rate 91% in December."),
                ("1.2", "Introduce a call-back process so that callers waiting beyond the "
                        "attendance target receive an update from the Resolution Centre.",
                 "Head of Contact Management", D(2024, 12, 31), None, "G", BLUE,
                 "Call-back script and process live since 2 December."),
            ]),
        ]),
        ("Investigating crime – Requires improvement", [
            ("AFI 2", "The force should make sure it allocates investigations to officers and "
                      "staff with the capability and capacity to investigate them thoroughly.", [
                ("2.1", "Review the crime allocation policy so that high-risk domestic abuse and "
                        "indecent images of children offences are allocated to specialist teams.",
                 "D/Supt Crime and Justice", D(2024, 6, 30), None, "B", BLUE,
                 "Policy revised and published June 2024."),
                ("2.2", "Expand the Domestic Abuse Team to 45 officers and staff, including two "
                        "inspectors and six sergeants.",
                 "D/Supt Crime and Justice; Head of HR Resourcing", D(2025, 3, 31), None,
                 "A", AMBER, "38 of 45 posts filled; remaining DC posts in the February cohort."),
                ("2.3", "Introduce a monthly investigation quality audit of 60 crimes, with "
                        "findings reported to the Force Investigation Standards Board.",
                 "DCI Investigation Standards", D(2024, 10, 31), D(2025, 2, 28), "R", AMBER,
                 "First two audits complete; audit resource now agreed."),
            ]),
            ("AFI 3", "The force should make sure it follows national policy on the use of "
                      "community resolutions for intimate partner domestic abuse.", [
                ("3.1", "Issue a force directive that community resolutions must not be used for "
                        "intimate partner domestic abuse without inspector authority.",
                 "ACC Local Policing", D(2024, 3, 31), None, "B", BLUE,
                 "Directive issued 12 March 2024."),
                ("3.2", "Dip-sample all community resolutions with a domestic abuse flag each "
                        "month and refer non-compliant cases to the Professional Standards "
                        "Department.",
                 "Supt Public Protection", "Monthly", None, "G", GREEN,
                 "100% dip-sampled since April; two referrals to PSD."),
            ]),
        ]),
        ("Developing a positive workplace – Adequate", [
            ("AFI 4", "The force should make sure it understands the wellbeing needs of its "
                      "workforce and monitors the effectiveness of the support it provides.", [
                ("4.1", "Run the annual staff wellbeing survey and publish the results and an "
                        "action plan on the intranet.",
                 "Head of People Services", D(2024, 11, 30), None, "G", BLUE,
                 "Survey closed 31 October (58% response); results published 28 November."),
                ("4.2", "Introduce wellbeing data (sickness, TRiM referrals, occupational health "
                        "demand) into the quarterly departmental performance reviews.",
                 "Head of People Services / Force Wellbeing Lead", D(2025, 3, 31),
                 D(2025, 6, 30), "A", RED,
                 "Data set agreed; reporting delayed by the HR system migration."),
            ]),
        ]),
    ]
    r = 5
    for area, afis in plan:
        ws.cell(r, 1, area).font = Font(bold=True)
        ws.cell(r, 1).fill = fill("D9E1F2")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        for afi_ref, afi_text, actions in afis:
            first = r
            for (no, text, owner, orig, rev, prev, cur_fill, upd) in actions:
                vals = [None, None, no, text, owner, orig, rev, prev, None, upd]
                for c, v in enumerate(vals, 1):
                    cell = ws.cell(r, c, v)
                    cell.border, cell.alignment = BOX, WRAP
                    if isinstance(v, dt.datetime):
                        cell.number_format = "dd/mm/yyyy"
                ws.cell(r, 9).fill = fill(cur_fill)
                r += 1
            ws.cell(first, 1, afi_ref).alignment = WRAP
            ws.cell(first, 2, afi_text).alignment = WRAP
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(r, 1, "Notes: Current RAG is shown by cell colour only. Revised target dates were "
                  "agreed by the Force Assurance Board on 9 December 2024.")
    for col, w in zip("ABCDEFGHIJ", [9, 40, 9, 50, 28, 13, 13, 11, 11, 45]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.active = 2
    wb.save(out("zuc-northamptonshire-police-hmicfrs-peel-2023-25-afi-tracker.xlsx"))


# ----------------- 4. Hampshire and IoW FRS misconduct tracker (xlsx, refuse)
def hiwfrs_misconduct():
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws["A1"] = "Hampshire and Isle of Wight Fire and Rescue Service"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("HMICFRS – Standards of behaviour: the handling of misconduct in fire and rescue "
                "services (August 2024)")
    ws["A2"].font = Font(bold=True)
    ws["A3"] = ("Recommendations tracker – position at 31 January 2025 (Standards and Governance "
                "Committee, 25 February 2025)")
    headers = ["Rec", "Theme", "HMICFRS recommendation", "Ref", "Service action", "Lead",
               "Due", "Status", "Commentary"]
    for c, h in enumerate(headers, 1):
        cell = ws.cell(5, c, h)
        cell.font, cell.fill, cell.border, cell.alignment = (Font(bold=True, color="FFFFFF"),
                                                             fill("C00000"), BOX, WRAP)
    status_fill = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Not started": None}
    recs = [
        ("1", "Culture",
         "By 1 February 2025, chief fire officers should, as a priority, make sure their staff "
         "are aware of, and follow, the Core Code of Ethics, and build the code into all "
         "relevant policies and practices.", [
             ("1a", "Embed the Core Code of Ethics in all people policies as they are reviewed, "
                    "using the ethics checklist in the policy template.",
              "Head of HR", "Feb-2025", "Complete", "32 of 32 people policies updated."),
             ("1b", "Deliver Core Code of Ethics sessions at every station and team as part of "
                    "the 2024/25 engagement programme.",
              "Assistant Chief Fire Officer", "Mar-2025", "On track",
              "41 of 51 stations visited."),
         ]),
        ("2", "Probation",
         "By 1 February 2025, chief fire officers should make sure a policy for probationary "
         "staff is in place which makes clear that probationers who fail to meet the required "
         "standards of behaviour can be dismissed.", [
             ("2a", "Revise the probationary policy so that it states probationers may be "
                    "dismissed for failing to meet the Core Code of Ethics.",
              "Head of HR", "Feb-2025", "Complete", "Approved at People Board 15 January."),
             ("2b", "Brief all line managers of probationers on the revised policy and the "
                    "escalation route.",
              "People Business Partners", "Mar-2025", "Not started", ""),
         ]),
        ("3", "Watch moves",
         "By 1 May 2025, chief fire officers should make sure workforce plans allow staff to be "
         "moved between wholetime watches and stations, and that promoted firefighters are "
         "posted to a different watch or station.", [
             ("3a", "Amend the promotion and temporary promotion procedures so that promoted "
                    "firefighters are posted to a different watch or station.",
              "Area Manager Response", "May-2025", "On track", "Draft procedure out to consultation."),
             ("3b", "Agree a protocol with representative bodies for proactive moves between "
                    "wholetime watches.",
              "Director of People and Organisational Development", "May-2025", "At risk",
              "Negotiations with representative bodies ongoing."),
         ]),
        ("4", "Professional standards",
         "By 1 February 2025, chief fire officers should make sure their services create or "
         "have access to a professional standards function to oversee misconduct cases.", [
             ("4a", "Establish a Professional Standards Unit with a dedicated investigations "
                    "manager.",
              "Chief Fire Officer", "Feb-2025", "Complete", "Unit operational from 6 January."),
             ("4b", "Train all misconduct investigators to the NFCC investigation standard.",
              "Professional Standards Manager", "Jnue-2025", "On track",
              "First cohort of 12 investigators booked for March."),
         ]),
        ("5", "Social media",
         "By 1 May 2025, chief fire officers should make sure staff understand service policies "
         "on the use of social media and the consequences of breaching them.", [
             ("5a", "Publish a social media policy and guidance aligned to the Core Code of "
                    "Ethics, with examples of acceptable and unacceptable use.",
              "Head of Corporate Communications", "Apr-2025", "On track",
              "Policy drafted; equality impact assessment under way."),
         ]),
    ]
    r = 6
    for rec, theme, text, actions in recs:
        first = r
        for ref, act, lead, due, status, comm in actions:
            vals = [None, None, None, ref, act, lead, due, status, comm]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v)
                cell.border, cell.alignment = BOX, WRAP
            if status_fill[status]:
                ws.cell(r, 8).fill = fill(status_fill[status])
            r += 1
        ws.cell(first, 1, rec)
        ws.cell(first, 2, theme)
        ws.cell(first, 3, text)
        if r - 1 > first:
            for c in (1, 2, 3):
                ws.merge_cells(start_row=first, start_column=c, end_row=r - 1, end_column=c)
    r += 1
    ws.cell(r, 1, "Summary: 9 actions – 3 complete, 4 on track, 1 at risk, 1 not started")
    ws.cell(r, 1).font = Font(italic=True)
    for col, w in zip("ABCDEFGHI", [6, 14, 50, 6, 50, 28, 11, 12, 40]):
        ws.column_dimensions[col].width = w

    k = wb.create_sheet("Key & notes")
    k["A1"] = "Status key"
    k["A1"].font = Font(bold=True)
    for i, (s, colour) in enumerate([("Complete", BLUE), ("On track", GREEN),
                                     ("At risk", AMBER), ("Not started", None)], 2):
        k.cell(i, 1, s)
        if colour:
            k.cell(i, 1).fill = fill(colour)
    k["A7"] = ("Recommendations 6 to 15 of the report are addressed to the Home Office, NFCC, "
               "fire and rescue authorities and others and are not tracked here.")
    wb.save(out("zuc-hampshire-and-isle-of-wight-fire-rescue-service-hmicfrs-misconduct-"
                "handling-recommendations-tracker-typo-month-refuse.xlsx"))


# ------------------------------- 5. Harrogate Ladies' College ISI (xlsx)
def harrogate_ladies():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Harrogate Ladies’ College"
    cov["A1"].font = Font(bold=True, size=16, color="5B2C6F")
    cov["A2"] = "ISI Inspection – Post-Inspection Action Plan"
    cov["A2"].font = Font(bold=True, size=13)
    for i, (k, v) in enumerate([
        ("Inspection dates", "4–6 March 2025"),
        ("Report published", "23 April 2025"),
        ("Outcome", "All Standards met"),
        ("Plan owner", "Principal"),
        ("Monitored by", "Education and Pastoral Committee of the Board of Governors"),
        ("Last reviewed", "16 June 2025"),
    ], start=4):
        cov.cell(i, 1, k).font = Font(bold=True)
        cov.cell(i, 2, v)
        cov.cell(i, 1).border = cov.cell(i, 2).border = BOX
    cov["A11"] = "Status key"
    cov["A11"].font = Font(bold=True)
    for i, (s, colour) in enumerate([("Complete", BLUE), ("On track", GREEN),
                                     ("Behind schedule", AMBER), ("Not started", None)], 12):
        cov.cell(i, 1, s).border = BOX
        if colour:
            cov.cell(i, 1).fill = fill(colour)
    cov["A17"] = ("Behind schedule = amber: the action has slipped but is expected to be "
                  "completed this academic year.")
    cov.column_dimensions["A"].width = 20
    cov.column_dimensions["B"].width = 60

    ws = wb.create_sheet("Action plan")
    ws["A1"] = "ISI Inspection March 2025 – Recommended next steps: action plan"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:I1")
    headers = ["ISI Framework section", "Recommended next step", "No.", "Action", "Led by",
               "Success criteria", "Timescale", "Status", "Progress update (Summer term 2025)"]
    for c, h in enumerate(headers, 1):
        cell = ws.cell(2, c, h)
        cell.font, cell.fill, cell.border, cell.alignment = (WHITE_BOLD, fill("5B2C6F"), BOX,
                                                             WRAP)
    status_fill = {"Complete": BLUE, "On track": GREEN, "Behind schedule": AMBER,
                   "Not started": None}
    plan = [
        ("Quality of education, training and recreation", [
            ("Strengthen the use of assessment information in the lower school so that teaching "
             "consistently builds on what pupils already know and can do.", [
                ("1a", "Introduce termly data review meetings for Years 7–9 between heads of "
                       "department and the Assistant Head (Teaching and Learning).",
                 "Assistant Head (Teaching and Learning)",
                 "Meeting records show agreed actions for each department.",
                 "Autumn term 2025", "On track", "First meetings scheduled for October."),
                ("1b", "Deliver INSET on responsive teaching and adaptive planning, followed by "
                       "peer observation triads.",
                 "Director of Studies",
                 "All teaching staff complete one observation cycle.",
                 "September 2025", "Complete", "INSET delivered 2 June 2025 (brought forward)."),
                ("1c", "Review the marking and feedback policy so that feedback is more "
                       "actionable and workload is reduced.",
                 "Deputy Head (Academic)",
                 "Revised policy approved; pupil voice shows feedback is understood.",
                 "Summer term 2025", "Behind schedule", "Staff consultation extended to July."),
            ]),
            ("Extend opportunities for younger boarders to take part in structured recreational "
             "activities at weekends.", [
                ("2a", "Launch a weekend activities programme for junior boarders with at least "
                       "two structured activities each Saturday and Sunday.",
                 "Director of Boarding; Head of Co-curricular",
                 "Participation above 80% each weekend.",
                 "Summer term 2025", "Complete",
                 "Programme running since April; average participation 85%."),
            ]),
        ]),
        ("Pupils’ physical and mental health and emotional wellbeing", [
            ("Ensure that the views of pupils gathered through wellbeing surveys are analysed "
             "systematically and used to inform pastoral planning.", [
                ("3a", "Adopt a termly online wellbeing survey for all year groups, with results "
                       "analysed by year group and boarding house.",
                 "Deputy Head (Pastoral)",
                 "Survey response rate above 85%; analysis shared with tutors.",
                 "Termly", "On track", "Summer survey completed; 91% response."),
                ("3b", "Report survey themes and the resulting actions to the Education and "
                       "Pastoral Committee.",
                 "Deputy Head (Pastoral)",
                 "Committee minutes record the report and its actions.",
                 "By end of Summer term 2026", "Not started", ""),
            ]),
        ]),
        ("Leadership and management, and governance", [
            ("Governors should develop their oversight of the school’s self-evaluation so that "
             "they can check the impact of improvement priorities more precisely.", [
                ("4a", "Link a governor to each whole-school development priority, with a visit "
                       "and a written report each term.",
                 "Chair of Governors / Clerk to the Governors",
                 "Link governor reports received for every priority.",
                 "December 2025", "On track", "Link governor roles agreed at the May board."),
            ]),
        ]),
    ]
    r = 3
    for section, recs in plan:
        sec_first = r
        for rec_text, actions in recs:
            rec_first = r
            for vals in actions:
                no, act, lead, crit, when, status, upd = vals
                for c, v in enumerate([None, None, no, act, lead, crit, when, status, upd], 1):
                    cell = ws.cell(r, c, v)
                    cell.border, cell.alignment = BOX, WRAP
                if status_fill[status]:
                    ws.cell(r, 8).fill = fill(status_fill[status])
                r += 1
            ws.cell(rec_first, 2, rec_text)
            if r - 1 > rec_first:
                ws.merge_cells(start_row=rec_first, start_column=2, end_row=r - 1, end_column=2)
        ws.cell(sec_first, 1, section).font = Font(bold=True)
        if r - 1 > sec_first:
            ws.merge_cells(start_row=sec_first, start_column=1, end_row=r - 1, end_column=1)
    for col, w in zip("ABCDEFGHI", [22, 40, 6, 50, 28, 34, 18, 15, 40]):
        ws.column_dimensions[col].width = w
    wb.save(out("zuc-harrogate-ladies-college-isi-inspection-action-plan.xlsx"))


# ---------------------------- 6. Solihull College Ofsted PIAP (docx)
def solihull_college():
    d = Document()
    t = d.add_paragraph()
    run = t.add_run("Solihull College & University Centre")
    run.bold, run.font.size = True, Pt(20)
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = d.add_paragraph()
    run = p.add_run("Post-Inspection Action Plan")
    run.bold, run.font.size = True, Pt(16)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph("Ofsted further education and skills inspection: 28–31 January 2025 | "
                    "Report published: 14 March 2025")
    dc = d.add_table(rows=1, cols=4)
    dc.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Author", "Approved by"]):
        bold_cell(dc.rows[0].cells[i], h)
    for row in [("1.0", "9 April 2025", "Director of Quality",
                 "Corporation Quality and Standards Committee"),
                ("1.1", "2 July 2025", "Director of Quality", "Executive Leadership Team")]:
        c = dc.add_row().cells
        for i, v in enumerate(row):
            c[i].text = v
    d.add_paragraph("")
    d.add_paragraph("RAG rating: cells are shaded Blue – complete; Green – on track; "
                    "Amber – some risk to completion; Red – off track.")
    shades = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}

    def priority(heading, afi, impact, actions):
        d.add_heading(heading, level=2)
        tb = d.add_table(rows=0, cols=5)
        tb.style = "Table Grid"
        for label, text in [("Area for improvement", afi), ("Intended impact", impact)]:
            row = tb.add_row()
            bold_cell(row.cells[0], label)
            shade(row.cells[0], "E7E6E6")
            m = row.cells[1].merge(row.cells[4])
            m.text = text
        hdr = tb.add_row().cells
        for i, h in enumerate(["Ref", "Action", "Lead", "By when", "RAG"]):
            bold_cell(hdr[i], h)
            shade(hdr[i], "D9E2F3")
        for ref, text, lead, when, rag in actions:
            c = tb.add_row().cells
            c[0].text, c[1].text, c[2].text, c[3].text = ref, text, lead, when
            shade(c[4], shades[rag])
        d.add_paragraph("")

    priority(
        "Priority 1 – Adult learning programmes",
        "Leaders and managers should ensure that tutors on adult learning programmes check "
        "learners’ understanding and use this to plan learning that builds on what learners "
        "already know.",
        "Adult learners make consistently strong progress from their starting points and "
        "achievement rises to at least 92%.",
        [("1.1", "Train all adult learning tutors in questioning and retrieval practice "
                 "techniques through the Teaching and Learning Academy.",
          "Head of Adult and Community Learning", "May 2025", "B"),
         ("1.2", "Introduce initial and diagnostic assessment reviews at week 4 of every course, "
                 "recorded on the ProMonitor learner record.",
          "Head of Adult and Community Learning, Head of Quality", "31/07/2025", "G"),
         ("1.3", "Carry out themed learning walks each half-term focused on checking "
                 "understanding, with feedback to individual tutors.",
          "Teaching and Learning Coaches", "Ongoing", "G")])
    priority(
        "Priority 2 – Apprenticeships",
        "Leaders should ensure that apprentices receive their off-the-job training entitlement "
        "and that employers are involved fully in reviews of apprentices’ progress.",
        "All apprentices receive their full off-the-job entitlement and every progress review "
        "includes the employer.",
        [("2.1", "Implement monthly off-the-job hours reporting for every apprentice, with "
                 "cases below 80% of planned hours escalated to the curriculum manager.",
          "Director of Apprenticeships", "April 2025", "B"),
         ("2.2", "Require employer sign-off at every 10-weekly progress review, using the "
                 "revised tripartite review form.",
          "Director of Apprenticeships", "September 2025", "A")])
    priority(
        "Priority 3 – Attendance",
        "Leaders and managers should improve attendance for learners aged 16 to 18 on level 1 "
        "and level 2 study programmes, particularly in English and mathematics lessons.",
        "Attendance on level 1 and level 2 study programmes rises to 90%, and to 85% in English "
        "and mathematics lessons.",
        [("3.1", "Introduce same-day contact with parents and carers for any unexplained "
                 "absence, supported by the attendance officer team.",
          "Assistant Principal – Student Experience", "Autumn term 2025", "G"),
         ("3.2", "Timetable English and mathematics lessons within vocational blocks rather "
                 "than as stand-alone sessions.",
          "Vice Principal – Curriculum and Quality", "Sept 2025", "R")])
    d.add_paragraph("Progress against this plan is reported to each meeting of the Quality and "
                    "Standards Committee.")
    d.save(out("zuc-solihull-college-ofsted-post-inspection-action-plan.docx"))


# ------------------------- 7. Hatch Ride Primary SDP 2025-26 (csv)
def hatch_ride_sdp():
    rows = [
        ["Hatch Ride Primary School – School Development Plan 2025-26", "", "", "", "", "", "",
         "", ""],
        ["Reviewed by the Local Governing Body: 24 March 2026", "", "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", "", ""],
        ["Priority", "Objective", "Ref", "Action", "Lead(s)", "Deadline", "Monitoring",
         "Autumn RAG", "Spring RAG"],
        ["Priority 1: Reading for pleasure and fluency",
         "1.1 Every pupil reads fluently by the end of Year 2, including disadvantaged pupils",
         "1.1a", "Deliver daily Read Write Inc. sessions from Reception to Year 2, with "
                 "half-termly assessments and regrouping.",
         "KB", "Autumn term 2025", "Phonics screening data; learning walks", "G", "B"],
        ["", "", "1.1b", "Run 'keep-up' phonics tutoring three times a week for pupils not on "
                         "track, delivered by trained TAs.",
         "KB/LM", "Jul-26", "Tutoring group tracking", "A", "G"],
        ["", "1.2 Pupils in Key Stage 2 choose to read widely and often", "1.2a",
         "Refurbish the school library and introduce class \"reading spines\" for Years 3 to 6.",
         "LM", "Jan-26", "Library loans data; pupil voice", "G", "B"],
        ["", "", "1.2b", "Launch a termly reading-for-pleasure challenge, with a family reading "
                         "event each term.",
         "LM", "Termly", "Pupil voice; parent survey", "G", "G"],
        ["Priority 2: Mathematics – fluency and reasoning",
         "2.1 Pupils recall multiplication facts quickly and accurately by the end of Year 4",
         "2.1a", "Introduce daily 10-minute fluency sessions from Year 2 to Year 6 using the "
                 "trust maths fluency scheme.",
         "DHT", "Oct-25", "MTC practice data; book looks", "B", "B"],
        ["", "", "2.1b", "Hold parent workshops on supporting times-tables practice at home.",
         "DHT", "Summer term 2026", "Workshop attendance", "", "A"],
        ["Priority 3: Inclusion and SEND",
         "3.1 Pupils with SEND access the full curriculum through adaptive teaching",
         "3.1a", "Deliver CPD on adaptive teaching strategies, followed by coaching for every "
                 "teacher.",
         "HT, SENDCo", "31/12/2025", "Lesson visits; SEND pupil voice", "A", "A"],
        ["", "", "3.1b", "Review every SEN support plan with parents each term using the new "
                         "one-page profile format.",
         "SENDCo", "Summer term 2026", "SEN register audit", "R", "A"],
        ["", "", "", "", "", "", "", "", ""],
        ["RAG: B = achieved; G = on track; A = partially on track; R = not on track. "
         "Spring RAG is the current position.", "", "", "", "", "", "", "", ""],
        ["Monitoring: SLT half-termly; Local Governing Body termly", "", "", "", "", "", "", "",
         ""],
    ]
    with open(out("zuc-hatch-ride-primary-school-development-plan-2025-26.csv"), "w",
              encoding="utf-8-sig", newline="") as f:
        csv.writer(f, lineterminator="\r\n").writerows(rows)


if __name__ == "__main__":
    hmp_norwich()
    east_kent_pdu()
    northants_police()
    hiwfrs_misconduct()
    harrogate_ladies()
    solihull_college()
    hatch_ride_sdp()
    print("built 7 files in", HERE)
