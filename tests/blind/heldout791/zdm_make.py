#!/usr/bin/env python
"""Build the seven zdm- test files (set heldout791).

Run with /work/main/.venv/bin/python zdm_make.py ; writes next to this script.
Only files whose names start with "zdm-" are written.
"""
import csv
import datetime as dt
import os

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))

FILES = {
    "wsx": "zdm-west-sussex-county-council-scrutiny-recommendations-tracker.xlsx",
    "wand": "zdm-wandsworth-council-overview-and-scrutiny-recommendations-tracker.csv",
    "newham": "zdm-newham-council-building-a-fairer-newham-corporate-delivery-plan-tracker-2025-26.txt",
    "walsall": "zdm-walsall-council-our-council-plan-2022-25-delivery-tracker-2024-25-typo-month-refuse.xlsx",
    "oxon": "zdm-oxfordshire-county-council-fostering-service-development-plan-2025-26.docx",
    "suffolk": "zdm-suffolk-county-council-fostering-service-development-plan-2025-26.xlsx",
    "worcs": "zdm-worcestershire-local-area-partnership-send-priority-action-plan.docx",
}

GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
BLUE = "0070C0"
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


# ---------------------------------------------------------------------------
# 1. West Sussex County Council - scrutiny recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
WSX_TITLE = "Scrutiny Recommendations Tracker 2024/25"
CYP = "Children and Young People's Services Scrutiny Committee"
HASC = "Health and Adult Social Care Scrutiny Committee"
CHESC = "Communities, Highways and Environment Scrutiny Committee"

# committee -> list of (meeting, item, [recs])
WSX = [
    (CYP, [
        (dt.datetime(2024, 9, 12), "Home to School Transport Policy 2025/26", [
            dict(ref="CYPSSC 24/01",
                 action="That the Cabinet Member ensures that families of children with an EHC plan are told the outcome of their transport application at least ten school days before the start of term.",
                 response="Accepted. The service will publish a decision timetable for September 2025 applications.",
                 lead="Head of School Transport and Admissions",
                 target="Summer term 2025",
                 update="Timetable drafted; to be agreed with the Parent Carer Forum in April.",
                 rag="G", fill=GREEN,
                 x_lead=["Head of School Transport and Admissions"], x_end="2025-07", x_end_text="Summer term 2025", x_status="green"),
            dict(ref="CYPSSC 24/02",
                 action="That a summary of complaints about transport arrangements, broken down by reason, is reported to the Business Planning Group each term.",
                 response="Accepted.",
                 lead="Head of School Transport and Admissions",
                 target="Termly",
                 update="First summary provided to BPG on 16 January 2025. Now a standing BPG item.",
                 rag="Complete", fill=BLUE,
                 x_lead=["Head of School Transport and Admissions"], x_end=None, x_end_text="Termly", x_status="blue"),
        ]),
        (dt.datetime(2024, 11, 21), "Children's Social Care Workforce", [
            dict(ref="CYPSSC 24/03",
                 action="That the Cabinet Member provides the Committee with the vacancy and agency rates for social workers by locality, and the trajectory for reducing agency use, by March 2025.",
                 response="Accepted in part - locality data will be provided for the three social work localities only.",
                 lead="Assistant Director (Corporate Parenting); Head of Workforce Development",
                 target=dt.datetime(2025, 3, 31),
                 update="Data pack being finalised; locality split delayed by the HR system change.",
                 rag="A", fill=AMBER,
                 x_lead=["Assistant Director (Corporate Parenting)", "Head of Workforce Development"], x_end="2025-03", x_end_text=None, x_status="amber"),
        ]),
    ]),
    (HASC, [
        (dt.datetime(2024, 9, 25), "Adults' Services Improvement Plan (CQC Assessment)", [
            dict(ref="HASC 24/01",
                 action="That the Committee receives a progress report on the Adults' Services Improvement Plan, including the reduction in people waiting for a Care Act assessment, at its March 2025 meeting.",
                 response="Accepted.",
                 lead="Assistant Director (Operations), Adults' Services",
                 target="Mar-25",
                 update="Report scheduled for the 12 March 2025 meeting.",
                 rag=None, fill=GREEN,
                 x_lead=["Assistant Director (Operations), Adults' Services"], x_end="2025-03", x_end_text=None, x_status="green"),
            dict(ref="HASC 24/02",
                 action="That the Cabinet Member writes to the Integrated Care Board to seek a joint plan for reducing delayed hospital discharges in the Coastal area.",
                 response="Accepted.",
                 lead="Director of Adults and Health",
                 target="December 2024",
                 update="Letter sent 18 December 2024. ICB response received 30 January 2025 and circulated to members.",
                 rag="Complete", fill=BLUE,
                 x_lead=["Director of Adults and Health"], x_end="2024-12", x_end_text=None, x_status="blue"),
        ]),
        (dt.datetime(2025, 1, 15), "Access to NHS Dentistry", [
            dict(ref="HASC 24/03",
                 action="That NHS Sussex is asked to report back on the take-up of urgent dental treatment sessions in Chichester and Bognor Regis within six months.",
                 response="For NHS Sussex - request sent by the Chairman.",
                 lead="Senior Advisor (Democratic Services)",
                 target="July 2025",
                 update="Item added to the HASC work programme for July 2025.",
                 rag=None, fill=None,
                 x_lead=["Senior Advisor (Democratic Services)"], x_end="2025-07", x_end_text=None, x_status="unrated"),
        ]),
    ]),
    (CHESC, [
        (dt.datetime(2024, 9, 20), "Highway Maintenance - Pothole Repairs", [
            dict(ref="CHESC 24/01",
                 action="That the Cabinet Member reviews the 28-day repair standard for category 2 defects and reports the outcome of the review to the Committee.",
                 response="Accepted.",
                 lead="Head of Highways Operations",
                 target="Q4 2024/25",
                 update="Review completed; revised standard to be set out in the Highway Maintenance Policy refresh.",
                 rag="G", fill=GREEN,
                 x_lead=["Head of Highways Operations"], x_end="2025-03", x_end_text=None, x_status="green"),
            dict(ref="CHESC 24/02",
                 action="That residents reporting a defect through Love West Sussex are told the inspection outcome and the expected repair date.",
                 response="Accepted subject to system changes.",
                 lead="Head of Highways Operations / Customer Experience Manager",
                 target="June 2025",
                 update="Supplier development needed; release moved from January to June 2025.",
                 rag="R", fill=RED,
                 x_lead=["Head of Highways Operations", "Customer Experience Manager"], x_end="2025-06", x_end_text=None, x_status="red"),
        ]),
        (dt.datetime(2024, 11, 27), "Climate Change Strategy Delivery Plan", [
            dict(ref="CHESC 24/03",
                 action="That the annual Climate Change Strategy report includes progress on the County Council's own estate emissions against the 2030 carbon neutral target.\nThat the report is considered by the Committee before it goes to Cabinet.",
                 response="Accepted.",
                 lead="Climate Change and Sustainability Manager",
                 target="Ongoing",
                 update="2024/25 annual report due at the June 2025 meeting.",
                 rag="G", fill=GREEN,
                 x_lead=["Climate Change and Sustainability Manager"], x_end=None, x_end_text="Ongoing", x_status="green"),
        ]),
    ]),
]


