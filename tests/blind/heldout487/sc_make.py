#!/usr/bin/env python3
"""Build the seven sc- blind test files (set heldout487).

Run:  /work/main/.venv/bin/python sc_make.py
Writes only files whose names start with "sc-" into this script's folder.
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
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("sc-")
    return os.path.join(HERE, name)


def D(y, m, d):
    return dt.datetime(y, m, d)


# ---------------------------------------------------------------- xlsx helpers
FILL = {
    "R": PatternFill("solid", fgColor="FF0000"),
    "A": PatternFill("solid", fgColor="FFC000"),
    "G": PatternFill("solid", fgColor="00B050"),
    "B": PatternFill("solid", fgColor="0070C0"),
    "hdr": PatternFill("solid", fgColor="1F3864"),
    "band": PatternFill("solid", fgColor="D9E1F2"),
    "grey": PatternFill("solid", fgColor="E7E6E6"),
    "teal": PatternFill("solid", fgColor="00797B"),
    "lteal": PatternFill("solid", fgColor="DDEFEF"),
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def hdr_row(ws, row, values, fill="hdr"):
    for i, v in enumerate(values, start=1):
        c = ws.cell(row=row, column=i, value=v)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL[fill]
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


# ======================================================================
# 1. Vale of White Horse DC - internal audit recommendations tracker (xlsx)
# ======================================================================
def make_vale():
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = "Vale of White Horse District Council – Internal Audit Recommendations Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position at 28 February 2025"
    ws["A3"] = "Appendix 2 to the internal audit activity report, Joint Audit and Governance Committee, 25 March 2025"
    ws["A3"].font = Font(italic=True)
    hdr_row(ws, 5, ["Priority", "Outstanding at last report (Nov 2024)", "Implemented since last report",
                    "New recommendations agreed", "Outstanding at 28 Feb 2025"])
    rows = [("Priority 1", 6, 2, 1, 5), ("Priority 2", 9, 4, 2, 7), ("Priority 3", 3, 1, 1, 3)]
    r = 6
    for row in rows:
        for i, v in enumerate(row, start=1):
            ws.cell(row=r, column=i, value=v).border = BOX
        r += 1
    ws.cell(row=r, column=1, value="Total").font = Font(bold=True)
    for col in range(2, 6):
        L = get_column_letter(col)
        c = ws.cell(row=r, column=col, value=f"=SUM({L}6:{L}8)")
        c.font = Font(bold=True)
        c.border = BOX
    ws.cell(row=r, column=1).border = BOX

    ws["A12"] = "RAG key (column H of the tracker)"
    ws["A12"].font = Font(bold=True)
    key = [("B", "Implemented – verified by internal audit, to be removed after this committee"),
           ("G", "On track – action expected by the original target date"),
           ("A", "Revised target date agreed with internal audit"),
           ("R", "Overdue, or revised target date at risk")]
    r = 13
    for k, text in key:
        ws.cell(row=r, column=1).fill = FILL[k]
        ws.cell(row=r, column=1).border = BOX
        ws.cell(row=r, column=2, value=text)
        r += 1
    widths(ws, [16, 60, 22, 22, 22])

    # --- tracker sheet
    t = wb.create_sheet("Outstanding recs")
    t["A1"] = "Outstanding internal audit recommendations – position at 28 February 2025"
    t["A1"].font = Font(bold=True, size=12)
    t["A2"] = "Priority 1 = fundamental control weakness; Priority 2 = significant; Priority 3 = housekeeping"
    t["A2"].font = Font(italic=True, size=9)
    hdr_row(t, 4, ["Rec no.", "Priority", "Recommendation", "Agreed management action", "Responsible officer",
                   "Original target date", "Revised target date", "RAG", "Service update (February 2025)"])
    data = [
        ("band", "Council Tax Reduction Scheme 2023/24 – Limited assurance"),
        ("CT-01", 1,
         "Evidence of household income should be verified for all new claims before an award is made, in line with the scheme policy.",
         "Introduce a mandatory income verification check in the Northgate workflow so that claims cannot be assessed until evidence is attached.",
         "Revenues and Benefits Manager", D(2024, 9, 30), D(2025, 3, 31), "A",
         "Workflow change tested in January 2025. Go-live delayed by the Northgate upgrade; new date agreed with internal audit."),
        ("CT-02", 2,
         "A sample of awards should be checked each month by a senior officer and the results recorded.",
         "Monthly quality check of 5% of new CTR awards by the Benefits Team Leader, with results reported to the Revenues and Benefits Manager.",
         "Benefits Team Leader", D(2024, 10, 31), None, "B",
         "Checks in place since October 2024. Internal audit verified a sample in January 2025 – recommend closure."),
        ("band", "Cyber Security 2024/25 – Reasonable assurance"),
        ("CY-01", 1,
         "All devices should be enrolled in the endpoint management platform and devices that do not comply with the patching policy should be removed from the network.",
         "Complete enrolment of the remaining laptops in Intune and quarantine non-compliant devices automatically.\nReport compliance figures monthly to the ICT Strategy Board.",
         "ICT Infrastructure Manager", D(2025, 1, 31), D(2025, 4, 30), "R",
         "87% of devices enrolled. 41 laptops held by agency staff still to be recalled; revised date at risk."),
        ("CY-02", 2,
         "Staff who have not completed mandatory cyber awareness training within 30 days of the deadline should have their network access reviewed.",
         "HR to issue monthly non-completion reports to heads of service; network access suspended for staff more than 30 days overdue.",
         "Head of HR, IT and Technical Services / ICT Security Officer", D(2025, 3, 31), None, "G",
         "First report issued 3 February 2025. Suspension process agreed by the Strategic Management Team."),
        ("band", "Leisure Contract Management 2023/24 – Limited assurance"),
        ("LC-01", 1,
         "Contract performance meetings should be held quarterly as required by the contract, with minutes and agreed actions recorded.",
         "Schedule quarterly performance meetings with the operator for 2024/25 and publish the minutes on the contracts SharePoint site.",
         "Leisure Contract Manager", D(2024, 6, 30), D(2024, 9, 30), "B",
         "Meetings held July 2024, October 2024 and January 2025; minutes published. Implemented."),
        ("LC-03", 2,
         "The utilities benchmark in the contract should be recalculated and any amounts due from the operator invoiced.",
         "Recalculate the utilities benchmark for 2022/23 and 2023/24 with Finance and raise an invoice for any sum due.",
         "Leisure Contract Manager & Strategic Finance Business Partner", D(2024, 12, 31), D(2025, 5, 31), "A",
         "Operator has disputed the 2022/23 baseline. Legal advice requested."),
        ("band", "Car Parks Income 2024/25 – Reasonable assurance"),
        ("CP-02", 3,
         "Cash collected from pay and display machines should be reconciled to the machine audit tickets every week.",
         "Weekly reconciliation template introduced; discrepancies over £50 to be escalated to the Parking Services Manager.",
         "Parking Services Team Leader", D(2025, 2, 28), None, "G",
         "Template in use from 10 February 2025."),
    ]
    r = 5
    for item in data:
        if item[0] == "band":
            t.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            c = t.cell(row=r, column=1, value=item[1])
            c.font = Font(bold=True)
            c.fill = FILL["band"]
            r += 1
            continue
        ref, pri, rec, act, lead, orig, rev, rag, upd = item
        vals = [ref, pri, rec, act, lead, orig, rev, None, upd]
        for i, v in enumerate(vals, start=1):
            c = t.cell(row=r, column=i, value=v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        t.cell(row=r, column=8).fill = FILL[rag]
        r += 1
    r += 1
    t.cell(row=r, column=1, value="Note: recommendations shaded blue have been verified as implemented and will be "
                                  "removed from the tracker once reported to this committee.").font = Font(italic=True)
    widths(t, [9, 9, 45, 50, 30, 13, 13, 7, 45])
    t.freeze_panes = "A5"
    wb.save(out("sc-vale-of-white-horse-dc-internal-audit-recommendations-tracker.xlsx"))


# ======================================================================
# 2. Northumberland CASP - LCSPR Child N action plan (xlsx)
# ======================================================================
def make_northumberland():
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = "NCASP Local Child Safeguarding Practice Review – Child N: Multi-agency Action Plan"
    cv["A1"].font = Font(bold=True, size=14, color="00797B")
    cv["A2"] = "Northumberland Children and Adults Safeguarding Partnership"
    cv["A4"] = "Review published"
    cv["B4"] = "12 September 2024"
    cv["A5"] = "Plan owner"
    cv["B5"] = "Learning and Improvement Subgroup"
    cv["A6"] = "Reporting to"
    cv["B6"] = "NCASP Executive (quarterly)"
    cv["A8"] = "Document control"
    cv["A8"].font = Font(bold=True)
    hdr_row(cv, 9, ["Version", "Date", "Author", "Summary of changes"], fill="teal")
    vers = [("0.1", D(2024, 10, 4), "NCASP Business Manager", "First draft following panel meeting"),
            ("1.0", D(2024, 11, 20), "NCASP Business Manager", "Agreed by NCASP Executive"),
            ("1.3", D(2025, 3, 18), "Learning and Improvement Subgroup", "March 2025 progress update"),
            ("1.4", D(2025, 6, 24), "Learning and Improvement Subgroup", "June 2025 progress update")]
    r = 10
    for v in vers:
        for i, x in enumerate(v, start=1):
            c = cv.cell(row=r, column=i, value=x)
            c.border = BOX
            if isinstance(x, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        r += 1
    widths(cv, [20, 22, 34, 40])

    ap = wb.create_sheet("Action Plan")
    ap["A1"] = "LCSPR Child N – Action Plan (progress at June 2025)"
    ap["A1"].font = Font(bold=True, size=12)
    hdr_row(ap, 3, ["Recommendation", "Action No.", "Action", "Lead", "Target Date", "Evidence of Impact",
                    "Previous RAG (Mar 25)", "Current RAG (Jun 25)", "Progress Update"], fill="teal")
    recs = [
        ("Recommendation 1: NCASP should seek assurance that practitioners across the partnership recognise and respond to the cumulative impact of neglect, including through use of the Graded Care Profile 2 (GCP2).",
         [("1.1", "Relaunch the GCP2 tool through a 7-minute briefing and refresher training for multi-agency practitioners.",
           "Workforce Development Lead (NCASP)", "Mar-25", "Training evaluations; number of GCP2s completed each quarter", "A", "B",
           "Briefing published November 2024. 212 practitioners trained by March 2025. GCP2 completions up from 31 to 58 per quarter."),
          ("1.2", "Audit a sample of 20 neglect cases to test whether GCP2 is being used to inform plans, and report the findings to the Quality Assurance Subgroup.",
           "Chair of QA Subgroup", "Sept 2025", "Audit report and learning briefing", "A", "A",
           "Audit tool agreed. Case sample drawn; auditors from Police, Health and Education identified.")]),
        ("Recommendation 2: Partner agencies should ensure that men who are significant in a child's life are identified, assessed and included in planning.",
         [("2.1", "Develop 'Seeing the Men' practice guidance and add a prompt to the Children's Social Care assessment template.",
           "Principal Social Worker", D(2025, 6, 30), "Assessment audit shows fathers/partners considered", "A", "G",
           "Guidance drafted and consulted on. Template change scheduled for the June Liquidlogic release."),
          ("2.2", "Health visiting and midwifery records to include a mandatory field for details of the father or partner at booking and at the new birth visit.",
           "Head of Midwifery (NHCT) / 0-19 Service Lead", "Q2 2025/26", "System report of completed fields", "R", "A",
           "Midwifery field live from April 2025. 0-19 system change awaiting supplier."),
          ("2.3", "Northumbria Police to check domestic abuse history for all adult males named in a referral to the Front Door.",
           "DCI Safeguarding (Northumbria Police)", "December 2024", "Front Door dip sample", "G", "B",
           "Checks built into the Front Door triage process since December 2024. Dip sample in February 2025 found 96% compliance.")]),
        ("Recommendation 3: The ICB and provider trusts should strengthen the response when children are not brought to health appointments.",
         [("3.1", "Review and relaunch the multi-agency Was Not Brought policy, including escalation to the GP and health visitor after two missed appointments.",
           "Designated Nurse Safeguarding Children (ICB)", "31/07/2025", "Policy published; audit of WNB episodes", "A", "G",
           "Revised policy approved by the Health Safeguarding Forum on 5 June 2025; launch event booked for July."),
          ("3.2", "GP practices to receive a quarterly report of children with two or more missed hospital appointments.",
           "Named GP for Safeguarding Children", "Ongoing", "Quarterly reports received by all practices", None, "G",
           "First report sent to all 38 practices in May 2025.")]),
        ("Recommendation 4: NCASP should test the effectiveness of the Resolution and Escalation Protocol and whether practitioners feel confident to use it.",
         [("4.1", "Run a practitioner survey on the use of the Resolution and Escalation Protocol and publish the findings.",
           "NCASP Business Manager", "Aug-25", "Survey response rate; findings report", "A", "R",
           "Original date of Apr-25 missed because of capacity in the business unit. Survey to open in July; revised date Aug-25."),
          ("4.2", "Add escalation as a standing item on the agenda of the multi-agency practice forum twice a year and record the themes raised.",
           "NCASP Business Manager / Chair of Learning and Improvement Subgroup", "Six-monthly", "Forum notes", "G", "G",
           "First themed session held 14 May 2025.")]),
    ]
    r = 4
    for rec_text, acts in recs:
        start = r
        for a in acts:
            ref, act, lead, due, ev, prev, cur, upd = a
            vals = [None, ref, act, lead, due, ev, prev, cur, upd]
            for i, v in enumerate(vals, start=1):
                c = ap.cell(row=r, column=i, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            for col, v in ((7, prev), (8, cur)):
                if v:
                    ap.cell(row=r, column=col).fill = FILL[v]
                    ap.cell(row=r, column=col).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
        c = ap.cell(row=start, column=1, value=rec_text)
        c.alignment = WRAP
        c.font = Font(bold=True)
        c.fill = FILL["lteal"]
        if r - 1 > start:
            ap.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    widths(ap, [42, 9, 48, 30, 12, 30, 11, 11, 50])
    ap.freeze_panes = "C4"

    k = wb.create_sheet("RAG key")
    k["A1"] = "RAG rating key"
    k["A1"].font = Font(bold=True)
    for i, (code, text) in enumerate([("R", "Not on track – significant delay or concern, escalate to Executive"),
                                       ("A", "Progress made but some delay against target date"),
                                       ("G", "On track to deliver by target date"),
                                       ("B", "Complete – evidence of impact received by the subgroup")], start=2):
        c = k.cell(row=i, column=1, value=code)
        c.fill = FILL[code]
        k.cell(row=i, column=2, value=text)
    widths(k, [8, 70])
    wb.save(out("sc-northumberland-casp-lcspr-child-n-action-plan.xlsx"))


# ======================================================================
# 3. North Kesteven DC - corporate plan delivery plan Q2 (xlsx, refuse)
# ======================================================================
def make_nkdc():
    wb = Workbook()
    s = wb.active
    s.title = "Overview"
    s["A1"] = "North Kesteven District Council – Corporate Plan 2024-2027: Delivery Plan Monitoring, Quarter 2 2025/26"
    s["A1"].font = Font(bold=True, size=13)
    s["A2"] = "Reported to Performance and Resources Overview and Scrutiny Committee, 20 November 2025"
    hdr_row(s, 4, ["Priority", "Actions", "Complete", "On track", "Some slippage", "Off track"])
    ov = [("Our Homes", 4, 1, 2, 1, 0), ("Our Economy", 3, 0, 2, 0, 1), ("Our Environment", 3, 1, 1, 1, 0)]
    r = 5
    for row in ov:
        for i, v in enumerate(row, start=1):
            s.cell(row=r, column=i, value=v).border = BOX
        r += 1
    s.cell(row=r, column=1, value="Total").font = Font(bold=True)
    for col in range(2, 7):
        L = get_column_letter(col)
        s.cell(row=r, column=col, value=f"=SUM({L}5:{L}7)").font = Font(bold=True)
    s["A11"] = "Status key: Complete (blue) / Green – on track / Amber – some slippage / Red – off track"
    s["A11"].font = Font(italic=True)
    widths(s, [22, 10, 11, 11, 14, 11])

    sheets = {
        "Our Homes": ("Our Homes – Ambition: Everyone has access to a safe, warm and affordable home", [
            ("H1", "Deliver 60 new affordable homes through the council's housebuilding programme and registered provider partners.",
             "Head of Housing Strategy and Delivery", "March 2026", "Green", "Green",
             "34 completions to end of Q2; Sleaford Moor site on programme for 18 handovers in Q4."),
            ("H2", "Complete stock condition surveys of 100% of council homes and load the data into the asset management system.",
             "Assets and Compliance Manager", D(2025, 9, 30), "Amber", "Complete",
             "All 3,870 surveys completed in September 2025."),
            ("H3", "Adopt a new Homelessness and Rough Sleeping Strategy 2026-2031.",
             "Housing Options Manager", "Jan-26", "Green", "Amber",
             "Consultation extended by four weeks to include partner feedback; Executive Board date moved to January."),
            ("H4", "Introduce a damp and mould triage service with inspection within 10 working days of a report.",
             "Head of Housing Services", "Q3 2025/26", "Green", "Green",
             "Triage team recruited; average time to inspect 8 days in Q2."),
        ]),
        "Our Economy": ("Our Economy – Ambition: A thriving and growing local economy", [
            ("E1", "Launch the UK Shared Prosperity Fund business grants round 3 and award all funding.",
             "Economic Development Manager", "Mar-26", "Green", "Green",
             "Round opened 1 September 2025; 27 applications received."),
            ("E2", "Deliver the Sleaford Market Place public realm improvements.",
             "Head of Economic Growth", "Decmber 2025", "Amber", "Red",
             "Utility diversions delayed by Anglian Water; contractor programme under review."),
            ("E3", "Publish a Visitor Economy Action Plan for North Kesteven with partners.",
             "Tourism and Culture Officer", "June 2026", "Green", "Green",
             "Stakeholder workshop held 16 July 2025."),
        ]),
        "Our Environment": ("Our Environment – Ambition: A cleaner, greener district", [
            ("EN1", "Roll out separate weekly food waste collections to all households.",
             "Waste Services Manager", "April 2026", "Green", "Green",
             "Vehicles ordered; caddies delivered to 40% of households."),
            ("EN2", "Install solar PV and battery storage at the council offices, Kesteven Street.",
             "Climate Change and Sustainability Officer", D(2025, 8, 31), "Amber", "Complete",
             "System commissioned 28 August 2025."),
            ("EN3", "Plant 5,000 trees across council land and community sites in the 2025/26 planting season.",
             "Open Spaces Manager", "Mar-26", "Green", "Amber",
             "Site surveys complete; 1,200 trees secured from the Woodland Trust, remainder subject to grant."),
        ]),
    }
    fills = {"Green": "G", "Amber": "A", "Red": "R", "Complete": "B"}
    for name, (heading, rows) in sheets.items():
        w = wb.create_sheet(name)
        w.merge_cells("A1:G1")
        w["A1"] = heading
        w["A1"].font = Font(bold=True, size=12, color="FFFFFF")
        w["A1"].fill = FILL["teal"]
        w["A2"] = "Quarter 2 2025/26 (July – September 2025)"
        w["A2"].font = Font(italic=True)
        hdr_row(w, 4, ["Ref", "Action", "Lead officer", "Target date", "Q1 status", "Q2 status", "Q2 commentary"])
        r = 5
        for ref, act, lead, due, q1, q2, com in rows:
            vals = [ref, act, lead, due, q1, q2, com]
            for i, v in enumerate(vals, start=1):
                c = w.cell(row=r, column=i, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            w.cell(row=r, column=5).fill = FILL[fills[q1]]
            w.cell(row=r, column=6).fill = FILL[fills[q2]]
            r += 1
        widths(w, [7, 55, 34, 14, 11, 11, 55])
    wb.save(out("sc-north-kesteven-dc-corporate-plan-delivery-plan-q2-2025-26-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------- docx helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, fill=None, white=False):
    cell.text = ""
    lines = text.split("\n") if text else [""]
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(9)
        if white:
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    if fill:
        shade(cell, fill)


def add_table(d, header, rows, hdr_fill="1F3864", style="Table Grid"):
    t = d.add_table(rows=1, cols=len(header))
    t.style = style
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, bold=True, fill=hdr_fill, white=True)
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v or "")
    return t


# ======================================================================
# 4. Safer Stronger North Somerset - DHR 'Tracey' action plan (docx)
# ======================================================================
def make_north_somerset():
    d = docx.Document()
    p = d.add_paragraph()
    r = p.add_run("Safer Stronger North Somerset Partnership")
    r.bold = True
    r.font.size = Pt(12)
    d.add_heading("Domestic Homicide Review ‘Tracey’ – Action Plan", level=0)
    d.add_paragraph("Status: live monitoring document. Updated for the DHR Oversight Group, 22 January 2025.")

    d.add_paragraph("Document control").runs[0].bold = True
    add_table(d, ["Version", "Date", "Author", "Comments"], [
        ["1.0", "14/05/2024", "Community Safety Manager", "Action plan submitted to the Home Office with the overview report"],
        ["2.0", "01/10/2024", "Community Safety Manager", "Progress update; actions 1.1 and 4.1 closed"],
        ["3.0", "22/01/2025", "DHR Oversight Group", "Progress update; revised dates agreed for 2.2 and 3.1"],
    ])

    d.add_paragraph("")
    d.add_heading("Part A – Overview Report Recommendations", level=1)

    hdr = ["Ref", "Action", "Lead officer", "Original target date", "Revised target date", "Progress / evidence", "RAG"]

    d.add_paragraph().add_run(
        "Recommendation 1: BNSSG ICB should ensure that GP practices in North Somerset routinely ask about domestic abuse "
        "when patients present with anxiety, depression or unexplained injuries.").bold = True
    add_table(d, hdr, [
        ["1.1", "Deliver IRIS domestic abuse training to all GP practices in North Somerset.",
         "ICB Designated Nurse Safeguarding Adults", "March 2024", "",
         "All 16 practices trained by March 2024; referrals to the IRIS advocate educator up 40%.", "Complete"],
        ["1.2", "Add a domestic abuse enquiry prompt to the EMIS mental health review template.",
         "ICB Named GP for Safeguarding / Primary Care Digital Lead", "30/09/2024", "31/03/2025",
         "Template change approved; awaiting the EMIS release schedule.", "Amber"],
    ])

    d.add_paragraph("")
    d.add_paragraph().add_run(
        "Recommendation 2: The Partnership should review how economic abuse is understood and responded to by "
        "frontline practitioners.").bold = True
    add_table(d, hdr, [
        ["2.1", "Commission a multi-agency learning event on economic abuse and coercive control, with Surviving Economic Abuse.",
         "Domestic Abuse Lead (NSC) and Head of Community Safety", "December 2024", "",
         "Event held 4 December 2024; 96 attendees from 14 agencies.", "Complete"],
        ["2.2", "Include economic abuse questions in the council's Housing Options and Welfare Rights assessments.",
         "Housing Options Manager / Welfare Rights Team Manager", "31 October 2024", "April 2025",
         "Housing Options form updated. Welfare Rights form to be changed with the new case management system.", "Amber"],
    ])

    d.add_paragraph("")
    d.add_paragraph().add_run(
        "Recommendation 3: Avon and Somerset Police and the MARAC should ensure that repeat referrals within 12 months "
        "are identified and that the risk is reassessed.").bold = True
    add_table(d, hdr, [
        ["3.1", "Audit MARAC repeat referrals for North Somerset over a six-month period and report the findings to the Partnership.",
         "MARAC Chair", "Q3 2024/25", "Q1 2025/26",
         "Audit scope agreed; data extraction delayed by the move to the new MARAC system.", "Red"],
    ])

    d.add_paragraph("")
    d.add_heading("Part B – Single Agency Recommendations", level=1)
    d.add_paragraph().add_run("Avon and Somerset Police").bold = True
    add_table(d, hdr, [
        ["4.1", "Issue a briefing to all response officers on recording the views of children present at domestic abuse incidents.",
         "Detective Superintendent, Public Protection", "September 2024", "",
         "Briefing issued 19 September 2024 and added to the officer safety training day.", "Complete"],
    ])
    d.add_paragraph("")
    d.add_paragraph().add_run("Sirona care & health").bold = True
    add_table(d, hdr, [
        ["5.1", "Community nursing staff to complete routine enquiry for domestic abuse at first assessment and record it in the patient record.",
         "Head of Safeguarding", "June 2025", "",
         "Routine enquiry audit planned for May 2025.", "Green"],
    ])

    d.add_paragraph("")
    d.add_paragraph("RAG key: Red – not started or off track; Amber – in progress, revised date agreed; "
                    "Green – on track; Complete – action completed and evidence received.")
    d.save(out("sc-north-somerset-csp-dhr-tracey-action-plan.docx"))


# ======================================================================
# 5. Solihull Safeguarding Adults Board - risk register (docx)
# ======================================================================
def make_solihull():
    d = docx.Document()
    h = d.add_heading("Solihull Safeguarding Adults Board – Board Risk Register 2025/26", level=0)
    d.add_paragraph("Owner: Independent Chair, Solihull Safeguarding Adults Board (SSAB)\n"
                    "Reviewed by the SSAB Executive Group on 15 October 2025. Next review: January 2026.")

    d.add_paragraph().add_run("Risk scoring and action progress key").bold = True
    key = d.add_table(rows=5, cols=2)
    key.style = "Table Grid"
    kv = [("Risk score (Likelihood x Impact)", "Action progress"),
          ("1 – 4  Low", "B – Action complete"),
          ("5 – 12  Medium", "G – On track"),
          ("15 – 25  High", "A – Some slippage"),
          ("", "R – Off track / not started")]
    fills = [None, "92D050", "FFC000", "FF0000", None]
    for i, (a, b) in enumerate(kv):
        set_cell(key.rows[i].cells[0], a, bold=(i == 0), fill=fills[i])
        set_cell(key.rows[i].cells[1], b, bold=(i == 0))

    risks = [
        ("SAB-R01: Partner assurance",
         "Statutory partners are unable to give the Board timely assurance about the effectiveness of their safeguarding arrangements, so the Board cannot fulfil its duties under the Care Act 2014.",
         "Annual self-assessment (SAAF) cycle; Performance and Quality Assurance Subgroup; partner challenge event.",
         "4 x 4 = 16", "3 x 4 = 12",
         [("1a", "Redesign the SAAF template around the six safeguarding principles and issue to all partners.",
           "SSAB Business Manager", "31/07/2025", "B"),
          ("1b", "Hold a partner challenge event where each statutory partner presents its SAAF findings to the Board.",
           "Independent Chair", "Q3 2025/26", "G"),
          ("1c", "Agree a multi-agency performance dataset including Making Safeguarding Personal measures.",
           "Chair of Performance and Quality Assurance Subgroup", "End of January 2026", "A")]),
        ("SAB-R02: Safeguarding Adults Reviews",
         "Learning from Safeguarding Adults Reviews is not embedded in practice, so the same practice issues recur in later reviews.",
         "SAR Subgroup; SAR action plans monitored to closure; 7-minute briefings.",
         "3 x 4 = 12", "3 x 3 = 9",
         [("2a", "Publish a thematic learning briefing on self-neglect and hoarding drawn from the last three SARs.",
           "Chair of SAR Subgroup", "Nov 2025", "G"),
          ("2b", "Test the impact of SAR learning through a multi-agency case audit of self-neglect cases.",
           "Head of Quality Assurance, Adult Social Care", "Mar 2026", "R"),
          ("2c", "Report progress on open SAR action plans to each Board meeting.",
           "SSAB Business Manager", "Quarterly", "G")]),
        ("SAB-R03: Board resources",
         "Partner contributions to the Board budget do not meet the cost of the business unit and the SAR programme in 2026/27.",
         "Funding agreement 2023-2026; budget monitored by the Executive Group.",
         "3 x 3 = 9", "4 x 3 = 12",
         [("3a", "Agree a revised funding formula with Solihull MBC, the ICB and West Midlands Police for 2026/27.",
           "Independent Chair and Director of Adult Social Care", "31/12/2025", "A"),
          ("3b", "Explore a joint SAR commissioning framework with Birmingham SAB to reduce review costs.",
           "SSAB Business Manager", "Q4 2025/26", "G")]),
    ]
    prog_fill = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}
    for title, desc, controls, inherent, current, actions in risks:
        d.add_paragraph("")
        d.add_heading(title, level=2)
        t = d.add_table(rows=3, cols=5)
        t.style = "Table Grid"
        set_cell(t.cell(0, 0), "Risk description", bold=True, fill="D9E1F2")
        m = t.cell(0, 1).merge(t.cell(0, 4))
        set_cell(m, desc)
        set_cell(t.cell(1, 0), "Existing controls", bold=True, fill="D9E1F2")
        m = t.cell(1, 1).merge(t.cell(1, 4))
        set_cell(m, controls)
        set_cell(t.cell(2, 0), "Inherent score", bold=True, fill="D9E1F2")
        set_cell(t.cell(2, 1), inherent)
        set_cell(t.cell(2, 2), "Current score", bold=True, fill="D9E1F2")
        m = t.cell(2, 3).merge(t.cell(2, 4))
        set_cell(m, current)
        row = t.add_row().cells
        for i, hname in enumerate(["Ref", "Further action required", "Action owner", "Due date", "Progress"]):
            set_cell(row[i], hname, bold=True, fill="1F3864", white=True)
        for ref, act, owner, due, prog in actions:
            row = t.add_row().cells
            set_cell(row[0], ref)
            set_cell(row[1], act)
            set_cell(row[2], owner)
            set_cell(row[3], due)
            set_cell(row[4], prog, fill=prog_fill[prog])
    d.add_paragraph("")
    d.add_paragraph("Target score for all three risks: 8 or below by March 2026.")
    d.save(out("sc-solihull-safeguarding-adults-board-risk-register-2025-26.docx"))


# ======================================================================
# 6. Torbay Health and Wellbeing Board - action log (csv)
# ======================================================================
def csvq(v):
    v = "" if v is None else str(v)
    if any(ch in v for ch in ',"\n'):
        v = '"' + v.replace('"', '""') + '"'
    return v


def make_torbay():
    rows = [
        ["Torbay Health and Wellbeing Board - Action Log (updated 2 December 2025)"],
        [],
        ["Action ref", "Meeting", "Action", "Lead", "Due date", "RAG", "Progress update"],
        ["HWB/25/03", "13/03/2025",
         "Circulate the draft Joint Strategic Needs Assessment summary to Board members for comment before publication.",
         "Director of Public Health", "30/04/2025", "Complete",
         "Circulated 2 April 2025; published on the Torbay JSNA site in May."],
        ["HWB/25/06", "12/06/2025",
         "Bring a report on the Pharmaceutical Needs Assessment 2025 supplementary statement, including the impact of the Paignton pharmacy closure.",
         "Public Health Intelligence Manager", "Sep-25", "Complete",
         "Report taken at the September meeting (item 7)."],
        ["HWB/25/07", "12/06/2025",
         "Set up a task and finish group on \"Healthy Homes\" with Torbay Council Housing Standards and Torbay and South Devon NHS FT.",
         "LH, JF", "31/10/2025", "Amber",
         "Terms of reference agreed. First meeting slipped to 20 November because of winter planning;\nmembership still to be confirmed by the Trust."],
        ["HWB/25/09", "11/09/2025",
         "Provide a breakdown of childhood immunisation uptake by GP practice and primary care network.",
         "Screening and Immunisation Lead (NHS England South West)", "Dec-25", "Green",
         "Data request submitted; to be presented at the December meeting."],
        ["HWB/25/10", "11/09/2025",
         "Update the Board's forward plan to include the Better Care Fund 2025-26 quarter 2 return\nand the Suicide Prevention Plan refresh.",
         "Health and Wellbeing Board Officer", "Next meeting", "Green",
         "Forward plan updated; both items listed for 11 December 2025."],
        ["HWB/25/11", "11/09/2025",
         "Write to the ICB on behalf of the Board about access to NHS dentistry for looked after children in Torbay.",
         "Chair and Director of Children's Services", "31/10/2025", "Red",
         "Letter drafted but not yet sent; awaiting data from the Designated Doctor for Looked After Children."],
        ["HWB/25/12", "11/09/2025",
         "Report on progress of the Torbay Loneliness Action Plan, including the social prescribing offer.",
         "Community Development Lead, Torbay Community Development Trust", "Mar-26", "Green",
         "Scheduled for the March 2026 Board."],
    ]
    lines = [",".join(csvq(v) for v in row) for row in rows]
    lines.append("")
    lines.append("RAG key: Complete = action closed; Green = on track; Amber = some delay; Red = overdue")
    with open(out("sc-torbay-health-and-wellbeing-board-action-log.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ======================================================================
# 7. Wakefield Council - Ofsted focused visit action plan (txt, tab separated)
# ======================================================================
def make_wakefield():
    L = []
    L.append("Wakefield Council – Ofsted Focused Visit Action Plan")
    L.append("Visit: 5 and 6 March 2025. Focus: children in need and children subject to a child protection plan")
    L.append("Monitored by the Children's Services Improvement Board. Last updated: 30 June 2025")
    L.append("")
    L.append("\t".join(["Ref", "Area for improvement", "Action", "Lead", "By when", "RAG", "Progress"]))
    afi1 = "AFI 1: The quality and timeliness of child protection plans, so that they are specific and focused on reducing risk."
    afi2 = "AFI 2: Management oversight and supervision of children in need, so that drift is identified and addressed."
    afi3 = "AFI 3: The consistency of the response to children who are missing education or on part-time timetables."
    rows = [
        ("1.1", afi1, "Introduce a new child protection plan template with SMART outcomes and a family-friendly version.",
         "Service Manager (Child Protection)", "Apr-25", "B", "Template live from 14 April 2025."),
        ("1.2", "", "Child protection chairs to quality assure every plan at the review conference and escalate weak plans.",
         "Head of Service – Safeguarding and Quality Assurance", "30/06/2025", "G",
         "Escalation process in place; 23 plans escalated in May and June."),
        ("1.3", "", "Monthly audit of 10 child protection plans by team managers, moderated by the Principal Social Worker.",
         "Principal Social Worker", "Monthly", "G", "Audits completed in April, May and June; 70% good or better in June."),
        ("2.1", afi2, "Revise the supervision policy so that children in need are reviewed in supervision at least every four weeks.",
         "Head of Service / Principal Social Worker", "May 2025", "A",
         "Policy drafted; consultation with staff forum extended to the end of July."),
        ("2.2", "", "Build a Power BI report showing children in need open for more than 9 months without a review.",
         "Performance and Intelligence Manager", "31/07/2025", "G", "Prototype report shared with team managers."),
        ("2.3", "", "Children in need panel to review all children open for 12 months or longer.",
         "Service Manager (CIN/CP)", "Sept 2025", "R", "Panel not yet started because of service manager vacancy."),
        ("3.1", afi3, "Agree a joint protocol between Education Access and Children's Social Care for children on part-time timetables.",
         "Head of Education Access and Inclusion", "Summer term 2025", "A",
         "Draft protocol with head teacher reference group."),
        ("3.2", "", "Social workers to record school attendance at every child in need review and child protection conference.",
         "Head of Service – Safeguarding and Quality Assurance", "Autumn term 2025", "G",
         "Mandatory attendance field added to the review template."),
    ]
    for row in rows:
        L.append("\t".join(row))
    L.append("")
    L.append("RAG: R = not started / at risk; A = in progress, some delay; G = on track; B = complete")
    with open(out("sc-wakefield-council-ofsted-focused-visit-action-plan.txt"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(L) + "\n")


if __name__ == "__main__":
    make_vale()
    make_northumberland()
    make_nkdc()
    make_north_somerset()
    make_solihull()
    make_torbay()
    make_wakefield()
    print("built 7 files")
