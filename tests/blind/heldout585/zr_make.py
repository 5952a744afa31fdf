"""Build the seven zr- blind test files (set heldout585).

Run with /work/main/.venv/bin/python zr_make.py from any directory; files are
written beside this script.
"""
import os
from datetime import datetime as dt

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    return os.path.join(HERE, name)


# ----------------------------------------------------------------- helpers
FILL = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "00B0F0",
    "grey": "D9D9D9",
    "navy": "1F3864",
    "pale": "DDEBF7",
    "pale2": "FCE4D6",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def xfill(colour):
    c = FILL.get(colour, colour)
    return PatternFill("solid", start_color=c, end_color=c)


def put(ws, row, col, value, bold=False, fill=None, fmt=None, white=False,
        size=None, border=True, wrap=True):
    cell = ws.cell(row=row, column=col, value=value)
    if bold or white or size:
        cell.font = Font(bold=bold, color="FFFFFF" if white else None,
                         size=size)
    if fill:
        cell.fill = xfill(fill)
    if fmt:
        cell.number_format = fmt
    if border:
        cell.border = BOX
    if wrap:
        cell.alignment = WRAP
    return cell


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), FILL.get(hexcolour, hexcolour))
    tcPr.append(shd)


def cell_text(cell, text, bold=False, size=None, white=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
        if white:
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.5))


