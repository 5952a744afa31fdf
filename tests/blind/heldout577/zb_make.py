"""Build the seven zb- blind test files (set heldout577).

Run with: /work/main/.venv/bin/python zb_make.py
Writes only files whose names start with "zb-" into this folder.
"""
import csv
import datetime as dt
import os

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zb-")
    return os.path.join(HERE, name)


def D(y, m, d):
    return dt.datetime(y, m, d)


# ---------------------------------------------------------------- xlsx helpers
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)
FILL = {
    "R": PatternFill("solid", fgColor="FF0000"),
    "A": PatternFill("solid", fgColor="FFC000"),
    "G": PatternFill("solid", fgColor="00B050"),
    "B": PatternFill("solid", fgColor="5B9BD5"),
    "head": PatternFill("solid", fgColor="1F3864"),
    "band": PatternFill("solid", fgColor="D9E1F2"),
    "grey": PatternFill("solid", fgColor="E7E6E6"),
    "nhs": PatternFill("solid", fgColor="005EB8"),
}
WHITE_BOLD = Font(bold=True, color="FFFFFF")


def header_row(ws, row, labels, fill="head"):
    for i, lab in enumerate(labels, 1):
        c = ws.cell(row=row, column=i, value=lab)
        c.font = WHITE_BOLD
        c.fill = FILL[fill]
        c.alignment = WRAP
        c.border = BOX


def band_row(ws, row, text, ncols, fill="band"):
    c = ws.cell(row=row, column=1, value=text)
    c.font = BOLD
    c.fill = FILL[fill]
    c.alignment = WRAP
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w


# =============================================================================
# 1. Walsall Healthcare NHS Trust - Freedom to Speak Up improvement plan (xlsx)
# =============================================================================
WALSALL_TITLE = "Walsall Healthcare NHS Trust – Freedom to Speak Up Improvement Plan 2024–2026"

WALSALL = [
    ("Principle 1: Value speaking up", [
        dict(ref="1.1",
             action="Refresh the Board's Freedom to Speak Up vision and strategy for 2024–2027 and publish it on the intranet and the Trust website.",
             lead="Chief Executive / Director of People and Culture",
             orig=D(2024, 9, 30), rev=D(2024, 12, 31), prev="G", cur="B",
             upd="Strategy approved by the Trust Board on 5 December 2024 and published."),
        dict(ref="1.2",
             action="Include a speaking up data set (cases by theme, professional group and reported detriment) in the Integrated Quality and Performance Report each quarter.",
             lead="Director of Governance",
             orig=D(2025, 3, 31), rev="Dec 2025", prev="A", cur="G",
             upd="Themes and professional groups reported from Q4 2024/25. Detriment breakdown to be added once the case log is migrated."),
    ]),
    ("Principle 2: Role-model speaking up and set a healthy Freedom to Speak Up culture", [
        dict(ref="2.1",
             action="Deliver the National Guardian's Office 'Listen Up' and 'Follow Up' training modules to all Board members and record completion in ESR.",
             lead="Chair / Company Secretary",
             orig=D(2024, 11, 30), rev="Jan 2025", prev="A", cur="B",
             upd="All voting and non-voting Board members completed both modules (ESR report 31/01/2025)."),
        dict(ref="2.2",
             action="Each executive director to hold at least two 'back to the floor' listening events per year and feed the themes back to the FTSU Guardian.",
             lead="Executive Directors",
             orig="Ongoing", rev=None, prev="G", cur="G",
             upd="14 events held April–September 2025; themes reported to People Committee."),
    ]),
    ("Principle 3: Make sure workers know how to speak up and feel safe and encouraged to do so", [
        dict(ref="3.1",
             action="Recruit and train a further 20 FTSU Champions so that every division, including community nursing teams, has at least two Champions.",
             lead="FTSU Guardian",
             orig=D(2025, 3, 31), rev=D(2025, 9, 30), prev="R", cur="A",
             upd="13 of 20 recruited. Community division still below two Champions; targeted recruitment with the Divisional Director of Nursing."),
        dict(ref="3.2",
             action="Translate the FTSU leaflet and poster into the five languages most spoken by internationally recruited staff and display them in all staff rest areas.",
             lead="FTSU Guardian / Head of Communications",
             orig=D(2025, 6, 30), rev=None, prev="G", cur="B",
             upd="Completed June 2025."),
    ]),
    ("Principle 4: When someone speaks up, thank them, listen and follow up", [
        dict(ref="4.1",
             action="Introduce a standard 'thank you and feedback' letter for people who speak up and a 12-week case closure standard, monitored through the FTSU case log.",
             lead="FTSU Guardian",
             orig=D(2025, 1, 31), rev=D(2025, 10, 31), prev="A", cur="G",
             upd="Letter in use since February 2025. 84% of Q1 cases closed within 12 weeks."),
    ]),
    ("Principle 7: Identify and tackle barriers to speaking up", [
        dict(ref="7.1",
             action="Analyse the staff survey speaking up questions by ethnicity, disability and staff group, and agree targeted actions with the staff networks.\nReport the findings to the People Committee.",
             lead="Head of Equality, Diversity and Inclusion",
             orig=D(2025, 12, 31), rev=None, prev=None, cur="G",
             upd="New action added July 2025 following the 2024 NHS Staff Survey results."),
        dict(ref="7.2",
             action="Review the detriment process with Staff Side so that claims of detriment are investigated independently of the line management chain.",
             lead="Deputy Director of People / Staff Side Chair",
             orig=D(2026, 3, 31), rev=None, prev="A", cur="R",
             upd="Not yet started – awaiting the revised national FTSU policy guidance on detriment."),
    ]),
]


