"""Build the seven zxt- blind test files (set heldout625).

Run with /work/main/.venv/bin/python zxt_make.py from any directory;
files are written next to this script.
"""
import os
from datetime import date

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


# ---------------------------------------------------------------- helpers
RAG_FILL = {
    "R": "FF0000",
    "A": "FFC000",
    "G": "00B050",
    "B": "0070C0",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def set_widths(ws, widths):
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def box_row(ws, row, ncols):
    for c in range(1, ncols + 1):
        cell = ws.cell(row=row, column=c)
        cell.border = BOX
        cell.alignment = WRAP


def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, italic=False, size=None, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        run = p.add_run(line)
        run.bold = bold
        run.italic = italic
        if size:
            run.font.size = Pt(size)
        if color:
            run.font.color.rgb = RGBColor.from_string(color)
        if i < len(lines) - 1:
            run.add_break()


# ======================================================================
# 1. Trent & Dove Housing - RSH consumer standards improvement plan (xlsx)
# ======================================================================
def make_trent_dove():
    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    set_widths(cover, [24, 60, 50])
    cover["A1"] = "Trent & Dove Housing"
    cover["A1"].font = Font(bold=True, size=16, color="1F4E79")
    cover["A2"] = "Consumer Standards Improvement Plan"
    cover["A2"].font = Font(bold=True, size=13)
    cover["A3"] = ("Response to the Regulator of Social Housing regulatory "
                   "judgement (C2) published May 2025")
    cover["A5"] = "Document control"
    cover["A5"].font = Font(bold=True)
    dc = [
        ("Version", "1.4"),
        ("Plan owner", "Executive Director of Customers & Communities"),
        ("Approved by", "Board, 24 June 2025"),
        ("Last updated", "31 August 2025"),
        ("Reported to", "Customer Services Committee – 18 September 2025"),
        ("Next review", "Board – November 2025"),
    ]
    r = 6
    for k, v in dc:
        cover.cell(row=r, column=1, value=k).font = Font(bold=True)
        cover.cell(row=r, column=2, value=v)
        box_row(cover, r, 2)
        r += 1
    r += 1
    cover.cell(row=r, column=1, value="Version history").font = Font(bold=True)
    r += 1
    for i, h in enumerate(("Version", "Date", "Changes"), start=1):
        c = cover.cell(row=r, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = fill("D9E1F2")
    box_row(cover, r, 3)
    r += 1
    for v, d, ch in [
        ("1.0", "10/06/2025", "First draft for Executive Team"),
        ("1.1", "24/06/2025", "Approved by Board"),
        ("1.2", "17/07/2025", "Revised dates for 1.3 and 2.3 agreed by Committee"),
        ("1.3", "31/07/2025", "Action 3.1 added"),
        ("1.4", "31/08/2025", "Progress updates at 31 August"),
    ]:
        cover.cell(row=r, column=1, value=v)
        cover.cell(row=r, column=2, value=d)
        cover.cell(row=r, column=3, value=ch)
        box_row(cover, r, 3)
        r += 1

    ws = wb.create_sheet("Improvement Plan")
    set_widths(ws, [7, 42, 52, 30, 13, 13, 46, 11, 11])
    ncols = 9
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncols)
    ws["A1"] = "Trent & Dove Housing – Consumer Standards Improvement Plan 2025/26"
    ws["A1"].font = Font(bold=True, size=14, color="1F4E79")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncols)
    ws["A2"] = "Position at 31 August 2025"
    ws["A2"].font = Font(italic=True)
    heads = ["Ref", "RSH finding", "Action", "Lead(s)", "Original target",
             "Revised target", "Progress update", "Previous RAG", "Current RAG"]
    for i, h in enumerate(heads, start=1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F4E79")
    box_row(ws, 4, ncols)

    F1 = ("The landlord does not have an accurate, up-to-date understanding of "
          "the condition of all its homes. Stock condition data for around a "
          "third of homes is more than five years old.")
    F2 = ("Damp and mould cases were not always inspected within the landlord's "
          "own timescales, and follow-up inspections were not consistently recorded.")
    F3 = ("Tenants could not easily see how their views had influenced decisions, "
          "and complaint handling performance was not reported to tenants.")
    F4 = ("Anti-social behaviour cases were not consistently risk assessed when "
          "they were first reported.")
    F5 = ("New tenants were not consistently offered tenancy sustainment support "
          "at the six-week visit.")

    plan = [
        ("1. Safety and Quality Standard", [
            (F1, [
                ("1.1", "Complete a 100% stock condition survey programme, prioritising "
                 "the 2,140 homes whose data is more than five years old.",
                 "Head of Asset Management", date(2026, 3, 31), None,
                 "1,312 surveys completed to date; contractor on programme.", "A", "G"),
                ("1.2", "Load all survey results into the asset management system and "
                 "reconcile them against the Decent Homes Standard return.",
                 "Head of Asset Management / Data & Insight Manager", date(2026, 6, 30), None,
                 "Data cleanse of existing records under way.", "G", "G"),
            ]),
            (F2, [
                ("1.3", "Introduce a dedicated damp and mould triage team working to a "
                 "10 working day inspection target.",
                 "Repairs & Maintenance Manager", date(2025, 10, 31), date(2025, 12, 31),
                 "Recruitment to two surveyor posts delayed; agency cover in place from October.",
                 "R", "A"),
                ("1.4", "Add a mandatory six-week follow-up visit to every damp and mould "
                 "job in the repairs system.",
                 "Repairs & Maintenance Manager; Customer Insight Lead", date(2025, 8, 31), None,
                 "Live in the repairs system from 4 August 2025.", "G", "B"),
            ]),
        ]),
        ("2. Transparency, Influence and Accountability Standard", [
            (F3, [
                ("2.1", "Publish a quarterly “You said, we did” report on the website and "
                 "in the tenant newsletter.",
                 "Tenant Engagement Manager", date(2025, 12, 31), None,
                 "First edition drafted with the Tenant Voice Panel.", "G", "G"),
                ("2.2", "Report complaint handling performance and lessons learned to the "
                 "Tenant Voice Panel every quarter.",
                 "Complaints & Resolution Manager", date(2025, 9, 30), None,
                 "Q1 report presented to the Panel on 12 August 2025.", "G", "B"),
                ("2.3", "Refresh tenant profile data for all households.\nTarget: 85% of "
                 "households with vulnerability and communication needs recorded.",
                 "Head of Housing Services", date(2026, 3, 31), date(2026, 6, 30),
                 "62% complete. Revised date reflects the move to the new housing "
                 "management system.", "A", "A"),
            ]),
        ]),
        ("3. Neighbourhood and Community Standard", [
            (F4, [
                ("3.1", "Roll out the ASB risk assessment matrix to all Neighbourhood "
                 "Officers and audit 20 cases each quarter.",
                 "Neighbourhood Services Manager", date(2026, 1, 31), None,
                 "New action added July 2025 – not yet started.", None, None),
            ]),
        ]),
        ("4. Tenancy Standard", [
            (F5, [
                ("4.1", "Reintroduce the six-week new tenancy visit using a tenancy "
                 "sustainment checklist.",
                 "Lettings Team Leader & Tenancy Sustainment Officer", date(2025, 11, 30), None,
                 "Checklist agreed; visits restarted for lets from 1 September.", "A", "G"),
            ]),
        ]),
    ]

    r = 5
    counts = {"B": 0, "G": 0, "A": 0, "R": 0, None: 0}
    for std, findings in plan:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncols)
        c = ws.cell(row=r, column=1, value=std)
        c.font = Font(bold=True)
        for col in range(1, ncols + 1):
            ws.cell(row=r, column=col).fill = fill("D9D9D9")
        r += 1
        for finding, acts in findings:
            first = r
            for ref, act, lead, orig, rev, prog, prev, cur in acts:
                ws.cell(row=r, column=1, value=ref)
                ws.cell(row=r, column=3, value=act)
                ws.cell(row=r, column=4, value=lead)
                c = ws.cell(row=r, column=5, value=orig)
                c.number_format = "mmm-yy"
                if rev:
                    c = ws.cell(row=r, column=6, value=rev)
                    c.number_format = "mmm-yy"
                ws.cell(row=r, column=7, value=prog)
                for col, val in ((8, prev), (9, cur)):
                    if val:
                        cc = ws.cell(row=r, column=col, value=val)
                        cc.fill = fill(RAG_FILL[val])
                        cc.font = Font(bold=True, color="FFFFFF" if val in "RB" else "000000")
                box_row(ws, r, ncols)
                for col in (8, 9):
                    ws.cell(row=r, column=col).alignment = Alignment(
                        horizontal="center", vertical="top")
                counts[cur] += 1
                r += 1
            ws.cell(row=first, column=2, value=finding)
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
            ws.cell(row=first, column=2).alignment = WRAP
    r += 1
    ws.cell(row=r, column=2, value="Summary – current RAG").font = Font(bold=True)
    r += 1
    for label, key in (("Complete (B)", "B"), ("On track (G)", "G"),
                       ("Some slippage (A)", "A"), ("Off track (R)", "R"),
                       ("Not yet started", None)):
        ws.cell(row=r, column=2, value=label)
        ws.cell(row=r, column=3, value=counts[key])
        box_row(ws, r, 3)
        r += 1
    ws.cell(row=r, column=2, value="Total actions").font = Font(bold=True)
    ws.cell(row=r, column=3, value=sum(counts.values())).font = Font(bold=True)
    box_row(ws, r, 3)
    r += 2
    ws.cell(row=r, column=1,
            value="Note: revised target dates were agreed by the Customer Services "
                  "Committee on 17 July 2025. Original targets are retained for audit trail.")
    ws.freeze_panes = "A5"

    key = wb.create_sheet("RAG Key")
    set_widths(key, [8, 60])
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (k, txt) in enumerate([
        ("B", "Complete – evidence provided to the Customer Services Committee"),
        ("G", "On track to deliver by the target date"),
        ("A", "Some slippage; recovery plan in place"),
        ("R", "Off track / at risk of not being delivered"),
        ("", "Blank – not yet started"),
    ], start=2):
        c = key.cell(row=i, column=1, value=k or None)
        if k:
            c.fill = fill(RAG_FILL[k])
        key.cell(row=i, column=2, value=txt)
        box_row(key, i, 2)
    wb.active = 1
    wb.save(out("zxt-trent-and-dove-housing-rsh-consumer-standards-improvement-plan.xlsx"))