# ======================================================================
# 1. Tyne and Wear FRS corporate risk register (xlsx)
# ======================================================================
def make_twfrs():
    title = ("Tyne and Wear Fire and Rescue Service – Corporate Risk "
             "Register 2025/26")
    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    put(cover, 1, 1, title, bold=True, size=14, border=False, wrap=False)
    put(cover, 2, 1, "Quarter 3 review (position at 30 November 2025)",
        border=False, wrap=False)
    put(cover, 4, 1, "Document control", bold=True, border=False)
    dc = [
        ("Document owner", "Head of Corporate Assurance"),
        ("Version", "3.2"),
        ("Reviewed by", "Executive Leadership Team, 9 December 2025"),
        ("Reported to", "Governance Committee, 19 January 2026"),
        ("Next review", "March 2026 (Quarter 4)"),
    ]
    for i, (k, v) in enumerate(dc, start=5):
        put(cover, i, 1, k, bold=True, fill="grey")
        put(cover, i, 2, v)
    put(cover, 11, 1, "Risk scoring (Likelihood x Impact)", bold=True,
        border=False)
    for i, (k, v, f) in enumerate([
            ("1 – 4", "Low", "green"),
            ("5 – 10", "Medium", "amber"),
            ("12 – 25", "High", "red")], start=12):
        put(cover, i, 1, k, fill=f)
        put(cover, i, 2, v)
    put(cover, 16, 1, "Action status key", bold=True, border=False)
    for i, (k, v, f) in enumerate([
            ("Complete", "Action delivered and evidenced", "blue"),
            ("On track", "Action progressing and will meet target date",
             "green"),
            ("Some slippage", "Action behind plan – recovery in hand",
             "amber"),
            ("Off track", "Action will not meet target date – escalated to "
             "ELT", "red")], start=17):
        put(cover, i, 1, k, fill=f)
        put(cover, i, 2, v)
    widths(cover, [34, 62])

    summ = wb.create_sheet("Summary")
    put(summ, 1, 1, "Corporate risk summary – Quarter 3 2025/26", bold=True,
        border=False, wrap=False)
    hdr = ["Risk", "Q2 score", "Q3 score", "Direction of travel",
           "Target score"]
    for c, h in enumerate(hdr, start=1):
        put(summ, 3, c, h, bold=True, fill="navy", white=True)
    srows = [
        ("CR01 Medium-term financial sustainability", 16, 16, "→", 9),
        ("CR02 Workforce capacity and succession", 12, 9, "↓", 6),
        ("CR03 Cyber security and ICT resilience", 15, 20, "↑", 10),
    ]
    for r, row in enumerate(srows, start=4):
        for c, v in enumerate(row, start=1):
            f = None
            if c in (2, 3, 5):
                f = "red" if v >= 12 else ("amber" if v >= 5 else "green")
            put(summ, r, c, v, fill=f)
    put(summ, 8, 1, "Total corporate risks: 3 (High 3, Medium 0, Low 0)",
        border=False, wrap=False)
    widths(summ, [44, 10, 10, 20, 12])

    ws = wb.create_sheet("Register")
    put(ws, 1, 1, title, bold=True, size=14, border=False, wrap=False)
    put(ws, 2, 1, "Quarter 3 2025/26 – further actions and progress",
        border=False, wrap=False)
    heads = ["Risk", "Risk description (cause / event / consequence)",
             "Risk owner", "Current score (L x I)", "Target score",
             "Action ref", "Further action required", "Action owner",
             "Target date", "Revised date", "Action status",
             "Q3 progress update"]
    for c, h in enumerate(heads, start=1):
        put(ws, 4, c, h, bold=True, fill="navy", white=True)

    risks = [
        {
            "risk": "CR01 Medium-term financial sustainability",
            "desc": "Uncertainty over the multi-year funding settlement, "
                    "pay awards and inflation means the Authority may be "
                    "unable to set a balanced budget across the MTFS period, "
                    "leading to unplanned reductions in frontline services.",
            "owner": "Finance Director",
            "score": "4 x 4 = 16", "sc": "red", "target": 9,
            "actions": [
                ("CR01.1",
                 "Refresh the Medium Term Financial Strategy 2026/27 to "
                 "2029/30 and present it to the Authority alongside the "
                 "budget report",
                 "Finance Director", dt(2026, 2, 28), None, "On track",
                 "Draft MTFS reviewed by ELT on 2 December; Authority "
                 "budget meeting 16 February 2026."),
                ("CR01.2",
                 "Respond to the Fair Funding Review 2.0 consultation and "
                 "model the impact of the provisional multi-year settlement",
                 "Finance Director / Strategic Finance Manager",
                 dt(2025, 8, 31), dt(2026, 1, 31), "Some slippage",
                 "Consultation response submitted August 2025. Modelling "
                 "delayed until the provisional settlement is published."),
                ("CR01.3",
                 "Deliver the 2025/26 efficiency savings target of £1.2m "
                 "set out in the Efficiency and Productivity Plan",
                 "Deputy Chief Fire Officer", dt(2026, 3, 31), None,
                 "On track",
                 "£0.94m delivered to date; remaining savings from "
                 "vehicle fleet review."),
            ],
        },
        {
            "risk": "CR02 Workforce capacity and succession",
            "desc": "Retirements and competition for specialist skills "
                    "could leave the Service without enough competent staff "
                    "in key operational and protection roles, reducing "
                    "capability and resilience.",
            "owner": "Director of People and Organisational Development",
            "score": "3 x 3 = 9", "sc": "amber", "target": 6,
            "actions": [
                ("CR02.1",
                 "Implement the Protection workforce development plan, "
                 "including two cohorts of the Level 4 Diploma in Fire "
                 "Safety",
                 "Area Manager Prevention and Protection", "Q4 2025/26",
                 None, "On track",
                 "Cohort 1 (8 learners) completes January 2026; cohort 2 "
                 "started November 2025."),
                ("CR02.2",
                 "Complete the operational succession planning review for "
                 "station and group manager roles",
                 "Director of People and Organisational Development",
                 dt(2025, 9, 30), None, "Complete",
                 "Review approved by ELT on 23 September 2025. Talent pool "
                 "established."),
                ("CR02.3",
                 "Launch a targeted positive action recruitment campaign "
                 "for the 2026 wholetime firefighter intake",
                 "Director of People and Organisational Development\n"
                 "Area Manager Response",
                 "March 2026", None, "Some slippage",
                 "Campaign launch moved to February 2026 to align with "
                 "national recruitment window."),
            ],
        },
        {
            "risk": "CR03 Cyber security and ICT resilience",
            "desc": "A successful cyber attack or failure of core ICT "
                    "infrastructure could disrupt mobilising, communications "
                    "and corporate systems, affecting the Service's ability "
                    "to respond to emergencies.",
            "owner": "Assistant Chief Fire Officer",
            "score": "4 x 5 = 20", "sc": "red", "target": 10,
            "actions": [
                ("CR03.1",
                 "Achieve Cyber Essentials Plus re-certification",
                 "Head of ICT", dt(2025, 11, 30), dt(2026, 1, 31),
                 "Some slippage",
                 "Assessment rebooked for January 2026 after remediation of "
                 "two unsupported servers."),
                ("CR03.2",
                 "Test the mobilising system business continuity plan "
                 "through a live fallback exercise with the secondary "
                 "control room",
                 "Head of ICT / Control Manager", "Quarterly", None,
                 "On track",
                 "Q3 exercise held 12 November 2025; learning log "
                 "updated."),
                ("CR03.3",
                 "Replace end-of-life network switches at nine community "
                 "fire stations",
                 "Head of ICT", dt(2025, 12, 31), None, "Off track",
                 "Supplier lead times extended; only 3 of 9 sites "
                 "completed. Escalated to ELT."),
            ],
        },
    ]
    status_fill = {"Complete": "blue", "On track": "green",
                   "Some slippage": "amber", "Off track": "red"}
    r = 5
    for risk in risks:
        first = r
        for a in risk["actions"]:
            ref, text, owner, due, rev, status, upd = a
            put(ws, r, 6, ref)
            put(ws, r, 7, text)
            put(ws, r, 8, owner)
            put(ws, r, 9, due, fmt="dd/mm/yyyy" if isinstance(due, dt)
                else None)
            put(ws, r, 10, rev, fmt="dd/mm/yyyy" if isinstance(rev, dt)
                else None)
            put(ws, r, 11, status, fill=status_fill[status])
            put(ws, r, 12, upd)
            r += 1
        last = r - 1
        put(ws, first, 1, risk["risk"], bold=True)
        put(ws, first, 2, risk["desc"])
        put(ws, first, 3, risk["owner"])
        put(ws, first, 4, risk["score"], fill=risk["sc"])
        put(ws, first, 5, risk["target"])
        for col in range(1, 6):
            for rr in range(first + 1, last + 1):
                ws.cell(row=rr, column=col).border = BOX
            ws.merge_cells(start_row=first, start_column=col,
                           end_row=last, end_column=col)
    r += 1
    put(ws, r, 1, "Note: scores are residual scores after existing "
        "controls. Existing controls are recorded in the risk management "
        "system (JCAD) and are not reproduced here.", border=False,
        wrap=False)
    widths(ws, [26, 40, 22, 12, 9, 9, 46, 26, 12, 12, 14, 40])
    ws.freeze_panes = "A5"
    wb.save(out("zr-tyne-and-wear-fire-rescue-service-corporate-risk-"
                "register-2025-26.xlsx"))


