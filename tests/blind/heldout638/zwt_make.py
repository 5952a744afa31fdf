"""Build the seven zwt- blind test files (set heldout638).

Run with /work/main/.venv/bin/python zwt_make.py  (writes next to this script).
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zwt-")
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- helpers
FILL = {
    "R": PatternFill("solid", fgColor="FF0000"),
    "A": PatternFill("solid", fgColor="FFC000"),
    "G": PatternFill("solid", fgColor="00B050"),
    "B": PatternFill("solid", fgColor="0070C0"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
    "head": PatternFill("solid", fgColor="1F3864"),
    "pale": PatternFill("solid", fgColor="DEEAF6"),
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def d(y, m, day):
    return dt.datetime(y, m, day)


def header_row(ws, row, headers, fill="head"):
    for i, h in enumerate(headers, start=1):
        c = ws.cell(row=row, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL[fill]
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX


def band(ws, row, text, ncols, fill="grey"):
    ws.cell(row=row, column=1, value=text)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
    c = ws.cell(row=row, column=1)
    c.font = Font(bold=True)
    c.fill = FILL[fill]
    for col in range(1, ncols + 1):
        ws.cell(row=row, column=col).border = BOX


def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def bold_row(row):
    for c in row.cells:
        for p in c.paragraphs:
            for r in p.runs:
                r.font.bold = True


def add_table(doc, headers, rows, widths=None):
    t = doc.add_table(rows=1, cols=len(headers))
    t.style = "Table Grid"
    for i, h in enumerate(headers):
        t.rows[0].cells[i].text = h
        shade(t.rows[0].cells[i], "D9E2F3")
    bold_row(t.rows[0])
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            if isinstance(v, list):  # several lines, one paragraph each
                cells[i].text = v[0]
                for extra in v[1:]:
                    cells[i].add_paragraph(extra)
            else:
                cells[i].text = v
    return t


RAG_HEX = {"Blue": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000",
           "Complete": "0070C0"}


# ---------------------------------------------------------------- 1. British Sugar (xlsx)
def british_sugar():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = "British Sugar plc – HSE Improvement Notices: Remediation Action Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A3"] = "Document control"
    ws["A3"].font = Font(bold=True)
    rows = [
        ("Document owner", "Head of SHEQ"),
        ("Version", "v7"),
        ("Date", "13/06/2025"),
        ("Reporting to", "Executive SHEQ Committee (monthly); HSE Principal Inspector on request"),
        ("Sites in scope", "Wissington, Bury St Edmunds, Cantley"),
    ]
    for i, (k, v) in enumerate(rows, start=4):
        ws.cell(row=i, column=1, value=k).font = Font(bold=True)
        ws.cell(row=i, column=2, value=v)
        ws.cell(row=i, column=1).border = BOX
        ws.cell(row=i, column=2).border = BOX
    ws["A10"] = "RAG key"
    ws["A10"].font = Font(bold=True)
    key = [
        ("R", "Compliance date missed or at risk – escalate to Executive SHEQ Committee"),
        ("A", "Behind plan but compliance date still achievable"),
        ("G", "On track"),
        ("B", "Complete – evidence verified by Site SHEQ Manager and sent to HSE"),
    ]
    for i, (k, v) in enumerate(key, start=11):
        c = ws.cell(row=i, column=1, value=k)
        c.fill = FILL[k]
        c.font = Font(bold=True, color="FFFFFF" if k in "RB" else "000000")
        c.alignment = Alignment(horizontal="center")
        ws.cell(row=i, column=2, value=v)
    ws["A16"] = "Notes"
    ws["A16"].font = Font(bold=True)
    ws["A17"] = ("Revised dates are only shown where HSE has agreed an extension to the "
                 "compliance date in writing.")
    ws["A18"] = "The tracker is updated after each site SHEQ review and before each Executive SHEQ Committee."
    ws.column_dimensions["A"].width = 18
    ws.column_dimensions["B"].width = 90

    # Summary sheet (not actions)
    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary – position at 13 June 2025"
    sm["A1"].font = Font(bold=True, size=12)
    header_row(sm, 3, ["Notice", "Site", "Actions", "B", "G", "A", "R"])
    summ = [
        ("IN 308812451", "Wissington", 3, 2, 0, 0, 1),
        ("IN 308812452", "Bury St Edmunds", 3, 1, 1, 1, 0),
        ("IN 308812467", "Cantley", 3, 0, 2, 1, 0),
        ("Total", "", 9, 3, 3, 2, 1),
    ]
    for i, r in enumerate(summ, start=4):
        for j, v in enumerate(r, start=1):
            c = sm.cell(row=i, column=j, value=v)
            c.border = BOX
            if r[0] == "Total":
                c.font = Font(bold=True)
    sm.column_dimensions["A"].width = 16
    sm.column_dimensions["B"].width = 18

    # Tracker
    tr = wb.create_sheet("Action Tracker")
    tr["A1"] = "HSE Improvement Notices – Action Tracker (position at 13/06/2025)"
    tr.merge_cells("A1:I1")
    tr["A1"].font = Font(bold=True, size=12)
    headers = ["Ref", "Contravention (as stated in notice)", "Remedial action", "Action owner",
               "Original compliance date", "Revised date (HSE agreed)", "Progress update",
               "Previous RAG", "Current RAG"]
    header_row(tr, 3, headers)
    notices = [
        ("Improvement Notice 1 (IN 308812451) – Wissington Factory – dust explosion risk",
         "Regulation 5 DSEAR 2002: the risk assessment for the sugar handling and packing areas "
         "did not adequately assess the risk of a dust explosion or identify the measures needed "
         "to eliminate or reduce it.",
         [
             ("IN1.1", "Review and update the DSEAR risk assessment for the granulated sugar conveying, "
                       "screening and packing areas, including zoning drawings for the Silo 3 transfer tower.",
              "Process Safety Lead", d(2025, 2, 28), None,
              "Revised DSEAR assessment issued 21/02/2025; zoning drawings rev C approved. Evidence sent to HSE 24/02/2025.",
              "G", "B"),
             ("IN1.2", "Install explosion venting and isolation on the Silo 3 bucket elevator and dust "
                       "extraction filter, and verify the design against BS EN 14491.",
              "Engineering Manager / Process Safety Lead", d(2025, 2, 28), d(2025, 5, 30),
              "Vent panels fitted. Flameless isolation valve delayed by supplier to w/c 16 June; "
              "further extension requested from HSE 10/06/2025.",
              "A", "R"),
             ("IN1.3", "Introduce a documented housekeeping regime with daily dust accumulation checks "
                       "and weekly supervisor sign-off in the packing hall.",
              "Packing Hall Manager", d(2025, 2, 28), None,
              "Daily checklist in use since 10/02/2025. Weekly sign-off audited by SHEQ – no gaps.",
              "G", "B"),
         ]),
        ("Improvement Notice 2 (IN 308812452) – Bury St Edmunds Factory – machinery guarding",
         "Regulation 11 PUWER 1998: effective measures were not taken to prevent access to "
         "dangerous parts of machinery on the pulp presses.",
         [
             ("IN2.1", "Fit interlocked fixed guarding to the pulp press drive shafts and couplings on presses 1 to 4.",
              "Engineering Manager", d(2025, 3, 31), d(2025, 6, 30),
              "Presses 1 and 2 guarded. Presses 3 and 4 to be completed during the June maintenance shutdown.",
              "A", "A"),
             ("IN2.2", "Complete a PUWER assessment of all rotating plant in the pulp drying station and "
                       "record the findings on the site machinery register.",
              "Site SHEQ Manager, Bury St Edmunds", d(2025, 3, 31), None,
              "Assessment completed 27/03/2025; 14 findings added to the machinery register.",
              "G", "B"),
             ("IN2.3", "Deliver refresher training on isolation and lock-out/tag-out to all pulp station "
                       "operators and fitters, with competence sign-off by shift managers.",
              "Training Coordinator; Shift Managers", d(2025, 3, 31), d(2025, 7, 31),
              "62 of 78 operators signed off. Remaining staff rostered for July sessions.",
              "A", "G"),
         ]),
        ("Improvement Notice 3 (IN 308812467) – Cantley Factory – confined space entry",
         "Regulations 4 and 5 Confined Spaces Regulations 1997: entry into the lime kiln and sugar "
         "silos was not carried out under a safe system of work and suitable emergency arrangements "
         "were not in place.",
         [
             ("IN3.1", "Rewrite the confined space entry procedure for the lime kiln and sugar silos, "
                       "including a rescue plan tested by drill before the next entry.",
              "Site SHEQ Manager, Cantley", d(2025, 7, 31), None,
              "Procedure at draft 3; rescue drill planned for 08/07/2025.",
              "G", "G"),
             ("IN3.2", "Provide fixed gas detection and a permit-linked entry log at the two lime kiln access points.",
              "Engineering Manager", d(2025, 7, 31), None,
              "Detectors ordered; installation booked for w/c 30 June.",
              "G", "G"),
             ("IN3.3", "Establish a trained confined space rescue team on each campaign shift and record "
                       "attendance at quarterly rescue drills.",
              "Factory Manager, Cantley", d(2025, 7, 31), None,
              "Two of four shift teams trained; training provider capacity limited in July.",
              "A", "A"),
         ]),
    ]
    r = 4
    for title, contra, acts in notices:
        band(tr, r, title, 9)
        r += 1
        first = r
        for ref, act, owner, orig, rev, prog, prev, cur in acts:
            tr.cell(row=r, column=1, value=ref)
            tr.cell(row=r, column=3, value=act)
            tr.cell(row=r, column=4, value=owner)
            c = tr.cell(row=r, column=5, value=orig)
            c.number_format = "dd/mm/yyyy"
            c = tr.cell(row=r, column=6, value=rev)
            c.number_format = "dd/mm/yyyy"
            tr.cell(row=r, column=7, value=prog)
            for col, v in ((8, prev), (9, cur)):
                c = tr.cell(row=r, column=col, value=v)
                c.fill = FILL[v]
                c.alignment = Alignment(horizontal="center", vertical="top")
                c.font = Font(bold=True, color="FFFFFF" if v in "RB" else "000000")
            for col in range(1, 10):
                tr.cell(row=r, column=col).border = BOX
                if col not in (8, 9):
                    tr.cell(row=r, column=col).alignment = WRAP
            r += 1
        tr.cell(row=first, column=2, value=contra)
        tr.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
        tr.cell(row=first, column=2).alignment = WRAP
    r += 1
    tr.cell(row=r, column=1, value="Totals: 9 actions – 3 complete (B), 3 on track (G), 2 behind plan (A), 1 at risk (R)")
    tr.cell(row=r, column=1).font = Font(italic=True)
    widths = [8, 45, 55, 26, 14, 14, 50, 10, 10]
    for i, w in enumerate(widths):
        tr.column_dimensions[chr(65 + i)].width = w
    tr.freeze_panes = "A4"
    wb.save(out("zwt-british-sugar-hse-improvement-notices-action-tracker.xlsx"))


# ---------------------------------------------------------------- 2. Cairngorms NPA ICO audit (xlsx)
def cairngorms():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = "Cairngorms National Park Authority – ICO Data Protection Audit: Management Action Plan"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Audit fieldwork: 3–5 March 2025  |  Final report: 22 May 2025  |  "
                "Progress reported to Audit and Risk Committee: 23 January 2026")
    ws["A2"].font = Font(italic=True)
    headers = ["Ref", "ICO recommendation", "Priority", "Agreed action", "Responsible officer",
               "Target date", "Progress update (January 2026)", "Status"]
    header_row(ws, 4, headers)
    # status: fill colour only, no text ('G' implemented, 'A' in progress, 'R' overdue, None none)
    areas = [
        ("Governance and Accountability", [
            ("a2", "The Authority should formally document the roles and responsibilities of the Senior "
                   "Information Risk Owner (SIRO), the Data Protection Officer and Information Asset Owners, "
                   "and include them in the Information Governance Framework.",
             "High",
             "Revise the Information Governance Framework to set out SIRO, DPO and IAO responsibilities, "
             "and present it to the Management Team for approval.",
             "Director of Corporate Services", "30/09/2025",
             "Framework approved by Management Team 16/09/2025 and published on the intranet.", "G"),
            ("a9", "The Authority should establish an Information Governance Group with terms of reference "
                   "that include regular reporting of data protection KPIs to senior management.",
             "Medium",
             "Set up a quarterly Information Governance Group chaired by the SIRO, with KPI reporting "
             "(SARs, breaches, training) to the Management Team.",
             "Data Protection Officer", "December 2025",
             "Terms of reference agreed; first meeting held 11/12/2025. KPI dashboard in development.", "A"),
            ("a14", "The Authority should complete and maintain a Record of Processing Activities (ROPA) "
                    "in line with Article 30 UK GDPR.",
             "Urgent",
             "Complete the ROPA for all services, including planning, the ranger service and visitor "
             "services, and assign each entry to an Information Asset Owner.",
             "Information Governance Officer / Heads of Service", "31/08/2025",
             "ROPA 85% complete; planning and land management entries outstanding.", "R"),
        ]),
        ("Training and Awareness", [
            ("b3", "The Authority should make data protection training mandatory for all staff and Board "
                   "members, with refresher training every year.",
             "High",
             "Make the e-learning module mandatory at induction and annually for staff and Board members, "
             "and provide a short briefing for volunteer rangers.",
             "HR Manager", "31 October 2025",
             "Mandatory for staff and Board since 01/10/2025. Completion rate 94%.", "G"),
            ("b6", "The Authority should monitor completion rates for data protection training and follow "
                   "up non-completion.",
             "Medium",
             "Add training completion to the monthly HR report and escalate non-completion to line "
             "managers after 30 days.",
             "HR Manager; Data Protection Officer", "Q3 2025/26",
             "Reporting in place from November 2025; escalation step still to be agreed.", "A"),
        ]),
        ("Records Management", [
            ("c4", "The Authority should approve and implement a retention schedule covering both "
                   "electronic and paper records.",
             "High",
             "Approve a corporate retention schedule based on the Scottish Council on Archives model and "
             "apply it to the planning and HR shared drives.",
             "Records Manager", "31/03/2026",
             "Draft schedule out for consultation with Heads of Service.", "A"),
            ("c11", "The Authority should review paper records held at its offices and securely destroy "
                    "records that are past their retention period.",
             "Low",
             "Review the archived paper files in the Grantown-on-Spey basement store and arrange "
             "confidential destruction through the approved contractor.",
             "Facilities Officer", "Q4 2025/26",
             "Not yet started – scheduled for February 2026.", None),
        ]),
        ("Data Sharing", [
            ("d2", "The Authority should ensure data sharing agreements are in place with partner "
                   "organisations where personal data is shared routinely.",
             "Medium",
             "Put in place data sharing agreements with The Highland Council, Aberdeenshire Council and "
             "Police Scotland covering ranger incident reports and planning consultations.",
             "Head of Planning and Head of Visitor Services", "30 November 2025",
             "Agreements with both councils signed. Police Scotland agreement awaiting their legal review.",
             "R"),
        ]),
    ]
    r = 5
    for area, recs in areas:
        band(ws, r, area, 8, fill="pale")
        r += 1
        for ref, rec, pri, act, own, tgt, prog, st in recs:
            vals = [ref, rec, pri, act, own, tgt, prog, None]
            for col, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=col, value=v)
                c.alignment = WRAP
                c.border = BOX
            if st:
                ws.cell(row=r, column=8).fill = FILL[st]
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Status key").font = Font(bold=True)
    r += 1
    for k, label in (("G", "Implemented"), ("A", "In progress"), ("R", "Overdue")):
        ws.cell(row=r, column=1).fill = FILL[k]
        ws.cell(row=r, column=1).border = BOX
        ws.cell(row=r, column=2, value=label)
        r += 1
    ws.cell(row=r, column=1, value="No colour = not yet started.")
    r += 1
    ws.cell(row=r, column=1, value=("Priority ratings are those given by the ICO in the final audit "
                                    "report (Urgent, High, Medium, Low)."))
    widths = [7, 50, 10, 50, 26, 16, 45, 9]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    wb.save(out("zwt-cairngorms-npa-ico-data-protection-audit-action-plan.xlsx"))


# ---------------------------------------------------------------- 3. NHSBSA highlight report (xlsx)
def nhsbsa():
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight"
    ws["A1"] = "Prescription Payments Modernisation Programme – Highlight Report"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "NHS Business Services Authority  |  Reporting period: October 2025  |  Report date: 7 November 2025"
    info = [("Senior Responsible Owner", "Director of Primary Care Services"),
            ("Programme Manager", "Harriet Osei"),
            ("Reporting to", "Programme Board (monthly); Executive Committee (quarterly)")]
    for i, (k, v) in enumerate(info, start=4):
        ws.cell(row=i, column=1, value=k).font = Font(bold=True)
        ws.cell(row=i, column=2, value=v)
    ws["A8"] = "Status summary"
    ws["A8"].font = Font(bold=True, size=12)
    header_row(ws, 9, ["Dimension", "Last period", "This period", "Comment"])
    dims = [("Overall", "A", "A", "Go-live forecast moved to April 2026 (exception report to Programme Board)."),
            ("Schedule", "A", "R", "Parallel run extended by one payment cycle."),
            ("Budget", "G", "G", "Forecast outturn £4.62m against £4.75m budget."),
            ("Resources", "A", "A", "Two test analyst vacancies; interim cover in place."),
            ("Benefits", "G", "G", "No change to benefits profile.")]
    for i, (a, b, c_, e) in enumerate(dims, start=10):
        ws.cell(row=i, column=1, value=a)
        for col, v in ((2, b), (3, c_)):
            cell = ws.cell(row=i, column=col, value=v)
            cell.fill = FILL[v]
            cell.alignment = Alignment(horizontal="center")
        ws.cell(row=i, column=4, value=e)
        for col in range(1, 5):
            ws.cell(row=i, column=col).border = BOX
    ws["A16"] = "Top risks"
    ws["A16"].font = Font(bold=True, size=12)
    header_row(ws, 17, ["Risk ID", "Risk", "Score (I x L)", "Trend"])
    risks = [("R04", "Revised drug tariff rules not signed off by DHSC in time for go-live.", "20", "Up"),
             ("R07", "Pharmacy system suppliers unable to consume the new payment schedule file.", "12", "Same"),
             ("R11", "Loss of key supplier staff at contract extension point.", "9", "Down")]
    for i, rr in enumerate(risks, start=18):
        for j, v in enumerate(rr, start=1):
            ws.cell(row=i, column=j, value=v).border = BOX
    ws["A22"] = "Decisions / support required from Programme Board"
    ws["A22"].font = Font(bold=True, size=12)
    ws["A23"] = ("Approve the exception report and the revised go-live date of 30 April 2026; note the "
                 "one-cycle extension of the parallel run.")
    ws["A25"] = ("RAG: G – on track to baseline; A – forecast later than baseline but within tolerance; "
                 "R – outside tolerance / exception; Complete – milestone achieved.")
    ws["A25"].font = Font(italic=True)
    ws.column_dimensions["A"].width = 26
    ws.column_dimensions["B"].width = 60
    ws.column_dimensions["C"].width = 14
    ws.column_dimensions["D"].width = 70

    ms = wb.create_sheet("Milestones")
    ms["A1"] = "Milestone tracker – October 2025"
    ms["A1"].font = Font(bold=True, size=12)
    header_row(ms, 2, ["ID", "Milestone", "Owner", "Baseline date", "Forecast / actual date", "RAG", "Commentary"])
    streams = [
        ("Workstream 1 – Payment Calculation Platform", [
            ("M1.1", "Complete build of the new drug tariff pricing engine", "Digital Delivery Lead",
             d(2025, 6, 30), d(2025, 8, 29), "Complete", "Delivered 29 August; passed internal service assessment."),
            ("M1.2", "Parallel run of old and new payment calculation for three months' dispensing data",
             "Digital Delivery Lead / Head of Pharmacy Payments", d(2025, 9, 30), d(2025, 12, 31), "A",
             "Variance in 0.3% of items under investigation; run extended by one cycle."),
            ("M1.3", "Go-live of the new platform for community pharmacy payments", "Head of Pharmacy Payments",
             d(2026, 1, 31), d(2026, 4, 30), "R",
             "Dependent on M1.2 and DHSC sign-off of the revised tariff rules. Exception report to Programme Board."),
        ]),
        ("Workstream 2 – Contractor Engagement", [
            ("M2.1", "Publish contractor guidance and FAQs on the new payment schedule format", "Engagement Manager",
             d(2025, 10, 31), d(2025, 10, 24), "Complete", "Published on the NHSBSA website 24 October."),
            ("M2.2", "Run regional webinars with Community Pharmacy England and local pharmaceutical committees",
             "Engagement Manager", d(2025, 11, 30), d(2025, 11, 30), "G", "Four of six webinars booked."),
            ("M2.3", "Test the new payment schedule with 50 pilot pharmacies", "Engagement Manager; Digital Delivery Lead",
             d(2025, 12, 31), d(2026, 2, 27), "A", "Pilot moved to follow the extended parallel run."),
        ]),
        ("Workstream 3 – Data, Reporting and Assurance", [
            ("M3.1", "Agree the assurance framework with the Counter Fraud and Internal Audit teams", "Head of Assurance",
             d(2025, 8, 31), d(2025, 8, 31), "Complete", "Framework agreed at Programme Board 28 August."),
            ("M3.2", "Migrate historic payment data (2019 onwards) to the new data warehouse", "Data Lead",
             d(2025, 12, 31), d(2026, 3, 31), "A", "2019–2022 loaded; reconciliation of 2023 data in progress."),
            ("M3.3", "Publish the first monthly dispensing data release from the new platform", "Data Lead",
             d(2026, 3, 31), d(2026, 6, 30), "A", "Follows go-live; forecast moved in line with M1.3."),
        ]),
    ]
    r = 3
    for name, items in streams:
        band(ms, r, name, 7, fill="pale")
        r += 1
        for mid, text, own, base, fc, rag, com in items:
            vals = [mid, text, own, base, fc, rag, com]
            for col, v in enumerate(vals, start=1):
                c = ms.cell(row=r, column=col, value=v)
                c.border = BOX
                c.alignment = WRAP
                if col in (4, 5):
                    c.number_format = "dd-mmm-yy"
            rc = ms.cell(row=r, column=6)
            rc.fill = FILL["B" if rag == "Complete" else rag]
            rc.alignment = Alignment(horizontal="center", vertical="top")
            if rag in ("Complete", "R"):
                rc.font = Font(color="FFFFFF", bold=True)
            r += 1
    r += 1
    ms.cell(row=r, column=1, value="9 milestones: 3 complete, 1 green, 4 amber, 1 red.").font = Font(italic=True)
    widths = [7, 55, 30, 13, 13, 10, 55]
    for i, w in enumerate(widths):
        ms.column_dimensions[chr(65 + i)].width = w
    wb.save(out("zwt-nhs-business-services-authority-prescription-payments-programme-highlight-report.xlsx"))


# ---------------------------------------------------------------- 4. Trinity Hospice (docx)
def trinity():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph("Trinity Hospice – CQC Inspection Action Plan", style="Title")
    p = doc.add_paragraph("Trinity Hospice and Palliative Care Services, Blackpool")
    p.runs[0].font.bold = True
    doc.add_paragraph("Inspection dates: 11 and 12 February 2025  |  Report published: 2 May 2025  |  "
                      "Progress as at 9 September 2025")
    doc.add_paragraph("Document control").runs[0].font.bold = True
    add_table(doc, ["Version", "Date", "Author", "Approved by"], [
        ["1.0", "20/05/2025", "Director of Clinical Services", "Quality and Safety Committee"],
        ["1.3", "09/09/2025", "Head of Quality and Governance", "Quality and Safety Committee"],
    ])
    doc.add_paragraph()
    doc.add_paragraph("RAG key").runs[0].font.bold = True
    key = add_table(doc, ["Rating", "Meaning"], [
        ["Blue", "Action completed and evidence of embedding"],
        ["Green", "On track to complete by target date"],
        ["Amber", "At risk of slipping – mitigation in place"],
        ["Red", "Target date missed"],
    ])
    for i, k in enumerate(["Blue", "Green", "Amber", "Red"], start=1):
        shade(key.rows[i].cells[0], RAG_HEX[k])
    doc.add_paragraph()

    heads = ["Ref", "Action", "Lead", "By when", "Progress update", "RAG"]

    def section(heading, req, rows):
        if heading:
            doc.add_heading(heading, level=1)
        p = doc.add_paragraph(req)
        p.runs[0].font.bold = True
        t = add_table(doc, heads, rows)
        for i, row in enumerate(rows, start=1):
            shade(t.rows[i].cells[5], RAG_HEX[row[5]])
        doc.add_paragraph()

    section("Safe",
            "MD1 – The provider must ensure that controlled drugs are stored, recorded and reconciled in line "
            "with the Misuse of Drugs Regulations and the hospice's own policy. (Regulation 12)",
            [
                ["1.1", "Introduce twice-daily controlled drug balance checks on the Inpatient Unit, signed by two "
                        "registered nurses.", "Inpatient Unit Manager", "March 2025",
                 "In place since 03/03/2025. Weekly audit shows 100% compliance for 12 weeks.", "Blue"],
                ["1.2", "Move to an electronic controlled drugs register and retire the paper registers.",
                 "Lead Pharmacist / Head of Digital", "End of July 2025",
                 "System live 14/07/2025. Paper registers archived.", "Blue"],
                ["1.3", "Commission an external controlled drugs audit from the ICB Controlled Drugs "
                        "Accountable Officer's team.", "Director of Clinical Services", "30/09/2025",
                 "Audit booked for 23/09/2025.", "Green"],
            ])
    section(None,
            "MD2 – The provider must ensure that risks relating to falls are assessed and that care plans "
            "reflect the actions needed to reduce them. (Regulation 12)",
            [
                ["2.1", "Replace the current falls risk assessment with a multifactorial falls assessment and "
                        "complete it within 24 hours of admission.", ["Karen Whitworth", "David Ashton"], "June 2025",
                 "Tool in use since 02/06/2025; 88% completed within 24 hours in the August audit.", "Amber"],
                ["2.2", "Audit ten care plans a month for falls interventions and report the results to the "
                        "Quality and Safety Committee.", "Head of Quality and Governance", "Monthly – ongoing",
                 "July and August audits reported.", "Green"],
            ])
    section("Well-led",
            "MD3 – The provider must ensure that governance systems identify and act on risks to the quality and "
            "safety of care, including incident themes and audit findings. (Regulation 17)",
            [
                ["3.1", "Refresh the clinical audit programme for 2025/26 and link each audit to the risk register.",
                 "Head of Quality and Governance", "30/06/2025",
                 "Programme approved by Quality and Safety Committee 17/06/2025.", "Blue"],
                ["3.2", "Produce a quarterly incident themes report for the Board of Trustees, including learning "
                        "actions and their completion.", "Director of Clinical Services", "Sept 2025",
                 "First report goes to the Board on 25/09/2025.", "Green"],
            ])
    section("Responsive",
            "SD1 – The provider should ensure that people's preferences for their place of care and death are "
            "recorded and reviewed.",
            [
                ["4.1", "Add preferred place of care and death to the community team's electronic record template "
                        "and review it at every MDT.", "Community Services Manager", "Q3 2025/26",
                 "Template change requested from the system supplier.", "Amber"],
            ])
    doc.add_paragraph("Sign-off").runs[0].font.bold = True
    add_table(doc, ["Role", "Name", "Date"], [
        ["Registered Manager", "", ""],
        ["Chief Executive", "", ""],
    ])
    doc.save(out("zwt-trinity-hospice-blackpool-cqc-inspection-action-plan.docx"))


# ---------------------------------------------------------------- 5. SYMCA AGS action plan (docx)
def symca():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph("Annual Governance Statement 2024/25 – Governance Improvement Action Plan", style="Title")
    p = doc.add_paragraph("South Yorkshire Mayoral Combined Authority")
    p.runs[0].font.bold = True
    doc.add_paragraph("Appendix A to the report to the Audit, Standards and Risk Committee, 4 December 2025. "
                      "Progress is shown as at 31 October 2025 (Quarter 2).")
    doc.add_paragraph("Status: Complete | Green – on track | Amber – some slippage, action in hand | "
                      "Red – significant slippage | Not started")

    doc.add_heading("Part A – Significant governance issues identified in 2024/25", level=2)
    heads = ["Ref", "Action", "Responsible Officer", "Target Date", "Progress at Q2", "Status"]
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(heads):
        t.rows[0].cells[i].text = h
        shade(t.rows[0].cells[i], "D9E2F3")
    bold_row(t.rows[0])
    issues = [
        ("1. Integration of Police and Crime Commissioner functions into the MCA", [
            ("1.1", "Complete the review of the Police and Crime Panel and MCA governance arrangements and update "
                    "the Constitution to reflect the Mayor's PCC functions.", "Monitoring Officer",
             "September 2025", "Revised Constitution adopted by the MCA Board on 22 September 2025.", "Complete"),
            ("1.2", "Align the Office of the PCC's financial regulations, scheme of delegation and budget monitoring "
                    "with those of the MCA.", "Chief Finance Officer (S73 Officer)", "31 December 2025",
             "Financial regulations aligned; scheme of delegation in draft.", "Green"),
        ]),
        ("2. Bus franchising – decision-making and assurance", [
            ("2.1", "Establish a Bus Franchising Programme Board with clear terms of reference and reporting lines "
                    "to the MCA Board.", "Executive Director, Transport and Infrastructure", "June 2025",
             "Board established and meeting monthly.", "Complete"),
            ("2.2", "Commission independent assurance of the franchising transition plan ahead of the first "
                    "franchise award.", "Executive Director, Transport and Infrastructure; Head of Internal Audit",
             "March 2026", "Assurance provider appointed October 2025.", "Green"),
        ]),
        ("3. Supertram – operating model and asset management", [
            ("3.1", "Approve an asset management strategy for Supertram infrastructure and rolling stock, with a "
                    "ten-year renewals plan.", "Head of Tram Operations", "Q3 2025/26",
             "Strategy drafted; condition surveys delayed by track access constraints.", "Amber"),
            ("3.2", "Report tram performance, safety and financial information to the Transport and the "
                    "Environment Committee.", "Head of Tram Operations", "Quarterly",
             "First quarterly report presented September 2025.", "Green"),
        ]),
        ("4. Medium-term financial sustainability", [
            ("4.1", "Refresh the Medium Term Financial Strategy to close the budget gap identified for 2026/27 "
                    "and 2027/28.", "Chief Finance Officer (S73 Officer)", "February 2026",
             "Savings options being developed with directorates.", "Amber"),
        ]),
    ]
    for issue, acts in issues:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[5])
        m.text = issue
        m.paragraphs[0].runs[0].font.bold = True
        shade(m, "F2F2F2")
        for a in acts:
            cells = t.add_row().cells
            for i, v in enumerate(a):
                cells[i].text = v
            shade(cells[5], RAG_HEX.get(a[5], "FFFFFF"))
    doc.add_paragraph()

    doc.add_heading("Part B – Actions carried forward from the 2023/24 Annual Governance Statement", level=2)
    rows = [
        ["B1", "Information governance – compliance with statutory response times for FOI requests",
         "Implement a case management system for FOI and SAR requests and report compliance monthly to the "
         "Senior Leadership Team.", "Head of Legal and Governance", "March 2025", "January 2026", "Amber"],
        ["B2", "Procurement – use of waivers and contract management",
         "Roll out contract management training to all budget holders and publish a quarterly waiver report "
         "to the Audit, Standards and Risk Committee.", "Head of Procurement", "December 2024", "December 2025",
         "Green"],
        ["B3", "Workforce – reliance on interim and agency staff in key roles",
         "Complete permanent recruitment to the remaining interim senior finance and HR roles.",
         "Chief Executive / Director of People", "September 2024", "", "Complete"],
    ]
    t2 = add_table(doc, ["Ref", "Issue", "Action", "Lead Officer", "Original Date", "Revised Date", "Status"], rows)
    for i, r in enumerate(rows, start=1):
        shade(t2.rows[i].cells[6], RAG_HEX[r[6]])
    doc.add_paragraph()
    doc.add_paragraph("The Audit, Standards and Risk Committee will receive the next progress update in March 2026. "
                      "Completed actions will be removed once noted by the Committee.")
    doc.save(out("zwt-south-yorkshire-mca-annual-governance-statement-2024-25-action-plan.docx"))


# ---------------------------------------------------------------- 6. Hertford Town Council (csv, refuse)
def hertford():
    rows = [
        ["Hertford Town Council – Action Log 2025/26", "", "", "", "", "", "", ""],
        ["Full Council and Committees", "", "", "", "", "", "", ""],
        ["Last updated by the Town Clerk: 03/11/2025", "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", ""],
        ["No.", "Meeting", "Minute", "Action", "Responsible", "Deadline", "Status", "Notes"],
        ["1", "Full Council 14/05/25", "FC25/012",
         "Publish the 2024/25 Annual Governance and Accountability Return and notice of public rights on the website",
         "RFO", "Jun-25", "Complete", "Published 16 June; public rights period 17 June – 28 July"],
        ["2", "Full Council 14/05/25", "FC25/019",
         "Obtain three quotes for replacing the Christmas lights column brackets, including LED conversion",
         "Town Clerk", "Sep-25", "Complete", "Quotes reported to Resources Committee, 8 September"],
        ["3", "Community & Environment 10/06/25", "CE25/007",
         "Arrange a condition survey of the war memorial and apply to the War Memorials Trust for a repair grant",
         "Town Clerk & Cllr Crofton", "Oct-25", "In progress", "Survey done; grant application being drafted"],
        ["4", "Community & Environment 10/06/25", "CE25/011",
         "Agree the Christmas lights switch-on programme and road closure with Hertfordshire County Council",
         "Events Officer", "Oct-25", "Complete", "Temporary traffic order approved"],
        ["5", "Resources 08/09/25", "RC25/021",
         "Review insurance cover for Town Council assets before the renewal date",
         "RFO", "N0v-25", "In progress", "Broker meeting 12 November"],
        ["6", "Resources 08/09/25", "RC25/024",
         "Draft the 2026/27 budget and precept proposals for Resources Committee",
         "RFO / Town Clerk", "Dec-25", "Not started", ""],
        ["7", "Full Council 17/09/25", "FC25/058",
         "Respond to the East Herts District Plan review consultation",
         "Chair of Planning Committee", "Oct-25", "Complete", "Response submitted 24 October"],
        ["8", "Full Council 17/09/25", "FC25/061",
         "Install two additional bus shelters on Ware Road, subject to highway consent from HCC",
         "Town Clerk", "Mar-26", "In progress", "Awaiting HCC consent"],
        ["9", "Full Council 15/10/25", "FC25/070",
         "Update the Council's risk register and present it to Resources Committee",
         "RFO", "Jan-26", "Not started", ""],
        ["", "", "", "", "", "", "", ""],
        ["Status: Complete / In progress / Not started. Completed actions are removed once reported to Full Council.",
         "", "", "", "", "", "", ""],
    ]
    with open(out("zwt-hertford-town-council-action-log-2025-26-typo-month-refuse.csv"), "w",
              newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------- 7. Stroke Association (txt, tab-separated)
def stroke():
    T = "\t"
    lines = [
        "Stroke Association – Board of Trustees Rolling Action Log",
        "Prepared for the Board meeting on 10 December 2025. Owner: Company Secretary",
        "",
        T.join(["Ref", "Action", "Owner", "Due", "Status", "Update"]),
        "",
        "Board meeting – 18 June 2025",
        T.join(["B25/14", "Circulate the final 2024/25 Trustees' Annual Report and Accounts to all trustees "
                          "for approval by written resolution.", "Company Secretary", "Jul-25", "Complete",
                "Approved by written resolution 22/07/2025."]),
        T.join(["B25/17", "Bring a revised reserves policy to the Finance, Audit and Risk Committee, including "
                          "the minimum level of free reserves.", "Director of Finance & Resources", "Sep-25",
                "Complete", "Approved by FARC 09/09/2025 and noted by the Board."]),
        T.join(["B25/19", "Arrange a trustee visit to a Stroke Recovery Service in each UK nation during 2025/26.",
                "Chair / Company Secretary", "March 2026", "Green",
                "Visits to Cardiff (September) and Belfast (November) completed; Scotland and England being scheduled."]),
        "",
        "Board meeting – 24 September 2025",
        T.join(["B25/26", "Report on the income impact of the change to the regular giving programme, with "
                          "options to recover the shortfall.", "Director of Fundraising", "Dec-25", "Amber",
                "Initial analysis shared with FARC; options paper delayed to the February Board."]),
        T.join(["", "", "", "", "", "Revised date to be agreed by the Board."]),
        T.join(["B25/27", "Commission an external review of trustee skills and diversity ahead of the 2026 "
                          "trustee recruitment round.", "KM, RT", "Jan-26", "Green",
                "Three proposals received; panel meeting 04/12/2025."]),
        T.join(["B25/29", "Provide a breakdown of safeguarding referrals by nation and service type in the next "
                          "quarterly safeguarding report.", "Director of Services", "Dec-25", "Green",
                "Will be included in the Q3 report."]),
        T.join(["B25/31", "Update the Board on the cyber security penetration test findings and the remediation plan.",
                "Director of Digital and Technology", "Ongoing", "Red",
                "Two high-risk findings still open; remediation behind plan."]),
        "",
        "Strategy day – 5 November 2025",
        T.join(["B25/35", "Draft the strategy refresh 2026–2030 for consultation with staff, volunteers and "
                          "stroke survivors.", "Chief Executive", "February 2026", "Green",
                "First draft to the Board on 10/12/2025."]),
        T.join(["B25/36", "Set up a trustee working group on the Lived Experience Network and agree its terms of "
                          "reference.", "Dr A. Patel and Ms L. Moore", "", "Not started", ""]),
        "",
        "Completed actions are removed from the log once the Board has noted them.",
    ]
    with open(out("zwt-stroke-association-board-of-trustees-action-log.txt"), "w",
              newline="", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    british_sugar()
    cairngorms()
    nhsbsa()
    trinity()
    symca()
    hertford()
    stroke()
    print("built 7 files in", HERE)
