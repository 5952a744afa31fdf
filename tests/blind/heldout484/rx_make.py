#!/usr/bin/env python3
"""Build the seven rx- blind test files (set heldout484).

Run with /work/main/.venv/bin/python rx_make.py ; writes next to this script.
Only files whose names start with rx- are written.
"""
import csv
import os
from datetime import datetime

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("rx-")
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- helpers
FILL = {
    "R": PatternFill("solid", fgColor="FF0000"),
    "A": PatternFill("solid", fgColor="FFC000"),
    "G": PatternFill("solid", fgColor="00B050"),
    "B": PatternFill("solid", fgColor="0070C0"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
    "head": PatternFill("solid", fgColor="1F3864"),
    "band": PatternFill("solid", fgColor="DDEBF7"),
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def box(ws, r1, c1, r2, c2):
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            ws.cell(r, c).border = BOX
            ws.cell(r, c).alignment = WRAP


def shade_docx_cell(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def bold_row(row):
    for cell in row.cells:
        for p in cell.paragraphs:
            for r in p.runs:
                r.bold = True


# ================================================================ 1. Broads Authority (docx)
def broads():
    doc = Document()
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Broads Authority"
    sec.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    sec.footer.paragraphs[0].text = "PMSC DP Audit 2024 Action Plan v1.4"

    doc.add_heading("Port Marine Safety Code: Designated Person Audit 2024 – Action Plan", level=1)

    dc = doc.add_table(rows=0, cols=2)
    dc.style = "Table Grid"
    for k, v in [
        ("Document", "PMSC Designated Person Audit 2024 – Action Plan"),
        ("Version", "1.4"),
        ("Date", "2 October 2025"),
        ("Owner", "Head of Safety Management"),
        ("Reported to", "Navigation Committee, 16 October 2025"),
    ]:
        cells = dc.add_row().cells
        cells[0].text = k
        cells[1].text = v
        cells[0].paragraphs[0].runs[0].bold = True

    doc.add_paragraph("")
    doc.add_paragraph(
        "The Designated Person’s audit of the Authority’s Safety Management System was carried out "
        "in November 2024. The audit found the Authority compliant with the Port Marine Safety Code "
        "and made four recommendations. The actions agreed in response are set out below, grouped "
        "under the elements of the Code, with progress at the end of September 2025."
    )
    doc.add_paragraph("Status key: Complete; G – on track; A – some slippage; R – not on track.")

    sections = [
        ("1. Duty Holder and accountability", [
            ("Members of the Authority, as Duty Holder, should receive refresher PMSC training following the 2024 appointments to the Authority and Navigation Committee.", [
                ("1.1", "Deliver a PMSC Duty Holder briefing to all Authority members and co-opted Navigation Committee members, and record attendance.",
                 "Head of Safety Management", "June 2025", "Complete"),
            ]),
        ]),
        ("2. Risk assessment and the Safety Management System", [
            ("The hazard log should be reviewed in full, with particular attention to hazards arising from increased use of paddlecraft and hire day-boats on the northern rivers.", [
                ("2.1", "Hold a stakeholder hazard review workshop with hire boat operators, paddlesport clubs and the Broads Beat police team.",
                 "Head of Safety Management / Senior Ranger (North)", "31 March 2025", "Complete"),
                ("2.2", "Re-score paddlecraft and day-boat hazards in the integrated hazard log and agree any new control measures with the Boat Safety Management Group.",
                 "Head of Safety Management", "July 2025 (revised: November 2025)", "G"),
            ]),
        ]),
        ("3. Competence and training", [
            ("Launch crew competence records should be held in one system and checked against the National Occupational Standards for harbour patrol work.", [
                ("3.1", "Move ranger launch crew training and certificate records from local spreadsheets into the Authority’s HR system.",
                 "HR Manager", "End of October 2025", "A"),
                ("3.2", "Complete a gap analysis of each launch crew member against the relevant National Occupational Standards and book refresher courses where needed.",
                 "Ranger Team Leader (North), Ranger Team Leader (South)", "Dec 2025", "G"),
            ]),
        ]),
        ("4. Incident reporting and investigation", [
            ("Near-miss reports from hire boat operators should be analysed for trends and the results reported to the Navigation Committee.", [
                ("4.1", "Add a near-miss trend summary to the six-monthly marine incident report to Navigation Committee.",
                 "Head of Safety Management", "Six-monthly", "G"),
            ]),
        ]),
    ]
    for heading, recs in sections:
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for i, h in enumerate(["Ref", "Recommendation", "Action", "Lead", "Target date", "Status"]):
            t.rows[0].cells[i].text = h
            shade_docx_cell(t.rows[0].cells[i], "D9E2F3")
        bold_row(t.rows[0])
        for rec, acts in recs:
            first = len(t.rows)
            for ref, act, lead, due, st in acts:
                c = t.add_row().cells
                c[0].text = ref
                c[2].text = act
                c[3].text = lead
                c[4].text = due
                c[5].text = st
            last = len(t.rows) - 1
            top = t.cell(first, 1)
            if last > first:
                top = top.merge(t.cell(last, 1))
            top.text = rec
        doc.add_paragraph("")

    doc.add_heading("Sign-off", level=2)
    so = doc.add_table(rows=3, cols=3)
    so.style = "Table Grid"
    for i, h in enumerate(["Role", "Name", "Date"]):
        so.cell(0, i).text = h
    so.cell(1, 0).text = "Designated Person"
    so.cell(1, 1).text = "Marine consultant (external)"
    so.cell(1, 2).text = "4 February 2025"
    so.cell(2, 0).text = "Chair, Navigation Committee"
    so.cell(2, 1).text = ""
    so.cell(2, 2).text = "6 March 2025"
    doc.save(out("rx-broads-authority-pmsc-designated-person-audit-action-plan.docx"))


# ================================================================ 2. Hargreaves Lansdown (xlsx)
def hargreaves():
    wb = openpyxl.Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Hargreaves Lansdown"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Operational Resilience – Vulnerability Remediation Tracker"
    cov["A2"].font = Font(bold=True, size=12)
    cov["A3"] = "Prepared for: Board Risk Committee, 22 October 2025"
    rows = [
        ("Document owner", "Head of Operational Resilience"),
        ("Executive sponsor", "Chief Operating Officer (SMF24)"),
        ("Version", "4.0"),
        ("Classification", "Internal – Confidential"),
    ]
    for i, (k, v) in enumerate(rows, start=5):
        cov.cell(i, 1, k).font = Font(bold=True)
        cov.cell(i, 2, v)
    cov["A10"] = "RAG key"
    cov["A10"].font = Font(bold=True)
    key = [
        ("B", "Closed – remediation complete and validated by Operational Risk (2nd line)"),
        ("G", "On track to meet target date"),
        ("A", "At risk – target date under pressure or revised once"),
        ("R", "Off track – target date missed or requires Board decision"),
    ]
    for i, (k, v) in enumerate(key, start=11):
        c = cov.cell(i, 1, k)
        c.fill = FILL[k]
        c.alignment = Alignment(horizontal="center")
        cov.cell(i, 2, v)
    cov.column_dimensions["A"].width = 20
    cov.column_dimensions["B"].width = 80

    summ = wb.create_sheet("Summary")
    summ["A1"] = "Summary by important business service"
    summ["A1"].font = Font(bold=True)
    hdr = ["Important business service", "Actions", "B", "G", "A", "R"]
    for i, h in enumerate(hdr, 1):
        summ.cell(3, i, h).font = Font(bold=True)
    data = [
        ("IBS 1 – Online and app account access for retail clients", 2, 1, 0, 1, 0),
        ("IBS 2 – Placing and settling client trades", 3, 2, 1, 0, 0),
        ("IBS 3 – Client money and asset withdrawals", 2, 0, 1, 1, 0),
        ("Cross-cutting", 1, 0, 0, 0, 1),
    ]
    for r, row in enumerate(data, 4):
        for c, v in enumerate(row, 1):
            summ.cell(r, c, v)
    summ.cell(8, 1, "Total").font = Font(bold=True)
    for c in range(2, 7):
        L = get_column_letter(c)
        summ.cell(8, c, f"=SUM({L}4:{L}7)").font = Font(bold=True)
    summ.column_dimensions["A"].width = 58

    ws = wb.create_sheet("Tracker")
    ws["A1"] = "Operational Resilience – Vulnerability Remediation Tracker (PS21/3, SYSC 15A)"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Position as at 30 September 2025"
    ws["A2"].font = Font(italic=True)
    headers = ["Ref", "Vulnerability (2025 self-assessment)", "Remediation action", "Owner",
               "Original target", "Revised target", "Previous RAG", "Current RAG", "Update"]
    for i, h in enumerate(headers, 1):
        c = ws.cell(4, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["head"]
        c.alignment = Alignment(wrap_text=True, vertical="center")
    D = lambda y, m, d: datetime(y, m, d)
    blocks = [
        ("IBS 1 – Online and app account access for retail clients", [
            ("Single data-centre dependency for the client authentication service means the loss of one site could exceed the 4-hour impact tolerance.", [
                ("OR-01", "Deploy the client authentication service active-active across both data centres and the cloud region.",
                 "Chief Information Officer", D(2025, 3, 31), D(2025, 11, 30), "A", "A",
                 "Cut-over rehearsed in August; production switch moved to November because of the change freeze."),
                ("OR-02", "Run a severe but plausible scenario test of full data-centre loss and record the time taken to restore client log-in.",
                 "Head of Operational Resilience", D(2025, 6, 30), None, "G", "B",
                 "Test completed 12 June 2025; log-in restored in 2h 40m, within tolerance."),
            ]),
        ]),
        ("IBS 2 – Placing and settling client trades", [
            ("Reliance on a single market data vendor with no tested fallback feed.", [
                ("OR-03", "Contract and integrate a secondary market data feed with automated failover.",
                 "Director of Trading Operations; Chief Information Officer", D(2025, 12, 31), None, "G", "G",
                 "Contract signed July 2025; integration testing under way."),
            ]),
            ("Manual settlement workarounds are documented, but shift rotation means fewer than three trained operators on some shifts.", [
                ("OR-04", "Train and certify at least three operators per shift in the settlement workarounds, with quarterly refreshers.",
                 "Head of Client Money and Settlements", D(2025, 4, 30), D(2025, 7, 31), "A", "B",
                 "All shifts now have four certified operators."),
                ("OR-05", "Add workaround readiness to the monthly operational resilience MI pack.",
                 "Head of Operational Resilience", D(2025, 5, 31), None, "G", "B",
                 "Included from the May 2025 MI pack."),
            ]),
        ]),
        ("IBS 3 – Client money and asset withdrawals", [
            ("Payment files to the clearing bank pass through a third-party gateway with no contractual recovery time commitment.", [
                ("OR-06", "Renegotiate the gateway contract to include a recovery time objective within the 1-day impact tolerance, or exit the arrangement.",
                 "Chief Procurement Officer", D(2025, 9, 30), D(2026, 3, 31), "G", "A",
                 "Supplier has declined an RTO below 36 hours; exit options paper to November ExCo."),
            ]),
            ("The client communications plan for a prolonged withdrawal outage has not been tested with the contact centre.", [
                ("OR-07", "Run a joint desktop exercise with Client Services and Corporate Affairs on the withdrawal outage scenario, and update the client message templates.",
                 "Head of Operational Resilience / Director of Client Services", D(2025, 10, 31), None, "G", "G",
                 "Exercise booked for 16 October 2025."),
            ]),
        ]),
        ("Cross-cutting", [
            ("Impact tolerance breaches are not reported automatically to the SMF24 holder.", [
                ("OR-08", "Build automated tolerance-breach alerts from the service monitoring platform to the COO and Operational Risk.",
                 "Chief Information Officer", D(2026, 1, 31), None, None, "R",
                 "Depends on the monitoring platform upgrade, which has slipped; Board decision on funding requested."),
            ]),
        ]),
    ]
    r = 5
    for band, vulns in blocks:
        ws.cell(r, 1, band).font = Font(bold=True)
        for c in range(1, 10):
            ws.cell(r, c).fill = FILL["band"]
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for vuln, acts in vulns:
            first = r
            for ref, act, owner, orig, rev, prev, cur, upd in acts:
                ws.cell(r, 1, ref)
                ws.cell(r, 3, act)
                ws.cell(r, 4, owner)
                c = ws.cell(r, 5, orig)
                c.number_format = "dd/mm/yyyy"
                if rev is not None:
                    c = ws.cell(r, 6, rev)
                    c.number_format = "dd/mm/yyyy"
                if prev:
                    c = ws.cell(r, 7, prev)
                    c.fill = FILL[prev]
                c = ws.cell(r, 8, cur)
                c.fill = FILL[cur]
                ws.cell(r, 9, upd)
                box(ws, r, 1, r, 9)
                for cc in (7, 8):
                    ws.cell(r, cc).alignment = Alignment(horizontal="center", vertical="top")
                r += 1
            ws.cell(first, 2, vuln)
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
            ws.cell(first, 2).alignment = WRAP
    r += 1
    ws.cell(r, 1, "Closed items are removed from the tracker after one Board Risk Committee cycle.").font = Font(italic=True)
    for col, w in zip("ABCDEFGHI", [9, 45, 50, 30, 13, 13, 10, 10, 45]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.active = 2
    wb.save(out("rx-hargreaves-lansdown-fca-operational-resilience-remediation-tracker.xlsx"))


# ================================================================ 3. HEYCA risk register (xlsx)
def heyca():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Corporate Risk Register"
    ws["A1"] = "Hull and East Yorkshire Combined Authority"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Corporate Risk Register – Quarter 2 2025/26"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Reported to Audit and Governance Committee, 20 November 2025"
    headers = ["Risk ref and title", "Causes and consequences", "Risk owner", "Current score (L x I)",
               "Target score", "Trend", "No.", "Further action required", "Action owner", "Due", "RAG"]
    for i, h in enumerate(headers, 1):
        c = ws.cell(5, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["head"]
        c.alignment = Alignment(wrap_text=True, vertical="center")
    M = lambda y, m: datetime(y, m, 1)
    risks = [
        ("CR01 – Transfer of transport functions not ready for April 2026",
         "Cause: short lead-in after the May 2025 mayoral election and reliance on officers seconded from the constituent councils.\nConsequence: disruption to bus services and capital schemes; loss of confidence from DfT.",
         "Director of Transport", "4 x 4 = 16", "R", "8", "↔", [
             ("1.1", "Agree the transport functions transfer plan and legal novation schedule with Hull City Council and East Riding of Yorkshire Council.",
              "Monitoring Officer", M(2025, 12), "G"),
             ("1.2", "Recruit the Head of Bus Services and two transport planners to permanent posts.",
              "Director of Transport; Head of HR", "31/01/2026", "A"),
             ("1.3", "Complete a readiness assessment against the DfT local transport authority checklist and report it to the Executive Board.",
              "Director of Transport", "Q4 2025/26", "G"),
         ]),
        ("CR02 – Insufficient revenue funding to sustain the Combined Authority’s core costs",
         "Cause: capacity funding ends in March 2027 and the mayoral precept has not been set.\nConsequence: reduced delivery capacity and reliance on reserves.",
         "Chief Finance Officer (s73)", "3 x 4 = 12", "A", "6", "↑", [
             ("2.1", "Prepare a medium-term financial plan to 2028/29 for approval alongside the 2026/27 budget.",
              "Chief Finance Officer", M(2026, 2), "G"),
             ("2.2", "Review the support services agreements with the constituent councils and agree revised charges.",
              "Chief Finance Officer, Chief Operating Officer", M(2025, 9), "B"),
         ]),
        ("CR03 – Information governance and cyber security arrangements not proportionate to new functions",
         "Cause: ICT provided by Hull City Council under a service agreement; limited in-house information governance resource.\nConsequence: data breach, ICO enforcement, loss of partner confidence.",
         "Chief Operating Officer", "3 x 3 = 9", "A", "6", "↓", [
             ("3.1", "Appoint a Data Protection Officer and publish the Combined Authority’s privacy notices.",
              "Monitoring Officer", M(2025, 7), "B"),
             ("3.2", "Obtain Cyber Essentials Plus certification for the Combined Authority’s network.",
              "Head of ICT (Hull City Council)", M(2026, 3), "A"),
         ]),
        ("CR04 – Devolved Adult Skills Fund not delivered to profile",
         "Cause: first year of the devolved fund; provider contracts novated late.\nConsequence: underspend and fewer adult learners supported.",
         "Director of Skills", "2 x 4 = 8", "A", "4", "↔", [
             ("4.1", "Hold monthly performance reviews with the ten largest grant-funded providers.",
              "Head of Adult Skills", "Ongoing", "G"),
             ("4.2", "Set up a process to reallocate in-year underspends, agreed with the Skills Board.",
              "Head of Adult Skills", M(2026, 1), "R"),
         ]),
    ]
    r = 6
    for title, cc, owner, score, sfill, target, trend, acts in risks:
        first = r
        for no, act, aowner, due, rag in acts:
            ws.cell(r, 7, no)
            ws.cell(r, 8, act)
            ws.cell(r, 9, aowner)
            c = ws.cell(r, 10, due)
            if isinstance(due, datetime):
                c.number_format = "mmm-yy"
            c = ws.cell(r, 11, rag)
            c.fill = FILL[rag]
            r += 1
        last = r - 1
        for col, val in [(1, title), (2, cc), (3, owner), (4, score), (5, target), (6, trend)]:
            ws.cell(first, col, val)
            if last > first:
                ws.merge_cells(start_row=first, start_column=col, end_row=last, end_column=col)
        ws.cell(first, 4).fill = FILL[sfill]
        ws.cell(first, 1).font = Font(bold=True)
        box(ws, first, 1, last, 11)
        for col in (4, 5, 6, 7, 11):
            for rr in range(first, last + 1):
                ws.cell(rr, col).alignment = Alignment(horizontal="center", vertical="top", wrap_text=True)
    r += 1
    ws.cell(r, 1, "RAG (action progress): B = complete, G = on track, A = some slippage, R = off track.")
    ws.cell(r + 1, 1, "Risk scores: 15–25 red, 8–12 amber, 1–6 green. Trend: ↑ increasing, ↔ no change, ↓ reducing.")
    for col, w in zip("ABCDEFGHIJK", [34, 48, 22, 12, 9, 7, 6, 52, 30, 12, 7]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"

    hm = wb.create_sheet("Heat map")
    hm["A1"] = "Current risk position – Q2 2025/26"
    hm["A1"].font = Font(bold=True)
    hm["A3"] = "Likelihood \\ Impact"
    for i in range(1, 6):
        hm.cell(3, i + 1, i).font = Font(bold=True)
        hm.cell(3 + i, 1, 6 - i).font = Font(bold=True)
    placed = {(4, 4): "CR01", (3, 4): "CR02", (3, 3): "CR03", (2, 4): "CR04"}
    for li in range(1, 6):
        for im in range(1, 6):
            cell = hm.cell(3 + (6 - li), 1 + im, placed.get((li, im), ""))
            s = li * im
            cell.fill = FILL["R"] if s >= 15 else FILL["A"] if s >= 8 else FILL["G"]
            cell.alignment = Alignment(horizontal="center")
    wb.save(out("rx-hull-and-east-yorkshire-ca-corporate-risk-register-q2-2025-26.xlsx"))


# ================================================================ 4. Sandbach Town Council (txt, tab-separated)
def sandbach():
    lines = [
        "Sandbach Town Council",
        "Full Council and Committees – Action Log",
        "Updated by the Town Clerk: 9 January 2026",
        "",
        "Min. Ref\tAction agreed\tWho\tBy when\tStatus\tClerk's update",
        "FULL COUNCIL – 13 NOVEMBER 2025",
        "FC 25/118\tWrite to Cheshire East Council asking for the timetable for repairs to the Scotch Common footpath and steps.\tTown Clerk\tDec 2025\tComplete\tLetter sent 17/11/25; reply received, works programmed for February.",
        "FC 25/121\tObtain three quotations for replacing the Christmas lights control boxes on High Street.\tDeputy Clerk\t31/01/2026\tGreen\tTwo quotes received, third awaited.",
        "FC 25/124\tArrange a meeting with the Police and Crime Commissioner's office about anti-social behaviour in Sandbach Park.\tTown Mayor & Town Clerk\tFeb 2026\tAmber\tPCC office has asked to defer until after budget setting.",
        "",
        "FINANCE AND GENERAL PURPOSES COMMITTEE – 4 DECEMBER 2025",
        "FGP 25/067\tUpdate the asset register with the new market stalls and the Middlewich Road bus shelter.\tRFO\t31/03/2026\tGreen\t",
        "FGP 25/070\tReview the council's insurance schedule before renewal and report any changes in cover.\tRFO; Town Clerk\tMarch 2026\tNot started\t",
        "",
        "ENVIRONMENT AND AMENITIES COMMITTEE – 11 DECEMBER 2025",
        "EA 25/042\tAsk Sandbach in Bloom for a planting plan for the Market Square planters for 2026.\tAmenities Officer\tOngoing\tGreen\tStanding item at each committee.",
        "EA 25/045\tGet a price for an additional dog bin at Elworth recreation ground and report back.\tAmenities Officer\tJan 2026\tRed\tContractor not yet responded; chased 6/1/26.",
        "",
        "Completed actions are reported once and then removed from the log.",
    ]
    with open(out("rx-sandbach-town-council-full-council-and-committees-action-log.txt"), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ================================================================ 5. DESNZ EBSS AF lessons learned (docx)
def desnz():
    doc = Document()
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "OFFICIAL"
    sec.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    sec.footer.paragraphs[0].text = "OFFICIAL"
    sec.footer.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER

    p = doc.add_paragraph()
    run = p.add_run("Department for Energy Security and Net Zero")
    run.bold = True
    run.font.size = Pt(11)
    doc.add_paragraph(
        "Energy Bills Support Scheme Alternative Funding – Lessons Learned Review: Management Action Plan",
        style="Title",
    )

    doc.add_paragraph("Version history")
    vh = doc.add_table(rows=1, cols=4)
    vh.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Author", "Change"]):
        vh.rows[0].cells[i].text = h
    bold_row(vh.rows[0])
    for row in [
        ("0.3", "14/02/2024", "Scheme Delivery Team", "Draft for Portfolio Board"),
        ("1.0", "07/03/2024", "Scheme Delivery Team", "Agreed by Executive Committee"),
        ("1.1", "10/10/2024", "Scheme Delivery Team", "Progress update for the Audit and Risk Assurance Committee"),
    ]:
        cells = vh.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v

    doc.add_paragraph("")
    doc.add_paragraph(
        "The lessons learned review of the Energy Bills Support Scheme Alternative Funding (EBSS AF) "
        "identified four lessons for the design and delivery of future household support schemes. "
        "Each lesson is shown with the actions the department has agreed, the accountable owner and "
        "the deadline. Status is reported as Complete, Green, Amber or Red."
    )

    themes = [
        ("Theme A: Scheme design and eligibility", [
            ("Lesson 1 – Basing eligibility on data the department did not hold led to a slow, application-based scheme with high verification costs.", [
                ("A1.1", "Before launching any future household support scheme, map the eligibility criteria against data held by DWP, HMRC and energy suppliers, and record the data gap in the business case.",
                 "Deputy Director, Consumer Support Schemes", "Q2 2024/25", "Complete"),
                ("A1.2", "Agree a standing data-sharing framework with DWP for energy support schemes under the Digital Economy Act 2017.",
                 "Head of Data and Analysis", "March 2025", "Amber"),
            ]),
            ("Lesson 2 – Late policy decisions left the delivery partner too little time to build and test the application service.", [
                ("A2.1", "Include a minimum 12-week build and test window in the delivery plan for any scheme that uses a contracted application service.",
                 "Head of Scheme Delivery", "Ongoing – applied to each new scheme", "Green"),
            ]),
        ]),
        ("Theme B: Fraud and error", [
            ("Lesson 3 – Counter-fraud controls were designed after the application route was built, so some checks could not be automated.", [
                ("B3.1", "Carry out a fraud risk assessment at the policy design stage, signed off with the Public Sector Fraud Authority.",
                 "Head of Counter Fraud", "June 2024", "Complete"),
                ("B3.2", "Complete post-payment assurance sampling of EBSS AF payments and report the estimated fraud and error rate in the Annual Report and Accounts.",
                 "Head of Counter Fraud; Finance Director", "By 31 October 2024", "Complete"),
            ]),
        ]),
        ("Theme C: Communications with households", [
            ("Lesson 4 – Households in park homes and on heat networks often did not know they were eligible until late in the scheme.", [
                ("C4.1", "Work with Citizens Advice, park home associations and heat network operators to build a stakeholder contact list for future schemes.",
                 "Head of Communications (Consumer)", "Dec 2024", "Green"),
                ("C4.2", "Publish scheme guidance in plain English and in Welsh at launch, tested with at least two user groups.",
                 "Head of Communications (Consumer)", "Q4 2024/25", "Red"),
            ]),
        ]),
    ]
    for theme, lessons in themes:
        doc.add_heading(theme, level=2)
        t = doc.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        for i, h in enumerate(["Ref", "Action", "Owner", "Deadline", "Status"]):
            t.rows[0].cells[i].text = h
            shade_docx_cell(t.rows[0].cells[i], "E2EFD9")
        bold_row(t.rows[0])
        for lesson, acts in lessons:
            row = t.add_row()
            m = row.cells[0].merge(row.cells[4])
            m.text = lesson
            m.paragraphs[0].runs[0].bold = True
            shade_docx_cell(m, "F2F2F2")
            for ref, act, owner, due, st in acts:
                c = t.add_row().cells
                for i, v in enumerate([ref, act, owner, due, st]):
                    c[i].text = v
        doc.add_paragraph("")
    doc.add_paragraph("Next update: Audit and Risk Assurance Committee, January 2025.")
    doc.save(out("rx-desnz-energy-bills-support-scheme-af-lessons-learned-action-plan.docx"))


# ================================================================ 6. Bupa Cromwell Hospital (xlsx)
def cromwell():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Action plan"
    ws["A1"] = "Bupa Cromwell Hospital"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "CQC Inspection Action Plan – report published 14 January 2025"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "RAG key:"
    ws["A3"].font = Font(bold=True)
    for col, (k, label) in zip("BCDE", [("B", "Completed"), ("G", "On track"), ("A", "Some slippage"), ("R", "Not on track")]):
        ws[f"{col}3"] = label
        ws[f"{col}3"].fill = FILL[k]
    headers = ["No.", "MD/SD", "Finding / requirement", "Regulation", "Action", "Lead",
               "Target date", "Evidence / progress", "RAG"]
    for i, h in enumerate(headers, 1):
        c = ws.cell(5, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["head"]
        c.alignment = Alignment(wrap_text=True, vertical="center")
    D = lambda y, m, d: datetime(y, m, d)
    bands = [
        ("Surgery", [
            (1, "MD", "The service must ensure that the World Health Organization surgical safety checklist is fully completed for every patient.",
             "Reg 12(1)(2)(a)(b) Safe care and treatment",
             "1. Relaunch the WHO checklist with all theatre teams through safety huddles.\n2. Weekly observational audit of 10 cases per theatre, with results reported to the Theatre User Group.",
             "Theatre Manager", D(2025, 2, 28), "Relaunch completed 3 February; compliance 98% February–April.", "B"),
            (2, "MD", "The service must ensure that staff complete level 3 safeguarding adults and children training where their role requires it.",
             "Reg 18(2)(a) Staffing",
             "Book all outstanding level 3 safeguarding places and track completion through the learning management system.",
             "Head of Learning and Development / Director of Nursing", D(2025, 3, 31), "Compliance 91% at 30 April; target 95%.", "A"),
            (3, "SD", "The service should ensure that controlled drug registers in recovery are checked daily.",
             None,
             "Add the daily controlled drug check to the recovery nurse in charge checklist and include it in the monthly pharmacy audit.",
             "Lead Pharmacist", D(2025, 4, 30), None, "G"),
        ]),
        ("Outpatients", [
            (4, "MD", "The service must ensure that patient records are stored securely in clinic rooms.",
             "Reg 17(2)(c) Good governance",
             "Fit lockable storage in all outpatient clinic rooms and carry out monthly spot checks.",
             "Outpatient Services Manager", D(2025, 3, 31), "Storage fitted in all rooms; spot checks continuing.", "B"),
            (5, "SD", "The service should monitor waiting times in clinics and tell patients about delays.",
             None,
             "Introduce delay boards in outpatient waiting areas and record clinic start times on the booking system.",
             "Outpatient Services Manager", D(2025, 6, 30), None, "G"),
        ]),
        ("Diagnostic imaging", [
            (6, "SD", "The service should ensure that pregnancy status checks are documented before every relevant examination.",
             None,
             "Change the imaging request form so that pregnancy status must be completed before an examination can be booked.",
             "Imaging Services Manager", D(2025, 5, 31), "Form change with IT; go-live slipped to July.", "A"),
            (7, "SD", "The service should ensure that all radiographers are up to date with IR(ME)R training.",
             None,
             "Add IR(ME)R refresher training to the annual mandatory training programme and audit compliance.",
             "Radiation Protection Supervisor", "Quarterly", None, "G"),
        ]),
    ]
    r = 6
    for band, acts in bands:
        ws.cell(r, 1, band).font = Font(bold=True)
        for c in range(1, 10):
            ws.cell(r, c).fill = FILL["grey"]
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for no, mdsd, finding, reg, act, lead, due, ev, rag in acts:
            vals = [no, mdsd, finding, reg, act, lead, due, ev, None]
            for i, v in enumerate(vals, 1):
                if v is not None:
                    ws.cell(r, i, v)
            if isinstance(due, datetime):
                ws.cell(r, 7).number_format = "dd/mm/yyyy"
            box(ws, r, 1, r, 9)
            ws.cell(r, 9).fill = FILL[rag]
            r += 1
    r += 1
    ws.cell(r, 1, "Version 3 – updated for the Quality and Safety Committee, 20 May 2025").font = Font(italic=True)
    for col, w in zip("ABCDEFGHI", [6, 8, 48, 26, 55, 30, 12, 40, 7]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"

    rt = wb.create_sheet("CQC ratings")
    rt["A1"] = "Ratings from the inspection report"
    rt["A1"].font = Font(bold=True)
    cols = ["Core service", "Safe", "Effective", "Caring", "Responsive", "Well-led", "Overall"]
    for i, h in enumerate(cols, 1):
        rt.cell(3, i, h).font = Font(bold=True)
    for r2, row in enumerate([
        ("Surgery", "Requires improvement", "Good", "Good", "Good", "Good", "Good"),
        ("Outpatients", "Requires improvement", "Not rated", "Good", "Good", "Good", "Good"),
        ("Diagnostic imaging", "Good", "Not rated", "Good", "Good", "Good", "Good"),
        ("Overall", "Requires improvement", "Good", "Good", "Good", "Good", "Good"),
    ], 4):
        for c, v in enumerate(row, 1):
            rt.cell(r2, c, v)
    rt.column_dimensions["A"].width = 20
    wb.save(out("rx-bupa-cromwell-hospital-cqc-inspection-action-plan.xlsx"))


# ================================================================ 7. Mermaids (csv) – refuse case
def mermaids():
    rows = [
        ["Mermaids – Charity Commission regulatory action plan", "", "", "", "", "", ""],
        ["Progress report to the Board of Trustees – 24 April 2025", "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["Area", "Ref", "Action required", "Lead", "Target date", "Status", "Update"],
        ["Governance", "1.1", "Carry out a board skills audit and recruit trustees with the skills identified as missing",
         "Chair of Trustees", "June 2025", "Amber", "Two trustees appointed March 2025; search for a safeguarding trustee continues"],
        ["", "1.2", "Adopt a scheme of delegation setting out the decisions reserved to the board",
         "Chair of Trustees; Chief Executive", "March 2025", "Complete", "Approved by the board 27 March 2025"],
        ["", "1.3", "Hold an annual board effectiveness review, facilitated externally every third year",
         "Company Secretary", "Annually", "Green", "First review scheduled for June 2025"],
        ["Safeguarding", "2.1", "Commission an independent review of safeguarding policy and practice in the helpline and online services",
         "Designated Safeguarding Lead", "December 2024", "Complete", "Review report received January 2025"],
        ["", "2.2", "Implement the recommendations of the independent safeguarding review and report progress to each board meeting",
         "Designated Safeguarding Lead; Chief Executive", "Septmeber 2025", "Green", "12 of 18 recommendations implemented"],
        ["", "2.3", "Make sure every trustee completes safeguarding training within three months of appointment",
         "Company Secretary", "Ongoing", "Green", ""],
        ["Financial controls", "3.1", "Introduce dual authorisation for all payments over £5,000",
         "Director of Finance", "January 2025", "Complete", "In place from 6 January 2025"],
        ["", "3.2", "Reconcile restricted funds and report the position in the 2024/25 annual report and accounts",
         "Director of Finance", "November 2025", "Green", ""],
        ["Conflicts of interest", "4.1", "Update the register of interests and publish the conflicts of interest policy on the website",
         "Company Secretary", "April 2025", "Amber", "Policy drafted; register being updated"],
        ["", "", "", "", "", "", ""],
        ["Status key: Complete; Green = on track; Amber = at risk; Red = off track", "", "", "", "", "", ""],
    ]
    with open(out("rx-mermaids-charity-commission-regulatory-action-plan-typo-month-refuse.csv"), "w",
              encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


if __name__ == "__main__":
    broads()
    hargreaves()
    heyca()
    sandbach()
    desnz()
    cromwell()
    mermaids()
    print("built 7 rx- files in", HERE)