def make_walsall():
    wb = openpyxl.Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = WALSALL_TITLE
    cov["A1"].font = Font(bold=True, size=14, color="005EB8")
    cov.merge_cells("A1:D1")
    rows = [
        ("Document title", "Freedom to Speak Up Improvement Plan 2024–2026"),
        ("Version", "1.4"),
        ("Author", "Freedom to Speak Up Guardian"),
        ("Executive sponsor", "Director of People and Culture"),
        ("Non-executive lead for FTSU", "Senior Independent Director"),
        ("Approved by", "People Committee"),
        ("Date approved", "22/07/2024"),
        ("Next review", "March 2026"),
    ]
    cov["A3"] = "Document control"
    cov["A3"].font = BOLD
    for i, (k, v) in enumerate(rows, 4):
        cov.cell(row=i, column=1, value=k).font = BOLD
        cov.cell(row=i, column=1).fill = FILL["grey"]
        cov.cell(row=i, column=2, value=v)
        for c in (1, 2):
            cov.cell(row=i, column=c).border = BOX
    r = 4 + len(rows) + 1
    cov.cell(row=r, column=1, value="Version history").font = BOLD
    header_row(cov, r + 1, ["Version", "Date", "Summary of changes"], fill="nhs")
    hist = [
        ("1.0", "22/07/2024", "Approved by People Committee"),
        ("1.3", "20/03/2025", "Q4 2024/25 progress update"),
        ("1.4", "18/09/2025", "Q2 2025/26 progress update; revised dates agreed; action 7.1 added"),
    ]
    for j, h in enumerate(hist, r + 2):
        for c, v in enumerate(h, 1):
            cov.cell(row=j, column=c, value=v).border = BOX
    widths(cov, [30, 34, 60, 10])

    ws = wb.create_sheet("Action plan")
    ncols = 8
    ws["A1"] = WALSALL_TITLE
    ws["A1"].font = Font(bold=True, size=14, color="005EB8")
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncols)
    ws["A2"] = ("Developed from the NHS England Freedom to Speak Up reflection and planning tool "
                "(Board development session, May 2024). Progress is reported to the People Committee quarterly.")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncols)
    ws["A2"].alignment = WRAP
    ws["A3"] = "Position as at 30 September 2025"
    ws["A3"].font = Font(italic=True)
    header_row(ws, 5, ["Ref", "Action", "Lead(s)", "Original target date", "Revised target date",
                       "Previous RAG (Jun-25)", "Current RAG (Sep-25)", "Progress update"], fill="nhs")
    r = 6
    for principle, acts in WALSALL:
        band_row(ws, r, principle, ncols)
        r += 1
        for a in acts:
            vals = [a["ref"], a["action"], a["lead"], a["orig"], a["rev"], a["prev"], a["cur"], a["upd"]]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            for c, key in ((6, "prev"), (7, "cur")):
                if a[key]:
                    ws.cell(row=r, column=c).fill = FILL[a[key]]
                    ws.cell(row=r, column=c).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
    r += 1
    ws.cell(row=r, column=1, value=("Note: revised target dates were agreed by the People Committee on "
                                     "18 September 2025. Principles 5, 6 and 8 are covered by the FTSU "
                                     "Strategy delivery plan and are not repeated here."))
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncols)
    ws.cell(row=r, column=1).font = Font(italic=True)
    r += 2
    ws.cell(row=r, column=1, value="Summary of current RAG").font = BOLD
    counts = {"B": 0, "G": 0, "A": 0, "R": 0}
    for _, acts in WALSALL:
        for a in acts:
            counts[a["cur"]] += 1
    for lab, k in (("Blue – complete", "B"), ("Green – on track", "G"),
                   ("Amber – at risk", "A"), ("Red – off track", "R")):
        r += 1
        ws.cell(row=r, column=2, value=lab).fill = FILL[k]
        ws.cell(row=r, column=3, value=counts[k])
    r += 1
    ws.cell(row=r, column=2, value="Total actions").font = BOLD
    ws.cell(row=r, column=3, value=sum(counts.values())).font = BOLD
    widths(ws, [7, 60, 30, 14, 14, 12, 12, 50])
    ws.freeze_panes = "A6"

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG key"
    key["A1"].font = BOLD
    for i, (k, t) in enumerate((("B", "Complete – action delivered and evidenced"),
                                ("G", "On track to deliver by the target date"),
                                ("A", "At risk – some slippage, mitigation in place"),
                                ("R", "Off track – will not be delivered by the target date")), 2):
        key.cell(row=i, column=1, value=k).fill = FILL[k]
        key.cell(row=i, column=2, value=t)
    widths(key, [6, 60])
    wb.save(out("zb-walsall-healthcare-nhs-trust-freedom-to-speak-up-improvement-plan.xlsx"))


