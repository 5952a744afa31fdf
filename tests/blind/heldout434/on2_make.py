"""Builds the seven on2- data files of set heldout434 (run with /work/main/.venv/bin/python)."""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "red": PatternFill("solid", fgColor="FF0000"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "green": PatternFill("solid", fgColor="00B050"),
    "blue": PatternFill("solid", fgColor="0070C0"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
    "head": PatternFill("solid", fgColor="1F4E79"),
    "band": PatternFill("solid", fgColor="DDEBF7"),
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def head_row(ws, row, values, fill="head"):
    for i, v in enumerate(values, start=1):
        c = ws.cell(row=row, column=i, value=v)
        c.font = Font(bold=True, color="FFFFFF" if fill == "head" else "000000")
        c.fill = FILL[fill]
        c.alignment = WRAP
        c.border = BOX


def boxed(ws, r1, r2, ncol):
    for r in range(r1, r2 + 1):
        for c in range(1, ncol + 1):
            cell = ws.cell(row=r, column=c)
            cell.border = BOX
            cell.alignment = WRAP


# ---------------------------------------------------------------- 1. Cairngorms NPA risk register (xlsx)
def cairngorms():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Cairngorms National Park Authority – Strategic Risk Register 2025/26"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A3"] = "Document control"
    cov["A3"].font = Font(bold=True)
    rows = [
        ("Version", "4.2"),
        ("Owner", "Director of Corporate Services"),
        ("Last reviewed", "Management Team, 11 November 2025"),
        ("Presented to", "Audit and Risk Committee, 28 November 2025"),
        ("Next review", "February 2026"),
    ]
    for i, (k, v) in enumerate(rows, start=4):
        cov.cell(row=i, column=1, value=k).font = Font(bold=True)
        cov.cell(row=i, column=2, value=v)
    boxed(cov, 4, 8, 2)
    cov["A10"] = "Version history"
    cov["A10"].font = Font(bold=True)
    head_row(cov, 11, ["Version", "Date", "Change"], fill="grey")
    hist = [
        ("4.0", "13/06/2025", "Annual refresh following Board risk workshop"),
        ("4.1", "05/09/2025", "Quarterly update"),
        ("4.2", "11/11/2025", "Quarterly update; risk C2 added"),
    ]
    for i, h in enumerate(hist, start=12):
        for j, v in enumerate(h, start=1):
            cov.cell(row=i, column=j, value=v)
    boxed(cov, 12, 14, 3)
    cov.column_dimensions["A"].width = 18
    cov.column_dimensions["B"].width = 44
    cov.column_dimensions["C"].width = 44

    ws = wb.create_sheet("Strategic Risk Register")
    ncol = 12
    ws["A1"] = "CAIRNGORMS NATIONAL PARK AUTHORITY STRATEGIC RISK REGISTER"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A2"] = "Audit and Risk Committee Paper 3 Annex 1 — 28 November 2025"
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    head_row(ws, 4, ["Ref", "Risk", "Resp", "Existing mitigation", "Act. no.",
                     "Further action required", "Action owner", "Target date",
                     "Trend Sep 25", "Trend Nov 25", "Action status", "Comments"])

    def section(row, text):
        ws.cell(row=row, column=1, value=text).font = Font(bold=True)
        for c in range(1, ncol + 1):
            ws.cell(row=row, column=c).fill = FILL["grey"]
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncol)

    def risk(r1, ref, text, resp, mitig, actions):
        r2 = r1 + len(actions) - 1
        ws.cell(row=r1, column=1, value=ref)
        ws.cell(row=r1, column=2, value=text)
        ws.cell(row=r1, column=3, value=resp)
        ws.cell(row=r1, column=4, value=mitig)
        if r2 > r1:
            for c in (1, 2, 3, 4):
                ws.merge_cells(start_row=r1, start_column=c, end_row=r2, end_column=c)
        for k, a in enumerate(actions):
            r = r1 + k
            no, act, owner, target, fmt, t1, t2, status, colour, comment = a
            ws.cell(row=r, column=5, value=no)
            ws.cell(row=r, column=6, value=act)
            ws.cell(row=r, column=7, value=owner)
            c = ws.cell(row=r, column=8, value=target)
            if fmt:
                c.number_format = fmt
            ws.cell(row=r, column=9, value=t1)
            ws.cell(row=r, column=10, value=t2)
            s = ws.cell(row=r, column=11, value=status)
            if colour:
                s.fill = FILL[colour]
            if comment:
                ws.cell(row=r, column=12, value=comment)
        boxed(ws, r1, r2, ncol)
        for k, a in enumerate(actions):
            if a[8]:
                ws.cell(row=r1 + k, column=11).fill = FILL[a[8]]

    section(5, "Cross-over risks")
    risk(6, "A1",
         "Resources: public sector finances constrain capacity to allocate sufficient resources to deliver the National Park Partnership Plan and Corporate Plan.",
         "DC",
         "Preventative: ongoing liaison with Scottish Government on the 2026/27 budget.\nRemedial: diversification of income through Cairngorms Trust and green finance.",
         [("A1.1", "Prepare a balanced 2026/27 budget with scenario planning for flat-cash and 5% reduction settlements.",
           "Head of Finance and Corporate Operations", "Mar 2026", None, "→", "↑", "Green", "green",
           "Scenarios presented to Board in September; settlement expected December."),
          ("A1.2", "Develop a green finance investment framework for the Cairngorms Nature restoration programme, including a pilot with two estates.",
           "DC / GM", "Q4 2025/26", None, "→", "→", "Amber", "amber",
           "Pilot estates identified; legal advice on carbon unit ownership delayed.")])
    risk(8, "A2",
         "Staffing: workload from externally funded projects strains staff capacity, increasing the risk of stress, absence and reduced morale.",
         "GM",
         "Preventative: Operational Plan prioritisation; staff wellbeing programme.",
         [("A2.1", "Review the Operational Plan 2026/27 with Heads of Service to identify projects that can slip to accommodate new funded programmes.",
           "Head of Organisational Development", dt.datetime(2026, 1, 31), "dd/mm/yyyy", "↑", "→", "Green", "green", None),
          ("A2.2", "Repeat the staff wellbeing pulse survey and report results and actions to the Staff Consultative Forum.",
           "Head of Organisational Development", "Quarterly", None, "↑", "→", "Green", "green",
           "October survey response rate 71%.")])
    section(10, "Conservation risks")
    risk(11, "B1",
         "Climate change: wildfire, drought and flood events damage habitats, infrastructure and communities faster than restoration can respond.",
         "SH",
         "Preventative: Cairngorms Wildfire Management Plan; muirburn licensing engagement with land managers.",
         [("B1.1", "Complete the Park-wide wildfire risk assessment with Scottish Fire and Rescue Service and land managers, and agree the 2026 fire season protocol.",
           "Head of Nature and Climate Change", dt.datetime(2026, 2, 1), "mmm-yy", "↑", "↑", "Amber", "amber",
           "SFRS data sharing agreement awaiting signature.")])
    risk(12, "B2",
         "Deer and herbivore impacts: failure to reduce grazing pressure prevents woodland expansion and peatland restoration targets being met.",
         "GM",
         "Preventative: Deer Management Group engagement; Cairngorms Deer Management Framework.",
         [("B2.1", "Agree deer management plans with all six Deer Management Groups aligned to the Partnership Plan density targets.",
           "Deer Management Officer", dt.datetime(2025, 9, 30), "dd/mm/yyyy", "→", "↓", "Complete", "blue",
           "All six plans agreed; reported to Board 26 September."),
          ("B2.2", "Publish the first annual herbivore impact assessment report to the Board.",
           "Head of Land Management", "June 2026", None, "→", "↓", "Not started", None, None)])
    section(14, "Visitor experience and communities risks")
    risk(15, "C2",
         "Visitor pressure: high visitor numbers at hotspots lead to irresponsible camping, fires and parking congestion, damaging the Park's special qualities and community support.",
         "PS",
         "Preventative: Visitor Management Plan; seasonal Ranger service; Camping Management Byelaws.",
         [("C2.1", "Recruit and train the 2026 seasonal Ranger team and extend the Visitor Management Plan to the Glenmore and Loch Morlich car parks.",
           "Head of Visitor Services / Ranger Service Manager", "By 31 March 2026", None, "New", "↑", "Red", "red",
           "Recruitment paused pending 2026/27 budget settlement.")])
    ws["A17"] = "Trend key: ↑ risk increasing   → no change   ↓ risk decreasing"
    ws["A18"] = ("Action status: Blue / Complete = action complete; Green = on track; "
                 "Amber = some slippage; Red = significant slippage or not deliverable.")
    widths = [7, 42, 7, 38, 8, 48, 26, 14, 9, 9, 12, 36]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A5"

    key = wb.create_sheet("Scoring Key")
    key["A1"] = "Risk scoring: Likelihood (1–5) × Impact (1–5)"
    key["A1"].font = Font(bold=True)
    head_row(key, 3, ["Score", "Rating"], fill="grey")
    for i, (s, r) in enumerate([("1–4", "Low"), ("5–9", "Medium"), ("10–16", "High"), ("20–25", "Very high")], start=4):
        key.cell(row=i, column=1, value=s)
        key.cell(row=i, column=2, value=r)
    wb.save(os.path.join(HERE, "on2-cairngorms-npa-strategic-risk-register-2025-26.xlsx"))


