"""Build the seven va- blind cases (set heldout525) and their expected readings.

Run with /work/main/.venv/bin/python va_make.py (from any directory).
Only writes files whose names start with "va-".
"""
import csv
import datetime as dt
import io
import os

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "0070C0",
    "grey": "D9D9D9",
    "band": "DDEBF7",
    "head": "1F3864",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def path(name):
    assert name.startswith("va-")
    return os.path.join(HERE, name)


def solid(colour):
    return PatternFill(fill_type="solid", start_color=colour, end_color=colour)


def write_expected(name, meta, actions):
    doc = {
        "source": meta["source"],
        "reads": meta["reads"],
        "outcome": meta["outcome"],
        "accept_refusal": meta.get("accept_refusal", False),
    }
    if "refuse_at" in meta:
        doc["refuse_at"] = meta["refuse_at"]
    if meta.get("title") is not None:
        doc["title"] = meta["title"]
    if meta["outcome"] == "read":
        out = []
        for a in actions:
            e = {
                "ref": a["ref"],
                "under": a["under"],
                "action": a["action"],
                "lead": a["lead"],
                "end": a["end"],
            }
            if a.get("end_text") is not None:
                e["end_text"] = a["end_text"]
            e["status"] = a["status"]
            out.append(e)
        doc["actions"] = out
    with open(path(name + ".expected.yaml"), "w", encoding="utf-8") as fh:
        yaml.safe_dump(doc, fh, sort_keys=False, allow_unicode=True, width=100000)


def header_row(ws, row, labels):
    for i, lab in enumerate(labels, start=1):
        c = ws.cell(row=row, column=i, value=lab)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = solid(FILL["head"])
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX


