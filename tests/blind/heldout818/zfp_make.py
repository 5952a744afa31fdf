"""Build the seven zfp- blind test files (set heldout818) and their expected readings.

Run with /work/main/.venv/bin/python zfp_make.py from any directory; files are written
beside this script. Only files whose names start with zfp- are written.
"""
import csv
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE, GREY = "FF0000", "FFC000", "00B050", "0070C0", "D9D9D9"
FILL = {"red": RED, "amber": AMBER, "green": GREEN, "blue": BLUE}


def D(y, m, d):
    return dt.datetime(y, m, d)


def out(name):
    assert name.startswith("zfp-")
    return os.path.join(HERE, name)


class QStr(str):
    """A string always written double-quoted (refs and YYYY-MM ends)."""


class _Dumper(yaml.SafeDumper):
    pass


_Dumper.add_representer(QStr, lambda d, v: d.represent_scalar("tag:yaml.org,2002:str", str(v), style='"'))


def write_expected(name, exp):
    path = out(name) + ".expected.yaml"
    for a in exp.get("actions", []):
        for k in ("ref", "end"):
            if a.get(k) is not None:
                a[k] = QStr(a[k])
    with open(path, "w", encoding="utf-8") as f:
        yaml.dump(exp, f, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100000)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


# ---------------------------------------------------------------------------
# 1. Newhaven Town Council - strategic risk register with further actions (xlsx)
# ---------------------------------------------------------------------------
def newhaven():
    name = "zfp-newhaven-town-council-strategic-risk-register-2025-26.xlsx"
    title = "Newhaven Town Council – Strategic Risk Register 2025/26"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14)
    cov["A3"] = "Document control"
    cov["A3"].font = Font(bold=True)
    for c, h in zip("ABCD", ["Version", "Date", "Author", "Summary of changes"]):
        cov[f"{c}4"] = h
        cov[f"{c}4"].font = Font(bold=True)
    cov.append(["1.0", D(2025, 5, 13), "Town Clerk", "Annual review – adopted at the Annual Council meeting"])
    cov.append(["1.1", D(2025, 9, 9), "Town Clerk", "Quarter 1 review; actions R3.1 and R4.1 complete; R5 (cyber) added"])
    for r in (5, 6):
        cov[f"B{r}"].number_format = "dd/mm/yyyy"
    cov["A8"] = "Approved by: Policy & Resources Committee"
    cov["A9"] = "Next review: December 2025"
    cov["A11"] = ("This register records the council's strategic risks, the controls in place and the further "
                  "actions agreed to reduce them. Operational risk assessments (events, lone working, play "
                  "areas) are held separately by the Facilities Manager.")
    cov.column_dimensions["A"].width = 12
    cov.column_dimensions["D"].width = 70

    ws = wb.create_sheet("Risk Register")
    ws.merge_cells("A1:O1")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:O2")
    ws["A2"] = ("Risks scored Likelihood (L) × Impact (I) on a 1–5 scale – see 'Scoring & Key' tab. "
                "Action status is shown by the colour of the Status cell.")
    ws.merge_cells("A3:O3")
    ws["A3"] = "Last reviewed: 9 September 2025 (Policy & Resources Committee)"
    # two-tier header
    ws.merge_cells("A5:C5"); ws["A5"] = "Risk"
    ws.merge_cells("D5:F5"); ws["D5"] = "Inherent risk"
    ws.merge_cells("G5:G6"); ws["G5"] = "Existing controls"
    ws.merge_cells("H5:J5"); ws["H5"] = "Residual risk"
    ws.merge_cells("K5:O5"); ws["K5"] = "Further action required"
    heads = ["Ref", "Risk description", "Consequence", "L", "I", "Score", None, "L", "I", "Score",
             "Action ref", "Action", "Action owner", "Target date", "Status"]
    for i, h in enumerate(heads):
        if h is not None:
            ws.cell(row=6, column=i + 1, value=h)
    for r in (5, 6):
        for c in range(1, 16):
            cell = ws.cell(row=r, column=c)
            cell.font = Font(bold=True, color="FFFFFF")
            cell.fill = fill("1F4E78")
            cell.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
            cell.border = BORDER

    def score_fill(s):
        return RED if s >= 12 else (AMBER if s >= 5 else GREEN)

    bands = [
        ("FINANCE", [
            ("R1", "Income from hall hire and Fort Road car park falls below budget",
             "Shortfall has to be met from general reserves; pressure on the 2026/27 precept",
             (4, 4), "Monthly budget monitoring to P&R; fees and charges reviewed annually; car park machines serviced under contract",
             (3, 3), [
                 ("R1.1", "Review hall hire charges for 2026/27, including a concessionary rate for regular community users",
                  "RFO", D(2026, 1, 31), "green", ["RFO"], "2026-01", None),
                 ("R1.2", "Report car park income against the budget profile to every Policy & Resources meeting",
                  "RFO", "Ongoing", "green", ["RFO"], None, "Ongoing"),
             ]),
            ("R2", "General reserves fall below the minimum set in the Reserves Policy (three months' net expenditure)",
             "Council unable to meet unexpected costs without borrowing or cutting services",
             (3, 5), "Reserves Policy adopted 2023; earmarked reserves reviewed at budget setting",
             (2, 5), [
                 ("R2.1", "Refresh the Reserves Policy and earmarked reserves schedule and present them with the draft 2026/27 budget",
                  "Town Clerk / RFO", "Q3 2025/26", "amber", ["Town Clerk", "RFO"], "2025-12", None),
             ]),
        ]),
        ("GOVERNANCE AND COMPLIANCE", [
            ("R3", "Internal audit findings are not acted on",
             "Qualified AGAR opinion; reputational damage; loss of eligibility for the General Power of Competence",
             (3, 4), "Internal audit report considered by Full Council; action plan monitored by P&R",
             (2, 4), [
                 ("R3.1", "Adopt revised Financial Regulations based on the 2024 NALC model",
                  "Town Clerk", D(2025, 7, 31), "blue", ["Town Clerk"], "2025-07", None),
                 ("R3.2", "Introduce quarterly sign-off of bank reconciliations by a councillor who is not a bank signatory",
                  "RFO", D(2025, 9, 30), "blue", ["RFO"], "2025-09", None),
                 ("R3.3", "Publish the 2024/25 AGAR, notice of conclusion of audit and internal audit report on the council website",
                  "Deputy Town Clerk", D(2025, 9, 30), "red", ["Deputy Town Clerk"], "2025-09", None),
             ]),
        ]),
        ("ASSETS AND HEALTH & SAFETY", [
            ("R4", "Serious injury to a member of the public or staff at a council-owned open space or play area",
             "Harm to individuals; insurance claims; HSE enforcement",
             (3, 5), "Weekly visual play area checks logged; public liability cover £10m; tree survey 2022",
             (2, 5), [
                 ("R4.1", "Commission the annual independent RoSPA inspection of all play areas and complete high-risk repairs within 28 days",
                  "Facilities Manager", D(2025, 7, 31), "blue", ["Facilities Manager"], "2025-07", None),
                 ("R4.2", "Commission a new tree survey for Denton Island and Lewes Road Recreation Ground and programme priority works",
                  "Facilities Manager", D(2026, 3, 31), "amber", ["Facilities Manager"], "2026-03", None),
             ]),
        ]),
        ("ICT AND DATA PROTECTION", [
            ("R5", "Loss of council data or systems through a cyber attack or ransomware",
             "Council unable to operate; personal data breach reportable to the ICO",
             (4, 4), "Cloud back-up; anti-virus on council devices; IT support contract",
             (3, 4), [
                 ("R5.1", "Move all councillor and staff email to gov.uk addresses with multi-factor authentication",
                  "Town Clerk", D(2025, 12, 31), "green", ["Town Clerk"], "2025-12", None),
                 ("R5.2", "Deliver cyber awareness training for councillors and staff (NCSC 'Top Tips for Staff')",
                  "Deputy Town Clerk", D(2026, 2, 28), None, ["Deputy Town Clerk"], "2026-02", None),
             ]),
        ]),
    ]
    actions = []
    row = 7
    for band, risks in bands:
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=15)
        ws.cell(row=row, column=1, value=band).font = Font(bold=True)
        for c in range(1, 16):
            ws.cell(row=row, column=c).fill = fill(GREY)
        row += 1
        for ref, desc, cons, (il, ii), controls, (rl, ri), acts in risks:
            n = len(acts)
            vals = {1: ref, 2: desc, 3: cons, 4: il, 5: ii, 6: il * ii, 7: controls, 8: rl, 9: ri, 10: rl * ri}
            for col, v in vals.items():
                ws.cell(row=row, column=col, value=v)
                if n > 1:
                    ws.merge_cells(start_row=row, start_column=col, end_row=row + n - 1, end_column=col)
            ws.cell(row=row, column=6).fill = fill(score_fill(il * ii))
            ws.cell(row=row, column=10).fill = fill(score_fill(rl * ri))
            for k, (aref, text, owner, target, status, lead, end, end_text) in enumerate(acts):
                r = row + k
                ws.cell(row=r, column=11, value=aref)
                ws.cell(row=r, column=12, value=text)
                ws.cell(row=r, column=13, value=owner)
                c = ws.cell(row=r, column=14, value=target)
                if isinstance(target, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
                if status:
                    ws.cell(row=r, column=15).fill = fill(FILL[status])
                actions.append(act(aref, [band, desc], text, lead, end, status or "unrated", end_text))
            for r in range(row, row + n):
                for c in range(1, 16):
                    ws.cell(row=r, column=c).border = BORDER
                    ws.cell(row=r, column=c).alignment = WRAP
            row += n
    row += 1
    ws.cell(row=row, column=1, value=("Status colours: Blue = complete; Green = on track; Amber = some slippage, "
                                      "recoverable; Red = overdue or at risk; No colour = not yet started."))
    widths = {"A": 6, "B": 34, "C": 30, "D": 4, "E": 4, "F": 6, "G": 36, "H": 4, "I": 4, "J": 6,
              "K": 8, "L": 48, "M": 18, "N": 12, "O": 9}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws.freeze_panes = "A7"

    key = wb.create_sheet("Scoring & Key")
    key["A1"] = "Risk scoring matrix (Likelihood × Impact)"
    key["A1"].font = Font(bold=True)
    key["A2"] = "Likelihood ↓ / Impact →"
    for i in range(1, 6):
        key.cell(row=2, column=i + 1, value=i).font = Font(bold=True)
    for l in range(5, 0, -1):
        r = 3 + (5 - l)
        key.cell(row=r, column=1, value=l).font = Font(bold=True)
        for i in range(1, 6):
            c = key.cell(row=r, column=i + 1, value=l * i)
            c.fill = fill(score_fill(l * i))
    key["A9"] = "1–4 Low: manage through routine procedures. 5–10 Medium: monitor, further action where cost-effective. 12–25 High: further action required, report to P&R."
    key["A11"] = "Action status"
    key["A11"].font = Font(bold=True)
    for r, (col, meaning) in enumerate([(BLUE, "Complete"), (GREEN, "On track"),
                                        (AMBER, "Some slippage, recoverable"),
                                        (RED, "Overdue or at risk"), (None, "Not yet started")], start=12):
        if col:
            key.cell(row=r, column=1).fill = fill(col)
        key.cell(row=r, column=2, value=meaning)
    wb.save(out(name))

    write_expected(name, {
        "source": ("Imitates a town council strategic risk register with further actions, as English town and "
                   "parish councils publish them (e.g. Honiton TC, Tetford & Salmonby PC model register, "
                   "corporate/strategic registers with inherent and residual L x I scores, existing controls and "
                   "'Further actions if required' with owner and review dates). Newhaven Town Council 2025/26; "
                   "not a published document. Copied features: cover sheet with document-control table, "
                   "two-tier merged header (Inherent / Residual / Further action required), grey category band "
                   "rows, risk cells merged vertically over several action rows, fill-coloured score cells, "
                   "status shown only by fill colour with the key on a separate tab, 'Ongoing' and "
                   "'Q3 2025/26' target dates, a notes line under the table."),
        "reads": ("A three-sheet workbook: a cover with document control, the risk register and a scoring key. "
                  "The register has five risks in four category bands; each risk (merged over its rows) has one "
                  "to three numbered further actions with owner, target date and a colour-only status cell, "
                  "giving ten actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return len(actions)


# ---------------------------------------------------------------------------
# 2. East Grinstead Town Council - Microsoft Planner export (csv)
# ---------------------------------------------------------------------------
def east_grinstead():
    name = "zfp-east-grinstead-town-council-internal-audit-action-plan-planner-export.csv"
    plan_name = "East Grinstead Town Council – Audit & Governance Action Plan 2025/26"
    header = ["Task Name", "Bucket Name", "Progress", "Priority", "Assigned To", "Created By", "Created Date",
              "Start Date", "Due Date", "Is Recurring", "Late", "Completed Date", "Completed By",
              "Completed Checklist Items", "Checklist Items", "Labels", "Description"]
    IA = "Internal audit 2024/25 (Mulberry & Co)"
    EA = "External audit 2024/25 (PKF Littlejohn)"
    RI = "Risk & insurance"
    # task, bucket, progress, priority, assigned, created by, created, start, due, late, completed date,
    # completed by, done/checklist, labels, description ; expected lead, end, status
    tasks = [
        ("Update the asset register to include the East Court play equipment and the Mount Noddy cemetery extension, and reconcile to AGAR Box 9",
         IA, "Completed", "Important", "Nik Patel", "Clare Mitchell", "02/06/2025", "02/06/2025", "31/07/2025",
         "false", "24/07/2025", "Nik Patel", ("2", "2"), "",
         "Asset register v2025.1 saved in SharePoint > Finance. Box 9 figure agreed to the register.",
         ["Nik Patel"], "2025-07", "blue"),
        ("Review and re-adopt Standing Orders and Financial Regulations (NALC 2025 models)",
         IA, "In progress", "Important", "Clare Mitchell", "Clare Mitchell", "02/06/2025", "01/09/2025", "09/12/2025",
         "false", "", "", ("1", "3"), "Green",
         "Draft to Policy & Resources on 25/11/2025, then Full Council 09/12/2025.",
         ["Clare Mitchell"], "2025-12", "green"),
        ("Document the VAT reclaim process and submit claims quarterly",
         IA, "In progress", "Medium", "Nik Patel;Sarah Okafor", "Clare Mitchell", "02/06/2025", "02/06/2025", "30/09/2025",
         "true", "", "", ("1", "2"), "Red",
         "Q1 claim submitted 18/10/2025.\nQ2 claim not yet made – staff absence.",
         ["Nik Patel", "Sarah Okafor"], "2025-09", "red"),
        ("Keep councillors' registers of interests up to date and publish changes on the website within 28 days",
         IA, "In progress", "Medium", "Jo Hartley", "Clare Mitchell", "02/06/2025", "16/06/2025", "31/10/2025",
         "true", "", "", ("0", "0"), "Amber",
         "Two councillors' forms outstanding; reminders sent 03/11/2025.",
         ["Jo Hartley"], "2025-10", "amber"),
        ("Correct Section 2 Box 7 (total reserves) of the 2024/25 AGAR and publish the amended AGAR",
         EA, "Completed", "Urgent", "Clare Mitchell", "Clare Mitchell", "11/09/2025", "11/09/2025", "30/09/2025",
         "false", "26/09/2025", "Clare Mitchell", ("0", "0"), "",
         "Amended AGAR approved by Full Council 23/09/2025 and published 26/09/2025.",
         ["Clare Mitchell"], "2025-09", "blue"),
        ("Set up a separate cost centre for Section 106 and CIL receipts so that unspent balances can be identified",
         EA, "Not started", "Medium", "Nik Patel", "Clare Mitchell", "11/09/2025", "", "31/03/2026",
         "false", "", "", ("0", "0"), "", "",
         ["Nik Patel"], "2026-03", "unrated"),
        ("Review buildings insurance cover against the 2025 rebuild valuation",
         RI, "In progress", "Important", "Clare Mitchell;Nik Patel", "Clare Mitchell", "14/07/2025", "01/10/2025", "28/11/2025",
         "false", "", "", ("1", "2"), "Green",
         "Valuation report received 20/10/2025. Broker obtaining quotes.",
         ["Clare Mitchell", "Nik Patel"], "2025-11", "green"),
        ("Carry out and minute the annual review of the risk register and the effectiveness of internal control",
         RI, "Not started", "Medium", "Clare Mitchell", "Clare Mitchell", "14/07/2025", "", "27/01/2026",
         "false", "", "", ("0", "0"), "", "",
         ["Clare Mitchell"], "2026-01", "unrated"),
        ("Test a restore of council files from the cloud back-up",
         RI, "In progress", "Low", "Sarah Okafor", "Nik Patel", "14/07/2025", "06/10/2025", "",
         "false", "", "", ("0", "1"), "Amber",
         "First restore test failed (folder permissions). Re-test booked with IT provider.",
         ["Sarah Okafor"], None, "amber"),
    ]
    path = out(name)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["Plan name", plan_name])
        w.writerow(["Plan ID", "q7Lx3VbT0EuJ9nFh2kRsYGUAC4mW"])
        w.writerow(["Date of export", "14/11/2025"])
        w.writerow([])
        w.writerow(header)
        actions = []
        for t in tasks:
            (task, bucket, prog, prio, assigned, created_by, created, start, due, late, cdate, cby,
             (done, total), labels, desc, lead, end, status) = t
            w.writerow([task, bucket, prog, prio, assigned, created_by, created, start, due, "false", late,
                        cdate, cby, done, total, labels, desc])
            actions.append(act(None, [bucket], task, lead, end, status))

    write_expected(name, {
        "source": ("Imitates a town council's audit action plan kept in Microsoft Planner and published as the "
                   "'Export plan to Excel' output saved as CSV UTF-8 (as town councils such as Alnwick, Louth, "
                   "Saltash publish governance plans from Planner). East Grinstead Town Council 2025/26; not a "
                   "published document. Copied features: Plan name / Plan ID / Date of export rows above the "
                   "table, the Planner column set (Bucket Name, Progress, Priority, Assigned To with "
                   "semicolon-separated people, Created/Start/Due/Completed dates day-first, Is Recurring, Late, "
                   "checklist counts, Labels, Description); buckets for internal audit, external audit and risk; "
                   "the clerk renamed Planner's labels Red/Amber/Green and removed the opaque Task ID column "
                   "before publishing. BOM at the start, CRLF line ends, one multi-line Description."),
        "reads": ("A Planner export of nine tasks in three buckets. Each task's name is the action, Assigned To "
                  "gives one or two officers, Due Date the month; status is Completed (blue), Not started "
                  "(unrated) or the RAG label on in-progress tasks. One task has no due date."),
        "outcome": "read",
        "accept_refusal": False,
        "title": plan_name,
        "actions": actions,
    })
    return len(actions)


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_cell(cell, paras, bold_first=False, bold=False):
    """paras: list of strings -> one paragraph each."""
    cell.text = ""
    p0 = cell.paragraphs[0]
    for i, t in enumerate(paras):
        p = p0 if i == 0 else cell.add_paragraph()
        run = p.add_run(t)
        if bold or (bold_first and i == 0):
            run.bold = True


def header_row(table, heads, col="1F3864"):
    for i, h in enumerate(heads):
        c = table.rows[0].cells[i]
        set_cell(c, [h], bold=True)
        c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        shade(c, col)


# ---------------------------------------------------------------------------
# 3. Broadacres Housing Association - Housing Ombudsman severe maladministration plan (docx)
# ---------------------------------------------------------------------------
def broadacres():
    name = "zfp-broadacres-housing-ombudsman-severe-maladministration-learning-action-plan.docx"
    title = "Housing Ombudsman Severe Maladministration Determinations: Learning and Improvement Action Plan"
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Broadacres Housing Association")
    r.bold = True
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Customer Services Committee – 18 November 2025 – Appendix A")

    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("Document owner", "Director of Customer Experience"), ("Version", "3.0"),
                                ("Last updated", "4 November 2025"),
                                ("Reported to", "Customer Services Committee; Board (quarterly)")]):
        set_cell(t.rows[i].cells[0], [k], bold=True)
        set_cell(t.rows[i].cells[1], [v])

    doc.add_heading("Purpose", level=1)
    doc.add_paragraph("In 2025 the Housing Ombudsman made findings of severe maladministration against Broadacres "
                      "in two cases. This plan sets out how we have complied with the Ombudsman's orders and the "
                      "wider learning we are taking forward. Evidence of compliance with each order is sent to "
                      "the Ombudsman separately.")
    doc.add_paragraph("Status key", style="Heading 3")
    k = doc.add_table(rows=4, cols=2)
    k.style = "Table Grid"
    for i, (word, col, meaning) in enumerate([("Complete", BLUE, "Action completed and evidence held"),
                                              ("On track", GREEN, "In progress and expected by the due date"),
                                              ("At risk", AMBER, "Due date at risk; revised date shown"),
                                              ("Overdue", RED, "Past its due date")]):
        set_cell(k.rows[i].cells[0], [word], bold=True)
        shade(k.rows[i].cells[0], col)
        set_cell(k.rows[i].cells[1], [meaning])

    heads = ["Ref", "Ombudsman order / recommendation", "Our action", "Lead", "Due", "Status"]
    status_col = {"Complete": (BLUE, "blue"), "On track": (GREEN, "green"), "At risk": (AMBER, "amber"),
                  "Overdue": (RED, "red")}
    sections = [
        ("Case 1: 202318806 – Damp and mould (Northallerton)",
         "Determination issued 12 June 2025. Findings: severe maladministration in our response to reports of "
         "damp and mould; maladministration in complaint handling. Compensation ordered: £2,350.",
         heads, [
             ("1.1", "Apologise to the resident in writing, from a member of the Executive Team, within 4 weeks.",
              "Written apology from the Chief Executive sent to the resident and copied to the Ombudsman.",
              "Chief Executive", ["10/07/2025"], "Complete", ["Chief Executive"], "2025-07"),
             ("1.2", "Within 6 weeks, inspect the property for damp and mould and give the resident and the Ombudsman a schedule of works with timescales.",
              "Carry out a full damp and mould survey with the resident present.",
              "Damp & Mould Surveyor", ["24/07/2025"], "Complete", ["Damp & Mould Surveyor"], "2025-07"),
             ("1.3", None,
              "Complete the works in the schedule (extractor fans, loft insulation top-up, mould wash and redecoration of two bedrooms).",
              "Head of Property Services", ["30/09/2025", "Revised: 14/11/2025"], "At risk",
              ["Head of Property Services"], "2025-11"),
             ("1.4", "Review the approach to damp and mould against the Ombudsman's spotlight report and the requirements of Awaab's Law.",
              "Update the Damp and Mould Policy and procedure to meet the Awaab's Law timescales for emergency and significant hazards.",
              "Head of Property Services / Head of Compliance", ["October 2025"], "Complete",
              ["Head of Property Services", "Head of Compliance"], "2025-10"),
         ]),
        ("Case 2: 202401173 – Roof leak and complaint handling (Thirsk)",
         "Determination issued 28 August 2025. Findings: severe maladministration in the handling of a roof leak; "
         "severe maladministration in complaint handling.",
         heads, [
             ("2.1", "Pay the resident £1,800 compensation within 4 weeks.",
              "Compensation paid by BACS (not offset against rent arrears).",
              "Complaints Manager", ["25/09/2025"], "Complete", ["Complaints Manager"], "2025-09"),
             ("2.2", "Within 8 weeks, review why repairs were closed on the system before the work was finished, and share the findings with the Ombudsman.",
              "Review job closure controls in the repairs system and require a completion photograph before a job can be closed.",
              "Repairs Operations Manager", ["23/10/2025"], "Overdue", ["Repairs Operations Manager"], "2025-10"),
             ("2.3", "Provide training for complaint handlers on the Complaint Handling Code.",
              "All complaint handlers and customer service advisers to complete the Housing Ombudsman's Complaint Handling Code e-learning.",
              "Complaints Manager", ["December 2025"], "On track", ["Complaints Manager"], "2025-12"),
         ]),
        ("Wider learning",
         "Learning identified from both cases and from our self-assessment against the Complaint Handling Code.",
         ["Ref", "Learning identified", "Our action", "Lead", "Due", "Status"], [
             ("3.1", "Vulnerability information held by the resident's support worker was not recorded on our housing system.",
              "Add a mandatory vulnerability check to every repair and complaint contact, recorded on the customer record.",
              "Head of Customer Services", ["Q4 2025/26"], "On track", ["Head of Customer Services"], "2026-03"),
             ("3.2", "Committee did not have early sight of cases heading for a severe maladministration finding.",
              "Report all open Ombudsman investigations, with the lead officer's view of the likely outcome, to each Customer Services Committee.",
              "Director of Customer Experience", ["Ongoing"], "On track", ["Director of Customer Experience"], None),
         ]),
    ]
    actions = []
    for heading, intro, hd, rows in sections:
        doc.add_heading(heading, level=1)
        doc.add_paragraph(intro)
        tb = doc.add_table(rows=1 + len(rows), cols=6)
        tb.style = "Table Grid"
        header_row(tb, hd)
        last_order = None
        merge_from = None
        for i, (ref, order, action, lead_txt, due, status, lead, end) in enumerate(rows, start=1):
            cells = tb.rows[i].cells
            set_cell(cells[0], [ref])
            if order is not None:
                set_cell(cells[1], [order])
                last_order = order
                merge_from = i
            else:
                # continuation: merge the order cell with the row above
                tb.cell(merge_from, 1).merge(tb.cell(i, 1))
            set_cell(cells[2], [action])
            set_cell(cells[3], [lead_txt])
            set_cell(cells[4], due)
            set_cell(cells[5], [status])
            shade(tb.cell(i, 5), status_col[status][0])
            end_text = "Ongoing" if end is None else None
            actions.append(act(ref, [heading, last_order], action, lead, end, status_col[status][1], end_text))
    doc.add_paragraph("")
    doc.add_paragraph("Compensation figures exclude amounts already offered through our complaints process. "
                      "Completed actions are kept on the plan until the Committee has reviewed the evidence.")
    doc.save(out(name))

    write_expected(name, {
        "source": ("Imitates a housing association's committee appendix tracking compliance with Housing "
                   "Ombudsman orders and recommendations after severe maladministration determinations (the "
                   "Ombudsman's determinations end with 'Orders and recommendations' such as apologise within "
                   "4 weeks, pay compensation, inspect and provide a schedule of works, review case handling). "
                   "Broadacres Housing Association, North Yorkshire, 2025; not a published document. Copied "
                   "features: organisation line, title, committee/appendix line, document-control table, a "
                   "status key table with fill colours and words (At risk = amber, Overdue = red), one Word "
                   "section and table per determination with the order text above the landlord's actions, an "
                   "order cell merged vertically over two actions, an original and a revised due date in one "
                   "cell, a 'Wider learning' table with 'Learning identified' in place of the order, closing "
                   "notes."),
        "reads": ("A committee appendix with a document-control table, a status key and three action tables: "
                  "two Ombudsman cases and a wider-learning section. Each row pairs the Ombudsman's order or "
                  "recommendation (or the learning) with our action, a lead post, a due date and a coloured "
                  "status word; nine actions in all."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return len(actions)


# ---------------------------------------------------------------------------
# 4. SEStran - external audit (annual audit report 2024/25) action plan progress (docx)
# ---------------------------------------------------------------------------
def sestran():
    name = "zfp-sestran-annual-audit-report-2024-25-action-plan-progress.docx"
    title = "External Audit Action Plan 2024/25 – Progress Update"
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    for line in ["SEStran", "Performance and Audit Committee", "Friday 6 March 2026", "Item 6"]:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        p.add_run(line).bold = True
    doc.add_paragraph(title, style="Title")
    doc.add_heading("1. Purpose", level=2)
    doc.add_paragraph("1.1 This report updates the Committee on progress with the actions agreed in response to "
                      "the external auditor's 2024/25 Annual Audit Report.")
    doc.add_heading("2. Background", level=2)
    doc.add_paragraph("2.1 The 2024/25 Annual Audit Report was presented to the Partnership Board on 26 September "
                      "2025. The auditor issued an unqualified opinion on the annual accounts and made five "
                      "recommendations, all of which management agreed.")
    doc.add_paragraph("2.2 Progress against each agreed action is set out in Appendix 1. One action is complete, "
                      "two are on track, one has not yet started and one has been delayed; a revised date is "
                      "proposed for that action.")
    doc.add_heading("3. Recommendation", level=2)
    doc.add_paragraph("3.1 The Committee is asked to note progress and to approve the revised date for action 4.")
    doc.add_paragraph("Partnership Director\n20 February 2026")
    imp = doc.add_table(rows=5, cols=2)
    imp.style = "Table Grid"
    for i, (kk, vv) in enumerate([("Policy Implications", "None"), ("Financial Implications", "None"),
                                  ("Equalities Implications", "None"), ("Climate Change Implications", "None"),
                                  ("Risk Implications", "As set out in the report")]):
        set_cell(imp.rows[i].cells[0], [kk], bold=True)
        set_cell(imp.rows[i].cells[1], [vv])

    doc.add_page_break()
    doc.add_heading("Appendix 1 – Action plan 2024/25: progress at February 2026", level=2)
    doc.add_paragraph("Status: Complete (blue) | On track (green) | Delayed – revised date proposed (amber) | "
                      "Not started (no colour)")
    rows = [
        ("1", "Medium-term financial plan",
         "The Partnership's financial plan covers 2025/26 only. Constituent council requisitions have been held at "
         "the same level for several years and grant funding from Transport Scotland is confirmed annually.",
         "Risk: the Partnership cannot show how it will close a projected funding gap from 2026/27.",
         "The Partnership should develop a medium-term financial plan covering at least three years, with scenario "
         "planning for reductions in grant funding.",
         ["A three-year financial plan (2026/27 to 2028/29), including best, worst and likely funding scenarios, "
          "will be presented to the Partnership Board alongside the 2026/27 budget."],
         "Treasurer", "March 2026",
         "Draft plan considered at the budget workshop on 30 January 2026; final version on the Board agenda for "
         "20 March 2026.", "On track", ["Treasurer"], "2026-03"),
        ("2", "Journal authorisation",
         "Journals posted to the ledger by the Business Manager are not reviewed or authorised by a second officer.",
         "Risk: error or fraud in the ledger is not detected.",
         "All manual journals should be independently reviewed and authorised before posting.",
         ["A monthly review of all manual journals will be introduced, signed off by the Finance Officer and "
          "evidenced on the journal listing."],
         "Business Manager / Finance Officer", "30 November 2025",
         "Monthly review in place from October 2025; evidence retained for the auditor.", "Complete",
         ["Business Manager", "Finance Officer"], "2025-11"),
        ("3", "Register of interests",
         "Three Board members' registers of interests had not been updated within one month of a change in "
         "circumstances.",
         "Risk: conflicts of interest are not identified or managed.",
         "The Partnership should remind Board members annually of the requirement to keep their registers up to "
         "date and check compliance.",
         ["The Secretary will issue an annual reminder to Board members each April and report compliance to this "
          "Committee."],
         "Secretary to the Partnership", "30 April 2026",
         "Reminder will be issued after the Board meeting on 20 March 2026.", "Not started",
         ["Secretary to the Partnership"], "2026-04"),
        ("4", "Regional Transport Strategy delivery plan",
         "The Regional Transport Strategy Delivery Plan does not yet include measurable targets or a timetable for "
         "reporting progress to the Board.",
         "Risk: the Board cannot assess whether the strategy is being delivered.",
         "The Partnership should finalise a delivery plan with measurable outcomes and report progress to the "
         "Board at least annually.",
         ["The RTS Delivery Plan will be updated with outcome measures and baselines, and an annual monitoring "
          "report will be presented to the Board."],
         "Strategy and Projects Manager", "December 2025",
         "Baseline travel data needed for two outcome measures was not published until January 2026. Revised "
         "date: June 2026.", "Delayed", ["Strategy and Projects Manager"], "2026-06"),
        ("5", "Cyber security",
         "The Partnership's IT services are provided under contract, but it has not obtained assurance over the "
         "controls operated on its behalf and has not achieved Cyber Essentials certification.",
         "Risk: a cyber incident disrupts services or causes loss of data.",
         "The Partnership should obtain assurance over IT controls operated by its service provider and work "
         "towards Cyber Essentials certification.",
         ["Request an annual assurance statement from the IT service provider.",
          "Apply for Cyber Essentials certification."],
         "Business Manager", "31 March 2026",
         "Assurance statement received 12 January 2026. Cyber Essentials assessment booked for March 2026.",
         "On track", ["Business Manager"], "2026-03"),
    ]
    st = {"Complete": (BLUE, "blue"), "On track": (GREEN, "green"), "Delayed": (AMBER, "amber"),
          "Not started": (None, "unrated")}
    tb = doc.add_table(rows=1 + len(rows), cols=6)
    tb.style = "Table Grid"
    header_row(tb, ["No.", "Issue/risk", "Recommendation", "Agreed management action/timing",
                    "Progress at February 2026", "Status"], col="5B2C6F")
    actions = []
    for i, (no, ititle, issue, risk, rec, act_paras, officer, date, prog, status, lead, end) in enumerate(rows, 1):
        c = tb.rows[i].cells
        set_cell(c[0], [no])
        set_cell(c[1], [ititle, issue, risk], bold_first=True)
        set_cell(c[2], [rec])
        set_cell(c[3], act_paras + [f"Responsible officer: {officer}", f"Agreed date: {date}"])
        set_cell(c[4], [prog])
        set_cell(c[5], [status])
        if st[status][0]:
            shade(c[5], st[status][0])
        actions.append(act(no, [ititle, rec], "\n".join(act_paras), lead, end, st[status][1]))
    doc.save(out(name))

    write_expected(name, {
        "source": ("Imitates a Scottish regional transport partnership's Performance and Audit Committee report "
                   "tracking the external auditor's annual audit report action plan (Audit Scotland-appointed "
                   "auditors' 'Appendix 1: Action plan' with columns Issue/risk, Recommendation, Agreed "
                   "management action/timing, and the responsible officer and agreed date written inside the "
                   "action cell; SEStran's own 2017/18 AAR had 'Appendix 1: Management action plan'). SEStran, "
                   "2024/25 audit, progress at February 2026; not a published document. Copied features: "
                   "right-aligned committee/date/item lines, numbered report paragraphs (1.1, 2.1 ...) that are "
                   "not actions, signature line and an implications table, appendix on a new page with a status "
                   "key line, bold issue title over the issue and 'Risk:' text, a progress column holding a "
                   "revised date, fill-coloured status words."),
        "reads": ("A short committee report followed by Appendix 1: a table of the five audit recommendations, "
                  "each with the issue, the recommendation, the agreed management action with its responsible "
                  "officer and agreed date, a progress note and a status. Action 4 is delayed with a revised date "
                  "of June 2026."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return len(actions)


# ---------------------------------------------------------------------------
# 5. NILGOSC - ARAC audit recommendations tracker, mistyped month (xlsx, refuse)
# ---------------------------------------------------------------------------
def nilgosc():
    name = "zfp-nilgosc-arac-audit-recommendations-tracker-typo-month-refuse.xlsx"
    title = "Audit Recommendations Tracker – ARAC 22 January 2026"
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = "Northern Ireland Local Government Officers' Superannuation Committee (NILGOSC)"
    s["A1"].font = Font(bold=True, size=12)
    s["A2"] = "Audit and Risk Assurance Committee – Audit Recommendations Tracker: summary at 31 December 2025"
    s["A2"].font = Font(bold=True)
    s.append([])
    s.append(["Source", "Priority 1", "Priority 2", "Priority 3", "Total"])
    s.append(["NIAO Report to Those Charged with Governance 2024-25", 0, 2, 1, 3])
    s.append(["Internal Audit 2024-25", 0, 2, 0, 2])
    s.append(["Internal Audit 2025-26", 2, 2, 0, 4])
    s.append(["Total", 2, 6, 1, 9])
    s.append([])
    s.append(["Status", "Number"])
    s.append(["Implemented", 3])
    s.append(["Partially implemented", 3])
    s.append(["Not yet implemented – within target date", 2])
    s.append(["Not implemented – target date passed", 1])
    for r in (4, 8, 10):
        for c in range(1, 6):
            s.cell(row=r, column=c).font = Font(bold=True)
    s.column_dimensions["A"].width = 58

    t = wb.create_sheet("Tracker")
    t.merge_cells("A1:I1")
    t["A1"] = "Northern Ireland Local Government Officers' Superannuation Committee (NILGOSC)"
    t["A1"].font = Font(bold=True, size=12)
    t.merge_cells("A2:I2")
    t["A2"] = title
    t["A2"].font = Font(bold=True, size=12)
    heads = ["Ref", "Priority", "Finding and recommendation", "Management response and agreed action",
             "Action owner", "Original target date", "Revised target date", "Status", "Update (December 2025)"]
    for i, h in enumerate(heads, 1):
        c = t.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("2F5597")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BORDER
    st_fill = {"Implemented": GREEN, "Partially implemented": AMBER, "Not implemented": RED,
               "Not yet due": None}
    data = [
        ("band", "NIAO Report to Those Charged with Governance 2024-25"),
        ("NIAO 1", "Priority 2",
         "Level 3 investment valuations were based on fund manager statements dated before the year end. "
         "NILGOSC should obtain valuations at 31 March or roll forward with documented adjustments.",
         "Year-end valuation procedure updated to require 31 March statements or a documented roll-forward for all "
         "private market funds.",
         "Head of Investments", D(2025, 10, 31), None, "Implemented",
         "Procedure approved by the Investment Panel in October 2025."),
        ("NIAO 2", "Priority 2",
         "Employer returns from two scheduled bodies were received late and contained errors in CARE pay. "
         "NILGOSC should enforce the Pensions Administration Strategy charging provisions.",
         "Issue formal notices to employers with repeat late or inaccurate returns and apply charges under the "
         "Pensions Administration Strategy.",
         "Head of Pensions Administration", D(2025, 9, 30), D(2026, 3, 31), "Partially implemented",
         "Notices issued to both employers; charging policy to Committee in March 2026."),
        ("NIAO 3", "Priority 3",
         "The register of gifts and hospitality had not been reviewed by the Audit and Risk Assurance Committee "
         "during the year.",
         "Present the register of gifts and hospitality to ARAC annually.",
         "Governance and Compliance Manager", D(2025, 11, 30), None, "Implemented",
         "Register presented to ARAC on 13 November 2025."),
        ("band", "Internal Audit 2024-25 – Pensions Payroll (Satisfactory assurance)"),
        ("IA 24/25-1", "Priority 2",
         "Changes to pensioner bank details were processed on the strength of a telephone call in two cases "
         "tested.",
         "Require written or portal-verified confirmation for all bank detail changes, with a call-back to the "
         "number held on record.",
         "Pensions Payroll Manager", D(2025, 6, 30), None, "Implemented",
         "New procedure in place from June 2025; spot checks show full compliance."),
        ("IA 24/25-2", "Priority 2",
         "Reconciliation of the pensioner payroll to the general ledger was not evidenced as reviewed in three "
         "months of the year.",
         "Monthly payroll to ledger reconciliation to be signed and dated by the preparer and reviewer.",
         "Finance Manager", D(2025, 9, 30), None, "Not implemented",
         "Reviewer post vacant July to October. Reconciliations from November signed."),
        ("band", "Internal Audit 2025-26 – Cyber Security (Limited assurance)"),
        ("IA 25/26-1", "Priority 1",
         "Multi-factor authentication is not enforced for remote access by all staff and third-party suppliers.",
         "Enforce multi-factor authentication for all remote and supplier access.",
         "Head of IT", D(2025, 12, 31), None, "Partially implemented",
         "Enforced for staff. Two suppliers still to be migrated."),
        ("IA 25/26-2", "Priority 1",
         "There is no tested incident response plan for a cyber attack affecting the pensions administration "
         "system.",
         "Develop a cyber incident response plan and test it through a desktop exercise with the Senior "
         "Management Team.",
         "Head of IT / Head of Corporate Services", D(2025, 12, 31), "Feburary 2026", "Partially implemented",
         "Plan drafted. Desktop exercise to be scheduled with the NI Cyber Security Centre."),
        ("IA 25/26-3", "Priority 2",
         "Leavers' network accounts were not disabled within five working days in four of 15 cases tested.",
         "Automate account disablement from the HR leaver notification.",
         "Head of IT", D(2026, 3, 31), None, "Not yet due", ""),
        ("IA 25/26-4", "Priority 2",
         "Phishing simulation results are not reported to senior management.",
         "Report quarterly phishing simulation results to the Senior Management Team and annually to ARAC.",
         "Head of IT", D(2026, 3, 31), None, "Not yet due", "First quarterly report due April 2026."),
    ]
    row = 5
    typo_row = None
    for item in data:
        if item[0] == "band":
            t.merge_cells(start_row=row, start_column=1, end_row=row, end_column=9)
            c = t.cell(row=row, column=1, value=item[1])
            c.font = Font(bold=True)
            for cc in range(1, 10):
                t.cell(row=row, column=cc).fill = fill("DEEAF6")
            row += 1
            continue
        ref, prio, rec, actn, owner, orig, rev, status, upd = item
        vals = [ref, prio, rec, actn, owner, orig, rev, status, upd]
        for i, v in enumerate(vals, 1):
            c = t.cell(row=row, column=i, value=v)
            c.alignment = WRAP
            c.border = BORDER
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        if st_fill.get(status):
            t.cell(row=row, column=8).fill = fill(st_fill[status])
        if rev == "Feburary 2026":
            typo_row = row
        row += 1
    for k, v in {"A": 11, "B": 10, "C": 50, "D": 50, "E": 22, "F": 12, "G": 12, "H": 14, "I": 40}.items():
        t.column_dimensions[k].width = v

    d = wb.create_sheet("Definitions")
    d["A1"] = "Priority definitions"
    d["A1"].font = Font(bold=True)
    d["A2"] = "Priority 1"; d["B2"] = "Significant weakness; action required urgently"
    d["A3"] = "Priority 2"; d["B3"] = "Weakness that should be addressed within an agreed timescale"
    d["A4"] = "Priority 3"; d["B4"] = "Minor issue or best practice point"
    wb.save(out(name))

    write_expected(name, {
        "source": ("Imitates a Northern Ireland arm's-length body's Audit and Risk Assurance Committee tracker of "
                   "NIAO 'Report to Those Charged with Governance' and internal audit recommendations (Priority "
                   "1/2/3, management response, original and revised target dates, Implemented / Partially "
                   "implemented status), as NI ALBs table at ARAC. NILGOSC, position at December 2025; not a "
                   "published document. Copied features: summary sheet with totals by source, priority and "
                   "status; tracker sheet with two title rows, band rows per audit report with its assurance "
                   "rating, fill-coloured status, a definitions sheet."),
        "reads": ("A recommendations tracker of nine agreed actions under three audit sources. In the revised "
                  "target date column of IA 25/26-2 (Tracker sheet, row %d) the month is typed 'Feburary 2026', "
                  "a mistyped month, so a careful reader stops and asks before importing." % typo_row),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_row,
        "title": title,
    })
    return 0


# ---------------------------------------------------------------------------
# 6. Regulator of Social Housing - programme highlight report (xlsx)
# ---------------------------------------------------------------------------
def rsh():
    name = "zfp-regulator-of-social-housing-consumer-regulation-programme-highlight-report.xlsx"
    title = "Consumer Regulation Programme – Highlight Report"
    wb = Workbook()
    h = wb.active
    h.title = "Highlight Report"
    h["A1"] = "Regulator of Social Housing"
    h["A1"].font = Font(bold=True, color="5B2C6F")
    h["A2"] = title
    h["A2"].font = Font(bold=True, size=14)
    info = [("Reporting period", "1 – 31 October 2025"), ("Report date", "7 November 2025"),
            ("Senior Responsible Owner", "Director of Consumer Regulation"),
            ("Programme Manager", "Head of Programme Management Office"),
            ("Next Programme Board", "19 November 2025")]
    for i, (k, v) in enumerate(info, start=4):
        h.cell(row=i, column=1, value=k).font = Font(bold=True)
        h.cell(row=i, column=2, value=v)
    rag_fill = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}
    h["A10"], h["B10"], h["C10"], h["D10"] = "Dimension", "Previous", "Current", "Comment"
    for c in "ABCD":
        h[f"{c}10"].font = Font(bold=True)
        h[f"{c}10"].fill = fill(GREY)
    dims = [("Overall", "A", "A", "Inspection programme on track for year 2 volumes; TSM data collection has slipped (M2.2)."),
            ("Schedule", "A", "A", "Two milestones forecast late; one requires re-baselining."),
            ("Resources", "R", "A", "Three inspectors started in October; three more start in December."),
            ("Budget", "G", "G", "Forecast within budget."),
            ("Benefits", "G", "G", "No change.")]
    for i, (dname, prev, cur, com) in enumerate(dims, start=11):
        h.cell(row=i, column=1, value=dname)
        for col, v in ((2, prev), (3, cur)):
            c = h.cell(row=i, column=col, value=v)
            c.fill = fill(rag_fill[v])
            c.alignment = Alignment(horizontal="center")
        h.cell(row=i, column=4, value=com)
    h["A17"] = "Key achievements this period"
    h["A17"].font = Font(bold=True)
    h["A18"] = "• 14 consumer inspections completed in October (61 year to date)."
    h["A19"] = "• Updated inspection methodology published on 17 October."
    h["A20"] = "• Enforcement guidance on performance improvement plans approved by the Board."
    h["A22"] = "Top programme risks"
    h["A22"].font = Font(bold=True)
    for c, v in zip("ABCD", ["ID", "Risk", "Score", "Trend"]):
        h[f"{c}23"] = v
        h[f"{c}23"].font = Font(bold=True)
    for i, (rid, rk, sc, tr) in enumerate([
            ("PR03", "Insufficient inspector capacity to deliver planned inspection volumes", 16, "↓"),
            ("PR07", "NROSH+ supplier unable to deliver the 2025/26 TSM collection changes on time", 20, "↑"),
            ("PR09", "Rising volume of referrals from tenants and the Housing Ombudsman", 12, "→")], start=24):
        h.cell(row=i, column=1, value=rid)
        h.cell(row=i, column=2, value=rk)
        c = h.cell(row=i, column=3, value=sc)
        c.fill = fill(RED if sc >= 15 else AMBER)
        h.cell(row=i, column=4, value=tr)
    h["A28"] = "Decisions required from Programme Board"
    h["A28"].font = Font(bold=True)
    h["A29"] = "• Approve re-baselining of M2.2 (2025/26 TSM data collection) to February 2026."
    h["A30"] = "Milestones and actions are reported on the 'Milestones' tab."
    for k, v in {"A": 26, "B": 60, "C": 10, "D": 70}.items():
        h.column_dimensions[k].width = v

    m = wb.create_sheet("Milestones")
    m.merge_cells("A1:I1")
    m["A1"] = "Consumer Regulation Programme – milestones and actions (October 2025)"
    m["A1"].font = Font(bold=True, size=12)
    m.merge_cells("A2:I2")
    m["A2"] = ("Baseline = date agreed at programme initiation; Forecast = current forecast. "
               "RAG as defined on the 'RAG definitions' tab.")
    heads = ["Workstream", "Ref", "Milestone / action", "Owner", "Baseline date", "Forecast date",
             "Previous RAG", "Current RAG", "Commentary"]
    for i, hd in enumerate(heads, 1):
        c = m.cell(row=4, column=i, value=hd)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("5B2C6F")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BORDER
    ws_rows = [
        ("1. Inspection programme", [
            ("M1.1", "Complete the quarter 3 inspection schedule (48 inspections)", "Head of Inspections",
             D(2025, 12, 31), D(2025, 12, 31), "G", "G", "34 of 48 complete or scheduled.",
             ["Head of Inspections"], "2025-12", "green"),
            ("M1.2", "Publish updated inspection methodology reflecting lessons from year 1",
             "Head of Inspections / Head of Regulatory Policy", D(2025, 9, 30), D(2025, 10, 17), "A", "B",
             "Published 17 October 2025.", ["Head of Inspections", "Head of Regulatory Policy"], "2025-10", "blue"),
            ("M1.3", "Recruit and induct six additional consumer inspectors", "Head of Inspections",
             D(2025, 9, 30), D(2025, 12, 31), "R", "A",
             "Three started in October; three offers accepted, starting December.",
             ["Head of Inspections"], "2025-12", "amber"),
        ]),
        ("2. Data and intelligence", [
            ("M2.1", "Publish the Tenant Satisfaction Measures 2024/25 headline report", "Head of Data and Analysis",
             D(2025, 11, 30), D(2025, 11, 30), "G", "G", "Draft report in quality assurance.",
             ["Head of Data and Analysis"], "2025-11", "green"),
            ("M2.2", "Open the 2025/26 TSM data collection in NROSH+", "Head of Data and Analysis",
             D(2025, 12, 1), D(2026, 2, 2), "A", "R",
             "Supplier has not delivered the system changes; re-baseline requested (see Highlight Report).",
             ["Head of Data and Analysis"], "2026-02", "red"),
            ("M2.3", "Add Housing Ombudsman severe maladministration findings to each provider's risk profile",
             "Head of Regulatory Intelligence", D(2026, 3, 31), D(2026, 3, 31), "–", "G", "New action this period.",
             ["Head of Regulatory Intelligence"], "2026-03", "green"),
        ]),
        ("3. Casework and enforcement", [
            ("M3.1", "Agree enforcement guidance on the use of performance improvement plans", "Director of Enforcement",
             D(2025, 10, 31), D(2025, 10, 23), "G", "B", "Approved by the Board on 23 October 2025.",
             ["Director of Enforcement"], "2025-10", "blue"),
            ("M3.2", "Clear the backlog of referrals older than 90 days", "Head of Casework",
             D(2025, 12, 31), D(2026, 1, 30), "A", "A", "Backlog down from 41 to 18 cases.",
             ["Head of Casework"], "2026-01", "amber"),
        ]),
        ("4. Stakeholder engagement", [
            ("M4.1", "Hold tenant engagement events in each of the five regions",
             "Head of Communications / Tenant Engagement Lead", D(2026, 3, 31), D(2026, 3, 31), "G", "G",
             "Two of five held (North West, South West).",
             ["Head of Communications", "Tenant Engagement Lead"], "2026-03", "green"),
            ("M4.2", "Publish the second annual Consumer Regulation Review", "Director of Consumer Regulation",
             D(2026, 1, 31), D(2026, 1, 31), "–", "G", "Drafting started.",
             ["Director of Consumer Regulation"], "2026-01", "green"),
        ]),
    ]
    actions = []
    row = 5
    for wsn, items in ws_rows:
        n = len(items)
        m.cell(row=row, column=1, value=wsn).font = Font(bold=True)
        m.merge_cells(start_row=row, start_column=1, end_row=row + n - 1, end_column=1)
        for k, (ref, text, owner, base, fc, prev, cur, com, lead, end, status) in enumerate(items):
            r = row + k
            vals = [None, ref, text, owner, base, fc, prev, cur, com]
            for i, v in enumerate(vals, 1):
                c = m.cell(row=r, column=i)
                if i > 1:
                    c.value = v
                c.alignment = WRAP
                c.border = BORDER
                if isinstance(v, dt.datetime):
                    c.number_format = "dd-mmm-yy"
            for col, v in ((7, prev), (8, cur)):
                if v in rag_fill:
                    m.cell(row=r, column=col).fill = fill(rag_fill[v])
                m.cell(row=r, column=col).alignment = Alignment(horizontal="center", vertical="top")
            actions.append(act(ref, [wsn], text, lead, end, status))
        row += n
    for k, v in {"A": 22, "B": 7, "C": 52, "D": 30, "E": 12, "F": 12, "G": 9, "H": 9, "I": 50}.items():
        m.column_dimensions[k].width = v

    g = wb.create_sheet("RAG definitions")
    for i, (code, col, meaning) in enumerate([
            ("G", GREEN, "On track to the baseline date"),
            ("A", AMBER, "Forecast slippage of up to 4 weeks; recoverable within the workstream"),
            ("R", RED, "Forecast slippage of more than 4 weeks, or Programme Board intervention needed"),
            ("B", BLUE, "Complete")], start=1):
        c = g.cell(row=i, column=1, value=code)
        c.fill = fill(col)
        g.cell(row=i, column=2, value=meaning)
    g.column_dimensions["B"].width = 80
    wb.save(out(name))

    write_expected(name, {
        "source": ("Imitates a PRINCE2-style monthly programme highlight report kept in Excel by a regulator's "
                   "PMO (status summary with last/this period RAG for overall, schedule, resources, budget, "
                   "benefits; achievements this period; risks; decisions required; milestone table with "
                   "baseline and forecast dates). Regulator of Social Housing consumer regulation programme, "
                   "October 2025; not a published document. Copied features: header block (period, SRO, "
                   "programme manager, next board), dimension RAG table, bullet achievements, top-risks table "
                   "without actions, decision bullet, separate Milestones sheet with workstream cells merged "
                   "vertically, baseline and forecast dates, previous and current RAG letters with fills, a "
                   "RAG definitions sheet."),
        "reads": ("A highlight report sheet (status summary, achievements, risks, decisions - no actions) and a "
                  "Milestones sheet listing ten milestones/actions under four workstreams, each with owner, "
                  "baseline and forecast dates and previous/current RAG. The forecast date is the end and the "
                  "current RAG the status."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return len(actions)


# ---------------------------------------------------------------------------
# 7. Bromley by Bow Centre - board of trustees rolling action log (tab-separated txt)
# ---------------------------------------------------------------------------
def bromley_by_bow():
    name = "zfp-bromley-by-bow-centre-board-of-trustees-action-log.txt"
    title = "Board of Trustees – Rolling Action Log"
    OPEN, CLOSE = "OPEN ACTIONS", "ACTIONS PROPOSED FOR CLOSURE"
    rows = [
        (OPEN, "25/14", "26/06/2025", "6.2", "Circulate the revised reserves policy to trustees for approval by email",
         "Director of Finance & Resources", "Jul-25", "R",
         "Delayed pending the auditor's comments on designated funds; now expected October.",
         ["Director of Finance & Resources"], "2025-07", "red", None),
        (OPEN, "25/17", "26/06/2025", "8.1", "Arrange a trustee visit to the health centre and the new community café",
         "Chair / Company Secretary", "Nov-25", "G", "Date being agreed with the health partnership.",
         ["Chair", "Company Secretary"], "2025-11", "green", None),
        (OPEN, "25/21", "25/09/2025", "5.3", "Present a recovery plan for the children and families services budget deficit",
         "CEO", "11/12/2025", "G", "",
         ["CEO"], "2025-12", "green", None),
        (OPEN, "25/22", "25/09/2025", "7.1", "Commission an external review of safeguarding arrangements across all services",
         "CEO; Safeguarding Lead Trustee", "Q4 2025/26", "A", "Three quotes requested; one received.",
         ["CEO", "Safeguarding Lead Trustee"], "2026-03", "amber", None),
        (OPEN, "25/23", "25/09/2025", "9.2", "Add cyber security and data protection as a standing item on the Audit & Risk Committee agenda",
         "Company Secretary", "Ongoing", "G", "First item taken on 13 November 2025.",
         ["Company Secretary"], None, "green", "Ongoing"),
        (OPEN, "25/24", "25/09/2025", "10.1", "Update the trustee skills audit and report gaps to the Nominations Committee",
         "Chair of Nominations Committee", "30/11/2025", "A", "Forms returned by 7 of 11 trustees.",
         ["Chair of Nominations Committee"], "2025-11", "amber", None),
        (CLOSE, "25/09", "24/04/2025", "7.4", "File the 2024/25 annual return and accounts with the Charity Commission",
         "Director of Finance & Resources", "Jan-26", "B", "Filed 3 October 2025, ahead of the 31 January deadline.",
         ["Director of Finance & Resources"], "2026-01", "blue", None),
        (CLOSE, "25/15", "26/06/2025", "6.4", "Confirm renewal of the car park licence with the London Borough of Tower Hamlets",
         "CEO", "Sep-25", "B", "Licence renewed to March 2030.",
         ["CEO"], "2025-09", "blue", None),
    ]
    lines = [
        "Bromley by Bow Centre",
        title,
        "Updated after the Board meeting held on 25 September 2025",
        "",
        "RAG key: G = on track; A = some delay; R = overdue; B = complete (to be closed at the next meeting)",
        "",
        "\t".join(["Action no.", "Meeting", "Minute ref", "Action", "Owner", "Due", "RAG", "Update"]),
    ]
    actions = []
    current = None
    for sec, no, meet, minute, text, owner, due, rag, upd, lead, end, status, end_text in rows:
        if sec != current:
            lines.append(sec)
            current = sec
        lines.append("\t".join([no, meet, minute, text, owner, due, rag, upd]))
        actions.append(act(no, [sec], text, lead, end, status, end_text))
    lines += ["", "Actions marked B will be removed from the log once the Board has agreed closure."]
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")

    write_expected(name, {
        "source": ("Imitates a charity board of trustees' rolling action log saved from Excel as 'Text (Tab "
                   "delimited)' for the board pack (action number, meeting date, minute reference, action, "
                   "owner, due, RAG, update; open actions and actions proposed for closure). Bromley by Bow "
                   "Centre, after the 25 September 2025 board; not a published document. Copied features: "
                   "three title lines, a RAG key line with B = complete, tab-separated header, section lines "
                   "OPEN ACTIONS / ACTIONS PROPOSED FOR CLOSURE, mixed due formats (Jul-25, 11/12/2025, "
                   "Q4 2025/26, Ongoing), two owners joined by '/' and ';', a closing note line."),
        "reads": ("A tab-separated rolling action log: six open actions and two proposed for closure, each with "
                  "its action number, meeting, minute reference, owner, due date, RAG letter and update."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return len(actions)


if __name__ == "__main__":
    for fn in (newhaven, east_grinstead, broadacres, sestran, nilgosc, rsh, bromley_by_bow):
        print(fn.__name__, fn())
