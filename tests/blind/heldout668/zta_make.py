#!/usr/bin/env python3
"""Build the seven zta- data files of set heldout668.

Run with /work/main/.venv/bin/python (python-docx, openpyxl).  Writes only
files whose names start with "zta-" into the folder this script lives in.
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

OUT = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zta-")
    return os.path.join(OUT, name)


# ----------------------------------------------------------------- helpers
def shade(cell, hexfill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexfill)
    tcPr.append(shd)


def put(cell, text, bold=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        r = p.add_run(line)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if i < len(lines) - 1:
            r.add_break()


def fill(hexcol):
    return PatternFill(fill_type="solid", start_color="FF" + hexcol, end_color="FF" + hexcol)


THIN = Side(style="thin", color="FF808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")

RAG_FILL = {
    "B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000",
}


# ======================================================================
# 1. HMP Kirkham - HMIP inspection action plan (docx)
# ======================================================================
KIRKHAM_SECTIONS = [
    ("Priority concerns", [
        ("1",
         "Too many prisoners had absconded or failed to return from release on temporary licence (ROTL), and risk assessments did not always draw on all the information available.",
         "Agreed",
         [
             ("1.1", "Introduce a monthly ROTL quality assurance panel, chaired by the Head of Reducing Reoffending, to sample 10% of completed risk assessments and give written feedback to authors.",
              "Head of Reducing Reoffending", "31/07/2024", "Completed"),
             ("1.2", "Deliver refresher training on the ROTL policy framework to all Offender Management Unit staff, including how to use police and probation intelligence in risk assessments.",
              "Head of Offender Management Delivery", "30/09/2024", "Completed"),
             ("1.3", "Analyse every abscond and failure to return since April 2023 to identify common factors, and present the findings and proposed changes to the Senior Leadership Team.",
              "Head of Safety / Intelligence Manager", "31/10/2024", "On track"),
         ]),
        ("2",
         "Too few prisoners were in paid work in the community, and the range of outside work had not been developed since the last inspection.",
         "Agreed",
         [
             ("2.1", "Appoint a dedicated Employment Hub lead and set a target of 60% of eligible prisoners in paid outside work.",
              "Head of Education, Skills and Work", "31/08/2024", "Completed"),
             ("2.2", "Hold employer engagement events with businesses across Lancashire and the Fylde coast to increase the number of paid placements.",
              "Employment Hub Lead", "Quarterly from July 2024", "On track"),
         ]),
    ]),
    ("Key concerns", [
        ("3",
         "Some residential units were in poor condition; there was damp in several rooms and the showers on two units had been out of use for long periods.",
         "Partly Agreed",
         [
             ("3.1", "Submit a business case for refurbishment of the shower blocks on units 6 and 7 to the Prison Group Director.",
              "Head of Residence", "31/07/2024", "Completed"),
             ("3.2", "Complete a damp and mould survey of all residential units with the facilities management provider and agree a programme of remedial work.",
              "Head of Residence; Facilities Management Contract Manager", "30/11/2024", "On track"),
         ]),
        ("4",
         "Prisoners from black and minority ethnic backgrounds were less positive than white prisoners about their treatment by staff, and leaders had not investigated why.",
         "Agreed",
         [
             ("4.1", "Hold a consultation forum with prisoners from minority ethnic backgrounds every quarter and publish a 'You said, we did' response on each unit.",
              "Equalities Lead", "Ongoing", "On track"),
             ("4.2", "Use the equality monitoring tool to review ROTL, adjudication and work allocation outcomes by ethnicity and report the results to the Diversity and Inclusion meeting.",
              "Deputy Governor", "31/12/2024", "Not started"),
         ]),
    ]),
]


def make_kirkham():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)

    doc.add_paragraph("Action Plan: HMP Kirkham", style="Title")
    for line in ("Action Plan Submitted: 11 June 2024",
                 "A Response to the HMIP Inspection: 29 January – 9 February 2024",
                 "Report Published: 14 May 2024",
                 "Progress updated: 31 December 2024"):
        p = doc.add_paragraph()
        p.add_run(line).bold = True

    doc.add_heading("INTRODUCTION", level=1)
    doc.add_paragraph(
        "HM Inspectorate of Prisons (HMIP) is an independent inspectorate which reports on the "
        "treatment of, and conditions for, people held in prisons and young offender institutions. "
        "Following each inspection, HMPPS is required to produce an action plan that responds to "
        "the concerns in the report. The plan confirms whether each recommendation is agreed, "
        "partly agreed or not agreed, and sets out the actions that will be taken, with an owner "
        "and a target date for each.")
    doc.add_paragraph(
        "Since May 2022 HMIP has reported up to 15 key concerns, of which the most pressing are "
        "identified as priority concerns. This plan follows that structure. The status column "
        "shows the position at 31 December 2024.")

    key = doc.add_table(rows=4, cols=3)
    key.style = "Table Grid"
    rows = [("Term", "Definition", "Additional comment"),
            ("Agreed", "All of the recommendation is agreed with, can be achieved and is affordable.",
             "The response should explain how the recommendation will be achieved, with timescales."),
            ("Partly Agreed", "Only part of the recommendation is agreed with, is achievable and affordable.",
             "The response must state clearly which part will be implemented."),
            ("Not Agreed", "The recommendation is not agreed with, or cannot be implemented.",
             "The response must explain why.")]
    for i, r in enumerate(rows):
        for j, t in enumerate(r):
            put(key.cell(i, j), t, bold=(i == 0))
            if i == 0:
                shade(key.cell(i, j), "D9D9D9")
    doc.add_paragraph()

    header = ("Ref", "Concern / Action", "Agreed / Partly Agreed / Not Agreed",
              "Responsible owner", "Target date", "Status at 31 December 2024")
    for section, concerns in KIRKHAM_SECTIONS:
        doc.add_heading(section, level=1)
        nrows = 1 + sum(1 + len(c[3]) for c in concerns)
        t = doc.add_table(rows=nrows, cols=6)
        t.style = "Table Grid"
        for j, h in enumerate(header):
            put(t.cell(0, j), h, bold=True)
            shade(t.cell(0, j), "1F3864")
            for run in t.cell(0, j).paragraphs[0].runs:
                run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        r = 1
        for num, concern, agreed, actions in concerns:
            put(t.cell(r, 0), num, bold=True)
            put(t.cell(r, 1), concern, bold=True)
            shade(t.cell(r, 0), "DEEAF6")
            shade(t.cell(r, 1), "DEEAF6")
            blank = t.cell(r, 3).merge(t.cell(r, 5))
            shade(blank, "BFBFBF")
            top = r
            r += 1
            for ref, text, owner, date, status in actions:
                put(t.cell(r, 0), ref)
                put(t.cell(r, 1), text)
                put(t.cell(r, 3), owner)
                put(t.cell(r, 4), date)
                put(t.cell(r, 5), status)
                r += 1
            merged = t.cell(top, 2).merge(t.cell(r - 1, 2))
            put(merged, agreed, bold=True)
            shade(merged, "DEEAF6")
        doc.add_paragraph()

    doc.add_paragraph("Action plan approved by: Governor, HMP Kirkham")
    doc.add_paragraph("Next review: Senior Leadership Team, March 2025")
    doc.save(out("zta-hmp-kirkham-hmip-inspection-action-plan.docx"))


# ======================================================================
# 2. HMCTS / PECS court custody (Lancashire and Cumbria) - csv
# ======================================================================
COURT_ROWS = [
    ("PRIORITY CONCERNS", None),
    ("PC1", "Detainees were often held in court cells for long periods after their hearing had finished, waiting for transport to prison. HMCTS and PECS should work together to reduce the time detainees spend in court custody once their case has concluded."),
    ("1.1", ("Introduce a daily 14:00 movement call between court listing officers, GEOAmey and the receiving prisons for Preston and Carlisle courts", "HMCTS / PECS",
             "Delivery Manager, Preston Combined Court Centre; PECS Contract Delivery Manager (North)", "31/10/2024", "31/01/2025", "B",
             "Calls in place at both sites since 2 December 2024; average wait after last hearing down from 3h 40m to 2h 10m.")),
    ("1.2", ("Agree with GEOAmey a local standard for collection within two hours of the last hearing and report performance monthly to the Lancashire and Cumbria Court Custody User Group", "PECS",
             "PECS Contract Delivery Manager (North)", "31/03/2025", "", "G",
             "Draft standard shared with GEOAmey; first monthly report due at February user group.")),
    ("PC2", "Cell call bells and CCTV in several court custody suites were defective and repairs took too long, which placed detainees at risk."),
    ("2.1", ("Audit cell call bells and CCTV at all nine court custody suites and log every defect on the HMCTS estates helpdesk as a priority 2 job", "HMCTS",
             "HMCTS Regional Estates Manager (North West)", "30/09/2024", "", "B",
             "Audit completed 23 September; 14 defects logged, 12 fixed.")),
    ("2.2", ("Replace the call bell system in the custody suite at Burnley Magistrates' Court", "HMCTS",
             "HMCTS Regional Estates Manager (North West)", "31/12/2024", "30/06/2025", "A",
             "Contractor appointed; works delayed by supplier lead times. Interim hourly cell checks in place.")),
    ("KEY CONCERNS", None),
    ("KC3", "Detainees did not have timely access to a healthcare professional while in court custody, and not all custody staff were trained in first aid."),
    ("3.1", ("Refresh first aid and naloxone training for all GEOAmey custody staff working in Lancashire and Cumbria courts", "PECS",
             "GEOAmey Area Manager", "31/12/2024", "", "B",
             "96% of staff trained; remainder booked.")),
    ("3.2", ("Agree with NHS England commissioners how liaison and diversion staff can be called to court custody suites when needed", "PECS / HMCTS",
             "PECS Head of Contract Management", "28/02/2025", "31/05/2025", "A",
             "Meeting with NHS England North West held 15 January; protocol being drafted.")),
    ("KC4", "Women and children were not always kept apart from adult men when moving through custody areas."),
    ("4.1", ("Issue a local instruction requiring women and children to be escorted separately, and check compliance through monthly dip-sampling of custody records", "PECS",
             "GEOAmey Area Manager", "31/08/2024", "", "B",
             "Instruction issued 12 August; dip-sampling shows full compliance since October.")),
    ("4.2", ("Install a privacy screen in the shared corridor of the custody suite at Carlisle Crown Court", "HMCTS",
             "Cluster Manager, Cumbria", "30/11/2024", "", "R",
             "Listed building consent required; application not yet submitted. Escalated to Head of Crime (North West).")),
    ("KC5", "Use of force was not always recorded, and managers did not review body-worn video footage."),
    ("5.1", ("Make body-worn video mandatory for all use of force incidents and add a review of footage to the agenda of the monthly PECS contract meeting", "PECS",
             "PECS Contract Delivery Manager (North)", "31/10/2024", "", "B",
             "Mandated from 1 October; three incidents reviewed in November and December.")),
]


def make_court_csv():
    width = 9
    lines = []

    def row(*cells):
        cells = list(cells) + [""] * (width - len(cells))
        lines.append(cells)

    row("HMCTS and HMPPS Prisoner Escort and Custody Services (PECS): joint action plan")
    row("Response to HM Inspectorate of Prisons report on an unannounced inspection of court custody: Lancashire and Cumbria (inspected 3–13 June 2024; published 17 September 2024)")
    row("Progress position at 31 January 2025")
    row()
    row("Ref", "Concern / recommendation", "Action", "Agency", "Action owner",
        "Original target date", "Revised target date", "RAG", "Progress update")
    for ref, body in COURT_ROWS:
        if body is None:
            row(ref)
        elif isinstance(body, str):
            row(ref, body)
        else:
            action, agency, owner, orig, rev, rag, upd = body
            row(ref, "", action, agency, owner, orig, rev, rag, upd)
    row()
    row("RAG key: B = complete; G = on track; A = at risk of delay; R = off track or overdue")
    row("Summary at 31 January 2025: 9 actions - 5 complete (B), 1 on track (G), 2 at risk (A), 1 off track (R)")
    with open(out("zta-hmcts-pecs-lancashire-and-cumbria-court-custody-hmip-inspection-action-plan.csv"),
              "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        for cells in lines:
            w.writerow(cells)


# ======================================================================
# 3. Hertfordshire Constabulary - HMICFRS thematic recommendations tracker
#    (xlsx, refuse: mistyped month "0ct-25" in the target date column)
# ======================================================================
HERTS_ROWS = [
    ("group", "An inspection of how well the police tackle serious youth violence (published March 2023)"),
    ("rec", "Rec 3", "By 31 March 2024, chief constables should make sure their officers are trained in the use of outcome 22.",
     "Add outcome 22 guidance to the crime recording input for all new officers and deliver a CPD package to response, neighbourhood and CID teams through the Learning Hub.",
     "ACC Local Policing", "Ch Insp Learning and Development", dt.date(2024, 3, 31), "G", "B",
     "Complete. 2,140 officers (94%) have completed the package; outcome 22 use now reported monthly."),
    ("rec", "Rec 4", "By 30 September 2023, chief constables should make sure their force has effective arrangements for sharing information with schools about children at risk of exclusion who are known to the police.",
     "Agree an information-sharing protocol with Hertfordshire County Council and schools, using the Operation Encompass model, and brief all schools liaison officers.",
     "ACC Local Policing", "Supt Partnerships and Prevention", dt.date(2023, 9, 30), "B", "B",
     "Complete. Protocol signed by the local authority in September 2023."),
    ("group", "An inspection of how well the police and National Crime Agency tackle the online sexual abuse and exploitation of children (published April 2023)"),
    ("rec", "Rec 1", "By 31 October 2023, chief constables should make sure that their forces use the recognised risk assessment tool for every online child sexual abuse referral.",
     "Mandate KIRAT for every referral to the Online Child Abuse Investigation Team and audit a sample each month.",
     "ACC Crime and Justice", "D/Supt Public Protection", dt.date(2023, 10, 31), "G", "B",
     "Complete. Monthly audit shows 100% use since January 2024."),
    ("rec", "Rec 3", "Chief constables should make sure that the workload of officers investigating online child sexual abuse is reviewed and that they have the welfare support they need.",
     "Introduce six-monthly psychological screening and a caseload cap for the Online Child Abuse Investigation Team.",
     "ACC Crime and Justice", "D/Supt Public Protection / Head of Occupational Health", dt.date(2025, 9, 30), "A", "G",
     "Screening contract awarded; caseload cap agreed with Police Federation."),
    ("group", "An inspection into activism and impartiality in policing (published September 2024)"),
    ("rec", "Rec 2", "Chief constables should review how their force's staff networks and support associations are governed so that the activities of the networks do not undermine the impartiality of the police.",
     "Review the terms of reference of all staff networks and introduce an annual governance statement signed by each network chair.",
     "Deputy Chief Constable", "Head of Inclusion", "0ct-25", "", "G",
     "Review under way with network chairs; draft governance statement at Diversity Board in August."),
    ("rec", "Rec 5", "Chief constables should make sure that decisions on whether officers attend community events are recorded, with the reasons for the decision.",
     "Create a decision log for community event attendance and add it to the Events Planning Team's process.",
     "ACC Operations", "Ch Insp Events Planning", dt.date(2025, 12, 31), "A", "A",
     "Log designed; awaiting ICT change slot."),
    ("group", "An inspection into how well the police and other agencies use digital forensics in their investigations (published December 2022)"),
    ("rec", "Rec 6", "Chief constables should make sure that their digital forensic units have the capacity to examine devices within timescales agreed with investigators.",
     "Clear the backlog of devices awaiting examination and recruit four additional digital forensic examiners.",
     "Director of Corporate Services", "Head of Digital Forensic Unit", dt.date(2025, 3, 31), "A", "R",
     "Backlog 310 devices (target 150). Two of four examiners appointed; recruitment round 3 in July."),
]


def make_herts():
    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = "Hertfordshire Constabulary"
    cover["A1"].font = Font(bold=True, size=14)
    cover["A2"] = "HMICFRS national thematic inspections – recommendations tracker"
    cover["A2"].font = Font(bold=True, size=12)
    cover["A4"] = "Document control"
    cover["A4"].font = Font(bold=True)
    dc = [("Version", "4.2"), ("Date", "30/06/2025"), ("Owner", "Head of Strategic Planning and Insight"),
          ("Author", "HMICFRS Liaison Officer"),
          ("Distribution", "Force Performance and Assurance Board; OPCC Accountability Meeting"),
          ("Protective marking", "OFFICIAL")]
    for i, (k, v) in enumerate(dc, start=5):
        cover.cell(i, 1, k).font = Font(bold=True)
        cover.cell(i, 2, v)
        for c in (1, 2):
            cover.cell(i, c).border = BOX
    cover.column_dimensions["A"].width = 22
    cover.column_dimensions["B"].width = 70

    ws = wb.create_sheet("Tracker")
    ncol = 9
    ws["A1"] = "Hertfordshire Constabulary – HMICFRS national thematic inspections: recommendations tracker"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A2"] = "Position as at 30 June 2025 – reported to Force Performance and Assurance Board, 15 July 2025"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    hdr = ["Rec no.", "Recommendation (HMICFRS wording)", "Force action", "Chief officer lead",
           "Action owner", "Target date", "Previous RAG", "Current RAG", "Progress update (June 2025)"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill("002060")
        c.alignment = WRAP
        c.border = BOX
    r = 5
    for item in HERTS_ROWS:
        if item[0] == "group":
            c = ws.cell(r, 1, item[1])
            c.font = Font(bold=True)
            for j in range(1, ncol + 1):
                ws.cell(r, j).fill = fill("D9E1F2")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        else:
            _, ref, rec, action, lead, owner, due, prev, cur, upd = item
            vals = [ref, rec, action, lead, owner, due, prev, cur, upd]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(r, j, v if v != "" else None)
                c.alignment = WRAP
                c.border = BOX
            if isinstance(due, dt.date):
                ws.cell(r, 6).number_format = "mmm-yy"
            for j, v in ((7, prev), (8, cur)):
                if v:
                    ws.cell(r, j).fill = fill(RAG_FILL[v])
                    ws.cell(r, j).alignment = Alignment(horizontal="center", vertical="top")
        r += 1
    r += 1
    ws.cell(r, 1, "Summary").font = Font(bold=True)
    summary = [("Complete (B)", 3), ("On track (G)", 2), ("Some risk (A)", 1), ("Off track (R)", 1), ("Total", 7)]
    for k, v in summary:
        r += 1
        ws.cell(r, 1, k)
        ws.cell(r, 2, v)
    widths = [9, 48, 48, 20, 24, 11, 10, 10, 44]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[chr(64 + j)].width = w
    ws.freeze_panes = "A5"

    key = wb.create_sheet("Key")
    key["A1"] = "RAG definitions"
    key["A1"].font = Font(bold=True)
    for i, (k, v) in enumerate([("B", "Complete – evidence of implementation accepted by the Force Performance and Assurance Board"),
                                ("G", "On track to deliver by the target date"),
                                ("A", "Some risk to delivery by the target date"),
                                ("R", "Off track – target date missed or will be missed")], start=2):
        key.cell(i, 1, k).fill = fill(RAG_FILL[k])
        key.cell(i, 2, v)
    key.column_dimensions["B"].width = 90
    wb.save(out("zta-hertfordshire-constabulary-hmicfrs-thematic-recommendations-tracker-typo-month-refuse.xlsx"))


# ======================================================================
# 4. Guernsey Fire & Rescue Service - external inspection improvement plan
#    (xlsx: merged area / finding cells, status by fill colour only)
# ======================================================================
GFRS_FILL = {"blue": "0070C0", "green": "00B050", "amber": "FFC000", "red": "FF0000", None: None}
GFRS = [
    ("Prevention", [
        ("The service has no risk-based approach to targeting home fire safety visits at the people most vulnerable to fire.", [
            ("1.1", "Agree a data-sharing arrangement with Health & Social Care and Guernsey Police so that referrals for vulnerable residents come to the service automatically.",
             "Station Commander (Prevention)", dt.date(2026, 2, 1), dt.date(2026, 6, 30), "green",
             "Draft agreement with the Data Protection Officer for review."),
            ("1.2", "Introduce a person-centred Safe and Well visit and train all wholetime watches to deliver it.",
             "Station Commander (Prevention); Training Manager", dt.date(2026, 4, 1), dt.date(2026, 10, 31), "amber",
             "Visit template agreed. Training slots limited by operational cover; two watches trained."),
        ]),
    ]),
    ("Protection", [
        ("The service does not have an up-to-date, risk-based inspection programme for high-risk premises, including premises where people sleep.", [
            ("2.1", "Build a register of high-risk premises from the Cadastre and licensing records and give each premises a risk score.",
             "Fire Safety Officer", dt.date(2025, 12, 1), dt.date(2026, 3, 31), "blue",
             "Register of 412 premises completed and risk scored."),
            ("2.2", "Publish a risk-based inspection programme with annual targets and report progress to the Committee for Home Affairs each quarter.",
             "Deputy Chief Fire Officer", dt.date(2026, 4, 1), "Sept 2026 – March 2027", "green",
             "Programme drafted from the new register."),
        ]),
    ]),
    ("Response", [
        ("The service has limited capacity to review incidents and to act on national operational learning.", [
            ("3.1", "Create an operational assurance function with a dedicated Watch Commander post.",
             "Deputy Chief Fire Officer", dt.date(2026, 1, 5), dt.date(2026, 5, 31), "amber",
             "Post approved by the Committee; recruitment closes in April."),
            ("3.2", "Subscribe to National Operational Learning and Joint Operational Learning and review every new item at the monthly Operational Assurance Group.",
             "Head of Operations", dt.date(2026, 1, 5), "Ongoing", "green",
             "Subscribed January 2026; 9 items reviewed."),
            ("3.3", "Run a multi-agency exercise at St Peter Port harbour with Guernsey Police, Ambulance & Rescue and Guernsey Ports to test major incident procedures.",
             "DC / MR", dt.date(2026, 6, 1), dt.date(2026, 9, 30), None,
             ""),
        ]),
    ]),
    ("People", [
        ("Succession planning is underdeveloped and several senior managers are due to retire within the next three years.", [
            ("4.1", "Develop a five-year workforce plan that includes development pathways for crew and watch managers.",
             "HR Business Partner (Home Affairs)", dt.date(2026, 2, 1), dt.date(2026, 7, 31), "green",
             "Workforce data collated; plan to Senior Management Team in June."),
            ("4.2", "Arrange two-way secondments between the service and UK fire and rescue services for middle managers.",
             "Chief Fire Officer", dt.date(2026, 3, 1), "Dec 2026", "red",
             "No agreement yet with a UK service; options being explored with the NFCC."),
        ]),
    ]),
    ("Governance and assurance", [
        ("Performance information given to the Committee for Home Affairs is limited and does not show progress against the service's priorities.", [
            ("5.1", "Agree a quarterly performance report with the Committee covering response times, prevention and protection activity and workforce measures.",
             "Chief Fire Officer; Head of Business Support", dt.date(2025, 12, 1), dt.date(2026, 4, 30), "blue",
             "First report presented to the Committee on 18 March 2026."),
        ]),
    ]),
]


def make_gfrs():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = "Guernsey Fire & Rescue Service: External Inspection Improvement Plan 2026–27"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Response to the external inspection of Guernsey Fire & Rescue Service, 13–16 October 2025 (report published November 2025)"
    ws.merge_cells("A2:G2")
    ws["A3"] = "Plan owner: Chief Fire Officer   |   Reported to: Committee for Home Affairs   |   Progress position: 31 March 2026"
    ws["A3"].font = Font(italic=True)
    ws.merge_cells("A3:G3")
    # status key, top right
    ws["K1"] = "Status key"
    ws["K1"].font = Font(bold=True)
    for i, (colour, label) in enumerate([("blue", "Complete"), ("green", "On track"),
                                         ("amber", "Some slippage – recovery plan in place"),
                                         ("red", "Off track – escalated to the Committee")], start=2):
        ws.cell(i, 11).fill = fill(GFRS_FILL[colour])
        ws.cell(i, 12, label)
    ws.cell(6, 11).border = BOX
    ws.cell(6, 12, "Not started")

    hdr = ["Area", "Ref", "Finding / area for improvement", "Action", "Owner", "Start",
           "Target date", "Status", "Progress commentary"]
    hr = 8
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(hr, j, h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill("C00000")
        c.alignment = WRAP
        c.border = BOX
    r = hr + 1
    for area, findings in GFRS:
        area_top = r
        for finding, actions in findings:
            f_top = r
            for ref, action, owner, start, due, status, comm in actions:
                vals = {2: ref, 4: action, 5: owner, 6: start, 7: due, 9: comm or None}
                for j in range(1, 10):
                    c = ws.cell(r, j)
                    c.border = BOX
                    c.alignment = WRAP
                for j, v in vals.items():
                    ws.cell(r, j, v)
                for j in (6, 7):
                    if isinstance(ws.cell(r, j).value, (dt.date, dt.datetime)):
                        ws.cell(r, j).number_format = "dd/mm/yyyy"
                if status:
                    ws.cell(r, 8).fill = fill(GFRS_FILL[status])
                r += 1
            ws.cell(f_top, 3, finding)
            if r - 1 > f_top:
                ws.merge_cells(start_row=f_top, start_column=3, end_row=r - 1, end_column=3)
        ws.cell(area_top, 1, area).font = Font(bold=True)
        ws.cell(area_top, 1).fill = fill("F2F2F2")
        if r - 1 > area_top:
            ws.merge_cells(start_row=area_top, start_column=1, end_row=r - 1, end_column=1)
    for col, w in zip("ABCDEFGHIJKL", [16, 6, 40, 50, 26, 11, 14, 9, 40, 3, 5, 38]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = ws.cell(hr + 1, 1)

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of progress at 31 March 2026"
    sm["A1"].font = Font(bold=True)
    sm["A3"], sm["B3"] = "Status", "Number of actions"
    sm["A3"].font = sm["B3"].font = Font(bold=True)
    counts = [("Complete", 2), ("On track", 4), ("Some slippage", 2), ("Off track", 1), ("Not started", 1), ("Total", 10)]
    for i, (k, v) in enumerate(counts, start=4):
        sm.cell(i, 1, k)
        sm.cell(i, 2, v)
    sm.column_dimensions["A"].width = 20

    vc = wb.create_sheet("Version control")
    for i, row in enumerate([("Version", "Date", "Change", "By"),
                             ("0.1", "15/12/2025", "First draft following inspection feedback", "DCFO"),
                             ("1.0", "22/01/2026", "Approved by the Committee for Home Affairs", "CFO"),
                             ("1.1", "31/03/2026", "Quarter 1 progress update", "Head of Business Support")], start=1):
        for j, v in enumerate(row, start=1):
            vc.cell(i, j, v).font = Font(bold=(i == 1))
    wb.save(out("zta-guernsey-fire-and-rescue-service-external-inspection-improvement-plan.xlsx"))


# ======================================================================
# 5. The College of West Anglia - Ofsted post-inspection action plan (txt, tab-separated)
# ======================================================================
CWA_LINES = [
    ("QUALITY OF EDUCATION",),
    ("AFI 1", "Leaders should make sure that teachers in a minority of subjects for young people check what learners know and remember before they move on to new topics."),
    ("1a", "Run a CPD programme on retrieval practice and questioning for all teachers of study programmes, led by the advanced practitioners.",
     "Head of Teaching, Learning and Assessment", "Autumn term 2024", "Learning walks show effective checking of understanding in at least 85% of sessions", "Complete",
     "All six sessions delivered; 92% attendance. Spring learning walks: 88%."),
    ("1b", "Carry out subject deep dives in construction, engineering and health and social care each term, with follow-up coaching for the teachers whose practice is weakest.",
     "Director of Quality / Heads of Faculty", "Termly", "Deep dive grades improve in all three areas", "Green",
     "Autumn deep dives complete; coaching in place for 11 teachers."),
    ("AFI 2", "Leaders should ensure that apprentices' off-the-job training is planned and recorded accurately, so that all apprentices receive their full entitlement."),
    ("2a", "Move all apprentices to e-portfolio recording of off-the-job training",
     "Head of Apprenticeships", "December 2024", "Accurate off-the-job hours recorded for 100% of apprentices", "Complete",
     "All 640 apprentices migrated."),
    ("", "and train assessors to check the hours recorded at every progress review."),
    ("2b", "Hold three-way progress reviews with employers every 10 weeks and escalate any apprentice below 90% of planned off-the-job hours.",
     "Director of Apprenticeships / Head of Employer Engagement", "31/03/2025", "No apprentice below 90% of planned hours for more than one review", "Amber",
     "Reviews in place; 37 apprentices still below 90%."),
    ("BEHAVIOUR AND ATTITUDES",),
    ("AFI 3", "Leaders should improve attendance at English and mathematics lessons for learners on study programmes, which remains too low."),
    ("3a", "Introduce same-day text and phone follow-up of absence from English and maths lessons through the student services team.",
     "Head of Student Services", "October 2024", "Attendance at English and maths lessons at or above 88%", "Green",
     "Follow-up in place from 7 October; attendance 86.5% and rising."),
    ("3b", "Timetable English and maths lessons within vocational blocks so that learners attend them on the same days as their main course.",
     "Vice Principal Curriculum and Quality", "Summer term 2025", "2025/26 timetable built on this model", "Green",
     "Timetabling principles agreed by SLT."),
    ("PERSONAL DEVELOPMENT",),
    ("AFI 4", "Leaders should ensure that all learners receive effective careers advice and guidance about the next steps open to them."),
    ("4a", "Complete careers interviews with all second-year study programme learners before the February half-term.",
     "Careers Leader", "14/02/2025", "100% of second-year learners interviewed", "Red",
     "Behind plan – 71% interviewed. Additional adviser recruited from 3 March."),
    ("4b", "Map careers activities in every curriculum area against the Gatsby benchmarks and report the results to governors.",
     "KW, JR", "July 2025", "All benchmarks met in every curriculum area", "Amber",
     "Mapping complete in 6 of 9 curriculum areas."),
]


def make_cwa():
    rows = [
        ["The College of West Anglia – Post-Inspection Action Plan"],
        ["Ofsted inspection: 11–14 June 2024 | Report published: 19 July 2024 | Plan approved by the Quality and Standards Committee: 8 October 2024"],
        ["Progress update: February 2025"],
        [],
        ["Ref", "Area for improvement / action", "Responsibility", "Timescale", "Measure of impact", "RAG", "Progress (February 2025)"],
    ]
    for item in CWA_LINES:
        if len(item) == 1:
            rows.append([item[0]])
        else:
            rows.append(list(item))
    rows += [
        [],
        ["RAG key: Complete = action finished and impact evidenced; Green = on track; Amber = some slippage; Red = behind plan, escalated to SLT"],
        ["Summary at February 2025: Complete 2 | Green 3 | Amber 2 | Red 1"],
    ]
    with open(out("zta-college-of-west-anglia-ofsted-post-inspection-action-plan.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write("\t".join(r).rstrip("\t") + "\n" if r else "\n")


# ======================================================================
# 6. Ipswich School - ISI inspection action plan (docx, one table per section)
# ======================================================================
IPSWICH = [
    ("1. Leadership and management, and governance",
     "Leaders should refine self-evaluation so that it draws consistently on pupils' views and on evidence from the Prep School as well as the Senior School.",
     [
         ("Run a whole-school pupil voice survey each term and feed the results into departmental self-evaluation.",
          "Deputy Head (Pastoral); Head of Prep School", "Termly survey results used in every department's self-evaluation", "End of Summer Term 2025", "Completed"),
         ("Align the Prep School and Senior School self-evaluation calendars so that governors receive one combined report each year.",
          "Deputy Head (Academic)", "Combined self-evaluation report presented to the Education Committee", "Michaelmas Term 2025", "G"),
     ]),
    ("2. Quality of education, training and recreation",
     "Leaders should ensure that teaching in the lower years of the Senior School consistently adapts tasks so that the most able pupils are challenged.",
     [
         ("Deliver staff training on adaptive teaching and stretch for the most able during the September INSET days.",
          "Director of Teaching and Learning", "All teaching staff trained; training evaluated as useful by at least 80%", "September 2025", "Completed"),
         ("Include challenge for the most able as a focus in each department's lesson observation cycle.",
          "Heads of Department", "Observation records show challenge for the most able in at least 80% of lessons seen", "Ongoing", "G"),
         ("Review the Year 7 to 9 schemes of work in mathematics, science and English and add extension tasks to each unit.",
          "Mrs K Adeyemi and Mr T Blake", "Revised schemes of work in use in all three subjects", "31 January 2026", "A"),
     ]),
    ("3. Pupils' physical and mental health and emotional wellbeing",
     "Leaders should make sure that minor pastoral concerns in the boarding house are recorded as thoroughly as in the day school.",
     [
         ("Extend the school's online pastoral recording system to the boarding house and train all boarding staff to use it.",
          "Head of Boarding", "All boarding staff recording concerns on the system", "October 2025", "G"),
         ("Audit boarding pastoral records each half-term and report the findings to the Designated Safeguarding Lead.",
          "Deputy DSL (Boarding)", "Audit findings show records complete and actions followed up", "Half-termly", ""),
     ]),
]

IPS_FILL = {"G": "00B050", "A": "FFC000", "R": "FF0000", "Completed": "9DC3E6", "": None}


def make_ipswich():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    doc.add_paragraph("Ipswich School – Action Plan following ISI Inspection", style="Title")
    doc.add_paragraph("Inspection dates: 4–6 February 2025   |   Report published: 20 March 2025")

    dc = doc.add_table(rows=5, cols=2)
    dc.style = "Table Grid"
    for i, (k, v) in enumerate([("Document owner", "Deputy Head (Academic)"),
                                ("Approved by", "Education Committee of the Board of Governors"),
                                ("Version", "2.1"),
                                ("Last reviewed", "30 September 2025"),
                                ("Next review", "January 2026")]):
        put(dc.cell(i, 0), k, bold=True)
        shade(dc.cell(i, 0), "E7E6E6")
        put(dc.cell(i, 1), v)
    doc.add_paragraph()
    doc.add_paragraph(
        "The inspection found that the school meets the Independent School Standards. The report "
        "identified three recommended next steps. Each is set out below with the actions we are "
        "taking in response. Progress is reported to every meeting of the Education Committee.")

    doc.add_paragraph().add_run("Progress key").bold = True
    kt = doc.add_table(rows=1, cols=4)
    kt.style = "Table Grid"
    for j, (code, label) in enumerate([("Completed", "Action finished"), ("G", "On track"),
                                       ("A", "At risk"), ("R", "Not on track")]):
        put(kt.cell(0, j), f"{code} – {label}")
        shade(kt.cell(0, j), IPS_FILL[code])
    doc.add_paragraph()

    for section, step, actions in IPSWICH:
        doc.add_heading(section, level=2)
        t = doc.add_table(rows=2 + len(actions), cols=5)
        t.style = "Table Grid"
        put(t.cell(0, 0), "Recommended next step", bold=True)
        shade(t.cell(0, 0), "1F4E79")
        m = t.cell(0, 1).merge(t.cell(0, 4))
        put(m, step, bold=True)
        shade(m, "DDEBF7")
        for j, h in enumerate(("Action", "Lead(s)", "Success criteria", "By when", "RAG")):
            put(t.cell(1, j), h, bold=True)
            shade(t.cell(1, j), "F2F2F2")
        for i, (act, lead, sc, when, rag) in enumerate(actions, start=2):
            put(t.cell(i, 0), act)
            put(t.cell(i, 1), lead)
            put(t.cell(i, 2), sc)
            put(t.cell(i, 3), when)
            put(t.cell(i, 4), rag)
            if IPS_FILL[rag]:
                shade(t.cell(i, 4), IPS_FILL[rag])
        doc.add_paragraph()

    doc.add_heading("4. Pupils' social and economic education and contribution to society", level=2)
    doc.add_paragraph("No recommended next steps were identified in this section.")
    doc.add_heading("Safeguarding", level=2)
    doc.add_paragraph("No recommended next steps were identified in this section.")

    so = doc.add_table(rows=2, cols=3)
    so.style = "Table Grid"
    for j, h in enumerate(("Signed", "Role", "Date")):
        put(so.cell(0, j), h, bold=True)
    put(so.cell(1, 0), "")
    put(so.cell(1, 1), "Chair of the Education Committee")
    put(so.cell(1, 2), "30 September 2025")
    doc.save(out("zta-ipswich-school-isi-inspection-action-plan.docx"))


# ======================================================================
# 7. Anglian Learning - trust development plan 2025-26 (xlsx, one sheet per priority)
# ======================================================================
AL_SHEETS = [
    ("P1 Curriculum", "Strategic priority 1: Excellent curriculum and teaching in every school", [
        ("Objective 1.1: Embed the trust's reading curriculum in all primary academies", [
            ("1.1.1", "Train all Key Stage 1 and 2 teachers in the trust's reading fluency approach through the Anglian Learning Teaching School Hub.",
             "Director of Primary Education", "Autumn term 2025", "All KS1 and KS2 teachers trained; fluency routines seen in 90% of lessons visited", "B"),
            ("1.1.2", "Carry out reading deep dives in every primary academy and share the findings with local governing bodies.",
             "Director of Primary Education / School Improvement Partners", "Summer term 2026", "Deep dive reports for all primary academies; actions in each school's SDP", "G"),
        ]),
        ("Objective 1.2: Improve outcomes for disadvantaged pupils at Key Stage 4", [
            ("1.2.1", "Introduce a common mock examination calendar for Years 10 and 11 and shared data drops across the secondary academies.",
             "Director of Secondary Education", "Nov 2025", "Common calendar in use; data reviewed at trust level after each drop", "B"),
            ("1.2.2", "Fund and evaluate a small-group tutoring programme in mathematics for disadvantaged pupils in Year 11.",
             "JW/HC", "Jan–May 2026", "Attainment gap in maths reduced by 0.3 of a grade", "A"),
        ]),
    ]),
    ("P2 Inclusion", "Strategic priority 2: Inclusion, attendance and SEND", [
        ("Objective 2.1: Reduce persistent absence in every academy", [
            ("2.1.1", "Roll out the trust attendance dashboard and hold attendance review meetings with each headteacher.",
             "Trust Attendance Lead", "Half-termly", "Persistent absence below national average in every academy", "G"),
            ("2.1.2", "Commission a family support worker for the three academies with the highest persistent absence.",
             "Chief Operating Officer", dt.date(2026, 1, 31), "Worker in post and caseload agreed with the three headteachers", "R"),
        ]),
        ("Objective 2.2: Strengthen SEND provision and early identification of need", [
            ("2.2.1", "Establish a trust SENCo network that meets each half-term and agree a common approach to the assessment of need.",
             "Trust SENCo; Headteachers", "Autumn term 2025", "Common assessment approach adopted by all academies", "B"),
            ("2.2.2", "Open a specialist resource base for autistic pupils at one secondary academy.",
             "CEO", "September 2026", "Resource base open with 12 places", ""),
        ]),
    ]),
    ("P3 Workforce", "Strategic priority 3: Recruit, develop and retain great staff", [
        ("Objective 3.1: Reduce workload for teachers and support staff", [
            ("3.1.1", "Run a workload survey for all staff and publish an action plan in response.",
             "Chief People Officer", "Dec 2025", "Survey response rate above 70%; action plan published", "B"),
            ("3.1.2", "Adopt a trust-wide marking and feedback policy that removes routine written marking at Key Stage 3.",
             "Director of Secondary Education", "Summer term 2026", "Policy adopted by all secondary academies", "A"),
        ]),
    ]),
]


def make_anglian():
    wb = Workbook()
    cs = wb.active
    cs.title = "Contents"
    cs["A1"] = "Anglian Learning – Trust Development Plan 2025–26"
    cs["A1"].font = Font(bold=True, size=14)
    cs["A2"] = "Approved by the Board of Trustees on 9 October 2025. Autumn review completed 12 December 2025."
    cs["A4"] = "Contents"
    cs["A4"].font = Font(bold=True)
    for i, (sheet, title, _) in enumerate(AL_SHEETS, start=5):
        cs.cell(i, 1, sheet)
        cs.cell(i, 2, title)
    cs["A9"] = "Review key"
    cs["A9"].font = Font(bold=True)
    for i, (k, v) in enumerate([("B", "Complete"), ("G", "On track"), ("A", "Some concerns – action being taken"),
                                ("R", "Off track – CEO to report to trustees")], start=10):
        cs.cell(i, 1, k).fill = fill(RAG_FILL[k])
        cs.cell(i, 2, v)
    cs["A15"] = "Autumn review summary"
    cs["A15"].font = Font(bold=True)
    for i, (k, v) in enumerate([("Complete (B)", 4), ("On track (G)", 2), ("Some concerns (A)", 2),
                                ("Off track (R)", 1), ("Not yet started", 1), ("Total actions", 10)], start=16):
        cs.cell(i, 1, k)
        cs.cell(i, 2, v)
    cs.column_dimensions["A"].width = 22
    cs.column_dimensions["B"].width = 70

    hdr = ["Ref", "Action", "Lead", "Timescale", "Success criteria", "Autumn review", "Spring review", "Summer review"]
    for sheet, title, objectives in AL_SHEETS:
        ws = wb.create_sheet(sheet)
        ws["A1"] = title
        ws["A1"].font = Font(bold=True, size=13, color="FFFFFFFF")
        for j in range(1, 9):
            ws.cell(1, j).fill = fill("7030A0")
        ws.merge_cells("A1:H1")
        for j, h in enumerate(hdr, start=1):
            c = ws.cell(3, j, h)
            c.font = Font(bold=True)
            c.fill = fill("E4DFEC")
            c.border = BOX
            c.alignment = WRAP
        r = 4
        for obj, actions in objectives:
            ws.cell(r, 1, obj).font = Font(bold=True, italic=True)
            for j in range(1, 9):
                ws.cell(r, j).fill = fill("F2F2F2")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            r += 1
            for ref, action, lead, when, sc, aut in actions:
                for j, v in enumerate([ref, action, lead, when, sc, aut or None, None, None], start=1):
                    c = ws.cell(r, j, v)
                    c.border = BOX
                    c.alignment = WRAP
                if isinstance(when, dt.date):
                    ws.cell(r, 4).number_format = "dd/mm/yyyy"
                if aut:
                    ws.cell(r, 6).fill = fill(RAG_FILL[aut])
                    ws.cell(r, 6).alignment = Alignment(horizontal="center", vertical="top")
                r += 1
        for col, w in zip("ABCDEFGH", [8, 55, 28, 16, 40, 10, 10, 10]):
            ws.column_dimensions[col].width = w
    wb.save(out("zta-anglian-learning-trust-development-plan-2025-26.xlsx"))


if __name__ == "__main__":
    make_kirkham()
    make_court_csv()
    make_herts()
    make_gfrs()
    make_cwa()
    make_ipswich()
    make_anglian()
    print("built 7 files in", OUT)
