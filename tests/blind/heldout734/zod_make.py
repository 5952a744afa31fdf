"""Build the seven zod- test files of set heldout734.

Run with: /work/main/.venv/bin/python zod_make.py
Writes only files whose names start with "zod-" in this folder.
The data for each file is kept in module-level structures so that the
expected readings can be checked against exactly the same text.
"""
import csv
import datetime as dt
import io
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime


def out(name):
    assert name.startswith("zod-")
    return os.path.join(HERE, name)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
FILL = {
    "blue": PatternFill("solid", fgColor="5B9BD5"),
    "green": PatternFill("solid", fgColor="00B050"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "red": PatternFill("solid", fgColor="FF0000"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
    "navy": PatternFill("solid", fgColor="1F3864"),
    "teal": PatternFill("solid", fgColor="DDEBF7"),
}

# ---------------------------------------------------------------------------
# 1. Charity Commission for Northern Ireland - ARAC internal audit tracker
# ---------------------------------------------------------------------------
CCNI_FILE = "zod-charity-commission-for-northern-ireland-arac-internal-audit-recommendations-tracker.xlsx"
CCNI_TITLE = "Charity Commission for Northern Ireland – Internal Audit Recommendations Tracker"
CCNI_OPEN = [
    ("group", "Review of Charity Registration 2024-25 – Limited assurance"),
    ("rec", dict(
        ref="CR.1", pri="Priority 1",
        text="Management should introduce a documented, risk-based checklist for assessing applications for registration, including a record of the reasons where an application is fast-tracked.",
        lead="Head of Registration and Reporting", orig=D(2025, 6, 30), rev=D(2025, 12, 31),
        status="Partially implemented", rag="amber",
        update="Checklist drafted and piloted on applications received since August 2025. Staff guidance being finalised; revised date agreed with Internal Audit.")),
    ("rec", dict(
        ref="CR.2", pri="Priority 2",
        text="The monthly backlog report to the Senior Management Team should include an ageing analysis of applications awaiting further information from applicants.",
        lead="Head of Registration and Reporting", orig=D(2025, 12, 31), rev=None,
        status="Not yet due", rag="green",
        update="Report template amended; first ageing analysis will go to SMT in December 2025.")),
    ("rec", dict(
        ref="CR.3", pri="Priority 2",
        text="Quality assurance sampling of registration decisions should be carried out monthly and the results reported to the Registration Decision Panel.",
        lead="Deputy Chief Executive / Head of Registration and Reporting", orig=D(2025, 3, 31), rev=D(2025, 9, 30),
        status="Not implemented", rag="red",
        update="Sampling paused while the QA officer post was vacant. Post filled October 2025 and sampling resumes in November. A further revised date will be sought from ARAC.")),
    ("group", "Information Governance and GDPR Compliance 2024-25 – Satisfactory assurance"),
    ("rec", dict(
        ref="IG.1", pri="Priority 2",
        text="Update the Information Asset Register so that it records the retention period and the Information Asset Owner for every asset.",
        lead="Information Governance Officer", orig=D(2025, 5, 31), rev=D(2025, 11, 30),
        status="Partially implemented", rag="amber",
        update="Retention periods added for 41 of 56 assets. The remaining assets are legacy paper records held at the Lurgan office.")),
    ("rec", dict(
        ref="IG.2", pri="Priority 3",
        text="Refresh the data protection e-learning module for all staff and Commissioners and record completion rates.",
        lead="Head of Corporate Services", orig=D(2026, 3, 31), rev=None,
        status="Not yet due", rag="green",
        update="New module sourced through the NICS learning platform.")),
    ("group", "Financial Management and Procurement 2025-26 – Satisfactory assurance"),
    ("rec", dict(
        ref="FP.1", pri="Priority 2",
        text="All single tender actions above £5,000 should be approved in advance by the Accounting Officer and reported to each ARAC meeting.",
        lead="Finance Manager", orig=D(2025, 12, 31), rev=None,
        status="Not yet due", rag="green",
        update="STA register created; first report to this meeting (paper ARAC 25/44).")),
]
CCNI_DONE = [
    ("group", "Information Governance and GDPR Compliance 2024-25 – Satisfactory assurance"),
    ("rec", dict(
        ref="IG.3", pri="Priority 3",
        text="Publish the updated privacy notice on the Commission's website and link to it from all online forms.",
        lead="Information Governance Officer", orig=D(2025, 6, 30), rev=None, done=D(2025, 6, 20),
        status="Implemented", rag="blue",
        update="Privacy notice published 20 June 2025; links checked on all six online forms.")),
    ("group", "Financial Management 2023-24 – Satisfactory assurance"),
    ("rec", dict(
        ref="FM.4", pri="Priority 2",
        text="Reconcile the purchase ledger to the general ledger monthly, with evidence of independent review by a second officer.",
        lead="Finance Manager", orig=D(2025, 3, 31), rev=D(2025, 6, 30), done=D(2025, 6, 27),
        status="Implemented", rag="blue",
        update="Reconciliations for April to September 2025 reviewed and signed by the Head of Corporate Services. Verified by Internal Audit in follow-up.")),
]


def build_ccni():
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = CCNI_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position at 31 October 2025 – Audit and Risk Assurance Committee, 18 November 2025 (paper ARAC 25/41)"
    ws["A2"].font = Font(italic=True)
    ws["A4"] = "Table 1: Recommendations by priority and status"
    ws["A4"].font = Font(bold=True)
    hdr = ["Priority", "Implemented", "Partially implemented", "Not implemented", "Not yet due", "Total"]
    rows = [
        ["Priority 1", 0, 1, 0, 0, 1],
        ["Priority 2", 1, 1, 1, 2, 5],
        ["Priority 3", 1, 0, 0, 1, 2],
        ["Total", 2, 2, 1, 3, 8],
    ]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = FILL["navy"]
        cell.border = BOX
    for r, row in enumerate(rows, 6):
        for c, v in enumerate(row, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BOX
            if row[0] == "Total":
                cell.font = Font(bold=True)
    ws["A11"] = "Table 2: RAG key"
    ws["A11"].font = Font(bold=True)
    key = [
        ("blue", "Implemented – evidence verified by Internal Audit"),
        ("green", "Not yet due – on track to meet the target date"),
        ("amber", "Partially implemented – revised date agreed"),
        ("red", "Not implemented – target date passed"),
    ]
    for i, (colour, meaning) in enumerate(key, 12):
        ws.cell(row=i, column=1).fill = FILL[colour]
        ws.cell(row=i, column=1).border = BOX
        ws.cell(row=i, column=2, value=meaning)
    ws["A17"] = "Priority definitions"
    ws["A17"].font = Font(bold=True)
    ws["A18"] = "Priority 1 – failure to implement could lead to significant risk to the Commission's objectives or reputation."
    ws["A19"] = "Priority 2 – important control weakness that should be addressed by management."
    ws["A20"] = "Priority 3 – housekeeping matter or good practice improvement."
    ws.column_dimensions["A"].width = 22
    for col in "BCDEF":
        ws.column_dimensions[col].width = 20

    def sheet(ws, title, items, done):
        ws["A1"] = title
        ws["A1"].font = Font(bold=True, size=12)
        ws["A2"] = "Internal audit provided by the Department for Communities Group Internal Audit and Fraud Investigation Service"
        ws["A2"].font = Font(italic=True, size=9)
        if done:
            hdr = ["Ref", "Priority", "Recommendation", "Responsible Officer", "Original target date",
                   "Revised target date", "Date implemented", "Status", "RAG", "Evidence of implementation"]
        else:
            hdr = ["Ref", "Priority", "Recommendation", "Responsible Officer", "Original target date",
                   "Revised target date", "Status", "RAG", "Management update (October 2025)"]
        r = 4
        for c, h in enumerate(hdr, 1):
            cell = ws.cell(row=r, column=c, value=h)
            cell.font = Font(bold=True, color="FFFFFF")
            cell.fill = FILL["navy"]
            cell.alignment = WRAP
            cell.border = BOX
        ncol = len(hdr)
        for kind, item in items:
            r += 1
            if kind == "group":
                ws.cell(row=r, column=1, value=item).font = Font(bold=True)
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
                ws.cell(row=r, column=1).fill = FILL["grey"]
                continue
            vals = [item["ref"], item["pri"], item["text"], item["lead"], item["orig"], item["rev"]]
            if done:
                vals += [item["done"], item["status"], None, item["update"]]
            else:
                vals += [item["status"], None, item["update"]]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            rag_col = hdr.index("RAG") + 1
            ws.cell(row=r, column=rag_col).fill = FILL[item["rag"]]
        widths = [7, 10, 55, 26, 12, 12, 14, 12, 8, 50]
        for i, w in enumerate(widths[:ncol]):
            ws.column_dimensions[chr(65 + i)].width = w
        return r

    ws2 = wb.create_sheet("Open recommendations")
    last = sheet(ws2, "Internal Audit Recommendations – Open", CCNI_OPEN, False)
    ws2.cell(row=last + 2, column=1,
             value="Note: revised target dates require the approval of the Audit and Risk Assurance Committee. "
                   "Priority 3 recommendations are followed up annually.").font = Font(italic=True, size=9)
    ws3 = wb.create_sheet("Implemented")
    sheet(ws3, "Recommendations implemented since the last ARAC (to be removed from the tracker)", CCNI_DONE, True)
    wb.save(out(CCNI_FILE))


# ---------------------------------------------------------------------------
# 2. Nottingham Community Housing Association - strategic risk register
# ---------------------------------------------------------------------------
NCHA_FILE = "zod-nottingham-community-housing-association-strategic-risk-register-2025-26.xlsx"
NCHA_TITLE = "Nottingham Community Housing Association – Strategic Risk Register 2025/26"
NCHA = [
    ("Strategic objective 1: Safe, warm and well-maintained homes", [
        dict(risk="SR1 – Failure to meet landlord health and safety compliance obligations (fire, gas, electrical, water, asbestos and lifts)",
             cause="Cause: incomplete data, contractor performance, access refusals.\nConsequence: harm to customers, regulatory downgrade, prosecution.",
             owner="Director of Property Services", inh="5 x 5 = 25",
             controls="Compliance dashboard reported monthly to Executive Team and quarterly to Board; independent compliance audit (2024); UKAS-accredited contractors.",
             res="3 x 5 = 15", dot="↔", app="Averse",
             actions=[
                 dict(ref="1.1", text="Clear all overdue high-priority actions arising from fire risk assessments",
                      owner="Head of Building Safety", target=D(2025, 12, 31), prev="A", cur="G",
                      upd="212 of 240 actions closed; remainder booked for November."),
                 dict(ref="1.2", text="Implement the new compliance management system and migrate certificates for all six compliance areas",
                      owner="Head of Compliance / Head of IT", target="Q4 2025/26", prev="A", cur="A",
                      upd="Gas and electrical migrated. Water and lifts data cleansing behind plan."),
             ]),
        dict(risk="SR2 – Homes affected by damp and mould are not identified and remedied within the timescales required by Awaab's Law",
             cause="Cause: limited stock condition data, reactive repairs capacity.\nConsequence: harm to customers, Housing Ombudsman findings, legal claims.",
             owner="Director of Property Services", inh="4 x 5 = 20",
             controls="Damp and mould policy (2024); specialist surveyor team; case tracker reviewed weekly.",
             res="3 x 4 = 12", dot="↓", app="Averse",
             actions=[
                 dict(ref="2.1", text="Launch Awaab's Law response procedures and train all repairs operatives and contact centre staff",
                      owner="Director of Property Services", target=D(2025, 10, 31), prev="G", cur="B",
                      upd="Procedures live from 27 October 2025; 96% of staff trained."),
                 dict(ref="2.2", text="Complete stock condition surveys for the 18% of homes not surveyed in the last five years",
                      owner="Asset Manager", target=D(2026, 3, 31), prev="A", cur="R",
                      upd="Survey contractor went into administration in September; re-procurement under way."),
             ]),
    ]),
    ("Strategic objective 2: A financially strong and well-governed organisation", [
        dict(risk="SR3 – Insufficient financial capacity to fund the investment programme while maintaining loan covenant compliance",
             cause="Cause: rent settlement, cost inflation, high interest rates.\nConsequence: covenant breach, reduced development, downgrade of viability rating.",
             owner="Director of Finance & Resources", inh="4 x 5 = 20",
             controls="Treasury management policy; golden rules monitored monthly; 18 months' liquidity held.",
             res="3 x 4 = 12", dot="↔", app="Cautious",
             actions=[
                 dict(ref="3.1", text="Refresh business plan stress testing, including combined downside scenarios, and present results to Board",
                      owner="Director of Finance & Resources", target=D(2025, 11, 30), prev="G", cur="G",
                      upd="Scenarios agreed with Audit & Risk Committee; Board session on 26 November."),
                 dict(ref="3.2", text="Agree refinancing of the £40m revolving credit facility maturing in 2026",
                      owner="Head of Treasury", target="Q3 2025/26", prev="", cur="G",
                      upd="Indicative terms received from two lenders."),
             ]),
        dict(risk="SR4 – Failure to comply with the Regulator of Social Housing's consumer standards",
             cause="Cause: gaps in data on tenants' needs, weak complaint learning.\nConsequence: C3 or C4 grading, reputational damage.",
             owner="Chief Executive", inh="4 x 4 = 16",
             controls="Annual self-assessment; TSM reporting; Customer Committee oversight.",
             res="2 x 4 = 8", dot="↓", app="Averse",
             actions=[
                 dict(ref="4.1", text="Complete self-assessment against the Transparency, Influence and Accountability Standard and report gaps to Board",
                      owner="Head of Governance", target=D(2025, 9, 30), prev="G", cur="B",
                      upd="Reported to Board 24 September 2025."),
                 dict(ref="4.2", text="Continue the tenant scrutiny panel's programme of service reviews and report outcomes to Customer Committee",
                      owner="Head of Customer Experience", target="Ongoing", prev="G", cur="G",
                      upd="Lettable standard review reported in October."),
             ]),
    ]),
    ("Strategic objective 3: Skilled people and secure, modern systems", [
        dict(risk="SR5 – A cyber attack or data breach leads to loss of systems or personal data",
             cause="Cause: phishing, unpatched systems, third-party suppliers.\nConsequence: service disruption, ICO enforcement, loss of trust.",
             owner="Director of Resources", inh="4 x 5 = 20",
             controls="24/7 managed security service; MFA on all accounts; quarterly phishing tests.",
             res="3 x 4 = 12", dot="↑", app="Cautious",
             actions=[
                 dict(ref="5.1", text="Achieve Cyber Essentials Plus re-certification",
                      owner="Head of IT", target=D(2026, 1, 31), prev="A", cur="A",
                      upd="Assessment booked for January; 14 legacy devices still to be replaced."),
                 dict(ref="5.2", text="Run a cyber incident exercise with the Executive Team and act on the lessons identified",
                      owner="Head of IT and Head of Governance", target=D(2026, 2, 28), prev="", cur="",
                      upd="Not started – scheduled for January 2026."),
             ]),
    ]),
]


def build_ncha():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = NCHA_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ctl = [
        ("Document", "Strategic Risk Register 2025/26"),
        ("Version", "3.2"),
        ("Register owner", "Director of Governance & Company Secretary"),
        ("Reviewed by", "Executive Team, 14 October 2025"),
        ("Reported to", "Audit & Risk Committee, 5 November 2025; Board, 26 November 2025"),
        ("Next review", "Executive Team, January 2026"),
    ]
    ws["A3"] = "Document control"
    ws["A3"].font = Font(bold=True)
    for i, (k, v) in enumerate(ctl, 4):
        ws.cell(row=i, column=1, value=k).font = Font(bold=True)
        ws.cell(row=i, column=2, value=v)
        ws.cell(row=i, column=1).border = BOX
        ws.cell(row=i, column=2).border = BOX
    ws.column_dimensions["A"].width = 18
    ws.column_dimensions["B"].width = 70

    rr = wb.create_sheet("Strategic Risk Register")
    rr["A1"] = NCHA_TITLE
    rr["A1"].font = Font(bold=True, size=13)
    rr["A2"] = "Risks scored Likelihood x Impact (1–5). Direction of travel since last review: ↑ increasing, ↔ stable, ↓ reducing."
    rr["A2"].font = Font(italic=True, size=9)
    hdr = ["Strategic risk", "Cause and consequence", "Risk owner", "Inherent score", "Key controls in place",
           "Residual score", "Direction of travel", "Risk appetite", "Action ref", "Further action required",
           "Action owner", "Target date", "Previous RAG", "Current RAG", "Progress update"]
    r = 4
    for c, h in enumerate(hdr, 1):
        cell = rr.cell(row=r, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = FILL["navy"]
        cell.alignment = WRAP
        cell.border = BOX
    rag_fill = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    for objective, risks in NCHA:
        r += 1
        rr.cell(row=r, column=1, value=objective).font = Font(bold=True)
        rr.cell(row=r, column=1).fill = FILL["teal"]
        rr.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(hdr))
        for risk in risks:
            first = r + 1
            for a in risk["actions"]:
                r += 1
                vals = [a["ref"], a["text"], a["owner"], a["target"], a["prev"] or None, a["cur"] or None, a["upd"]]
                for c, v in enumerate(vals, 9):
                    cell = rr.cell(row=r, column=c, value=v)
                    cell.alignment = WRAP
                    cell.border = BOX
                    if isinstance(v, dt.datetime):
                        cell.number_format = "mmm-yy"
                for c, key in ((13, "prev"), (14, "cur")):
                    if a[key]:
                        rr.cell(row=r, column=c).fill = FILL[rag_fill[a[key]]]
                        rr.cell(row=r, column=c).alignment = Alignment(horizontal="center", vertical="top")
            last = r
            for c, key in enumerate(["risk", "cause", "owner", "inh", "controls", "res", "dot", "app"], 1):
                cell = rr.cell(row=first, column=c, value=risk[key])
                cell.alignment = WRAP
                cell.border = BOX
                if key == "risk":
                    cell.font = Font(bold=True)
                if last > first:
                    rr.merge_cells(start_row=first, start_column=c, end_row=last, end_column=c)
    r += 2
    rr.cell(row=r, column=1, value="Action RAG key: B = complete; G = on track; A = some slippage, recoverable; R = off track or overdue.").font = Font(italic=True, size=9)
    rr.cell(row=r + 1, column=1, value="Risk appetite: Averse – avoid risk; Cautious – preference for safe options; Open – willing to accept risk for reward.").font = Font(italic=True, size=9)
    widths = [34, 30, 16, 10, 34, 10, 9, 10, 7, 44, 22, 11, 9, 9, 36]
    for i, w in enumerate(widths):
        rr.column_dimensions[chr(65 + i)].width = w
    rr.freeze_panes = "A5"

    hm = wb.create_sheet("Scoring matrix")
    hm["A1"] = "Risk scoring matrix (Likelihood x Impact)"
    hm["A1"].font = Font(bold=True)
    hm["A3"] = "Impact →  /  Likelihood ↓"
    for i in range(1, 6):
        hm.cell(row=3, column=1 + i, value=i).font = Font(bold=True)
        hm.cell(row=3 + i, column=1, value=6 - i).font = Font(bold=True)
        for j in range(1, 6):
            score = (6 - i) * j
            cell = hm.cell(row=3 + i, column=1 + j, value=score)
            cell.fill = FILL["red"] if score >= 15 else FILL["amber"] if score >= 8 else FILL["green"]
            cell.border = BOX
    hm["A10"] = "15–25 High: Board attention; 8–12 Medium: Executive Team oversight; 1–6 Low: managed locally."
    wb.save(out(NCHA_FILE))


# ---------------------------------------------------------------------------
# 3. Changing Lives - Charity Commission regulatory action plan (Smartsheet)
# ---------------------------------------------------------------------------
CL_FILE = "zod-changing-lives-charity-commission-regulatory-compliance-action-plan-smartsheet-export.xlsx"
CL = [
    ("Issue 1: Reporting of serious incidents to the Commission", 0.83, [
        dict(ref="1.1", text="Review and re-issue the Serious Incident Reporting Policy in line with Commission guidance",
             who="Rachel Burn", start=D(2025, 6, 2), due=D(2025, 7, 31), status="Complete", health="Blue", pct=1.0,
             comment="Approved by Board 24 July 2025.", mod=D(2025, 7, 25)),
        dict(ref="1.2", text="Submit the outstanding serious incident reports identified in the look-back review",
             who="Rachel Burn, Imran Shah", start=D(2025, 6, 2), due=D(2025, 6, 30), status="Complete", health="Blue", pct=1.0,
             comment="Four reports submitted 27 June 2025; Commission acknowledged.", mod=D(2025, 7, 1)),
        dict(ref="1.3", text="Report a schedule of incidents considered for reporting, and the decision taken, to every Board meeting",
             who="Imran Shah", start=D(2025, 9, 1), due=D(2025, 9, 30), status="In Progress", health="Green", pct=0.5,
             comment="First schedule presented September 2025; standing item from November.", mod=D(2025, 10, 14)),
    ]),
    ("Issue 2: Trustee oversight of safeguarding", 0.47, [
        dict(ref="2.1", text="Appoint a lead trustee for safeguarding and agree a role description",
             who="Alison Reay", start=D(2025, 6, 16), due=D(2025, 8, 31), status="Complete", health="Blue", pct=1.0,
             comment="Trustee appointed at July Board.", mod=D(2025, 8, 4)),
        dict(ref="2.2", text="Commission an independent review of safeguarding practice in supported housing services",
             who="Karen Telford", start=D(2025, 9, 1), due=D(2025, 12, 19), status="In Progress", health="Yellow", pct=0.4,
             comment="Reviewer appointed in October; fieldwork running two weeks late.", mod=D(2025, 10, 30)),
        dict(ref="2.3", text="Deliver safeguarding training for all trustees, including an annual refresher",
             who="Karen Telford", start=D(2025, 10, 1), due=D(2026, 1, 31), status="In Progress", health="Green", pct=0.0,
             comment="Session booked for 15 January 2026.", mod=D(2025, 10, 30)),
    ]),
    ("Issue 3: Management of conflicts of interest", 0.6, [
        dict(ref="3.1", text="Update the register of interests and obtain annual declarations from all trustees and senior staff",
             who="Mark Hedley", start=D(2025, 8, 1), due=D(2025, 10, 31), status="In Progress", health="Red", pct=0.7,
             comment="Three declarations outstanding; reminder issued by the Chair.", mod=D(2025, 11, 3)),
        dict(ref="3.2", text="Record declarations of interest, and how each conflict was managed, in the minutes of every Board and committee meeting",
             who="Mark Hedley", start=D(2025, 7, 24), due=None, status="In Progress", health="Green", pct=0.5,
             comment="Ongoing – checked at each minute sign-off.", mod=D(2025, 11, 3)),
    ]),
    ("Issue 4: Controls over restricted funds", 0.0, [
        dict(ref="4.1", text="Reconcile restricted fund balances to grant agreements and report the outcome to the Finance & Audit Committee",
             who="Paul Dixon", start=D(2026, 1, 5), due=D(2026, 2, 27), status="Not Started", health=None, pct=0.0,
             comment="", mod=D(2025, 9, 12)),
        dict(ref="4.2", text="Amend the scheme of delegation so that grant variations above £25,000 need Finance & Audit Committee approval",
             who="Paul Dixon", start=D(2026, 2, 2), due=D(2026, 3, 31), status="Not Started", health=None, pct=0.0,
             comment="Linked to governance review of delegations.", mod=D(2025, 9, 12)),
    ]),
]


def build_cl():
    wb = Workbook()
    ws = wb.active
    ws.title = "CC Regulatory Action Plan"
    hdr = ["Ref", "Task Name", "Assigned To", "Start Date", "Due Date", "Status", "Health", "% Complete",
           "Comments", "Modified By", "Modified"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=1, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = FILL["grey"]
    r = 1
    for issue, pct, actions in CL:
        r += 1
        ws.cell(row=r, column=2, value=issue).font = Font(bold=True)
        cell = ws.cell(row=r, column=8, value=pct)
        cell.number_format = "0%"
        cell.font = Font(bold=True)
        for a in actions:
            r += 1
            vals = [a["ref"], a["text"], a["who"], a["start"], a["due"], a["status"], a["health"], a["pct"],
                    a["comment"] or None, "Rachel Burn", a["mod"]]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yy"
            ws.cell(row=r, column=8).number_format = "0%"
            ws.cell(row=r, column=2).alignment = Alignment(indent=1, wrap_text=True)
            ws.row_dimensions[r].outlineLevel = 1
    ws.sheet_properties.outlinePr.summaryBelow = False
    widths = [6, 70, 24, 11, 11, 12, 9, 11, 48, 14, 11]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "C2"
    wb.save(out(CL_FILE))


# ---------------------------------------------------------------------------
# 4. ILF Scotland - Board rolling action log (refuse: mistyped month)
# ---------------------------------------------------------------------------
ILF_FILE = "zod-ilf-scotland-board-rolling-action-log-typo-month-refuse.docx"
ILF_OPEN = [
    ("1", "19/06/2025", "6.3", "Provide benchmarking of grant administration costs against comparable public bodies",
     "Director of Finance and Corporate Services", "December 2025",
     "Benchmarking with Social Security Scotland and SSSC data under way.", "On track"),
    ("2", "19/06/2025", "8.1", "Review the format of the performance report to include outcomes data from the Transition Fund",
     "Head of Performance and Insight", "October 2025",
     "Revised format presented at this meeting (item 5). Propose closure.", "Complete"),
    ("3", "18/09/2025", "4.2", "Circulate the revised Risk Appetite Statement to members for approval by correspondence",
     "Board Secretary", "October 2025", "Approved by correspondence 24 October 2025. Propose closure.", "Complete"),
    ("4", "18/09/2025", "5.4", "Arrange a Board development session on the Scottish Government review of independent living support",
     "Chief Executive / Chair", "January 2026", "Date being agreed with Scottish Government officials.", "On track"),
    ("5", "18/09/2025", "7.1", "Bring the updated Whistleblowing Policy to the Audit and Risk Committee for approval",
     "Head of People and Governance", "Febuary 2026", "Draft prepared; awaiting trade union consultation.", "On track"),
    ("6", "18/09/2025", "9.2", "Provide an update on the recovery of overpayments raised in the 2024/25 annual audit report",
     "Director of Finance and Corporate Services", "November 2025",
     "Update deferred to January 2026 to include Q3 recovery figures.", "Delayed"),
    ("7", "23/10/2025", "3.1", "Present the draft Corporate Plan 2026-29 for approval",
     "Chief Executive", "March 2026", "Engagement with recipients and stakeholders under way.", "On track"),
]
ILF_REFUSE_ROW = 6  # header is table row 1; action 5 is table row 6
ILF_CLOSED = [
    ("2025/09", "20/03/2025", "5.2", "Publish the Board register of interests on the website", "Board Secretary", "April 2025", "Closed 19/06/2025"),
    ("2025/11", "20/03/2025", "7.4", "Circulate the internal audit plan 2025/26 to all members", "Director of Finance and Corporate Services", "May 2025", "Closed 19/06/2025"),
    ("2025/13", "19/06/2025", "4.1", "Confirm arrangements for the Chair's annual appraisal of members", "Chair", "September 2025", "Closed 18/09/2025"),
]


def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)


def build_ilf():
    doc = Document()
    p = doc.add_paragraph()
    run = p.add_run("ILF Scotland")
    run.bold = True
    run.font.size = Pt(16)
    doc.add_heading("Board Rolling Action Log", level=1)
    doc.add_paragraph("Board meeting: 11 December 2025 – Agenda item 3.2 – Paper B25/61")
    doc.add_paragraph("Purpose: to update members on progress with actions agreed at previous Board meetings. "
                      "Members are asked to note progress and to agree the closure of actions marked Complete.")
    doc.add_heading("1. Open actions", level=2)
    t = doc.add_table(rows=1, cols=8)
    t.style = "Table Grid"
    heads = ["No.", "Meeting", "Minute ref", "Action", "Lead", "Due date", "Update", "Status"]
    for i, h in enumerate(heads):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "BDD7EE")
    colours = {"On track": "C6EFCE", "Complete": "9BC2E6", "Delayed": "FFEB9C"}
    for row in ILF_OPEN:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v)
        shade(cells[7], colours[row[7]])
    doc.add_paragraph("")
    doc.add_heading("2. Actions closed since the last meeting", level=2)
    t2 = doc.add_table(rows=1, cols=7)
    t2.style = "Table Grid"
    for i, h in enumerate(["Action no.", "Meeting", "Minute ref", "Action", "Lead", "Due date", "Closed"]):
        set_cell(t2.rows[0].cells[i], h, bold=True)
        shade(t2.rows[0].cells[i], "D9D9D9")
    for row in ILF_CLOSED:
        cells = t2.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v)
    doc.add_paragraph("")
    doc.add_paragraph("Status key: On track – progressing to the due date; Delayed – due date missed or at risk, "
                      "revised date proposed in the update; Complete – proposed for closure.")
    doc.add_paragraph("Board Secretary, 2 December 2025")
    doc.save(out(ILF_FILE))