# ======================================================================
# 2. Sussex Police HMICFRS NCPI action plan (xlsx)
# ======================================================================
def make_sussex():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action plan"
    title = ("Sussex Police – HMICFRS National Child Protection Inspection: "
             "Post-Inspection Action Plan")
    put(ws, 1, 1, title, bold=True, size=14, border=False, wrap=False)
    put(ws, 2, 1, "Report published 12 November 2024 | Gold lead: ACC "
        "Local Policing | Governance: Child Protection Gold Group | "
        "Version 6 – update as at 30 September 2025", border=False,
        wrap=False)
    heads = ["Rec", "HMICFRS recommendation", "Action ref", "Action",
             "Owner", "Original due date", "Revised due date",
             "Previous RAG", "Current RAG", "Progress update (September 2025)"]
    for c, h in enumerate(heads, start=1):
        put(ws, 4, c, h, bold=True, fill="navy", white=True)

    bands = [
        ("Immediate recommendations", [
            ("1",
             "We recommend that Sussex Police immediately takes steps to "
             "make sure that when a child is charged and refused bail, the "
             "local authority is asked to provide alternative accommodation, "
             "and that every request and its outcome are recorded.",
             [
                 ("1.1",
                  "Issue a custody directive requiring the custody sergeant "
                  "to request local authority accommodation for every child "
                  "charged and refused bail, and to record the request and "
                  "outcome on Niche",
                  "Chief Inspector, Criminal Justice and Custody",
                  dt(2024, 12, 31), None, "G", "B",
                  "Directive issued 2 December 2024. Compliance 96% in "
                  "August dip sample."),
                 ("1.2",
                  "Agree an escalation protocol with Brighton & Hove, East "
                  "Sussex and West Sussex children's services for "
                  "out-of-hours PACE beds",
                  "Superintendent Criminal Justice / Head of Public "
                  "Protection",
                  dt(2025, 2, 28), dt(2025, 6, 30), "A", "G",
                  "Protocol agreed by all three authorities; sign-off at "
                  "Pan-Sussex partnership on 14 October."),
             ]),
        ]),
        ("Recommendations to be completed within six months", [
            ("2",
             "Within six months, Sussex Police should improve the quality "
             "of its initial investigations of child abuse, making sure that "
             "the voice of the child is recorded and informs "
             "decision-making.",
             [
                 ("2.1",
                  "Roll out the Voice of the Child training package to all "
                  "response and neighbourhood officers",
                  "Detective Superintendent, Public Protection",
                  dt(2025, 4, 30), dt(2025, 9, 30), "A", "B",
                  "2,114 officers trained (97%). Remaining officers on "
                  "long-term absence."),
                 ("2.2",
                  "Add a mandatory 'voice of the child' field to the Niche "
                  "investigation template",
                  "Head of Niche Development", dt(2025, 3, 31), None,
                  "R", "A",
                  "Change request approved by the Niche consortium; "
                  "release scheduled for November 2025."),
                 ("2.3",
                  "Introduce monthly dip sampling of 20 child protection "
                  "investigations, with feedback to supervisors",
                  "DCI Safeguarding Investigations Unit", "Monthly", None,
                  "G", "G",
                  "Dip sampling running since March 2025; themes reported "
                  "to Gold Group."),
             ]),
            ("3",
             "Within six months, Sussex Police should make sure that "
             "information from return home interviews with children who go "
             "missing is received, recorded and used to reduce risk.",
             [
                 ("3.1",
                  "Review the missing persons policy so that every child "
                  "missing more than once in 90 days is referred to the "
                  "multi-agency child exploitation meeting",
                  "Missing Persons Coordinator", dt(2025, 5, 31), None,
                  "G", "B", "Revised policy published 28 May 2025."),
                 ("3.2",
                  "Agree an information-sharing agreement with the three "
                  "local authorities for return home interview outcomes",
                  "Head of Public Protection", dt(2025, 7, 31),
                  dt(2026, 1, 31), "A", "R",
                  "West Sussex and East Sussex signed. Brighton & Hove "
                  "awaiting legal review; escalated to ACC."),
             ]),
            ("4",
             "Within six months, Sussex Police should review the capacity "
             "and supervision of its online child sexual abuse "
             "investigations so that referrals are risk-assessed and "
             "allocated promptly.",
             [
                 ("4.1",
                  "Complete a demand and capacity review of the Paedophile "
                  "Online Investigation Team (POLIT)",
                  "Detective Superintendent, Public Protection",
                  "Q3 2025/26", None, "A", "A",
                  "Review commissioned from Corporate Development; "
                  "fieldwork under way."),
                 ("4.2",
                  "Implement the KIRAT risk prioritisation tool for all "
                  "online child sexual abuse referrals",
                  "DCI POLIT", dt(2025, 9, 30), None, "G", "B",
                  "KIRAT live from 1 September 2025."),
             ]),
        ]),
    ]
    rag_fill = {"R": "red", "A": "amber", "G": "green", "B": "blue"}
    r = 5
    for band, recs in bands:
        put(ws, r, 1, band, bold=True, fill="pale")
        for c in range(2, 11):
            put(ws, r, c, None, fill="pale")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        for recno, rectext, actions in recs:
            first = r
            for ref, text, owner, due, rev, prev, cur, upd in actions:
                put(ws, r, 3, ref)
                put(ws, r, 4, text)
                put(ws, r, 5, owner)
                put(ws, r, 6, due, fmt="dd/mm/yyyy" if isinstance(due, dt)
                    else None)
                put(ws, r, 7, rev, fmt="dd/mm/yyyy" if isinstance(rev, dt)
                    else None)
                put(ws, r, 8, prev, fill=rag_fill[prev])
                put(ws, r, 9, cur, fill=rag_fill[cur])
                put(ws, r, 10, upd)
                r += 1
            put(ws, first, 1, recno, bold=True)
            put(ws, first, 2, rectext)
            for col in (1, 2):
                for rr in range(first + 1, r):
                    ws.cell(row=rr, column=col).border = BOX
                if r - 1 > first:
                    ws.merge_cells(start_row=first, start_column=col,
                                   end_row=r - 1, end_column=col)
    r += 1
    put(ws, r, 1, "Current RAG summary", bold=True, border=False)
    r += 1
    for label, n, f in [("Blue – complete", 4, "blue"),
                        ("Green – on track", 2, "green"),
                        ("Amber – at risk", 2, "amber"),
                        ("Red – off track", 1, "red"),
                        ("Total actions", 9, None)]:
        put(ws, r, 1, label, fill=f)
        put(ws, r, 2, n)
        r += 1
    r += 1
    put(ws, r, 1, "Note: actions rated Blue are closed only when evidence "
        "has been accepted by the Gold Group and shared with HMICFRS.",
        border=False, wrap=False)
    widths(ws, [6, 46, 8, 46, 28, 12, 12, 9, 9, 42])
    ws.freeze_panes = "A5"

    key = wb.create_sheet("Key & version control")
    put(key, 1, 1, "RAG key", bold=True, border=False)
    for i, (k, v, f) in enumerate([
            ("B", "Complete – evidence accepted by Gold Group", "blue"),
            ("G", "On track to meet due date", "green"),
            ("A", "At risk – may miss due date, mitigation in place",
             "amber"),
            ("R", "Off track – due date missed or will be missed",
             "red")], start=2):
        put(key, i, 1, k, fill=f)
        put(key, i, 2, v)
    put(key, 8, 1, "Version control", bold=True, border=False)
    for c, h in enumerate(["Version", "Date", "Author", "Change"], start=1):
        put(key, 9, c, h, bold=True, fill="grey")
    for i, row in enumerate([
            ("5", dt(2025, 6, 30), "Public Protection Business Manager",
             "Q1 update"),
            ("6", dt(2025, 9, 30), "Public Protection Business Manager",
             "Q2 update; 2.1 and 4.2 closed")], start=10):
        for c, v in enumerate(row, start=1):
            put(key, i, c, v, fmt="dd/mm/yyyy" if isinstance(v, dt) else None)
    widths(key, [10, 52, 34, 30])
    wb.save(out("zr-sussex-police-hmicfrs-ncpi-child-protection-action-"
                "plan.xlsx"))