def build_wsx(path):
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = WSX_TITLE
    s["A1"].font = Font(bold=True, size=16, color="1F3864")
    s["A2"] = "West Sussex County Council - Democratic Services"
    s["A3"] = "Position at 14 March 2025 (for Business Planning Groups)"
    s["A3"].font = Font(italic=True)
    hdr = ["Committee", "Total", "Complete", "Green", "Amber", "Red", "Not yet rated"]
    for c, h in enumerate(hdr, 1):
        cell = s.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F3864")
        cell.border = BOX
    counts = []
    for com, items in WSX:
        recs = [r for _, _, rs in items for r in rs]
        row = [com, len(recs)]
        for st in ("blue", "green", "amber", "red", "unrated"):
            row.append(sum(1 for r in recs if r["x_status"] == st))
        counts.append(row)
    tot = ["Total"] + [sum(r[i] for r in counts) for i in range(1, 7)]
    for r, row in enumerate(counts + [tot], 6):
        for c, v in enumerate(row, 1):
            cell = s.cell(row=r, column=c, value=v)
            cell.border = BOX
            if row is tot:
                cell.font = Font(bold=True)
    s["A11"] = "RAG key"
    s["A11"].font = Font(bold=True)
    key = [(BLUE, "Complete", "Recommendation implemented - to be removed at next update"),
           (GREEN, "G", "On track to be implemented by the target date"),
           (AMBER, "A", "Some slippage - revised date agreed with lead officer"),
           (RED, "R", "Off track - escalated to the committee's Business Planning Group")]
    for i, (col, code, text) in enumerate(key, 12):
        s.cell(row=i, column=1, value=code).fill = fill(col)
        s.cell(row=i, column=2, value=text)
    s["A17"] = "Rows with no RAG have not yet been rated by the lead officer."
    s["A17"].font = Font(italic=True, size=9)
    s.column_dimensions["A"].width = 58
    s.column_dimensions["B"].width = 12

    t = wb.create_sheet("Tracker")
    t.merge_cells("A1:I1")
    t["A1"] = WSX_TITLE
    t["A1"].font = Font(bold=True, size=14)
    t.merge_cells("A2:I2")
    t["A2"] = "Recommendations made by the scrutiny committees and the Cabinet Member responses"
    t["A2"].font = Font(italic=True)
    heads = ["Ref", "Meeting", "Scrutiny item", "Recommendation", "Cabinet Member response",
             "Lead officer", "Target date", "Progress update (March 2025)", "RAG"]
    for c, h in enumerate(heads, 1):
        cell = t.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F3864")
        cell.alignment = WRAP
        cell.border = BOX
    r = 5
    for com, items in WSX:
        t.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        t.cell(row=r, column=1, value=com).font = Font(bold=True, size=12)
        for c in range(1, 10):
            t.cell(row=r, column=c).fill = fill("D9E1F2")
        r += 1
        for meeting, item, recs in items:
            first = r
            for rec in recs:
                t.cell(row=r, column=1, value=rec["ref"])
                t.cell(row=r, column=4, value=rec["action"])
                t.cell(row=r, column=5, value=rec["response"])
                t.cell(row=r, column=6, value=rec["lead"])
                tc = t.cell(row=r, column=7, value=rec["target"])
                if isinstance(rec["target"], dt.datetime):
                    tc.number_format = "dd/mm/yyyy"
                t.cell(row=r, column=8, value=rec["update"])
                rc = t.cell(row=r, column=9, value=rec["rag"])
                rc.alignment = Alignment(horizontal="center", vertical="top")
                if rec["fill"]:
                    rc.fill = fill(rec["fill"])
                    if rec["fill"] in (BLUE, RED):
                        rc.font = Font(color="FFFFFF", bold=True)
                r += 1
            t.cell(row=first, column=2, value=meeting).number_format = "dd/mm/yyyy"
            t.cell(row=first, column=3, value=item)
            if r - first > 1:
                t.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
                t.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
        for row in t.iter_rows(min_row=6, max_row=r - 1, max_col=9):
            for cell in row:
                cell.border = BOX
                if cell.column != 9:
                    cell.alignment = WRAP
    widths = [13, 12, 24, 60, 40, 30, 14, 45, 10]
    for i, w in enumerate(widths, 1):
        t.column_dimensions[get_column_letter(i)].width = w
    t.freeze_panes = "A5"
    dv = DataValidation(type="list", formula1="=Lists!$A$2:$A$5", allow_blank=True)
    t.add_data_validation(dv)
    dv.add(f"I6:I{r + 20}")

    lst = wb.create_sheet("Lists")
    lst["A1"] = "RAG values"
    for i, v in enumerate(["G", "A", "R", "Complete"], 2):
        lst.cell(row=i, column=1, value=v)
    lst.sheet_state = "hidden"
    wb.active = 1
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. Wandsworth Council - overview and scrutiny recommendations tracker (csv)
# ---------------------------------------------------------------------------
WAND_TITLE = "Wandsworth Council - Overview and Scrutiny Committees: Recommendations Tracker 2024/25"
HOSC = "Housing Overview and Scrutiny Committee"
COSC = "Children's Overview and Scrutiny Committee"
AOSC = "Adult Care and Health Overview and Scrutiny Committee"
EOSC = "Environment Overview and Scrutiny Committee"
WAND = [
    dict(ref="H1", com=HOSC, meeting="03/07/2024", item="Damp and Mould in Council Homes (Paper No. 24-201)",
         action="That the Cabinet publishes quarterly figures on open damp and mould cases in council homes, including the number exceeding the Awaab's Law timescales.",
         response="Agreed - figures will be included in the quarterly housing performance report.",
         lead="Assistant Director of Housing Management", due="Q2 2024/25", rag="C",
         update="First quarterly figures published in the November 2024 performance report.",
         x_lead=["Assistant Director of Housing Management"], x_end="2024-09", x_end_text=None, x_status="blue"),
    dict(ref="H2", com=HOSC, meeting="03/07/2024", item="Damp and Mould in Council Homes (Paper No. 24-201)",
         action="That officers write to every tenant with an open damp and mould case setting out the named officer responsible and the date of the next visit.",
         response="Agreed.",
         lead="Head of Repairs; Head of Tenancy Services", due="31/03/2025", rag="A",
         update="Letters issued for the Battersea and Wandsworth Town areas.\nRemaining areas to be completed by the end of March.",
         x_lead=["Head of Repairs", "Head of Tenancy Services"], x_end="2025-03", x_end_text=None, x_status="amber"),
    dict(ref="C1", com=COSC, meeting="18/09/2024", item="Education, Health and Care Plan Timeliness (Paper No. 24-288)",
         action="That the Cabinet Member for Children reports the percentage of new EHC plans issued within 20 weeks to each meeting of the Committee until performance reaches the national average.",
         response="Agreed.",
         lead="Head of SEN Assessment and Review", due="Each meeting", rag="G",
         update="Reported to the November 2024 and January 2025 meetings (61% and 64%).",
         x_lead=["Head of SEN Assessment and Review"], x_end=None, x_end_text="Each meeting", x_status="green"),
    dict(ref="C2", com=COSC, meeting="18/09/2024", item="Education, Health and Care Plan Timeliness (Paper No. 24-288)",
         action="That a guide to the EHC needs assessment process is co-produced with Wandsworth Parent Carer Forum and published on the Local Offer.",
         response="Agreed.",
         lead="SEND Partnership Manager", due="Spring term 2025", rag="G",
         update="Draft guide tested with parents at the February coffee morning.",
         x_lead=["SEND Partnership Manager"], x_end="2025-04", x_end_text="Spring term 2025", x_status="green"),
    dict(ref="A1", com=AOSC, meeting="06/11/2024", item="Carers' Strategy Refresh (Paper No. 24-355)",
         action="That the refreshed Carers' Strategy includes a target for the number of carers' assessments completed each year, with progress reported annually to the Committee.",
         response="Agreed.",
         lead="Head of Commissioning (Adults)", due="April 2025", rag="G",
         update="Target of 1,200 assessments included in the draft strategy going to Cabinet in April.",
         x_lead=["Head of Commissioning (Adults)"], x_end="2025-04", x_end_text=None, x_status="green"),
    dict(ref="A2", com=AOSC, meeting="06/11/2024", item="Carers' Strategy Refresh (Paper No. 24-355)",
         action="That the Cabinet considers extending the carers' breaks grant to young adult carers aged 18 to 25.",
         response="To be considered as part of 2025/26 budget setting.",
         lead="Head of Commissioning (Adults)", due="TBC", rag="",
         update="",
         x_lead=["Head of Commissioning (Adults)"], x_end=None, x_end_text="TBC", x_status="unrated"),
    dict(ref="E1", com=EOSC, meeting="27/11/2024", item="Fly-tipping Enforcement (Paper No. 24-371)",
         action="That the Cabinet Member for Environment reports the number of fixed penalty notices issued for fly-tipping by ward, and the proportion paid, every six months.",
         response="Agreed.",
         lead="Head of Regulatory Services", due="Six-monthly", rag="G",
         update="First report due at the May 2025 meeting.",
         x_lead=["Head of Regulatory Services"], x_end=None, x_end_text="Six-monthly", x_status="green"),
    dict(ref="E2", com=EOSC, meeting="27/11/2024", item="Fly-tipping Enforcement (Paper No. 24-371)",
         action="(a) That CCTV deployment at fly-tipping hotspots is reviewed; and\n(b) That the findings of the review are reported to the Committee.",
         response="Agreed.",
         lead="Head of Regulatory Services & Community Safety Manager", due="Sept 2025", rag="R",
         update="Review delayed pending procurement of redeployable cameras under the new CCTV Strategy.",
         x_lead=["Head of Regulatory Services", "Community Safety Manager"], x_end="2025-09", x_end_text=None, x_status="red"),
]


