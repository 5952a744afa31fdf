"""Build the seven zvm- blind test files (set heldout648).

Run with /work/main/.venv/bin/python zvm_make.py from any directory; files are
written beside this script.  Only files starting with "zvm-" are written.
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

RED = "FFFF0000"
AMBER = "FFFFC000"
GREEN = "FF00B050"
BLUE = "FF0070C0"
GREY = "FFD9D9D9"
HEAD = "FF1F3864"

thin = Side(style="thin", color="FF808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill(fill_type="solid", start_color=hex_, end_color=hex_)


def out(name):
    assert name.startswith("zvm-")
    return os.path.join(HERE, name)


def header_row(ws, row, labels, colour=HEAD):
    for i, lab in enumerate(labels, start=1):
        c = ws.cell(row=row, column=i, value=lab)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill(colour)
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BORDER


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Mid Ulster District Council - corporate risk register (xlsx, read)
# ---------------------------------------------------------------------------
def mid_ulster():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Mid Ulster District Council Corporate Risk Register 2025-26"
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = "Quarter 2 review – position at 30 September 2025"
    cov["A2"].font = Font(italic=True, size=12)
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    header_row(cov, 5, ["Version", "Date", "Author", "Reviewed by", "Comments"])
    rows = [
        ("1.0", "April 2025", "Risk & Insurance Officer", "Senior Management Team",
         "Annual refresh of register for 2025-26"),
        ("1.1", "July 2025", "Risk & Insurance Officer", "Audit Committee",
         "Q1 review – no new risks"),
        ("1.2", "October 2025", "Risk & Insurance Officer", "Audit Committee (14 October 2025)",
         "Q2 review – CR4 rescored following Storm Éowyn debrief"),
    ]
    for r, vals in enumerate(rows, start=6):
        for c, v in enumerate(vals, start=1):
            cell = cov.cell(row=r, column=c, value=v)
            cell.border = BORDER
            cell.alignment = WRAP
    for col, w in zip("ABCDE", (10, 14, 26, 34, 50)):
        cov.column_dimensions[col].width = w

    # Summary sheet
    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of corporate risks and further actions – Q2 2025-26"
    sm["A1"].font = Font(bold=True, size=13)
    header_row(sm, 3, ["Residual risk rating", "No. of risks"])
    for r, (lab, n, col) in enumerate(
            [("High (15-25)", 2, RED), ("Medium (8-12)", 2, AMBER), ("Low (1-6)", 0, GREEN),
             ("Total", 4, None)], start=4):
        sm.cell(row=r, column=1, value=lab).border = BORDER
        c = sm.cell(row=r, column=2, value=n)
        c.border = BORDER
        if col:
            sm.cell(row=r, column=1).fill = fill(col)
        else:
            sm.cell(row=r, column=1).font = Font(bold=True)
            c.font = Font(bold=True)
    header_row(sm, 10, ["Further action status", "No. of actions"])
    for r, (lab, n, col) in enumerate(
            [("G – on track", 4, GREEN), ("A – minor slippage", 3, AMBER),
             ("R – significant slippage", 1, RED), ("C – complete", 2, BLUE),
             ("Total", 10, None)], start=11):
        a = sm.cell(row=r, column=1, value=lab)
        a.border = BORDER
        c = sm.cell(row=r, column=2, value=n)
        c.border = BORDER
        if col:
            a.fill = fill(col)
        else:
            a.font = Font(bold=True)
            c.font = Font(bold=True)
    sm.column_dimensions["A"].width = 30
    sm.column_dimensions["B"].width = 16

    # Register
    ws = wb.create_sheet("Corporate Risk Register")
    ws["A1"] = "Mid Ulster District Council – Corporate Risk Register 2025-26 (Q2)"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:M1")
    ws["A2"] = ("Notes: Scores are Likelihood x Impact (see Risk Matrix & Key tab). Residual score "
                "reflects controls in place at 30/09/2025.")
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:M2")
    header_row(ws, 4, ["Risk", "Risk Description", "Risk Owner", "Inherent Score",
                       "Key Controls in Place", "Residual Score", "Trend", "Action No.",
                       "Further Action Required", "Action Owner", "Target Date", "Status",
                       "Q2 Progress Update"])
    risks = [
        ("CR1 Financial Sustainability",
         "Risk that reduced rates income, rising costs and pressure on central grants mean the "
         "Council is unable to set a balanced budget and maintain services.",
         "Director of Finance", 20,
         "Annual estimates process; monthly budget monitoring to SMT; reserves policy; "
         "Policy & Resources Committee oversight.", 16, "↔",
         [("1.1", "Develop Medium Term Financial Plan 2026-27 to 2028-29 and present to Policy & "
                  "Resources Committee.", "Director of Finance", d(2026, 2, 28), "DD/MM/YYYY",
           "G", "Draft assumptions agreed by SMT in September."),
          ("1.2", "Complete review of fees and charges, including leisure and building control "
                  "income.", "Director of Finance / Head of Leisure", d(2025, 12, 31), "MMM-YY",
           "A", "Leisure benchmarking delayed; report now to December committee."),
          ("1.3", "Lobby the Department for Communities on rates support grant and rural needs "
                  "funding through NILGA.", "Chief Executive", "Ongoing", None, "G",
           "Joint letter issued with other councils in August.")]),
        ("CR2 Cyber Security and ICT Resilience",
         "Risk of a cyber attack or major ICT failure resulting in loss of systems, data or "
         "services to the public.",
         "Director of Organisational Development, Strategy & Performance", 20,
         "Firewalls and endpoint protection; staff e-learning; backup and recovery "
         "arrangements; PSN compliance.", 12, "↓",
         [("2.1", "Roll out multi-factor authentication to all remaining Council mobile devices.",
           "Head of ICT", d(2025, 10, 31), "DD/MM/YYYY", "C",
           "Complete – 412 devices enrolled."),
          ("2.2", "Undertake cyber incident response exercise with SMT and Emergency Planning.",
           "Head of ICT; Emergency Planning Officer", "Q3 2025/26", None, "A",
           "Exercise date to be confirmed with NI Cyber Security Centre."),
          ("2.3", "Achieve Cyber Essentials Plus accreditation.", "Head of ICT",
           d(2026, 3, 31), "DD/MM/YYYY", "G", "Gap assessment complete.")]),
        ("CR3 Waste Disposal Capacity",
         "Risk that landfill capacity and the absence of a long-term residual waste treatment "
         "contract lead to increased costs and failure to meet recycling targets.",
         "Director of Environment & Property", 20,
         "Interim disposal contracts; recycling and food waste collections; landfill cell "
         "monitoring at Magheraglass.", 15, "↑",
         [("3.1", "Complete options appraisal for long-term residual waste treatment contract.",
           "Director of Environment & Property", "March 2026", None, "A",
           "Consultant appointed; stakeholder workshops in November."),
          ("3.2", "Submit planning application for Magheraglass landfill cell 5 extension.",
           "Head of Environmental Services", d(2025, 11, 30), "DD/MM/YYYY", "R",
           "Ground investigation report outstanding; application unlikely before year end.")]),
        ("CR4 Civil Contingencies and Business Continuity",
         "Risk that the Council cannot respond effectively to a major emergency or maintain "
         "critical services during disruption.",
         "Chief Executive", 12,
         "Emergency Plan; business continuity plans for critical services; on-call rota; "
         "Emergency Preparedness Group membership.", 8, "↔",
         [("4.1", "Test Council business continuity plans for critical services through a "
                  "desktop exercise.", "Emergency Planning Officer", d(2026, 1, 31),
           "DD/MM/YYYY", "G", "Scenario being developed."),
          ("4.2", "Review flood response arrangements with DfI Rivers and PSNI following Storm "
                  "Éowyn.", "Head of Environmental Services / Emergency Planning Officer",
           d(2025, 6, 30), "DD/MM/YYYY", "C", "Complete – debrief report to SMT June 2025.")]),
    ]
    status_fill = {"G": GREEN, "A": AMBER, "R": RED, "C": BLUE}

    def score_fill(n):
        return RED if n >= 15 else AMBER if n >= 8 else GREEN

    r = 5
    for (risk, desc, owner, inh, ctrls, res, trend, acts) in risks:
        first = r
        for (no, text, aown, tgt, fmt, st, upd) in acts:
            ws.cell(row=r, column=8, value=no)
            ws.cell(row=r, column=9, value=text)
            ws.cell(row=r, column=10, value=aown)
            c = ws.cell(row=r, column=11, value=tgt)
            if fmt == "DD/MM/YYYY":
                c.number_format = "DD/MM/YYYY"
            elif fmt == "MMM-YY":
                c.number_format = "mmm-yy"
            s = ws.cell(row=r, column=12, value=st)
            s.fill = fill(status_fill[st])
            s.alignment = Alignment(horizontal="center", vertical="top")
            ws.cell(row=r, column=13, value=upd)
            r += 1
        last = r - 1
        vals = [risk, desc, owner, inh, ctrls, res, trend]
        for col, v in enumerate(vals, start=1):
            ws.cell(row=first, column=col, value=v)
            if last > first:
                ws.merge_cells(start_row=first, start_column=col, end_row=last, end_column=col)
        ws.cell(row=first, column=4).fill = fill(score_fill(inh))
        ws.cell(row=first, column=6).fill = fill(score_fill(res))
        ws.cell(row=first, column=1).font = Font(bold=True)
        for rr in range(first, last + 1):
            for cc in range(1, 14):
                ws.cell(row=rr, column=cc).border = BORDER
                if cc not in (12,):
                    ws.cell(row=rr, column=cc).alignment = WRAP
    ws.cell(row=r + 1, column=1,
            value="End of register – 4 corporate risks; 10 further actions (see Summary tab).")
    ws.cell(row=r + 1, column=1).font = Font(italic=True)
    widths = [26, 40, 24, 10, 36, 10, 7, 8, 44, 30, 13, 8, 40]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[ws.cell(row=4, column=i).column_letter].width = w
    ws.freeze_panes = "A5"

    key = wb.create_sheet("Risk Matrix & Key")
    key["A1"] = "Risk scoring matrix (Likelihood x Impact)"
    key["A1"].font = Font(bold=True, size=13)
    key["A3"] = "Impact →"
    for i in range(1, 6):
        key.cell(row=3, column=i + 1, value=i).font = Font(bold=True)
    for lk in range(5, 0, -1):
        row = 4 + (5 - lk)
        key.cell(row=row, column=1, value=f"Likelihood {lk}").font = Font(bold=True)
        for im in range(1, 6):
            sc = lk * im
            c = key.cell(row=row, column=im + 1, value=sc)
            c.fill = fill(score_fill(sc))
            c.alignment = Alignment(horizontal="center")
            c.border = BORDER
    key["A11"] = "Risk rating: 1–6 Low (green); 8–12 Medium (amber); 15–25 High (red)"
    key["A13"] = "Further action status key"
    key["A13"].font = Font(bold=True)
    for rr, (k, lab, col) in enumerate(
            [("G", "On track", GREEN), ("A", "Minor slippage / at risk", AMBER),
             ("R", "Significant slippage", RED), ("C", "Complete", BLUE)], start=14):
        c = key.cell(row=rr, column=1, value=k)
        c.fill = fill(col)
        key.cell(row=rr, column=2, value=lab)
    key["A19"] = "Trend: ↑ increasing   ↔ no change   ↓ reducing"
    key.column_dimensions["A"].width = 16
    key.column_dimensions["B"].width = 26

    wb.save(out("zvm-mid-ulster-dc-corporate-risk-register-2025-26.xlsx"))


# ---------------------------------------------------------------------------
# 2. SPS HMP Greenock - HMIPS inspection action plan (xlsx, refuse)
# ---------------------------------------------------------------------------
def greenock():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = "SCOTTISH PRISON SERVICE"
    ws["A1"].font = Font(bold=True, size=12, color="FF1F3864")
    ws["A2"] = "HMP Greenock – HMIPS Full Inspection Action Plan"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = ("Inspection 13–24 March 2023 | Report published August 2023 | Progress as at "
                "31 January 2024")
    ws["A4"] = "RAG: Red – off track | Amber – at risk of slippage | Green – on track | Blue – complete"
    ws["A4"].font = Font(italic=True)
    for rr in (1, 2, 3, 4):
        ws.merge_cells(start_row=rr, start_column=1, end_row=rr, end_column=8)
    header_row(ws, 6, ["Rec No.", "HMIPS Recommendation", "SPS Response", "Action",
                       "Action Owner", "Target Date", "Progress Update", "RAG"])
    rag_fill = {"G": GREEN, "A": AMBER, "R": RED, "B": BLUE}
    # (row kind, values)
    plan = [
        ("band", "Standard 2 – Decency"),
        ("rec", "1",
         "HMP Greenock is no longer fit for purpose. The SPS should progress plans for a "
         "replacement establishment to serve Inverclyde and the West of Scotland.",
         "Accepted",
         [("Submit HMP Greenock replacement proposal within the SPS Estates Strategy business "
           "case to Scottish Government.", "Head of Estates", d(2024, 3, 31), "DD/MM/YYYY",
           "Outline business case in preparation.", "G"),
          ("Complete roof and guttering repairs to Ailsa Hall and return the remaining cells "
           "affected by water ingress to use.", "Facilities Manager", d(2024, 6, 30),
           "DD/MM/YYYY", "Contractor appointed; works start April 2024.", "A")]),
        ("rec", "2",
         "The kitchen ventilation system and flooring should be replaced without further delay.",
         "Accepted",
         [("Replace kitchen extraction and ventilation system.", "Facilities Manager",
           d(2024, 9, 30), "DD/MM/YYYY", "Specification agreed with SPS Estates.", "A"),
          ("Install new non-slip flooring in main kitchen and servery.",
           "Catering Manager / Facilities Manager", d(2024, 11, 30), "MMM-YY",
           "Scheduled after ventilation works.", "G")]),
        ("band", "Standard 6 – Purposeful Activity"),
        ("rec", "3",
         "The range and number of work opportunities should be increased so that all prisoners "
         "who wish to work are able to do so.",
         "Accepted",
         [("Review work party allocations and introduce two additional work parties (recycling "
           "and laundry).", "Head of Offender Outcomes", d(2024, 5, 31), "DD/MM/YYYY",
           "Laundry party started January 2024.", "G"),
          ("Develop a vocational training partnership with a local employer for the recycling "
           "party.", "Head of Offender Outcomes", "0ct-2024", None,
           "Initial discussions held with Inverclyde Council.", "A")]),
        ("rec", "4",
         "The learning centre should be fully utilised, with classes available at times that "
         "do not conflict with work and visits.",
         "Accepted",
         [("Agree revised learning centre timetable with the learning provider to include "
           "evening and weekend sessions.", "Learning Centre Manager", d(2024, 3, 31),
           "DD/MM/YYYY", "Draft timetable shared with provider.", "G")]),
        ("band", "Standard 9 – Health and Wellbeing"),
        ("rec", "5",
         "NHS Greater Glasgow and Clyde and HMP Greenock should ensure that prisoners can access "
         "mental health services within the national waiting time standard.",
         "Accepted (NHS GGC)",
         [("Recruit additional mental health nurse and review referral triage.",
           "Health Centre Manager (NHS GGC)", d(2024, 8, 31), "DD/MM/YYYY",
           "Post advertised February 2024.", "A"),
          ("Report mental health waiting times monthly to the Local Delivery Group.",
           "Health Centre Manager (NHS GGC)", "Monthly", None, "Reporting started December 2023.",
           "G")]),
    ]
    r = 7
    for item in plan:
        if item[0] == "band":
            c = ws.cell(row=r, column=1, value=item[1])
            c.font = Font(bold=True)
            for cc in range(1, 9):
                ws.cell(row=r, column=cc).fill = fill(GREY)
                ws.cell(row=r, column=cc).border = BORDER
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            r += 1
            continue
        _, no, rec, resp, acts = item
        first = r
        for (text, owner, tgt, fmt, prog, rag) in acts:
            ws.cell(row=r, column=4, value=text)
            ws.cell(row=r, column=5, value=owner)
            c = ws.cell(row=r, column=6, value=tgt)
            if fmt == "DD/MM/YYYY":
                c.number_format = "DD/MM/YYYY"
            elif fmt == "MMM-YY":
                c.number_format = "mmm-yy"
            ws.cell(row=r, column=7, value=prog)
            g = ws.cell(row=r, column=8, value=rag)
            g.fill = fill(rag_fill[rag])
            g.alignment = Alignment(horizontal="center", vertical="top")
            r += 1
        last = r - 1
        ws.cell(row=first, column=1, value=no)
        ws.cell(row=first, column=2, value=rec)
        ws.cell(row=first, column=3, value=resp)
        if last > first:
            for cc in (1, 2, 3):
                ws.merge_cells(start_row=first, start_column=cc, end_row=last, end_column=cc)
        for rr in range(first, last + 1):
            for cc in range(1, 9):
                ws.cell(row=rr, column=cc).border = BORDER
                if cc != 8:
                    ws.cell(row=rr, column=cc).alignment = WRAP
    r += 1
    ws.cell(row=r, column=1,
            value="Summary: 9 actions – Green 5, Amber 4, Red 0, Blue 0")
    ws.cell(row=r, column=1).font = Font(bold=True)
    for i, w in enumerate([8, 44, 14, 46, 28, 13, 36, 7], start=1):
        ws.column_dimensions[ws.cell(row=6, column=i).column_letter].width = w
    ws.freeze_panes = "A7"

    vc = wb.create_sheet("Version Control")
    header_row(vc, 1, ["Version", "Date", "Updated by", "Changes"])
    for rr, vals in enumerate([
            ("0.1", "September 2023", "Deputy Governor", "Draft for SPS Executive"),
            ("1.0", "October 2023", "Deputy Governor", "Submitted to HMIPS"),
            ("1.1", "January 2024", "Head of Operations", "Quarterly progress update")],
            start=2):
        for cc, v in enumerate(vals, start=1):
            vc.cell(row=rr, column=cc, value=v).border = BORDER
    for col, w in zip("ABCD", (10, 16, 22, 36)):
        vc.column_dimensions[col].width = w
    wb.save(out("zvm-sps-hmp-greenock-hmips-inspection-action-plan-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# 3. Pembrokeshire PSB - well-being plan delivery plan (xlsx, read)
# ---------------------------------------------------------------------------
def pembrokeshire_psb():
    wb = Workbook()
    ov = wb.active
    ov.title = "Overview"
    ov["A1"] = "Pembrokeshire Public Services Board – Well-being Plan Delivery Plan 2025-26"
    ov["A1"].font = Font(bold=True, size=15)
    ov["A2"] = ("Well-being Plan 2023-2028 | Quarter 2 monitoring (July – September 2025) for the "
                "PSB meeting on 4 November 2025")
    ov["A4"] = "Progress key"
    ov["A4"].font = Font(bold=True)
    for rr, (col, lab) in enumerate([(GREEN, "On track"),
                                     (AMBER, "Some slippage – being managed"),
                                     (RED, "Significant delay / at risk"),
                                     (BLUE, "Complete")], start=5):
        ov.cell(row=rr, column=1).fill = fill(col)
        ov.cell(row=rr, column=1).border = BORDER
        ov.cell(row=rr, column=2, value=lab)
    ov["A10"] = "Summary of progress"
    ov["A10"].font = Font(bold=True)
    header_row(ov, 11, ["Well-being Objective", "Steps", "Green", "Amber", "Red", "Blue"])
    summ = [("Objective 1", 2, 1, 1, 0, 0), ("Objective 2", 3, 2, 0, 0, 1),
            ("Objective 3", 3, 1, 1, 1, 0), ("Objective 4", 2, 1, 0, 0, 1),
            ("Total", 10, 5, 2, 1, 2)]
    for rr, vals in enumerate(summ, start=12):
        for cc, v in enumerate(vals, start=1):
            c = ov.cell(row=rr, column=cc, value=v)
            c.border = BORDER
            if vals[0] == "Total":
                c.font = Font(bold=True)
    ov["A18"] = ("Abbreviations: PCC – Pembrokeshire County Council; HDdUHB – Hywel Dda University "
                 "Health Board; MAWWFRS – Mid and West Wales Fire and Rescue Service; NRW – Natural "
                 "Resources Wales; DPP – Dyfed-Powys Police; PCNPA – Pembrokeshire Coast National "
                 "Park Authority; PAVS – Pembrokeshire Association of Voluntary Services; PoMH – "
                 "Port of Milford Haven")
    ov["A18"].alignment = WRAP
    ov.merge_cells("A18:F20")
    ov.column_dimensions["A"].width = 22
    ov.column_dimensions["B"].width = 32
    for col in "CDEF":
        ov.column_dimensions[col].width = 9

    rag = {"G": GREEN, "A": AMBER, "R": RED, "B": BLUE}
    sheets = [
        ("Objective 1",
         "Objective 1: Support growth, jobs and prosperity and enable the transition to a more "
         "sustainable and greener economy",
         [("band", "Green skills and jobs"),
          ("1.1", "Map current and future green skills needs across Celtic Freeport and Haven "
                  "Waterway employers", "PCC; Pembrokeshire College; PoMH",
           "Skills needs report to PSB", "December 2025", None,
           "Employer survey closed with 58 responses.", "G"),
          ("1.2", "Deliver a shared PSB apprenticeship and work placement offer for young people "
                  "not in education, employment or training", "PCC; HDdUHB; MAWWFRS",
           "30 placements offered", "Sept 2025 – July 2026", None,
           "Fewer placements confirmed than planned; partners asked to review.", "A")]),
        ("Objective 2",
         "Objective 2: Work with our communities to reduce inequalities and improve well-being",
         [("band", "Reducing poverty and inequalities"),
          ("2.1", "Establish a Cost of Living partnership network and shared referral pathway",
           "PAVS; PCC", "Network launched; referral form agreed", "June 2025", None,
           "Network launched 12 June 2025.", "B"),
          ("2.2", "Pilot a Healthy Weight Pembrokeshire programme in two communities of highest "
                  "need", "HDdUHB", "Pilot evaluation", "March 2026", None,
           "Pilots running in Pembroke Dock and Monkton.", "G"),
          ("band", "Children and young people"),
          ("2.3", "Roll out trauma-informed practice training to frontline staff across PSB "
                  "partners", "HDdUHB; DPP; PCC", "Staff trained per partner", "Ongoing", None,
           "214 staff trained to date.", "G")]),
        ("Objective 3",
         "Objective 3: Promote and support initiatives to deliver decarbonisation, manage climate "
         "adaptation and tackle the nature emergency",
         [("band", "Climate adaptation"),
          ("3.1", "Complete a climate adaptation risk assessment for coastal communities, "
                  "starting with Newgale and Amroth", "PCC; NRW; PCNPA",
           "Risk assessment published", d(2026, 3, 31), "DD/MM/YYYY",
           "Data sharing agreement still being finalised.", "A"),
          ("band", "Nature recovery"),
          ("3.2", "Deliver the Local Nature Partnership action plan for 2025-26", "PCNPA; NRW",
           "Actions delivered", d(2026, 3, 31), "MMM-YY", "Pollinator corridors planted.", "G"),
          ("band", "Decarbonisation"),
          ("3.3", "Develop a joint PSB fleet decarbonisation plan, including shared EV charging "
                  "infrastructure", "MAWWFRS; DPP; PCC", "Joint plan agreed", "Q4 2025/26", None,
           "Lead officer vacancy at MAWWFRS; no progress this quarter.", "R")]),
        ("Objective 4",
         "Objective 4: Enable safe, connected, resourceful and diverse communities",
         [("band", "Safer communities"),
          ("4.1", "Deliver community safety engagement events in Haverfordwest, Milford Haven and "
                  "Pembroke Dock with the Community Safety Partnership", "DPP; PCC",
           "Events held; feedback captured", "Quarterly", None,
           "Haverfordwest event held 16 August.", "G"),
          ("4.2", "Produce a PSB community engagement and involvement framework, including Welsh "
                  "language and young people's voice", "PAVS; PCC", "Framework adopted",
           "September 2025", None, "Adopted by PSB 9 September 2025.", "B")]),
    ]
    for (sname, objective, rows) in sheets:
        ws = wb.create_sheet(sname)
        ws["A1"] = objective
        ws["A1"].font = Font(bold=True, size=13, color="FFFFFFFF")
        ws["A1"].fill = fill("FF2E75B6")
        ws["A1"].alignment = WRAP
        ws.merge_cells("A1:G1")
        ws.row_dimensions[1].height = 36
        header_row(ws, 3, ["Ref", "Step", "Lead partner(s)", "Milestone / measure", "Timescale",
                           "Q2 update", "RAG"])
        r = 4
        for row in rows:
            if row[0] == "band":
                c = ws.cell(row=r, column=1, value=row[1])
                c.font = Font(bold=True, italic=True)
                for cc in range(1, 8):
                    ws.cell(row=r, column=cc).fill = fill("FFDDEBF7")
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
                r += 1
                continue
            ref, step, lead, ms, ts, fmt, upd, st = row
            vals = [ref, step, lead, ms, ts, upd]
            for cc, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=cc, value=v)
                c.alignment = WRAP
                c.border = BORDER
            if fmt == "DD/MM/YYYY":
                ws.cell(row=r, column=5).number_format = "DD/MM/YYYY"
            elif fmt == "MMM-YY":
                ws.cell(row=r, column=5).number_format = "mmm-yy"
            g = ws.cell(row=r, column=7)
            g.fill = fill(rag[st])
            g.border = BORDER
            r += 1
        for i, w in enumerate([7, 48, 28, 26, 20, 38, 8], start=1):
            ws.column_dimensions[ws.cell(row=3, column=i).column_letter].width = w
    wb.save(out("zvm-pembrokeshire-psb-well-being-plan-delivery-plan-2025-26.xlsx"))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex6):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex6)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, italic=False, size=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.italic = italic
        if size:
            run.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 4. Dalry Primary School - Education Scotland post-inspection action plan (docx)
# ---------------------------------------------------------------------------
def dalry():
    doc = Document()
    p = doc.add_paragraph()
    r = p.add_run("The City of Edinburgh Council\nChildren, Education and Justice Services")
    r.font.size = Pt(9)
    r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    doc.add_heading("Dalry Primary School and Nursery Class – Post-Inspection Action Plan", 0)
    doc.add_paragraph("HM Inspectors' visit: 13 May 2024 | Letter to parents published: "
                      "3 September 2024")
    doc.add_paragraph("Document control").runs[0].bold = True
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, lab in zip(t.rows[0].cells, ["Version", "Date", "Prepared by", "Shared with"]):
        set_cell(c, lab, bold=True)
    for vals in [("1.0", "30/09/2024", "Headteacher", "QIEO; Parent Council"),
                 ("1.1", "27/01/2025", "Headteacher", "QIEO; staff; Parent Council"),
                 ("1.2", "09/05/2025", "Headteacher / DHT", "QIEO")]:
        cells = t.add_row().cells
        for c, v in zip(cells, vals):
            set_cell(c, v)
    doc.add_paragraph(
        "This plan sets out how the school will address the areas for improvement agreed with "
        "HM Inspectors. Progress is reported to the Quality Improvement Education Officer (QIEO) "
        "each term and to the Parent Council.")
    doc.add_paragraph("RAG key: Green – achieved   Amber – in progress   Red – behind schedule")

    afis = [
        ("Senior leaders and staff should continue to improve the consistency of learning and "
         "teaching across the school, ensuring that all learning is well matched to children's "
         "needs.",
         [("1.1", "Agree and implement a Dalry Learning and Teaching Standard, including shared "
                  "expectations for learning intentions, success criteria and plenaries.",
           "HT, DHT", "October 2024",
           "Standard in use in all classes; learning visits show consistent practice.", "Green"),
          ("1.2", "Programme of peer observations (learning trios) with a focus on "
                  "differentiation, followed by professional dialogue.",
           "DHT\nClass teachers", "August 2024 – March 2025",
           "All teachers complete two trio cycles.", "Amber"),
          ("1.3", "Introduce tracking and monitoring meetings for literacy and numeracy using "
                  "the Edinburgh Learns progression frameworks.", "HT", "Termly",
           "Attainment data used to plan interventions.", "Amber")]),
        ("Staff should develop further children's skills in planning, assessing and leading "
         "their own learning, building on the strong practice in the nursery class.",
         [("2.1", "Introduce 'My Learning Conversations' jotters P3–P7.\nChildren set and "
                  "review two personal targets each term.", "PT (Middle/Upper)",
           "December 2024", "Children can talk about their targets and next steps.", "Green"),
          ("2.2", "Pupil Learning Council to evaluate learning with staff using 'How good is "
                  "OUR school?'.", "DHT and Pupil Learning Council", "June 2025",
           "Two learning evaluations completed; actions shared at assembly.", "Amber")]),
        ("Senior leaders should ensure that the curriculum rationale is refreshed with all "
         "stakeholders and that progression pathways are in place in all curricular areas.",
         [("3.1", "Consult children, parents and partners on a refreshed curriculum rationale "
                  "reflecting the school's context in Dalry and Fountainbridge.", "HT",
           "By 31 January 2025", "Rationale agreed and published on school website.", "Red"),
          ("3.2", "Develop progression pathways for Social Studies, Expressive Arts and "
                  "Technologies.", "DHT / Curriculum working group leads", "May 2025",
           "Pathways used in forward planning.", "Amber"),
          ("3.3", "Share the refreshed rationale and pathways with parents at an open "
                  "afternoon.", "HT", "June 2025", "Parent feedback gathered.", "")]),
    ]
    colours = {"Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    for i, (afi, acts) in enumerate(afis, start=1):
        doc.add_heading(f"Area for improvement {i}", 1)
        ap = doc.add_paragraph()
        ap.add_run(afi).italic = True
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, lab in zip(t.rows[0].cells, ["No.", "Action", "Responsibility", "Timescale",
                                            "Measures of success", "RAG"]):
            set_cell(c, lab, bold=True)
            shade(c, "D9E2F3")
        for (no, act, resp, when, meas, rag) in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, [no, act, resp, when, meas, rag]):
                set_cell(c, v)
            if rag:
                shade(cells[5], colours[rag])
        doc.add_paragraph()
    doc.add_paragraph("Approval").runs[0].bold = True
    st = doc.add_table(rows=2, cols=3)
    st.style = "Table Grid"
    for c, v in zip(st.rows[0].cells, ["Role", "Name", "Date"]):
        set_cell(c, v, bold=True)
    for c, v in zip(st.rows[1].cells, ["Headteacher", "Mrs L. Robertson", "30/09/2024"]):
        set_cell(c, v)
    doc.save(out("zvm-dalry-primary-school-education-scotland-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Ardmore House Nursing Home - RQIA quality improvement plan (docx)
# ---------------------------------------------------------------------------
def ardmore():
    doc = Document()
    doc.add_heading("Ardmore House Nursing Home – Quality Improvement Plan", 0)
    doc.add_paragraph("RQIA unannounced care inspection, 10 June 2025 (Inspection ID: IN047312)")
    doc.add_paragraph("Registered Provider: Ardmore Care Ltd    Registered Manager: Mrs Siobhán "
                      "Quinn    RQIA ID: 11382")
    doc.add_paragraph("Internal tracker maintained by the Registered Manager – updated "
                      "15 September 2025")
    doc.add_paragraph("Status key: Complete (blue); On track (green); At risk (amber); "
                      "Overdue (red)")
    sections = [
        ("Action required to ensure compliance with The Nursing Homes Regulations (Northern "
         "Ireland) 2005",
         [(1, "Ref: Regulation 13 (7)", "Stated: Second time",
           "To be completed by: With immediate effect (10 June 2025)",
           "The registered person shall ensure that the infection prevention and control issues "
           "identified during this inspection are addressed, including the storage of equipment "
           "in bathrooms and the cleaning of shower chairs.",
           [("Remove all stored equipment from bathrooms; daily walkround by the nurse in charge "
             "to check bathrooms remain clear.", "Nurse in Charge (each shift)",
             "Immediate and ongoing", "On track"),
            ("IPC audit of shower chairs and commodes weekly for 8 weeks, then monthly.",
             "Deputy Manager", "05/08/2025", "Complete")]),
          (2, "Ref: Regulation 27 (4)(b)", "Stated: First time",
           "To be completed by: 31 July 2025",
           "The registered person shall ensure that fire doors are not wedged or propped open "
           "and that fire safety checks are completed as required.",
           [("Fit magnetic hold-open devices linked to the fire alarm on lounge and dining room "
             "doors.", "Maintenance Officer / Registered Manager", "31/07/2025", "Complete"),
            ("Add fire door checks to the weekly health and safety walkabout checklist.",
             "Maintenance Officer", "30/06/2025", "Complete")])]),
        ("Action required to ensure compliance with the Care Standards for Nursing Homes "
         "(December 2022)",
         [(3, "Ref: Standard 4", "Stated: First time", "To be completed by: 31 August 2025",
           "The registered person shall ensure that care plans for residents with wounds are "
           "reviewed and updated to reflect the recommendations of the tissue viability nurse.",
           [("Audit all wound care plans against TVN recommendations and update where "
             "required.", "Deputy Manager; Named Nurses", "31/08/2025", "Complete"),
            ("Provide wound care refresher training for all registered nurses with the Trust "
             "TVN team.", "Registered Manager", "October 2025", "On track")]),
          (4, "Ref: Standard 12", "Stated: First time",
           "To be completed by: 30 September 2025",
           "The registered person shall ensure that the menu is displayed in a suitable format "
           "and that residents are offered a choice of meal at each mealtime, including those "
           "on modified diets.",
           [("Introduce pictorial menus on each floor and at dining tables.", "Catering Manager",
             "31/07/2025", "Complete"),
            ("Review the IDDSI modified diet menu so that residents on Level 4 and Level 5 diets "
             "have two choices at each meal.", "Catering Manager / Registered Manager",
             "30/09/2025", "At risk")]),
          (5, "Ref: Standard 35", "Stated: Second time",
           "To be completed by: 30 September 2025",
           "The registered person shall ensure that governance audits are completed "
           "consistently and that action plans are developed and followed up where deficits are "
           "identified.",
           [("Implement a monthly governance audit schedule (falls, IPC, care records, "
             "medicines) with action plans reviewed at the monthly quality meeting.",
             "Registered Manager", "30 September 2025", "Overdue")])]),
    ]
    colours = {"Complete": "5B9BD5", "On track": "00B050", "At risk": "FFC000",
               "Overdue": "FF0000"}
    for (sec, afis) in sections:
        doc.add_heading(sec, 2)
        t = doc.add_table(rows=1, cols=4)
        t.style = "Table Grid"
        for c, lab in zip(t.rows[0].cells, ["Action taken / planned", "Responsible",
                                            "Target date", "Status"]):
            set_cell(c, lab, bold=True)
            shade(c, "BDD7EE")
        for (n, ref, stated, by, text, acts) in afis:
            row = t.add_row()
            m = row.cells[0].merge(row.cells[3])
            m.text = ""
            p = m.paragraphs[0]
            p.add_run(f"Area for improvement {n}").bold = True
            p2 = m.add_paragraph(f"{ref}    {stated}    {by}")
            p2.runs[0].font.size = Pt(9)
            shade(m, "F2F2F2")
            row = t.add_row()
            m = row.cells[0].merge(row.cells[3])
            set_cell(m, text, italic=True)
            for (act, resp, when, st) in acts:
                cells = t.add_row().cells
                for c, v in zip(cells, [act, resp, when, st]):
                    set_cell(c, v)
                shade(cells[3], colours[st])
        doc.add_paragraph()
    doc.add_paragraph("Signed: Siobhán Quinn, Registered Manager    Date: 15/09/2025")
    doc.save(out("zvm-ardmore-house-nursing-home-rqia-care-inspection-quality-improvement-plan"
                 ".docx"))


# ---------------------------------------------------------------------------
# 6. West Lothian Council - internal audit recommendations tracker (csv)
# ---------------------------------------------------------------------------
def west_lothian():
    hdr = ["Audit Report", "Report Issued", "Audit Opinion", "Action Code", "Action",
           "Assigned To", "Original Due Date", "Revised Due Date", "Status", "Latest Note"]
    rows = [
        ["West Lothian Council – Internal Audit Recommendations: Follow-up Report"] + [""] * 9,
        ["Audit and Governance Committee – 23 March 2026 – Appendix 2 (Pentana export "
         "02/03/2026)"] + [""] * 9,
        [""] * 10,
        hdr,
        ["Payroll – Overtime and Allowances", "14/11/2024", "Requires improvement",
         "IA2425-07.01",
         "Overtime claims will be authorised in iTrent by the line manager before payment, with "
         "retrospective approval only by exception.",
         "Karen Dalgleish", "31/03/2025", "30/09/2025", "Completed",
         "Workflow live from September 2025 payroll."],
        ["Payroll – Overtime and Allowances", "14/11/2024", "Requires improvement",
         "IA2425-07.02",
         "Quarterly exception report of overtime exceeding 20 hours per month to be issued to "
         "Heads of Service.",
         "Karen Dalgleish; Graeme Struthers", "30/06/2025", "31/03/2026", "Amber",
         "First report produced January 2026; distribution list being agreed."],
        ["Housing Repairs – Void Property Management", "20/02/2025", "Requires improvement",
         "IA2425-11.01",
         "Void inspection checklist to be revised to include photographic evidence of property "
         "condition at handover to the contractor.",
         "Housing Manager (Voids)", "30/06/2025", "", "Completed", "Revised checklist in use."],
        ["Housing Repairs – Void Property Management", "20/02/2025", "Requires improvement",
         "IA2425-11.02",
         "Monthly reconciliation of void rent loss between the housing management system and "
         "the repairs system.",
         "Revenues Manager", "31/12/2025", "", "Red",
         "Not progressed – interface issue between systems still to be resolved."],
        ["Housing Repairs – Void Property Management", "20/02/2025", "Requires improvement",
         "IA2425-11.03",
         "Void turnaround performance to be reported quarterly to the Housing Services Policy "
         "Development and Scrutiny Panel.",
         "Head of Housing, Customer and Building Services", "31/03/2026", "", "Green",
         "Q2 and Q3 reports presented."],
        ["Cyber Security – Patch Management", "05/06/2025", "Requires improvement",
         "IA2526-03.01",
         "Critical security patches to be deployed to servers within 14 days of release, with "
         "compliance reported monthly to the IT Security Group.",
         "IT Services Manager", "31/10/2025", "", "Completed",
         "Monthly compliance dashboard in place."],
        ["Cyber Security – Patch Management", "05/06/2025", "Requires improvement",
         "IA2526-03.02",
         "Unsupported Windows Server 2012 R2 instances to be decommissioned or isolated.\n"
         "Risk acceptance to be documented for any that remain.",
         "IT Services Manager", "31/12/2025", "31/05/2026", "Amber",
         "3 of 7 servers remain – dependent on case management system upgrade."],
        ["Schools – Devolved School Management", "10/09/2025", "Requires improvement",
         "IA2526-06.01",
         "Schools to submit DSM budget monitoring returns to Education Finance by the 10th "
         "working day of each month.",
         "Education Finance Manager", "30/11/2025", "", "Green",
         "64 of 69 schools compliant in January."],
        ["Schools – Devolved School Management", "10/09/2025", "Requires improvement",
         "IA2526-06.02",
         "Guidance on purchasing card use for school fund and PEF purchases to be reissued to "
         "headteachers.",
         "Education Finance Manager and Corporate Procurement Manager", "31/01/2026", "",
         "Completed", "Guidance issued 19 January 2026."],
        ["Procurement – Contract Management", "16/10/2025", "Ineffective", "IA2526-08.01",
         "Contract managers to be named for all contracts above £50,000 and recorded in the "
         "contract register.",
         "Corporate Procurement Manager", "31/03/2026", "", "Green",
         "Register 80% complete."],
    ]
    path = out("zvm-west-lothian-council-internal-audit-recommendations-tracker.csv")
    with open(path, "w", newline="", encoding="utf-8-sig") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        for row in rows:
            w.writerow(row)


# ---------------------------------------------------------------------------
# 7. Milford Haven School - Estyn PIAP (txt, Word "save as plain text")
# ---------------------------------------------------------------------------
def milford_haven():
    T = "\t"
    lines = [
        "Milford Haven School – Post-Inspection Action Plan (PIAP)",
        "Estyn core inspection: 4–7 March 2024",
        "Plan agreed by the Governing Body: 16 May 2024    Reviewed: 10 December 2024",
        "",
        "Key: B = complete   G = on track   A = some slippage   R = significant concern",
        "",
    ]
    hdr = T.join(["Ref", "Action", "Lead", "Timescale", "Success criteria", "Previous RAG",
                  "Current RAG"])
    recs = [
        ("R1 Improve the quality of teaching and assessment so that all pupils make "
         "consistently strong progress",
         [("1.1", "Deliver a whole-school professional learning programme on effective "
                  "questioning and feedback, led by the Teaching and Learning team",
           "DHT (Teaching & Learning)", "Autumn term 2024",
           "Learning walks show improved questioning in most lessons", "A", "G"),
          ("1.2", "Introduce half-termly learning walks by senior and middle leaders with a "
                  "sharp focus on pupils' progress", "Headteacher / DHT (Teaching & Learning)",
           "Spring term 2025", "Leaders' evaluations refer to progress of groups of pupils",
           "A", "A"),
          ("1.3", "Moderate assessment of pupils' work in Years 7 to 9 within and across "
                  "departments, including with partner primary schools",
           "AHT (Curriculum); Heads of Faculty", "Summer term 2025",
           "Moderation records show consistent judgements", "G", "G")]),
        ("R2 Strengthen the co-ordination and provision for developing pupils' literacy, "
         "numeracy and digital skills across the curriculum",
         [("2.1", "Appoint whole-school skills co-ordinators for literacy, numeracy and digital "
                  "competence", "Headteacher", "September 2024", "Co-ordinators in post", "G",
           "B"),
          ("2.2", "Map opportunities for pupils to practise extended writing in all subjects in "
                  "Years 7 to 9", "Literacy Co-ordinator", "December 2024",
           "Skills map in every department handbook", "A", "R"),
          ("2.3", "Run a weekly form-time reading programme for pupils whose reading age is "
                  "below their chronological age", "Literacy Co-ordinator / ALNCo", "Ongoing",
           "Reading ages improve for most pupils in the programme", "G", "G")]),
        ("R3 Improve attendance, particularly of pupils eligible for free school meals",
         [("3.1", "Work with the local authority Education Welfare Service to target pupils with "
                  "attendance below 90%", "AHT (Wellbeing) and Education Welfare Officer",
           "July 2025", "Persistent absence reduces by 5 percentage points", "A", "A"),
          ("3.2", "Introduce first-day response calls and home visits by the Family Engagement "
                  "Officer for pupils eligible for free school meals",
           "Family Engagement Officer", "Jan 2025 – Jul 2025",
           "Attendance gap between eFSM and other pupils narrows", "R", "A")]),
        ("R4 Strengthen self-evaluation and improvement planning so that they focus precisely "
         "on the impact of provision on pupils' progress",
         [("4.1", "Revise the self-evaluation calendar so that all leaders use first-hand "
                  "evidence, including pupil voice and work scrutiny", "Headteacher",
           "October 2024", "Calendar in use; department reviews completed", "G", "B"),
          ("4.2", "Provide training for governors on challenging leaders using the school's "
                  "progress data", "Chair of Governors / Headteacher", "Spring term 2025",
           "Governor minutes show informed challenge", "", "G")]),
    ]
    for (rec, acts) in recs:
        lines.append(rec)
        lines.append(hdr)
        for a in acts:
            lines.append(T.join(a))
        lines.append("")
    lines.append("Notes: Progress is reviewed termly by the Governing Body Standards Committee "
                 "and the local authority link officer. Estyn will monitor progress through "
                 "follow-up activity.")
    path = out("zvm-milford-haven-school-estyn-post-inspection-action-plan.txt")
    with open(path, "w", encoding="utf-8", newline="\r\n") as fh:
        fh.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    mid_ulster()
    greenock()
    pembrokeshire_psb()
    dalry()
    ardmore()
    west_lothian()
    milford_haven()
    print("built 7 files in", HERE)
