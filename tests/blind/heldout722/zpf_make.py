"""Build the seven zpf- blind test files (set heldout722).

Run:  /work/main/.venv/bin/python zpf_make.py
Writes the data files next to this script. The data lists below are also the
source of the expected readings (each item carries what a person reads).
"""
import os
import datetime as dt

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))

D = dt.datetime

FILL = {
    "R": "FF0000", "A": "FFC000", "G": "00B050", "B": "00B0F0",
    "grey": "D9D9D9", "navy": "1F3864", "band": "DDEBF7", "pale": "F2F2F2",
}


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTRE = Alignment(horizontal="center", vertical="top", wrap_text=True)


# ---------------------------------------------------------------------------
# 1. SSAFA - Audit & Risk Committee internal audit recommendations tracker
# ---------------------------------------------------------------------------
SSAFA_FILE = "zpf-ssafa-audit-and-risk-committee-internal-audit-recommendations-tracker.xlsx"

SSAFA_AUDITS = [
    {
        "band": "1. Safeguarding Framework – IA 2024/25-03 – final report issued 14 May 2025 – Limited assurance",
        "short": "Safeguarding Framework", "assurance": "Limited",
        "recs": [
            {
                "ref": "SG1", "priority": "High",
                "rec": "Update the Safeguarding Policy and supporting procedures so that they reflect the Charity Commission's safeguarding guidance and SSAFA's current branch and volunteer structure, and ensure they are approved by the Board of Trustees.",
                "actions": [
                    dict(ref="SG1.1", action="Revise the Safeguarding Policy and the Adult and Child Safeguarding Procedures and present them to the Board of Trustees for approval.",
                         owner="Director of Operations", lead=["Director of Operations"],
                         orig=D(2025, 9, 30), rev=D(2025, 12, 31), pct=0.75, rag="A", status="amber", end="2025-12",
                         update="Draft policy reviewed by the Safeguarding Committee on 7 October 2025. Board approval moved to the December meeting."),
                    dict(ref="SG1.2", action="Publish the approved policy on the volunteer portal and brief all Branch Chairs and Divisional Secretaries.",
                         owner="Head of Safeguarding; Head of Volunteering", lead=["Head of Safeguarding", "Head of Volunteering"],
                         orig=D(2026, 1, 31), rev=None, pct=0.1, rag="G", status="green", end="2026-01",
                         update="Briefing pack in preparation; sessions booked for January 2026."),
                ],
            },
            {
                "ref": "SG2", "priority": "High",
                "rec": "Ensure that DBS and PVG checks for volunteers in regulated activity are recorded centrally and renewed in line with policy.",
                "actions": [
                    dict(ref="SG2.1", action="Reconcile volunteer role profiles against the DBS/PVG tracker and obtain checks for any gaps identified.",
                         owner="Volunteer Services Manager", lead=["Volunteer Services Manager"],
                         orig=D(2025, 8, 31), rev=None, pct=1.0, rag="B", status="blue", end="2025-08",
                         update="Reconciliation completed August 2025; 37 outstanding checks obtained. Evidence sent to Internal Audit 2 September 2025."),
                    dict(ref="SG2.2", action="Introduce a three-yearly renewal reminder in the volunteer management system.",
                         owner="Head of Digital", lead=["Head of Digital"],
                         orig=D(2025, 10, 31), rev=D(2026, 3, 31), pct=0.4, rag="A", status="amber", end="2026-03",
                         update="Dependent on the system upgrade now scheduled for February 2026. Revised date agreed by ARC on 10 September 2025."),
                ],
            },
        ],
    },
    {
        "band": "2. Gift Aid and Legacy Income – IA 2024/25-05 – final report issued 22 July 2025 – Moderate assurance",
        "short": "Gift Aid and Legacy Income", "assurance": "Moderate",
        "recs": [
            {
                "ref": "GA1", "priority": "Medium",
                "rec": "Gift Aid declarations collected by branches should be retained centrally and checked before claims are submitted to HMRC.",
                "actions": [
                    dict(ref="GA1.1", action="Carry out a sample check of Gift Aid declarations held by branches and report exceptions to the Finance Committee.",
                         owner="Head of Finance", lead=["Head of Finance"],
                         orig=D(2025, 9, 30), rev=None, pct=0.2, rag="R", status="red", end="2025-09",
                         update="Sample selected but testing not started owing to year-end audit work. New date to be proposed to the Committee."),
                ],
            },
            {
                "ref": "GA2", "priority": "Low",
                "rec": "Legacy case files should evidence the documents relied on and the review carried out before legacy income is recognised.",
                "actions": [
                    dict(ref="GA2.1", action="Update the legacy administration procedure to include a checklist of required documents and a second-officer review before income is recognised.",
                         owner="Legacy Manager / Financial Controller", lead=["Legacy Manager", "Financial Controller"],
                         orig=D(2025, 10, 31), rev=None, pct=1.0, rag="B", status="blue", end="2025-10",
                         update="Procedure v3.0 approved 20 October 2025 and in use."),
                ],
            },
        ],
    },
    {
        "band": "3. IT Disaster Recovery and Backup – IA 2025/26-01 – final report issued 30 September 2025 – Limited assurance",
        "short": "IT Disaster Recovery and Backup", "assurance": "Limited",
        "recs": [
            {
                "ref": "DR1", "priority": "High",
                "rec": "Test the IT disaster recovery plan at least annually and agree recovery time objectives with the business.",
                "actions": [
                    dict(ref="DR1.1", action="Carry out a full failover test of the core finance and CRM systems and report the results to the Audit & Risk Committee.",
                         owner="Chief Information Officer", lead=["Chief Information Officer"],
                         orig=D(2026, 2, 28), rev=None, pct=0.15, rag="G", status="green", end="2026-02",
                         update="Test plan drafted with the managed service provider."),
                    dict(ref="DR1.2", action="Agree recovery time objectives with each directorate and record them in the Business Continuity Plan.",
                         owner="Chief Information Officer / Head of Governance and Risk", lead=["Chief Information Officer", "Head of Governance and Risk"],
                         orig=D(2025, 12, 31), rev=None, pct=0.3, rag="G", status="green", end="2025-12",
                         update="Workshops held with three of five directorates."),
                ],
            },
            {
                "ref": "DR2", "priority": "Medium",
                "rec": "Backups of cloud systems should be immutable and held off-site.",
                "actions": [
                    dict(ref="DR2.1", action="Implement immutable off-site backups for Microsoft 365 and the finance system.",
                         owner="IT Infrastructure Manager", lead=["IT Infrastructure Manager"],
                         orig=D(2026, 3, 31), rev=None, pct=0.05, rag="A", status="amber", end="2026-03",
                         update="Budget not yet confirmed; business case to Finance Committee in December.", orig_fmt="mmm-yy"),
                ],
            },
        ],
    },
]


