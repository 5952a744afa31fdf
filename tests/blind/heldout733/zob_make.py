#!/usr/bin/env python3
"""Build the seven zob- blind test files (set heldout733).

    python zob_make.py             # writes the seven data files
    python zob_make.py --expected  # also writes NAME.expected.yaml beside each

Only files whose names start with zob- are written.
"""
import csv
import datetime as dt
import os
import sys

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
EXPECTED = {}

FILL = {
    "blue": "5B9BD5", "green": "00B050", "amber": "FFC000", "red": "FF0000",
    "grey": "D9D9D9", "navy": "1F3864", "lightblue": "DDEBF7", "pale": "F2F2F2",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(name):
    return PatternFill("solid", start_color=FILL[name], end_color=FILL[name])


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


def path(name):
    assert name.startswith("zob-")
    return os.path.join(HERE, name)


# ---------------------------------------------------------------------------
# 1. NHS Greater Manchester ICB - Board Assurance Framework 2025/26 (xlsx)
# ---------------------------------------------------------------------------
def make_gm_baf():
    name = "zob-nhs-greater-manchester-icb-board-assurance-framework-2025-26.xlsx"
    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = "NHS Greater Manchester Integrated Care"
    cover["A1"].font = Font(bold=True, size=14, color=FILL["navy"])
    cover["A2"] = "Board Assurance Framework 2025/26"
    cover["A2"].font = Font(bold=True, size=16)
    cover["A4"], cover["B4"] = "Reporting period", "Quarter 2 (position at 30 September 2025)"
    cover["A5"], cover["B5"] = "Presented to", "NHS Greater Manchester Integrated Care Board – 19 November 2025"
    cover["A6"], cover["B6"] = "Document owner", "Associate Director of Corporate Affairs and Governance"
    cover["A7"], cover["B7"] = "Classification", "Public"
    cover["A9"] = "Version control"
    cover["A9"].font = Font(bold=True)
    for c, h in zip("ABCD", ["Version", "Date", "Author", "Summary of changes"]):
        cover[f"{c}10"] = h
        cover[f"{c}10"].font = Font(bold=True)
        cover[f"{c}10"].fill = fill("grey")
    vers = [
        ("0.1", "14/10/2025", "Corporate Affairs", "Q2 updates requested from executive leads"),
        ("0.2", "28/10/2025", "Corporate Affairs", "Updates from risk owners; scores reviewed by Executive"),
        ("1.0", "05/11/2025", "Corporate Affairs", "Reviewed by Audit Committee; issued for Board"),
    ]
    for i, row in enumerate(vers, start=11):
        for c, v in zip("ABCD", row):
            cover[f"{c}{i}"] = v
    cover["A15"] = "Action RAG key"
    cover["A15"].font = Font(bold=True)
    key = [("B", "blue", "Action complete"), ("G", "green", "On track to deliver by the due date"),
           ("A", "amber", "Risk to delivery by the due date"), ("R", "red", "Off track or due date passed")]
    for i, (k, col, txt) in enumerate(key, start=16):
        cover[f"A{i}"] = k
        cover[f"A{i}"].fill = fill(col)
        cover[f"A{i}"].alignment = Alignment(horizontal="center")
        cover[f"B{i}"] = txt
    cover.column_dimensions["A"].width = 22
    cover.column_dimensions["B"].width = 70
    cover.column_dimensions["C"].width = 20
    cover.column_dimensions["D"].width = 55

    # Summary sheet (not actions)
    sm = wb.create_sheet("BAF Summary")
    sm["A1"] = "BAF summary – principal risks 2025/26"
    sm["A1"].font = Font(bold=True, size=13)
    hdr = ["BAF ref", "Strategic objective", "Principal risk (short title)", "Executive lead",
           "Assuring committee", "Inherent score", "Q1 score", "Q2 score", "Target score", "Trend"]
    for j, h in enumerate(hdr, start=1):
        c = sm.cell(row=3, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("navy")
        c.alignment = WRAP
    rows = [
        ("BAF 1", "Improve access to urgent and emergency care", "Urgent and emergency care demand exceeds capacity",
         "Chief Delivery Officer", "Quality and Performance Committee", 20, 16, 16, 12, "↔"),
        ("BAF 2", "Achieve financial sustainability", "System does not deliver the 2025/26 financial plan",
         "Chief Finance Officer", "Finance and Investment Committee", 25, 20, 20, 12, "↔"),
        ("BAF 3", "Improve access to primary care", "Patients cannot access primary care and dental services in a timely way",
         "Director of Primary Care", "Primary Care Commissioning Committee", 16, 16, 12, 9, "↓"),
    ]
    for i, r in enumerate(rows, start=4):
        for j, v in enumerate(r, start=1):
            c = sm.cell(row=i, column=j, value=v)
            c.alignment = WRAP
            c.border = BOX
    sm["A9"] = "Actions by RAG (all BAF risks)"
    sm["A9"].font = Font(bold=True)
    for i, (k, col, n) in enumerate([("Blue", "blue", 2), ("Green", "green", 4), ("Amber", "amber", 3),
                                     ("Red", "red", 1), ("Total", None, 10)], start=10):
        sm[f"A{i}"] = k
        if col:
            sm[f"A{i}"].fill = fill(col)
        sm[f"B{i}"] = n
    for col, w in zip("ABCDEFGHIJ", [9, 34, 40, 24, 30, 10, 9, 9, 10, 7]):
        sm.column_dimensions[col].width = w

    risks = [
        {
            "sheet": "BAF 1",
            "title": "BAF 1 – Urgent and emergency care",
            "objective": "Improve access to urgent and emergency care and reduce the time people spend in emergency departments",
            "risk": "There is a risk that demand for urgent and emergency care continues to exceed capacity across Greater Manchester, resulting in long waits in emergency departments, delayed ambulance handovers and avoidable harm to patients.",
            "lead": "Chief Delivery Officer",
            "committee": "Quality and Performance Committee",
            "scores": ("20 (4 x 5)", "16 (4 x 4)", "16 (4 x 4)", "12 (3 x 4)"),
            "controls": "• GM UEC Improvement Programme and System Coordination Centre\n• Locality UEC delivery boards reporting to the UEC Programme Board\n• OPEL framework and daily system calls",
            "assurance": "• Monthly UEC dashboard to Quality and Performance Committee\n• NHS England tier 1 review meetings",
            "gaps": [
                ("Gap in control: Variation in the use of same day emergency care (SDEC) and urgent community response (UCR) across localities, leading to avoidable conveyance and admission.", [
                    ("1.1", "Agree a single GM standard for direct access to SDEC from NWAS crews and GP practices, and monitor uptake by site.",
                     "Director of Urgent and Emergency Care", dt.datetime(2025, 12, 31),
                     "Standard drafted with NWAS and acute providers; clinical sign-off at UEC Programme Board in November.", "G",
                     (["Director of Urgent and Emergency Care"], "2025-12", None, "green")),
                    ("1.2", "Increase urgent community response two-hour referrals to at least 70% of the national ambition in every locality.",
                     "Locality Place Leads", "Q4 2025/26",
                     "Seven of ten localities above 70%; Bolton, Oldham and Tameside have recovery trajectories.", "A",
                     (["Locality Place Leads"], "2026-03", "Q4 2025/26", "amber")),
                ]),
                ("Gap in assurance: No consolidated view of ambulance handover delays over 45 minutes by hospital site is reported to the Board.", [
                    ("1.3", "Add site-level ambulance handover delay data (over 45 and over 60 minutes) to the Board integrated performance report.",
                     "Chief Delivery Officer; Director of Performance and Intelligence", dt.datetime(2025, 9, 30),
                     "Included in the integrated performance report from September 2025.", "B",
                     (["Chief Delivery Officer", "Director of Performance and Intelligence"], "2025-09", None, "blue")),
                ]),
                ("Gap in control: Discharge to assess capacity is not commissioned consistently across the ten localities.", [
                    ("1.4", "Complete a GM-wide review of discharge to assess (pathways 1–3) capacity and agree a joint commissioning plan with the ten local authorities.",
                     "Director of Commissioning / Directors of Adult Social Services", "Revised: 31/01/2026 (originally 30/11/2025)",
                     "Review complete in eight localities; Stockport and Wigan data outstanding. Revised date agreed at Quality and Performance Committee.", "A",
                     (["Director of Commissioning", "Directors of Adult Social Services"], "2026-01", None, "amber")),
                ]),
            ],
        },
        {
            "sheet": "BAF 2",
            "title": "BAF 2 – Financial sustainability",
            "objective": "Deliver the 2025/26 system financial plan and move towards a recurrent balanced position",
            "risk": "There is a risk that the Greater Manchester system does not deliver its 2025/26 financial plan, leading to a deficit, loss of deficit support funding and further regulatory intervention.",
            "lead": "Chief Finance Officer",
            "committee": "Finance and Investment Committee",
            "scores": ("25 (5 x 5)", "20 (4 x 5)", "20 (4 x 5)", "12 (3 x 4)"),
            "controls": "• System financial plan agreed by all GM NHS organisations\n• Financial recovery programme with monthly system Finance Directors group\n• Enhanced controls on pay, agency and discretionary spend",
            "assurance": "• Monthly finance report to Finance and Investment Committee\n• Internal audit review of financial controls (substantial assurance, 2024/25)",
            "gaps": [
                ("Gap in control: Efficiency schemes are not fully identified and a proportion of the plan remains unidentified or high risk.", [
                    ("2.1", "Hold monthly recovery meetings with each provider that has unidentified or high-risk efficiency schemes until the gap is closed.",
                     "Chief Finance Officer", "Monthly",
                     "Meetings held July to September; unidentified gap reduced but not closed.", "A",
                     (["Chief Finance Officer"], None, "Monthly", "amber")),
                    ("2.2", "Deliver the GM continuing healthcare and complex care recovery plan.",
                     "Deputy Chief Finance Officer / Chief Nursing Officer", dt.datetime(2026, 3, 31),
                     "On track; £4.1m delivered to month 6 against a year-end target of £9.0m.", "G",
                     (["Deputy Chief Finance Officer", "Chief Nursing Officer"], "2026-03", None, "green")),
                ]),
                ("Gap in assurance: Limited assurance on delivery of workforce reduction plans in provider organisations.", [
                    ("2.3", "Introduce monthly reporting of provider whole-time equivalent (WTE) staff against plan to the Finance and Investment Committee.",
                     "Chief Finance Officer; Chief People Officer", dt.datetime(2025, 10, 31),
                     "First report received by the Finance and Investment Committee in October 2025.", "B",
                     (["Chief Finance Officer", "Chief People Officer"], "2025-10", None, "blue")),
                ]),
            ],
        },
        {
            "sheet": "BAF 3",
            "title": "BAF 3 – Access to primary care",
            "objective": "Improve timely access to general practice and NHS dental services",
            "risk": "There is a risk that patients cannot access general practice and NHS dental services in a timely way, leading to unmet need, poorer outcomes and increased demand on urgent care.",
            "lead": "Director of Primary Care",
            "committee": "Primary Care Commissioning Committee",
            "scores": ("16 (4 x 4)", "16 (4 x 4)", "12 (3 x 4)", "9 (3 x 3)"),
            "controls": "• Primary Care Access Recovery Plan delivery group\n• GP contract and PCN DES oversight\n• GM dental recovery plan",
            "assurance": "• Quarterly access report to Primary Care Commissioning Committee\n• GP Patient Survey 2025 results",
            "gaps": [
                ("Gap in control: Uneven uptake of the modern general practice access model across practices.", [
                    ("3.1", "Support the remaining practices without cloud-based telephony to move to it, with digital inclusion support for patients.",
                     "Director of Primary Care", "December 2025",
                     "14 practices remain; migration dates agreed for all.", "G",
                     (["Director of Primary Care"], "2025-12", None, "green")),
                    ("3.2", "Report locality-level GP appointment and patient experience data to the Primary Care Commissioning Committee each quarter.",
                     "Head of Primary Care Contracting", "Quarterly",
                     "Q1 report received in September 2025; Q2 report scheduled for December.", "G",
                     (["Head of Primary Care Contracting"], None, "Quarterly", "green")),
                ]),
                ("Gap in control: Urgent dental care activity does not reach the level commissioned in the dental recovery plan.", [
                    ("3.3", "Commission additional urgent dental care sessions in the localities with the lowest access rates.",
                     "Head of Dental Commissioning", dt.datetime(2026, 3, 31),
                     "Procurement paused pending national dental contract reform guidance.", "R",
                     (["Head of Dental Commissioning"], "2026-03", None, "red")),
                ]),
            ],
        },
    ]
    rag_fill = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    actions = []
    for rk in risks:
        ws = wb.create_sheet(rk["sheet"])
        ws.merge_cells("A1:G1")
        ws["A1"] = rk["title"]
        ws["A1"].font = Font(bold=True, size=14, color="FFFFFF")
        ws["A1"].fill = fill("navy")
        info = [("Strategic objective", rk["objective"]), ("Principal risk", rk["risk"]),
                ("Executive lead", rk["lead"]), ("Assuring committee", rk["committee"])]
        r = 2
        for k, v in info:
            ws.cell(row=r, column=1, value=k).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=7)
            ws.cell(row=r, column=2, value=v).alignment = WRAP
            r += 1
        ws.cell(row=r, column=1, value="Risk score").font = Font(bold=True)
        for j, (lab, val) in enumerate(zip(["Inherent", "Q1 2025/26", "Q2 2025/26", "Target (Mar 2026)"], rk["scores"])):
            ws.cell(row=r, column=2 + j, value=f"{lab}: {val}")
        r += 2
        ws.cell(row=r, column=1, value="Key controls").font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=7)
        ws.cell(row=r, column=2, value=rk["controls"]).alignment = WRAP
        ws.row_dimensions[r].height = 48
        r += 1
        ws.cell(row=r, column=1, value="Sources of assurance").font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=7)
        ws.cell(row=r, column=2, value=rk["assurance"]).alignment = WRAP
        ws.row_dimensions[r].height = 34
        r += 2
        ws.cell(row=r, column=1, value="Actions to address gaps in control and assurance").font = Font(bold=True, size=12)
        r += 1
        for j, h in enumerate(["Gap in control / assurance", "Ref", "Action", "Action owner", "Due date",
                               "Q2 progress update", "RAG"], start=1):
            c = ws.cell(row=r, column=j, value=h)
            c.font = Font(bold=True)
            c.fill = fill("lightblue")
            c.border = BOX
            c.alignment = WRAP
        r += 1
        for gap, acts in rk["gaps"]:
            first = r
            ws.cell(row=r, column=1, value=gap)
            for (ref, text, owner, due, prog, rag, exp) in acts:
                ws.cell(row=r, column=2, value=ref)
                ws.cell(row=r, column=3, value=text)
                ws.cell(row=r, column=4, value=owner)
                c = ws.cell(row=r, column=5, value=due)
                if isinstance(due, dt.datetime):
                    c.number_format = "DD/MM/YYYY"
                ws.cell(row=r, column=6, value=prog)
                c = ws.cell(row=r, column=7, value=rag)
                c.fill = fill(rag_fill[rag])
                c.alignment = Alignment(horizontal="center", vertical="top")
                for j in range(1, 8):
                    ws.cell(row=r, column=j).border = BOX
                    if j != 7:
                        ws.cell(row=r, column=j).alignment = WRAP
                lead, end, end_text, status = exp
                actions.append(act(ref, [rk["title"], gap], text, lead, end, status, end_text))
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
        for col, w in zip("ABCDEFG", [38, 6, 50, 30, 16, 48, 6]):
            ws.column_dimensions[col].width = w
    wb.save(path(name))
    EXPECTED[name] = {
        "source": "NHS Greater Manchester Integrated Care Board, Board Assurance Framework 2025/26, Q2 position as taken to the public Board (no single published file copied). Layout follows ICB BAFs such as the Humber and North Yorkshire ICB BAF 2024-25 (slideorbit.com/slide/icb-board-assurance-framework-2024-2025/326090): a cover with version control and action RAG key, a summary sheet of principal risks and scores, then one sheet per principal risk with objective, risk, lead, scores, key controls, sources of assurance and an 'actions to address gaps' table whose gap text is a merged cell down the actions it covers; RAG letter with fill; one revised due date written in the cell.",
        "reads": "Three principal risks (BAF 1–3), each on its own sheet with an actions table. Each action answers a gap in control or assurance written in a merged cell to its left; refs 1.1–3.3, job-title owners (some two to a cell), due dates as dates, a quarter, 'Monthly'/'Quarterly' or a revised date, and B/G/A/R letters. Cover and summary sheets hold no actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": "Board Assurance Framework 2025/26",
        "actions": actions,
    }