# ======================================================================
# 3. Bromford Flagship Group Board action log (xlsx)
# ======================================================================
def make_bromford():
    wb = Workbook()
    ws = wb.active
    ws.title = "Open actions"
    title = "Bromford Flagship – Group Board Action Log"
    put(ws, 1, 1, title, bold=True, size=14, border=False, wrap=False)
    put(ws, 2, 1, "Open actions – updated for Group Board, 27 November 2025",
        border=False, wrap=False)
    heads = ["Minute ref", "Agenda item", "Action", "Owner", "Due date",
             "Revised due date", "Status", "Update"]
    for c, h in enumerate(heads, start=1):
        put(ws, 4, c, h, bold=True, fill="navy", white=True)
    sfill = {"Complete": "blue", "On track": "green", "At risk": "amber",
             "Overdue": "red"}
    meetings = [
        ("Group Board – 24 July 2025", [
            ("GB/25/048", "Item 5: Chief Executive's report",
             "Provide the Board with a briefing on the implications of the "
             "Renters' Rights Act for the general needs tenancy portfolio",
             "SG", dt(2025, 9, 30), dt(2025, 11, 27), "On track",
             "Deferred to reflect Royal Assent; briefing is item 9 on "
             "today's agenda."),
            ("GB/25/055", "Item 10: Treasury management",
             "Circulate the refinancing options appraisal for the 2027 "
             "bond maturity to Finance and Treasury Committee members ahead "
             "of the strategy day",
             "PL/MH", dt(2025, 10, 31), dt(2026, 1, 15), "At risk",
             "Awaiting revised credit rating agency view; appraisal to "
             "follow in January."),
        ]),
        ("Group Board – 25 September 2025", [
            ("GB/25/067", "Item 6: Building safety compliance",
             "Report the outcome of the review of the fire risk assessment "
             "remedial action backlog, with a trajectory for clearing all "
             "high-risk actions",
             "Director of Property Services", dt(2025, 11, 27), None,
             "On track", "Included in the compliance report at item 7."),
            ("GB/25/068", "Item 6: Building safety compliance",
             "Arrange a Board site visit to a high-rise block where "
             "remediation works are under way",
             "CS", "Q4 2025/26", None, "On track",
             "Visit to be scheduled with the Norwich remediation team."),
            ("GB/25/071", "Item 9: Tenant satisfaction measures",
             "Analyse the fall in satisfaction with complaint handling by "
             "region and report root causes to the Customer Experience "
             "Committee",
             "RW; Head of Customer Insight", dt(2025, 12, 31), None,
             "On track", "Regional analysis complete; root cause workshops "
             "in December."),
            ("GB/25/074", "Item 11: Merger integration update",
             "Confirm the timetable for aligning rent-setting policies "
             "across legacy Bromford and legacy Flagship homes",
             "PL", dt(2025, 10, 31), None, "Overdue",
             "Dependent on rent convergence modelling; update verbally at "
             "this meeting."),
        ]),
        ("Group Board – 23 October 2025 (strategy day)", [
            ("GB/25/081", "Item 3: Development pipeline",
             "Provide sensitivity analysis of the 2026–2031 development "
             "programme at interest rates 1% above the business plan "
             "assumption",
             "MH", "Next meeting", None, "On track",
             "Analysis being run through the business plan model."),
        ]),
    ]
    r = 5
    for band, rows in meetings:
        put(ws, r, 1, band, bold=True, fill="pale")
        for c in range(2, 9):
            put(ws, r, c, None, fill="pale")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for ref, item, text, owner, due, rev, status, upd in rows:
            put(ws, r, 1, ref)
            put(ws, r, 2, item)
            put(ws, r, 3, text)
            put(ws, r, 4, owner)
            put(ws, r, 5, due, fmt="dd/mm/yyyy" if isinstance(due, dt)
                else None)
            put(ws, r, 6, rev, fmt="dd/mm/yyyy" if isinstance(rev, dt)
                else None)
            put(ws, r, 7, status, fill=sfill[status])
            put(ws, r, 8, upd)
            r += 1
    r += 1
    put(ws, r, 1, "Status key", bold=True, border=False)
    r += 1
    for k, v in [("Complete", "Action closed – moves to the closed log"),
                 ("On track", "In progress and due date will be met"),
                 ("At risk", "Due date may be missed"),
                 ("Overdue", "Due date has passed")]:
        put(ws, r, 1, k, fill=sfill[k])
        put(ws, r, 2, v)
        r += 1
    r += 1
    put(ws, r, 1, "Owners", bold=True, border=False)
    r += 1
    for k, v in [("SG", "Chief Operating Officer"),
                 ("PL", "Chief Financial Officer"),
                 ("MH", "Director of Treasury"),
                 ("RW", "Chief Customer Officer"),
                 ("CS", "Company Secretary")]:
        put(ws, r, 1, k)
        put(ws, r, 2, v)
        r += 1
    widths(ws, [12, 30, 52, 20, 12, 12, 11, 44])
    ws.freeze_panes = "A5"

    cl = wb.create_sheet("Closed since last meeting")
    put(cl, 1, 1, "Actions closed since the last meeting", bold=True,
        border=False, wrap=False)
    heads2 = ["Minute ref", "Meeting", "Agenda item", "Action", "Owner",
              "Due date", "Status", "Closure note"]
    for c, h in enumerate(heads2, start=1):
        put(cl, 3, c, h, bold=True, fill="navy", white=True)
    closed = [
        ("GB/25/039", dt(2025, 6, 26), "Item 7: Data protection",
         "Share the outcome of the ICO breach self-assessment with the "
         "Chair of the Audit and Risk Committee",
         "CS", dt(2025, 7, 31), "Complete", "Shared 18 July 2025."),
        ("GB/25/061", dt(2025, 9, 25), "Item 4: Board effectiveness",
         "Amend the Board skills matrix to include digital and cyber "
         "expertise",
         "CS", dt(2025, 10, 31), "Complete",
         "Updated matrix approved by Nominations Committee, 21 October "
         "2025."),
    ]
    for r, row in enumerate(closed, start=4):
        for c, v in enumerate(row, start=1):
            put(cl, r, c, v, fmt="dd/mm/yyyy" if isinstance(v, dt) else None,
                fill="blue" if c == 7 else None)
    widths(cl, [12, 12, 28, 52, 10, 12, 11, 40])
    wb.save(out("zr-bromford-flagship-group-board-action-log.xlsx"))