# ---------------------------------------------------------------- 2. North East CA highlight report (xlsx)
def neca():
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = "North East Combined Authority"
    s["A1"].font = Font(bold=True, size=12)
    s["A2"] = "Transport Capital Programme – Highlight Report"
    s["A2"].font = Font(bold=True, size=14)
    s["A3"] = "Reporting period: October – November 2025   |   Report to: Transport Committee, 11 December 2025"
    info = [("Overall programme RAG", "Amber"), ("Programme SRO", "Director of Transport"),
            ("Programme budget 2025/26", "£187.4m"), ("Forecast outturn 2025/26", "£179.9m")]
    for i, (k, v) in enumerate(info, start=5):
        s.cell(row=i, column=1, value=k).font = Font(bold=True)
        s.cell(row=i, column=2, value=v)
    s["B5"].fill = FILL["amber"]
    boxed(s, 5, 8, 2)
    s["A10"] = "Projects by current RAG"
    s["A10"].font = Font(bold=True)
    tot = [("Complete", 2, "blue"), ("Green", 3, "green"), ("Amber", 2, "amber"), ("Red", 1, "red"), ("Total", 8, None)]
    for i, (k, n, col) in enumerate(tot, start=11):
        s.cell(row=i, column=1, value=k)
        s.cell(row=i, column=2, value=n)
        if col:
            s.cell(row=i, column=1).fill = FILL[col]
    s["A15"].font = Font(bold=True)
    s["B15"].font = Font(bold=True)
    boxed(s, 11, 15, 2)
    s["A17"] = "Key messages"
    s["A17"].font = Font(bold=True)
    s["A18"] = "The new Gosforth depot was handed over in September and the Slatyford charging hub was energised in November."
    s["A19"] = "Late delivery of new Metro trains by the manufacturer remains the principal programme risk; see project M1."
    s.column_dimensions["A"].width = 30
    s.column_dimensions["B"].width = 22

    t = wb.create_sheet("Project Tracker")
    t["A1"] = "Transport Capital Programme – Project Tracker (position at 30 November 2025)"
    t["A1"].font = Font(bold=True, size=12)
    head_row(t, 3, ["Ref", "Workstream", "Project / key milestone", "SRO / Project lead",
                    "Baseline completion", "Forecast completion", "RAG (Sep)", "RAG (Nov)", "Commentary"])
    d = dt.datetime
    items = [
        ("M1", "New Metro fleet: bring all 46 Class 555 trains into passenger service",
         "Nexus Director of Rail and Infrastructure", d(2025, 12, 1), d(2026, 6, 1), "A", "red",
         "Train deliveries delayed by the manufacturer; revised acceptance plan agreed in October."),
        ("M2", "Gosforth depot: hand over the new maintenance depot and decommission the legacy sheds",
         "Nexus Director of Rail and Infrastructure", d(2025, 9, 1), d(2025, 9, 1), "G", "blue",
         "Handed over 22 September 2025."),
        ("M3", "Station accessibility: install step-free access at Jesmond and Haymarket stations",
         "Kamran Iqbal and Joanne Richardson", d(2026, 3, 1), d(2026, 3, 1), "G", "green",
         "Lift shafts complete at Jesmond; Haymarket works start January."),
        ("B1", "Bus priority: deliver the A167 Durham Road bus lane and junction improvements",
         "Head of Bus Infrastructure", d(2026, 1, 1), d(2026, 3, 1), "G", "amber",
         "Utility diversions took longer than planned; completion moved to March."),
        ("B2", "Zero-emission buses: complete the charging hub at Slatyford depot (ZEBRA 2)",
         "Head of Bus Infrastructure; Go North East", d(2025, 11, 1), d(2025, 11, 1), "A", "blue",
         "Energised 14 November; first 20 electric buses in service."),
        ("B3", "Bus stops and shelters: replace 350 shelters across the seven constituent local authority areas",
         "Bus Strategy Manager", d(2026, 3, 1), d(2026, 3, 1), "G", "green",
         "212 of 350 shelters replaced."),
        ("AT1", "Active Travel Fund 5: complete the Newcastle–Gateshead Quayside cycle route",
         "Active Travel Programme Manager", d(2025, 10, 1), d(2026, 2, 1), "A", "amber",
         "Quayside flood wall repairs by the Environment Agency delayed the final section."),
        ("AT2", "Cycle hire: procure an operator for a region-wide e-bike hire scheme",
         "Active Travel Programme Manager", d(2026, 6, 1), d(2026, 6, 1), "G", "green",
         "Tender issued 3 November; evaluation in January."),
    ]
    groups = [("Metro", 0, 3), ("Bus (BSIP)", 3, 6), ("Active Travel", 6, 8)]
    r0 = 4
    for k, it in enumerate(items):
        r = r0 + k
        ref, proj, lead, base, fc, prev, cur, comm = it
        t.cell(row=r, column=1, value=ref)
        t.cell(row=r, column=3, value=proj)
        t.cell(row=r, column=4, value=lead)
        for col, val in ((5, base), (6, fc)):
            c = t.cell(row=r, column=col, value=val)
            c.number_format = "mmm-yy"
        t.cell(row=r, column=7, value=prev)
        t.cell(row=r, column=9, value=comm)
    boxed(t, r0, r0 + len(items) - 1, 9)
    for k, it in enumerate(items):
        r = r0 + k
        prev = it[5]
        t.cell(row=r, column=7).fill = FILL[{"G": "green", "A": "amber", "R": "red", "B": "blue"}[prev]]
        t.cell(row=r, column=8).fill = FILL[it[6]]
    for name, a, b in groups:
        t.cell(row=r0 + a, column=2, value=name).font = Font(bold=True)
        t.merge_cells(start_row=r0 + a, start_column=2, end_row=r0 + b - 1, end_column=2)
    t["A13"] = "RAG (Nov) shows the current position by colour; see the RAG Key sheet. Forecast completion replaces the baseline where they differ."
    for col, w in zip("ABCDEFGHI", [6, 14, 50, 30, 12, 12, 9, 9, 50]):
        t.column_dimensions[col].width = w

    k = wb.create_sheet("RAG Key & Change Log")
    k["A1"] = "RAG key"
    k["A1"].font = Font(bold=True)
    keyrows = [("Blue", "Complete", "blue"), ("Green", "On track to baseline", "green"),
               ("Amber", "Forecast slippage within tolerance; issues being managed", "amber"),
               ("Red", "Forecast beyond tolerance; Committee intervention needed", "red")]
    for i, (a, b, col) in enumerate(keyrows, start=2):
        k.cell(row=i, column=1, value=a).fill = FILL[col]
        k.cell(row=i, column=2, value=b)
    k["A8"] = "Change log"
    k["A8"].font = Font(bold=True)
    head_row(k, 9, ["Version", "Date", "Change"], fill="grey")
    for i, row in enumerate([("0.1", "02/12/2025", "Draft for Programme Board"),
                             ("1.0", "04/12/2025", "Final for Transport Committee")], start=10):
        for j, v in enumerate(row, start=1):
            k.cell(row=i, column=j, value=v)
    k.column_dimensions["A"].width = 10
    k.column_dimensions["B"].width = 55
    k.column_dimensions["C"].width = 34
    wb.save(os.path.join(HERE, "on2-north-east-ca-transport-capital-programme-highlight-report.xlsx"))