# =============================================================================
# 2. Dorset & Wiltshire FRS - corporate risk register 2025-26 (xlsx)
# =============================================================================
DWFRS_TITLE = "Dorset & Wiltshire Fire and Rescue Service – Corporate Risk Register 2025-26"

DWFRS = [
    ("Priority: Be there when you need us", [
        dict(risk="CR01 – On-call appliance availability",
             desc="Insufficient on-call firefighters available during the working day (cause) leads to appliances being unavailable (event), increasing attendance times and the risk to life (consequence).",
             owner="Assistant Chief Fire Officer (Service Delivery)", score=16, scol="R",
             actions=[
                 dict(ref="1.1",
                      action="Implement the outcomes of the on-call contract review, including banded-hours contracts at the 12 pilot stations.",
                      lead="Area Manager Response", date=D(2025, 12, 31), st="G",
                      com="Pilot live at 9 of 12 stations."),
                 dict(ref="1.2",
                      action="Roll out on-call availability dashboards to all station managers and review availability at the monthly Service Delivery meeting.",
                      lead="Head of ICT / Group Manager On-call Support", date=D(2025, 10, 31), st="A",
                      com="Dashboard built; data feed from the availability system is unreliable at weekends."),
             ]),
        dict(risk="CR02 – Mobilising system resilience",
             desc="Failure or extended outage of the Networked Fire Services Partnership mobilising system (shared with Devon & Somerset and Hampshire & Isle of Wight) prevents emergency calls being handled and resources being mobilised.",
             owner="Assistant Chief Fire Officer (Service Delivery)", score=10, scol="A",
             actions=[
                 dict(ref="2.1",
                      action="Complete the mobilising system upgrade and fallback testing with the Networked Fire Services Partnership.",
                      lead="Area Manager Control", date=D(2026, 3, 31), st="R",
                      com="Supplier has moved go-live twice; partnership escalation to chief officers."),
                 dict(ref="2.2",
                      action="Carry out a fallback exercise to the secondary control room.",
                      lead="Station Manager Control", date="Six-monthly", st="G",
                      com="Last exercise 17/06/2025 – no issues."),
             ]),
    ]),
    ("Priority: Make every penny count", [
        dict(risk="CR05 – Medium-term financial sustainability",
             desc="Uncertainty over the 2026-27 funding settlement, pay awards and pension costs results in a budget gap that cannot be closed without reducing services.",
             owner="Treasurer", score=15, scol="R",
             actions=[
                 dict(ref="5.1",
                      action="Refresh the Medium Term Finance Plan to reflect the 2026-27 provisional settlement and pay award assumptions.",
                      lead="Treasurer", date=D(2026, 2, 28), st="G",
                      com="Draft to Finance and Audit Committee in January."),
                 dict(ref="5.2",
                      action="Deliver the £1.2m efficiency programme agreed by the Fire Authority.",
                      lead="Director of Corporate Services", date=D(2026, 3, 31), st="A",
                      com="£0.8m secured to date; fleet savings delayed."),
             ]),
    ]),
    ("Priority: Supporting and developing our people", [
        dict(risk="CR08 – Culture, values and behaviours",
             desc="Failure to embed the Core Code of Ethics and to deal with inappropriate behaviour leads to harm to staff, loss of public trust and adverse HMICFRS findings.",
             owner="Chief Fire Officer", score=12, scol="A",
             actions=[
                 dict(ref="8.1",
                      action="Deliver the remaining recommendations of the HMICFRS values and culture spotlight report (March 2023).",
                      lead="Head of People Services", date=D(2025, 6, 30), st="B",
                      com="All recommendations closed; evidence pack sent to HMICFRS."),
                 dict(ref="8.2",
                      action="Introduce an independent confidential reporting line and report its use to the People Committee each quarter.",
                      lead="Head of People Services / Monitoring Officer", date=D(2025, 11, 30), st="G",
                      com="Contract awarded; launch planned for November."),
             ]),
    ]),
]