# ---------------------------------------------------------------------------
# 5. Tower Hamlets - ICO FOI practice recommendation action plan
# ---------------------------------------------------------------------------
TH_FILE = "zod-tower-hamlets-council-ico-foi-practice-recommendation-action-plan.docx"
TH_TITLE = "Action Plan for the ICO Freedom of Information Practice Recommendation"
TH = [
    dict(issue="Issue: FOI timescales",
         detail="Between April 2022 and March 2023 the council answered 78.4% of FOI requests within 20 working days, against the ICO's expected standard of 90%.",
         target="The council should produce an action plan and put processes in place so that at least 90% of requests are answered within the statutory time limit by 31 October 2023.",
         action="Information Governance to produce and track an action plan to bring timeliness up to 90%.",
         by="Head of Information Governance (IG) / Data Protection Officer (DPO)",
         deadline="31 October 2023", status="Completed",
         comments="Action plan submitted to the ICO with the practice recommendation return. Timeliness for new requests was 91% in September 2023."),
    dict(issue="Issue: FOI timescales – service engagement",
         detail="Late responses are concentrated in three directorates, where requests are not allocated to a named officer when they arrive.",
         target="The council should ensure that staff are trained and understand the procedures needed to comply with FOIA and the section 45 Code of Practice.",
         action="Run an engagement campaign in each directorate, attending directorate leadership team meetings and circulating monthly performance figures to FOI champions.",
         by="IG Service Manager",
         deadline="4 September 2023", status="Completed",
         comments="Head of IG attended CLT and all directorate leadership teams in July and August. FOI champions named in every directorate."),
    dict(issue="Issue: Reporting and performance monitoring",
         detail="Performance was reported quarterly, so slippage was not picked up early enough.",
         target="The council should monitor compliance regularly and report it to senior management.",
         action="Report FOI timeliness to the Corporate Leadership Team each month and include it in the quarterly strategic performance report.",
         by="IG Service Manager and Performance & Intelligence Manager",
         deadline="Monthly", status="On track",
         comments="Monthly reports to CLT since August 2023."),
    dict(issue="Issue: Backlog of overdue requests",
         detail="At 31 March 2023, 212 requests were open beyond 20 working days.",
         target="The council should clear its backlog of overdue requests as a priority.",
         action="Set up a temporary backlog team and close all requests older than 40 working days.",
         by="Interim Director of Legal Services",
         deadline="By 31 December 2023", status="Amber – behind schedule",
         comments="Backlog reduced from 212 to 58. Two temporary officers left in November; recruitment under way."),
    dict(issue="Issue: Internal reviews",
         detail="Internal reviews were not always completed within 20 working days.",
         target="The council should complete internal reviews within 20 working days, and in no more than 40 working days in exceptional cases.",
         action="Transfer internal reviews to a dedicated reviewer in Legal Services and log them separately in the case management system.",
         by="Information Governance Manager",
         deadline="31 January 2024", status="Not started",
         comments="Dependent on the case management system upgrade."),
    dict(issue="Issue: Publication scheme and disclosure log",
         detail="Frequently requested information is not published proactively, which leads to repeat requests.",
         target="The council should publish frequently requested information to reduce the number of repeat requests.",
         action="Publish a disclosure log and review the publication scheme against the ICO definition document for local authorities.",
         by="IG Service Manager / Web Team Lead",
         deadline="Q4 2023/24", status="On track",
         comments="Disclosure log page built; first 300 responses being redacted for publication."),
]