def build_wand(path):
    cols = ["No.", "Committee", "Meeting date", "Item", "Recommendation", "Cabinet response",
            "Responsible officer", "Due date", "RAG", "Latest update"]
    n = len(cols)
    with open(path, "w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow([WAND_TITLE] + [""] * (n - 1))
        w.writerow(["Updated for Finance Overview and Scrutiny Committee, 22 January 2025"] + [""] * (n - 1))
        w.writerow([""] * n)
        w.writerow(cols)
        for a in WAND:
            w.writerow([a["ref"], a["com"], a["meeting"], a["item"], a["action"], a["response"],
                        a["lead"], a["due"], a["rag"], a["update"]])
        w.writerow([""] * n)
        w.writerow(["Key: G = on track; A = at risk; R = off track; C = completed (removed after reporting)"] + [""] * (n - 1))
        w.writerow([f"Total recommendations: {len(WAND)}"] + [""] * (n - 1))


# ---------------------------------------------------------------------------
# 3. Newham - Building a Fairer Newham corporate delivery plan tracker (txt)
# ---------------------------------------------------------------------------
NEWHAM_TITLE = "Building a Fairer Newham \u2013 Corporate Delivery Plan 2025/26"
NEWHAM = [
    ("Priority 1: Tackling the cost-of-living crisis", [
        dict(ref="1.1", action="Deliver the Newham Residents' Support Scheme, prioritising households with children and residents with disabilities.",
             dir="Resources", lead="Head of Financial Inclusion", date="Mar-26", p4="G", p5="G",
             upd="2,140 awards made to end of August; spend profiled to year end.",
             x_lead=["Head of Financial Inclusion"], x_end="2026-03", x_end_text=None, x_status="green"),
        dict(ref="1.2", action="Extend Eat for Free to all Year 7 pupils in Newham secondary schools from September 2025.",
             dir="Children and Young People", lead="Director of Education", date="September 2025", p4="A", p5="B",
             upd="Live in all 17 secondary schools from 3 September 2025.",
             x_lead=["Director of Education"], x_end="2025-09", x_end_text=None, x_status="blue"),
        dict(ref="1.3", action="Open a Newham Money Works advice hub in each Community Neighbourhood area.",
             dir="Inclusive Economy, Housing and Culture", lead="Head of Community Wealth Building; Head of Libraries", date="Q3 2025/26", p4="A", p5="R",
             upd="Two of eight hubs open. Library refurbishment delays affect Canning Town and Custom House sites.",
             x_lead=["Head of Community Wealth Building", "Head of Libraries"], x_end="2025-12", x_end_text=None, x_status="red"),
    ]),
    ("Priority 2: Homes for our residents", [
        dict(ref="2.1", action="Reduce the number of households in nightly-paid temporary accommodation by acquiring 300 additional homes through the Temporary Accommodation Acquisition Programme.",
             dir="Inclusive Economy, Housing and Culture", lead="Director of Housing Needs and Temporary Accommodation", date="31/03/2026", p4="A", p5="A",
             upd="118 homes completed, 64 in conveyancing. Market supply remains the main risk.",
             x_lead=["Director of Housing Needs and Temporary Accommodation"], x_end="2026-03", x_end_text=None, x_status="amber"),
        dict(ref="2.2", action="Complete the stock condition survey of all council-owned homes and publish the Housing Asset Management Strategy.",
             dir="Inclusive Economy, Housing and Culture", lead="Head of Asset Management", date="Dec 2025", p4="G", p5="G",
             upd="81% of homes surveyed. Strategy drafting under way.",
             x_lead=["Head of Asset Management"], x_end="2025-12", x_end_text=None, x_status="green"),
        dict(ref="2.3", action="Achieve compliance with the Regulator of Social Housing Consumer Standards, reporting quarterly to the Housing Improvement Board.",
             dir="Inclusive Economy, Housing and Culture", lead="Director of Housing Services", date="Quarterly", p4="G", p5="G",
             upd="Q1 compliance report taken to Housing Improvement Board on 24 July 2025.",
             x_lead=["Director of Housing Services"], x_end=None, x_end_text="Quarterly", x_status="green"),
    ]),
    ("Priority 3: A safer Newham", [
        dict(ref="3.1", action="Roll out the Safer Streets for Women and Girls programme to five further town centres and transport hubs.",
             dir="Environment and Sustainable Transport", lead="Head of Community Safety", date="Oct 2025 - Mar 2026", p4="N/S", p5="G",
             upd="Site audits completed at Stratford, Forest Gate and East Ham.",
             x_lead=["Head of Community Safety"], x_end="2026-03", x_end_text="Oct 2025 - Mar 2026", x_status="green"),
        dict(ref="3.2", action="Recruit and deploy 20 additional Community Safety Enforcement Officers.",
             dir="Environment and Sustainable Transport", lead="Head of Enforcement", date="July 2025", p4="G", p5="B",
             upd="All 20 officers in post and deployed from 14 July 2025.",
             x_lead=["Head of Enforcement"], x_end="2025-07", x_end_text=None, x_status="blue"),
    ]),
    ("Priority 4: A well-run council", [
        dict(ref="4.1", action="Deliver the agreed 2025/26 savings programme and report progress monthly to Cabinet.",
             dir="Resources", lead="Corporate Director of Resources (S151 Officer)", date="Monthly", p4="A", p5="A",
             upd="\u00a38.9m of \u00a314.2m savings delivered or on track; mitigations being identified for the remainder.",
             x_lead=["Corporate Director of Resources (S151 Officer)"], x_end=None, x_end_text="Monthly", x_status="amber"),
        dict(ref="4.2", action="Implement the LGA Corporate Peer Challenge action plan.",
             dir="Chief Executive's Office", lead="Chief Executive", date="Mar 2026", p4="G", p5="G",
             upd="LGA progress review visit held 9-10 July 2025; positive feedback received.",
             x_lead=["Chief Executive"], x_end="2026-03", x_end_text=None, x_status="green"),
        dict(ref="4.3", action="Replace the council's customer relationship management system and move 80% of customer transactions online.",
             dir="Resources", lead="Director of Digital and Customer Services", date="Q4 2025/26", p4="R", p5="R",
             upd="Contract award delayed; revised go-live date to be agreed at the September Digital Board.",
             x_lead=["Director of Digital and Customer Services"], x_end="2026-03", x_end_text=None, x_status="red"),
    ]),
]


def build_newham(path):
    lines = [
        "London Borough of Newham",
        NEWHAM_TITLE,
        "Delivery Plan Tracker \u2013 Period 5 (April to August 2025)",
        "Exported from the corporate performance system by the Corporate Performance Team on 19/09/2025",
        "",
    ]
    head = ["Ref", "Delivery Plan action", "Lead directorate", "Lead officer", "Milestone date",
            "RAG P4", "RAG P5", "Update (P5)"]
    lines.append("\t".join(head))
    n = len(head)
    total = {"B": 0, "G": 0, "A": 0, "R": 0}
    count = 0
    for pri, acts in NEWHAM:
        lines.append("\t".join([pri] + [""] * (n - 1)))
        for a in acts:
            lines.append("\t".join([a["ref"], a["action"], a["dir"], a["lead"], a["date"],
                                    a["p4"], a["p5"], a["upd"]]))
            total[a["p5"]] = total.get(a["p5"], 0) + 1
            count += 1
    lines.append("")
    lines.append("RAG key: B = Complete; G = On track; A = At risk; R = Off track; N/S = Not started")
    lines.append(f"Summary (P5): {count} actions \u2013 {total['B']} Complete, {total['G']} On track, "
                 f"{total['A']} At risk, {total['R']} Off track")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------------------
# 4. Walsall Council - Our Council Plan delivery tracker (xlsx) - REFUSE case
# ---------------------------------------------------------------------------
WALSALL_TITLE = "Walsall Council \u2013 Our Council Plan 2022-25"
WALSALL = [
    ("Area of focus: Economic", "Outcome 1: Enable greater local opportunities for all people, communities and businesses", [
        ("EC1.1", "Deliver phase 1 of the Walsall Town Centre Masterplan, including the Station Quarter public realm works.",
         "Head of Regeneration", dt.datetime(2024, 9, 30), "Mar-25", "A", "A",
         "Public realm contract started November 2024; utility diversions caused slippage."),
        ("EC1.2", "Support 150 residents into employment through the Walsall Works programme.",
         "Employment and Skills Manager", dt.datetime(2025, 3, 31), None, "G", "G",
         "118 residents supported into work to end of December."),
    ]),
    ("Area of focus: People", "Outcome 3: Enable people to live independent and healthier lives", [
        ("PE3.1", "Open the second extra care housing scheme in Willenhall.",
         "Director of Adult Social Care", dt.datetime(2024, 12, 31), "Febuary 2025", "A", "A",
         "Handover delayed by contractor; first residents expected to move in after handover."),
        ("PE3.2", "Increase the uptake of NHS Health Checks among residents aged 40-74 in the most deprived wards.",
         "Director of Public Health", dt.datetime(2025, 3, 31), None, "G", "G",
         "Uptake 41% in target wards against 38% target."),
    ]),
    ("Area of focus: Internal focus", "Outcome 5: Internal services deliver quality and adapt to meet the needs of customers", [
        ("IF5.1", "Launch the new Walsall Council website and customer portal.",
         "Head of Customer Engagement / Head of ICT", dt.datetime(2024, 11, 30), "Apr-25", "A", "R",
         "Accessibility testing failed; re-test booked for March."),
        ("IF5.2", "Complete the Proud Programme leadership development offer for all managers.",
         "Director of HR and Organisational Development", dt.datetime(2025, 3, 31), None, "G", "B",
         "All 212 managers completed the programme by 13 December 2024."),
    ]),
    ("Area of focus: Children", "Outcome 7: Children have the best possible start and are safe from harm, happy, healthy and learning well", [
        ("CH7.1", "Open Family Hubs in Darlaston and Brownhills.",
         "Director of Early Help and Family Support", dt.datetime(2024, 10, 31), None, "G", "B",
         "Both hubs opened in October 2024."),
        ("CH7.2", "Reduce the number of children waiting more than 20 weeks for an EHC plan.",
         "Head of SEND", dt.datetime(2025, 3, 31), None, "R", "A",
         "Backlog reduced from 164 to 97 cases."),
    ]),
]
WALSALL_ERROR_TEXT = "Febuary 2025"


def build_walsall(path):
    wb = Workbook()
    t = wb.active
    t.title = "Q3 Tracker"
    t.merge_cells("A1:H1")
    t["A1"] = WALSALL_TITLE
    t["A1"].font = Font(bold=True, size=14, color="7030A0")
    t.merge_cells("A2:H2")
    t["A2"] = "Delivery Tracker 2024/25 \u2013 Quarter 3 (October to December 2024)"
    t["A2"].font = Font(bold=True)
    heads = ["Ref", "Action", "Lead officer", "Original target", "Revised target", "Q2 RAG", "Q3 RAG", "Q3 commentary"]
    for c, h in enumerate(heads, 1):
        cell = t.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("7030A0")
        cell.border = BOX
        cell.alignment = WRAP
    ragfill = {"G": GREEN, "A": AMBER, "R": RED, "B": BLUE}
    r = 5
    error_row = None
    for area, outcome, acts in WALSALL:
        t.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        t.cell(row=r, column=1, value=area).font = Font(bold=True, color="FFFFFF")
        for c in range(1, 9):
            t.cell(row=r, column=c).fill = fill("5B2C6F")
        r += 1
        t.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        t.cell(row=r, column=1, value=outcome).font = Font(bold=True, italic=True)
        for c in range(1, 9):
            t.cell(row=r, column=c).fill = fill("E4DFEC")
        r += 1
        for ref, action, lead, orig, rev, q2, q3, com in acts:
            vals = [ref, action, lead, orig, rev, q2, q3, com]
            for c, v in enumerate(vals, 1):
                cell = t.cell(row=r, column=c, value=v)
                cell.border = BOX
                cell.alignment = WRAP
            t.cell(row=r, column=4).number_format = "mmm-yy"
            for c, v in ((6, q2), (7, q3)):
                t.cell(row=r, column=c).fill = fill(ragfill[v])
                t.cell(row=r, column=c).alignment = Alignment(horizontal="center", vertical="top")
            if rev == WALSALL_ERROR_TEXT:
                error_row = r
            r += 1
    for i, w in enumerate([9, 55, 32, 12, 14, 8, 8, 48], 1):
        t.column_dimensions[get_column_letter(i)].width = w
    t.freeze_panes = "C5"

    s = wb.create_sheet("Summary")
    s["A1"] = "Q3 2024/25 summary"
    s["A1"].font = Font(bold=True, size=12)
    allacts = [a for _, _, acts in WALSALL for a in acts]
    s["A3"], s["B3"] = "Status", "Number of actions"
    for i, (code, label) in enumerate([("B", "Complete"), ("G", "On track"), ("A", "Some delay"), ("R", "Off track")], 4):
        s.cell(row=i, column=1, value=label).fill = fill(ragfill[code])
        s.cell(row=i, column=2, value=sum(1 for a in allacts if a[6] == code))
    s["A8"] = "Total"
    s["B8"] = len(allacts)
    s["A10"] = "Where a revised target is shown it replaces the original target (agreed by Corporate Management Team)."
    s.column_dimensions["A"].width = 20
    wb.save(path)
    return error_row


# ---------------------------------------------------------------------------
# 5. Oxfordshire County Council - fostering service development plan (docx)
# ---------------------------------------------------------------------------
OXON_TITLE = "Fostering Service Development Plan 2025\u201326"
OXON = [
    ("Priority 1: Recruiting and keeping foster carers",
     "Where we are: the number of approved mainstream fostering households fell from 246 to 231 during 2024/25 and 29% of children in care live with in-house foster carers.",
     [
         dict(ref="1.1", action="Launch the refreshed Foster for Oxfordshire recruitment campaign with a targeted offer for carers of teenagers and sibling groups.",
              lead="Fostering Recruitment Team Manager", when="September 2025",
              prog="Campaign launched 8 September 2025 with radio and bus advertising.", rag="Blue",
              x_lead=["Fostering Recruitment Team Manager"], x_end="2025-09", x_end_text=None, x_status="blue"),
         dict(ref="1.2", action="Reduce the time from initial enquiry to fostering panel to an average of 6 months.",
              lead="Fostering Recruitment Team Manager", when="March 2026",
              prog="Current average 7.4 months. Assessment capacity increased by one independent assessor.", rag="Amber",
              x_lead=["Fostering Recruitment Team Manager"], x_end="2026-03", x_end_text=None, x_status="amber"),
         dict(ref="1.3", action="Introduce the Mockingbird model in the city with two constellations.\nRecruit hub home carers from existing experienced carers.",
              lead="Head of Corporate Parenting / Fostering Service Manager", when="Q3 2025/26",
              prog="First hub carer approved; second in assessment.", rag="Green",
              x_lead=["Head of Corporate Parenting", "Fostering Service Manager"], x_end="2025-12", x_end_text=None, x_status="green"),
         dict(ref="1.4", action="Hold exit interviews with all carers who resign and report the themes to the Corporate Parenting Panel.",
              lead="Fostering Service Manager", when="Ongoing",
              prog="Six exit interviews held in Q1. Themes: allowances, out-of-hours support.", rag="Green",
              x_lead=["Fostering Service Manager"], x_end=None, x_end_text="Ongoing", x_status="green"),
     ]),
    ("Priority 2: Supporting foster carers and children in placement",
     "Where we are: foster carers told us in the 2024 survey that out-of-hours support and access to therapeutic advice are their main concerns.",
     [
         dict(ref="2.1", action="Extend the foster carer out-of-hours support line to weekends.",
              lead="Supervising Social Work Team Managers", when="By 31 December 2025",
              prog="Rota agreed in principle; recruitment of two sessional workers under way.", rag=None, shade=GREEN,
              x_lead=["Supervising Social Work Team Managers"], x_end="2025-12", x_end_text=None, x_status="green"),
         dict(ref="2.2", action="Provide every foster carer with a personal development plan reviewed at their annual review.",
              lead="Independent Reviewing Service Manager", when="Jan 2026",
              prog="Template agreed with the Oxfordshire Foster Carers' Association.", rag="Green",
              x_lead=["Independent Reviewing Service Manager"], x_end="2026-01", x_end_text=None, x_status="green"),
         dict(ref="2.3", action="Agree a fostering-friendly schools protocol so that children in foster care keep their school place when they move home.",
              lead="Virtual School Headteacher", when="Autumn term 2025",
              prog="Draft protocol shared with head teachers' forum.", rag="Amber",
              x_lead=["Virtual School Headteacher"], x_end="2025-12", x_end_text="Autumn term 2025", x_status="amber"),
     ]),
    ("Priority 3: Quality assurance and learning",
     "Where we are: the 2023 ILACS inspection asked us to improve the quality of foster carer reviews and supervision records.",
     [
         dict(ref="3.1", action="Audit 10% of foster carer supervision records each quarter and share the learning with supervising social workers.",
              lead="Principal Social Worker", when="Quarterly",
              prog="Q1 audit completed; 70% of records graded good.", rag="Green",
              x_lead=["Principal Social Worker"], x_end=None, x_end_text="Quarterly", x_status="green"),
         dict(ref="3.2", action="Complete the annual Fostering Service Statement of Purpose and Regulation 35 report.",
              lead="Registered Manager (Fostering)", when="June 2025",
              prog="Approved by Cabinet Member on 17 June 2025.", rag="Blue",
              x_lead=["Registered Manager (Fostering)"], x_end="2025-06", x_end_text=None, x_status="blue"),
         dict(ref="3.3", action="Review fostering panel membership so that it includes a care-experienced young adult and a kinship carer.",
              lead="Fostering Panel Adviser", when="November 2025",
              prog="Recruitment not yet started.", rag="Red",
              x_lead=["Fostering Panel Adviser"], x_end="2025-11", x_end_text=None, x_status="red"),
     ]),
]
RAGDOCX = {"Blue": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}


def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    parts = text.split("\n")
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        run.font.size = Pt(size)


def header_row(table, heads, hexfill):
    for c, h in enumerate(heads):
        cell = table.rows[0].cells[c]
        set_cell(cell, h, bold=True)
        shade(cell, hexfill)


def build_oxon(path):
    d = docx.Document()
    d.add_paragraph(OXON_TITLE, style="Title")
    d.add_paragraph("Oxfordshire County Council \u2013 Children's Services", style="Subtitle")
    d.add_heading("Document control", level=2)
    dc = d.add_table(rows=1, cols=4)
    dc.style = "Table Grid"
    header_row(dc, ["Version", "Date", "Author", "Approved by"], "D9D9D9")
    for row in [("0.3", "14/04/2025", "Fostering Service Manager", "Fostering Leadership Team"),
                ("1.0", "06/05/2025", "Fostering Service Manager", "Corporate Parenting Panel"),
                ("1.1", "30/09/2025", "Fostering Service Manager", "Q2 update")]:
        cells = dc.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v)
    d.add_paragraph("")
    d.add_paragraph(
        "This plan sets out what the fostering service will do in 2025\u201326 to increase the number of "
        "Oxfordshire foster carers, support them well and improve the quality of our practice. It is "
        "monitored monthly by the Fostering Leadership Team and reported to the Corporate Parenting Panel each quarter.")
    d.add_heading("RAG key", level=2)
    key = d.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for name, text in [("Blue", "Complete"), ("Green", "On track"), ("Amber", "Some delay \u2013 recoverable"),
                       ("Red", "Off track \u2013 needs management action")]:
        cells = key.add_row().cells
        set_cell(cells[0], name, bold=True)
        shade(cells[0], RAGDOCX[name])
        set_cell(cells[1], text)
    heads = ["Ref", "Action", "Lead", "By when", "Progress (Q2 update)", "RAG"]
    for pri, where, acts in OXON:
        d.add_heading(pri, level=1)
        d.add_paragraph(where)
        tb = d.add_table(rows=1, cols=len(heads))
        tb.style = "Table Grid"
        header_row(tb, heads, "BDD7EE")
        for a in acts:
            cells = tb.add_row().cells
            set_cell(cells[0], a["ref"])
            set_cell(cells[1], a["action"])
            set_cell(cells[2], a["lead"])
            set_cell(cells[3], a["when"])
            set_cell(cells[4], a["prog"])
            if a["rag"]:
                set_cell(cells[5], a["rag"], bold=True)
                shade(cells[5], RAGDOCX[a["rag"]])
            else:
                set_cell(cells[5], "")
                shade(cells[5], a["shade"])
    d.add_paragraph("")
    p = d.add_paragraph("Next review: Fostering Leadership Team, December 2025.")
    p.runs[0].italic = True
    d.save(path)