def make_dwfrs():
    wb = openpyxl.Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = DWFRS_TITLE
    sm["A1"].font = Font(bold=True, size=14, color="C00000")
    sm["A2"] = "Quarter 2 review (July – September 2025) – Finance and Audit Committee, 20 November 2025"
    header_row(sm, 4, ["Risk", "Risk owner", "Residual score", "Direction of travel"])
    r = 5
    trend = {"CR01": "↑", "CR02": "↔", "CR05": "↔", "CR08": "↓"}
    for _, risks in DWFRS:
        for rk in risks:
            sm.cell(row=r, column=1, value=rk["risk"])
            sm.cell(row=r, column=2, value=rk["owner"])
            c = sm.cell(row=r, column=3, value=rk["score"])
            c.fill = FILL[rk["scol"]]
            sm.cell(row=r, column=4, value=trend[rk["risk"][:4]])
            r += 1
    widths(sm, [45, 45, 15, 18])

    ws = wb.create_sheet("Corporate Risk Register")
    ncols = 10
    ws["A1"] = DWFRS_TITLE
    ws["A1"].font = Font(bold=True, size=14, color="C00000")
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncols)
    ws["A2"] = "Quarter 2 review (July – September 2025) – presented to the Finance and Audit Committee, 20 November 2025"
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncols)
    header_row(ws, 4, ["Risk ref and title", "Risk description (cause – event – consequence)", "Risk owner",
                       "Residual score (L x I)", "Action ref", "Further actions to reduce the risk",
                       "Action owner", "Target date", "Status", "Comments"])
    r = 5
    for prio, risks in DWFRS:
        band_row(ws, r, prio, ncols, fill="grey")
        r += 1
        for rk in risks:
            top = r
            for a in rk["actions"]:
                vals = {5: a["ref"], 6: a["action"], 7: a["lead"], 8: a["date"], 10: a["com"]}
                for c in range(1, ncols + 1):
                    cell = ws.cell(row=r, column=c, value=vals.get(c))
                    cell.alignment = WRAP
                    cell.border = BOX
                if isinstance(a["date"], dt.datetime):
                    ws.cell(row=r, column=8).number_format = "dd/mm/yyyy"
                ws.cell(row=r, column=9).fill = FILL[a["st"]]
                r += 1
            ws.cell(row=top, column=1, value=rk["risk"]).font = BOLD
            ws.cell(row=top, column=2, value=rk["desc"])
            ws.cell(row=top, column=3, value=rk["owner"])
            sc = ws.cell(row=top, column=4, value=rk["score"])
            sc.fill = FILL[rk["scol"]]
            sc.alignment = Alignment(horizontal="center", vertical="top")
            for c in (1, 2, 3, 4):
                ws.merge_cells(start_row=top, start_column=c, end_row=r - 1, end_column=c)
    r += 1
    ws.cell(row=r, column=1, value="Action status is shown by the colour of the Status cell – see the Scoring key sheet.").font = Font(italic=True)
    widths(ws, [26, 45, 24, 10, 7, 50, 26, 12, 9, 40])
    ws.freeze_panes = "A5"

    key = wb.create_sheet("Scoring key")
    key["A1"] = "Risk scoring (likelihood x impact)"
    key["A1"].font = BOLD
    for i, (rng, lab, f) in enumerate((("1 – 6", "Low", "G"), ("8 – 12", "Medium", "A"),
                                       ("15 – 25", "High", "R")), 2):
        key.cell(row=i, column=1, value=rng)
        key.cell(row=i, column=2, value=lab).fill = FILL[f]
    key["A6"] = "Action status"
    key["A6"].font = BOLD
    for i, (f, t) in enumerate((("B", "Complete"), ("G", "On track"),
                                ("A", "Some slippage – expected to recover"),
                                ("R", "Overdue or will not meet target date")), 7):
        key.cell(row=i, column=1).fill = FILL[f]
        key.cell(row=i, column=2, value=t)
    widths(key, [12, 40])
    wb.save(out("zb-dorset-wiltshire-fire-rescue-service-corporate-risk-register-2025-26.xlsx"))


# =============================================================================
# 3. Devon & Cornwall Police - HMICFRS causes of concern plan (xlsx, REFUSE)
# =============================================================================
DC_TITLE = "Devon & Cornwall Police – HMICFRS Causes of Concern Improvement Plan (Engage)"

DC = [
    ("Cause of concern 1 – Crime recording: the force does not record all crimes reported to it, particularly violence against the person and behavioural crimes, so some victims do not receive the service they should.",
     "Recommendation 1: By 30 June 2023 the force should improve its crime recording so that reported crimes are recorded accurately and within 24 hours.",
     [
         ("1.1", "Establish a Crime Standards Bureau to review all incidents closed without a crime record within 24 hours.",
          "Force Crime Registrar", "Mar-2023", "Complete", "Bureau live 6 March 2023."),
         ("1.2", "Deliver National Crime Recording Standard refresher training to all contact centre and response staff.",
          "Head of Learning and Development", "Jun-2023", "Complete", "94% completion."),
         ("1.3", "Introduce a monthly crime data integrity audit, with results reported to the Force Performance Board.",
          "Force Crime Registrar / Head of Performance", "Jul-2023", "G", "First two audits completed; compliance 89%."),
         ("1.4", "Add mandatory crime recording prompts for stalking and harassment to the incident closure screen.",
          "Head of ICT", "Sep-2023", "A", "Change request with supplier."),
     ]),
    ("Cause of concern 2 – Call handling: the force does not answer emergency and non-emergency calls quickly enough, and too many callers abandon 101 calls.",
     "Recommendation 2: By 30 September 2023 the force should answer 90% of 999 calls within 10 seconds and reduce 101 abandonment.",
     [
         ("2.1", "Recruit 60 additional call handlers and bring the contact centre to full establishment.",
          "Chief Superintendent, Contact and Response", "Sep-2023", "A", "41 in post; two further intakes planned."),
         ("2.2", "Introduce a call-back facility and online reporting signposting on the 101 line.",
          "Head of Contact Centres", "Jul-2023", "Complete", "Live 3 July 2023."),
         ("2.3", "Align contact centre shift patterns to the demand profile identified in the demand review.",
          "Head of Contact Centres", "0ct-2023", "G", "Consultation with staff closed 18 August."),
         ("2.4", "Publish daily 999 and 101 performance on the force intranet and review it at the daily management meeting.",
          "Head of Performance", "Dec-2023", "G", ""),
         ("2.5", "Commission an independent review of the telephony platform resilience.",
          "Head of ICT", "Mar-2024", "R", "Procurement not yet started."),
     ]),
]