def build_th():
    doc = Document()
    p = doc.add_paragraph()
    r = p.add_run("London Borough of Tower Hamlets")
    r.bold = True
    r.font.size = Pt(12)
    doc.add_heading(TH_TITLE, level=0)
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("Version", "1.3"), ("Date", "30 November 2023"),
                                ("Owner", "Information Governance Service"),
                                ("Practice recommendation issued", "10 July 2023")]):
        set_cell(t.rows[i].cells[0], k, bold=True, size=10)
        set_cell(t.rows[i].cells[1], v, size=10)
        shade(t.rows[i].cells[0], "E7E6E6")
    doc.add_paragraph("")
    doc.add_paragraph(
        "On 10 July 2023 the Information Commissioner issued the council with a practice recommendation under "
        "section 48 of the Freedom of Information Act 2000, because the council's handling of requests did not "
        "conform with part 4 of the section 45 Code of Practice. This action plan sets out how the council is "
        "responding to each issue the Commissioner raised. It is updated monthly and published on the council's website.")
    labels = ["Detail of issue", "ICO target", "Actions", "Action by", "Deadline", "Status", "Comments"]
    for item in TH:
        doc.add_heading(item["issue"], level=2)
        t = doc.add_table(rows=len(labels), cols=2)
        t.style = "Table Grid"
        vals = [item["detail"], item["target"], item["action"], item["by"], item["deadline"], item["status"], item["comments"]]
        for i, (k, v) in enumerate(zip(labels, vals)):
            set_cell(t.rows[i].cells[0], k, bold=True, size=10)
            set_cell(t.rows[i].cells[1], v, size=10)
            shade(t.rows[i].cells[0], "DEEAF6")
        doc.add_paragraph("")
    doc.add_paragraph("Progress against this plan is reported to the Information Governance Board and the ICO.")
    doc.save(out(TH_FILE))