def build_ssafa(path):
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "SSAFA, the Armed Forces charity"
    cov["A1"].font = Font(bold=True, size=16, color=FILL["navy"])
    cov["A3"] = "Internal Audit Recommendations Tracker"
    cov["A3"].font = Font(bold=True, size=14)
    cov["A4"] = "Audit & Risk Committee – 18 November 2025 – Agenda item 7"
    cov["A5"] = "Position at 31 October 2025"
    cov["A6"] = "Prepared by: Head of Governance and Risk"
    cov["A8"] = "Priority ratings"
    cov["A8"].font = Font(bold=True)
    pr = [("High", "Significant weakness in control or governance; action required within three months."),
          ("Medium", "Weakness that should be addressed within six months."),
          ("Low", "Improvement to good practice; action within twelve months.")]
    for i, (k, v) in enumerate(pr, start=9):
        cov.cell(i, 1, k).font = Font(bold=True)
        cov.cell(i, 2, v)
    cov["A13"] = "RAG status"
    cov["A13"].font = Font(bold=True)
    key = [("B", "Implemented – evidence provided to Internal Audit for verification"),
           ("G", "On track to meet the agreed target date"),
           ("A", "At risk, or revised target date agreed by the Committee"),
           ("R", "Overdue – agreed date passed and no revised date agreed")]
    for i, (k, v) in enumerate(key, start=14):
        c = cov.cell(i, 1, k)
        c.fill = fill(FILL[k])
        c.alignment = CENTRE
        cov.cell(i, 2, v)
    cov.column_dimensions["A"].width = 14
    cov.column_dimensions["B"].width = 90

    # Summary sheet
    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of agreed actions by audit"
    sm["A1"].font = Font(bold=True, size=12)
    hdr = ["Audit", "Assurance", "Actions agreed", "Implemented (B)", "On track (G)", "At risk / revised (A)", "Overdue (R)"]
    for j, h in enumerate(hdr, start=1):
        c = sm.cell(3, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["navy"])
        c.alignment = CENTRE
        c.border = BOX
    r = 4
    tot = [0, 0, 0, 0, 0]
    for a in SSAFA_AUDITS:
        acts = [x for rec in a["recs"] for x in rec["actions"]]
        counts = [len(acts)] + [sum(1 for x in acts if x["rag"] == k) for k in "BGAR"]
        row = [a["short"], a["assurance"]] + counts
        for j, v in enumerate(row, start=1):
            c = sm.cell(r, j, v)
            c.border = BOX
        tot = [t + c for t, c in zip(tot, counts)]
        r += 1
    for j, v in enumerate(["Total", ""] + tot, start=1):
        c = sm.cell(r, j, v)
        c.font = Font(bold=True)
        c.border = BOX
    sm.column_dimensions["A"].width = 34
    for col in "BCDEFG":
        sm.column_dimensions[col].width = 16

    # Tracker sheet
    ws = wb.create_sheet("Tracker")
    ws["A1"] = "Internal Audit Recommendations Tracker – open and recently implemented actions"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:K1")
    heads = ["Rec ref", "Recommendation", "Priority", "Action ref", "Agreed management action", "Action owner",
             "Original target date", "Revised target date", "% complete", "RAG", "Progress update (October 2025)"]
    widths = [9, 48, 10, 10, 48, 26, 13, 13, 10, 7, 46]
    for j, (h, w) in enumerate(zip(heads, widths), start=1):
        c = ws.cell(3, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["navy"])
        c.alignment = CENTRE
        c.border = BOX
        ws.column_dimensions[get_column_letter(j)].width = w
    ws.freeze_panes = "A4"
    r = 4
    for a in SSAFA_AUDITS:
        c = ws.cell(r, 1, a["band"])
        c.font = Font(bold=True)
        c.fill = fill(FILL["band"])
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)
        r += 1
        for rec in a["recs"]:
            n = len(rec["actions"])
            for k, v in ((1, rec["ref"]), (2, rec["rec"]), (3, rec["priority"])):
                c = ws.cell(r, k, v)
                c.alignment = WRAP
                if n > 1:
                    ws.merge_cells(start_row=r, start_column=k, end_row=r + n - 1, end_column=k)
            for i, x in enumerate(rec["actions"]):
                rr = r + i
                ws.cell(rr, 4, x["ref"])
                ws.cell(rr, 5, x["action"])
                ws.cell(rr, 6, x["owner"])
                c = ws.cell(rr, 7, x["orig"])
                c.number_format = x.get("orig_fmt", "dd/mm/yyyy")
                if x["rev"] is not None:
                    c = ws.cell(rr, 8, x["rev"])
                    c.number_format = "dd/mm/yyyy"
                c = ws.cell(rr, 9, x["pct"])
                c.number_format = "0%"
                c = ws.cell(rr, 10, x["rag"])
                c.fill = fill(FILL[x["rag"]])
                c.alignment = CENTRE
                ws.cell(rr, 11, x["update"])
                for k in range(1, 12):
                    ws.cell(rr, k).border = BOX
                    if k not in (10,):
                        ws.cell(rr, k).alignment = WRAP
            r += n
    r += 1
    ws.cell(r, 1, "Notes: Actions rated B are removed from the tracker once Internal Audit has verified the evidence. "
                  "Revised target dates in column H were agreed by the Committee on 10 September 2025.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)
    ws.cell(r, 1).font = Font(italic=True)
    wb.active = 0
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. Strathclyde Pension Fund - pensions dashboards programme highlight report
# ---------------------------------------------------------------------------
SPF_FILE = "zpf-strathclyde-pension-fund-pensions-dashboards-programme-highlight-report.xlsx"

SPF_WORKSTREAMS = [
    ("1. Data readiness", [
        dict(ref="PD01", action="Complete data quality review of deferred member records (addresses, NI numbers, dates of birth)",
             lead_text="Pensions Administration Manager", lead=["Pensions Administration Manager"],
             base=D(2025, 6, 30), fc=D(2025, 6, 30), prev="G", cur="Complete", status="blue", end="2025-06",
             comment="Review complete; 1,146 address traces actioned."),
        dict(ref="PD02", action="Agree and document the Fund's matching policy (NI number plus surname and date of birth) for approval by the Director",
             lead_text="Head of Pensions Administration", lead=["Head of Pensions Administration"],
             base=D(2025, 7, 31), fc=D(2025, 9, 12), prev="A", cur="A", status="amber", end="2025-09",
             comment="Draft with the Fund's legal adviser; approval expected 12 September."),
    ]),
    ("2. ISP and connection", [
        dict(ref="PD03", action="Sign contract variation with the integrated service provider (ISP)",
             lead_text="Systems Manager", lead=["Systems Manager"],
             base=D(2025, 5, 31), fc=D(2025, 5, 30), prev="Complete", cur="Complete", status="blue", end="2025-05",
             comment="Signed 30 May 2025."),
        dict(ref="PD04", action="Complete end-to-end testing of find and view requests in the ISP pre-production environment",
             lead_text="Systems Manager", lead=["Systems Manager"],
             base=D(2025, 8, 31), fc=D(2025, 9, 30), prev="G", cur="A", status="amber", end="2025-09",
             comment="Test window moved by the ISP; two defects open on view responses."),
        dict(ref="PD05", action="Connect to the MaPS pensions dashboards ecosystem by the connect-by date",
             lead_text="Head of Pensions Administration", lead=["Head of Pensions Administration"],
             base=D(2025, 10, 31), fc=D(2025, 10, 31), prev="G", cur="A", status="amber", end="2025-10",
             comment="Date held, but dependent on PD04."),
    ]),
    ("3. Value data", [
        dict(ref="PD06", action="Generate accrued and projected value data for active members from the 2025 annual benefit statement run",
             lead_text="Technical Pensions Lead", lead=["Technical Pensions Lead"],
             base=D(2025, 8, 31), fc=D(2025, 10, 31), prev="A", cur="R", status="red", end="2025-10", fc_fmt="mmm-yy",
             comment="Late employer year-end returns from two councils; 6% of active records without pay data."),
        dict(ref="PD07", action="Implement the process to return deferred member value data within 10 working days of a view request",
             lead_text="Technical Pensions Lead / Systems Manager", lead=["Technical Pensions Lead", "Systems Manager"],
             base=D(2025, 9, 30), fc=D(2025, 11, 30), prev="A", cur="A", status="amber", end="2025-11",
             comment="Interim manual process agreed; automation after connection."),
    ]),
    ("4. Governance and communications", [
        dict(ref="PD08", action="Publish member FAQs and dashboards guidance on the SPF website",
             lead_text="Communications Officer", lead=["Communications Officer"],
             base=D(2025, 10, 31), fc=D(2025, 10, 31), prev="G", cur="G", status="green", end="2025-10",
             comment="Content drafted."),
        dict(ref="PD09", action="Report connection to the Pension Board and record dashboards compliance in the Fund's annual report",
             lead_text="Governance Manager", lead=["Governance Manager"],
             base="December 2025", fc="December 2025", prev="G", cur="G", status="green", end="2025-12",
             comment=""),
        dict(ref="PD10", action="Review the pensions dashboards risk on the Fund risk register",
             lead_text="Governance Manager", lead=["Governance Manager"],
             base="Quarterly", fc="Quarterly", prev="G", cur="G", status="green", end=None, end_text="Quarterly",
             comment="Risk score unchanged at 12 (amber)."),
    ]),
]

SPF_FILLS = {"G": FILL["G"], "A": FILL["A"], "R": FILL["R"], "Complete": FILL["B"]}


def build_spf(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight Report"
    widths = [8, 24, 52, 30, 13, 13, 11, 11, 44]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(j)].width = w
    ws["A1"] = "Strathclyde Pension Fund"
    ws["A1"].font = Font(bold=True, size=16, color=FILL["navy"])
    ws["A2"] = "Pensions Dashboards Connection Programme – Highlight Report"
    ws["A2"].font = Font(bold=True, size=13)
    ws["A3"] = "Report no. 7   |   Reporting period: 1 – 31 August 2025"
    info = [("Programme sponsor (SRO)", "Director of Strathclyde Pension Fund"),
            ("Report to", "Strathclyde Pension Fund Committee – 17 September 2025 (for noting)"),
            ("Connect-by date (DWP guidance)", "31 October 2025"),
            ("Prepared by", "Programme Manager, Strathclyde Pension Fund Office")]
    for i, (k, v) in enumerate(info, start=5):
        ws.cell(i, 1, k).font = Font(bold=True)
        ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=2)
        ws.cell(i, 3, v)
        ws.merge_cells(start_row=i, start_column=3, end_row=i, end_column=6)

    r = 10
    hdr = {1: "Status summary", 3: "Previous (July)", 4: "Current (August)", 5: "Comment"}
    for j, h in hdr.items():
        c = ws.cell(r, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["navy"])
    for j in range(1, 10):
        ws.cell(r, j).fill = fill(FILL["navy"])
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    ws.merge_cells(start_row=r, start_column=5, end_row=r, end_column=9)
    dims = [("Overall", "A", "A", "Connection date held; value data for actives is the critical path."),
            ("Schedule", "G", "A", "Two milestones re-forecast this period."),
            ("Budget", "G", "G", "ISP costs within the approved £140k."),
            ("Resources", "A", "A", "One data analyst vacancy; agency cover from 1 September."),
            ("Data quality", "A", "R", "Missing pay data for 6% of active members.")]
    for i, (d, p, c_, cm) in enumerate(dims, start=r + 1):
        ws.cell(i, 1, d).font = Font(bold=True)
        ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=2)
        for col, val in ((3, p), (4, c_)):
            cell = ws.cell(i, col, val)
            cell.fill = fill(SPF_FILLS[val])
            cell.alignment = CENTRE
        ws.cell(i, 5, cm)
        ws.merge_cells(start_row=i, start_column=5, end_row=i, end_column=9)
    r = r + 1 + len(dims) + 1  # 17
    ws.cell(r, 1, "Key achievements this period").font = Font(bold=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    ws.cell(r, 3, "Deferred member data cleanse signed off; ISP test environment made available on 18 August; "
                  "member communications plan approved by the Head of Pensions Administration.")
    ws.cell(r, 3).alignment = WRAP
    ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=9)
    ws.row_dimensions[r].height = 30

    r += 2  # 19
    ws.cell(r, 1, "Milestones and key actions").font = Font(bold=True, size=12)
    r += 1
    mh = ["Ref", "Workstream", "Milestone / key action", "Lead", "Baseline date", "Forecast date",
          "Previous RAG", "Current RAG", "Commentary"]
    for j, h in enumerate(mh, start=1):
        c = ws.cell(r, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["navy"])
        c.alignment = CENTRE
        c.border = BOX
    r += 1
    for ws_name, items in SPF_WORKSTREAMS:
        n = len(items)
        c = ws.cell(r, 2, ws_name)
        c.alignment = WRAP
        c.font = Font(bold=True)
        if n > 1:
            ws.merge_cells(start_row=r, start_column=2, end_row=r + n - 1, end_column=2)
        for i, x in enumerate(items):
            rr = r + i
            ws.cell(rr, 1, x["ref"])
            ws.cell(rr, 3, x["action"])
            ws.cell(rr, 4, x["lead_text"])
            for col, key, fmt in ((5, "base", "dd/mm/yyyy"), (6, "fc", x.get("fc_fmt", "dd/mm/yyyy"))):
                c = ws.cell(rr, col, x[key])
                if isinstance(x[key], dt.datetime):
                    c.number_format = fmt
            for col, key in ((7, "prev"), (8, "cur")):
                c = ws.cell(rr, col, x[key])
                c.fill = fill(SPF_FILLS[x[key]])
                c.alignment = CENTRE
            ws.cell(rr, 9, x["comment"] or None)
            for k in range(1, 10):
                ws.cell(rr, k).border = BOX
                if k not in (7, 8):
                    ws.cell(rr, k).alignment = WRAP
        r += n

    r += 1
    ws.cell(r, 1, "Key risks and issues").font = Font(bold=True, size=12)
    r += 1
    rh = ["ID", "Type", "Description", "Mitigation", "Owner", "Score"]
    for j, h in enumerate(rh, start=1):
        c = ws.cell(r, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["navy"])
        c.border = BOX
    risks = [("PDR3", "Risk", "ISP testing slips beyond the connect-by date.",
              "Weekly call with the ISP; escalation route agreed with MaPS.", "Systems Manager", 12),
             ("PDI1", "Issue", "Employer year-end returns incomplete for two councils.",
              "Escalated under the Pensions Administration Strategy; formal notice issued to both employers.", "Employer Liaison Team Leader", 16)]
    for rk in risks:
        r += 1
        for j, v in enumerate(rk, start=1):
            c = ws.cell(r, j, v)
            c.alignment = WRAP
            c.border = BOX
    r += 2
    ws.cell(r, 1, "Decisions required from Committee").font = Font(bold=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    ws.cell(r, 3, "None this period – report for noting.")

    key = wb.create_sheet("RAG definitions")
    key["A1"] = "RAG definitions"
    key["A1"].font = Font(bold=True, size=12)
    defs = [("G", "On track – milestone will be met by the baseline date"),
            ("A", "At risk – forecast later than baseline but before the connect-by date, or recovery plan in place"),
            ("R", "Off track – forecast threatens the connect-by date; Committee attention needed"),
            ("Complete", "Milestone achieved")]
    for i, (k, v) in enumerate(defs, start=3):
        c = key.cell(i, 1, k)
        c.fill = fill(SPF_FILLS[k])
        c.alignment = CENTRE
        key.cell(i, 2, v)
    key.column_dimensions["A"].width = 12
    key.column_dimensions["B"].width = 95
    wb.save(path)


# ---------------------------------------------------------------------------
# 3. Eden Housing Association - strategic risk register 2025/26 (fill-only RAG)
# ---------------------------------------------------------------------------
EDEN_FILE = "zpf-eden-housing-association-strategic-risk-register-2025-26.xlsx"

EDEN_CATS = [
    ("Regulatory and compliance", [
        dict(risk="SR1 – Failure to meet the Regulator of Social Housing Consumer Standards, including Awaab's Law",
             cause="Causes: incomplete stock condition data; damp and mould cases not resolved in time; weak tenant voice.\nConsequences: regulatory downgrade (C3/C4), harm to tenants, reputational damage.",
             inh="4 x 5 = 20", controls="Compliance dashboard to every Board; TSM reporting; damp and mould policy (2024); tenant scrutiny panel.",
             res="3 x 4 = 12", trend="↔",
             actions=[
                 dict(ref="1.1", action="Complete stock condition surveys for the remaining 22% of homes and load the results into the asset database",
                      owner="Director of Property Services", lead=["Director of Property Services"], date=D(2026, 3, 31),
                      rag="G", status="green", end="2026-03", comment="418 of 540 surveys done."),
                 dict(ref="1.2", action="Implement the damp and mould case management process to meet Awaab's Law timescales from 27 October 2025",
                      owner="Head of Repairs", lead=["Head of Repairs"], date=D(2025, 10, 27),
                      rag="B", status="blue", end="2025-10", comment="Live from 20 October 2025."),
                 dict(ref="1.3", action="Carry out a self-assessment against the Transparency, Influence and Accountability Standard and report it to Board",
                      owner="Head of Governance", lead=["Head of Governance"], date=D(2025, 11, 30),
                      rag="A", status="amber", end="2025-11", comment="Tenant panel input delayed; Board slot moved to November."),
             ]),
        dict(risk="SR2 – Building safety: failure to manage fire, gas, electrical, water, asbestos and lift safety",
             cause="Causes: contractor performance; access refusals; incomplete records.\nConsequences: injury or death, enforcement action, regulatory breach.",
             inh="3 x 5 = 15", controls="Big six compliance reporting monthly; no-access procedure; fire risk assessment programme.",
             res="2 x 5 = 10", trend="↑",
             actions=[
                 dict(ref="2.1", action="Complete the fire door remedial works identified in the 2024/25 fire risk assessments",
                      owner="Compliance Manager", lead=["Compliance Manager"], date=D(2025, 12, 31),
                      rag="R", status="red", end="2025-12", comment="Supplier lead times; 31 of 96 doors fitted."),
                 dict(ref="2.2", action="Procure an independent audit of the big six compliance areas",
                      owner="Director of Property Services; Head of Governance", lead=["Director of Property Services", "Head of Governance"],
                      date=D(2026, 2, 28), rag="G", status="green", end="2026-02", comment="Brief agreed by ARC."),
             ]),
    ]),
    ("Financial", [
        dict(risk="SR3 – Insufficient financial capacity to deliver the business plan",
             cause="Causes: interest rates, rent settlement, cost inflation, investment in existing homes.\nConsequences: covenant pressure, reduced development, lower service quality.",
             inh="4 x 4 = 16", controls="30-year financial plan; stress testing; treasury management policy; golden rules.",
             res="3 x 4 = 12", trend="↔",
             actions=[
                 dict(ref="3.1", action="Re-run business plan stress testing using the 2026 rent settlement assumptions and present the results to Board",
                      owner="Finance Director", lead=["Finance Director"], date=D(2026, 1, 31), date_fmt="mmm-yy",
                      rag="G", status="green", end="2026-01", comment=""),
                 dict(ref="3.2", action="Refinance the £8m revolving credit facility ahead of its expiry",
                      owner="Finance Director", lead=["Finance Director"], date=D(2026, 6, 30),
                      rag="A", status="amber", end="2026-06", comment="Two lenders engaged; terms awaited."),
             ]),
    ]),
    ("People and governance", [
        dict(risk="SR4 – Loss of key staff and gaps in Board skills",
             cause="Causes: small team, single points of failure, competitive local labour market.\nConsequences: service disruption, weak oversight.",
             inh="3 x 4 = 12", controls="Board skills matrix; annual appraisals; interim cover arrangements with partner landlords.",
             res="2 x 4 = 8", trend="↓",
             actions=[
                 dict(ref="4.1", action="Recruit two Board members with asset management and digital skills following the skills audit",
                      owner="Chair / Chief Executive", lead=["Chair", "Chief Executive"], date=D(2026, 3, 31),
                      rag="G", status="green", end="2026-03", comment="Advert live; interviews in January."),
                 dict(ref="4.2", action="Review succession plans for the Executive Team",
                      owner="Chief Executive", lead=["Chief Executive"], date="Ongoing",
                      rag="G", status="green", end=None, end_text="Ongoing", comment="Annual review with the Remuneration Committee."),
             ]),
    ]),
]


def build_eden(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Strategic Risk Register"
    heads = ["Risk", "Causes and consequences", "Inherent risk (L x I)", "Key controls in place",
             "Residual risk (L x I)", "Trend", "Action ref", "Further action required", "Action owner",
             "Target date", "Progress", "Comments"]
    widths = [34, 42, 12, 40, 12, 7, 8, 48, 26, 12, 9, 34]
    ws["A1"] = "Eden Housing Association Limited"
    ws["A1"].font = Font(bold=True, size=15, color="375623")
    ws["A2"] = "Strategic Risk Register 2025/26"
    ws["A2"].font = Font(bold=True, size=13)
    ws["A3"] = "Reviewed by Audit and Risk Committee 23 September 2025   |   Next Board review 27 November 2025"
    for j, (h, w) in enumerate(zip(heads, widths), start=1):
        c = ws.cell(5, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("375623")
        c.alignment = CENTRE
        c.border = BOX
        ws.column_dimensions[get_column_letter(j)].width = w
    ws.freeze_panes = "A6"
    r = 6
    for cat, risks in EDEN_CATS:
        c = ws.cell(r, 1, cat)
        c.font = Font(bold=True)
        c.fill = fill("E2EFDA")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=12)
        r += 1
        for rk in risks:
            n = len(rk["actions"])
            for k, v in ((1, rk["risk"]), (2, rk["cause"]), (3, rk["inh"]), (4, rk["controls"]),
                         (5, rk["res"]), (6, rk["trend"])):
                c = ws.cell(r, k, v)
                c.alignment = WRAP if k in (1, 2, 4) else CENTRE
                if k == 1:
                    c.font = Font(bold=True)
                if n > 1:
                    ws.merge_cells(start_row=r, start_column=k, end_row=r + n - 1, end_column=k)
            for i, x in enumerate(rk["actions"]):
                rr = r + i
                ws.cell(rr, 7, x["ref"]).alignment = CENTRE
                ws.cell(rr, 8, x["action"]).alignment = WRAP
                ws.cell(rr, 9, x["owner"]).alignment = WRAP
                c = ws.cell(rr, 10, x["date"])
                if isinstance(x["date"], dt.datetime):
                    c.number_format = x.get("date_fmt", "dd/mm/yyyy")
                c.alignment = CENTRE
                ws.cell(rr, 11).fill = fill(FILL[x["rag"]])  # colour only, no text
                ws.cell(rr, 12, x["comment"] or None).alignment = WRAP
                for k in range(1, 13):
                    ws.cell(rr, k).border = BOX
                ws.row_dimensions[rr].height = 45
            r += n
    r += 1
    ws.cell(r, 1, "Progress key").font = Font(bold=True)
    for j, (k, label) in enumerate((("G", "On track"), ("A", "Some slippage"), ("R", "Off track"), ("B", "Complete")), start=2):
        c = ws.cell(r, j, label)
        c.fill = fill(FILL[k])
        c.alignment = CENTRE
    r += 1
    ws.cell(r, 1, "Scoring: Likelihood (L) x Impact (I), each 1–5. 15 and above = red; 8–14 = amber; below 8 = green.").font = Font(italic=True)

    hm = wb.create_sheet("Heat map")
    hm["A1"] = "Residual risk heat map – September 2025"
    hm["A1"].font = Font(bold=True, size=12)
    hm["A3"] = "Impact →  /  Likelihood ↓"
    for i in range(1, 6):
        hm.cell(3, 1 + i, i)
        hm.cell(3 + i, 1, 6 - i)
    place = {(3, 4): "SR1, SR3", (2, 5): "SR2", (2, 4): "SR4"}
    for (lk, im), txt in place.items():
        hm.cell(3 + (6 - lk), 1 + im, txt)
    for lk in range(1, 6):
        for im in range(1, 6):
            s = lk * im
            colr = FILL["R"] if s >= 15 else FILL["A"] if s >= 8 else FILL["G"]
            hm.cell(3 + (6 - lk), 1 + im).fill = fill(colr)
    hm.column_dimensions["A"].width = 26
    wb.save(path)


# ---------------------------------------------------------------------------
# 4. Bank of Ireland (UK) plc - ICO reprimand remediation action plan (docx)
# ---------------------------------------------------------------------------
BOI_FILE = "zpf-bank-of-ireland-uk-ico-reprimand-data-accuracy-remediation-action-plan.docx"

BOI_PART_A = "Part A – Actions responding to the ICO’s recommendations"
BOI_PART_B = "Part B – Additional action agreed following Internal Audit review IA-24-011"
BOI_SECTIONS = [
    (BOI_PART_A, "Recommendation 1: Continue to support affected customers", [
        dict(ref="1.1", action="Write to all 3,284 affected customers confirming that their credit file entries have been corrected and explaining how to raise a complaint.",
             owner="Head of Customer Remediation", lead=["Head of Customer Remediation"], date="31 January 2024",
             brag="Blue", status="blue", end="2024-01", update="Letters issued 19/01/2024; 212 customer contacts handled."),
        dict(ref="1.2", action="Offer a goodwill payment and a free statutory credit report to customers who evidence a declined credit application during 2018–2020.",
             owner="Head of Customer Remediation", lead=["Head of Customer Remediation"], date="30/04/2024",
             brag="Blue", status="blue", end="2024-04", update="147 payments made. Scheme closed to new claims 30/04/2024."),
    ]),
    (BOI_PART_A, "Recommendation 2: Ensure robust processes are in place for reporting to credit reference agencies", [
        dict(ref="2.1", action="Implement an automated reconciliation of loan balances between the core banking platform and the monthly CRA submission file, with exceptions reviewed before submission.",
             owner="Head of Credit Operations", lead=["Head of Credit Operations"], date="End of August 2024",
             brag="Green", status="green", end="2024-08", update="Build complete; parallel run June and July 2024."),
        dict(ref="2.2", action="Document the end-to-end CRA reporting process and assign a named data owner for each reported data field.",
             owner="Chief Data Officer", lead=["Chief Data Officer"], date="31 May 2024\nRevised: 31 August 2024",
             brag="Amber", status="amber", end="2024-08", update="Data owner nominations outstanding for 9 of 41 fields. Revised date approved by ExCo 4 June 2024."),
        dict(ref="2.3", action="Deliver data accuracy training to all colleagues in Credit Operations and Collections.",
             owner="Head of Credit Operations / HR Business Partner", lead=["Head of Credit Operations", "HR Business Partner"], date="30 September 2024",
             brag="Green", status="green", end="2024-09", update="Module built; 38% completion."),
    ]),
    (BOI_PART_A, "Recommendation 3: Review the processes regularly", [
        dict(ref="3.1", action="Add CRA data accuracy to the Second Line annual assurance plan and complete a first thematic review.",
             owner="Head of Compliance Monitoring", lead=["Head of Compliance Monitoring"], date="December 2024",
             brag="Green", status="green", end="2024-12", update="Review scoped for Q4 2024."),
        dict(ref="3.2", action="Report monthly CRA reconciliation exceptions to the Data Governance Forum.",
             owner="Chief Data Officer", lead=["Chief Data Officer"], date="Monthly from July 2024",
             brag="Green", status="green", end=None, end_text="Monthly from July 2024", update="Standing item agreed."),
    ]),
    (BOI_PART_A, "Recommendation 4: Share learning across the organisation", [
        dict(ref="4.1", action="Publish a lessons-learned briefing on the incident to all colleagues through the intranet and team meetings.",
             owner="Data Protection Officer", lead=["Data Protection Officer"], date="31/03/2024",
             brag="Blue", status="blue", end="2024-03", update="Briefing published 21/03/2024."),
        dict(ref="4.2", action="Include the incident as a case study in the annual mandatory data protection e-learning.",
             owner="Data Protection Officer; Head of Learning and Development", lead=["Data Protection Officer", "Head of Learning and Development"], date="November 2024",
             brag="Green", status="green", end="2024-11", update="Content drafted for the 2024/25 module."),
    ]),
    (BOI_PART_B, None, [
        dict(ref="B1", action="Extend the automated reconciliation control to the credit card and overdraft portfolios.",
             owner="Head of Credit Operations", lead=["Head of Credit Operations"], date="31 March 2025",
             brag="Green", status="green", end="2025-03", update="Requirements agreed."),
    ]),
]


def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)
        if i < len(lines) - 1:
            run.add_break()


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.8)