def make_dc():
    wb = openpyxl.Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = DC_TITLE
    sm["A1"].font = Font(bold=True, size=14, color="002060")
    sm["A2"] = "Position as at 31 August 2023 – reported to the Force Performance Board and the OPCC Accountability Board"
    header_row(sm, 4, ["Cause of concern", "Actions", "Complete", "Green", "Amber", "Red"])
    r = 5
    for coc, _, acts in DC:
        sts = [a[4] for a in acts]
        sm.cell(row=r, column=1, value=coc.split(":")[0])
        sm.cell(row=r, column=2, value=len(acts))
        sm.cell(row=r, column=3, value=sts.count("Complete"))
        sm.cell(row=r, column=4, value=sts.count("G"))
        sm.cell(row=r, column=5, value=sts.count("A"))
        sm.cell(row=r, column=6, value=sts.count("R"))
        r += 1
    widths(sm, [40, 10, 10, 10, 10, 10])

    ws = wb.create_sheet("Improvement plan")
    ncols = 6
    ws["A1"] = DC_TITLE
    ws["A1"].font = Font(bold=True, size=14, color="002060")
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncols)
    ws["A2"] = "Gold lead: Deputy Chief Constable   |   Plan owner: Head of Strategic Planning and Performance   |   Updated: 31 August 2023"
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncols)
    header_row(ws, 4, ["Ref", "Action", "Owner", "Target date", "RAG", "Progress update / evidence"], fill="head")
    r = 5
    typo_row = None
    for coc, rec, acts in DC:
        band_row(ws, r, coc, ncols, fill="band")
        ws.row_dimensions[r].height = 32
        r += 1
        band_row(ws, r, rec, ncols, fill="grey")
        ws.cell(row=r, column=1).font = Font(italic=True)
        r += 1
        for ref, action, owner, date, rag, upd in acts:
            for c, v in enumerate((ref, action, owner, date, rag, upd or None), 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
            f = {"Complete": "B"}.get(rag, rag)
            ws.cell(row=r, column=5).fill = FILL[f]
            if date.startswith("0"):
                typo_row = r
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG: Complete = action delivered and evidenced; G = on track; A = at risk; R = off track / overdue.").font = Font(italic=True)
    widths(ws, [7, 60, 30, 12, 10, 45])
    wb.save(out("zb-devon-cornwall-police-hmicfrs-causes-of-concern-improvement-plan-typo-month-refuse.xlsx"))
    return typo_row


# ---------------------------------------------------------------- docx helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    """Write text; inner \n become separate paragraphs."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(parts[0])
    run.bold = bold
    for extra in parts[1:]:
        q = cell.add_paragraph()
        q.add_run(extra).bold = bold


DOC_FILL = {"Complete": "5B9BD5", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}


# =============================================================================
# 4. Brendoncare Otterbourne - CQC inspection action plan (docx)
# =============================================================================
BRENDON_TITLE = "Brendoncare Otterbourne – CQC Inspection Action Plan"

BRENDON = [
    ("Regulation 12: Safe care and treatment",
     "The provider failed to ensure medicines were always managed safely and that risks to people's health and safety were consistently assessed and mitigated.",
     [
         ("12.1", "Complete a full medicines audit on each unit and implement a weekly medicines check by the nurse in charge.",
          "Clinical Lead", "31/07/2024", "Complete", "Audits completed 26/07/2024; weekly checks in place."),
         ("12.2", "Move all medicine administration records to the electronic MAR system and retrain all staff who administer medicines.",
          "Registered Manager / Clinical Lead", "End of September 2024", "Green", "eMAR live on Itchen unit; Test unit to follow."),
         ("12.3", "Review and rewrite the falls, choking and pressure area risk assessments for every resident, with a monthly review recorded in the care plan.",
          "Deputy Manager", "31/10/2024", "Amber", "38 of 52 residents reviewed."),
     ]),
    ("Regulation 17: Good governance",
     "Systems to assess, monitor and improve the quality and safety of the service were not operated effectively, and records were not always accurate or complete.",
     [
         ("17.1", "Introduce a monthly quality audit schedule (care plans, medicines, infection control and falls) with findings reviewed at the clinical governance meeting.",
          "Registered Manager", "31/08/2024", "Complete", "Schedule in place from August 2024."),
         ("17.2", "Head of Quality to carry out a provider-level compliance visit every quarter and share the report with the Trustees' Quality Committee.",
          "Head of Quality and Compliance", "Quarterly", "Green", "First visit 12/09/2024."),
         ("17.3", "Audit 100% of care plans against the new care planning standard.\nWhere gaps are found, the named nurse to update the plan within 7 days.",
          "Deputy Manager / Named Nurses", "30/11/2024", "Red", "Audit tool agreed; audit delayed by staff sickness."),
     ]),
    ("Regulation 18: Staffing",
     "The provider did not ensure there were always enough suitably trained staff deployed, particularly at night and at mealtimes.",
     [
         ("18.1", "Review the dependency tool and increase night staffing on the nursing unit from three to four care staff.",
          "Registered Manager", "31/07/2024", "Complete", "Fourth night carer on rota from 15/07/2024."),
         ("18.2", "Bring mandatory training compliance (including dysphagia and moving and handling) to at least 95% and report it monthly to the Head of Care.",
          "Training and Development Lead", "December 2024", "Amber", "Compliance 88% at 30/09/2024."),
     ]),
]


def make_brendon():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    d.add_paragraph(BRENDON_TITLE, style="Title")
    info = [
        ("Provider", "The Brendoncare Foundation"),
        ("Location", "Brendoncare Otterbourne, Otterbourne Hill, Otterbourne, Winchester, Hampshire"),
        ("Inspection dates", "14 and 15 May 2024"),
        ("Report published", "9 July 2024"),
        ("Overall rating", "Requires improvement"),
        ("Regulations breached", "Regulation 12, Regulation 17, Regulation 18"),
        ("Action plan version", "v2 – updated 30 October 2024"),
    ]
    t = d.add_table(rows=len(info), cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate(info):
        set_cell(t.cell(i, 0), k, bold=True)
        shade(t.cell(i, 0), "E7E6E6")
        set_cell(t.cell(i, 1), v)
    d.add_paragraph("")
    d.add_paragraph("RAG status: Green – on track; Amber – some delay, action being taken; "
                    "Red – not on track; Complete – action completed and evidenced.")
    for head, breach, acts in BRENDON:
        d.add_heading(head, level=1)
        d.add_paragraph(breach)
        t = d.add_table(rows=1 + len(acts), cols=6)
        t.style = "Table Grid"
        for c, lab in enumerate(["No.", "Action to be taken", "Person responsible",
                                 "Completion date", "RAG", "Evidence / progress"]):
            set_cell(t.cell(0, c), lab, bold=True)
            shade(t.cell(0, c), "D9E1F2")
        for i, row in enumerate(acts, 1):
            for c, v in enumerate(row):
                set_cell(t.cell(i, c), v)
            shade(t.cell(i, 4), DOC_FILL[row[4]])
        d.add_paragraph("")
    d.add_heading("Sign-off", level=1)
    t = d.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    for c, lab in enumerate(["Completed by", "Role", "Date"]):
        set_cell(t.cell(0, c), lab, bold=True)
    for c, v in enumerate(["K. Holt", "Registered Manager", "30/10/2024"]):
        set_cell(t.cell(1, c), v)
    d.save(out("zb-brendoncare-otterbourne-care-home-cqc-inspection-action-plan.docx"))


# =============================================================================
# 5. Budmouth Academy - post-Ofsted action plan (docx)
# =============================================================================
BUD_TITLE = "Budmouth Academy Post-Ofsted Action Plan 2024–25"

BUD = [
    ("1. Leaders should ensure that the curriculum in key stage 4 is implemented consistently well across all subjects, so that pupils, including disadvantaged pupils, achieve as well as they should.",
     [
         ("Subject leaders to map the key knowledge for each Year 10 and Year 11 unit and share knowledge organisers with pupils.",
          "Deputy Headteacher (Curriculum)", "Autumn term 2024",
          "Knowledge organisers in use in all KS4 subjects", "Standards Committee", "Green"),
         ("Weekly department CPD on retrieval practice and checking for understanding, led by the trust's lead practitioners.",
          "DHT Curriculum / Trust Lead Practitioners", "Spring term 2025",
          "Learning walks show consistent practice in 80% of lessons", "Standards Committee", "Amber"),
         ("Targeted tutoring for disadvantaged Year 11 pupils in English and mathematics.\nProgress reviewed at each data drop.",
          "Pupil Premium Lead", "Summer term 2025",
          "Gap in predicted grades between disadvantaged pupils and others narrows", "Standards Committee", None),
     ]),
    ("2. Leaders should ensure that pupils' attendance improves, particularly for disadvantaged pupils and pupils with SEND, so that fewer pupils are persistently absent.",
     [
         ("Appoint an Attendance and Welfare Officer and introduce first-day calling for all absences.",
          "Assistant Headteacher (Behaviour and Attendance)", "By October half-term 2024",
          "Officer in post; first-day calls logged daily", "Full LGB", "Green"),
         ("Hold fortnightly attendance panels with the local authority's Education Welfare Service.",
          "AHT Attendance; SENDCo", "Termly",
          "Persistent absence below 20% by July 2025", "Full LGB", "Amber"),
     ]),
    ("3. The trust and governors should ensure that they have an accurate understanding of the quality of education so that they hold leaders to account effectively.",
     [
         ("Governors to carry out subject link visits each term with a written report to the Local Governing Body.",
          "Chair of LGB", "Summer term 2025",
          "Visit reports for all link subjects on file", "Trust Director of Education", "Red"),
         ("Complete an external quality of education review and report the findings to the Trust Board.",
          "Trust Director of Education", "January 2025",
          "Review report received by the Trust Board", "Trust Board", "Green"),
     ]),
]


def make_budmouth():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    sec = d.sections[0]
    # landscape
    from docx.enum.section import WD_ORIENT
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    d.add_paragraph(BUD_TITLE, style="Title")
    d.add_paragraph("This plan responds to the areas for improvement in the Ofsted report following the "
                    "inspection on 12 and 13 March 2024. It is monitored by the Local Governing Body's "
                    "Standards Committee and reviewed with the trust's Director of Education each half-term.")
    d.add_heading("Version control", level=2)
    vc = [("Version", "Date", "Author", "Summary of changes"),
          ("1.0", "24/04/2024", "Headteacher", "Approved by the Local Governing Body"),
          ("1.1", "18/10/2024", "Headteacher", "Autumn half-term review"),
          ("1.2", "07/02/2025", "Deputy Headteacher", "Spring half-term review; RAG updated")]
    t = d.add_table(rows=len(vc), cols=4)
    t.style = "Table Grid"
    for i, row in enumerate(vc):
        for c, v in enumerate(row):
            set_cell(t.cell(i, c), v, bold=(i == 0))
    d.add_paragraph("")
    d.add_paragraph("RAG key (shading in the final column): Green – achieved; Amber – in progress; "
                    "Red – at risk of not being achieved; no shading – not yet started.")
    nrows = 1 + sum(len(a) for _, a in BUD)
    t = d.add_table(rows=nrows, cols=7)
    t.style = "Table Grid"
    for c, lab in enumerate(["Area for improvement", "Actions", "Lead(s)", "Timescale",
                             "Success criteria", "Monitoring", "RAG"]):
        set_cell(t.cell(0, c), lab, bold=True)
        shade(t.cell(0, c), "7030A0")
    r = 1
    for afi, acts in BUD:
        top = r
        for action, lead, when, sc, mon, rag in acts:
            for c, v in ((1, action), (2, lead), (3, when), (4, sc), (5, mon)):
                set_cell(t.cell(r, c), v)
            if rag:
                shade(t.cell(r, 6), DOC_FILL[rag])
            r += 1
        set_cell(t.cell(top, 0), afi, bold=True)
        if r - 1 > top:
            t.cell(top, 0).merge(t.cell(r - 1, 0))
    d.add_paragraph("")
    d.add_paragraph("Approved by the Local Governing Body: 24 April 2024. Next full review: July 2025.")
    d.save(out("zb-budmouth-academy-ofsted-post-inspection-action-plan.docx"))


# =============================================================================
# 6. Social Work England - Board action log (csv)
# =============================================================================
SWE = [
    ("BA-2025-11", "26/03/2025", "6. Chief Executive's report",
     "Provide the Board with an analysis of the age profile of open fitness to practise cases, including cases more than 24 months old.",
     "Executive Director of Fitness to Practise", "June 2025", "Blue",
     "Analysis presented at the June meeting (item 7). Closed."),
    ("BA-2025-12", "26/03/2025", "8. Business plan 2025-26",
     "Add measurable success indicators for the education and training quality assurance programme to the business plan.",
     "Executive Director of Professional Practice and Engagement", "Sep-25", "Blue",
     "Indicators added to the Q2 performance report."),
    ("BA-2025-17", "25/06/2025", "5. Regulatory performance report",
     "Bring forward options for reducing the time from referral to triage decision, with their resource implications.",
     "Executive Director of Fitness to Practise", "26/11/2025", "Green",
     "Paper on the agenda for this meeting (item 9).\nProposed for closure once discussed."),
    ("BA-2025-18", "25/06/2025", "7. People strategy update",
     "Share the results of the staff engagement survey, broken down by directorate and protected characteristic, with Board members.",
     "Director of People", "September 2025", "Amber",
     "Survey closed late; results to be circulated by email."),
    ("BA-2025-21", "17/09/2025", "4. Chair's report",
     "Arrange a Board development session on the regulation of social work degree apprenticeships.",
     "Chair / Head of Governance", "Q4 2025/26", "Green",
     "Provisionally booked for the February away day."),
    ("BA-2025-22", "17/09/2025", "6. Finance report",
     "Review the fee income forecast in the light of the 2025 registration renewal figures and report any change to the Audit and Risk Committee.",
     "Director of Finance", "Jan-26", "Green", ""),
    ("BA-2025-23", "17/09/2025", "6. Finance report",
     "Confirm the timetable for procuring the new case management system.",
     "Chief Executive and Registrar", "Next public meeting", "Amber",
     "Timetable depends on DfE approval of the business case."),
    ("BA-2025-24", "17/09/2025", "9. Equality, diversity and inclusion annual report",
     "Publish the 2024-25 equality data on registered social workers.\nInclude a plain English summary for people with lived experience.",
     "Head of Equality, Diversity and Inclusion", "31/12/2025", "Red",
     "Publication delayed pending data validation."),
]

SWE_HEAD = ["Action ref", "Meeting date", "Agenda item", "Action", "Owner", "Due", "RAG", "Update"]


def make_swe():
    n = len(SWE_HEAD)
    pad = [""] * (n - 1)
    with open(out("zb-social-work-england-board-action-log.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["Social Work England Board – action log"] + pad)
        w.writerow(["Actions arising from public Board meetings. Updated for the Board meeting on 26 November 2025."] + pad)
        w.writerow([""] * n)
        w.writerow(SWE_HEAD)
        for row in SWE:
            w.writerow(list(row))
        w.writerow([""] * n)
        w.writerow(["RAG key: Blue – complete; Green – on track; Amber – at risk of delay; Red – overdue"] + pad)
        w.writerow(["Completed actions are removed from the log after they have been reported to one meeting."] + pad)


# =============================================================================
# 7. Plymouth Marjon University - OfS condition E6 action plan (txt)
# =============================================================================
MARJON_TITLE = "Plymouth Marjon University – OfS Condition E6 (Harassment and Sexual Misconduct) Action Plan 2025/26"

MARJON = [
    ("WORKSTREAM 1: SINGLE COMPREHENSIVE SOURCE OF INFORMATION", [
        ("1.1", "Publish the single comprehensive source of information (SCSI) on the university website and the student app, covering every E6 minimum content requirement.",
         "Academic Registrar", "01/08/2025", "Complete", None),
        ("1.2", "Add the SCSI link to every module page on the VLE and to the student handbook.",
         "Head of Digital Learning / Academic Registrar", "30/09/2025", "Complete", None),
    ]),
    ("WORKSTREAM 2: TRAINING AND AWARENESS", [
        ("2.1", "Launch mandatory online consent and active bystander training for all new students, starting in Welcome Week.",
         "Director of Student Experience", "Sept 2025 – Jan 2026", "On track",
         "312 of 540 new students completed by 10 October."),
        ("2.2", "Train all staff who receive disclosures (personal tutors, accommodation staff and Students' Union advice staff) in responding to disclosures.",
         "Head of Wellbeing; Students' Union Chief Executive", "31/03/2026", "At risk",
         "External trainer availability limited; internal trainers being accredited."),
        ("2.3", "Run an awareness campaign with the Students' Union on reporting routes, including the anonymous Report + Support tool.",
         "Students' Union President", "Termly", "On track", None),
    ]),
    ("WORKSTREAM 3: REPORTING, INVESTIGATION AND DECISION-MAKING", [
        ("3.1", "Appoint and train a pool of independent investigators for harassment and sexual misconduct cases.",
         "Academic Registrar", "December 2025", "On track", None),
        ("3.2", "Update the Student Disciplinary Procedure so that the standard of proof, interim measures and sanctions meet Condition E6.",
         "University Secretary", "28/02/2026", "Not started", None),
    ]),
    ("WORKSTREAM 4: STAFF–STUDENT RELATIONSHIPS AND DISCLOSURE", [
        ("4.1", "Approve the policy on intimate personal relationships between staff and students and brief all heads of school.",
         "HR Director", "31/07/2025", "Complete", "Policy approved by Executive Board 9 July 2025."),
        ("4.2", "Confirm that no settlement agreement with a student restricts disclosure of harassment or sexual misconduct, and record this in the annual assurance statement.",
         "University Secretary / HR Director", "Annually", "On track", None),
    ]),
]


def make_marjon():
    rule = "-" * 72
    L = [
        MARJON_TITLE,
        "Plain text export from the Governance SharePoint site – version 3, 14 October 2025",
        "",
        "Plan owner: Academic Registrar",
        "Reporting: Executive Board (monthly); Audit and Risk Committee (termly); Board of Governors (annual assurance statement)",
        "Status key: Complete = blue | On track = green | At risk = amber | Off track = red | Not started",
        "",
    ]
    for ws, acts in MARJON:
        L += [rule, ws, rule, ""]
        for ref, action, lead, due, status, prog in acts:
            L.append(f"{ref}  {action}")
            L.append(f"      Lead: {lead}")
            L.append(f"      Due: {due}")
            L.append(f"      Status: {status}")
            if prog:
                L.append(f"      Progress: {prog}")
            L.append("")
    L += [rule,
          "Summary: 9 actions – 3 complete, 4 on track, 1 at risk, 0 off track, 1 not started",
          "Next review: Audit and Risk Committee, 27 November 2025"]
    with open(out("zb-plymouth-marjon-university-ofs-e6-harassment-sexual-misconduct-action-plan.txt"),
              "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")


if __name__ == "__main__":
    make_walsall()
    make_dwfrs()
    row = make_dc()
    print("Devon & Cornwall typo month on sheet 'Improvement plan' row", row)
    make_brendon()
    make_budmouth()
    make_swe()
    make_marjon()
    print("done")
