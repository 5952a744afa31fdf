#!/usr/bin/env python3
"""Build the seven nb2- blind test files (set heldout400).

Run with the project's venv python (openpyxl, python-docx).  The data for each
file is kept in plain structures below; each action tuple also carries the
reading a person makes of it (lead list, end month, status) which is used only
to write the .expected.yaml files (see write_expected()).
"""
import csv
import datetime as dt
import os
import sys

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

BLUE, GREEN, AMBER, RED, GREY, HEAD = "0070C0", "00B050", "FFC000", "FF0000", "D9D9D9", "1F3864"
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def xl_header(ws, row, headers, color=HEAD):
    for i, h in enumerate(headers, 1):
        c = ws.cell(row=row, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(color)
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX


def xl_cell(ws, row, col, value, fmt=None, bg=None, bold=False):
    c = ws.cell(row=row, column=col, value=value)
    c.alignment = Alignment(wrap_text=True, vertical="top")
    c.border = BOX
    if fmt:
        c.number_format = fmt
    if bg:
        c.fill = fill(bg)
    if bold:
        c.font = Font(bold=True)
    return c


def widths(ws, ws_widths):
    for col, w in ws_widths.items():
        ws.column_dimensions[col].width = w


# ---------------------------------------------------------------------------
# 1. Lancashire & South Cumbria NHSFT - SAR 'Mr R' single agency action plan
# ---------------------------------------------------------------------------
LSC_FILE = "nb2-lancashire-south-cumbria-nhsft-sar-mr-r-single-agency-action-plan.xlsx"
LSC_TITLE = "Lancashire & South Cumbria NHS Foundation Trust – SAR 'Mr R' Single Agency Action Plan"
LSC_REC1 = ("SAR Recommendation 1: Partner agencies should ensure that practitioners apply the Mental "
            "Capacity Act 2005 to decisions about self-neglect and refusal of care, including where "
            "capacity fluctuates.")
LSC_REC2 = ("SAR Recommendation 2: Agencies should strengthen multi-agency working when an adult who "
            "self-neglects disengages from services, using the LSAB Self-Neglect Framework and "
            "escalating concerns to a multi-agency risk management meeting.")
LSC_REC3 = ("SAR Recommendation 3: Agencies should ensure that carers' views and concerns are sought, "
            "recorded and acted upon, and that carers are offered a carer's assessment.")
# (heading, [actions]); action = dict(raw cells) + reading
LSC = [
    (LSC_REC1, [
        dict(ref="1.1",
             action="Review and relaunch the Trust's Mental Capacity Act policy to include specific guidance on assessing executive capacity and fluctuating capacity.",
             lead_raw="Named Professional for MCA", target=D(2024, 3, 31), revised=D(2024, 6, 30),
             progress="Policy ratified at Policy Approval Group on 12/06/2024 and published on the intranet.",
             evidence="MCA Policy v5.0", rag="B", rag_fill=BLUE,
             lead=["Named Professional for MCA"], end="2024-06", status="blue"),
        dict(ref="1.2",
             action="Deliver MCA and self-neglect training sessions to community mental health teams across Lancashire and South Cumbria.\nSessions to include a case study based on the learning from Mr R.",
             lead_raw="Safeguarding Adults Practitioner / MCA Lead", target=D(2024, 9, 30), revised=None,
             progress="6 of 11 sessions delivered; 142 staff attended to date.",
             evidence="Training register", rag="G", rag_fill=GREEN,
             lead=["Safeguarding Adults Practitioner", "MCA Lead"], end="2024-09", status="green"),
        dict(ref="1.3",
             action="Audit 30 care records of service users who self-neglect to test the quality of recorded capacity assessments.",
             lead_raw="Head of Clinical Audit and Effectiveness", target=D(2024, 10, 31), revised=D(2025, 1, 31),
             progress="Audit tool agreed; data collection delayed due to audit team capacity.",
             evidence="", rag="A", rag_fill=AMBER,
             lead=["Head of Clinical Audit and Effectiveness"], end="2025-01", status="amber"),
    ]),
    (LSC_REC2, [
        dict(ref="2.1",
             action="Embed the LSAB Self-Neglect Framework into the Trust's Was Not Brought / disengagement procedure.",
             lead_raw="Associate Director of Safeguarding", target=D(2024, 5, 31), revised=None,
             progress="Procedure updated and circulated via the Safeguarding Bulletin, May 2024.",
             evidence="Procedure SG-014 v3", rag="B", rag_fill=BLUE,
             lead=["Associate Director of Safeguarding"], end="2024-05", status="blue"),
        dict(ref="2.2",
             action="Introduce a prompt on the electronic patient record to consider a multi-agency risk management meeting when a service user disengages for more than 28 days.",
             lead_raw="Chief Clinical Information Officer; Named Professional Safeguarding Adults",
             target=D(2024, 12, 31), revised=None,
             progress="Change request CR-2291 submitted to the EPR team; awaiting a build slot.",
             evidence="", rag=None, rag_fill=AMBER,   # colour only, no text
             lead=["Chief Clinical Information Officer", "Named Professional Safeguarding Adults"],
             end="2024-12", status="amber"),
        dict(ref="2.3",
             action="Audit compliance with escalation to multi-agency risk management meetings six months after the procedure change.",
             lead_raw="Safeguarding Adults Practitioner", target=D(2024, 11, 30), revised=None,
             progress="Not yet due – audit scheduled for November 2024.",
             evidence="", rag=None, rag_fill=None,
             lead=["Safeguarding Adults Practitioner"], end="2024-11", status="unrated"),
    ]),
    (LSC_REC3, [
        dict(ref="3.1",
             action="Update the carer engagement standard operating procedure to require carers' concerns to be recorded in a dedicated section of the care plan.",
             lead_raw="Head of Patient and Carer Experience", target=D(2024, 8, 31), revised=None,
             progress="Draft SOP out for consultation with the Carers Reference Group.",
             evidence="", rag="G", rag_fill=GREEN,
             lead=["Head of Patient and Carer Experience"], end="2024-08", status="green"),
        dict(ref="3.2",
             action="Agree a pathway with Lancashire County Council and Westmorland and Furness Council for community mental health teams to refer carers for a carer's assessment.",
             lead_raw="Deputy Director of Nursing and Quality", target="Q3 2024/25", revised=None,
             progress="Initial meeting cancelled twice; escalated to the LSAB Learning and Development Subgroup.",
             evidence="", rag="R", rag_fill=RED,
             lead=["Deputy Director of Nursing and Quality"], end="2024-12", status="red"),
    ]),
]


def build_lsc(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = LSC_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Safeguarding Adults Review commissioned by Lancashire Safeguarding Adults Board (published March 2024)"
    ws["A4"] = "Document control"
    ws["A4"].font = Font(bold=True)
    rows = [("Document", "SAR 'Mr R' – LSCFT single agency action plan"),
            ("Version", "0.6"),
            ("Author", "Named Professional Safeguarding Adults"),
            ("Executive Lead", "Chief Nursing Officer"),
            ("Reporting to", "Safeguarding Assurance Group (bi-monthly); LSAB SAR Subgroup"),
            ("Last updated", "15 July 2024")]
    for i, (k, v) in enumerate(rows, 5):
        xl_cell(ws, i, 1, k, bold=True, bg=GREY)
        xl_cell(ws, i, 2, v)
    ws["A12"] = "Version history"
    ws["A12"].font = Font(bold=True)
    xl_header(ws, 13, ["Version", "Date", "Summary of changes"])
    for i, (v, d, s) in enumerate([("0.1", D(2024, 3, 20), "First draft following SAR panel"),
                                   ("0.4", D(2024, 5, 14), "Leads and dates agreed at Safeguarding Assurance Group"),
                                   ("0.6", D(2024, 7, 15), "July progress update")], 14):
        xl_cell(ws, i, 1, v)
        xl_cell(ws, i, 2, d, fmt="dd/mm/yyyy")
        xl_cell(ws, i, 3, s)
    ws["A18"] = "BRAG key"
    ws["A18"].font = Font(bold=True)
    for i, (k, col, v) in enumerate([("B", BLUE, "Blue – action complete and evidence of embedding provided"),
                                     ("G", GREEN, "Green – on track to complete by target date"),
                                     ("A", AMBER, "Amber – at risk of slipping / revised date agreed"),
                                     ("R", RED, "Red – overdue or not progressing")], 19):
        xl_cell(ws, i, 1, k, bg=col, bold=True)
        xl_cell(ws, i, 2, v)
    widths(ws, {"A": 22, "B": 60, "C": 50})

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = LSC_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Safeguarding Adults Review commissioned by Lancashire Safeguarding Adults Board (published March 2024)"
    ws["A3"] = "Monitored by: Safeguarding Assurance Group | Progress as at 15 July 2024"
    headers = ["Action No.", "Action", "Lead", "Target Date", "Revised Target Date",
               "Progress Update", "Evidence / Assurance", "BRAG"]
    xl_header(ws, 5, headers)
    r = 6
    for heading, acts in LSC:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        c = ws.cell(row=r, column=1, value=heading)
        c.font = Font(bold=True)
        c.fill = fill("DEEAF6")
        c.alignment = Alignment(wrap_text=True, vertical="top")
        ws.row_dimensions[r].height = 32
        r += 1
        for a in acts:
            xl_cell(ws, r, 1, a["ref"])
            xl_cell(ws, r, 2, a["action"])
            xl_cell(ws, r, 3, a["lead_raw"])
            xl_cell(ws, r, 4, a["target"], fmt="dd/mm/yyyy" if isinstance(a["target"], D) else None)
            xl_cell(ws, r, 5, a["revised"], fmt="dd/mm/yyyy")
            xl_cell(ws, r, 6, a["progress"])
            xl_cell(ws, r, 7, a["evidence"] or None)
            c = xl_cell(ws, r, 8, a["rag"], bg=a["rag_fill"], bold=True)
            c.alignment = Alignment(horizontal="center", vertical="top")
            r += 1
    widths(ws, {"A": 10, "B": 60, "C": 30, "D": 13, "E": 13, "F": 45, "G": 22, "H": 8})
    ws.freeze_panes = "A6"

    ws = wb.create_sheet("Summary")
    ws["A1"] = "BRAG summary – July 2024"
    ws["A1"].font = Font(bold=True)
    xl_header(ws, 3, ["Status", "Number of actions"])
    for i, (k, n, col) in enumerate([("Blue", 2, BLUE), ("Green", 2, GREEN), ("Amber", 2, AMBER),
                                     ("Red", 1, RED), ("Not yet rated", 1, None), ("Total", 8, GREY)], 4):
        xl_cell(ws, i, 1, k, bg=col, bold=(k == "Total"))
        xl_cell(ws, i, 2, n, bold=(k == "Total"))
    widths(ws, {"A": 18, "B": 20})
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. Safer Newport CSP - DHR 'Anwen' multi-agency action plan (docx)
# ---------------------------------------------------------------------------
NPT_FILE = "nb2-safer-newport-dhr-anwen-action-plan.docx"
NPT_TITLE = "Safer Newport Community Safety Partnership – Domestic Homicide Review 'Anwen': Multi-Agency Action Plan"
NPT_S1 = "Section 1: Overview Report Recommendations"
NPT_S2 = "Section 2: Single Agency Recommendations"
NPT_R1 = ("1. Safer Newport CSP to assure itself that all partner agencies have domestic abuse policies "
          "which include guidance on routine enquiry and on older victims of domestic abuse.")
NPT_R2 = ("2. Aneurin Bevan University Health Board and Newport City Council to ensure that practitioners "
          "consider domestic abuse where an older person presents with unexplained injuries or carer stress.")
NPT_R3 = ("3. Gwent Police to ensure that, when a report of domestic abuse is made by a third party, the "
          "DASH risk assessment is completed with the victim directly.")
NPT_SEC1 = [
    (NPT_R1, "Local", [
        dict(ref="1.1",
             action="Each partner agency to complete a domestic abuse policy self-assessment against the CSP checklist and submit it to the DHR Sub-Group.",
             lead_raw="All partner agencies", target="March 2024",
             outcome="Returns received from 11 of 12 agencies by February 2024; Housing Association return outstanding.",
             status_raw="Delayed", lead=["All partner agencies"], end="2024-03", status="amber"),
        dict(ref="1.2",
             action="DHR Sub-Group to review the self-assessments and report gaps to the Safer Newport Board.",
             lead_raw="Safer Newport CSP (DHR Sub-Group)", target="30/09/2024", outcome="",
             status_raw="On track", lead=["Safer Newport CSP (DHR Sub-Group)"], end="2024-09", status="green"),
    ]),
    (NPT_R2, "Regional", [
        dict(ref="2.1",
             action="Develop a 7-minute briefing on domestic abuse and older people and disseminate it through both organisations' safeguarding networks.",
             lead_raw="Aneurin Bevan UHB Safeguarding Team / Newport City Council Adult Services", target="June 2024",
             outcome="Briefing published 20/05/2024 and shared at Gwent Safeguarding Board practice week.",
             status_raw="Complete",
             lead=["Aneurin Bevan UHB Safeguarding Team", "Newport City Council Adult Services"],
             end="2024-06", status="blue"),
        dict(ref="2.2",
             action="Include the learning from this review in the VAWDASV 'Ask and Act' Group 2 training delivered in Newport.",
             lead_raw="Gwent VAWDASV Regional Team", target="Ongoing",
             outcome="Case study included in training from April 2024.",
             status_raw="On track", lead=["Gwent VAWDASV Regional Team"], end=None, end_text="Ongoing",
             status="green"),
    ]),
    (NPT_R3, "Local", [
        dict(ref="3.1",
             action="Issue a force-wide briefing on third-party reporting and completion of DASH with the victim, and audit 50 cases.",
             lead_raw="Gwent Police – Public Protection Unit", target="Q2 2024/25",
             outcome="Briefing issued July 2024; audit of 50 cases underway.",
             status_raw="On track", lead=["Gwent Police – Public Protection Unit"], end="2024-09", status="green"),
    ]),
]
NPT_SEC2 = [
    dict(ref="NCC-H1", agency="Newport City Council – Housing Services",
         rec="Housing Services to ensure that homelessness assessments record whether domestic abuse has been disclosed and the outcome of any referral.",
         action="Amend the housing options assessment form to include a mandatory domestic abuse question and a referral outcome field.",
         lead_raw="Housing Needs Manager", target="31/12/2023", status_raw="Complete",
         lead=["Housing Needs Manager"], end="2023-12", status="blue"),
    dict(ref="LL-1", agency="Llamau",
         rec="Llamau to strengthen supervision for support workers holding cases with high-risk domestic abuse.",
         action="Introduce monthly reflective group supervision for floating support staff, facilitated by the IDVA Service Manager.",
         lead_raw="Head of Operations (South East Wales); IDVA Service Manager", target="April 2024",
         status_raw="Complete", lead=["Head of Operations (South East Wales)", "IDVA Service Manager"],
         end="2024-04", status="blue"),
    dict(ref="ABUHB-PC1", agency="Aneurin Bevan UHB – Primary Care",
         rec="GP practices in Newport to ensure that coercive control is considered when a patient repeatedly cancels appointments at a partner's request.",
         action="Deliver IRIS domestic abuse training to all Newport GP practices not yet IRIS-trained.",
         lead_raw="IRIS Advocate Educator & Clinical Lead for Primary Care Safeguarding", target="September 2025",
         status_raw="Not started",
         lead=["IRIS Advocate Educator", "Clinical Lead for Primary Care Safeguarding"],
         end="2025-09", status="unrated"),
]


def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_text(cell, text, bold=False, size=9, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n") if text else [""]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)
        if color:
            run.font.color.rgb = RGBColor.from_string(color)


def header_row(table, headers, color=HEAD):
    for i, h in enumerate(headers):
        c = table.rows[0].cells[i]
        set_text(c, h, bold=True, color="FFFFFF")
        shade(c, color)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Cm(29.7), Cm(21.0)
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, m, Cm(1.5))


def build_npt(path):
    doc = Document()
    landscape(doc)
    doc.add_paragraph(NPT_TITLE, style="Title")
    doc.add_paragraph("Progress update: September 2024 (reported to the Safer Newport Board, 3 October 2024)")
    doc.add_paragraph("OFFICIAL – this action plan is published with the anonymised overview report.")
    doc.add_paragraph("Document control", style="Heading 2")
    t = doc.add_table(rows=4, cols=4)
    t.style = "Table Grid"
    header_row(t, ["Version", "Date", "Author", "Summary of changes"])
    for i, row in enumerate([("1.0", "14/11/2023", "DHR Co-ordinator", "Agreed by DHR panel"),
                             ("2.0", "15/03/2024", "DHR Co-ordinator", "Home Office QA panel comments"),
                             ("3.0", "19/09/2024", "Community Safety Manager", "September progress update")], 1):
        for j, v in enumerate(row):
            set_text(t.rows[i].cells[j], v)
    doc.add_paragraph("Status key", style="Heading 2")
    t = doc.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    header_row(t, ["Status", "Meaning"])
    for i, (k, v, col) in enumerate([("Complete", "Action completed and evidence received by the DHR Sub-Group", BLUE),
                                     ("On track", "Action progressing and expected to meet the target date", GREEN),
                                     ("Delayed", "Action behind target date; partner asked for a recovery plan", AMBER),
                                     ("Not started", "Action not yet started", "FFFFFF")], 1):
        set_text(t.rows[i].cells[0], k, bold=True)
        shade(t.rows[i].cells[0], col)
        set_text(t.rows[i].cells[1], v)

    doc.add_paragraph(NPT_S1, style="Heading 1")
    n = sum(len(a) for _, _, a in NPT_SEC1)
    t = doc.add_table(rows=n + 1, cols=8)
    t.style = "Table Grid"
    header_row(t, ["No.", "Recommendation", "Scope of recommendation (local / regional / national)",
                   "Action to take", "Lead Agency", "Target Date", "Date of completion and outcome", "Status"])
    r = 1
    colmap = {"Complete": BLUE, "On track": GREEN, "Delayed": AMBER, "Not started": None}
    for rec, scope, acts in NPT_SEC1:
        first = r
        for a in acts:
            row = t.rows[r].cells
            set_text(row[0], a["ref"])
            set_text(row[3], a["action"])
            set_text(row[4], a["lead_raw"])
            set_text(row[5], a["target"])
            set_text(row[6], a["outcome"])
            set_text(row[7], a["status_raw"], bold=True)
            if colmap[a["status_raw"]]:
                shade(row[7], colmap[a["status_raw"]])
            r += 1
        last = r - 1
        c1 = t.cell(first, 1)
        c2 = t.cell(first, 2)
        if last > first:
            c1 = c1.merge(t.cell(last, 1))
            c2 = c2.merge(t.cell(last, 2))
        set_text(c1, rec)
        set_text(c2, scope)

    doc.add_paragraph(NPT_S2, style="Heading 1")
    doc.add_paragraph("Recommendations made by agencies in their Individual Management Reviews (IMRs).")
    t = doc.add_table(rows=len(NPT_SEC2) + 1, cols=7)
    t.style = "Table Grid"
    header_row(t, ["Ref", "Agency", "Recommendation", "Action to take", "Lead Officer", "Target Date", "Status"])
    for i, a in enumerate(NPT_SEC2, 1):
        row = t.rows[i].cells
        for j, v in enumerate([a["ref"], a["agency"], a["rec"], a["action"], a["lead_raw"], a["target"]]):
            set_text(row[j], v)
        set_text(row[6], a["status_raw"], bold=True)
        if colmap[a["status_raw"]]:
            shade(row[6], colmap[a["status_raw"]])
    doc.add_paragraph("")
    doc.add_paragraph("Completed actions will remain on the plan until the Safer Newport Board agrees closure. "
                      "Queries to the Community Safety Team, Newport City Council.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 3. Conwy and Denbighshire CSP - Community Safety Plan 2025-26 delivery plan (txt, tab-separated)
# ---------------------------------------------------------------------------
CDC_FILE = "nb2-conwy-denbighshire-csp-community-safety-plan-2025-26-action-plan.txt"
CDC_TITLE = "Conwy and Denbighshire Community Safety Partnership – Community Safety Plan 2025-26: Delivery Plan"
CDC_P1 = "Priority 1: Tackling Violence against Women, Domestic Abuse and Sexual Violence (VAWDASV)"
CDC_P2 = "Priority 2: Reducing Anti-Social Behaviour and Serious Violence"
CDC_P3 = "Priority 3: Reducing Reoffending and Substance Misuse Harm"
CDC = [
    (CDC_P1, [
        dict(ref="1.1", action="Commission a MARAC steering group review of repeat referrals across both counties.",
             lead_raw="North Wales Police; Conwy CBC Community Safety Team", when="September 2025",
             progress="Review completed; 14 recommendations accepted by the steering group.", rag="Complete",
             lead=["North Wales Police", "Conwy CBC Community Safety Team"], end="2025-09", status="blue"),
        dict(ref="1.2", action="Deliver White Ribbon awareness events in town centres during the 16 Days of Action.",
             lead_raw="Denbighshire CC Community Safety Team", when="December 2025",
             progress="Venues booked in Rhyl, Llandudno and Colwyn Bay.", rag="G",
             lead=["Denbighshire CC Community Safety Team"], end="2025-12", status="green"),
        dict(ref="1.3", action="Extend the Ask for ANI codeword scheme to community pharmacies in rural Conwy and Denbighshire.",
             lead_raw="Betsi Cadwaladr UHB – Community Pharmacy Lead", when="Q4 2025/26",
             progress="Participation lower than expected; BCUHB contracting team reviewing.", rag="A",
             lead=["Betsi Cadwaladr UHB – Community Pharmacy Lead"], end="2026-03", status="amber"),
    ]),
    (CDC_P2, [
        dict(ref="2.1", action="Implement the Serious Violence Duty strategy actions for Conwy and Denbighshire, including hotspot analysis of the night-time economy.",
             lead_raw="North Wales Police & Youth Justice Service", when="Oct 2025 – Mar 2026",
             progress="Hotspot analysis completed for Rhyl and Llandudno; Colwyn Bay delayed by data-sharing agreement.",
             rag="A", lead=["North Wales Police", "Youth Justice Service"], end="2026-03", status="amber"),
        dict(ref="2.2", action="Run Operation Dragon summer ASB diversionary activities with Youth Services.",
             lead_raw="Conwy Youth Service / Denbighshire Youth Service", when="August 2025",
             progress="Activities delivered at 9 locations; 612 young people engaged.", rag="Complete",
             lead=["Conwy Youth Service", "Denbighshire Youth Service"], end="2025-08", status="blue"),
        dict(ref="2.3", action="Review the use of Community Protection Notices and Public Spaces Protection Orders across both counties.",
             lead_raw="Community Safety Partnership Manager", when="31/03/2026",
             progress="Not started – scheduled for Q3.", rag="",
             lead=["Community Safety Partnership Manager"], end="2026-03", status="unrated"),
    ]),
    (CDC_P3, [
        dict(ref="3.1", action="Deliver naloxone training to housing support providers and hostels.",
             lead_raw="Area Planning Board Substance Misuse Team", when="Ongoing",
             progress="38 staff trained in Q2; programme continues.", rag="G",
             lead=["Area Planning Board Substance Misuse Team"], end=None, end_text="Ongoing", status="green"),
        dict(ref="3.2", action="Agree an Integrated Offender Management cohort review with Probation Service (Wales) to include prolific neighbourhood crime offenders.",
             lead_raw="Probation Service (Wales)", when="November 2025",
             progress="Draft cohort criteria agreed; awaiting police data.", rag="A",
             lead=["Probation Service (Wales)"], end="2025-11", status="amber"),
        dict(ref="3.3", action="Map drug-related litter hotspots and agree a joint clearance protocol with Streetscene teams.",
             lead_raw="Conwy CBC Environment, Roads and Facilities; Denbighshire CC Highways and Environmental Services",
             when="Sept 2025",
             progress="Protocol not yet agreed; partners have not confirmed resources.", rag="R",
             lead=["Conwy CBC Environment, Roads and Facilities", "Denbighshire CC Highways and Environmental Services"],
             end="2025-09", status="red"),
    ]),
]


def build_cdc(path):
    lines = [CDC_TITLE,
             "Partneriaeth Diogelwch Cymunedol Conwy a Sir Ddinbych – Cynllun Diogelwch Cymunedol 2025-26: Cynllun Cyflawni",
             "Quarter 2 update (July – September 2025)",
             "",
             "\t".join(["Ref", "Action", "Lead Partner(s)", "Timescale", "Q2 Progress", "RAG"])]
    for pri, acts in CDC:
        lines.append(pri)
        for a in acts:
            lines.append("\t".join([a["ref"], a["action"], a["lead_raw"], a["when"], a["progress"], a["rag"]]))
    lines += ["",
              "RAG key: Complete = action delivered; G = on track; A = some slippage; R = significant slippage or at risk; blank = not yet started",
              "Notes: actions are monitored by the CSP Strategic Group. Next update due January 2026."]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------------------
# 4. Liverpool Heart and Chest Hospital NHSFT - Board (Public) action log (csv) - REFUSE
# ---------------------------------------------------------------------------
LHCH_FILE = "nb2-liverpool-heart-chest-hospital-nhsft-board-public-action-log-typo-month-refuse.csv"
LHCH_TITLE = "Liverpool Heart and Chest Hospital NHS Foundation Trust – Board of Directors (Public) Action Log"
LHCH_HEAD = ["Action No.", "Meeting Date", "Minute Ref", "Agenda Item", "Action", "Lead", "Due Date", "Status", "Update"]
LHCH_ROWS = [
    ["BoD/24/031", "28/05/2024", "BoD 24/066", "Integrated Performance Report",
     "Provide a breakdown of 62-day cancer pathway breaches by tumour site", "Chief Operating Officer",
     "July 2024", "Closed", "Included in the IPR presented in July 2024"],
    ["BoD/24/044", "30/07/2024", "BoD 24/089", "Freedom to Speak Up Report",
     "Bring the FTSU self-review tool action plan to a future Board", "Director of Nursing, Quality & Safety",
     "November 2024", "Closed", "Presented at Board 26/11/2024"],
    ["BoD/24/052", "24/09/2024", "BoD 24/104", "Patient Experience Story",
     "Share the learning from the patient story with the Cardiac Surgery Directorate governance meeting",
     "Associate Director of Patient Experience", "October 2024", "Closed", "Shared at directorate meeting 15/10/2024"],
    ["BoD/24/058", "24/09/2024", "BoD 24/110", "Green Plan Update",
     "Include progress against the decarbonisation trajectory in the annual Green Plan report",
     "Director of Finance / Director of Estates", "March 2025", "Open", "On the Board workplan for March 2025"],
    ["BoD/24/063", "26/11/2024", "BoD 24/127", "Guardian of Safe Working Report",
     "Provide an analysis of exception reports for resident doctors in critical care", "Medical Director",
     "Febuary 2025", "Open", "Data being validated with the Guardian of Safe Working"],
    ["BoD/24/066", "26/11/2024", "BoD 24/131", "Board Assurance Framework",
     "Review the target risk score for BAF risk 3 (workforce) at the Board development session",
     "Chief People Officer", "January 2025", "Proposed for closure", "Reviewed at Board development session 14/01/2025"],
    ["BoD/24/067", "26/11/2024", "BoD 24/133", "Integrated Performance Report",
     "Add a trend chart for diagnostic waits (DM01) to the IPR", "Director of Strategy & Performance",
     "January 2025", "Open", "Chart drafted for January IPR"],
    ["BoD/25/002", "21/01/2025", "BoD 25/009", "Maternity and Neonatal Transfers",
     "Confirm the pathway for pregnant patients requiring cardiac intervention with Liverpool Women's NHSFT",
     "Medical Director & Director of Nursing, Quality & Safety", "April 2025", "Open", "Meeting arranged for 06/02/2025"],
]


def build_lhch(path):
    blank = [""] * len(LHCH_HEAD)
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow([LHCH_TITLE] + [""] * (len(LHCH_HEAD) - 1))
        w.writerow(["As at 21 January 2025 – open actions and actions closed since the last meeting"] + [""] * (len(LHCH_HEAD) - 1))
        w.writerow(blank)
        w.writerow(LHCH_HEAD)
        for row in LHCH_ROWS:
            w.writerow(row)
        w.writerow(blank)
        w.writerow(["Closed actions will be removed from the log once noted by the Board."] + [""] * (len(LHCH_HEAD) - 1))


# ---------------------------------------------------------------------------
# 5. Western HSCT - Maternity and Neonatal Services Improvement Plan (docx)
# ---------------------------------------------------------------------------
WHS_FILE = "nb2-western-hsct-maternity-neonatal-improvement-plan.docx"
WHS_TITLE = "Western Health and Social Care Trust – Maternity and Neonatal Services Improvement Plan 2024–2026"
WHS_W1 = "Workstream 1: Safe Staffing and Workforce"
WHS_W2 = "Workstream 2: Safety, Governance and Learning"
WHS_W3 = "Workstream 3: Listening to Women and Families"
WHS_W4 = "Workstream 4: Neonatal Care"
WHS = [
    (WHS_W1, [
        dict(ref="1.1", action="Complete a Birthrate Plus workforce assessment for Altnagelvin Area Hospital and South West Acute Hospital.",
             lead_raw="Head of Midwifery and Gynaecology", orig="30/09/2024", rev="",
             progress="Assessment report received September 2024 and presented to the Workforce Committee.",
             prev=GREEN, cur=BLUE, lead=["Head of Midwifery and Gynaecology"], end="2024-09", status="blue"),
        dict(ref="1.2", action="Recruit to 12.4 WTE midwifery vacancies through the regional recruitment campaign and international recruitment.",
             lead_raw="Head of Midwifery and Gynaecology / HR Business Partner", orig="31/03/2025", rev="30/09/2025",
             progress="8.0 WTE appointed; 4.4 WTE remain vacant.",
             prev=AMBER, cur=AMBER, lead=["Head of Midwifery and Gynaecology", "HR Business Partner"],
             end="2025-09", status="amber"),
        dict(ref="1.3", action="Establish a consultant obstetrician presence on the labour ward from 8am to 10pm, 7 days a week, at South West Acute Hospital.",
             lead_raw="Clinical Director – Obstetrics and Gynaecology", orig="June 2025", rev="",
             progress="Job plans agreed; one consultant post out to advert.",
             prev=GREEN, cur=GREEN, lead=["Clinical Director – Obstetrics and Gynaecology"], end="2025-06", status="green"),
    ]),
    (WHS_W2, [
        dict(ref="2.1", action="Implement the Patient Safety Incident Response Framework (PSIRF) within maternity governance, including After Action Reviews.",
             lead_raw="Lead Midwife – Governance and Risk", orig="31/12/2024", rev="",
             progress="Maternity PSIRF plan approved; 9 AAR facilitators trained.",
             prev=GREEN, cur=BLUE, lead=["Lead Midwife – Governance and Risk"], end="2024-12", status="blue"),
        dict(ref="2.2", action="Introduce a twice-daily multidisciplinary safety huddle on each labour ward, with escalation to the on-call consultant.",
             lead_raw="Lead Midwife – Intrapartum Care; Consultant Obstetrician (Safety Champion)", orig="31/10/2024", rev="31/01/2025",
             progress="Huddles in place at Altnagelvin; South West Acute Hospital implementation delayed by rota gaps.",
             prev=AMBER, cur=RED, lead=["Lead Midwife – Intrapartum Care", "Consultant Obstetrician (Safety Champion)"],
             end="2025-01", status="red"),
        dict(ref="2.3", action="Audit compliance with fetal monitoring standards (CTG fresh eyes) and report to the Maternity Governance Forum.",
             lead_raw="Fetal Monitoring Lead Midwife", orig="Quarterly", rev="",
             progress="Q3 audit: 91% compliance against a 95% standard.",
             prev=GREEN, cur=GREEN, lead=["Fetal Monitoring Lead Midwife"], end=None, end_text="Quarterly", status="green"),
    ]),
    (WHS_W3, [
        dict(ref="3.1", action="Co-produce a revised birth reflections (debrief) service with the Maternity Services Liaison Committee.",
             lead_raw="Consultant Midwife", orig="31/03/2025", rev="",
             progress="Co-production workshops held in December 2024 and January 2025.",
             prev=GREEN, cur=GREEN, lead=["Consultant Midwife"], end="2025-03", status="green"),
        dict(ref="3.2", action="Provide interpreter access for all antenatal booking appointments and audit the use of interpreters.",
             lead_raw="Patient Experience Manager & Lead Midwife – Community", orig="31/12/2024", rev="30/04/2025",
             progress="Audit shows 78% of eligible bookings used an interpreter.",
             prev=RED, cur=AMBER, lead=["Patient Experience Manager", "Lead Midwife – Community"],
             end="2025-04", status="amber"),
    ]),
    (WHS_W4, [
        dict(ref="4.1", action="Review neonatal cot capacity and transfers out of area with the Northern Ireland Neonatal Network.",
             lead_raw="Consultant Neonatologist (Altnagelvin)", orig="30/06/2025", rev="",
             progress="New action (January 2025). Data collection commenced.",
             prev=None, cur=GREEN, lead=["Consultant Neonatologist (Altnagelvin)"], end="2025-06", status="green"),
        dict(ref="4.2", action="Implement a transitional care pathway to keep mothers and babies together on the postnatal ward.",
             lead_raw="Neonatal Unit Manager / Postnatal Ward Sister", orig="31/08/2025", rev="",
             progress="Not yet started – awaiting estates works.",
             prev=None, cur=None, lead=["Neonatal Unit Manager", "Postnatal Ward Sister"], end="2025-08", status="unrated"),
    ]),
]


def build_whs(path):
    doc = Document()
    landscape(doc)
    doc.add_paragraph(WHS_TITLE, style="Title")
    doc.add_paragraph("Progress report to Trust Board (public session) – 6 March 2025")
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("Executive Director", "Executive Director of Nursing, Midwifery and AHPs"),
                                ("Prepared by", "Head of Midwifery and Gynaecology"),
                                ("Purpose", "For assurance"),
                                ("Previous report", "Trust Board, 5 December 2024")]):
        set_text(t.rows[i].cells[0], k, bold=True)
        shade(t.rows[i].cells[0], GREY)
        set_text(t.rows[i].cells[1], v)
    doc.add_paragraph("")
    doc.add_paragraph("RAG status key", style="Heading 2")
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (k, v, col) in enumerate([("Blue", "Complete – action implemented and evidence of embedding provided", BLUE),
                                     ("Green", "On track to deliver by the completion date", GREEN),
                                     ("Amber", "Risk to delivery by the completion date – mitigation in place", AMBER),
                                     ("Red", "Not on track – completion date missed or will be missed", RED)]):
        set_text(t.rows[i].cells[0], k, bold=True)
        shade(t.rows[i].cells[0], col)
        set_text(t.rows[i].cells[1], v)
    doc.add_paragraph("Actions with no colour have not yet started. Where a completion date has been revised "
                      "with the agreement of the Maternity Improvement Board, the revised date is shown.")
    heads = ["Ref", "Improvement action", "Lead(s)", "Original completion date", "Revised completion date",
             "Progress update (February 2025)", "Previous RAG", "Current RAG"]
    for ws_name, acts in WHS:
        doc.add_paragraph(ws_name, style="Heading 1")
        t = doc.add_table(rows=len(acts) + 1, cols=len(heads))
        t.style = "Table Grid"
        header_row(t, heads, color="005EB8")
        for i, a in enumerate(acts, 1):
            row = t.rows[i].cells
            for j, v in enumerate([a["ref"], a["action"], a["lead_raw"], a["orig"], a["rev"], a["progress"]]):
                set_text(row[j], v)
            set_text(row[6], "")
            set_text(row[7], "")
            if a["prev"]:
                shade(row[6], a["prev"])
            if a["cur"]:
                shade(row[7], a["cur"])
    doc.add_paragraph("Summary of current position", style="Heading 2")
    t = doc.add_table(rows=2, cols=6)
    t.style = "Table Grid"
    header_row(t, ["Blue", "Green", "Amber", "Red", "Not started", "Total"])
    for j, v in enumerate(["2", "4", "2", "1", "1", "10"]):
        set_text(t.rows[1].cells[j], v)
    doc.save(path)


# ---------------------------------------------------------------------------
# 6. Wrexham CBC - Corporate Risk Register Q2 2025/26 (xlsx)
# ---------------------------------------------------------------------------
WRX_FILE = "nb2-wrexham-cbc-corporate-risk-register-q2-2025-26.xlsx"
WRX_TITLE = "Wrexham County Borough Council – Corporate Risk Register 2025/26: Quarter 2"
WRX = [
    dict(title="CRR01 – Financial resilience",
         desc="Cause: rising demand in social care and education and continuing inflationary pressures.\nEvent: the Council cannot set a balanced budget over the medium term.\nEffect: unplanned use of reserves, service reductions and loss of public confidence.",
         owner="Head of Finance", q1=20, score=20, score_fill=RED, actions=[
             dict(action="Deliver the 2026/27 budget savings programme of £9.6m agreed by the Executive Board.",
                  lead_raw="Corporate Management Team", due=D(2026, 3, 31), fmt="dd/mm/yyyy",
                  progress="Savings of £6.1m identified; £3.5m gap remains.", rag="Amber",
                  lead=["Corporate Management Team"], end="2026-03", status="amber"),
             dict(action="Refresh the Medium Term Financial Plan to 2029/30 and present it to Council.",
                  lead_raw="Head of Finance", due="December 2025", fmt=None,
                  progress="Draft MTFP presented to the Executive Board in October 2025.", rag="Green",
                  lead=["Head of Finance"], end="2025-12", status="green"),
             dict(action="Hold monthly budget challenge sessions for social care and education.",
                  lead_raw="Head of Finance / Chief Officer Social Care", due="Monthly", fmt=None,
                  progress="Sessions in place since July 2025.", rag="Green",
                  lead=["Head of Finance", "Chief Officer Social Care"], end=None, end_text="Monthly", status="green"),
         ]),
    dict(title="CRR04 – Cyber security",
         desc="Cause: increasing volume and sophistication of cyber attacks on public bodies.\nEvent: a successful ransomware or phishing attack.\nEffect: loss of systems and data, service disruption and regulatory action by the ICO.",
         owner="Head of ICT", q1=16, score=16, score_fill=RED, actions=[
             dict(action="Achieve Cyber Essentials Plus accreditation.",
                  lead_raw="Head of ICT", due=D(2025, 6, 30), fmt="dd/mm/yyyy",
                  progress="Accreditation awarded 12 June 2025.", rag="Complete",
                  lead=["Head of ICT"], end="2025-06", status="blue"),
             dict(action="Run a cyber incident exercise with the Corporate Management Team.",
                  lead_raw="ICT Security Manager", due="Q3 2025/26", fmt=None,
                  progress="Exercise booked with the WLGA for 4 December 2025.", rag="Green",
                  lead=["ICT Security Manager"], end="2025-12", status="green"),
             dict(action="Replace end-of-life servers in the Guildhall data centre.",
                  lead_raw="ICT Infrastructure Manager", due=D(2025, 9, 30), fmt="dd/mm/yyyy",
                  progress="Procurement delayed; supplier contract not yet awarded.", rag="Red",
                  lead=["ICT Infrastructure Manager"], end="2025-09", status="red"),
         ]),
    dict(title="CRR07 – Safeguarding",
         desc="Cause: increasing complexity of need and pressure on social work capacity.\nEvent: failure to identify or respond to abuse or neglect of a child or adult at risk.\nEffect: serious harm, a practice review and reputational damage.",
         owner="Chief Officer Social Care", q1=12, score=12, score_fill=AMBER, actions=[
             dict(action="Complete the North Wales Safeguarding Board annual self-assessment and agree improvement actions.",
                  lead_raw="Head of Adult Social Care; Head of Children's Services", due=D(2025, 10, 31), fmt="dd/mm/yyyy",
                  progress="Self-assessment submitted 24 October 2025.", rag="Complete",
                  lead=["Head of Adult Social Care", "Head of Children's Services"], end="2025-10", status="blue"),
             dict(action="Roll out mandatory safeguarding e-learning to all staff and elected members.",
                  lead_raw="Corporate Safeguarding Lead", due="Ongoing", fmt=None,
                  progress="Completion rate 87% against a 95% target.", rag="Amber",
                  lead=["Corporate Safeguarding Lead"], end=None, end_text="Ongoing", status="amber"),
         ]),
    dict(title="CRR11 – Workforce recruitment and retention",
         desc="Cause: national shortages in social work, planning and technical professions.\nEvent: the Council cannot recruit or retain staff in key posts.\nEffect: reliance on agency staff, higher costs and reduced service resilience.",
         owner="Head of HR", q1=12, score=15, score_fill=RED, actions=[
             dict(action="Launch a 'Work for Wrexham' recruitment campaign for hard-to-fill posts in social care and planning.",
                  lead_raw="Head of HR", due=D(2025, 11, 1), fmt="mmm-yy",
                  progress="Campaign design approved; appointment of the agency partner delayed.", rag="Amber",
                  lead=["Head of HR"], end="2025-11", status="amber"),
             dict(action="Introduce a market supplement policy for professional posts.",
                  lead_raw="Head of HR", due=D(2026, 1, 31), fmt="dd/mm/yyyy",
                  progress="Not started.", rag="Not started",
                  lead=["Head of HR"], end="2026-01", status="unrated"),
         ]),
]


def build_wrx(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = WRX_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Summary of corporate risks – position as at 30 September 2025"
    xl_header(ws, 4, ["Risk", "Risk Owner", "Q1 Score", "Q2 Score", "Direction of travel"], color="C00000")
    for i, risk in enumerate(WRX, 5):
        xl_cell(ws, i, 1, risk["title"])
        xl_cell(ws, i, 2, risk["owner"])
        xl_cell(ws, i, 3, risk["q1"])
        xl_cell(ws, i, 4, risk["score"], bg=risk["score_fill"])
        xl_cell(ws, i, 5, "Increased" if risk["score"] > risk["q1"] else "No change")
    ws["A11"] = "Scores: 15–25 High (red); 8–12 Medium (amber); 1–6 Low (green). Score = likelihood x impact."
    widths(ws, {"A": 45, "B": 28, "C": 10, "D": 10, "E": 20})

    ws = wb.create_sheet("Corporate Risk Register")
    ws["A1"] = WRX_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Position as at 30 September 2025 – presented to Governance and Audit Committee, 20 November 2025"
    headers = ["Risk Ref / Title", "Risk Description (Cause / Event / Effect)", "Risk Owner", "Residual Score",
               "Further Mitigating Action", "Action Owner", "Target Date", "Q2 Progress Update", "Action Status"]
    xl_header(ws, 4, headers, color="C00000")
    status_fill = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED, "Not started": None}
    r = 5
    for risk in WRX:
        first = r
        for a in risk["actions"]:
            xl_cell(ws, r, 5, a["action"])
            xl_cell(ws, r, 6, a["lead_raw"])
            xl_cell(ws, r, 7, a["due"], fmt=a["fmt"])
            xl_cell(ws, r, 8, a["progress"])
            xl_cell(ws, r, 9, a["rag"], bg=status_fill[a["rag"]])
            for col in (1, 2, 3, 4):
                ws.cell(row=r, column=col).border = BOX
            r += 1
        last = r - 1
        xl_cell(ws, first, 1, risk["title"], bold=True)
        xl_cell(ws, first, 2, risk["desc"])
        xl_cell(ws, first, 3, risk["owner"])
        xl_cell(ws, first, 4, risk["score"], bg=risk["score_fill"], bold=True)
        if last > first:
            for col in (1, 2, 3, 4):
                ws.merge_cells(start_row=first, start_column=col, end_row=last, end_column=col)
    widths(ws, {"A": 22, "B": 45, "C": 18, "D": 9, "E": 45, "F": 26, "G": 13, "H": 40, "I": 12})
    ws.freeze_panes = "A5"

    ws = wb.create_sheet("Scoring Matrix")
    ws["A1"] = "Risk scoring matrix (likelihood x impact)"
    ws["A1"].font = Font(bold=True)
    xl_header(ws, 3, ["Likelihood \\ Impact", "1", "2", "3", "4", "5"])
    for i, lk in enumerate(range(5, 0, -1), 4):
        xl_cell(ws, i, 1, lk, bold=True)
        for j in range(1, 6):
            s = lk * j
            xl_cell(ws, i, j + 1, s, bg=RED if s >= 15 else AMBER if s >= 8 else GREEN)
    wb.save(path)


# ---------------------------------------------------------------------------
# 7. Vale of Glamorgan Council - Reshaping Programme highlight report (xlsx)
# ---------------------------------------------------------------------------
VOG_FILE = "nb2-vale-of-glamorgan-council-reshaping-programme-highlight-report.xlsx"
VOG_TITLE = "Vale of Glamorgan Council – Reshaping Programme Highlight Report"
VOG_S1 = "Strand 1: Digital and Customer"
VOG_S2 = "Strand 2: Assets and Accommodation"
VOG_S3 = "Strand 3: Service Transformation"
VOG = [
    (VOG_S1, [
        dict(ref="RP01", action="Launch phase 2 of the My Vale customer portal, including online council tax accounts.",
             lead_raw="Head of Digital / Head of Customer Relations", base=D(2025, 9, 1), fc=D(2025, 12, 1),
             prev="A", cur="A", comment="Integration testing with the revenues system extended; go-live moved to December.",
             lead=["Head of Digital", "Head of Customer Relations"], end="2025-12", status="amber"),
        dict(ref="RP02", action="Introduce AI-assisted triage of customer contact emails in C1V.",
             lead_raw="Head of Digital", base=D(2026, 3, 1), fc=None,
             prev="G", cur="G", comment="Pilot running in Council Tax mailbox; evaluation due January.",
             lead=["Head of Digital"], end="2026-03", status="green"),
        dict(ref="RP03", action="Digitise paper records in Planning and Building Control.",
             lead_raw="Operational Manager – Development Management", base=D(2025, 6, 1), fc=None,
             prev="G", cur="Complete", comment="All live files scanned and indexed; project closed.",
             lead=["Operational Manager – Development Management"], end="2025-06", status="blue"),
    ]),
    (VOG_S2, [
        dict(ref="RP04", action="Consolidate office accommodation from the Dock Offices into the Civic Offices, Barry.",
             lead_raw="Operational Manager – Property", base=D(2026, 1, 1), fc=D(2026, 4, 1),
             prev="A", cur="R", comment="Listed building consent for Civic Offices alterations delayed; decant plan under review.",
             lead=["Operational Manager – Property"], end="2026-04", status="red"),
        dict(ref="RP05", action="Complete community asset transfers of three libraries and two community centres.",
             lead_raw="Head of Strategy, Community Learning and Resources", base=D(2026, 3, 1), fc=None,
             prev="G", cur="A", comment="Two transfers agreed; three awaiting business cases from community groups.",
             lead=["Head of Strategy, Community Learning and Resources"], end="2026-03", status="amber"),
    ]),
    (VOG_S3, [
        dict(ref="RP06", action="Redesign Additional Learning Needs home-to-school transport to reduce costs.",
             lead_raw="Director of Learning and Skills; Head of Neighbourhood Services and Transport",
             base=D(2025, 8, 1), fc=D(2025, 10, 1),
             prev="A", cur="G", comment="New routes in place for the September term; contract variations completing.",
             lead=["Director of Learning and Skills", "Head of Neighbourhood Services and Transport"],
             end="2025-10", status="green"),
        dict(ref="RP07", action="Implement the reablement-first model for adult community care.",
             lead_raw="Head of Adult Services", base=D(2025, 12, 1), fc=None,
             prev="G", cur="G", comment="Reablement team restructure consulted on; new rota from November.",
             lead=["Head of Adult Services"], end="2025-12", status="green"),
        dict(ref="RP08", action="Review waste collection rounds following the move to weekly sorted recycling.",
             lead_raw="Operational Manager – Waste Management", base=D(2025, 11, 1), fc=None,
             prev="A", cur="A", comment="Route optimisation software procured; driver consultation ongoing.",
             lead=["Operational Manager – Waste Management"], end="2025-11", status="amber"),
        dict(ref="RP09", action="Review the Shared Regulatory Services arrangements with Bridgend and Cardiff councils.",
             lead_raw="Head of Shared Regulatory Services", base="TBC", fc=None,
             prev=None, cur="G", comment="Scoping paper to be taken to the SRS Joint Committee in December.",
             lead=["Head of Shared Regulatory Services"], end=None, end_text="TBC", status="green"),
    ]),
]


def build_vog(path):
    rag_fill = {"R": RED, "A": AMBER, "G": GREEN, "Complete": BLUE, None: None}
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight Report"
    ws["A1"] = VOG_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Reporting period: 1 July – 30 September 2025 | Reshaping Programme Board: 16 October 2025 | SRO: Chief Executive"
    xl_cell(ws, 4, 1, "Overall programme status", bold=True, bg=GREY)
    xl_cell(ws, 4, 2, "Amber", bg=AMBER, bold=True)
    xl_cell(ws, 5, 1, "Previous overall status", bold=True, bg=GREY)
    xl_cell(ws, 5, 2, "Amber", bg=AMBER)
    for j, (k, col) in enumerate([("Red", RED), ("Amber", AMBER), ("Green", GREEN), ("Complete", BLUE), ("Total", GREY)], 4):
        xl_cell(ws, 4, j, k, bg=col, bold=True)
    for j, v in enumerate([1, 3, 4, 1, 9], 4):
        xl_cell(ws, 5, j, v)
    xl_cell(ws, 3, 4, "Projects by current RAG", bold=True)
    ws.merge_cells("D3:H3")
    headers = ["Ref", "Project / Key Deliverable", "Project Lead", "Baseline Completion", "Forecast Completion",
               "Previous RAG", "Current RAG", "Commentary / Path to Green"]
    xl_header(ws, 7, headers, color="00594F")
    r = 8
    for strand, acts in VOG:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        c = ws.cell(row=r, column=1, value=strand)
        c.font = Font(bold=True)
        c.fill = fill("E2EFDA")
        r += 1
        for a in acts:
            xl_cell(ws, r, 1, a["ref"])
            xl_cell(ws, r, 2, a["action"])
            xl_cell(ws, r, 3, a["lead_raw"])
            xl_cell(ws, r, 4, a["base"], fmt="mmm-yy" if isinstance(a["base"], D) else None)
            xl_cell(ws, r, 5, a["fc"], fmt="mmm-yy")
            xl_cell(ws, r, 6, a["prev"], bg=rag_fill[a["prev"]])
            xl_cell(ws, r, 7, a["cur"], bg=rag_fill[a["cur"]], bold=True)
            xl_cell(ws, r, 8, a["comment"])
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Decisions required from Programme Board: approve the revised timescale for RP04 "
                                    "(accommodation consolidation) to April 2026.").font = Font(bold=True)
    ws.cell(row=r + 1, column=1, value="RAG key: R = significant issues, baseline will not be met; A = at risk but "
                                        "recoverable; G = on track; Complete = delivered and closed.")
    widths(ws, {"A": 12, "B": 55, "C": 34, "D": 12, "E": 12, "F": 10, "G": 10, "H": 50})
    ws.freeze_panes = "A8"

    ws = wb.create_sheet("Savings Tracker")
    ws["A1"] = "Reshaping Programme – 2025/26 savings tracker (£000)"
    ws["A1"].font = Font(bold=True)
    xl_header(ws, 3, ["Ref", "Target 2025/26", "Forecast 2025/26", "Variance"], color="00594F")
    savings = [("RP01", 120, 80), ("RP02", 60, 60), ("RP04", 250, 0), ("RP05", 95, 40),
               ("RP06", 400, 420), ("RP07", 300, 300), ("RP08", 180, 150)]
    for i, (ref, tgt, fc) in enumerate(savings, 4):
        xl_cell(ws, i, 1, ref)
        xl_cell(ws, i, 2, tgt)
        xl_cell(ws, i, 3, fc)
        xl_cell(ws, i, 4, fc - tgt)
    n = 4 + len(savings)
    xl_cell(ws, n, 1, "Total", bold=True)
    xl_cell(ws, n, 2, sum(s[1] for s in savings), bold=True)
    xl_cell(ws, n, 3, sum(s[2] for s in savings), bold=True)
    xl_cell(ws, n, 4, sum(s[2] - s[1] for s in savings), bold=True)
    widths(ws, {"A": 10, "B": 16, "C": 16, "D": 12})
    wb.save(path)


BUILDERS = [
    (LSC_FILE, build_lsc), (NPT_FILE, build_npt), (CDC_FILE, build_cdc), (LHCH_FILE, build_lhch),
    (WHS_FILE, build_whs), (WRX_FILE, build_wrx), (VOG_FILE, build_vog),
]


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else HERE
    for name, fn in BUILDERS:
        fn(os.path.join(out, name))
        print("wrote", name)


if __name__ == "__main__":
    main()
