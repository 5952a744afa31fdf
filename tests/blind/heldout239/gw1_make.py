"""Build the seven gw1- data files of set heldout239 (children's services plans).

Run with /work/main/.venv/bin/python gw1_make.py  (openpyxl, python-docx).
"""
import csv
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

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "0070C0"
GREY, NAVY, PALE = "D9D9D9", "1F3864", "DEEAF6"
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def d(y, m, day):
    return datetime(y, m, day)


def path(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- 1 Derbyshire ILACS (xlsx)
def derbyshire():
    title = ("Derbyshire County Council – Children's Services Improvement Plan "
             "following ILACS Inspection (November 2024)")
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14, color=NAVY)
    cov["A3"] = "Plan owner:"
    cov["B3"] = "Executive Director, Children's Services"
    cov["A4"] = "Governance:"
    cov["B4"] = "Children's Services Improvement Board (monthly); Improvement and Scrutiny Committee – People (six-monthly)"
    cov["A5"] = "Status:"
    cov["B5"] = "Live document – progress position at 30 September 2025"
    for r in range(3, 6):
        cov.cell(r, 1).font = Font(bold=True)
    cov["A7"] = "Document control"
    cov["A7"].font = Font(bold=True, size=12)
    hdr = ["Version", "Date", "Author", "Summary of changes"]
    rows = [
        ["0.1", d(2025, 1, 24), "Head of Quality Assurance", "First draft following publication of the inspection report"],
        ["1.0", d(2025, 2, 14), "Head of Quality Assurance", "Approved by Improvement Board and submitted to Ofsted"],
        ["1.1", d(2025, 6, 27), "Improvement Programme Lead", "Quarter 1 progress; revised dates agreed for actions 1.2 and 2.3"],
        ["1.2", d(2025, 10, 3), "Improvement Programme Lead", "Quarter 2 progress; revised date agreed for action 2.1"],
    ]
    for c, h in enumerate(hdr, 1):
        cell = cov.cell(8, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(NAVY)
        cell.border = BOX
    for i, row in enumerate(rows):
        for c, v in enumerate(row, 1):
            cell = cov.cell(9 + i, c, v)
            cell.border = BOX
            if isinstance(v, datetime):
                cell.number_format = "dd/mm/yyyy"
    cov.column_dimensions["A"].width = 16
    cov.column_dimensions["B"].width = 22
    cov.column_dimensions["C"].width = 30
    cov.column_dimensions["D"].width = 70

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG rating key"
    key["A1"].font = Font(bold=True, size=12)
    for i, (col, txt) in enumerate([
        (BLUE, "Complete – action delivered and evidence of impact reported to the Improvement Board"),
        (GREEN, "On track – action progressing and expected to be delivered by the target date"),
        (AMBER, "Some slippage – action at risk of missing the target date; mitigation in place"),
        (RED, "Off track – target date missed or will be missed; escalated to the Improvement Board"),
    ]):
        key.cell(3 + i, 1).fill = fill(col)
        key.cell(3 + i, 1).border = BOX
        key.cell(3 + i, 2, txt)
    key.column_dimensions["A"].width = 8
    key.column_dimensions["B"].width = 90

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14, color=NAVY)
    ws.merge_cells("A1:H1")
    ws["A2"] = ("Inspection of Local Authority Children's Services: 4–15 November 2024 – "
                "overall effectiveness: Requires improvement to be good")
    ws.merge_cells("A2:H2")
    ws["A3"] = "Progress position at 30 September 2025 – reported to the Children's Services Improvement Board"
    ws.merge_cells("A3:H3")
    heads = ["Ref", "Action", "Lead officer", "Start date", "Original target date",
             "Revised target date", "Progress update (Q2 2025/26)", "RAG"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(5, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(NAVY)
        cell.border = BOX
        cell.alignment = Alignment(wrap_text=True, vertical="center")

    plan = [
        ("Recommendation 1: The timeliness and quality of assessments for children in need of help and protection.", [
            ("1.1", "Introduce a weekly performance clinic in each locality to track assessments approaching 45 working days.",
             "Head of Service, Locality Social Work", d(2025, 1, 6), d(2025, 5, 31), None,
             "Clinics running in all six localities since March. Assessments completed within 45 days rose from 71% to 88%.", BLUE),
            ("1.2", "Refresh the assessment practice standards and deliver briefings to all frontline teams.",
             "Principal Social Worker / Practice Development Manager", d(2025, 2, 3), d(2025, 6, 30), d(2025, 9, 30),
             "Standards published in July. Briefings delivered to 14 of 16 teams; remaining two booked for September.", GREEN),
            ("1.3", "Audit a sample of 60 child and family assessments each quarter against the refreshed standards and report findings to the Improvement Board.",
             "Head of Quality Assurance", d(2025, 4, 1), "Quarterly", None,
             "Q1 audit reported in July: 58% of assessments good or better. Q2 audit under way.", GREEN),
        ]),
        ("Recommendation 2: Management oversight and supervision, so that drift and delay in children's plans are identified and addressed.", [
            ("2.1", "Implement the revised supervision policy, including a recorded reflective element, and monitor compliance through the monthly performance report.",
             "Assistant Director, Children's Social Care", d(2025, 2, 1), d(2025, 4, 30), d(2025, 12, 31),
             "Policy launched in May. Supervision compliance is 79% against a target of 95%; new recording template delayed by the case management system upgrade.", AMBER),
            ("2.2", "Deliver the 'Leading Good Practice' development programme for all team managers and advanced practitioners.",
             "Workforce Development Manager", d(2025, 3, 1), d(2025, 12, 31), None,
             "Cohort 1 (22 managers) completed. Cohort 2 started in September.", GREEN),
            ("2.3", "Introduce a case escalation tracker for children subject to a child protection plan for more than 15 months.",
             "Service Manager (Child Protection)", d(2025, 1, 13), d(2025, 3, 31), d(2025, 6, 30),
             "Tracker built but not yet used in all localities. Escalated to the Improvement Board in September.", RED),
        ]),
        ("Recommendation 3: The sufficiency of suitable local homes for children in care, including foster homes.", [
            ("3.1", "Open two additional council-run children's homes in the north of the county.",
             "Head of Residential Care and Sufficiency", d(2025, 4, 1), "March 2026", None,
             "First home registered with Ofsted in August. Planning consent for the second home awaited.", AMBER),
            ("3.2", "Launch a targeted foster carer recruitment campaign with an enhanced fee offer for carers of teenagers and sibling groups.",
             "Fostering Service Manager; Communications Lead", d(2025, 3, 3), d(2025, 10, 31), None,
             "Campaign launched in June. 41 enquiries and 6 assessments started to date.", GREEN),
        ]),
        ("Recommendation 4: Support for care leavers to access suitable accommodation and education, employment or training.", [
            ("4.1", "Work with district and borough housing partners to agree a joint care leaver accommodation protocol.",
             "Leaving Care Service Manager", d(2025, 2, 1), d(2025, 10, 31), None,
             "Draft protocol agreed by six of eight districts and boroughs.", GREEN),
            ("4.2", "Appoint a dedicated education, employment and training (EET) coordinator within the leaving care service.",
             "Leaving Care Service Manager", d(2025, 2, 1), d(2025, 6, 30), None,
             "Coordinator in post from 2 June 2025.", BLUE),
        ]),
    ]
    r = 6
    counts = {BLUE: 0, GREEN: 0, AMBER: 0, RED: 0}
    for rec, acts in plan:
        ws.cell(r, 1, rec)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.cell(r, 1).font = Font(bold=True)
        ws.cell(r, 1).fill = fill(GREY)
        ws.cell(r, 1).alignment = WRAP
        ws.row_dimensions[r].height = 30
        r += 1
        for ref, act, lead, start, orig, rev, prog, rag in acts:
            vals = [ref, act, lead, start, orig, rev, prog, None]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v)
                cell.border = BOX
                cell.alignment = WRAP
                if isinstance(v, datetime):
                    cell.number_format = "mmm-yy" if c == 5 and ref in ("1.2", "2.2", "4.1") else "dd/mm/yyyy"
            ws.cell(r, 8).fill = fill(rag)
            counts[rag] += 1
            r += 1
    r += 1
    ws.cell(r, 1, "Note: where the Improvement Board has agreed a revised target date, the original date is kept for audit purposes.")
    ws.cell(r, 1).font = Font(italic=True)
    r += 2
    ws.cell(r, 1, "Summary of RAG ratings").font = Font(bold=True)
    r += 1
    for label, col in [("Complete", BLUE), ("On track", GREEN), ("Some slippage", AMBER), ("Off track", RED)]:
        ws.cell(r, 1).fill = fill(col)
        ws.cell(r, 2, label)
        ws.cell(r, 3, counts[col])
        r += 1
    ws.cell(r, 2, "Total actions").font = Font(bold=True)
    ws.cell(r, 3, sum(counts.values())).font = Font(bold=True)
    for col, w in zip("ABCDEFGH", [7, 60, 32, 12, 14, 14, 60, 8]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"
    wb.active = 2
    wb.save(path("gw1-derbyshire-county-council-ilacs-improvement-plan.xlsx"))


# ---------------------------------------------------------------- 2 Hampshire SEND PAP (xlsx)
def hampshire():
    title = "Hampshire Local Area SEND Partnership – Priority Action Plan"
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = title
    sm["A1"].font = Font(bold=True, size=14, color="5B2C6F")
    sm["A2"] = "Progress report to the SEND Partnership Board – January 2026"
    sm["A3"] = ("Area SEND inspection: 2–6 June 2025. Report published 18 July 2025. "
                "Outcome: widespread and/or systemic failings leading to significant concerns.")
    hdr = ["Area for priority action", "Actions", "Complete", "Green", "Amber", "Red"]
    for c, h in enumerate(hdr, 1):
        cell = sm.cell(5, c, h)
        cell.font = Font(bold=True)
        cell.fill = fill("E8DAEF")
        cell.border = BOX
    for i, row in enumerate([["AFPA 1 – EHC needs assessments and plans", 4, 1, 1, 2, 0],
                             ["AFPA 2 – Neurodevelopmental pathways", 4, 1, 2, 1, 0],
                             ["Total", 8, 2, 3, 3, 0]]):
        for c, v in enumerate(row, 1):
            cell = sm.cell(6 + i, c, v)
            cell.border = BOX
            if i == 2:
                cell.font = Font(bold=True)
    sm["A10"] = "RAG key"
    sm["A10"].font = Font(bold=True)
    key = [("Complete", BLUE, "Action delivered; impact being monitored"),
           ("Green", GREEN, "On track"),
           ("Amber", AMBER, "Some slippage; mitigations in place"),
           ("Red", RED, "Off track; escalated to the SEND Partnership Board")]
    for i, (w, col, txt) in enumerate(key):
        sm.cell(11 + i, 1, w).fill = fill(col)
        sm.cell(11 + i, 2, txt)
    sm.column_dimensions["A"].width = 44
    sm.column_dimensions["B"].width = 40

    sheets = [
        ("AFPA 1", "Workstream 1 – EHC needs assessments and plans",
         "Area for priority action 1: Leaders across the partnership must urgently improve the timeliness and quality of "
         "EHC needs assessments and plans, so that children and young people's needs are identified and met without delay.",
         "Senior responsible officers: Director of Children's Services (HCC) and Chief Nursing Officer (HIOW ICB)",
         "Success measures: 60% of new EHC plans issued within 20 weeks by July 2026; 90% of health advice returned within 6 weeks.",
         [
             ("1a", "Recruit additional educational psychologists and SEND caseworkers to clear the backlog of EHC needs assessments over 20 weeks.",
              "Head of SEND Service", "HCC", "Dec 2025", "Amber", "Green",
              "Eight caseworkers and three EPs appointed. Backlog down from 612 to 240 cases."),
             ("1b", "Introduce a multi-agency quality assurance panel that audits a sample of new and reviewed EHC plans each month.",
              "Sarah Whitfield / Tom Ellery", "HCC / HIOW ICB", "Autumn term 2025", "Green", "Complete",
              "Panel met monthly since September; 45 plans audited. Findings shared with SEND casework teams."),
             ("1c", "Agree with health providers a 6-week standard for health advice to EHC needs assessments, and report compliance to the SEND Partnership Board.",
              "Designated Clinical Officer", "HIOW ICB", "January 2026", "Amber", "Amber",
              "Standard agreed with two of three providers. Compliance 71% in December."),
             ("1d", "Launch the annual review recovery project, prioritising children moving between phases of education.",
              "Head of SEND Service; Principal Educational Psychologist", "HCC", "Summer term 2026", "Red", "Amber",
              "Phase transfer reviews for 2026 on track; other overdue reviews reduced by 30%."),
         ]),
        ("AFPA 2", "Workstream 2 – Neurodevelopmental pathways",
         "Area for priority action 2: Leaders across the partnership must reduce waiting times for neurodevelopmental "
         "assessments and ensure that children and young people receive appropriate support while they wait.",
         "Senior responsible officers: Chief Nursing Officer (HIOW ICB) and Director of Children's Services (HCC)",
         "Success measures: no child waiting more than 52 weeks by March 2027; waiting-well offer used by 1,000 families.",
         [
             ("2a", "Commission additional assessment capacity from independent providers to reduce the number of children waiting more than 52 weeks.",
              "Tom Ellery", "HIOW ICB", "March 2026", "Amber", "Amber",
              "Contract awarded in November; first assessments from February 2026."),
             ("2b", "Publish a 'waiting well' offer on the Local Offer, co-produced with Hampshire Parent Carer Network.",
              "Local Offer Manager and HPCN Co-chair", "HCC / HPCN", "Nov 2025", "Green", "Complete",
              "Published 10 November 2025; 2,300 page views in the first month."),
             ("2c", "Train SENCOs in all maintained schools and academies in the needs-led (pre-diagnosis) support guidance.",
              "Inclusion Support Service Manager", "HCC", "Summer term 2026", "Green", "Green",
              "312 SENCOs trained so far across four cohorts."),
             ("2d", "Review neurodevelopmental pathway data quarterly with the ICB and publish waiting times on the Local Offer.",
              "Head of Children's Commissioning (HIOW ICB)", "HIOW ICB", "Quarterly", "Not started", "Green",
              "First quarterly review held in December; waiting times published in January."),
         ]),
    ]
    heads = ["Ref", "What we will do", "Lead", "Organisation", "By when",
             "Previous RAG (Oct 2025)", "Current RAG (Jan 2026)", "Progress and evidence of impact"]
    ragfill = {"Green": GREEN, "Amber": AMBER, "Red": RED, "Complete": BLUE}
    for name, ws_title, afpa, sro, measures, acts in sheets:
        ws = wb.create_sheet(name)
        ws["A1"] = title
        ws["A1"].font = Font(bold=True, size=13, color="5B2C6F")
        ws["A2"] = ws_title
        ws["A2"].font = Font(bold=True, size=12)
        ws["A2"].fill = fill("E8DAEF")
        ws.merge_cells("A2:H2")
        ws["A3"] = afpa
        ws["A3"].alignment = WRAP
        ws["A3"].font = Font(bold=True)
        ws.merge_cells("A3:H3")
        ws.row_dimensions[3].height = 34
        ws["A4"] = sro
        ws.merge_cells("A4:H4")
        ws["A5"] = measures
        ws["A5"].font = Font(italic=True)
        ws.merge_cells("A5:H5")
        for c, h in enumerate(heads, 1):
            cell = ws.cell(7, c, h)
            cell.font = Font(bold=True, color="FFFFFF")
            cell.fill = fill("5B2C6F")
            cell.border = BOX
            cell.alignment = Alignment(wrap_text=True)
        for i, a in enumerate(acts):
            for c, v in enumerate(a, 1):
                cell = ws.cell(8 + i, c, v)
                cell.border = BOX
                cell.alignment = WRAP
                if c in (6, 7) and v in ragfill:
                    cell.fill = fill(ragfill[v])
        for col, w in zip("ABCDEFGH", [6, 60, 30, 14, 16, 13, 13, 55]):
            ws.column_dimensions[col].width = w
    wb.save(path("gw1-hampshire-local-area-send-priority-action-plan.xlsx"))


# ---------------------------------------------------------------- 3 Leicestershire focused visit (xlsx, refuse)
def leicestershire():
    wb = Workbook()
    ws = wb.active
    ws.title = "FV Action Plan"
    ws["A1"] = "Leicestershire County Council Children and Family Services – Focused Visit Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Ofsted focused visit 18–19 June 2024: arrangements for children in care"
    ws["A3"] = "Action plan agreed by Children and Family Services Departmental Management Team, 2 September 2024"
    ws["A3"].font = Font(italic=True)
    heads = ["Area for improvement (Ofsted letter)", "No.", "Action", "Responsible officer",
             "Timescale", "Status", "Comments"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(5, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("006A4E")
        cell.border = BOX
        cell.alignment = Alignment(wrap_text=True)
    groups = [
        ("The consistency of permanence planning for children in care, including the timely progression of plans for children living with connected carers.", [
            ("1.1", "Introduce a permanence planning meeting before the second looked after review for every child.",
             "Head of Service – Children in Care", "October 2024", "Complete",
             "Meetings in place from 1 October; 94% held on time in the first month."),
            ("1.2", "Establish a monthly permanence tracking panel chaired by the Assistant Director.",
             "Assistant Director – Children's Social Care", "November 2024", "On track",
             "Terms of reference agreed; first panel 13 November."),
            ("1.3", "Complete viability and connected carer assessments within 16 weeks, with fortnightly oversight by the Fostering Team Manager.",
             "Fostering Team Manager", "Decmber 2024", "On track",
             "Eleven assessments over 16 weeks at the start of the plan; now four."),
        ]),
        ("The quality and timeliness of return home interviews for children in care who go missing.", [
            ("2.1", "Re-commission the return home interview service with a 72-hour standard and a monthly performance report.",
             "Commissioning Manager", "January 2025", "On track",
             "Service specification drafted; market engagement in December."),
            ("2.2", "Include missing episodes and return home interview findings in every child's care plan review.",
             "Independent Reviewing Service Manager", "March 2025", "Not started", ""),
        ]),
        ("The frequency and quality of supervision for social workers in the children in care teams.", [
            ("3.1", "Audit supervision records in the children in care teams each quarter and feed findings back to team managers.",
             "Principal Social Worker", "April 2025", "Not started", ""),
        ]),
    ]
    r = 6
    for afi, acts in groups:
        top = r
        for ref, act, lead, when, status, comm in acts:
            for c, v in enumerate([None, ref, act, lead, when, status, comm or None], 1):
                cell = ws.cell(r, c, v)
                cell.border = BOX
                cell.alignment = WRAP
            r += 1
        ws.cell(top, 1, afi).alignment = WRAP
        if r - 1 > top:
            ws.merge_cells(start_row=top, start_column=1, end_row=r - 1, end_column=1)
    for col, w in zip("ABCDEFG", [45, 6, 60, 32, 14, 12, 45]):
        ws.column_dimensions[col].width = w
    wb.save(path("gw1-leicestershire-county-council-focused-visit-action-plan-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------- docx helpers
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def bold_cell(cell, text, color=None):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


# ---------------------------------------------------------------- 4 Cambridgeshire YJS (docx)
def cambridgeshire():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_heading("Cambridgeshire Youth Justice Service: HMI Probation Inspection Improvement Plan", level=0)
    doc.add_paragraph("Inspection fieldwork: 12–16 May 2025 | Report published: 7 August 2025 | Overall rating: Requires improvement")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Document owner", "Head of Service, Youth Justice"),
                 ("Version", "1.2"),
                 ("Date", "15 October 2025"),
                 ("Approved by", "Cambridgeshire Youth Justice Management Board"),
                 ("Next review", "January 2026")]:
        row = t.add_row().cells
        bold_cell(row[0], k)
        shade(row[0], "F2F2F2")
        row[1].text = v
    doc.add_paragraph()
    doc.add_paragraph(
        "This plan responds to the four recommendations made by HM Inspectorate of Probation. Progress is reported to "
        "every meeting of the Youth Justice Management Board. RAG key: B = complete; G = on track; A = at risk of slipping; "
        "R = off track.")

    sections = [
        ("The Cambridgeshire Youth Justice Management Board should:", [
            ("1. ensure that the partnership provides sufficient access to speech, language and communication support for children in the YJS", [
                ("1.1", "Agree a jointly funded speech and language therapist post with the ICB, based within the YJS.",
                 "Head of Service (YJS)", "31/01/2026",
                 "Funding agreed in principle at the September Board; job description with the ICB for grading.", "G"),
                ("1.2", "Screen every child entering the service using the AssetPlus speech, language and communication questions, and refer where needs are identified.",
                 "JM, KT", "Q4 2025/26",
                 "Screening in place for post-court cases. Out-of-court cases to follow once the new referral form is live.", "A"),
            ]),
            ("2. ensure that the disproportionate representation of Black and mixed heritage children is understood and addressed", [
                ("2.1", "Complete a disproportionality audit of all out-of-court and post-court cases and present findings to the Board.",
                 "Performance and Information Manager", "November 2025",
                 "Audit presented to the Board on 6 November 2025.", "B"),
                ("2.2", "Refresh the disproportionality action plan with partners, including police and education.",
                 "Chair of the Youth Justice Management Board", "End of March 2026",
                 "Partner workshop held in October; draft plan to the January Board.", "G"),
            ]),
        ]),
        ("The Head of Cambridgeshire Youth Justice Service should:", [
            ("3. improve the quality of risk of harm assessments and plans, so that they consider all relevant information and the safety of actual and potential victims", [
                ("3.1", "Deliver risk of harm and contingency planning training to all case managers, followed by practice observations.",
                 "Youth Justice Service Manager / Practice Development Lead", "Dec 2025",
                 "Training delivered to 19 of 23 case managers.", "G"),
                ("3.2", "Introduce a monthly management oversight audit of risk of harm assessments, using the HMIP case assessment tool.",
                 "Operational Managers", "Ongoing",
                 "Monthly audits started in September; eight cases audited each month.", "G"),
            ]),
            ("4. ensure that out-of-court disposal decision making is recorded clearly and is informed by a full assessment", [
                ("4.1", "Revise the joint decision-making panel terms of reference so that every out-of-court disposal decision is recorded with the assessment that informed it.",
                 "Out of Court Disposal Coordinator and Police Youth Justice Sergeant", "30 November 2025",
                 "Revised terms of reference in use from 3 November 2025.", "B"),
            ]),
        ]),
    ]
    ragcol = {"B": "5B9BD5", "G": "92D050", "A": "FFC000", "R": "FF0000"}
    for heading, recs in sections:
        doc.add_heading(heading, level=1)
        for rec, acts in recs:
            tb = doc.add_table(rows=2, cols=6)
            tb.style = "Table Grid"
            top = tb.rows[0].cells
            m = top[0].merge(top[5])
            bold_cell(m, rec)
            shade(m, "DDEBF7")
            for c, h in enumerate(["Ref", "Action", "Owner", "Completion date", "Progress update", "RAG"]):
                bold_cell(tb.rows[1].cells[c], h, "FFFFFF")
                shade(tb.rows[1].cells[c], "2F5597")
            for ref, act, own, when, prog, rag in acts:
                cells = tb.add_row().cells
                for c, v in enumerate([ref, act, own, when, prog, rag]):
                    cells[c].text = v
                shade(cells[5], ragcol[rag])
                cells[5].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            doc.add_paragraph()
    doc.add_heading("Sign-off", level=1)
    so = doc.add_table(rows=3, cols=3)
    so.style = "Table Grid"
    for c, h in enumerate(["Role", "Name", "Date"]):
        bold_cell(so.rows[0].cells[c], h)
    for r, (role, name, dt) in enumerate([("Chair, Youth Justice Management Board", "Superintendent R. Okafor", "15/10/2025"),
                                          ("Head of Service, Youth Justice", "Helen Marsh", "15/10/2025")], 1):
        so.rows[r].cells[0].text = role
        so.rows[r].cells[1].text = name
        so.rows[r].cells[2].text = dt
    doc.save(path("gw1-cambridgeshire-yjs-hmip-improvement-plan.docx"))


# ---------------------------------------------------------------- 5 North Lanarkshire fostering (docx)
def north_lanarkshire():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    run = p.add_run("North Lanarkshire Council Fostering Service – Improvement Plan")
    run.bold = True
    run.font.size = Pt(16)
    doc.add_paragraph("Response to the Care Inspectorate inspection report (unannounced inspection completed 14 November 2024)")
    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k, v in [("Service", "North Lanarkshire Council Fostering Service"),
                 ("Care service number", "CS2004072419"),
                 ("Grades awarded", "How well do we support children and young people's rights and wellbeing? 3 – Adequate\n"
                                    "How good is our leadership? 3 – Adequate"),
                 ("Plan prepared by", "Family Placement Service Manager"),
                 ("Date of update", "12 May 2025")]:
        row = info.add_row().cells
        bold_cell(row[0], k)
        row[1].text = v
    doc.add_paragraph()
    doc.add_paragraph("Status key")
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for word, col, txt in [("Blue", "0070C0", "Action complete"), ("Green", "00B050", "On track"),
                           ("Amber", "FFC000", "Some slippage against timescale"),
                           ("Red", "FF0000", "Not started or significantly delayed")]:
        row = key.add_row().cells
        row[0].text = word
        shade(row[0], col)
        row[1].text = txt
    doc.add_paragraph()

    sections = [
        ("Requirements", [
            ("1. By 28 February 2025, the provider must ensure that foster carers' reviews are completed at least annually, "
             "within the timescales set out in the Looked After Children (Scotland) Regulations 2009, and are presented to the fostering panel.", [
                ("1.1", "Create a review tracker for all approved foster carers and circulate it to team leaders each month.",
                 "Fostering Team Manager", "31 December 2024", "Blue"),
                ("1.2", "Allocate an independent reviewing officer to complete all overdue reviews and present them to panel.",
                 "McBride, Euan", "By 28 February 2025", "Blue"),
            ]),
            ("2. By 31 March 2025, the provider must ensure that a safer caring plan is in place, and reviewed, for every fostering household.", [
                ("2.1", "Audit every fostering household file for a current safer caring plan.",
                 "Lorraine Kerr and Euan McBride", "January 2025", "Blue"),
                ("2.2", "Deliver refresher training on safer caring to supervising social workers and foster carers.",
                 "Learning and Development Officer", "February – March 2025", "Green"),
            ]),
        ]),
        ("Areas for improvement", [
            ("1. To support children's wellbeing, the provider should ensure that children's views are sought and recorded as part of each foster carer review.", [
                ("3.1", "Introduce a child-friendly consultation form, developed with the Champions Board, for use before each carer review.",
                 "Participation Officer", "30/04/2025", "Green"),
            ]),
            ("2. The provider should improve the range of training and support groups available to foster carers, including support for carers of children with complex needs.", [
                ("4.1", "Develop a foster carer learning calendar for 2025–26, including trauma-informed practice and managing allegations.",
                 "Learning and Development Officer; Foster Carer Support Worker", "April – June 2025", "Amber"),
                ("4.2", "Re-establish monthly foster carer support groups in each locality.",
                 "Fostering Team Manager", "Ongoing", "Green"),
            ]),
        ]),
    ]
    colour = {"Blue": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in enumerate(["No.", "Requirement / area for improvement", "Action to be taken",
                           "Responsible person", "Timescale", "Status"]):
        bold_cell(t.rows[0].cells[c], h, "FFFFFF")
        shade(t.rows[0].cells[c], "00467F")
    for sec, items in sections:
        cells = t.add_row().cells
        m = cells[0].merge(cells[5])
        bold_cell(m, sec)
        shade(m, "D9E2F3")
        for text, acts in items:
            first = len(t.rows)
            for ref, act, who, when, status in acts:
                cells = t.add_row().cells
                cells[0].text = ref
                cells[2].text = act
                cells[3].text = who
                cells[4].text = when
                cells[5].text = status
                shade(cells[5], colour[status])
            last = len(t.rows) - 1
            mc = t.cell(first, 1)
            if last > first:
                mc = mc.merge(t.cell(last, 1))
            mc.text = text
    doc.add_paragraph()
    doc.add_paragraph("Progress against this plan is reported to the Children and Families Senior Management Team each quarter "
                      "and shared with the Care Inspectorate link inspector.")
    doc.save(path("gw1-north-lanarkshire-council-fostering-service-care-inspectorate-improvement-plan.docx"))


# ---------------------------------------------------------------- 6 Lincolnshire corporate parenting (csv)
def lincolnshire():
    rows = [
        ["Lincolnshire County Council – Corporate Parenting Panel Action Plan 2025/26", "", "", "", "", ""],
        ["Last updated: 14/01/2026 (for Corporate Parenting Panel, 22 January 2026)", "", "", "", "", ""],
        ["", "", "", "", "", ""],
        ["Ref", "Action", "Lead", "Due date", "RAG", "Progress update"],
        ["Priority 1 – Children and young people are heard and influence services", "", "", "", "", ""],
        ["1.1", "Hold a quarterly 'Takeover' meeting where members of the Children in Care Council set the panel agenda.",
         "Participation Manager", "Quarterly", "Green", "July and October takeovers held; January meeting planned."],
        ["1.2", "Refresh the Pledge to children in care with the Children in Care Council.\nRelaunch at the annual celebration event.",
         "Participation Manager; Cllr Patricia Bradwell", "Oct-25", "Blue",
         "New Pledge launched at the celebration event on 18 October 2025."],
        ["Priority 2 – Children in care achieve well in education", "", "", "", "", ""],
        ["2.1", "Track the Personal Education Plan completion rate each term and report exceptions to panel.",
         "Virtual School Head", "Termly", "Green", "Autumn term PEP completion 96%."],
        ["2.2", "Extend the post-16 tutoring offer to all care experienced young people in year 13.",
         "Virtual School Head", "30/09/2025", "Blue", "Offer extended from September; 38 young people taking part."],
        ["Priority 3 – Children in care are healthy", "", "", "", "", ""],
        ["3.1", "Reduce the time taken to complete initial health assessments to within 20 working days for 90% of children.",
         "Designated Nurse for Looked After Children", "Mar-26", "Amber",
         "Performance 74% in December.\nPaediatrician capacity being reviewed with the ICB."],
        ["3.2", "Commission an emotional wellbeing service for children placed out of county.",
         "MK/JT", "Q3 2025/26", "Red", "Tender did not attract a suitable bid; options paper to February panel."],
        ["Priority 4 – Care leavers have a safe home and a good start to adult life", "", "", "", "", ""],
        ["4.1", "Agree a care leaver council tax exemption with all seven district councils.",
         "Head of Leaving Care & Head of Housing Strategy", "31/03/2026", "Green",
         "Five of seven districts have agreed; remaining two at budget setting."],
        ["4.2", "Offer every care leaver a named apprenticeship or work experience contact within the council.",
         "Corporate Parenting Manager", "June 2026", "", ""],
        ["", "", "", "", "", ""],
        ["Summary", "", "", "", "", ""],
        ["Blue (complete)", "2", "", "", "", ""],
        ["Green (on track)", "3", "", "", "", ""],
        ["Amber (some slippage)", "1", "", "", "", ""],
        ["Red (off track)", "1", "", "", "", ""],
        ["Not started (blank)", "1", "", "", "", ""],
        ["Total", "8", "", "", "", ""],
    ]
    with open(path("gw1-lincolnshire-county-council-corporate-parenting-panel-action-plan.csv"), "w",
              newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------- 7 Solihull early help (txt, tab-separated)
def solihull():
    header = "Ref\tWhat we will do\tLead(s)\tBy when\tRAG\tProgress"
    lines = [
        "Solihull Early Help Strategy 2024–2026: Partnership Action Plan",
        "Solihull Early Help Partnership Board – progress at Quarter 3 2025/26",
        "",
        "RAG: B = complete; G = on track; A = some delay; R = off track",
        "",
        "OBJECTIVE 1: Families can find and access help early, through our Family Hubs",
        header,
        "EH1.1\tOpen the fourth Family Hub in Chelmsley Wood and publish the Start for Life offer on the hub website.\t"
        "Family Hubs Programme Manager\tEnd of June 2025\tB\tHub opened 2 June 2025; Start for Life pages live.",
        "EH1.2\tDevelop a single request for support form for partners, replacing the separate Early Help and MASH forms.\t"
        "Head of Early Help & MASH Service Manager\tSept 2025 – March 2026\tA\tForm designed; testing delayed by the Liquidlogic upgrade.",
        "EH1.3\tRun quarterly Family Hub network meetings with schools, health visitors and voluntary sector partners.\t"
        "Locality Early Help Managers\tQuarterly\tG\tMeetings held in all three localities in October.",
        "",
        "OBJECTIVE 2: Practitioners across the partnership lead early help assessments confidently",
        header,
        "EH2.1\tDeliver Early Help Assessment and lead practitioner training to 200 partner staff.\t"
        "Anna Hughes & Rob Patel\t31/03/2026\tG\t146 staff trained to date.",
        "EH2.2\tIntroduce a monthly multi-agency audit of early help assessments, with findings reported to the Early Help Partnership Board.\t"
        "Quality Assurance Lead (Early Help)\tw/c 12/01/2026\tA\tAudit tool agreed; partner auditors still to be confirmed by health.",
        "EH2.3\tPublish a partner dashboard showing early help assessments started by agency.\t"
        "Business Intelligence Manager\tTBC\tR\tOn hold until the data warehouse migration is complete.",
        "",
        "OBJECTIVE 3: Families with more complex needs get the right help to prevent escalation",
        header,
        "EH3.1\tLaunch the Family Help pilot in the North locality, bringing targeted early help and child in need work together.\t"
        "AD Family Help\tOct-25\tG\tPilot launched 6 October 2025; 64 families supported.",
        "EH3.2\tEmbed the Reducing Parental Conflict programme within the Family Hub offer.\t"
        "RPC Coordinator\tOngoing\tG\tSessions running in all hubs.",
        "EH3.3\tReview step-down arrangements from children's social care to early help and agree a joint protocol.\t"
        "Head of Early Help / Head of Safeguarding\tDecember 2025\tB\tJoint protocol signed off 9 December 2025.",
        "",
        "Totals: 9 actions – B 2, G 4, A 2, R 1",
        "Next review: Early Help Partnership Board, April 2026",
    ]
    with open(path("gw1-solihull-early-help-strategy-action-plan.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    derbyshire()
    hampshire()
    leicestershire()
    cambridgeshire()
    north_lanarkshire()
    lincolnshire()
    solihull()
    print("built 7 files in", HERE)
