"""Build the seven jg2- blind test files (set heldout301).

Run with: /work/main/.venv/bin/python jg2_make.py
Writes the data files beside this script; the .expected.yaml files are written by hand.
"""
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


def out(name):
    return os.path.join(HERE, name)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)
HDR_FILL = PatternFill("solid", fgColor="1F3864")
HDR_FONT = Font(bold=True, color="FFFFFF")

RED = PatternFill("solid", fgColor="FF0000")
AMBER = PatternFill("solid", fgColor="FFC000")
GREEN = PatternFill("solid", fgColor="00B050")
BLUE = PatternFill("solid", fgColor="00B0F0")
GREY = PatternFill("solid", fgColor="D9D9D9")
LILAC = PatternFill("solid", fgColor="D9E1F2")

RAG_FILL = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}


def d(y, m, day):
    return datetime(y, m, day)


def header_row(ws, row, headers):
    for i, h in enumerate(headers, start=1):
        c = ws.cell(row=row, column=i, value=h)
        c.font = HDR_FONT
        c.fill = HDR_FILL
        c.alignment = WRAP
        c.border = BOX


# ---------------------------------------------------------------------------
# 1. Central Bedfordshire Council - ASC CQC assessment improvement plan (xlsx)
# ---------------------------------------------------------------------------
def make_central_beds():
    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = "Central Bedfordshire Council – Adult Social Care Improvement Plan 2025-26"
    cover["A1"].font = Font(bold=True, size=14)
    cover["A2"] = "Adult Social Care, Health and Housing Directorate"
    cover["A4"] = "Document control"
    cover["A4"].font = BOLD
    header_row(cover, 5, ["Version", "Date", "Author", "Summary of changes"])
    rows = [
        ("0.1", d(2025, 3, 4), "ASC Improvement Lead", "First draft following CQC assessment report"),
        ("1.0", d(2025, 3, 27), "ASC Improvement Lead", "Approved by ASC Improvement Board"),
        ("1.3", d(2025, 9, 30), "ASC Improvement Lead", "Q2 progress update; revised dates agreed by Board"),
    ]
    for r, vals in enumerate(rows, start=6):
        for c, v in enumerate(vals, start=1):
            cell = cover.cell(row=r, column=c, value=v)
            cell.border = BOX
            if isinstance(v, datetime):
                cell.number_format = "dd/mm/yyyy"
    cover["A11"] = "RAG key"
    cover["A11"].font = BOLD
    key = [
        ("B", "Blue", "Action complete"),
        ("G", "Green", "On track to deliver by target date"),
        ("A", "Amber", "Some slippage – recovery plan in place"),
        ("R", "Red", "Off track – escalated to ASC Improvement Board"),
    ]
    for r, (letter, word, meaning) in enumerate(key, start=12):
        a = cover.cell(row=r, column=1, value=letter)
        a.fill = RAG_FILL[letter]
        a.alignment = Alignment(horizontal="center")
        cover.cell(row=r, column=2, value=word)
        cover.cell(row=r, column=3, value=meaning)
    cover.column_dimensions["A"].width = 12
    cover.column_dimensions["B"].width = 14
    cover.column_dimensions["C"].width = 40
    cover.column_dimensions["D"].width = 50

    summ = wb.create_sheet("Summary")
    summ["A1"] = "Summary of progress by theme – position at 30 September 2025"
    summ["A1"].font = Font(bold=True, size=12)
    header_row(summ, 3, ["Theme", "Actions", "Blue", "Green", "Amber", "Red"])
    srows = [
        ("Theme 1: Working with people", 5, 2, 2, 1, 0),
        ("Theme 2: Providing support", 3, 1, 1, 0, 1),
        ("Theme 3: Ensuring safety", 2, 0, 1, 1, 0),
        ("Theme 4: Leadership", 1, 1, 0, 0, 0),
        ("Total", 11, 4, 4, 2, 1),
    ]
    for r, vals in enumerate(srows, start=4):
        for c, v in enumerate(vals, start=1):
            cell = summ.cell(row=r, column=c, value=v)
            cell.border = BOX
            if vals[0] == "Total":
                cell.font = BOLD
    summ.column_dimensions["A"].width = 34

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = "Central Bedfordshire Council – Adult Social Care Improvement Plan 2025-26"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:J1")
    ws["A2"] = "Response to the CQC Local Authority Assessment (report published 14 February 2025). Position at: 30 September 2025"
    ws.merge_cells("A2:J2")
    headers = ["Ref", "CQC area for improvement", "Action", "Lead officer(s)",
               "Original target date", "Revised target date", "Previous RAG",
               "Current RAG", "Progress update", "Evidence"]
    header_row(ws, 4, headers)

    plan = [
        ("theme", "Theme 1: Working with people"),
        ("afi", "People waited too long for Care Act assessments and reviews, and waiting lists were not consistently risk-managed.", [
            ("1.1", "Implement a single waiting list triage and risk-rating tool across Adult Social Care locality teams, with weekly management oversight.",
             "Head of Adult Social Care Operations", d(2025, 3, 31), d(2025, 6, 30), "A", "B",
             "Tool live in all three locality teams from 16 June 2025. Weekly oversight meeting in place.", "Waiting list dashboard"),
            ("1.2", "Recruit to 6 additional social worker and occupational therapist posts funded from the Market Sustainability and Improvement Fund.",
             "Head of Adult Social Care Operations / HR Business Partner", d(2025, 9, 30), None, "A", "G",
             "5 of 6 posts appointed; final OT post out to advert.", ""),
            ("1.3", "Introduce a proportionate review pathway, including telephone and strengths-based reviews, for people with stable packages of care.",
             "Principal Social Worker (Adults)", d(2025, 12, 31), None, "G", "G",
             "Pathway agreed at Practice Board August 2025; pilot in North locality.", ""),
        ]),
        ("afi", "Unpaid carers told CQC that they did not always receive a carer’s assessment or know what support was available.", [
            ("1.4", "Co-produce a refreshed Carers Offer with Carers in Bedfordshire and carers with lived experience.",
             "Carers Lead; Commissioning Manager (Prevention)", "Q4 2025/26", None, "A", "A",
             "Two co-production workshops held. Delay to engagement over the summer.", ""),
            ("1.5", "Deliver carers assessment training to all front door and locality staff.",
             "Learning & Development Manager", d(2025, 11, 30), None, "G", "B",
             "Completed early – 142 staff trained.", "Training records"),
        ]),
        ("theme", "Theme 2: Providing support"),
        ("afi", "Limited availability of home care and nursing placements in rural areas of Central Bedfordshire.", [
            ("2.1", "Commission a rural home care framework with zoned contracts for Leighton Buzzard, Biggleswade and Sandy.",
             "Assistant Director Commissioning & Market Management", d(2025, 10, 31), d(2026, 1, 31), "A", "R",
             "Tender returns insufficient in two zones; re-procurement agreed.", ""),
            ("2.2", "Publish an updated Market Position Statement 2025–2028 setting out nursing care demand.",
             "Sarah Mitchell and Tom Okafor", d(2025, 9, 30), None, "G", "B",
             "Published on the Council website 22 September 2025.", "MPS 2025–2028"),
        ]),
        ("afi", "Transitions for young people moving to adult services were not always timely or well planned.", [
            ("2.3", "Establish a joint Preparing for Adulthood panel with Children’s Services from age 14.",
             "Head of Learning Disabilities and Transitions", d(2025, 12, 31), None, "A", "G",
             "Panel terms of reference agreed; first panel October 2025.", ""),
        ]),
        ("theme", "Theme 3: Ensuring safety"),
        ("afi", "Safeguarding enquiries were not always completed within timescales and outcomes were not consistently recorded.", [
            ("3.1", "Introduce a Making Safeguarding Personal outcomes field in the case management system and audit monthly.",
             "Head of Safeguarding Adults", "Ongoing", None, "G", "G",
             "Field live since May 2025; monthly audit reported to Safeguarding Adults Board.", ""),
            ("3.2", "Review Multi-Agency Safeguarding Hub (MASH) triage thresholds with Bedfordshire Police and BLMK ICB.",
             "Head of Safeguarding Adults", d(2026, 3, 31), None, None, "A",
             "New action added July 2025. Partner workshop postponed to November.", ""),
        ]),
        ("theme", "Theme 4: Leadership"),
        ("afi", "Co-production was not yet embedded in strategic decision-making.", [
            ("4.1", "Establish an Adult Social Care Co-production Board chaired jointly by a person with lived experience.",
             "Director of Adult Social Care", d(2025, 6, 30), d(2025, 9, 30), "A", "B",
             "Board met for the first time on 11 September 2025.", "Terms of reference"),
        ]),
    ]

    r = 5
    for item in plan:
        if item[0] == "theme":
            ws.cell(row=r, column=1, value=item[1]).font = Font(bold=True, color="1F3864")
            for c in range(1, 11):
                ws.cell(row=r, column=c).fill = LILAC
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
            r += 1
            continue
        _, afi, actions = item
        first = r
        for (ref, action, lead, orig, rev, prev, cur, upd, ev) in actions:
            ws.cell(row=r, column=1, value=ref)
            ws.cell(row=r, column=3, value=action)
            ws.cell(row=r, column=4, value=lead)
            oc = ws.cell(row=r, column=5, value=orig)
            if isinstance(orig, datetime):
                oc.number_format = "dd/mm/yyyy"
            rc = ws.cell(row=r, column=6, value=rev)
            if isinstance(rev, datetime):
                rc.number_format = "dd/mm/yyyy"
            pc = ws.cell(row=r, column=7, value=prev)
            if prev:
                pc.fill = RAG_FILL[prev]
            cc = ws.cell(row=r, column=8, value=cur)
            cc.fill = RAG_FILL[cur]
            ws.cell(row=r, column=9, value=upd)
            ws.cell(row=r, column=10, value=ev or None)
            for c in range(1, 11):
                ws.cell(row=r, column=c).alignment = WRAP
                ws.cell(row=r, column=c).border = BOX
            r += 1
        ws.cell(row=first, column=2, value=afi)
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Note: Revised target dates were agreed by the ASC Improvement Board on 18/09/2025. RAG key on the Cover sheet.")
    ws.cell(row=r, column=1).font = Font(italic=True)

    widths = [7, 40, 55, 30, 13, 13, 10, 10, 45, 18]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A5"
    wb.save(out("jg2-central-bedfordshire-council-asc-cqc-assessment-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. Hertfordshire Constabulary - police custody inspection action plan (xlsx)
# ---------------------------------------------------------------------------
def make_herts_custody():
    wb = Workbook()
    key = wb.active
    key.title = "Key"
    key["A1"] = "Hertfordshire Constabulary – Police Custody Inspection Action Plan"
    key["A1"].font = Font(bold=True, size=14)
    key["A2"] = "Joint HMICFRS / HMI Prisons unannounced inspection of police custody suites, March 2025 (report published July 2025)"
    key["A4"] = "Plan owner"
    key["B4"] = "Superintendent, Criminal Justice (BCH)"
    key["A5"] = "Governance"
    key["B5"] = "Custody Governance Board (monthly); updates to OPCC quarterly"
    key["A6"] = "Last updated"
    key["B6"] = d(2025, 10, 20)
    key["B6"].number_format = "dd/mm/yyyy"
    key["A8"] = "RAG key"
    key["A8"].font = BOLD
    for r, (fill, meaning) in enumerate([
        (GREEN, "Completed"),
        (AMBER, "In progress"),
        (RED, "Overdue / off track"),
        (None, "Not yet started"),
    ], start=9):
        c = key.cell(row=r, column=1, value=None)
        if fill:
            c.fill = fill
        c.border = BOX
        key.cell(row=r, column=2, value=meaning)
    key.column_dimensions["A"].width = 16
    key.column_dimensions["B"].width = 60

    headers = ["Ref", "Action", "Owner", "Target date", "RAG", "Progress update"]

    def block_sheet(name, rows, title_row=True):
        ws = wb.create_sheet(name)
        ws["A1"] = "Hertfordshire Constabulary – Police Custody Inspection Action Plan"
        ws["A1"].font = Font(bold=True, size=12)
        ws.merge_cells("A1:F1")
        header_row(ws, 4, headers)
        r = 5
        for row in rows:
            if row[0] == "head":
                c = ws.cell(row=r, column=1, value=row[1])
                c.font = BOLD
                c.alignment = WRAP
                for col in range(1, 7):
                    ws.cell(row=r, column=col).fill = GREY if row[2] == "coc" else LILAC
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
                ws.row_dimensions[r].height = 32
            else:
                _, ref, action, owner, target, rag, upd = row
                ws.cell(row=r, column=1, value=ref)
                ws.cell(row=r, column=2, value=action)
                ws.cell(row=r, column=3, value=owner)
                tc = ws.cell(row=r, column=4, value=target)
                if isinstance(target, datetime):
                    tc.number_format = "mmm-yy"
                rc = ws.cell(row=r, column=5, value=None)
                if rag:
                    rc.fill = RAG_FILL[rag]
                ws.cell(row=r, column=6, value=upd)
                for col in range(1, 7):
                    ws.cell(row=r, column=col).alignment = WRAP
                    ws.cell(row=r, column=col).border = BOX
            r += 1
        r += 1
        ws.cell(row=r, column=1, value="Notes: RAG shown by cell colour – see Key tab. Target dates are end of month.")
        for i, w in enumerate([9, 60, 30, 12, 8, 50], start=1):
            ws.column_dimensions[get_column_letter(i)].width = w
        return ws

    coc_rows = [
        ("head", "Cause of concern 1: Governance arrangements did not give the force sufficient oversight of the use of force in custody, and data were incomplete.", "coc"),
        ("head", "Recommendation 1: The force should ensure that all use of force in custody is recorded, and that data are analysed to identify trends and provide assurance that force is justified and proportionate.", "rec"),
        ("act", "1.1", "Introduce a mandatory use of force form for every custody incident, linked to the detention record in Athena.",
         "Chief Inspector Custody", d(2025, 7, 31), "G", "Form mandatory from 1 July 2025; compliance 96% in September."),
        ("act", "1.2", "Produce a quarterly use of force in custody report, including body-worn video review, for the Custody Governance Board.",
         "Custody Quality Assurance Manager", d(2025, 10, 31), "A", "First report drafted; BWV review sample being finalised."),
        ("act", "1.3", "Dip-sample 10% of use of force incidents each month, with findings fed back through custody sergeant briefings.",
         "Custody Inspectors", "Monthly", "A", "Dip sampling started August 2025."),
        ("head", "Cause of concern 2: Detainees with mental health needs were sometimes held in custody for long periods while waiting for assessment under the Mental Health Act.", "coc"),
        ("head", "Recommendation 2: The force, with its partners, should ensure that detainees requiring a Mental Health Act assessment are assessed promptly and transferred without delay.", "rec"),
        ("act", "2.1", "Escalate all Mental Health Act assessment delays over 6 hours to the Duty Inspector and the HPFT on-call manager.",
         "Chief Inspector Custody / Mental Health Tactical Lead", d(2025, 6, 30), "G", "Escalation process in custody SOP v4.2."),
        ("act", "2.2", "Agree a joint escalation protocol with HPFT and the county council AMHP service.",
         "Superintendent Criminal Justice", d(2025, 9, 30), "R", "Protocol not yet signed by partners; escalated to Mental Health Crisis Care Concordat group."),
    ]
    block_sheet("Causes of concern", coc_rows)

    afi_rows = [
        ("head", "Area for improvement 1: The force should ensure that custody staff consistently record the reasons for removal of clothing and the use of anti-rip suits.", "afi"),
        ("act", "A1.1", "Update the custody policy on removal of clothing and brief all custody sergeants.",
         "Custody Policy Lead", d(2025, 8, 31), "G", "Policy updated; briefing delivered at August training days."),
        ("head", "Area for improvement 2: Detainees should be told about, and able to access, their rights and entitlements under PACE, including reading material in a range of languages.", "afi"),
        ("act", "A2.1", "Stock rights and entitlements leaflets in the 12 most requested languages at Stevenage and Hatfield custody suites.",
         "Custody Suite Managers", d(2025, 9, 30), "G", "Complete."),
        ("act", "A2.2", "Introduce easy-read rights and entitlements for detainees with learning disabilities.",
         "Custody Suite Managers", d(2025, 11, 30), "A", "Easy-read version with Mencap for review."),
        ("head", "Area for improvement 3: Appropriate adults should attend promptly for vulnerable adults in custody, including out of hours.", "afi"),
        ("act", "A3.1", "Review the appropriate adult contract with the county council and agree out-of-hours attendance targets.",
         "Head of Criminal Justice Partnerships", "Q4 2025/26", None, ""),
        ("head", "Area for improvement 4: Cleanliness in some cells was poor and graffiti was not removed promptly.", "afi"),
        ("act", "A4.1", "Introduce a daily cell check sheet and monthly estates walk-round at each suite.",
         "Custody Suite Managers; Estates Facilities Manager", d(2025, 7, 31), "G", "Daily checks in place at both suites."),
    ]
    block_sheet("Areas for improvement", afi_rows)
    wb.save(out("jg2-hertfordshire-constabulary-police-custody-inspection-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 3. Westminster City Council - internal audit tracker, typo month (xlsx)
# ---------------------------------------------------------------------------
def make_westminster():
    wb = Workbook()
    ws = wb.active
    ws.title = "Outstanding Recs"
    ws["A1"] = "Westminster City Council – Internal Audit: Outstanding Recommendations Tracker"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Audit and Performance Committee – 24 November 2025"
    headers = ["Audit", "Year", "Assurance", "Rec No.", "Priority", "Recommendation",
               "Agreed management action", "Action owner", "Due date", "Revised due date",
               "Status", "Latest update"]
    header_row(ws, 4, headers)
    rows = [
        ("Payroll", "2024/25", "Limited", 1, "High",
         "Leavers should be removed from the payroll promptly and overpayments recovered.",
         "Implement automated leaver notifications from the HR system to Payroll, with a weekly reconciliation signed off by the Payroll Manager.",
         "Head of HR Operations", d(2025, 6, 30), d(2025, 12, 31), "Amber",
         "Interface built; testing delayed by HR system upgrade."),
        ("Payroll", "2024/25", "Limited", 2, "Medium",
         "Changes to standing data should be independently checked.",
         "Introduce a monthly independent check of a sample of bank detail changes.",
         "Payroll Manager", d(2025, 5, 31), None, "Implemented",
         "Verified by Internal Audit in follow-up, October 2025."),
        ("Housing Rent Arrears", "2024/25", "Moderate", 1, "Medium",
         "Arrears recovery stages should be applied consistently and documented.",
         "Refresh the rent arrears procedure and provide training to income officers.",
         "Head of Income Collection", d(2025, 9, 30), d(2026, 1, 31), "Amber",
         "Procedure drafted; training scheduled for December."),
        ("Housing Rent Arrears", "2024/25", "Moderate", 2, "Low",
         "Write-offs should be approved in line with the Financial Regulations.",
         "Add write-off approval limits to the Income team checklist.",
         "Head of Income Collection", d(2025, 7, 31), None, "Implemented",
         "Checklist updated July 2025."),
        ("Parking Permits", "2025/26", "Limited", 1, "High",
         "Eligibility for resident permits should be verified before issue.",
         "Introduce Council Tax and electoral roll matching for all new resident permit applications.",
         "Parking Services Manager", "Febuary 2026", None, "Not yet due",
         "Specification agreed with the permit system supplier."),
        ("Parking Permits", "2025/26", "Limited", 2, "Medium",
         "Refunds should be authorised by an officer independent of the processing team.",
         "Separate refund authorisation from permit processing in the system workflow.",
         "Parking Services Manager", d(2026, 3, 31), None, "Not yet due", ""),
        ("IT Disaster Recovery", "2024/25", "Limited", 1, "High",
         "Disaster recovery plans should be tested at least annually.",
         "Carry out a full failover test of priority systems and report results to the Digital Board.",
         "Chief Digital Officer / Head of IT Infrastructure", d(2025, 10, 31), d(2026, 4, 30), "Red",
         "Test postponed due to data centre migration."),
        ("Contract Management", "2024/25", "Moderate", 3, "Medium",
         "Contract registers should be complete and reviewed quarterly.",
         "Publish a quarterly contract register review to the Procurement Board.",
         "Head of Procurement", d(2025, 12, 31), None, "Amber",
         "Q2 review complete; Q3 review in progress."),
    ]
    r = 5
    for row in rows:
        for c, v in enumerate(row, start=1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BOX
            if isinstance(v, datetime):
                cell.number_format = "dd/mm/yyyy"
        st = row[10]
        fill = {"Amber": AMBER, "Red": RED, "Implemented": GREEN}.get(st)
        if fill:
            ws.cell(row=r, column=11).fill = fill
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Status: Implemented = verified as complete; Not yet due = within original due date.")
    for i, w in enumerate([22, 9, 11, 8, 9, 40, 50, 28, 12, 12, 12, 40], start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.auto_filter.ref = "A4:L12"

    s = wb.create_sheet("Summary")
    s["A1"] = "Outstanding recommendations by priority"
    s["A1"].font = BOLD
    header_row(s, 3, ["Priority", "Implemented", "In progress", "Not yet due", "Total"])
    for r2, vals in enumerate([("High", 0, 2, 1, 3), ("Medium", 1, 2, 1, 4), ("Low", 1, 0, 0, 1), ("Total", 2, 4, 2, 8)], start=4):
        for c, v in enumerate(vals, start=1):
            s.cell(row=r2, column=c, value=v).border = BOX
    wb.save(out("jg2-westminster-city-council-internal-audit-recommendations-tracker-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    """Put text in a cell; '\n' starts a new paragraph."""
    parts = text.split("\n")
    cell.paragraphs[0].text = ""
    run = cell.paragraphs[0].add_run(parts[0])
    run.bold = bold
    for p in parts[1:]:
        para = cell.add_paragraph()
        rr = para.add_run(p)
        rr.bold = bold


def hdr(table, headers, fill="1F3864"):
    for i, h in enumerate(headers):
        c = table.rows[0].cells[i]
        set_cell(c, h, bold=True)
        shade(c, fill)
        for r in c.paragraphs[0].runs:
            r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)


# ---------------------------------------------------------------------------
# 4. Cheshire East Council - auditor's annual report VFM action plan (docx)
# ---------------------------------------------------------------------------
def make_cheshire_east():
    doc = Document()
    doc.add_heading("Cheshire East Council – Auditor’s Annual Report 2023/24: Management Action Plan", level=0)
    doc.add_paragraph("Audit and Governance Committee, 13 March 2025 – progress updated September 2025")

    doc.add_paragraph("Document control").runs[0].bold = True
    t = doc.add_table(rows=4, cols=4)
    t.style = "Table Grid"
    hdr(t, ["Version", "Date", "Author", "Comments"])
    for i, vals in enumerate([
        ("1.0", "24/02/2025", "Head of Audit and Risk Management", "Agreed with Corporate Leadership Team"),
        ("1.1", "13/03/2025", "Head of Audit and Risk Management", "Presented to Audit and Governance Committee"),
        ("1.2", "18/09/2025", "Head of Audit and Risk Management", "Six-month progress update"),
    ], start=1):
        for j, v in enumerate(vals):
            set_cell(t.rows[i].cells[j], v)

    doc.add_heading("Purpose", level=1)
    doc.add_paragraph(
        "The external auditor’s Annual Report for 2023/24 identified significant weaknesses in the Council’s "
        "arrangements for financial sustainability and made two key recommendations, together with three "
        "improvement recommendations. This plan sets out the Council’s response and the agreed actions.")

    doc.add_paragraph("Status key").runs[0].bold = True
    k = doc.add_table(rows=5, cols=2)
    k.style = "Table Grid"
    hdr(k, ["Status", "Meaning"])
    for i, (s, m, f) in enumerate([
        ("Complete", "Action delivered and evidence held", "00B0F0"),
        ("Green", "On track", "00B050"),
        ("Amber", "Some risk to delivery by the target date", "FFC000"),
        ("Red", "Off track – target date will be missed", "FF0000"),
    ], start=1):
        set_cell(k.rows[i].cells[0], s)
        shade(k.rows[i].cells[0], f)
        set_cell(k.rows[i].cells[1], m)

    cols = ["Ref", "Agreed action", "Responsible officer", "Target date", "Status", "Progress at September 2025"]
    fills = {"Complete": "00B0F0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}

    def section(title, blocks):
        doc.add_heading(title, level=1)
        nrows = 1 + sum(1 + len(b[1]) for b in blocks)
        tb = doc.add_table(rows=nrows, cols=6)
        tb.style = "Table Grid"
        hdr(tb, cols)
        r = 1
        for rec, acts in blocks:
            row = tb.rows[r]
            merged = row.cells[0].merge(row.cells[5])
            set_cell(merged, rec, bold=True)
            shade(merged, "D9E1F2")
            r += 1
            for (ref, action, lead, date, status, prog) in acts:
                cells = tb.rows[r].cells
                set_cell(cells[0], ref)
                set_cell(cells[1], action)
                set_cell(cells[2], lead)
                set_cell(cells[3], date)
                set_cell(cells[4], status)
                shade(cells[4], fills[status])
                set_cell(cells[5], prog)
                r += 1

    section("Section A: Key recommendations – Financial sustainability", [
        ("Key recommendation 1: The Council should ensure that the Medium-Term Financial Strategy is underpinned by a deliverable savings programme, with savings plans fully developed and risk-assessed before the budget is approved.", [
            ("KR1.1", "Establish a Transformation Programme Board to review every savings proposal against a delivery confidence rating before it is included in the budget.",
             "Section 151 Officer", "March 2025", "Complete", "Board established January 2025; all 2025/26 proposals rated."),
            ("KR1.2", "Report monthly savings delivery tracking to Corporate Policy Committee as part of the financial monitoring cycle.",
             "Director of Finance and Customer Services", "Monthly", "Green", "Included in First and Second Financial Reviews 2025/26."),
        ]),
        ("Key recommendation 2: The Council should strengthen its reserves strategy so that unallocated reserves are restored to a level consistent with its assessed financial risks.", [
            ("KR2.1", "Refresh the Reserves Strategy as part of the 2025/26 to 2028/29 MTFS.",
             "Section 151 Officer", "February 2025", "Complete", "Approved at Council, 26 February 2025."),
            ("KR2.2", "Manage Exceptional Financial Support within the terms of the capitalisation direction, with quarterly reporting to Audit and Governance Committee.",
             "Chief Executive and Section 151 Officer", "Q4 2025/26", "Amber", "Use of the capitalisation direction is forecast; asset disposals behind plan."),
        ]),
    ])

    section("Section B: Improvement recommendations – Governance and improving economy, efficiency and effectiveness", [
        ("Improvement recommendation 1: The Council should review the Annual Governance Statement process so that significant governance issues are identified and tracked through to closure.", [
            ("IR1.1", "Introduce a quarterly AGS action tracker reported to Audit and Governance Committee.",
             "Head of Audit and Risk Management", "June 2025", "Complete", "First tracker reported July 2025."),
        ]),
        ("Improvement recommendation 2: The Council should ensure that contract management arrangements for major contracts, including those with its wholly-owned companies, are consistently applied.", [
            ("IR2.1", "Complete a review of the shareholder agreements and client arrangements for ANSA Environmental Services and Orbitas Bereavement Services.",
             "Director of Governance and Compliance (Monitoring Officer)", "September 2025", "Amber", "ANSA review complete; Orbitas review to Finance Sub-Committee in November."),
            ("IR2.2", "Roll out contract management training to all officers managing contracts above £500k.",
             "Head of Procurement", "31/12/2025", "Green", "Three cohorts trained."),
        ]),
        ("Improvement recommendation 3: The Council should make better use of benchmarking and performance data to identify services with high cost and low performance.", [
            ("IR3.1", "Develop a corporate performance and cost benchmarking dashboard using LG Inform and CIPFA nearest neighbours.",
             "Head of Business Change; Performance and BI Manager", "Dec 2025 – Mar 2026", "Green", "Dashboard prototype shared with CLT."),
        ]),
    ])

    doc.add_paragraph("")
    doc.add_paragraph("Sign-off").runs[0].bold = True
    s = doc.add_table(rows=3, cols=3)
    s.style = "Table Grid"
    hdr(s, ["Role", "Name", "Date"])
    for i, vals in enumerate([("Chief Executive", "(signed)", "24/02/2025"),
                              ("Section 151 Officer", "(signed)", "24/02/2025")], start=1):
        for j, v in enumerate(vals):
            set_cell(s.rows[i].cells[j], v)
    doc.save(out("jg2-cheshire-east-council-auditors-annual-report-vfm-recommendations-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Wrexham CBC - reablement service CIW inspection improvement plan (docx)
# ---------------------------------------------------------------------------
def make_wrexham():
    doc = Document()
    p = doc.add_paragraph()
    run = p.add_run("Wrexham County Borough Council – Community Reablement Service: CIW Inspection Improvement Plan")
    run.bold = True
    run.font.size = Pt(16)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("Cyngor Bwrdeistref Sirol Wrecsam – Gwasanaethau Cymdeithasol Oedolion").alignment = WD_ALIGN_PARAGRAPH.CENTER

    info = doc.add_table(rows=5, cols=2)
    info.style = "Table Grid"
    for i, (a, b) in enumerate([
        ("Service", "Wrexham Community Reablement Service (Domiciliary Support Service)"),
        ("Inspection dates", "7–9 May 2025"),
        ("Report published", "24 June 2025"),
        ("Responsible Individual", "Head of Adult Social Care"),
        ("Plan last updated", "15 October 2025"),
    ]):
        set_cell(info.rows[i].cells[0], a, bold=True)
        shade(info.rows[i].cells[0], "D9E1F2")
        set_cell(info.rows[i].cells[1], b)

    doc.add_paragraph("")
    doc.add_paragraph("CIW identified no priority action notices. The areas for improvement below are set out under the "
                      "inspection themes used in the report. RAG: Complete = action finished; G = on track; "
                      "A = some delay; R = not on track.")

    cols = ["No.", "Area for improvement", "Action", "Lead", "Timescale", "RAG"]

    def theme_table(title, afis):
        doc.add_heading(title, level=2)
        n = 1 + sum(len(a[1]) for a in afis)
        tb = doc.add_table(rows=n, cols=6)
        tb.style = "Table Grid"
        hdr(tb, cols, fill="00664F")
        r = 1
        for afi, acts in afis:
            first = r
            for (ref, action, lead, when, rag) in acts:
                cells = tb.rows[r].cells
                set_cell(cells[0], ref)
                set_cell(cells[2], action)
                set_cell(cells[3], lead)
                set_cell(cells[4], when)
                set_cell(cells[5], rag)
                r += 1
            top = tb.rows[first].cells[1]
            if r - 1 > first:
                top = top.merge(tb.rows[r - 1].cells[1])
            set_cell(top, afi)

    theme_table("Theme 1: Well-being", [
        ("Regulation 21: Personal plans did not consistently reflect people’s own views of the outcomes they wanted to achieve.", [
            ("W1", "Revise the personal plan template so that ‘what matters to me’ outcomes are recorded in the person’s own words.",
             "Registered Manager", "31/07/2025", "Complete"),
            ("W2", "Audit 10 personal plans each month and share learning at team meetings.",
             "Registered Manager / Senior Reablement Officers", "Monthly – ongoing", "G"),
        ]),
    ])
    theme_table("Theme 2: Care and Support", [
        ("Regulation 16: Reviews of personal plans were not always completed at the required frequency.", [
            ("C1", "Introduce a review scheduler in WCCIS with automatic reminders to Senior Reablement Officers.",
             "Systems Support Manager", "End of September 2025", "Complete"),
            ("C2", "Provide refresher training on reviews covering:\n- involving the person and their family\n- recording changes to outcomes\n- closing plans at the end of reablement",
             "Workforce Development Officer", "30/11/2025", "A"),
        ]),
        ("Regulation 58: Medication administration records did not always show the reason when a medicine was not given.", [
            ("C3", "Complete medication competency assessments for all reablement support workers.",
             "Medication Lead (Senior Reablement Officer)", "Oct-25", "G"),
        ]),
    ])
    theme_table("Theme 3: Leadership and Management", [
        ("Regulation 36: Not all staff received supervision at least quarterly, and annual appraisals were overdue for some staff.", [
            ("L1", "Set up a supervision matrix and report compliance monthly to the Responsible Individual.",
             "Registered Manager", "Aug 2025", "Complete"),
            ("L2", "Complete all overdue appraisals.",
             "Team Leaders", "31 December 2025", "A"),
        ]),
        ("Regulation 80: The quality of care review did not include feedback from people using the service or their representatives.", [
            ("L3", "Carry out a feedback survey with people who used the service and their families, and include the findings in the next six-monthly Quality of Care Review.",
             "RI / Registered Manager", "January 2026", "G"),
        ]),
    ])

    doc.add_paragraph("")
    doc.add_paragraph("Approved by the Responsible Individual on behalf of the service provider.")
    sg = doc.add_table(rows=2, cols=3)
    sg.style = "Table Grid"
    hdr(sg, ["Signed", "Role", "Date"], fill="00664F")
    for j, v in enumerate(["(signed)", "Responsible Individual", "15/10/2025"]):
        set_cell(sg.rows[1].cells[j], v)
    doc.save(out("jg2-wrexham-county-borough-council-reablement-service-ciw-inspection-improvement-plan.docx"))


# ---------------------------------------------------------------------------
# 6. RBKC - RSH consumer standards housing improvement plan (csv)
# ---------------------------------------------------------------------------
def csv_field(v):
    v = "" if v is None else str(v)
    if any(ch in v for ch in [",", '"', "\n"]):
        return '"' + v.replace('"', '""') + '"'
    return v


def make_rbkc():
    ncol = 9
    lines = []

    def line(vals):
        vals = list(vals) + [""] * (ncol - len(vals))
        lines.append(",".join(csv_field(x) for x in vals))

    line(["Royal Borough of Kensington and Chelsea – Housing Improvement Plan: Regulator of Social Housing Consumer Standards (C3 judgement, August 2025)"])
    line(["Exported from Housing Improvement Board tracker: 14/11/2025"])
    line([])
    line(["Workstream", "Consumer standard requirement", "Ref", "Action", "Lead", "Start", "Due", "RAG", "Commentary"])
    ws1 = "1. Stock condition data"
    ws2 = "2. Decent Homes"
    ws3 = "3. Tenant engagement and assurance"
    ws4 = "4. Governance and oversight"
    req_a = "Safety and Quality Standard 1.1 – Stock quality"
    req_b = "Safety and Quality Standard 1.2 – Decency"
    req_c = "Transparency, Influence and Accountability Standard 2.1 – Engagement with tenants"
    req_d = "Transparency, Influence and Accountability Standard 2.3 – Accountability to tenants"
    rows = [
        (ws1, req_a, "1.1", "Commission a 100% stock condition survey programme (approx. 6,900 tenanted homes) through two survey partners.",
         "Director of Housing Management", "Sep-25", "31/03/2026", "Amber", "Surveys at 38% of homes; second partner mobilising."),
        (ws1, req_a, "1.2", "Load validated survey data into the asset management system and reconcile it against the property register.",
         "Head of Asset Management; Housing Data Lead", "Oct-25", "Jun-26", "Green", "Data validation rules agreed."),
        (ws1, req_a, "1.3", "Agree a five-year rolling survey cycle so that at least 20% of homes are surveyed each year.",
         "Head of Asset Management", "Sep-25", "Dec-25", "Complete", "Approved at Housing Improvement Board, 6 November 2025."),
        (ws2, req_b, "2.1", "Publish a Decent Homes delivery programme prioritising kitchens, bathrooms and windows in non-decent homes.",
         "Director of Housing Management", "Sep-25", "October 2025", "Complete", "Programme published; 2,010 homes identified as non-decent."),
        (ws2, req_b, "2.2", "Increase the 2026/27 HRA capital programme to fund Decent Homes works, subject to Cabinet approval.",
         "Executive Director of Housing and Social Investment / Director of Finance", "Oct-25", "Feb-26", "Green", "Draft HRA business plan includes uplift."),
        (ws2, req_b, "2.3", "Report non-decent homes performance monthly to the Housing Improvement Board and quarterly to Cabinet.",
         "Head of Housing Performance", "Oct-25", "Monthly", "Green", "Reporting in place from October 2025."),
        (ws3, req_c, "3.1", "Co-design a stock condition communications plan with the Tenants' Consultative Committee, including how residents can book surveys.",
         "Head of Resident Engagement", "Sep-25", "30/11/2025", "Complete", "Plan agreed with TCC on 12 November 2025."),
        (ws3, req_c, "3.2", "Publish quarterly progress updates on the Council website and in the residents' magazine.",
         "Head of Resident Engagement", "Jan-26", "Quarterly", "Not started", "First update due January 2026."),
        (ws4, req_d, "4.1", "Provide a monthly assurance report to the Housing Improvement Board covering stock data, decency and compliance.",
         "Director of Housing Management", "Sep-25", "Monthly", "Green", ""),
        (ws4, req_d, "4.2", "Commission an independent assurance review of progress against the improvement plan.",
         "Director of Housing Management", "Apr-26", "September 2026", "Not started", ""),
    ]
    for r in rows:
        line(r)
    line([])
    line(["RAG summary", "Complete: 3", "Green: 4", "Amber: 1", "Red: 0", "Not started: 2"])
    with open(out("jg2-royal-borough-of-kensington-and-chelsea-rsh-consumer-standards-housing-improvement-plan.csv"),
              "w", encoding="utf-8-sig", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ---------------------------------------------------------------------------
# 7. BCP Council - Best Value Notice action plan progress update (txt, tab-separated)
# ---------------------------------------------------------------------------
def make_bcp():
    T = "\t"
    L = []
    L.append("Appendix 1")
    L.append("BCP Council – Best Value Notice Action Plan: Progress Update")
    L.append("Position as at 29 February 2024")
    L.append("")
    L.append(T.join(["Ref", "Source", "Recommendation", "Action", "Lead", "Timescale", "Status", "Update"]))
    L.append("THEME 1 – FINANCIAL SUSTAINABILITY")
    L.append(T.join(["1", "EAR 1", "Develop a realistic Medium Term Financial Plan that does not rely on the sale of assets to fund the transformation programme or revenue pressures.",
                     "Remove the reliance on the flexible use of capital receipts from the 2024/25 budget and MTFP.",
                     "Director of Finance (S151)", "Feb 2024", "Complete", "Budget approved by Council 20 February 2024 without reliance on asset sales."]))
    L.append(T.join(["2", "", "", "Publish a refreshed MTFP covering 2024/25 to 2027/28 alongside the budget report.",
                     "Director of Finance (S151)", "Feb-24", "Complete", "Published with the budget papers."]))
    L.append(T.join(["3", "EAR 2", "Strengthen the oversight of the Dedicated Schools Grant deficit and its impact on the Council’s financial position.",
                     "Report the DSG deficit management plan and its cumulative impact on reserves in every Cabinet budget monitoring report.",
                     "Director of Finance (S151) / Corporate Director Children’s Services", "Ongoing", "On track", "Included in the Q3 budget monitoring report."]))
    L.append("THEME 2 – MEMBER AND OFFICER RELATIONSHIPS")
    L.append(T.join(["4", "EAR 3", "Reset member-officer relationships and improve behaviours, with a renewed focus on the Member Code of Conduct.",
                     "Deliver an all-member development programme on roles, behaviours and the Code of Conduct, with LGA support.",
                     "Monitoring Officer", "December 2023", "Complete", "Four sessions delivered; 61 of 76 councillors attended."]))
    L.append(T.join(["5", "", "", "Agree a Member/Officer Relations Protocol and adopt it into the Constitution.",
                     "Monitoring Officer; Head of Democratic Services", "January 2024", "Complete", "Adopted by Council 23 January 2024."]))
    L.append(T.join(["6", "", "", "Review the process for handling standards complaints and publish quarterly statistics to the Standards Committee.",
                     "Monitoring Officer", "Quarterly", "On track", "\"First quarterly report to Standards Committee 7 February 2024.\nNumber of complaints down from 38 to 11 in the quarter.\""]))
    L.append("THEME 3 – TRANSFORMATION AND GOVERNANCE")
    L.append(T.join(["7", "EAR 4", "Review the scope, governance and delivery of the transformation programme, with cross-party member oversight.",
                     "Establish a cross-party Transformation Member Working Group.",
                     "Chief Operations Officer", "Nov 2023", "Complete", "Group met in November, December and February."]))
    L.append(T.join(["8", "", "", "Re-baseline the transformation programme business case and benefits realisation plan.",
                     "Chief Operations Officer", "Apr 2024", "On track", "Draft re-baselined business case to Cabinet in April."]))
    L.append(T.join(["9", "EAR 5", "Undertake a review of Council-owned companies, including BCP FuturePlaces, to ensure they remain value for money.",
                     "Complete the review of BCP FuturePlaces and bring recommendations to Cabinet.",
                     "Chief Executive", "Jan 2024", "Complete", "Cabinet agreed recommendations 10 January 2024."]))
    L.append(T.join(["10", "", "", "Implement the agreed company governance framework, including a Shareholder Advisory Board.",
                     "Monitoring Officer / Director of Finance (S151)", "June 2024", "Not started", "Follows the internal review of BCP Council companies."]))
    L.append("THEME 4 – CORPORATE STRATEGY AND CAPACITY")
    L.append(T.join(["11", "EAR 6", "Agree a Corporate Strategy and clear set of priorities ahead of budget setting.",
                     "Adopt a refreshed Corporate Strategy and Delivery Plan at Council.",
                     "Chief Executive", "March 2024", "Amber", "Draft Delivery Plan to Cabinet in March; adoption slipped from January."]))
    L.append(T.join(["12", "CEIR 4", "Stabilise the senior leadership team and reduce reliance on interim appointments.",
                     "Recruit to the permanent Corporate Director vacancies on the Corporate Management Board.",
                     "Chief Executive", "Apr-Jun 2024", "Green", "Two appointments made; one post out to advert."]))
    L.append("")
    L.append("Status key: Complete | On track | Amber – at risk | Red – off track | Not started")
    L.append("EAR = External Assurance Review (DLUHC, August 2023); CEIR = Chief Executive’s Internal Review (June 2023)")
    with open(out("jg2-bcp-council-best-value-notice-action-plan-progress-update.txt"), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(L) + "\r\n")


if __name__ == "__main__":
    make_central_beds()
    make_herts_custody()
    make_westminster()
    make_cheshire_east()
    make_wrexham()
    make_rbkc()
    make_bcp()
    print("done")