# ---------------------------------------------------------------- 3. Anglian Water HSE notices (xlsx, refuse)
def anglian():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ncol = 8
    ws["A1"] = "Anglian Water Services Ltd"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "HSE Improvement Notices – Compliance Action Plan (Water Recycling Centres)"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Owner: Director of Health, Safety and Wellbeing   |   Version 1.3   |   Updated 03/10/2025"
    head_row(ws, 5, ["Ref", "Requirement of notice", "Action", "Action owner", "Due date",
                     "Revised due date", "Status", "Evidence / progress"])

    def band(row, text):
        ws.cell(row=row, column=1, value=text).font = Font(bold=True)
        for c in range(1, ncol + 1):
            ws.cell(row=row, column=c).fill = FILL["band"]
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncol)

    d = dt.datetime

    def block(r1, req, acts):
        ws.cell(row=r1, column=2, value=req)
        r2 = r1 + len(acts) - 1
        if r2 > r1:
            ws.merge_cells(start_row=r1, start_column=2, end_row=r2, end_column=2)
        for k, a in enumerate(acts):
            r = r1 + k
            ref, act, owner, due, dfmt, rev, status, col, ev = a
            ws.cell(row=r, column=1, value=ref)
            ws.cell(row=r, column=3, value=act)
            ws.cell(row=r, column=4, value=owner)
            c = ws.cell(row=r, column=5, value=due)
            if dfmt:
                c.number_format = dfmt
            ws.cell(row=r, column=6, value=rev)
            ws.cell(row=r, column=7, value=status)
            ws.cell(row=r, column=8, value=ev)
        boxed(ws, r1, r2, ncol)
        for k, a in enumerate(acts):
            if a[7]:
                ws.cell(row=r1 + k, column=7).fill = FILL[a[7]]

    band(6, "Notice IN/1 – COSHH Regulations 2002, reg 7: exposure to hydrogen sulphide during sludge handling")
    block(7, "Assess and adequately control the exposure of employees to hydrogen sulphide at sludge cake reception areas.", [
        ("1.1", "Complete H2S exposure monitoring at all 12 sludge treatment centres and record results in the COSHH assessments.",
         "Regional Process Safety Manager", d(2025, 7, 31), "dd/mm/yyyy", None, "Complete", "blue",
         "Monitoring report issued 25/07/2025."),
        ("1.2", "Install fixed H2S gas detection with local alarms in the cake reception buildings.",
         "Capital Delivery Lead; Regional Process Safety Manager", d(2025, 9, 1), "mmm-yy", "Novmber 2025", "Amber", "amber",
         "Detectors installed at 9 of 12 sites; extension agreed with HSE."),
        ("1.3", "Revise the safe systems of work and train operators in the use of personal gas monitors.",
         "Operations Training Manager", d(2025, 10, 31), "dd/mm/yyyy", None, "Green", "green",
         "148 of 190 operators trained."),
    ])
    band(10, "Notice IN/2 – PUWER 1998, reg 11: guarding of dangerous parts of machinery on belt presses")
    block(11, "Prevent access to dangerous parts of belt press and conveyor machinery.", [
        ("2.1", "Survey all belt presses and conveyors against PUWER reg 11 and record guarding deficiencies.",
         "Mechanical Engineering Manager", d(2025, 8, 1), "mmm-yy", None, "Complete", "blue",
         "27 machines identified as requiring improved guarding."),
        ("2.2", "Fit interlocked fixed guarding to the 27 machines identified in the survey.",
         "Mechanical Engineering Manager", d(2025, 11, 30), "dd/mm/yyyy", None, "Amber", "amber",
         "19 of 27 complete; guard supplier lead times extended."),
    ])
    band(13, "Notice IN/3 – Management of Health and Safety at Work Regulations 1999, reg 5: monitoring and review")
    block(14, "Put in place arrangements to monitor and review preventive and protective measures at water recycling centres.", [
        ("3.1", "Introduce quarterly process safety audits at water recycling centres, reported to the Health and Safety Committee.",
         "Head of Health and Safety Assurance", d(2025, 12, 1), "mmm-yy", None, "Green", "green",
         "Audit protocol approved; first audits scheduled."),
        ("3.2", "Commission an independent review of contractor control on AMP8 capital schemes.",
         "Head of Health and Safety Assurance / Procurement Director", d(2026, 3, 1), "mmm-yy", None, "Not started", None, None),
    ])
    ws["A17"] = ("Status key: Complete – evidence sent to HSE; Green – on track; Amber – at risk of missing the compliance date; "
                 "Red – compliance date will be missed.")
    ws["A18"] = "Compliance dates for IN/1 were extended by the HSE Inspector following our request of 14/08/2025."
    for col, w in zip("ABCDEFGH", [6, 40, 52, 32, 12, 14, 12, 40]):
        ws.column_dimensions[col].width = w

    n = wb.create_sheet("Notices")
    head_row(n, 1, ["Notice", "Type", "Legislation", "Site(s)", "Date served", "Compliance date"], fill="grey")
    notes = [("IN/1", "Improvement notice", "COSHH Regulations 2002, reg 7", "Sludge treatment centres (12)", "12/05/2025", "30/09/2025"),
             ("IN/2", "Improvement notice", "PUWER 1998, reg 11", "Water recycling centres with belt presses", "12/05/2025", "30/11/2025"),
             ("IN/3", "Improvement notice", "MHSWR 1999, reg 5", "All water recycling centres", "12/05/2025", "31/12/2025")]
    for i, row in enumerate(notes, start=2):
        for j, v in enumerate(row, start=1):
            n.cell(row=i, column=j, value=v)
    boxed(n, 2, 4, 6)
    wb.save(os.path.join(HERE, "on2-anglian-water-hse-improvement-notices-action-plan-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    parts = text.split("\n")
    cell.text = parts[0]
    for p in parts[1:]:
        cell.add_paragraph(p)
    if bold:
        for p in cell.paragraphs:
            for r in p.runs:
                r.bold = True


RAGHEX = {"R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0"}


# ---------------------------------------------------------------- 4. Hospital of St John & St Elizabeth (docx)
def hje():
    doc = Document()
    doc.add_paragraph("CQC Inspection Action Plan – Surgery and Outpatients", style="Title")
    doc.add_paragraph("The Hospital of St John & St Elizabeth, 60 Grove End Road, London NW8 9NH")
    doc.add_paragraph("Inspection dates: 13–14 May 2025. Report published: 19 August 2025. Overall rating: Requires improvement.")

    doc.add_paragraph("Document control", style="Heading 2")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Approved by"]):
        set_cell(c, h, bold=True)
    for row in [("1.0", "05/09/2025", "Director of Governance", "Executive Team"),
                ("1.1", "24/09/2025", "Director of Governance", "Quality and Safety Committee"),
                ("1.2", "03/11/2025", "Director of Governance", "Executive Team")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)

    doc.add_paragraph("RAG key", style="Heading 2")
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for code, meaning in [("B", "Complete and evidence assured"), ("G", "On track"),
                          ("A", "At risk – mitigation in place"), ("R", "Off track – escalated to Quality and Safety Committee")]:
        cells = k.add_row().cells
        set_cell(cells[0], code, bold=True)
        shade(cells[0], RAGHEX[code])
        set_cell(cells[1], meaning)

    heads = ["Ref", "Action", "Lead", "Target date", "Progress update", "RAG"]

    def section(title, blocks):
        doc.add_paragraph(title, style="Heading 1")
        tb = doc.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        for c, h in zip(tb.rows[0].cells, heads):
            set_cell(c, h, bold=True)
            shade(c, "D9E2F3")
        for finding, acts in blocks:
            row = tb.add_row()
            m = row.cells[0].merge(row.cells[5])
            set_cell(m, finding, bold=True)
            shade(m, "F2F2F2")
            for a in acts:
                cells = tb.add_row().cells
                for c, v in zip(cells, a):
                    set_cell(c, v)
                if a[5]:
                    shade(cells[5], RAGHEX[a[5]])

    section("1. Surgery", [
        ("MD1 – The service must ensure that all staff complete mandatory training, including safeguarding adults and children level 3, in line with the hospital’s target of 90%. (Regulation 18(2)(a))", [
            ("1.1", "Produce a monthly mandatory training compliance report by department and escalate staff below target to their line manager.",
             "Head of Learning and Development", "30/09/2025", "Report in place from September; compliance 84% at end of October.", "G"),
            ("1.2", "Deliver additional face-to-face safeguarding level 3 sessions for theatre and ward staff.",
             "Safeguarding Lead / Theatre Manager", "December 2025", "Four sessions delivered; two remaining.", "A"),
        ]),
        ("MD2 – The service must ensure that the World Health Organization (WHO) surgical safety checklist is fully completed for every patient. (Regulation 12(2)(a))", [
            ("1.3", "Re-launch the WHO checklist with a ‘stop moment’ briefing at the start of each list.\nAudit 20 sets of records per month and feed back results at theatre huddles.",
             "Theatre Manager", "31/10/2025", "Audits show 98% full completion in October.\nEvidence pack submitted to Quality and Safety Committee.", "B"),
        ]),
        ("SD1 – The service should ensure that controlled drugs registers in theatre recovery are checked and signed in line with policy.", [
            ("1.4", "Introduce a daily CD register check by the nurse in charge, with weekly pharmacy spot checks.",
             "Chief Pharmacist", "End of November 2025", "Daily checks started 3 November.", "G"),
        ]),
    ])
    section("2. Outpatients", [
        ("MD3 – The service must ensure that patient records are stored securely in outpatient consulting rooms. (Regulation 17(2)(c))", [
            ("2.1", "Fit lockable storage in all 14 consulting rooms and remove notes trolleys from the corridor.",
             "Estates Manager", "31/08/2025", "Completed 28 August 2025.", "B"),
            ("2.2", "Carry out unannounced quarterly information governance walkrounds and report findings to the Information Governance Group.",
             "Information Governance Manager", "Quarterly", "First walkround 16 October: no records left unsecured.", "G"),
        ]),
        ("SD2 – The service should ensure that waiting times for follow-up appointments are monitored and patients are kept informed of delays.", [
            ("2.3", "Add follow-up waiting times to the outpatient performance dashboard and agree a patient communication standard.",
             "Outpatients Manager / Head of Patient Experience", "Q4 2025/26", "Dashboard live; communication standard delayed to January.", "A"),
        ]),
    ])
    section("3. Well-led (hospital-wide)", [
        ("SD3 – The provider should ensure that risks on the hospital risk register have clear actions, owners and review dates.", [
            ("3.1", "Review every open risk with its owner and close or update stale risks.",
             "Director of Governance", "Jan 2026", "62 of 95 risks reviewed.", "G"),
            ("3.2", "Provide risk management training for all heads of department.",
             "Director of Governance", "March 2026", "Training provider being sourced.", ""),
        ]),
    ])
    doc.add_paragraph("Approved by the Board of Trustees’ Quality and Safety Committee, 24 September 2025. "
                      "Progress is reported to the Committee every two months.")
    doc.save(os.path.join(HERE, "on2-hospital-of-st-john-and-st-elizabeth-cqc-inspection-action-plan.docx"))


# ---------------------------------------------------------------- 5. DfE RAAC lessons learned (docx)
def dfe():
    doc = Document()
    p = doc.add_paragraph("OFFICIAL")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("Department for Education")
    doc.add_paragraph("Reinforced Autoclaved Aerated Concrete (RAAC): Lessons Learned Review – Action Plan", style="Title")
    doc.add_paragraph("Progress position at 31 March 2025 – report to the Department’s Audit and Risk Committee, 29 April 2025")
    doc.add_paragraph(
        "The lessons learned review of the Department’s response to RAAC in education settings made five recommendations, "
        "all of which were accepted. This plan sets out the actions agreed against each recommendation and progress to date.")

    doc.add_paragraph("Summary of progress", style="Heading 2")
    s = doc.add_table(rows=1, cols=2)
    s.style = "Table Grid"
    set_cell(s.rows[0].cells[0], "Status", bold=True)
    set_cell(s.rows[0].cells[1], "Number of actions", bold=True)
    for a, b in [("B – Complete", "3"), ("G – On track", "2"), ("A – Revised date agreed", "2"),
                 ("R – Significant slippage", "1"), ("Total", "8")]:
        cells = s.add_row().cells
        set_cell(cells[0], a)
        set_cell(cells[1], b)
    doc.add_paragraph("Status key: B = complete; G = on track to original date; A = delivery later than original date, "
                      "revised date agreed; R = significant slippage, no revised date agreed.")

    doc.add_paragraph("Action plan", style="Heading 2")
    heads = ["Rec", "Recommendation", "Ref", "Action", "Owner", "Original date", "Revised date", "Status"]
    t = doc.add_table(rows=1, cols=8)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, heads):
        set_cell(c, h, bold=True)
        shade(c, "D9E2F3")

    def theme(text):
        row = t.add_row()
        m = row.cells[0].merge(row.cells[7])
        set_cell(m, text, bold=True)
        shade(m, "E7E6E6")

    def rec(no, text, acts):
        first = None
        rows = []
        for a in acts:
            cells = t.add_row().cells
            rows.append(cells)
            for c, v in zip(cells[2:], a):
                set_cell(c, v)
            if a[5] in RAGHEX:
                shade(cells[7], RAGHEX[a[5]])
        if len(rows) > 1:
            a0 = rows[0][0].merge(rows[-1][0])
            b0 = rows[0][1].merge(rows[-1][1])
        else:
            a0, b0 = rows[0][0], rows[0][1]
        set_cell(a0, no)
        set_cell(b0, text)

    theme("Theme 1: Identifying and assessing RAAC in the school estate")
    rec("1", "Maintain a single, verified list of education settings with confirmed RAAC and publish regular updates.", [
        ("1.1", "Complete verification surveys for all responsible bodies that reported suspected RAAC in the 2023 questionnaire.",
         "Deputy Director, School Estates Safety", "Q3 2023-24", "", "B"),
        ("1.2", "Publish the list of education settings with confirmed RAAC on GOV.UK and update it termly.",
         "Deputy Director, School Estates Safety", "Termly", "", "G"),
    ])
    rec("2", "Strengthen the Condition Data Collection so that structural risks are identified alongside building condition.", [
        ("2.1", "Add structural and material risk questions (including RAAC, high alumina cement and large panel systems) to the Condition Data Collection 2 specification.",
         "Head of Condition Data Programme", "December 2024", "June 2025", "A"),
    ])
    theme("Theme 2: Funding and remediation")
    rec("3", "Agree a remediation route for every affected setting and provide certainty of capital funding.", [
        ("3.1", "Confirm the remediation route (grant funding or the School Rebuilding Programme) for each affected setting.",
         "Director, Capital Delivery", "31/03/2024", "", "B"),
        ("3.2", "Reimburse responsible bodies for eligible emergency mitigation costs within 30 days of a valid claim.",
         "Director, Capital Delivery / ESFA Finance Director", "Ongoing", "", "G"),
    ])
    theme("Theme 3: Governance, communication and learning")
    rec("4", "Improve the speed and consistency of communication with responsible bodies during estate safety incidents.", [
        ("4.1", "Publish an estate safety incident communications protocol, tested through a desktop exercise with responsible bodies.",
         "Head of Estates Communications", "September 2024", "January 2025", "B"),
        ("4.2", "Embed the RAAC lessons in the Department’s risk management framework and the Good Estate Management for Schools guidance.",
         "Chief Risk Officer; Head of Estates Policy", "Q4 2024-25", "Q2 2025-26", "A"),
    ])
    rec("5", "Review the arrangements for escalating structural safety concerns from responsible bodies to the Department.", [
        ("5.1", "Introduce a dedicated structural safety reporting route and triage team.",
         "Deputy Director, School Estates Safety", "March 2025", "", "R"),
    ])
    doc.add_paragraph("Actions marked B will be removed from the next report once the evidence has been reviewed by the "
                      "Government Internal Audit Agency.")
    doc.save(os.path.join(HERE, "on2-department-for-education-raac-lessons-learned-action-plan.docx"))


# ---------------------------------------------------------------- 6. Sandhurst Town Council (csv)
def sandhurst():
    rows = [
        ["Sandhurst Town Council", "", "", "", "", "", ""],
        ["Action Plan – External Auditor's Report and Internal Audit Report for 2024/25", "", "", "", "", "", ""],
        ["Presented to Finance & General Purposes Committee – 8 December 2025", "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["No.", "Issue raised", "Action to be taken", "Responsible", "Target date", "Status", "Comments"],
        ["External auditor's report (PKF Littlejohn LLP) – 'other' matters", "", "", "", "", "", ""],
        ["1", "The Council did not publish the AGAR and the notice of the period for the exercise of public rights by 1 July 2024, as required by the Accounts and Audit Regulations 2015.",
         "Add publication deadlines to the Clerk's annual governance calendar and publish the AGAR, Notice of Public Rights and supporting documents on the website the day after Council approval.",
         "Town Clerk", "30/06/2026", "On track", "Calendar adopted at Council on 15 September 2025."],
        ["2", "An explanation of the variances between the prior and current year values in Boxes 2 and 6 was not provided in sufficient detail.",
         "Prepare a variance explanation for any movement over 15% and £200, reconciled to the year-end accounts, and have it reviewed by the Chair of F&GP before submission.",
         "RFO / Chair of F&GP", "May-26", "Not started", ""],
        ["Internal audit report 2024/25 (Mulberry & Co) – recommendations", "", "", "", "", "", ""],
        ["3", "The asset register has not been updated for the new play equipment at Memorial Park.",
         "Update the asset register for all additions and disposals in 2024/25 and 2025/26 and present it to Council annually.",
         "Deputy Clerk", "31/10/2025", "Completed", "Updated register approved on 20 October 2025."],
        ["4", "Standing Orders and Financial Regulations have not been reviewed against the current NALC models.",
         "Review and adopt Standing Orders and Financial Regulations based on the 2025 NALC models.",
         "Town Clerk", "Jan-26", "On track", "Draft to Policy Working Group, 12 January."],
        ["5", "Bank reconciliations are not signed by a councillor who is not a bank signatory.",
         "Arrange for a nominated non-signatory councillor to verify and sign the monthly bank reconciliations\nand report them to each F&GP meeting.",
         "Cllr Mrs J. Dhillon & Cllr P. Gibson", "Monthly", "On track", ""],
        ["6", "The risk assessment does not cover the Council's new community hub and CCTV system.",
         "Extend the financial and operational risk assessment to cover the community hub and CCTV, and adopt it at the Annual Meeting.",
         "Town Clerk", "By 31 May 2026", "Not started", ""],
        ["", "", "", "", "", "", ""],
        ["Status key: Completed – closed and reported to Council; On track – in progress within the target date; Not started.", "", "", "", "", "", ""],
        ["Note: items 1 and 2 will be reported to the external auditor with the 2025/26 AGAR (Section 1, Assertion 7).", "", "", "", "", "", ""],
    ]
    with open(os.path.join(HERE, "on2-sandhurst-town-council-agar-external-audit-action-plan.csv"), "w",
              newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ---------------------------------------------------------------- 7. Stonyhurst College ISI (txt, tab-separated)
def stonyhurst():
    L = [
        "Stonyhurst College",
        "ISI Inspection (March 2025) – Action Plan in response to the Recommended Next Steps",
        "Owner: Headmaster    Monitored by: Education Committee of Governors    Last updated: 6 October 2025",
        "",
        "Ref\tRecommended next step\tAction\tLead(s)\tBy when\tStatus\tProgress / evidence",
        "Section 1: Leadership and management, and governance",
        "1.1\tEnsure that governors' monitoring of the implementation of policies is systematic, so that they have an accurate view of the school's performance.\tIntroduce a termly governor monitoring schedule with link governors for safeguarding, academic, boarding and health & safety.\tClerk to the Governors; Bursar\tMichaelmas term 2025\tComplete\tSchedule approved at Full Board, 20 September 2025.",
        "1.2\t\tLink governors to complete and minute two monitoring visits each year, with a written report to the Education Committee.\tChair of Education Committee\tSummer term 2026\tOn track\tFirst two visits completed.",
        "Section 2: Quality of education, training and recreation",
        "2.1\tDevelop the use of assessment information so that teachers plan lessons which meet the needs of pupils of all abilities, particularly the most able.\tLaunch a new assessment tracking system for Years 9–13 with half-termly data drops.\tDeputy Head (Academic)\tOct 2025\tComplete\t",
        "2.2\t\tDeliver INSET on adaptive teaching and stretch and challenge, followed by a cycle of learning walks.\tDeputy Head (Academic) / Director of Teaching and Learning\tAutumn term 2025\tOn track\tINSET delivered 3 September; learning walks in progress.",
        "2.3\t\tReview the Scholars' Programme so that the most able pupils in each year group have an individual stretch plan.\tHead of Scholars\t31/01/2026\tNot started\t",
        "Section 3: Pupils' physical and mental health and emotional wellbeing",
        "3.1\tEnsure that boarding staff consistently record and share concerns about pupils' welfare using the school's electronic system.\tRetrain all boarding staff on CPOMS recording and set a weekly review of entries by the Deputy Head (Pastoral).\tDeputy Head (Pastoral)\t30/11/2025\tAmber\tTraining complete for 11 of 15 houseparents.",
        "3.2\t\tAudit welfare records in each boarding house every half-term and report themes to the Pastoral Committee.\tDSL; Head of Boarding\tTermly\tOn track\t",
        "Section 4: Safeguarding",
        "4.1\tEnsure that the single central record is checked regularly by the nominated safeguarding governor.\tSafeguarding governor to review the SCR each term with the HR Manager and record the check.\tSafeguarding Governor\tTermly\tComplete\tFirst check recorded 15 September 2025.",
        "",
        "Status key: Complete; On track; Amber – behind target, recovery plan agreed; Red – off track; Not started.",
        "Note: the report judged that the school meets the Standards; no actions were required by the Department for Education.",
    ]
    with open(os.path.join(HERE, "on2-stonyhurst-college-isi-inspection-action-plan.txt"), "w",
              newline="", encoding="utf-8") as f:
        f.write("\r\n".join(L) + "\r\n")


if __name__ == "__main__":
    cairngorms()
    neca()
    anglian()
    hje()
    dfe()
    sandhurst()
    stonyhurst()
    print("built 7 files in", HERE)