def build_boi(path):
    doc = Document()
    landscape(doc)
    doc.add_paragraph("Data Accuracy Remediation Action Plan", style="Title")
    p = doc.add_paragraph()
    p.add_run("Bank of Ireland (UK) plc – response to the ICO reprimand issued 15 December 2023 "
              "(inaccurate loan balances reported to credit reference agencies)").bold = True
    doc.add_paragraph("Position at 30 June 2024 – for the Board Risk Committee, 23 July 2024. Classification: Internal.")

    doc.add_heading("Document control", level=2)
    dc = doc.add_table(rows=1, cols=4)
    dc.style = "Table Grid"
    for c, h in zip(dc.rows[0].cells, ["Version", "Date", "Author", "Change"]):
        set_cell(c, h, bold=True)
    for row in [("0.1", "10/01/2024", "Data Protection Office", "First draft"),
                ("1.0", "06/02/2024", "Data Protection Office", "Approved by Executive Risk Committee"),
                ("1.3", "28/06/2024", "Data Protection Office", "Quarter 2 progress update")]:
        cells = dc.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)

    doc.add_paragraph("BRAG key: Blue – complete and evidenced to Second Line; Green – on track; "
                      "Amber – at risk of missing target date; Red – target date missed.")

    last_part = None
    for part, rec, actions in BOI_SECTIONS:
        if part != last_part:
            doc.add_heading(part, level=1)
            last_part = part
        if rec:
            doc.add_heading(rec, level=2)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Owner", "Target date", "BRAG", "Update"]):
            set_cell(c, h, bold=True)
            shade(c, "D9E2F3")
        colours = {"Blue": "00B0F0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
        for x in actions:
            cells = t.add_row().cells
            set_cell(cells[0], x["ref"])
            set_cell(cells[1], x["action"])
            set_cell(cells[2], x["owner"])
            set_cell(cells[3], x["date"])
            set_cell(cells[4], x["brag"])
            shade(cells[4], colours[x["brag"]])
            set_cell(cells[5], x["update"])
        doc.add_paragraph()

    doc.add_heading("Approval", level=2)
    ap = doc.add_table(rows=2, cols=3)
    ap.style = "Table Grid"
    for c, h in zip(ap.rows[0].cells, ["Role", "Name", "Date"]):
        set_cell(c, h, bold=True)
    for c, v in zip(ap.rows[1].cells, ["Chief Risk Officer", "", ""]):
        set_cell(c, v)
    doc.save(path)


# ---------------------------------------------------------------------------
# 5. Help for Heroes - Board of Trustees rolling action log (docx)
# ---------------------------------------------------------------------------
HFH_FILE = "zpf-help-for-heroes-board-of-trustees-rolling-action-log.docx"

HFH_PARTS = [
    ("Part 1: Actions completed since the last meeting – proposed for closure", [
        dict(ref="47", meeting="26/06/2025", minute="BT25/38",
             action="Circulate the final Safeguarding Annual Report 2024/25 to all trustees before publication.",
             owner="Director of Services", lead=["Director of Services"], due="July 2025", stat="Complete", status="blue", end="2025-07",
             note="Circulated 15/07/2025."),
        dict(ref="49", meeting="26/06/2025", minute="BT25/41",
             action="Confirm the scope of the external board effectiveness review and appoint the reviewer.",
             owner="Company Secretary", lead=["Company Secretary"], due="Sep 2025", stat="Complete", status="blue", end="2025-09",
             note="Reviewer appointed; fieldwork from October."),
    ]),
    ("Part 2: Open actions", [
        dict(ref="38", meeting="27/03/2025", minute="BT25/19",
             action="Bring a revised reserves policy to the Board following review by the Finance, Audit and Risk Committee.",
             owner="Chief Financial Officer", lead=["Chief Financial Officer"], due="Nov 2025", stat="Green", status="green", end="2025-11",
             note="FARC considered the draft on 4 November."),
        dict(ref="41", meeting="27/03/2025", minute="BT25/24",
             action="Agree the approach to recruiting trustees with lived experience of military service, including a beneficiary trustee role.",
             owner="Chair", lead=["Chair"], due="Jun 2025", stat="Red", status="red", end="2025-06",
             note="Overdue – for discussion under item 6."),
        dict(ref="44", meeting="26/06/2025", minute="BT25/33",
             action="Present the outcome of the beneficiary services review with recommendations on the recovery centre model.",
             owner="Chief Executive / Director of Services", lead=["Chief Executive", "Director of Services"], due="Jan 2026 (was Nov 2025)",
             stat="Amber", status="amber", end="2026-01", note="Deferred to the January strategy day at the Chair’s request."),
        dict(ref="50", meeting="25/09/2025", minute="BT25/52",
             action="Update the trustee skills matrix and recommend recruitment priorities to the Nominations Committee.",
             owner="Chair of Nominations Committee", lead=["Chair of Nominations Committee"], due="31/12/2025", stat="Not started", status="unrated", end="2025-12",
             note=""),
        dict(ref="51", meeting="25/09/2025", minute="BT25/55",
             action="Provide a breakdown of fundraising income against budget by channel for Q2.",
             owner="Director of Fundraising", lead=["Director of Fundraising"], due="Nov 2025", stat="Green", status="green", end="2025-11",
             note="Included in the finance pack for this meeting."),
        dict(ref="52", meeting="25/09/2025", minute="BT25/57",
             action="Review the cyber incident response plan and arrange a tabletop exercise for trustees.",
             owner="Chief Operating Officer; Head of IT", lead=["Chief Operating Officer", "Head of IT"], due="March 2026", stat="Amber", status="amber", end="2026-03",
             note="Awaiting quote from the external facilitator."),
        dict(ref="53", meeting="25/09/2025", minute="BT25/58",
             action="Report to each meeting on serious incident reports made to the Charity Commission.",
             owner="Company Secretary", lead=["Company Secretary"], due="Each meeting", stat="Green", status="green", end=None, end_text="Each meeting",
             note="Standing item from November."),
    ]),
]


def build_hfh(path):
    doc = Document()
    landscape(doc)
    doc.add_paragraph("Board of Trustees Rolling Action Log", style="Title")
    p = doc.add_paragraph()
    p.add_run("Help for Heroes (registered charity no. 1120920)").bold = True
    doc.add_paragraph("Updated following the Board meeting held on 25 September 2025. Paper B2 for the meeting on 27 November 2025.")
    doc.add_paragraph("Status: Complete – action finished and proposed for closure; Green – on track; "
                      "Amber – delayed, revised date shown; Red – overdue; Not started.")
    for heading, rows in HFH_PARTS:
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=1, cols=7)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["No.", "Meeting", "Minute", "Action", "Owner", "Due", "Status / update"]):
            set_cell(c, h, bold=True)
            shade(c, "E7E6E6")
        for x in rows:
            cells = t.add_row().cells
            set_cell(cells[0], x["ref"])
            set_cell(cells[1], x["meeting"])
            set_cell(cells[2], x["minute"])
            set_cell(cells[3], x["action"])
            set_cell(cells[4], x["owner"])
            set_cell(cells[5], x["due"])
            set_cell(cells[6], x["stat"] + ("\n" + x["note"] if x["note"] else ""))
        doc.add_paragraph()
    doc.add_paragraph("Closed actions are removed from the log after the meeting at which closure is agreed. "
                      "The full history is held by the Company Secretary.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 6. Wigton Town Council - action log CSV with a mistyped month (refuse)
# ---------------------------------------------------------------------------
WIGTON_FILE = "zpf-wigton-town-council-action-log-2025-26-typo-month-refuse.csv"

WIGTON_LINES = [
    "Wigton Town Council,,,,,,,",
    "Council Action Log 2025-26,,,,,,,",
    "Actions arising from Full Council and committee meetings - updated for Full Council 13 October 2025,,,,,,,",
    ",,,,,,,",
    "Action No.,Date Raised,Minute No.,Action,Responsible,Target Date,RAG,Progress / Notes",
    "1,12/05/2025,FC25/012,Obtain three quotes for repair of the Market Hill clock mechanism,Town Clerk,July 2025,Complete,Repaired 02/07/2025 - invoice paid",
    "2,12/05/2025,FC25/015,Review the Financial Regulations against the 2024 NALC model and recommend to Finance Committee,RFO,September 2025,G,Draft considered at Finance Committee 15/09/2025",
    "3,09/06/2025,FC25/031,\"Seek a lease from Cumberland Council for the Highmoor Park play area, subject to a condition survey\",Town Clerk,December 2025,A,Awaiting response from Cumberland Council estates team",
    "4,09/06/2025,AM25/008,Arrange the annual independent inspection of all Council play equipment,Amenities Officer,August 2025,Complete,Report received - two low-risk items",
    "5,14/07/2025,FC25/044,Update the Council's risk register and present it to Finance Committee,RFO,November 2025,G,",
    "6,14/07/2025,FC25/047,Prepare a draft budget and precept options for 2026/27,RFO,Febuary 2026,G,Budget working group to meet in November",
    "7,08/09/2025,FC25/058,Publish the 2024/25 AGAR and notice of conclusion of audit on the website,Town Clerk,September 2025,Complete,Published 26/09/2025",
    "8,08/09/2025,FC25/061,Write to Cumberland Council Highways about the condition of the West Street footway,Town Clerk,October 2025,R,No reply - chased 06/10/2025",
    ",,,,,,,",
    "\"Key: G = on track, A = some delay, R = overdue or at risk, Complete = action finished\",,,,,,,",
]
WIGTON_REFUSE_LINE = 11


def build_wigton(path):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(WIGTON_LINES) + "\r\n")


