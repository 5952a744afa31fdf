#!/usr/bin/env python3
"""Build the seven ti- data files of set heldout503 (xlsx x3, docx x2, csv, txt)."""
import csv
import datetime as dt
import io
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

OUT = os.path.dirname(os.path.abspath(__file__))

def P(name):
    return os.path.join(OUT, name)

D = dt.datetime
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
FILL = {
    "R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0",
    "band": "1F3864", "sub": "D9E1F2", "head": "BDD7EE", "grey": "F2F2F2",
}

def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


# ---------------------------------------------------------------- 1. Kent risk register (xlsx)
def kent():
    name = "ti-kent-county-council-cype-directorate-risk-register.xlsx"
    wb = Workbook()
    s = wb.active
    s.title = "Summary Risk Profile"
    s["A1"] = "Kent County Council – Children, Young People and Education (CYPE) Directorate Risk Register"
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Summary risk profile – position as at 30 November 2025"
    s["A3"] = "Low = 1-6   Medium = 8-15   High = 16-25"
    hdr = ["Risk No.", "Risk Title", "Risk Owner", "Current Risk Rating", "Target Risk Rating",
           "Direction of Travel since August 2025"]
    for c, h in enumerate(hdr, 1):
        cell = s.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill(FILL["head"])
        cell.border = BOX
    summ = [
        ("CY0001", "Sufficiency of specialist SEND provision", "Corporate Director CYPE", "25 (High)", "12 (Medium)", "⇔"),
        ("CY0004", "Recruitment and retention of qualified social workers", "Corporate Director CYPE", "16 (High)", "9 (Medium)", "⇩"),
        ("CY0007", "High Needs Block deficit and delivery of the Safety Valve agreement", "Corporate Director Finance", "25 (High)", "16 (High)", "⇔"),
        ("CY0011", "Placement costs and sufficiency for children in care, including UASC", "Corporate Director CYPE", "20 (High)", "12 (Medium)", "⇧"),
    ]
    for r, row in enumerate(summ, 6):
        for c, v in enumerate(row, 1):
            cell = s.cell(row=r, column=c, value=v)
            cell.border = BOX
            cell.alignment = WRAP
    for col, w in zip("ABCDEF", (10, 60, 28, 16, 16, 20)):
        s.column_dimensions[col].width = w

    g = wb.create_sheet("Register")
    g["A1"] = "Kent County Council – Children, Young People and Education (CYPE) Directorate Risk Register"
    g["A1"].font = Font(bold=True, size=14)
    g["A2"] = "Position as at 30 November 2025 – for CYPE Cabinet Committee, 13 January 2026"
    g["A3"] = "Mitigating actions are shown beneath each risk. Status is shown by cell colour (see key below the register)."
    hdr = ["Ref", "Mitigating action", "Action owner", "Target date", "Revised date", "Status", "Progress update (November 2025)"]
    for c, h in enumerate(hdr, 1):
        cell = g.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill(FILL["head"])
        cell.border = BOX
        cell.alignment = WRAP
    risks = [
        ("CY0001 – Sufficiency of specialist SEND provision",
         "Risk owner: Corporate Director CYPE   |   Current rating: 25 (High)   |   Target rating: 12 (Medium)",
         "Existing controls: SEND Sufficiency Plan; weekly placement panel; termly SEND capital programme board; High Needs Block monitoring.",
         [
             ("CY0001.1", "Open the two new special school satellite provisions at Whitstable and Sittingbourne, creating 120 additional specialist places.",
              "Director of Education and SEN", D(2025, 9, 1), D(2026, 1, 5), "A",
              "Building handover at Sittingbourne delayed by contractor; Whitstable satellite opened September 2025 with 48 places."),
             ("CY0001.2", "Complete the county-wide review of Specialist Resource Provision (SRP) commissioning and agree revised service level agreements with host schools.",
              "Assistant Director SEND (North) / Assistant Director SEND (South)", D(2026, 3, 31), None, "G",
              "Review fieldwork complete in 31 of 44 SRPs. Draft SLA shared with headteacher reference group."),
             ("CY0001.3", "Publish the refreshed SEND Sufficiency Plan 2025–2028 following consultation with schools and the Kent PACT parent carer forum.",
              "Head of SEND Strategy and Commissioning", D(2025, 7, 31), None, "B",
              "Published July 2025 following Cabinet Member decision 25/00061."),
         ]),
        ("CY0004 – Recruitment and retention of qualified social workers",
         "Risk owner: Corporate Director CYPE   |   Current rating: 16 (High)   |   Target rating: 9 (Medium)",
         "Existing controls: workforce strategy; caseload monitoring dashboard; exit interviews; regional agency pledge.",
         [
             ("CY0004.1", "Launch Kent Social Work Academy cohort 3 (25 newly qualified social workers) with protected caseloads for the ASYE year.",
              "Principal Social Worker", D(2025, 9, 30), None, "B",
              "Cohort of 27 started 15 September 2025."),
             ("CY0004.2", "Implement the market supplement for hard-to-fill team manager posts in East Kent and review impact after six months.",
              "Director of Children's Countywide Services / HR Business Partner (CYPE)", D(2025, 12, 31), None, "G",
              "Supplement applied from October payroll; 4 of 6 vacant posts now filled."),
             ("CY0004.3", "Reduce agency social worker usage to below 15% of the qualified workforce through conversion to permanent contracts.",
              "Director of Children's Countywide Services", "Ongoing", None, "A",
              "Agency usage 18.2% (August: 19.6%)."),
         ]),
        ("CY0007 – High Needs Block deficit and delivery of the Safety Valve agreement",
         "Risk owner: Corporate Director Finance   |   Current rating: 25 (High)   |   Target rating: 16 (High)",
         "Existing controls: Safety Valve programme board; monthly DSG monitoring; Schools Funding Forum oversight.",
         [
             ("CY0007.1", "Submit the Safety Valve quarterly monitoring return to the DfE and report progress against the agreement conditions to Schools Funding Forum.",
              "Corporate Director Finance / Director of Education and SEN", "Quarterly", None, "G",
              "Q2 return submitted 31 October 2025."),
             ("CY0007.2", "Roll out the Locality Based Resources model to all 23 localities, with devolved high needs funding agreed with school clusters.",
              "Director of Education and SEN", D(2026, 3, 31), D(2026, 8, 31), "R",
              "Only 9 localities have signed partnership agreements; revised timetable to be agreed with DfE adviser."),
         ]),
        ("CY0011 – Placement costs and sufficiency for children in care, including UASC",
         "Risk owner: Corporate Director CYPE   |   Current rating: 20 (High)   |   Target rating: 12 (Medium)",
         "Existing controls: placement sufficiency strategy; Placement Commissioning Panel; weekly UASC reception centre reporting.",
         [
             ("CY0011.1", "Open two additional in-house children's homes (8 beds) through the Kent Residential Sufficiency Programme.",
              "Head of Corporate Parenting Resources", D(2026, 6, 30), None, "G",
              "Planning consent granted for both properties; Ofsted registration applications in preparation."),
             ("CY0011.2", "Secure a revised National Transfer Scheme funding rate with the Home Office for unaccompanied asylum-seeking children above the 0.1% threshold.",
              "Corporate Director CYPE", D(2025, 12, 31), None, "R",
              "No response to the Leader's letter of 2 September 2025; raised again at ministerial meeting."),
         ]),
    ]
    r = 6
    for band, info, controls, acts in risks:
        g.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        c = g.cell(row=r, column=1, value=band)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["band"])
        r += 1
        for text in (info, controls):
            g.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            c = g.cell(row=r, column=1, value=text)
            c.fill = fill(FILL["sub"])
            c.font = Font(italic=True)
            c.alignment = WRAP
            r += 1
        for ref, text, owner, tgt, rev, st, upd in acts:
            vals = [ref, text, owner, tgt, rev, None, upd]
            for ci, v in enumerate(vals, 1):
                cell = g.cell(row=r, column=ci, value=v)
                cell.border = BOX
                cell.alignment = WRAP
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            g.cell(row=r, column=6).fill = fill(FILL[st])
            r += 1
    r += 1
    g.cell(row=r, column=1, value="Status key").font = Font(bold=True)
    r += 1
    for st, lab in (("B", "Action complete"), ("G", "On track to deliver by target date"),
                    ("A", "Some slippage – revised date agreed by DMT"),
                    ("R", "Significantly off track – escalated to CMT")):
        g.cell(row=r, column=1).fill = fill(FILL[st])
        g.cell(row=r, column=2, value=lab)
        r += 1
    for col, w in zip("ABCDEFG", (11, 62, 34, 13, 13, 9, 50)):
        g.column_dimensions[col].width = w

    k = wb.create_sheet("Risk Matrix")
    k["A1"] = "Risk scoring – 5 x 5 matrix (Likelihood x Impact)"
    k["A1"].font = Font(bold=True)
    k["A3"] = "Likelihood"
    for i, lab in enumerate(["Very Likely (5)", "Likely (4)", "Possible (3)", "Unlikely (2)", "Very Unlikely (1)"]):
        k.cell(row=4 + i, column=1, value=lab)
        for j in range(5):
            score = (5 - i) * (j + 1)
            cell = k.cell(row=4 + i, column=2 + j, value=score)
            cell.fill = fill("FF7C80" if score >= 16 else ("FFE699" if score >= 8 else "C6E0B4"))
    for j, lab in enumerate(["Minor (1)", "Moderate (2)", "Significant (3)", "Serious (4)", "Major (5)"]):
        k.cell(row=9, column=2 + j, value=lab)
    k["B10"] = "Impact"
    wb.save(P(name))


