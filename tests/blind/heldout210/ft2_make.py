#!/usr/bin/env python3
"""Build the seven ft2- data files of set heldout210.

Run with /work/main/.venv/bin/python (openpyxl, python-docx).
Partnership, NHS and corporate plans: SAR, DHR, CSP, ICB board action log,
maternity improvement plan, corporate risk register, transformation highlight report.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

RAG_HEX = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "0070C0",
    "grey": "D9D9D9",
    "head": "1F3864",
    "band": "D9E1F2",
}


def out(name):
    return os.path.join(HERE, name)


# ----------------------------------------------------------------- docx helpers
def shade(cell, hex_colour):
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tc_pr.append(shd)


def set_cell(cell, text, bold=False, size=9, colour=None):
    """Write text into a cell; '\n' starts a new paragraph inside the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        run.font.size = Pt(size)
        if colour:
            run.font.color.rgb = RGBColor.from_string(colour)


def header_row(table, labels):
    for cell, label in zip(table.rows[0].cells, labels):
        set_cell(cell, label, bold=True, colour="FFFFFF")
        shade(cell, RAG_HEX["head"])
    # repeat header row on each page
    tr_pr = table.rows[0]._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    th.set(qn("w:val"), "true")
    tr_pr.append(th)


# ============================================================ 1. SAR (docx)
def make_sar():
    doc = Document()
    doc.add_heading(
        "North Yorkshire Safeguarding Adults Board – Safeguarding Adults Review ‘Mr C’: Action Plan", 0)
    p = doc.add_paragraph(
        "Multi-agency action plan in response to the recommendations of the Safeguarding Adults "
        "Review overview report, published 14 May 2024. Lead agencies provide updates to the SAR "
        "Sub-group before each meeting.")
    p.runs[0].italic = True

    doc.add_heading("Document control", 2)
    dc = doc.add_table(rows=4, cols=2)
    dc.style = "Table Grid"
    for row, (k, v) in zip(dc.rows, [
        ("Version", "2.3"),
        ("Date of this update", "17 February 2025"),
        ("Plan owner", "SAR Sub-group (Chair: Head of Safeguarding Adults, North Yorkshire Council)"),
        ("Next review", "SAR Sub-group, 15 April 2025"),
    ]):
        set_cell(row.cells[0], k, bold=True)
        shade(row.cells[0], RAG_HEX["grey"])
        set_cell(row.cells[1], v)

    doc.add_heading("RAG rating key", 2)
    key = doc.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    for row, (word, colour, meaning) in zip(key.rows, [
        ("Red", "red", "Action not started or significantly off track"),
        ("Amber", "amber", "In progress – some slippage against target date"),
        ("Green", "green", "In progress and on track"),
        ("Blue", "blue", "Complete – evidence received by the SAR Sub-group"),
    ]):
        set_cell(row.cells[0], word, bold=True)
        shade(row.cells[0], RAG_HEX[colour])
        set_cell(row.cells[1], meaning)

    recs = [
        ("Recommendation 1: Responding to self-neglect and hoarding",
         "The Board should seek assurance that partner agencies apply the North Yorkshire multi-agency "
         "self-neglect and hoarding guidance, including the use of a lead professional and escalation "
         "to a multi-agency risk management meeting where risks remain high.",
         [
             ("1.1",
              "Refresh the multi-agency self-neglect and hoarding guidance to strengthen the lead "
              "professional role and the escalation route to a Multi-Agency Risk Management (MARM) meeting.",
              "Head of Safeguarding Adults, North Yorkshire Council", "31/10/2024",
              "Revised guidance ratified by the Board on 22 October 2024 and published on the SAB website.",
              "Blue"),
             ("1.2",
              "Deliver practitioner briefings on the revised guidance across all three localities.\n"
              "Record attendance by agency and report it to the SAR Sub-group.",
              "SAB Business Manager / Safeguarding Adults Training Lead", "March 2025",
              "Five of six briefings delivered (212 attendees). Final session booked for 11 March 2025.",
              "Green"),
             ("1.3",
              "Audit a sample of 20 self-neglect cases to test whether a lead professional was identified "
              "and escalation to a MARM meeting was considered.",
              "Quality Assurance Sub-group Chair", "Sept 2025",
              "Audit tool agreed. Sample delayed until June 2025 because of analyst capacity.",
              "Amber"),
         ]),
        ("Recommendation 2: Mental capacity and executive functioning",
         "Partner agencies should ensure that practitioners understand executive functioning and record "
         "how it has been considered when assessing the mental capacity of adults who repeatedly decline "
         "support.",
         [
             ("2.1",
              "Include executive functioning in the multi-agency Mental Capacity Act training offer and "
              "the MCA practice guidance.",
              "MCA Lead (North Yorkshire Council) / ICB Named Professional for MCA", "30/06/2025",
              "Training content drafted and reviewed by the MCA Steering Group in January 2025.",
              "Green"),
             ("2.2",
              "Add a prompt on executive functioning to the adult social care mental capacity assessment "
              "template in the case management system.",
              "Principal Social Worker (Adults)", "31/03/2025",
              "System change request submitted; testing slipped to March 2025.",
              "Amber"),
             ("2.3",
              "Each partner agency to provide written assurance that its MCA recording standards include "
              "executive functioning.",
              "All Board partner agencies", "Ongoing",
              "Returns received from North Yorkshire Council, the ICB and North Yorkshire Police. "
              "NHS trust returns outstanding.",
              "Amber"),
         ]),
        ("Recommendation 3: Information sharing at hospital discharge",
         "The Board should seek assurance that information about known risks, including self-neglect and "
         "fire risk, is shared with community services when an adult is discharged from hospital.",
         [
             ("3.1",
              "Review the discharge summary template to include a mandatory field for safeguarding and "
              "self-neglect concerns.",
              "Deputy Chief Nurse, York and Scarborough Teaching Hospitals NHS FT",
              "Sept 2024 – March 2025",
              "New field live at Scarborough Hospital; York Hospital go-live planned for March 2025.",
              "Green"),
             ("3.2",
              "Agree a referral pathway from acute trusts to North Yorkshire Fire and Rescue Service for "
              "Safe and Well visits where fire risk is identified.",
              "NYFRS Head of Prevention / ICB Designated Nurse Safeguarding Adults", "31/12/2024",
              "Pathway agreed and launched on 2 December 2024.",
              "Complete"),
         ]),
        ("Recommendation 4: Board assurance on learning",
         "The Board should evaluate the impact of this review’s learning on practice within 12 months of "
         "publication.",
         [
             ("4.1",
              "Publish a seven-minute briefing on the learning from the review and circulate it through "
              "partner agency networks.",
              "SAB Business Manager", "31/07/2024",
              "Briefing published 24 July 2024 and shared with all partners.",
              "Blue"),
             ("4.2",
              "Undertake a practitioner survey and case file audit to evaluate the impact of the learning "
              "and report the findings to the Board.",
              "SAR Sub-group Chair", "June 2025",
              "Not started – depends on the audit at action 1.3.",
              "Red"),
         ]),
    ]
    rag_fill = {"Blue": "blue", "Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    for heading, rec_text, actions in recs:
        doc.add_heading(heading, 2)
        rp = doc.add_paragraph(rec_text)
        rp.runs[0].italic = True
        t = doc.add_table(rows=1 + len(actions), cols=6)
        t.style = "Table Grid"
        header_row(t, ["Ref", "Action", "Lead officer / agency", "Target date",
                       "Progress update (February 2025)", "RAG"])
        for row, (ref, act, lead, due, upd, rag) in zip(t.rows[1:], actions):
            for cell, val in zip(row.cells, [ref, act, lead, due, upd, rag]):
                set_cell(cell, val)
            shade(row.cells[5], RAG_HEX[rag_fill[rag]])
        doc.add_paragraph("")

    doc.add_paragraph(
        "Progress against this plan is reported to each meeting of the SAR Sub-group and by exception "
        "to the Board. Actions rated Blue are closed once the Sub-group has agreed the evidence.")
    doc.save(out("ft2-north-yorkshire-sab-sar-mr-c-action-plan.docx"))


# ============================================ 2. Transformation highlight (docx)
def make_transformation():
    doc = Document()
    doc.add_heading("Wiltshire Council Transformation Programme – Highlight Report", 0)
    doc.add_paragraph("Reporting period: October 2025 (Period 7)    Report to: Transformation Board, "
                      "12 November 2025")

    s = doc.add_table(rows=6, cols=2)
    s.style = "Table Grid"
    summary = [
        ("Programme sponsor", "Chief Executive", None),
        ("Programme director", "Director of Transformation", None),
        ("Overall programme RAG (this period)", "Amber", "amber"),
        ("Overall programme RAG (last period)", "Amber", "amber"),
        ("Savings target 2025/26", "£6.2m", None),
        ("Savings forecast 2025/26", "£5.4m", None),
    ]
    for row, (k, v, fill) in zip(s.rows, summary):
        set_cell(row.cells[0], k, bold=True)
        shade(row.cells[0], RAG_HEX["grey"])
        set_cell(row.cells[1], v)
        if fill:
            shade(row.cells[1], RAG_HEX[fill])

    doc.add_heading("1. Key achievements this period", 1)
    for b in [
        "Desk booking system live in all council offices; average occupancy 61%.",
        "New senior management structure in place from 1 September 2025.",
        "Customer portal passed 14,800 registered accounts.",
    ]:
        doc.add_paragraph(b, style="List Bullet")

    doc.add_heading("2. Milestone tracker", 1)
    doc.add_paragraph("Baseline dates are those approved in the programme plan (April 2025). Forecast "
                      "dates show re-planning agreed by the Transformation Board.")
    doc.add_paragraph("RAG key: Green – on track; Amber – at risk but recoverable; Red – off track, "
                      "Board intervention required; Complete – milestone delivered.")

    work = [
        ("Workstream A – Customer Access and Digital", [
            ("A1", "Launch the new customer portal for council tax and waste services.",
             "Head of Digital", "30/06/2025", "30/06/2025", "Green", "Complete",
             "Portal launched 23 June 2025."),
            ("A2", "Migrate the contact centre telephony to the cloud platform.",
             "Head of Customer Services / Head of ICT", "31/08/2025", "30/11/2025", "Amber", "Amber",
             "Supplier delay on number porting; revised go-live agreed."),
            ("A3", "Introduce AI-assisted webchat for the highest-volume enquiry types.",
             "Head of Digital", "31/12/2025", "31/12/2025", "Green", "Green",
             "Procurement complete; configuration under way."),
            ("A4", "Close the two remaining face-to-face customer access points and redirect customers to "
                   "library hubs.",
             "Director of Customer Experience", "31/10/2025", "31/03/2026", "Amber", "Red",
             "Paused pending a Cabinet decision following consultation feedback."),
        ]),
        ("Workstream B – Estates and Ways of Working", [
            ("B1", "Consolidate Salisbury office teams into a single building and release the vacated "
                   "floors for letting.",
             "Head of Strategic Assets", "30/09/2025", "31/01/2026", "Amber", "Amber",
             "Works contractor appointed; decant plan agreed with trade unions."),
            ("B2", "Roll out the desk booking system and hybrid working standards across all council offices.",
             "Head of Facilities Management", "31/07/2025", "31/07/2025", "Green", "Complete",
             "Delivered to plan."),
            ("B3", "Agree the community asset transfer pipeline for 12 surplus buildings.",
             "Head of Strategic Assets; Head of Legal Services", "Q3 2025/26", "Q4 2025/26", "Green", "Amber",
             "Town council negotiations taking longer than planned."),
        ]),
        ("Workstream C – Workforce and Organisational Design", [
            ("C1", "Implement the new senior management structure (tiers 2 and 3).",
             "Director of HR & OD", "01/09/2025", "01/09/2025", "Green", "Complete",
             "All posts appointed."),
            ("C2", "Complete the spans and layers review for all directorates and report the "
                   "recommendations to Cabinet.",
             "HR Business Partner Lead", "30/11/2025", "28/02/2026", "Green", "Amber",
             "Data cleansing of the establishment list has added three months."),
            ("C3", "Launch the leadership and management development programme for 180 managers.",
             "Head of Organisational Development", "31/01/2026", "31/01/2026", "Green", "Green",
             "Provider selected; cohort 1 dates confirmed."),
        ]),
    ]
    n_rows = 1 + sum(1 + len(a) for _, a in work)
    t = doc.add_table(rows=n_rows, cols=8)
    t.style = "Table Grid"
    header_row(t, ["Ref", "Milestone", "Owner", "Baseline date", "Forecast date", "Last period",
                   "This period", "Commentary"])
    fills = {"Green": "green", "Amber": "amber", "Red": "red", "Complete": "blue"}
    r = 1
    for band, actions in work:
        row = t.rows[r]
        merged = row.cells[0].merge(row.cells[7])
        set_cell(merged, band, bold=True)
        shade(merged, RAG_HEX["band"])
        r += 1
        for vals in actions:
            row = t.rows[r]
            for cell, val in zip(row.cells, vals):
                set_cell(cell, val)
            shade(row.cells[5], RAG_HEX[fills[vals[5]]])
            shade(row.cells[6], RAG_HEX[fills[vals[6]]])
            r += 1

    doc.add_heading("3. Key risks and issues", 1)
    for b in [
        "Telephony supplier resourcing (A2) – escalated to the supplier’s account director.",
        "Consultation response on customer access points (A4) – Cabinet report due December 2025.",
        "Savings forecast gap of £0.8m – mitigations to be presented to the next Board.",
    ]:
        doc.add_paragraph(b, style="List Bullet")
    doc.add_heading("4. Decisions required", 1)
    doc.add_paragraph("The Transformation Board is asked to note the revised forecast dates for A2, A4, "
                      "B1, B3 and C2.")
    doc.save(out("ft2-wiltshire-council-transformation-programme-highlight-report.docx"))


# ====================================================== xlsx helpers
THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_colour):
    return PatternFill("solid", start_color=hex_colour, end_color=hex_colour)