# ---------------------------------------------------------------------------
# 7. Rural Housing Association (NI) - DfC regulatory assessment improvement plan (TSV)
# ---------------------------------------------------------------------------
RURAL_FILE = "zpf-rural-housing-association-dfc-regulatory-assessment-improvement-plan.txt"

RURAL_STANDARDS = [
    ("Governance Standard", [
        ("The Board should ensure that its skills and succession planning reflects the Association's development ambitions and that Board member appraisals are completed annually.", [
            dict(ref="1.1", action="Complete a Board skills audit and agree a succession plan covering the next three years",
                 lead_text="Chair / Chief Executive", lead=["Chair", "Chief Executive"], date="31/12/2025", stat="On track", status="green", end="2025-12",
                 progress="Skills audit questionnaire issued 1 October"),
            dict(ref="1.2", action="Complete individual appraisals for all Board members and report completion to the Governance Committee",
                 lead_text="Company Secretary", lead=["Company Secretary"], date="30/06/2025", stat="Complete", status="blue", end="2025-06",
                 progress="All 11 appraisals completed; reported 17 June 2025"),
        ]),
        ("The Association should review its risk management framework so that the Board receives assurance on the effectiveness of key controls.", [
            dict(ref="2.1", action="Refresh the risk management policy and risk appetite statement and present them to the Board for approval",
                 lead_text="Director of Corporate Services", lead=["Director of Corporate Services"], date="September 2025", stat="Complete", status="blue", end="2025-09",
                 progress="Approved by Board 23 September 2025"),
            dict(ref="2.2", action="Introduce an assurance map covering the top ten corporate risks",
                 lead_text="Director of Corporate Services", lead=["Director of Corporate Services"], date="March 2026", stat="On track", status="green", end="2026-03",
                 progress=""),
        ]),
    ]),
    ("Financial Standard", [
        ("The Association should strengthen stress testing in its business plan to include combined downside scenarios and the mitigations the Board would take.", [
            dict(ref="3.1", action="Develop multi-variate stress tests (interest rate, inflation and development cost scenarios) within the 30-year financial plan",
                 lead_text="Head of Finance", lead=["Head of Finance"], date="30/11/2025 (rev. 31/01/2026)", stat="Amber - slippage", status="amber", end="2026-01",
                 progress="Model update delayed by the finance system upgrade"),
        ]),
    ]),
    ("Consumer Standard", [
        ("The Association should make better use of tenant feedback and complaints data to drive service improvement, and report this to the Board.", [
            dict(ref="4.1", action="Introduce a complaints and tenant feedback report to each Board meeting, including learning and actions taken",
                 lead_text="Housing Services Manager", lead=["Housing Services Manager"], date="Ongoing", stat="On track", status="green", end=None, end_text="Ongoing",
                 progress="First report to Board 23 September 2025"),
            dict(ref="4.2", action="Carry out a tenant satisfaction survey and publish the results to tenants",
                 lead_text="Housing Services Manager; Tenant Participation Officer", lead=["Housing Services Manager", "Tenant Participation Officer"],
                 date="March 2026", stat="Not started", status="unrated", end="2026-03", progress=""),
            dict(ref="4.3", action="Complete stock condition surveys for the remaining rural schemes and update the planned maintenance programme",
                 lead_text="Asset Manager", lead=["Asset Manager"], date="30/09/2025", stat="Red - overdue", status="red", end="2025-09",
                 progress="14 schemes outstanding; contractor capacity issue",
                 cont="New completion date to be proposed to the Board in November"),
        ]),
    ]),
]


