"""Build the seven ml2- blind test files (set heldout384).

Run with /work/main/.venv/bin/python ml2_make.py from any directory; files are written
beside this script.  Each ACTIONS list below holds what is written into the file
(display fields) and, in the R* fields, how a person reads it (used to write the
.expected.yaml files).
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE, GREY = "FF0000", "FFC000", "00B050", "0070C0", "D9D9D9"
FILL = {"red": RED, "amber": AMBER, "green": GREEN, "blue": BLUE}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def solid(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def path(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------------------
# 1. Kingston Hospital NHS FT - Board of Directors (public) action log (xlsx)
# ---------------------------------------------------------------------------
KINGSTON = "ml2-kingston-hospital-nhsft-board-of-directors-public-action-log.xlsx"
KINGSTON_TITLE = "Board of Directors (Public) – Action Log"
KINGSTON_OPEN = "OPEN ACTIONS"
KINGSTON_CLOSED = "ACTIONS PROPOSED FOR CLOSURE"
# (ref, meeting date, minute, action, lead cell, due, revised due, update, rag,
#  R lead list, R end)
KINGSTON_ROWS = [
    (KINGSTON_OPEN, [
        ("BoD 24/012", dt.datetime(2024, 3, 27), "24/047",
         "Bring a deep dive on the outpatient follow-up backlog, including the outcome of clinical harm reviews, to the Quality Assurance Committee and report the key findings to the Board.",
         "Chief Operating Officer", dt.datetime(2024, 7, 31), "Nov-24",
         "Deep dive received by QAC on 10 October 2024. Key findings in the QAC Chair's report on this agenda (item 3.2).",
         "amber", ["Chief Operating Officer"], "2024-11"),
        ("BoD 24/019", dt.datetime(2024, 5, 29), "24/071",
         "Review the format of the Integrated Performance Report so that statistical process control charts are shown for all key metrics in the Safe and Effective domains.",
         "Director of Strategy & Transformation / Head of Performance", dt.datetime(2024, 9, 30), "Jan-25",
         "New format tested with the Finance & Performance Committee in October. Full roll-out to Board from the January 2025 meeting.",
         "amber", ["Director of Strategy & Transformation", "Head of Performance"], "2025-01"),
        ("BoD 24/026", dt.datetime(2024, 7, 31), "24/098",
         "Circulate to Board members the completed Freedom to Speak Up self-reflection tool and the improvement actions arising from it.",
         "Company Secretary", dt.datetime(2024, 9, 30), None,
         "Not yet circulated. Delayed while the Guardian post was vacant; new Guardian started 4 November 2024.",
         "red", ["Company Secretary"], "2024-09"),
        ("BoD 24/029", dt.datetime(2024, 7, 31), "24/102",
         "Confirm the timetable for phase 2 of the Electronic Patient Record optimisation programme, including the dependency on the South West London shared instance.",
         "Chief Digital Information Officer", dt.datetime(2024, 11, 27), None,
         "Paper on today's agenda (item 4.3).",
         "green", ["Chief Digital Information Officer"], "2024-11"),
        ("BoD 24/033", dt.datetime(2024, 9, 25), "24/121",
         "Provide assurance on the actions taken with South West London and St George's Mental Health NHS Trust to reduce the time from decision to admit to departure for Emergency Department patients with mental health needs.\nTo include monthly 12-hour breach data.",
         "Chief Operating Officer and Chief Nurse", "January 2025", None,
         "Joint review meeting held 6 November 2024. Breach data now included in the IPR.",
         "green", ["Chief Operating Officer", "Chief Nurse"], "2025-01"),
        ("BoD 24/035", dt.datetime(2024, 9, 25), "24/125",
         "Present the revised Board Assurance Framework, with a risk appetite statement mapped to each strategic risk.",
         "Company Secretary", "Mar-25", None,
         "Not yet due. Board seminar on risk appetite booked for 22 January 2025.",
         "green", ["Company Secretary"], "2025-03"),
    ]),
    (KINGSTON_CLOSED, [
        ("BoD 24/014", dt.datetime(2024, 3, 27), "24/052",
         "Share the findings of the maternity safety champions' walkabouts with the People Committee.",
         "Chief Nurse", dt.datetime(2024, 6, 30), None,
         "Presented to People Committee on 18 June 2024. Propose closure.",
         "blue", ["Chief Nurse"], "2024-06"),
        ("BoD 24/022", dt.datetime(2024, 5, 29), "24/079",
         "Arrange a Board development session on health inequalities data, including the Core20PLUS5 indicators for the Kingston and Richmond population.",
         "Chief Medical Officer / Director of Strategy & Transformation", dt.datetime(2024, 10, 31), None,
         "Board development session held on 9 October 2024. Propose closure.",
         "blue", ["Chief Medical Officer", "Director of Strategy & Transformation"], "2024-10"),
        ("BoD 24/031", dt.datetime(2024, 9, 25), "24/118",
         "Publish the annual Guardian of Safe Working Hours report on the Trust website.",
         "Chief Medical Officer", "Oct-24", None,
         "Published 4 October 2024. Propose closure.",
         "blue", ["Chief Medical Officer"], "2024-10"),
    ]),
]


def build_kingston():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Log"
    widths = [12, 13, 10, 60, 30, 12, 14, 50, 8]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws["A1"] = "Kingston Hospital NHS Foundation Trust"
    ws["A1"].font = Font(bold=True, size=14, color="005EB8")
    ws.merge_cells("A1:I1")
    ws["A2"] = KINGSTON_TITLE
    ws["A2"].font = Font(bold=True, size=12)
    ws.merge_cells("A2:I2")
    ws["A3"] = "Prepared for the meeting on 27 November 2024 (agenda item 1.4)"
    ws["A3"].font = Font(italic=True)
    ws.merge_cells("A3:I3")
    heads = ["Action no.", "Meeting date", "Minute ref", "Action", "Lead",
             "Due date", "Revised due date", "Progress update", "RAG"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = solid("005EB8")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX
    r = 6
    for section, rows in KINGSTON_ROWS:
        ws.cell(row=r, column=1, value=section).font = Font(bold=True)
        for c in range(1, 10):
            ws.cell(row=r, column=c).fill = solid(GREY)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for (ref, mdate, minute, action, lead, due, rev, update, rag, _l, _e) in rows:
            vals = [ref, mdate, minute, action, lead, due, rev, update, None]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = Alignment(wrap_text=True, vertical="top")
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=9).fill = solid(FILL[rag])
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Summary").font = Font(bold=True)
    r += 1
    for label, n in (("Open actions", 6), ("Proposed for closure", 3), ("Total on log", 9)):
        ws.cell(row=r, column=1, value=label)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
        ws.cell(row=r, column=4, value=n).alignment = Alignment(horizontal="left")
        r += 1
    r += 1
    ws.cell(row=r, column=1, value=(
        "Note: see the 'RAG key' tab. Actions agreed for closure by the Board are removed "
        "from the log and held in the closed actions archive by the Corporate Governance team.")).font = Font(italic=True)
    ws.freeze_panes = "A6"

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG key – Board action log"
    key["A1"].font = Font(bold=True)
    key.column_dimensions["B"].width = 70
    for i, (colour, text) in enumerate((
            (RED, "Overdue – due date passed and no revised date agreed"),
            (AMBER, "Revised due date agreed by the Board / action at risk"),
            (GREEN, "On track – not yet due"),
            (BLUE, "Complete – proposed for closure"),
    ), start=3):
        key.cell(row=i, column=1).fill = solid(colour)
        key.cell(row=i, column=2, value=text)
    wb.save(path(KINGSTON))


# ---------------------------------------------------------------------------
# 2. Surrey Heath BC - corporate risk register Q2 2025/26 (xlsx)
# ---------------------------------------------------------------------------
SHBC = "ml2-surrey-heath-bc-corporate-risk-register-q2-2025-26.xlsx"
SHBC_TITLE = "Corporate Risk Register – Quarter 2 2025/26"
# risk: (title, description, controls, owner, inherent (L,I), residual (L,I), trend, actions)
# action: (ref, text, owner cell, target, rag letter, R lead, R end, R end_text, R status)
SHBC_RISKS = [
    ("CR1 – Financial sustainability",
     "Cause: reduced Government funding, inflation and lower commercial property income.\nEvent: the Council cannot set a balanced budget over the medium term.\nEffect: use of reserves, service reductions, possible section 114 notice.",
     "Medium Term Financial Strategy; monthly budget monitoring to CMT; Treasury Management Strategy; reserves policy.",
     "Head of Finance and Procurement (S151 Officer)", (4, 5), (4, 4), "↔",
     [("1.1", "Deliver the 2025/26 savings programme of £1.2m and report progress monthly to the Corporate Management Team.",
       "Head of Finance and Procurement", dt.datetime(2026, 3, 31), "G",
       ["Head of Finance and Procurement"], "2026-03", None, "green"),
      ("1.2", "Review the investment property portfolio and agree an asset disposal strategy to reduce borrowing costs.",
       "Head of Investment and Development", "Dec 2025", "A",
       ["Head of Investment and Development"], "2025-12", None, "amber"),
      ("1.3", "Refresh the Medium Term Financial Strategy to reflect the outcome of the Fair Funding Review 2.0 and the provisional settlement.",
       "Head of Finance and Procurement", "Feb-26", "G",
       ["Head of Finance and Procurement"], "2026-02", None, "green")]),
    ("CR2 – Local Government Reorganisation",
     "Cause: Government programme to replace two-tier local government in Surrey.\nEvent: loss of capacity and focus while the Council prepares for transfer to a new unitary council.\nEffect: service performance declines; key staff leave; decisions are delayed.",
     "Surrey LGR programme governance; Chief Executive on the Surrey Leaders' and CEX group; staff communications plan.",
     "Chief Executive", (4, 4), (4, 4), "↑",
     [("2.1", "Provide officer capacity to the Surrey LGR programme workstreams and keep a register of all staff seconded to them.",
       "Head of HR, Performance and Communications", "Ongoing", "G",
       ["Head of HR, Performance and Communications"], None, "Ongoing", "green"),
      ("2.2", "Complete the data and systems inventory required by the LGR programme office for the transfer to the new unitary council.",
       "Head of Digital / Information Governance Manager", dt.datetime(2025, 11, 30), "A",
       ["Head of Digital", "Information Governance Manager"], "2025-11", None, "amber"),
      ("2.3", "Agree a protocol for member decision-making and key contracts during the shadow authority period.",
       "Head of Legal and Democratic Services", "Q4 2025/26", "G",
       ["Head of Legal and Democratic Services"], "2026-03", None, "green")]),
    ("CR3 – Cyber security and information management",
     "Cause: increasing volume of cyber attacks on local authorities; legacy systems.\nEvent: successful ransomware or phishing attack, or loss of personal data.\nEffect: systems unavailable; data breach reported to the ICO; reputational damage.",
     "Firewalls and endpoint protection; PSN compliance; annual penetration test; mandatory data protection e-learning.",
     "Head of Digital", (4, 5), (3, 5), "↓",
     [("3.1", "Complete the Cyber Assessment Framework self-assessment and submit it to MHCLG.",
       "Head of Digital", "Sep-25", "B",
       ["Head of Digital"], "2025-09", None, "blue"),
      ("3.2", "Run a phishing simulation exercise for all staff and members, with targeted training for repeat clickers.",
       "Head of Digital", "Jan-26", "G",
       ["Head of Digital"], "2026-01", None, "green")]),
    ("CR4 – Temporary accommodation demand and cost",
     "Cause: rising homelessness approaches and shortage of affordable housing.\nEvent: increased use of nightly-paid bed and breakfast accommodation.\nEffect: budget overspend; households placed out of the borough.",
     "Homelessness Prevention Strategy; weekly TA review meeting; Housing Benefit subsidy monitoring.",
     "Head of Housing and Community", (5, 4), (4, 4), "↔",
     [("4.1", "Implement the Temporary Accommodation Placement Policy and lease additional units to reduce the use of nightly-paid accommodation.",
       "Head of Housing and Community", dt.datetime(2026, 3, 31), "R",
       ["Head of Housing and Community"], "2026-03", None, "red"),
      ("4.2", "Submit a bid for the Council's Local Authority Housing Fund round 3 allocation.",
       "Housing Services Manager", "Jul-25", "B",
       ["Housing Services Manager"], "2025-07", None, "blue")]),
]


def score_fill(score):
    return solid(RED if score >= 15 else AMBER if score >= 8 else GREEN)


def build_shbc():
    wb = Workbook()
    ws = wb.active
    ws.title = "Corporate Risk Register"
    widths = {"A": 26, "B": 46, "C": 36, "D": 22, "E": 4, "F": 4, "G": 7, "H": 4, "I": 4,
              "J": 7, "K": 10, "L": 6, "M": 52, "N": 28, "O": 12, "P": 8}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws["A1"] = "Surrey Heath Borough Council"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = SHBC_TITLE
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = ("Position at 30 September 2025. Reviewed by the Corporate Risk Management Officers Group "
                "(CRMOG) on 8 October 2025 for the Audit, Standards and Risk Committee.")
    ws["A3"].font = Font(italic=True)
    groups = (("A5:D5", "The risk"), ("E5:G5", "Inherent risk"), ("H5:J5", "Residual risk"),
              ("K5:K5", "Trend"), ("L5:P5", "Further actions to reduce the risk"))
    for rng, text in groups:
        first = rng.split(":")[0]
        ws[first] = text
        ws[first].font = Font(bold=True, color="FFFFFF")
        ws[first].alignment = Alignment(horizontal="center")
        if rng.split(":")[0] != rng.split(":")[1]:
            ws.merge_cells(rng)
        for row in ws[rng]:
            for cell in row:
                cell.fill = solid("1F4E78")
    heads = ["Risk", "Description (cause, event and effect)", "Existing controls", "Risk owner",
             "L", "I", "Score", "L", "I", "Score", "Direction of travel",
             "Ref", "Action", "Action owner", "Target date", "Action RAG"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=6, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = solid("BDD7EE")
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        cell.border = BOX
    r = 7
    for (title, desc, controls, owner, inh, res, trend, actions) in SHBC_RISKS:
        n = len(actions)
        risk_vals = [title, desc, controls, owner, inh[0], inh[1], inh[0] * inh[1],
                     res[0], res[1], res[0] * res[1], trend]
        for c, v in enumerate(risk_vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = Alignment(wrap_text=True, vertical="top",
                                       horizontal="center" if c >= 5 else None)
            if c == 1:
                cell.font = Font(bold=True)
            if c in (7, 10):
                cell.fill = score_fill(v)
            if n > 1:
                ws.merge_cells(start_row=r, start_column=c, end_row=r + n - 1, end_column=c)
        for i, (ref, text, aowner, target, rag, *_r) in enumerate(actions):
            for c, v in enumerate([ref, text, aowner, target, rag], 12):
                cell = ws.cell(row=r + i, column=c, value=v)
                cell.alignment = Alignment(wrap_text=True, vertical="top")
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            ws.cell(row=r + i, column=16).alignment = Alignment(horizontal="center", vertical="top")
        for rr in range(r, r + n):
            for c in range(1, 17):
                ws.cell(row=rr, column=c).border = BOX
        r += n
    r += 1
    ws.cell(row=r, column=1, value=(
        "Action RAG: B = complete; G = on track; A = minor slippage, within tolerance; "
        "R = significant slippage against the target date.")).font = Font(italic=True)
    ws.cell(row=r + 1, column=1, value=(
        "Risk score = Likelihood x Impact (each 1–5). Red 15–25; Amber 8–14; Green 1–7. "
        "Direction of travel compares the residual score with Quarter 1.")).font = Font(italic=True)
    ws.freeze_panes = "B7"

    m = wb.create_sheet("Risk matrix")
    m["A1"] = "Risk scoring matrix (Likelihood x Impact)"
    m["A1"].font = Font(bold=True)
    m["A3"] = "Likelihood"
    for li in range(5, 0, -1):
        row = 4 + (5 - li)
        m.cell(row=row, column=2, value=li).font = Font(bold=True)
        for im in range(1, 6):
            cell = m.cell(row=row, column=2 + im, value=li * im)
            cell.fill = score_fill(li * im)
            cell.alignment = Alignment(horizontal="center")
    for im in range(1, 6):
        m.cell(row=9, column=2 + im, value=im).font = Font(bold=True)
    m["C10"] = "Impact"
    m["A12"] = "Likelihood: 1 Rare, 2 Unlikely, 3 Possible, 4 Likely, 5 Almost certain"
    m["A13"] = "Impact: 1 Negligible, 2 Minor, 3 Moderate, 4 Major, 5 Severe"

    ch = wb.create_sheet("Changes this quarter")
    ch["A1"] = "Changes since the Quarter 1 register"
    ch["A1"].font = Font(bold=True)
    ch["A3"], ch["B3"], ch["C3"] = "Risk", "Change", "Reason"
    for c in "ABC":
        ch[c + "3"].font = Font(bold=True)
    changes = [
        ("CR2 – Local Government Reorganisation", "Residual score up from 12 to 16",
         "Awaiting the Government's decision on the two- and three-unitary proposals for Surrey; increased demand on officer time."),
        ("CR3 – Cyber security and information management", "Residual score down from 20 to 15",
         "Cyber Assessment Framework self-assessment completed; multi-factor authentication rolled out to members."),
        ("Former CR6 – Camberley town centre regeneration", "Removed from corporate register",
         "Now managed on the Regeneration programme risk register."),
    ]
    for i, row in enumerate(changes, start=4):
        for c, v in enumerate(row, 1):
            ch.cell(row=i, column=c, value=v).alignment = Alignment(wrap_text=True, vertical="top")
    ch.column_dimensions["A"].width = 40
    ch.column_dimensions["B"].width = 32
    ch.column_dimensions["C"].width = 70
    wb.save(path(SHBC))


# ---------------------------------------------------------------------------
# 3. Waverley BC - Transformation and Collaboration Programme highlight report
#    (xlsx, REFUSE: mistyped month in a forecast date)
# ---------------------------------------------------------------------------
WAVERLEY = "ml2-waverley-bc-transformation-collaboration-programme-highlight-report-typo-month-refuse.xlsx"
WAVERLEY_TITLE = "Transformation and Collaboration Programme – Highlight Report"
WAVERLEY_ROWS = [
    ("1. Shared officer structure", [
        ("1.1", "Complete staff consultation on phase 2 of the single shared officer structure (Tier 4 managers).",
         "Joint Executive Head of Organisational Development", "Jul 2025", "Oct 2025", "A", "A",
         "Consultation closed 26 September; 41 responses being considered. Appointments expected October."),
        ("1.2", "Harmonise terms and conditions for staff moving into shared teams – agree a joint pay and grading model with the trade unions.",
         "Joint Executive Head of Organisational Development / Head of HR", "Dec 2025", "Febuary 2026", "G", "A",
         "Job evaluation of shared roles taking longer than planned; UNISON and GMB briefed on the revised timetable."),
    ]),
    ("2. Co-location and accommodation", [
        ("2.1", "Present the options appraisal for a single headquarters to both Executives.",
         "Joint Strategic Director – Place", "Jun 2025", "Jun 2025", "G", "B",
         "Options appraisal agreed by both Executives on 24 June 2025."),
        ("2.2", "Vacate the second floor of The Burys and relocate the Waverley Planning team.",
         "Head of Assets and Property", "Sep 2025", "Nov 2025", "G", "A",
         "Fit-out works delayed by asbestos survey; contractor now on site."),
    ]),
    ("3. ICT and digital convergence", [
        ("3.1", "Migrate Waverley to the shared Microsoft 365 tenancy.",
         "Joint Executive Head of IT", "Aug 2025", "Aug 2025", "G", "B",
         "Migration completed over the August bank holiday weekend."),
        ("3.2", "Procure a joint revenues and benefits system for both councils.",
         "Joint Executive Head of IT / Head of Revenues and Benefits", "Mar 2026", "Mar 2026", "G", "G",
         "Tender published on Find a Tender 15 September 2025."),
    ]),
    ("4. Local Government Reorganisation readiness", [
        ("4.1", "Provide finance, assets and contracts data returns to the Surrey LGR programme office.",
         "Joint Strategic Director – Finance and Resources", "Sep 2025", "Oct 2025", "A", "R",
         "Contracts return incomplete; additional resource requested from Procurement."),
        ("4.2", "Prepare a staff engagement plan for the transition to the new unitary council.",
         "Joint Executive Head of Organisational Development", "Nov 2025", "Nov 2025", "G", "G",
         "Draft plan with the Joint Staff Forum for comment."),
    ]),
]
WAVERLEY_TYPO_ROW = None  # set by build_waverley


def build_waverley():
    global WAVERLEY_TYPO_ROW
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight Report"
    for k, v in {"A": 30, "B": 6, "C": 58, "D": 36, "E": 11, "F": 13, "G": 9, "H": 9, "I": 55}.items():
        ws.column_dimensions[k].width = v
    ws["A1"] = "Waverley Borough Council"
    ws["A1"].font = Font(bold=True, size=14, color="00704A")
    ws["A2"] = WAVERLEY_TITLE
    ws["A2"].font = Font(bold=True, size=12)
    ws.merge_cells("A2:I2")
    ws["A3"] = "Reporting period: September 2025"
    info = [("Senior Responsible Owner", "Joint Strategic Director – Transformation and Governance"),
            ("Programme Manager", "Business Transformation Manager"),
            ("Reporting to", "Joint Transformation Board; Overview and Scrutiny Committee – Resources"),
            ("Overall programme RAG – this period", "A"),
            ("Overall programme RAG – last period", "A")]
    for i, (k, v) in enumerate(info, start=5):
        ws.cell(row=i, column=1, value=k).font = Font(bold=True)
        cell = ws.cell(row=i, column=3, value=v)
        ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=2)
        if v == "A":
            cell.fill = solid(AMBER)
            cell.alignment = Alignment(horizontal="center")
    ws["A11"] = "Summary of progress this period"
    ws["A11"].font = Font(bold=True)
    ws["A12"] = ("Phase 2 consultation on the shared officer structure has closed and the M365 migration is complete. "
                 "The programme remains Amber: terms and conditions harmonisation has slipped and the LGR data returns "
                 "are incomplete. Savings delivered to date: £612k against the £700k target.")
    ws["A12"].alignment = Alignment(wrap_text=True, vertical="top")
    ws.merge_cells("A12:I12")
    ws.row_dimensions[12].height = 45
    ws["A14"] = "Key milestones and actions"
    ws["A14"].font = Font(bold=True, size=12)
    heads = ["Workstream", "Ref", "Milestone / action", "Lead", "Baseline date", "Forecast date",
             "Previous RAG", "Current RAG", "Commentary"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=15, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = solid("00704A")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX
    r = 16
    ragfill = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}
    for ws_name, rows in WAVERLEY_ROWS:
        ws.cell(row=r, column=1, value=ws_name).font = Font(bold=True)
        ws.cell(row=r, column=1).alignment = Alignment(wrap_text=True, vertical="top")
        if len(rows) > 1:
            ws.merge_cells(start_row=r, start_column=1, end_row=r + len(rows) - 1, end_column=1)
        for (ref, text, lead, base, fc, prev, cur, comm) in rows:
            for c, v in enumerate([ref, text, lead, base, fc, prev, cur, comm], 2):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            for c, v in ((7, prev), (8, cur)):
                ws.cell(row=r, column=c).fill = solid(ragfill[v])
                ws.cell(row=r, column=c).alignment = Alignment(horizontal="center", vertical="top")
            for c in range(1, 10):
                ws.cell(row=r, column=c).border = BOX
            if fc == "Febuary 2026":
                WAVERLEY_TYPO_ROW = r
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG key: G = on track; A = at risk, being managed; R = off track, needs Board decision; B = complete.").font = Font(italic=True)

    rk = wb.create_sheet("Risks and issues")
    rk["A1"] = "Top programme risks and issues"
    rk["A1"].font = Font(bold=True)
    hdr = ["ID", "Type", "Description", "Owner", "Rating", "Mitigation"]
    for c, h in enumerate(hdr, 1):
        rk.cell(row=3, column=c, value=h).font = Font(bold=True)
    items = [
        ("R01", "Risk", "Staff turnover increases during LGR uncertainty, reducing capacity to deliver the programme.",
         "Joint Executive Head of Organisational Development", "16", "Retention payments reviewed; regular staff briefings."),
        ("R02", "Risk", "Savings target not achieved if shared structure is delayed.",
         "Joint Strategic Director – Finance and Resources", "12", "Monthly savings tracker to Joint Transformation Board."),
        ("I01", "Issue", "Job evaluation backlog for shared roles.",
         "Head of HR", "High", "Additional evaluator commissioned from South East Employers."),
    ]
    for i, row in enumerate(items, start=4):
        for c, v in enumerate(row, 1):
            rk.cell(row=i, column=c, value=v).alignment = Alignment(wrap_text=True, vertical="top")
    for k, v in {"A": 6, "B": 8, "C": 60, "D": 40, "E": 8, "F": 50}.items():
        rk.column_dimensions[k].width = v

    sv = wb.create_sheet("Savings")
    sv["A1"] = "Savings tracker (£000)"
    sv["A1"].font = Font(bold=True)
    for c, h in enumerate(["Workstream", "Target", "Delivered", "Forecast"], 1):
        sv.cell(row=3, column=c, value=h).font = Font(bold=True)
    srows = [("Joint Management Team", 450, 450, 450), ("Shared officer structure", 180, 92, 150),
             ("ICT convergence", 70, 70, 70), ("Total", 700, 612, 670)]
    for i, row in enumerate(srows, start=4):
        for c, v in enumerate(row, 1):
            sv.cell(row=i, column=c, value=v)
    sv.column_dimensions["A"].width = 30
    wb.save(path(WAVERLEY))


# ---------------------------------------------------------------------------
# 4. Sevenoaks District CSP - action plan 2025/26 Q2 update (csv)
# ---------------------------------------------------------------------------
SEVENOAKS = "ml2-sevenoaks-district-csp-community-safety-action-plan-2025-26.csv"
SEVENOAKS_TITLE = "Sevenoaks District Community Safety Partnership – Action Plan 2025/26"
# (ref, action, lead cell, target, measure, update, rag, R lead, R end, R end_text, R status)
SEVENOAKS_ROWS = [
    ("Priority 1: Domestic abuse and violence against women and girls", [
        ("DA1", "Deliver a programme of White Ribbon Day and 16 Days of Action events across the District, including pop-up information stands in Swanley and Edenbridge.",
         "SDC Community Safety Unit", "December 2025", "Number of events held and residents engaged",
         "Venues booked; leaflets ordered through Kent Police.", "G",
         ["SDC Community Safety Unit"], "2025-12", None, "green"),
        ("DA2", "Promote the Kent and Medway domestic abuse services directory to GP surgeries, pharmacies and parish councils.",
         "SDC Community Safety Unit / West Kent Health and Care Partnership", "March 2026", "Directory distributed to all GP surgeries and parish councils",
         "Sent to 27 parish councils; GP distribution via the Primary Care Network newsletter in November.", "G",
         ["SDC Community Safety Unit", "West Kent Health and Care Partnership"], "2026-03", None, "green"),
        ("DA3", "Review the arrangements for the Domestic Abuse One Stop Shop and agree a sustainable funding model for 2026/27.",
         "Domestic Abuse Forum Chair", "31/01/2026", "Funding agreed before current grant ends",
         "Current grant ends March 2026; options paper to the CSP meeting in December.", "A",
         ["Domestic Abuse Forum Chair"], "2026-01", None, "amber"),
    ]),
    ("Priority 2: Anti-social behaviour including environmental crime", [
        ("ASB1", "Run joint weekend patrols with the Community Safety Wardens in hotspot areas identified through the weekly tasking meeting.",
         "Kent Police / SDC Community Safety Unit", "Ongoing", "Reduction in repeat ASB calls from hotspot areas",
         "14 joint patrols in Q2; Swanley town centre and Bat & Ball station added as hotspots.", "G",
         ["Kent Police", "SDC Community Safety Unit"], None, "Ongoing", "green"),
        ("ASB2", "Use Community Protection Warnings and Notices to tackle persistent fly-tipping, with a target of 20 fixed penalty notices issued in the year.",
         "SDC Environmental Enforcement Team", "March 2026", "20 FPNs issued",
         "9 FPNs issued to date; one prosecution file with Legal.", "A",
         ["SDC Environmental Enforcement Team"], "2026-03", None, "amber"),
        ("ASB3", "Deliver the 'Safe Summer' diversionary activities programme for young people in Swanley and New Ash Green.",
         "SDC Communities Team", "August 2025", "Attendance figures; ASB calls involving young people over the summer holidays",
         "Programme delivered: 38 sessions, 412 attendances.", "Complete",
         ["SDC Communities Team"], "2025-08", None, "blue"),
    ]),
    ("Priority 3: Safeguarding and exploitation (county lines, cuckooing, modern slavery and Prevent)", [
        ("SE1", "Deliver exploitation awareness training to taxi drivers, hotel staff and housing officers.",
         "SDC Licensing / Kent Police", "31/03/2026", "Number of people trained",
         "Taxi driver sessions held in September (56 drivers). Hotel sessions planned for Q3.", "G",
         ["SDC Licensing", "Kent Police"], "2026-03", None, "green"),
        ("SE2", "Refer vulnerable adults at risk of cuckooing to the Vulnerable Adults Intervention Panel.\nReview the outcomes at each CSP meeting.",
         "Kent Police", "Quarterly", "All cuckooing referrals reviewed at VAIP",
         "6 referrals in Q2; 2 closed with positive outcomes.", "G",
         ["Kent Police"], None, "Quarterly", "green"),
    ]),
    ("Priority 4: Road safety", [
        ("RS1", "Train new Community Speedwatch volunteer groups and support deployments in villages reporting speeding concerns.",
         "Kent Police Road Safety Team", "March 2026", "Number of active Speedwatch groups",
         "Two new groups (Otford, Leigh) trained in August.", "G",
         ["Kent Police Road Safety Team"], "2026-03", None, "green"),
        ("RS2", "Run the 'Licence to Kill' road safety education event for Year 12/13 students in Sevenoaks District schools.",
         "Kent Fire & Rescue Service", "February 2026", "Number of students attending",
         "No date confirmed due to KFRS resourcing; partners asked to consider an alternative provider.", "R",
         ["Kent Fire & Rescue Service"], "2026-02", None, "red"),
    ]),
]
SEVENOAKS_NCOL = 7


def build_sevenoaks():
    rows = []
    pad = lambda vals: list(vals) + [""] * (SEVENOAKS_NCOL - len(vals))
    rows.append(pad([SEVENOAKS_TITLE]))
    rows.append(pad(["Quarter 2 progress update (July – September 2025) – for the CSP meeting on 15 October 2025"]))
    rows.append(pad([]))
    rows.append(["Ref", "Action", "Lead agency", "Target date", "Measure of success", "Q2 update", "RAG"])
    for prio, acts in SEVENOAKS_ROWS:
        rows.append(pad([prio]))
        for (ref, action, lead, target, measure, update, rag, *_r) in acts:
            rows.append([ref, action, lead, target, measure, update, rag])
    rows.append(pad([]))
    rows.append(pad(["RAG key: G = on track; A = some delay, action being taken; R = off track; Complete = action delivered"]))
    rows.append(pad(["SDC = Sevenoaks District Council; KFRS = Kent Fire & Rescue Service; VAIP = Vulnerable Adults Intervention Panel"]))
    with open(path(SEVENOAKS), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 5. Watford CSP - DHR 'Naomi' action plan (tab-separated text export)
# ---------------------------------------------------------------------------
WATFORD = "ml2-watford-csp-dhr-naomi-action-plan.txt"
WATFORD_TITLE = "Domestic Homicide Review: ‘Naomi’ – Action Plan"
# section -> recommendations -> actions
# action: (no, action, lead cell, milestones, target, completion, rag, R lead, R end, R end_text, R status)
WATFORD_ROWS = [
    ("Overview report recommendations", [
        ("1. Watford Community Safety Partnership to seek assurance that partner agencies’ routine enquiry policies for domestic abuse include older people and people with care and support needs.",
         "Local", [
             ("1.1", "Audit partner agency routine enquiry policies and report the findings to the Watford Domestic Abuse Forum.",
              "Watford CSP Manager", "Audit template agreed; returns received from 11 agencies", "31/03/2025",
              "Completed March 2025 – 9 of 11 policies compliant", "Complete",
              ["Watford CSP Manager"], "2025-03", None, "blue"),
             ("1.2", "Follow up with the two agencies whose policies do not cover older people and re-audit them.",
              "Watford CSP Manager", "Letters sent May 2025", "30/09/2025",
              "One policy updated; second awaiting sign-off", "Amber",
              ["Watford CSP Manager"], "2025-09", None, "amber"),
         ]),
        ("2. Hertfordshire Partnership University NHS Foundation Trust (HPFT) to ensure that carers’ assessments consider the risk the cared-for person may pose to the carer.",
         "Local", [
             ("2.1", "Update the HPFT Carers Policy to include prompts on domestic abuse and use of the DASH risk checklist where the carer is a parent.",
              "HPFT Head of Safeguarding", "Draft policy to Safeguarding Committee October 2024", "December 2024",
              "Policy ratified 12 December 2024", "Complete",
              ["HPFT Head of Safeguarding"], "2024-12", None, "blue"),
             ("2.2", "Deliver briefings to community mental health teams on adult family violence, including child to parent abuse.",
              "HPFT Head of Safeguarding / HPFT Carers Lead", "4 of 9 teams briefed", "March 2026",
              "", "Green",
              ["HPFT Head of Safeguarding", "HPFT Carers Lead"], "2026-03", None, "green"),
         ]),
        ("3. The Hertfordshire Domestic Abuse Partnership Board to raise awareness of domestic abuse in later life, including abuse by adult children.",
         "County", [
             ("3.1", "Run a later life awareness campaign as part of the 16 Days of Action 2025.",
              "Hertfordshire County Council Domestic Abuse Team", "Campaign materials in design", "December 2025",
              "", "Green",
              ["Hertfordshire County Council Domestic Abuse Team"], "2025-12", None, "green"),
             ("3.2", "Circulate the learning briefing from this review to all Watford GP practices through the ICB safeguarding newsletter.",
              "Herts and West Essex ICB", "Briefing approved by the DHR panel", "March 2025",
              "Included in the March 2025 newsletter", "Complete",
              ["Herts and West Essex ICB"], "2025-03", None, "blue"),
         ]),
    ]),
    ("Single agency recommendations", [
        ("4. Hertfordshire Constabulary to remind officers that, wherever possible, the DASH risk assessment must be completed with the victim away from the suspect.",
         "Single agency", [
             ("4.1", "Refresh the domestic abuse attendance guidance and include it in the November 2024 mandatory training day.",
              "Hertfordshire Constabulary", "Guidance refreshed", "November 2024",
              "Delivered at all training days November 2024 – February 2025", "Complete",
              ["Hertfordshire Constabulary"], "2024-11", None, "blue"),
         ]),
        ("5. Watford Borough Council to ensure that concerns from neighbours and other third parties about a tenant’s welfare are recorded and acted on.",
         "Single agency", [
             ("5.1", "Add a welfare concern category to the housing case management system.",
              "Watford Borough Council (Housing)", "Change request raised with supplier", "TBC",
              "Awaiting system upgrade – no date from supplier", "Red",
              ["Watford Borough Council (Housing)"], None, "TBC", "red"),
             ("5.2", "Train housing officers to recognise and respond to domestic abuse, including abuse by adult family members.",
              "Watford Borough Council (Housing)", "Training commissioned from Herts Domestic Abuse Helpline", "31/07/2025",
              "First session held 22 July 2025; second session rescheduled to November", "Amber",
              ["Watford Borough Council (Housing)"], "2025-07", None, "amber"),
         ]),
    ]),
]


def build_watford():
    lines = ["Watford Community Safety Partnership",
             WATFORD_TITLE,
             "Status at 14 October 2025 – reported to the Watford CSP Board",
             ""]
    lines.append("\t".join(["Recommendation", "Scope", "No.", "Action to take", "Lead agency",
                            "Key milestones", "Target date", "Date of completion and outcome", "RAG"]))
    for section, recs in WATFORD_ROWS:
        lines.append(section)
        for rec, scope, acts in recs:
            for i, (no, action, lead, miles, target, done, rag, *_r) in enumerate(acts):
                first = [rec, scope] if i == 0 else ["", ""]
                lines.append("\t".join(first + [no, action, lead, miles, target, done, rag]))
    lines.append("")
    lines.append("RAG: Complete = action completed; Green = on track; Amber = at risk of missing the target date; Red = off track")
    lines.append("Actions will be signed off by the Watford CSP Board once evidence of completion is received.")
    with open(path(WATFORD), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
DOCX_SHADE = {"Blue": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000",
              "B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}


def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    parts = text.split("\n")
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, m, Cm(1.5))


# ---------------------------------------------------------------------------
# 6. LYPFT - SAR Adult S single agency action plan (docx)
# ---------------------------------------------------------------------------
LYPFT = "ml2-leeds-york-partnership-nhsft-sar-adult-s-single-agency-action-plan.docx"
LYPFT_TITLE = "Safeguarding Adults Review – Adult S: Single Agency Action Plan"
# theme -> recommendation -> actions (ref, action, lead, target, evidence, rag, R lead, R end, R end_text, R status)
LYPFT_ROWS = [
    ("Learning theme 1 – Self-neglect and professional curiosity", [
        ("SAB Recommendation 2: All partner agencies should ensure that practitioners use the Leeds multi-agency self-neglect guidance and escalate concerns when a person’s engagement is declining.", [
            ("1.1", "Add the Leeds self-neglect guidance and escalation flowchart to the Community Mental Health Team (CMHT) induction pack.",
             "Named Nurse for Safeguarding Adults", "April 2025", "Induction pack updated 2 April 2025.", "Blue",
             ["Named Nurse for Safeguarding Adults"], "2025-04", None, "blue"),
            ("1.2", "Audit 20 CMHT records where the service user has disengaged, to test whether self-neglect risks were identified and escalated.",
             "Safeguarding Adults Lead Practitioner / Clinical Governance Manager", "End of September 2025",
             "Audit tool agreed; sample drawn. Fieldwork under way.", "Green",
             ["Safeguarding Adults Lead Practitioner", "Clinical Governance Manager"], "2025-09", None, "green"),
            ("1.3", "Hold safeguarding group supervision for CMHT care coordinators with self-neglect cases as a standing item.",
             "Named Nurse for Safeguarding Adults", "Quarterly",
             "Sessions held in June and September 2025.", "Green",
             ["Named Nurse for Safeguarding Adults"], None, "Quarterly", "green"),
        ]),
    ]),
    ("Learning theme 2 – Mental capacity and executive functioning", [
        ("SAB Recommendation 4: Agencies should ensure that mental capacity assessments consider executive functioning where a person repeatedly makes decisions that place them at risk.", [
            ("2.1", "Deliver Mental Capacity Act workshops on executive functioning to all community and inpatient team leaders.",
             "Mental Capacity Act Lead", "By 30 September 2025",
             "5 of 9 workshops delivered; inpatient sessions affected by staffing.", "Amber",
             ["Mental Capacity Act Lead"], "2025-09", None, "amber"),
            ("2.2", "Update the Trust’s mental capacity assessment form in the electronic patient record to include a prompt on executive functioning.",
             "Okafor, Grace", "Q3 2025/26",
             "Change request approved by the Clinical Systems Group.", "Green",
             ["Okafor, Grace"], "2025-12", None, "green"),
            ("2.3", "Present the learning from Adult S to the Mental Health Legislation Committee.",
             "Mental Capacity Act Lead", "June 2025",
             "Presented 17 June 2025; minutes available.", "Blue",
             ["Mental Capacity Act Lead"], "2025-06", None, "blue"),
        ]),
    ]),
    ("Learning theme 3 – Transitions and discharge from secondary care", [
        ("SAB Recommendation 6: When a person is discharged from secondary mental health care, a named professional should confirm that the GP and other involved agencies have received the discharge plan.", [
            ("3.1", "Amend the CMHT discharge standard operating procedure so that discharge letters are sent to the GP within 5 working days and receipt is confirmed.",
             "Head of Operations – Community Services", "July 2025",
             "SOP redrafted; awaiting approval at the Community Services Governance meeting.", "Amber",
             ["Head of Operations – Community Services"], "2025-07", None, "amber"),
            ("3.2", "Invite the person’s housing provider and adult social care worker to discharge planning meetings where they are involved.",
             "CMHT Team Managers", "Ongoing",
             "Included in the redrafted SOP.", "Green",
             ["CMHT Team Managers"], None, "Ongoing", "green"),
            ("3.3", "Re-audit compliance with the discharge SOP six months after implementation.",
             "Clinical Governance Manager", "January 2026",
             "Not yet due.", "Green",
             ["Clinical Governance Manager"], "2026-01", None, "green"),
        ]),
    ]),
]


def build_lypft():
    doc = Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Leeds and York Partnership NHS Foundation Trust")
    r.bold = True
    r.font.color.rgb = RGBColor(0x00, 0x5E, 0xB8)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph(LYPFT_TITLE, style="Title")
    doc.add_paragraph("Response to the Leeds Safeguarding Adults Board Safeguarding Adults Review (published January 2025)")
    ctrl = doc.add_table(rows=0, cols=2)
    ctrl.style = "Table Grid"
    for k, v in (("Version", "1.3"),
                 ("Prepared by", "Named Nurse for Safeguarding Adults"),
                 ("Accountable executive", "Chief Nurse"),
                 ("Approved by", "Quality Committee, 11 March 2025"),
                 ("Progress reported to", "Trust Safeguarding Committee (quarterly) and Leeds SAB Review Sub-Group"),
                 ("Last updated", "6 October 2025")):
        row = ctrl.add_row()
        set_cell(row.cells[0], k, bold=True)
        set_cell(row.cells[1], v)
    doc.add_paragraph()
    doc.add_paragraph("RAG key").runs[0].bold = True
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for k, v in (("Blue", "Action complete and evidence provided"),
                 ("Green", "On track to be completed by the target date"),
                 ("Amber", "Risk that the target date will be missed"),
                 ("Red", "Target date passed / action not progressing")):
        row = key.add_row()
        set_cell(row.cells[0], k, bold=True)
        shade(row.cells[0], DOCX_SHADE[k])
        set_cell(row.cells[1], v)
    for theme, recs in LYPFT_ROWS:
        doc.add_heading(theme, level=1)
        for rec, acts in recs:
            rp = doc.add_paragraph()
            rr = rp.add_run(rec)
            rr.bold = True
            t = doc.add_table(rows=1, cols=6)
            t.style = "Table Grid"
            for c, h in enumerate(["Ref", "Action", "Lead", "Target date", "Progress / evidence", "RAG"]):
                set_cell(t.rows[0].cells[c], h, bold=True)
                shade(t.rows[0].cells[c], "D9E2F3")
            for (ref, action, lead, target, evidence, rag, *_r) in acts:
                row = t.add_row()
                for c, v in enumerate([ref, action, lead, target, evidence, rag]):
                    set_cell(row.cells[c], v)
                shade(row.cells[5], DOCX_SHADE[rag])
            doc.add_paragraph()
    doc.add_heading("Sign-off", level=1)
    so = doc.add_table(rows=2, cols=3)
    so.style = "Table Grid"
    for c, h in enumerate(["Role", "Name", "Date"]):
        set_cell(so.rows[0].cells[c], h, bold=True)
    for c, v in enumerate(["Chief Nurse", "", "11/03/2025"]):
        set_cell(so.rows[1].cells[c], v)
    doc.save(path(LYPFT))


# ---------------------------------------------------------------------------
# 7. Surrey and Sussex Healthcare NHS Trust - maternity and neonatal improvement plan (docx)
# ---------------------------------------------------------------------------
SASH = "ml2-surrey-sussex-healthcare-nhs-trust-maternity-neonatal-improvement-plan.docx"
SASH_TITLE = "Maternity and Neonatal Improvement Plan 2024–2026"
# theme -> source rows -> actions
# (no, action, lead, original, revised, update, prev, cur, R lead, R end, R end_text, R status)
SASH_ROWS = [
    ("Theme 1: Listening to and working with women and families", [
        ("CQC SD3: The service should ensure that interpreting services are used consistently for women and birthing people who do not speak English as their first language.", [
            ("1.1", "Audit the use of interpreters at booking and in Maternity Triage each quarter and share the results with the Maternity and Neonatal Voices Partnership (MNVP).",
             "Consultant Midwife", "Dec 2024", "", "Q1 and Q2 audits complete; results shared with MNVP in July 2025.", "G", "B",
             ["Consultant Midwife"], "2024-12", None, "blue"),
            ("1.2", "Provide on-demand video interpreting devices in Maternity Triage and on Delivery Suite.",
             "Head of Midwifery / Digital Midwife", "Mar 2025", "Sept 2025", "Devices delivered; Wi-Fi coverage on Delivery Suite being upgraded before go-live.", "A", "A",
             ["Head of Midwifery", "Digital Midwife"], "2025-09", None, "amber"),
        ]),
        ("3YDP 1.3: Work with the MNVP to co-produce services and act on feedback.", [
            ("1.3", "Carry out a 15 Steps for Maternity walk-through of the postnatal ward with the MNVP and act on the findings.",
             "MNVP Chair and Patient Experience Midwife", "Jun 2025", "", "Walk-through held 4 June 2025; 7 of 8 actions complete.", "G", "B",
             ["MNVP Chair", "Patient Experience Midwife"], "2025-06", None, "blue"),
        ]),
    ]),
    ("Theme 2: Growing, retaining and supporting our workforce", [
        ("CQC MD1: The trust must ensure that midwifery staffing levels are sufficient to keep women and babies safe.", [
            ("2.1", "Recruit to the 14.6 WTE Band 5/6 midwife vacancies, including the international recruitment cohort arriving in October 2025.",
             "Director of Midwifery", "Mar 2025", "Dec 2025", "Vacancy now 6.2 WTE; 5 international midwives start October.", "A", "A",
             ["Director of Midwifery"], "2025-12", None, "amber"),
            ("2.2", "Complete the Birthrate Plus® review of midwifery staffing and present the results to Trust Board.",
             "Director of Midwifery", "Jan 2025", "", "Presented to Trust Board 30 January 2025.", "G", "B",
             ["Director of Midwifery"], "2025-01", None, "blue"),
        ]),
        ("CQC MD2: The trust must ensure that staff complete mandatory training, including PROMPT and fetal monitoring training, in line with trust targets.", [
            ("2.3", "Achieve 90% compliance with PROMPT multi-professional training for all staff groups (MIS Safety Action 8).",
             "Practice Development Midwife / Obstetric Training Lead", "Nov 2024", "Oct 2025", "Midwives 94%, obstetricians 91%, anaesthetists 86% – extra anaesthetic places booked for October.", "A", "G",
             ["Practice Development Midwife", "Obstetric Training Lead"], "2025-10", None, "green"),
        ]),
    ]),
    ("Theme 3: Developing and sustaining a culture of safety, learning and support", [
        ("3YDP 3.1: Take part in the Perinatal Culture and Leadership Programme and act on the SCORE survey findings.", [
            ("3.1", "Share the SCORE culture survey results with all maternity and neonatal teams and agree a local action plan for each area.",
             "Perinatal Quadrumvirate", "Feb 2025", "", "Results shared at listening events; area action plans agreed March 2025.", "G", "B",
             ["Perinatal Quadrumvirate"], "2025-02", None, "blue"),
            ("3.2", "Introduce monthly ‘Teams that Learn’ sessions on Delivery Suite, protected on the rota.",
             "Clinical Director for Women’s Health", "Apr 2025", "Jul 2025", "Two sessions held; protected time not yet built into the obstetric rota.", "A", "R",
             ["Clinical Director for Women’s Health"], "2025-07", None, "red"),
        ]),
    ]),
    ("Theme 4: Standards and structures that underpin safer, more personalised and more equitable care", [
        ("CQC MD4: The trust must ensure that emergency equipment and medicines are checked daily in line with trust policy.", [
            ("4.1", "Introduce electronic daily checklists for resuscitaires and emergency trolleys, with weekly compliance reports to the ward manager.",
             "Matron – Labour Ward", "Oct 2024", "", "Live since October 2024; compliance 98–100% for 6 months.", "G", "B",
             ["Matron – Labour Ward"], "2024-10", None, "blue"),
        ]),
        ("MIS Safety Action 6: Demonstrate compliance with the Saving Babies’ Lives Care Bundle Version 3.", [
            ("4.2", "Implement Element 2 (fetal growth) of SBLCBv3, including customised growth charts and additional third-trimester scanning capacity.",
             "Consultant Obstetrician – Fetal Medicine / Sonography Lead", "Mar 2025", "Jan 2026", "Growth charts live; two sonographer posts out to advert.", "A", "A",
             ["Consultant Obstetrician – Fetal Medicine", "Sonography Lead"], "2026-01", None, "amber"),
            ("4.3", "Carry out quarterly SBLCBv3 compliance reviews with the Local Maternity and Neonatal System (LMNS).",
             "Maternity Governance Lead", "Quarterly", "", "Q1 review held with Surrey Heartlands LMNS in July 2025.", "G", "G",
             ["Maternity Governance Lead"], None, "Quarterly", "green"),
        ]),
    ]),
]


def build_sash():
    doc = Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Surrey and Sussex Healthcare NHS Trust")
    r.bold = True
    r.font.size = Pt(12)
    r.font.color.rgb = RGBColor(0x00, 0x5E, 0xB8)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph(SASH_TITLE, style="Title")
    doc.add_paragraph("Bringing together the CQC maternity inspection (2023) must-do and should-do actions, "
                      "the Three Year Delivery Plan for Maternity and Neonatal Services (3YDP) and the "
                      "Maternity Incentive Scheme (MIS) Year 6.")
    doc.add_paragraph("Progress update: August 2025 – for the Quality and Safety Committee")
    ctrl = doc.add_table(rows=0, cols=2)
    ctrl.style = "Table Grid"
    for k, v in (("Document owner", "Director of Midwifery"),
                 ("Executive lead", "Chief Nursing Officer"),
                 ("Board safety champions", "Chief Nursing Officer and Non-Executive Maternity Safety Champion"),
                 ("Version", "v5.1"),
                 ("Date", "19 August 2025")):
        row = ctrl.add_row()
        set_cell(row.cells[0], k, bold=True)
        set_cell(row.cells[1], v)
    doc.add_heading("Summary of progress", level=2)
    summ = doc.add_table(rows=1, cols=6)
    summ.style = "Table Grid"
    for c, h in enumerate(["Theme", "Actions", "Complete (B)", "On track (G)", "At risk (A)", "Off track (R)"]):
        set_cell(summ.rows[0].cells[c], h, bold=True)
    totals = [0, 0, 0, 0, 0]
    for theme, srcs in SASH_ROWS:
        acts = [a for _s, al in srcs for a in al]
        counts = [len(acts)] + [sum(1 for a in acts if a[7] == k) for k in "BGAR"]
        totals = [x + y for x, y in zip(totals, counts)]
        row = summ.add_row()
        set_cell(row.cells[0], theme.split(":")[0])
        for c, v in enumerate(counts, 1):
            set_cell(row.cells[c], str(v))
    row = summ.add_row()
    set_cell(row.cells[0], "Total", bold=True)
    for c, v in enumerate(totals, 1):
        set_cell(row.cells[c], str(v), bold=True)
    doc.add_paragraph("RAG rating: B – complete and evidenced; G – on track; A – at risk of not meeting the "
                      "revised date; R – off track / revised date missed. Where a date has been revised, "
                      "the revision was agreed at the Maternity and Neonatal Safety Group.")
    for theme, srcs in SASH_ROWS:
        doc.add_heading(theme, level=1)
        t = doc.add_table(rows=1, cols=8)
        t.style = "Table Grid"
        heads = ["No.", "Action", "Lead", "Original date", "Revised date",
                 "Progress update (August 2025)", "Previous RAG", "Current RAG"]
        for c, h in enumerate(heads):
            set_cell(t.rows[0].cells[c], h, bold=True)
            shade(t.rows[0].cells[c], "DEEAF6")
        for src, acts in srcs:
            row = t.add_row()
            merged = row.cells[0].merge(row.cells[7])
            set_cell(merged, src, bold=True)
            shade(merged, "F2F2F2")
            for (no, action, lead, orig, rev, upd, prev, cur, *_r) in acts:
                row = t.add_row()
                for c, v in enumerate([no, action, lead, orig, rev, upd, prev, cur]):
                    set_cell(row.cells[c], v)
                shade(row.cells[6], DOCX_SHADE[prev])
                shade(row.cells[7], DOCX_SHADE[cur])
        doc.add_paragraph()
    doc.add_paragraph("Abbreviations: CQC MD – must-do; CQC SD – should-do; 3YDP – Three Year Delivery Plan; "
                      "MIS – Maternity Incentive Scheme; SBLCBv3 – Saving Babies’ Lives Care Bundle Version 3; "
                      "WTE – whole time equivalent.")
    doc.save(path(SASH))


def main():
    build_kingston()
    build_shbc()
    build_waverley()
    build_sevenoaks()
    build_watford()
    build_lypft()
    build_sash()
    print("typo row (Waverley):", WAVERLEY_TYPO_ROW)


if __name__ == "__main__":
    main()
