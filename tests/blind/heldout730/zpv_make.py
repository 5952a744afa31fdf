"""Build the seven zpv- blind test files (set heldout730).

Run with: /work/main/.venv/bin/python zpv_make.py
Writes next to this script. Only touches files whose names start with "zpv-".
"""
import csv
import io
import os
from datetime import datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zpv-"), name
    return os.path.join(HERE, name)


def d(day, month, year):
    return datetime(year, month, day)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex6):
    return PatternFill("solid", start_color=hex6, end_color=hex6)


RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "0070C0"


# ---------------------------------------------------------------------------
# 1. Soha Housing - internal audit recommendations tracker (xlsx, two sheets)
# ---------------------------------------------------------------------------
def soha():
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = "Soha Housing Limited"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internal Audit Recommendations Tracker"
    ws["A2"].font = Font(bold=True, size=13)
    ws["A3"] = "Audit & Risk Committee – 25 November 2025 – Agenda item 8, Appendix 1"
    ws["A5"] = "Position as at 7 November 2025"
    ws["A5"].font = Font(italic=True)

    ws["A7"] = "Summary of agreed actions on the tracker by audit priority and RAG"
    ws["A7"].font = Font(bold=True)
    hdr = ["Priority", "Red", "Amber", "Green", "Blue", "Total"]
    rows = [
        ["High", 0, 2, 0, 2, 4],
        ["Medium", 1, 1, 2, 0, 4],
        ["Low", 0, 0, 0, 1, 1],
        ["Total", 1, 3, 2, 3, 9],
    ]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(row=8, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = fill("D9D9D9")
        c.border = BOX
    for i, r in enumerate(rows, start=9):
        for j, v in enumerate(r, start=1):
            c = ws.cell(row=i, column=j, value=v)
            c.border = BOX
            if r[0] == "Total":
                c.font = Font(bold=True)

    ws["A15"] = "RAG key (column G of the Tracker sheet)"
    ws["A15"].font = Font(bold=True)
    key = [
        (RED, "Red – overdue: the agreed (or revised) target date has passed"),
        (AMBER, "Amber – at risk of missing the agreed target date"),
        (GREEN, "Green – on track"),
        (BLUE, "Blue – complete; evidence provided and proposed for closure"),
    ]
    for i, (col, text) in enumerate(key, start=16):
        ws.cell(row=i, column=1).fill = fill(col)
        ws.cell(row=i, column=1).border = BOX
        ws.cell(row=i, column=2, value=text)
    ws["A21"] = ("Revised target dates are shown only where the Committee has agreed an extension. "
                 "Actions verified as complete are removed after the Committee has noted them.")
    ws["A21"].font = Font(italic=True, size=9)
    ws.column_dimensions["A"].width = 14
    ws.column_dimensions["B"].width = 12

    t = wb.create_sheet("Tracker")
    widths = [10, 60, 26, 14, 14, 55, 8]
    for j, w in enumerate(widths, start=1):
        t.column_dimensions[get_column_letter(j)].width = w
    t.merge_cells("A1:G1")
    t["A1"] = "Internal Audit Recommendations Tracker – open recommendations"
    t["A1"].font = Font(bold=True, size=13)
    t.merge_cells("A2:G2")
    t["A2"] = ("Internal auditor: Beever and Struthers. Priority (High / Medium / Low) is as graded "
               "in the audit report. RAG key on the Summary sheet.")
    t["A2"].font = Font(italic=True, size=9)
    heads = ["Ref", "Agreed management action", "Action owner", "Original target date",
             "Revised target date", "Progress update – November 2025", "RAG"]
    for j, h in enumerate(heads, start=1):
        c = t.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F4E79")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    t.freeze_panes = "A5"

    items = [
        ("audit", "Damp, Mould and Condensation – report 2024/25-04 (final 14 March 2025) – Reasonable assurance"),
        ("rec", "Recommendation 1 (High): Damp and mould reports should be triaged and inspected within the "
                "timescales in the Damp and Mould Policy, with exceptions reported monthly to the Executive Team."),
        ("act", "DMC1.1", "Introduce a triage field on the repairs system so that every damp and mould report is "
                "categorised (Category 1 hazard / other) at first contact.", "Head of Repairs",
         d(30, 6, 2025), d(30, 9, 2025),
         "Field live on the repairs system from 1 September 2025 and call handlers trained. Internal audit to "
         "verify at Q3 follow-up.", BLUE),
        ("act", "DMC1.2", "Produce a monthly exceptions report of cases not inspected within 10 working days "
                "for the Executive Team.", "Head of Repairs; Performance and Insight Manager",
         d(30, 11, 2025), None,
         "First report went to Executive Team in October 2025; data quality issues on inspection dates still "
         "being resolved.", AMBER),
        ("rec", "Recommendation 2 (Medium): The Association should hold a single record of homes with known "
                "damp and mould issues, linked to the stock condition database."),
        ("act", "DMC2.1", "Add a damp and mould flag to the asset management system and back-populate it from "
                "open and closed cases since April 2023.", "Asset Manager",
         d(30, 9, 2025), d(31, 1, 2026),
         "Flag created. Back-population of historic cases delayed by the asset data migration; revised date "
         "agreed by the Committee in September.", GREEN),
        ("audit", "Rent Arrears and Income Management – report 2024/25-06 (final 2 May 2025) – Limited assurance"),
        ("rec", "Recommendation 1 (High): Arrears cases should be progressed through each stage of the arrears "
                "recovery procedure within the stated timescales, with management checks evidenced."),
        ("act", "RAI1.1", "Reintroduce monthly case file checks by Income Team Leaders (minimum five cases per "
                "officer), with results recorded on the quality assurance log.", "Income Manager",
         d(30, 6, 2025), None,
         "Checks in place since June 2025; results reported monthly to the Head of Customer Services.", BLUE),
        ("rec", "Recommendation 2 (Medium): Former tenant arrears should be reviewed for write-off or referral "
                "to the debt collection agency within 90 days of the tenancy ending."),
        ("act", "RAI2.1", "Clear the backlog of 212 former tenant arrears cases older than 90 days.",
         "Income Manager", d(31, 8, 2025), d(31, 12, 2025),
         "Backlog down to 64 cases at 31 October. Renewal of the agency contract held up referrals in Q2.",
         AMBER),
        ("act", "RAI2.2", "Update the Write-off Policy to set delegated limits and quarterly reporting of "
                "write-offs to the Audit & Risk Committee.", "Director of Finance / Head of Customer Services",
         d(30, 9, 2025), None,
         "Draft policy not yet taken to Executive Team; now scheduled for December.", RED),
        ("audit", "Tenant Satisfaction Measures data assurance – report 2025/26-01 (final 11 July 2025) – "
                  "Substantial assurance"),
        ("rec", "Recommendation 1 (Low): The TSM methodology statement should record how the sample was "
                "weighted and how proxy respondents were treated."),
        ("act", "TSM1.1", "Update the 2025/26 methodology statement before the survey contractor's second wave "
                "begins.", "Customer Insight Lead", d(31, 10, 2025), None,
         "Statement updated and published with the Q2 results.", BLUE),
        ("audit", "Cyber Security – report 2025/26-02 (final 5 September 2025) – Reasonable assurance"),
        ("rec", "Recommendation 1 (High): Multi-factor authentication should be enforced for all remote access, "
                "including contractor and supplier accounts."),
        ("act", "CYB1.1", "Enforce MFA on the remaining 37 contractor accounts and remove the conditional access "
                "exclusion group.", "Head of IT", d(31, 10, 2025), d(30, 11, 2025),
         "31 of 37 accounts enrolled; two contractors are waiting for new devices.", AMBER),
        ("rec", "Recommendation 2 (Medium): Leavers' network and application accounts should be disabled on "
                "their last working day."),
        ("act", "CYB2.1", "Automate the leaver process so that a termination entered in the HR system triggers "
                "account disablement.", "Head of IT, Head of People", d(31, 3, 2026), None,
         "Integration scoped with the HR system supplier; build planned for January 2026.", GREEN),
    ]
    r = 5
    for it in items:
        if it[0] == "audit":
            t.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            c = t.cell(row=r, column=1, value=it[1])
            c.font = Font(bold=True)
            c.fill = fill("BFBFBF")
            c.border = BOX
        elif it[0] == "rec":
            t.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            c = t.cell(row=r, column=1, value=it[1])
            c.font = Font(italic=True)
            c.fill = fill("EDEDED")
            c.alignment = WRAP
            t.row_dimensions[r].height = 30
        else:
            _, ref, action, owner, orig, rev, prog, rag = it
            vals = [ref, action, owner, orig, rev, prog, None]
            for j, v in enumerate(vals, start=1):
                c = t.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, datetime):
                    c.number_format = "dd/mm/yyyy"
            t.cell(row=r, column=7).fill = fill(rag)
        r += 1
    r += 1
    t.cell(row=r, column=1, value="Note: the RAG is shown by cell colour only – see the key on the Summary sheet.")
    t.cell(row=r, column=1).font = Font(italic=True, size=9)
    wb.save(out("zpv-soha-housing-internal-audit-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 2. RZSS - strategic risk register (xlsx, three sheets, vertical merges)
# ---------------------------------------------------------------------------
def rzss():
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = "The Royal Zoological Society of Scotland"
    cv["A1"].font = Font(bold=True, size=14)
    cv["A2"] = "Strategic Risk Register 2025-26"
    cv["A2"].font = Font(bold=True, size=13)
    cv["A3"] = "Scottish Charity SC004064"
    cv["A4"] = "Register owner: Chief Executive. Reviewed quarterly by the Audit & Risk Management Committee (ARMC)."
    cv["A6"] = "Version control"
    cv["A6"].font = Font(bold=True)
    vrows = [
        ("Version", "Date", "Reviewed by", "Changes"),
        ("3.0", d(12, 6, 2025), "ARMC", "Annual refresh; risks aligned to the three strategic goals"),
        ("3.1", d(18, 9, 2025), "Executive Leadership Team", "Q2 update of controls and actions"),
        ("3.2", d(20, 11, 2025), "ARMC", "Q3 update; SR2 and SR3 residual scores increased"),
    ]
    for i, row in enumerate(vrows, start=7):
        for j, v in enumerate(row, start=1):
            c = cv.cell(row=i, column=j, value=v)
            c.border = BOX
            if i == 7:
                c.font = Font(bold=True)
                c.fill = fill("D9D9D9")
            if isinstance(v, datetime):
                c.number_format = "dd/mm/yyyy"
    cv.column_dimensions["A"].width = 12
    cv.column_dimensions["B"].width = 12
    cv.column_dimensions["C"].width = 26
    cv.column_dimensions["D"].width = 60

    ws = wb.create_sheet("Register")
    heads = ["Risk ref & title", "Risk description", "Risk owner", "Inherent score (L×I)",
             "Current controls", "Residual score (L×I)", "Trend", "Action ref",
             "Further action required", "Action lead", "Target date", "Action RAG"]
    widths = [26, 40, 18, 10, 40, 10, 7, 8, 50, 26, 13, 10]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(j)].width = w
    ws.merge_cells("A1:L1")
    ws["A1"] = "RZSS Strategic Risk Register 2025-26 – Q3 update (ARMC, 20 November 2025)"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A2:L2")
    ws["A2"] = ("Scores are Likelihood (1–5) × Impact (1–5); residual score is after current controls. "
                "Action RAG: Green = on track; Amber = some slippage; Red = significantly off track; "
                "Complete = action closed.")
    ws["A2"].font = Font(italic=True, size=9)
    ws["A2"].alignment = WRAP
    ws.row_dimensions[2].height = 28
    for j, h in enumerate(heads, start=1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("385723")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    ws.freeze_panes = "A5"

    goal_fill = fill("E2EFDA")
    register = [
        ("goal", "Strategic Goal 1 – Conservation: reverse the decline of at least 50 species by 2030"),
        ("risk", "SR1 – Animal health, welfare and biosecurity",
         "Failure to maintain high standards of animal health and welfare, or a notifiable disease outbreak "
         "(e.g. avian influenza), leads to animal losses, closure of a site and risk to the zoo licence.",
         "Director of Conservation", "4×5 = 20",
         "Veterinary and welfare governance; biosecurity plans at both sites; avian influenza contingency plan; "
         "zoo licence inspection readiness.", "2×5 = 10", "↔",
         [("SR1.1", "Review the avian influenza contingency plan with APHA and test it through a tabletop "
                    "exercise at both sites.", "Head of Veterinary Services", d(31, 12, 2025), "Green"),
          ("SR1.2", "Recruit a second biosecurity officer for Highland Wildlife Park.",
           "Head of Living Collections; Head of People", "Mar-26", "Amber")]),
        ("risk", "SR2 – Conservation programme funding",
         "Reduction in restricted grant and partner funding means conservation programmes cannot be "
         "sustained at their planned scale.",
         "Director of Conservation", "4×4 = 16",
         "Diversified funder base; programme budgets reviewed quarterly; exit plans for time-limited grants.",
         "3×4 = 12", "↑",
         [("SR2.1", "Agree a pipeline of three multi-year trust and foundation bids for the wildcat and pine "
                    "hoverfly programmes.", "Head of Philanthropy", "Q4 2025/26", "Amber")]),
        ("goal", "Strategic Goal 2 – Engagement: connect people with nature through our two zoos"),
        ("risk", "SR3 – Visitor numbers and income",
         "Visitor numbers at Edinburgh Zoo fall below budget because of weather, cost-of-living pressures or "
         "competition, reducing unrestricted income.",
         "Chief Operating Officer", "4×5 = 20",
         "Dynamic pricing; membership retention programme; events calendar; monthly income forecasting.",
         "3×5 = 15", "↑",
         [("SR3.1", "Deliver the 2026 membership price review and renewal campaign.",
           "Head of Marketing and Membership", d(28, 2, 2026), "Green"),
          ("SR3.2", "Model a downside scenario (visitors 10% below budget) in the 2026 budget and agree cost "
                    "contingencies with the Board.", "Director of Finance", "January 2026", "Green")]),
        ("risk", "SR4 – Major incident",
         "A major incident (e.g. dangerous animal escape, serious injury, fire or cyber attack) threatens human "
         "or animal safety and the Society's reputation.",
         "Chief Executive", "4×5 = 20",
         "Emergency response plans; trained firearms team; annual escape drills; cyber insurance.",
         "2×5 = 10", "↔",
         [("SR4.1", "Run a joint animal escape drill with Police Scotland at Highland Wildlife Park.",
           "Head of Health, Safety and Security", "Sep-25", "Complete")]),
        ("goal", "Enabling – Finance, people and infrastructure"),
        ("risk", "SR5 – Estate condition and capital investment",
         "Ageing buildings and infrastructure at Edinburgh Zoo need investment beyond the capital available, "
         "risking closures and welfare or safety issues.",
         "Chief Operating Officer", "4×4 = 16",
         "Estate condition survey (2024); capital prioritisation by the Finance Committee.",
         "4×4 = 16", "↔",
         [("SR5.1", "Present a 10-year estates masterplan and funding strategy to the Board.",
           "Chief Operating Officer", "Jun-26", "Red"),
          ("SR5.2", "Keep the planned maintenance programme under monthly review at the Executive Leadership "
                    "Team.", "Estates Manager", "Ongoing", "Green")]),
    ]
    ragfill = {"Green": "C6EFCE", "Amber": "FFEB9C", "Red": "FFC7CE", "Complete": "BDD7EE"}
    r = 5
    for it in register:
        if it[0] == "goal":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=12)
            c = ws.cell(row=r, column=1, value=it[1])
            c.font = Font(bold=True)
            c.fill = goal_fill
            c.border = BOX
            r += 1
            continue
        _, title, desc, owner, inh, ctrl, res, trend, acts = it
        n = len(acts)
        for j, v in enumerate([title, desc, owner, inh, ctrl, res, trend], start=1):
            c = ws.cell(row=r, column=j, value=v)
            c.alignment = WRAP
            c.border = BOX
            if j == 1:
                c.font = Font(bold=True)
            if n > 1:
                ws.merge_cells(start_row=r, start_column=j, end_row=r + n - 1, end_column=j)
        for k, (aref, text, lead, due, rag) in enumerate(acts):
            for j, v in enumerate([aref, text, lead, due, rag], start=8):
                c = ws.cell(row=r + k, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(row=r + k, column=12).fill = fill(ragfill[rag])
            ws.row_dimensions[r + k].height = 45
        r += n
    r += 1
    ws.cell(row=r, column=1, value="Risks scoring 15 or more after controls are reported to the Board of "
                                   "Trustees at every meeting.")
    ws.cell(row=r, column=1).font = Font(italic=True, size=9)

    sm = wb.create_sheet("Scoring matrix")
    sm["A1"] = "Risk scoring matrix (Likelihood × Impact)"
    sm["A1"].font = Font(bold=True)
    sm["A2"] = "Impact →"
    for i in range(1, 6):
        sm.cell(row=2, column=i + 1, value=i).font = Font(bold=True)
    for lk in range(5, 0, -1):
        row = 3 + (5 - lk)
        sm.cell(row=row, column=1, value=f"Likelihood {lk}").font = Font(bold=True)
        for im in range(1, 6):
            s = lk * im
            c = sm.cell(row=row, column=im + 1, value=s)
            c.fill = fill("FFC7CE" if s >= 15 else ("FFEB9C" if s >= 8 else "C6EFCE"))
            c.border = BOX
    sm["A9"] = "1–7 Low (green); 8–14 Medium (amber); 15–25 High (red)"
    sm.column_dimensions["A"].width = 14
    wb.save(out("zpv-royal-zoological-society-of-scotland-strategic-risk-register-2025-26.xlsx"))


# ---------------------------------------------------------------------------
# 3. The Conservation Volunteers - board review action plan, Smartsheet export
# ---------------------------------------------------------------------------
def tcv():
    wb = Workbook()
    ws = wb.active
    ws.title = "TCV Board Review Actions 2025"
    heads = ["Action", "Ref", "Assigned To", "Trustee Sponsor", "Start Date", "Due Date", "Status",
             "% Complete", "Latest Update", "Modified"]
    widths = [62, 6, 26, 18, 11, 11, 9, 11, 48, 15]
    for j, (h, w) in enumerate(zip(heads, widths), start=1):
        c = ws.cell(row=1, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = fill("D9D9D9")
        ws.column_dimensions[get_column_letter(j)].width = w
    ws.freeze_panes = "A2"
    # (level, action, ref, assigned, sponsor, start, due, status, pct, update, modified)
    rows = [
        (0, "Principle 2 – Leadership", None, None, None, d(1, 7, 2025), d(31, 1, 2026), None, 0.75, None,
         d(3, 11, 2025)),
        (1, "Agree and publish role descriptions for the Chair and Vice-Chair, including the Vice-Chair's role "
            "in the Chair's annual appraisal.", "2.1", "Rachel Obi", "Chair", d(1, 7, 2025), d(30, 9, 2025),
         "Blue", 1.0, "Approved by the Board on 18 September 2025 and published on the intranet.",
         d(22, 9, 2025)),
        (1, "Introduce an annual appraisal for every trustee, led by the Chair, with outcomes feeding the "
            "skills audit.", "2.2", "Rachel Obi, Fiona McAllister", "Chair", d(1, 9, 2025), d(31, 1, 2026),
         "Green", 0.5, "Appraisal form agreed. Conversations booked for December and January.",
         d(3, 11, 2025)),
        (0, "Principle 4 – Decision-making, risk and control", None, None, None, d(1, 7, 2025), d(31, 3, 2026),
         None, 0.3, None, d(6, 11, 2025)),
        (1, "Revise the Scheme of Delegation so that:\n- decisions above £250k come to the Board\n- contracts "
            "of more than three years come to the Board", "4.1", "Tom Hartley", "Treasurer", d(1, 7, 2025),
         d(31, 12, 2025), "Yellow", 0.4,
         "Draft considered by Finance & Audit Committee in October; legal check of contract thresholds "
         "outstanding.", d(6, 11, 2025)),
        (1, "Refresh the risk appetite statement and hold a Board workshop on the strategic risk register.",
         "4.2", "Tom Hartley", "Chair of Finance & Audit Committee", d(1, 1, 2026), d(31, 3, 2026), None, 0.0,
         None, d(1, 7, 2025)),
        (0, "Principle 5 – Board effectiveness", None, None, None, d(1, 7, 2025), d(31, 3, 2028), None, 0.45,
         None, d(3, 11, 2025)),
        (1, "Move to a shorter, dashboard-style Board pack with a cover sheet stating the decision or assurance "
            "required.", "5.1", "Rachel Obi", "Vice-Chair", d(1, 7, 2025), d(30, 11, 2025), "Green", 0.8,
         "Template trialled for the September Board; final version for the December Board.", d(3, 11, 2025)),
        (1, "Hold an annual Board-only session, without executives present, after the AGM.", "5.2",
         "Fiona McAllister", "Chair", d(1, 10, 2025), d(31, 10, 2025), "Red", 0.0,
         "Not held after the October AGM because of diary clashes – to be rescheduled.", d(3, 11, 2025)),
        (1, "Commission the next external board effectiveness review.", "5.3", "Rachel Obi", "Chair",
         d(1, 10, 2027), d(31, 3, 2028), None, 0.0, None, d(1, 7, 2025)),
        (0, "Principle 6 – Equality, diversity and inclusion", None, None, None, d(1, 7, 2025), d(31, 7, 2026),
         None, 0.35, None, d(5, 11, 2025)),
        (1, "Run the trustee recruitment campaign using the new EDI advertising plan, aiming to appoint two "
            "trustees with lived experience of the communities TCV works with.", "6.1",
         "Fiona McAllister, Rachel Obi", "Chair of Nominations Committee", d(1, 9, 2025), d(28, 2, 2026),
         "Green", 0.5, "Advert placed with three community networks; shortlisting in January.",
         d(5, 11, 2025)),
        (1, "Publish the Board's diversity data and EDI objectives in the Trustees' Annual Report.", "6.2",
         "Rachel Obi", "Chair of Nominations Committee", d(1, 4, 2026), d(31, 7, 2026), None, 0.0, None,
         d(1, 7, 2025)),
    ]
    for i, row in enumerate(rows, start=2):
        level = row[0]
        vals = list(row[1:])
        for j, v in enumerate(vals, start=1):
            c = ws.cell(row=i, column=j, value=v)
            if isinstance(v, datetime):
                c.number_format = "dd/mm/yy"
            if j == 8 and v is not None:
                c.number_format = "0%"
            if j == 1:
                c.alignment = Alignment(indent=2 * level, wrap_text=True, vertical="top")
            else:
                c.alignment = Alignment(vertical="top", wrap_text=(j in (3, 9)))
            if level == 0:
                c.font = Font(bold=True)
    wb.save(out("zpv-the-conservation-volunteers-board-effectiveness-review-action-plan-smartsheet-export.xlsx"))


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


def set_text(cell, text, bold=False, size=None, italic=False):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.italic = italic
    if size:
        run.font.size = Pt(size)
    return p


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def landscape(document):
    s = document.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.8)
    s.top_margin = s.bottom_margin = Cm(1.8)


# ---------------------------------------------------------------------------
# 4. Northern Ireland Fishery Harbour Authority - NIAO RTTCWG action plan (docx)
# ---------------------------------------------------------------------------
def nifha():
    doc = docx.Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_paragraph("Northern Ireland Fishery Harbour Authority", style="Title")
    doc.add_heading("Report to Those Charged with Governance 2024-25: Management Action Plan", level=1)
    doc.add_paragraph("Audit and Risk Assurance Committee – 4 December 2025 – Paper ARAC 25/31")

    doc.add_heading("Document control", level=2)
    dc = doc.add_table(rows=3, cols=4)
    dc.style = "Table Grid"
    for j, h in enumerate(["Version", "Date", "Author", "Purpose"]):
        set_text(dc.cell(0, j), h, bold=True)
        shade(dc.cell(0, j), "D9D9D9")
    for i, row in enumerate([("0.1", "03/11/2025", "Head of Finance and Corporate Services", "Draft for SMT"),
                             ("1.0", "20/11/2025", "Head of Finance and Corporate Services", "For ARAC")],
                            start=1):
        for j, v in enumerate(row):
            set_text(dc.cell(i, j), v)

    doc.add_paragraph(
        "The Northern Ireland Audit Office (NIAO) issued its Report to Those Charged with Governance on the "
        "2024-25 financial statements on 18 September 2025. The report made four recommendations. The "
        "management responses agreed with NIAO are set out below, with progress at 20 November 2025.")

    doc.add_heading("Priority ratings and status key", level=2)
    key = doc.add_table(rows=8, cols=2)
    key.style = "Table Grid"
    keyrows = [
        ("Priority 1", "Significant issues for the attention of senior management which may have the potential "
                       "to result in material weakness in internal control."),
        ("Priority 2", "Important issues to be addressed by management in their areas of responsibility."),
        ("Priority 3", "Issues of a more minor nature which represent best practice."),
        ("Status", "Meaning"),
        ("B", "Implemented"),
        ("G", "On track to meet the target date"),
        ("A", "Target date at risk"),
        ("R", "Target date missed"),
    ]
    colours = {"B": "9DC3E6", "G": "A9D08E", "A": "FFD966", "R": "FF7C80"}
    for i, (a, b) in enumerate(keyrows):
        set_text(key.cell(i, 0), a, bold=(i == 3 or i < 3))
        set_text(key.cell(i, 1), b, bold=(i == 3))
        if a in colours:
            shade(key.cell(i, 0), colours[a])
        if i == 3:
            shade(key.cell(i, 0), "D9D9D9")
            shade(key.cell(i, 1), "D9D9D9")

    findings = [
        ("1. Capital projects – approval of contract variations (Priority 1)",
         "Recommendation: NIFHA should ensure that all contract variations on capital works are approved before "
         "the work is instructed, in line with the delegated limits in its Management Statement and Financial "
         "Memorandum, and that any retrospective approval is reported to the Audit and Risk Assurance Committee.",
         [("1.1", "Issue revised capital project procedures requiring a signed variation form, approved at the "
                  "correct delegated level, before any instruction is given to the contractor.",
           "Head of Estates and Engineering", "31 October 2025", "B",
           "Procedures issued on 14 October 2025 and briefed to all project managers."),
          ("1.2", "Report all variations above £10,000, and any retrospective approval, to each meeting of the "
                  "Audit and Risk Assurance Committee.", "Chief Executive", "December 2025", "G",
           "First report is included at item 6 of this meeting.")]),
        ("2. Fixed asset register – harbour infrastructure (Priority 2)",
         "Recommendation: NIFHA should reconcile the fixed asset register to the physical assets at Ardglass, "
         "Kilkeel and Portavogie and remove items that have been disposed of or are no longer in use.",
         [("2.1", "Complete a physical verification of harbour infrastructure assets at all three harbours.",
           "Harbour Master, Kilkeel / Finance Manager", "31/01/2026", "A",
           "Ardglass and Portavogie verified. Kilkeel delayed by the quay wall repairs."),
          ("2.2", "Remove the disposed ice plant at Portavogie from the register and adjust the net book value.",
           "Finance Manager", "30 November 2025", "G", "Journal prepared; awaiting approval.")]),
        ("3. Payroll – authorisation of overtime (Priority 2)",
         "Recommendation: Overtime claims should be authorised by the line manager before payment and checked "
         "against harbour duty rosters.",
         [("3.1", "Introduce an electronic overtime claim form with line manager approval before submission to "
                  "payroll, and a monthly check against duty rosters.", "Head of Finance and Corporate Services",
           "Q4 2025-26", "G", "Form designed; pilot at Kilkeel from January 2026.")]),
        ("4. Board members' declarations of interest (Priority 3)",
         "Recommendation: The register of Board members' interests should be updated annually and published on "
         "the NIFHA website.",
         [("4.1", "Obtain updated declarations from all Board members and publish the register on the website.",
           "Board Secretary", "30 September 2025", "B", "Register published on 26 September 2025."),
          ("4.2", "Include declarations of interest as a standing item on every Board and committee agenda.",
           "Board Secretary", "Ongoing", "G", "In place from the October Board meeting.")]),
    ]
    for heading, rec, acts in findings:
        doc.add_heading(heading, level=2)
        tbl = doc.add_table(rows=2 + len(acts), cols=6)
        tbl.style = "Table Grid"
        top = tbl.cell(0, 0).merge(tbl.cell(0, 5))
        set_text(top, rec, italic=True)
        shade(top, "F2F2F2")
        for j, h in enumerate(["Ref", "Agreed action", "Responsible officer", "Target date", "Status",
                               "Progress at November 2025"]):
            set_text(tbl.cell(1, j), h, bold=True)
            shade(tbl.cell(1, j), "D9D9D9")
        for i, (ref, act, who, when, status, prog) in enumerate(acts, start=2):
            for j, v in enumerate([ref, act, who, when, status, prog]):
                set_text(tbl.cell(i, j), v)
            shade(tbl.cell(i, 4), colours[status])
        widths = [Cm(1.2), Cm(8.5), Cm(4.0), Cm(2.8), Cm(1.5), Cm(6.5)]
        for row in tbl.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = w
        doc.add_paragraph("")

    doc.add_heading("Sign-off", level=2)
    so = doc.add_table(rows=2, cols=3)
    so.style = "Table Grid"
    for j, h in enumerate(["Role", "Name", "Date"]):
        set_text(so.cell(0, j), h, bold=True)
    for j, v in enumerate(["Chief Executive (Accounting Officer)", "", ""]):
        set_text(so.cell(1, j), v)
    doc.save(out("zpv-northern-ireland-fishery-harbour-authority-niao-rttcwg-management-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Poole Harbour Commissioners - Ports Good Governance Guidance action plan (docx)
# ---------------------------------------------------------------------------
def phc():
    doc = docx.Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("POOLE HARBOUR COMMISSIONERS")
    r.bold = True
    r.font.size = Pt(16)
    r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    doc.add_heading("Ports Good Governance Guidance: Compliance Review 2025 – Action Plan", level=1)
    doc.add_paragraph("Board of Commissioners – 25 September 2025 – Item 9")

    doc.add_heading("Background", level=2)
    doc.add_paragraph(
        "As a trust port, Poole Harbour Commissioners (PHC) is expected to follow the Department for Transport's "
        "Ports Good Governance Guidance (March 2018). The Board commissioned an independent review of PHC's "
        "governance against the Guidance, which reported in June 2025. The review found PHC broadly compliant "
        "and identified areas for improvement. The actions below respond to those areas; progress will be "
        "reported to the Audit & Risk Committee each quarter.")

    doc.add_heading("RAG key", level=2)
    key = doc.add_table(rows=3, cols=2)
    key.style = "Table Grid"
    for i, (w, m, col) in enumerate([("Green", "Action complete", "92D050"),
                                     ("Amber", "In progress and on target", "FFC000"),
                                     ("Red", "Behind target or not yet started", "FF0000")]):
        set_text(key.cell(i, 0), w, bold=True)
        shade(key.cell(i, 0), col)
        set_text(key.cell(i, 1), m)

    doc.add_heading("Action plan", level=2)
    sections = [
        ("A. Board composition, appointments and effectiveness", [
            ("1", "Carry out a Board skills matrix review and use it to set the person specification for the two "
                  "Commissioner vacancies arising in 2026.", "Chair / Board Secretary", "December 2025",
             "Skills matrix completed; vacancies to be advertised in January.", "Amber"),
            ("2", "Publish Commissioners' register of interests and meeting attendance record on the PHC website.",
             "Board Secretary", "July 2025", "Published 14 July 2025.", "Green"),
            ("3", "Introduce an annual appraisal of the Chair, led by the Senior Independent Commissioner.",
             "Senior Independent Commissioner", "March 2026", "", "Red"),
        ]),
        ("B. Accountability, transparency and stakeholder engagement", [
            ("4", "Hold the Annual Public Meeting with the annual report and papers published at least 14 days "
                  "beforehand.", "Chief Executive", "November 2025",
             "Date set for 20 November 2025; notice published.", "Amber"),
            ("5", "Refresh the Harbour Users' Group terms of reference so that leisure, commercial fishing and "
                  "environmental interests are all represented.", "Harbour Master", "Q3 2025/26",
             "Draft terms of reference shared with the Group in August.", "Amber"),
            ("6", "Publish a stakeholder benefit statement alongside the annual report, explaining how surpluses "
                  "have been reinvested in the harbour.", "Chief Executive and Finance Director", "June 2026",
             "", "Amber"),
        ]),
        ("C. Financial management and audit", [
            ("7", "Establish an Audit & Risk Committee of at least three Commissioners, chaired by a Commissioner "
                  "with recent and relevant financial experience.", "Chair", "September 2025",
             "Committee established; first meeting held 9 September 2025.", "Green"),
            ("8", "Adopt a formal reserves policy covering the use of surpluses, to be reviewed annually.",
             "Finance Director", "March 2026", "Draft to the Audit & Risk Committee in December.", "Amber"),
        ]),
        ("D. Marine safety and the Port Marine Safety Code", [
            ("9", "Confirm in writing the Board's role as Duty Holder and receive a briefing from the Designated "
                  "Person each year.", "Harbour Master", "Annually",
             "Briefing given on 25 September 2025; now on the Board forward plan.", "Green"),
            ("10", "Commission an external Port Marine Safety Code health check before the next compliance "
                   "statement to the MCA.", "Harbour Master; Designated Person", "Feb 2026",
             "Quotes being sought.", "Amber"),
        ]),
    ]
    nrows = 1 + sum(1 + len(a) for _, a in sections)
    tbl = doc.add_table(rows=nrows, cols=6)
    tbl.style = "Table Grid"
    heads = ["No.", "Action", "Lead", "Target date", "Progress (September 2025)", "RAG"]
    for j, h in enumerate(heads):
        set_text(tbl.cell(0, j), h, bold=True)
        shade(tbl.cell(0, j), "1F3A5F")
        tbl.cell(0, j).paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    repeat_header(tbl.rows[0])
    ragcol = {"Green": "92D050", "Amber": "FFC000", "Red": "FF0000"}
    i = 1
    for title, acts in sections:
        c = tbl.cell(i, 0).merge(tbl.cell(i, 5))
        set_text(c, title, bold=True)
        shade(c, "DDEBF7")
        i += 1
        for no, act, lead, when, prog, rag in acts:
            for j, v in enumerate([no, act, lead, when, prog, rag]):
                set_text(tbl.cell(i, j), v)
            shade(tbl.cell(i, 5), ragcol[rag])
            i += 1
    widths = [Cm(1.1), Cm(9.5), Cm(4.2), Cm(2.8), Cm(6.0), Cm(1.6)]
    for row in tbl.rows:
        for j, w in enumerate(widths):
            try:
                row.cells[j].width = w
            except IndexError:
                pass
    doc.add_paragraph("")
    doc.add_paragraph("Approved by the Board of Commissioners on 25 September 2025. Next progress report: "
                      "Audit & Risk Committee, December 2025.")
    doc.save(out("zpv-poole-harbour-commissioners-ports-good-governance-guidance-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Whaley Bridge Town Council - action log, SharePoint list CSV export (refuse)
# ---------------------------------------------------------------------------
def whaley():
    header = ["Title", "Minute Ref", "Meeting", "Assigned To", "Target Date", "RAG Status", "Progress Notes",
              "Item Type", "Path"]
    path = "sites/WhaleyBridgeTC/Lists/Council Action Log"
    rows = [
        ["Obtain three quotes for replacing the safety surfacing at the Memorial Park play area", "FC 25/041",
         "Full Council 12/05/2025", "Town Clerk", "July 2025", "Complete",
         "Quotes obtained; contract awarded at Full Council 14/07/2025 (min FC 25/067).", "Item", path],
        ["Review the Financial Regulations against the 2025 NALC model and report to F&GP", "FGP 25/019",
         "Finance & General Purposes 02/06/2025", "RFO", "September 2025", "Complete",
         "Revised Financial Regulations adopted 08/09/2025.", "Item", path],
        ["Complete a data protection impact assessment and order signage for the Mechanics Institute CCTV",
         "FGP 25/023", "Finance & General Purposes 02/06/2025", "Deputy Clerk", "Oct 2025", "Amber",
         "DPIA drafted; signage ordered but not yet fitted.", "Item", path],
        ["Update the asset register for the bus shelters transferred from High Peak Borough Council",
         "FGP 25/024", "Finance & General Purposes 02/06/2025", "RFO", "30/11/2025", "Green",
         "Transfer documents received; valuations at nominal £1 each.", "Item", path],
        ["Seek a second quote for the replacement noticeboard at Horwich End", "FC 25/058",
         "Full Council 14/07/2025", "Deputy Clerk", "Sept 2025", "Red",
         "Only one supplier has responded; chase again.", "Item", path],
        ["Prepare options for the 2026/27 precept, including a Christmas lights reserve", "FGP 25/031",
         "Finance & General Purposes 08/09/2025", "RFO; Cllr D Lomas", "Febuary 2026", "Green",
         "Budget working group meets 4 November.", "Item", path],
        ["Agree the Remembrance Sunday road closure with Derbyshire County Council and the Royal British Legion",
         "FC 25/072", "Full Council 08/09/2025", "Town Clerk", "November 2025", "Green",
         "Temporary traffic order applied for.", "Item", path],
        ["Publish the revised Standing Orders and Code of Conduct on the council website", "FC 25/074",
         "Full Council 08/09/2025", "Town Clerk", "October 2025", "Complete", "Published 15/09/2025.", "Item",
         path],
        ["Report back on options for extending the Horwich End allotments waiting list scheme", "FC 25/079",
         "Full Council 13/10/2025", "Town Clerk; Cllr J Hartley", "January 2026", "Green", "", "Item", path],
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(header)
    for r in rows:
        w.writerow(r)
    with open(out("zpv-whaley-bridge-town-council-action-log-2025-26-typo-month-refuse.csv"), "w",
              encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 7. Creative Scotland - Multi-Year Funding programme highlight report (txt)
# ---------------------------------------------------------------------------
def creative_scotland():
    T = "\t"
    lines = [
        "CREATIVE SCOTLAND",
        "Multi-Year Funding Programme – Highlight Report",
        "Report no. 9" + T + "Reporting period: 1–31 October 2025",
        "Prepared for: Multi-Year Funding Programme Board, 12 November 2025",
        "Senior Responsible Owner: Director of Arts & Engagement",
        "Programme Manager: Head of Multi-Year Funding",
        "",
        "1. OVERALL STATUS",
        T.join(["", "Previous", "Current"]),
        T.join(["Overall", "Amber", "Amber"]),
        T.join(["Schedule", "Amber", "Amber"]),
        T.join(["Budget", "Green", "Green"]),
        T.join(["Resources", "Amber", "Green"]),
        T.join(["Benefits", "Green", "Green"]),
        "",
        "Summary: Payments to all 251 Multi-Year Funded organisations are up to date. The annual monitoring "
        "return is running about six weeks late because of accessibility fixes to the online portal, and the "
        "2026/27 funding position still depends on the Scottish Budget.",
        "",
        "2. PROGRESS THIS PERIOD",
        "- Parallel run of grant payments on the new finance system completed.",
        "- Fair Work First guidance for funded organisations published on 29 September.",
        "- 112 baseline carbon management plans received.",
        "",
        "3. KEY ACTIONS AND MILESTONES",
        "Baseline = date agreed by the Programme Board in January 2025; Forecast = current expected date.",
        "RAG: Green = on track; Amber = at risk but recoverable; Red = off track; Complete = delivered.",
        "",
        T.join(["Ref", "Action / milestone", "Owner", "Baseline", "Forecast", "Prev RAG", "RAG", "Comment"]),
        "",
        "Workstream 1: Funding agreements and payments",
        T.join(["1.1", "Issue 2026/27 funding agreements to all Multi-Year Funded organisations",
                "Head of Multi-Year Funding", "31/01/2026", "31/01/2026", "Green", "Green",
                "Templates agreed with Legal."]),
        T.join(["1.2", "Move quarterly grant payments onto the new finance system payment run",
                "Head of Finance / Grants Operations Manager", "30/09/2025", "30/11/2025", "Amber", "Amber",
                "Parallel run completed in October; cutover planned for the November payment."]),
        T.join(["1.3", "Confirm 2026/27 funding levels for organisations awarded less than they requested",
                "Director of Arts & Engagement", "Feb 2026", "Mar 2026", "Amber", "Red",
                "Depends on the Scottish Budget; draft budget now expected in January."]),
        "",
        "Workstream 2: Monitoring and relationship management",
        T.join(["2.1", "Allocate a named Relationship Manager to every funded organisation",
                "Head of Multi-Year Funding", "30/06/2025", "30/06/2025", "Green", "Complete",
                "All 251 organisations allocated."]),
        T.join(["2.2", "Launch the annual monitoring return in the online funding portal",
                "Head of Digital Services", "31/10/2025", "15/12/2025", "Amber", "Amber",
                "Form built; accessibility testing found issues with the upload step."]),
        T.join(["2.3", "Agree the risk-based approach for organisations rated 'of concern'",
                "Head of Multi-Year Funding; Head of Risk and Assurance", "31/12/2025", "31/12/2025", "Green",
                "Green", "Draft paper at item 4 of today's agenda."]),
        "",
        "Workstream 3: Fair Work and environmental sustainability conditions",
        T.join(["3.1", "Publish guidance on the Fair Work First conditions for funded organisations",
                "Head of Fair Work", "31/08/2025", "30/09/2025", "Amber", "Complete",
                "Published 29 September 2025."]),
        T.join(["3.2", "Collect a baseline carbon management plan from every funded organisation",
                "Environmental Sustainability Manager", "31/03/2026", "31/03/2026", "Green", "Green",
                "112 of 251 received."]),
        T.join(["3.3", "Agree how to respond where an organisation does not meet the Fair Work conditions at the "
                       "first annual review", "Head of Fair Work / Head of Multi-Year Funding", "Q4 2025/26",
                "Q1 2026/27", "Green", "Amber",
                "Options paper needs legal advice on conditions of grant."]),
        "",
        "4. TOP RISKS",
        T.join(["Ref", "Risk", "Owner", "Score", "Mitigation"]),
        T.join(["R03", "Scottish Budget settlement for 2026/27 is lower than planned", "Chief Executive", "16",
                "Scenario modelling shared with Scottish Government officials"]),
        T.join(["R07", "Portal delays reduce the quality of first-year monitoring data", "Head of Digital Services",
                "12", "Offline template available as a fallback"]),
        "",
        "5. DECISIONS REQUESTED",
        "The Board is asked to:",
        "a) approve the revised forecast for the monitoring return (action 2.2);",
        "b) note the risk to action 1.3 and the dependency on the Scottish Budget.",
        "",
        "Next report: Programme Board, 10 December 2025",
    ]
    with open(out("zpv-creative-scotland-multi-year-funding-programme-highlight-report.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    soha()
    rzss()
    tcv()
    nifha()
    phc()
    whaley()
    creative_scotland()
    print("written:", sorted(n for n in os.listdir(HERE) if n.startswith("zpv-")))