# ======================================================================
# 4. Castle Medical Group CQC inspection action plan (docx)
# ======================================================================
def make_castle():
    doc = Document()
    landscape(doc)
    doc.add_paragraph("Castle Medical Group – CQC Inspection Action Plan",
                      style="Title")
    doc.add_paragraph("Assessment site visit: 14 May 2025 | Report "
                      "published: 22 July 2025 | Overall rating: Requires "
                      "improvement")
    doc.add_paragraph("This plan responds to the requirement notices and "
                      "the areas the practice should improve set out in "
                      "the CQC report. It is reviewed at the monthly "
                      "partners’ meeting and shared with the ICB primary "
                      "care quality team.")

    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in enumerate(["Version", "Date", "Author", "Approved by"]):
        cell_text(t.rows[0].cells[c], h, bold=True)
        shade(t.rows[0].cells[c], "grey")
    for row in [("1.0", "05/08/2025", "Practice Manager",
                 "Partners’ meeting"),
                ("1.3", "03/11/2025", "Practice Manager",
                 "Partners’ meeting")]:
        cells = t.add_row().cells
        for c, v in enumerate(row):
            cell_text(cells[c], v)

    doc.add_heading("Section 1: Actions the practice MUST take", level=1)
    doc.add_paragraph("These relate to the requirement notices issued "
                      "under the Health and Social Care Act 2008 "
                      "(Regulated Activities) Regulations 2014.")
    rag = {"Complete": "blue", "Green": "green", "Amber": "amber",
           "Red": "red"}
    musts = [
        ("Must do 1: Ensure care and treatment is provided in a safe way "
         "to patients (Regulation 12)", [
             ("1a",
              "Complete a full search of patients prescribed DMARDs and "
              "lithium and recall any patient overdue monitoring bloods",
              "Dr A Khan (Prescribing lead)", "30 June 2025", "Complete"),
             ("1b",
              "Introduce a weekly clinical system search for high-risk "
              "medicines, reviewed by the clinical pharmacist and signed "
              "off at the clinical meeting",
              "Clinical Pharmacist / Dr A Khan (Prescribing lead)",
              "Ongoing – weekly", "Green"),
             ("1c",
              "Re-audit the practice’s response to MHRA safety alerts for "
              "valproate and SGLT2 inhibitors and record outcomes on the "
              "safety alert log",
              "Practice Manager", "31 August 2025", "Complete"),
         ]),
        ("Must do 2: Ensure systems and processes are established and "
         "operated effectively to ensure good governance (Regulation 17)", [
             ("2a",
              "Review and update all practice policies with version control "
              "and a named owner, held on the shared drive",
              "Practice Manager", "30 September 2025\nRevised: 30 November "
              "2025", "Amber"),
             ("2b",
              "Set up a monthly governance meeting with a standing agenda "
              "covering significant events, complaints, safety alerts and "
              "QOF performance",
              "Dr S Hughes (Governance lead)", "July 2025", "Complete"),
             ("2c",
              "Implement a training matrix and follow up staff overdue "
              "mandatory training, including safeguarding level 3 for all "
              "GPs",
              "Practice Manager and Lead Nurse", "31 October 2025",
              "Amber"),
         ]),
    ]
    for must, acts in musts:
        t = doc.add_table(rows=2, cols=5)
        t.style = "Table Grid"
        top = t.rows[0].cells[0].merge(t.rows[0].cells[4])
        cell_text(top, must, bold=True)
        shade(top, "pale")
        for c, h in enumerate(["Ref", "What we will do", "Lead",
                               "By when", "RAG"]):
            cell_text(t.rows[1].cells[c], h, bold=True)
            shade(t.rows[1].cells[c], "grey")
        for ref, text, lead, when, status in acts:
            cells = t.add_row().cells
            for c, v in enumerate([ref, text, lead, when, status]):
                cell_text(cells[c], v)
            shade(cells[4], rag[status])
        doc.add_paragraph("")

    doc.add_heading("Section 2: Actions the practice SHOULD take", level=1)
    shoulds = [
        ("Continue to improve the uptake of childhood immunisations and "
         "cervical screening.", [
             ("S1.1",
              "Employ a dedicated recall administrator two days per week to "
              "contact non-responders by text, letter and telephone",
              "Practice Manager", "September 2025", "Green"),
             ("S1.2",
              "Offer Saturday cervical screening clinics through the PCN "
              "enhanced access hub",
              "Lead Nurse", "Q3 2025/26", "Green"),
         ]),
        ("Take action to improve patient satisfaction with telephone "
         "access.", [
             ("S2.1",
              "Move to a cloud-based telephony system with call-back and "
              "queue position messaging",
              "Practice Manager", "31 January 2026", "Amber"),
         ]),
    ]
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in enumerate(["Should do", "Ref", "What we will do", "Lead",
                           "By when", "RAG"]):
        cell_text(t.rows[0].cells[c], h, bold=True)
        shade(t.rows[0].cells[c], "grey")
    for should, acts in shoulds:
        first = None
        for ref, text, lead, when, status in acts:
            cells = t.add_row().cells
            if first is None:
                first = cells[0]
                cell_text(first, should)
            last = cells[0]
            for c, v in enumerate([ref, text, lead, when, status], start=1):
                cell_text(cells[c], v)
            shade(cells[5], rag[status])
        if last is not first:
            first.merge(last)
            cell_text(first, should)
    doc.add_paragraph("")
    doc.add_paragraph("RAG key: Blue (Complete) – action completed and "
                      "evidenced; Green – on track; Amber – some delay, "
                      "action in hand; Red – not on track, escalated to "
                      "the partners.")
    t = doc.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    for c, h in enumerate(["Signed on behalf of the partners", "Role",
                           "Date"]):
        cell_text(t.rows[0].cells[c], h, bold=True)
    for c, v in enumerate(["Dr S Hughes", "Senior Partner",
                           "03/11/2025"]):
        cell_text(t.rows[1].cells[c], v)
    doc.save(out("zr-castle-medical-group-cqc-inspection-action-plan.docx"))