# ---------------------------------------------------------------------------
# 6. Suffolk County Council - fostering service development plan (xlsx)
# ---------------------------------------------------------------------------
SUFFOLK_TITLE = "Fostering Service Development Plan 2025-26"
SUFFOLK_OWNERS = [("JH", "Jo Hartley, Head of Fostering"),
                  ("RT", "Rob Tennant, Fostering Recruitment Manager"),
                  ("KM", "Kerry Mason, Supervising Social Work Team Manager (West)"),
                  ("DA", "Dev Anand, Supervising Social Work Team Manager (East)"),
                  ("LP", "Lisa Pryke, Kinship Service Manager")]
SUFFOLK = [
    ("1. Sufficiency", [
        ("1a. Increase Suffolk foster carer households by 40 (net) by March 2026", [
            dict(ref="1a.1", action="Run four targeted recruitment campaigns for carers of children aged 11+.",
                 owner="RT", start=dt.datetime(2025, 4, 1), end=dt.datetime(2026, 3, 31), status=GREEN,
                 com="Campaigns 1 and 2 delivered (Ipswich Town partnership; Lowestoft).",
                 x_lead=["RT"], x_end="2026-03", x_end_text=None, x_status="green"),
            dict(ref="1a.2", action="Introduce a \u00a31,000 refer-a-friend payment for existing foster carers.",
                 owner="JH / RT", start=dt.datetime(2025, 5, 1), end=dt.datetime(2025, 7, 31), status=BLUE,
                 com="Agreed by Cabinet Member; live from 1 July.",
                 x_lead=["JH", "RT"], x_end="2025-07", x_end_text=None, x_status="blue"),
            dict(ref="1a.3", action="Convert 15 connected-person carers to mainstream approval where they wish to continue fostering.",
                 owner="LP", start=dt.datetime(2025, 6, 1), end="Q4 25/26", status=AMBER,
                 com="5 converted. Assessment capacity in the kinship team is limited.",
                 x_lead=["LP"], x_end="2026-03", x_end_text=None, x_status="amber"),
        ]),
        ("1b. Reduce the use of independent fostering agency placements", [
            dict(ref="1b.1", action="Review every IFA placement due to end in 2025-26 with the Placements Team to identify in-house step-across opportunities.",
                 owner="JH", start=dt.datetime(2025, 4, 1), end="Ongoing", status=GREEN,
                 com="Monthly sufficiency meeting established.",
                 x_lead=["JH"], x_end=None, x_end_text="Ongoing", x_status="green"),
        ]),
    ]),
    ("2. Foster carer support and retention", [
        ("2a. Foster carers feel valued and supported", [
            dict(ref="2a.1", action="Implement the revised fostering allowances and skills fee structure agreed in the budget.",
                 owner="JH", start=dt.datetime(2025, 4, 1), end=dt.datetime(2025, 4, 30), status=BLUE,
                 com="Paid from 1 April 2025.",
                 x_lead=["JH"], x_end="2025-04", x_end_text=None, x_status="blue"),
            dict(ref="2a.2", action="Set up peer support groups in every locality, led by experienced foster carers.",
                 owner="KM / DA", start=dt.datetime(2025, 9, 1), end=dt.datetime(2025, 12, 31), status=None,
                 com="Not started - waiting for the foster carer mentor role to be agreed.",
                 x_lead=["KM", "DA"], x_end="2025-12", x_end_text=None, x_status="unrated"),
            dict(ref="2a.3", action="Offer trauma-informed training (Therapeutic Parenting Level 2) to all carers approved for more than one year.",
                 owner="KM", start=dt.datetime(2025, 5, 1), end=dt.datetime(2026, 1, 31), status=RED,
                 com="Provider withdrew; re-procurement needed.",
                 x_lead=["KM"], x_end="2026-01", x_end_text=None, x_status="red"),
        ]),
    ]),
    ("3. Practice quality", [
        ("3a. Supervision and annual reviews meet the National Minimum Standards", [
            dict(ref="3a.1", action="Ensure 95% of foster carers receive supervision at least every six weeks.",
                 owner="KM / DA", start=dt.datetime(2025, 4, 1), end=dt.datetime(2026, 3, 31), status=GREEN,
                 com="Q1 91%, Q2 94%.",
                 x_lead=["KM", "DA"], x_end="2026-03", x_end_text=None, x_status="green"),
            dict(ref="3a.2", action="Complete all overdue foster carer annual reviews.",
                 owner="DA", start=dt.datetime(2025, 4, 1), end=dt.datetime(2025, 9, 30), status=AMBER,
                 com="14 overdue at start of year, 3 remain.",
                 x_lead=["DA"], x_end="2025-09", x_end_text=None, x_status="amber"),
        ]),
    ]),
]