def rural_lines():
    L = ["Rural Housing Association Limited",
         "Regulatory Improvement Plan - response to the Department for Communities Regulatory Assessment 2024/25",
         "Progress update for the Board - 21 October 2025",
         "",
         "\t".join(["Standard", "Area for improvement", "Ref", "Action", "Lead officer", "Target date", "Status", "Progress update"])]
    for std, afis in RURAL_STANDARDS:
        first_std = True
        for afi, acts in afis:
            first_afi = True
            for x in acts:
                L.append("\t".join([std if first_std else "", afi if first_afi else "", x["ref"], x["action"],
                                    x["lead_text"], x["date"], x["stat"], x["progress"]]))
                if x.get("cont"):
                    L.append("\t" * 7 + x["cont"])
                first_std = first_afi = False
    L += ["",
          "Status key: Complete; On track; Amber - slippage against target date; Red - overdue; Not started",
          "Prepared by: Director of Corporate Services"]
    return L


def build_rural(path):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(rural_lines()) + "\r\n")


def main():
    build_ssafa(os.path.join(HERE, SSAFA_FILE))
    build_spf(os.path.join(HERE, SPF_FILE))
    build_eden(os.path.join(HERE, EDEN_FILE))
    build_boi(os.path.join(HERE, BOI_FILE))
    build_hfh(os.path.join(HERE, HFH_FILE))
    build_wigton(os.path.join(HERE, WIGTON_FILE))
    build_rural(os.path.join(HERE, RURAL_FILE))
    print("built 7 files in", HERE)


if __name__ == "__main__":
    main()