def put_row(ws, r, values, bold=False, bg=None, colour=None):
    for c, v in enumerate(values, start=1):
        cell = ws.cell(row=r, column=c, value=v)
        cell.alignment = WRAP
        cell.border = BORDER
        if bold or colour:
            cell.font = Font(bold=bold, color=colour)
        if bg:
            cell.fill = fill(bg)


# ============================================ 3. DHR action plan (xlsx, refuse)
def make_dhr():
    wb = Workbook()
    ws = wb.active
    ws.title = "DHR Tanya Action Plan"
    ws["A1"] = "Broxbourne Community Safety Partnership – Domestic Homicide Review ‘Tanya’: Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Version 4 – updated following the DHR Action Plan Monitoring Group, 9 September 2025"
    ws["A2"].font = Font(italic=True)
    head = ["No.", "Recommendation", "Scope of recommendation (local / regional / national)",
            "Action to take", "Lead Agency", "Key milestones achieved in enacting recommendation",
            "Target Date", "Date of completion and Outcome", "RAG"]
    put_row(ws, 4, head, bold=True, bg=RAG_HEX["head"], colour="FFFFFF")

    ws.merge_cells("A5:I5")
    ws["A5"] = "Overview Report Recommendations"
    ws["A5"].font = Font(bold=True)
    ws["A5"].fill = fill(RAG_HEX["band"])

    rec1 = ("Hertfordshire Constabulary to ensure that officers attending domestic abuse incidents complete "
            "the DASH risk assessment with the victim away from the perpetrator.")
    rec2 = ("Broxbourne Borough Council to ensure that housing officers ask about domestic abuse when a "
            "tenant reports anti-social behaviour or damage to the property consistent with violence.")
    rec3 = ("Hertfordshire County Council and Hertfordshire Partnership University NHS Foundation Trust to "
            "strengthen joint working where a perpetrator of domestic abuse is open to mental health "
            "services.")
    rec4 = ("The Home Office to consider issuing guidance on the sharing of information about a "
            "perpetrator’s history when they move between police force areas.")
    rows = [
        # row, No., rec, scope, action, lead, milestones, target, completion, RAG
        (6, "1", rec1, "Local",
         "Issue a force-wide briefing reminding officers to complete the DASH risk assessment with the "
         "victim separately, and to record the reason where this was not possible.",
         "Hertfordshire Constabulary", "Briefing issued on the force intranet 14 April 2025.",
         "April 2025", "14/04/2025 – briefing issued", "Green"),
        (7, None, None, None,
         "Dip-sample 50 domestic abuse incidents to check compliance and report the results to the CSP.",
         "Hertfordshire Constabulary", "Dip-sample methodology agreed with the CSP.",
         "March 2026", "", "Amber"),
        (8, "2", rec2, "Local",
         "Add a routine enquiry question on domestic abuse to the housing ASB and repairs triage scripts, "
         "and train all housing officers.",
         "Broxbourne Borough Council", "Scripts updated; training booked for November 2025.",
         "Jan-26", "", "Amber"),
        (9, "3", rec3, "Regional",
         "Include the perpetrator’s involvement with mental health services in MARAC research, and ensure "
         "HPFT attends every MARAC where a perpetrator is known to the Trust.",
         "Hertfordshire County Council (MARAC Coordinator)", "MARAC research template amended.",
         "October 2025", "", "Amber"),
        (10, None, None, None,
         "Update the HPFT domestic abuse policy to cover assessment of the risk posed by service users "
         "to intimate partners.",
         "Hertfordshire Partnership University NHS Foundation Trust", "Policy review started.",
         "Febuary 2026", "", "Amber"),
        (11, "4", rec4, "National",
         "Broxbourne CSP to write to the Home Office setting out the learning from this review.",
         "Broxbourne Community Safety Partnership", "Letter drafted by the Review Chair.",
         "December 2025", "", "Green"),
    ]
    rag_fill = {"Green": "green", "Amber": "amber", "Red": "red"}
    for (r, no, rec, scope, act, lead, miles, target, done, rag) in rows:
        put_row(ws, r, [no, rec, scope, act, lead, miles, target, done, rag])
        ws.cell(row=r, column=9).fill = fill(RAG_HEX[rag_fill[rag]])
    for col in "ABC":
        ws.merge_cells(f"{col}6:{col}7")
        ws.merge_cells(f"{col}9:{col}10")

    ws.merge_cells("A12:I12")
    ws["A12"] = "Single Agency Recommendations"
    ws["A12"].font = Font(bold=True)
    ws["A12"].fill = fill(RAG_HEX["band"])
    single = [
        (13, "HCT1", "Hertfordshire Community NHS Trust to ensure that health visitors record routine "
                     "enquiry about domestic abuse at every contact.", "Local",
         "Re-audit routine enquiry recording in the 0–19 service.",
         "Hertfordshire Community NHS Trust", "Baseline audit 71%.", "November 2025", "", "Amber"),
        (14, "GP1", "GP practices to flag the records of patients who disclose domestic abuse.", "Local",
         "Circulate the ICB template for domestic abuse coding to all Broxbourne practices.",
         "Hertfordshire and West Essex ICB", "Template circulated 2 June 2025.",
         "June 2025", "02/06/2025 – complete", "Green"),
    ]
    for (r, no, rec, scope, act, lead, miles, target, done, rag) in single:
        put_row(ws, r, [no, rec, scope, act, lead, miles, target, done, rag])
        ws.cell(row=r, column=9).fill = fill(RAG_HEX[rag_fill[rag]])

    ws["A16"] = ("RAG: Red – not started or off track; Amber – in progress; Green – complete. Completed "
                 "actions are signed off by the CSP Board.")
    widths = [7, 40, 14, 48, 26, 34, 14, 22, 8]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w

    vc = wb.create_sheet("Version control")
    put_row(vc, 1, ["Version", "Date", "Changes"], bold=True)
    put_row(vc, 2, ["1", "12/02/2025", "Draft agreed by the DHR panel"])
    put_row(vc, 3, ["2", "08/04/2025", "Approved by the CSP Board"])
    put_row(vc, 4, ["3", "10/06/2025", "Updates from lead agencies"])
    put_row(vc, 5, ["4", "09/09/2025", "Updates following the Action Plan Monitoring Group"])
    wb.save(out("ft2-broxbourne-csp-dhr-tanya-action-plan-typo-month-refuse.xlsx"))


