#!/usr/bin/env python3
"""Build the seven zdo- blind test files (set heldout792).

Run with /work/main/.venv/bin/python zdo_make.py
Each data list below carries, per action, both what is written into the file
and (in the trailing fields) how a person reads it; the .expected.yaml files
are written separately from those trailing fields.
"""
import csv
import datetime as dt
import io
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

FILL = {
    "red": PatternFill("solid", fgColor="FF0000"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "green": PatternFill("solid", fgColor="00B050"),
    "blue": PatternFill("solid", fgColor="0070C0"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
    "navy": PatternFill("solid", fgColor="1F3864"),
    "pale": PatternFill("solid", fgColor="DEEAF6"),
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def path(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------------------
# 1. HMP Oakwood - HMPPS action plan responding to HMIP concerns (docx)
# ---------------------------------------------------------------------------
OAKWOOD_FILE = "zdo-hmp-oakwood-hmip-inspection-action-plan.docx"
OAKWOOD_TITLE = "Action Plan: HMP Oakwood"
# (section, concern, agreed, [(ref, action, owner, target, lead_list, end, end_text, status)])
OAKWOOD = [
    ("Priority concerns", [
        ("1. Prisoners with serious mental health needs waited too long to be transferred to a secure hospital, and some waited many months.",
         "Agreed", [
             ("1.1", "Escalate every transfer exceeding the 28-day guideline to the NHS England Health and Justice commissioner and record the escalation on the transfer tracker.",
              "Head of Healthcare", "31 October 2024", ["Head of Healthcare"], "2024-10", None, "unrated"),
             ("1.2", "Hold a fortnightly case review for each prisoner awaiting transfer, chaired by the Deputy Director, with an agreed interim care plan.",
              "Deputy Director", "November 2024", ["Deputy Director"], "2024-11", None, "unrated"),
         ]),
        ("2. Illicit drugs were too readily available, and the positive rate for random mandatory drug testing had risen to over 20%.",
         "Agreed", [
             ("2.1", "Refresh the local drug strategy and supply reduction action plan using intelligence and mandatory drug testing data, and review progress at the monthly Security Meeting.",
              "Head of Security", "December 2024", ["Head of Security"], "2024-12", None, "unrated"),
             ("2.2", "Train all staff working in reception and visits in the use of the body scanner and enhanced gate search procedures.",
              "Head of Security / Head of Operations", "March 2025", ["Head of Security", "Head of Operations"], "2025-03", None, "unrated"),
         ]),
    ]),
    ("Key concerns", [
        ("3. Too few prisoners convicted of sexual offences could complete an accredited offending behaviour programme before their release.",
         "Partly Agreed", [
             ("3.1", "Agree with the Regional Interventions Manager an increase in Horizon and Kaizen places, prioritising men within 24 months of release.\n"
                     "National commissioning of programme places sits with HMPPS Interventions Services; the prison will fund additional facilitator training locally.",
              "Head of Reducing Reoffending", "31 March 2025", ["Head of Reducing Reoffending"], "2025-03", None, "unrated"),
         ]),
        ("4. Black and minority ethnic prisoners were more negative than white prisoners about their treatment by staff, and the prison's analysis of disproportionality was not effective.",
         "Agreed", [
             ("4.1", "Hold quarterly forums for Black and minority ethnic prisoners, with findings reported to the Equality Action Team.",
              "Head of Equalities", "Quarterly", ["Head of Equalities"], None, "Quarterly", "unrated"),
             ("4.2", "Analyse use of force, adjudications and incentives data by ethnicity every month and act on any disproportionality identified.",
              "Head of Equalities; Head of Residence", "Ongoing", ["Head of Equalities", "Head of Residence"], None, "Ongoing", "unrated"),
         ]),
        ("5. Too few eligible prisoners were being released on temporary licence to support their resettlement.",
         "Agreed", [
             ("5.1", "Review the ROTL board process and risk assessment timescales, and increase the number of employers offering paid work on licence.",
              "Head of Reducing Reoffending", "June 2025", ["Head of Reducing Reoffending"], "2025-06", None, "unrated"),
         ]),
    ]),
]


def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    """Write text into a cell; '\n' starts a new paragraph."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(parts[0])
    r.bold = bold
    for extra in parts[1:]:
        p = cell.add_paragraph()
        r = p.add_run(extra)
        r.bold = bold


def header_row(table, labels, fill="1F3864"):
    for cell, label in zip(table.rows[0].cells, labels):
        set_cell(cell, label, bold=True)
        for r in cell.paragraphs[0].runs:
            r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        shade(cell, fill)


def build_oakwood():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(OAKWOOD_TITLE, level=1)
    doc.add_paragraph("Action Plan Submitted: 4 October 2024")
    doc.add_paragraph("A Response to the HMIP Inspection: 8–9 and 15–19 April 2024")
    doc.add_paragraph("Report Published: 12 August 2024")
    doc.add_heading("INTRODUCTION", level=2)
    doc.add_paragraph(
        "HM Inspectorate of Prisons (HMIP) reports on the conditions for and treatment of those in prison. "
        "Since May 2022 HMIP has reported up to 15 concerns, a small number of which are identified as priorities. "
        "In response, HMPPS prepares an action plan which confirms whether each concern is agreed, partly agreed or "
        "not agreed, and sets out the actions that will address it, with an owner and a target date for each action. "
        "HMP Oakwood is operated by G4S Care and Justice Services under contract to HMPPS; progress is monitored by the "
        "HMPPS Controller and reported to the Prison Group Director.")
    key = doc.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    header_row(key, ["Term", "Definition"])
    for i, (t, d) in enumerate([
        ("Agreed", "All of the concern is accepted, can be addressed and is affordable."),
        ("Partly Agreed", "Only part of the concern can be addressed, for commissioning, policy, operational or affordability reasons. The response states which part will be addressed."),
        ("Not Agreed", "The concern is not accepted or cannot be addressed. The response explains why."),
    ], start=1):
        set_cell(key.rows[i].cells[0], t, bold=True)
        set_cell(key.rows[i].cells[1], d)
    cols = ["No.", "Concern", "Agreed / Partly Agreed / Not Agreed", "Action", "Responsible owner", "Target date"]
    for section, concerns in OAKWOOD:
        doc.add_heading(section, level=2)
        n = sum(len(c[2]) for c in concerns)
        t = doc.add_table(rows=n + 1, cols=len(cols))
        t.style = "Table Grid"
        header_row(t, cols)
        r = 1
        for concern, agreed, actions in concerns:
            first = r
            for (ref, action, owner, target, *_rest) in actions:
                row = t.rows[r].cells
                set_cell(row[0], ref)
                set_cell(row[3], action)
                set_cell(row[4], owner)
                set_cell(row[5], target)
                r += 1
            top_c, top_a = t.cell(first, 1), t.cell(first, 2)
            set_cell(top_c, concern)
            set_cell(top_a, agreed)
            if r - 1 > first:
                top_c.merge(t.cell(r - 1, 1))
                top_a.merge(t.cell(r - 1, 2))
    doc.add_paragraph("")
    doc.add_paragraph(
        "Progress against this action plan is reviewed monthly at the Senior Management Team meeting "
        "and reported to the HMPPS Controller.")
    sign = doc.add_table(rows=2, cols=2)
    sign.style = "Table Grid"
    set_cell(sign.rows[0].cells[0], "Signed", bold=True)
    set_cell(sign.rows[0].cells[1], "Director, HMP Oakwood")
    set_cell(sign.rows[1].cells[0], "Date", bold=True)
    set_cell(sign.rows[1].cells[1], "4 October 2024")
    doc.save(path(OAKWOOD_FILE))


# ---------------------------------------------------------------------------
# 2. Royal Navy Police - HMICFRS RASSO / domestic abuse AFI tracker (xlsx)
# ---------------------------------------------------------------------------
RNP_FILE = "zdo-royal-navy-police-hmicfrs-rasso-domestic-abuse-afi-tracker.xlsx"
RNP_TITLE = "Royal Navy Police – HMICFRS Areas for Improvement Tracker"
# (chapter, [(afi_text, [(ref, action, owner, orig, revised, status_word, update, lead, end, end_text, status)])])
RNP = [
    ("Chapter 2: Strategic leadership and governance", [
        ("AFI 1 – The RNP should develop a performance framework for domestic abuse and RASSO investigations so that leaders understand and can improve its performance.", [
            ("1.1", "Agree a suite of RASSO and domestic abuse performance measures with the Defence Serious Crime Command and publish them in the monthly performance pack.",
             "SO1 RNP Crime", D(2023, 3, 31), D(2023, 9, 30), "Blue",
             "Measures agreed Aug 23; first pack issued Sep 23. Closed.", ["SO1 RNP Crime"], "2023-09", None, "blue"),
            ("1.2", "Introduce a quarterly Provost Marshal (Navy) performance board with RASSO and domestic abuse as a standing agenda item.",
             "Provost Marshal (Navy)", D(2023, 6, 30), None, "Blue",
             "Board established Jun 23; ToR signed by PM(N). Closed.", ["Provost Marshal (Navy)"], "2023-06", None, "blue"),
        ]),
    ]),
    ("Chapter 5: First response to domestic abuse and RASSO incidents", [
        ("AFI 2 – The RNP should make sure that first responders routinely use body-worn video cameras when attending domestic abuse incidents.", [
            ("2.1", "Issue a Provost Marshal's instruction mandating body-worn video at all domestic abuse incidents attended by General Police Duties personnel.",
             "DPM(N)", D(2022, 12, 31), None, "Blue",
             "PM(N) Instruction 04/22 issued Dec 22. Closed.", ["DPM(N)"], "2022-12", None, "blue"),
            ("2.2", "Dip-sample 20 domestic abuse incidents each quarter to check compliance with the body-worn video instruction and report results to the performance board.",
             "OC PSU", D(2024, 3, 31), D(2025, 6, 30), "Green",
             "Three quarterly samples completed; compliance 85% in Q3. Date revised to allow a fourth sample before closure.", ["OC PSU"], "2025-06", None, "green"),
        ]),
        ("AFI 3 – The RNP should improve the training given to General Police Duties personnel who respond first to RASSO incidents, including the use of early evidence kits.", [
            ("3.1", "Review the GPD initial course at the Defence School of Policing and Guarding and add a RASSO first responder module.",
             "SO2 Training", D(2023, 9, 30), D(2025, 3, 31), "Amber",
             "Module drafted; awaiting DSPG course design authority approval.", ["SO2 Training"], "2025-03", None, "amber"),
            ("3.2", "Deliver refresher training to all serving GPD personnel on the use of early evidence kits.",
             "SO2 Training / OC SIB", D(2024, 3, 31), D(2025, 7, 31), "Red",
             "Delivery paused owing to operational commitments; revised date agreed at January board.", ["SO2 Training", "OC SIB"], "2025-07", None, "red"),
        ]),
    ]),
    ("Chapter 7: Victim contact", [
        ("AFI 4 – The RNP should make sure that victims are updated in line with the Armed Forces Code of Practice for Victims of Crime.", [
            ("4.1", "Introduce a victim contact plan template in the case management system, completed at first contact and reviewed by the investigating supervisor.",
             "Head of Victim and Witness Care Unit (DSCC)", D(2025, 4, 30), None, "Green",
             "Template built; user testing with SIB investigators in February.", ["Head of Victim and Witness Care Unit (DSCC)"], "2025-04", None, "green"),
            ("4.2", "Audit compliance with the victim contact plan every six months and report findings to the Provost Marshal (Navy).",
             "OC SIB", "Six-monthly", None, "Green",
             "First audit scheduled once template is live.", ["OC SIB"], None, "Six-monthly", "green"),
        ]),
        ("AFI 5 – The RNP should work with the Royal Navy so that victims serving on board submarines and other vessels have access to appropriate support.", [
            ("5.1", "Agree with Fleet Commander's staff an aide-memoire and reporting route for victims at sea, and brief all Coxswains and Executive Officers.",
             "SO1 RNP Crime; SO2 Policy", D(2023, 12, 31), D(2025, 5, 31), "Amber",
             "Aide-memoire agreed; briefing programme for Coxswains to start March 2025.", ["SO1 RNP Crime", "SO2 Policy"], "2025-05", None, "amber"),
        ]),
    ]),
]


def build_rnp():
    wb = Workbook()
    ws = wb.active
    ws.title = "AFI Tracker"
    widths = {"A": 7, "B": 48, "C": 56, "D": 26, "E": 14, "F": 14, "G": 10, "H": 50}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws["A1"] = RNP_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = "HMICFRS inspection: Rape, serious sexual assault and domestic abuse investigations (published 15 June 2022)"
    ws.merge_cells("A2:H2")
    ws["A3"] = "Position as at 31 January 2025"
    ws["A3"].font = Font(italic=True)
    ws.merge_cells("A3:H3")
    ws["H4"] = "OFFICIAL"
    ws["H4"].font = Font(bold=True)
    heads = ["Ref", "Area for improvement", "Action", "Action owner", "Original due date",
             "Revised due date", "Status", "Progress update (Jan 2025)"]
    for i, h in enumerate(heads, start=1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["navy"]
        c.alignment = WRAP
        c.border = BOX
    r = 6
    counts = {}
    for chapter, afis in RNP:
        ws.cell(row=r, column=1, value=chapter).font = Font(bold=True)
        for col in range(1, 9):
            ws.cell(row=r, column=col).fill = FILL["grey"]
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for afi, actions in afis:
            first = r
            ws.cell(row=r, column=2, value=afi)
            for (ref, action, owner, orig, rev, word, upd, *_x) in actions:
                vals = [ref, None, action, owner, orig, rev, word, upd]
                for col, v in enumerate(vals, start=1):
                    c = ws.cell(row=r, column=col)
                    if v is not None:
                        c.value = v
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                ws.cell(row=r, column=7).fill = FILL[word.lower()]
                ws.cell(row=r, column=7).font = Font(bold=True, color="FFFFFF" if word in ("Blue", "Red") else "000000")
                counts[word] = counts.get(word, 0) + 1
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Summary").font = Font(bold=True)
    r += 1
    for word in ["Blue", "Green", "Amber", "Red"]:
        ws.cell(row=r, column=2, value=word)
        ws.cell(row=r, column=3, value=counts.get(word, 0))
        r += 1
    ws.cell(row=r, column=2, value="Total actions").font = Font(bold=True)
    ws.cell(row=r, column=3, value=sum(counts.values())).font = Font(bold=True)
    r += 2
    ws.cell(row=r, column=1, value="Note: actions are closed only when evidence has been accepted by the Provost Marshal (Navy) at the quarterly performance board.")
    ws.freeze_panes = "A6"

    key = wb.create_sheet("BRAG key")
    key["A1"] = "Status key"
    key["A1"].font = Font(bold=True)
    for i, (w, d) in enumerate([
        ("Blue", "Complete – closure evidence accepted"),
        ("Green", "On track to deliver by the due date"),
        ("Amber", "Some slippage; revised date agreed"),
        ("Red", "Off track or at risk; escalated to PM(N)"),
    ], start=2):
        key.cell(row=i, column=1, value=w).fill = FILL[w.lower()]
        key.cell(row=i, column=2, value=d)
    key.column_dimensions["B"].width = 50

    ver = wb.create_sheet("Version control")
    for i, row in enumerate([
        ("Version", "Date", "Author", "Change"),
        ("0.1", D(2022, 8, 12), "SO2 Policy", "Tracker created from published report"),
        ("1.0", D(2022, 10, 3), "SO2 Policy", "Actions agreed by PM(N)"),
        ("1.9", D(2025, 1, 31), "SO2 Policy", "January 2025 update"),
    ], start=1):
        for j, v in enumerate(row, start=1):
            c = ver.cell(row=i, column=j, value=v)
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if i == 1:
                c.font = Font(bold=True)
    ver.column_dimensions["D"].width = 40
    wb.save(path(RNP_FILE))


# ---------------------------------------------------------------------------
# 3. Scottish Fire and Rescue Service - HMFSI thematic action plan (xlsx)
# ---------------------------------------------------------------------------
SFRS_FILE = "zdo-scottish-fire-and-rescue-service-hmfsi-health-and-safety-operational-focus-action-plan.xlsx"
SFRS_TITLE = "HMFSI Management of Health and Safety: An Operational Focus – Action Plan"
# (rec, [(no, action, owner, due, revised, brag, pct, update, lead, end, end_text, status)])
SFRS = [
    ("Recommendation 1: The outcomes of the Document Conversion Project in the Operations function should be evaluated and, where beneficial, extended to other directorates including Training, Safety and Assurance (TSA).", [
        ("1.1", "Evaluate the Operations Document Conversion Project and present the findings to the TSA Management Team.",
         "Head of Safety and Assurance", D(2024, 3, 31), None, "blue", 1.0, "Evaluation presented to TSA Management Team, February 2024.",
         ["Head of Safety and Assurance"], "2024-03", None, "blue"),
        ("1.2", "Convert priority TSA health and safety documents to the new format, starting with the Safe Systems of Work suite.",
         "Safety and Assurance Manager", D(2024, 12, 31), "31/03/2025", "amber", 0.6, "14 of 23 documents converted; remainder delayed by policy review.",
         ["Safety and Assurance Manager"], "2025-03", None, "amber"),
    ]),
    ("Recommendation 2: The SFRS should revise the LCMS packages on Analytical Risk Assessment (ARA) and Dynamic Risk Assessment (DRA) so that they focus on how and why to complete the documentation, with content suitable for all operational staff.", [
        ("2.1", "Rewrite the ARA and DRA LCMS modules with operational crews and training instructors, and pilot them in the West Service Delivery Area.",
         "Head of Training", D(2024, 9, 30), None, "blue", 1.0, "Pilot completed; evaluation positive.",
         ["Head of Training"], "2024-09", None, "blue"),
        ("2.2", "Roll out the revised modules to all operational staff and track completion through LCMS reporting.",
         "Head of Training / Local Senior Officers", D(2025, 3, 31), None, "green", 0.5, "Roll-out under way in all three SDAs; 52% completion.",
         ["Head of Training", "Local Senior Officers"], "2025-03", None, "green"),
    ]),
    ("Recommendation 3: The SFRS should ensure that risk-critical information provided to crews on the GETAC tablet is easy to access when needed, kept up to date and suitable for all foreseeable incident types.", [
        ("3.1", "Review Operational Intelligence content on GETAC devices and remove or update out-of-date records.",
         "Group Commander Operational Intelligence", D(2024, 6, 30), "31/12/2024", "blue", 1.0, "Review complete; 1,140 records updated or removed.",
         ["Group Commander Operational Intelligence"], "2024-12", None, "blue"),
        ("3.2", "Introduce a quarterly audit of Operational Intelligence records and a feedback route for crews.",
         "Group Commander Operational Intelligence", "Quarterly", None, "green", 0.75, "Q1 and Q2 audits complete.",
         ["Group Commander Operational Intelligence"], None, "Quarterly", "green"),
    ]),
    ("Recommendation 4: The Post Incident Support Policy and Procedure should be amended so that triggers are activated automatically to support all levels of operational staff attending incidents.", [
        ("4.1", "Amend the Post Incident Support Policy and Procedure to include automatic triggers, and consult the representative bodies on the revised procedure.",
         "Head of Health and Wellbeing", D(2023, 12, 31), "30/06/2025", "red", 0.3, "Consultation extended; trigger criteria not yet agreed with representative bodies.",
         ["Head of Health and Wellbeing"], "2025-06", None, "red"),
    ]),
    ("Recommendation 5: The SFRS should identify the cultural barriers that prevent staff reporting near misses and make the near miss reporting system easier to use.", [
        ("5.1", "Run staff focus groups in each SDA on near miss reporting and publish the findings.",
         "Head of Safety and Assurance", D(2024, 3, 31), None, "blue", 1.0, "Findings published on iHub, April 2024.",
         ["Head of Safety and Assurance"], "2024-03", None, "blue"),
        ("5.2", "Launch near miss reporting through the mobile app, with QR codes on all appliances.",
         "Head of Safety and Assurance & Head of ICT", D(2025, 9, 30), None, "green", 0.4, "App build in testing.",
         ["Head of Safety and Assurance", "Head of ICT"], "2025-09", None, "green"),
    ]),
    ("Recommendation 6: RVDS staff should receive effective middle management supervision and support so that knowledge is shared and staff are assessed to the required standards.", [
        ("6.1", "Introduce a Watch Commander support visit schedule for every RVDS station, with a minimum of one visit each month.",
         "Local Senior Officers", D(2025, 4, 30), None, "amber", 0.7, "Schedule in place in North and East SDAs; West SDA behind.",
         ["Local Senior Officers"], "2025-04", None, "amber"),
    ]),
]


def build_sfrs():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov.column_dimensions["A"].width = 32
    cov.column_dimensions["B"].width = 70
    cov["A1"] = SFRS_TITLE
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Scottish Fire and Rescue Service – progress report to the Service Delivery Committee"
    rows = [
        ("Report", "HM Fire Service Inspectorate thematic inspection: Management of Health and Safety – An Operational Focus"),
        ("Executive lead", "Director of Training, Safety and Assurance"),
        ("Action plan approved", "Strategic Leadership Team, 13 September 2023"),
        ("Progress as at", "31 December 2024"),
        ("Next report due", "Service Delivery Committee, March 2025"),
    ]
    for i, (a, b) in enumerate(rows, start=4):
        cov.cell(row=i, column=1, value=a).font = Font(bold=True)
        cov.cell(row=i, column=2, value=b)
    cov["A10"] = "BRAG status key"
    cov["A10"].font = Font(bold=True)
    for i, (c, d) in enumerate([
        ("blue", "Blue – action complete"),
        ("green", "Green – on track to complete within the agreed timescale"),
        ("amber", "Amber – behind schedule but expected to complete within the revised timescale"),
        ("red", "Red – significantly behind schedule or at risk"),
    ], start=11):
        cov.cell(row=i, column=1).fill = FILL[c]
        cov.cell(row=i, column=2, value=d)
    counts = {}
    for _rec, acts in SFRS:
        for a in acts:
            counts[a[5]] = counts.get(a[5], 0) + 1
    cov["A16"] = "Summary of actions"
    cov["A16"].font = Font(bold=True)
    r = 17
    for c in ["blue", "green", "amber", "red"]:
        cov.cell(row=r, column=1, value=c.capitalize()).fill = FILL[c]
        cov.cell(row=r, column=2, value=counts.get(c, 0))
        r += 1
    cov.cell(row=r, column=1, value="Total").font = Font(bold=True)
    cov.cell(row=r, column=2, value=sum(counts.values())).font = Font(bold=True)

    ws = wb.create_sheet("Action Plan")
    widths = {"A": 52, "B": 9, "C": 56, "D": 30, "E": 11, "F": 13, "G": 8, "H": 11, "I": 48}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws["A1"] = "HMFSI H&S Operational Focus – Action Plan (as at 31 December 2024)"
    ws["A1"].font = Font(bold=True, size=12)
    heads = ["HMFSI Recommendation", "Action No.", "Action Description", "Action Owner", "Due Date",
             "Revised Due Date", "BRAG", "% Complete", "Progress Update"]
    for i, h in enumerate(heads, start=1):
        c = ws.cell(row=3, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="C00000")
        c.alignment = WRAP
        c.border = BOX
    r = 4
    for rec, acts in SFRS:
        first = r
        ws.cell(row=r, column=1, value=rec)
        for (no, action, owner, due, rev, brag, pct, upd, *_x) in acts:
            vals = [None, no, action, owner, due, rev, None, pct, upd]
            for col, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=col)
                if v is not None:
                    c.value = v
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
            ws.cell(row=r, column=7).fill = FILL[brag]
            ws.cell(row=r, column=8).number_format = "0%"
            r += 1
        ws.cell(row=first, column=1).alignment = WRAP
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    ws.freeze_panes = "A4"
    wb.save(path(SFRS_FILE))


# ---------------------------------------------------------------------------
# 4. The City of Liverpool College - QIP 2024/25 (xlsx) - REFUSE (typo month)
# ---------------------------------------------------------------------------
COLC_FILE = "zdo-city-of-liverpool-college-quality-improvement-plan-2024-25-typo-month-refuse.xlsx"
COLC_TITLE = "The City of Liverpool College – Quality Improvement Plan 2024/25"
COLC_REFUSE_ROW = 8  # sheet "Quality of Education", cell E8 "Febuary 2025"
# sheet -> (lead line, [(area, [(ref, action, lead, target, autumn, spring, comment)])])
COLC = [
    ("Quality of Education", "Executive lead: Vice Principal Curriculum & Quality", [
        ("QE1. Teachers on adult English and mathematics courses do not check learners' understanding routinely enough before moving on to new topics (Ofsted, 2023)", [
            ("QE1.1", "Deliver a CPD cycle on checking for understanding and retrieval practice to all adult English and maths teachers.",
             "Head of English & Maths", "December 2024", "G", "B", "All 19 teachers completed the cycle."),
            ("QE1.2", "Introduce termly learning walks focused on questioning, with feedback and follow-up coaching for teachers below the expected standard.",
             "Head of Quality & Teaching Excellence", "31/03/2025", "G", "G", "Two rounds complete; coaching in place for 4 staff."),
            ("QE1.3", "Track the in-year progress of adult learners using diagnostic assessment at weeks 2 and 12.",
             "Head of English & Maths", "June 2025", "A", "G", "Week 12 data now on ProMonitor."),
        ]),
        ("QE2. Too few 16 to 18 learners on level 2 programmes complete a meaningful external work placement (SAR 2023/24)", [
            ("QE2.1", "Appoint two additional industry placement coordinators and allocate employers to each curriculum area.",
             "Director of Employer Partnerships", "Febuary 2025", "A", "A", "One coordinator appointed; second post re-advertised."),
            ("QE2.2", "Report placement completion by curriculum area to the Quality, Standards and Curriculum Committee each term.",
             "Director of Employer Partnerships", "July 2025", "G", "G", "Reported December and March."),
        ]),
    ]),
    ("Personal Development", "Executive lead: Vice Principal Student Experience", [
        ("PD1. Ensure that all learners receive a planned tutorial programme covering healthy relationships, online safety and the risks of radicalisation", [
            ("PD1.1", "Rewrite the tutorial scheme of work with learner input and publish it on the VLE.",
             "Head of Student Experience", "October 2024", "B", "B", "Published 30 September."),
            ("PD1.2", "Quality assure tutorial delivery through learner voice surveys in November and March.",
             "Head of Student Experience", "March 2025", "G", "G", "November survey: 88% positive."),
        ]),
    ]),
    ("Leadership & Management", "Executive lead: Principal and Chief Executive", [
        ("LM1. Governors and leaders should make more effective use of data on learners' destinations", [
            ("LM1.1", "Implement the destinations dashboard in Power BI and review it at the monthly Curriculum Performance Review.",
             "Director of MIS / Vice Principal Curriculum & Quality", "January 2025", "A", "G", "Dashboard live from February."),
            ("LM1.2", "Present an annual destinations report to the Board.",
             "Vice Principal Curriculum & Quality", "July 2025", None, None, ""),
        ]),
    ]),
]
RAGFILL = {"R": "red", "A": "amber", "G": "green", "B": "blue"}


def build_colc():
    wb = Workbook()
    ov = wb.active
    ov.title = "Overview"
    ov.column_dimensions["A"].width = 22
    ov.column_dimensions["B"].width = 80
    ov["A1"] = COLC_TITLE
    ov["A1"].font = Font(bold=True, size=14)
    ov["A2"] = "Informed by the Self-Assessment Report 2023/24 and the Ofsted inspection of 2023"
    ov["A4"] = "Monitored by"
    ov["B4"] = "Quality, Standards and Curriculum Committee (termly)"
    ov["A5"] = "Review points"
    ov["B5"] = "Autumn review (December 2024); Spring review (March 2025); Summer review (July 2025)"
    ov["A7"] = "RAG key"
    ov["A7"].font = Font(bold=True)
    for i, (k, d) in enumerate([("B", "Complete"), ("G", "On track"), ("A", "Some risk to target date"), ("R", "Off track")], start=8):
        ov.cell(row=i, column=1, value=k).fill = FILL[RAGFILL[k]]
        ov.cell(row=i, column=2, value=d)
    heads = ["Ref", "Area for improvement", "Action", "Lead", "Target date",
             "Autumn review RAG", "Spring review RAG", "Commentary (Spring review)"]
    for sheet, lead_line, areas in COLC:
        ws = wb.create_sheet(sheet)
        for k, v in {"A": 8, "B": 44, "C": 56, "D": 30, "E": 15, "F": 10, "G": 10, "H": 42}.items():
            ws.column_dimensions[k].width = v
        ws["A1"] = f"Quality Improvement Plan 2024/25 – {sheet}"
        ws["A1"].font = Font(bold=True, size=12)
        ws["A2"] = lead_line
        for i, h in enumerate(heads, start=1):
            c = ws.cell(row=4, column=i, value=h)
            c.font = Font(bold=True)
            c.fill = FILL["pale"]
            c.alignment = WRAP
            c.border = BOX
        r = 5
        for area, acts in areas:
            first = r
            ws.cell(row=r, column=2, value=area)
            for (ref, action, lead, target, aut, spr, com) in acts:
                for col, v in enumerate([ref, None, action, lead, target, aut, spr, com], start=1):
                    c = ws.cell(row=r, column=col)
                    if v:
                        c.value = v
                    c.alignment = WRAP
                    c.border = BOX
                for col, v in ((6, aut), (7, spr)):
                    if v:
                        ws.cell(row=r, column=col).fill = FILL[RAGFILL[v]]
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    wb.save(path(COLC_FILE))
    chk = wb["Quality of Education"].cell(row=COLC_REFUSE_ROW, column=5).value
    assert chk == "Febuary 2025", chk


# ---------------------------------------------------------------------------
# 5. UWTSD Yr Athrofa ITE Partnership - Estyn post-inspection action plan (docx)
# ---------------------------------------------------------------------------
UWTSD_FILE = "zdo-uwtsd-yr-athrofa-ite-partnership-estyn-post-inspection-action-plan.docx"
UWTSD_TITLE = "Yr Athrofa ITE Partnership: Post-inspection Action Plan"
# (rec heading, [(ref, action, lead, by_when, success, status, lead_list, end, end_text, st)])
UWTSD = [
    ("R1: Strengthen the quality assurance of mentoring in partnership schools so that all student teachers receive consistently effective support", [
        ("1.1", "Introduce a partnership-wide mentor standards framework and a common observation record for all lead and partner schools.",
         "Partnership Lead for Mentoring", "September 2025", "All mentors use the common record; moderation shows consistent judgements.", "Complete",
         ["Partnership Lead for Mentoring"], "2025-09", None, "blue"),
        ("1.2", "Carry out joint quality assurance visits by university tutors and lead mentors to every partner school at least once in each placement.",
         "Partnership Lead for Mentoring / Lead Mentors", "Ongoing – each placement", "Visit reports show improving consistency of mentoring.", "On track",
         ["Partnership Lead for Mentoring", "Lead Mentors"], None, "Ongoing – each placement", "green"),
        ("1.3", "Provide a mandatory mentor development programme, including coaching for new mentors, and track completion.",
         "Director of Professional Learning", "31 January 2026", "95% of active mentors complete the programme.", "On track",
         ["Director of Professional Learning"], "2026-01", None, "green"),
    ]),
    ("R2: Improve student teachers' ability to plan lessons with clear learning objectives that build on pupils' prior learning", [
        ("2.1", "Revise the planning module in both PGCE programmes so that student teachers practise writing clear learning objectives linked to pupils' prior learning.",
         "Programme Leaders (PGCE Primary and Secondary)", "September 2025", "Revised module validated and in use from September 2025.", "Complete",
         ["Programme Leaders (PGCE Primary and Secondary)"], "2025-09", None, "blue"),
        ("2.2", "Moderate a sample of student teachers' lesson plans each term and share the findings with tutors and mentors.",
         "Partnership Quality Manager", "Termly", "Moderation shows most plans have clear, sequenced objectives.", "On track",
         ["Partnership Quality Manager"], None, "Termly", "green"),
    ]),
    ("R3: Ensure that the university-based and school-based elements of the programmes are better connected, so that student teachers link theory and practice", [
        ("3.1", "Map each university session to a linked school-based task so that student teachers apply research to classroom practice.",
         "Programme Leaders (PGCE Primary and Secondary)", "December 2025", "Every module handbook shows the linked school-based tasks.", "On track",
         ["Programme Leaders (PGCE Primary and Secondary)"], "2025-12", None, "green"),
        ("3.2", "Run joint curriculum design days for university tutors and school-based staff in each lead school.",
         "Director of Yr Athrofa; Head of Partnership", "July 2026", "Design days held in all lead schools; evaluations positive.", "Not yet started",
         ["Director of Yr Athrofa", "Head of Partnership"], "2026-07", None, "unrated"),
    ]),
    ("R4: Refine self-evaluation and improvement planning so that leaders at all levels use first-hand evidence to evaluate the impact of provision on student teachers' progress", [
        ("4.1", "Redesign the partnership self-evaluation calendar so that leaders gather first-hand evidence of student teachers' progress each term.",
         "Head of Partnership", "October 2025", "Calendar published; first evidence cycle complete.", "Complete",
         ["Head of Partnership"], "2025-10", None, "blue"),
        ("4.2", "Report the impact of improvement actions to the Partnership Strategic Board using an agreed set of indicators.",
         "Director of Yr Athrofa", "By end of Autumn term 2025", "Board minutes record evaluation of impact against indicators.", "On track",
         ["Director of Yr Athrofa"], "2025-12", None, "green"),
    ]),
]


def build_uwtsd():
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(UWTSD_TITLE, level=0)
    p = doc.add_paragraph("Partneriaeth AGA Yr Athrofa: Cynllun Gweithredu Ôl-arolygiad")
    p.runs[0].italic = True
    doc.add_paragraph("University of Wales Trinity Saint David / Prifysgol Cymru Y Drindod Dewi Sant")
    doc.add_paragraph("Estyn inspection: 3–7 March 2025    Report published: 12 May 2025")
    doc.add_heading("Document control / Rheoli dogfen", level=2)
    dc = doc.add_table(rows=3, cols=4)
    dc.style = "Table Grid"
    header_row(dc, ["Version", "Date", "Author", "Approved by"], fill="7030A0")
    for i, row in enumerate([
        ("1.0", "16 June 2025", "Partnership Quality Manager", "Partnership Strategic Board"),
        ("1.1", "15 December 2025", "Partnership Quality Manager", "Partnership Strategic Board (progress update)"),
    ], start=1):
        for j, v in enumerate(row):
            set_cell(dc.rows[i].cells[j], v)
    doc.add_paragraph(
        "This plan responds to the four recommendations in Estyn's report on the partnership. "
        "Progress is reviewed each term by the Partnership Strategic Board. Status shown as at December 2025.")
    cols = ["Cyf. / Ref", "Cam gweithredu / Action", "Arweinydd / Lead", "Erbyn / By when",
            "Meini prawf llwyddiant / Success criteria", "Statws / Status"]
    for rec, acts in UWTSD:
        doc.add_heading(rec, level=2)
        t = doc.add_table(rows=len(acts) + 1, cols=len(cols))
        t.style = "Table Grid"
        header_row(t, cols, fill="7030A0")
        for i, (ref, action, lead, when, success, status, *_x) in enumerate(acts, start=1):
            for j, v in enumerate([ref, action, lead, when, success, status]):
                set_cell(t.rows[i].cells[j], v)
        doc.add_paragraph("")
    doc.add_paragraph(
        "Status key: Complete – action completed and impact evaluated; On track – progressing within the "
        "timescale; Not yet started – scheduled for a later date.")
    doc.save(path(UWTSD_FILE))


# ---------------------------------------------------------------------------
# 6. Kirkham Grammar School - ISI inspection action plan (csv)
# ---------------------------------------------------------------------------
KGS_FILE = "zdo-kirkham-grammar-school-isi-inspection-action-plan.csv"
KGS_TITLE = "Kirkham Grammar School – ISI Inspection Action Plan"
# (section, next step, [(ref, action, leads, target, rag, progress, lead_list, end, end_text, status)])
KGS = [
    ("Leadership and management, and governance",
     "Leaders should ensure that the monitoring of teaching in the senior school identifies precisely where practice needs to improve and that this leads to targeted professional development.", [
         ("1.1", "Revise the lesson observation and work scrutiny schedule so that every department is reviewed twice a year against agreed priorities.",
          "Deputy Head (Academic)", "Dec-24", "B", "Schedule launched; first cycle complete.", ["Deputy Head (Academic)"], "2024-12", None, "blue"),
         ("1.2", "Introduce a professional development programme built on the outcomes of monitoring, with termly reports to governors.",
          "Deputy Head (Academic) / Head of Teaching and Learning", "31/03/2025", "G", "Programme running; first report to governors in February.",
          ["Deputy Head (Academic)", "Head of Teaching and Learning"], "2025-03", None, "green"),
         ("1.3", "Train governors on the Education & Pastoral Committee in the ISI framework and the governing body's monitoring role.",
          "Head; Chair of Governors", "Summer term 2025", "G", "Training booked for May.", ["Head", "Chair of Governors"], "2025-07", None, "green"),
     ]),
    ("Quality of education, training and recreation",
     "Leaders should ensure that feedback to pupils in the junior school consistently helps them to know how to improve their work.", [
         ("2.1", "Introduce a revised marking and feedback policy for Years 3 to 6.\nTrain all junior school staff at the January INSET day.",
          "Head of Junior School", "Jan-25", "B", "Policy in place from 6 January.", ["Head of Junior School"], "2025-01", None, "blue"),
         ("2.2", "Check the impact of the new policy through termly book looks led by subject coordinators.",
          "Head of Junior School", "Termly", "G", "Spring book look completed.", ["Head of Junior School"], None, "Termly", "green"),
     ]),
    ("Pupils' physical and mental health and emotional wellbeing",
     "Leaders should strengthen the way pupils' views are gathered and used to shape the personal, social, health and economic (PSHE) curriculum.", [
         ("3.1", "Run a pupil voice survey on PSHE in each key stage and publish a 'you said, we did' summary.",
          "Head of PSHE", "Mar-25", "A", "Senior school survey done; junior school survey moved to April.", ["Head of PSHE"], "2025-03", None, "amber"),
         ("3.2", "Establish a Wellbeing Council with elected representatives from Year 7 to Upper Sixth.",
          "Deputy Head (Pastoral)", "Ongoing", "G", "Council met twice.", ["Deputy Head (Pastoral)"], None, "Ongoing", "green"),
     ]),
    ("Safeguarding",
     "The school must ensure that all required pre-employment checks are completed and recorded on the single central register before staff begin work (Independent School Standards, Part 4).", [
         ("4.1", "Audit the single central register against personnel files and correct all omissions identified.",
          "Bursar & Designated Safeguarding Lead", "30/11/2024", "B", "Audit complete 22 November; all omissions corrected.",
          ["Bursar", "Designated Safeguarding Lead"], "2024-11", None, "blue"),
         ("4.2", "Introduce a pre-start compliance sign-off by the Bursar for every new appointment, checked termly by the safeguarding governor.",
          "Bursar", "Ongoing", "G", "Sign-off in use for all appointments since December.", ["Bursar"], None, "Ongoing", "green"),
     ]),
]


def build_kgs():
    ncol = 8
    rows = [
        [KGS_TITLE] + [""] * (ncol - 1),
        ["Routine inspection 12–14 November 2024. Monitored by the Education & Pastoral Committee of the Board of Governors. Updated 3 March 2025."] + [""] * (ncol - 1),
        [""] * ncol,
        ["Ref", "Framework section", "Recommended next step / requirement", "Action", "Lead(s)", "Target date", "RAG", "Progress / evidence"],
    ]
    counts = {}
    for section, step, acts in KGS:
        for i, (ref, action, lead, target, rag, prog, *_x) in enumerate(acts):
            rows.append([ref, section if i == 0 else "", step if i == 0 else "", action, lead, target, rag, prog])
            counts[rag] = counts.get(rag, 0) + 1
    rows.append([""] * ncol)
    rows.append(["Key: B = complete; G = on track; A = some slippage; R = significant concern"] + [""] * (ncol - 1))
    total = sum(counts.values())
    rows.append([f"Total actions: {total} (B {counts.get('B', 0)}, G {counts.get('G', 0)}, A {counts.get('A', 0)}, R {counts.get('R', 0)})"] + [""] * (ncol - 1))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerows(rows)
    with open(path(KGS_FILE), "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 7. Longton Primary School - School Development Plan 2024-25 (plain text)
# ---------------------------------------------------------------------------
LPS_FILE = "zdo-longton-primary-school-school-development-plan-2024-25.txt"
LPS_TITLE = "LONGTON PRIMARY SCHOOL – SCHOOL DEVELOPMENT PLAN 2024–2025"
# (priority heading, outcome, [(ref, action, lead, timescale, monitoring, rag, lead_list, end, end_text, status)])
LPS = [
    ("PRIORITY 1: Quality of Education – early reading and phonics",
     "At least 85% of Year 1 pupils meet the expected standard in the phonics screening check (June 2025).", [
         ("1.1", "Deliver refresher training in the school's validated phonics programme for all EYFS and KS1 staff, including new teaching assistants.",
          "English Lead", "Autumn term 2024", "HT learning walks; Curriculum Committee governor visit", "B",
          ["English Lead"], "2024-12", None, "blue"),
         ("1.2", "Introduce daily keep-up sessions for pupils who are not secure in the week's phonics content.",
          "KS1 Phase Leader", "Autumn term 2024 – Spring term 2025", "Half-termly phonics assessments", "G",
          ["KS1 Phase Leader"], "2025-04", None, "green"),
         ("1.3", "Refresh the Year 1 and Year 2 reading book stock so that decodable books match the programme's progression.",
          "English Lead / School Business Manager", "Spring term 2025", "Budget monitoring (Resources Committee)", "A",
          ["English Lead", "School Business Manager"], "2025-04", None, "amber"),
     ]),
    ("PRIORITY 2: Quality of Education – mathematics fluency",
     "Year 4 multiplication tables check average score of 22/25 or above; KS2 maths at expected standard 80%+.", [
         ("2.1", "Introduce a daily 15-minute fluency session in Years 2 to 6 to secure recall of number facts and multiplication tables.",
          "Maths Lead", "September 2024", "Lesson drop-ins; pupil voice", "B",
          ["Maths Lead"], "2024-09", None, "blue"),
         ("2.2", "Analyse Year 4 multiplication tables check practice results each half term and target support to pupils scoring below 20/25.",
          "Maths Lead / Year 4 Teacher", "Summer term 2025", "Pupil progress meetings", "G",
          ["Maths Lead", "Year 4 Teacher"], "2025-07", None, "green"),
     ]),
    ("PRIORITY 3: Behaviour and Attitudes – attendance",
     "Whole-school attendance at or above 96%; persistent absence below 10%.", [
         ("3.1", "Hold a weekly attendance meeting with the Education Welfare Officer to track pupils whose attendance is below 90%.",
          "HT/DHT", "October 2024", "Termly attendance report to governors", "G",
          ["HT", "DHT"], "2024-10", None, "green"),
         ("3.2", "Revise the attendance policy in line with the DfE guidance 'Working together to improve school attendance' and share it with parents.",
          "DHT", "31 December 2024", "Policy approved by FGB", "B",
          ["DHT"], "2024-12", None, "blue"),
     ]),
    ("PRIORITY 4: Leadership and Management – SEND provision",
     "Pupils with SEND make progress in line with their peers from their starting points.", [
         ("4.1", "Train all teaching assistants in adaptive teaching strategies for pupils with SEND.",
          "SENDCo", "Summer term 2025", "SEND governor visit", "",
          ["SENDCo"], "2025-07", None, "unrated"),
         ("4.2", "Review the pupil passport of every pupil on the SEND register with parents three times a year.",
          "SENDCo / Class Teachers", "Termly", "Sample of passports checked by HT", "G",
          ["SENDCo", "Class Teachers"], None, "Termly", "green"),
     ]),
]


def build_lps():
    L = []
    L.append(LPS_TITLE)
    L.append('"Learning together, growing together"')
    L.append("")
    L.append("Headteacher: Mrs R. Whittle          Chair of Governors: Mr D. Iddon")
    L.append("Approved by the Full Governing Body: 1 October 2024")
    L.append("Updated for the Spring review: 14 March 2025")
    L.append("")
    L.append("RAG key:  B = completed   G = on track   A = some progress but slipping   R = off track / concern")
    L.append("(A blank RAG means the action has not yet started.)")
    L.append("")
    for heading, outcome, acts in LPS:
        L.append("=" * 70)
        L.append(heading)
        L.append(f"Intended outcome: {outcome}")
        L.append("-" * 70)
        for (ref, action, lead, when, mon, rag, *_x) in acts:
            L.append(f"{ref}  {action}")
            L.append(f"     Lead: {lead}")
            L.append(f"     Timescale: {when}")
            L.append(f"     Monitoring: {mon}")
            L.append(f"     RAG: {rag}".rstrip())
            L.append("")
    L.append("=" * 70)
    L.append("Governor monitoring: link governors report on each priority to the Curriculum Committee every term.")
    L.append("Budget: costs of training and resources are included in the 2024-25 school budget (Resources Committee, 17 June 2024).")
    with open(path(LPS_FILE), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")


def main():
    build_oakwood()
    build_rnp()
    build_sfrs()
    build_colc()
    build_uwtsd()
    build_kgs()
    build_lps()
    print("built 7 files in", HERE)


if __name__ == "__main__":
    main()