def build_suffolk(path):
    wb = Workbook()
    f = wb.active
    f.title = "Front sheet"
    f["A1"] = "Suffolk County Council"
    f["A1"].font = Font(bold=True, size=12)
    f["A2"] = SUFFOLK_TITLE
    f["A2"].font = Font(bold=True, size=16, color="00677F")
    f["A3"] = "Children and Young People's Services \u2013 Corporate Parenting"
    f["A5"] = "Purpose"
    f["A5"].font = Font(bold=True)
    f["A6"] = ("Sets out the fostering service's development priorities for 2025-26, in line with the "
               "Fostering Services (England) Regulations 2011 and National Minimum Standard 25.")
    f["A8"] = "Version control"
    f["A8"].font = Font(bold=True)
    for i, row in enumerate([("Version", "Date", "Change"),
                             ("1.0", "22/04/2025", "Agreed by Fostering Management Team"),
                             ("1.1", "15/07/2025", "Q1 update"),
                             ("1.2", "14/10/2025", "Q2 update")], 9):
        for c, v in enumerate(row, 1):
            cell = f.cell(row=i, column=c, value=v)
            cell.border = BOX
            if i == 9:
                cell.font = Font(bold=True)
    f["A14"] = "Status key (colour of the Status cell)"
    f["A14"].font = Font(bold=True)
    for i, (col, text) in enumerate([(BLUE, "Complete"), (GREEN, "On track"), (AMBER, "Some slippage"),
                                     (RED, "Off track"), (None, "No colour = not started")], 15):
        c = f.cell(row=i, column=1)
        if col:
            c.fill = fill(col)
        f.cell(row=i, column=2, value=text)
    f["A21"] = "Owners"
    f["A21"].font = Font(bold=True)
    for i, (ini, who) in enumerate(SUFFOLK_OWNERS, 22):
        f.cell(row=i, column=1, value=ini)
        f.cell(row=i, column=2, value=who)
    f.column_dimensions["A"].width = 16
    f.column_dimensions["B"].width = 50
    f.column_dimensions["C"].width = 36

    p = wb.create_sheet("Development Plan")
    p.merge_cells("A1:I1")
    p["A1"] = SUFFOLK_TITLE
    p["A1"].font = Font(bold=True, size=14, color="00677F")
    p.merge_cells("A2:I2")
    p["A2"] = "Q2 update \u2013 October 2025"
    heads = ["Theme", "Objective", "Ref", "Action", "Owner", "Start", "End", "Status", "Comments"]
    for c, h in enumerate(heads, 1):
        cell = p.cell(row=3, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("00677F")
        cell.border = BOX
    r = 4
    for theme, objs in SUFFOLK:
        t0 = r
        for obj, acts in objs:
            o0 = r
            for a in acts:
                p.cell(row=r, column=3, value=a["ref"])
                p.cell(row=r, column=4, value=a["action"])
                p.cell(row=r, column=5, value=a["owner"])
                p.cell(row=r, column=6, value=a["start"]).number_format = "mmm-yy"
                ec = p.cell(row=r, column=7, value=a["end"])
                if isinstance(a["end"], dt.datetime):
                    ec.number_format = "mmm-yy"
                if a["status"]:
                    p.cell(row=r, column=8).fill = fill(a["status"])
                p.cell(row=r, column=9, value=a["com"])
                r += 1
            p.cell(row=o0, column=2, value=obj)
            if r - o0 > 1:
                p.merge_cells(start_row=o0, start_column=2, end_row=r - 1, end_column=2)
        p.cell(row=t0, column=1, value=theme).font = Font(bold=True)
        if r - t0 > 1:
            p.merge_cells(start_row=t0, start_column=1, end_row=r - 1, end_column=1)
    for row in p.iter_rows(min_row=4, max_row=r - 1, max_col=9):
        for cell in row:
            cell.border = BOX
            cell.alignment = WRAP
    for i, w in enumerate([20, 30, 7, 55, 10, 9, 10, 9, 45], 1):
        p.column_dimensions[get_column_letter(i)].width = w
    wb.save(path)


# ---------------------------------------------------------------------------
# 7. Worcestershire Local Area Partnership - SEND priority action plan (docx)
# ---------------------------------------------------------------------------
WORCS_TITLE = "Worcestershire Local Area Partnership: SEND Priority Action Plan"
APA1 = ("Address the long waiting times for community paediatrics, the neurodevelopment assessment pathway, "
        "occupational therapy and physiotherapy. Leaders should also improve the support available while "
        "children and young people wait.")
APA2 = ("Develop genuine co-production with children and young people with SEND at a strategic level. "
        "Children and young people should feel they have fully participated in the process of developing "
        "services, improvement strategies and plans that meet their needs.")
WORCS = [
    ("Area for Priority Action 1 (APA1)", APA1, [
        dict(ref="APA1.1", action="Commission additional neurodevelopment (autism and ADHD) assessment capacity from independent providers for young people aged 16 and over.",
             lead="ICB Associate Director, Children and Young People", when="Sept 2024 \u2013 March 2025",
             measure="250 young people offered a transfer; waiting list for 16+ reduced by 40%.", rag="B",
             x_lead=["ICB Associate Director, Children and Young People"], x_end="2025-03", x_end_text="Sept 2024 \u2013 March 2025", x_status="blue"),
        dict(ref="APA1.2", action="Recruit three nurses to triage referrals to the Umbrella Pathway and provide support to families while they wait.",
             lead="Service Manager, Umbrella Pathway (HWHCT)\nHead of Children's Commissioning (ICB)", when="December 2024",
             measure="Triage within 6 weeks of referral for 90% of children.", rag="B",
             x_lead=["Service Manager, Umbrella Pathway (HWHCT)", "Head of Children's Commissioning (ICB)"], x_end="2024-12", x_end_text=None, x_status="blue"),
        dict(ref="APA1.3", action="Reduce the longest waits for a community paediatrics first appointment to 52 weeks.",
             lead="Clinical Director, Community Paediatrics (HWHCT)", when="31/03/2025",
             measure="No child waiting over 52 weeks; monthly trajectory reported to the SEND and AP Partnership Committee.", rag="A",
             x_lead=["Clinical Director, Community Paediatrics (HWHCT)"], x_end="2025-03", x_end_text=None, x_status="amber"),
        dict(ref="APA1.4", action="Publish a \u2018While you wait\u2019 information booklet for parent carers on the Local Offer.",
             lead="SEND Local Offer Officer", when="Spring term 2025",
             measure="Booklet published and promoted through schools and the Parent Carer Forum.", rag="G",
             x_lead=["SEND Local Offer Officer"], x_end="2025-04", x_end_text="Spring term 2025", x_status="green"),
        dict(ref="APA1.5", action="Reduce waiting times for children's occupational therapy and physiotherapy to 18 weeks.",
             lead="Head of Children's Therapies (HWHCT)", when="Q1 2025/26",
             measure="92% of children seen within 18 weeks.", rag="R",
             x_lead=["Head of Children's Therapies (HWHCT)"], x_end="2025-06", x_end_text=None, x_status="red"),
    ]),
    ("Area for Priority Action 2 (APA2)", APA2, [
        dict(ref="APA2.1", action="Appoint a SEND Co-production Co-ordinator to lead strategic co-production across the partnership.",
             lead="Head of SEND (WCF)", when="November 2024",
             measure="Co-ordinator in post.", rag="B",
             x_lead=["Head of SEND (WCF)"], x_end="2024-11", x_end_text=None, x_status="blue"),
        dict(ref="APA2.2", action="Agree a co-production charter with children, young people, Families in Partnership and Worcestershire Parent Carer Forum.\nAdopt the charter at the SEND and AP Partnership Committee.",
             lead="SEND Co-production Co-ordinator", when="July 2025",
             measure="Charter adopted; each workstream records how children and young people shaped decisions.", rag="G",
             x_lead=["SEND Co-production Co-ordinator"], x_end="2025-07", x_end_text=None, x_status="green"),
        dict(ref="APA2.3", action="Include young people with SEND on the Youth Cabinet and give them a standing item at the SEND and AP Partnership Committee.",
             lead="Participation Manager (WCF); SEND Co-production Co-ordinator", when="Ongoing",
             measure="Young people attend at least three Partnership Committee meetings a year.", rag="G",
             x_lead=["Participation Manager (WCF)", "SEND Co-production Co-ordinator"], x_end=None, x_end_text="Ongoing", x_status="green"),
        dict(ref="APA2.4", action="Run an annual \u2018You said, we did\u2019 survey of children and young people with SEND and publish the results.",
             lead="SEND Co-production Co-ordinator", when="March 2025",
             measure="Survey completed by at least 400 children and young people.", rag="A",
             x_lead=["SEND Co-production Co-ordinator"], x_end="2025-03", x_end_text=None, x_status="amber"),
    ]),
]
RAGLETTER = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}


