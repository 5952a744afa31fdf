"""Build the seven zse- blind test files (set heldout683).

Run with: /work/main/.venv/bin/python zse_make.py
Writes the data files next to this script. Only files starting `zse-` are written.
"""
import csv
import io
import os
from datetime import datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

# ----------------------------------------------------------------- helpers
BLUE, GREEN, AMBER, RED = "0070C0", "00B050", "FFC000", "FF0000"
GREY, PALE, HEAD = "D9D9D9", "F2F2F2", "1F3864"
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def xl_row(ws, r, values, bold=False, bg=None, wrap=True, border=True):
    for c, v in enumerate(values, start=1):
        cell = ws.cell(row=r, column=c, value=v)
        if wrap:
            cell.alignment = WRAP
        if bold:
            cell.font = Font(bold=True, color="FFFFFF" if bg == HEAD else "000000")
        if bg:
            cell.fill = fill(bg)
        if border:
            cell.border = BOX


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, italic=False, size=9):
    """Write text; '\n' starts a new paragraph inside the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        run.italic = italic
        run.font.size = Pt(size)


# ======================================================================
# 1. Redcar & Cleveland BC – scrutiny recommendations tracker (xlsx)
# ======================================================================
REDCAR_FILE = "zse-redcar-and-cleveland-bc-scrutiny-recommendations-tracker.xlsx"

REDCAR_REVIEWS = [
    ("Selective Licensing and Private Rented Housing Standards\n"
     "(Growth Scrutiny & Improvement Committee – Cabinet 14 January 2025)", [
        ("That the Council consults on a selective licensing scheme for the South Bank "
         "and Grangetown wards during 2025/26.", "Accepted", [
            ("SL1", "Commission the evidence base (stock condition survey and ASB data) and "
             "prepare consultation documents for Cabinet approval.",
             "Head of Housing Services", datetime(2025, 7, 31), "Dec 2025",
             "Stock condition survey completed August 2025. ASB analysis with Cleveland Police "
             "delayed pending a data sharing agreement. Consultation now planned for January 2026.",
             AMBER),
        ]),
        ("That landlord forums are re-established on a quarterly basis, with an annual report "
         "to Growth Scrutiny & Improvement Committee.", "Accepted", [
            ("SL2a", "Re-launch the Redcar & Cleveland Landlord Forum with quarterly meetings.",
             "Private Sector Housing Manager", datetime(2025, 4, 30), None,
             "Forum relaunched 3 April 2025; meetings held in April, July and October 2025.",
             BLUE),
            ("SL2b", "Present the first annual landlord forum report to Growth Scrutiny & "
             "Improvement Committee.",
             "Private Sector Housing Manager", "March 2026", None,
             "On the committee work programme for 12 March 2026.", GREEN),
        ]),
        ("That enforcement activity on category 1 hazards is reported to members quarterly.",
         "Accepted in part", [
            ("SL3", "Add category 1 hazard enforcement measures to the quarterly Growth "
             "directorate performance report (ward-level data to be provided on request).",
             "Head of Housing Services / Performance & Intelligence Manager", "Q2 2025/26", None,
             "Measures included from the Q1 report (July 2025).", BLUE),
        ]),
    ]),
    ("Home to School Transport\n"
     "(Children & Families Scrutiny & Improvement Committee – Cabinet 11 March 2025)", [
        ("That the post-16 transport policy statement is reviewed so that it is clear and "
         "accessible to families.", "Accepted", [
            ("HST1", "Redraft the post-16 transport policy statement in plain English and test it "
             "with the Parent Carer Forum.",
             "Head of Education Services", datetime(2025, 5, 31), None,
             "Policy statement published 30 May 2025 after review by the Parent Carer Forum.",
             BLUE),
        ]),
        ("That independent travel training is expanded for young people with SEND.", "Accepted", [
            ("HST2", "Recruit two additional independent travel trainers and train 40 young "
             "people in 2025/26.",
             "Transport Commissioning Manager", "Sept 2025", "Jan 2026",
             "One trainer appointed; second post re-advertised after an unsuccessful campaign. "
             "17 young people trained to date, so the annual target is unlikely to be met.",
             RED),
        ]),
        ("That route planning software is procured to reduce the cost per pupil of SEND "
         "transport.", "Accepted", [
            ("HST3", "Complete the procurement of route optimisation software.",
             "Transport Commissioning Manager & Strategic Procurement Manager",
             datetime(2025, 12, 31), None,
             "Tender evaluation under way; contract award expected November 2025.", GREEN),
        ]),
    ]),
    ("Council Tax Collection and Support for Residents in Arrears\n"
     "(Corporate Resources Scrutiny & Improvement Committee – Cabinet 10 June 2025)", [
        ("That the Council adopts an ethical debt collection approach, signposting residents to "
         "money advice before enforcement action.", "Accepted", [
            ("CTC1", "Introduce a pre-enforcement 'breathing space' letter and a referral pathway "
             "to Citizens Advice Redcar & Cleveland.",
             "Revenues and Benefits Manager", datetime(2025, 9, 30), None,
             "Letter in use from 1 September 2025; 212 referrals made.", BLUE),
        ]),
        ("That the Council Tax Reduction scheme for 2026/27 is reviewed with a view to "
         "protecting the lowest income households.", "Accepted", [
            ("CTC2", "Model options for the 2026/27 scheme and report to Cabinet ahead of public "
             "consultation.",
             "Chief Finance Officer (s151)", "Oct 2025", "Nov 2025",
             "Options modelled. Report moved to Cabinet on 4 November 2025 to align with the "
             "budget timetable.", GREEN),
        ]),
        ("That collection performance is reported to this committee every six months.",
         "Accepted", [
            ("CTC3", "Add a six-monthly collection performance report to the committee work "
             "programme.",
             "Revenues and Benefits Manager", "Ongoing", None,
             "First report received 23 October 2025.", GREEN),
        ]),
    ]),
]


def build_redcar():
    wb = Workbook()
    # --- Summary sheet
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = "Redcar & Cleveland Borough Council – Scrutiny Recommendations Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position as at 30 September 2025"
    ws["A2"].font = Font(italic=True)
    xl_row(ws, 4, ["Review", "Committee", "Recommendations", "Agreed actions", "Implemented",
                   "On track", "Delayed", "Not progressing"], bold=True, bg=HEAD)
    xl_row(ws, 5, ["Selective Licensing and Private Rented Housing Standards", "Growth",
                   3, 4, 2, 1, 1, 0])
    xl_row(ws, 6, ["Home to School Transport", "Children & Families", 3, 3, 1, 1, 0, 1])
    xl_row(ws, 7, ["Council Tax Collection and Support for Residents in Arrears",
                   "Corporate Resources", 3, 3, 1, 2, 0, 0])
    xl_row(ws, 8, ["Total", None, 9, 10, 4, 4, 1, 1], bold=True, bg=GREY)
    ws["A10"] = "Note: RAG counts are of agreed actions. Detail is on the Tracker sheet."
    widths(ws, [58, 22, 16, 14, 14, 12, 10, 16])

    # --- Tracker sheet
    ws = wb.create_sheet("Tracker")
    ws["A1"] = "Scrutiny Recommendations Tracker – detail"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:J1")
    ws["A2"] = ("Updates provided by lead officers for Corporate Resources Scrutiny & Improvement "
                "Committee, 23 October 2025. RAG shown by colour – see Key sheet.")
    ws.merge_cells("A2:J2")
    headers = ["Review", "Ref", "Recommendation", "Cabinet response", "Agreed action",
               "Responsible officer", "Target date", "Revised date",
               "Progress update (September 2025)", "RAG"]
    xl_row(ws, 4, headers, bold=True, bg=HEAD)
    r = 5
    for review, recs in REDCAR_REVIEWS:
        review_start = r
        for rec_text, response, actions in recs:
            rec_start = r
            for (ref, action, lead, target, revised, update, rag) in actions:
                xl_row(ws, r, [review if r == review_start else None, ref,
                               rec_text if r == rec_start else None,
                               response if r == rec_start else None,
                               action, lead, target, revised, update, None])
                c = ws.cell(row=r, column=7)
                if isinstance(target, datetime):
                    c.number_format = "dd/mm/yyyy"
                ws.cell(row=r, column=10).fill = fill(rag)
                r += 1
            if r - rec_start > 1:
                ws.merge_cells(start_row=rec_start, start_column=3, end_row=r - 1, end_column=3)
                ws.merge_cells(start_row=rec_start, start_column=4, end_row=r - 1, end_column=4)
        ws.merge_cells(start_row=review_start, start_column=1, end_row=r - 1, end_column=1)
    widths(ws, [30, 7, 42, 13, 44, 28, 12, 12, 48, 7])
    ws.freeze_panes = "C5"

    # --- Key sheet
    ws = wb.create_sheet("Key")
    ws["A1"] = "RAG key"
    ws["A1"].font = Font(bold=True)
    key = [(BLUE, "Implemented – recommendation can be signed off"),
           (GREEN, "On track to be implemented by the target date"),
           (AMBER, "Delayed – revised date agreed with the committee chair"),
           (RED, "Not progressing / will not be delivered as agreed")]
    for i, (colour, meaning) in enumerate(key, start=2):
        ws.cell(row=i, column=1).fill = fill(colour)
        ws.cell(row=i, column=2, value=meaning)
    ws["A8"] = "Cabinet response: Accepted / Accepted in part / Not accepted"
    widths(ws, [10, 60])
    wb.save(os.path.join(HERE, REDCAR_FILE))


# ======================================================================
# 2. Together for Children Sunderland – fostering Ofsted action plan (docx)
# ======================================================================
TFC_FILE = "zse-together-for-children-sunderland-fostering-ofsted-inspection-action-plan.docx"

TFC_STATUS_FILL = {"Complete": BLUE, "On track": GREEN, "Behind schedule": AMBER,
                   "Not started": "FFFFFF"}

TFC_RECS = [
    ("Recommendation 1: The registered person should ensure that the annual reviews of foster "
     "carers’ approval routinely include the views of children placed and of the carers’ own "
     "children. (‘Fostering Services: National Minimum Standards’, 13.8)", [
        ("1.1", "Amend the annual review template so that feedback from children in placement "
         "and from carers’ birth children is a mandatory section.",
         "Team Manager – Fostering Support", "30 November 2022",
         "Revised template in use from 1 December 2022.", "Complete"),
        ("1.2", "Fostering reviewing officer to audit 10 annual reviews each quarter and report "
         "compliance to the Fostering Service Improvement Group.",
         "Fostering IRO / Quality Assurance Lead", "Q4 2022/23",
         "Q3 audit: 8 of 10 reviews included children’s views.", "On track"),
    ]),
    ("Recommendation 2: The registered person should ensure that supervising social workers "
     "carry out and record at least one unannounced visit to each foster carer every year. "
     "(‘Fostering Services: National Minimum Standards’, 21.8)", [
        ("2.1", "Add unannounced visit due dates to the Liquidlogic dashboard for supervising "
         "social workers.",
         "Business Intelligence Manager", "December 2022",
         "Dashboard live 12 December 2022.", "Complete"),
        ("2.2", "Team managers to check completion of unannounced visits in monthly supervision "
         "with each supervising social worker.",
         "Team Managers, Fostering", "Ongoing",
         "Checked in supervision since January 2023; 94% of households visited in the last 12 months.",
         "On track"),
    ]),
    ("Recommendation 3: The registered person should ensure that the fostering panel receives "
     "timely and complete information, including health and reference checks, before it "
     "considers an application. (‘Fostering Services: National Minimum Standards’, 14.3)", [
        ("3.1", "Introduce a panel readiness checklist, signed off by the team manager ten working "
         "days before panel.",
         "Panel Adviser", "31 January 2023",
         "Checklist used for all panels since January 2023.", "Complete"),
        ("3.2", "Agree a service level agreement with the ICB for adult health assessments of "
         "applicants to be completed within six weeks.",
         "Head of Service – Children Looked After; Designated Nurse LAC", "End of March 2023",
         "Draft SLA shared with the ICB; sign-off delayed by the ICB restructure.",
         "Behind schedule"),
    ]),
    ("Recommendation 4: The registered person should ensure that learning from allegations and "
     "complaints about foster carers is shared across the service. (‘Fostering Services: "
     "National Minimum Standards’, 25.2)", [
        ("4.1", "Produce a six-monthly learning summary from allegations, complaints and LADO "
         "referrals and share it at foster carer support groups and team meetings.",
         "Registered Manager", "April 2023",
         "First summary to cover October 2022 to March 2023.", "Not started"),
        ("4.2", "Include a session on safer caring and managing allegations in the 2023/24 foster "
         "carer training programme.",
         "Training and Development Officer (Fostering)", "Jun-23",
         "Session written with The Fostering Network; dates being set.", "On track"),
    ]),
]


def build_tfc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_paragraph("Together for Children Sunderland: Fostering Service Ofsted Inspection "
                      "Action Plan", style="Title")
    p = doc.add_paragraph("Inspection dates: 12 to 16 September 2022 | Overall judgement: Good | "
                          "Report published: 20 October 2022")
    p.runs[0].italic = True

    doc.add_paragraph("Document control", style="Heading 2")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Version", "1.3"), ("Date", "28 February 2023"),
                 ("Owner", "Registered Manager, Fostering Service"),
                 ("Responsible Individual", "Service Director, Children Looked After"),
                 ("Monitoring", "Monthly at the Fostering Service Improvement Group; quarterly to "
                                "the TfC Quality and Performance Committee")]:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True)
        set_cell(row[1], v)
        shade(row[0], PALE)

    doc.add_paragraph("Status key", style="Heading 2")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for cell, word in zip(t.rows[0].cells, ["Complete", "On track", "Behind schedule",
                                            "Not started"]):
        set_cell(cell, word, bold=True)
        shade(cell, TFC_STATUS_FILL[word])

    doc.add_paragraph("Action plan", style="Heading 2")
    doc.add_paragraph("The action plan responds to the four recommendations in the inspection "
                      "report. There were no requirements.")
    cols = ["Ref", "Action", "Responsible", "By when", "Evidence / impact", "Status"]
    t = doc.add_table(rows=1, cols=len(cols))
    t.style = "Table Grid"
    for cell, h in zip(t.rows[0].cells, cols):
        set_cell(cell, h, bold=True)
        shade(cell, GREY)
    for rec, actions in TFC_RECS:
        row = t.add_row()
        merged = row.cells[0].merge(row.cells[-1])
        set_cell(merged, rec, bold=True)
        shade(merged, PALE)
        for ref, action, lead, when, evidence, status in actions:
            cells = t.add_row().cells
            for cell, v in zip(cells, [ref, action, lead, when, evidence, status]):
                set_cell(cell, v)
            shade(cells[5], TFC_STATUS_FILL[status])
    doc.add_paragraph("")
    doc.add_paragraph("Next review: Fostering Service Improvement Group, 23 March 2023.")
    doc.save(os.path.join(HERE, TFC_FILE))


# ======================================================================
# 3. Denbighshire CC – Corporate Plan performance update (tab-separated txt)
# ======================================================================
DENB_FILE = "zse-denbighshire-cc-corporate-plan-performance-update-2025-26-q2.txt"

DENB_THEMES = [
    ("A Denbighshire of quality housing that meets people’s needs", [
        ("CP-H01", "Deliver 170 additional council homes by March 2027 through new build and "
         "acquisitions.", "Head of Housing and Communities", "31/03/2027", "On target",
         "Construction started on 18 units in Rhyl; 11 properties acquired so far in 2025 to 2026."),
        ("CP-H02", "Review the Single Access Route to Housing (SARTH) allocations policy with "
         "partner landlords.", "Head of Housing and Communities; Housing Strategy Manager",
         "December 2025", "Experiencing obstacles",
         "Draft policy agreed by the SARTH steering group. Partner consultation extended to "
         "November at the request of Grŵp Cynefin."),
    ]),
    ("A prosperous Denbighshire", [
        ("CP-P01", "Complete phase 2 of the Queen’s Market redevelopment in Rhyl (events space "
         "and business units).", "Economic and Business Development Manager", "Jun-26",
         "On target", "Contractor appointed; works start on site in November 2025."),
        ("CP-P02", "Administer the UK Shared Prosperity Fund (Denbighshire allocation) and close "
         "the programme.", "Economic and Business Development Manager", "31/03/2026",
         "On target", "All projects contracted; final claims due February 2026."),
    ]),
    ("A greener Denbighshire", [
        ("CP-G01", "Install solar PV on a further 10 council buildings as part of the Net Carbon "
         "Zero programme.", "Climate Change Programme Manager", "March 2026",
         "Experiencing obstacles",
         "Six installations complete. Grid connection offers for four sites still awaited from "
         "SP Energy Networks."),
        ("CP-G02", "Complete the roll-out of the Trolibocs weekly recycling service and stabilise "
         "collection performance.", "Head of Highways and Environmental Services", "30/09/2025",
         "Completed",
         "Missed collections below 0.5% for 12 consecutive weeks; project closed at Corporate "
         "Plan Board on 24 September 2025."),
        ("CP-G03", "Plant 18,000 trees on council land through the 2025 to 2026 tree planting "
         "programme.", "Climate Change Programme Manager", "March 2026", "Not yet started",
         "Planting season begins in November 2025; sites and volunteers confirmed."),
    ]),
    ("A well-run, high performing council", [
        ("CP-W01", "Deliver the 2025 to 2026 savings from the council’s transformation programme.",
         "Corporate Director: Governance and Business", "31/03/2026", "At risk",
         "£1.1m of the £2.4m target secured. Social care placement savings are behind plan and "
         "mitigations are being considered by the Budget Board."),
        ("CP-W02", "Publish a new People Strategy covering recruitment, retention and Welsh "
         "language skills.", "Head of Corporate Support Services: People", "Q3 2025 to 2026",
         "On target", "Draft strategy to Cabinet Briefing in November 2025."),
    ]),
]


def build_denb():
    hdr = ["Ref", "Project or activity", "Accountable officer", "Deadline", "Status",
           "Progress this quarter"]
    lines = [
        "Denbighshire County Council",
        "Corporate Plan 2022 to 2027: Performance Update – Quarter 2, 2025 to 2026 "
        "(July to September)",
        "Exported from the performance management system on 14/10/2025 for Performance "
        "Scrutiny Committee",
        "",
        "Status key: Completed = blue; On target = green; Experiencing obstacles = amber; "
        "At risk = red; Not yet started = no status",
        "",
    ]
    for theme, rows in DENB_THEMES:
        lines.append(theme)
        lines.append("\t".join(hdr))
        for row in rows:
            lines.append("\t".join(row))
        lines.append("")
    lines.append("End of report. Measures for each theme are reported separately in the "
                 "Corporate Plan measures workbook.")
    with open(os.path.join(HERE, DENB_FILE), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ======================================================================
# 4. Adoption in Merseyside – service improvement plan (xlsx, typo month -> refuse)
# ======================================================================
AIM_FILE = "zse-adoption-in-merseyside-raa-service-improvement-plan-2025-26-typo-month-refuse.xlsx"

RAGF = {"G": GREEN, "A": AMBER, "R": RED, "B": BLUE}

AIM_PRIORITIES = [
    ("Priority 1: Recruit and assess adopters for the children who wait", [
        ("1.1", "Deliver a targeted recruitment campaign for adopters of sibling groups and "
         "children aged over 4, using Adoption England’s national campaign materials.",
         "Recruitment & Assessment Team Manager", "Adoption England; LA communications teams",
         "Mar-26", "G", "G", "Campaign launched in September; 46 enquiries in the first month."),
        ("1.2", "Reduce the average time from initial enquiry to the start of Stage 1 to 15 "
         "working days.", "Recruitment & Assessment Team Manager", None,
         datetime(2025, 12, 31), "A", "G", "Average now 17 working days (Q1: 24)."),
        ("1.3", "Hold joint adopter information events with the voluntary adoption agency "
         "partners.", "Recruitment & Assessment Team Manager",
         "Catholic Children’s Society; Adoption Matters", "Quarterly", "G", "G",
         "Events held in July and September 2025."),
    ]),
    ("Priority 2: Early permanence and timely matching", [
        ("2.1", "Embed the early permanence (Fostering for Adoption) protocol with the legal and "
         "court teams of all four local authorities.",
         "Family Finding Team Manager; LA Heads of Service (Children in Care)",
         "Liverpool, Knowsley, Sefton and Wirral councils", "Dec-25", "A", "A",
         "Protocol signed off by Liverpool and Wirral; Knowsley and Sefton sign-off expected "
         "November."),
        ("2.2", "Hold monthly regional matching events, with Link Maker profiles refreshed within "
         "10 working days.", "Family Finding Team Manager", "Adoption England (North West hub)",
         "Febuary 2026", "G", "G", "Three events held; 7 children linked."),
    ]),
    ("Priority 3: Adoption support – the right help at the right time", [
        ("3.1", "Complete adoption support needs assessments within 8 weeks of request.",
         "Adoption Support Team Manager", None, "Mar-26", "R", "A",
         "58% within 8 weeks (Q1: 41%). Waiting list reduced from 63 to 38 families."),
        ("3.2", "Commission a Merseyside therapeutic parenting programme funded through the "
         "Adoption and Special Guardianship Support Fund.", "Head of Service, AiM",
         "Liverpool City Council procurement", datetime(2025, 11, 30), "A", "R",
         "Tender returned no compliant bids; re-procurement required."),
    ]),
    ("Priority 4: Hearing from adopted children, adults and birth families", [
        ("4.1", "Establish an AiM young people’s forum with at least 10 adopted young people.",
         "Participation Officer", "PAC-UK", "Sept 2025", "G", "B",
         "Forum launched 6 September 2025 with 12 members."),
        ("4.2", "Relaunch the birth relative support service and move letterbox contact to a "
         "digital platform.", "Adoption Support Team Manager", None, "Jan-26", "A", "G",
         "Platform procured; birth relative worker in post from October."),
    ]),
]


def build_aim():
    wb = Workbook()
    ws = wb.active
    ws.title = "Document control"
    ws["A1"] = "Adoption in Merseyside (AiM) – Service Improvement Plan 2025/26"
    ws["A1"].font = Font(bold=True, size=14)
    info = [("Version", "2.1"), ("Owner", "Head of Service, AiM"),
            ("Approved by", "AiM Partnership Board (Liverpool, Knowsley, Sefton and Wirral), "
                            "9 July 2025"),
            ("Review", "Quarterly to the AiM Partnership Board")]
    for i, (k, v) in enumerate(info, start=3):
        ws.cell(row=i, column=1, value=k).font = Font(bold=True)
        ws.cell(row=i, column=2, value=v)
    xl_row(ws, 8, ["Version", "Date", "Author", "Change"], bold=True, bg=GREY)
    xl_row(ws, 9, ["1.0", "30/05/2025", "Head of Service, AiM", "First draft for Board"])
    xl_row(ws, 10, ["2.0", "09/07/2025", "Head of Service, AiM", "Approved by Board"])
    xl_row(ws, 11, ["2.1", "14/10/2025", "Business & Performance Manager", "Q2 update"])
    widths(ws, [16, 24, 30, 40])

    ws = wb.create_sheet("Improvement plan")
    ws["A1"] = "Adoption in Merseyside – Service Improvement Plan 2025/26"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Quarter 2 update for the AiM Partnership Board – October 2025"
    ws.merge_cells("A2:H2")
    xl_row(ws, 4, ["Ref", "Action", "Lead", "Partners", "Target date", "Q1 RAG", "Q2 RAG",
                   "Q2 update"], bold=True, bg=HEAD)
    r = 5
    for prio, actions in AIM_PRIORITIES:
        ws.cell(row=r, column=1, value=prio).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = fill(PALE)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for ref, action, lead, partners, target, q1, q2, upd in actions:
            xl_row(ws, r, [ref, action, lead, partners, target, q1, q2, upd])
            if isinstance(target, datetime):
                ws.cell(row=r, column=5).number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=6).fill = fill(RAGF[q1])
            ws.cell(row=r, column=7).fill = fill(RAGF[q2])
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG: G = on track; A = some slippage; R = off track; "
                                   "B = complete")
    widths(ws, [7, 52, 30, 28, 14, 8, 8, 44])

    ws = wb.create_sheet("Glossary")
    for i, (k, v) in enumerate([
            ("AiM", "Adoption in Merseyside, the regional adoption agency"),
            ("ASGSF", "Adoption and Special Guardianship Support Fund"),
            ("Link Maker", "National family-finding platform"),
            ("VAA", "Voluntary adoption agency")], start=1):
        ws.cell(row=i, column=1, value=k).font = Font(bold=True)
        ws.cell(row=i, column=2, value=v)
    widths(ws, [14, 60])
    wb.save(os.path.join(HERE, AIM_FILE))


# ======================================================================
# 5. Medway Council – Ofsted monitoring visit action plan (docx, table per area)
# ======================================================================
MEDWAY_FILE = "zse-medway-council-ofsted-monitoring-visit-action-plan.docx"

MEDWAY_AREAS = [
    ("Area 1: Access to community resources",
     "Too many disabled children wait too long for services because of a lack of community "
     "resources such as short breaks and personal assistant support.", [
        ("1.1", "Recommission the short breaks framework to add 20 overnight and day-care places.",
         "Head of Commissioning (Children) / Head of Service, 0–25 Disability Service",
         "31/03/2023",
         "Framework out to tender; 12 new places confirmed so far.", "A"),
        ("1.2", "Recruit and train a pool of 15 personal assistants through the direct payments "
         "support service.", "Direct Payments Manager", "Feb 2023",
         "9 personal assistants recruited; training booked for January.", "G"),
        ("1.3", "Weekly waiting list review chaired by the Service Manager, with interim support "
         "agreed for every child waiting more than 8 weeks.",
         "Service Manager, 0–25 Disability Service", "Weekly from 3 October 2022",
         "In place since 3 October 2022.", "B"),
    ]),
    ("Area 2: Quality and impact of assessments",
     "Assessments do not consistently review whether existing packages of support still meet "
     "children’s needs, and the child’s voice is not always clear.", [
        ("2.1", "Revise the disabled children’s assessment template to include a review of "
         "existing care packages and the child’s views.", "Principal Social Worker",
         "30 November 2022", "New template live on Mosaic from 28 November 2022.", "B"),
        ("2.2", "Monthly practice audits of 10 assessments.\nAudits moderated by the Quality "
         "Assurance Service and learning fed back to team meetings.",
         "Head of Quality Assurance", "March 2023",
         "October and November audits complete: 6 of 20 assessments judged good.", "G"),
    ]),
    ("Area 3: Continuity of social workers and management oversight",
     "Some children have had several changes of social worker, and supervision does not always "
     "drive plans forward.", [
        ("3.1", "Convert 4 agency social worker posts to permanent posts through the Medway "
         "recruitment and retention offer.",
         "Head of Service, 0–25 Disability Service; HR Business Partner", "April 2023",
         "2 permanent appointments made; 2 posts re-advertised.", "A"),
        ("3.2", "Make sure every change of social worker is followed by a joint transfer visit "
         "with the child and family.", "Team Managers, 0–25 Disability Service", "Ongoing",
         "Transfer visits recorded for 11 of 14 changes since October.", "R"),
        ("3.3", "Report supervision compliance to the Children’s Services Improvement Board.",
         "Assistant Director, Children’s Social Care", "Monthly",
         "Reported from December 2022: 87% of supervisions in timescale.", "G"),
    ]),
]

MEDWAY_FILL = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}


def build_medway():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    h = doc.add_paragraph("Medway Council – Children’s Services")
    h.runs[0].bold = True
    h.runs[0].font.size = Pt(12)
    h.runs[0].font.color.rgb = RGBColor(0x00, 0x5E, 0xA5)
    doc.add_paragraph("Action Plan: Ofsted Monitoring Visit to the 0–25 Disability Service, "
                      "21 and 22 September 2022", style="Heading 1")

    t = doc.add_table(rows=0, cols=4)
    t.style = "Table Grid"
    for a, b, c, d in [("Author", "Head of Service, 0–25 Disability Service", "Version", "1.2"),
                       ("Date", "16 January 2023", "Governance",
                        "Children’s Services Improvement Board")]:
        cells = t.add_row().cells
        for cell, v, bold in zip(cells, [a, b, c, d], [True, False, True, False]):
            set_cell(cell, v, bold=bold)
    doc.add_paragraph("")
    doc.add_paragraph("This was the fifth monitoring visit since the inspection of local "
                      "authority children’s services in 2019. The letter was published on "
                      "26 October 2022. This plan sets out our response to the three areas "
                      "inspectors asked us to improve.")

    doc.add_paragraph("RAG key", style="Heading 3")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for cell, (code, meaning) in zip(t.rows[0].cells, [("B", "Complete"), ("G", "On track"),
                                                       ("A", "At risk of delay"),
                                                       ("R", "Off track")]):
        set_cell(cell, f"{code} – {meaning}", bold=True)
        shade(cell, MEDWAY_FILL[code])

    for area, finding, actions in MEDWAY_AREAS:
        doc.add_paragraph(area, style="Heading 2")
        p = doc.add_paragraph(finding)
        p.runs[0].italic = True
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for cell, hd in zip(t.rows[0].cells, ["No.", "Action", "Lead", "By when",
                                              "Progress update (January 2023)", "RAG"]):
            set_cell(cell, hd, bold=True)
            shade(cell, GREY)
        for no, action, lead, when, upd, rag in actions:
            cells = t.add_row().cells
            for cell, v in zip(cells, [no, action, lead, when, upd, rag]):
                set_cell(cell, v)
            shade(cells[5], MEDWAY_FILL[rag])
        doc.add_paragraph("")
    p = doc.add_paragraph("Progress against this plan is reported to the Children’s Services "
                          "Improvement Board every month and to Children and Young People "
                          "Overview and Scrutiny Committee each quarter.")
    p.alignment = WD_ALIGN_PARAGRAPH.LEFT
    doc.save(os.path.join(HERE, MEDWAY_FILE))


# ======================================================================
# 6. Worcestershire local area SEND Accelerated Progress Plan (csv export)
# ======================================================================
WORCS_FILE = "zse-worcestershire-local-area-send-accelerated-progress-plan.csv"

WORCS_AREAS = [
    ("1. The variation in the skills and commitment of some mainstream schools to provide "
     "effective support for children with SEND", [
        ("1.1", "Launch the Worcestershire Ordinarily Available Provision guidance and train the "
         "SENCO in every mainstream school.",
         "Assistant Director, Education and Early Years (WCF)", "3 months", "Jun-22", "Complete",
         "Guidance launched May 2022; 96% of schools trained."),
        ("1.2", "Deliver an inclusion quality mark pilot with 20 schools, evaluated with the "
         "parent carer forum.", "Head of SEND & Vulnerable Learners; Inclusion Lead, Babcock Prime",
         "12 months", "Sept 2022 - March 2023", "Green", "20 schools recruited; evaluation "
         "framework agreed with Families in Partnership."),
        ("1.3", "Publish a school-level dashboard of suspensions and part-time timetables for "
         "pupils with SEND.", "SEND Data & Performance Manager", "6 months", "Termly", "Amber",
         "First dashboard shared with headteachers in July; data quality issues for part-time "
         "timetables."),
    ]),
    ("2. The poor quality of education, health and care (EHC) plans and weak oversight of "
     "their quality", [
        ("2.1", "Set up a multi-agency EHC plan quality assurance panel meeting fortnightly and "
         "auditing 10% of new plans.",
         "Head of SEND Statutory Services / Designated Clinical Officer (ICB)", "3 months",
         "31/05/2022", "Complete", "Panel meeting since April 2022."),
        ("2.2", "Retrain all EHC coordinators in writing outcomes.\nTarget: 80% of audited plans "
         "rated good or better.", "Head of SEND Statutory Services", "12 months", "Mar-23",
         "Amber", "Training complete; 61% of audited plans rated good or better in August."),
        ("2.3", "Agree a 6-week turnaround standard for health advice with Herefordshire and "
         "Worcestershire Health and Care NHS Trust.", "Designated Clinical Officer (ICB)",
         "6 months", "Autumn term 2022", "Green", "Standard drafted; to ICB Quality Committee "
         "in October."),
    ]),
    ("3. Fragile relationships with parents and carers and too little co-production", [
        ("3.1", "Co-produce a communication charter with Families in Partnership and publish "
         "\"You said, we did\" updates every half term.",
         "Participation & Engagement Lead; Chair, Families in Partnership", "3 months",
         "31 July 2022", "Complete", "Charter published July 2022."),
        ("3.2", "Set up a SENDIASS drop-in in each district.", "SENDIASS Manager", "6 months",
         "Dec-22", "Red", "Venue agreed in two districts only; staffing vacancy in SENDIASS."),
    ]),
    ("4. Gaps in the range of specialist provision, so that some children travel long "
     "distances or wait for a suitable place", [
        ("4.1", "Agree the SEND capital programme to create 150 additional specialist places in "
         "resource bases and special school expansions.", "Strategic Place Planning Manager",
         "6 months", "Q3 2022/23", "Green", "Programme to Cabinet in December 2022."),
        ("4.2", "Open two new autism resource bases in mainstream secondary schools.",
         "Strategic Place Planning Manager", "12 months", "Sept 2023", "Amber",
         "One base agreed; second school consulting governors."),
    ]),
]


def build_worcs():
    ncol = 8
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    pad = lambda first: [first] + [""] * (ncol - 1)
    w.writerow(pad("Worcestershire Local Area SEND Accelerated Progress Plan (APP) – Action Tracker"))
    w.writerow(pad("Revisit 1–3 November 2021; revisit letter published January 2022; APP agreed "
                   "by DfE and NHS England March 2022"))
    w.writerow(pad("Position at the 6-month review, September 2022"))
    w.writerow([""] * ncol)
    w.writerow(["Area of concern", "Ref", "Action", "Lead(s)", "Milestone", "Deadline", "RAG",
                "Progress update"])
    for area, actions in WORCS_AREAS:
        for i, (ref, action, lead, mile, dl, rag, upd) in enumerate(actions):
            w.writerow([area if i == 0 else "", ref, action, lead, mile, dl, rag, upd])
    w.writerow([""] * ncol)
    w.writerow(pad("RAG: Complete = action delivered; Green = on track; Amber = some risk; "
                   "Red = off track"))
    with open(os.path.join(HERE, WORCS_FILE), "w", encoding="utf-8", newline="") as f:
        f.write(out.getvalue())


# ======================================================================
# 7. Wirral Council – Council Plan delivery theme 3, Q2 2025/26 (xlsx)
# ======================================================================
WIRRAL_FILE = "zse-wirral-council-plan-delivery-theme-3-q2-2025-26-report.xlsx"

WIRRAL_RAG = {"Green": GREEN, "Amber": AMBER, "Red": RED, "Complete": BLUE, None: None}

WIRRAL_ROWS = [
    ("increase housing options for older people", [
        ("3.1a", "Complete and open the 80-apartment extra care scheme at Woodchurch Road, "
         "Birkenhead.", "Assistant Director – Commissioning and Transformation",
         datetime(2025, 6, 30), datetime(2026, 2, 28), "Amber", "Amber",
         "Handover delayed by the contractor; fit-out completing and first residents expected "
         "February 2026."),
        ("3.1b", "Publish the Older People’s Housing Needs Assessment and agree a pipeline of "
         "extra care sites.", "Assistant Director – Housing", datetime(2025, 9, 30), None,
         "Green", "Complete", "Published September 2025; four sites in the pipeline."),
    ]),
    ("provide services as close to home as possible", [
        ("3.2", "Expand the Home First discharge pathway so that 85% of people leaving hospital "
         "return to their usual place of residence.",
         "Director of Care and Health; Place Director (NHS Cheshire and Merseyside)",
         datetime(2026, 3, 31), None, "Green", "Green", "82% in September (Q1: 79%)."),
    ]),
    ("all Age Disability Review – new models/ways of working to be explored", [
        ("3.3", "Complete the All Age Disability Review and report options for an all-age "
         "disability service to committee.", "Assistant Director – Specialist Services",
         datetime(2025, 11, 30), datetime(2026, 1, 31), "Green", "Amber",
         "Engagement extended at the request of the Parent Carer Forum; report moved to the "
         "January committee."),
    ]),
    ("provide health and social care services where people need them", [
        ("3.4", "Roll out neighbourhood multi-disciplinary teams in all four Wirral localities.",
         "Director of Care and Health", datetime(2025, 12, 31), None, "Amber", "Green",
         "Teams live in three localities; Wallasey goes live in November."),
    ]),
    ("implementation of the on-line assessment tool to support quality improvement of providers "
     "and services that require CQC inspection", [
        ("3.5", "Implement the online provider quality assessment tool for all contracted care "
         "homes and domiciliary care providers.", "Head of Quality and Contracts",
         datetime(2025, 9, 30), None, "Green", "Complete",
         "All 196 contracted providers using the tool."),
    ]),
    ("deliver our Health and Wellbeing Strategy", [
        ("3.6", "Deliver the year 2 priorities of the Health and Wellbeing Strategy and report "
         "progress to the Health and Wellbeing Board.", "Director of Public Health",
         datetime(2026, 3, 31), None, "Green", "Green", "Mid-year report to the Board in "
         "December."),
    ]),
    ("deliver Wirral’s Combatting Drugs Strategy, Substance Misuse Treatment and Recovery "
     "Programme", [
        ("3.7", "Increase the number of adults in structured drug and alcohol treatment to 2,900.",
         "Consultant in Public Health (Substance Misuse)", datetime(2026, 3, 31), None,
         "Amber", "Red", "2,540 adults in treatment; a provider capacity issue is being "
         "addressed through contract management."),
    ]),
    ("develop a Local Tobacco Control Plan and Local Gambling Harm Strategy", [
        ("3.8a", "Publish the Local Tobacco Control Plan following consultation.",
         "Consultant in Public Health (Health Improvement)", datetime(2025, 7, 31), None,
         "Green", "Complete", "Plan published July 2025."),
        ("3.8b", "Develop the Local Gambling Harm Strategy with the Liverpool City Region "
         "Combined Authority.", "Consultant in Public Health (Health Improvement)",
         datetime(2026, 3, 31), None, None, None, "Scoping to begin in Q3."),
    ]),
]

WIRRAL_MEASURES = [
    ("Proportion of people discharged from hospital to their usual place of residence", "78%",
     "85%", "79%", "82%", "Green"),
    ("Adults in structured drug and alcohol treatment", "2,410", "2,900", "2,480", "2,540",
     "Red"),
    ("Permanent admissions to residential and nursing care (65+) per 100,000", "612", "590",
     "601", "596", "Amber"),
    ("Smoking prevalence in adults (annual)", "12.9%", "11.5%", "n/a", "n/a", None),
]


def build_wirral():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    lines = [("Wirral Council", Font(bold=True, size=14)),
             ("Council Plan 2023–27: Wirral Working Together", Font(bold=True, size=12)),
             ("Delivery theme 3: promoting independence and healthier lives – Quarter 2 2025/26 "
              "performance report", Font(bold=True)),
             ("Adult Social Care and Public Health Committee, 18 November 2025", Font(italic=True))]
    for i, (text, font) in enumerate(lines, start=1):
        ws.cell(row=i, column=1, value=text).font = font
    ws["A6"] = "RAG definitions"
    ws["A6"].font = Font(bold=True)
    for i, (word, meaning) in enumerate([
            ("Green", "On track to deliver by the agreed date"),
            ("Amber", "Some risk to delivery; revised date may be needed"),
            ("Red", "Significant risk – will not be delivered by the agreed date"),
            ("Complete", "Delivered")], start=7):
        c = ws.cell(row=i, column=1, value=word)
        c.fill = fill(WIRRAL_RAG[word])
        ws.cell(row=i, column=2, value=meaning)
    ws["A12"] = ("Activities are shown against the ‘What we will do’ commitments in the Council "
                 "Plan. Measures are on the Measures sheet.")
    widths(ws, [30, 70])

    ws = wb.create_sheet("Delivery Plan")
    ws["A1"] = "Delivery theme 3: promoting independence and healthier lives – delivery plan 2025/26"
    ws["A1"].font = Font(bold=True, size=12)
    ws.merge_cells("A1:I1")
    hdr = ["Ref", "What we will do", "Activity 2025/26", "Lead officer", "Original date",
           "Revised date", "Q1 RAG", "Q2 RAG", "Q2 commentary"]
    xl_row(ws, 2, hdr, bold=True, bg=HEAD)
    r = 3
    for wwd, acts in WIRRAL_ROWS:
        start = r
        for ref, act, lead, orig, rev, q1, q2, com in acts:
            xl_row(ws, r, [ref, wwd if r == start else None, act, lead, orig, rev, q1, q2, com])
            for col in (5, 6):
                ws.cell(row=r, column=col).number_format = "mmm-yy"
            for col, v in ((7, q1), (8, q2)):
                if WIRRAL_RAG[v]:
                    ws.cell(row=r, column=col).fill = fill(WIRRAL_RAG[v])
            r += 1
        if r - start > 1:
            ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
    widths(ws, [7, 34, 48, 32, 11, 11, 10, 10, 46])
    ws.freeze_panes = "C3"

    ws = wb.create_sheet("Measures")
    ws["A1"] = "Delivery theme 3 – key measures"
    ws["A1"].font = Font(bold=True)
    xl_row(ws, 2, ["Measure", "Baseline 2024/25", "Target 2025/26", "Q1", "Q2", "RAG"],
           bold=True, bg=HEAD)
    for i, row in enumerate(WIRRAL_MEASURES, start=3):
        xl_row(ws, i, list(row))
        if row[5]:
            ws.cell(row=i, column=6).fill = fill(WIRRAL_RAG[row[5]])
    widths(ws, [60, 16, 16, 10, 10, 10])
    wb.save(os.path.join(HERE, WIRRAL_FILE))


def main():
    build_redcar()
    build_tfc()
    build_denb()
    build_aim()
    build_medway()
    build_worcs()
    build_wirral()
    for name in sorted(os.listdir(HERE)):
        if name.startswith("zse-") and not name.endswith(".yaml"):
            print(name)


if __name__ == "__main__":
    main()