# ======================================================================
# 2. Civil Nuclear Constabulary - strategic risk register (xlsx)
# ======================================================================
def make_cnc():
    wb = Workbook()
    summ = wb.active
    summ.title = "Summary"
    set_widths(summ, [50, 26, 14, 14, 18])
    summ["A1"] = "Civil Nuclear Police Authority – Strategic Risk Register 2025/26"
    summ["A1"].font = Font(bold=True, size=14)
    summ["A2"] = "Summary of strategic risks – Quarter 2 (30 September 2025)"
    summ["A3"] = "OFFICIAL"
    summ["A3"].font = Font(bold=True, color="C00000")
    hdr = ["Risk", "Risk owner", "Residual score", "Target score", "Direction of travel"]
    for i, h in enumerate(hdr, start=1):
        c = summ.cell(row=5, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = fill("D9E1F2")
    box_row(summ, 5, 5)

    risks = [
        ("SR1 – Officer recruitment and retention", "Deputy Chief Constable",
         "Competitive local labour markets around remote sites, long lead times for "
         "firearms training and attrition in the first two years of service.\n"
         "Consequence: insufficient Authorised Firearms Officers to meet site "
         "deployment requirements.",
         "Workforce plan reviewed monthly at People Board; targeted recruitment "
         "campaigns by site; retention payments at remote sites.",
         "4 x 4 = 16", "3 x 4 = 12", "2 x 4 = 8", "◄► Stable",
         [("SR1.1", "Deliver two additional Initial Firearms Course intakes at the "
           "Centre for Learning & Development.", "Head of Learning & Development",
           date(2026, 3, 31), "G"),
          ("SR1.2", "Implement the revised shift allowance agreed with the Civil "
           "Nuclear Police Federation.", "Director of People & Culture",
           "Q3 2025/26", "A"),
          ("SR1.3", "Report exit interview themes to People Board every quarter.",
           "Director of People & Culture", "Ongoing", "G")]),
        ("SR2 – Cyber security and information assurance", "Chief Information Officer",
         "Increasing hostile state and criminal cyber activity against critical "
         "national infrastructure; legacy operational systems.\n"
         "Consequence: loss of availability or compromise of sensitive information.",
         "Security Operations Centre monitoring; accredited network; annual IT "
         "health check and penetration testing.",
         "4 x 5 = 20", "3 x 5 = 15", "2 x 5 = 10", "▲ Increasing",
         [("SR2.1", "Complete migration of legacy operational systems to the "
           "accredited cloud platform.", "Chief Information Officer",
           date(2026, 6, 30), "R"),
          ("SR2.2", "Achieve Cyber Essentials Plus re-certification.",
           "Head of Information Security", date(2025, 9, 30), "B")]),
        ("SR3 – Funding and commercial sustainability", "Chief Finance Officer",
         "Changes to the civil nuclear estate as stations close, and pressure on "
         "funders' budgets.\nConsequence: funding gap and reduced capability.",
         "Funding agreements with the Nuclear Decommissioning Authority and site "
         "licence companies; medium term financial plan.",
         "3 x 4 = 12", "3 x 3 = 9", "2 x 3 = 6", "◄► Stable",
         [("SR3.1", "Agree the 2026/27 charging model with the Nuclear "
           "Decommissioning Authority and site licence companies.",
           "Chief Finance Officer / Director of Commercial Services", "Jan 2026", "A"),
          ("SR3.2", "Submit the business case for armed policing of non-nuclear "
           "critical national infrastructure sites to DESNZ.",
           "Director of Commercial Services", date(2026, 2, 28), None)]),
        ("SR4 – Standards of professional behaviour", "Deputy Chief Constable",
         "Gaps in vetting renewals or in supervision allow behaviour that falls "
         "below the Standards of Professional Behaviour.\n"
         "Consequence: harm to colleagues and the public, and loss of confidence.",
         "Professional Standards Department; Counter Corruption Unit; annual "
         "integrity health check; Code of Ethics training.",
         "3 x 4 = 12", "2 x 4 = 8", "2 x 4 = 8", "▼ Reducing",
         [("SR4.1", "Re-vet all officers and staff whose vetting clearance expires "
           "before 31 March 2026.",
           "Head of Professional Standards; Force Vetting Manager", date(2026, 3, 31), "A"),
          ("SR4.2", "Deliver the ‘Standards Matter’ workshop to all first and second "
           "line supervisors.", "Head of Professional Standards", "Dec-25", "G")]),
    ]
    for i, rk in enumerate(risks, start=6):
        vals = [rk[0], rk[1], rk[5], rk[6], rk[7]]
        for j, v in enumerate(vals, start=1):
            summ.cell(row=i, column=j, value=v)
        box_row(summ, i, 5)

    ws = wb.create_sheet("Strategic Risk Register")
    set_widths(ws, [30, 18, 44, 40, 11, 11, 11, 8, 48, 30, 13, 8])
    ncols = 12
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncols)
    ws["A1"] = "Civil Nuclear Police Authority – Strategic Risk Register 2025/26"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncols)
    ws["A2"] = ("Quarter 2 review – reported to the Audit and Risk Assurance "
                "Committee, 4 November 2025")
    ws["A3"] = "OFFICIAL"
    ws["A3"].font = Font(bold=True, color="C00000")
    heads = ["Risk", "Risk owner", "Causes and consequences", "Key controls",
             "Inherent score (L x I)", "Residual score (L x I)", "Target score",
             "Ref", "Further action required", "Action owner", "Target date", "RAG"]
    for i, h in enumerate(heads, start=1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("002060")
    box_row(ws, 5, ncols)
    r = 6
    for rk in risks:
        first = r
        for ref, act, owner, due, rag in rk[8]:
            ws.cell(row=r, column=8, value=ref)
            ws.cell(row=r, column=9, value=act)
            ws.cell(row=r, column=10, value=owner)
            c = ws.cell(row=r, column=11, value=due)
            if isinstance(due, date):
                c.number_format = "dd/mm/yyyy"
            if rag:
                ws.cell(row=r, column=12).fill = fill(RAG_FILL[rag])
            box_row(ws, r, ncols)
            r += 1
        for col, val in enumerate(rk[:7], start=1):
            ws.cell(row=first, column=col, value=val)
            ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
            ws.cell(row=first, column=col).alignment = WRAP
        ws.cell(row=first, column=1).font = Font(bold=True)
    r += 1
    ws.cell(row=r, column=1, value="RAG (action progress) – see Scoring Matrix & Key sheet. "
            "Scores are likelihood x impact on a 5 x 5 matrix.")
    ws.freeze_panes = "A6"

    mx = wb.create_sheet("Scoring Matrix & Key")
    set_widths(mx, [16, 10, 10, 10, 10, 10])
    mx["A1"] = "Risk scoring matrix (likelihood x impact)"
    mx["A1"].font = Font(bold=True)
    mx.cell(row=2, column=1, value="Likelihood \\ Impact")
    for j in range(1, 6):
        mx.cell(row=2, column=j + 1, value=j).font = Font(bold=True)
    for i, lk in enumerate(range(5, 0, -1), start=3):
        mx.cell(row=i, column=1, value=lk).font = Font(bold=True)
        for j in range(1, 6):
            s = lk * j
            c = mx.cell(row=i, column=j + 1, value=s)
            c.fill = fill("FF0000" if s >= 15 else "FFC000" if s >= 8 else "92D050")
            c.border = BOX
    mx["A10"] = "Action RAG key"
    mx["A10"].font = Font(bold=True)
    for i, (hx, txt) in enumerate([
        ("0070C0", "Blue – action complete"),
        ("00B050", "Green – on track"),
        ("FFC000", "Amber – at risk of slipping"),
        ("FF0000", "Red – off track / overdue"),
        (None, "No colour – not yet started"),
    ], start=11):
        c = mx.cell(row=i, column=1)
        if hx:
            c.fill = fill(hx)
        c.border = BOX
        mx.cell(row=i, column=2, value=txt)
    wb.active = 1
    wb.save(out("zxt-civil-nuclear-constabulary-strategic-risk-register-2025-26.xlsx"))


# ======================================================================
# 3. Berkshire Healthcare NHSFT - MHA monitoring PAS tracker (xlsx, refuse)
# ======================================================================
def make_berkshire():
    wb = Workbook()
    ws = wb.active
    ws.title = "PAS Tracker"
    set_widths(ws, [8, 30, 46, 50, 26, 16, 13, 40])
    ncols = 8
    ws["A1"] = "Berkshire Healthcare NHS Foundation Trust"
    ws["A1"].font = Font(bold=True, size=14, color="005EB8")
    ws["A2"] = ("Mental Health Act Monitoring Visits – Provider Action Statements "
                "(PAS) tracker 2025/26")
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = ("Prospect Park Hospital | Updated for the Mental Health Act "
                "Managers' Committee, 9 December 2025")
    heads = ["Issue no.", "Domain", "Issue identified by CQC", "Action",
             "Responsible person", "Completion date", "Status", "Evidence / assurance"]
    for i, h in enumerate(heads, start=1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("005EB8")
    box_row(ws, 5, ncols)
    D1 = "Protecting patients' rights and autonomy"
    D2 = "Assessment, transfer between services and treatment"
    D3 = "Leaving hospital"
    D4 = "Environment"
    wards = [
        ("Bluebell Ward – visit 12 June 2025 (PAS submitted 18 July 2025)", [
            ("1", D1, "Patients were not always given information about their rights "
             "under section 132 on admission and at regular intervals after that.",
             "Add a section 132 rights prompt to the daily safety huddle and audit "
             "compliance monthly.", "Ward Manager, Bluebell Ward", date(2025, 8, 31),
             "Complete", "Audit July–September: 96% compliance."),
            ("2", D2, "Capacity to consent assessments were not always recorded at the "
             "first administration of medication.",
             "Re-issue the consent to treatment checklist and include it in junior "
             "doctor induction.", "Consultant Psychiatrist / MHA Office Manager",
             date(2025, 9, 30), "Complete", "Checklist live; induction slides updated."),
        ]),
        ("Sorrel Ward – visit 21 August 2025 (PAS submitted 30 September 2025)", [
            ("1", D3, "Section 17 leave forms did not always record the conditions of "
             "leave or that a copy had been given to the patient.",
             "Introduce the revised section 17 leave form with mandatory fields in "
             "the electronic patient record.", "Ward Manager, Sorrel Ward",
             date(2025, 12, 31), "In progress", "Form built; testing with RiO team."),
            ("2", D4, "The de-escalation room was being used for storage.",
             "Clear the de-escalation room and agree an alternative storage area "
             "with Estates.", "Ward Manager, Sorrel Ward; Estates Manager",
             date(2025, 10, 31), "Complete", "Room cleared 6 October 2025."),
            ("3", D1, "Patients did not have regular access to an independent mental "
             "health advocate (IMHA) on the ward.",
             "Agree a weekly IMHA drop-in session with the advocacy provider and "
             "display the session times on the ward.", "Matron, Acute Inpatients",
             "Febuary 2026", "In progress", "Provider contacted; session day to be confirmed."),
        ]),
        ("Campion Unit – visit 16 October 2025 (PAS due 28 November 2025)", [
            ("1", D2, "Care plans did not always show patient involvement or the "
             "patient's views.", "Complete a care plan quality audit of all patients "
             "and feed back the findings to each named nurse.",
             "Clinical Lead, Campion Unit", date(2026, 1, 31), "Not started", ""),
            ("2", D1, "Blanket restrictions on access to the garden had not been "
             "reviewed.", "Review all blanket restrictions through the Reducing "
             "Restrictive Practice group and record the outcome.",
             "Head of Nursing", date(2026, 3, 31), "In progress",
             "Reviewed at RRP group 13 November 2025."),
        ]),
    ]
    r = 6
    for ward, issues in wards:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncols)
        c = ws.cell(row=r, column=1, value=ward)
        c.font = Font(bold=True)
        for col in range(1, ncols + 1):
            ws.cell(row=r, column=col).fill = fill("DEEBF7")
        r += 1
        for no, dom, issue, act, who, when, status, ev in issues:
            for col, v in enumerate([no, dom, issue, act, who, when, status, ev or None],
                                    start=1):
                c = ws.cell(row=r, column=col, value=v)
                if isinstance(v, date):
                    c.number_format = "mmmm yyyy"
            box_row(ws, r, ncols)
            sc = ws.cell(row=r, column=7)
            if status == "Complete":
                sc.fill = fill("C6EFCE")
            elif status == "In progress":
                sc.fill = fill("FFEB9C")
            r += 1
    r += 1
    ws.cell(row=r, column=1,
            value="Status: Complete / In progress / Overdue / Not started. PAS "
                  "returned to CQC via the provider portal within 20 working days.")
    ws.freeze_panes = "A6"

    dom = wb.create_sheet("Domains")
    set_widths(dom, [60])
    dom["A1"] = "CQC Mental Health Act monitoring domains"
    dom["A1"].font = Font(bold=True)
    for i, d in enumerate([D1, D2, D3, D4, "Professional responsibilities"], start=2):
        dom.cell(row=i, column=1, value=d)
    wb.save(out("zxt-berkshire-healthcare-nhsft-cqc-mha-monitoring-provider-action-"
                "statement-typo-month-refuse.xlsx"))


# ======================================================================
# 4. Park Road Surgery - CQC inspection action plan (docx)
# ======================================================================
def make_park_road():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_heading("Park Road Surgery – Action Plan following CQC Inspection", level=1)
    doc.add_paragraph("Dr S Mahmood & Partners")

    det = doc.add_table(rows=0, cols=2)
    det.style = "Table Grid"
    for k, v in [
        ("Provider", "Dr S Mahmood & Partners"),
        ("CQC location ID", "1-548203117"),
        ("Inspection dates", "14 and 15 May 2025"),
        ("Report published", "8 July 2025"),
        ("Overall rating", "Requires improvement"),
        ("Plan owner", "Practice Manager (Registered Manager)"),
        ("Version", "Version 3 – updated 30 September 2025"),
    ]:
        row = det.add_row().cells
        cell_text(row[0], k, bold=True)
        shade(row[0], "DEEAF6")
        cell_text(row[1], v)

    doc.add_paragraph()
    doc.add_paragraph("Status key: Complete (blue) | On track (green) | At risk (amber) | "
                      "Off track (red) | Not started")
    STATUS_SHADE = {"Complete": "9DC3E6", "On track": "A9D08E", "At risk": "FFD966",
                    "Off track": "FF7C80"}

    def section(heading, cols, groups):
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=1, cols=len(cols))
        t.style = "Table Grid"
        for i, h in enumerate(cols):
            cell_text(t.rows[0].cells[i], h, bold=True, color="FFFFFF")
            shade(t.rows[0].cells[i], "005EB8")
        for found, acts in groups:
            first = None
            for a in acts:
                cells = t.add_row().cells
                idx = len(t.rows) - 1
                if first is None:
                    first = idx
                cell_text(cells[0], a[0])
                for j, v in enumerate(a[1:], start=2):
                    cell_text(cells[j], v)
                status = a[4]
                if status in STATUS_SHADE:
                    shade(cells[5], STATUS_SHADE[status])
            last = len(t.rows) - 1
            top = t.cell(first, 1)
            if last > first:
                top = top.merge(t.cell(last, 1))
            cell_text(top, found)
        return t

    cols1 = ["Ref", "What CQC found", "Action we will take", "Lead", "Complete by",
             "Status", "Update / evidence"]
    section("Requirement Notice – Regulation 12: Safe care and treatment", cols1, [
        ("Patients prescribed high-risk medicines were not always monitored in line "
         "with national guidance.", [
            ("A1", "Run monthly searches for patients on methotrexate, lithium, DOACs "
             "and ACE inhibitors who are overdue monitoring, and recall them.",
             "Clinical Pharmacist", "31/07/2025", "Complete",
             "Searches run monthly since June; 47 patients recalled."),
            ("A2", "Add a structured monitoring template to the clinical system and "
             "train all prescribers in its use.",
             "Dr S Mahmood / Clinical Pharmacist", "August 2025", "Complete",
             "Template live; training delivered at clinical meeting 20/08/2025."),
        ]),
        ("Not all Medicines and Healthcare products Regulatory Agency (MHRA) safety "
         "alerts had been acted on and recorded.", [
            ("A3", "Set up a shared safety alerts log and review it at the weekly "
             "clinical meeting.", "Practice Manager", "30/06/2025", "Complete",
             "Log in use; standing agenda item."),
        ]),
    ])
    section("Requirement Notice – Regulation 17: Good governance", cols1, [
        ("Systems to monitor staff training and staff immunisation status were not "
         "effective.", [
            ("B1", "Create a training matrix covering mandatory training for every "
             "staff group and review it monthly.", "Practice Manager", "Sept 2025",
             "On track", "Matrix built; 88% of staff up to date."),
            ("B2", "Obtain and record immunisation history for all clinical staff in "
             "line with the UKHSA Green Book.", "Lead Practice Nurse", "31/10/2025",
             "At risk", "14 of 18 records complete; occupational health "
             "appointments booked."),
        ]),
        ("Some Patient Group Directions had not been signed by an authorising GP.", [
            ("B3", "Audit all Patient Group Directions and make sure each one is "
             "signed by the authorising GP before use.",
             "Lead Practice Nurse and Dr R Okafor", "July 2025", "Complete",
             "Audit completed 18/07/2025; all PGDs signed."),
        ]),
    ])

    doc.add_heading("Areas where the practice should improve", level=2)
    cols2 = ["Ref", "CQC said the practice should", "Our action", "Lead",
             "Complete by", "Status"]
    t = doc.add_table(rows=1, cols=len(cols2))
    t.style = "Table Grid"
    for i, h in enumerate(cols2):
        cell_text(t.rows[0].cells[i], h, bold=True, color="FFFFFF")
        shade(t.rows[0].cells[i], "005EB8")
    for row in [
        ("C1", "Continue to improve the uptake of cervical screening.",
         "Offer Saturday morning cervical screening clinics through the PCN enhanced "
         "access hub, with text reminders at 3 and 6 weeks.", "Lead Practice Nurse",
         "Ongoing", "On track"),
        ("C2", "Improve telephone access for patients.",
         "Move to a cloud-based telephony system with call-back and queue position "
         "messages.", "Practice Manager; PCN Digital Lead", "Dec 2025", "On track"),
        ("C3", "Make sure complaint responses include details of the Parliamentary "
         "and Health Service Ombudsman.",
         "Update the complaint response letter template to include the Ombudsman's "
         "contact details.", "Assistant Practice Manager", "Nov 2025", "Not started"),
    ]:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cell_text(cells[i], v)
        if row[5] in STATUS_SHADE:
            shade(cells[5], STATUS_SHADE[row[5]])

    doc.add_paragraph()
    doc.add_paragraph("This action plan is reviewed at the monthly partners' meeting "
                      "and shared with the Patient Participation Group.")
    sign = doc.add_table(rows=2, cols=3)
    sign.style = "Table Grid"
    for i, h in enumerate(("Signed on behalf of the partners", "Role", "Date")):
        cell_text(sign.rows[0].cells[i], h, bold=True)
    for i, v in enumerate(("Dr S Mahmood", "Senior Partner", "30/09/2025")):
        cell_text(sign.rows[1].cells[i], v)
    doc.save(out("zxt-park-road-surgery-cqc-inspection-action-plan.docx"))