# ---------------------------------------------------------------------------
# 2. Hywel Dda UHB - HIW ward inspection improvement plan, Withybush (docx)
# ---------------------------------------------------------------------------
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)


def make_hiw_withybush():
    name = "zob-hywel-dda-uhb-hiw-withybush-general-hospital-ward-inspection-improvement-plan.docx"
    doc = Document()
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.header.paragraphs[0].text = "Hywel Dda University Health Board / Bwrdd Iechyd Prifysgol Hywel Dda"
    title = "HIW Inspection Improvement Plan – Withybush General Hospital, Ward 10"
    doc.add_heading(title, level=1)
    doc.add_paragraph(
        "This improvement plan responds to the findings of Healthcare Inspectorate Wales (HIW) following its unannounced "
        "inspection of Ward 10. No immediate assurance issues were identified during the inspection. The table below sets out "
        "the improvements HIW requires and the actions the health board is taking to address them.")
    kv = doc.add_table(rows=4, cols=2)
    kv.style = "Table Grid"
    for i, (k, v) in enumerate([("Service:", "Withybush General Hospital, Haverfordwest"),
                                ("Ward/department:", "Ward 10 (Care of the Elderly)"),
                                ("Date of inspection:", "8 – 10 July 2025"),
                                ("Date of publication:", "9 October 2025")]):
        set_cell(kv.cell(i, 0), k, bold=True, size=10)
        set_cell(kv.cell(i, 1), v, size=10)
    doc.add_paragraph()
    doc.add_heading("Improvement plan", level=2)

    sections = [
        ("Quality of the patient experience", [
            ("Patient information on the ward, including how to raise a concern under Putting Things Right, was only available in English.",
             "The health board must ensure that patient information on the ward is available bilingually, in line with the Active Offer.",
             "Health and Care Quality Standards 2023 – Person-centred; Welsh Language (Wales) Measure 2011",
             [("Replace all patient information on the ward with bilingual versions, including the Putting Things Right leaflet and poster.",
               "Ward Manager", "30 September 2025", (["Ward Manager"], "2025-09", None))]),
            ("Several patients told us that call bells were not always answered promptly, particularly at night.",
             "The health board must ensure that call bells are answered promptly and that patients can always reach them.",
             "Health and Care Quality Standards 2023 – Person-centred; Safe",
             [("Introduce intentional rounding checks that include call bell placement, recorded on the Welsh Nursing Care Record.",
               "Ward Manager / Senior Sister", "Immediate and ongoing", (["Ward Manager", "Senior Sister"], None, "Immediate and ongoing")),
              ("Undertake a monthly call bell response audit for three months and report the results to the Withybush Nursing and Midwifery Board.",
               "Senior Nurse Manager, Medicine", "December 2025", (["Senior Nurse Manager, Medicine"], "2025-12", None))]),
        ]),
        ("Delivery of safe and effective care", [
            ("The resuscitation trolley had not been checked on six occasions in the four weeks before the inspection.",
             "The health board must ensure that resuscitation equipment is checked daily and that checks are recorded.",
             "Health and Care Quality Standards 2023 – Safe; Effective",
             [("Allocate daily resuscitation trolley checks to the nurse in charge of each day shift, with weekly spot checks by the Ward Manager.",
               "Ward Manager", "31 August 2025", (["Ward Manager"], "2025-08", None))]),
            ("Fridge temperatures in the clean utility room were recorded above 8°C on several days with no action documented.",
             "The health board must ensure that medicines fridge temperatures are monitored and that action is taken and recorded when they are out of range.",
             "Health and Care Quality Standards 2023 – Safe; Effective",
             [("Replace the medicines fridge and provide refresher training to registered nurses on the fridge temperature monitoring procedure.",
               "Ward Manager; Lead Pharmacist – Withybush", "31 October 2025", (["Ward Manager", "Lead Pharmacist – Withybush"], "2025-10", None))]),
            ("Falls and pressure damage risk assessments were not consistently updated when a patient’s condition changed.",
             "The health board must ensure that patient risk assessments are reviewed and updated when a patient’s condition changes.",
             "Health and Care Quality Standards 2023 – Safe; Person-centred",
             [("Include falls and pressure damage reassessment in the safety huddle at each shift change and audit compliance monthly using the Tendable audit app.",
               "Practice Development Nurse", "November 2025", (["Practice Development Nurse"], "2025-11", None))]),
        ]),
        ("Quality of management and leadership", [
            ("Compliance with mandatory training on the ward was 68%, below the health board target of 85%.",
             "The health board must ensure that staff complete their mandatory training.",
             "Health and Care Quality Standards 2023 – Workforce; Leadership",
             [("Agree protected time for each member of staff to complete outstanding mandatory training modules, monitored at monthly ward meetings.",
               "Ward Manager", "31 January 2026", (["Ward Manager"], "2026-01", None)),
              ("Report ward training compliance to the Unscheduled Care Quality, Safety and Experience group each month until the 85% target is achieved.",
               "Head of Nursing – Unscheduled Care", "Monthly until target achieved", (["Head of Nursing – Unscheduled Care"], None, "Monthly until target achieved"))]),
        ]),
    ]
    hdr = ["Risk/finding/issue", "Improvement needed", "Standard / Regulation", "Service action",
           "Responsible officer", "Timescale"]
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for j, h in enumerate(hdr):
        set_cell(t.rows[0].cells[j], h, bold=True)
        shade(t.rows[0].cells[j], "BDD7EE")
    actions = []
    for sec_title, items in sections:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[5])
        set_cell(m, sec_title, bold=True, size=10)
        shade(m, "D9D9D9")
        for finding, improvement, standard, svc in items:
            first = None
            for k, (sa, officer, timescale, exp) in enumerate(svc):
                row = t.add_row()
                if k == 0:
                    set_cell(row.cells[0], finding)
                    set_cell(row.cells[1], improvement)
                    set_cell(row.cells[2], standard)
                    first = row
                set_cell(row.cells[3], sa)
                set_cell(row.cells[4], officer)
                set_cell(row.cells[5], timescale)
                lead, end, end_text = exp
                actions.append(act(None, [sec_title, improvement], sa, lead, end, "unrated", end_text))
            if len(svc) > 1:
                last = t.rows[len(t.rows) - 1]
                for j in range(3):
                    first.cells[j].merge(last.cells[j])
    doc.add_paragraph()
    doc.add_paragraph("The following section must be completed by a representative of the service who has overall "
                      "responsibility and accountability for ensuring the improvement plan is actioned.")
    so = doc.add_table(rows=4, cols=2)
    so.style = "Table Grid"
    for i, (k, v) in enumerate([("Service representative", ""), ("Name (print):", "Sian Lewis"),
                                ("Job role:", "Head of Nursing – Unscheduled Care, Withybush General Hospital"),
                                ("Date:", "22 September 2025")]):
        set_cell(so.cell(i, 0), k, bold=True, size=10)
        set_cell(so.cell(i, 1), v, size=10)
    doc.save(path(name))
    EXPECTED[name] = {
        "source": "Hywel Dda University Health Board, response to an HIW unannounced hospital ward inspection (Withybush General Hospital, 2025). Imitates the HIW improvement plan template appended to HIW inspection reports (hiw.org.uk; e.g. the Wrexham Maelor follow-up inspection report at vdocuments.net/follow-up-inspection-unannounced.html): service/ward/date table, one table with columns Risk/finding/issue, Improvement needed, Standard / Regulation, Service action, Responsible officer, Timescale, section rows for the three HIW themes, finding cells merged down over two service actions, and the service representative sign-off table.",
        "reads": "A Word improvement plan for Ward 10 with one plan table split by the three HIW themes (Quality of the patient experience; Delivery of safe and effective care; Quality of management and leadership). Each service action answers the improvement needed in its row; there are no refs and no RAG, so every action is unrated. The service/ward table and the sign-off table are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }


# ---------------------------------------------------------------------------
# 3. NHS Highland - HIS safe delivery of care, Caithness General (xlsx)
# ---------------------------------------------------------------------------
def make_his_caithness():
    name = "zob-nhs-highland-his-caithness-general-hospital-safe-delivery-of-care-improvement-action-plan.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Action plan"
    title = "Healthcare Improvement Scotland Safe Delivery of Care Inspection – Improvement Action Plan"
    ws.merge_cells("A1:H1")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    meta = [("NHS board:", "NHS Highland"),
            ("Hospital:", "Caithness General Hospital, Wick"),
            ("Inspection:", "Unannounced safe delivery of care inspection, 4 – 6 February 2025"),
            ("Report published:", "29 April 2025"),
            ("Action plan last updated:", "14 October 2025")]
    for i, (k, v) in enumerate(meta, start=2):
        ws.cell(row=i, column=1, value=k).font = Font(bold=True)
        ws.merge_cells(start_row=i, start_column=2, end_row=i, end_column=4)
        ws.cell(row=i, column=2, value=v)
    hdr = ["Ref", "Requirement / recommendation", "Action planned", "Timescale to meet action",
           "Responsibility for taking action", "Progress against action planned", "Date completed", "Status"]
    hr = 8
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(row=hr, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", start_color="004785", end_color="004785")
        c.alignment = WRAP
        c.border = BOX
    domains = [
        ("Domain 4.1 – Pathways, procedures and policies", [
            ("Requirement 1: NHS Highland must ensure that patient care records are accurately and consistently completed, including fluid balance and food record charts.", [
                ("1.1", "Introduce a weekly peer review audit of fluid balance and food record charts on each ward, with results shared at the daily safety huddle.",
                 "30 June 2025", "Senior Charge Nurses", "Audit in place on all three wards since June; compliance improved from 58% to 86%.", "30/06/2025", "blue",
                 (["Senior Charge Nurses"], "2025-06", None)),
                ("1.2", "Deliver bite-size teaching on accurate completion of fluid balance charts to registered nurses and healthcare support workers.",
                 "31 August 2025", "Clinical Nurse Educator", "Delivered to 74% of staff; further sessions planned for night shift staff.", "", "amber",
                 (["Clinical Nurse Educator"], "2025-08", None)),
            ]),
            ("Requirement 2: NHS Highland must ensure the safe and secure storage of medicines, including intravenous fluids.", [
                ("2.1", "Fit keypad locks to the intravenous fluid storage rooms in the combined assessment unit and ward 2.",
                 "31 July 2025", "Estates Manager (North)", "Locks fitted 22 July 2025.", "22/07/2025", "blue",
                 (["Estates Manager (North)"], "2025-07", None)),
                ("2.2", "Include medicines storage in the monthly Excellence in Care assurance checks carried out by Senior Charge Nurses.",
                 "Ongoing from July 2025", "Senior Charge Nurses / Lead Nurse", "Included in checks from July; no storage issues found in August or September.", "", "green",
                 (["Senior Charge Nurses", "Lead Nurse"], None, "Ongoing from July 2025")),
            ]),
            ("Requirement 3: NHS Highland must ensure that the care environment and patient equipment are clean and in a good state of repair to support effective cleaning.", [
                ("3.1", "Complete an environmental audit of all clinical areas and add the repairs identified to the estates maintenance programme, prioritising damaged flooring.",
                 "30 September 2025", "Estates Manager (North); Infection Prevention and Control Nurse", "Audit complete; 31 of 44 repairs completed and the remainder scheduled.", "", "amber",
                 (["Estates Manager (North)", "Infection Prevention and Control Nurse"], "2025-09", None)),
                ("3.2", "Replace the damaged mattresses identified during the inspection and introduce a quarterly mattress audit.",
                 "June 2025", "Senior Charge Nurses", "12 mattresses replaced; quarterly audit schedule agreed.", "13/06/2025", "blue",
                 (["Senior Charge Nurses"], "2025-06", None)),
            ]),
        ]),
        ("Domain 4.3 – Workforce planning, monitoring and deployment", [
            ("Requirement 4: NHS Highland must ensure that all staff complete mandatory training, including fire safety and basic life support.", [
                ("4.1", "Provide monthly mandatory training compliance reports, by staff member, to each Senior Charge Nurse.",
                 "31 May 2025", "Practice Education Lead", "Reports issued monthly since May.", "31/05/2025", "blue",
                 (["Practice Education Lead"], "2025-05", None)),
                ("4.2", "Schedule additional on-site basic life support and fire safety sessions at Caithness General Hospital.",
                 "31 December 2025", "Resuscitation Officer / Fire Safety Adviser", "Sessions booked for October and November 2025.", "", "green",
                 (["Resuscitation Officer", "Fire Safety Adviser"], "2025-12", None)),
            ]),
            ("Recommendation a: NHS Highland should ensure that the outcome of the real-time staffing risk escalation process is recorded.", [
                ("a.1", "Implement the SafeCare real-time staffing tool in the combined assessment unit and record escalation outcomes in the site huddle log.",
                 "31 March 2026", "Lead Nurse, Caithness", "Go-live delayed by the eRostering upgrade; revised implementation plan to be agreed.", "", "red",
                 (["Lead Nurse, Caithness"], "2026-03", None)),
            ]),
        ]),
    ]
    r = hr + 1
    actions = []
    for dom, reqs in domains:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        c = ws.cell(row=r, column=1, value=dom)
        c.font = Font(bold=True)
        c.fill = fill("lightblue")
        r += 1
        for req, acts in reqs:
            first = r
            ws.cell(row=r, column=2, value=req)
            for (ref, text, ts, resp, prog, done, col, exp) in acts:
                vals = [ref, None, text, ts, resp, prog, done, None]
                for j, v in enumerate(vals, start=1):
                    if v is not None:
                        ws.cell(row=r, column=j, value=v)
                    ws.cell(row=r, column=j).border = BOX
                    ws.cell(row=r, column=j).alignment = WRAP
                ws.cell(row=r, column=8).fill = fill(col)
                lead, end, end_text = exp
                actions.append(act(ref, [dom, req], text, lead, end, col, end_text))
                r += 1
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Status is shown by cell colour – see the Key and sign-off sheet.").font = Font(italic=True)
    for col, w in zip("ABCDEFGH", [6, 44, 50, 18, 26, 44, 14, 9]):
        ws.column_dimensions[col].width = w

    ks = wb.create_sheet("Key and sign-off")
    ks["A1"] = "Status key"
    ks["A1"].font = Font(bold=True)
    for i, (col, txt) in enumerate([("blue", "Action completed"), ("green", "On track to meet timescale"),
                                    ("amber", "Timescale passed or at risk – action in progress"),
                                    ("red", "Not progressing – escalated to Acute Services senior management team")], start=2):
        ks[f"A{i}"].fill = fill(col)
        ks[f"B{i}"] = txt
    ks["A8"] = "Action plan approved by"
    ks["A8"].font = Font(bold=True)
    ks["A9"], ks["B9"] = "Name:", "Claire Mackay"
    ks["A10"], ks["B10"] = "Designation:", "Board Nurse Director, NHS Highland"
    ks["A11"], ks["B11"] = "Date:", "20 May 2025"
    ks.column_dimensions["A"].width = 24
    ks.column_dimensions["B"].width = 70
    wb.save(path(name))
    EXPECTED[name] = {
        "source": "NHS Highland, improvement action plan following a Healthcare Improvement Scotland unannounced safe delivery of care inspection of Caithness General Hospital (2025). Copies the HIS improvement action plan form (NHS board / hospital / inspection header; Requirement / recommendation, Action planned, Timescale to meet action, Responsibility for taking action, Progress against action planned, Date completed) with requirements grouped under HIS quality framework domains, as described on healthcareimprovementscotland.scot (safe delivery of care programme; 'requirements' terminology page). The board's own additions: a fill-only status column with its key and the sign-off on a second sheet.",
        "reads": "One action-plan sheet: two domain rows, under them four requirements and one recommendation, each in a merged cell beside its numbered actions (1.1–4.2, a.1). Status is given only by the colour of the Status cell, explained by the key on the second sheet; the 'Date completed' column is not the due date.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }


# ---------------------------------------------------------------------------
# 4. Park View Group Practice - CQC assessment action plan (csv) - REFUSE
# ---------------------------------------------------------------------------
def make_gp_csv():
    name = "zob-park-view-group-practice-cqc-assessment-action-plan-typo-month-refuse.csv"
    rows = [
        ["Park View Group Practice – CQC Assessment Action Plan", "", "", "", "", "", ""],
        ["Following CQC assessment published 12 June 2025. Overall rating: Requires improvement (Safe: Requires improvement; Well-led: Requires improvement)", "", "", "", "", "", ""],
        ["Plan owner: Practice Manager. Last reviewed at partners' meeting 2 September 2025", "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["Ref", "Quality statement", "Requirement / what CQC found", "Action", "Lead", "Target date", "RAG"],
        ["1.1", "Safe – Medicines optimisation", "Regulation 12: Patients prescribed high-risk medicines were not always monitored in line with guidance.",
         "Run weekly searches for patients on methotrexate, lithium and DOACs who are overdue monitoring, and recall them.", "Clinical Pharmacist / Dr R Shah", "31/07/2025", "Complete"],
        ["1.2", "", "", "Add a high-risk drug monitoring check to the prescription re-authorisation protocol and train reception and prescribing staff.", "Practice Manager", "31/08/2025", "Complete"],
        ["1.3", "", "", "Complete structured medication reviews for patients on 10 or more medicines, starting with care home residents.", "Clinical Pharmacist", "31/03/2026", "On track"],
        ["2.1", "Safe – Safe and effective staffing", "Regulation 19: Recruitment checks were incomplete for two locum clinicians.",
         "Audit all staff files against Schedule 3 and obtain any missing DBS checks, references and immunisation records.", "Practice Manager", "30/09/2025", "Complete"],
        ["2.2", "", "", "Introduce a locum induction and pre-employment checks checklist, signed off before the first session.", "Practice Manager; Operations Manager", "31/10/2025", "On track"],
        ["3.1", "Safe – Infection prevention and control", "The annual infection prevention and control audit had not been completed since 2022.",
         "Complete the annual IPC audit with the ICB infection prevention team and act on its findings.", "Lead Practice Nurse", "Novmber 2025", "On track"],
        ["4.1", "Well-led – Governance, management and sustainability", "Regulation 17: The system for acting on MHRA safety alerts was not effective.",
         "Keep a log of MHRA alerts showing searches run and action taken, reviewed at the monthly clinical meeting.", "Dr R Shah; Practice Manager", "31/07/2025", "Complete"],
        ["4.2", "", "", "Hold a quarterly governance meeting with minutes covering significant events, complaints, audits and the risk register.", "Managing Partner / Practice Manager", "Dec-25", "On track"],
        ["5.1", "Responsive – Equity in access", "Patients told us it was difficult to get through on the telephone at 8am.",
         "Review telephone demand data monthly and adjust the reception rota at peak times.", "Operations Manager", "Ongoing", "On track"],
        ["", "", "", "", "", "", ""],
        ["Key: Complete / On track / At risk / Overdue. Progress is reviewed monthly at the partners' meeting.", "", "", "", "", "", ""],
    ]
    with open(path(name), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        for r in rows:
            w.writerow(r)
    # line of the typo (1-based line number in the file)
    typo_line = next(i for i, r in enumerate(rows, start=1) if "Novmber" in r[5])
    EXPECTED[name] = {
        "source": "Park View Group Practice (GP practice), action plan after a CQC assessment under the single assessment framework, 2025. Layout of a practice-made CSV/Excel tracker: title and context lines, then Ref, quality statement (key question – quality statement), requirement or finding with the regulation breached, action, lead, target date, RAG word; quality statement and finding written once on the first action of each group and left blank below it; a key line at the foot.",
        "reads": f"A GP practice action plan of nine numbered actions grouped by CQC quality statement. On line {typo_line} (action 3.1, the IPC audit) the target date reads 'Novmber 2025', a mistyped month, so a careful reader stops and asks before reading the plan.",
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_line,
        "title": "Park View Group Practice – CQC Assessment Action Plan",
    }


# ---------------------------------------------------------------------------
# 5. Garden House Hospice Care - Quality Account priorities tracker (txt, TSV)
# ---------------------------------------------------------------------------
def make_hospice_txt():
    name = "zob-garden-house-hospice-care-quality-account-priorities-tracker-2025-26.txt"
    title = "Garden House Hospice Care – Quality Account 2025/26: quality priorities progress tracker"
    P1 = "Priority 1 – Patient safety: reduce the number of falls resulting in harm on the Inpatient Unit"
    P2 = "Priority 2 – Clinical effectiveness: improve recognition and care in the last days of life in the community"
    P3 = "Priority 3 – Patient and family experience: strengthen support for carers before and after bereavement"
    hdr = ["Ref", "Action", "Lead(s)", "Target date", "Q1 RAG", "Q2 RAG", "Q2 update"]
    data = [
        ("P", P1),
        ("1.1", "Introduce a falls safety huddle at each handover on the Inpatient Unit", "Falls Lead Nurse", "Sept 2025", "G", "B",
         "Huddle in place from August and built into the handover template.", (["Falls Lead Nurse"], "2025-09", None, "blue")),
        ("1.2", "Trial low-rise beds and sensor mats for patients assessed as at high risk of falls", "IPU Ward Manager; Head of Estates", "Dec-25", "A", "A",
         "Two beds delivered; sensor mat supplier has delayed delivery to November.", (["IPU Ward Manager", "Head of Estates"], "2025-12", None, "amber")),
        ("C", "Revised delivery date confirmed by the supplier in writing."),
        ("1.3", "Complete a multifactorial falls risk assessment within 24 hours of admission for every patient", "IPU Ward Manager", "Mar-26", "G", "G",
         "Compliance 88% in Q2 against a target of 95%.", (["IPU Ward Manager"], "2026-03", None, "green")),
        ("1.4", "Review every fall with harm at the weekly patient safety meeting and share learning in the monthly safety bulletin", "Director of Patient Care & Quality", "Ongoing", "G", "G",
         "All four falls with harm reviewed; learning shared in the July and September bulletins.", (["Director of Patient Care & Quality"], None, "Ongoing", "green")),
        ("P", P2),
        ("2.1", "Roll out the Last Days of Life care plan to the Hospice at Home and community nursing teams", "Head of Community Services", "31/01/2026", "G", "G",
         "Hospice at Home using the plan since September; community nursing teams to follow in December.", (["Head of Community Services"], "2026-01", None, "green")),
        ("2.2", "Deliver training on recognising dying to care home staff in North Hertfordshire and Stevenage", "Head of Education / Care Home Liaison Nurse", "Q3 2025/26", "A", "G",
         "Sessions delivered in 11 of 18 care homes; remaining homes booked.", (["Head of Education", "Care Home Liaison Nurse"], "2025-12", "Q3 2025/26", "green")),
        ("2.3", "Audit the use of anticipatory medicines in the community against local guidance", "Consultant in Palliative Medicine", "Feb-26", "", "G",
         "Audit tool agreed; data collection started in September.", (["Consultant in Palliative Medicine"], "2026-02", None, "green")),
        ("2.4", "Present the audit findings and resulting action plan to the Clinical Governance Committee", "Medical Director", "Mar-26", "", "Not started",
         "Depends on completion of 2.3.", (["Medical Director"], "2026-03", None, "unrated")),
        ("P", P3),
        ("3.1", "Launch a carers' support group at the Letchworth hospice and online", "Head of Family Support", "Jul-25", "B", "B",
         "Group launched in June; 14 carers attending regularly.", (["Head of Family Support"], "2025-07", None, "blue")),
        ("3.2", "Offer every carer a carer's needs conversation within two weeks of referral", "Head of Family Support; Community CNS Team Leader", "Mar-26", "A", "R",
         "Vacancies in the CNS team have limited the number of conversations; recovery plan to go to the Q3 Clinical Governance Committee.",
         (["Head of Family Support", "Community CNS Team Leader"], "2026-03", None, "red")),
        ("3.3", "Introduce a bereavement feedback survey with online and paper forms", "Patient Experience Lead", "Oct-25", "G", "G",
         "Survey wording co-produced with the bereavement volunteers; launch planned for October.", (["Patient Experience Lead"], "2025-10", None, "green")),
        ("3.4", "Recruit and train six additional bereavement support volunteers", "Volunteer Services Manager", "Nov-25", "G", "A",
         "Three volunteers recruited; next training course starts in January.", (["Volunteer Services Manager"], "2025-11", None, "amber")),
    ]
    lines = [title,
             "Reported to the Clinical Governance Committee, 21 October 2025 (Quarter 2)",
             "",
             "RAG key: B = complete; G = on track; A = some slippage, recovery plan in place; R = off track",
             "",
             "\t".join(hdr)]
    actions = []
    under = None
    for item in data:
        if item[0] == "P":
            under = item[1]
            lines.append(item[1] + "\t" * 6)
        elif item[0] == "C":
            lines.append("\t" * 6 + item[1])
        else:
            ref, text, lead, tgt, q1, q2, upd, exp = item
            lines.append("\t".join([ref, text, lead, tgt, q1, q2, upd]))
            l, e, et, st = exp
            actions.append(act(ref, [under], text, l, e, st, et))
    lines += ["",
              "Summary at Q2\tB 2\tG 6\tA 2\tR 1\tNot started 1\tTotal 12",
              "Note: the Q2 RAG is the current position. Priorities were agreed by the Board of Trustees in June 2025 after consultation with patients, families, staff and volunteers."]
    with open(path(name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    EXPECTED[name] = {
        "source": "Garden House Hospice Care (Letchworth Garden City), Quality Account 2025/26 priorities progress report to its Clinical Governance Committee, exported from Excel as tab-separated text. Imitates hospice Quality Account priority structure (three priorities across safety, effectiveness and experience, as in hospice Quality Accounts such as St Wilfrid's Hospice 2024-25 on issuu.com) with a quarterly RAG tracker: key line, priority heading rows, Q1 and Q2 RAG columns, a continuation line carrying on an update, a summary line and a note.",
        "reads": "Twelve numbered actions under three quality priorities. Each action has leads (two in some cells), a target month, quarter or 'Ongoing', and a Q1 and a Q2 RAG; the Q2 RAG is the current status. The line that only continues the 1.2 update, the key, summary and note lines are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }


# ---------------------------------------------------------------------------
# 6. Constance Care - Care Inspectorate care at home improvement plan (docx)
# ---------------------------------------------------------------------------
def make_constance_docx():
    name = "zob-constance-care-edinburgh-care-at-home-care-inspectorate-improvement-plan.docx"
    doc = Document()
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    title = "Care Inspectorate Improvement Plan – Constance Care (Edinburgh) Care at Home Service"
    doc.add_heading(title, level=0)
    ctl = doc.add_table(rows=6, cols=2)
    ctl.style = "Table Grid"
    for i, (k, v) in enumerate([("Service", "Constance Care – Edinburgh (Support Service – Care at Home)"),
                                ("Care service number", "CS2012309871"),
                                ("Inspection completed", "14 March 2025"),
                                ("Inspection report published", "9 April 2025"),
                                ("Plan owner", "Registered Manager"),
                                ("Version / last updated", "1.4 – 19 September 2025")]):
        set_cell(ctl.cell(i, 0), k, bold=True, size=10)
        set_cell(ctl.cell(i, 1), v, size=10)
        shade(ctl.cell(i, 0), "F2F2F2")
    doc.add_paragraph()
    doc.add_paragraph("Grades awarded at inspection", style="Heading 3")
    gr = doc.add_table(rows=5, cols=2)
    gr.style = "Table Grid"
    for i, (k, v) in enumerate([("Key question", "Grade"),
                                ("How well do we support people’s wellbeing?", "3 – Adequate"),
                                ("How good is our leadership?", "3 – Adequate"),
                                ("How good is our staff team?", "4 – Good"),
                                ("How well is our care and support planned?", "4 – Good")]):
        set_cell(gr.cell(i, 0), k, bold=(i == 0), size=10)
        set_cell(gr.cell(i, 1), v, bold=(i == 0), size=10)
    doc.add_paragraph()
    doc.add_paragraph("RAG key: Green – completed and evidenced; Amber – in progress; Red – not yet started or overdue.")

    parts = [
        ("Key question 1: How well do we support people’s wellbeing?", [
            ("Requirement 1",
             "By 30 June 2025, the provider must ensure that people receive their medication safely and as prescribed. To do this, the provider must, at a minimum, ensure that medication administration records are accurate and complete, and that staff who support people with medication are trained and assessed as competent.",
             "This is to comply with Regulation 4(1)(a) (Welfare of users) of The Social Care and Social Work Improvement Scotland (Requirements for Care Services) Regulations 2011 (SSI 2011/210).",
             [("1.1", "Move everyone supported with medication onto electronic medication administration records (eMAR) in the care planning system.",
               "Registered Manager", "31 May 2025", "All 46 people supported with medication now have eMAR.", "Green",
               (["Registered Manager"], "2025-05", None, "blue")),
              ("1.2", "Carry out observed medication competency assessments for all care staff, repeated annually.",
               "Care Co-ordinators / Training Officer", "30 June 2025", "92% of staff assessed; staff on long-term leave will be assessed on their return.", "Amber",
               (["Care Co-ordinators", "Training Officer"], "2025-06", None, "amber")),
              ("1.3", "Review eMAR alerts every week and follow up any missed or late medication with the staff member and, where needed, the person’s GP.",
               "Care Co-ordinators", "Weekly – ongoing", "Weekly review in place since May; recorded in the medication log.", "Green",
               (["Care Co-ordinators"], None, "Weekly – ongoing", "blue"))]),
            ("Area for improvement 1",
             "To support people’s health and wellbeing, the provider should ensure that people’s personal plans contain clear guidance on how to meet their skin care and pressure area needs.",
             "This is to ensure care and support is consistent with the Health and Social Care Standards (HSCS), which state that: ‘My personal plan (sometimes referred to as a care plan) is right for me because it sets out how my needs will be met, as well as my wishes and choices.’ (HSCS 1.15)",
             [("AFI 1.1", "Review the personal plans of everyone assessed as at risk of pressure damage and add skin care guidance agreed with the district nursing team.",
               "Care Co-ordinators", "End of August 2025", "31 of 38 plans reviewed; remaining plans booked with families.", "Amber",
               (["Care Co-ordinators"], "2025-08", None, "amber"))]),
        ]),
        ("Key question 2: How good is our leadership?", [
            ("Requirement 2",
             "By 31 July 2025, the provider must ensure that its quality assurance systems are effective in identifying and addressing areas for improvement, and that the outcomes of audits lead to action.",
             "This is to comply with Regulation 3 (Principles) and Regulation 4(1)(a) (Welfare of users) of The Social Care and Social Work Improvement Scotland (Requirements for Care Services) Regulations 2011 (SSI 2011/210).",
             [("2.1", "Introduce a quality assurance calendar covering audits of personal plans, medication, complaints, and accidents and incidents.",
               "Registered Manager", "30 June 2025", "Calendar in use from June; first full cycle of audits complete.", "Green",
               (["Registered Manager"], "2025-06", None, "blue")),
              ("2.2", "Report audit findings and progress on this improvement plan to the monthly governance meeting chaired by the Managing Director.",
               "Registered Manager; Managing Director", "Monthly", "Standing item since July 2025.", "Green",
               (["Registered Manager", "Managing Director"], None, "Monthly", "blue")),
              ("2.3", "Commission an external quality review of the service by an independent care consultant.",
               "Managing Director", "October 2025", "Not yet commissioned; quotes being obtained.", "Red",
               (["Managing Director"], "2025-10", None, "red"))]),
        ]),
        ("Key question 3: How good is our staff team?", [
            ("Area for improvement 2",
             "The provider should ensure that staff receive regular supervision that supports their practice and development.",
             "This is to ensure care and support is consistent with the HSCS, which state that: ‘I have confidence in people because they are trained, competent and skilled, are able to reflect on their practice and follow their professional and organisational codes.’ (HSCS 3.14)",
             [("AFI 2.1", "Agree a supervision schedule so that every member of staff has supervision at least every three months, recorded on the HR system.",
               "Care Co-ordinators", "31 July 2025", "Schedule agreed; 71% of staff supervised in the last quarter.", "Amber",
               (["Care Co-ordinators"], "2025-07", None, "amber")),
              ("AFI 2.2", "Train care co-ordinators in reflective supervision using the SSSC supervision learning resource.",
               "Training Officer", "w/c 08/09/25", "Training completed on 10 September 2025.", "Green",
               (["Training Officer"], "2025-09", None, "blue"))]),
        ]),
    ]
    rag_hex = {"Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    actions = []
    for kq, items in parts:
        doc.add_heading(kq, level=1)
        for label, text, cite, acts in items:
            doc.add_heading(label, level=2)
            doc.add_paragraph(text)
            p = doc.add_paragraph()
            r = p.add_run(cite)
            r.italic = True
            t = doc.add_table(rows=1, cols=6)
            t.style = "Table Grid"
            for j, h in enumerate(["No.", "Action we will take", "Person responsible", "Timescale", "Progress update", "RAG"]):
                set_cell(t.rows[0].cells[j], h, bold=True)
                shade(t.rows[0].cells[j], "DDEBF7")
            for (ref, a, who, when, prog, rag, exp) in acts:
                row = t.add_row()
                for j, v in enumerate([ref, a, who, when, prog, rag]):
                    set_cell(row.cells[j], v)
                shade(row.cells[5], rag_hex[rag])
                lead, end, end_text, status = exp
                actions.append(act(ref, [kq, text], a, lead, end, status, end_text))
            doc.add_paragraph()
    doc.add_paragraph("Signed: Registered Manager, on behalf of Constance Care Ltd. This plan is shared with our Care Inspectorate "
                      "inspector and reviewed at each monthly governance meeting.")
    doc.save(path(name))
    EXPECTED[name] = {
        "source": "Constance Care (Edinburgh), care at home service, provider improvement plan after a 2025 Care Inspectorate inspection. Follows how Care Inspectorate reports set out requirements ('By [date], the provider must ...' followed by 'This is to comply with Regulation ... SSI 2011/210') and areas for improvement (with the HSCS quotation) under the key questions of the quality framework (careinspectorate.com, new inspections / quality frameworks pages), with the provider's action table beneath each, a document-control table, a grades table and a RAG key in which Green means completed.",
        "reads": "A Word plan with three key-question headings; under them two requirements and two areas for improvement, each quoted in full with its regulation or standard, then a small action table. Nine actions (1.1–2.3, AFI 1.1–AFI 2.2) with RAG words; the document's own key says Green = completed and evidenced, so Green actions are complete. The control and grades tables are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }


# ---------------------------------------------------------------------------
# 7. CNTW - Reducing restrictive practice action plan 2025/26 (xlsx)
# ---------------------------------------------------------------------------
def make_cntw_rrp():
    name = "zob-cumbria-northumberland-tyne-and-wear-nhsft-reducing-restrictive-practice-action-plan-2025-26.xlsx"
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "Cumbria, Northumberland, Tyne and Wear NHS Foundation Trust"
    sm["A1"].font = Font(bold=True, size=12)
    sm["A2"] = "Positive and Safe: Reducing Restrictive Practice Action Plan 2025/26"
    sm["A2"].font = Font(bold=True, size=15)
    sm["A3"] = "Position at 30 September 2025 (Quarter 2) – reported to the Quality and Performance Committee, 22 October 2025"
    sm["A5"] = "RAG key"
    sm["A5"].font = Font(bold=True)
    for i, (k, col, txt) in enumerate([("BLUE", "blue", "Complete"), ("GREEN", "green", "On track"),
                                       ("AMBER", "amber", "At risk of slippage"), ("RED", "red", "Off track")], start=6):
        sm[f"A{i}"] = k
        sm[f"A{i}"].fill = fill(col)
        sm[f"B{i}"] = txt
    sm["A11"] = "Summary of actions by current RAG"
    sm["A11"].font = Font(bold=True)
    for i, (k, n) in enumerate([("BLUE", 2), ("GREEN", 5), ("AMBER", 3), ("RED", 1), ("Total", 11)], start=12):
        sm[f"A{i}"] = k
        sm[f"B{i}"] = n
    sm["A18"] = "The plan is structured around the Six Core Strategies for restraint reduction and supports the Trust's duties under the Mental Health Units (Use of Force) Act 2018."
    sm.column_dimensions["A"].width = 22
    sm.column_dimensions["B"].width = 40

    ws = wb.create_sheet("Action plan")
    ws.merge_cells("A1:H1")
    ws["A1"] = "Positive and Safe: Reducing Restrictive Practice Action Plan 2025/26"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Executive lead: Executive Director of Nursing, Therapies and Quality Assurance"
    hdr = ["Ref", "Action", "Lead(s)", "Original target date", "Revised target date",
           "Previous RAG (Q1)", "Current RAG (Q2)", "Progress update – Q2"]
    hr = 4
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(row=hr, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("navy")
        c.alignment = WRAP
        c.border = BOX
    D = dt.datetime
    themes = [
        ("Core strategy 1: Leadership towards organisational change", [
            ("1.1", "Refresh the Positive and Safe Strategy 2025–2028 with people with lived experience and carers, and take it to the Board of Directors for approval.",
             "Associate Director of Nursing – Positive and Safe", D(2025, 6, 30), D(2025, 9, 30), "AMBER", "BLUE",
             "Approved by the Board of Directors on 3 September 2025.", (["Associate Director of Nursing – Positive and Safe"], "2025-09", None, "blue")),
            ("1.2", "Hold a quarterly Positive and Safe review in each locality care group, chaired by the Group Nurse Director.",
             "Group Nurse Directors", D(2025, 12, 31), None, "GREEN", "GREEN",
             "North and Central reviews held in Q2; South review booked for 6 November.", (["Group Nurse Directors"], "2025-12", None, "green")),
        ]),
        ("Core strategy 2: Using data to inform practice", [
            ("2.1", "Build a restrictive practice dashboard showing restraint, seclusion, rapid tranquillisation and long-term segregation by ward, ethnicity, age and sex.",
             "Head of Informatics; Positive and Safe Lead Nurse", D(2025, 7, 31), None, "GREEN", "BLUE",
             "Dashboard live on the Trust intranet since 28 July 2025.", (["Head of Informatics", "Positive and Safe Lead Nurse"], "2025-07", None, "blue")),
            ("2.2", "Publish the annual use of force report, including data on protected characteristics, as required by the Mental Health Units (Use of Force) Act 2018.",
             "Associate Director of Nursing – Positive and Safe", D(2026, 3, 31), None, "GREEN", "GREEN",
             "Data validation under way; report drafting starts in January.", (["Associate Director of Nursing – Positive and Safe"], "2026-03", None, "green")),
        ]),
        ("Core strategy 3: Workforce development", [
            ("3.1", "Achieve 90% compliance with Restraint Reduction Network certified training for all inpatient staff.",
             "Head of Clinical Training", D(2025, 9, 30), D(2026, 3, 31), "AMBER", "AMBER",
             "Compliance 81%; four additional trainers are being accredited.", (["Head of Clinical Training"], "2026-03", None, "amber")),
            ("3.2", "Deliver trauma-informed care training to all inpatient ward managers and deputy ward managers.",
             "Trauma-Informed Care Lead", "Dec-25", None, "GREEN", "GREEN",
             "62 of 80 managers trained.", (["Trauma-Informed Care Lead"], "2025-12", None, "green")),
        ]),
        ("Core strategy 4: Use of restraint reduction tools", [
            ("4.1", "Implement Safewards interventions on all adult acute and psychiatric intensive care wards, with a fidelity check on each ward.",
             "Modern Matrons (Adult Acute and PICU)", D(2026, 1, 31), None, "GREEN", "AMBER",
             "Fidelity checks complete on 9 of 14 wards; staffing pressures on two wards in the South locality.", (["Modern Matrons (Adult Acute and PICU)"], "2026-01", None, "amber")),
            ("4.2", "Introduce the DASA risk assessment tool on all adult inpatient wards and record scores in the electronic patient record.",
             "Positive and Safe Lead Nurse / Clinical Systems Manager", D(2025, 10, 31), D(2026, 2, 28), "GREEN", "AMBER",
             "Form built; release delayed by the electronic patient record upgrade.", (["Positive and Safe Lead Nurse", "Clinical Systems Manager"], "2026-02", None, "amber")),
        ]),
        ("Core strategy 5: Service user and carer involvement", [
            ("5.1", "Recruit two peer support workers to the Positive and Safe team to co-deliver training and post-incident reviews.",
             "Head of Involvement and Recovery", D(2025, 11, 30), None, "AMBER", "RED",
             "Posts approved but recruitment paused under vacancy control; escalated to the Executive Management Group.", (["Head of Involvement and Recovery"], "2025-11", None, "red")),
        ]),
        ("Core strategy 6: Debriefing techniques", [
            ("6.1", "Offer every patient a post-incident debrief within 72 hours of restraint or seclusion and record the offer in the patient record.",
             "Ward Managers", "Ongoing", None, "GREEN", "GREEN",
             "Offer recorded in 84% of incidents in Q2.", (["Ward Managers"], None, "Ongoing", "green")),
            ("6.2", "Audit the quality of post-incident staff debriefs on 10 wards and report the findings to the Positive and Safe Group.",
             "Consultant Clinical Psychologist, Inpatient Services", "Q4 2025/26", None, None, "GREEN",
             "Audit tool agreed; wards selected.", (["Consultant Clinical Psychologist, Inpatient Services"], "2026-03", "Q4 2025/26", "green")),
        ]),
    ]
    colour = {"BLUE": "blue", "GREEN": "green", "AMBER": "amber", "RED": "red"}
    r = hr + 1
    actions = []
    for theme, acts in themes:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        c = ws.cell(row=r, column=1, value=theme)
        c.font = Font(bold=True)
        c.fill = fill("grey")
        r += 1
        for (ref, text, lead, orig, rev, prev, cur, prog, exp) in acts:
            vals = [ref, text, lead, orig, rev, prev, cur, prog]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=j, value=v)
                c.border = BOX
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "DD/MM/YYYY"
                if j in (6, 7) and v:
                    c.fill = fill(colour[v])
            l, e, et, st = exp
            actions.append(act(ref, [theme], text, l, e, st, et))
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Note: where a revised target date is shown it was agreed by the Positive and Safe Group; the original date is kept for audit purposes.").font = Font(italic=True)
    for col, w in zip("ABCDEFGH", [6, 60, 34, 14, 14, 12, 12, 50]):
        ws.column_dimensions[col].width = w
    wb.save(path(name))
    EXPECTED[name] = {
        "source": "Cumbria, Northumberland, Tyne and Wear NHS Foundation Trust (mental health and learning disability trust), Positive and Safe reducing restrictive practice action plan 2025/26, Q2 report to a quality committee. Themes follow the Six Core Strategies used by the Restraint Reduction Network and the NCCMH Reducing Restrictive Practice collaborative (rcpsych.ac.uk/improving-care/nccmh/reducing-restrictive-practice), with the Use of Force Act duties (england.nhs.uk reducing restrictive practice page). Copied tracker features: summary sheet with RAG key and totals block, theme rows merged across, original and revised target dates, previous and current RAG words with fills, a note line.",
        "reads": "Eleven numbered actions under six core-strategy theme rows on the 'Action plan' sheet. Where a revised target date is given it replaces the original; the Current RAG (Q2) column is the status, the Previous RAG (Q1) column is history. The Summary sheet's key and totals are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": "Positive and Safe: Reducing Restrictive Practice Action Plan 2025/26",
        "actions": actions,
    }


def write_expected():
    for name, d in EXPECTED.items():
        out = path(name) + ".expected.yaml"
        with open(out, "w", encoding="utf-8") as f:
            yaml.safe_dump(d, f, allow_unicode=True, sort_keys=False, width=110, default_flow_style=False)


def main():
    make_gm_baf()
    make_hiw_withybush()
    make_his_caithness()
    make_gp_csv()
    make_hospice_txt()
    make_constance_docx()
    make_cntw_rrp()
    if "--expected" in sys.argv:
        write_expected()
    for n in EXPECTED:
        print(n)


if __name__ == "__main__":
    main()