# ---------------------------------------------------------------------------
# 6. Holme Valley Parish Council - governance action plan, Planner export CSV
# ---------------------------------------------------------------------------
HV_FILE = "zod-holme-valley-parish-council-governance-action-plan-planner-export.csv"
HV_PLAN = "Holme Valley PC Governance Action Plan 2025-26"
HV_HEADER = ["Task ID", "Task Name", "Bucket Name", "Progress", "Priority", "Assigned To", "Created By",
             "Created Date", "Start Date", "Due Date", "Is Recurring", "Late", "Completed Date", "Completed By",
             "Completed Checklist Items", "Checklist Items", "Labels", "Description"]
HV = [
    dict(id="Kq3XzV8mR0a1Tb6pLw2YdWUAB4nE", name="Review and re-adopt Standing Orders based on the 2025 NALC model",
         bucket="Governance & Standing Orders", progress="Completed", priority="Important", who="Emma Haigh",
         created="02/04/2025", start="07/04/2025", due="30/06/2025", late="false", cdate="17/06/2025", cby="Emma Haigh",
         cl="3", clt="3", labels="", desc="Adopted at Full Council 16 June 2025, minute 25/071."),
    dict(id="r7PdM2cQ5Ue9Hx0sNk4VfWUAFj1C", name="Publish councillors' registers of interests on the website and send changes to the Kirklees Council Monitoring Officer within 28 days",
         bucket="Governance & Standing Orders", progress="In progress", priority="Important", who="Emma Haigh",
         created="02/04/2025", start="01/05/2025", due="30/11/2025", late="false", cdate="", cby="",
         cl="1", clt="2", labels="Amber", desc="Two councillors' forms outstanding following the May by-election."),
    dict(id="Bn6sT1wJ8Lh3Ga5zCe0XqWUAHp7D", name="Adopt a Civility and Respect policy and a complaints procedure",
         bucket="Governance & Standing Orders", progress="Not started", priority="Medium", who="Emma Haigh;Sue Holroyd",
         created="02/04/2025", start="", due="31/01/2026", late="false", cdate="", cby="",
         cl="0", clt="0", labels="", desc="Draft from YLCA template to go to Governance Working Group."),
    dict(id="Wc2Hq9nF4Ys7Kd1bRa8MtWUAK3vB", name="Respond to the internal auditor's 2024/25 report and report progress to the Finance & General Purposes Committee",
         bucket="Finance & Internal Audit", progress="In progress", priority="Important", who="Liam Dyson",
         created="14/05/2025", start="19/05/2025", due="31/12/2025", late="false", cdate="", cby="",
         cl="5", clt="7", labels="Green", desc="5 of 7 points closed."),
    dict(id="Pm5Rk0xG7Nv2Qe9jSd3LcWUAMw6F", name="Introduce a monthly bank reconciliation signed by a councillor who is not a bank signatory",
         bucket="Finance & Internal Audit", progress="Completed", priority="Urgent", who="Liam Dyson;Tony Milner",
         created="14/05/2025", start="14/05/2025", due="31/05/2025", late="false", cdate="28/05/2025", cby="Liam Dyson",
         cl="0", clt="0", labels="", desc=""),
    dict(id="Ht8Yb3vK6Sa0Xc5mZf2PnWUAQe9G", name="Update the asset register and reconcile it to the AGAR Box 9 figure",
         bucket="Finance & Internal Audit", progress="In progress", priority="Urgent", who="Liam Dyson",
         created="14/05/2025", start="02/06/2025", due="30/09/2025", late="true", cdate="", cby="",
         cl="2", clt="4", labels="Red",
         desc="Valuation of bus shelters and war memorials still to be confirmed.\nExternal auditor's query to be answered before closure."),
    dict(id="Lg1Ne4pW9Tc6Vb3hXk7RsWUAUa2H", name="Carry out the annual review of the risk register and present it to Full Council",
         bucket="Assets & Risk", progress="In progress", priority="Medium", who="Emma Haigh",
         created="02/04/2025", start="01/10/2025", due="31/03/2026", late="false", cdate="", cby="",
         cl="1", clt="3", labels="Green", desc=""),
    dict(id="Fz0Ua7sD2Mk5Jp8wQb1YgWUAWc4K", name="Arrange the independent annual inspection of all play areas and action any high-risk findings",
         bucket="Assets & Risk", progress="Completed", priority="Important", who="Emma Haigh",
         created="02/04/2025", start="01/07/2025", due="31/08/2025", late="false", cdate="22/08/2025", cby="Emma Haigh",
         cl="2", clt="2", labels="", desc="Inspection 4 August 2025; two high-risk items repaired 21 August."),
    dict(id="Xv9Cm6qB1Rh4Dt7nLa0ZeWUAZk8M", name="Make the website compliant with the accessibility regulations (WCAG 2.2 AA) and publish an accessibility statement",
         bucket="Transparency & Website", progress="In progress", priority="Medium", who="Emma Haigh;Liam Dyson",
         created="02/04/2025", start="01/09/2025", due="28/02/2026", late="false", cdate="", cby="",
         cl="1", clt="4", labels="Amber", desc="Quote awaited from web developer for theme changes."),
    dict(id="Jd4Wf2kN7Ps0Gy3cVm6TbWUAbq5P", name="Publish Transparency Code information each quarter (payments over £500, minutes and agendas)",
         bucket="Transparency & Website", progress="In progress", priority="Low", who="Liam Dyson",
         created="02/04/2025", start="01/04/2025", due="", late="false", cdate="", cby="",
         cl="0", clt="0", labels="Green", desc="Q1 and Q2 published."),
]


