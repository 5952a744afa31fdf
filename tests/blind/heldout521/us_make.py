"""Build the seven `us-` blind test files of set heldout521.

Run with /work/main/.venv/bin/python us_make.py (writes beside this script).
Each data row also carries the reading a person makes of it (keys starting `x_`);
those keys are not written into the data files.
"""
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def D(y, m, d):
    return dt.datetime(y, m, d)


FILL = {
    "blue": "5B9BD5",
    "green": "70AD47",
    "amber": "FFC000",
    "red": "FF0000",
    "grey": "D9D9D9",
    "navy": "1F3864",
    "pale": "DDEBF7",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(name):
    return PatternFill("solid", start_color=FILL[name], end_color=FILL[name])


# ---------------------------------------------------------------------------
# 1. Hertfordshire County Council - SIAS internal audit recommendations tracker
# ---------------------------------------------------------------------------
HERTS_FILE = "us-hertfordshire-county-council-internal-audit-recommendations-tracker.xlsx"
HERTS_TITLE = "Hertfordshire County Council – Outstanding Internal Audit Recommendations Tracker"
HERTS = [
    {
        "band": "Direct Payments (Adult Care Services) – 2024/25 – Limited Assurance",
        "recs": [
            dict(ref="R1", prio="High",
                 rec="Management should ensure that every direct payment account is reviewed at least annually, with surplus balances above eight weeks of the agreed budget identified and recovered.",
                 action="A rolling annual review schedule will be introduced and monitored monthly. Surplus balances will be reported to the Direct Payments Board and recovery letters issued within 28 days.",
                 lead="Head of Financial Assessments and Direct Payments",
                 orig=D(2025, 3, 31), rev=D(2025, 9, 30), rag="amber",
                 note="Review schedule in place; backlog of 212 reviews reduced to 64. Revised date agreed by Committee in March 2025.",
                 x_lead=["Head of Financial Assessments and Direct Payments"], x_end="2025-09", x_status="amber"),
            dict(ref="R2", prio="Medium",
                 rec="A documented procedure should be issued for suspending and closing direct payment accounts following the death of the recipient.",
                 action="Procedure to be drafted, agreed with Legal Services and issued to all Direct Payments staff.",
                 lead="Direct Payments Team Manager",
                 orig=D(2025, 6, 30), rev=None, rag="blue",
                 note="Verified – procedure issued 12 June 2025 and briefed to the team.",
                 x_lead=["Direct Payments Team Manager"], x_end="2025-06", x_status="blue"),
        ],
    },
    {
        "band": "Cyber Security: Patch and Vulnerability Management – 2024/25 – Reasonable Assurance",
        "recs": [
            dict(ref="R1", prio="High",
                 rec="Critical and high-severity security patches should be applied to servers within 14 days of release, with exceptions risk-assessed and approved.",
                 action="Automated patch deployment to be extended to the remaining 30% of the server estate. Exceptions to be recorded on the ICT risk log and approved by the CISO.",
                 lead="Head of Infrastructure / Chief Information Security Officer",
                 orig=D(2025, 7, 31), rev=D(2025, 12, 31), rag="amber",
                 note="Tooling procured; deployment delayed by the data centre migration. Revised date proposed.",
                 x_lead=["Head of Infrastructure", "Chief Information Security Officer"], x_end="2025-12", x_status="amber"),
            dict(ref="R3", prio="Medium",
                 rec="Vulnerability scan results should be reported monthly to the Technology Board.",
                 action="A monthly vulnerability dashboard will be added to the Technology Board agenda.",
                 lead="Head of Infrastructure",
                 orig=D(2025, 11, 30), rev=None, rag="green",
                 note="First dashboard due to October 2025 Board.",
                 x_lead=["Head of Infrastructure"], x_end="2025-11", x_status="green"),
        ],
    },
    {
        "band": "Schools Payroll – 2023/24 – Limited Assurance",
        "recs": [
            dict(ref="R2", prio="High",
                 rec="Starter and variation forms submitted by schools should be authorised by the headteacher or an approved delegate before payroll input.",
                 action="The HR self-service portal will be configured so that school starter and variation forms cannot be submitted without an approved authoriser.",
                 lead="Payroll Manager (HR Operations)",
                 orig=D(2024, 12, 31), rev=D(2025, 5, 31), rag="red",
                 note="Portal change not yet released; no further revised date provided. Escalated to the Director of Resources.",
                 x_lead=["Payroll Manager (HR Operations)"], x_end="2025-05", x_status="red"),
            dict(ref="R4", prio="Medium",
                 rec="Overpayments to school staff should be recorded on a central log and recovery monitored.",
                 action="A central overpayments log will be created and reviewed monthly with the Schools Finance team.",
                 lead="Schools HR Business Partner",
                 orig=D(2025, 3, 31), rev=D(2025, 10, 31), rag="amber",
                 note="Log created; recovery monitoring not yet evidenced.",
                 x_lead=["Schools HR Business Partner"], x_end="2025-10", x_status="amber"),
        ],
    },
    {
        "band": "Highways Term Maintenance Contract – Contract Management – 2024/25 – Reasonable Assurance",
        "recs": [
            dict(ref="R1", prio="Medium",
                 rec="Contract performance indicators should be reported quarterly with evidence validated by the client team.",
                 action="KPI evidence packs will be sampled each quarter by the client team and the results reported to the Highways Contract Board.",
                 lead="Highways Contract Manager; Commercial Lead (Place)",
                 orig=D(2025, 10, 31), rev=None, rag="green",
                 note="Q1 sample completed; Q2 sample in progress.",
                 x_lead=["Highways Contract Manager", "Commercial Lead (Place)"], x_end="2025-10", x_status="green"),
            dict(ref="R2", prio="Medium",
                 rec="Compensation events should be assessed and agreed within the timescales set out in the contract.",
                 action="A compensation events register will be introduced with weekly review of events approaching the contractual deadline.",
                 lead="Highways Contract Manager",
                 orig="Q3 2025/26", rev=None, rag="green",
                 note="Register designed; go-live planned for October 2025.",
                 x_lead=["Highways Contract Manager"], x_end="2025-12", x_status="green"),
        ],
    },
]


def make_herts():
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = HERTS_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Report of the Shared Internal Audit Service (SIAS)"
    ws["A3"] = "Audit Committee – 24 September 2025 (position as at 5 September 2025)"
    ws["A5"] = "Summary of High and Medium priority recommendations reported to Committee"
    ws["A5"].font = Font(bold=True)
    head = ["Priority", "Implemented since last report", "Not yet due", "Revised date agreed",
            "Overdue", "Total"]
    rows = [["High", 0, 0, 2, 1, 3], ["Medium", 1, 3, 1, 0, 5], ["Total", 1, 3, 3, 1, 8]]
    for c, h in enumerate(head, 1):
        cell = ws.cell(row=6, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("navy")
        cell.alignment = WRAP
        cell.border = BOX
    for r, row in enumerate(rows, 7):
        for c, v in enumerate(row, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BOX
            if row[0] == "Total":
                cell.font = Font(bold=True)
    ws["A11"] = "RAG key (column H of the Recommendations sheet)"
    ws["A11"].font = Font(bold=True)
    key = [("blue", "Implemented – evidence verified by SIAS"),
           ("green", "Not yet due – on track for the original target date"),
           ("amber", "Revised implementation date agreed"),
           ("red", "Overdue – revised date passed or no revised date agreed")]
    for i, (colour, text) in enumerate(key, 12):
        ws.cell(row=i, column=1).fill = fill(colour)
        ws.cell(row=i, column=1).border = BOX
        ws.cell(row=i, column=2, value=text)
    ws["A17"] = ("Note: only High and Medium priority recommendations are reported to Committee. "
                 "Low priority recommendations are followed up by SIAS with service management.")
    ws.column_dimensions["A"].width = 14
    for col in "BCDEF":
        ws.column_dimensions[col].width = 18

    ws2 = wb.create_sheet("Recommendations")
    ws2.merge_cells("A1:I1")
    ws2["A1"] = "SIAS – Hertfordshire County Council: Outstanding Audit Recommendations as at 5 September 2025"
    ws2["A1"].font = Font(bold=True, size=13)
    ws2["A2"] = "RAG shown by colour in column H – see key on the Summary sheet."
    ws2["A2"].font = Font(italic=True)
    head = ["Rec No.", "Priority", "Finding / Recommendation", "Agreed Management Action",
            "Responsible Officer", "Original Target Date", "Revised Target Date", "RAG",
            "SIAS Follow-up Comment"]
    for c, h in enumerate(head, 1):
        cell = ws2.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("navy")
        cell.alignment = WRAP
        cell.border = BOX
    r = 5
    for audit in HERTS:
        ws2.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws2.cell(row=r, column=1, value=audit["band"]).font = Font(bold=True)
        ws2.cell(row=r, column=1).fill = fill("pale")
        r += 1
        for rec in audit["recs"]:
            vals = [rec["ref"], rec["prio"], rec["rec"], rec["action"], rec["lead"],
                    rec["orig"], rec["rev"], None, rec["note"]]
            for c, v in enumerate(vals, 1):
                cell = ws2.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            ws2.cell(row=r, column=8).fill = fill(rec["rag"])
            r += 1
    widths = dict(A=8, B=9, C=45, D=50, E=28, F=13, G=13, H=7, I=40)
    for k, v in widths.items():
        ws2.column_dimensions[k].width = v
    ws2.freeze_panes = "A5"
    wb.save(os.path.join(HERE, HERTS_FILE))


# ---------------------------------------------------------------------------
# 2. Manchester City Council - corporate risk register 2025/26
# ---------------------------------------------------------------------------
MCC_FILE = "us-manchester-city-council-corporate-risk-register-2025-26.xlsx"
MCC_TITLE = "Manchester City Council – Corporate Risk Register 2025/26"
MCC = [
    dict(risk="CR01 – Failure to deliver a balanced budget and a sustainable Medium Term Financial Plan",
         owner="Deputy Chief Executive and City Treasurer",
         controls="• Budget Delivery Board meets monthly\n• Savings tracker reported to SMT\n• Reserves strategy approved by Council",
         score="4 x 5 = 20", dot="↔", target="3 x 4 = 12",
         actions=[
             dict(action="Deliver the 2026/27 budget savings options approved by Executive, with monthly tracking through the Budget Delivery Board.",
                  lead="Deputy City Treasurer", due=D(2026, 3, 1), duefmt="mmm-yy", status="G",
                  x_lead=["Deputy City Treasurer"], x_end="2026-03", x_status="green"),
             dict(action="Refresh the MTFP to 2028/29 to reflect the Fair Funding Review outcome and the multi-year settlement.",
                  lead="Head of Corporate Finance", due=D(2026, 2, 28), duefmt="dd/mm/yyyy", status="A",
                  x_lead=["Head of Corporate Finance"], x_end="2026-02", x_status="amber"),
             dict(action="Complete the review of earmarked reserves and report the outcome to Resources and Governance Scrutiny Committee.",
                  lead="Deputy City Treasurer", due="Sep-25", status="C",
                  x_lead=["Deputy City Treasurer"], x_end="2025-09", x_status="blue"),
         ]),
    dict(risk="CR03 – Insufficient placements for children looked after, leading to poorer outcomes and budget pressure",
         owner="Strategic Director (Children and Education Services)",
         controls="• Sufficiency Strategy 2024-27\n• Weekly placement panel\n• Regional commissioning framework",
         score="4 x 4 = 16", dot="↑", target="3 x 4 = 12",
         actions=[
             dict(action="Open two further in-house children's homes under the Sufficiency Strategy.",
                  lead="Strategic Director (Children and Education Services)", due="Q4 2025/26", status="A",
                  x_lead=["Strategic Director (Children and Education Services)"], x_end="2026-03", x_status="amber"),
             dict(action="Recruit 40 additional mainstream foster carers through the Manchester Fostering recruitment campaign.",
                  lead="Director of Children's Social Care / Head of Fostering", due="Ongoing", status="G",
                  x_lead=["Director of Children's Social Care", "Head of Fostering"], x_end=None,
                  x_end_text="Ongoing", x_status="green"),
         ]),
    dict(risk="CR06 – A cyber attack or major ICT failure disrupts critical services and compromises data",
         owner="Deputy Chief Executive and City Treasurer",
         controls="• Cyber Essentials Plus accreditation\n• 24/7 security operations centre\n• Mandatory information security training",
         score="4 x 5 = 20", dot="↔", target="3 x 5 = 15",
         actions=[
             dict(action="Complete migration of the remaining on-premise servers to the cloud platform and decommission the legacy data centre.",
                  lead="Chief Information Officer", due=D(2026, 3, 31), duefmt="dd/mm/yyyy", status="G",
                  x_lead=["Chief Information Officer"], x_end="2026-03", x_status="green"),
             dict(action="Run an organisation-wide cyber incident exercise with SMT and test the ICT Disaster Recovery Plan.",
                  lead="Head of Information Security", due=D(2025, 12, 1), duefmt="mmm-yy", status="R",
                  x_lead=["Head of Information Security"], x_end="2025-12", x_status="red"),
         ]),
    dict(risk="CR09 – Demand for homelessness services and temporary accommodation exceeds available supply and budget",
         owner="Strategic Director (Growth and Development)",
         controls="• Homelessness and Rough Sleeping Strategy\n• Temporary Accommodation Board\n• Private rented sector incentive scheme",
         score="5 x 4 = 20", dot="↑", target="4 x 3 = 12",
         actions=[
             dict(action="Deliver the Temporary Accommodation Reduction Plan, including 300 additional units of dispersed accommodation.",
                  lead="Director of Housing Services", due=D(2026, 3, 1), duefmt="mmm-yy", status="A",
                  x_lead=["Director of Housing Services"], x_end="2026-03", x_status="amber"),
             dict(action="End the use of bed and breakfast accommodation for families for longer than six weeks.",
                  lead="Director of Housing Services; Head of Homelessness Prevention", due="31/01/2026", status="R",
                  x_lead=["Director of Housing Services", "Head of Homelessness Prevention"], x_end="2026-01", x_status="red"),
         ]),
]
MCC_STATUS_FILL = {"G": "green", "A": "amber", "R": "red", "C": "blue"}


def make_mcc():
    wb = Workbook()
    ws = wb.active
    ws.title = "Scoring and key"
    ws["A1"] = MCC_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Quarter 2 refresh – reported to Audit Committee, 18 November 2025"
    ws["A4"] = "Risk scoring matrix (Likelihood x Impact)"
    ws["A4"].font = Font(bold=True)
    ws["A5"] = "Likelihood \\ Impact"
    for i in range(1, 6):
        ws.cell(row=5, column=1 + i, value=i).font = Font(bold=True)
    for li in range(5, 0, -1):
        r = 6 + (5 - li)
        ws.cell(row=r, column=1, value=li).font = Font(bold=True)
        for im in range(1, 6):
            s = li * im
            cell = ws.cell(row=r, column=1 + im, value=s)
            cell.fill = fill("red" if s >= 15 else "amber" if s >= 8 else "green")
            cell.border = BOX
    ws["A12"] = "Score 15–25 Significant (red); 8–12 High (amber); 1–6 Moderate (green)"
    ws["A14"] = "Action status key"
    ws["A14"].font = Font(bold=True)
    for i, (k, t) in enumerate([("G", "On track"), ("A", "At risk of slippage"),
                                ("R", "Off track / overdue"), ("C", "Complete")], 15):
        c = ws.cell(row=i, column=1, value=k)
        c.fill = fill(MCC_STATUS_FILL[k])
        c.border = BOX
        ws.cell(row=i, column=2, value=t)
    ws.column_dimensions["A"].width = 20

    ws2 = wb.create_sheet("Corporate Risk Register")
    ws2["A1"] = "Corporate Risk Register 2025/26 – Q2 (position at 30 September 2025)"
    ws2["A1"].font = Font(bold=True, size=13)
    ws2["A2"] = ("Residual score reflects the controls in place. Direction of travel: ↑ increased, "
                 "↓ decreased, ↔ unchanged since Q1.")
    ws2["A2"].font = Font(italic=True)
    head = ["Risk", "Risk Owner", "Key controls in place", "Residual score (L x I)", "Direction",
            "Target score", "Further actions", "Action owner", "Due", "Status"]
    for c, h in enumerate(head, 1):
        cell = ws2.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("navy")
        cell.alignment = WRAP
        cell.border = BOX
    r = 5
    for risk in MCC:
        n = len(risk["actions"])
        for c, key in enumerate(["risk", "owner", "controls", "score", "dot", "target"], 1):
            cell = ws2.cell(row=r, column=c, value=risk[key])
            cell.alignment = WRAP
            if key == "risk":
                cell.font = Font(bold=True)
            if n > 1:
                ws2.merge_cells(start_row=r, start_column=c, end_row=r + n - 1, end_column=c)
        for i, a in enumerate(risk["actions"]):
            rr = r + i
            vals = [a["action"], a["lead"], a["due"], a["status"]]
            for c, v in enumerate(vals, 7):
                cell = ws2.cell(row=rr, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = a["duefmt"]
            st = ws2.cell(row=rr, column=10)
            st.fill = fill(MCC_STATUS_FILL[a["status"]])
            st.alignment = Alignment(horizontal="center", vertical="top")
            for c in range(1, 7):
                ws2.cell(row=rr, column=c).border = BOX
        r += n
    widths = dict(A=34, B=24, C=34, D=12, E=9, F=11, G=48, H=28, I=11, J=8)
    for k, v in widths.items():
        ws2.column_dimensions[k].width = v
    wb.save(os.path.join(HERE, MCC_FILE))


# ---------------------------------------------------------------------------
# 3. London Borough of Bexley - transformation programme highlight report
# ---------------------------------------------------------------------------
BEX_FILE = "us-london-borough-of-bexley-transformation-programme-highlight-report.xlsx"
BEX_TITLE = "London Borough of Bexley – Transformation Programme Highlight Report"
BEX = [
    {
        "band": "Workstream 1 – Children's Services Transformation",
        "rows": [
            dict(ref="CT1", action="Launch the Edge of Care Family Support Team, with staff recruited and the referral pathway live.",
                 lead="Director of Children's Social Care", base=D(2025, 6, 30), rev=D(2025, 9, 30),
                 prev="Amber", cur="Complete",
                 upd="Team launched 15 September 2025; 23 families referred in first month.",
                 x_lead=["Director of Children's Social Care"], x_end="2025-09", x_status="blue"),
            dict(ref="CT2", action="Business case for two in-borough residential children's homes approved by Cabinet.",
                 lead="Head of Commissioning (Children)", base=D(2025, 10, 31), rev=D(2026, 1, 31),
                 prev="Green", cur="Amber",
                 upd="Preferred site under valuation; Cabinet date moved to January 2026.",
                 x_lead=["Head of Commissioning (Children)"], x_end="2026-01", x_status="amber"),
            dict(ref="CT3", action="Implement Mosaic case-management workflow changes for the Family Help model.",
                 lead="Head of Service – Early Help / Mosaic Systems Lead", base=D(2026, 3, 31), rev=None,
                 prev="Green", cur="Green",
                 upd="Design workshops complete; build started.",
                 x_lead=["Head of Service – Early Help", "Mosaic Systems Lead"], x_end="2026-03", x_status="green"),
        ],
    },
    {
        "band": "Workstream 2 – Customer Access & Digital",
        "rows": [
            dict(ref="CD1", action="Go-live of the new customer contact platform (phase 1: Revenues & Benefits and Waste).",
                 lead="Head of Customer Services", base=D(2025, 9, 1), rev=D(2025, 11, 17),
                 prev="Red", cur="Amber",
                 upd="User acceptance testing passed on 24 October; go-live re-planned for 17 November.",
                 x_lead=["Head of Customer Services"], x_end="2025-11", x_status="amber"),
            dict(ref="CD2", action="Roll out online self-service for parking permits and suspensions.",
                 lead="Digital Product Manager", base=D(2025, 12, 31), rev=None,
                 prev="Green", cur="Green",
                 upd="Beta live for resident permits; suspensions in development.",
                 x_lead=["Digital Product Manager"], x_end="2025-12", x_status="green"),
            dict(ref="CD3", action="Decommission the legacy CRM and archive records in line with the retention schedule.",
                 lead="Head of ICT; Information Governance Manager", base="Mar-26", rev="Jun-26",
                 prev="Amber", cur="Red",
                 upd="Dependent on CD1; supplier extension of legacy CRM licence required.",
                 x_lead=["Head of ICT", "Information Governance Manager"], x_end="2026-06", x_status="red"),
        ],
    },
    {
        "band": "Workstream 3 – Property & Assets Rationalisation",
        "rows": [
            dict(ref="PA1", action="Complete the office accommodation review and vacate the Watling Street offices.",
                 lead="Head of Property", base=D(2025, 9, 30), rev=None,
                 prev="Green", cur="Complete",
                 upd="Staff relocated to the Civic Offices; building handed back 26 September.",
                 x_lead=["Head of Property"], x_end="2025-09", x_status="blue"),
            dict(ref="PA2", action="Agree community asset transfers of three library buildings with partner organisations.",
                 lead="Head of Libraries & Heritage", base=D(2025, 12, 31), rev=D(2026, 3, 31),
                 prev="Amber", cur="Amber",
                 upd="Heads of terms agreed for two sites; third partner withdrew and the site is being re-offered.",
                 x_lead=["Head of Libraries & Heritage"], x_end="2026-03", x_status="amber"),
        ],
    },
]
BEX_RAG_FILL = {"Green": "green", "Amber": "amber", "Red": "red", "Complete": "blue"}


def make_bex():
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight Report"
    ws.merge_cells("A1:H1")
    ws["A1"] = BEX_TITLE
    ws["A1"].font = Font(bold=True, size=15)
    ws["A2"] = "Programme Management Office, Chief Executive's Directorate"
    ws["A3"] = "Reporting period: 1–31 October 2025    |    Transformation Board: 12 November 2025"
    info = [("Programme SRO", "Chief Executive"),
            ("Programme Manager", "Head of Transformation and Change"),
            ("Overall status – previous", "Amber"),
            ("Overall status – current", "Amber"),
            ("Summary", "Children's and Property workstreams are delivering to plan. The customer contact "
                        "platform slipped to November, which delays decommissioning of the legacy CRM; "
                        "a licence extension is being negotiated.")]
    for i, (k, v) in enumerate(info, 5):
        ws.cell(row=i, column=1, value=k).font = Font(bold=True)
        ws.merge_cells(start_row=i, start_column=2, end_row=i, end_column=8)
        cell = ws.cell(row=i, column=2, value=v)
        cell.alignment = WRAP
        if v in BEX_RAG_FILL:
            cell.fill = fill(BEX_RAG_FILL[v])
    ws.row_dimensions[9].height = 45
    ws["A11"] = "Key milestones by workstream"
    ws["A11"].font = Font(bold=True, size=12)
    head = ["Ref", "Milestone / deliverable", "Lead", "Baseline date", "Revised date",
            "Previous RAG", "Current RAG", "Update this period"]
    for c, h in enumerate(head, 1):
        cell = ws.cell(row=12, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("navy")
        cell.alignment = WRAP
        cell.border = BOX
    r = 13
    for ws_ in BEX:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        c = ws.cell(row=r, column=1, value=ws_["band"])
        c.font = Font(bold=True)
        c.fill = fill("grey")
        r += 1
        for m in ws_["rows"]:
            vals = [m["ref"], m["action"], m["lead"], m["base"], m["rev"], m["prev"], m["cur"], m["upd"]]
            for cc, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=cc, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=6).fill = fill(BEX_RAG_FILL[m["prev"]])
            ws.cell(row=r, column=7).fill = fill(BEX_RAG_FILL[m["cur"]])
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Decisions / escalations for the Board").font = Font(bold=True)
    ws.cell(row=r + 1, column=1,
            value="The Board is asked to note the revised go-live date for CD1 and the knock-on risk to CD3.")
    widths = dict(A=9, B=50, C=30, D=13, E=13, F=11, G=11, H=45)
    for k, v in widths.items():
        ws.column_dimensions[k].width = v

    ws2 = wb.create_sheet("Savings & Benefits")
    ws2["A1"] = "Transformation savings 2025/26 (£000)"
    ws2["A1"].font = Font(bold=True)
    for c, h in enumerate(["Workstream", "Target", "Forecast", "Variance"], 1):
        ws2.cell(row=3, column=c, value=h).font = Font(bold=True)
    data = [("Children's Services Transformation", 2400, 2150),
            ("Customer Access & Digital", 900, 610),
            ("Property & Assets Rationalisation", 650, 700)]
    for i, (w, t, f) in enumerate(data, 4):
        ws2.cell(row=i, column=1, value=w)
        ws2.cell(row=i, column=2, value=t)
        ws2.cell(row=i, column=3, value=f)
        ws2.cell(row=i, column=4, value=f"=C{i}-B{i}")
    ws2.cell(row=7, column=1, value="Total").font = Font(bold=True)
    for col in "BCD":
        ws2[f"{col}7"] = f"=SUM({col}4:{col}6)"
    ws2.column_dimensions["A"].width = 36

    ws3 = wb.create_sheet("RAG definitions")
    ws3["A1"] = "RAG definitions"
    ws3["A1"].font = Font(bold=True)
    defs = [("Complete", "Milestone delivered"),
            ("Green", "On track to deliver by the baseline or revised date"),
            ("Amber", "At risk – mitigation in place, may need a revised date"),
            ("Red", "Off track – Board decision or support required")]
    for i, (k, t) in enumerate(defs, 2):
        c = ws3.cell(row=i, column=1, value=k)
        c.fill = fill(BEX_RAG_FILL[k])
        ws3.cell(row=i, column=2, value=t)
    ws3.column_dimensions["B"].width = 60
    wb.save(os.path.join(HERE, BEX_FILE))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    """Write text into a cell; '\n' starts a new paragraph inside the cell."""
    parts = text.split("\n") if text else [""]
    cell.paragraphs[0].text = ""
    for i, part in enumerate(parts):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        if size:
            run.font.size = Pt(size)


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.5)


# ---------------------------------------------------------------------------
# 4. Wandsworth Safeguarding Children Partnership - CSPR 'Child J' action plan
# ---------------------------------------------------------------------------
WSCP_FILE = "us-wandsworth-safeguarding-children-partnership-cspr-child-j-action-plan.docx"
WSCP_TITLE = "Wandsworth Safeguarding Children Partnership – Child Safeguarding Practice Review ‘Child J’ – Action Plan"
WSCP_RAG = {"Blue": "5B9BD5", "Green": "70AD47", "Amber": "FFC000", "Red": "FF0000"}
WSCP = [
    {
        "theme": "Learning Theme 1: Hearing the voice of the child",
        "recs": [
            {
                "rec": "Recommendation 1: WSCP partners should ensure that practitioners record the child’s own words and lived experience at every assessment and review, including for pre-verbal children.",
                "actions": [
                    dict(ref="1.1", action="Update the WSCP multi-agency practice guidance ‘Seeing and hearing the child’ to include how to observe and record the experiences of pre-verbal and non-verbal children.",
                         lead="WSCP Business Manager", when="June 2025",
                         prog="Guidance revised and launched at the WSCP learning event on 19 June 2025.", rag="Blue",
                         x_lead=["WSCP Business Manager"], x_end="2025-06", x_status="blue"),
                    dict(ref="1.2", action="Audit a sample of 20 child and family assessments to test whether the child’s voice and daily lived experience are evident in the analysis.\nReport the findings to the Quality Assurance Subgroup.",
                         lead="Head of Quality Assurance, Children’s Services", when="November 2025",
                         prog="Audit tool agreed; fieldwork under way in October 2025.", rag="Green",
                         x_lead=["Head of Quality Assurance, Children’s Services"], x_end="2025-11", x_status="green"),
                ],
            },
        ],
    },
    {
        "theme": "Learning Theme 2: Information sharing between health and children’s social care",
        "recs": [
            {
                "rec": "Recommendation 2: Health partners and children’s social care should agree how missed health appointments for children subject to a child protection plan are notified and followed up.",
                "actions": [
                    dict(ref="2.1", action="Agree a joint protocol for health visitors and GPs to notify children’s social care when a child on a child protection plan is not brought to a health appointment.",
                         lead="Designated Nurse Safeguarding Children (SWL ICB)", when="September 2025\nRevised: December 2025",
                         prog="Draft protocol with the GP safeguarding leads for comment; sign-off moved to the December Executive.", rag="Amber",
                         x_lead=["Designated Nurse Safeguarding Children (SWL ICB)"], x_end="2025-12", x_status="amber"),
                    dict(ref="2.2", action="Deliver joint training for midwifery, health visiting and MASH staff on the ‘Was Not Brought’ policy.",
                         lead="Designated Nurse Safeguarding Children (SWL ICB)\nHead of MASH", when="March 2026",
                         prog="Two of five sessions delivered (46 staff).", rag="Green",
                         x_lead=["Designated Nurse Safeguarding Children (SWL ICB)", "Head of MASH"], x_end="2026-03", x_status="green"),
                ],
            },
            {
                "rec": "Recommendation 3: The MASH partners should ensure that relevant police information about adults in the household is shared at every strategy discussion.",
                "actions": [
                    dict(ref="3.1", action="Review the MASH information-sharing agreement so that police intelligence about adults in the household is routinely shared at strategy discussions.",
                         lead="Met Police South West BCU Safeguarding Lead", when="December 2025",
                         prog="Review not yet started owing to BCU restructure; escalated to the WSCP Executive on 2 October 2025.", rag="Red",
                         x_lead=["Met Police South West BCU Safeguarding Lead"], x_end="2025-12", x_status="red"),
                ],
            },
        ],
    },
    {
        "theme": "Learning Theme 3: Professional curiosity and disguised compliance",
        "recs": [
            {
                "rec": "Recommendation 4: The WSCP should strengthen multi-agency understanding of disguised compliance and how to respond to it.",
                "actions": [
                    dict(ref="4.1", action="Include a module on professional curiosity and disguised compliance in the WSCP core training offer and evaluate attendance by agency.",
                         lead="WSCP Learning and Development Coordinator", when="Ongoing – reported quarterly",
                         prog="Module included from April 2025; Q2 attendance report presented to the Learning and Improvement Subgroup.", rag="Green",
                         x_lead=["WSCP Learning and Development Coordinator"], x_end=None,
                         x_end_text="Ongoing – reported quarterly", x_status="green"),
                    dict(ref="4.2", action="Publish a 7-minute briefing on the Child J review and ask every partner agency to confirm it has been discussed in team meetings.",
                         lead="WSCP Business Manager", when="April 2025",
                         prog="Briefing published 7 April 2025; confirmations received from 14 of 15 agencies.", rag="Blue",
                         x_lead=["WSCP Business Manager"], x_end="2025-04", x_status="blue"),
                ],
            },
        ],
    },
]


def make_wscp():
    doc = Document()
    landscape(doc)
    doc.add_heading(WSCP_TITLE, level=0)
    doc.add_paragraph("Multi-agency action plan in response to the recommendations of the local child "
                      "safeguarding practice review, published March 2025.")
    doc.add_paragraph("Document control").runs[0].bold = True
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Version", "1.3"), ("Date", "14 October 2025"),
                 ("Owner", "WSCP Practice Review Group"),
                 ("Approved by", "WSCP Executive, 9 April 2025"),
                 ("Next review", "January 2026")]:
        row = t.add_row()
        set_cell(row.cells[0], k, bold=True)
        set_cell(row.cells[1], v)
    doc.add_paragraph()
    doc.add_paragraph("RAG key").runs[0].bold = True
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Blue", "Complete – action delivered and impact evidenced"),
                 ("Green", "On track"),
                 ("Amber", "Some slippage – revised timescale agreed"),
                 ("Red", "Not progressing – escalated to the WSCP Executive")]:
        row = t.add_row()
        set_cell(row.cells[0], k, bold=True)
        shade(row.cells[0], WSCP_RAG[k])
        set_cell(row.cells[1], v)
    head = ["No.", "Action", "Lead", "Timescale", "Progress / evidence of impact", "RAG"]
    widths = [Cm(1.3), Cm(8.5), Cm(4.5), Cm(3.0), Cm(7.0), Cm(1.8)]
    for theme in WSCP:
        doc.add_heading(theme["theme"], level=2)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for i, h in enumerate(head):
            set_cell(t.rows[0].cells[i], h, bold=True)
            shade(t.rows[0].cells[i], "D9D9D9")
        for rec in theme["recs"]:
            row = t.add_row()
            merged = row.cells[0].merge(row.cells[5])
            set_cell(merged, rec["rec"], bold=True)
            shade(merged, "DDEBF7")
            for a in rec["actions"]:
                row = t.add_row()
                for i, v in enumerate([a["ref"], a["action"], a["lead"], a["when"], a["prog"], a["rag"]]):
                    set_cell(row.cells[i], v)
                shade(row.cells[5], WSCP_RAG[a["rag"]])
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = w
    doc.add_paragraph()
    doc.add_paragraph("Progress against this plan is reported quarterly to the WSCP Practice Review Group "
                      "and by exception to the WSCP Executive.")
    doc.save(os.path.join(HERE, WSCP_FILE))


# ---------------------------------------------------------------------------
# 5. City of York Council - Ofsted focused visit action plan
# ---------------------------------------------------------------------------
YORK_FILE = "us-city-of-york-council-ofsted-focused-visit-action-plan.docx"
YORK_TITLE = "City of York Council – Ofsted Focused Visit Action Plan"
YORK_RAG = {"B": "5B9BD5", "G": "70AD47", "A": "FFC000", "R": "FF0000"}
YORK = [
    {
        "area": "1. The quality and timeliness of child in need plans, so that they are specific and focused on outcomes for children.",
        "actions": [
            dict(ref="1.1", action="Introduce a revised child in need plan template with SMART outcomes, co-produced with parents and carers.",
                 lead="Head of Service – Children in Need and Child Protection", when="End of September 2024",
                 prog="Template live in Mosaic from 16 September 2024.", rag="B",
                 x_lead=["Head of Service – Children in Need and Child Protection"], x_end="2024-09", x_status="blue"),
            dict(ref="1.2", action="Monthly dip-sample of 10 child in need plans by team managers, with findings reported to the Practice Improvement Group.\nFirst report to the group in November 2024.",
                 lead="Team Managers (CIN/CP)", when="Monthly",
                 prog="Three rounds completed; 70% of plans sampled in December rated good or better.", rag="G",
                 x_lead=["Team Managers (CIN/CP)"], x_end=None, x_end_text="Monthly", x_status="green"),
        ],
    },
    {
        "area": "2. Management oversight and supervision, so that they consistently drive progress for children.",
        "actions": [
            dict(ref="2.1", action="Relaunch the supervision policy and recording template, with a clear focus on the child’s plan and progress since the last supervision.",
                 lead="Principal Social Worker", when="Oct 2024",
                 prog="Policy relaunched at the all-staff briefing on 8 October 2024.", rag="B",
                 x_lead=["Principal Social Worker"], x_end="2024-10", x_status="blue"),
            dict(ref="2.2", action="Quarterly audit of supervision quality by the Quality Assurance Service, reported to the Assurance and Ambition Board.",
                 lead="Principal Social Worker / Head of Quality Assurance", when="Q4 2024/25",
                 prog="First audit delayed by auditor vacancy; now scheduled for February 2025.", rag="A",
                 x_lead=["Principal Social Worker", "Head of Quality Assurance"], x_end="2025-03", x_status="amber"),
        ],
    },
    {
        "area": "3. The response to children in need and children subject to a child protection plan who are persistently absent from school or missing education.",
        "actions": [
            dict(ref="3.1", action="Agree a joint protocol between the Virtual School, Education Welfare and social care for children on child in need and child protection plans who are persistently absent.",
                 lead="Head of Virtual School and Inclusion", when="Summer term 2025",
                 prog="Task and finish group established; draft protocol expected March 2025.", rag="G",
                 x_lead=["Head of Virtual School and Inclusion"], x_end="2025-07", x_status="green"),
            dict(ref="3.2", action="Ensure every child missing education who is open to children’s social care is discussed at the weekly Children Missing Education panel with the allocated social worker present.",
                 lead="Education Welfare Manager", when="Dec-24",
                 prog="Social worker attendance at panel 55% in December; escalated to the Director of Safeguarding.", rag="R",
                 x_lead=["Education Welfare Manager"], x_end="2024-12", x_status="red"),
        ],
    },
]


def make_york():
    doc = Document()
    landscape(doc)
    doc.add_heading(YORK_TITLE, level=0)
    for line in ["Children’s Safeguarding Service",
                 "Focused visit: 11 and 12 June 2024 – arrangements for children in need and children "
                 "subject to a child protection plan",
                 "Letter published: 23 July 2024",
                 "Plan owner: Director of Safeguarding. Progress is monitored quarterly by the Assurance "
                 "and Ambition Board.",
                 "Last updated: 20 January 2025"]:
        doc.add_paragraph(line)
    head = ["Area for improvement (Ofsted letter)", "Ref", "What we will do", "Lead", "By when",
            "Progress (January 2025)", "RAG"]
    n = sum(len(a["actions"]) for a in YORK)
    t = doc.add_table(rows=1 + n, cols=7)
    t.style = "Table Grid"
    for i, h in enumerate(head):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "D9D9D9")
    r = 1
    for area in YORK:
        first = r
        for a in area["actions"]:
            cells = t.rows[r].cells
            for i, v in enumerate([a["ref"], a["action"], a["lead"], a["when"], a["prog"], a["rag"]], 1):
                set_cell(cells[i], v)
            shade(cells[6], YORK_RAG[a["rag"]])
            r += 1
        top = t.cell(first, 0)
        if r - 1 > first:
            top = top.merge(t.cell(r - 1, 0))
        set_cell(top, area["area"], bold=True)
    widths = [Cm(5.5), Cm(1.2), Cm(6.5), Cm(3.8), Cm(2.6), Cm(5.5), Cm(1.2)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    doc.add_paragraph()
    doc.add_paragraph("RAG key: B – complete; G – on track; A – some slippage; R – not on track / escalated.")
    doc.save(os.path.join(HERE, YORK_FILE))


# ---------------------------------------------------------------------------
# 6. Stoke-on-Trent Health and Wellbeing Board - action log (CSV)
# ---------------------------------------------------------------------------
STOKE_FILE = "us-stoke-on-trent-health-and-wellbeing-board-action-log.csv"
STOKE_TITLE = "Stoke-on-Trent Health and Wellbeing Board – Action Log"
STOKE = [
    dict(ref="HWB/24/11", meet="04/12/2024", minute="38",
         action="Circulate the final Pharmaceutical Needs Assessment 2025-28 to Board members ahead of publication.",
         lead="Director of Public Health", due="31/01/2025", status="Complete",
         upd="Circulated 14/01/2025; published 1 February 2025.",
         x_lead=["Director of Public Health"], x_end="2025-01", x_status="blue"),
    dict(ref="HWB/25/02", meet="12/03/2025", minute="7",
         action="Provide a report on uptake of childhood immunisations by ward, including actions to close the gap in the lowest-uptake wards.",
         lead="Consultant in Public Health (Health Protection)", due="11/06/2025", status="Complete",
         upd="Report received at June meeting.",
         x_lead=["Consultant in Public Health (Health Protection)"], x_end="2025-06", x_status="blue"),
    dict(ref="HWB/25/05", meet="12/03/2025", minute="9",
         action="Bring the delivery plan for the Joint Health and Wellbeing Strategy 2025-28 to the Board for sign-off.",
         lead="AS / KB", due="Sep-25", status="Amber",
         upd="Draft circulated; sign-off deferred to the December meeting.",
         x_lead=["AS", "KB"], x_end="2025-09", x_status="amber"),
    dict(ref="HWB/25/08", meet="11/06/2025", minute="14",
         action="Better Care Fund 2025-26: quarterly returns to be signed off by the Chair and the Director of Adult Social Care under delegation, and reported to the next Board meeting.",
         lead="Director of Adult Social Care", due="Quarterly", status="Green",
         upd="Q1 return signed off 18/07/2025 and reported in September.",
         x_lead=["Director of Adult Social Care"], x_end=None, x_end_text="Quarterly", x_status="green"),
    dict(ref="HWB/25/09", meet="11/06/2025", minute="15",
         action="Share the findings of the Healthwatch GP access survey with the ICB primary care team and report the \"you said, we did\" response back to the Board.",
         lead="Healthwatch Stoke-on-Trent Manager", due="10/09/2025", status="Red",
         upd="ICB response not yet received – chased 15/09/2025.",
         x_lead=["Healthwatch Stoke-on-Trent Manager"], x_end="2025-09", x_status="red"),
    dict(ref="HWB/25/10", meet="11/06/2025", minute="16",
         action="Set up a task and finish group on infant mortality.\nThe group to report initial findings and proposed actions to the Board.",
         lead="Director of Public Health; Director of Children's Services", due="10/12/2025", status="Green",
         upd="Group met 3 July and 4 September; data deep-dive in progress.",
         x_lead=["Director of Public Health", "Director of Children's Services"], x_end="2025-12", x_status="green"),
    dict(ref="HWB/25/12", meet="10/09/2025", minute="22",
         action="Arrange a Board development session on the NHS 10 Year Health Plan and neighbourhood health.",
         lead="Democratic Services Officer", due="TBC", status="",
         upd="",
         x_lead=["Democratic Services Officer"], x_end=None, x_end_text="TBC", x_status="unrated"),
    dict(ref="HWB/25/13", meet="10/09/2025", minute="24",
         action="Add a smoking in pregnancy indicator to the Board's performance dashboard, starting with Q2 2025/26 data.",
         lead="Public Health Intelligence Manager", due="Dec 2025", status="Green",
         upd="Indicator defined with the maternity data team.",
         x_lead=["Public Health Intelligence Manager"], x_end="2025-12", x_status="green"),
]


def csv_field(v):
    v = "" if v is None else str(v)
    if any(ch in v for ch in ',"\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


def make_stoke():
    ncol = 8
    lines = []

    def row(vals):
        vals = list(vals) + [""] * (ncol - len(vals))
        lines.append(",".join(csv_field(v) for v in vals))

    row([STOKE_TITLE])
    row(["Updated 24 September 2025 for the Board meeting on 8 October 2025"])
    row(["Status key: Complete = action closed by the Board; Green = on track; Amber = at risk; Red = overdue"])
    row([])
    row(["Ref", "Meeting", "Minute", "Action", "Owner(s)", "Due", "Status", "Update"])
    for a in STOKE:
        row([a["ref"], a["meet"], a["minute"], a["action"], a["lead"], a["due"], a["status"], a["upd"]])
    row([])
    row(["Completed actions are removed from the log once they have been reported to one meeting of the Board."])
    with open(os.path.join(HERE, STOKE_FILE), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ---------------------------------------------------------------------------
# 7. Derbyshire Dales CSP - DHR 'Ruby' action plan (tab-separated, refuse)
# ---------------------------------------------------------------------------
DDCSP_FILE = "us-derbyshire-dales-csp-dhr-ruby-action-plan-typo-month-refuse.txt"
DDCSP_TITLE = "Derbyshire Dales Community Safety Partnership – Domestic Homicide Review ‘Ruby’ – Action Plan"
DDCSP_HEADER = ["Rec", "Recommendation", "Scope", "Action No.", "Action to take", "Lead Agency",
                "Target Date", "RAG", "Progress / outcome"]
DDCSP_ROWS = [
    ["1", "Derbyshire Constabulary should ensure that officers complete a DASH risk assessment with the victim in private at every domestic abuse incident.",
     "Local", "1.1", "Issue a force-wide briefing on completing DASH in private, with supervisors checking compliance on every domestic abuse occurrence.",
     "Derbyshire Constabulary", "March 2025", "Complete", "Briefing issued 3 March 2025; compliance checks built into the occurrence review."],
    ["", "", "", "1.2", "Dip-sample 50 domestic abuse occurrences each quarter for six months and report compliance to the DHR Oversight Group.",
     "Derbyshire Constabulary", "September 2025", "Green", "Q1 and Q2 samples complete: compliance 78% and 86%."],
    ["2", "Derbyshire Dales District Council should ensure that housing staff recognise and respond to domestic abuse disclosed during homelessness and housing applications.",
     "Local", "2.1", "Deliver domestic abuse awareness training, including routine enquiry, to all housing options and customer services staff.",
     "Derbyshire Dales District Council (Housing)", "Dec 2025", "Amber", "Training commissioned from the local domestic abuse service; two sessions delivered."],
    ["", "", "", "2.2", "Achieve Domestic Abuse Housing Alliance (DAHA) accreditation.",
     "Derbyshire Dales District Council (Housing)", "March 2027", "Green", "Self-assessment started."],
    ["3", "GP practices in the Derbyshire Dales should be supported to identify and refer patients experiencing domestic abuse.",
     "Local/Regional", "3.1", "Extend the IRIS domestic abuse training and referral programme to all GP practices in the Derbyshire Dales.",
     "NHS Derby and Derbyshire ICB", "January 2026", "Green", "Seven of nine practices trained."],
    ["", "", "", "3.2", "Add a domestic abuse prompt to the GP clinical system template for consultations about anxiety, depression and low mood.",
     "NHS Derby and Derbyshire ICB", "Febuary 2026", "Amber", "Template change requested from the system supplier."],
    ["4", "The CSP should ensure that family members and friends know how to get help when they are worried about someone.",
     "Local", "4.1", "Run a Dales-wide awareness campaign for family, friends and employers, using Ruby’s story with her family’s agreement.",
     "Derbyshire Dales CSP", "November 2025", "Green", "Campaign materials agreed with Ruby’s family; launch planned for White Ribbon Day."],
    ["5", "The Home Office should consider how the learning from DHRs in rural areas is shared nationally.",
     "National", "5.1", "Write to the Home Office DHR team setting out the rural isolation learning from this review.",
     "Derbyshire Dales CSP", "Ongoing", "Complete", "Letter sent with the final report, 14 February 2025."],
]
DDCSP_TYPO_LINE = None  # set by make_ddcsp(): 1-based line number of 'Febuary 2026'


def make_ddcsp():
    global DDCSP_TYPO_LINE
    lines = [DDCSP_TITLE,
             "Exported from the CSP DHR action tracker on 3 November 2025. Progress as reported to the DHR Oversight Group, October 2025.",
             "",
             "\t".join(DDCSP_HEADER)]
    for r in DDCSP_ROWS:
        lines.append("\t".join(r))
        if "Febuary" in r[6]:
            DDCSP_TYPO_LINE = len(lines)
    lines.append("")
    lines.append("RAG: Complete = action complete and evidence received; Green = on track; Amber = delayed; Red = not progressing.")
    with open(os.path.join(HERE, DDCSP_FILE), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")


def main():
    make_herts()
    make_mcc()
    make_bex()
    make_wscp()
    make_york()
    make_stoke()
    make_ddcsp()
    print("built 7 files; typo on line", DDCSP_TYPO_LINE)


if __name__ == "__main__":
    main()
