"""Build the seven ig1- test files (set heldout275).

Run with:  /work/main/.venv/bin/python ig1_make.py
Writes the data files beside this script.  The expected readings are the
NAME.expected.yaml files written by hand from the same content.
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

FILL = {
    "R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def solid(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def D(y, m, d):
    return dt.datetime(y, m, d)


# ---------------------------------------------------------------------------
# 1. Salford City Council - ILACS improvement plan (xlsx)
# ---------------------------------------------------------------------------
SALFORD_TITLE = "Salford City Council – Children's Services Improvement Plan 2024–2026"
SALFORD = [
    ("Theme 1: Help and protection", [
        ("Recommendation 1: The timeliness and quality of assessments and plans for children in need "
         "and children subject to child protection plans, so that plans are specific and measurable.", [
            ("1.1", "Refresh the assessment and planning practice standards and relaunch them through "
                    "mandatory workshops for all social workers and team managers in the Assessment, CIN "
                    "and CP teams.",
             "Principal Social Worker", D(2024, 10, 31), None,
             "Standards approved by DMT in July 2024; 9 of 12 workshops delivered.", "G"),
            ("1.2", "Introduce a monthly thematic audit of child protection plans, moderated by the "
                    "Quality Assurance Service, with findings reported to the Practice Improvement Group.",
             "Head of Quality Assurance and Safeguarding", D(2024, 9, 30), D(2024, 11, 30),
             "First two audits complete. Moderation delayed by QA vacancy; revised date agreed at "
             "Improvement Board in August.", "A"),
            ("1.3", "Reduce social worker caseloads in the Children in Need teams to an average of no more "
                    "than 20 children through the recruitment of six additional permanent social workers.",
             "AD Children's Social Care / HR Business Partner", D(2025, 3, 31), None,
             "Four posts recruited; two agency workers remain in post pending start dates. Average "
             "caseload 24.", "R"),
        ]),
    ]),
    ("Theme 2: Children in care and care leavers", [
        ("Recommendation 2: The sufficiency of local homes for children in care, including foster homes "
         "for older children and brothers and sisters.", [
            ("2.1", "Launch a targeted foster carer recruitment campaign for teenagers and sibling groups, "
                    "including an enhanced fee and support package.",
             "Head of Fostering and Adoption", D(2024, 12, 31), None,
             "Campaign launched 2 September 2024; 31 enquiries in first month.", "G"),
            ("2.2", "Publish the refreshed Placement Sufficiency Strategy 2024–2027 with a costed "
                    "commissioning plan agreed by Cabinet.",
             "SL & MK", D(2024, 7, 31), None,
             "Strategy approved by Cabinet 16 July 2024.", "Complete"),
        ]),
        ("Recommendation 3: The quality of pathway plans and the consistency of support for care leavers "
         "aged 21 to 25.", [
            ("3.1", "Co-produce a new pathway plan template with the Care Leavers' Forum so that plans are "
                    "written to the young person and reviewed at least every six months.",
             "Team Manager, Leaving Care", D(2024, 11, 30), None,
             "Template drafted with the Forum; Liquidlogic build scheduled for October.", "A"),
            ("3.2", "Extend the Personal Adviser offer to all care leavers aged 21 to 25 who request "
                    "support, with a named PA allocated within five working days.",
             "Head of Service – Children in Care and Care Leavers", "Q4 2024/25", None,
             "Two additional PAs funded from the Staying Close grant.", "G"),
        ]),
    ]),
    ("Theme 3: Leadership and management", [
        ("Recommendation 4: The use of performance information by managers at all levels to understand "
         "and improve the quality of practice.", [
            ("4.1", "Roll out the new Power BI team performance dashboards to all team managers and embed "
                    "their use in monthly performance clinics.",
             "Head of Performance and Intelligence", D(2024, 10, 31), D(2025, 1, 31),
             "Dashboards live for CIN/CP teams; Children in Care dashboards awaiting data validation.", "A"),
            ("4.2", "Strengthen the Children's Services Improvement Board's oversight by adding a quarterly "
                    "practice quality report, including the voice of children and families.",
             "Director of Children's Services", "Ongoing", None,
             "First report presented to the Board on 18 September 2024.", "G"),
        ]),
    ]),
]


def make_salford():
    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = SALFORD_TITLE
    cover["A1"].font = Font(bold=True, size=16)
    cover["A2"] = ("Our response to the Ofsted Inspection of Local Authority Children's Services (ILACS), "
                   "22 January – 2 February 2024")
    cover["A4"] = "Plan owner:"
    cover["B4"] = "Director of Children's Services"
    cover["A5"] = "Governance:"
    cover["B5"] = "Children's Services Improvement Board (monthly, independently chaired)"
    cover["A7"] = "Document control"
    cover["A7"].font = Font(bold=True)
    hdr = ["Version", "Date", "Author", "Change"]
    for i, h in enumerate(hdr, 1):
        c = cover.cell(row=8, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = solid("D9E1F2")
        c.border = BOX
    rows = [
        ("1.0", D(2024, 4, 26), "Strategic Lead, Improvement", "Submitted to Ofsted"),
        ("1.2", D(2024, 7, 10), "Strategic Lead, Improvement", "Q1 progress update"),
        ("1.3", D(2024, 9, 12), "Strategic Lead, Improvement", "Q2 progress update for Improvement Board"),
    ]
    for r, row in enumerate(rows, 9):
        for i, v in enumerate(row, 1):
            c = cover.cell(row=r, column=i, value=v)
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    cover.column_dimensions["A"].width = 14
    cover.column_dimensions["B"].width = 16
    cover.column_dimensions["C"].width = 30
    cover.column_dimensions["D"].width = 44

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = SALFORD_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = ("ILACS inspection 22 January – 2 February 2024 (overall effectiveness: requires improvement "
                "to be good). Progress position as at 31 August 2024.")
    ws.merge_cells("A2:G2")
    heads = ["Ref", "Action", "Lead officer", "Target date", "Revised target date",
             "Progress update (August 2024)", "RAG"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = solid("1F3864")
        c.alignment = WRAP
        c.border = BOX
    r = 5
    for theme, recs in SALFORD:
        ws.cell(row=r, column=1, value=theme)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        ws.cell(row=r, column=1).font = Font(bold=True, color="FFFFFF")
        ws.cell(row=r, column=1).fill = solid("2F5597")
        r += 1
        for rec, acts in recs:
            ws.cell(row=r, column=1, value=rec)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.cell(row=r, column=1).font = Font(italic=True, bold=True)
            ws.cell(row=r, column=1).fill = solid("DDEBF7")
            ws.cell(row=r, column=1).alignment = WRAP
            ws.row_dimensions[r].height = 32
            r += 1
            for ref, text, lead, target, revised, prog, rag in acts:
                vals = [ref, text, lead, target, revised, prog, rag]
                for i, v in enumerate(vals, 1):
                    c = ws.cell(row=r, column=i, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                key = "B" if rag == "Complete" else rag
                rc = ws.cell(row=r, column=7)
                rc.fill = solid(FILL[key])
                rc.alignment = Alignment(horizontal="center", vertical="center")
                if key in ("R", "B"):
                    rc.font = Font(color="FFFFFF", bold=True)
                else:
                    rc.font = Font(bold=True)
                r += 1
    r += 1
    ws.cell(row=r, column=2, value="RAG summary").font = Font(bold=True)
    r += 1
    counts = {}
    for _, recs in SALFORD:
        for _, acts in recs:
            for a in acts:
                k = "B" if a[6] == "Complete" else a[6]
                counts[k] = counts.get(k, 0) + 1
    for label, k in [("Complete (blue)", "B"), ("Green", "G"), ("Amber", "A"), ("Red", "R")]:
        ws.cell(row=r, column=2, value=label)
        ws.cell(row=r, column=3, value=counts.get(k, 0))
        ws.cell(row=r, column=2).fill = solid(FILL[k])
        r += 1
    ws.cell(row=r, column=2, value="Total actions").font = Font(bold=True)
    ws.cell(row=r, column=3, value=sum(counts.values())).font = Font(bold=True)
    for col, w in zip("ABCDEFG", [7, 60, 30, 13, 13, 48, 10]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    key = wb.create_sheet("RAG Key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (k, meaning) in enumerate([
        ("Complete", "Action delivered and evidence of impact reported to the Improvement Board"),
        ("G", "On track to be delivered by the target date"),
        ("A", "Some slippage – recoverable within the quarter"),
        ("R", "Off track or at risk – escalated to the Improvement Board"),
    ], 2):
        key.cell(row=i, column=1, value=k).fill = solid(FILL["B" if k == "Complete" else k])
        key.cell(row=i, column=2, value=meaning)
    key.column_dimensions["B"].width = 70
    wb.active = 1
    wb.save(os.path.join(HERE, "ig1-salford-city-council-ilacs-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. Luton local area SEND partnership - priority action plan (xlsx)
# ---------------------------------------------------------------------------
LUTON_TITLE = "Luton Local Area SEND Partnership – Priority Action Plan"
LUTON = [
    ("Area for priority action 1: Leaders across the partnership should urgently improve the timeliness "
     "of education, health and care (EHC) needs assessments, so that children and young people's needs "
     "are identified and met without delay.", [
        ("1.1", "Recruit four additional EHC coordinators and two educational psychologists to clear the "
                "backlog of overdue needs assessments.",
         "Head of SEND Services", D(2025, 1, 1), D(2025, 4, 1), "Red", "Amber",
         "Three coordinators in post; one EP appointed, second post re-advertised. Backlog down from 212 "
         "to 131."),
        ("1.2", "Introduce weekly multi-agency tracking of every needs assessment approaching 16 weeks, "
                "chaired by the SEND Service Manager.",
         "SEND Service Manager; Designated Clinical Officer", D(2024, 12, 1), None, "Amber", "Blue",
         "Tracking meeting in place since 4 December 2024."),
        ("1.3", "Agree health advice turnaround standards with Bedfordshire Community Health Services and "
                "ELFT, with monthly compliance reported to the ICB.",
         "Designated Clinical Officer (BLMK ICB)", D(2025, 3, 1), None, "Green", "Green",
         "Standards agreed in principle; February compliance 71% within six weeks."),
    ]),
    ("Area for priority action 2: Leaders should ensure that EHC plans are of consistently good quality, "
     "are reviewed annually and are updated to reflect children and young people's changing needs, "
     "especially at points of transition.", [
        ("2.1", "Deliver a programme of EHC plan writing training for coordinators and contributors from "
                "education, health and social care.",
         "SEND Quality Assurance Lead", D(2024, 11, 1), D(2025, 2, 1), "Amber", "Green",
         "Five of six sessions delivered; 148 attendees."),
        ("2.2", "Establish a multi-agency EHC plan quality assurance panel auditing a minimum of 20 plans "
                "a month.",
         "Head of SEND Services / Designated Social Care Officer", D(2025, 1, 1), None, "Green", "Green",
         "Panel met in January and February; 41 plans audited."),
        ("2.3", "Clear the backlog of overdue annual reviews for young people in Year 9 and Year 11 ahead "
                "of phase transfer.",
         "SEND Service Manager", D(2025, 3, 1), D(2025, 7, 1), "Amber", "Red",
         "186 reviews overdue. Recovery plan to Improvement Board in April."),
    ]),
    ("Area for improvement 1: Leaders should improve the local offer so that parents and carers can easily "
     "find information about the support available to them.", [
        ("3.1", "Co-produce a redesigned SEND Local Offer website with Luton Parent Carer Forum, including "
                "a searchable directory of services.",
         "Strategic Lead – Participation and Engagement", D(2025, 6, 1), None, "", "Green",
         "Supplier appointed; co-production workshops booked for March."),
        ("3.2", "Publish a termly Local Offer newsletter and 'You said, we did' report to all families of "
                "children with EHC plans.",
         "Luton Parent Carer Forum and Head of SEND Services", "Termly", None, "Green", "Green",
         "Spring term newsletter issued 20 January 2025."),
    ]),
]
RAGFILL = {"Red": "FF0000", "Amber": "FFC000", "Green": "00B050", "Blue": "0070C0", "": None}


def make_luton():
    wb = Workbook()
    dash = wb.active
    dash.title = "Dashboard"
    dash["A1"] = LUTON_TITLE
    dash["A1"].font = Font(bold=True, size=14)
    dash["A2"] = ("Area SEND inspection: 9–13 September 2024 | Report published: 5 November 2024 | "
                  "Outcome: widespread and/or systemic failings")
    dash["A4"] = "Progress summary (current RAG)"
    dash["A4"].font = Font(bold=True)
    heads = ["Area", "Actions", "Blue", "Green", "Amber", "Red"]
    for i, h in enumerate(heads, 1):
        c = dash.cell(row=5, column=i, value=h)
        c.font = Font(bold=True)
        c.border = BOX
    tot = [0, 0, 0, 0, 0]
    for r, (area, acts) in enumerate(LUTON, 6):
        short = area.split(":")[0]
        cur = [a[6] for a in acts]
        vals = [len(acts), cur.count("Blue"), cur.count("Green"), cur.count("Amber"), cur.count("Red")]
        tot = [x + y for x, y in zip(tot, vals)]
        dash.cell(row=r, column=1, value=short).border = BOX
        for i, v in enumerate(vals, 2):
            dash.cell(row=r, column=i, value=v).border = BOX
    r = 6 + len(LUTON)
    dash.cell(row=r, column=1, value="Total").font = Font(bold=True)
    for i, v in enumerate(tot, 2):
        dash.cell(row=r, column=i, value=v).font = Font(bold=True)
    dash.column_dimensions["A"].width = 34

    ws = wb.create_sheet("Priority Action Plan")
    ws["A1"] = LUTON_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Version 2.1 – progress reported to the SEND Partnership Improvement Board, 12 March 2025"
    ws.merge_cells("A2:I2")
    heads = ["Area for priority action / area for improvement", "Ref", "Action", "Lead(s)",
             "Original end date", "Revised end date", "Previous RAG (Dec 2024)", "Current RAG (Mar 2025)",
             "Progress and evidence of impact"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = solid("7030A0")
        c.alignment = WRAP
        c.border = BOX
    r = 5
    for area, acts in LUTON:
        top = r
        ws.cell(row=r, column=1, value=area)
        for ref, text, lead, orig, rev, prev, cur, prog in acts:
            vals = [ref, text, lead, orig, rev, prev, cur, prog]
            for i, v in enumerate(vals, 2):
                c = ws.cell(row=r, column=i, value=v if v != "" else None)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
            for col, v in ((7, prev), (8, cur)):
                if RAGFILL.get(v):
                    ws.cell(row=r, column=col).fill = solid(RAGFILL[v])
            r += 1
        ws.merge_cells(start_row=top, start_column=1, end_row=r - 1, end_column=1)
        a = ws.cell(row=top, column=1)
        a.alignment = WRAP
        a.font = Font(bold=True)
        a.fill = solid("E4DFEC")
        a.border = BOX
    r += 1
    ws.cell(row=r, column=1, value="RAG key: Blue = complete; Green = on track; Amber = some slippage, "
                                   "recoverable; Red = off track, escalated to Improvement Board.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    for col, w in zip("ABCDEFGHI", [38, 6, 55, 30, 11, 11, 11, 11, 45]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "C5"

    gl = wb.create_sheet("Glossary")
    for r, (k, v) in enumerate([
        ("Abbreviation", "Meaning"), ("BLMK ICB", "Bedfordshire, Luton and Milton Keynes Integrated Care Board"),
        ("EHC", "Education, health and care"), ("ELFT", "East London NHS Foundation Trust"),
        ("EP", "Educational psychologist"), ("SEND", "Special educational needs and disabilities"),
    ], 1):
        gl.cell(row=r, column=1, value=k)
        gl.cell(row=r, column=2, value=v)
    gl.column_dimensions["B"].width = 60
    wb.active = 1
    wb.save(os.path.join(HERE, "ig1-luton-local-area-send-priority-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 3. Warrington Youth Justice Service - HMIP improvement plan (xlsx, refuse)
# ---------------------------------------------------------------------------
WARR_TITLE = "Warrington Youth Justice Service – HMIP Inspection Improvement Plan 2025"
WARR = [
    ("The Warrington Youth Justice Management Board should:", [
        ("1. ensure that board members have a clear understanding of the profile of children known to the "
         "service and use this to address the over-representation of children from Black and mixed "
         "heritage backgrounds", [
            ("1.1", "Produce a quarterly disproportionality dataset for the Management Board, broken down by "
                    "ethnicity, care status and SEND.", "YJS Information Officer", "Mar-25",
             "Q3 dataset presented to January board.", "G"),
            ("1.2", "Hold a board development session on the profile of children open to the service, "
                    "facilitated by the YJB Oversight Manager.", "Chair of YJMB", "Jan-25",
             "Session held 16 January 2025.", "B"),
        ]),
        ("2. ensure that partner agencies provide sufficient and timely access to speech and language "
         "therapy and emotional health services", [
            ("2.1", "Agree a service level agreement with the ICB for 0.6 FTE speech and language therapist "
                    "seconded to the YJS.", "Designated Nurse / Head of YJS", "Apr-25",
             "Funding agreed; recruitment under way.", "A"),
            ("2.2", "Establish a direct referral pathway from the YJS into CAMHS with a four-week response "
                    "standard.", "CAMHS Service Manager", "0ct-25",
             "Pathway drafted; awaiting sign-off by Mersey Care.", "A"),
        ]),
    ]),
    ("The Head of Warrington Youth Justice Service should:", [
        ("3. improve the quality of assessment and planning to keep other people safe, including "
         "contingency planning", [
            ("3.1", "Deliver risk of serious harm and contingency planning training to all case managers.",
             "Practice Development Lead", "Feb-25", "Two cohorts trained (14 staff).", "G"),
            ("3.2", "Introduce monthly case file audits of risk management plans, with findings reviewed in "
                    "supervision.", "YJS Team Managers", "Jun-25", "Audit tool agreed.", "G"),
        ]),
        ("4. ensure that out-of-court disposal decisions are recorded with a clear rationale and that "
         "interventions are reviewed at the end of the disposal", [
            ("4.1", "Revise the Out-of-Court Disposal Panel terms of reference and decision recording "
                    "template.", "Prevention Team Manager", "Dec-24", "Completed and in use.", "B"),
            ("4.2", "Audit a sample of 25 out-of-court disposal cases to test compliance with the revised "
                    "template.", "Quality Assurance Officer", "Sep-25", "", "A"),
        ]),
    ]),
]
WARR_TYPO_ROW = None


def make_warrington():
    global WARR_TYPO_ROW
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = WARR_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:F1")
    ws["A2"] = ("Inspection fieldwork: 14–18 October 2024 | Report published: 10 December 2024 | "
                "Overall rating: Requires improvement")
    ws.merge_cells("A2:F2")
    ws["A3"] = "Owner: Head of Youth Justice Service | Oversight: Warrington Youth Justice Management Board"
    ws.merge_cells("A3:F3")
    ws["A4"] = "Key:"
    ws["A4"].font = Font(bold=True)
    for col, (k, label) in zip("BCDE", [("G", "On track"), ("A", "Some delay"), ("R", "Off track"),
                                         ("B", "Completed")]):
        c = ws[f"{col}4"]
        c.value = label
        c.fill = solid(FILL[k])
    heads = ["No.", "HMIP recommendation", "Action", "Owner", "Target date", "Progress", "RAG"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=6, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = solid("BDD7EE")
        c.border = BOX
    r = 7
    for section, recs in WARR:
        ws.cell(row=r, column=1, value=section).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        ws.cell(row=r, column=1).fill = solid("F2F2F2")
        r += 1
        for rec, acts in recs:
            top = r
            ws.cell(row=r, column=2, value=rec)
            for ref, text, owner, date, prog, rag in acts:
                if date.startswith("0ct"):
                    WARR_TYPO_ROW = r
                for i, v in ((1, ref), (3, text), (4, owner), (5, date), (6, prog or None)):
                    c = ws.cell(row=r, column=i, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                ws.cell(row=r, column=7).fill = solid(FILL[rag])
                ws.cell(row=r, column=7).border = BOX
                r += 1
            ws.merge_cells(start_row=top, start_column=2, end_row=r - 1, end_column=2)
            ws.cell(row=top, column=2).alignment = WRAP
            ws.cell(row=top, column=2).border = BOX
    for col, w in zip("ABCDEFG", [6, 45, 55, 28, 12, 40, 8]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE,
                         "ig1-warrington-youth-justice-service-hmip-improvement-plan-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# helpers for Word
# ---------------------------------------------------------------------------
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def bold_cells(row):
    for c in row.cells:
        for p in c.paragraphs:
            for run in p.runs:
                run.bold = True


# ---------------------------------------------------------------------------
# 4. Southampton Safeguarding Children Partnership - JTAI action plan (docx)
# ---------------------------------------------------------------------------
SOTON_TITLE = "Southampton Safeguarding Children Partnership: Joint Targeted Area Inspection Action Plan"
SOTON = [
    ("Priority 1: Strategic leadership and oversight", [
        ("The strategic oversight by partnership leaders of the response to children at risk of serious "
         "youth violence, including how well the violence reduction and exploitation arrangements work "
         "together.", [
            ("1.1", "Bring the Serious Violence Duty Steering Group and the Child Exploitation Strategic Group "
                    "together under a single Adolescent Safety Board reporting to the SSCP Executive.",
             "SSCP Independent Scrutineer / Chief Superintendent, Southampton District", "December 2024",
             "Blue", "Terms of reference agreed; first meeting held 28 November 2024."),
            ("1.2", "Develop an adolescent safety dataset combining police, health, education and social care "
                    "data, reviewed quarterly by the Adolescent Safety Board.",
             "SSCP Business Manager", "Q4 2024/25", "Green", "Data sharing agreement signed by all partners."),
        ]),
    ]),
    ("Priority 2: Identifying and responding to risk", [
        ("The consistency with which health practitioners in emergency departments share information with "
         "children's social care when children present with injuries linked to violence.", [
            ("2.1", "Implement a standard information-sharing pathway from University Hospital Southampton "
                    "emergency department to the MASH for all children aged 10–17 attending with "
                    "violence-related injuries.",
             "Named Nurse Safeguarding Children (UHS)", "By 31 March 2025", "Amber",
             "Pathway agreed; electronic referral form delayed by EPR upgrade."),
            ("2.2", "Audit ED referrals to the MASH quarterly to test compliance with the new pathway.",
             "Designated Nurse for Safeguarding Children", "Ongoing (quarterly)", "Green",
             "Baseline audit completed October 2024."),
        ]),
        ("The quality and timeliness of return home interviews for children who go missing, and how well "
         "the information from them is used to inform safety planning.", [
            ("2.3", "Recommission the return home interview service with a 72-hour completion standard and a "
                    "requirement to share findings with the allocated worker within one working day.",
             "Head of Commissioning (Children's)", "April 2025", "Amber",
             "Tender published; contract award expected February 2025."),
            ("2.4", "Add missing episode and return home interview information to the exploitation screening "
                    "tool used in strategy meetings.",
             "Service Lead, MASH and Assessment", "January 2025", "Green", "Tool revised and tested."),
        ]),
    ]),
    ("Priority 3: Practice with children and families", [
        ("The extent to which plans for children at risk of serious youth violence address the risks posed "
         "by and to their peers and the places where they spend their time.", [
            ("3.1", "Introduce contextual safeguarding conferences for locations and peer groups of concern, "
                    "with a multi-agency practice guide.",
             "Head of Service – Adolescent Safeguarding", "June 2025", "Green",
             "Practice guide in draft; pilot in Shirley and Freemantle."),
            ("3.2", "Deliver joint training on contextual safeguarding and trauma-informed practice to social "
                    "workers, YJS case managers, police officers and school designated safeguarding leads.",
             "SSCP Learning and Development Coordinator", "Sept 2024 – March 2025", "Red",
             "Two of six sessions delivered; trainer capacity issues escalated to the Executive."),
        ]),
    ]),
]
DOCFILL = {"Blue": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}


def make_southampton():
    doc = Document()
    doc.add_paragraph(SOTON_TITLE, style="Title")
    doc.add_paragraph("Joint targeted area inspection of the multi-agency response to children at risk of "
                      "serious youth violence: fieldwork 10–14 June 2024, letter published 13 August 2024.")
    doc.add_paragraph("This plan sets out how the statutory safeguarding partners (Southampton City Council, "
                      "Hampshire and Isle of Wight Constabulary and NHS Hampshire and Isle of Wight) will "
                      "respond to the areas for improvement identified by Ofsted, CQC, HMICFRS and HMI "
                      "Probation. Progress is reported to the SSCP Executive every quarter.")
    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Status", "Approved by"]):
        c.text = h
    bold_cells(t.rows[0])
    for row in [("1.0", "20/09/2024", "Submitted to Ofsted", "SSCP Executive"),
                ("1.2", "06/01/2025", "Q3 progress update", "SSCP Executive")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    doc.add_heading("RAG key", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Blue", "Complete"), ("Green", "On track"), ("Amber", "At risk of slippage"),
                 ("Red", "Off track – escalated to the SSCP Executive")]:
        cells = t.add_row().cells
        cells[0].text = k
        shade(cells[0], DOCFILL[k])
        cells[1].text = v
    for prio, afis in SOTON:
        doc.add_heading(prio, level=1)
        for afi, acts in afis:
            p = doc.add_paragraph()
            p.add_run("Area for improvement").bold = True
            doc.add_paragraph(afi)
            t = doc.add_table(rows=1, cols=6)
            t.style = "Table Grid"
            for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Lead", "Timescale", "RAG", "Update"]):
                c.text = h
                shade(c, "D9E2F3")
            bold_cells(t.rows[0])
            for ref, text, lead, when, rag, upd in acts:
                cells = t.add_row().cells
                for c, v in zip(cells, [ref, text, lead, when, rag, upd]):
                    c.text = v
                shade(cells[4], DOCFILL[rag])
            doc.add_paragraph()
    doc.add_heading("Glossary", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("ED", "Emergency department"), ("MASH", "Multi-Agency Safeguarding Hub"),
                 ("SSCP", "Southampton Safeguarding Children Partnership"), ("UHS", "University Hospital "
                 "Southampton NHS Foundation Trust"), ("YJS", "Youth Justice Service")]:
        cells = t.add_row().cells
        cells[0].text = k
        cells[1].text = v
    doc.add_paragraph("Approved on behalf of the SSCP Executive, 6 January 2025.")
    doc.save(os.path.join(HERE, "ig1-southampton-safeguarding-children-partnership-jtai-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Warwickshire County Council - children's home Ofsted action plan (docx)
# ---------------------------------------------------------------------------
WARW_TITLE = "Hawthorn Lodge Children's Home – Ofsted Post-Inspection Action Plan"
WARW = [
    ("1. Requirement: The registered person must ensure that each use of a measure of control, discipline "
     "or restraint is recorded within 24 hours and that the record is reviewed by the registered manager "
     "within 48 hours. (Regulation 35 (3)(a)(b))", [
        ("1.1", "All staff to complete refresher training on the recording of physical interventions, "
                "including the Team Teach debrief template.", "Registered Manager", "16/08/2024", "Completed"),
        ("1.2", "Registered manager to review every restraint record within 48 hours and sign the review on "
                "the electronic log; weekly compliance check by the deputy manager.",
         "Registered Manager / Deputy Manager", "30/08/2024", "Completed"),
        ("1.3", "Responsible individual to audit restraint records monthly for three months and report "
                "findings to the Head of Residential Services.", "Responsible Individual", "30/11/2024",
         "On track"),
    ]),
    ("2. Requirement: The registered person must ensure that staff help each child to understand and "
     "manage the risks of going missing, and that each child's risk assessment is reviewed after every "
     "missing episode. (Regulation 12 (1)(2)(a)(i)(ii))", [
        ("2.1", "Review and update all children's individual risk assessments and missing-from-care plans "
                "with the child and their social worker.", "Key workers", "31/07/2024", "Completed"),
        ("2.2", "Introduce a post-missing debrief meeting within 72 hours of each return, recorded on the "
                "child's file and shared with the return home interview worker.", "Deputy Manager",
         "31/08/2024", "On track"),
    ]),
    ("3. Recommendation: The registered person should ensure that children's education plans are progressed "
     "without delay and that staff advocate for children who are not in full-time education. ('Guide to "
     "the Children's Homes Regulations including the quality standards', page 23, paragraph 5.10)", [
        ("3.1", "Registered manager to meet the virtual school headteacher monthly to review each child's "
                "personal education plan and progress towards full-time provision.",
         "Registered Manager and Virtual School Headteacher", "Monthly", "On track"),
        ("3.2", "Allocate an education champion within the staff team to track attendance and escalate "
                "delays.", "Deputy Manager", "September 2024", "Completed"),
    ]),
    ("4. Recommendation: The registered person should ensure that the home's statement of purpose is kept "
     "under review and that the children's guide is available in a format suitable for each child. ('Guide "
     "to the Children's Homes Regulations including the quality standards', page 14, paragraph 3.9)", [
        ("4.1", "Review the statement of purpose and submit the updated version to Ofsted.",
         "Registered Manager", "31/10/2024", "Not started"),
        ("4.2", "Produce an easy-read and pictorial children's guide with the involvement of the children "
                "living at the home.", "Participation Officer", "December 2024", "On track"),
    ]),
]


def make_warwickshire():
    doc = Document()
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Warwickshire County Council – Children and Families – OFFICIAL"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph(WARW_TITLE, style="Title")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Provider", "Warwickshire County Council"),
                 ("Setting", "Hawthorn Lodge (URN SC046381)"),
                 ("Inspection dates", "3 and 4 July 2024"),
                 ("Overall experiences and progress of children and young people",
                  "Requires improvement to be good"),
                 ("Registered Manager", "Claire Benton"),
                 ("Responsible Individual", "Head of Residential Services"),
                 ("Plan date", "22 July 2024 (updated 30 September 2024)")]:
        cells = t.add_row().cells
        cells[0].text = k
        cells[1].text = v
        for p in cells[0].paragraphs:
            for run in p.runs:
                run.bold = True
    doc.add_paragraph()
    doc.add_paragraph("The actions below respond to the requirements and recommendations in the Ofsted "
                      "inspection report published on 25 July 2024. Statuses were reviewed at the monthly "
                      "Regulation 45 meeting.")
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["No.", "Requirement / recommendation and action",
                                      "Person responsible", "Due date", "Status"]):
        c.text = h
        shade(c, "C5E0B3")
    bold_cells(t.rows[0])
    for head, acts in WARW:
        row = t.add_row()
        merged = row.cells[0].merge(row.cells[4])
        merged.text = head
        shade(merged, "EDEDED")
        for p in merged.paragraphs:
            for run in p.runs:
                run.bold = True
        for ref, text, who, due, status in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, [ref, text, who, due, status]):
                c.text = v
    doc.add_paragraph()
    doc.add_paragraph("Signed: Claire Benton, Registered Manager        Date: 30/09/2024")
    doc.add_paragraph("Reviewed by: Head of Residential Services (Responsible Individual)        "
                      "Date: 01/10/2024")
    doc.save(os.path.join(HERE, "ig1-warwickshire-county-council-childrens-home-ofsted-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Knowsley Corporate Parenting Board - action plan (csv)
# ---------------------------------------------------------------------------
KNOW_TITLE = "Knowsley Corporate Parenting Board – Action Plan 2024-25"
KNOW = [
    ("Pledge 1: We will help you feel safe and settled where you live", [
        ("1.1", "Increase the number of Knowsley foster carers by 15 households through the Foster Knowsley "
                "recruitment campaign.", "Head of Fostering", "Mar-25", "Amber",
         "9 new households approved to date."),
        ("1.2", "Make sure every child in care moving home has a planned introduction and a 'moving on' "
                "conversation recorded on their file.", "Service Manager, Children in Care", "Ongoing",
         "Green", "Dip sample in December: 11 of 12 moves had a recorded conversation."),
    ]),
    ("Pledge 2: We will help you do well at school, college and work", [
        ("2.1", "Offer every care leaver aged 16–21 a council apprenticeship or work experience placement "
                "through the Knowsley Works scheme.", "Virtual School Head / HR Business Partner", "Sep-25",
         "Green", "6 care leavers started apprenticeships in the autumn intake."),
        ("2.2", "Track the attendance of all children in care weekly and challenge schools where attendance "
                "falls below 90%.", "Virtual School Head", "Summer term 2025", "Green",
         "Weekly tracking in place through Welfare Call."),
    ]),
    ("Pledge 3: We will listen to you and act on what you tell us", [
        ("3.1", "Children in Care Council to attend every Corporate Parenting Board.\nBoard members to report "
                "back on what changed at the following meeting.",
         "Participation Lead; Chair of Corporate Parenting Board", "Each Board meeting", "Green",
         "CiCC attended October and December Boards; 'You said, we did' item added to agenda."),
        ("3.2", "Relaunch the Mind of My Own app and set a target of 60% of children in care using it "
                "before their review.", "Independent Reviewing Service Manager", "31/12/2024", "Complete",
         "Relaunched September 2024; 63% usage in December."),
    ]),
    ("Pledge 4: We will support you as you move into adult life", [
        ("4.1", "Extend council tax exemption to Knowsley care leavers living outside the borough up to "
                "age 25.", "Director of Finance", "Apr-25", "Not started",
         "Report to Cabinet scheduled for March 2025."),
        ("4.2", "Agree a Staying Close offer with two registered providers so that young people leaving "
                "residential care have a home near their support network.", "Jo Marsden and Priya Shah",
         "Jun-25", "Red", "One provider withdrew in November; re-procurement needed."),
    ]),
]


def make_knowsley():
    path = os.path.join(HERE, "ig1-knowsley-corporate-parenting-board-action-plan.csv")
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow([KNOW_TITLE])
        w.writerow(["Export from Corporate Parenting Board tracker, 03/02/2025"])
        w.writerow([])
        w.writerow(["Pledge", "Ref", "What we will do", "Who will lead", "By when", "Status", "Update"])
        n = 0
        for pledge, acts in KNOW:
            for i, (ref, text, lead, when, status, upd) in enumerate(acts):
                w.writerow([pledge if i == 0 else "", ref, text, lead, when, status, upd])
                n += 1
        w.writerow([])
        w.writerow(["Status key: Green = on track; Amber = some delay; Red = off track; Complete = delivered; "
                    "Not started = due to start later in the year"])
        w.writerow([f"Total actions: {n} (Complete 1, Green 4, Amber 1, Red 1, Not started 1)"])


# ---------------------------------------------------------------------------
# 7. Gateshead Early Help Strategy - year 1 action plan (tab-separated txt)
# ---------------------------------------------------------------------------
GATES_TITLE = "Gateshead Early Help Strategy 2024–2027: Year 1 Action Plan"
GATES = [
    ("Priority 1: Right help, right time – families get support as soon as needs emerge", [
        ("1.1", "Open three further Family Hubs in Felling, Birtley and Blaydon, with a published timetable "
                "of services.", "Family Hubs Programme Manager", "Sept 2024 – March 2025", "G",
         "Felling hub opened 9 September; Birtley on schedule for January.", None),
        ("1.2", "Launch a single Early Help front door with the Children's Contact Service so that requests "
                "for support are screened within one working day.", "Service Manager – Early Help Hub",
         "Spring term 2025", "A", "Staffing model agreed; IT changes not yet scheduled.", None),
        ("1.3", "Publish a revised Early Help Assessment and family plan template in plain English, "
                "co-produced with parents.", "KT/RM", "Dec 2024", "B",
         "Published on the GSCP website 2 December.", None),
    ]),
    ("Priority 2: A skilled and confident early help workforce", [
        ("2.1", "Deliver the multi-agency Lead Practitioner training programme to 200 practitioners from "
                "schools, health and the voluntary sector.", "Workforce Development Lead (GSCP)",
         "Summer term 2025", "G", "84 practitioners trained so far.", None),
        ("2.2", "Set up termly Early Help practice forums in each locality to share learning from audits "
                "and case reviews.", "Locality Early Help Managers", "Termly", "G",
         "Autumn forums held in all three localities.", None),
    ]),
    ("Priority 3: Knowing our impact", [
        ("3.1", "Develop an Early Help outcomes dashboard drawing on Supporting Families outcome data, "
                "reported quarterly to the Board.", "Performance Manager, Children's Services", "31/01/2025",
         "A", "Draft dashboard shared with Board members for comment.", None),
        ("3.2", "Complete a multi-agency audit of 30 early help cases stepped up to children's social care "
                "within six months of closure.", "Head of Early Help; Head of Quality Assurance",
         "Q4 2024/25", "R", "Audit tool agreed; case selection delayed by the",
         "system migration – revised start January 2025."),
    ]),
]


def make_gateshead():
    lines = [GATES_TITLE,
             "Gateshead Children and Families Partnership – Early Help Partnership Board",
             "Position at: 14 November 2024",
             "",
             "\t".join(["Ref", "Action", "Lead", "Timescale", "RAG", "Comments"])]
    for prio, acts in GATES:
        lines.append(prio)
        for ref, text, lead, when, rag, com, cont in acts:
            lines.append("\t".join([ref, text, lead, when, rag, com]))
            if cont:
                lines.append("\t\t\t\t\t" + cont)
    lines += ["",
              "RAG key: B = complete, G = on track, A = some risk to delivery, R = off track",
              "Summary: 7 actions – B 1, G 3, A 2, R 1"]
    path = os.path.join(HERE, "ig1-gateshead-early-help-strategy-action-plan.txt")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_salford()
    make_luton()
    make_warrington()
    make_southampton()
    make_warwickshire()
    make_knowsley()
    make_gateshead()
    print("Warrington typo row:", WARR_TYPO_ROW)
