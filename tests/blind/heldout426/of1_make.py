"""Build the seven of1- blind test files (set heldout426).

Run with /work/main/.venv/bin/python of1_make.py  (writes next to this script).
Only files whose names start with "of1-" are written.
"""
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))

D = dt.datetime

# ---------------------------------------------------------------- helpers
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
FILL = {
    "red": PatternFill("solid", fgColor="FF0000"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "green": PatternFill("solid", fgColor="00B050"),
    "blue": PatternFill("solid", fgColor="00B0F0"),
    "head": PatternFill("solid", fgColor="1F3864"),
    "band": PatternFill("solid", fgColor="D9E1F2"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
}
WRAP = Alignment(wrap_text=True, vertical="top")


def xl_header(ws, row, values, fill="head"):
    for i, v in enumerate(values, 1):
        c = ws.cell(row=row, column=i, value=v)
        c.font = Font(bold=True, color="FFFFFF" if fill == "head" else "000000")
        c.fill = FILL[fill]
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX


def xl_band(ws, row, text, ncols, fill="band"):
    ws.cell(row=row, column=1, value=text)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
    c = ws.cell(row=row, column=1)
    c.font = Font(bold=True)
    c.fill = FILL[fill]
    c.alignment = Alignment(vertical="center")


def xl_widths(ws, widths):
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w


def xl_row(ws, row, values, date_fmt="dd/mm/yyyy"):
    for i, v in enumerate(values, 1):
        c = ws.cell(row=row, column=i, value=v)
        c.alignment = WRAP
        c.border = BOX
        if isinstance(v, dt.datetime):
            c.number_format = date_fmt


def shade(cell, hex_colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tcPr.append(shd)


def cell_paras(cell, text, bold=False, size=9):
    """Write text into a cell, one paragraph per line."""
    lines = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.font.size = Pt(size)


# ====================================================================
# 1. Scottish Ambulance Service - Board rolling action log (xlsx)
# ====================================================================
SAS_FILE = "of1-scottish-ambulance-service-board-rolling-action-log.xlsx"
SAS_TITLE = "Scottish Ambulance Service Board – Rolling Action Log"
SAS_MEETINGS = [
    ("Board Meeting – 29 January 2025", [
        dict(ref="BA/25/01", item="Item 7 – Integrated Performance Report",
             action="Provide a breakdown of hospital turnaround times by acute site, including the ten longest waits each week, in the next Integrated Performance Report.",
             lead="Chief Operating Officer", due=D(2025, 3, 26), rag="blue",
             update="Breakdown included at section 4 of the March IPR. Propose closure."),
        dict(ref="BA/25/02", item="Item 9 – Financial Plan 2025/26",
             action="Bring back the draft three-year financial plan with each savings scheme risk-assessed for deliverability.",
             lead="Director of Finance, Logistics and Strategy", due=D(2025, 3, 26), rag="blue",
             update="Financial plan approved by the Board on 26 March 2025. Propose closure."),
        dict(ref="BA/25/03", item="Item 11 – Staff Experience and iMatter",
             action="Share the iMatter action plan themes for the three Ambulance Control Centres with Board members ahead of the June development session.",
             lead="Director of Workforce", due="30/07/2025 (revised from 26/03/2025)", rag="amber",
             update="Development session moved to August. Themes paper being finalised with staff-side partners."),
    ]),
    ("Board Meeting – 26 March 2025", [
        dict(ref="BA/25/04", item="Item 6 – Clinical Governance Committee Report",
             action="Provide an update on the roll-out of the frailty pathway in the West Region, including referral numbers to Hospital at Home services.",
             lead="Medical Director / Director of Care Quality and Professional Development", due="September 2025", rag="green",
             update="Data collection agreed with three HSCPs; update scheduled for September Board."),
        dict(ref="BA/25/05", item="Item 8 – Corporate Risk Register",
             action="Review the scoring of risk ID 4638 (hospital turnaround delays) with the Audit and Risk Committee and reflect the outcome in the next risk report.",
             lead="Director of Finance, Logistics and Strategy; Head of Risk Management", due=D(2025, 5, 28), rag="red",
             update="Not yet taken to Audit and Risk Committee; now scheduled for 4 September 2025."),
        dict(ref="BA/25/06", item="Item 10 – Net Zero and Sustainability",
             action="Provide a costed plan for electric vehicle charging infrastructure at ambulance stations, aligned to the fleet replacement programme.",
             lead="Director of Finance, Logistics and Strategy", due="Q3 2025/26", rag="green",
             update="Station survey complete for 62 of 158 stations."),
    ]),
    ("Board Meeting – 28 May 2025", [
        dict(ref="BA/25/07", item="Item 5 – Patient Story",
             action="Arrange a Board visit to the West Ambulance Control Centre at Cardonald.",
             lead="Board Secretary", due="TBC", rag=None,
             update="Date to be agreed with the Chair."),
        dict(ref="BA/25/08", item="Item 9 – Annual Delivery Plan 2025/26",
             action="Report progress against the 2025/26 Annual Delivery Plan deliverables each quarter, with exception reporting on amber and red deliverables.",
             lead="Director of Strategy, Planning and Programmes", due="Quarterly", rag="green",
             update="Q1 report on the agenda for 30 July 2025."),
    ]),
]


def build_sas():
    wb = Workbook()
    ws = wb.active
    ws.title = "Board Action Log"
    ncol = 7
    ws["A1"] = SAS_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Status as at 18 July 2025 – for the Board meeting on 30 July 2025 (Item 4, Matters Arising)"
    ws["A2"].font = Font(italic=True)
    ws["A3"] = ("RAG: Red – overdue or not progressing;  Amber – in progress, at risk of slippage;  "
                "Green – in progress, on track;  Blue – complete, proposed for closure")
    ws.merge_cells("A3:G3")
    ws["A3"].font = Font(size=9)
    xl_header(ws, 5, ["Action Ref", "Agenda Item", "Action", "Lead", "Due Date", "RAG", "Update (July 2025)"])
    r = 6
    for meeting, rows in SAS_MEETINGS:
        xl_band(ws, r, meeting, ncol)
        r += 1
        for a in rows:
            xl_row(ws, r, [a["ref"], a["item"], a["action"], a["lead"], a["due"], None, a["update"]])
            if a["rag"]:
                ws.cell(row=r, column=6).fill = FILL[a["rag"]]
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Note: actions proposed for closure are removed from the log once the Board has agreed closure.")
    ws.cell(row=r, column=1).font = Font(italic=True, size=9)
    xl_widths(ws, [11, 26, 55, 30, 16, 7, 45])
    ws.freeze_panes = "A6"
    wb.save(os.path.join(HERE, SAS_FILE))


# ====================================================================
# 2. NIFRS - Corporate Risk Register 2025/26 (xlsx)
# ====================================================================
NIFRS_FILE = "of1-nifrs-corporate-risk-register-2025-26.xlsx"
NIFRS_TITLE = "Northern Ireland Fire & Rescue Service – Corporate Risk Register 2025/26"
NIFRS_RISKS = [
    dict(band="CR01 – Financial Sustainability", ref="CR01",
         desc="There is a risk that NIFRS cannot deliver its statutory services within the budget allocated by the Department of Health, due to pay awards and inflation exceeding funding, resulting in reduced front-line capacity.",
         owner="Chief Fire & Rescue Officer", inherent="5 x 5 = 25",
         controls="Monthly budget monitoring to SLT and Board; savings plan 2025/26; regular engagement with DoH sponsor branch.",
         residual="4 x 4 = 16",
         actions=[
             dict(action="Develop a medium-term financial plan 2026-29 reflecting the Department of Health budget allocation and pay award pressures.",
                  owner="Director of Finance & Corporate Services", target=D(2025, 10, 31), revised=D(2026, 1, 31), status="A"),
             dict(action="Submit a business case to the Department of Health for recurrent funding of the On-Call recruitment uplift.",
                  owner="Director of Finance & Corporate Services / ACFRO Operations", target=D(2025, 9, 30), revised=None, status="Complete"),
         ]),
    dict(band="CR02 – On-Call Availability", ref="CR02",
         desc="There is a risk that On-Call fire appliances are unavailable because of recruitment and retention difficulties, resulting in increased attendance times in rural areas.",
         owner="ACFRO Operations", inherent="4 x 5 = 20",
         controls="Daily availability monitoring by Regional Control Centre; standby moves; On-Call support officers in each Area Command.",
         residual="4 x 4 = 16",
         actions=[
             dict(action="Implement the revised On-Call availability and contract model at 20 pilot stations.",
                  owner="ACFRO Operations", target="March 2026", revised=None, status="G"),
             dict(action="Run a targeted On-Call recruitment campaign in the Western Area Command (Fermanagh and Tyrone).",
                  owner="Head of Human Resources", target=D(2025, 11, 30), revised=None, status="G"),
         ]),
    dict(band="CR03 – ICT Resilience and Cyber Security", ref="CR03",
         desc="There is a risk of a cyber attack or system failure affecting the mobilising system and corporate ICT, resulting in delayed emergency response and loss of data.",
         owner="Director of Finance & Corporate Services", inherent="4 x 5 = 20",
         controls="Firewall and endpoint protection; Cyber Essentials Plus accreditation; fallback mobilising procedures at Regional Control Centre.",
         residual="3 x 5 = 15",
         actions=[
             dict(action="Complete the migration of mobilising system servers to the new resilient data centre.",
                  owner="Head of ICT", target=D(2025, 6, 30), revised=D(2025, 12, 31), status="R"),
             dict(action="Deliver mandatory cyber awareness training to all staff, achieving 90% completion.",
                  owner="Head of ICT", target=D(2026, 3, 31), revised=None, status="A"),
             dict(action="Test the ICT disaster recovery plan through a live failover exercise.",
                  owner="Head of ICT / Head of Emergency Planning", target="Q4 2025/26", revised=None, status="Not started"),
         ]),
    dict(band="CR04 – Condition of the Estate", ref="CR04",
         desc="There is a risk that the condition of fire stations and training facilities deteriorates, resulting in unsafe or unsuitable premises for staff.",
         owner="Director of Finance & Corporate Services", inherent="4 x 4 = 16",
         controls="Planned preventative maintenance contract; capital programme agreed with DoH; statutory compliance inspections.",
         residual="3 x 4 = 12",
         actions=[
             dict(action="Complete condition surveys of all fire stations and use them to prioritise the 2026/27 capital works programme.",
                  owner="Head of Estates", target=D(2025, 8, 31), revised=None, status="Complete"),
             dict(action="Progress construction of the Northern Ireland Fire & Rescue Learning and Development College at Desertcreat, Cookstown.",
                  owner="Director of Finance & Corporate Services", target="Ongoing", revised=None, status="G"),
         ]),
]
NIFRS_STATUS_FILL = {"G": "green", "A": "amber", "R": "red", "Complete": "blue", "Not started": None}


def build_nifrs():
    wb = Workbook()
    ws = wb.active
    ws.title = "Document Control"
    ws["A1"] = "Document Control"
    ws["A1"].font = Font(bold=True, size=13)
    rows = [("Document title", "Corporate Risk Register 2025/26"),
            ("Version", "2.3"),
            ("Risk register owner", "Chief Fire & Rescue Officer"),
            ("Prepared by", "Corporate Planning & Risk Manager"),
            ("Reviewed by", "Audit & Risk Assurance Committee, 14 October 2025"),
            ("Next review", "January 2026")]
    for i, (k, v) in enumerate(rows, 3):
        ws.cell(row=i, column=1, value=k).font = Font(bold=True)
        ws.cell(row=i, column=2, value=v)
    ws["A11"] = "Version history"
    ws["A11"].font = Font(bold=True)
    xl_header(ws, 12, ["Version", "Date", "Summary of changes"], fill="grey")
    hist = [("2.1", D(2025, 4, 8), "Register refreshed for 2025/26 following SLT risk workshop"),
            ("2.2", D(2025, 7, 15), "Q1 review; CR03 residual score increased"),
            ("2.3", D(2025, 10, 2), "Q2 review; action updates from risk owners")]
    for i, h in enumerate(hist, 13):
        xl_row(ws, i, list(h))
    xl_widths(ws, [22, 48, 60])

    # ---- summary sheet
    ss = wb.create_sheet("Risk Summary")
    ss["A1"] = "Corporate Risk Profile – Quarter 2 2025/26"
    ss["A1"].font = Font(bold=True, size=13)
    xl_header(ss, 3, ["Risk Ref", "Risk", "Inherent", "Residual", "Target", "Direction of travel"])
    summ = [("CR01", "Financial Sustainability", 25, 16, 9, "↔"),
            ("CR02", "On-Call Availability", 20, 16, 8, "↔"),
            ("CR03", "ICT Resilience and Cyber Security", 20, 15, 10, "↑"),
            ("CR04", "Condition of the Estate", 16, 12, 8, "↓")]
    for i, s in enumerate(summ, 4):
        xl_row(ss, i, list(s))
    ss["A10"] = "Action status summary"
    ss["A10"].font = Font(bold=True)
    xl_header(ss, 11, ["Status", "Number of actions"], fill="grey")
    counts = [("Complete", 2), ("G", 3), ("A", 2), ("R", 1), ("Not started", 1), ("Total", 9)]
    for i, (k, v) in enumerate(counts, 12):
        xl_row(ss, i, [k, v])
    xl_widths(ss, [12, 38, 10, 10, 10, 18])

    # ---- register sheet
    rs = wb.create_sheet("Corporate Risk Register")
    ncol = 12
    rs["A1"] = NIFRS_TITLE
    rs["A1"].font = Font(bold=True, size=14)
    rs["A2"] = "Quarter 2 review – position as at 30 September 2025"
    rs["A2"].font = Font(italic=True)
    rs["A4"] = "Risk Identification and Assessment"
    rs.merge_cells("A4:F4")
    rs["G4"] = "Risk Treatment – Action Plan"
    rs.merge_cells("G4:L4")
    for c in ("A4", "G4"):
        rs[c].font = Font(bold=True)
        rs[c].fill = FILL["grey"]
        rs[c].alignment = Alignment(horizontal="center")
    xl_header(rs, 5, ["Risk Ref", "Risk Description", "Risk Owner", "Inherent Risk (L x I)",
                      "Current Controls", "Residual Risk (L x I)", "Action Ref", "Further Action Required",
                      "Action Owner", "Target Date", "Revised Target Date", "Status"])
    r = 6
    for risk in NIFRS_RISKS:
        xl_band(rs, r, risk["band"], ncol)
        r += 1
        first = r
        for j, a in enumerate(risk["actions"]):
            vals = [risk["ref"], risk["desc"], risk["owner"], risk["inherent"], risk["controls"], risk["residual"]] if j == 0 else [None] * 6
            vals += ["%s.%d" % (risk["ref"], j + 1), a["action"], a["owner"], a["target"], a["revised"], a["status"]]
            xl_row(rs, r, vals)
            f = NIFRS_STATUS_FILL[a["status"]]
            if f:
                rs.cell(row=r, column=12).fill = FILL[f]
            r += 1
        last = r - 1
        if last > first:
            for col in range(1, 7):
                rs.merge_cells(start_row=first, start_column=col, end_row=last, end_column=col)
    r += 1
    rs.cell(row=r, column=1, value=("Status key: G – on track;  A – minor slippage, remedial action in hand;  "
                                    "R – significant slippage, escalated to SLT;  Complete – action delivered;  "
                                    "Not started – action not yet due to start"))
    rs.cell(row=r, column=1).font = Font(size=9, italic=True)
    xl_widths(rs, [9, 42, 22, 12, 38, 12, 9, 48, 30, 13, 13, 11])
    rs.freeze_panes = "A6"
    wb.save(os.path.join(HERE, NIFRS_FILE))


# ====================================================================
# 3. NHS Ayrshire & Arran - Annual Delivery Plan 2025/26 tracker (xlsx)
# ====================================================================
NHSAA_FILE = "of1-nhs-ayrshire-arran-annual-delivery-plan-2025-26-q2-tracker.xlsx"
NHSAA_TITLE = "NHS Ayrshire & Arran Annual Delivery Plan 2025/26"
NHSAA_PRIORITIES = [
    ("1. Primary and Community Care", [
        dict(ref="ADP1.1", action="Expand the Community Treatment and Care (CTAC) service to all GP clusters in East Ayrshire.",
             lead="Director of Health and Social Care, East Ayrshire", target=D(2026, 3, 31), revised=None, q1="G", q2="G",
             update="CTAC now operating in 5 of 6 clusters; Cumnock cluster go-live planned for January."),
        dict(ref="ADP1.2", action="Increase the number of Pharmacy First Plus independent prescribers in community pharmacies by 15.",
             lead="Director of Pharmacy", target="Q4 2025/26", revised=None, q1="A", q2="G",
             update="9 additional prescribers in place; 8 currently in training."),
    ]),
    ("2. Urgent and Unscheduled Care", [
        dict(ref="ADP2.1", action="Reduce the average length of stay for patients aged 75 and over at University Hospital Crosshouse and University Hospital Ayr to 8 days.",
             lead="Director of Acute Services", target="March 2026", revised=None, q1="R", q2="A",
             update="Average length of stay 9.4 days in September (10.6 days in April). Discharge without delay programme in place on all medical wards."),
        dict(ref="ADP2.2", action="Extend the Flow Navigation Centre operating hours to 08:00–22:00, seven days a week.",
             lead="Director of Acute Services; Chief Officer, North Ayrshire HSCP", target=D(2025, 9, 30), revised=None, q1="G", q2="B",
             update="Extended hours in place from 1 September 2025."),
        dict(ref="ADP2.3", action="Deliver Hospital at Home capacity of 40 virtual beds across Ayrshire.",
             lead="Chief Officer, South Ayrshire HSCP", target="December 2025", revised=None, q1="A", q2="A",
             update="31 beds operational; recruitment to advanced nurse practitioner posts ongoing."),
    ]),
    ("3. Planned Care", [
        dict(ref="ADP3.1", action="Eliminate waits of over 52 weeks for a new outpatient appointment in Orthopaedics and Ophthalmology.",
             lead="Director of Acute Services", target=D(2026, 3, 31), revised=None, q1="R", q2="R",
             update="412 patients waiting over 52 weeks at end of September. Additional clinics funded by Scottish Government; trajectory under review."),
        dict(ref="ADP3.2", action="Open the additional day surgery theatre at University Hospital Ayr.",
             lead="Director of Acute Services", target=D(2025, 6, 30), revised=D(2025, 11, 30), q1="A", q2="G",
             update="Ventilation works complete; theatre commissioning under way."),
    ]),
    ("4. Mental Health", [
        dict(ref="ADP4.1", action="Meet the 18-week referral-to-treatment standard for Child and Adolescent Mental Health Services (CAMHS) for at least 90% of patients.",
             lead="Head of Mental Health Services", target="Ongoing", revised=None, q1="G", q2="G",
             update="Standard met in each month of Q2 (93.1% in September)."),
    ]),
    ("5. Workforce", [
        dict(ref="ADP5.1", action="Reduce supplementary staffing (agency and bank) spend by 20% against the 2024/25 outturn.",
             lead="Director of People / Director of Finance", target="Q4 2025/26", revised=None, q1="A", q2="R",
             update="Spend reduced by 6% at month 6; nursing agency use in emergency departments remains high."),
        dict(ref="ADP5.2", action="Implement eRostering (SafeCare) across all inpatient wards.",
             lead="Director of People", target="Jan-26", revised=None, q1=None, q2="Not started",
             update="National system roll-out schedule awaited."),
    ]),
]
NHSAA_FILLS = {"G": "green", "A": "amber", "R": "red", "B": "blue"}


def build_nhsaa():
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = NHSAA_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Quarter 2 Progress Summary (July – September 2025) – Performance Governance Committee, 6 November 2025"
    ws["A2"].font = Font(italic=True)
    xl_header(ws, 4, ["Priority", "Deliverables", "B", "G", "A", "R", "Not started"])
    tot = [0] * 6
    for i, (pri, acts) in enumerate(NHSAA_PRIORITIES, 5):
        c = [len(acts)] + [sum(1 for a in acts if a["q2"] == k) for k in ("B", "G", "A", "R", "Not started")]
        tot = [x + y for x, y in zip(tot, c)]
        xl_row(ws, i, [pri] + c)
    tr = 5 + len(NHSAA_PRIORITIES)
    xl_row(ws, tr, ["Total"] + tot)
    for col in range(1, 8):
        ws.cell(row=tr, column=col).font = Font(bold=True)
    xl_widths(ws, [36, 13, 6, 6, 6, 6, 12])

    ts = wb.create_sheet("ADP Tracker Q2")
    ncol = 8
    ts["A1"] = NHSAA_TITLE
    ts["A1"].font = Font(bold=True, size=14)
    ts["A2"] = "Deliverables Tracker – Quarter 2 (July – September 2025)"
    ts["A2"].font = Font(bold=True)
    ts["A3"] = ("RAG: B – complete;  G – on track;  A – at risk, recovery actions in place;  "
                "R – off track, will not be delivered by target date")
    ts["A3"].font = Font(size=9)
    xl_header(ts, 5, ["Ref", "ADP Deliverable", "Executive Lead", "Target Date", "Revised Target Date",
                      "Q1 RAG", "Q2 RAG", "Q2 Progress Update"])
    r = 6
    for pri, acts in NHSAA_PRIORITIES:
        xl_band(ts, r, pri, ncol)
        r += 1
        for a in acts:
            xl_row(ts, r, [a["ref"], a["action"], a["lead"], a["target"], a["revised"], a["q1"], a["q2"], a["update"]])
            for col, key in ((6, "q1"), (7, "q2")):
                f = NHSAA_FILLS.get(a[key])
                if f:
                    ts.cell(row=r, column=col).fill = FILL[f]
                ts.cell(row=r, column=col).alignment = Alignment(horizontal="center", vertical="top", wrap_text=True)
            r += 1
    xl_widths(ts, [9, 55, 32, 13, 13, 8, 11, 50])
    ts.freeze_panes = "A6"
    wb.save(os.path.join(HERE, NHSAA_FILE))


# ====================================================================
# 4. Ysgol Pen Barras - Estyn post-inspection action plan (docx)
# ====================================================================
YPB_FILE = "of1-ysgol-pen-barras-estyn-post-inspection-action-plan.docx"
YPB_TITLE = "Ysgol Pen Barras – Post-Inspection Action Plan"
YPB_RECS = [
    ("Recommendation 1: Improve pupils’ extended writing skills in Welsh and English across the curriculum", [
        dict(ref="1.1", action="Introduce a whole-school progression framework for extended writing in Welsh and English, from Meithrin to Blwyddyn 6.",
             lead="Deputy Headteacher", time="Summer term 2025",
             success="Framework in use in all classes; writing samples show clear progression.",
             monitor="Headteacher – book scrutiny each half term", progress="Achieved"),
        dict(ref="1.2", action="Plan at least one extended writing task each half term in every class through the Areas of Learning and Experience.",
             lead="Class teachers / AoLE leaders", time="Autumn term 2025",
             success="Extended pieces evident in books across at least three AoLEs.",
             monitor="Deputy Headteacher – planning scrutiny", progress="Green"),
        dict(ref="1.3", action="Hold moderation of writing with the Rhuthun cluster schools to agree standards.",
             lead="Literacy Co-ordinator", time="Termly",
             success="Teachers’ judgements agree with cluster moderation in most cases.",
             monitor="Cluster headteachers", progress="Green"),
    ]),
    ("Recommendation 2: Strengthen the use of self-evaluation findings to identify and address priorities for improvement", [
        dict(ref="2.1", action="Revise the school’s self-evaluation calendar so that learning walks, book scrutiny and pupil voice feed directly into the School Development Plan.",
             lead="Headteacher", time="July 2025",
             success="SDP 2025-26 priorities are clearly linked to self-evaluation evidence.",
             monitor="Governing Body", progress="Achieved"),
        dict(ref="2.2", action="Train middle leaders to analyse first-hand evidence and write concise evaluation reports.",
             lead="Headteacher; Local Authority School Improvement Officer", time="Autumn term 2025",
             success="All middle leaders produce an evaluation report that identifies precise next steps.",
             monitor="School Improvement Officer visit notes", progress="Amber"),
        dict(ref="2.3", action="Establish a programme of governor visits linked to the SDP priorities, reported to the Standards Committee.",
             lead="Chair of Governors", time="Spring term 2026",
             success="Governors report first-hand on progress at each Standards Committee.",
             monitor="Full Governing Body", progress="Not started"),
    ]),
    ("Recommendation 3: Ensure that teachers’ feedback helps pupils to understand how to improve their work", [
        dict(ref="3.1", action="Agree a whole-school feedback policy, including verbal feedback and ‘next step’ prompts, seeking pupils’ views through the Cyngor Ysgol.",
             lead="Deputy Headteacher", time="31/10/2025",
             success="Policy agreed by staff and governors; pupils can explain how feedback helps them.",
             monitor="Headteacher – pupil voice sessions", progress="Green"),
        dict(ref="3.2", action="Monitor the impact of feedback on pupils’ work through half-termly book looks and pupil conferencing.",
             lead="Senior Leadership Team", time="Ongoing",
             success="Most pupils respond to feedback and improve their work.",
             monitor="Governing Body – Standards Committee", progress="Amber"),
    ]),
]
YPB_SHADE = {"Achieved": "00B0F0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}


def build_ypb():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = d.sections[0]
    from docx.enum.section import WD_ORIENT
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)

    d.add_heading(YPB_TITLE, level=0)
    d.add_paragraph("Estyn core inspection: 10–12 March 2025. Plan agreed by the Governing Body: 13 May 2025.")

    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("School", "Ysgol Pen Barras, Rhuthun, Sir Ddinbych"),
                 ("Local authority", "Denbighshire County Council"),
                 ("Plan prepared by", "Headteacher and Senior Leadership Team, with the School Improvement Officer"),
                 ("Version", "Final v1.2 – reviewed termly by the Governing Body"),
                 ("Next review", "Governing Body meeting, autumn 2025")]:
        row = t.add_row().cells
        cell_paras(row[0], k, bold=True)
        cell_paras(row[1], v)

    d.add_paragraph()
    d.add_paragraph("Estyn made three recommendations. This plan sets out the actions the school will take "
                    "to address each one, who will lead them and how progress will be monitored. Progress is "
                    "reported to the Governing Body each term using the RAG key at the end of this plan.")

    for head, acts in YPB_RECS:
        d.add_heading(head, level=2)
        t = d.add_table(rows=1, cols=7)
        t.style = "Table Grid"
        hdr = ["Ref", "Action", "Lead", "Timescale", "Success criteria", "Monitoring", "Progress"]
        for i, h in enumerate(hdr):
            cell_paras(t.rows[0].cells[i], h, bold=True)
            shade(t.rows[0].cells[i], "D9E1F2")
        for a in acts:
            c = t.add_row().cells
            for i, k in enumerate(["ref", "action", "lead", "time", "success", "monitor", "progress"]):
                cell_paras(c[i], a[k])
            if a["progress"] in YPB_SHADE:
                shade(c[6], YPB_SHADE[a["progress"]])
        d.add_paragraph()

    d.add_heading("Progress key", level=3)
    k = d.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for word, meaning in [("Achieved", "Action completed and impact evident"),
                          ("Green", "On track to be completed within the timescale"),
                          ("Amber", "Some slippage; action being taken"),
                          ("Red", "Significantly behind; governors to be informed"),
                          ("Not started", "Action not yet due to begin")]:
        row = k.add_row().cells
        cell_paras(row[0], word, bold=True)
        cell_paras(row[1], meaning)
        if word in YPB_SHADE:
            shade(row[0], YPB_SHADE[word])
    d.add_paragraph()
    d.add_paragraph("Signed: ______________________ Headteacher        ______________________ Chair of Governors")
    d.save(os.path.join(HERE, YPB_FILE))


# ====================================================================
# 5. Heol y Bont Dental Practice - HIW improvement plan (docx)
# ====================================================================
HYB_FILE = "of1-heol-y-bont-dental-practice-hiw-dental-inspection-improvement-plan.docx"
HYB_TITLE = "Heol y Bont Dental Practice – HIW Inspection Improvement Plan"
HYB_SECTIONS = [
    ("Quality of Patient Experience", [
        dict(issue="A current price list was not displayed for patients.",
             need="The registered manager must ensure that a current price list is displayed in the waiting area and on the practice website.",
             reg="The Private Dentistry (Wales) Regulations 2017, Regulation 8(1)(e)",
             action="Updated price list printed and displayed in reception and the waiting room.\nWebsite provider instructed to upload the current NHS and private fee schedule.",
             officer="Practice Manager", time="30 June 2025"),
        dict(issue="Information on how to raise a concern was only available in English.",
             need="The practice must make information on Putting Things Right available bilingually.",
             reg="Health and Care Quality Standards 2023 – Person centred; Welsh Language (Wales) Measure 2011",
             action="Bilingual Putting Things Right posters and leaflets obtained from Cwm Taf Morgannwg University Health Board and displayed in reception.",
             officer="Practice Manager", time="31/07/2025"),
    ]),
    ("Delivery of Safe and Effective Care", [
        dict(issue="There was no record that emergency drugs and equipment had been checked weekly.",
             need="The registered manager must ensure that emergency drugs and equipment are checked weekly, in line with Resuscitation Council (UK) guidance, and that the checks are recorded.",
             reg="The Private Dentistry (Wales) Regulations 2017, Regulation 31(3)",
             action="Weekly checklist introduced and assigned to the lead dental nurse.\nPractice Manager to audit the checklist monthly and report at the practice meeting.",
             officer="Lead Dental Nurse / Practice Manager", time="Immediate and ongoing"),
        dict(issue="Two dental nurses had not completed safeguarding training.",
             need="The registered manager must ensure that all clinical staff complete safeguarding training at the appropriate level.",
             reg="The Private Dentistry (Wales) Regulations 2017, Regulation 17(3)(a)",
             action="Both dental nurses booked on Level 2 safeguarding (adults and children) training through Health Education and Improvement Wales.\nCertificates to be kept on staff files.",
             officer="Registered Manager", time="31 August 2025"),
        dict(issue="The replacement X-ray unit in Surgery 2 had not had a critical examination.",
             need="The registered manager must ensure that a critical examination is completed on the new X-ray unit and that the local rules are updated.",
             reg="Ionising Radiations Regulations 2017, Regulation 32; IR(ME)R 2017",
             action="Radiation Protection Adviser visit arranged to carry out the critical examination.\nLocal rules to be reviewed and signed by all staff once the report is received.",
             officer="Principal Dentist", time="Within 3 months"),
    ]),
    ("Quality of Management and Leadership", [
        dict(issue="Staff appraisals were overdue for most of the team.",
             need="The registered manager must ensure that all staff receive an annual appraisal and that this is recorded.",
             reg="The Private Dentistry (Wales) Regulations 2017, Regulation 17(4)",
             action="Appraisal schedule produced for all eleven staff; outstanding appraisals to be completed.",
             officer="Dr Rhys Jenkins (Registered Manager)", time="End of September 2025"),
        dict(issue="Several practice policies were undated and had no review date.",
             need="The registered manager must ensure that all policies are dated, version controlled and reviewed regularly.",
             reg="The Private Dentistry (Wales) Regulations 2017, Regulation 8",
             action="Policy review log set up; all policies to be reviewed at the quarterly practice meeting and re-issued with version numbers.",
             officer="Practice Manager", time="October 2025"),
    ]),
]


def build_hyb():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    from docx.enum.section import WD_ORIENT
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.5)

    d.add_heading(HYB_TITLE, level=1)
    d.add_paragraph("Healthcare Inspectorate Wales – General Dental Practice Inspection (Announced)")
    d.add_paragraph("Service: Heol y Bont Dental Practice, Pontypridd")
    d.add_paragraph("Date of inspection: 14 May 2025")
    d.add_paragraph("Health board area: Cwm Taf Morgannwg University Health Board")

    d.add_heading("Appendix A – Summary of concerns resolved during the inspection", level=2)
    d.add_paragraph("The table below summarises the concerns identified and resolved during our inspection.")
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Immediate concerns identified", "Impact/potential impact on patient care and treatment", "How the concern was resolved"]):
        cell_paras(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "D9D9D9")
    c = t.add_row().cells
    cell_paras(c[0], "Out-of-date oropharyngeal airways were found in the emergency kit.")
    cell_paras(c[1], "Equipment may not be safe to use in a medical emergency.")
    cell_paras(c[2], "The airways were disposed of and replacements ordered on the day of the inspection.")

    d.add_heading("Appendix B – Immediate improvement plan", level=2)
    d.add_paragraph("No immediate non-compliance concerns were identified on this inspection.")

    d.add_heading("Appendix C – Improvement plan", level=2)
    d.add_paragraph("The table below includes the improvements identified during the inspection where we require "
                    "the service to complete an improvement plan telling us about the actions they are taking to "
                    "address these areas.")
    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    hdr = ["Risk/finding/issue", "Improvement needed", "Standard / Regulation", "Service action", "Responsible officer", "Timescale"]
    for i, h in enumerate(hdr):
        cell_paras(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "D9D9D9")
    for band, rows in HYB_SECTIONS:
        c = t.add_row().cells
        m = c[0].merge(c[5])
        cell_paras(m, band, bold=True)
        shade(m, "EDEDED")
        for a in rows:
            c = t.add_row().cells
            for i, k in enumerate(["issue", "need", "reg", "action", "officer", "time"]):
                cell_paras(c[i], a[k])
    d.add_paragraph()
    d.add_paragraph("The following section must be completed by a representative of the service who has overall "
                    "responsibility and accountability for ensuring the improvement plan is actioned.")
    d.add_paragraph("Service representative")
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Name (print):", "Rhys Jenkins"), ("Job role:", "Registered Manager"), ("Date:", "18 June 2025")]:
        c = t.add_row().cells
        cell_paras(c[0], k, bold=True)
        cell_paras(c[1], v)
    d.save(os.path.join(HERE, HYB_FILE))


# ====================================================================
# 6. North Wales OPCC / NWP - JAC internal audit tracker (csv, refuse)
# ====================================================================
NWP_FILE = "of1-north-wales-opcc-jac-internal-audit-recommendations-tracker-typo-month-refuse.csv"
NWP_TYPO_LINE = None  # filled by build_nwp
NWP_ROWS = [
    ["Assurance Review of Fleet Management", "2024/25", "Reasonable", "FM1", "2",
     "Vehicle defect reports should be closed on the fleet system when repairs are completed.",
     "Fleet workshop supervisors to close defect reports on Tranman at job completion; monthly exception report to Head of Fleet.",
     "Head of Fleet", "31/03/2025", "30/09/2025", "Complete", "Exception report in place since July 2025."],
    ["Assurance Review of Fleet Management", "2024/25", "Reasonable", "FM2", "3",
     "Fuel card transactions should be reconciled to vehicle mileage each month.",
     "Finance to reconcile fuel card statements to Tranman mileage monthly and refer anomalies to Professional Standards.",
     "Head of Finance; Head of Fleet", "30/06/2025", "", "Complete", "Reconciliations evidenced for April to September."],
    ["Compliance Review of Overtime and Additional Payments", "2024/25", "Limited", "OT1", "1",
     "Overtime claims should be authorised by a supervisor before payment.",
     "Duty Management system workflow to be changed so that claims cannot be submitted to Payroll without supervisor approval.",
     "Head of Resource Management", "30/04/2025", "31/12/2025", "In progress", "System change tested; go-live delayed by Niche upgrade."],
    ["Compliance Review of Overtime and Additional Payments", "2024/25", "Limited", "OT2", "2",
     "Management information on overtime spend should be reported to the Strategic Resourcing Board.",
     "Quarterly overtime dashboard by command area to be presented to the Strategic Resourcing Board.",
     "Director of Finance and Resources", "30/06/2025", "Febuary 2026", "In progress", "First dashboard drafted; data quality checks under way."],
    ["Assurance Review of Estates Management", "2024/25", "Reasonable", "EM1", "2",
     "The estates strategy should include a costed maintenance backlog for each police station.",
     "Condition surveys to be completed and backlog costs added to the Estates Strategy 2025-30.",
     "Head of Estates and Facilities", "30/09/2025", "", "In progress", "Surveys complete for the Central and Eastern areas."],
    ["OPCC Governance – Commissioning and Grants", "2025/26", "Substantial", "CG1", "3",
     "Grant agreements should include outcome measures aligned to the Police and Crime Plan.",
     "Grant agreement template updated to include outcome measures and reporting dates.",
     "OPCC Chief Executive", "31/10/2025", "", "Complete", "New template used for 2025/26 Commissioning Fund grants."],
    ["Assurance Review of ICT Asset Management", "2025/26", "Limited", "IT1", "1",
     "All ICT assets should be recorded in the asset register, including mobile devices issued to officers.",
     "Full reconciliation of mobile devices to the asset register, with leavers' devices recovered through the HR exit checklist.",
     "Head of Digital Services", "31/12/2025", "", "In progress", "Reconciliation 70% complete."],
    ["Assurance Review of ICT Asset Management", "2025/26", "Limited", "IT2", "2",
     "Disposal certificates should be obtained for all ICT equipment destroyed.",
     "Contract with the disposal supplier to be varied to require certificates for each collection.",
     "Head of Digital Services / Procurement Manager", "30/11/2025", "", "Not started", ""],
]


def _csv_cell(v):
    v = str(v)
    if any(ch in v for ch in [",", '"', "\n"]):
        return '"' + v.replace('"', '""') + '"'
    return v


def build_nwp():
    global NWP_TYPO_LINE
    ncol = 12
    lines = []
    def add(vals):
        vals = list(vals) + [""] * (ncol - len(vals))
        lines.append(",".join(_csv_cell(v) for v in vals))
    add(["Police and Crime Commissioner for North Wales and Chief Constable of North Wales Police"])
    add(["Joint Audit Committee – Internal Audit Recommendations Tracker (TIAA)"])
    add(["Position as at 31 October 2025 – for the Joint Audit Committee meeting on 4 December 2025"])
    add([])
    add(["Audit", "Year", "Assurance", "Rec Ref", "Priority", "Recommendation", "Agreed Management Action",
         "Responsible Officer", "Original Due Date", "Revised Due Date", "Status", "Update"])
    for row in NWP_ROWS:
        add(row)
        if "Febuary" in row[9]:
            NWP_TYPO_LINE = len(lines)
    add([])
    add(["Priority 1 – fundamental control issue; Priority 2 – control issue; Priority 3 – opportunity to improve"])
    add(["Total recommendations: 8   Complete: 3   In progress: 4   Not started: 1"])
    with open(os.path.join(HERE, NWP_FILE), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ====================================================================
# 7. Castle Tower School - ETI inspection action plan (plain text)
# ====================================================================
CTS_FILE = "of1-castle-tower-school-eti-inspection-action-plan.txt"
CTS_TITLE = "Castle Tower School – Action Plan following ETI Inspection (May 2025)"
CTS_AFIS = [
    ("Area for improvement 1: To embed the consistent use of assessment information to plan the next steps in learning for individual pupils.", [
        dict(ref="1a", action="Review the Individual Education Plan (IEP) template so that targets are drawn from baseline assessments and the Pupil Profile.",
             lead="Vice-Principal (Curriculum)", time="October 2025",
             success="New IEP template in use in all classes", progress="Complete"),
        dict(ref="1b", action="Provide staff training on using B Squared and SCERTS assessment information to set SMART targets.",
             lead="Assessment Co-ordinator; Heads of Department", time="Autumn term 2025",
             success="All teaching staff trained; sample IEPs show SMART targets", progress="On track"),
        dict(ref="1c", action="Quality assure a sample of IEPs in each key stage.",
             lead="Senior Leadership Team", time="Termly",
             success="Most IEPs sampled meet the agreed standard", progress="On track"),
    ]),
    ("Area for improvement 2: To develop further the opportunities for pupils in the post-16 department to apply their communication and numeracy skills in real-life and work-related contexts.", [
        dict(ref="2a", action="Establish work experience placements with local employers for all Year 13 and Year 14 pupils.",
             lead="Head of Post-16", time="31/03/2026",
             success="Every Year 13 and 14 pupil completes a placement", progress="Amber"),
        dict(ref="2b", action="Set up the school cafe enterprise, with pupils taking orders, handling money and managing stock.",
             lead="Head of Post-16 / Numeracy Co-ordinator", time="December 2025",
             success="Cafe open two days a week, run by post-16 pupils", progress="On track"),
        dict(ref="2c", action="Track pupils' progress in communication and numeracy through the Entry Level qualifications.",
             lead="Examinations Officer", time="June 2026",
             success="Progress data reported to governors", progress="Not started"),
    ]),
    ("Area for improvement 3: To ensure that the school development plan has measurable targets and that governors are involved in monitoring progress.", [
        dict(ref="3a", action="Rewrite the action plans within the School Development Plan 2025-2028 with measurable success criteria and interim milestones.",
             lead="Principal", time="November 2025",
             success="SDP action plans approved by the Board of Governors", progress="Complete"),
        dict(ref="3b", action="Report progress against this action plan at each meeting of the Board of Governors.",
             lead="Principal", time="Each Board meeting",
             success="Minutes record governors' scrutiny of progress", progress="On track"),
    ]),
]


def build_cts():
    L = []
    L.append(CTS_TITLE)
    L.append("Addressing the areas for improvement identified in the ETI report published on 24 June 2025")
    L.append("")
    L.append("School: Castle Tower School, Ballymena (special school)")
    L.append("Inspection dates: 12-15 May 2025")
    L.append("Plan approved by the Board of Governors: 9 September 2025")
    L.append("Progress update: November 2025")
    L.append("")
    for afi, acts in CTS_AFIS:
        L.append(afi)
        L.append("\t".join(["Ref", "Action", "Person(s) responsible", "Timescale", "Success criteria", "Progress"]))
        for a in acts:
            L.append("\t".join([a["ref"], a["action"], a["lead"], a["time"], a["success"], a["progress"]]))
        L.append("")
    L.append("Progress key: Complete - action finished; On track - progressing as planned; "
             "Amber - some delay, action being taken; Red - significant concern; Not started - not yet due")
    L.append("")
    L.append("Signed: Principal ____________   Chair of the Board of Governors ____________")
    with open(os.path.join(HERE, CTS_FILE), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(L) + "\r\n")


def main():
    build_sas()
    build_nifrs()
    build_nhsaa()
    build_ypb()
    build_hyb()
    build_nwp()
    build_cts()
    print("built 7 files; csv typo on line", NWP_TYPO_LINE)


if __name__ == "__main__":
    main()