def build_worcs(path):
    d = docx.Document()
    h = d.add_paragraph(WORCS_TITLE, style="Title")
    d.add_paragraph("Response to the Ofsted and CQC area SEND inspection, April 2024", style="Subtitle")
    dc = d.add_table(rows=0, cols=2)
    dc.style = "Table Grid"
    for k, v in [("Document owner", "SEND and AP Partnership Committee"),
                 ("Partners", "Worcestershire County Council, Worcestershire Children First (WCF), NHS Herefordshire and Worcestershire ICB, Herefordshire and Worcestershire Health and Care NHS Trust (HWHCT)"),
                 ("Version", "3.0 \u2013 progress update"),
                 ("Date", "January 2025"),
                 ("Next review", "April 2025 (DfE and NHS England review meeting)")]:
        cells = dc.add_row().cells
        set_cell(cells[0], k, bold=True, size=10)
        shade(cells[0], "D9E2F3")
        set_cell(cells[1], v, size=10)
    d.add_paragraph("")
    d.add_heading("Introduction", level=1)
    d.add_paragraph(
        "Ofsted and the Care Quality Commission inspected the Worcestershire local area partnership in April 2024. "
        "Inspectors found widespread and/or systemic failings and identified two areas for priority action. "
        "This plan sets out the actions the partnership is taking on those two areas. The three areas for "
        "improvement are addressed in the separate SEND Improvement Plan.")
    d.add_heading("RAG key", level=2)
    key = d.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for code, text in [("B", "Complete"), ("G", "On track"), ("A", "At risk of delay"), ("R", "Off track")]:
        cells = key.add_row().cells
        set_cell(cells[0], code, bold=True, size=10)
        shade(cells[0], RAGLETTER[code])
        set_cell(cells[1], text, size=10)
    heads = ["Ref", "Action", "Lead(s)", "Timescale", "Measure of success", "RAG (Jan 2025)"]
    for head, text, acts in WORCS:
        d.add_heading(head, level=1)
        para = d.add_paragraph()
        run = para.add_run(text)
        run.italic = True
        tb = d.add_table(rows=1, cols=len(heads))
        tb.style = "Table Grid"
        header_row(tb, heads, "1F4E79")
        for c in tb.rows[0].cells:
            for r_ in c.paragraphs[0].runs:
                r_.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        for a in acts:
            cells = tb.add_row().cells
            set_cell(cells[0], a["ref"])
            set_cell(cells[1], a["action"])
            set_cell(cells[2], a["lead"])
            set_cell(cells[3], a["when"])
            set_cell(cells[4], a["measure"])
            set_cell(cells[5], a["rag"], bold=True)
            shade(cells[5], RAGLETTER[a["rag"]])
            cells[5].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_heading("Sign-off", level=2)
    so = d.add_table(rows=1, cols=3)
    so.style = "Table Grid"
    header_row(so, ["Partner", "Name and role", "Date"], "D9D9D9")
    for row in [("Worcestershire County Council", "Director of Children's Services", "22/01/2025"),
                ("NHS Herefordshire and Worcestershire ICB", "Chief Nursing Officer", "22/01/2025")]:
        cells = so.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v)
    d.save(path)


def main():
    out = {k: os.path.join(HERE, v) for k, v in FILES.items()}
    for p in out.values():
        assert os.path.basename(p).startswith("zdm-")
    build_wsx(out["wsx"])
    build_wand(out["wand"])
    build_newham(out["newham"])
    err = build_walsall(out["walsall"])
    build_oxon(out["oxon"])
    build_suffolk(out["suffolk"])
    build_worcs(out["worcs"])
    print("walsall error row:", err)
    for p in out.values():
        print(os.path.basename(p), os.path.getsize(p))


if __name__ == "__main__":
    main()