# ======================================================================
# 5. Liskeard School and Community College - post-Ofsted action plan (docx)
# ======================================================================
def make_liskeard():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    run = p.add_run("Liskeard School and Community College: Post-Ofsted Action Plan 2024–25")
    run.bold = True
    run.font.size = Pt(16)
    run.font.color.rgb = RGBColor.from_string("7030A0")
    doc.add_paragraph("Ofsted inspection: 5–6 March 2024. Overall effectiveness: "
                      "Requires improvement.")
    doc.add_paragraph("Plan approved by the Local Governing Body on 22 April 2024 and "
                      "reviewed termly by the Standards Committee.")

    doc.add_paragraph("RAG key:")
    key = doc.add_table(rows=1, cols=3)
    key.style = "Table Grid"
    for i, (txt, hx) in enumerate((("Achieved", "00B050"), ("In progress", "FFC000"),
                                   ("Not on track", "FF0000"))):
        cell_text(key.rows[0].cells[i], txt, bold=True)
        shade(key.rows[0].cells[i], hx)
    doc.add_paragraph()

    RAGX = {"G": "00B050", "A": "FFC000", "R": "FF0000"}
    priorities = [
        ("Priority 1 – Quality of education",
         "Leaders should ensure that the key stage 3 curriculum in every subject sets "
         "out the important knowledge pupils should learn and the order in which they "
         "should learn it.", [
             ("Subject leaders to rewrite key stage 3 curriculum maps, identifying the "
              "core knowledge for each unit.", "Deputy Headteacher (Curriculum)",
              "Summer term 2024", "All KS3 curriculum maps published on the school "
              "website.", "G"),
             ("Introduce fortnightly low-stakes knowledge quizzes in Years 7–9 and "
              "analyse the results by subject.", "Subject leaders", "Autumn term 2024",
              "Quiz data shows improved recall in at least 8 of 10 subjects.", "A"),
             ("Run a programme of paired curriculum reviews with external subject "
              "specialists.", "Mrs K Trelawny (DHT) / Mr J Pascoe (AHT)",
              "Sept 2024 – March 2025", "Review reports show consistent sequencing "
              "across departments.", "A"),
         ]),
        ("Priority 2 – Behaviour and attitudes",
         "Leaders should continue to reduce persistent absence, particularly for "
         "disadvantaged pupils.", [
             ("First-day calling, and a home visit on the third day of absence, for "
              "all disadvantaged pupils.", "Attendance Officer & Head of Year 9",
              "Termly", "Persistent absence of disadvantaged pupils below 25%.", "G"),
             ("Hold attendance clinics with the families of pupils whose attendance "
              "is below 90%.", "Pastoral Manager", "By Feb half-term 2025",
              "Every family invited; 80% attend a clinic.", "R"),
             ("Report the attendance of disadvantaged pupils to the Local Governing "
              "Body at every meeting.", "Headteacher", "Spring term 2025",
              "Governors' minutes show challenge on attendance.", "A"),
         ]),
        ("Priority 3 – Personal development",
         "Leaders should ensure that the personal, social, health and economic (PSHE) "
         "programme, including relationships and sex education, is taught "
         "consistently well.", [
             ("Train all tutors to deliver the revised PSHE and RSE units, with a "
              "specialist lead for each year group.", "PSHE Lead", "Autumn term 2024",
              "Learning walks show consistent delivery in tutor time.", "G"),
             ("Gather pupil voice on PSHE and RSE each term and use it to adapt the "
              "programme.", "PSHE Lead and Assistant Headteacher (Personal Development)",
              "Summer term 2025", "Pupil survey shows 75% find PSHE useful.", None),
         ]),
    ]
    cols = ["Action", "Lead", "Timescale", "Success criteria", "RAG"]
    for title, rec, acts in priorities:
        t = doc.add_table(rows=3, cols=len(cols))
        t.style = "Table Grid"
        top = t.cell(0, 0).merge(t.cell(0, len(cols) - 1))
        cell_text(top, title, bold=True, color="FFFFFF", size=11)
        shade(top, "7030A0")
        recc = t.cell(1, 0).merge(t.cell(1, len(cols) - 1))
        cell_text(recc, rec, italic=True)
        shade(recc, "E4DFEC")
        for i, h in enumerate(cols):
            cell_text(t.cell(2, i), h, bold=True)
        for a in acts:
            cells = t.add_row().cells
            for i, v in enumerate(a[:4]):
                cell_text(cells[i], v)
            cells[4].text = ""
            if a[4]:
                shade(cells[4], RAGX[a[4]])
        doc.add_paragraph()

    doc.add_paragraph("Next review: Standards Committee, 10 July 2025.")
    doc.save(out("zxt-liskeard-school-post-ofsted-action-plan.docx"))