# ======================================================================
# 5. Nova Training Ofsted post-inspection action plan (docx)
# ======================================================================
def make_nova():
    doc = Document()
    landscape(doc)
    doc.add_paragraph("Nova Training Ltd – Ofsted Post-Inspection Action "
                      "Plan", style="Title")
    doc.add_paragraph("Following the full inspection of apprenticeship "
                      "provision on 3–6 June 2025 (report published 10 July "
                      "2025). Progress update for the Board of Directors, "
                      "January 2026.")

    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    cell_text(t.rows[0].cells[0], "Inspection judgement", bold=True)
    cell_text(t.rows[0].cells[1], "Grade", bold=True)
    for k, v in [("Overall effectiveness", "Requires improvement"),
                 ("The quality of education", "Requires improvement"),
                 ("Behaviour and attitudes", "Good"),
                 ("Personal development", "Good"),
                 ("Leadership and management", "Requires improvement"),
                 ("Apprenticeships", "Requires improvement")]:
        cells = t.add_row().cells
        cell_text(cells[0], k)
        cell_text(cells[1], v)

    rag = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    heads = ["Ref", "Action", "Lead", "Success measure / impact",
             "Deadline", "Progress update (January 2026)", "RAG"]
    sections = [
        ("Quality of education", [
            ("1. Leaders should make sure that tutors use the information "
             "about apprentices’ starting points to plan learning that "
             "builds on what they already know.", [
                 ("1.1",
                  "Redesign the initial skills scan for each standard so "
                  "that it records prior knowledge, skills and behaviours "
                  "against the KSBs",
                  "Head of Quality; Curriculum Managers",
                  "New skills scans in use for all starts from October 2025",
                  "December 2025",
                  "Skills scans live for all 9 standards.", "B"),
                 ("1.2",
                  "Train all tutors to use skills scan outcomes when "
                  "writing individual training plans, followed by a "
                  "sample review of 10% of plans",
                  "Head of Quality",
                  "90% of sampled plans show content adjusted for prior "
                  "learning",
                  "End of February 2026",
                  "Training delivered to 21 of 24 tutors; sample review "
                  "booked for February.", "G"),
             ]),
            ("2. Leaders should ensure that apprentices are well prepared "
             "for their end-point assessment and understand the grading "
             "criteria.", [
                 ("2.1",
                  "Introduce mock professional discussions and mock "
                  "observations at least three months before gateway for "
                  "all apprentices",
                  "Curriculum Managers",
                  "All apprentices at gateway have completed a mock; "
                  "distinction rate rises above 25%",
                  "31/03/2026",
                  "Mock schedule in place for 2025/26 gateway cohort.",
                  "G"),
                 ("2.2",
                  "Produce a grading criteria guide for each standard and "
                  "discuss it with apprentices and employers at every "
                  "progress review",
                  "Walsh, Karen",
                  "Apprentices can explain what they need to do to achieve "
                  "a distinction",
                  "Autumn term 2025",
                  "Guides complete for 6 of 9 standards; remaining three "
                  "delayed by EPAO changes.", "A"),
             ]),
        ]),
        ("Leadership and management", [
            ("3. Leaders and managers should ensure that apprentices’ "
             "off-the-job training is planned and recorded accurately so "
             "that all apprentices receive their entitlement.", [
                 ("3.1",
                  "Implement the off-the-job hours tracker in the "
                  "e-portfolio with a monthly RAG report for each "
                  "apprentice",
                  "Data and Compliance Manager",
                  "All apprentices on or above planned off-the-job hours",
                  "Monthly",
                  "Tracker live; December report shows 84% on track.",
                  "G"),
                 ("3.2",
                  "Hold three-way reviews with employers where apprentices "
                  "are below 80% of planned hours and agree a catch-up plan",
                  "Tutors / Employer Engagement Manager",
                  "Catch-up plans agreed for every apprentice below 80%",
                  "31 January 2026",
                  "41 apprentices below 80%; only 19 reviews held. "
                  "Escalated to Managing Director.", "R"),
             ]),
            ("4. Governors should receive accurate information on the "
             "quality of education so that they can hold leaders to "
             "account.", [
                 ("4.1",
                  "Recruit an independent board adviser with further "
                  "education quality expertise",
                  "Managing Director",
                  "Adviser in post and attending board meetings",
                  "September 2025",
                  "Adviser appointed and attended October board.", "B"),
                 ("4.2",
                  "Provide the board with a termly quality dashboard "
                  "covering achievement, retention, off-the-job hours and "
                  "EPA readiness",
                  "Head of Quality",
                  "Board minutes show challenge on quality data",
                  "Termly",
                  "First dashboard presented December 2025.", "G"),
             ]),
        ]),
    ]
    for heading, afis in sections:
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=1, cols=7)
        t.style = "Table Grid"
        for c, h in enumerate(heads):
            cell_text(t.rows[0].cells[c], h, bold=True, white=True)
            shade(t.rows[0].cells[c], "navy")
        for afi, acts in afis:
            row = t.add_row().cells
            m = row[0].merge(row[6])
            cell_text(m, afi, bold=True)
            shade(m, "pale2")
            for ref, text, lead, measure, when, upd, status in acts:
                cells = t.add_row().cells
                for c, v in enumerate([ref, text, lead, measure, when, upd,
                                       status]):
                    cell_text(cells[c], v)
                shade(cells[6], rag[status])
        doc.add_paragraph("")
    doc.add_paragraph("RAG: B – complete; G – on track; A – at risk; "
                      "R – behind schedule.")
    t = doc.add_table(rows=3, cols=3)
    t.style = "Table Grid"
    for c, h in enumerate(["Sign-off", "Name", "Date"]):
        cell_text(t.rows[0].cells[c], h, bold=True)
    for r, row in enumerate([("Managing Director", "Paul Okafor",
                              "14/01/2026"),
                             ("Chair of the Board", "Helen Marsh",
                              "14/01/2026")], start=1):
        for c, v in enumerate(row):
            cell_text(t.rows[r].cells[c], v)
    doc.save(out("zr-nova-training-ofsted-post-inspection-action-plan.docx"))