def build_hv():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["Plan name", HV_PLAN])
    w.writerow(["Plan ID", "Xq8vR2mT0kCq6Zp1aY3LhGUACkQe"])
    w.writerow(["Date of export", "05/11/2025"])
    w.writerow([])
    w.writerow(HV_HEADER)
    for t in HV:
        w.writerow([t["id"], t["name"], t["bucket"], t["progress"], t["priority"], t["who"], "Emma Haigh",
                    t["created"], t["start"], t["due"], "false", t["late"], t["cdate"], t["cby"],
                    t["cl"], t["clt"], t["labels"], t["desc"]])
    with open(out(HV_FILE), "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 7. Scottish Information Commissioner - CMS programme highlight report (txt)
# ---------------------------------------------------------------------------
SIC_FILE = "zod-scottish-information-commissioner-case-management-system-programme-highlight-report.txt"
SIC_TITLE = "Scottish Information Commissioner – CMS Replacement Programme Highlight Report"
SIC = [
    ("Workstream 1 – Procurement and contract", [
        ("1.1", "Contract award approved by the Commissioner", "Head of Corporate Services", "30/06/2025", "30/06/2025", "C"),
        ("1.2", "Data processing agreement and DPIA signed off", "Data Protection Officer / Head of ICT", "31/07/2025", "29/08/2025", "C"),
    ]),
    ("Workstream 2 – Configuration and data migration", [
        ("2.1", "Configure case workflows for appeals, enforcement and advice cases", "Product Owner (Enforcement)", "31/10/2025", "28/11/2025", "A"),
        ("2.2", "Trial migration of closed cases (2019–2024) with reconciliation report", "Data Migration Lead", "30/11/2025", "30/01/2026", "R"),
        ("2.3", "Apply records retention rules to migrated data", "Records Manager", "31/12/2025", "31/12/2025", "G"),
    ]),
    ("Workstream 3 – Testing, training and go-live", [
        ("3.1", "Complete user acceptance testing", "Head of Enforcement / Head of Policy and Information", "31/01/2026", "27/02/2026", "A"),
        ("3.2", "Train all investigating officers and validation staff", "Learning and Development Officer", "28/02/2026", "March 2026", "G"),
        ("3.3", "Go live and decommission the legacy case management system", "Senior Responsible Owner", "31/03/2026", "Q1 2026/27", "A"),
        ("3.4", "Post-implementation review reported to the Audit and Advisory Committee", "Head of Corporate Services", "TBC", "TBC", "Not started"),
    ]),
]


def sic_lines():
    L = [
        SIC_TITLE,
        "Highlight Report No. 9\tReporting period: 1 October 2025 to 31 October 2025",
        "Prepared by: Programme Manager\tDate: 5 November 2025",
        "Senior Responsible Owner: Head of Corporate Services",
        "Distribution: CMS Programme Board; Senior Management Team",
        "",
        "1. Status summary",
        "\tLast period\tThis period\tComment",
        "Overall\tA\tA\tData migration trial has slipped; go-live now forecast for Q1 2026/27.",
        "Time\tA\tR\tMigration and testing milestones moved by 2 to 3 months.",
        "Cost\tG\tG\tWithin the approved budget of £310,000; contingency untouched.",
        "Scope\tG\tG\tNo change requests this period.",
        "Benefits\tG\tG\tBenefits profile unchanged.",
        "",
        "2. Work completed this period",
        "•\tWorkflow configuration for appeals cases signed off by the Product Owner (Enforcement).",
        "•\tSupplier delivered the second test environment on 14 October.",
        "•\tData mapping for closed cases agreed with the Records Manager.",
        "",
        "3. Milestones and actions",
        "RAG key: C = complete; G = on track; A = at risk but recoverable; R = off track, Board intervention needed",
        "Ref\tMilestone / action\tOwner\tBaseline date\tForecast date\tRAG",
    ]
    for ws_name, rows in SIC:
        L.append(ws_name)
        for row in rows:
            L.append("\t".join(row))
    L += [
        "",
        "4. Key risks and issues",
        "The supplier's migration tool cannot yet read attachments stored in the legacy document store. "
        "The supplier has proposed a fix for testing in December; until then the trial migration (2.2) cannot be completed. "
        "Staff availability for user acceptance testing in January and February is limited by the appeals backlog.",
        "",
        "5. Planned for next period",
        "Complete the enforcement and advice workflows, re-run the trial migration with the supplier's fix and agree the UAT test scripts.",
        "",
        "6. Decisions required from the Programme Board",
        "The Board is asked to agree the revised forecast for go-live (Q1 2026/27) and to approve the release of £12,000 from contingency for additional migration days.",
        "",
        "Next report: 5 December 2025",
    ]
    return L


def build_sic():
    with open(out(SIC_FILE), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(sic_lines()) + "\r\n")


def main():
    build_ccni()
    build_ncha()
    build_cl()
    build_ilf()
    build_th()
    build_hv()
    build_sic()


if __name__ == "__main__":
    main()
