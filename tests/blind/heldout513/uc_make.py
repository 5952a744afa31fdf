"""Build the seven uc- blind test files (set heldout513).

Run with /work/main/.venv/bin/python uc_make.py  (writes next to this script).
Only files whose names start with "uc-" are written.
"""
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("uc-")
    return os.path.join(HERE, name)


FILL = {
    "red": PatternFill("solid", fgColor="FF0000"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "green": PatternFill("solid", fgColor="00B050"),
    "blue": PatternFill("solid", fgColor="0070C0"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
    "navy": PatternFill("solid", fgColor="1F3864"),
    "pale": PatternFill("solid", fgColor="DEEAF6"),
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)
WHITE_BOLD = Font(bold=True, color="FFFFFF")


def header_row(ws, row, values, fill="navy", font=WHITE_BOLD):
    for i, v in enumerate(values, start=1):
        c = ws.cell(row=row, column=i, value=v)
        c.fill = FILL[fill]
        c.font = font
        c.alignment = WRAP
        c.border = BOX


def widths(ws, ws_widths):
    for col, w in ws_widths.items():
        ws.column_dimensions[col].width = w


# ---------------------------------------------------------------------------
# 1. Southwark Council corporate risk register, Q3 2025/26 (xlsx)
# ---------------------------------------------------------------------------
def southwark():
    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = "Southwark Council Corporate Risk Register – Quarter 3 2025/26"
    cover["A1"].font = Font(bold=True, size=16)
    cover["A2"] = "Audit, Governance and Standards Committee, 2 February 2026 – Appendix 1"
    cover["A4"] = "Document control"
    cover["A4"].font = BOLD
    header_row(cover, 5, ["Version", "Date", "Author", "Comment"])
    for r, row in enumerate([
        ("v0.3", "12/01/2026", "Risk and Insurance Manager", "Q3 updates from risk owners"),
        ("v1.0", "20/01/2026", "Head of Internal Audit, Anti-Fraud and Risk", "Agreed by Chief Officer Team"),
    ], start=6):
        for i, v in enumerate(row, start=1):
            cover.cell(row=r, column=i, value=v).border = BOX
    cover["A9"] = "Risk scoring (likelihood x impact)"
    cover["A9"].font = BOLD
    for r, (band, txt, col) in enumerate([
        ("1–6", "Low", "green"), ("8–12", "Medium", "amber"), ("15–25", "High", "red"),
    ], start=10):
        cover.cell(row=r, column=1, value=band).fill = FILL[col]
        cover.cell(row=r, column=2, value=txt)
    cover["A14"] = "Action status key"
    cover["A14"].font = BOLD
    for r, (word, meaning, col) in enumerate([
        ("Complete", "Action delivered", "blue"),
        ("On track", "Expected to be delivered by the target date", "green"),
        ("At risk", "Some slippage; may miss the target date", "amber"),
        ("Off track", "Will miss the target date; escalated to Chief Officer Team", "red"),
    ], start=15):
        cover.cell(row=r, column=1, value=word).fill = FILL[col]
        cover.cell(row=r, column=2, value=meaning)
    widths(cover, {"A": 22, "B": 50, "C": 42, "D": 34})

    risks = [
        ("CR01 – Financial resilience and the Medium Term Financial Strategy",
         "Rising demand for temporary accommodation, adult social care and SEND transport, together with "
         "uncertainty over the multi-year settlement, leads to a budget gap that cannot be closed, resulting "
         "in unplanned use of reserves.",
         "Strategic Director of Finance", 20, 20, 12,
         [
             ("CR01.1", "Deliver the 2026/27 budget-setting process, including public consultation on savings "
              "proposals, for approval at Council Assembly in February 2026.",
              "Strategic Director of Finance", "Feb-26", "On track",
              "Draft budget considered by Cabinet on 20 January 2026."),
             ("CR01.2", "Introduce a spend control panel for all non-contractual spend above £5,000 in "
              "demand-led services.",
              "Director of Finance / Head of Procurement", "31/10/2025", "Complete",
              "Panel meeting weekly since 6 October 2025."),
             ("CR01.3", "Refresh the reserves strategy and set a minimum level of general balances in line "
              "with the CIPFA Financial Resilience Index.",
              "Head of Strategic Finance", "Q4 2025/26", "At risk",
              "Waiting for the final settlement figures."),
         ]),
        ("CR02 – Temporary accommodation demand and cost",
         "The number of homeless households placed in temporary accommodation continues to rise, increasing "
         "the use of nightly-paid accommodation and the general fund overspend.",
         "Strategic Director of Housing", 20, 16, 12,
         [
             ("CR02.1", "Acquire 120 additional homes through the council's acquisitions programme for use as "
              "temporary accommodation.",
              "Director of Housing Supply", "March 2027", "On track",
              "74 completions to date; a further 21 under offer."),
             ("CR02.2", "Reduce the number of households in nightly-paid annexe accommodation to below 250 "
              "through the move-on programme.",
              "Head of Temporary Accommodation", "30/06/2026", "Off track",
              "Numbers rose to 312 in December; recovery plan going to Housing DMT."),
         ]),
        ("CR03 – Cyber security and resilience of ICT systems",
         "A cyber attack or major system failure disrupts the delivery of critical services and leads to the "
         "loss of personal data.",
         "Chief Digital and Information Officer", 15, 15, 10,
         [
             ("CR03.1", "Complete the migration of the remaining on-premises servers to the shared cloud tenancy.",
              "Head of ICT Infrastructure", "Sep-26", "On track",
              "Phase 2 (social care systems) scheduled for April 2026."),
             ("CR03.2", "Run a cyber incident exercise with Chief Officer Team and update the ICT disaster "
              "recovery plan from the lessons learned.",
              "Chief Digital and Information Officer; Emergency Planning Manager", "Dec-25", "Complete",
              "Exercise held 27 November 2025; plan reissued."),
         ]),
        ("CR04 – Building and fire safety in council housing",
         "The council does not meet its duties as landlord under the Building Safety Act 2022 and the "
         "Regulatory Reform (Fire Safety) Order 2005, putting residents at risk.",
         "Strategic Director of Housing", 16, 12, 8,
         [
             ("CR04.1", "Clear the backlog of overdue high-priority actions from fire risk assessments.",
              "Head of Building Safety", "31/03/2026", "At risk",
              "412 of 530 overdue actions closed."),
             ("CR04.2", "Submit safety case reports for the remaining higher-risk buildings to the Building "
              "Safety Regulator when called in.",
              "Head of Building Safety", "Ongoing", "On track",
              "Nine of 14 safety cases submitted."),
         ]),
        ("CR05 – Safeguarding children and adults",
         "Failure of safeguarding arrangements leads to serious harm to a child or adult at risk.",
         "Strategic Director of Children's and Adults' Services", 12, 12, 8,
         [
             ("CR05.1", "Prepare for the CQC assessment of adult social care, including an updated "
              "self-assessment and a case file audit programme.",
              "Director of Adult Social Care", "Apr-26", "On track",
              "Self-assessment refreshed in December 2025."),
             ("CR05.2", "Embed the new multi-agency child protection standards across children's social care "
              "and early help.",
              "Director of Children's Social Care / Head of Early Help", "Q1 2026/27", "On track",
              "Briefings delivered to 380 staff."),
         ]),
    ]

    summ = wb.create_sheet("Risk Summary")
    summ["A1"] = "Corporate risks – summary of residual scores"
    summ["A1"].font = Font(bold=True, size=13)
    header_row(summ, 3, ["Risk", "Risk owner", "Q2 score", "Q3 score", "Direction of travel", "Target score"])

    def score_fill(s):
        return FILL["red"] if s >= 15 else FILL["amber"] if s >= 8 else FILL["green"]

    for r, risk in enumerate(risks, start=4):
        title, _d, owner, q2, q3, tgt, _acts = risk
        trend = "Improving" if q3 < q2 else "No change"
        vals = [title, owner, q2, q3, trend, tgt]
        for i, v in enumerate(vals, start=1):
            c = summ.cell(row=r, column=i, value=v)
            c.border = BOX
            c.alignment = WRAP
        summ.cell(row=r, column=3).fill = score_fill(q2)
        summ.cell(row=r, column=4).fill = score_fill(q3)
    widths(summ, {"A": 60, "B": 40, "C": 10, "D": 10, "E": 18, "F": 12})

    reg = wb.create_sheet("Register")
    reg["A1"] = "Corporate Risk Register – Q3 2025/26 (position at 31 December 2025)"
    reg["A1"].font = Font(bold=True, size=13)
    header_row(reg, 3, ["Risk", "Risk description (cause – event – consequence)", "Risk owner",
                        "Residual score Q2", "Residual score Q3", "Ref",
                        "Further actions to reduce the risk", "Action owner", "Target date",
                        "Action status", "Q3 update"])
    status_fill = {"Complete": "blue", "On track": "green", "At risk": "amber", "Off track": "red"}
    r = 4
    for title, desc, owner, q2, q3, _tgt, acts in risks:
        first = r
        for ref, action, lead, date, status, update in acts:
            vals = [None, None, None, None, None, ref, action, lead, date, status, update]
            for i, v in enumerate(vals, start=1):
                c = reg.cell(row=r, column=i, value=v)
                c.border = BOX
                c.alignment = WRAP
            reg.cell(row=r, column=10).fill = FILL[status_fill[status]]
            r += 1
        last = r - 1
        for col, v in zip(range(1, 6), [title, desc, owner, q2, q3]):
            reg.cell(row=first, column=col, value=v)
            if last > first:
                reg.merge_cells(start_row=first, start_column=col, end_row=last, end_column=col)
        reg.cell(row=first, column=1).font = BOLD
        reg.cell(row=first, column=4).fill = score_fill(q2)
        reg.cell(row=first, column=5).fill = score_fill(q3)
    r += 1
    reg.cell(row=r, column=1, value="Scores are residual (after existing controls). Target scores are shown on "
                                    "the Risk Summary sheet.")
    widths(reg, {"A": 30, "B": 45, "C": 24, "D": 10, "E": 10, "F": 8, "G": 55, "H": 30,
                 "I": 12, "J": 12, "K": 40})
    reg.freeze_panes = "A4"
    wb.save(out("uc-southwark-council-corporate-risk-register-q3-2025-26.xlsx"))


# ---------------------------------------------------------------------------
# 2. Plymouth City Council internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
def plymouth():
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws["A1"] = "Plymouth City Council – Internal Audit Recommendations Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Audit and Governance Committee, 9 March 2026 – position at 13 February 2026"
    ws["A3"] = "Prepared by Devon Assurance Partnership (DAP) with the Finance Business Partnering team"

    audits = [
        ("Housing Benefit Overpayments (2023/24) – Limited Assurance – final report 12 March 2024", [
            ("HB01", "High",
             "Overpayment invoices were not raised within 28 days of the overpayment being identified in 41% of "
             "cases tested. The service should clear the backlog and monitor the time taken to raise invoices.",
             "Clear the backlog of overpayment invoices not raised within 28 days and monitor performance weekly.",
             "Revenues and Benefits Manager", "31/07/2024", "31/12/2024", "B",
             "Backlog cleared January 2025; weekly monitoring verified by DAP in November 2025."),
            ("HB02", "Medium",
             "There is no reconciliation between the benefits system and the general ledger for overpayment "
             "debt. A monthly reconciliation should be introduced.",
             "Carry out a monthly reconciliation between the benefits system and the general ledger for "
             "overpayment debt.",
             "Revenues and Benefits Manager; Chief Accountant", "30/09/2024", "30/04/2026", "A",
             "Reconciliations completed for October to December 2025; differences still being investigated."),
        ]),
        ("Payroll (2024/25) – Limited Assurance – final report 21 November 2024", [
            ("PAY01", "High",
             "Leavers are not always processed before the payroll cut-off, resulting in overpayments. Managers "
             "should submit leaver notifications at least five working days before the leaving date.",
             "HR Operations will remind all managers of the deadline, add a mandatory leaving date field to the "
             "self-service form and report late notifications to Directorate Management Teams each quarter.",
             "Head of HR Operations / Payroll Manager", "31/03/2025", "30/09/2025", "B",
             "Form changed June 2025; first quarterly report issued October 2025."),
            ("PAY02", "Medium",
             "The recovery of salary overpayments is not monitored. Unrecovered balances should be reviewed "
             "monthly and passed to Debt Recovery after 60 days.",
             "Introduce a monthly overpayments register reviewed by the Payroll Manager, with balances over 60 "
             "days referred to the Income and Debt Recovery team.",
             "Payroll Manager", "30/06/2025", "31/03/2026", "A",
             "Register in place; referral process delayed by the new debt recovery system."),
            ("PAY03", "Medium",
             "Payroll exception reports are not signed off before payment. A second officer should review each "
             "report.",
             "Exception reports to be reviewed and signed by a second officer before each BACS submission, with "
             "evidence retained on the payroll SharePoint site.",
             "Payroll Manager", "Jan-25", None, "B",
             "Sign-off evidenced for all pay runs since January 2025."),
        ]),
        ("Direct Payments – Adult Social Care (2024/25) – Limited Assurance – final report 6 March 2025", [
            ("DP01", "High",
             "Annual reviews of direct payment accounts were overdue for 38% of the sample. A risk-based review "
             "schedule should be agreed and monitored.",
             "Agree a risk-based schedule for direct payment account reviews and report completion monthly to "
             "the Adult Social Care leadership team.",
             "Service Director for Integrated Commissioning", "30/09/2025", "31/05/2026", "A",
             "Schedule agreed; 61% of overdue reviews now completed."),
            ("DP02", "Medium",
             "Surplus balances on direct payment accounts are not being reclaimed. Balances above eight weeks "
             "of planned spend should be recovered.",
             "Reclaim surplus balances above eight weeks of planned spend, using the revised direct payment "
             "agreement.",
             "Direct Payments Team Leader & Finance Business Partner (People)", "31/12/2025", None, "R",
             "Revised agreement not yet issued to recipients."),
        ]),
        ("Cyber Security – Patch Management (2025/26) – Reasonable Assurance – final report 18 September 2025", [
            ("CYB01", "Medium",
             "Vulnerability scanning does not cover network appliances. Scanning should be extended and "
             "critical vulnerabilities reported.",
             "Extend vulnerability scanning to cover all network appliances and report critical vulnerabilities "
             "older than 14 days to the ICT Security Board.",
             "Head of ICT Security (Delt Shared Services)", "31/03/2026", None, "G",
             "Scanning tool licensed; roll-out in progress."),
            ("CYB02", "Low",
             "The patch management procedure does not set timescales by severity.",
             "Update the patch management procedure to define timescales by severity and obtain sign-off from "
             "the ICT Security Board.",
             "ICT Security Manager", "Q4 2025/26", None, "G",
             "Draft procedure prepared."),
        ]),
    ]

    # summary block
    counts = {}
    for _t, recs in audits:
        for rec in recs:
            counts.setdefault(rec[7], {"High": 0, "Medium": 0, "Low": 0})
            counts[rec[7]][rec[1]] += 1
    header_row(ws, 5, ["Summary", "High", "Medium", "Low", "Total"], fill="grey", font=BOLD)
    rows = [("Recommendations reported", None)] + [
        ("Implemented (B)", "B"), ("On track (G)", "G"), ("Revised date agreed (A)", "A"), ("Overdue (R)", "R")]
    for i, (label, key) in enumerate(rows, start=6):
        if key is None:
            h = sum(c["High"] for c in counts.values())
            m = sum(c["Medium"] for c in counts.values())
            lo = sum(c["Low"] for c in counts.values())
        else:
            c = counts.get(key, {"High": 0, "Medium": 0, "Low": 0})
            h, m, lo = c["High"], c["Medium"], c["Low"]
        for j, v in enumerate([label, h, m, lo, h + m + lo], start=1):
            ws.cell(row=i, column=j, value=v).border = BOX
    ws["A12"] = ("RAG: B = implemented and verified; G = not yet due / on track; A = revised target date agreed; "
                 "R = overdue with no revised date")
    ws["A12"].font = Font(italic=True)

    header_row(ws, 14, ["Rec No.", "Priority", "Finding and recommendation", "Agreed management action",
                        "Responsible officer", "Original target date", "Revised target date", "RAG",
                        "Progress update (February 2026)"])
    rag_fill = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    r = 15
    for title, recs in audits:
        ws.cell(row=r, column=1, value=title).font = BOLD
        ws.cell(row=r, column=1).fill = FILL["pale"]
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for rec in recs:
            for i, v in enumerate(rec, start=1):
                c = ws.cell(row=r, column=i, value=v)
                c.border = BOX
                c.alignment = WRAP
            ws.cell(row=r, column=8).fill = FILL[rag_fill[rec[7]]]
            ws.cell(row=r, column=8).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
    widths(ws, {"A": 10, "B": 10, "C": 55, "D": 55, "E": 30, "F": 14, "G": 14, "H": 6, "I": 45})

    d = wb.create_sheet("Definitions")
    d["A1"] = "Definitions used by Devon Assurance Partnership"
    d["A1"].font = BOLD
    header_row(d, 3, ["Term", "Meaning"], fill="grey", font=BOLD)
    for i, (t, m) in enumerate([
        ("High priority", "A significant gap in control that needs action by senior management as a priority."),
        ("Medium priority", "A weakness in control that should be addressed within a reasonable timescale."),
        ("Low priority", "A minor improvement to control or efficiency."),
        ("Substantial assurance", "A sound system of control with only minor weaknesses."),
        ("Reasonable assurance", "Generally sound, with some weaknesses that need addressing."),
        ("Limited assurance", "Significant gaps or weaknesses that put objectives at risk."),
    ], start=4):
        d.cell(row=i, column=1, value=t).border = BOX
        d.cell(row=i, column=2, value=m).border = BOX
    widths(d, {"A": 24, "B": 90})
    wb.save(out("uc-plymouth-city-council-internal-audit-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 3. Leicester City Council ILACS improvement plan (xlsx) – refuse: "Febuary 2026"
# ---------------------------------------------------------------------------
def leicester():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover and key"
    cov["A1"] = "Leicester City Council"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Children's Social Care and Early Help – ILACS Improvement Plan 2025–26"
    cov["A2"].font = Font(bold=True, size=12)
    cov["A3"] = "Ofsted inspection of local authority children's services, September 2024"
    cov["A4"] = "Overseen by the Children's Improvement Board, chaired by the Strategic Director of Social Care and Education"
    cov["A6"] = "RAG key"
    cov["A6"].font = BOLD
    for r, (w, m, c) in enumerate([
        ("Blue", "Completed and evidenced", "blue"),
        ("Green", "On track", "green"),
        ("Amber", "Off track but recoverable", "amber"),
        ("Red", "Off track – escalate to the Improvement Board", "red"),
    ], start=7):
        cov.cell(row=r, column=1, value=w).fill = FILL[c]
        cov.cell(row=r, column=2, value=m)
    cov["A12"] = "Version history"
    cov["A12"].font = BOLD
    header_row(cov, 13, ["Version", "Date", "Change"], fill="grey", font=BOLD)
    for r, row in enumerate([
        ("1.0", "14/01/2025", "Plan submitted to Ofsted"),
        ("1.3", "19/11/2025", "Quarter 2 update"),
        ("1.4", "18/02/2026", "Quarter 3 update"),
    ], start=14):
        for i, v in enumerate(row, start=1):
            cov.cell(row=r, column=i, value=v).border = BOX
    widths(cov, {"A": 14, "B": 60, "C": 30})

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = "Leicester City Council – ILACS Improvement Plan 2025–26"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Progress update for the Children's Improvement Board – February 2026"
    header_row(ws, 4, ["Ref", "What Ofsted said we need to improve", "Action", "Lead", "Start", "End",
                       "RAG Nov-25", "RAG Feb-26", "Progress and impact"])
    plan = [
        ("Theme 1: Help and protection", [
            ("1. The response to children living with domestic abuse, so that responsibility for protecting "
             "children is not placed on the non-abusing parent.", [
                ("1.1", "Deliver Safe and Together training to all social workers and team managers in the Duty "
                 "and Assessment and Child Protection services.",
                 "Head of Service – Duty and Assessment", "Apr-25", "Dec-25", "Green", "Blue",
                 "212 staff trained; audit shows safety plans now name the person causing harm."),
                ("1.2", "Revise the domestic abuse practice standard so that plans set actions for the person "
                 "causing harm.",
                 "Principal Social Worker", "May-25", "Sept 2025", "Amber", "Blue",
                 "Standard published October 2025."),
                ("1.3", "Quarterly thematic audit of domestic abuse cases, with findings reported to the "
                 "Improvement Board.",
                 "Head of Quality Assurance", "Jul-25", "Mar-26", "Green", "Green",
                 "Second audit completed January 2026."),
            ]),
            ("2. Decision-making when child protection plans end, so that plans do not end before children's "
             "circumstances have improved.", [
                ("2.1", "Introduce a step-down checklist, signed off by the Child Protection Chair, before any "
                 "plan ends at a first or second review conference.",
                 "Head of Safeguarding and Quality Assurance", "Jun-25", "Oct-25", "Amber", "Green",
                 "Checklist in use since September 2025."),
                ("2.2", "Track children who become subject to a second plan within 12 months and review each "
                 "case with the Child Protection Chair.",
                 "CP Chairs Service Manager", "Jun-25", "Febuary 2026", "Amber", "Amber",
                 "Tracker built; case reviews started in December."),
            ]),
        ]),
        ("Theme 2: Children in care and care leavers", [
            ("3. The timeliness of health assessments for children in care who live outside Leicester.", [
                ("3.1", "Agree a protocol with the ICB and host health providers so that initial health "
                 "assessments for children placed out of area are completed within 20 working days.",
                 "Designated Nurse for Children in Care (LLR ICB) / Head of Service – Children in Care",
                 "Apr-25", "Mar-26", "Red", "Amber",
                 "Protocol agreed with 4 of 7 host areas."),
                ("3.2", "Report health assessment timeliness for children placed out of area each month to the "
                 "Corporate Parenting Board.",
                 "Head of Performance", "May-25", "Ongoing", "Green", "Green",
                 "Reported monthly since June 2025."),
            ]),
            ("4. The quality of care plans and personal education plans, so that they reflect children's wishes "
             "and set clear, ambitious targets.", [
                ("4.1", "Relaunch the care plan template with a 'my wishes and feelings' section completed with "
                 "the child.",
                 "Service Manager – Children in Care", "Jul-25", "Jan-26", "Green", "Blue",
                 "Template live from 5 January 2026."),
                ("4.2", "Virtual School to quality assure every PEP each term, checking that targets are SMART.",
                 "Virtual School Headteacher", "Sep-25", "Termly", "Green", "Green",
                 "Autumn term: 94% of PEPs rated good or better."),
            ]),
            ("5. The oversight of children living in unregistered children's homes.", [
                ("5.1", "Director sign-off and weekly review for any child placed in an unregistered setting, "
                 "with a plan to move the child within 28 days.",
                 "Director of Children's Social Care", "Nov-24", "Dec-24", "Blue", "Blue",
                 "In place since December 2024; no child currently in an unregistered setting."),
            ]),
        ]),
        ("Theme 3: Leadership, management and performance", [
            ("6. The use of performance information by managers to understand the quality of practice.", [
                ("6.1", "Launch a Power BI practice dashboard for team managers, with data on visits, "
                 "supervision and the timeliness of plans.",
                 "Head of Performance; Head of ICT Business Partnering", "Jun-25", "Q4 2025/26", "Amber",
                 "Green", "Dashboard in test with two teams."),
            ]),
        ]),
    ]
    fills = {"Blue": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    r = 5
    typo_row = None
    for theme, recs in plan:
        ws.cell(row=r, column=1, value=theme).font = BOLD
        ws.cell(row=r, column=1).fill = FILL["pale"]
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for rec, acts in recs:
            first = r
            for ref, action, lead, start, end, prev, cur, prog in acts:
                vals = [ref, None, action, lead, start, end, prev, cur, prog]
                for i, v in enumerate(vals, start=1):
                    c = ws.cell(row=r, column=i, value=v)
                    c.border = BOX
                    c.alignment = WRAP
                ws.cell(row=r, column=7).fill = FILL[fills[prev]]
                ws.cell(row=r, column=8).fill = FILL[fills[cur]]
                if end == "Febuary 2026":
                    typo_row = r
                r += 1
            ws.cell(row=first, column=2, value=rec).alignment = WRAP
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Note: RAG Feb-26 is the position reported to the Children's Improvement Board "
                                   "on 18 February 2026.")
    widths(ws, {"A": 7, "B": 45, "C": 55, "D": 32, "E": 9, "F": 13, "G": 10, "H": 10, "I": 45})
    ws.freeze_panes = "A5"
    wb.save(out("uc-leicester-city-council-ilacs-improvement-plan-typo-month-refuse.xlsx"))
    return typo_row


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


DOCX_FILL = {"blue": "0070C0", "green": "00B050", "amber": "FFC000", "red": "FF0000",
             "head": "D9E2F3", "band": "F2F2F2"}


def set_cell(cell, text, bold=False, italic=False):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.italic = italic
    run.font.size = Pt(9)


# ---------------------------------------------------------------------------
# 4. Walsall Council Ofsted focused visit action plan (docx)
# ---------------------------------------------------------------------------
def walsall():
    doc = Document()
    doc.add_paragraph("Walsall Children's Services: Ofsted Focused Visit Action Plan (Care Leavers)", style="Title")
    doc.add_paragraph("Focused visit carried out 16–17 July 2024; letter published 21 August 2024")

    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([
        ("Document owner", "Director of Children's Social Care"),
        ("Version", "2.1"),
        ("Date", "14 January 2025"),
        ("Reporting to", "Walsall Children's Services Improvement Board (monthly)"),
    ]):
        set_cell(t.cell(i, 0), k, bold=True)
        set_cell(t.cell(i, 1), v)

    doc.add_paragraph(
        "Ofsted's letter found that care leavers in Walsall are well supported by personal advisers who know "
        "them well. Inspectors identified three areas for improvement. This plan sets out what we will do, who "
        "is responsible and when, and is reviewed every month by the Improvement Board.")

    doc.add_paragraph("RAG key", style="Heading 3")
    k = doc.add_table(rows=4, cols=2)
    k.style = "Table Grid"
    for i, (c, m) in enumerate([
        ("blue", "Action complete"), ("green", "On track"),
        ("amber", "At risk of slipping"), ("red", "Off track"),
    ]):
        set_cell(k.cell(i, 0), c.capitalize())
        shade(k.cell(i, 0), DOCX_FILL[c])
        set_cell(k.cell(i, 1), m)

    areas = [
        ("Area for improvement 1",
         "The quality of pathway plans, so that they are specific, measurable and written with care leavers in "
         "language they understand.", [
             ("1.1", "Relaunch the pathway plan template, co-designed with the care leavers' forum, with SMART "
              "goals written in the young person's words.",
              "Head of Service, Transitions and Leaving Care", "October 2024", "blue",
              "New template live from 7 October 2024."),
             ("1.2", "Deliver pathway planning workshops to all personal advisers and team managers.",
              "Principal Social Worker", "End of November 2024", "blue",
              "Five workshops held; 46 staff attended."),
             ("1.3", "Audit 10 pathway plans each month and report the findings to the Quality Assurance Board.",
              "Head of Quality Assurance / Practice Lead", "Monthly from Sept 2024", "green",
              "December audit: 7 of 10 plans rated good."),
         ]),
        ("Area for improvement 2",
         "Access to suitable accommodation for care leavers aged 18 to 21, including those leaving custody.", [
             ("2.1", "Agree a joint housing protocol for care leavers with Walsall Housing Group and the "
              "council's Housing Options service.",
              "Head of Service, Transitions and Leaving Care & Head of Housing Options", "31/12/2024", "green",
              "Protocol agreed in principle; signing at the January Corporate Parenting Board."),
             ("2.2", "Commission 12 additional supported lodgings placements for care leavers aged 18–21.",
              "Commissioning Manager (Children's Placements)", "Q4 2024/25", "amber",
              "Five hosts approved; recruitment campaign extended."),
             ("2.3", "Put in place a custody leavers' pathway with the Probation Service so that accommodation "
              "is confirmed 28 days before release.",
              "Group Manager – Leaving Care", "February 2025", "red",
              "Awaiting agreement from the Probation Service."),
         ]),
        ("Area for improvement 3",
         "The consistency of management oversight and supervision in the Transitions and Leaving Care service.", [
             ("3.1", "Introduce a supervision recording template for personal advisers and set a standard of "
              "monthly supervision.",
              "Group Manager – Leaving Care", "Sept 2024 – Nov 2024", "blue",
              "Template in use; 92% of supervisions in December on time."),
             ("3.2", "Report supervision compliance for the leaving care service to the Improvement Board each "
              "month.",
              "Head of Performance and Business Intelligence", "Ongoing", "green",
              "Included in the monthly performance pack."),
         ]),
    ]
    for heading, text, acts in areas:
        doc.add_paragraph(heading, style="Heading 2")
        p = doc.add_paragraph()
        run = p.add_run(text)
        run.italic = True
        tab = doc.add_table(rows=1 + len(acts), cols=6)
        tab.style = "Table Grid"
        for i, h in enumerate(["No.", "Action", "Lead", "By when", "RAG", "Update (January 2025)"]):
            set_cell(tab.cell(0, i), h, bold=True)
            shade(tab.cell(0, i), DOCX_FILL["head"])
        for j, (no, action, lead, when, rag, upd) in enumerate(acts, start=1):
            set_cell(tab.cell(j, 0), no)
            set_cell(tab.cell(j, 1), action)
            set_cell(tab.cell(j, 2), lead)
            set_cell(tab.cell(j, 3), when)
            set_cell(tab.cell(j, 4), "")
            shade(tab.cell(j, 4), DOCX_FILL[rag])
            set_cell(tab.cell(j, 5), upd)
        doc.add_paragraph()

    doc.add_paragraph("Sign-off", style="Heading 3")
    s = doc.add_table(rows=2, cols=3)
    s.style = "Table Grid"
    for i, h in enumerate(["Name / role", "Signature", "Date"]):
        set_cell(s.cell(0, i), h, bold=True)
    set_cell(s.cell(1, 0), "Executive Director of Children's Services")
    set_cell(s.cell(1, 1), "Signed")
    set_cell(s.cell(1, 2), "16/01/2025")
    doc.save(out("uc-walsall-council-ofsted-focused-visit-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Oxfordshire Safeguarding Children Board CSPR 'Leo' action plan (docx)
# ---------------------------------------------------------------------------
def oxfordshire():
    doc = Document()
    h = doc.add_paragraph("OSCB Child Safeguarding Practice Review 'Leo' – Multi-Agency Action Plan", style="Title")
    h.alignment = WD_ALIGN_PARAGRAPH.LEFT

    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([
        ("Review", "Child Safeguarding Practice Review – 'Leo' (aged 7 months)"),
        ("Report published", "12 June 2025"),
        ("Plan owner", "OSCB Case Review and Governance Group"),
        ("Last updated", "3 February 2026"),
    ]):
        set_cell(t.cell(i, 0), k, bold=True)
        shade(t.cell(i, 0), DOCX_FILL["head"])
        set_cell(t.cell(i, 1), v)

    doc.add_paragraph()
    doc.add_paragraph("Status key: B – complete and evidenced; G – on track; A – some slippage; R – not progressing")

    recs = [
        ("Recommendation 1: Partner agencies should make sure practitioners consider the role of, and risk from, "
         "every adult male in a baby's household, including men who are not the baby's father.", [
             ("1a", "Update the OSCB 'Hidden Men' practice guidance and relaunch it through a 7-minute briefing.",
              "OSCB Business Manager", "September 2025",
              "Briefing published 24 September 2025; 1,150 downloads.", "B"),
             ("1b", "Add a mandatory question about other adults in the household to the health visiting new "
              "birth visit template.",
              "Oxford Health NHS FT – Head of Health Visiting", "31/10/2025",
              "Template changed on the electronic record from 1 October 2025.", "B"),
             ("1c", "Include checks on all adults living at the address in domestic abuse risk assessments where a "
              "baby under one lives there.",
              "Thames Valley Police (Detective Superintendent, Public Protection)", "Dec 2025",
              "Guidance drafted; force-wide roll-out delayed to March.", "A"),
         ]),
        ("Recommendation 2: The OSCB should seek assurance that pre-birth assessments start early enough for a "
         "plan to be in place before the baby is born.", [
             ("2a", "Audit 20 pre-birth assessments completed in 2025 for timeliness and the quality of the plan.",
              "Children's Social Care Quality Assurance Team; Designated Nurse (BOB ICB)", "Mar-26",
              "Audit tool agreed; cases selected.", "G"),
             ("2b", "Revise the pre-birth protocol so that referrals are made by 20 weeks of pregnancy where "
              "risks are known.",
              "Head of Safeguarding (Children's Services)", "Q4 2025/26",
              "Draft protocol out for consultation with midwifery.", "G"),
         ]),
        ("Recommendation 3: Oxford University Hospitals and Oxford Health should make sure advice on safer sleep "
         "and coping with crying (ICON) is given to every parent and carer, including fathers.", [
             ("3a", "Record that ICON and safer sleep advice has been given to fathers and male carers on the "
              "maternity discharge checklist.",
              "OUH Named Midwife for Safeguarding", "30/11/2025",
              "Checklist updated; compliance 88% in December.", "B"),
             ("3b", "Survey 100 parents at the 6–8 week check to test whether the ICON messages were received "
              "and understood.",
              "Oxford Health NHS FT & OUH", "TBC",
              "Not started – capacity in the health visiting service.", "R"),
         ]),
    ]
    n_rows = 1 + sum(1 + len(a) for _r, a in recs)
    tab = doc.add_table(rows=n_rows, cols=6)
    tab.style = "Table Grid"
    for i, hd in enumerate(["No.", "Action", "Lead agency / officer", "Target date",
                            "Progress / evidence of impact", "BRAG"]):
        set_cell(tab.cell(0, i), hd, bold=True)
        shade(tab.cell(0, i), DOCX_FILL["head"])
    row = 1
    brag = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    for rec, acts in recs:
        m = tab.cell(row, 0).merge(tab.cell(row, 5))
        set_cell(m, rec, bold=True)
        shade(m, DOCX_FILL["band"])
        row += 1
        for no, action, lead, date, prog, st in acts:
            for i, v in enumerate([no, action, lead, date, prog, st]):
                set_cell(tab.cell(row, i), v)
            shade(tab.cell(row, 5), DOCX_FILL[brag[st]])
            row += 1

    doc.add_paragraph()
    doc.add_paragraph("Monitoring", style="Heading 3")
    doc.add_paragraph("Progress is reported to each meeting of the Case Review and Governance Group. Actions rated "
                      "B for two consecutive meetings are closed.")
    doc.save(out("uc-oxfordshire-oscb-cspr-leo-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Solihull Health and Wellbeing Board action log (csv)
# ---------------------------------------------------------------------------
def solihull():
    import csv
    import io

    rows = [
        ["Solihull Health and Wellbeing Board – Action Log 2025/26", "", "", "", "", ""],
        ["Last updated: 24 February 2026 (for the meeting on 10 March 2026)", "", "", "", "", ""],
        ["", "", "", "", "", ""],
        ["Ref", "Action", "Lead", "Due date", "Status", "Update"],
        ["Meeting held 17 June 2025", "", "", "", "", ""],
        ["HWB/25/01", "Circulate the final Pharmaceutical Needs Assessment 2025 to all Board members and publish "
                      "it on the Solihull Observatory.", "Director of Public Health", "Jul-25", "Complete",
         "Published 1 July 2025."],
        ["HWB/25/02", "Bring the Better Care Fund 2025/26 plan back to the Board for retrospective sign-off.",
         "Director of Adult Care and Support & ICB Place Lead", "September 2025 meeting", "Complete",
         "Signed off 16 September 2025."],
        ["Meeting held 16 September 2025", "", "", "", "", ""],
        ["HWB/25/03", "Provide a breakdown of childhood immunisation uptake by ward, with actions for the three "
                      "lowest-performing wards.", "Consultant in Public Health (Health Protection)", "Dec-25",
         "Amber", "Data received from UKHSA; ward actions to be agreed with the ICB."],
        ["HWB/25/04", "Agree the Board's three priorities for the refreshed Joint Local Health and Wellbeing "
                      "Strategy:\n- healthy weight\n- mental wellbeing\n- the cost of living",
         "Chair of the Board / Director of Public Health", "31/01/2026", "Green",
         "Priorities tested at the stakeholder event on 12 November.\nDraft strategy to March meeting."],
        ["HWB/25/05", "Arrange a development session on the Marmot Place programme for Board members.",
         "Sarah Gill and Ravi Kang", "Nov-25", "Complete", "Session held 19 November 2025."],
        ["Meeting held 2 December 2025", "", "", "", "", ""],
        ["HWB/25/06", "Report back on the uptake of the Healthy Start scheme and options to increase take-up "
                      "among eligible families.", "Head of Public Health Commissioning", "March 2026 meeting",
         "Green", "On the agenda for 10 March."],
        ["HWB/25/07", "Write to NHS England on behalf of the Board about access to NHS dentistry for children "
                      "in care.", "Chair of the Board", "31/12/2025", "Red", "Letter drafted; awaiting sign-off."],
        ["HWB/25/08", "Add an item on the Safer Solihull Partnership's serious violence strategy to the Board's "
                      "forward plan.", "Democratic Services Officer", "Ongoing", "Green",
         "Pencilled in for the June 2026 meeting."],
        ["HWB/25/09", "Present the annual report of the Solihull Safeguarding Adults Board to the Board.",
         "SSAB Independent Chair", "Jun-26", "Green", ""],
        ["", "", "", "", "", ""],
        ["Status key: Complete = action closed and will be removed from the log; Green = on track; "
         "Amber = at risk of missing the due date; Red = overdue", "", "", "", "", ""],
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerows(rows)
    with open(out("uc-solihull-health-and-wellbeing-board-action-log.csv"), "w", encoding="utf-8",
              newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 7. Blackpool CSP domestic homicide review 'Nicola' action plan (txt, tab-separated)
# ---------------------------------------------------------------------------
def blackpool():
    T = "\t"
    lines = [
        "Blackpool Community Safety Partnership – Domestic Homicide Review 'Nicola' – Action Plan",
        "Version 4 – updated for the DHR Steering Group, 22 January 2026",
        "",
        T.join(["Recommendation", "Scope of recommendation", "Action to take", "Lead Agency",
                "Key milestones achieved in enacting recommendation", "Target Date",
                "Date of completion and Outcome", "RAG"]),
        "Overview Report Recommendations",
        T.join(["1. Blackpool CSP to assure itself that domestic abuse training for frontline practitioners covers "
                "coercive control, economic abuse and the risks around separation.", "Local",
                "Review the multi-agency domestic abuse training offer so that it includes",
                "Blackpool Council (Community Safety Team)", "Training provider procured",
                "March 2026", "", "Green"]),
        T.join(["", "", "coercive control, economic abuse and post-separation risk.", "", "", "", "", ""]),
        T.join(["", "", "Run a training needs analysis across CSP partner agencies.",
                "Blackpool Council (Community Safety Team)", "Survey issued to 11 agencies", "September 2025",
                "Completed October 2025 – 214 responses analysed", "Complete"]),
        T.join(["2. Blackpool Teaching Hospitals to make sure routine enquiry about domestic abuse is made when a "
                "patient attends the Emergency Department with an injury consistent with assault.", "Local",
                "Add a routine enquiry prompt to the Emergency Department electronic triage record.",
                "Blackpool Teaching Hospitals NHS FT", "Prompt designed and tested", "31/07/2025",
                "Prompt live from 14 July 2025", "Complete"]),
        T.join(["", "", "Share quarterly data on MARAC referrals made by the Emergency Department with the CSP.",
                "Blackpool Teaching Hospitals NHS FT", "First report received November 2025", "Quarterly", "",
                "Green"]),
        T.join(["3. The Home Office to consider how the learning on economic abuse and Universal Credit advance "
                "payments can be shared nationally.", "National",
                "Blackpool CSP Chair to write to the Home Office setting out the learning from this review.",
                "Blackpool CSP Chair", "Letter drafted", "November 2025", "Letter sent 18 November 2025",
                "Complete"]),
        "Single Agency Recommendations",
        T.join(["4. Lancashire Constabulary to make sure DASH risk assessments are completed with the victim in "
                "private at every attended domestic abuse incident.", "Local",
                "Audit 50 domestic abuse incidents each quarter to check the DASH was completed in private.",
                "Lancashire Constabulary (Western Division Public Protection Unit)", "Audit tool agreed",
                "Q1 2026/27", "", "Amber"]),
        T.join(["5. Blackpool Council Housing Options to screen for domestic abuse at the first contact with "
                "every homeless applicant.", "Local",
                "Add a domestic abuse screening question to the homelessness triage form and refer positive "
                "screens to the IDVA service.",
                "Blackpool Council Housing Options / Blackpool Coastal Housing", "Form change requested",
                "30/04/2026", "", "Green"]),
        T.join(["", "", "Train all Housing Options officers in the Domestic Abuse Housing Alliance (DAHA) "
                "standards.", "Head of Housing Options", "", "Jun-26", "", ""]),
        "",
        "Scope: Local = Blackpool; Regional = Lancashire; National = Home Office / government departments.",
    ]
    with open(out("uc-blackpool-csp-dhr-nicola-action-plan.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    southwark()
    plymouth()
    row = leicester()
    print("leicester typo row:", row)
    walsall()
    oxfordshire()
    solihull()
    blackpool()
    print("done")