# ---------------------------------------------------------------- 2. Oxfordshire highlight report (xlsx)
def oxon():
    name = "ti-oxfordshire-county-council-send-high-needs-programme-highlight-report.xlsx"
    wb = Workbook()
    s = wb.active
    s.title = "Highlight Report"
    s["A1"] = "Oxfordshire County Council"
    s["A1"].font = Font(bold=True, size=12)
    s["A2"] = "SEND Improvement and High Needs Programme: Highlight Report"
    s["A2"].font = Font(bold=True, size=14)
    s.merge_cells("A2:H2")
    meta = [
        ("Reporting period", "01/10/2025 – 31/10/2025", "Programme SRO", "Director of Children's Services"),
        ("Report author", "Programme Manager, SEND Transformation", "Overall status (current)", "A"),
        ("Board", "SEND Improvement Board – 18 November 2025", "Overall status (previous)", "A"),
    ]
    for i, (a, b, c, d) in enumerate(meta, 4):
        s.cell(row=i, column=1, value=a).font = Font(bold=True)
        s.cell(row=i, column=2, value=b)
        s.merge_cells(start_row=i, start_column=2, end_row=i, end_column=3)
        s.cell(row=i, column=5, value=c).font = Font(bold=True)
        cell = s.cell(row=i, column=6, value=d)
        if d in FILL:
            cell.fill = fill(FILL[d])
            cell.alignment = Alignment(horizontal="center")
    s["A8"] = "RAG key:"
    s["A8"].font = Font(bold=True)
    for col, (st, lab) in zip((2, 3, 4, 5), (("G", "G = On track"), ("A", "A = At risk – mitigations in place"),
                                            ("R", "R = Off track – escalation required"), ("B", "B = Complete"))):
        cell = s.cell(row=8, column=col, value=lab)
        cell.fill = fill(FILL[st])
    s["A10"] = "1. Management summary"
    s["A10"].font = Font(bold=True, size=12)
    s.merge_cells("A11:H11")
    s["A11"] = ("Overall status remains Amber. EHC needs assessment timeliness has deteriorated following the "
                "rise in requests over the summer (22% of new EHCPs issued within 20 weeks in October), and the "
                "backlog milestone is now rated Red. The OAIP guidance has been published and the High Needs Block "
                "deficit management plan was agreed by Schools Forum on 15 October 2025.")
    s["A11"].alignment = WRAP
    s.row_dimensions[11].height = 75
    s["A13"] = "2. Milestones by workstream"
    s["A13"].font = Font(bold=True, size=12)
    hdr = ["Ref", "Milestone / deliverable", "Lead(s)", "Baseline date", "Forecast date", "Previous RAG",
           "Current RAG", "Commentary"]
    for c, h in enumerate(hdr, 1):
        cell = s.cell(row=14, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill(FILL["head"])
        cell.border = BOX
        cell.alignment = WRAP
    ws = [
        ("Workstream 1: Early identification and inclusion in mainstream", [
            ("1.1", "Publish the Ordinarily Available Inclusive Provision (OAIP) guidance for early years settings and schools",
             "Head of SEND / Inclusion Lead", D(2025, 9, 1), D(2025, 9, 1), "G", "B",
             "Published 26 September 2025 with launch webinars for SENCOs."),
            ("1.2", "Launch the Inclusion Support Fund pilot in 12 primary schools (Banbury and Bicester partnerships)",
             "J. Okafor & R. Whitcombe", D(2025, 10, 1), D(2026, 1, 1), "G", "A",
             "Funding criteria agreed; legal review of school agreements has pushed launch to January."),
            ("1.3", "Train 150 SENCOs and teaching assistants in the graduated response toolkit",
             "Principal Educational Psychologist", D(2026, 3, 1), D(2026, 3, 1), "G", "G",
             "64 trained to date across three cohorts."),
        ]),
        ("Workstream 2: EHC needs assessment timeliness", [
            ("2.1", "Clear the backlog of EHC needs assessments over 20 weeks (baseline 412 cases)",
             "SEND Service Manager (Assessment)", D(2025, 12, 1), D(2026, 3, 1), "A", "R",
             "Backlog reduced to 356 but new requests up 31% on last year. Additional EP capacity commissioned."),
            ("2.2", "Recruit to 6 permanent EHCP coordinator posts and 2 educational psychologists",
             "SEND Service Manager (Assessment) / HR Business Partner", D(2025, 11, 1), D(2025, 11, 1), "A", "G",
             "5 coordinators and 2 EPs appointed; final coordinator interview 7 November."),
            ("2.3", "Go live with the EHC Hub portal for parent carers and professionals",
             "Head of SEND Systems and Performance", D(2026, 1, 1), D(2026, 2, 1), "G", "A",
             "User acceptance testing found issues with advice requests; go-live moved to February."),
        ]),
        ("Workstream 3: Sufficiency and High Needs Block sustainability", [
            ("3.1", "Open 60 additional Resource Base places across secondary schools",
             "Head of School Organisation and Planning", D(2026, 9, 1), D(2026, 9, 1), "G", "G",
             "Four host schools confirmed; capital works tendered."),
            ("3.2", "Agree the High Needs Block deficit management plan with Schools Forum and submit to the DfE",
             "Director of Finance / Head of SEND", D(2025, 10, 1), D(2025, 10, 1), "A", "B",
             "Agreed by Schools Forum 15 October 2025 and submitted to DfE 24 October 2025."),
            ("3.3", "Review all independent non-maintained special school placements at annual review for step-down to maintained provision",
             "Head of SEND Commissioning", D(2026, 7, 1), D(2026, 7, 1), None, "G",
             "New milestone this period. Review schedule agreed; first 40 reviews booked."),
        ]),
    ]
    r = 15
    for band, rows in ws:
        s.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        c = s.cell(row=r, column=1, value=band)
        c.font = Font(bold=True)
        c.fill = fill(FILL["sub"])
        r += 1
        for ref, text, lead, base, fc, prev, cur, com in rows:
            vals = [ref, text, lead, base, fc, prev, cur, com]
            for ci, v in enumerate(vals, 1):
                cell = s.cell(row=r, column=ci, value=v)
                cell.border = BOX
                cell.alignment = WRAP
                if isinstance(v, dt.datetime):
                    cell.number_format = "mmm-yy"
            for ci, v in ((6, prev), (7, cur)):
                if v:
                    s.cell(row=r, column=ci).fill = fill(FILL[v])
                    s.cell(row=r, column=ci).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
    r += 1
    s.cell(row=r, column=1, value="3. Decisions required from the Board").font = Font(bold=True, size=12)
    r += 1
    s.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    s.cell(row=r, column=1, value="The Board is asked to note the Red rating for milestone 2.1 and approve the "
           "re-baselined forecast dates for milestones 1.2 and 2.3.").alignment = WRAP
    for col, w in zip("ABCDEFGH", (8, 58, 30, 12, 12, 10, 10, 52)):
        s.column_dimensions[col].width = w

    k = wb.create_sheet("Risks and Issues")
    k["A1"] = "Key risks and issues"
    k["A1"].font = Font(bold=True, size=12)
    for c, h in enumerate(["Type", "Description", "Rating", "Mitigation"], 1):
        cell = k.cell(row=3, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill(FILL["head"])
    rows = [
        ("Risk", "Continued growth in EHC needs assessment requests outstrips assessment capacity.", "High",
         "Additional EP capacity commissioned; weekly triage of requests."),
        ("Risk", "Capital build inflation reduces the number of Resource Base places deliverable within budget.", "Medium",
         "Value engineering with Property Services; phasing options prepared."),
        ("Issue", "EHC Hub supplier resource constraints during November testing window.", "Medium",
         "Escalated to supplier account manager; contractual service credits under review."),
    ]
    for i, row in enumerate(rows, 4):
        for c, v in enumerate(row, 1):
            k.cell(row=i, column=c, value=v).alignment = WRAP
    for col, w in zip("ABCD", (8, 60, 10, 60)):
        k.column_dimensions[col].width = w
    wb.save(P(name))


# ---------------------------------------------------------------- 3. Wiltshire focused visit (xlsx, refuse)
WILTS_TYPO_ROW = None

def wilts():
    global WILTS_TYPO_ROW
    name = "ti-wiltshire-council-ofsted-focused-visit-action-plan-typo-month-refuse.xlsx"
    wb = Workbook()
    s = wb.active
    s.title = "Action Plan"
    s["A1"] = "Wiltshire Council – Families and Children's Services"
    s["A1"].font = Font(bold=True, size=12)
    s["A2"] = "Ofsted Focused Visit: Care Leavers – Action Plan"
    s["A2"].font = Font(bold=True, size=14)
    s["A3"] = ("Visit: 9–10 July 2024  |  Letter published: 15 August 2024  |  Plan owner: Director – Families and "
               "Children's Services  |  Monitored by: Children's Services Improvement Board")
    hdr = ["Ref", "Area for improvement (Ofsted letter)", "Action", "Lead", "Start", "End", "Measure of success",
           "Progress update (December 2024)", "RAG"]
    for c, h in enumerate(hdr, 1):
        cell = s.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("7030A0")
        cell.border = BOX
        cell.alignment = WRAP
    areas = [
        ("The timeliness and quality of pathway plans, so that they are written with young people and reflect their current needs and aspirations.", [
            ("1.1", "Relaunch the pathway plan template co-produced with the Children in Care Council, with a young person's summary page.",
             "Head of Service – Care Leavers (Wiltshire Leaving Care Service)", "August 2024", "October 2024",
             "Template in use for all new plans", "Launched 1 October 2024 at practice week.", "B"),
            ("1.2", "Monthly audit of 10 pathway plans by team managers using the revised quality standard.",
             "Team Managers, Leaving Care", "September 2024", "March 2025",
             "80% of audited plans graded good or better", "Two audit cycles complete; 61% good or better.", "A"),
            ("1.3", "Introduce a weekly performance report on pathway plans due and overdue for each personal adviser.",
             "Performance and Information Manager", "August 2024", "September 2024",
             "95% of eligible young people have an up-to-date plan", "Report live; timeliness 88% (July: 74%).", "G"),
        ]),
        ("The availability of suitable accommodation for care leavers, including for those aged 18 to 21 with complex needs.", [
            ("2.1", "Agree a joint housing protocol for care leavers with Wiltshire Council Housing and registered providers.",
             "Head of Service – Care Leavers / Head of Housing Options", "September 2024", "December 2024",
             "Protocol signed by all partners", "Draft agreed at Housing Board 21 November 2024.", "G"),
            ("2.2", "Commission 12 additional supported accommodation units for 18–21 year olds with complex needs.",
             "Commissioning Manager – Children's Placements", "October 2024", "Febuary 2025",
             "12 units available; no care leavers placed in B&B", "Tender evaluation under way.", "A"),
            ("2.3", "Review all care leavers in unsuitable accommodation at the monthly Accommodation Panel.",
             "Service Manager, Leaving Care", "August 2024", "Monthly",
             "Number in unsuitable accommodation falls below 5", "Panel meeting monthly since August; 7 young people currently reviewed.", "G"),
        ]),
        ("Access to emotional wellbeing and mental health support for care leavers up to the age of 25.", [
            ("3.1", "Extend the Virtual School emotional wellbeing offer to care leavers aged 18–25 through a dedicated clinical psychologist post.",
             "Virtual School Headteacher / Designated Nurse for Children in Care", "October 2024", "April 2025",
             "Post recruited; 40 care leavers offered consultation", "Post advertised; interviews January 2025.", "A"),
            ("3.2", "Agree an adult mental health transition pathway for care leavers with Avon and Wiltshire Mental Health Partnership and BSW ICB.",
             "Director – Families and Children's Services", "September 2024", "June 2025",
             "Pathway agreed and published on the local offer", "First workshop held 12 November 2024.", "G"),
        ]),
    ]
    r = 6
    for n, (area, acts) in enumerate(areas, 1):
        first = r
        for ref, text, lead, start, end, measure, upd, rag in acts:
            vals = [ref, area if r == first else None, text, lead, start, end, measure, upd, rag]
            for ci, v in enumerate(vals, 1):
                cell = s.cell(row=r, column=ci, value=v)
                cell.border = BOX
                cell.alignment = WRAP
            s.cell(row=r, column=9).fill = fill(FILL[rag])
            if end == "Febuary 2025":
                WILTS_TYPO_ROW = r
            r += 1
        s.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    s.cell(row=r, column=1, value="RAG key: B – complete; G – on track; A – at risk of not meeting end date; R – off track").font = Font(italic=True)
    for col, w in zip("ABCDEFGHI", (6, 40, 50, 32, 14, 14, 32, 40, 6)):
        s.column_dimensions[col].width = w
    t = wb.create_sheet("Summary")
    t["A1"] = "Summary of progress – December 2024"
    t["A1"].font = Font(bold=True)
    for i, (lab, n) in enumerate((("Complete (B)", 1), ("On track (G)", 4), ("At risk (A)", 3), ("Off track (R)", 0), ("Total actions", 8)), 3):
        t.cell(row=i, column=1, value=lab)
        t.cell(row=i, column=2, value=n)
    wb.save(P(name))
    return WILTS_TYPO_ROW


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)

def set_cell(cell, text, bold=False):
    parts = text.split("\n") if text else [""]
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(parts[0])
    run.bold = bold
    for extra in parts[1:]:
        q = cell.add_paragraph()
        rr = q.add_run(extra)
        rr.bold = bold

def header_row(table, labels, col="D9E2F3"):
    for c, lab in zip(table.rows[0].cells, labels):
        set_cell(c, lab, bold=True)
        shade(c, col)


# ---------------------------------------------------------------- 4. Crawley DHR (docx)
def crawley():
    name = "ti-safer-crawley-partnership-dhr-kerry-action-plan.docx"
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_paragraph("Safer Crawley Partnership – Domestic Homicide Review ‘Kerry’: Action Plan", style="Title")
    doc.add_paragraph("Victim: ‘Kerry’, aged 34. Overview report agreed by the Safer Crawley Partnership Board and "
                      "published following Home Office Quality Assurance Panel approval.")
    doc.add_paragraph("This action plan is monitored by the DHR Steering Group. Last updated: 2 October 2025.")
    doc.add_paragraph("Document control", style="Heading 3")
    t = doc.add_table(rows=4, cols=3)
    t.style = "Table Grid"
    header_row(t, ["Version", "Date", "Changes"])
    for row, vals in zip(t.rows[1:], [("0.1", "12/03/2024", "Draft for DHR Panel"),
                                       ("1.0", "19/03/2024", "Agreed by Safer Crawley Partnership Board"),
                                       ("1.3", "02/10/2025", "Q2 2025/26 progress update")]):
        for c, v in zip(row.cells, vals):
            set_cell(c, v)
    doc.add_paragraph("Status key: Green – on track; Amber – delayed, revised date agreed; Red – not progressing; "
                      "Complete – action completed and evidence received by the Steering Group.")

    doc.add_paragraph("Section A: Overview Report recommendations", style="Heading 2")
    cols = ["Recommendation", "Scope", "Action to take", "Lead agency", "Key milestones achieved in enacting recommendation",
            "Target date", "Date of completion and outcome", "Status"]
    recs = [
        ("1. Safer Crawley Partnership should seek assurance that all partner agencies include coercive and controlling behaviour in their domestic abuse training, with specific reference to economic abuse.",
         "Local", [
            ("Audit partner training packages against the Domestic Abuse Act 2021 statutory definition, including economic abuse.",
             "Safer Crawley Partnership / West Sussex County Council", "Audit tool agreed at Steering Group April 2024.",
             "30/06/2024", "Audit completed May 2024; findings reported to SCP Board July 2024.", "Complete"),
            ("Deliver two multi-agency briefings on economic abuse, co-delivered with Surviving Economic Abuse.\nRecord attendance by agency and report to the Steering Group.",
             "WSCC Domestic Abuse Service", "Venues booked; speakers confirmed.",
             "December 2024", "Briefings held 14/10/2024 and 28/11/2024 (61 attendees).", "Complete"),
        ]),
        ("2. Crawley Borough Council Housing Options should ensure that where a household presents as homeless because of domestic abuse, a DASH risk assessment is completed and a MARAC referral made where the threshold is met.",
         "Local", [
            ("Update the Housing Options domestic abuse procedure and case management system prompts so that DASH completion is mandatory.",
             "Crawley Borough Council (Housing Options Manager)", "Procedure drafted; system change request CR-1182 raised with supplier.",
             "March 2025 – revised to September 2025", "", "Amber"),
        ]),
        ("3. Sussex Police and Surrey and Sussex Healthcare NHS Trust should review how information about repeat attendances at the Emergency Department is shared with the police domestic abuse safeguarding team.",
         "Local", [
            ("Agree an information-sharing protocol for repeat ED attendances with injuries consistent with domestic abuse.",
             "Sussex Police / SASH", "Draft protocol with both Information Governance leads.",
             "Q3 2025/26", "", "Green"),
            ("Embed a routine enquiry prompt for domestic abuse in the ED electronic patient record.",
             "Surrey and Sussex Healthcare NHS Trust", "Clinical Safety Officer sign-off obtained.",
             "31/01/2026", "", "Green"),
        ]),
    ]
    nrows = 1 + sum(len(a) for _, _, a in recs)
    t = doc.add_table(rows=nrows, cols=len(cols))
    t.style = "Table Grid"
    header_row(t, cols)
    r = 1
    for rec, scope, acts in recs:
        first = r
        for act, lead, miles, tgt, comp, status in acts:
            cells = t.rows[r].cells
            if r == first:
                set_cell(cells[0], rec)
                set_cell(cells[1], scope)
            for c, v in zip(cells[2:], (act, lead, miles, tgt, comp, status)):
                set_cell(c, v)
            r += 1
        if r - 1 > first:
            t.cell(first, 0).merge(t.cell(r - 1, 0))
            t.cell(first, 1).merge(t.cell(r - 1, 1))

    doc.add_paragraph("Section B: Single agency recommendations", style="Heading 2")
    cols = ["Ref", "Agency", "Recommendation", "Action", "Lead officer", "Target date", "Revised target date", "Status"]
    sa = [
        ("SA1", "Sussex Police", "Sussex Police to ensure that officers attending domestic incidents record the voice of any children present.",
         "Issue a practice note and include the requirement in the domestic abuse refresher training for response officers.",
         "Detective Chief Inspector, Public Protection", "31/07/2024", "", "Complete"),
        ("SA2", "Sussex Police", "Sussex Police to review the use of Domestic Violence Disclosure Scheme ‘right to ask’ applications in the Crawley district.",
         "Dip-sample 50 DVDS applications from 2023/24 and report findings to the DHR Steering Group.",
         "Detective Inspector, Safeguarding Hub", "31/12/2024", "30/04/2025", "Complete"),
        ("SA3", "Crawley Borough Council", "Crawley Borough Council to ensure tenancy sustainment officers are trained to identify and respond to economic abuse.",
         "Include an economic abuse module in mandatory tenancy sustainment training.",
         "Head of Housing / Learning and Development Manager", "30/09/2025", "31/03/2026", "Amber"),
        ("SA4", "NHS Sussex", "NHS Sussex to remind GP practices of the IRIS referral pathway for patients disclosing domestic abuse.",
         "Circulate an IRIS pathway reminder in the Primary Care Bulletin and deliver a practice-level session at the two Crawley practices involved.",
         "Designated Nurse Safeguarding Adults, NHS Sussex", "November 2025", "", "Green"),
    ]
    t = doc.add_table(rows=1 + len(sa), cols=len(cols))
    t.style = "Table Grid"
    header_row(t, cols)
    for row, vals in zip(t.rows[1:], sa):
        for c, v in zip(row.cells, vals):
            set_cell(c, v)
    doc.add_paragraph("")
    doc.add_paragraph("Sign-off", style="Heading 3")
    t = doc.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    header_row(t, ["Name", "Role", "Date"])
    for c, v in zip(t.rows[1].cells, ["", "Chair, Safer Crawley Partnership", ""]):
        set_cell(c, v)
    doc.save(P(name))


# ---------------------------------------------------------------- 5. Cornwall service delivery plan (docx)
def cornwall():
    name = "ti-cornwall-council-public-protection-service-delivery-plan-2025-26.docx"
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    doc.add_paragraph("Public Protection Service Delivery Plan 2025/26", style="Title")
    p = doc.add_paragraph("Cornwall Council · Neighbourhoods Directorate · Quarter 2 progress update (July–September 2025)")
    p.runs[0].italic = True
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for row, (a, b) in zip(t.rows, [("Document owner", "Head of Public Protection"),
                                    ("Approved by", "Portfolio Holder for Environment and Climate Change"),
                                    ("Version", "2.1 (Q2 update)"),
                                    ("Date", "24 October 2025")]):
        set_cell(row.cells[0], a, bold=True)
        shade(row.cells[0], "E7E6E6")
        set_cell(row.cells[1], b)
    doc.add_paragraph("How to read this plan", style="Heading 2")
    doc.add_paragraph("Each priority has its own table of actions. Progress is shown by the colour of the RAG cell:")
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for row, (colr, lab) in zip(t.rows, [("0070C0", "Complete"), ("00B050", "On track"),
                                         ("FFC000", "Some slippage – remedial action in place"),
                                         ("FF0000", "Off track – escalated to Service Director")]):
        shade(row.cells[0], colr)
        set_cell(row.cells[1], lab)
    pris = [
        ("Priority 1: Protecting consumers and supporting legitimate business",
         "Trading Standards will target rogue traders and the sale of age-restricted products, and help Cornish businesses comply.",
         [
             ("1.1", "Run the Cornwall Rogue Trader Response Service, attending all reports of doorstep crime in progress within 2 hours.",
              "Trading Standards Manager", "Ongoing", "31 call-outs in Q2, all attended within 2 hours; £48,200 returned to victims.", "00B050"),
             ("1.2", "Carry out 40 test purchase operations on age-restricted products (vapes, alcohol, fireworks), prioritising premises near schools.",
              "Trading Standards Manager / Licensing Manager", "31/03/2026", "22 operations completed; 5 sales made, enforcement action under way.", "00B050"),
             ("1.3", "Extend the Primary Authority partnership offer to 15 new Cornwall businesses.",
              "Business Compliance Lead Officer", "Q3 2025/26", "6 partnerships signed; capacity limited by vacancy in the team.", "FFC000"),
         ], None),
        ("Priority 2: Safer food and healthier environments",
         "Environmental Health will deliver the food law enforcement programme and improve air and water quality.",
         [
             ("2.1", "Complete all category A and B food hygiene interventions due in year, and clear the backlog of unrated food premises.",
              "Food and Safety Lead", "31/03/2026", "Category A and B on target; 212 unrated premises remain (April: 390).", "FFC000"),
             ("2.2", "Review the Air Quality Action Plan for Camborne, Pool and Redruth and consult on new measures for Tideford.",
              "Environmental Protection Manager; Air Quality Officer", "December 2025", "Draft reviewed plan with Highways; consultation to open November.", "00B050"),
             ("2.3", "Implement the new private water supplies risk assessment schedule.\nPrioritise supplies serving holiday lets and food businesses.",
              "Environmental Protection Manager", "June 2025", "Schedule adopted June 2025; 140 risk assessments completed.", "0070C0"),
         ], "Note: progress on action 2.1 is also reported quarterly to the Food Standards Agency under the recovery plan."),
        ("Priority 3: Safe and well-regulated licensed activity",
         "Licensing will keep policies up to date and raise safeguarding standards in the taxi trade.",
         [
             ("3.1", "Adopt the revised Statement of Licensing Policy (Licensing Act 2003) following public consultation.",
              "Licensing Manager", "January 2026", "Consultation closed 30 September; responses being analysed.", "00B050"),
             ("3.2", "Introduce mandatory safeguarding training for all hackney carriage and private hire drivers at licence renewal.",
              "Licensing Manager", "01/04/2025 – 31/10/2025", "Training provider contract not yet awarded; Licensing Committee to consider revised approach.", "FF0000"),
         ], None),
    ]
    for head, intro, acts, note in pris:
        doc.add_paragraph(head, style="Heading 1")
        doc.add_paragraph(intro)
        t = doc.add_table(rows=1 + len(acts), cols=6)
        t.style = "Table Grid"
        header_row(t, ["Ref", "What we will do", "Lead", "By when", "Q2 progress", "RAG"])
        for row, (ref, act, lead, due, prog, col) in zip(t.rows[1:], acts):
            for c, v in zip(row.cells[:5], (ref, act, lead, due, prog)):
                set_cell(c, v)
            shade(row.cells[5], col)
        if note:
            q = doc.add_paragraph(note)
            q.runs[0].italic = True
    doc.add_paragraph("Appendix: Key performance indicators", style="Heading 1")
    t = doc.add_table(rows=4, cols=4)
    t.style = "Table Grid"
    header_row(t, ["Indicator", "Target 2025/26", "Q1", "Q2"])
    for row, vals in zip(t.rows[1:], [("% food premises broadly compliant", "95%", "94.1%", "94.6%"),
                                       ("Doorstep crime call-outs attended within 2 hours", "100%", "100%", "100%"),
                                       ("Licensing applications determined within 28 days", "90%", "87%", "91%")]):
        for c, v in zip(row.cells, vals):
            set_cell(c, v)
    doc.save(P(name))


# ---------------------------------------------------------------- 6. Bristol IA tracker (csv)
def bristol():
    name = "ti-bristol-city-council-internal-audit-recommendations-tracker.csv"
    rows = [
        ["Ref", "Audit", "Opinion", "Priority", "Recommendation", "Agreed management action", "Responsible officer",
         "Original due date", "Revised due date", "RAG", "Management update"],
        ["IA24-031-01", "Payroll 2024/25", "Limited", "High",
         "Starters and leavers should be processed only on receipt of an authorised form from the employing manager.",
         "Introduce mandatory manager authorisation in the iTrent self-service leaver workflow and withdraw paper forms.",
         "Head of HR Operations and Payroll", "31/03/2025", "30/09/2025", "Amber",
         "Workflow built and in test; go-live delayed by the iTrent upgrade, now planned for December."],
        ["IA24-031-02", "Payroll 2024/25", "Limited", "Medium",
         "Overpayments should be identified promptly and recovery action started in line with the Debt Recovery Policy.",
         "Produce a monthly overpayments report for review by the Payroll Manager, with recovery letters issued within 10 working days.",
         "Payroll Manager", "30/06/2025", "", "Blue",
         "Report in place since May 2025; verified by Internal Audit in September."],
        ["IA24-044-01a", "Temporary Accommodation – Procurement", "Limited", "High",
         "All temporary accommodation providers should be appointed through the Dynamic Purchasing System (DPS) and hold a current contract.",
         "Move all spot-purchased nightly-paid providers onto the DPS framework.",
         "Director of Housing and Landlord Services / Head of Procurement", "31/12/2024", "31/10/2025", "Red",
         "38 of 61 providers now on the DPS. Remaining providers have declined to join; options paper to Housing Delivery Board."],
        ["IA24-044-01b", "Temporary Accommodation – Procurement", "Limited", "High",
         "All temporary accommodation providers should be appointed through the Dynamic Purchasing System (DPS) and hold a current contract.",
         "Report monthly spend with off-contract providers to the Housing Delivery Board.",
         "Head of Procurement", "31/12/2024", "", "Blue",
         "Monthly report presented since January 2025."],
        ["IA25-007-01", "Cyber Security – Privileged Access", "Reasonable", "High",
         "Privileged accounts should be reviewed quarterly and dormant accounts disabled.",
         "Implement quarterly privileged access recertification using the identity governance tool.",
         "Chief Information Security Officer", "31/12/2025", "", "Green",
         "First recertification cycle under way; 14 dormant accounts disabled."],
        ["IA25-012-02", "Direct Payments (Adult Social Care)", "Limited", "Medium",
         "Direct payment accounts should be audited within 12 weeks of the first payment.",
         "Recruit two additional Direct Payments Finance Officers and clear the audit backlog of 230 accounts.",
         "P. Nwosu; K. Hartley", "31/10/2025", "31/03/2026", "Amber",
         "Officers in post from 1 October; backlog now 171 accounts."],
        ["IA25-019-01", "Schools Financial Value Standard – Maintained Schools", "Reasonable", "Low",
         "The council should follow up maintained schools that have not submitted an SFVS return by the deadline.",
         "Issue escalation letters from the Director of Education to the governing bodies of non-submitting schools.",
         "Head of Schools Finance", "31/05/2025", "", "Blue",
         "Letters issued 2 May 2025; all returns now received."],
        ["IA25-023-01", "Council Tax Reduction Scheme", "Reasonable", "Medium",
         "Changes in circumstances should be processed within 14 days of notification.",
         "Automate the import of DWP ATLAS notifications into the revenues and benefits system.",
         "Head of Revenues and Benefits", "Q4 2025/26", "", "Green",
         "Supplier module purchased; testing planned for January 2026."],
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["Bristol City Council – Internal Audit: Outstanding Agreed Management Actions (Audit Committee, 24 November 2025)"])
    w.writerow(["Report run: 03/11/2025 09:14"])
    w.writerow([])
    for row in rows:
        w.writerow(row)
    w.writerow([])
    w.writerow(["Key: Blue = implemented and verified by Internal Audit; Green = not yet due; Amber = revised date agreed by Audit Committee; Red = past revised date"])
    w.writerow(["Totals: Red 1, Amber 2, Green 2, Blue 3 (8 actions)"])
    with open(P(name), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- 7. Buckinghamshire Schools Forum action log (txt)
def bucks():
    name = "ti-buckinghamshire-schools-forum-action-log.txt"
    L = []
    L.append("Buckinghamshire Schools Forum – Action Log")
    L.append("Updated following the meeting held on 11 March 2025")
    L.append("Status key: G = on track; A = delayed; R = overdue; Complete = closed at this meeting (to be removed from the next log)")
    L.append("")
    L.append("\t".join(["Action No.", "Item", "Action", "Owner", "Due", "Status", "Update"]))
    L.append("Actions from the meeting of 21 November 2024")
    L.append("\t".join(["SF24/11/01", "5", "Provide a breakdown of the High Needs Block overspend by placement type, including independent and non-maintained special schools.",
                        "Head of Finance (Schools) / SEND Finance Lead", "Jan 2025", "Complete", "Presented at the 14 January 2025 meeting (item 6)."]))
    L.append("\t".join(["SF24/11/02", "7", "Write to the DfE on behalf of the Forum about the impact of the 2025-26 teachers' pay grant on small rural primary schools.",
                        "Chair of Schools Forum", "Dec 2024", "Complete", "Letter sent 9 December 2024; reply received 20 February 2025 and circulated."]))
    L.append("\t".join(["SF24/11/03", "8", "Set up a task and finish group to review the falling rolls fund criteria.",
                        "Service Director Education / Clerk to the Forum", "Mar 2025", "R", "Group has met twice but criteria not yet drafted; now to come to the June meeting."]))
    L.append("\t" * 6 + "Membership: two primary headteachers, one secondary academy business manager and an LA finance officer.")
    L.append("Actions from the meeting of 14 January 2025")
    L.append("\t".join(["SF25/01/01", "4", "Circulate the final Dedicated Schools Grant budget 2025-26 and the updated High Needs recovery plan to all members.",
                        "Finance Business Partner – Education", "Feb 2025", "Complete", "Circulated 3 February 2025."]))
    L.append("\t".join(["SF25/01/02", "6", "Bring proposals for the use of the early years supplementary grant for disadvantaged 2-year-olds.",
                        "Early Years Funding Manager", "Jun 2025", "A", "Delayed pending DfE conditions of grant; expected in April."]))
    L.append("\t".join(["SF25/01/03", "9", "Report attendance and vacancy rates of school members, and seek nominations for the two academy vacancies.",
                        "Clerk to the Forum", "Ongoing", "G", "One nomination received (secondary academy)."]))
    L.append("Actions from the meeting of 11 March 2025")
    L.append("\t".join(["SF25/03/01", "5", "Model a 0.5% block transfer from the Schools Block to the High Needs Block for 2026-27, with school-level impact.",
                        "Head of Finance (Schools)", "Sep 2025", "G", "Modelling to be shared with the Heads' Funding Group first."]))
    L.append("\t".join(["SF25/03/02", "7", "Confirm whether the de-delegated trade union facilities time budget can be pooled with academies.",
                        "Sam Okoro and Priya Desai", "Jun 2025", "G", "Legal advice requested."]))
    L.append("")
    L.append("Open actions: 5   Closed at this meeting: 3")
    with open(P(name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(L) + "\r\n")


if __name__ == "__main__":
    kent()
    oxon()
    row = wilts()
    crawley()
    cornwall()
    bristol()
    bucks()
    print("wiltshire typo row:", row)