# ============================================================= 4. CSP (csv)
def make_csp():
    W = 8
    rows = [
        ["Chorley Community Safety Partnership – Action Plan 2024-25"] + [""] * (W - 1),
        ["Quarter 3 update (reported to the CSP Executive, 23 January 2025)"] + [""] * (W - 1),
        [""] * W,
        ["Priority", "Ref", "Action", "Lead", "Partners", "Timescale", "Q3 progress", "RAG"],
        ["1. Tackling anti-social behaviour", "1.1",
         "Run targeted multi-agency days of action in the town centre and Clayton Brook, focusing on "
         "youth-related ASB.",
         "Neighbourhood Policing Inspector", "Chorley Council, Lancashire Fire and Rescue, Community Gateway",
         "Quarterly", "Days of action held in October and December 2024.", "Green"],
        ["", "1.2",
         "Review the ASB Case Review (Community Trigger) process and publish revised guidance on the "
         "council website.",
         "Community Safety Manager", "Lancashire Constabulary", "Sep-24",
         "Revised guidance published 2 September 2024.", "Complete"],
        ["", "1.3",
         "Deliver the ASB awareness session to Year 7 pupils in all secondary schools.",
         "Youth Engagement Officer", "Lancashire Constabulary, secondary schools", "Mar-25",
         "Sessions delivered in 5 of 7 schools; remaining 2 booked for February.", "Green"],
        ["2. Domestic abuse and violence against women and girls", "2.1",
         "Establish a Domestic Abuse Champions network across partner organisations and train at least "
         "40 champions.",
         "Community Safety Manager & Domestic Abuse Coordinator", "Lancashire County Council, Chorley Women's Centre",
         "31/03/2025", "26 champions trained.\nTwo further cohorts planned for February and March.", "Amber"],
        ["", "2.2",
         "Embed the learning from DHR 'Sophie' in partner training:\n- MARAC referral thresholds\n"
         "- stalking risk indicators",
         "Domestic Abuse Coordinator", "All CSP partners", "Q4 2024/25",
         "Training materials updated; roll-out delayed by trainer availability.", "Amber"],
        ["", "2.3",
         "Launch a White Ribbon campaign across licensed premises during the 16 Days of Action.",
         "Licensing Manager", "Chorley Pubwatch", "Nov-24",
         "Campaign launched 25 November 2024 in 31 premises.", "Complete"],
        ["3. Serious violence and exploitation", "3.1",
         "Identify young people at risk of exploitation through the Chorley contextual safeguarding panel.",
         "Exploitation Lead (Lancashire Constabulary)", "Children's Social Care, Youth Justice Service",
         "Ongoing", "Panel meets fortnightly; 14 young people currently discussed.", "Green"],
        ["", "3.2",
         "Deliver knife crime awareness workshops in youth settings using Serious Violence Duty funding.",
         "Youth Engagement Officer / Violence Reduction Network Coordinator", "", "Mar-25",
         "Funding confirmed; provider not yet appointed.", "Red"],
        ["", "3.3",
         "Install two bleed control kits in the town centre.",
         "Community Safety Manager", "Chorley BID", "Jan-25", "", "Not started"],
        ["4. Safer neighbourhoods", "4.1",
         "Extend public space CCTV coverage to Astley Park and the Market Walk car park.",
         "CCTV Manager", "Lancashire Constabulary", "Feb-25",
         "Cameras installed; commissioning due February 2025.", "Green"],
        [""] * W,
        ["RAG key: Green = on track; Amber = some slippage; Red = off track; Complete = delivered; "
         "Not started = not yet begun"] + [""] * (W - 1),
    ]
    with open(out("ft2-chorley-csp-community-safety-action-plan-2024-25.csv"), "w",
              newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ==================================================== 5. ICB action log (txt)
def make_icb():
    head = ["Action No.", "Date of Meeting", "Minute Ref", "Action", "Lead", "Due Date",
            "Update / Comments", "RAG"]
    lines = [
        "NHS Gloucestershire Integrated Care Board – Board Meeting in Public: Action Log",
        "Updated for the meeting on 28 May 2025",
        "",
        "\t".join(head),
        "Actions carried forward from previous meetings",
    ]
    carried = [
        ["113", "29/01/2025", "9.3",
         "Provide the Board with a breakdown of four-hour urgent and emergency care performance by site "
         "and by age group.",
         "Chief Operating Officer", "26/03/2025",
         "Included in the March 2025 Integrated Performance Report. Propose to close.", "Blue"],
        ["116", "29/01/2025", "11.1",
         "Bring the revised primary care access recovery plan to a Board development session.",
         "Director of Primary Care and Place", "July 2025",
         "Deferred from the May session at the Chair's request.", "Amber"],
        ["118", "29/01/2025", "12.2",
         "Circulate the Maternity and Neonatal Voices Partnership annual report to Board members.",
         "MW/CL", "28/02/2025", "Circulated 18 February 2025.", "Blue"],
        ["119", "29/01/2025", "14",
         "Confirm the timetable for the Joint Forward Plan refresh with the Health and Wellbeing Board.",
         "Director of Strategy; Director of Public Health", "Q1 2025/26",
         "Draft timetable shared with the Health and Wellbeing Board chair.", "Green"],
    ]
    arising = [
        ["124", "26/03/2025", "7.2",
         "Report on the impact of the community diagnostic centre on elective waiting lists.",
         "Chief Operating Officer", "30/07/2025", "Scheduled for the July Board.", "Green"],
        ["125", "26/03/2025", "8.1",
         "Review the financial plan risk adjustments and confirm the system efficiency target with provider "
         "Directors of Finance.",
         "Chief Finance Officer", "28/05/2025", "On the agenda for this meeting (item 10).", "Green"],
        ["126", "26/03/2025", "9.4",
         "Share the results of the Freedom to Speak Up staff survey with the People Committee.",
         "Chief People Officer", "30/06/2025", "", ""],
        ["127", "26/03/2025", "10.3",
         "Provide an update on the all-age continuing healthcare backlog, including the number of cases "
         "waiting longer than 28 days.",
         "Chief Nursing Officer", "30/04/2025", "Not received – chased 12 May 2025.", "Red"],
    ]
    lines += ["\t".join(r) for r in carried]
    lines.append("Actions arising from the meeting held on 26 March 2025")
    lines += ["\t".join(r) for r in arising]
    lines += [
        "",
        "RAG key: Blue = complete, propose closure; Green = on track, not yet due; "
        "Amber = revised due date agreed; Red = overdue",
        "Closed actions are removed from the log once the Board has agreed closure.",
    ]
    with open(out("ft2-nhs-gloucestershire-icb-board-action-log.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


# ============================================= 6. Maternity plan (xlsx)
def make_maternity():
    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = "Somerset NHS Foundation Trust – Maternity and Neonatal Improvement Plan 2024/25"
    cover["A1"].font = Font(bold=True, size=14)
    cover["A2"] = "Quarter 3 position (January 2025)"
    cover["A3"] = "Plan owner: Director of Midwifery    Executive sponsor: Chief Nursing Officer"
    cover["A4"] = ("Reporting to: Maternity and Neonatal Safety Champions Group; Quality and Governance "
                   "Assurance Committee")
    cover["A6"] = "Document control"
    cover["A6"].font = Font(bold=True)
    put_row(cover, 7, ["Version", "Date", "Author", "Changes"], bold=True, bg=RAG_HEX["grey"])
    put_row(cover, 8, ["1.0", "12/04/2024", "Head of Maternity Governance",
                       "First version following the CQC maternity inspection report"])
    put_row(cover, 9, ["1.4", "09/10/2024", "Head of Maternity Governance", "Q2 update"])
    put_row(cover, 10, ["1.6", "15/01/2025", "Head of Maternity Governance",
                        "Q3 update; revised dates agreed at QGAC"])
    cover["A12"] = "Status key"
    cover["A12"].font = Font(bold=True)
    for r, (colour, meaning) in enumerate([
        ("blue", "Completed and evidenced"),
        ("green", "On track"),
        ("amber", "At risk of delay – mitigation in place"),
        ("red", "Off track – escalated to QGAC"),
    ], start=13):
        cover.cell(row=r, column=1).fill = fill(RAG_HEX[colour])
        cover.cell(row=r, column=1).border = BORDER
        cover.cell(row=r, column=2, value=meaning)
    cover.column_dimensions["A"].width = 12
    cover.column_dimensions["B"].width = 16
    cover.column_dimensions["C"].width = 30
    cover.column_dimensions["D"].width = 60

    summ = wb.create_sheet("Summary")
    summ["A1"] = "Summary of status by theme – Q3 2024/25"
    summ["A1"].font = Font(bold=True)
    put_row(summ, 3, ["Theme", "Blue", "Green", "Amber", "Red", "Total"], bold=True, bg=RAG_HEX["grey"])
    data = [
        ("Theme 1: Safe staffing and workforce", 1, 1, 1, 0),
        ("Theme 2: Triage and escalation", 1, 1, 0, 1),
        ("Theme 3: Governance and learning", 1, 1, 1, 0),
        ("Theme 4: Listening to women and families", 0, 2, 0, 0),
    ]
    for r, (theme, b, g, a, red) in enumerate(data, start=4):
        put_row(summ, r, [theme, b, g, a, red, f"=SUM(B{r}:E{r})"])
    put_row(summ, 8, ["Total", "=SUM(B4:B7)", "=SUM(C4:C7)", "=SUM(D4:D7)", "=SUM(E4:E7)",
                      "=SUM(F4:F7)"], bold=True)
    summ.column_dimensions["A"].width = 44

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = "Maternity and Neonatal Improvement Plan 2024/25 – Q3 update"
    ws["A1"].font = Font(bold=True, size=12)
    ws.merge_cells("A1:H1")
    put_row(ws, 3, ["Ref", "Source", "Action", "Lead", "Original completion date",
                    "Revised completion date", "Progress update (Q3)", "Status"],
            bold=True, bg=RAG_HEX["head"], colour="FFFFFF")
    D = dt.datetime
    plan = [
        ("Theme 1: Safe staffing and workforce", [
            ("1.1", "CQC MD1",
             "Complete a midwifery establishment review using Birthrate Plus and present the findings to "
             "the Board.",
             "Director of Midwifery", D(2024, 6, 30), None,
             "Birthrate Plus report presented to the Board in July 2024; 9.6 WTE investment approved.",
             "blue"),
            ("1.2", "MIS SA4",
             "Audit obstetric consultant attendance against the RCOG roles and responsibilities guidance and "
             "act on the findings.",
             "Clinical Director – Obstetrics", D(2024, 9, 30), D(2025, 3, 31),
             "Q2 audit 84% compliant; re-audit planned for March 2025.", "amber"),
            ("1.3", "CQC SD2",
             "Recruit to the vacant consultant neonatologist post at Musgrove Park Hospital.",
             "Clinical Director – Neonates / Divisional Director of Operations", D(2024, 12, 31), None,
             "Candidate appointed; start date 3 February 2025.", "green"),
        ]),
        ("Theme 2: Triage and escalation", [
            ("2.1", "CQC MD2",
             "Implement the Birmingham Symptom-specific Obstetric Triage System (BSOTS) at both maternity "
             "units.",
             "Consultant Midwife; Maternity Triage Lead", D(2024, 7, 31), D(2024, 10, 31),
             "Live at Musgrove Park (July 2024) and Yeovil (October 2024).", "blue"),
            ("2.2", "CQC MD3",
             "Audit monthly the time from arrival to triage assessment, against a target of 90% seen within "
             "15 minutes.",
             "Maternity Triage Lead", "Monthly", None,
             "December 2024: 86% seen within 15 minutes.", "green"),
            ("2.3", "Ockenden IEA 3",
             "Introduce a standardised escalation tool for fetal monitoring concerns.\n"
             "Include the tool in the annual PROMPT and fetal monitoring training.",
             "Fetal Monitoring Lead Midwife", D(2024, 11, 30), D(2025, 4, 30),
             "Tool not yet approved by the guideline group; date has slipped twice.", "red"),
        ]),
        ("Theme 3: Governance and learning", [
            ("3.1", "CQC MD4",
             "Clear the backlog of maternity incidents awaiting review so that all incidents are reviewed "
             "within 30 days of reporting.",
             "Head of Maternity Governance", D(2024, 8, 31), D(2024, 12, 31),
             "Backlog reduced from 212 to 41; revised trajectory agreed.", "amber"),
            ("3.2", "PSIRF",
             "Align maternity learning responses with the Trust’s Patient Safety Incident Response Plan.",
             "Head of Maternity Governance / Patient Safety Partner", D(2024, 10, 31), None,
             "Maternity PSIRP priorities agreed October 2024.", "blue"),
            ("3.3", "CQC SD5",
             "Publish a quarterly ‘Learning from Excellence and Incidents’ newsletter for maternity and "
             "neonatal staff.",
             "Maternity Quality Improvement Lead", D(2025, 3, 31), None,
             "First two editions published.", "green"),
        ]),
        ("Theme 4: Listening to women and families", [
            ("4.1", "CQC SD6",
             "Co-produce with the Maternity and Neonatal Voices Partnership an action plan responding to "
             "the 2024 CQC maternity survey.",
             "Director of Midwifery / MNVP Lead", D(2025, 2, 28), None,
             "Co-production workshop held 9 January 2025.", "green"),
            ("4.2", "Ockenden IEA 2",
             "Prompt for interpreter needs at booking and record language needs on the maternity "
             "information system.",
             "Digital Midwife", D(2024, 9, 30), D(2025, 1, 31),
             "Field added to BadgerNet; compliance audit due February 2025.", "green"),
        ]),
    ]
    r = 4
    for band, actions in plan:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.cell(row=r, column=1, value=band).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = fill(RAG_HEX["band"])
        r += 1
        for (ref, src, act, lead, orig, rev, upd, status) in actions:
            put_row(ws, r, [ref, src, act, lead, orig, rev, upd, None])
            for c in (5, 6):
                if isinstance(ws.cell(row=r, column=c).value, dt.datetime):
                    ws.cell(row=r, column=c).number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=8).fill = fill(RAG_HEX[status])
            r += 1
    for col, w in zip("ABCDEFGH", [6, 14, 58, 30, 14, 14, 46, 9]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A4"
    wb.save(out("ft2-somerset-nhsft-maternity-neonatal-improvement-plan.xlsx"))


# ========================================= 7. Corporate risk register (xlsx)
def score_fill(score):
    if score >= 15:
        return RAG_HEX["red"]
    if score >= 8:
        return RAG_HEX["amber"]
    return RAG_HEX["green"]


def make_crr():
    wb = Workbook()
    ws = wb.active
    ws.title = "CRR Q2 2025-26"
    ws["A1"] = "Fylde Council Corporate Risk Register 2025/26"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Quarter 2 review – reported to Audit and Standards Committee, 20 November 2025"
    head = ["Risk", "Description, causes and consequences", "Risk owner", "Inherent score",
            "Current score", "Target score", "Trend", "Action ref", "Further mitigating action",
            "Action owner", "Due date", "Action RAG"]
    put_row(ws, 4, head, bold=True, bg=RAG_HEX["head"], colour="FFFFFF")
    D = dt.datetime
    risks = [
        ("CR1 Financial sustainability",
         "Failure to set and deliver a balanced budget over the medium term because of inflation, demand "
         "for temporary accommodation and uncertainty over funding reform. Consequence: use of reserves, "
         "service reductions, s114 risk.",
         "Chief Financial Officer", 20, 16, 9, "↔", [
             ("CR1.1", "Deliver the 2025/26 savings programme of £1.2m and report progress monthly to "
                       "Management Team.", "Chief Financial Officer", D(2026, 3, 31), "A"),
             ("CR1.2", "Update the Medium Term Financial Strategy to reflect the local government funding "
                       "reform settlement.", "Chief Financial Officer", D(2026, 2, 28), "G"),
             ("CR1.3", "Review fees and charges against neighbouring Lancashire districts.",
              "Head of Finance / Service Directors", D(2025, 12, 31), "B"),
         ]),
        ("CR2 Local government reorganisation",
         "Uncertainty from the Lancashire reorganisation process diverts capacity from service delivery "
         "and leads to loss of key staff.",
         "Chief Executive", 16, 16, 12, "↑", [
             ("CR2.1", "Contribute to the Lancashire local government reorganisation proposal and maintain a "
                       "Fylde-specific transition risk log.", "Chief Executive", "Ongoing", "G"),
             ("CR2.2", "Put in place a staff communication and retention plan for the reorganisation period.",
              "Head of HR", D(2026, 1, 31), "A"),
         ]),
        ("CR3 Cyber security",
         "A successful cyber attack leads to loss of systems and data, disruption to services and "
         "regulatory action.",
         "Director of Resources", 20, 12, 8, "↓", [
             ("CR3.1", "Complete the Cyber Assessment Framework self-assessment and close the actions from "
                       "the 2025 penetration test.", "ICT Manager", D(2025, 9, 30), "R"),
             ("CR3.2", "Run a cyber incident exercise with Management Team.",
              "ICT Manager; Emergency Planning Officer", "Q4 2025/26", "G"),
         ]),
        ("CR4 Coastal flooding and erosion",
         "Failure of coastal defences during a severe storm leads to flooding of homes and businesses "
         "along the Fylde coast.",
         "Director of Environment", 15, 10, 10, "↔", [
             ("CR4.1", "Complete the post-construction monitoring of the St Annes and Fairhaven coastal "
                       "defence scheme.", "Coastal Engineering Manager", D(2026, 3, 31), "G"),
             ("CR4.2", "Review the multi-agency flood plan with the Lancashire Resilience Forum.",
              "Emergency Planning Officer", D(2025, 11, 30), "B"),
         ]),
    ]
    rag_hex = {"R": RAG_HEX["red"], "A": RAG_HEX["amber"], "G": RAG_HEX["green"], "B": RAG_HEX["blue"]}
    r = 5
    for (risk, desc, owner, inh, cur, tgt, trend, actions) in risks:
        first = r
        for i, (aref, act, aowner, due, rag) in enumerate(actions):
            vals = [risk, desc, owner, inh, cur, tgt, trend] if i == 0 else [None] * 7
            put_row(ws, r, vals + [aref, act, aowner, due, rag])
            if isinstance(due, dt.datetime):
                ws.cell(row=r, column=11).number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=12).fill = fill(rag_hex[rag])
            ws.cell(row=r, column=12).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
        last = r - 1
        for c, sc in ((4, inh), (5, cur), (6, tgt)):
            ws.cell(row=first, column=c).fill = fill(score_fill(sc))
        if last > first:
            for c in range(1, 8):
                ws.merge_cells(start_row=first, start_column=c, end_row=last, end_column=c)
        ws.cell(row=first, column=1).font = Font(bold=True)
    r += 1
    ws.cell(row=r, column=1, value="Scores are likelihood × impact on a 5 × 5 matrix (see the Scoring "
                                   "Matrix sheet). Trend: ↑ increasing, ↔ no change, ↓ reducing.")
    ws.cell(row=r + 1, column=1, value="Action RAG: B = complete; G = on track; A = some slippage; "
                                       "R = overdue or significantly off track.")
    for col, w in zip("ABCDEFGHIJKL", [24, 46, 20, 9, 9, 9, 7, 8, 50, 26, 12, 8]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    m = wb.create_sheet("Scoring Matrix")
    m["A1"] = "Risk scoring matrix (likelihood × impact)"
    m["A1"].font = Font(bold=True)
    m.cell(row=3, column=1, value="Likelihood \\ Impact")
    for i in range(1, 6):
        m.cell(row=3, column=1 + i, value=i).font = Font(bold=True)
    for li in range(5, 0, -1):
        row = 3 + (6 - li)
        m.cell(row=row, column=1, value=li).font = Font(bold=True)
        for im in range(1, 6):
            c = m.cell(row=row, column=1 + im, value=li * im)
            c.fill = fill(score_fill(li * im))
            c.border = BORDER
    m["A10"] = "1–7 low (green); 8–14 medium (amber); 15–25 high (red)"
    wb.save(out("ft2-fylde-council-corporate-risk-register-q2-2025-26.xlsx"))


if __name__ == "__main__":
    make_sar()
    make_transformation()
    make_dhr()
    make_csp()
    make_icb()
    make_maternity()
    make_crr()
    print("built 7 files in", HERE)
