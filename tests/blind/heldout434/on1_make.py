"""Build the seven on1- blind test files (set heldout434) and their expected readings.

Run with: /work/main/.venv/bin/python on1_make.py
Writes only files whose names start with "on1-" in this folder.
"""
import os

import yaml
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.shared import Pt, RGBColor
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000",
    "grey": "D9D9D9", "head": "1F3864", "band": "DDEBF7",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def p(name):
    return os.path.join(HERE, name)


def fill(c):
    return PatternFill("solid", start_color=c, end_color=c)


def style_header(ws, row, ncols, color=FILL["head"]):
    for c in range(1, ncols + 1):
        cell = ws.cell(row=row, column=c)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(color)
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX


def box_row(ws, row, ncols):
    for c in range(1, ncols + 1):
        cell = ws.cell(row=row, column=c)
        cell.border = BOX
        cell.alignment = Alignment(wrap_text=True, vertical="top")


def write_expected(name, data):
    with open(p(name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(data, f, sort_keys=False, allow_unicode=True, width=4000,
                       default_flow_style=False)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


# ---------------------------------------------------------------------------
# 1. Betsi Cadwaladr UHB - special measures improvement framework tracker (xlsx)
# ---------------------------------------------------------------------------
BCU_NAME = "on1-betsi-cadwaladr-uhb-special-measures-improvement-framework-tracker.xlsx"
BCU_TITLE = ("Betsi Cadwaladr University Health Board – Special Measures Improvement "
             "Framework: Progress Tracker")
BCU_D1 = "Domain 1: Governance, Board Effectiveness and Audit"
BCU_D2 = "Domain 2: Clinical Governance, Patient Safety and Experience"
BCU_E11 = ("1.1 The Board operates effectively as a unitary board, with clear roles, robust "
           "scrutiny and constructive challenge")
BCU_E12 = "1.2 Audit recommendations are tracked, implemented and closed within agreed timescales"
BCU_E13 = "1.3 The Board is open and transparent about the risks to its objectives"
BCU_E21 = ("2.1 Learning from incidents, complaints and inquests is shared and acted on across "
           "the Health Board")
BCU_E22 = "2.2 Mental health inpatient services provide safe, therapeutic environments"
# (ref, expectation, action, lead cell, lead list, original, revised, q1, q2, update, end, end_text)
BCU_ROWS = {
    BCU_D1: [
        ("1.1.1", BCU_E11,
         "Complete the externally facilitated Board development programme, including the 360° "
         "feedback exercise for all Board members",
         "Chair; Board Secretary", ["Chair", "Board Secretary"],
         "31/03/2025", "30/06/2025", "A", "B",
         "Programme concluded in June 2025; evaluation reported to the Board in July 2025.",
         "2025-06", None),
        ("1.1.2", BCU_E11,
         "Embed the revised Board and committee cycle of business, with a six-monthly review of "
         "committee effectiveness",
         "Board Secretary", ["Board Secretary"],
         "30/09/2025", None, "G", "G",
         "First six-monthly effectiveness review completed for Audit Committee and QSE Committee.",
         "2025-09", None),
        ("1.2.1", BCU_E12,
         "Reduce the number of overdue internal audit recommendations to fewer than 10, with none "
         "overdue by more than six months",
         "Executive Director of Finance", ["Executive Director of Finance"],
         "31/12/2025", None, "A", "A",
         "14 recommendations overdue at 30 September 2025 (22 at 30 June). Weekly review at "
         "Executive Team.",
         "2025-12", None),
        ("1.2.2", BCU_E12,
         "Implement the Audit Wales structured assessment 2024 recommendations and report progress "
         "to each Audit Committee",
         "Board Secretary / Executive Director of Finance",
         ["Board Secretary", "Executive Director of Finance"],
         "Q3 2025/26", None, "G", "R",
         "Two of five recommendations remain open; revised timescale to be agreed with Audit Wales.",
         "2025-12", "Q3 2025/26"),
        ("1.3.1", BCU_E13,
         "Publish the Board Assurance Framework on the Health Board website following each "
         "quarterly review",
         "Board Secretary", ["Board Secretary"],
         "31/07/2025", None, "G", "B",
         "Published July 2025 and will be refreshed after each quarterly review.",
         "2025-07", None),
    ],
    BCU_D2: [
        ("2.1.1", BCU_E21,
         "Close the backlog of overdue nationally reportable incident investigations",
         "Executive Director of Nursing and Midwifery",
         ["Executive Director of Nursing and Midwifery"],
         "31/03/2025", "31/12/2025", "R", "A",
         "Backlog reduced from 61 to 19. Trajectory agreed with the NHS Executive.",
         "2025-12", None),
        ("2.1.2", BCU_E21,
         "Launch the Health Board-wide learning bulletin and quarterly Learning Forum\n"
         "(first forum to include learning from Prevention of Future Deaths reports)",
         "Executive Medical Director", ["Executive Medical Director"],
         "30/06/2025", None, "G", "B",
         "First Learning Forum held 18 June 2025; bulletin issued monthly.",
         "2025-06", None),
        ("2.2.1", BCU_E22,
         "Complete the ligature risk reduction programme at the Ablett Unit and the Heddfan Unit",
         "Director of Mental Health and Learning Disabilities",
         ["Director of Mental Health and Learning Disabilities"],
         "31/03/2026", None, "A", "G",
         "Ablett Unit works complete; Heddfan works scheduled January to March 2026.",
         "2026-03", None),
    ],
}


def to_date(s):
    import datetime
    d, m, y = s.split("/")
    return datetime.datetime(int(y), int(m), int(d))


def build_bcu():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = BCU_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Reporting period: Quarter 2 2025/26 (July – September 2025)"
    ws["A3"] = "Prepared for: Special Measures Assurance Board, 16 October 2025"
    ws["A5"] = "Document control"
    ws["A5"].font = Font(bold=True)
    for i, h in enumerate(["Version", "Date", "Author", "Summary of changes"], 1):
        ws.cell(row=6, column=i, value=h)
    style_header(ws, 6, 4)
    dc = [("v0.3", "29/09/2025", "Head of Special Measures Programme", "Q2 updates from executive leads"),
          ("v1.0", "08/10/2025", "Board Secretary", "Approved by Executive Team for submission")]
    for r, row in enumerate(dc, 7):
        for c, v in enumerate(row, 1):
            ws.cell(row=r, column=c, value=v)
        box_row(ws, r, 4)
    ws["A10"] = "RAG key"
    ws["A10"].font = Font(bold=True)
    key = [("B", "Complete – evidence of sustained delivery"),
           ("G", "On track to deliver by the agreed date"),
           ("A", "At risk – some slippage, mitigation in place"),
           ("R", "Off track – will not deliver by the agreed date")]
    for r, (k, t) in enumerate(key, 11):
        ws.cell(row=r, column=1, value=k).fill = fill(FILL[k])
        ws.cell(row=r, column=1).font = Font(bold=True, color="FFFFFF" if k in "BR" else "000000")
        ws.cell(row=r, column=2, value=t)
    ws["A16"] = ("Note: where a revised date has been agreed by the Special Measures Assurance Board "
                 "it replaces the original date for reporting purposes.")
    ws["A16"].font = Font(italic=True)
    ws.column_dimensions["A"].width = 12
    ws.column_dimensions["B"].width = 20
    ws.column_dimensions["C"].width = 36
    ws.column_dimensions["D"].width = 42

    # Summary sheet
    ss = wb.create_sheet("Summary")
    ss["A1"] = "Summary of progress by domain – Q2 2025/26"
    ss["A1"].font = Font(bold=True, size=12)
    hdr = ["Domain", "B", "G", "A", "R", "Total actions"]
    for i, h in enumerate(hdr, 1):
        ss.cell(row=3, column=i, value=h)
    style_header(ss, 3, 6)
    tot = [0, 0, 0, 0, 0]
    r = 4
    for dom, rows in BCU_ROWS.items():
        counts = [sum(1 for x in rows if x[8] == k) for k in "BGAR"]
        vals = [dom] + counts + [len(rows)]
        for c, v in enumerate(vals, 1):
            ss.cell(row=r, column=c, value=v)
        box_row(ss, r, 6)
        tot = [a + b for a, b in zip(tot, counts + [len(rows)])]
        r += 1
    for c, v in enumerate(["Total"] + tot, 1):
        ss.cell(row=r, column=c, value=v).font = Font(bold=True)
    box_row(ss, r, 6)
    ss.column_dimensions["A"].width = 62

    # Domain sheets
    for sheet_name, dom in (("Domain 1", BCU_D1), ("Domain 2", BCU_D2)):
        ds = wb.create_sheet(sheet_name)
        ds["A1"] = dom
        ds["A1"].font = Font(bold=True, size=13)
        hdr = ["Ref", "Welsh Government expectation", "Action", "Executive lead",
               "Original date", "Revised date", "Q1 RAG", "Q2 RAG", "Q2 progress update"]
        for i, h in enumerate(hdr, 1):
            ds.cell(row=3, column=i, value=h)
        style_header(ds, 3, len(hdr))
        r = 4
        rows = BCU_ROWS[dom]
        start = {}
        for (ref, exp, action, leadcell, _l, orig, rev, q1, q2, upd, _e, _et) in rows:
            ds.cell(row=r, column=1, value=ref)
            if exp not in start:
                start[exp] = r
                ds.cell(row=r, column=2, value=exp)
            ds.cell(row=r, column=3, value=action)
            ds.cell(row=r, column=4, value=leadcell)
            for col, v in ((5, orig), (6, rev)):
                if v is None:
                    continue
                if "/" in v and v[0].isdigit():
                    ds.cell(row=r, column=col, value=to_date(v)).number_format = "dd/mm/yyyy"
                else:
                    ds.cell(row=r, column=col, value=v)
            for col, v in ((7, q1), (8, q2)):
                cell = ds.cell(row=r, column=col, value=v)
                cell.fill = fill(FILL[v])
            ds.cell(row=r, column=9, value=upd)
            box_row(ds, r, len(hdr))
            for col in (7, 8):
                ds.cell(row=r, column=col).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
        # merge expectation cells
        exps = [x[1] for x in rows]
        for exp, s in start.items():
            n = exps.count(exp)
            if n > 1:
                ds.merge_cells(start_row=s, start_column=2, end_row=s + n - 1, end_column=2)
        widths = [8, 40, 52, 28, 13, 13, 8, 8, 48]
        for i, w in enumerate(widths, 1):
            ds.column_dimensions[get_column_letter(i)].width = w
        ds.freeze_panes = "A4"
    wb.save(p(BCU_NAME))

    actions = []
    for dom, rows in BCU_ROWS.items():
        for (ref, exp, action, _lc, leads, _o, _r, _q1, q2, _u, end, et) in rows:
            st = {"B": "blue", "G": "green", "A": "amber", "R": "red"}[q2]
            actions.append(act(ref, [dom, exp], action, leads, end, st, et))
    write_expected(BCU_NAME, {
        "source": (
            "Imitates the tracker a Welsh health board in special measures keeps against the Welsh "
            "Government special measures framework (Betsi Cadwaladr UHB, escalated to level 5 in "
            "February 2023; framework domains and quarterly progress reports published at "
            "https://gov.wales/betsi-cadwaladr-university-health-board-special-measures-progress-report-july-september-2024-html). "
            "Copied features: cover sheet with title, reporting period, document-control table and "
            "B/G/A/R key; a summary sheet of RAG counts by domain; one sheet per domain with the "
            "Welsh Government expectation merged vertically over its actions, executive leads as "
            "job titles (two in one cell), original and revised dates, a Q1 (previous) and Q2 "
            "(current) RAG column with letters on fill colour, and a progress-update column."),
        "reads": (
            "A health board's special-measures progress tracker: after a cover and a summary sheet, "
            "two domain sheets list eight numbered actions, each under a Welsh Government "
            "expectation that is merged over its actions. The end is the revised date where one is "
            "given, otherwise the original; the status is the Q2 (current) RAG letter."),
        "outcome": "read",
        "accept_refusal": False,
        "title": BCU_TITLE,
        "actions": actions,
    })


# ---------------------------------------------------------------------------
# 2. North Wales Fire and Rescue Service - corporate risk register (xlsx)
# ---------------------------------------------------------------------------
NW_NAME = "on1-north-wales-fire-rescue-service-corporate-risk-register-2025-26.xlsx"
NW_TITLE = "North Wales Fire and Rescue Service – Corporate Risk Register 2025-26"
NW_RISKS = [
    ("CRR01", "Funding",
     "Insufficient funding from constituent authority contributions and Welsh Government grants "
     "leads to the Authority being unable to deliver the Community Risk Management Plan.",
     "Deputy Chief Fire Officer", "4 x 5 = 20", "3 x 5 = 15", "2 x 5 = 10", "↔"),
    ("CRR02", "On-call availability",
     "Difficulty recruiting and retaining on-call firefighters leads to appliances being "
     "unavailable and longer attendance times in rural areas.",
     "Assistant Chief Fire Officer", "5 x 4 = 20", "4 x 4 = 16", "3 x 4 = 12", "↑"),
    ("CRR03", "Cyber security",
     "A successful cyber attack or system failure leads to the loss of ICT systems or data, "
     "including mobilising systems in the Joint Communications Centre.",
     "Head of ICT", "4 x 5 = 20", "3 x 4 = 12", "2 x 4 = 8", "↓"),
    ("CRR04", "Emergency Services Network",
     "Further delay to the national Emergency Services Network programme leads to additional "
     "cost and reliance on ageing Airwave equipment.",
     "Deputy Chief Fire Officer", "4 x 3 = 12", "4 x 3 = 12", "2 x 3 = 6", "↔"),
]
NW_BANDS = {
    "CRR01": "CRR01 – Funding: insufficient funding to deliver the Community Risk Management Plan",
    "CRR02": "CRR02 – On-call availability: insufficient availability of on-call appliances",
    "CRR03": "CRR03 – Cyber security: loss of ICT systems or data following a cyber attack",
    "CRR04": "CRR04 – Emergency Services Network: further delay to ESN",
}
# (risk, ref, action, owner cell, owners, target cell, rag(fill), progress, end, end_text)
NW_ACTIONS = [
    ("CRR01", "CRR01.1",
     "Agree the 2026/27 budget and constituent authority contributions with the six North Wales "
     "councils",
     "Treasurer; Head of Finance and Procurement", ["Treasurer", "Head of Finance and Procurement"],
     "Feb-26", "G", "Draft budget presented to the Executive Panel in October 2025.", "2026-02", None),
    ("CRR01", "CRR01.2",
     "Refresh the Medium Term Financial Strategy to cover 2026/27 to 2029/30",
     "Head of Finance and Procurement", ["Head of Finance and Procurement"],
     "31/12/2025", "A", "Awaiting the provisional local government settlement.", "2025-12", None),
    ("CRR02", "CRR02.1",
     "Run the targeted on-call recruitment campaign in the 12 stations with the lowest "
     "availability",
     "Area Manager (Response)", ["Area Manager (Response)"],
     "Mar-26", "G", "Campaign launched September 2025; 31 applications received to date.",
     "2026-03", None),
    ("CRR02", "CRR02.2",
     "Implement the revised on-call contract (banded availability) following consultation with "
     "the representative bodies",
     "Assistant Chief Fire Officer", ["Assistant Chief Fire Officer"],
     "Sep-25", "R", "Consultation extended; implementation now expected April 2026.",
     "2025-09", None),
    ("CRR03", "CRR03.1",
     "Achieve Cyber Essentials Plus re-certification",
     "Head of ICT", ["Head of ICT"],
     "Jul-25", "B", "Certificate awarded 11 July 2025.", "2025-07", None),
    ("CRR03", "CRR03.2",
     "Complete the business continuity exercise for loss of the Joint Communications Centre "
     "mobilising system",
     "Head of ICT / Head of Control", ["Head of ICT", "Head of Control"],
     "Nov-25", "G", "Exercise planned for 18 November 2025 with North Wales Police and WAST.",
     "2025-11", None),
    ("CRR03", "CRR03.3",
     "Deliver mandatory cyber awareness training to all staff and report completion rates monthly",
     "Head of ICT", ["Head of ICT"],
     "Ongoing", "G", "Completion 87% at 31 August 2025.", None, "Ongoing"),
    ("CRR04", "CRR04.1",
     "Extend the Airwave support arrangements and review the transition plan once the Home Office "
     "confirms the revised ESN timetable",
     "Deputy Chief Fire Officer", ["Deputy Chief Fire Officer"],
     "TBC", "A", "Revised national timetable still awaited.", None, "TBC"),
]


def build_nw():
    wb = Workbook()
    ws = wb.active
    ws.title = "Corporate Risk Register"
    ws["A1"] = NW_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Version 3 – reviewed by the Executive Leadership Team on 2 September 2025; "
                "reported to the Audit Committee on 22 September 2025")
    hdr = ["Risk ID", "Risk title", "Risk description (cause – event – effect)", "Risk owner",
           "Inherent score (L x I)", "Residual score (L x I)", "Target score", "Direction of travel"]
    for i, h in enumerate(hdr, 1):
        ws.cell(row=4, column=i, value=h)
    style_header(ws, 4, len(hdr), "C00000")
    for r, risk in enumerate(NW_RISKS, 5):
        for c, v in enumerate(risk, 1):
            ws.cell(row=r, column=c, value=v)
        box_row(ws, r, len(hdr))
    ws["A10"] = "Scores: Likelihood (L) x Impact (I), each on a scale of 1 to 5. Further mitigating actions are on the 'Mitigating Actions' sheet."
    ws["A10"].font = Font(italic=True)
    for i, w in enumerate([9, 24, 60, 26, 14, 14, 12, 11], 1):
        ws.column_dimensions[get_column_letter(i)].width = w

    ma = wb.create_sheet("Mitigating Actions")
    ma["A1"] = "Corporate Risk Register 2025-26 – Further Mitigating Actions"
    ma["A1"].font = Font(bold=True, size=13)
    ma["A2"] = "Action RAG is shown by the colour of the RAG cell – see the key below the table."
    hdr = ["Action ref", "Further mitigating action", "Action owner", "Target date",
           "Progress at September 2025", "RAG"]
    for i, h in enumerate(hdr, 1):
        ma.cell(row=4, column=i, value=h)
    style_header(ma, 4, len(hdr), "C00000")
    r = 5
    last = None
    for (risk, ref, action, ocell, _o, target, rag, prog, _e, _et) in NW_ACTIONS:
        if risk != last:
            ma.cell(row=r, column=1, value=NW_BANDS[risk])
            ma.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            ma.cell(row=r, column=1).font = Font(bold=True)
            ma.cell(row=r, column=1).fill = fill(FILL["grey"])
            r += 1
            last = risk
        vals = [ref, action, ocell, target, prog]
        for c, v in enumerate(vals, 1):
            ma.cell(row=r, column=c, value=v)
        if "/" in target:
            ma.cell(row=r, column=4).value = to_date(target)
            ma.cell(row=r, column=4).number_format = "dd/mm/yyyy"
        box_row(ma, r, 6)
        ma.cell(row=r, column=6).fill = fill(FILL[rag])
        r += 1
    r += 1
    ma.cell(row=r, column=1, value="Key").font = Font(bold=True)
    for k, t in (("B", "Complete"), ("G", "On track"), ("A", "Some slippage – mitigation in place"),
                 ("R", "Off track / target date missed")):
        r += 1
        ma.cell(row=r, column=1).fill = fill(FILL[k])
        ma.cell(row=r, column=2, value=t)
    for i, w in enumerate([11, 62, 30, 13, 52, 8], 1):
        ma.column_dimensions[get_column_letter(i)].width = w
    wb.save(p(NW_NAME))

    st = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    actions = [act(ref, [NW_BANDS[risk]], action, owners, end, st[rag], et)
               for (risk, ref, action, _oc, owners, _t, rag, _p, end, et) in NW_ACTIONS]
    write_expected(NW_NAME, {
        "source": (
            "Imitates a Welsh fire and rescue service's corporate risk register as reported to its "
            "Audit Committee (layout after fire authority risk reports such as the Lancashire FRA "
            "Audit Committee 'Risk Management' papers and the Mid and West Wales / North Wales FRA "
            "committee packs; no specific North Wales file found). Copied features: title and "
            "version line, a register sheet of risks with L x I scores and direction of travel, and "
            "a separate 'Mitigating Actions' sheet where each risk is a merged grey band row over "
            "its numbered actions, owners as job titles (two in one cell), month-style target dates "
            "with 'Ongoing' and 'TBC', and RAG shown only by cell fill with a colour key below."),
        "reads": (
            "A corporate risk register: the first sheet lists four risks (not actions); the second "
            "sheet lists eight further mitigating actions grouped under merged risk band rows. The "
            "RAG cells carry no text, so the status is the fill colour read against the key (blue "
            "= complete)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": NW_TITLE,
        "actions": actions,
    })


# ---------------------------------------------------------------------------
# 3. Prestatyn High School - Estyn PIAP with a mistyped month (xlsx, refuse)
# ---------------------------------------------------------------------------
PH_NAME = "on1-prestatyn-high-school-estyn-post-inspection-action-plan-typo-month-refuse.xlsx"
PH_TITLE = "Prestatyn High School – Post-Inspection Action Plan"
PH_ROWS = [
    ("band", "R1: Strengthen the quality of teaching so that it consistently challenges pupils of "
             "all abilities"),
    ("1.1", "Deliver a whole-school professional learning programme on adaptive teaching and "
            "effective questioning",
     "Lesson observations show that most teaching provides suitable challenge",
     "Deputy Headteacher (Teaching and Learning)", "Headteacher and link governor – termly",
     "July 2025", "G"),
    ("1.2", "Introduce fortnightly departmental learning walks focused on challenge and pace",
     "Learning walk records show improving practice in all faculties",
     "Heads of Faculty", "Senior leadership team – half-termly", "March 2025", "G"),
    ("1.3", "Establish a teaching and learning group to share effective practice across faculties",
     "Group meets monthly; practice shared at staff briefings",
     "Assistant Headteacher (Professional Learning)", "Deputy Headteacher – termly",
     "January 2025", "B"),
    ("band", "R2: Improve pupils' attendance, particularly that of pupils eligible for free school "
             "meals"),
    ("2.1", "Appoint an attendance and family engagement officer and agree a protocol for first-day "
            "contact with families",
     "Officer in post; first-day contact made for all absences",
     "Assistant Headteacher (Wellbeing)", "Standards and Wellbeing Committee – each meeting",
     "Febuary 2025", "A"),
    ("2.2", "Implement a staged attendance intervention model with the Education Social Work "
            "Service",
     "Persistent absence of eFSM pupils reduces by 5 percentage points",
     "Pastoral Leaders / Education Social Worker", "Assistant Headteacher (Wellbeing) – monthly",
     "July 2025", "G"),
    ("band", "R3: Improve the effectiveness of self-evaluation and improvement planning"),
    ("3.1", "Revise the self-evaluation calendar so that findings from learning walks, pupil voice "
            "and book scrutiny feed directly into the school development plan",
     "School development plan priorities are clearly linked to first-hand evidence",
     "Headteacher", "Governing Body – termly", "December 2025", "G"),
    ("3.2", "Provide training for governors on holding leaders to account for the impact of "
            "improvement actions",
     "Governors' minutes show effective challenge",
     "Chair of Governors", "GwE Supporting Improvement Adviser – termly", "Ongoing", "G"),
]


def build_ph():
    wb = Workbook()
    ws = wb.active
    ws.title = "PIAP"
    ws["A1"] = PH_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Estyn core inspection: 4–7 November 2024. Plan agreed by the Governing Body on "
                "21 January 2025 and shared with Denbighshire County Council and GwE.")
    hdr = ["Ref", "Action", "Success criteria", "Lead", "Monitoring (by whom / when)",
           "Timescale", "Progress RAG"]
    for i, h in enumerate(hdr, 1):
        ws.cell(row=4, column=i, value=h)
    style_header(ws, 4, len(hdr), "006A4E")
    r = 5
    typo_row = None
    for row in PH_ROWS:
        if row[0] == "band":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.cell(row=r, column=1).fill = fill("E2EFDA")
        else:
            for c, v in enumerate(row, 1):
                ws.cell(row=r, column=c, value=v)
            box_row(ws, r, 7)
            ws.cell(row=r, column=7).fill = fill(FILL[row[6]])
            if row[5].startswith("Febuary"):
                typo_row = r
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG key: B = complete; G = on track; A = some concerns; "
                                   "R = significant concerns").font = Font(italic=True)
    for i, w in enumerate([7, 55, 45, 34, 36, 14, 10], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    wb.save(p(PH_NAME))
    assert typo_row == 10, typo_row

    write_expected(PH_NAME, {
        "source": (
            "Imitates a Welsh secondary school's post-inspection action plan (PIAP) written by the "
            "governing body after an Estyn core inspection (Estyn follow-up guidance, "
            "https://estyn.gov.wales/inspection-guidance-type/follow-up-en; PIAPs of this shape are "
            "published in local authority cabinet and scrutiny papers). Copied features: title line "
            "and inspection/approval line, each Estyn recommendation (R1–R3) as a merged green band "
            "row over numbered actions, success criteria and monitoring columns, post-holder leads, "
            "month timescales written as text, a B/G/A/R letter column on fill, and a key line."),
        "reads": (
            "A school PIAP of seven actions under three Estyn recommendations. The timescale of "
            "action 2.1 on sheet row 10 reads 'Febuary 2025', a mistyped month, so a careful reader "
            "stops and asks rather than guess the due month."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": 10,
        "title": PH_TITLE,
    })


# ---------------------------------------------------------------------------
# 4. Limavady Grammar School - ETI inspection action plan (docx)
# ---------------------------------------------------------------------------
LG_NAME = "on1-limavady-grammar-school-eti-inspection-action-plan.docx"
LG_TITLE = "Limavady Grammar School – Post-Inspection Action Plan"
LG_AFI = [
    ("Area for improvement 1",
     "Improve the quality of planning for, and the use of assessment in, mathematics at key stage 3 "
     "so that all pupils, including those who require additional support, make appropriate "
     "progress.",
     [("1.1", "Revise the key stage 3 mathematics schemes of work to include planned opportunities "
              "for differentiation and assessment for learning.",
       "Revised schemes of work in place for Years 8–10; planning scrutiny shows differentiated "
       "tasks in most lessons.",
       "Head of Mathematics", ["Head of Mathematics"], "January 2025",
       "Vice-Principal (Curriculum): planning scrutiny each half-term", "2025-01", None),
      ("1.2", "Introduce common baseline and end-of-unit assessments in Years 8 to 10, with "
              "outcomes tracked in SIMS Assessment Manager.",
       "Tracking data used by all mathematics teachers to plan intervention for identified pupils.",
       "Head of Mathematics / Data Manager", ["Head of Mathematics", "Data Manager"],
       "Spring term 2025", "SLT link: review of tracking data at each data drop", "2025-04",
       "Spring term 2025"),
      ("1.3", "Provide whole-department professional learning on questioning and feedback, led by "
              "the Education Authority's School Development Service.",
       "Lesson observations show improved questioning in most lessons.",
       "Mrs R. McLaughlin and Mr T. Doherty", ["Mrs R. McLaughlin", "Mr T. Doherty"], "June 2025",
       "Principal: joint lesson observations in May 2025", "2025-06", None)]),
    ("Area for improvement 2",
     "Develop further the arrangements for safeguarding and child protection so that they fully "
     "reflect the guidance issued by the Department of Education, in particular the recording of "
     "concerns and the training of staff.",
     [("2.1", "Update the Child Protection and Safeguarding Policy and the record of concerns "
              "template, and present them to the Board of Governors for ratification.",
       "Policy ratified; all concerns recorded on the revised template.",
       "Designated Teacher", ["Designated Teacher"], "December 2024",
       "Designated Governor for Child Protection", "2024-12", None),
      ("2.2", "Deliver refresher child protection training to all teaching and non-teaching staff, "
              "including induction sessions for newly appointed staff.",
       "Training record shows 100% attendance.",
       "Designated Teacher; Deputy Designated Teacher",
       ["Designated Teacher", "Deputy Designated Teacher"], "31/01/2025",
       "Principal: training register checked", "2025-01", None),
      ("2.3", "Review the safeguarding audit termly and report the outcome to the Board of "
              "Governors.",
       "Board of Governors minutes record termly safeguarding reports.",
       "Principal", ["Principal"], "Termly", "Chair of the Board of Governors", None, "Termly")]),
    ("Area for improvement 3",
     "Ensure that the priorities in the school development plan are informed by robust "
     "self-evaluation and include measurable targets for improvement.",
     [("3.1", "Establish a self-evaluation calendar linked to the Inspection and Self-Evaluation "
              "Framework, with a review of each department completed each year.",
       "All departments complete a self-evaluation review; findings inform department plans.",
       "Vice-Principal (Pastoral and Self-Evaluation)",
       ["Vice-Principal (Pastoral and Self-Evaluation)"], "Autumn term 2025",
       "Principal and Board of Governors", "2025-12", "Autumn term 2025"),
      ("3.2", "Revise the school development plan 2025–2028 to include SMART targets and present "
              "the draft to the Board of Governors.",
       "Revised plan approved by the Board of Governors.",
       "Principal and Senior Leadership Team", ["Principal", "Senior Leadership Team"],
       "March 2025", "Board of Governors; ETI District Inspector", "2025-03", None)]),
]


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def bold_cell(cell, text, color=None):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def build_lg():
    doc = Document()
    doc.add_heading(LG_TITLE, level=0)
    doc.add_paragraph("In response to the Education and Training Inspectorate (ETI) inspection "
                      "carried out on 7–10 October 2024")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in (("School", "Limavady Grammar School"),
                 ("Principal", "Mr S. Gilmore"),
                 ("Chair of the Board of Governors", "Mrs A. Kane"),
                 ("Date of inspection", "7–10 October 2024"),
                 ("Date action plan submitted to ETI", "16 December 2024")):
        row = t.add_row()
        bold_cell(row.cells[0], k)
        row.cells[1].text = v
    doc.add_paragraph("")
    doc.add_paragraph("The Board of Governors and the senior leadership team have agreed the "
                      "following actions to address the areas for improvement identified in the "
                      "inspection report. Progress will be reported to the Board of Governors at "
                      "each meeting.")
    for heading, text, rows in LG_AFI:
        doc.add_heading(heading, level=2)
        para = doc.add_paragraph()
        para.add_run(text).bold = True
        tt = doc.add_table(rows=1, cols=6)
        tt.style = "Table Grid"
        for i, h in enumerate(["Ref", "Actions", "Success criteria", "Responsibility",
                               "Timescale", "Monitoring and evaluation"]):
            bold_cell(tt.rows[0].cells[i], h, "FFFFFF")
            shade(tt.rows[0].cells[i], "2E5496")
        for (ref, action, sc, resp, _l, ts, mon, _e, _et) in rows:
            row = tt.add_row()
            for i, v in enumerate([ref, action, sc, resp, ts, mon]):
                row.cells[i].text = v
        doc.add_paragraph("")
    doc.add_heading("Approval", level=2)
    st = doc.add_table(rows=2, cols=4)
    st.style = "Table Grid"
    for i, v in enumerate(["Signed (Principal)", "S. Gilmore", "Date", "16/12/2024"]):
        st.rows[0].cells[i].text = v
    for i, v in enumerate(["Signed (Chair of the Board of Governors)", "A. Kane", "Date",
                           "16/12/2024"]):
        st.rows[1].cells[i].text = v
    doc.save(p(LG_NAME))

    actions = []
    for heading, text, rows in LG_AFI:
        for (ref, action, _sc, _resp, leads, _ts, _mon, end, et) in rows:
            actions.append(act(ref, [text], action, leads, end, "unrated", et))
    write_expected(LG_NAME, {
        "source": (
            "Imitates the action plan a Northern Ireland post-primary school's Board of Governors "
            "sends to the ETI after an inspection that identifies areas for improvement (ETI: "
            "https://www.etini.gov.uk/inspection-outcome-and-what-happens-next). Copied features: "
            "title and inspection line, a school-details table, one section per area for improvement "
            "(a heading naming the part, then the area's text in bold) each with its own table of "
            "Ref / Actions / Success criteria / Responsibility / Timescale / Monitoring, school-term "
            "and 'Termly' timescales, two leads in one cell, and a sign-off table."),
        "reads": (
            "A school's ETI action plan with three areas for improvement, each followed by a table "
            "of numbered actions (eight in all). The headings 'Area for improvement N' only name "
            "the part, so each action is read under the area's text; the plan has no RAG column, "
            "so every status is unrated. The details and sign-off tables are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": LG_TITLE,
        "actions": actions,
    })


# ---------------------------------------------------------------------------
# 5. Argyll and Bute HSCP - Struan Lodge care home, Care Inspectorate improvement plan (docx)
# ---------------------------------------------------------------------------
SL_NAME = "on1-argyll-and-bute-hscp-struan-lodge-care-inspectorate-improvement-plan.docx"
SL_TITLE = "Struan Lodge Care Home: Improvement Plan"
SL_KQ1 = "Key question 1: How well do we support people's wellbeing?"
SL_KQ2 = "Key question 2: How good is our leadership?"
SL_KQ5 = "Key question 5: How well is our care and support planned?"
SL_REQ1 = ("Requirement 1: By 31 October 2025, the provider must ensure that people receive their "
           "medication safely and as prescribed. This is in order to comply with Regulation 4(1)(a) "
           "(Welfare of users) of The Social Care and Social Work Improvement Scotland (Requirements "
           "for Care Services) Regulations 2011 (SSI 2011/210).")
SL_AFI1 = ("Area for improvement 1: To support people's wellbeing, the provider should ensure that "
           "people have regular opportunities to take part in meaningful activity, both in the home "
           "and in the local community.")
SL_AFI2 = ("Area for improvement 2: The provider should ensure that quality assurance processes, "
           "including audits and the service improvement plan, are used effectively to identify and "
           "drive improvement.")
SL_REQ2 = ("Requirement 2: By 30 November 2025, the provider must ensure that each person's "
           "personal plan sets out how their health, welfare and safety needs will be met, and is "
           "reviewed at least once in every six-month period. This is in order to comply with "
           "Regulation 5(1) and 5(2)(b) (Personal plans) of The Social Care and Social Work "
           "Improvement Scotland (Requirements for Care Services) Regulations 2011 (SSI 2011/210).")
# section -> list of (finding, [(action paragraphs, lead cell, leads, timescale, rag, end, end_text, status)])
SL_PLAN = [
    (SL_KQ1, [
        (SL_REQ1, [
            (["Complete a full audit of Medication Administration Records (MAR) and 'as required' "
              "(PRN) protocols for every resident."],
             "Care Home Manager", ["Care Home Manager"], "19/09/2025", "Complete",
             "2025-09", None, "blue"),
            (["All staff who administer medication to complete refresher training and an observed "
              "competency assessment.",
              "Competency to be reassessed annually thereafter."],
             "Depute Manager / Senior Social Care Workers",
             ["Depute Manager", "Senior Social Care Workers"], "31/10/2025", "Green",
             "2025-10", None, "green"),
            (["Introduce a weekly medication audit, with findings reviewed at the monthly care "
              "home governance meeting."],
             "Care Home Manager", ["Care Home Manager"], "31/10/2025", "Green",
             "2025-10", None, "green"),
        ]),
        (SL_AFI1, [
            (["Recruit to the vacant Activities Co-ordinator post and agree a weekly activity "
              "programme with residents and families."],
             "Care Home Manager", ["Care Home Manager"], "December 2025", "Amber",
             "2025-12", None, "amber"),
        ]),
    ]),
    (SL_KQ2, [
        (SL_AFI2, [
            (["Implement the Partnership's care home quality assurance framework, with monthly "
              "audits reviewed by the Service Manager."],
             "Service Manager (Older Adults)", ["Service Manager (Older Adults)"], "January 2026",
             "Not started", "2026-01", None, "unrated"),
        ]),
    ]),
    (SL_KQ5, [
        (SL_REQ2, [
            (["Review and rewrite all personal plans using the Partnership's outcome-focused "
              "template, involving the person and their representative."],
             "Keyworkers; Depute Manager", ["Keyworkers", "Depute Manager"], "30/11/2025",
             "Amber", "2025-11", None, "amber"),
            (["Set up a six-monthly review schedule for every resident and record each review on "
              "CareFirst."],
             "Depute Manager", ["Depute Manager"], "30/11/2025", "Green",
             "2025-11", None, "green"),
        ]),
    ]),
]


def build_sl():
    doc = Document()
    doc.add_heading(SL_TITLE, level=0)
    doc.add_paragraph("Argyll and Bute Health and Social Care Partnership – following the "
                      "unannounced Care Inspectorate inspection of 12 to 14 August 2025")
    dc = doc.add_table(rows=1, cols=4)
    dc.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Author", "Approved by / purpose"]):
        bold_cell(dc.rows[0].cells[i], h)
    for vals in (("1.0", "15/09/2025", "Care Home Manager", "Head of Adult Services (Older Adults)"),
                 ("1.1", "03/11/2025", "Care Home Manager",
                  "Progress update for the Clinical and Care Governance Group")):
        row = dc.add_row()
        for i, v in enumerate(vals):
            row.cells[i].text = v
    doc.add_paragraph("")
    doc.add_paragraph("This plan responds to the two requirements and two areas for improvement in "
                      "the inspection report. It is reviewed monthly by the Care Home Manager and "
                      "the Service Manager.")
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(["Requirement / area for improvement", "Action to be taken",
                           "Responsible person", "Timescale", "RAG"]):
        bold_cell(t.rows[0].cells[i], h, "FFFFFF")
        shade(t.rows[0].cells[i], "5B2C6F")
    for section, findings in SL_PLAN:
        row = t.add_row()
        merged = row.cells[0].merge(row.cells[4])
        bold_cell(merged, section)
        shade(merged, "E8DAEF")
        for finding, acts in findings:
            first = None
            for (paras, leadcell, _l, ts, rag, _e, _et, _s) in acts:
                row = t.add_row()
                if first is None:
                    first = row.cells[0]
                    first.text = finding
                c = row.cells[1]
                c.text = paras[0]
                for extra in paras[1:]:
                    c.add_paragraph(extra)
                row.cells[2].text = leadcell
                row.cells[3].text = ts
                row.cells[4].text = rag
                last = row.cells[0]
            if last is not first:
                first.merge(last)
    doc.add_paragraph("")
    doc.add_paragraph("RAG: Complete = action completed and evidenced; Green = on track; Amber = at "
                      "risk of delay; Red = will not be met by the timescale; Not started.")
    doc.save(p(SL_NAME))

    actions = []
    for section, findings in SL_PLAN:
        for finding, acts in findings:
            for (paras, _lc, leads, _ts, _rag, end, et, status) in acts:
                actions.append(act(None, [section, finding], "\n".join(paras), leads, end, status,
                                   et))
    write_expected(SL_NAME, {
        "source": (
            "Imitates a Scottish council-run care home's improvement plan after an unannounced Care "
            "Inspectorate inspection (requirement and area-for-improvement wording as in Care "
            "Inspectorate reports, grouped by the quality framework's key questions; cf. the "
            "Craigard, Bute improvement-notice coverage at "
            "https://www.buteman.co.uk/health/bute-care-home-closure-sought-1-4292549). Copied "
            "features: title and context line, a version/approval table, one plan table with "
            "full-width key-question rows, each requirement or area for improvement in a first-column "
            "cell merged down over its actions, responsible person as post (two in one cell), "
            "day-first and month timescales, a RAG word column including Complete and Not started, "
            "a two-paragraph action cell, and a RAG note under the table."),
        "reads": (
            "A care home improvement plan with seven unnumbered actions in one table, grouped under "
            "three key-question rows and, within them, under two requirements and two areas for "
            "improvement whose text is merged down the first column. Status is the RAG word "
            "(Complete = blue, Not started = unrated)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": SL_TITLE,
        "actions": actions,
    })


# ---------------------------------------------------------------------------
# 6. NHS Grampian - Board rolling action log (csv)
# ---------------------------------------------------------------------------
GR_NAME = "on1-nhs-grampian-board-rolling-action-log.csv"
GR_TITLE = "NHS Grampian Board – Rolling Action Log (Open Session)"
# (section, ref, minute, action, lead cell, leads, due, status cell, update, end, end_text, status)
GR_ROWS = [
    ("Board meeting 5 June 2025", "BA25-014", "8.1",
     "Provide a breakdown of delayed discharges by Health and Social Care Partnership, including "
     "the number of people awaiting guardianship orders.",
     "Director of Acute Services", ["Director of Acute Services"], "Aug-25", "Complete",
     "Breakdown circulated to members on 14 August 2025.", "2025-08", None, "blue"),
    ("Board meeting 5 June 2025", "BA25-015", "9",
     "Bring the revised Financial Recovery Plan to a future Board development session.",
     "Director of Finance", ["Director of Finance"], "Oct-25", "Complete – propose closure",
     "Presented at the Board development session on 2 October 2025.", "2025-10", None, "blue"),
    ("Board meeting 5 June 2025", "BA25-016", "11.2",
     "Include a section on waiting times for neurodevelopmental assessment in the Performance "
     "Assurance Report.",
     "AS/PB", ["AS", "PB"], "Dec-25", "Green",
     "Data being validated with the three Health and Social Care Partnerships.", "2025-12", None,
     "green"),
    ("Board meeting 7 August 2025", "BA25-021", "6",
     "Confirm the timetable for opening the Baird Family Hospital and ANCHOR Centre, and report "
     "any risks to the Performance Assurance, Finance and Infrastructure Committee.",
     "Director of Infrastructure and Sustainability",
     ["Director of Infrastructure and Sustainability"], "October 2025", "Amber",
     "Commissioning timetable under review; update to the Committee on 19 November 2025.",
     "2025-10", None, "amber"),
    ("Board meeting 7 August 2025", "BA25-022", "8",
     "Circulate the Healthcare Improvement Scotland inspection action plan for Aberdeen Royal "
     "Infirmary to all Board members.",
     "Board Secretary", ["Board Secretary"], "Sep-25", "Complete", "", "2025-09", None, "blue"),
    ("Board meeting 7 August 2025", "BA25-023", "10.1",
     "Review the risk appetite statements in the Board Assurance Framework and report back with "
     "recommended changes.",
     "Board Secretary and Director of Finance", ["Board Secretary", "Director of Finance"],
     "February 2026 Board", "Green",
     "Workshop with the Audit and Risk Committee planned for December 2025.", "2026-02",
     "February 2026 Board", "green"),
    ("Board meeting 2 October 2025", "BA25-031", "7",
     "Provide a briefing on the impact of the resident doctors' rota changes on Dr Gray's "
     "Hospital, Elgin.",
     "Medical Director", ["Medical Director"], "04/12/2025", "Green", "", "2025-12", None, "green"),
    ("Board meeting 2 October 2025", "BA25-032", "9.3",
     "Develop options for winter surge capacity, including staffing and cost, and bring them to "
     "the Chief Executive Team before the December Board.",
     "Director of Acute Services / Director of People and Culture",
     ["Director of Acute Services", "Director of People and Culture"], "Nov-25", "Red",
     "Staffing model not yet agreed; options paper delayed to January 2026.", "2025-11", None,
     "red"),
]


def csv_field(v):
    if v is None:
        return ""
    if any(ch in v for ch in ',"\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


def build_gr():
    lines = [GR_TITLE, "Updated following the Board meeting of 2 October 2025", "",
             "Action No.,Minute Ref,Action,Lead,Due,Status,Update"]
    last = None
    for (sec, ref, minute, action, lc, _l, due, stc, upd, _e, _et, _s) in GR_ROWS:
        if sec != last:
            lines.append(sec + ",,,,,,")
            last = sec
        lines.append(",".join(csv_field(x) for x in (ref, minute, action, lc, due, stc, upd)))
    lines += ["", "Completed actions are removed from the log once the Board has agreed closure.",
              "Lead initials: AS = Director of Acute Services; PB = Director of Public Health"]
    with open(p(GR_NAME), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")

    actions = [act(ref, [sec], action, leads, end, status, et)
               for (sec, ref, _m, action, _lc, leads, _d, _sc, _u, end, et, status) in GR_ROWS]
    write_expected(GR_NAME, {
        "source": (
            "Imitates the rolling action log that a Scottish NHS board keeps for its public Board "
            "meetings (NHS Grampian Board papers, 'Matters arising / rolling action log'; cf. "
            "approved Board minutes on docslib/docest with Action columns). Copied features: title "
            "and 'updated following' line, a header row, one section line per Board meeting, "
            "action numbers and minute references, leads as posts, as initials 'AS/PB' explained in "
            "a note, and as two posts joined by 'and' or '/', due dates as Mon-YY, day-first date "
            "and 'February 2026 Board', a status column with Complete / Complete – propose closure "
            "and RAG words, update text with commas (quoted), and notes lines at the end."),
        "reads": (
            "A board's rolling action log as CSV: eight actions grouped by the Board meeting that "
            "raised them, each with a lead, due month and status. The meeting lines are headings; "
            "the trailing notes are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": GR_TITLE,
        "actions": actions,
    })


# ---------------------------------------------------------------------------
# 7. Northern Ireland Hospice - RQIA QIP progress tracker (tab-separated txt)
# ---------------------------------------------------------------------------
NH_NAME = "on1-northern-ireland-hospice-rqia-inspection-qip-tracker.txt"
NH_TITLE = "Northern Ireland Hospice – RQIA Quality Improvement Plan: progress tracker"
NH_SEC1 = ("Action required to ensure compliance with The Independent Health Care Regulations "
           "(Northern Ireland) 2005")
NH_SEC2 = ("Action required to ensure compliance with the Minimum Care Standards for Independent "
           "Healthcare Establishments (July 2014)")
NH_AFI1 = ("The registered person shall ensure that all medicines are stored in accordance with the "
           "manufacturer's instructions, and that the temperature of the medicines refrigerator is "
           "monitored and recorded daily.")
NH_AFI2 = ("The registered person shall ensure that recruitment records contain all the information "
           "required under Schedule 2, including a full employment history with an explanation of "
           "any gaps and two references.")
NH_AFI3 = ("The registered person shall ensure that care records evidence that patients and, where "
           "appropriate, their families are involved in the development and review of advance care "
           "plans.")
NH_AFI4 = ("The registered person shall ensure that the complaints log records the outcome of each "
           "complaint and whether the complainant was satisfied with the outcome.")
NH_AFI5 = ("The registered person shall ensure that mandatory training in infection prevention and "
           "control is completed by all staff within the required timeframe.")
# rows: ("sec", text) | (afi, ref, reg, afi text or "", action lines, lead cell, leads, due, rag, end, end_text, status)
NH_ROWS = [
    ("sec", NH_SEC1),
    ("1", "1.1", "Regulation 15 (7)", NH_AFI1,
     ["Replace the treatment room medicines refrigerator and install a continuous temperature data "
      "logger with an alarm."],
     "Head of Inpatient Services", ["Head of Inpatient Services"], "31 July 2025", "Complete",
     "2025-07", None, "blue"),
    ("", "1.2", "", "",
     ["Add the daily refrigerator temperature check to the nurse-in-charge shift checklist and "
      "audit compliance monthly."],
     "Ward Sister / Clinical Nurse Manager", ["Ward Sister", "Clinical Nurse Manager"],
     "31 July 2025", "Green", "2025-07", None, "green"),
    ("2", "2.1", "Regulation 19 (2) Schedule 2", NH_AFI2,
     ["Audit the personnel files of all staff recruited since January 2024 and obtain any missing "
      "information."],
     "HR Manager", ["HR Manager"], "30 June 2025", "Complete", "2025-06", None, "blue"),
    ("", "2.2", "", "",
     ["Introduce a pre-employment checklist to be signed off by the recruiting manager and HR "
      "before a start date is confirmed."],
     "HR Manager", ["HR Manager"], "30 September 2025", "Green", "2025-09", None, "green"),
    ("sec", NH_SEC2),
    ("3", "3.1", "Standard 5.3", NH_AFI3,
     ["Revise the advance care planning template on the electronic patient record so that "
      "discussions with the patient and family are recorded,",
      "including the date of each review and who took part."],
     "Director of Nursing and Clinical Services", ["Director of Nursing and Clinical Services"],
     "30 November 2025", "Amber", "2025-11", None, "amber"),
    ("4", "4.1", "Standard 14.5", NH_AFI4,
     ["Amend the complaints log to include outcome and satisfaction fields, and review entries at "
      "the quarterly Patient Experience Group."],
     "Head of Quality and Governance", ["Head of Quality and Governance"],
     "Immediate and ongoing", "Green", None, "Immediate and ongoing", "green"),
    ("5", "5.1", "Standard 20.5", NH_AFI5,
     ["Issue monthly compliance reports to heads of department and follow up staff whose training "
      "is overdue."],
     "Practice Development Lead; Heads of Department",
     ["Practice Development Lead", "Heads of Department"], "31 October 2025", "Red",
     "2025-10", None, "red"),
]


def build_nh():
    lines = [NH_TITLE,
             "Adult Inpatient Unit, Somerton Road, Belfast",
             "Inspection ID: IN045873\tDate of inspection: 13 and 14 May 2025\tType: Announced care "
             "inspection",
             "Tracker updated 8 September 2025 for the Clinical Governance Committee",
             "",
             "AFI\tRef\tRegulation / Standard\tArea for improvement (as stated by RQIA)\t"
             "Action taken / planned\tLead\tTo be completed by\tRAG"]
    for row in NH_ROWS:
        if row[0] == "sec":
            lines.append(row[1])
            continue
        afi, ref, reg, text, acts, lc, _l, due, rag, _e, _et, _s = row
        lines.append("\t".join([afi, ref, reg, text, acts[0], lc, due, rag]))
        for extra in acts[1:]:
            lines.append("\t".join(["", "", "", "", extra, "", "", ""]))
    lines += ["",
              "Key: Complete = action completed and evidenced; Green = on track; Amber = some delay; "
              "Red = target date at risk or missed"]
    with open(p(NH_NAME), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")

    actions = []
    sec = None
    afi_text = None
    for row in NH_ROWS:
        if row[0] == "sec":
            sec = row[1]
            continue
        afi, ref, reg, text, acts, _lc, leads, _d, _r, end, et, status = row
        if text:
            afi_text = text
        actions.append(act(ref, [sec, afi_text], "\n".join(acts), leads, end, status, et))
    write_expected(NH_NAME, {
        "source": (
            "Imitates a Northern Ireland independent hospice's own tracker of the Quality Improvement "
            "Plan (QIP) in an RQIA inspection report (RQIA independent hospice inspections: areas "
            "for improvement stated against The Independent Health Care Regulations (NI) 2005 and "
            "the Minimum Care Standards for Independent Healthcare Establishments (July 2014); "
            "RQIA provider guidance at https://readkong.com/page/rqia-provider-guidance-2018-2019-independent-health-care-8914038). "
            "Copied features: the QIP's two 'Action required to ensure compliance with ...' section "
            "lines, area-for-improvement text as RQIA states it with the regulation/standard, 'To be "
            "completed by' dates written out, 'Immediate and ongoing', plus the hospice's own "
            "action sub-numbers, leads (two posts in a cell) and RAG word; exported as "
            "tab-separated text with a title block, a continuation line and a key line."),
        "reads": (
            "A tab-separated QIP tracker with seven numbered actions under the two compliance "
            "sections; each area for improvement is written on its first action's row and holds for "
            "the next row where that cell is empty. The line holding only '...including the date of "
            "each review and who took part.' continues action 3.1."),
        "outcome": "read",
        "accept_refusal": False,
        "title": NH_TITLE,
        "actions": actions,
    })


def main():
    build_bcu()
    build_nw()
    build_ph()
    build_lg()
    build_sl()
    build_gr()
    build_nh()


if __name__ == "__main__":
    main()