# ======================================================================
# 6. Sheffield Hallam University internal audit tracker (csv) - refuse
# ======================================================================
def make_shu():
    import csv
    import io
    ncol = 12
    rows = [
        ["Sheffield Hallam University Internal Audit Recommendations "
         "Tracker"],
        ["Audit and Risk Committee 25 November 2025 - position at 31 "
         "October 2025"],
        [],
        ["Audit", "Report issued", "Rec", "Priority", "Recommendation",
         "Agreed management action", "Responsible officer",
         "Original due date", "Revised due date", "Status", "RAG",
         "Management update"],
        ["Student Recruitment Agents (SHU 24/25-02)", "14/03/2025", "1",
         "High",
         "The University should complete due diligence checks on all "
         "active recruitment agents and retain evidence centrally.",
         "Complete refreshed due diligence for all 112 active agents and "
         "store evidence in the agent management system",
         "Director of International Recruitment", "30-Jun-2025",
         "30-Sep-2025", "Complete", "B",
         "All active agents re-checked; 9 contracts terminated."],
        ["Student Recruitment Agents (SHU 24/25-02)", "14/03/2025", "2",
         "Medium",
         "Commission payments should be reconciled to enrolment data "
         "before payment is released.",
         "Introduce a monthly reconciliation of agent invoices to SITS "
         "census enrolments, signed off by the Finance Business Partner",
         "Finance Business Partner (Global)", "31-Jul-2025", "",
         "In progress", "G",
         "Reconciliation template agreed; first run in November."],
        ["Cyber Security - Identity and Access Management (SHU 24/25-05)",
         "22/04/2025", "1", "High",
         "Leaver accounts should be disabled promptly and privileged "
         "access reviewed at least quarterly.",
         "Automate disabling of leaver accounts from the HR system feed "
         "and introduce a quarterly privileged access review",
         "Chief Information Officer", "31-Aug-2025", "31-0ct-2025",
         "In progress", "A",
         "Automation live for staff; student accounts in testing."],
        ["Cyber Security - Identity and Access Management (SHU 24/25-05)",
         "22/04/2025", "2", "Medium",
         "Multi-factor authentication should be enforced for all remote "
         "access.",
         "Enforce MFA for VPN and remote desktop access for all staff and "
         "contractors",
         "Head of Information Security", "30-Sep-2025", "", "Complete", "B",
         "Enforced from 15 September 2025."],
        ["Research Grant Costing (SHU 24/25-07)", "09/06/2025", "1",
         "Medium",
         "Full economic costing should be approved before submission for "
         "all externally funded bids.",
         "Configure Worktribe so that bids cannot be submitted without "
         "costing approval by Research Finance",
         "Head of Research Finance", "31-Dec-2025", "", "In progress", "G",
         "Workflow change with supplier; go-live December."],
        ["Research Grant Costing (SHU 24/25-07)", "09/06/2025", "2", "Low",
         "Guidance on eligible costs should be updated.",
         "Update and republish the research costing guidance on the staff "
         "intranet",
         "Research Finance Manager", "30-Nov-2025", "", "Not started", "",
         "Scheduled for November."],
        ["Student Accommodation Fire Safety (SHU 25/26-01)", "10/09/2025",
         "1", "High",
         "Fire risk assessment actions for partner accommodation providers "
         "should be tracked to completion.",
         "Obtain and track fire risk assessment action plans from all "
         "nominated accommodation partners",
         "Head of Residential Services", "31-Oct-2025", "31-Jan-2026",
         "Overdue", "R",
         "Responses received from 4 of 7 partners; escalated to COO."],
        ["Student Accommodation Fire Safety (SHU 25/26-01)", "10/09/2025",
         "2", "Medium",
         "Fire safety induction for residents should be mandatory.",
         "Make the online fire safety induction a condition of key "
         "collection from September 2026",
         "Head of Residential Services", "31-Aug-2026", "", "Not yet due",
         "G", ""],
        [],
        ["Summary"],
        ["Recommendations tracked", "8"],
        ["Complete", "2"],
        ["Open - within due date", "4"],
        ["Open - overdue", "2"],
        ["RAG: B = complete; G = on track; A = at risk; R = overdue"],
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for row in rows:
        w.writerow(row + [""] * (ncol - len(row)))
    with open(out("zr-sheffield-hallam-university-internal-audit-"
                  "recommendations-tracker-typo-month-refuse.csv"), "w",
              encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ======================================================================
# 7. North Cumbria Integrated Care NHSFT UEC highlight report (txt)
# ======================================================================
def make_ncic():
    T = "\t"
    lines = [
        "North Cumbria Integrated Care NHS Foundation Trust",
        "Urgent and Emergency Care Improvement Programme – Highlight Report",
        "",
        "Reporting period:" + T + "November 2025",
        "Report to:" + T + "Finance, Performance and Investment Committee, "
        "16 December 2025",
        "Senior Responsible Owner:" + T + "Chief Operating Officer",
        "Programme lead:" + T + "Associate Director of Operations (UEC)",
        "Overall status this period:" + T + "Some issues" + T +
        "Last period:" + T + "Some issues",
        "",
        "Key:" + T + "Delivered (Blue)" + T + "On track to deliver (Green)"
        + T + "Some issues – narrative disclosure (Amber)" + T +
        "Not on track to deliver (Red)",
        "",
        "Summary",
        "Four-hour performance was 71.8% in November against the March 2026 "
        "ambition of 78%. Ambulance handovers over 60 minutes fell from 212 "
        "to 147. Criteria-led discharge remains behind plan (see 2.1).",
        "",
        "Milestones and actions",
        "",
        "Workstream 1: Front door and Same Day Emergency Care (SDEC)",
        T.join(["Ref", "Milestone / action", "Lead", "Due", "Revised due",
                "Status", "Commentary"]),
        T.join(["1.1", "Extend SDEC opening at the Cumberland Infirmary to "
                "22:00, seven days a week", "General Manager, Acute Medicine",
                "31/10/2025", "30/11/2025", "Delivered",
                "Extended hours live from 17 November."]),
        T.join(["1.2", "Implement GP streaming at the West Cumberland "
                "Hospital front door with the UTC provider",
                "Clinical Director ED / UTC Service Manager", "Q4 2025/26",
                "", "Some issues",
                "GP rota gaps on weekends; recruitment through the GP "
                "federation."]),
        T.join(["1.3", "Launch the frailty assessment pathway, using the "
                "Clinical Frailty Scale at triage for patients aged 65 and "
                "over", "Consultant Geriatrician (Frailty lead)",
                "January 2026", "", "On track",
                "Triage template built; staff training in December."]),
        "",
        "Workstream 2: Flow and discharge",
        T.join(["Ref", "Milestone / action", "Lead", "Due", "Revised due",
                "Status", "Commentary"]),
        T.join(["2.1", "Roll out criteria-led discharge to all adult "
                "medical wards at the Cumberland Infirmary",
                "Deputy Chief Nurse", "30/09/2025", "31/12/2025",
                "Not on track",
                "Live on 3 of 8 wards; consultant job plan changes "
                "outstanding."]),
        T.join(["2.2", "Open the discharge lounge at West Cumberland "
                "Hospital Monday to Friday, 08:00–20:00",
                "Matron, Patient Flow", "December 2025", "", "On track",
                "Estates works complete; staffing agreed."]),
        T.join(["2.3", "Agree a joint trajectory with Cumberland Council to "
                "reduce the number of patients with no criteria to reside "
                "to below 60",
                "Associate Director of Operations (UEC); Director of Adult "
                "Social Care, Cumberland Council", "Mar-26", "",
                "Some issues",
                "Currently 83; trajectory draft shared with council."]),
        T.join(["2.4", "Embed twice-daily board rounds using the SAFER "
                "bundle on all medical wards",
                "Divisional Director of Nursing, Medicine", "Ongoing", "",
                "On track", "Audit shows 88% compliance."]),
        "",
        "Workstream 3: Ambulance handover",
        T.join(["Ref", "Milestone / action", "Lead", "Due", "Revised due",
                "Status", "Commentary"]),
        T.join(["3.1", "Implement the 45-minute release-to-respond protocol "
                "with North West Ambulance Service",
                "Head of Nursing, Emergency Department", "30/11/2025", "",
                "Delivered", "Protocol live from 3 November."]),
        T.join(["3.2", "Establish a rapid assessment and treatment (RAT) "
                "area at the Cumberland Infirmary staffed by an ED "
                "consultant 10:00–22:00", "Clinical Director ED",
                "February 2026", "", "Some issues",
                "Space identified; consultant rota depends on two "
                "vacancies."]),
        "",
        "Key risks and issues",
        T.join(["ID", "Risk / issue", "Score", "Trend"]),
        T.join(["R1", "Medical workforce gaps in ED at West Cumberland "
                "Hospital", "16", "Static"]),
        T.join(["R2", "Delayed discharges linked to home care capacity "
                "in west Cumbria", "20", "Worsening"]),
        "",
        "Decisions required from the Committee",
        "None this period.",
        "",
        "Prepared by the Programme Management Office, 8 December 2025",
    ]
    with open(out("zr-north-cumbria-integrated-care-nhsft-uec-improvement-"
                  "programme-highlight-report.txt"), "w", encoding="utf-8",
              newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_twfrs()
    make_sussex()
    make_bromford()
    make_castle()
    make_nova()
    make_shu()
    make_ncic()
    print("built 7 files in", HERE)
