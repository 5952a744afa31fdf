"""Build the seven zez- blind test files (set heldout810).

Run with /work/main/.venv/bin/python zez_make.py  (writes next to this script).
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor
from docx.enum.section import WD_ORIENT

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "00B0F0"
RAGFILL = {"red": RED, "amber": AMBER, "green": GREEN, "blue": BLUE}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def D(y, m, d):
    return dt.datetime(y, m, d)


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def path(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------------------
# 1. WICS - ARC internal audit recommendations tracker (xlsx, 3 sheets)
# ---------------------------------------------------------------------------
WICS_FILE = "zez-water-industry-commission-for-scotland-arc-internal-audit-recommendations-tracker.xlsx"
WICS_GOV = "Review of Governance Arrangements – report issued June 2024 (Limited assurance)"
WICS_FIN = "Review of Financial Management Arrangements – report issued June 2024 (Limited assurance)"
WICS_PRO = "Procurement and Contract Management – report issued March 2025 (Reasonable assurance)"

# each recommendation: (rec id, rec text, priority, [actions])
# action: (ref, text, owner cell, original date, revised date, status word, progress)
WICS_OPEN = [
    (WICS_GOV, [
        ("G2", "The Commission should refresh its Scheme of Delegation so that financial and non-financial "
               "delegations to the Chief Executive and Directors are clearly set out, approved by the Board "
               "and reviewed annually.", "High", [
            ("G2.1", "Draft a revised Scheme of Delegation, benchmarked against the Scottish Public Finance "
                     "Manual, for Board approval.", "Board Secretary", D(2025, 3, 31), D(2025, 9, 30),
             "Complete", "Revised Scheme of Delegation approved by the Board on 24 September 2025. Evidence "
                         "provided to Internal Audit on 3 October 2025. Proposed for closure."),
            ("G2.2", "Add an annual review of the Scheme of Delegation to the Board's forward work plan, with "
                     "the first review reported to the Audit and Risk Committee.", "Board Secretary",
             D(2025, 6, 30), "Q4 2025/26", "On track",
             "Included in the 2026 Board forward plan; first review scheduled for the March 2026 ARC."),
        ]),
        ("G4", "Registers of interests and of gifts and hospitality should be maintained centrally, updated at "
               "least annually and published on the Commission's website.", "Medium", [
            ("G4.1", "Move the registers of interests and of gifts and hospitality to a single SharePoint "
                     "register owned by the Governance team, with six-monthly reminders to Board members and "
                     "staff.", "Head of Governance and Risk", D(2025, 3, 31), D(2026, 1, 31), "Revised date",
             "Board members' register published in August 2025. Staff register migration delayed by the "
             "SharePoint rebuild; revised date requested."),
        ]),
        ("G7", "The Board should commission an external review of its effectiveness, in line with On Board "
               "guidance, and agree an action plan in response.", "Medium", [
            ("G7.1", "Procure an externally facilitated Board effectiveness review to take place once the "
                     "permanent Chair and new Board members are in post.", "Interim Chair / Board Secretary",
             D(2025, 3, 31), D(2026, 6, 30), "Revised date",
             "Public appointments round for the Chair and members is under way; review to follow "
             "appointments."),
        ]),
    ]),
    (WICS_FIN, [
        ("F1", "All expenditure, including expenses and corporate credit card spend, should be approved in line "
               "with the Financial Procedures, with no individual approving their own expenditure.", "High", [
            ("F1.1", "Update the Financial Procedures and expenses policy to prohibit self-approval and to "
                     "require the Chair to approve the Chief Executive's expenses.",
             "Director of Corporate Services", D(2024, 9, 30), None, "Complete",
             "Policy approved by ARC in September 2024; compliance confirmed by Internal Audit follow-up "
             "testing in October 2025."),
            ("F1.2", "Configure the finance system so that purchase orders and card transactions cannot be "
                     "approved by the person who raised them.", "Head of Finance", D(2024, 12, 31),
             D(2025, 10, 31), "Overdue",
             "System change tested in September. Go-live delayed by the supplier's release schedule; a new "
             "date will be proposed to the Committee."),
        ]),
        ("F3", "Management should introduce monthly reporting of budget against actual spend to the Leadership "
               "Team, with quarterly reporting to the Board.", "Medium", [
            ("F3.1", "Introduce a monthly management accounts pack for the Leadership Team and a quarterly "
                     "finance report to the Board.", "Head of Finance", D(2025, 12, 31), None, "On track",
             "Monthly pack in place since July 2025. First quarterly Board report due in December."),
        ]),
    ]),
    (WICS_PRO, [
        ("P1", "A contracts register should be maintained and used to plan re-procurement at least six months "
               "before contracts expire.", "Medium", [
            ("P1.1", "Establish a contracts register covering all contracts over £10,000, with quarterly "
                     "review by the Leadership Team.", "Procurement Manager", D(2025, 9, 30), None,
             "Complete", "Register live from 1 August 2025 and reviewed by the Leadership Team on 16 September "
                         "2025."),
        ]),
        ("P2", "Single-source justifications should be approved by the Accountable Officer and reported to the "
               "Audit and Risk Committee.", "Low", [
            ("P2.1", "Report all approved single-source justifications to each Audit and Risk Committee "
                     "meeting.", "Procurement Manager; Director of Corporate Services", D(2025, 12, 31), None,
             "On track", "Standing item added to the ARC agenda from December 2025."),
        ]),
    ]),
]

WICS_CLOSED = [
    (WICS_GOV, [
        ("G1", "The Commission should agree and publish a Framework Document with the Scottish Government "
               "setting out respective roles and responsibilities.", "High", [
            ("G1.1", "Agree an updated Framework Document with the sponsor team and publish it on the "
                     "Commission's website.", "Interim Chief Executive", D(2025, 3, 31), None, "Complete",
             "Framework Document signed 26 September 2025 and published on wics.scot."),
        ]),
    ]),
    (WICS_FIN, [
        ("F5", "Month-end bank reconciliations should be independently reviewed and signed off within 10 "
               "working days.", "Medium", [
            ("F5.1", "Introduce independent review and sign-off of bank reconciliations by the Head of "
                     "Finance.", "Finance Manager", D(2024, 12, 31), None, "Complete",
             "Sample of six months' reconciliations tested by Internal Audit in September 2025 – no "
             "exceptions."),
        ]),
    ]),
]

WICS_STATUS_FILL = {"Complete": BLUE, "On track": GREEN, "Revised date": AMBER, "Overdue": RED}
WICS_STATUS_RAG = {"Complete": "blue", "On track": "green", "Revised date": "amber", "Overdue": "red"}
WICS_TITLE = "Internal Audit Recommendations Tracker"


def wics_lead(cell):
    return [p.strip() for p in cell.replace(";", "/").split("/")]


def wics_end(orig, rev):
    v = rev if rev is not None else orig
    if isinstance(v, dt.datetime):
        return v.strftime("%Y-%m"), None
    return {"Q4 2025/26": "2026-03"}[v], v


def wics_actions():
    out = []
    for sheet in (WICS_OPEN, WICS_CLOSED):
        for section, recs in sheet:
            for rid, rtext, prio, acts in recs:
                for ref, text, owner, orig, rev, st, prog in acts:
                    end, end_text = wics_end(orig, rev)
                    out.append(dict(ref=ref, under=[section, rtext], action=text, lead=wics_lead(owner),
                                    end=end, end_text=end_text, status=WICS_STATUS_RAG[st]))
    return out


def build_wics():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = WICS_TITLE
    ws["A1"].font = Font(bold=True, size=16, color="1F3864")
    ws["A2"] = "Water Industry Commission for Scotland – Audit and Risk Committee, 2 December 2025"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Paper ARC 25/41 (Agenda item 6)"
    rows = [
        ("Purpose", "To update the Committee on progress in implementing recommendations made by Internal "
                    "Audit (Grant Thornton UK LLP) and to seek approval for revised target dates where "
                    "requested."),
        ("Author", "Head of Governance and Risk"),
        ("Position at", D(2025, 11, 14)),
        ("Recommendation", "The Committee is asked to note progress, approve the revised dates shown for G4.1 "
                           "and G7.1, and approve closure of the actions marked Complete."),
    ]
    r = 5
    for k, v in rows:
        ws.cell(r, 1, k).font = Font(bold=True)
        c = ws.cell(r, 2, v)
        c.alignment = WRAP
        if isinstance(v, dt.datetime):
            c.number_format = "dd/mm/yyyy"
            c.alignment = Alignment(horizontal="left")
        r += 1
    r += 1
    ws.cell(r, 1, "Status key").font = Font(bold=True)
    r += 1
    for word, desc in [("Complete", "Action implemented; evidence reviewed by Internal Audit"),
                       ("On track", "Action in progress and expected to meet its target date"),
                       ("Revised date", "Target date revised with Committee approval; action in progress"),
                       ("Overdue", "Target date passed and no revised date approved")]:
        c = ws.cell(r, 1, word)
        c.fill = fill(WICS_STATUS_FILL[word])
        c.border = BOX
        ws.cell(r, 2, desc).border = BOX
        r += 1
    r += 1
    ws.cell(r, 1, "Priority").font = Font(bold=True)
    r += 1
    for word, desc in [("High", "Serious risk exposure or weakness requiring urgent consideration"),
                       ("Medium", "Moderate risk exposure or weakness with need to improve related controls"),
                       ("Low", "Relatively minor or housekeeping issue")]:
        ws.cell(r, 1, word).border = BOX
        ws.cell(r, 2, desc).border = BOX
        r += 1
    ws.column_dimensions["A"].width = 18
    ws.column_dimensions["B"].width = 95

    # Summary sheet
    ss = wb.create_sheet("Summary")
    ss["A1"] = "Summary of open actions at 14 November 2025"
    ss["A1"].font = Font(bold=True, size=13)
    hdr = ["Audit report", "Assurance", "Actions", "Complete", "On track", "Revised date", "Overdue"]
    for i, h in enumerate(hdr, 1):
        c = ss.cell(3, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.border = BOX
    r = 4
    tot = [0, 0, 0, 0, 0]
    for (section, recs), (name, ass) in zip(WICS_OPEN, [("Review of Governance Arrangements (June 2024)", "Limited"),
                                                      ("Review of Financial Management Arrangements (June 2024)", "Limited"),
                                                      ("Procurement and Contract Management (March 2025)", "Reasonable")]):
        sts = [a[5] for _, _, _, acts in recs for a in acts]
        counts = [len(sts)] + [sts.count(w) for w in ("Complete", "On track", "Revised date", "Overdue")]
        tot = [a + b for a, b in zip(tot, counts)]
        for i, v in enumerate([name, ass] + counts, 1):
            ss.cell(r, i, v).border = BOX
        r += 1
    for i, v in enumerate(["Total", ""] + tot, 1):
        c = ss.cell(r, i, v)
        c.font = Font(bold=True)
        c.border = BOX
    ss.column_dimensions["A"].width = 55
    ss.column_dimensions["B"].width = 13
    for col in "CDEFG":
        ss.column_dimensions[col].width = 12

    def tracker(ws, title, subtitle, data, date_hdrs):
        ws["A1"] = title
        ws["A1"].font = Font(bold=True, size=13, color="1F3864")
        ws["A2"] = subtitle
        ws["A2"].font = Font(italic=True)
        hdr = ["Rec", "Recommendation", "Priority", "Action ref", "Agreed management action", "Action owner",
               date_hdrs[0], date_hdrs[1], "Status", date_hdrs[2]]
        for i, h in enumerate(hdr, 1):
            c = ws.cell(4, i, h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill("1F3864")
            c.alignment = Alignment(wrap_text=True, vertical="center")
            c.border = BOX
        r = 5
        for section, recs in data:
            ws.cell(r, 1, section).font = Font(bold=True)
            ws.cell(r, 1).fill = fill("D9E1F2")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
            r += 1
            for rid, rtext, prio, acts in recs:
                first = r
                for ref, text, owner, orig, rev, st, prog in acts:
                    vals = [None, None, None, ref, text, owner, orig, rev, st, prog]
                    for i, v in enumerate(vals, 1):
                        c = ws.cell(r, i)
                        if v is not None:
                            c.value = v
                        c.alignment = WRAP
                        c.border = BOX
                        if isinstance(v, dt.datetime):
                            c.number_format = "dd/mm/yyyy"
                    ws.cell(r, 9).fill = fill(WICS_STATUS_FILL[st])
                    r += 1
                for i, v in enumerate([rid, rtext, prio], 1):
                    c = ws.cell(first, i, v)
                    c.alignment = WRAP
                    c.border = BOX
                    if r - first > 1:
                        ws.merge_cells(start_row=first, start_column=i, end_row=r - 1, end_column=i)
        widths = [7, 45, 9, 8, 45, 24, 12, 12, 12, 45]
        for i, w in enumerate(widths, 1):
            ws.column_dimensions[get_column_letter(i)].width = w
        ws.freeze_panes = "A5"
        return r

    ws2 = wb.create_sheet("Open recommendations")
    tracker(ws2, "Internal Audit Recommendations Tracker – open recommendations", "Position at 14 November 2025",
            WICS_OPEN, ("Original target date", "Revised target date", "Progress update – November 2025"))
    ws3 = wb.create_sheet("Closed since last ARC")
    closed = [(s, [(rid, rt, p, [(a[0], a[1], a[2], a[3], None, a[5], a[6]) for a in acts])
                   for rid, rt, p, acts in recs]) for s, recs in WICS_CLOSED]
    rr = tracker(ws3, "Recommendations closed since the Committee's meeting on 9 September 2025",
                 "Closure confirmed by Internal Audit follow-up", closed,
                 ("Target date", "Revised target date", "Evidence of closure"))
    ws3.cell(rr + 1, 1, "Closed actions are removed from the tracker after they have been reported to the "
                        "Committee once.").font = Font(italic=True)
    wb.save(path(WICS_FILE))


# ---------------------------------------------------------------------------
# 2. Aster Group - strategic risk register (xlsx, fill-only action status)
# ---------------------------------------------------------------------------
ASTER_FILE = "zez-aster-group-strategic-risk-register-2025-26.xlsx"
ASTER_TITLE = "Aster Group – Strategic Risk Register 2025/26"
ASTER = [
    ("Theme 1: Safe, quality homes", [
        dict(id="SR1", risk="SR1 Landlord health and safety compliance",
             desc="Failure to meet statutory obligations for fire, gas, electrical, water, asbestos and lift "
                  "safety, leading to harm to customers and regulatory intervention.",
             owner="Executive Director of Property", inh=(4, 5), ctl="Compliance team and dashboards for the "
             "‘big six’; third-party audit programme; Building Safety Case reports for higher-risk buildings; "
             "monthly reporting to Executive Team.", res=(2, 5), tgt=8, trend="↔",
             acts=[("SR1.1", "Complete the high-priority Fire Risk Assessment remedial actions across general "
                             "needs blocks.", "Head of Building Safety", D(2025, 12, 31), "amber"),
                   ("SR1.2", "Roll out the damp and mould case management module to meet Awaab's Law "
                             "timescales from 27 October 2025.", "Director of Repairs; Head of Customer Insight",
                    D(2025, 10, 31), "blue"),
                   ("SR1.3", "Commission an independent assurance review of electrical safety (EICR) data "
                             "quality.", "Head of Compliance", "Q4 2025/26", "green")]),
        dict(id="SR2", risk="SR2 Stock condition and decarbonisation",
             desc="Insufficient understanding of stock condition leads to under-investment and failure to "
                  "bring homes to EPC C by 2030.", owner="Executive Director of Property", inh=(4, 4),
             ctl="Rolling stock condition survey programme (20% a year); Asset Management Strategy; Warm Homes: "
                 "Social Housing Fund Wave 3 programme.", res=(3, 4), tgt=8, trend="↑",
             acts=[("SR2.1", "Complete the 2025/26 stock condition survey programme (7,400 homes).",
                    "Head of Asset Strategy", D(2026, 3, 31), "green"),
                   ("SR2.2", "Refresh the Asset Management Strategy and 30-year investment plan to include "
                             "net zero costs.", "Head of Asset Strategy / Director of Finance",
                    "Sept 2025 – March 2026", "amber")]),
    ]),
    ("Theme 2: Financial strength", [
        dict(id="SR3", risk="SR3 Financial viability",
             desc="Failure to maintain golden rules and loan covenant headroom because of cost inflation, rent "
                  "policy and interest rates.", owner="Chief Financial Officer", inh=(4, 5),
             ctl="Long-term financial plan stress tested twice a year; Treasury Management Policy; golden rules "
                 "monitored monthly; undrawn facilities of £250m.", res=(3, 4), tgt=9, trend="↔",
             acts=[("SR3.1", "Deliver £6m of recurring efficiency savings through the Fit for the Future "
                             "programme.", "Chief Financial Officer", D(2026, 3, 31), "red"),
                   ("SR3.2", "Refinance the revolving credit facility that matures in 2026.",
                    "Director of Treasury", D(2026, 6, 30), "green")]),
        dict(id="SR4", risk="SR4 Cyber security",
             desc="A cyber attack results in loss of systems or of customer and colleague data.",
             owner="Chief Operating Officer", inh=(5, 5),
             ctl="Cyber Essentials Plus; 24/7 managed security operations centre; immutable backups; quarterly "
                 "phishing simulations.", res=(3, 5), tgt=10, trend="↑",
             acts=[("SR4.1", "Test the major incident and IT disaster recovery plans through a live ransomware "
                             "simulation with the Executive Team.", "Chief Information Officer", D(2026, 2, 28),
                    None)]),
    ]),
    ("Theme 3: Great people and governance", [
        dict(id="SR5", risk="SR5 Governance and regulatory compliance",
             desc="Failure to maintain G1/V1 and C1 gradings and to comply with the Regulator of Social "
                  "Housing's consumer standards.", owner="Chief Executive", inh=(3, 5),
             ctl="Annual assessment of compliance with the NHF Code of Governance and RSH standards; internal "
                 "audit programme; Board skills matrix.", res=(2, 5), tgt=10, trend="↓",
             acts=[("SR5.1", "Complete the self-assessment against the Consumer Standards and report the "
                             "results to the Group Board.", "Company Secretary", D(2025, 9, 30), "blue"),
                   ("SR5.2", "Prepare for RSH inspection, including a data room and briefing sessions for Board "
                             "members.", "Company Secretary; Director of Customer Experience", "Ongoing",
                    "green")]),
    ]),
]


def score_fill(s):
    return RED if s >= 15 else (AMBER if s >= 8 else GREEN)


def aster_actions():
    out = []
    ends = {"Q4 2025/26": "2026-03", "Sept 2025 – March 2026": "2026-03", "Ongoing": None}
    for theme, risks in ASTER:
        for rk in risks:
            for ref, text, owner, due, st in rk["acts"]:
                if isinstance(due, dt.datetime):
                    end, et = due.strftime("%Y-%m"), None
                else:
                    end, et = ends[due], due
                out.append(dict(ref=ref, under=[theme, rk["risk"]], action=text,
                                lead=[p.strip() for p in owner.replace(";", "/").split("/")],
                                end=end, end_text=et, status=st or "unrated"))
    return out


def build_aster():
    wb = Workbook()
    k = wb.active
    k.title = "Key"
    k["A1"] = ASTER_TITLE
    k["A1"].font = Font(bold=True, size=16, color="00586F")
    k["A2"] = "Group Audit & Risk Committee – 20 November 2025 – Appendix A"
    k["A4"] = "Risk scoring: Likelihood (1–5) × Impact (1–5)"
    k["A4"].font = Font(bold=True)
    for i, (band, col) in enumerate([("1–6  Low", GREEN), ("8–12  Medium", AMBER), ("15–25  High", RED)]):
        c = k.cell(5 + i, 1, band)
        c.fill = fill(col)
        c.border = BOX
    k["A9"] = "Action status (colour only in the Register)"
    k["A9"].font = Font(bold=True)
    for i, (col, desc) in enumerate([(BLUE, "Action complete"), (GREEN, "On track"),
                                     (AMBER, "Some slippage – recoverable"),
                                     (RED, "Significantly off track or overdue"),
                                     (None, "No colour – not yet started")]):
        c = k.cell(10 + i, 1)
        if col:
            c.fill = fill(col)
        c.border = BOX
        k.cell(10 + i, 2, desc)
    k["A16"] = "Trend (residual risk since last quarter)"
    k["A16"].font = Font(bold=True)
    for i, (a, d) in enumerate([("↑", "Increasing"), ("↔", "No change"), ("↓", "Decreasing")]):
        k.cell(17 + i, 1, a).alignment = Alignment(horizontal="center")
        k.cell(17 + i, 2, d)
    k.column_dimensions["A"].width = 18
    k.column_dimensions["B"].width = 40

    ws = wb.create_sheet("Register")
    ws["A1"] = "Strategic Risk Register"
    ws["A1"].font = Font(bold=True, size=14, color="00586F")
    ws["A2"] = "Group Audit & Risk Committee – 20 November 2025 – Appendix A"
    ws["A3"] = ("Risks are reviewed monthly by the Executive Team and quarterly by the Group Board. "
                "Scores shown are Likelihood (L) × Impact (I).")
    ws["A3"].font = Font(italic=True)
    groups = [("Risk", 1, 3), ("Inherent", 4, 6), ("Controls", 7, 7), ("Residual", 8, 10), ("Target", 11, 11),
              ("Further mitigating actions", 12, 16), ("Trend", 17, 17)]
    for name, a, b in groups:
        c = ws.cell(5, a, name)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("00586F")
        c.alignment = Alignment(horizontal="center")
        if b > a:
            ws.merge_cells(start_row=5, start_column=a, end_row=5, end_column=b)
    hdr = ["Strategic risk", "Risk description", "Risk owner", "L", "I", "Score",
           "Key controls in place", "L", "I", "Score", "Score", "Ref", "Action", "Action owner", "Due",
           "Status", ""]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(6, i, h)
        c.font = Font(bold=True)
        c.fill = fill("BDD7EE")
        c.border = BOX
        c.alignment = Alignment(wrap_text=True, vertical="center")
    r = 7
    for theme, risks in ASTER:
        c = ws.cell(r, 1, theme)
        c.font = Font(bold=True, color="00586F")
        c.fill = fill("DDEBF7")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=17)
        r += 1
        for rk in risks:
            first = r
            for ref, text, owner, due, st in rk["acts"]:
                vals = {12: ref, 13: text, 14: owner, 15: due}
                for col in range(1, 18):
                    cc = ws.cell(r, col)
                    cc.border = BOX
                    cc.alignment = WRAP
                for col, v in vals.items():
                    cc = ws.cell(r, col, v)
                    if isinstance(v, dt.datetime):
                        cc.number_format = "mmm-yy"
                if st:
                    ws.cell(r, 16).fill = fill(RAGFILL[st])
                r += 1
            li, ii = rk["inh"]
            lr, ir = rk["res"]
            risk_vals = {1: rk["risk"], 2: rk["desc"], 3: rk["owner"], 4: li, 5: ii, 6: li * ii,
                         7: rk["ctl"], 8: lr, 9: ir, 10: lr * ir, 11: rk["tgt"], 17: rk["trend"]}
            for col, v in risk_vals.items():
                cc = ws.cell(first, col, v)
                cc.alignment = Alignment(wrap_text=True, vertical="top",
                                         horizontal="center" if col in (4, 5, 6, 8, 9, 10, 11, 17) else None)
                if col in (6, 10, 11):
                    cc.fill = fill(score_fill(v))
                if r - first > 1:
                    ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
    r += 1
    ws.cell(r, 1, "Note: SR6 Development programme delivery was de-escalated to the Development Directorate "
                  "risk register in September 2025 (residual score 8).").font = Font(italic=True)
    widths = [24, 34, 20, 4, 4, 6, 40, 4, 4, 6, 7, 7, 42, 24, 12, 8, 6]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "B7"
    wb.save(path(ASTER_FILE))


# ---------------------------------------------------------------------------
# 3. NI Water - HSENI improvement notices corrective action tracker (xlsx, REFUSE)
# ---------------------------------------------------------------------------
NIW_FILE = "zez-northern-ireland-water-hseni-improvement-notices-action-tracker-typo-month-refuse.xlsx"
NIW = [
    ("Improvement Notice IN-0412/25 – Dunore Point WTW – Confined spaces (served 4 June 2025; compliance by "
     "31 October 2025)", [
        ("1.1", "Carry out a suitable and sufficient risk assessment for entry into the clearwater tanks and "
                "chemical dosing chambers.",
         "Review and reissue the confined space risk assessments for all 14 entry points at Dunore Point using "
         "the corporate confined space procedure.", "Water Treatment Manager (North)", D(2025, 7, 31), "C",
         "Risk assessments reissued 24 July 2025; copies sent to HSENI inspector 28 July."),
        ("1.2", "", "Provide medium-risk confined space entry training to all operators who enter the chambers "
                    "and record their competence.", "Training and Development Lead", D(2025, 8, 31), "C",
         "22 operators trained (City & Guilds 6160-02); competence records on the LMS."),
        ("1.3", "Provide suitable rescue arrangements before any entry into a confined space.",
         "Install fixed gas monitoring and retrieval davit sockets at the four chemical dosing chamber "
         "entries.", "Capital Delivery Manager / Water Treatment Manager (North)", "0ct-25", "A",
         "Davit sockets installed at three of four entries. Gas monitors on order – delivery week commencing "
         "13 October."),
    ]),
    ("Improvement Notice IN-0455/25 – Belfast wastewater network – Hand-arm vibration (served 18 July 2025; "
     "compliance by 31 January 2026)", [
        ("2.1", "Assess the risks to employees from exposure to hand-arm vibration during jetting and breaking "
                "work.", "Complete HAV exposure assessments for jetting and breaker tasks across the network "
                        "maintenance teams.", "Network Maintenance Manager (Belfast)", D(2025, 11, 30), "G",
         "Assessments complete for 9 of 14 gangs."),
        ("2.2", "Reduce exposure to as low a level as is reasonably practicable.",
         "Replace high-vibration breakers with low-vibration models and introduce tool tagging to record "
         "trigger time.", "Fleet and Plant Manager", D(2025, 12, 31), "A",
         "12 of 30 breakers replaced; tagging pilot running in the Duncrue depot."),
        ("2.3", "Provide health surveillance for employees exposed to vibration.",
         "Refer all exposed operatives to Occupational Health for tiered health surveillance.",
         "Occupational Health Manager", D(2026, 1, 31), "G", "Tier 1 questionnaires issued to 64 operatives."),
    ]),
]
NIW_RAG = {"C": BLUE, "G": GREEN, "A": AMBER, "R": RED}
NIW_REFUSE_ROW = None  # set when built


def build_niw():
    global NIW_REFUSE_ROW
    wb = Workbook()
    ws = wb.active
    ws.title = "Action tracker"
    ws["A1"] = "Northern Ireland Water – HSENI Improvement Notices: Corrective Action Tracker"
    ws["A1"].font = Font(bold=True, size=14, color="005EB8")
    ws["A2"] = "Report to the Board Health & Safety Committee – 9 October 2025"
    ws["A3"] = "Owner: Head of Health, Safety and Wellbeing  |  Updated: 29 September 2025"
    ws["A3"].font = Font(italic=True)
    hdr = ["Ref", "Notice requirement", "Corrective action", "Responsible", "Target date", "RAG",
           "Progress / evidence"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(5, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("005EB8")
        c.border = BOX
    r = 6
    for notice, acts in NIW:
        c = ws.cell(r, 1, notice)
        c.font = Font(bold=True)
        c.fill = fill("DEEAF6")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for ref, req, act, who, due, rag, prog in acts:
            for i, v in enumerate([ref, req or None, act, who, due, rag, prog], 1):
                cc = ws.cell(r, i)
                if v is not None:
                    cc.value = v
                cc.border = BOX
                cc.alignment = WRAP
                if isinstance(v, dt.datetime):
                    cc.number_format = "mmm-yy"
            ws.cell(r, 6).fill = fill(NIW_RAG[rag])
            ws.cell(r, 6).alignment = Alignment(horizontal="center", vertical="top")
            if due == "0ct-25":
                NIW_REFUSE_ROW = r
            r += 1
    r += 1
    ws.cell(r, 1, "RAG: R – compliance date at risk; A – behind plan, compliance date still achievable; "
                  "G – on plan; C – complete and evidence sent to HSENI").font = Font(italic=True)
    for i, w in enumerate([6, 40, 48, 28, 11, 6, 44], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    n = wb.create_sheet("Notices served")
    n["A1"] = "HSENI notices served on NI Water, 2025/26"
    n["A1"].font = Font(bold=True)
    for i, h in enumerate(["Notice", "Type", "Site", "Legislation", "Served"], 1):
        n.cell(3, i, h).font = Font(bold=True)
    for j, row in enumerate([("IN-0412/25", "Improvement", "Dunore Point WTW",
                              "Confined Spaces Regulations (NI) 1999, reg. 4 and 5", D(2025, 6, 4)),
                             ("IN-0455/25", "Improvement", "Belfast wastewater network",
                              "Control of Vibration at Work Regulations (NI) 2005, reg. 5, 6 and 7",
                              D(2025, 7, 18))], 4):
        for i, v in enumerate(row, 1):
            c = n.cell(j, i, v)
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    for col, w in zip("ABCDE", [12, 12, 28, 60, 12]):
        n.column_dimensions[col].width = w
    wb.save(path(NIW_FILE))


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


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.8)


# ---------------------------------------------------------------------------
# 4. RNIB - Board of Trustees action log (docx, one table per meeting)
# ---------------------------------------------------------------------------
RNIB_FILE = "zez-rnib-board-of-trustees-action-log.docx"
RNIB_TITLE = "RNIB Board of Trustees – Action Log"
RNIB = [
    ("Actions from the meeting held on 25 September 2025", [
        ("BT25/68", "Bring the revised Safeguarding Policy and the annual safeguarding report to the Board for "
                    "approval.", "Chief Operating Officer", "December 2025", "G",
         "On the agenda for this meeting (item 9)."),
        ("BT25/71", "Circulate the trustee skills audit and agree recruitment priorities for the two trustee "
                    "vacancies.", "Chair; Company Secretary", "Nov 2025", "C",
         "Skills audit completed 14 November; Nominations Committee agreed priorities (finance and digital)."),
        ("BT25/74", "Provide a quarterly breakdown of the legacy income forecast, with sensitivity analysis, in "
                    "the next finance report.", "Chief Financial Officer", "December 2025", "C",
         "Included in the Q2 finance report (item 6)."),
        ("BT25/77", "Arrange a Board development session on cyber security and the findings of the 2025 "
                    "penetration test.", "Chief Digital Officer", "March 2026", "G",
         "Session booked for 5 March 2026 with the external testers."),
    ]),
    ("Actions from the meeting held on 17 July 2025", [
        ("BT25/52", "Review the reserves policy in light of the revised financial strategy and bring "
                    "recommendations through the Finance and Investment Committee.",
         "Chief Financial Officer / Chair of Finance and Investment Committee", "February 2026", "A",
         "Date revised from October 2025 with the Chair's agreement, to follow the 2026/27 budget."),
        ("BT25/55", "Publish the gender and ethnicity pay gap report and action plan on the RNIB website.",
         "Chief People Officer", "September 2025", "R",
         "Report drafted. Publication delayed while ethnicity data is validated; People Committee to be "
         "updated."),
    ]),
    ("Actions carried forward from earlier meetings", [
        ("BT25/19", "Agree how the impact of the 2024–2028 strategy will be measured, including a small set of "
                    "Board-level KPIs.", "Chief Executive", "Ongoing", "G",
         "Agreed March 2025. KPI dashboard reported quarterly; next refresh with the Q3 report."),
        ("BT24/88", "Review the governance arrangements for RNIB Enterprises Limited and report to the Board.",
         "Company Secretary", "Q4 2025/26", "A",
         "Agreed December 2024. Scoping complete; review to be led by the subsidiary board chair."),
    ]),
]
RNIB_SHADE = {"G": GREEN, "A": AMBER, "R": RED, "C": BLUE}
RNIB_STATUS = {"G": "green", "A": "amber", "R": "red", "C": "blue"}
RNIB_END = {"December 2025": ("2025-12", None), "Nov 2025": ("2025-11", None), "March 2026": ("2026-03", None),
            "February 2026": ("2026-02", None), "September 2025": ("2025-09", None),
            "Ongoing": (None, "Ongoing"), "Q4 2025/26": ("2026-03", "Q4 2025/26")}


def rnib_actions():
    out = []
    for head, rows in RNIB:
        for ref, text, lead, due, st, upd in rows:
            end, et = RNIB_END[due]
            out.append(dict(ref=ref, under=[head], action=text,
                            lead=[p.strip() for p in lead.replace(";", "/").split("/")],
                            end=end, end_text=et, status=RNIB_STATUS[st]))
    return out


def build_rnib():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(11)
    doc.add_paragraph(RNIB_TITLE, style="Title")
    doc.add_paragraph("Royal National Institute of Blind People – registered charity numbers 226227 (England "
                      "and Wales) and SC039316 (Scotland)")
    p = doc.add_paragraph()
    p.add_run("For the Board meeting on 11 December 2025 – agenda item 3, Matters arising").bold = True
    doc.add_paragraph("Status: G – on track; A – at risk of slipping; R – overdue; C – complete (to be removed "
                      "from the log after this meeting)")
    for head, rows in RNIB:
        doc.add_heading(head, level=2)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for i, h in enumerate(["Minute ref", "Action", "Lead", "Due", "Status", "Update"]):
            set_cell(t.rows[0].cells[i], h, bold=True)
            shade(t.rows[0].cells[i], "D9D9D9")
        for ref, text, lead, due, st, upd in rows:
            cells = t.add_row().cells
            for i, v in enumerate([ref, text, lead, due, st, upd]):
                set_cell(cells[i], v)
            shade(cells[4], RNIB_SHADE[st])
        widths = [Cm(2.2), Cm(8.5), Cm(4.5), Cm(2.6), Cm(1.5), Cm(7)]
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = w
        doc.add_paragraph()
    doc.add_paragraph("Company Secretary, 2 December 2025")
    doc.save(path(RNIB_FILE))


# ---------------------------------------------------------------------------
# 5. Revenue Scotland - SAT implementation programme highlight report (docx)
# ---------------------------------------------------------------------------
RS_FILE = "zez-revenue-scotland-scottish-aggregates-tax-implementation-programme-highlight-report.docx"
RS_TITLE = "Scottish Aggregates Tax (SAT) Implementation Programme: Highlight Report"
RS = [
    ("3. Legislation and guidance", "Workstream status: Amber. The SAT (Administration) Regulations were laid "
     "on 2 October. Commencement of the UK Aggregates Levy disapplication order depends on HM Treasury.", [
        ("LG-07", "Publish the SAT legislative guidance (registration, returns and exemptions) on the Revenue "
                  "Scotland website.", "Head of Tax Guidance", "28/11/2025", "G"),
        ("LG-08", "Agree with HM Treasury and HMRC the commencement order that disapplies the UK Aggregates "
                  "Levy in Scotland.", "SAT Policy Lead (Scottish Government)", "December 2025", "A"),
    ]),
    ("4. Digital (SETS) changes", "Workstream status: Red. User acceptance testing started a week late and "
     "two developer posts remain vacant.", [
        ("DG-11", "Complete user acceptance testing of the SAT registration and return forms in SETS.",
         "Digital Delivery Manager", "w/c 17/11/2025", "A"),
        ("DG-12", "Penetration test the SAT online service and remediate any high-rated findings.",
         "Chief Information Security Officer", "Dec 2025", "G"),
        ("DG-13", "Recruit to the two developer vacancies in the digital team (interim contractors in place "
                  "from November).", "Head of Digital / HR Business Partner", "Jan 2026", "R"),
    ]),
    ("5. Operations and compliance", "Workstream status: Green.", [
        ("OP-05", "Open the SAT registration window for aggregate producers when the registration regulations "
                  "commence.", "Head of Operations", "01/12/2025", "G"),
        ("OP-06", "Finalise the SAT compliance strategy and site visit programme for 2026-27.",
         "Head of Compliance", "Q4 2025/26", "G"),
        ("OP-07", "Train front-line support staff on SAT enquiries and complete the knowledge base articles.",
         "Customer Support Manager", "Jan – Mar 2026", ""),
    ]),
    ("6. Stakeholder engagement", "Workstream status: Green.", [
        ("SE-03", "Issue the registration guidance pack to all known aggregate producers and quarry operators.",
         "Communications Manager", "October 2025", "B"),
        ("SE-04", "Run three SAT registration webinars with the Mineral Products Association Scotland and other "
                  "industry bodies.", "Communications Manager", "November 2025", "G"),
    ]),
]
RS_SHADE = {"G": GREEN, "A": AMBER, "R": RED, "B": BLUE}
RS_STATUS = {"G": "green", "A": "amber", "R": "red", "B": "blue", "": "unrated"}
RS_END = {"28/11/2025": ("2025-11", None), "December 2025": ("2025-12", None), "w/c 17/11/2025": ("2025-11", None),
          "Dec 2025": ("2025-12", None), "Jan 2026": ("2026-01", None), "01/12/2025": ("2025-12", None),
          "Q4 2025/26": ("2026-03", "Q4 2025/26"), "Jan – Mar 2026": ("2026-03", "Jan – Mar 2026"),
          "October 2025": ("2025-10", None), "November 2025": ("2025-11", None)}


def rs_actions():
    out = []
    for head, _, rows in RS:
        for ref, text, lead, due, st in rows:
            end, et = RS_END[due]
            out.append(dict(ref=ref, under=[head], action=text, lead=[p.strip() for p in lead.split("/")],
                            end=end, end_text=et, status=RS_STATUS[st]))
    return out


def build_rs():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph(RS_TITLE, style="Title")
    doc.add_paragraph("Revenue Scotland  |  Reporting period: 1–31 October 2025")
    dc = doc.add_table(rows=0, cols=2)
    dc.style = "Table Grid"
    for k, v in [("Report to", "SAT Programme Board – 12 November 2025"),
                 ("Senior Responsible Owner", "Director of Tax"),
                 ("Prepared by", "SAT Programme Manager"),
                 ("Version", "1.0 FINAL"),
                 ("Classification", "OFFICIAL")]:
        cells = dc.add_row().cells
        set_cell(cells[0], k, bold=True)
        shade(cells[0], "E7E6E6")
        set_cell(cells[1], v)
    doc.add_heading("1. Overall status", level=1)
    st = doc.add_table(rows=1, cols=4)
    st.style = "Table Grid"
    for i, h in enumerate(["Dimension", "Last period", "This period", "Commentary"]):
        set_cell(st.rows[0].cells[i], h, bold=True)
        shade(st.rows[0].cells[i], "D9D9D9")
    for dim, last, now, com in [
            ("Overall", "A", "A", "Go-live on 1 April 2026 remains achievable. The critical path runs through "
                                  "SETS testing and the opening of registration on 1 December."),
            ("Schedule", "A", "A", "UAT started one week late; contingency of two weeks remains."),
            ("Budget", "G", "G", "Forecast £1.42m against budget of £1.50m."),
            ("Resources", "A", "R", "Two developer vacancies; interim contractors start in November."),
            ("Risks", "A", "A", "See section 7.")]:
        cells = st.add_row().cells
        for i, v in enumerate([dim, last, now, com]):
            set_cell(cells[i], v)
        shade(cells[1], RS_SHADE[last])
        shade(cells[2], RS_SHADE[now])
    doc.add_paragraph("RAG key: G – on track; A – at risk but manageable within tolerance; R – outside "
                      "tolerance, Board intervention needed; B – complete.")
    doc.add_heading("2. Progress this period", level=1)
    for b in ["The Scottish Aggregates Tax (Administration) Regulations were laid in the Scottish Parliament on "
              "2 October 2025.",
              "SETS build for the registration and return forms was completed and handed over for testing.",
              "Forty-two aggregate producers attended the first industry briefing in Perth."]:
        doc.add_paragraph(b, style="List Bullet")
    for head, intro, rows in RS:
        doc.add_heading(head, level=1)
        doc.add_paragraph(intro)
        t = doc.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        for i, h in enumerate(["Ref", "Action for next period", "Owner", "Target date", "RAG"]):
            set_cell(t.rows[0].cells[i], h, bold=True)
            shade(t.rows[0].cells[i], "D9D9D9")
        for ref, text, lead, due, rag in rows:
            cells = t.add_row().cells
            for i, v in enumerate([ref, text, lead, due, rag]):
                set_cell(cells[i], v)
            if rag:
                shade(cells[4], RS_SHADE[rag])
    doc.add_heading("7. Top programme risks", level=1)
    rt = doc.add_table(rows=1, cols=4)
    rt.style = "Table Grid"
    for i, h in enumerate(["Risk ID", "Risk", "Residual score", "Trend"]):
        set_cell(rt.rows[0].cells[i], h, bold=True)
        shade(rt.rows[0].cells[i], "D9D9D9")
    for row in [("R12", "Producers do not register in time for the first return period from 1 April 2026.", "16",
                 "Increasing"),
                ("R07", "SETS changes are not fully assured before go-live.", "12", "No change"),
                ("R03", "HM Treasury commencement timetable slips.", "9", "Decreasing")]:
        cells = rt.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v)
    doc.add_heading("8. Decisions required from the Programme Board", level=1)
    doc.add_paragraph("The Board is asked to approve a drawdown of £85,000 from programme contingency to fund "
                      "interim developer resource until the vacancies at DG-13 are filled.")
    doc.save(path(RS_FILE))


# ---------------------------------------------------------------------------
# 6. Thornbury Town Council - Planner export saved as CSV
# ---------------------------------------------------------------------------
TTC_FILE = "zez-thornbury-town-council-internal-audit-action-plan-2024-25-planner-export.csv"
TTC_TITLE = "TTC Internal Audit & AGAR Action Plan 2024-25"
B1 = "Internal audit – interim visit (Dec 2024)"
B2 = "Internal audit – year-end visit (May 2025)"
B3 = "External audit – AGAR 2024-25 (PKF Littlejohn)"
# Task Name, Bucket, Progress, Priority, Assigned To, Start, Due, Late, Completed, Labels, Description
TTC = [
    ("Review and re-adopt the Financial Regulations using the 2024 NALC model, including the new procurement "
     "thresholds", B1, "Completed", "Important", "Hannah Wright", "06/01/2025", "31/03/2025", "false",
     "18/03/2025", "", "Adopted at Full Council 18 March 2025 (minute 24/187)."),
    ("Record all fixed assets at purchase cost and reconcile the asset register to Box 9 of the AGAR", B1,
     "Completed", "Medium", "Paul Denning", "", "30/04/2025", "false", "29/04/2025", "", ""),
    ("Introduce a monthly bank reconciliation signed off by a councillor who is not a bank signatory", B1,
     "In progress", "Important", "Paul Denning;Hannah Wright", "01/02/2025", "30/11/2025", "false", "", "Amber",
     "Reconciliations for April–September signed. A second non-signatory councillor is needed after the "
     "by-election – see F&GP 25 Nov."),
    ("Add this action plan as a standing item on the Finance & General Purposes Committee agenda", B1,
     "In progress", "Low", "Hannah Wright", "", "", "false", "", "Green", ""),
    ("Carry out and minute the annual review of the effectiveness of the system of internal control before "
     "the AGAR is approved", B2, "Not started", "Medium", "Hannah Wright", "", "31/03/2026", "false", "", "",
     "To be scheduled for Full Council in March 2026."),
    ("Publish the transparency code information on the website, including every item of expenditure over £500",
     B2, "In progress", "Urgent", "Hannah Wright", "02/06/2025", "31/07/2025", "true", "", "Red;Website",
     "Spend over £500 published up to Q1. Q2 outstanding – the website contractor changed in August."),
    ("Review insurance cover and the fidelity guarantee level against the year-end reserves balance", B2,
     "Completed", "Medium", "Paul Denning", "", "30/09/2025", "false", "22/09/2025", "",
     "Fidelity cover increased to £750,000 from 1 October."),
    ("Respond to the external auditor's query on the Box 7 variance explanation and publish the notice of "
     "conclusion of audit", B3, "Completed", "Urgent", "Hannah Wright", "", "30/09/2025", "false",
     "26/09/2025", "", "Notice published on the website and noticeboard 26 September."),
    ("Set the 2026-27 precept with a reserves policy that keeps general reserves between three and six months "
     "of net revenue expenditure", B3, "In progress", "Important", "Hannah Wright;Paul Denning", "01/10/2025",
     "31/01/2026", "false", "", "Green",
     "Draft budget to F&GP 25 Nov.\nReserves policy review on the same agenda."),
]
TTC_STATUS = {"Completed": "blue", "Not started": "unrated"}


def ttc_actions():
    out = []
    for name, bucket, prog, prio, who, start, due, late, comp, labels, desc in TTC:
        if prog in TTC_STATUS:
            st = TTC_STATUS[prog]
        else:
            st = labels.split(";")[0].lower()
        end = None
        if due:
            d, m, y = due.split("/")
            end = f"{y}-{m}"
        out.append(dict(ref=None, under=[bucket], action=name, lead=who.split(";"), end=end, end_text=None,
                        status=st))
    return out


def build_ttc():
    with open(path(TTC_FILE), "w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["Plan name", TTC_TITLE])
        w.writerow(["Plan ID", "pK3vT8QmR0a2Xc9wYb4nLsE1uJ7h"])
        w.writerow(["Date of export", "04/11/2025"])
        w.writerow([])
        w.writerow(["Task Name", "Bucket Name", "Progress", "Priority", "Assigned To", "Start Date", "Due Date",
                    "Late", "Completed Date", "Labels", "Description"])
        for row in TTC:
            w.writerow(row)


# ---------------------------------------------------------------------------
# 7. Scottish Prison Service - ICO data protection audit action plan (tab-separated text)
# ---------------------------------------------------------------------------
SPS_FILE = "zez-scottish-prison-service-ico-data-protection-audit-action-plan.txt"
SPS_TITLE = "Scottish Prison Service – ICO Data Protection Audit: Management Action Plan"
SPS_GOV, SPS_REC, SPS_SAR = "Governance and Accountability", "Records Management", "Requests for Personal Data"
SPS_B2 = ("SPS should implement a retention schedule for prisoner records held in PR2 and on paper, and "
          "securely dispose of records that have passed their retention period.")
# ref, recommendation, priority, action, owner, target, revised, status, progress
SPS = [
    (SPS_GOV, [
        ("A3", "SPS should ensure that the Data Protection Officer reports directly to the highest management "
               "level, with a standing item at the Executive Management Group at least quarterly.", "High",
         "Add a quarterly DPO report to the Executive Management Group forward plan and reflect the reporting "
         "line in the DPO role profile.", "Head of Corporate Governance", "30/06/2025", "", "Complete",
         "First DPO report to EMG on 18 June 2025."),
        ("A9", "SPS should complete its Record of Processing Activities (ROPA) and ensure it is reviewed at "
               "least annually by information asset owners.", "High",
         "Ask each information asset owner to complete ROPA entries using the new template, with quality "
         "assurance by the Information Governance team.", "Information Asset Owners / Data Protection Officer",
         "31/08/2025", "31/12/2025", "Amber",
         "62 of 88 processing activities recorded. Returns from establishments slower than planned."),
        ("A14", "SPS should deliver data protection training to all staff at induction and refresh it every two "
                "years, monitoring completion.", "Medium",
         "Launch a refreshed mandatory e-learning module on Learn@SPS, with completion reported monthly to "
         "Governors in Charge.", "Head of Learning, Development and Wellbeing", "30/09/2025", "", "Green",
         "Module launched 1 September; 71% completion so far."),
    ]),
    (SPS_REC, [
        ("B2 (a)", SPS_B2, "Urgent",
         "Approve the revised Records Retention Schedule covering PR2 and paper prisoner records.",
         "Records Manager", "31/07/2025", "", "Complete", "Approved by EMG on 23 July 2025."),
        ("B2 (b)", "", "",
         "Carry out a disposal exercise for paper prisoner records in off-site storage that are past their "
         "retention date, keeping destruction certificates.", "Records Manager; Head of Estates",
         "March 2026", "", "Green",
         "Off-site storage contractor engaged; first tranche (2009–2012) scheduled for January."),
        ("B6", "SPS should maintain a log of physical records transferred between establishments and carry out "
               "periodic audits of file movements.", "Medium",
         "Introduce a file movement log at each establishment and include it in the annual assurance "
         "checklist.\nTest the log at HMP Edinburgh and HMP Grampian before roll-out.",
         "Head of Operational Policy", "31/10/2025", "Q1 2026/27", "Amber",
         "Pilot delayed to allow alignment with the new establishment assurance framework."),
    ]),
    (SPS_SAR, [
        ("C1", "SPS should ensure that subject access requests are logged centrally and answered within the "
               "statutory timescale, with performance reported to senior management.", "High",
         "Move SAR logging from local spreadsheets to the central case management system and report monthly "
         "performance to EMG.", "Data Protection Officer", "30/09/2025", "31/01/2026", "Amber",
         "Case management configuration complete; data migration from local logs under way."),
        ("C4", "SPS should provide guidance to establishment staff on identifying and redacting third-party "
               "information in SAR disclosures.", "Medium",
         "Publish redaction guidance and deliver two workshops for establishment SAR co-ordinators.",
         "Information Governance Manager", "31/08/2025", "", "Red",
         "Guidance drafted; workshops not yet scheduled because of staffing."),
    ]),
]
SPS_STATUS = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}


def sps_end(target, revised):
    v = revised or target
    if v == "Q1 2026/27":
        return "2026-06", v
    if v == "March 2026":
        return "2026-03", None
    d, m, y = v.split("/")
    return f"{y}-{m}", None


def sps_actions():
    out = []
    for area, rows in SPS:
        last_rec = None
        for ref, rec, prio, act, owner, tgt, rev, st, prog in rows:
            rec = rec or last_rec
            last_rec = rec
            end, et = sps_end(tgt, rev)
            out.append(dict(ref=ref, under=[area, rec], action=act,
                            lead=[p.strip() for p in owner.replace(";", "/").split("/")],
                            end=end, end_text=et, status=SPS_STATUS[st]))
    return out


def tsv_field(s):
    if "\n" in s or '"' in s or "\t" in s:
        return '"' + s.replace('"', '""') + '"'
    return s


def build_sps():
    lines = [SPS_TITLE,
             "Audit report issued by the Information Commissioner's Office on 21 May 2025. Position at 30 "
             "September 2025, for the Audit and Risk Committee on 28 October 2025.",
             "",
             "\t".join(["Ref", "ICO recommendation", "Priority", "SPS agreed action", "Action owner",
                        "Target date", "Revised date", "Status", "Progress"])]
    counts = {}
    for area, rows in SPS:
        lines.append(area)
        for row in rows:
            lines.append("\t".join(tsv_field(x) for x in row))
            counts[row[7]] = counts.get(row[7], 0) + 1
    lines.append("")
    total = sum(counts.values())
    lines.append(f"Summary: {total} actions – Complete {counts.get('Complete', 0)}, Green {counts.get('Green', 0)}, "
                 f"Amber {counts.get('Amber', 0)}, Red {counts.get('Red', 0)}")
    lines.append("Status key: Complete – implemented and evidence held; Green – on track; Amber – revised date "
                 "agreed or at risk; Red – target date missed")
    lines.append("ICO priority ratings: Urgent, High, Medium, Low (as defined in the ICO audit report)")
    with open(path(SPS_FILE), "w", newline="", encoding="utf-8") as f:
        f.write("\r\n".join(lines) + "\r\n")


def main():
    build_wics()
    build_aster()
    build_niw()
    build_rnib()
    build_rs()
    build_ttc()
    build_sps()
    print("built 7 files; NI Water typo on sheet row", NIW_REFUSE_ROW)


if __name__ == "__main__":
    main()