# ---------------------------------------------------------------------------
# 1. City of Doncaster Council - Ofsted focused visit action plan (xlsx, read)
# ---------------------------------------------------------------------------
def doncaster():
    name = "va-city-of-doncaster-council-ofsted-focused-visit-action-plan.xlsx"
    title = "City of Doncaster Council – Ofsted Focused Visit Action Plan"
    afi1 = ("Area for improvement 1: The quality of written plans for children in need and children "
            "subject to a child protection plan, so that they are specific, measurable and understood by families.")
    afi2 = ("Area for improvement 2: Management oversight and supervision, so that drift and delay in "
            "children's plans are identified and addressed.")
    afi3 = ("Area for improvement 3: The timeliness of initial child protection conferences and the "
            "consistency of multi-agency attendance at core group meetings.")
    HOS = "Head of Service – Safeguarding and Family Support"
    rows = [
        ("band", afi1),
        dict(ref="1.1",
             action="Relaunch the child's plan template in Mosaic so that every plan sets out SMART actions, "
                    "who is responsible and by when, written in plain language for parents.",
             success="All new CIN and CP plans use the revised template; audit shows 80% of plans rated good for SMART actions.",
             lead_cell=HOS, lead=[HOS],
             date=dt.datetime(2025, 1, 31), fmt="mmm-yy", end="2025-01",
             progress="New template live from 13 January 2025. Briefings delivered to all CIN/CP teams.",
             fill="blue", status="blue"),
        dict(ref="1.2",
             action="Deliver 'Writing to the child and family' workshops to all social workers and team managers "
                    "in the Safeguarding and Family Support service.",
             success="Attendance of 95% of practitioners; practice audits show plans written to the child.",
             lead_cell="Principal Social Worker", lead=["Principal Social Worker"],
             date="March 2025", end="2025-03",
             progress="Nine of 11 sessions delivered. Two sessions rescheduled to July 2025 due to facilitator sickness.",
             fill="amber", status="amber"),
        dict(ref="1.3",
             action="Monthly dip sample of 10% of CIN and CP plans by team managers.\n"
                    "Findings reported quarterly to the Performance and Quality Assurance Board.",
             success="Sustained improvement in plan quality across three consecutive quarters.",
             lead_cell="Team Managers / Head of Quality Assurance",
             lead=["Team Managers", "Head of Quality Assurance"],
             date="Ongoing", end=None, end_text="Ongoing",
             progress="Dip sampling in place since February 2025; Q1 2025/26 findings reported to PQAB in May.",
             fill="green", status="green"),
        ("band", afi2),
        dict(ref="2.1",
             action="Introduce a revised supervision policy and recording template that requires managers to "
                    "review progress against the child's plan and record clear actions with timescales.",
             success="Supervision policy signed off by SMT; 90% of supervision records on the new template.",
             lead_cell="Assistant Director – Children's Social Care",
             lead=["Assistant Director – Children's Social Care"],
             date=dt.datetime(2025, 2, 28), fmt="mmm-yy", end="2025-02",
             progress="Policy approved at SMT on 18 February 2025 and published on the procedures site.",
             fill="blue", status="blue"),
        dict(ref="2.2",
             action="Quarterly audit of supervision records across all CIN and CP teams, moderated by the "
                    "Quality Assurance Team.",
             success="Audit grades for management oversight improve from 52% good (Oct 2024) to 75% good.",
             lead_cell="Head of Quality Assurance", lead=["Head of Quality Assurance"],
             date=dt.datetime(2025, 9, 30), fmt="mmm-yy", end="2025-09",
             progress="First two quarterly audits complete; 64% good in June 2025.",
             fill="green", status="green"),
        dict(ref="2.3",
             action="Establish a fortnightly drift and delay tracking meeting, chaired by the Head of Service, "
                    "for children open to CIN for more than 12 months.",
             success="Reduction in children open to CIN for 12 months or more.",
             lead_cell=HOS, lead=[HOS],
             date=dt.datetime(2025, 4, 30), fmt="dd/mm/yyyy", end="2025-04",
             progress="Tracker developed but meetings not yet embedded. Relaunch agreed at SMT on 10/06/2025.",
             fill="red", status="red"),
        ("band", afi3),
        dict(ref="3.1",
             action="Review Child Protection Chair capacity and recruit two additional Independent Child "
                    "Protection Conference Chairs.",
             success="95% of initial child protection conferences held within 15 working days.",
             lead_cell="Service Manager – Child Protection Chairs",
             lead=["Service Manager – Child Protection Chairs"],
             date="Sept 2025", end="2025-09",
             progress="One Chair appointed (starts August 2025); second post out to advert.",
             fill="amber", status="amber"),
        dict(ref="3.2",
             action="Agree with the Doncaster Safeguarding Children Partnership a multi-agency standard for "
                    "core group attendance, and report partner attendance data to each Partnership Executive meeting.",
             success="Partner attendance at core groups reported and above 85% for health, education and police.",
             lead_cell="DSCP Business Manager; Service Manager – Child Protection Chairs",
             lead=["DSCP Business Manager", "Service Manager – Child Protection Chairs"],
             date="Q3 2025/26", end="2025-12",
             progress="Not yet started – scheduled once the new Chairs are in post.",
             fill=None, status="unrated"),
    ]

    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = title
    cover["A1"].font = Font(bold=True, size=14)
    cover["A2"] = "Children's Services – response to the focused visit of 2 and 3 October 2024"
    cover["A3"] = "Focus of the visit: children in need and children subject to a child protection plan"
    cover["A5"] = "Document control"
    cover["A5"].font = Font(bold=True)
    dc = [("Version", "Date", "Author", "Changes"),
          ("0.3", "09/12/2024", "Head of Quality Assurance", "Draft for Children's Improvement Board"),
          ("1.0", "14/01/2025", "Head of Quality Assurance", "Final – submitted to Ofsted"),
          ("1.2", "04/07/2025", "Performance and Improvement Officer", "Progress update as at 30 June 2025")]
    for i, r in enumerate(dc):
        for j, v in enumerate(r):
            c = cover.cell(row=6 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
    cover["A11"] = "RAG key"
    cover["A11"].font = Font(bold=True)
    key = [("blue", "Complete – action delivered and evidenced"),
           ("green", "On track"),
           ("amber", "Some slippage – recoverable within the plan period"),
           ("red", "Off track – escalated to the Children's Improvement Board"),
           (None, "No colour – not yet started")]
    for i, (col, txt) in enumerate(key):
        c = cover.cell(row=12 + i, column=1)
        if col:
            c.fill = solid(FILL[col])
        c.border = BOX
        cover.cell(row=12 + i, column=2, value=txt)
    cover.column_dimensions["A"].width = 14
    cover.column_dimensions["B"].width = 60
    cover.column_dimensions["C"].width = 32
    cover.column_dimensions["D"].width = 40

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Progress position at: 30 June 2025"
    ws["A3"] = "Overseen by the Children's Improvement Board (chaired by the Director of Children's Services)"
    header_row(ws, 5, ["Ref", "Action", "Success measure / impact", "Lead officer", "Target date",
                       "Progress update (June 2025)", "RAG"])
    r = 6
    actions = []
    under = None
    for item in rows:
        if isinstance(item, tuple):
            under = item[1]
            ws.cell(row=r, column=1, value=under)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            c = ws.cell(row=r, column=1)
            c.font = Font(bold=True)
            c.fill = solid(FILL["band"])
            c.alignment = WRAP
            ws.row_dimensions[r].height = 32
            r += 1
            continue
        vals = [item["ref"], item["action"], item["success"], item["lead_cell"], item["date"],
                item["progress"], None]
        for j, v in enumerate(vals, start=1):
            c = ws.cell(row=r, column=j, value=v)
            c.alignment = WRAP
            c.border = BOX
        if isinstance(item["date"], dt.datetime):
            ws.cell(row=r, column=5).number_format = item["fmt"]
        if item["fill"]:
            ws.cell(row=r, column=7).fill = solid(FILL[item["fill"]])
        actions.append(dict(ref=item["ref"], under=[under], action=item["action"], lead=item["lead"],
                            end=item["end"], end_text=item.get("end_text"), status=item["status"]))
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG colours are explained on the Cover sheet. Completed actions remain on "
                                   "the plan until impact has been evidenced through audit.")
    for col, w in zip("ABCDEFG", (7, 55, 40, 30, 12, 45, 8)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"
    wb.save(path(name))

    meta = dict(
        source="Imitates a City of Doncaster Council children's services post-focused-visit action plan "
               "(Ofsted ILACS focused visits, areas for improvement answered within 70 working days; see "
               "https://www.gov.uk/government/publications/inspecting-local-authority-childrens-services-from-2018). "
               "Copied features: Cover sheet with document-control table and a fill-colour RAG key; a second sheet "
               "with the plan, each Ofsted area for improvement as a merged, shaded band row over its numbered "
               "actions; success-measure and progress columns; RAG shown only as cell fill (one action not yet "
               "started left uncoloured); dates mixed between real date cells (mmm-yy and dd/mm/yyyy), month text, "
               "a financial quarter and 'Ongoing'; two leads in one cell separated by '/' and ';'.",
        reads="An Excel workbook: a cover sheet (document control, RAG key) and an Action Plan sheet with three "
              "areas for improvement from the October 2024 focused visit, each followed by two or three numbered "
              "actions with lead officer, target date, progress and a colour-only RAG cell. Eight actions in all.",
        outcome="read", title=title)
    write_expected(name, meta, actions)
    return name, len(actions)


# ---------------------------------------------------------------------------
# 2. East Hertfordshire DC - strategic risk register (xlsx, refuse)
# ---------------------------------------------------------------------------
def east_herts():
    name = "va-east-hertfordshire-dc-strategic-risk-register-q2-2025-26-typo-month-refuse.xlsx"
    title = "East Hertfordshire District Council – Strategic Risk Register"
    risks = [
        dict(ref="SR1",
             desc="Financial sustainability – the Council is unable to set a balanced budget over the Medium "
                  "Term Financial Plan period because of reduced funding, inflation and demand pressures.",
             owner="Head of Strategic Finance and Property", inherent="4 x 4 = 16",
             controls="MTFP refreshed quarterly; savings programme monitored by Leadership Team; reserves strategy "
                      "agreed by Council February 2025.",
             residual="3 x 4 = 12", rfill="red", dot="↔",
             actions=[
                 ("Identify £1.2m of further savings proposals for the 2026/27 budget.", "Leadership Team",
                  dt.datetime(2025, 12, 31), "On track", "Proposals at Member workshop 4 November."),
                 ("Complete the review of fees and charges and present the outcome to the Executive.",
                  "Head of Strategic Finance and Property", "Jan 2026", "On track",
                  "Benchmarking against Hertfordshire districts complete."),
                 ("Refresh the commercial property investment strategy.",
                  "Head of Strategic Finance and Property; Estates Manager", "Mar-26", "Not started",
                  "Scheduled for Q4."),
             ]),
        dict(ref="SR2",
             desc="Local Government Reorganisation – uncertainty over the structure and timing of new unitary "
                  "councils in Hertfordshire diverts capacity and affects service delivery.",
             owner="Chief Executive", inherent="4 x 3 = 12",
             controls="Member briefings; officer LGR working group; joint work with the other Hertfordshire councils.",
             residual="3 x 3 = 9", rfill="amber", dot="↑",
             actions=[
                 ("Submit the Council's response and supporting evidence on the Hertfordshire LGR proposal.",
                  "Chief Executive", dt.datetime(2025, 11, 28), "On track",
                  "Draft response to Council 19 November."),
                 ("Establish an LGR programme board with a dedicated programme manager.", "Chief Executive",
                  "Sept 2025", "Complete", "Programme board met for the first time on 22 September."),
             ]),
        dict(ref="SR3",
             desc="Cyber attack – a successful cyber attack results in the loss of systems and data and prevents "
                  "the delivery of services.",
             owner="Head of Shared ICT Service", inherent="4 x 4 = 16",
             controls="Multi-factor authentication; immutable back-ups; PSN compliance; staff e-learning.",
             residual="2 x 4 = 8", rfill="amber", dot="↔",
             actions=[
                 ("Complete the annual IT Health Check and remediate all critical vulnerabilities.",
                  "Head of Shared ICT Service", "Oct-25", "Complete", "All critical findings closed 14 October."),
                 ("Run a cyber incident exercise with Leadership Team and test service business continuity plans.",
                  "Head of Shared ICT Service; Emergency Planning Officer", "Decmber 2025", "On track",
                  "Exercise scenario agreed with the LGA cyber team."),
             ]),
        dict(ref="SR4",
             desc="Homelessness and temporary accommodation – rising demand for temporary accommodation creates "
                  "budget pressure and poor outcomes for households.",
             owner="Head of Housing and Health", inherent="4 x 3 = 12",
             controls="Homelessness prevention fund; nightly-paid accommodation reviewed weekly.",
             residual="4 x 3 = 12", rfill="red", dot="↑",
             actions=[
                 ("Acquire 12 additional units of council-owned temporary accommodation through the Local "
                  "Authority Housing Fund.", "Head of Housing and Health", dt.datetime(2026, 3, 31),
                  "Behind schedule", "Seven units acquired; conveyancing delays on the remainder."),
                 ("Review the homelessness prevention offer with registered provider partners.",
                  "Housing Options Manager", "Ongoing", "On track", "Quarterly meetings in place."),
             ]),
        dict(ref="SR5",
             desc="Workforce – inability to recruit and retain staff in hard-to-fill professional roles "
                  "(planning, legal, environmental health).",
             owner="Head of HR and Organisational Development", inherent="3 x 3 = 9",
             controls="Market supplements; hybrid working policy; apprenticeship levy use.",
             residual="2 x 3 = 6", rfill="amber", dot="↓",
             actions=[
                 ("Deliver the 2025/26 workforce plan, including the planning apprenticeship scheme.",
                  "Head of HR and Organisational Development", "Mar-26", "On track",
                  "Two planning apprentices started September 2025."),
             ]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "SRR Q2 2025-26"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Quarter 2 2025/26 – position at 30 September 2025"
    ws["A3"] = "Reported to Audit and Governance Committee, 18 November 2025"
    header_row(ws, 5, ["Risk ref", "Risk title and description", "Risk owner", "Inherent score (L x I)",
                       "Existing controls", "Residual score (L x I)", "Direction of travel", "Further action",
                       "Action owner", "Target date", "Action status", "Q2 update"])
    r = 6
    typo_row = None
    for rk in risks:
        n = len(rk["actions"])
        first = r
        for (txt, owner, date, status, upd) in rk["actions"]:
            for j, v in zip(range(8, 13), (txt, owner, date, status, upd)):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
            if isinstance(date, dt.datetime):
                ws.cell(row=r, column=10).number_format = "dd/mm/yyyy"
            if date == "Decmber 2025":
                typo_row = r
            r += 1
        for j, v in zip(range(1, 8), (rk["ref"], rk["desc"], rk["owner"], rk["inherent"], rk["controls"],
                                      rk["residual"], rk["dot"])):
            c = ws.cell(row=first, column=j, value=v)
            c.alignment = WRAP
            c.border = BOX
            if n > 1:
                ws.merge_cells(start_row=first, start_column=j, end_row=first + n - 1, end_column=j)
        ws.cell(row=first, column=6).fill = solid(FILL[rk["rfill"]])
    r += 1
    ws.cell(row=r, column=1, value="Scoring: Likelihood (1–4) x Impact (1–4). Residual score 12–16 Red; 6–9 Amber; "
                                   "1–4 Green. Direction of travel: ↑ increasing, ↔ unchanged, ↓ reducing.")
    for col, w in zip("ABCDEFGHIJKL", (8, 45, 24, 12, 40, 12, 10, 45, 28, 13, 14, 36)):
        ws.column_dimensions[col].width = w
    m = wb.create_sheet("Risk matrix")
    m["A1"] = "Risk scoring matrix"
    m["A1"].font = Font(bold=True)
    m["A3"] = "Likelihood \\ Impact"
    for i in range(4):
        m.cell(row=3, column=2 + i, value=i + 1)
        m.cell(row=4 + i, column=1, value=4 - i)
        for j in range(4):
            s = (4 - i) * (j + 1)
            c = m.cell(row=4 + i, column=2 + j, value=s)
            c.fill = solid(FILL["red"] if s >= 12 else FILL["amber"] if s >= 6 else FILL["green"])
    wb.save(path(name))
    assert typo_row == 12, typo_row
    meta = dict(
        source="Imitates a district council strategic risk register as taken to an Audit and Governance "
               "Committee each quarter (e.g. West Oxfordshire, https://meetings.westoxon.gov.uk/ieIssueDetails.aspx?IId=5999&Opt=3, "
               "and Reading's separation of existing controls from specific actions with target date and status, "
               "https://democracy.reading.gov.uk/mgAi.aspx?ID=13423). Copied features: title block with quarter and "
               "committee date; one row per further action with the risk's description, owner, inherent and residual "
               "L x I scores, controls and direction-of-travel arrow merged vertically over its actions; residual "
               "score shown by fill colour; a scoring note under the table and a separate Risk matrix sheet.",
        reads="A strategic risk register (five risks, ten further actions, each with owner, target date and status). "
              "Row 12, the second action of SR3 (cyber incident exercise), has the target date 'Decmber 2025' – a "
              "mistyped month a careful reader would query before reading the register's dates.",
        outcome="refuse", refuse_at=12, title=title)
    write_expected(name, meta, [])
    return name, None


# ---------------------------------------------------------------------------
# 3. Slough Borough Council - internal audit recommendations tracker (xlsx, read)
# ---------------------------------------------------------------------------
def slough():
    name = "va-slough-borough-council-internal-audit-recommendations-tracker.xlsx"
    title = "Slough Borough Council – Internal Audit Recommendations Tracker"
    D = dt.datetime
    audits = [
        ("Accounts Payable (2024/25) – Limited Assurance", [
            dict(ref="AP-01", prio="High",
                 rec="Changes to supplier bank details should be independently verified by a call-back to a "
                     "known contact before being processed.",
                 actions=[
                     dict(action="Update the supplier amendment procedure to require a documented call-back to a "
                                 "previously verified contact for every bank detail change.",
                          lead_cell="Head of Exchequer Services", lead=["Head of Exchequer Services"],
                          orig=D(2024, 12, 31), rev=D(2025, 3, 31), end="2025-03", rag="B", status="blue",
                          upd="Procedure issued 20/03/2025; IA verified in sample testing (May 2025)."),
                     dict(action="Produce a monthly exception report of bank detail changes from Agresso, reviewed "
                                 "and signed off by the Payments Team Leader.",
                          lead_cell="Head of Exchequer Services; Payments Team Leader",
                          lead=["Head of Exchequer Services", "Payments Team Leader"],
                          orig=D(2024, 12, 31), rev=D(2025, 11, 30), end="2025-11", rag="A", status="amber",
                          upd="Report built by the Agresso team; first review evidenced for September 2025."),
                 ]),
            dict(ref="AP-02", prio="Medium",
                 rec="Duplicate payment checks should be carried out before each payment run rather than after it.",
                 actions=[
                     dict(action="Configure the pre-run duplicate payment check and keep evidence of the review with "
                                 "each BACS run file.",
                          lead_cell="Payments Team Leader", lead=["Payments Team Leader"],
                          orig=D(2025, 2, 28), rev=None, end="2025-02", rag="B", status="blue",
                          upd="In place from the 6 February 2025 payment run."),
                 ]),
        ]),
        ("Cyber Security – Patch Management (2024/25) – Limited Assurance", [
            dict(ref="CS-01", prio="High",
                 rec="All servers should be patched in line with the Council's Patch Management Policy, with any "
                     "exceptions formally risk-accepted by the SIRO.",
                 actions=[
                     dict(action="Implement automated patch deployment for Windows servers, with a monthly "
                                 "compliance report to the ICT Security Board.",
                          lead_cell="Head of ICT Infrastructure", lead=["Head of ICT Infrastructure"],
                          orig=D(2025, 3, 31), rev=D(2025, 12, 31), end="2025-12", rag="A", status="amber",
                          upd="Tool deployed to 80% of the server estate; legacy social care servers outstanding."),
                     dict(action="Report the number of servers outside patching tolerance to the Audit and Corporate "
                                 "Governance Committee each quarter until compliance exceeds 95%.",
                          lead_cell="Head of ICT Infrastructure", lead=["Head of ICT Infrastructure"],
                          orig=D(2026, 3, 31), rev=None, end="2026-03", rag="G", status="green",
                          upd="Reported to Committee in July and October 2025."),
                 ]),
            dict(ref="CS-02", prio="Medium",
                 rec="Unsupported software should be identified and either removed or isolated from the network.",
                 actions=[
                     dict(action="Complete the software asset inventory and agree a decommissioning plan for "
                                 "unsupported applications.",
                          lead_cell="ICT Service Delivery Manager / Information Governance Lead",
                          lead=["ICT Service Delivery Manager", "Information Governance Lead"],
                          orig=D(2025, 6, 30), rev=None, end="2025-06", rag="R", status="red",
                          upd="Inventory 70% complete – resource diverted to the data centre move. Overdue."),
                 ]),
        ]),
        ("Temporary Accommodation – Income Collection (2025/26) – Reasonable Assurance", [
            dict(ref="TA-01", prio="Medium",
                 rec="Rent accounts for households placed in temporary accommodation should be set up within five "
                     "working days of placement.",
                 actions=[
                     dict(action="Introduce a daily placement notification from Housing Options to the Income Team, "
                                 "monitored through a weekly KPI.",
                          lead_cell="Housing Income Manager", lead=["Housing Income Manager"],
                          orig=D(2025, 11, 30), rev=None, end="2025-11", rag="G", status="green",
                          upd="Notification live; KPI dashboard in testing."),
                 ]),
            dict(ref="TA-02", prio="Low",
                 rec="Arrears recovery procedures for temporary accommodation should be documented.",
                 actions=[
                     dict(action="Write and publish a temporary accommodation arrears recovery procedure note.",
                          lead_cell="Housing Income Manager", lead=["Housing Income Manager"],
                          orig=D(2026, 1, 31), rev=None, end="2026-01", rag=None, status="unrated",
                          upd="Not yet due."),
                 ]),
        ]),
        ("Payroll (2023/24) – Reasonable Assurance", [
            dict(ref="PY-03", prio="Medium",
                 rec="Overtime claims should be authorised by the line manager before payment is made.",
                 actions=[
                     dict(action="Withdraw the paper overtime form and route all claims through the iTrent "
                                 "self-service approval workflow.",
                          lead_cell="Payroll and Pensions Manager", lead=["Payroll and Pensions Manager"],
                          orig=D(2024, 7, 31), rev=D(2025, 1, 31), end="2025-01", rag="B", status="blue",
                          upd="Paper form withdrawn January 2025. Follow-up testing found no exceptions."),
                 ]),
        ]),
    ]
    wb = Workbook()
    summ = wb.active
    summ.title = "Summary"
    summ["A1"] = title
    summ["A1"].font = Font(bold=True, size=14)
    summ["A2"] = "Position at 31 October 2025 – Audit and Corporate Governance Committee, 20 November 2025"
    srows = [("Priority", "Actions tracked", "Implemented (B)", "On track (G)", "Slipped – revised date (A)",
              "Overdue (R)", "Not yet due"),
             ("High", 4, 1, 1, 2, 0, 0),
             ("Medium", 4, 2, 1, 0, 1, 0),
             ("Low", 1, 0, 0, 0, 0, 1),
             ("Total", 9, 3, 2, 2, 1, 1)]
    for i, row in enumerate(srows):
        for j, v in enumerate(row):
            c = summ.cell(row=4 + i, column=1 + j, value=v)
            c.border = BOX
            if i in (0, len(srows) - 1):
                c.font = Font(bold=True)
    summ.column_dimensions["A"].width = 14
    for col in "BCDEFG":
        summ.column_dimensions[col].width = 18

    ws = wb.create_sheet("Tracker")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Outstanding and recently implemented agreed actions, audits 2023/24 to 2025/26"
    header_row(ws, 4, ["Rec ref", "Priority", "Recommendation", "Agreed management action", "Responsible officer",
                       "Original due date", "Revised due date", "RAG", "Management update (October 2025)"])
    r = 5
    actions = []
    for band, recs in audits:
        ws.cell(row=r, column=1, value=band)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws.cell(row=r, column=1).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = solid(FILL["band"])
        r += 1
        for rec in recs:
            first = r
            for a in rec["actions"]:
                vals = {4: a["action"], 5: a["lead_cell"], 6: a["orig"], 7: a["rev"], 8: a["rag"], 9: a["upd"]}
                for j in range(1, 10):
                    c = ws.cell(row=r, column=j)
                    if j in vals and vals[j] is not None:
                        c.value = vals[j]
                    c.alignment = WRAP
                    c.border = BOX
                ws.cell(row=r, column=6).number_format = "dd/mm/yyyy"
                ws.cell(row=r, column=7).number_format = "dd/mm/yyyy"
                actions.append(dict(ref=rec["ref"], under=[band, rec["rec"]], action=a["action"], lead=a["lead"],
                                    end=a["end"], status=a["status"]))
                r += 1
            for j, v in ((1, rec["ref"]), (2, rec["prio"]), (3, rec["rec"])):
                ws.cell(row=first, column=j, value=v)
                if r - first > 1:
                    ws.merge_cells(start_row=first, start_column=j, end_row=r - 1, end_column=j)
    for col, w in zip("ABCDEFGHI", (9, 9, 42, 45, 30, 12, 12, 6, 42)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    key = wb.create_sheet("Key")
    key["A1"] = "Key"
    key["A1"].font = Font(bold=True)
    krows = [("RAG", "Meaning"),
             ("B", "Implemented – verified by Internal Audit"),
             ("G", "Not yet due / on track for the agreed date"),
             ("A", "Original date missed – revised date agreed by the Director"),
             ("R", "Overdue – no revised date agreed; reported to Committee"),
             ("(blank)", "Not yet started"),
             ("", ""),
             ("Priority", "Meaning"),
             ("High", "Fundamental control weakness – implement within 3 months"),
             ("Medium", "Significant control weakness – implement within 6 months"),
             ("Low", "Improvement to control – implement within 12 months")]
    for i, (a, b) in enumerate(krows):
        key.cell(row=3 + i, column=1, value=a)
        key.cell(row=3 + i, column=2, value=b)
    key.column_dimensions["B"].width = 60
    wb.save(path(name))
    meta = dict(
        source="Imitates a London/unitary borough internal audit recommendation tracker taken to the audit "
               "committee (tracking of original and revised target completion dates, as in the Bromsgrove "
               "recommendation tracker guidance, https://moderngovwebpublic.bromsgrove.gov.uk/ieIssueDetails.aspx?IId=6040&Opt=3&PlanId=0, "
               "and Central Bedfordshire's tracking reports). Copied features: Summary sheet with a totals block "
               "by priority; Tracker sheet with each audit (title, year and assurance opinion) as a merged shaded "
               "band row; recommendation, rec ref and priority merged vertically over two agreed actions where a "
               "recommendation has more than one; original and revised due dates as real date cells; RAG letters "
               "B/G/A/R with a blank for not started, defined on a separate Key sheet.",
        reads="A three-sheet workbook. The Tracker sheet lists four audits; under each, recommendations with their "
              "agreed management actions (nine actions), responsible officer, original and revised due dates and "
              "a RAG letter. Where a revised date is given it is the due date.",
        outcome="read", title=title)
    write_expected(name, meta, actions)
    return name, len(actions)


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def set_cell_shading(cell, hex_colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tcPr.append(shd)


def bold_row(row):
    for c in row.cells:
        for p in c.paragraphs:
            for run in p.runs:
                run.font.bold = True


# ---------------------------------------------------------------------------
# 4. Oldham CSCP - DHR action plan (docx, read)
# ---------------------------------------------------------------------------
def oldham():
    name = "va-oldham-community-safety-and-cohesion-partnership-dhr-hannah-action-plan.docx"
    title = "Domestic Homicide Review ‘Hannah’ – Action Plan"
    partA = "Part A: Overview Report Recommendations"
    partB = "Part B: Single Agency Recommendations"
    recs = [
        ("1. The Partnership should ensure that domestic abuse training for frontline practitioners covers "
         "economic abuse and coercive control experienced by older victims.", [
            dict(ref="1.1",
                 action="Refresh the multi-agency domestic abuse training offer:\n"
                        "- add a module on economic abuse;\n"
                        "- add a module on coercive control in later life.",
                 lead_cell="Domestic Abuse Partnership Manager (Oldham Council)",
                 lead=["Domestic Abuse Partnership Manager (Oldham Council)"],
                 date="Sept 2024 – March 2025", end="2025-03",
                 prog="Both modules written with the Older People's Forum and delivered from February 2025.",
                 rag="Blue", status="blue"),
            dict(ref="1.2",
                 action="Report training take-up by agency to the Domestic Abuse Partnership Board every six months.",
                 lead_cell="Domestic Abuse Partnership Manager (Oldham Council)",
                 lead=["Domestic Abuse Partnership Manager (Oldham Council)"],
                 date="Ongoing", end=None, end_text="Ongoing",
                 prog="First report to the Board in July 2025: 412 practitioners trained.",
                 rag="Green", status="green"),
        ]),
        ("2. Adult social care and health partners should routinely ask about domestic abuse when a carer’s "
         "assessment is completed for a spouse or partner.", [
            dict(ref="2.1",
                 action="Add a routine enquiry question on domestic abuse to the carer’s assessment form and the "
                        "community nursing holistic assessment.",
                 lead_cell="Oldham Council Adult Social Care / Northern Care Alliance NHS Foundation Trust",
                 lead=["Oldham Council Adult Social Care", "Northern Care Alliance NHS Foundation Trust"],
                 date="31/10/2025", end="2025-10",
                 prog="Carer’s assessment form updated in Liquidlogic; community nursing template change awaiting "
                      "EPR release.",
                 rag="Amber", status="amber"),
        ]),
        ("3. The Partnership should seek assurance that MARAC referrals are made for victims aged over 65 at the "
         "same rate as for other age groups.", [
            dict(ref="3.1",
                 action="Audit MARAC referrals for victims aged 65 and over for the year 2024/25 and present findings "
                        "to the Community Safety and Cohesion Partnership.",
                 lead_cell="MARAC Coordinator", lead=["MARAC Coordinator"],
                 date="March 2025", end="2025-03",
                 prog="Audit complete; presented to the Partnership on 27 March 2025.",
                 rag="Blue", status="blue"),
            dict(ref="3.2",
                 action="Agree an older people’s domestic abuse awareness campaign with Age UK Oldham.",
                 lead_cell="Head of Community Safety; Communications Manager",
                 lead=["Head of Community Safety", "Communications Manager"],
                 date="Q4 2025/26", end="2026-03",
                 prog="Campaign materials in design with Age UK Oldham; launch planned for February 2026.",
                 rag="Green", status="green"),
        ]),
    ]
    single = [
        ("Greater Manchester Police", [
            dict(ref="SA1",
                 action="Issue a briefing to neighbourhood officers on recognising and recording coercive control "
                        "where both parties are older adults.",
                 lead_cell="Detective Chief Inspector – Oldham Public Protection",
                 lead=["Detective Chief Inspector – Oldham Public Protection"],
                 date="Jun-24", end="2024-06", prog="Briefing issued 3 June 2024.", rag="Blue", status="blue"),
        ]),
        ("Northern Care Alliance NHS Foundation Trust", [
            dict(ref="SA2",
                 action="Include the learning from this review in level 3 adult safeguarding training for "
                        "emergency department staff.",
                 lead_cell="Named Nurse for Safeguarding Adults", lead=["Named Nurse for Safeguarding Adults"],
                 date="31/12/2025", end="2025-12",
                 prog="Case study added to training from September 2025.", rag="Green", status="green"),
            dict(ref="SA3",
                 action="Audit the use of the routine enquiry question in the emergency department for patients "
                        "aged 65 and over.",
                 lead_cell="Named Nurse for Safeguarding Adults; Head of Nursing – Urgent Care",
                 lead=["Named Nurse for Safeguarding Adults", "Head of Nursing – Urgent Care"],
                 date="May 2026", end="2026-05", prog="Audit tool agreed; sampling to start in Q4.",
                 rag="Red", status="red"),
        ]),
    ]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph("Oldham Community Safety and Cohesion Partnership")
    p.runs[0].font.bold = True
    doc.add_heading(title, level=1)
    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k, v in (("Review", "DHR ‘Hannah’ (OCSCP DHR 2022/03)"),
                 ("Independent Chair and author", "R. Ellison"),
                 ("Home Office Quality Assurance Panel letter", "12 March 2024"),
                 ("Published", "2 May 2024"),
                 ("Action plan version", "v4 – updated for the DHR Steering Group, 9 September 2025")):
        row = info.add_row()
        row.cells[0].text = k
        row.cells[1].text = v
    doc.add_paragraph("")
    doc.add_paragraph("Progress against this plan is reported to the DHR Steering Group every quarter. "
                      "RAG status: Red – not progressing; Amber – progressing with delay; Green – on track; "
                      "Blue – complete.")
    actions = []
    doc.add_heading(partA, level=2)
    t = doc.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("Recommendation", "Ref", "Action", "Lead agency / officer", "Target date",
                                      "Progress update", "RAG")):
        c.text = h
    bold_row(t.rows[0])
    for rec, acts in recs:
        first = len(t.rows)
        for a in acts:
            row = t.add_row()
            cells = row.cells
            for i, v in enumerate((None, a["ref"], a["action"], a["lead_cell"], a["date"], a["prog"], a["rag"])):
                if v is not None:
                    cells[i].text = v
            actions.append(dict(ref=a["ref"], under=[partA, rec], action=a["action"], lead=a["lead"],
                                end=a["end"], end_text=a.get("end_text"), status=a["status"]))
        top = t.cell(first, 0)
        if len(acts) > 1:
            top = top.merge(t.cell(len(t.rows) - 1, 0))
        top.text = rec
    doc.add_paragraph("")
    doc.add_heading(partB, level=2)
    t2 = doc.add_table(rows=1, cols=6)
    t2.style = "Table Grid"
    for c, h in zip(t2.rows[0].cells, ("Ref", "Recommendation / action", "Lead officer", "Target date",
                                       "Progress update", "RAG")):
        c.text = h
    bold_row(t2.rows[0])
    for agency, acts in single:
        row = t2.add_row()
        m = row.cells[0].merge(row.cells[5])
        m.text = agency
        m.paragraphs[0].runs[0].font.bold = True
        set_cell_shading(m, "D9E2F3")
        for a in acts:
            cells = t2.add_row().cells
            for i, v in enumerate((a["ref"], a["action"], a["lead_cell"], a["date"], a["prog"], a["rag"])):
                cells[i].text = v
            actions.append(dict(ref=a["ref"], under=[partB, agency], action=a["action"], lead=a["lead"],
                                end=a["end"], end_text=a.get("end_text"), status=a["status"]))
    doc.add_paragraph("")
    doc.add_paragraph("Actions rated Blue will be closed by the DHR Steering Group once evidence of impact has "
                      "been received.")
    doc.save(path(name))
    meta = dict(
        source="Imitates a community safety partnership DHR action plan in the Home Office format (recommendation, "
               "action, lead agency, target date, progress) as monitored by a DHR steering group; cf. the "
               "Home Office DHR report guide, https://www.gov.uk/government/publications/domestic-homicide-report-guide, "
               "and local DHR protocols' action plan templates. Copied features: partnership line and heading title; "
               "review details table (not the plan); RAG definitions in a paragraph; Part A overview-report table with "
               "the recommendation text vertically merged over its numbered actions; Part B single-agency table with "
               "shaded agency rows spanning the table; a bulleted action inside one cell; a period target "
               "('Sept 2024 – March 2025'), a financial quarter and 'Ongoing'.",
        reads="A Word action plan for DHR 'Hannah': three overview-report recommendations with five actions, then "
              "single-agency actions for Greater Manchester Police (one) and the Northern Care Alliance (two). Each "
              "action has a lead, target date, progress text and a RAG colour word.",
        outcome="read", title=title)
    write_expected(name, meta, actions)
    return name, len(actions)


# ---------------------------------------------------------------------------
# 5. North Lincolnshire Children's MARS Board - LCSPR action plan (docx, read)
# ---------------------------------------------------------------------------
def north_lincs():
    name = "va-north-lincolnshire-childrens-mars-board-lcspr-child-j-action-plan.docx"
    title = "Local Child Safeguarding Practice Review: Child J – Multi-Agency Action Plan"
    themes = [
        ("Learning Theme 1: Hearing the lived experience of the child",
         "Recommendation 1: All partner agencies should ensure that practitioners record what daily life is like "
         "for a child who is non-verbal, using communication tools suited to the child’s needs.", [
             dict(ref="1.1",
                  action="Develop a practice guide on direct work with non-verbal and disabled children, including "
                         "the use of communication passports.",
                  lead_cell="Head of Service – Children’s Disability Service",
                  lead=["Head of Service – Children’s Disability Service"],
                  date="By 30 September 2025", end="2025-09",
                  evid="Guide published on the MARS website; cited in 8 of 10 audited assessments.",
                  status_cell="Complete", status="blue"),
             dict(ref="1.2",
                  action="Include the voice of the non-verbal child as a standing line of enquiry in the MARS "
                         "multi-agency audit programme.",
                  lead_cell="MARS Board Business Manager", lead=["MARS Board Business Manager"],
                  date="Autumn term 2025", end="2025-12",
                  evid="Audit tool amended; first themed audit booked for November.",
                  status_cell="On track", status="green"),
         ]),
        ("Learning Theme 2: Professional curiosity about adults in the household",
         "Recommendation 2: Partners should be curious about adults who join or leave a child’s household and "
         "share what they know.", [
             dict(ref="2.1",
                  action="Deliver professional curiosity briefings to health visitors, school nurses and early help "
                         "practitioners, using this review as the case study.",
                  lead_cell="Designated Nurse Safeguarding Children, NHS Humber and North Yorkshire ICB",
                  lead=["Designated Nurse Safeguarding Children, NHS Humber and North Yorkshire ICB"],
                  date="Summer term 2025", end="2025-07",
                  evid="Six briefings delivered to 214 practitioners.",
                  status_cell="Complete", status="blue"),
             dict(ref="2.2",
                  action="Update the single assessment template so that every adult in the household is named and "
                         "checked with police and health.",
                  lead_cell="Head of Service – Children’s Standards and Regulation",
                  lead=["Head of Service – Children’s Standards and Regulation"],
                  date="31 January 2026", end="2026-01",
                  evid="Change request raised with the systems team; testing delayed by the case management upgrade.",
                  status_cell="Some slippage", status="amber"),
             dict(ref="2.3",
                  action="Remind schools of the duty to tell the Children’s Single Point of Contact when they learn "
                         "of a new adult in a child’s household.",
                  lead_cell="Education Safeguarding Lead / Head of Inclusion",
                  lead=["Education Safeguarding Lead", "Head of Inclusion"],
                  date="Dec 2025", end="2025-12",
                  evid="Item drafted for the designated safeguarding lead network meeting.",
                  status_cell="On track", status="green"),
         ]),
        ("Learning Theme 3: Information sharing at transition between health visiting and school nursing",
         "Recommendation 3: The ICB should seek assurance that records are transferred and read when a child moves "
         "from the health visiting service to the school nursing service.", [
             dict(ref="3.1",
                  action="Agree a written transfer standard between the 0–19 service teams, with a transfer "
                         "discussion for every child known to children’s social care.",
                  lead_cell="0–19 Service Manager", lead=["0–19 Service Manager"],
                  date="End of March 2026", end="2026-03",
                  evid="",
                  status_cell="Not started", status="unrated"),
             dict(ref="3.2",
                  action="Audit a sample of 20 transfers and report compliance with the standard to the MARS "
                         "Board Quality and Effectiveness Group.",
                  lead_cell="Designated Nurse Safeguarding Children, NHS Humber and North Yorkshire ICB",
                  lead=["Designated Nurse Safeguarding Children, NHS Humber and North Yorkshire ICB"],
                  date="Jul-26", end="2026-07",
                  evid="",
                  status_cell="Not started", status="unrated"),
         ]),
    ]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    p = doc.add_paragraph("North Lincolnshire Children’s Multi-Agency Resilience and Safeguarding (MARS) Board")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.runs[0].font.bold = True
    h = doc.add_heading(title, level=1)
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("This action plan responds to the recommendations of the Local Child Safeguarding Practice "
                      "Review for Child J, published October 2024. Progress is overseen by the Quality and "
                      "Effectiveness Group and reported to the MARS Board. Position at: 30 September 2025.")
    doc.add_paragraph("Status key", style="Heading 3")
    key = doc.add_table(rows=1, cols=2)
    key.style = "Table Grid"
    key.rows[0].cells[0].text = "Status"
    key.rows[0].cells[1].text = "Meaning"
    for s, m, colour in (("Complete", "Action delivered and evidence provided (Blue)", "9DC3E6"),
                         ("On track", "Progressing to the agreed timescale (Green)", "A9D08E"),
                         ("Some slippage", "Timescale at risk – lead to provide recovery plan (Amber)", "FFD966"),
                         ("Not started", "Action not yet started", None)):
        row = key.add_row()
        row.cells[0].text = s
        row.cells[1].text = m
        if colour:
            set_cell_shading(row.cells[0], colour)
    actions = []
    for theme, rec, acts in themes:
        doc.add_heading(theme, level=2)
        rp = doc.add_paragraph(rec)
        rp.runs[0].font.italic = True
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, hd in zip(t.rows[0].cells, ("No.", "Action", "Lead", "By when", "Evidence of impact", "Status")):
            c.text = hd
        bold_row(t.rows[0])
        for a in acts:
            cells = t.add_row().cells
            for i, v in enumerate((a["ref"], a["action"], a["lead_cell"], a["date"], a["evid"], a["status_cell"])):
                cells[i].text = v
            actions.append(dict(ref=a["ref"], under=[theme, rec], action=a["action"], lead=a["lead"],
                                end=a["end"], status=a["status"]))
        doc.add_paragraph("")
    doc.add_heading("Sign-off", level=2)
    so = doc.add_table(rows=1, cols=3)
    so.style = "Table Grid"
    for c, hd in zip(so.rows[0].cells, ("Agreed by", "Role", "Date")):
        c.text = hd
    for a, b, c in (("Quality and Effectiveness Group", "Oversight of the action plan", "16/10/2024"),
                    ("Children’s MARS Board", "Approval", "07/11/2024")):
        cells = so.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = a, b, c
    doc.save(path(name))
    meta = dict(
        source="Imitates a safeguarding children partnership LCSPR multi-agency action plan, here for North "
               "Lincolnshire's Children's MARS Board (https://www.northlincs.gov.uk/people-health-and-care/keeping-children-safe-in-north-lincolnshire/). "
               "Copied features: partnership name and centred heading title; introductory paragraph with the "
               "position date; a status key table whose words map to colours ('Some slippage' = Amber, 'Complete' = "
               "Blue); one section per learning theme, each a heading, an italic recommendation paragraph and its "
               "own action table; school-term and 'By'/'End of' target dates; a job title containing a comma; a "
               "sign-off table at the end.",
        reads="A Word action plan with three learning themes. Under each theme heading is the review's "
              "recommendation and a table of numbered actions with lead, 'by when', evidence of impact and a status "
              "word from the key. Seven actions in all; the key and sign-off tables are not actions.",
        outcome="read", title=title)
    write_expected(name, meta, actions)
    return name, len(actions)


# ---------------------------------------------------------------------------
# 6. Babergh DC - delivery plan Q2 (csv, read)
# ---------------------------------------------------------------------------
def babergh():
    name = "va-babergh-district-council-our-delivery-plan-q2-2025-26.csv"
    title = "Babergh District Council – Our Delivery Plan 2025/26: Quarter 2 progress report (July to September 2025)"
    groups = [
        ("1. Our Places", [
            dict(ref="P1.1", action="Adopt the Joint Local Plan Part 2 (site allocations) following examination.",
                 lead_cell="Corporate Manager – Strategic Planning", lead=["Corporate Manager – Strategic Planning"],
                 cab="Cabinet Member for Planning", due="Mar-26", end="2026-03", rag="Amber", status="amber",
                 com="Examination hearings paused pending the Inspector's letter; timetable under review."),
            dict(ref="P1.2", action="Deliver Phase 1 of the Sudbury town centre public realm works on Market Hill.",
                 lead_cell="Corporate Manager – Regeneration", lead=["Corporate Manager – Regeneration"],
                 cab="Cabinet Member for Economic Growth", due="Q4 2025/26", end="2026-03", rag="Green",
                 status="green", com="Contractor appointed, works start January 2026."),
            dict(ref="P1.3", action="Complete the review of conservation area appraisals for Lavenham and Long Melford.",
                 lead_cell="Heritage Team Leader", lead=["Heritage Team Leader"],
                 cab="Cabinet Member for Planning", due="30/09/2025", end="2025-09", rag="Complete", status="blue",
                 com="Both appraisals adopted by Cabinet on 8 September 2025."),
        ]),
        ("2. Our Communities", [
            dict(ref="P2.1", action="Open the Hadleigh community hub in partnership with Suffolk County Council "
                                    "and the Integrated Care Board.",
                 lead_cell="Director of Communities; Corporate Manager – Communities",
                 lead=["Director of Communities", "Corporate Manager – Communities"],
                 cab="Cabinet Member for Communities", due="Dec 2025", end="2025-12", rag="Green", status="green",
                 com="Fit-out complete; opening event planned for 4 December."),
            dict(ref="P2.2", action="Award round 2 of the Community Grants Fund, prioritising projects that tackle "
                                    "rural isolation.",
                 lead_cell="Communities Officer (Grants)", lead=["Communities Officer (Grants)"],
                 cab="Cabinet Member for Communities", due="Nov-25", end="2025-11", rag="Green", status="green",
                 com="41 applications received; panel meets 6 November."),
            dict(ref="P2.3", action="Build 40 new council homes at the Hamilton Road site, Sudbury.",
                 lead_cell="Director of Housing / Corporate Manager – Housing Development",
                 lead=["Director of Housing", "Corporate Manager – Housing Development"],
                 cab="Cabinet Member for Housing", due="Sept 2025 – March 2027", end="2027-03", rag="Amber",
                 status="amber", com="Start on site delayed by eight weeks, awaiting UK Power Networks diversion."),
        ]),
        ("3. Our Council", [
            dict(ref="P3.1", action="Implement the new waste collection contract, including weekly food waste "
                                    "collections across the district.",
                 lead_cell="Corporate Manager – Waste Services", lead=["Corporate Manager – Waste Services"],
                 cab="Cabinet Member for Environment", due="31/03/2026", end="2026-03", rag="Red", status="red",
                 com="Vehicle delivery slipped to May 2026, so food waste roll-out cannot start before June; "
                     "interim arrangements being agreed with Suffolk Waste Partnership."),
            dict(ref="P3.2", action="Replace the customer relationship management (CRM) system and move the top 20 "
                                    "customer transactions online.",
                 lead_cell="Head of ICT", lead=["Head of ICT"],
                 cab="Cabinet Member for Customers and Digital", due="Jun-26", end="2026-06", rag="Not started",
                 status="unrated", com="Procurement to begin in Q3."),
            dict(ref="P3.3", action="Prepare Babergh's services, contracts and data for Local Government "
                                    "Reorganisation, including a plan to separate shared services with Mid Suffolk.",
                 lead_cell="Chief Executive; Director of Corporate Resources",
                 lead=["Chief Executive", "Director of Corporate Resources"],
                 cab="Leader of the Council", due="Ongoing", end=None, end_text="Ongoing", rag="Green",
                 status="green", com="LGR programme board meets monthly; data inventory 60% complete."),
        ]),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([title, "", "", "", "", "", "", ""])
    w.writerow(["Exported from InPhase 14/10/2025 10:32", "", "", "", "", "", "", ""])
    w.writerow([""] * 8)
    w.writerow(["Priority", "Ref", "Action", "Lead Officer", "Cabinet Member", "Due", "Q2 RAG", "Q2 Commentary"])
    actions = []
    for prio, acts in groups:
        for i, a in enumerate(acts):
            w.writerow([prio if i == 0 else "", a["ref"], a["action"], a["lead_cell"], a["cab"], a["due"],
                        a["rag"], a["com"]])
            actions.append(dict(ref=a["ref"], under=[prio], action=a["action"], lead=a["lead"], end=a["end"],
                                end_text=a.get("end_text"), status=a["status"]))
    w.writerow([""] * 8)
    w.writerow(["Summary: 9 actions – Complete 1; Green 4; Amber 2; Red 1; Not started 1", "", "", "", "", "", "", ""])
    w.writerow(["RAG: Green = on track; Amber = at risk of missing the due date; Red = will not meet the due date "
                "without intervention; Complete = delivered", "", "", "", "", "", "", ""])
    with open(path(name), "w", encoding="utf-8-sig", newline="") as fh:
        fh.write(buf.getvalue())
    meta = dict(
        source="Imitates a Babergh District Council quarterly performance report on 'Our Delivery Plan' under "
               "Our Plan for Babergh (https://www.midsuffolk.gov.uk/delivery-plan describes the joint Babergh and "
               "Mid Suffolk delivery plan; Cabinet receives quarterly performance outcome reports, "
               "https://baberghmidsuffolk.moderngov.co.uk/mgAi.aspx?ID=9162), as a CSV exported from a performance "
               "system. Copied features: a title line and an export stamp above the header; "
               "priority written only on the first row of its group (blank below, as when merged cells are saved "
               "to CSV); lead officer and cabinet member columns; due dates as mmm-yy, dd/mm/yyyy, month text, a "
               "financial quarter, a period and 'Ongoing'; RAG words including Complete and Not started; a summary "
               "line and a RAG key line at the end.",
        reads="A CSV delivery-plan progress report with three priorities and nine actions, each with ref, lead "
              "officer, cabinet member, due date, Q2 RAG and commentary. The priority name appears once at the top "
              "of its group and applies to the rows below it.",
        outcome="read", title=title)
    write_expected(name, meta, actions)
    return name, len(actions)


# ---------------------------------------------------------------------------
# 7. Knowsley Health and Wellbeing Board - action log (txt, tab-separated, read)
# ---------------------------------------------------------------------------
def knowsley():
    name = "va-knowsley-health-and-wellbeing-board-action-log.txt"
    title = "Knowsley Health and Wellbeing Board – Action Log"
    groups = [
        ("Meeting: 11 March 2025", [
            dict(ref="25/04", minute="HWB/62",
                 action="Circulate the Healthy Weight Strategy consultation findings to Board members.",
                 lead_cell="Director of Public Health", lead=["Director of Public Health"],
                 due="Apr-25", end="2025-04", rag="B", status="blue", upd="Circulated by email on 2 April 2025."),
            dict(ref="25/05", minute="HWB/64",
                 action="Provide a breakdown of MMR uptake by Primary Care Network and ward, with the actions being "
                        "taken to close the gap.",
                 lead_cell="Consultant in Public Health (Health Protection)",
                 lead=["Consultant in Public Health (Health Protection)"],
                 due="10/06/2025", end="2025-06", rag="R", status="red",
                 upd="Ward-level data requested from NHS Cheshire and Merseyside; not yet received."),
        ]),
        ("Meeting: 10 June 2025", [
            dict(ref="25/09", minute="HWB/07",
                 action="Bring the Better Care Fund 2024/25 end of year return to the Board for retrospective sign-off.",
                 lead_cell="Director of Adult Social Care; Place Director (NHS Cheshire and Merseyside)",
                 lead=["Director of Adult Social Care", "Place Director (NHS Cheshire and Merseyside)"],
                 due="Sep-25", end="2025-09", rag="A", status="amber",
                 upd="Deferred to the December meeting – national template issued late."),
            dict(ref="25/10", minute="HWB/09",
                 action="Arrange a Board development session on the Knowsley Open Gateway mental health service, "
                        "with young people presenting.",
                 lead_cell="Executive Director (Children's Services) / Chief Officer, Healthwatch Knowsley",
                 lead=["Executive Director (Children's Services)", "Chief Officer, Healthwatch Knowsley"],
                 due="Nov 2025", end="2025-11", rag="G", status="green",
                 upd="Session booked for 18 November at the Kirkby Centre."),
            dict(ref="25/11", minute="HWB/11",
                 action="Report smoking prevalence in routine and manual occupations as part of the next tobacco "
                        "control update.",
                 lead_cell="Tobacco Control Lead", lead=["Tobacco Control Lead"],
                 due="TBC", end=None, end_text="TBC", rag="G", status="green",
                 upd="Awaiting date for tobacco control item on the forward plan."),
        ]),
        ("Meeting: 16 September 2025", [
            dict(ref="25/14", minute="HWB/21",
                 action="Share the draft Joint Health and Wellbeing Strategy 2026–2030 with Board members for comment "
                        "before public consultation.",
                 lead_cell="JM, KT", lead=["JM", "KT"],
                 due="31 Oct 2025", end="2025-10", rag="G", status="green",
                 upd="Draft being finalised with Place partners."),
            dict(ref="25/15", minute="HWB/23",
                 action="Write to NHS Cheshire and Merseyside on behalf of the Board about the opening hours of the "
                        "St Chad's urgent treatment centre.",
                 lead_cell="Chair of the Board", lead=["Chair of the Board"],
                 due="Oct-25", end="2025-10", rag="G", status="green", upd="Letter drafted for the Chair's signature."),
        ]),
    ]
    lines = [title,
             "Updated following the meeting of 16 September 2025",
             "RAG: B = complete (removed after next meeting); G = on track; A = at risk of missing due date; R = overdue",
             "",
             "\t".join(["No.", "Minute", "Action", "Responsible", "Due", "RAG", "Update"])]
    actions = []
    for meeting, acts in groups:
        lines.append(meeting)
        for a in acts:
            lines.append("\t".join([a["ref"], a["minute"], a["action"], a["lead_cell"], a["due"], a["rag"],
                                    a["upd"]]))
            actions.append(dict(ref=a["ref"], under=[meeting], action=a["action"], lead=a["lead"], end=a["end"],
                                end_text=a.get("end_text"), status=a["status"]))
    lines += ["",
              "Actions rated B are removed from the log once they have been reported to one meeting.",
              "Contact: Democratic Services, Knowsley Council"]
    with open(path(name), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")
    meta = dict(
        source="Imitates a health and wellbeing board action log presented under 'matters arising' (Knowsley "
               "Health and Wellbeing Board, https://www.knowsleyhwb.org.uk/ and its 2024–25 meetings on MMR uptake, "
               "tobacco control, the Open Gateway and St Chad's, e.g. http://opencouncil.network/meetings/22687), "
               "saved as a tab-separated text file. Copied features: board title, 'updated following' line and a "
               "RAG key line above the header; actions grouped under 'Meeting:' lines; action number and minute "
               "reference columns; responsible officers as job titles, a slash-separated pair and initials; due "
               "dates as mmm-yy, dd/mm/yyyy, day-month-year text and 'TBC'; footer notes.",
        reads="A tab-separated action log of the Knowsley Health and Wellbeing Board: seven actions grouped by the "
              "meeting that raised them (March, June and September 2025), each with number, minute, responsible "
              "officer, due date, RAG letter and update.",
        outcome="read", title=title)
    write_expected(name, meta, actions)
    return name, len(actions)


def main():
    built = [doncaster(), east_herts(), slough(), oldham(), north_lincs(), babergh(), knowsley()]
    for n, k in built:
        print(n, k)


if __name__ == "__main__":
    main()