# ======================================================================
# 6. Solent University - internal audit recommendations tracker (csv)
# ======================================================================
def make_solent():
    import csv
    rows = [
        ["Solent University – Internal Audit Recommendations Tracker"] + [""] * 10,
        ["Audit Committee 20 November 2025 – position at 31 October 2025"] + [""] * 10,
        [""] * 11,
        ["Audit", "Year", "Rec", "Priority", "Recommendation", "Agreed action",
         "Action owner", "Original due date", "Revised due date", "RAG",
         "Progress update"],
        ["Data Futures (HESA Student Return)", "2024/25", "1", "High",
         "The University should document end-to-end procedures for the Data Futures "
         "return, including sign-off controls.",
         "Produce a Data Futures procedures manual covering each reference period, "
         "with named sign-off at each stage.",
         "Head of Planning & Data", "31/03/2025", "30/09/2025", "B",
         "Manual approved by Student Data Group on 16/09/2025."],
        ["Data Futures (HESA Student Return)", "2024/25", "2", "Medium",
         "Reconciliation between the student record system and the return should be "
         "evidenced.",
         "Introduce a monthly reconciliation report, reviewed and signed by the "
         "Academic Registrar.",
         "Academic Registrar", "30/06/2025", "31/01/2026", "A",
         "Report built; sign-off to start with reference period 2."],
        ["Cyber Security – Patch Management", "2024/25", "1", "High",
         "Critical patches should be applied within 14 days of release.",
         "Apply critical patches within 14 days and report compliance to the IT "
         "Governance Board monthly.\nSet up an exceptions process for legacy systems "
         "that cannot be patched.",
         "Director of Digital Services; Head of Information Security", "31/12/2025", "",
         "G", "Compliance at 91% in October; exceptions process drafted."],
        ["Cyber Security – Patch Management", "2024/25", "2", "Low",
         "The asset register should record support end dates for all servers.",
         "Update the asset register with vendor support end dates for all servers.",
         "Infrastructure Manager", "30/09/2025", "", "B", "Completed 24/09/2025."],
        ["UKVI Student Sponsor Compliance", "2025/26", "1", "High",
         "Attendance monitoring for sponsored students should be consistent across "
         "all faculties.",
         "Roll out the attendance monitoring app to all faculties and review "
         "non-engagement weekly.",
         "Head of Compliance (UKVI)", "31/01/2026", "", "G",
         "App live in two of three faculties."],
        ["UKVI Student Sponsor Compliance", "2025/26", "2", "Medium",
         "Right to study checks should be recorded before enrolment is completed.",
         "Make the right to study check a mandatory step in online enrolment.",
         "Kerry Lane and Tom Ashdown", "30/11/2025", "", "R",
         "System change not yet scheduled by the supplier."],
        ["Estates Statutory Compliance", "2025/26", "1", "Medium",
         "Water hygiene (Legionella) risk assessments should be reviewed every two "
         "years.",
         "Commission updated Legionella risk assessments for the eight buildings "
         "overdue review.",
         "Director of Estates & Facilities", "31/12/2025", "", "G",
         "Contractor appointed; five of eight completed."],
        ["Estates Statutory Compliance", "2025/26", "2", "Medium",
         "Contractor competency checks should be held centrally.",
         "Create a central contractor competency register on the CAFM system.",
         "Estates Compliance Manager", "31/03/2026", "", "",
         "Not started – scheduled for January 2026."],
        [""] * 11,
        ["Summary by RAG", "Number"] + [""] * 9,
        ["Blue (implemented)", "2"] + [""] * 9,
        ["Green", "3"] + [""] * 9,
        ["Amber", "1"] + [""] * 9,
        ["Red", "1"] + [""] * 9,
        ["Not started", "1"] + [""] * 9,
        ["Total", "8"] + [""] * 9,
        [""] * 11,
        ["RAG key: B = implemented and verified by Internal Audit; G = on track; "
         "A = revised date agreed; R = overdue / off track; blank = not started"]
        + [""] * 10,
    ]
    with open(out("zxt-solent-university-internal-audit-recommendations-tracker.csv"),
              "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ======================================================================
# 7. Oak National Academy - board action log (tab-separated txt)
# ======================================================================
def make_oak():
    lines = [
        "Oak National Academy – Board Action Log",
        "Open actions and actions completed since the last meeting – for the Board "
        "meeting on 11 December 2025",
        "",
        "Ref\tAction\tOwner\tDue\tStatus\tUpdate",
        "Board meeting 15 May 2025",
        "B25/05/02\tCirculate the updated curriculum partner quality assurance "
        "framework to Board members.\tChief Education Officer\tJun 2025\tComplete\t"
        "Circulated 12 June 2025.",
        "B25/05/04\tBring a paper on Aila usage data and teacher feedback to a future "
        "meeting.\tChief Product Officer\tSep 2025 (revised Dec 2025)\t"
        "Amber – revised date\tDeferred to December to include autumn term data.",
        "Board meeting 17 July 2025",
        "B25/07/01\tReview the cyber security risk score on the corporate risk register "
        "in light of recent sector incidents.\tChief Operating Officer\t30/09/2025\t"
        "Complete\tReviewed by the Audit and Risk Committee on 23 September 2025.",
        "B25/07/03\tAgree the approach to the 2026 stakeholder survey, including "
        "schools not currently using Oak.\tDirector of Communications; Head of Insight"
        "\tNov 2025\tOn track\tSurvey design with the Executive for sign-off.",
        "B25/07/06\tProvide an update on the procurement of curriculum partners for "
        "the next phase of lesson development.\tChief Executive / Chief Operating "
        "Officer\tDec 2025\tOn track\t",
        "Board meeting 2 October 2025",
        "B25/10/02\tArrange a Board deep dive on the accessibility of resources for "
        "pupils with SEND.\tChair and Company Secretary\tMar 2026\tNot started\t"
        "To be scheduled in the 2026 forward plan.",
        "B25/10/04\tPublish the updated Framework Document agreed with DfE on the Oak "
        "website.\tCompany Secretary\tTBC\tOn track\tAwaiting DfE sign-off.",
        "B25/10/05\tShare the 2026/27 budget assumptions with the Audit and Risk "
        "Committee before the January Board.\tChief Financial Officer\tJan 2026\t"
        "On track\t",
        "",
        "Status key: Complete | On track | Amber – revised date | Red – overdue | "
        "Not started",
        "Completed actions will be removed from the log after this meeting.",
    ]
    with open(out("zxt-oak-national-academy-board-action-log.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_trent_dove()
    make_cnc()
    make_berkshire()
    make_park_road()
    make_liskeard()
    make_solent()
    make_oak()
    print("built 7 files in", HERE)
