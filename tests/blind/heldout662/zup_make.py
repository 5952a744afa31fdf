"""Build the seven zup- blind test files (set heldout662) and their expected readings.

Run with /work/main/.venv/bin/python zup_make.py  (writes only files whose names start with zup-).
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

BLUE = "00B0F0"
GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
FILL = {"blue": BLUE, "green": GREEN, "amber": AMBER, "red": RED}


def out(name):
    assert name.startswith("zup-")
    return os.path.join(HERE, name)


def write_expected(name, doc):
    path = out(name) + ".expected.yaml"
    with open(path, "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=100000)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Livestock & Meat Commission for NI - ARAC internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
def lmc():
    name = "zup-livestock-and-meat-commission-ni-arac-internal-audit-recommendations-tracker.xlsx"
    title = "Livestock & Meat Commission for Northern Ireland – Internal Audit Recommendations Tracker 2025-26"
    secA = "A. Procurement and Contract Management 2024-25 – Limited assurance"
    secB = "B. Information Governance and GDPR 2024-25 – Satisfactory assurance"
    secC = "C. Board Effectiveness and Governance 2023-24 – Satisfactory assurance (follow-up)"
    recA1 = ("LMC should maintain a central contracts register recording all contracts above £5,000, "
             "including start and end dates, value and contract owner, and review it quarterly.")
    recA2 = ("Direct award contracts should be approved in advance in line with DAERA delegated limits "
             "and reported to the Audit and Risk Assurance Committee.")
    recA3 = ("Contract performance meetings for the carcase classification services contract should be "
             "minuted and key performance indicators monitored.")
    recB1 = ("The Record of Processing Activities (ROPA) should be updated to reflect all current processing, "
             "including CCTV and Northern Ireland Beef and Lamb Farm Quality Assurance Scheme data.")
    recB2 = "All staff should complete data protection refresher training annually and completion should be monitored."
    recB3 = "Retention periods in the Retention and Disposal Schedule should be applied to electronic records held on shared drives."
    recC1 = "The Board Operating Framework should be updated to reflect the Partnership Agreement agreed with DAERA."
    # rows: (ref, rec, priority, action, lead_text, orig, revised, update, rag, expected_lead, expected_end)
    sections = [
        (secA, [
            ("A1", recA1, "Priority 1",
             "A central contracts register will be established on SharePoint and populated from the finance system "
             "and existing contract files. The register will be reviewed quarterly by SMT.",
             "Head of Finance and Corporate Services", d(2024, 12, 31), d(2025, 3, 31),
             "Register live from March 2025 and reviewed at SMT on 8 July 2025. Evidence provided to internal audit.",
             "blue", ["Head of Finance and Corporate Services"], "2025-03"),
            ("A2(a)", recA2, "Priority 1",
             "Revise the Direct Award Contract (DAC) procedure and approval form to require Accounting Officer "
             "approval before any commitment is made.",
             "Chief Executive", d(2025, 3, 31), None,
             "Revised procedure approved by SMT February 2025 and issued to all budget holders.",
             "blue", ["Chief Executive"], "2025-03"),
            ("A2(b)", recA2, "Priority 1",
             "Report all DACs to each ARAC meeting, with any retrospective approvals highlighted.",
             "Head of Finance and Corporate Services", d(2025, 6, 30), d(2025, 9, 30),
             "First DAC report to be tabled at this meeting; format agreed with NIAO.",
             "amber", ["Head of Finance and Corporate Services"], "2025-09"),
            ("A3", recA3, "Priority 2",
             "Quarterly contract review meetings to be minuted using a standard template, with KPI performance "
             "reported to SMT.",
             "Industry Development Manager", d(2025, 9, 30), None,
             "Template in use since Q1; KPI report to SMT in September.",
             "green", ["Industry Development Manager"], "2025-09"),
        ]),
        (secB, [
            ("B1", recB1, "Priority 2",
             "ROPA to be reviewed with each business area and updated; annual review to be diarised.",
             "IT Manager / Data Protection Officer", d(2025, 3, 31), None,
             "Review of Industry Services and Corporate Services entries outstanding. No revised date yet agreed.",
             "red", ["IT Manager", "Data Protection Officer"], "2025-03"),
            ("B2", recB2, "Priority 2",
             "Mandatory annual refresher training to be rolled out via the e-learning platform, with completion "
             "rates reported to SMT each quarter.",
             "HR Manager", d(2025, 6, 30), None,
             "100% completion reported to SMT 8 July 2025.",
             "blue", ["HR Manager"], "2025-06"),
            ("B3", recB3, "Priority 3",
             "Shared drive clean-up exercise to be undertaken in line with the approved Retention and Disposal Schedule.",
             "IT Manager", d(2025, 12, 31), None,
             "Clean-up of Finance drive complete; remaining drives scheduled October–December.",
             "green", ["IT Manager"], "2025-12"),
        ]),
        (secC, [
            ("C1", recC1, "Priority 2",
             "Board Operating Framework to be revised and presented to the Board for approval following sign-off "
             "of the Partnership Agreement.",
             "Chief Executive / Board Secretary", d(2025, 3, 31), d(2025, 12, 31),
             "Partnership Agreement signed by DAERA in July 2025. Draft framework to Board in November.",
             "amber", ["Chief Executive", "Board Secretary"], "2025-12"),
        ]),
    ]

    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = title
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Audit and Risk Assurance Committee – 24 September 2025 | Position at 31 August 2025"
    s["A2"].font = Font(italic=True)
    hdr = ["Audit", "Year", "Assurance", "Actions", "Implemented", "Outstanding – on track",
           "Outstanding – revised date", "Overdue"]
    for i, h in enumerate(hdr, 1):
        c = s.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F4E78")
        c.border = BOX
        c.alignment = WRAP
    summ = [
        ("Procurement and Contract Management", "2024-25", "Limited", 4, 2, 1, 1, 0),
        ("Information Governance and GDPR", "2024-25", "Satisfactory", 3, 1, 1, 0, 1),
        ("Board Effectiveness and Governance", "2023-24", "Satisfactory", 1, 0, 0, 1, 0),
    ]
    r = 5
    for row in summ:
        for i, v in enumerate(row, 1):
            s.cell(row=r, column=i, value=v).border = BOX
        r += 1
    s.cell(row=r, column=1, value="Total").font = Font(bold=True)
    for col in range(4, 9):
        c = s.cell(row=r, column=col, value=sum(x[col - 1] for x in summ))
        c.font = Font(bold=True)
    for col in range(1, 9):
        s.cell(row=r, column=col).border = BOX
    r += 2
    s.cell(row=r, column=1, value="RAG key (Recommendations sheet, column I)").font = Font(bold=True)
    key = [
        (BLUE, "Implemented – evidence provided, proposed for closure"),
        (GREEN, "Not yet due / on track for original target date"),
        (AMBER, "Revised target date agreed by ARAC"),
        (RED, "Past target date – no revised date agreed"),
    ]
    for col, txt in key:
        r += 1
        s.cell(row=r, column=1).fill = fill(col)
        s.cell(row=r, column=2, value=txt)
    r += 2
    s.cell(row=r, column=1, value="Priority 1 – significant weakness; Priority 2 – important issue; "
                                  "Priority 3 – minor issue / best practice.")
    s.column_dimensions["A"].width = 40
    for col in "BCDEFGH":
        s.column_dimensions[col].width = 16

    w = wb.create_sheet("Recommendations")
    w["A1"] = title
    w["A1"].font = Font(bold=True, size=13)
    w["A2"] = "Internal audit provider: Group Internal Audit and Fraud Investigation Service (DAERA). Updates provided by management, August 2025."
    heads = ["Ref", "Recommendation", "Priority", "Agreed management action", "Responsible officer",
             "Original target date", "Revised target date", "Progress update (Aug 2025)", "RAG"]
    for i, h in enumerate(heads, 1):
        c = w.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F4E78")
        c.border = BOX
        c.alignment = WRAP
    expected = []
    row = 5
    for sec, items in sections:
        w.cell(row=row, column=1, value=sec).font = Font(bold=True)
        for col in range(1, 10):
            w.cell(row=row, column=col).fill = fill("D9E1F2")
        w.merge_cells(start_row=row, start_column=1, end_row=row, end_column=9)
        row += 1
        prev_rec = None
        rec_start = None
        for (ref, rec, pri, action, lead, orig, rev, upd, rag, exp_lead, exp_end) in items:
            w.cell(row=row, column=1, value=ref)
            if rec != prev_rec:
                w.cell(row=row, column=2, value=rec)
                w.cell(row=row, column=3, value=pri)
                rec_start = row
            else:
                # same recommendation, two agreed actions: merge rec and priority cells
                w.merge_cells(start_row=rec_start, start_column=2, end_row=row, end_column=2)
                w.merge_cells(start_row=rec_start, start_column=3, end_row=row, end_column=3)
            prev_rec = rec
            w.cell(row=row, column=4, value=action)
            w.cell(row=row, column=5, value=lead)
            c = w.cell(row=row, column=6, value=orig)
            c.number_format = "dd/mm/yyyy"
            if rev is not None:
                c = w.cell(row=row, column=7, value=rev)
                c.number_format = "dd/mm/yyyy"
            w.cell(row=row, column=8, value=upd)
            w.cell(row=row, column=9).fill = fill(FILL[rag])
            for col in range(1, 10):
                w.cell(row=row, column=col).border = BOX
                w.cell(row=row, column=col).alignment = WRAP
            expected.append(act(ref, [sec, rec], action, exp_lead, exp_end, rag))
            row += 1
    widths = [8, 45, 11, 50, 26, 13, 13, 45, 7]
    for i, wd in enumerate(widths):
        w.column_dimensions["ABCDEFGHI"[i]].width = wd
    w.freeze_panes = "A5"
    wb.save(out(name))

    write_expected(name, {
        "source": ("Imitates a Northern Ireland arm's-length body's internal audit recommendations tracker as taken to its "
                   "Audit and Risk Assurance Committee (NI DoF/DAERA style: Priority 1/2/3, original and revised target "
                   "dates, management update, RAG by fill colour only). Body: Livestock & Meat Commission for Northern "
                   "Ireland, 2025-26; no published copy found, layout modelled on NI ARAC tracker papers. Features: "
                   "Summary sheet with totals block and RAG key, Recommendations sheet with merged section rows per "
                   "audit, one recommendation merged over two agreed actions, job titles as leads (one 'A / B' pair)."),
        "reads": ("Two sheets: a Summary of audits with totals and a colour key, and the Recommendations sheet where each "
                  "audit is a shaded section row and each row is one agreed management action answering the "
                  "recommendation beside it. The RAG column has only fill colours, read with the key (blue implemented, "
                  "green on track, amber revised date, red overdue); where a revised target date is given it is the end."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 2. National Records of Scotland - strategic risk register (xlsx)
# ---------------------------------------------------------------------------
def nrs():
    name = "zup-national-records-of-scotland-strategic-risk-register-2025-26.xlsx"
    title = "National Records of Scotland – Strategic Risk Register 2025-26"
    STAT = {"Complete": ("blue", BLUE), "On track": ("green", GREEN), "At risk": ("amber", AMBER),
            "Overdue": ("red", RED)}
    # risk: (risk cell, description, owner, inherent, controls, residual, target, [actions])
    # action: (text, owner, date or text, status, expected_lead, expected_end, end_text)
    risks = [
        ("SR01 – Archive storage capacity",
         "Cause: NRS archive repositories are at or near capacity and parts of the estate do not meet the standard for "
         "archival storage. Event: NRS is unable to accept transfers of public records or collections deteriorate. "
         "Effect: statutory duties under the Public Records (Scotland) Act 2011 are not met and records are lost.",
         "Director of Information and Records Services", 20,
         "Collections care programme; environmental monitoring; accessions prioritisation protocol.", 16, 9, [
             ("Complete the outline business case for the Archival and Digital Storage Programme and submit it to the "
              "Scottish Government Capital Investment Group.",
              "Director of Information and Records Services", d(2025, 12, 31), "On track",
              ["Director of Information and Records Services"], "2025-12", None),
             ("Put in place an interim off-site storage contract for low-use collections.",
              "Deputy Director, Information and Records Services", d(2026, 3, 31), "At risk",
              ["Deputy Director, Information and Records Services"], "2026-03", None),
         ]),
        ("SR02 – Cyber resilience",
         "Cause: increasing volume and sophistication of cyber attacks on public bodies; legacy systems. Event: a "
         "successful attack disrupts systems or compromises data. Effect: loss of services such as ScotlandsPeople "
         "and statutory registration, data loss and reputational damage.",
         "Interim Director for Digital & IT Services", 25,
         "Scottish Government Cyber Resilience Framework; 24/7 security monitoring; annual IT health check; "
         "mandatory staff training.", 15, 10, [
             ("Remediate all critical and high vulnerabilities identified in the 2025 IT health check.",
              "Interim Director for Digital & IT Services", d(2025, 11, 30), "At risk",
              ["Interim Director for Digital & IT Services"], "2025-11", None),
             ("Run a cyber incident exercise with the Executive Management Board, including a ransomware scenario.",
              "Head of Cyber Security, Risk and Resilience", d(2026, 1, 31), "On track",
              ["Head of Cyber Security, Risk and Resilience"], "2026-01", None),
             ("Achieve Cyber Essentials Plus re-certification.",
              "Head of Cyber Security, Risk and Resilience", d(2025, 8, 31), "Complete",
              ["Head of Cyber Security, Risk and Resilience"], "2025-08", None),
         ]),
        ("SR03 – Financial sustainability",
         "Cause: flat cash settlement, pay awards and falling income from statutory fees. Event: NRS cannot deliver "
         "its business plan within budget. Effect: services are reduced and the Accountable Officer cannot balance "
         "the budget.",
         "Chief Financial Officer", 20,
         "Monthly budget monitoring; vacancy control panel; income forecasting.", 16, 12, [
             ("Deliver the 2025-26 savings plan of £1.2m.\nReport progress monthly to the Executive Management Board.",
              "Chief Financial Officer", d(2026, 3, 31), "At risk",
              ["Chief Financial Officer"], "2026-03", None),
             ("Develop a three-year medium-term financial plan aligned to the Scottish Government Spending Review.",
              "Chief Financial Officer", d(2025, 12, 31), "On track",
              ["Chief Financial Officer"], "2025-12", None),
         ]),
        ("SR04 – Future of population statistics",
         "Cause: move towards administrative data-based population estimates after Census 2022. Event: access to "
         "administrative data is delayed or quality is insufficient. Effect: official population and migration "
         "statistics are not fit for purpose.",
         "Director of Statistics", 16,
         "Cross-UK statistics coordination; Statistics Quality Board; user engagement plan.", 12, 8, [
             ("Publish the response to the consultation on the future of population and migration statistics in Scotland.",
              "Director of Census Statistics", d(2026, 3, 31), "On track",
              ["Director of Census Statistics"], "2026-03", None),
             ("Agree data-sharing arrangements with HMRC and DWP for admin-based population estimates.",
              "Director of Statistics", "Ongoing", "At risk",
              ["Director of Statistics"], None, "Ongoing"),
         ]),
        ("SR05 – Workforce capacity and capability",
         "Cause: recruitment constraints, an ageing specialist workforce and competition for digital skills. Event: "
         "NRS lacks staff with the skills it needs. Effect: priority programmes slip and statutory services are "
         "affected.",
         "Head of HR", 16,
         "Workforce plan; succession planning for specialist archive roles; learning and development budget.", 16, 9, [
             ("Implement the People Plan 2025-28 workforce planning actions, prioritising specialist archive and "
              "digital roles.",
              "Head of HR", d(2025, 9, 30), "Overdue",
              ["Head of HR"], "2025-09", None),
         ]),
    ]

    wb = Workbook()
    dc = wb.active
    dc.title = "Document Control"
    dc["A1"] = title
    dc["A1"].font = Font(bold=True, size=14)
    dc["A3"] = "Owner"
    dc["B3"] = "Director of Corporate Services and Accountable Officer"
    dc["A4"] = "Maintained by"
    dc["B4"] = "Corporate Business Assurance Manager"
    dc["A5"] = "Classification"
    dc["B5"] = "OFFICIAL"
    for i, h in enumerate(["Version", "Date", "Author", "Summary of changes"], 1):
        c = dc.cell(row=7, column=i, value=h)
        c.font = Font(bold=True)
        c.border = BOX
    hist = [
        ("1.0", d(2025, 4, 24), "Corporate Business Assurance Manager", "Register refreshed for 2025-26; approved by EMB."),
        ("1.1", d(2025, 7, 3), "Corporate Business Assurance Manager", "Q1 review; SR05 added."),
        ("1.2", d(2025, 10, 2), "Corporate Business Assurance Manager", "Q2 review for ARC, 22 October 2025."),
    ]
    for r, row in enumerate(hist, 8):
        for i, v in enumerate(row, 1):
            c = dc.cell(row=r, column=i, value=v)
            c.border = BOX
            if i == 2:
                c.number_format = "dd/mm/yyyy"
    dc.column_dimensions["A"].width = 16
    dc.column_dimensions["B"].width = 50
    dc.column_dimensions["C"].width = 36
    dc.column_dimensions["D"].width = 50

    w = wb.create_sheet("Risk Register")
    w["A1"] = title
    w["A1"].font = Font(bold=True, size=13)
    w["A2"] = "Reviewed by Executive Management Board 2 October 2025 | Audit and Risk Committee 22 October 2025"
    heads = ["Risk", "Risk description (cause / event / effect)", "Risk owner", "Inherent score (L x I)",
             "Key controls in place", "Residual score", "Target score", "Further actions required",
             "Action owner", "Target date", "Action status"]
    for i, h in enumerate(heads, 1):
        c = w.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("3B1F5C")
        c.border = BOX
        c.alignment = WRAP

    def score_fill(v):
        return RED if v >= 15 else AMBER if v >= 8 else GREEN

    expected = []
    row = 5
    for (risk, desc, owner, inh, ctrl, res, tgt, actions) in risks:
        start = row
        for (text, aown, date, st, exp_lead, exp_end, end_text) in actions:
            w.cell(row=row, column=8, value=text)
            w.cell(row=row, column=9, value=aown)
            c = w.cell(row=row, column=10, value=date)
            if isinstance(date, dt.datetime):
                c.number_format = "mmm-yy"
            c = w.cell(row=row, column=11, value=st)
            c.fill = fill(STAT[st][1])
            expected.append(act(None, [risk], text, exp_lead, exp_end, STAT[st][0], end_text))
            row += 1
        vals = [risk, desc, owner, inh, ctrl, res, tgt]
        for i, v in enumerate(vals, 1):
            c = w.cell(row=start, column=i, value=v)
            if i in (4, 6, 7):
                c.fill = fill(score_fill(v))
                c.alignment = Alignment(horizontal="center", vertical="top")
            if i == 1:
                c.font = Font(bold=True)
            if row - start > 1:
                w.merge_cells(start_row=start, start_column=i, end_row=row - 1, end_column=i)
        for r in range(start, row):
            for col in range(1, 12):
                w.cell(row=r, column=col).border = BOX
                if col not in (4, 6, 7):
                    w.cell(row=r, column=col).alignment = WRAP
    widths = [22, 50, 24, 10, 40, 9, 9, 50, 28, 10, 11]
    for i, wd in enumerate(widths):
        w.column_dimensions["ABCDEFGHIJK"[i]].width = wd
    w.freeze_panes = "B5"

    g = wb.create_sheet("Scoring Guide")
    g["A1"] = "Risk scoring: Likelihood (1–5) x Impact (1–5)"
    g["A1"].font = Font(bold=True)
    g["A3"] = "15–25"
    g["B3"] = "High – EMB oversight, reported to ARC"
    g["A3"].fill = fill(RED)
    g["A4"] = "8–12"
    g["B4"] = "Medium – Director oversight"
    g["A4"].fill = fill(AMBER)
    g["A5"] = "1–6"
    g["B5"] = "Low – manage locally"
    g["A5"].fill = fill(GREEN)
    g["A7"] = "Action status"
    g["A7"].font = Font(bold=True)
    for r, (k, v) in enumerate([("Complete", "Action delivered"), ("On track", "On track for target date"),
                                ("At risk", "Target date at risk"), ("Overdue", "Target date passed")], 8):
        g.cell(row=r, column=1, value=k).fill = fill(STAT[k][1])
        g.cell(row=r, column=2, value=v)
    g.column_dimensions["A"].width = 14
    g.column_dimensions["B"].width = 44
    wb.save(out(name))

    write_expected(name, {
        "source": ("Imitates a Scottish Government agency's strategic risk register as presented to its Audit and Risk "
                   "Committee (National Records of Scotland, 2025-26; NRS ARC minutes 2024-25 refer to a risk dashboard "
                   "tracking archive storage, financial sustainability and cyber resilience). Features: document-control "
                   "sheet with version history, risk columns (risk, cause/event/effect description, owner, inherent/"
                   "residual/target scores with fill colours, controls) merged vertically over one row per further "
                   "action, action status words with fill, 'Ongoing' date, a scoring/key sheet."),
        "reads": ("Five strategic risks, each spanning one to three rows; the risk cell (ID and title) is merged down over "
                  "its further actions, and each further action has its own owner, target date (mmm-yy) and status "
                  "(Complete / On track / At risk / Overdue, coloured blue/green/amber/red). Score cells are coloured "
                  "too but are risk scores, not action status. Actions have no refs."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 3. Golden Gates Housing Trust - ARC action tracker, monday.com export (xlsx)
# ---------------------------------------------------------------------------
def gght():
    name = "zup-golden-gates-housing-trust-audit-risk-committee-action-tracker-monday-export.xlsx"
    title = "GGHT Audit & Risk Committee Action Tracker"
    SCOL = {"Done": ("blue", "00C875"), "On track": ("green", "9CD326"), "At risk": ("amber", "FDAB3D"),
            "Overdue": ("red", "E2445C"), "": ("unrated", None)}
    groups = [
        ("ARC – 11 March 2025", [
            ("A25/01", "Circulate the revised Risk Management Policy and risk appetite statement to Committee members "
                       "for comment before Board approval", "Claire Hughes", "Done", "2025-04-30",
             "Circulated 2 April; comments incorporated. Board approved 29 April.", ["Claire Hughes"], "2025-04"),
            ("A25/02", "Provide a breakdown of the 27 overdue fire risk assessment actions by property type and "
                       "expected completion date", "Mark Ellison", "Done", "2025-06-17",
             "Breakdown in June compliance report (item 7).", ["Mark Ellison"], "2025-06"),
            ("A25/03", "Ask TIAA to include a follow-up review of damp and mould case management in the 2025/26 "
                       "internal audit plan", "Claire Hughes", "Done", "2025-06-17",
             "Included as Q3 review in approved plan.", ["Claire Hughes"], "2025-06"),
        ]),
        ("ARC – 17 June 2025", [
            ("A25/04", "Bring the Awaab's Law readiness assessment and action plan to the September meeting",
             "Mark Ellison, Priya Nair", "Done", "2025-09-23",
             "Presented 23 Sept (item 5).", ["Mark Ellison", "Priya Nair"], "2025-09"),
            ("A25/05", "Review the Tenant Satisfaction Measures data assurance findings with the Customer Committee "
                       "Chair and report back", "Priya Nair", "At risk", "2025-12-09",
             "Meeting with Customer Committee Chair not yet arranged due to diary availability.", ["Priya Nair"],
             "2025-12"),
            ("A25/06", "Update the Treasury Management Strategy to reflect revised loan covenant headroom",
             "Andy Gill", "Overdue", "2025-09-23",
             "Awaiting lender confirmation of covenant reset; to Board in November.", ["Andy Gill"], "2025-09"),
        ]),
        ("ARC – 23 September 2025", [
            ("A25/07", "Present an updated data protection breach log with root-cause themes", "Sophie Marsh",
             "On track", "2025-12-09", "", ["Sophie Marsh"], "2025-12"),
            ("A25/08", "Arrange a deep-dive session on cyber security controls for Committee members",
             "Sophie Marsh, Andy Gill", "", "2026-03-10", "", ["Sophie Marsh", "Andy Gill"], "2026-03"),
            ("A25/09", "Confirm the timetable for the RSH inspection readiness self-assessment", "Claire Hughes",
             "On track", "2025-12-09", "Draft timetable with ELT 14 Oct.", ["Claire Hughes"], "2025-12"),
        ]),
    ]
    cols = ["Name", "Action ref", "Person", "Status", "Due date", "Latest update", "Last updated"]
    wb = Workbook()
    w = wb.active
    w.title = "ARC Action Tracker"
    w["A1"] = title
    w["A1"].font = Font(bold=True, size=14)
    row = 3
    expected = []
    last_upd = ["2025-10-14", "2025-10-14", "2025-10-13"]
    for gi, (group, items) in enumerate(groups):
        c = w.cell(row=row, column=1, value=group)
        c.font = Font(bold=True, size=12, color="579BFC")
        row += 1
        for i, h in enumerate(cols, 1):
            c = w.cell(row=row, column=i, value=h)
            c.font = Font(bold=True)
            c.fill = fill("F5F6F8")
        row += 1
        for (ref, text, person, status, due, upd, exp_lead, exp_end) in items:
            vals = [text, ref, person, status, due, upd, last_upd[gi] + " 09:4" + str(len(expected) % 10)]
            for i, v in enumerate(vals, 1):
                c = w.cell(row=row, column=i, value=v if v != "" else None)
            if SCOL[status][1]:
                w.cell(row=row, column=4).fill = fill(SCOL[status][1])
                w.cell(row=row, column=4).font = Font(color="FFFFFF")
            expected.append(act(ref, [group], text, exp_lead, exp_end, SCOL[status][0]))
            row += 1
        row += 1
    widths = [70, 11, 26, 11, 12, 60, 18]
    for i, wd in enumerate(widths):
        w.column_dimensions["ABCDEFG"[i]].width = wd
    wb.save(out(name))

    write_expected(name, {
        "source": ("Imitates a monday.com board exported to Excel by a housing association's governance team "
                   "(Golden Gates Housing Trust, Warrington; Audit & Risk Committee action tracker, 2025). Copies the "
                   "monday.com export shape: board name on row 1, then for each group (one per committee meeting) a "
                   "group-name row, a repeated column-header row, the items, and a blank row; People column with "
                   "comma-separated names; coloured status labels (custom labels Done / On track / At risk / Overdue, "
                   "blank when not set); ISO date strings; Last updated column."),
        "reads": ("An action log of the Audit & Risk Committee grouped by the meeting that raised each action. Each item "
                  "row is one action (Name column) with its Action ref, the person or people responsible, a status label "
                  "and a due date; Done is read as complete and an empty status as not rated."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)
        if color:
            run.font.color.rgb = RGBColor.from_string(color)


# ---------------------------------------------------------------------------
# 4. Versus Arthritis - external board effectiveness review action plan (docx)
# ---------------------------------------------------------------------------
def versus():
    name = "zup-versus-arthritis-board-effectiveness-review-action-plan.docx"
    title = "Versus Arthritis – External Board Effectiveness Review 2025: Action Plan"
    STAT = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red", "Not started": "unrated"}
    SFILL = {"Complete": "5B9BD5", "Green": "92D050", "Amber": "FFC000", "Red": "FF0000", "Not started": None}
    p5 = "Principle 5: Board effectiveness"
    p4 = "Principle 4: Decision-making, risk and control"
    p6 = "Principle 6: Equality, diversity and inclusion"
    r1 = ("R1. The Board should refresh its skills matrix annually and use it to inform trustee recruitment and "
          "succession planning.")
    r2 = ("R2. The Board should introduce an annual appraisal for each trustee and for the Chair, with the Vice Chair "
          "leading the Chair's appraisal.")
    r3 = "R3. Board papers should be shorter, with a standard cover sheet stating the decision required and the key risks."
    r4 = ("R4. The Board should review the scheme of delegation and committee terms of reference to remove duplication "
          "between the Finance and Audit Committee and the Risk Committee.")
    r5 = ("R5. The Board should set measurable targets for board diversity, including lived experience of arthritis, "
          "and report progress in the annual report.")
    # (ref, action, lead text, when, progress, status, exp lead, exp end, end_text)
    sections = [
        (p5, [
            (r1, [
                ("1.1", "Update the trustee skills matrix and circulate a self-assessment to all trustees.",
                 "Company Secretary", "January 2026", "Self-assessment returned by all 11 trustees; results to "
                 "Nominations Committee 20 January.", "Complete", ["Company Secretary"], "2026-01", None),
                ("1.2", "Use the results to set the recruitment brief for the two trustee vacancies arising at the "
                        "2026 AGM.", "Chair of Nominations Committee / Director of People", "April 2026",
                 "Search agency shortlist agreed.", "Green",
                 ["Chair of Nominations Committee", "Director of People"], "2026-04", None),
            ]),
            (r2, [
                ("2.1", "Design a proportionate trustee appraisal process and pilot it with the Finance and Audit "
                        "Committee members.", "Vice Chair", "March 2026", "Draft process discussed at Board away day.",
                 "Green", ["Vice Chair"], "2026-03", None),
                ("2.2", "Complete the Chair's appraisal, with input from the Chief Executive and all trustees.",
                 "Vice Chair", "July 2026", "", "Not started", ["Vice Chair"], "2026-07", None),
            ]),
        ]),
        (p4, [
            (r3, [
                ("3.1", "Introduce a new board paper template with a one-page executive summary.",
                 "Company Secretary", "December 2025", "Template used for all papers from the December Board.",
                 "Complete", ["Company Secretary"], "2025-12", None),
                ("3.2", "Provide report-writing guidance and a briefing session for the Executive Leadership Team.",
                 "Chief Executive", "February 2026", "Briefing postponed from January; guidance drafted.", "Amber",
                 ["Chief Executive"], "2026-02", None),
            ]),
            (r4, [
                ("4.1", "Map current delegations and committee remits and propose changes to the Board.",
                 "Company Secretary / Director of Finance", "May 2026", "Mapping under way.", "Green",
                 ["Company Secretary", "Director of Finance"], "2026-05", None),
            ]),
        ]),
        (p6, [
            (r5, [
                ("5.1", "Agree board diversity targets and publish them in the Trustees' Annual Report 2025-26.",
                 "Chair of Trustees", "September 2026", "Targets to Board in June.", "Green",
                 ["Chair of Trustees"], "2026-09", None),
                ("5.2", "Hold a lived experience session each year between trustees and people living with arthritis "
                        "from our Community Voice network.", "Director of Engagement", "Annually",
                 "First session held 14 November 2025.", "Green", ["Director of Engagement"], None, "Annually"),
            ]),
        ]),
    ]

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_heading(title, level=1)
    doc.add_paragraph("Report to: Board of Trustees, 11 December 2025\nAuthor: Company Secretary\n"
                      "Status: For assurance")
    doc.add_paragraph("Document control").runs[0].bold = True
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Change"]):
        set_cell(c, h, bold=True)
    for row in [("0.1", "02/10/2025", "Company Secretary", "First draft following review report"),
                ("1.0", "16/10/2025", "Company Secretary", "Agreed by Nominations Committee"),
                ("1.1", "01/12/2025", "Company Secretary", "Progress update for December Board")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)
    doc.add_heading("Introduction", level=2)
    doc.add_paragraph(
        "In line with the Charity Governance Code recommendation that larger charities commission an external "
        "evaluation of board effectiveness at least every three years, the Board appointed an independent reviewer in "
        "spring 2025. The review report was received by the Board in September 2025 and made five recommendations. "
        "This plan sets out the agreed actions, grouped by Code principle, and their progress.")
    doc.add_paragraph("Status key").runs[0].bold = True
    k = doc.add_table(rows=1, cols=2)
    k.style = "Table Grid"
    keyrows = [("Complete", "Action delivered"), ("Green", "On track"), ("Amber", "Some slippage – recoverable"),
               ("Red", "Off track – Board attention needed"), ("Not started", "Not yet due to start")]
    set_cell(k.rows[0].cells[0], "Status", bold=True)
    set_cell(k.rows[0].cells[1], "Meaning", bold=True)
    for s_, m in keyrows:
        cells = k.add_row().cells
        set_cell(cells[0], s_)
        if SFILL[s_]:
            shade(cells[0], SFILL[s_])
        set_cell(cells[1], m)

    expected = []
    heads = ["Ref", "Action", "Lead", "By when", "Progress (December 2025)", "Status"]
    for principle, recs in sections:
        doc.add_heading(principle, level=2)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, heads):
            set_cell(c, h, bold=True, color="FFFFFF")
            shade(c, "6A1B5E")
        for rec, items in recs:
            cells = t.add_row().cells
            m = cells[0].merge(cells[5])
            set_cell(m, rec, bold=True)
            shade(m, "EADCE8")
            for (ref, text, lead, when, prog, stat, exp_lead, exp_end, end_text) in items:
                cells = t.add_row().cells
                for c, v in zip(cells, [ref, text, lead, when, prog, stat]):
                    set_cell(c, v)
                if SFILL[stat]:
                    shade(cells[5], SFILL[stat])
                expected.append(act(ref, [principle, rec], text, exp_lead, exp_end, STAT[stat], end_text))
        doc.add_paragraph("")
    doc.add_paragraph("Next update: Board of Trustees, March 2026.")
    doc.save(out(name))

    write_expected(name, {
        "source": ("Imitates a national health charity's board effectiveness review action plan taken back to its Board "
                   "(Versus Arthritis, 2025-26), following the Charity Governance Code recommendation of an external "
                   "evaluation every three years; actions grouped by Code principle. Features: title and report block, "
                   "document-control table, status key table with colours, one table per principle headed by a Word "
                   "heading, recommendation as a merged shaded row above its numbered actions, 'A / B' joint leads, "
                   "'Annually' timescale, status words with shading."),
        "reads": ("After a document-control table and a status key (neither part of the plan), three sections headed by "
                  "Charity Governance Code principles each hold a table; inside, a merged row gives the review's "
                  "recommendation (R1–R5) and the rows beneath are the numbered actions answering it, with lead, "
                  "month due, progress and a status word (Complete read as blue, Not started as unrated)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 5. Newent Town Council - internal audit 2024/25 action plan, typo month -> refuse (docx)
# ---------------------------------------------------------------------------
def newent():
    name = "zup-newent-town-council-internal-audit-action-plan-2024-25-typo-month-refuse.docx"
    title = "Newent Town Council – Internal Audit Report 2024/25: Action Plan"
    rows = [
        ("1", "A. Appropriate accounting records",
         "Cashbook not reconciled to the Scribe accounts at year end for the Burial account.",
         "RFO to reconcile all cost centres monthly and present reconciliation to the Finance Committee.",
         "RFO", "September 2025", "Complete"),
        ("2", "B. Financial regulations, governance and payments",
         "Financial Regulations not reviewed since 2021 and do not reflect the 2024 NALC model.",
         "Adopt the NALC 2024 model Financial Regulations, amended for local thresholds.",
         "Town Clerk", "October 2025", "Complete"),
        ("3", "B. Financial regulations, governance and payments",
         "Two payments over £500 made before approval by Council.",
         "Payments schedule to be approved at each Full Council meeting; emergency payments reported at the next meeting.",
         "Town Clerk / RFO", "Ongoing", "In place"),
        ("4", "C. Risk management",
         "Risk register not reviewed during the year.",
         "Review and re-adopt the risk register annually each April, with interim review of high risks at each "
         "Finance Committee.",
         "Town Clerk", "April 2026", "Not started"),
        ("5", "H. Asset register",
         "Asset register does not include the play equipment installed at Newent Community Park in 2024.",
         "Update the asset register and reconcile to the insurance schedule before renewal.",
         "Deputy Clerk", "Febuary 2026", "In progress"),
        ("6", "G. Payroll",
         "Contracts of employment not held on file for two casual staff.",
         "Issue written statements of particulars to all casual staff.",
         "Town Clerk", "December 2025", "Complete"),
        ("7", "L. Transparency",
         "Website does not publish all items required by the Transparency Code for smaller authorities.",
         "Publish quarterly payments over £100, the asset register and the internal audit report on the website.",
         "Deputy Clerk", "March 2026", "In progress"),
        ("8", "N. Exercise of public rights",
         "Notice of the period for the exercise of public rights not displayed for the full 30 working days.",
         "Add publication dates to the annual governance timetable and keep evidence of display.",
         "RFO", "June 2026", "Not started"),
    ]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("NEWENT TOWN COUNCIL")
    r.bold = True
    r.font.size = Pt(14)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_heading(title, level=1)
    doc.add_paragraph(
        "The internal audit for the year ended 31 March 2025 was carried out on 13 May 2025. The internal auditor's "
        "report was received by Full Council on 9 June 2025 (minute 25/062), when the responses below were agreed. "
        "Progress is reported to the Finance and General Purposes Committee.")
    doc.add_paragraph("Last updated: 3 November 2025")
    t = doc.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    heads = ["No.", "Control objective", "Internal auditor's finding", "Action agreed", "Responsible",
             "Target date", "Status"]
    for c, h in zip(t.rows[0].cells, heads):
        set_cell(c, h, bold=True)
        shade(c, "BDD7EE")
    for row in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)
    doc.add_paragraph("")
    doc.add_paragraph("RFO – Responsible Financial Officer. Status key: Complete; In place (ongoing control); "
                      "In progress; Not started.")
    doc.save(out(name))

    # table row numbers: header is row 1, data row i is row i+1; the typo is in data row 5
    typo_row = [i for i, r_ in enumerate(rows, 2) if r_[5] == "Febuary 2026"][0]
    write_expected(name, {
        "source": ("Imitates a town council's response to its annual internal audit (AGAR internal audit report 2024/25) "
                   "as published with Full Council / Finance Committee papers (Newent Town Council, Gloucestershire; "
                   "no published copy found). Features: council name banner and title, narrative on when the report was "
                   "received, a single plan table keyed to the AGAR internal control objectives (A, B, C, G, H, L, N), "
                   "Clerk / RFO as responsible officers, month target dates, status words, abbreviation/key line."),
        "reads": ("One table of eight agreed actions answering the internal auditor's findings. The target date of "
                  "action 5 (asset register, table row 6 counting the header as row 1) reads 'Febuary 2026' – a "
                  "mistyped month, so a careful reader stops and asks before taking the dates in."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_row,
        "title": title,
    })
    return typo_row


# ---------------------------------------------------------------------------
# 6. Norfolk and Suffolk Constabularies - ICO penalty remediation tracker, Smartsheet CSV export
# ---------------------------------------------------------------------------
def nsc():
    name = "zup-norfolk-and-suffolk-constabularies-ico-penalty-remediation-tracker-smartsheet-export.csv"
    RYG = {"Blue": "blue", "Green": "green", "Yellow": "amber", "Red": "red", "": "unrated"}
    header = ["Ref", "Task Name", "Assigned To", "Start Date", "End Date", "Baseline Finish", "% Complete",
              "Status", "RAG", "Comments", "Modified"]
    # parent rows: (None, heading); child rows: tuple of values + expected lead, end
    data = [
        ("P", "1. FOI disclosure controls"),
        ("C", "1.1", "Withdraw the crime-data extraction template that generated hidden worksheets and replace it "
                     "with a locked output format", "Karen Doyle", "01/04/25", "30/05/25", "30/05/25", "100%",
         "Complete", "Blue", "New template in use from 19/05/25", ["Karen Doyle"], "2025-05"),
        ("C", "1.2", "Introduce a mandatory second-person check of every FOI spreadsheet, including a hidden data "
                     "inspection, before release", "Karen Doyle, Sam Whitlock", "01/04/25", "30/06/25", "30/06/25",
         "100%", "Complete", "Blue", "Checklist embedded in FOI case management workflow",
         ["Karen Doyle", "Sam Whitlock"], "2025-06"),
        ("C", "1.3", "Issue FOI responses as PDF or CSV by default unless the requester asks for another format",
         "Sam Whitlock", "02/06/25", "31/07/25", "31/07/25", "100%", "Complete", "Blue", "", ["Sam Whitlock"],
         "2025-07"),
        ("P", "2. Training and awareness"),
        ("C", "2.1", "Deliver training on hidden data and metadata to all Information Compliance Unit staff",
         "Lucy Barker", "01/07/25", "30/09/25", "30/09/25", "100%", "Complete", "Blue",
         "38 of 38 staff trained", ["Lucy Barker"], "2025-09"),
        ("C", "2.2", "Add a data minimisation module for FOI and disclosure responses to the mandatory annual "
                     "information security e-learning", "Lucy Barker", "01/09/25", "30/01/26", "31/10/25", "40%",
         "In Progress", "Yellow", "Delayed by national e-learning platform change; new date agreed at IAB",
         ["Lucy Barker"], "2026-01"),
        ("P", "3. Assurance and oversight"),
        ("C", "3.1", "Commission an independent audit of a sample of FOI responses issued since April 2025",
         "Mark Hollis", "01/10/25", "19/12/25", "19/12/25", "25%", "In Progress", "Green",
         "Internal audit (TIAA) scoping agreed", ["Mark Hollis"], "2025-12"),
        ("C", "3.2", "Report progress against this plan to the Joint Audit Committee each quarter", "Mark Hollis",
         "01/04/25", "", "", "", "In Progress", "Green", "Standing item", ["Mark Hollis"], None),
        ("C", "3.3", "Confirm completion of all remediation actions to the Information Commissioner's Office",
         "Mark Hollis, Paul Sanford", "02/03/26", "31/03/26", "31/03/26", "0%", "Not Started", "", "",
         ["Mark Hollis", "Paul Sanford"], "2026-03"),
        ("P", "4. Contact with affected individuals"),
        ("C", "4.1", "Complete contact with all remaining affected individuals and record outcomes on the breach log",
         "Dawn Pearce", "01/04/25", "28/11/25", "30/09/25", "85%", "In Progress", "Red",
         "Tracing of 41 individuals with no current address continuing", ["Dawn Pearce"], "2025-11"),
    ]
    expected = []
    lines = [header]
    heading = None
    for row in data:
        if row[0] == "P":
            heading = row[1]
            lines.append(["", heading, "", "", "", "", "", "", "", "", "14/10/25 16:02"])
        else:
            (_, ref, task, who, start, end, base, pct, status, rag, comm, exp_lead, exp_end) = row
            lines.append([ref, task, who, start, end, base, pct, status, rag, comm, "14/10/25 16:02"])
            expected.append(act(ref, [heading], task, exp_lead, exp_end, RYG[rag]))
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        wr = csv.writer(f, lineterminator="\r\n")
        wr.writerows(lines)

    write_expected(name, {
        "source": ("Imitates a Smartsheet project sheet exported to CSV, used by a joint police information management "
                   "team to track remediation after an ICO penalty (Norfolk and Suffolk Constabularies; the 2021-22 FOI "
                   "responses that contained hidden victim and witness data, reported August 2023; tracker 2025-26). "
                   "Copies the Smartsheet export shape: one header row, parent rows for the four workstreams with empty "
                   "cells (indentation lost in CSV), a text Ref column, multi-contact Assigned To (comma-separated), "
                   "dd/mm/yy dates, Baseline Finish beside the current End Date, % Complete, Status dropdown and an "
                   "RYGB symbol column exported as words (Blue/Green/Yellow/Red), Modified stamp."),
        "reads": ("No title, just the exported table: four numbered workstream rows with nothing else filled in, each "
                  "followed by its numbered tasks. The RAG symbol column is the status (Yellow read as amber, Blue as "
                  "complete, blank as not rated); End Date is the current end, the Baseline Finish the original, and the "
                  "quarterly reporting task has no end date."),
        "outcome": "read",
        "accept_refusal": False,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 7. Scottish Public Pensions Agency - 2015 Remedy programme highlight report (tab-separated text)
# ---------------------------------------------------------------------------
def sppa():
    name = "zup-scottish-public-pensions-agency-remedy-programme-highlight-report.txt"
    title = "Scottish Public Pensions Agency – 2015 Remedy (McCloud) Programme Highlight Report"
    RAG = {"G": "green", "A": "amber", "R": "red", "Complete": "blue"}
    # (ref, workstream shown, action, owner, baseline, forecast, prev, cur, commentary, cont, exp_lead, exp_end, end_text, ws)
    rows = [
        ("M1", "NHS Scotland Pension Scheme", "Issue Remediable Service Statements (RSS) to remaining NHS retired members in scope",
         "Head of NHS Scheme Operations", "31/10/2025", "31/03/2026", "R", "A",
         "Revised plan agreed by Programme Board in September; 61% issued.", None,
         ["Head of NHS Scheme Operations"], "2026-03", None),
        ("M2", "", "Complete quality assurance sampling of 5% of RSS calculations before bulk issue",
         "Head of NHS Scheme Operations / Quality Assurance Manager", "30/09/2025", "30/09/2025", "A", "Complete",
         "Sampling complete; error rate 0.4%.", None,
         ["Head of NHS Scheme Operations", "Quality Assurance Manager"], "2025-09", None),
        ("M3", "Scottish Teachers' Pension Scheme", "Deploy the automated RSS calculation release for tapered-protection members",
         "Digital Delivery Manager", "31/12/2025", "31/01/2026", "G", "A",
         "Supplier release slipped by one sprint after defects found in user testing;", "\t\t\t\t\t\t\t\tregression testing booked for w/c 8 December.",
         ["Digital Delivery Manager"], "2026-01", None),
        ("M4", "", "Process immediate-choice cases for members retiring from 1 April 2025 within 30 working days",
         "Head of Teachers' Scheme Operations", "Ongoing", "Ongoing", "A", "A",
         "84% within target in October.", None,
         ["Head of Teachers' Scheme Operations"], None, "Ongoing"),
        ("M5", "Police Pension Scheme", "Issue RSS to deferred-choice police officers",
         "Head of Police and Fire Scheme Operations", "30/11/2025", "TBC", "A", "R",
         "Dependent on data cleanse (M6) results; re-plan to Programme Board in December.", None,
         ["Head of Police and Fire Scheme Operations"], None, "TBC"),
        ("M6", "", "Agree the data cleanse approach for historic pensionable pay with Police Scotland",
         "Head of Police and Fire Scheme Operations", "31/10/2025", "31/10/2025", "G", "Complete",
         "Approach agreed 22 October.", None,
         ["Head of Police and Fire Scheme Operations"], "2025-10", None),
        ("M7", "Firefighters' Pension Scheme", "Complete recalculation of 2015 Scheme pensions in payment for Scottish Fire and Rescue Service retirees",
         "Head of Police and Fire Scheme Operations", "31/01/2026", "31/01/2026", "G", "G",
         "On track.", None,
         ["Head of Police and Fire Scheme Operations"], "2026-01", None),
        ("M8", "Cross-scheme", "Publish monthly remedy progress figures on the SPPA website",
         "Head of Communications", "31/10/2025", "31/10/2025", "A", "Complete",
         "First publication 31 October; monthly thereafter.", None,
         ["Head of Communications"], "2025-10", None),
        ("M9", "", "Recruit 20 fixed-term calculation staff to the Remedy Hub",
         "Head of HR", "30/09/2025", "15/12/2025", "A", "R",
         "12 in post; second campaign closed 7 November.", None,
         ["Head of HR"], "2025-12", None),
    ]
    out_lines = [
        title,
        "Report to: Remedy Programme Board, 11 November 2025",
        "Reporting period: 1 October 2025 to 31 October 2025",
        "Senior Responsible Owner: Chief Executive",
        "Overall programme RAG: Amber (previous period: Red)",
        "",
        "Summary",
        "Bulk issue of NHS statements resumed in October after QA sampling completed. Police deferred-choice statements "
        "remain dependent on the data cleanse. Recruitment to the Remedy Hub is behind plan.",
        "",
        "RAG key: G = on track; A = at risk, mitigations in place; R = off track, Programme Board intervention needed; "
        "Complete = delivered",
        "",
        "Milestones and actions",
        "\t".join(["Ref", "Workstream", "Action / milestone", "Owner", "Baseline date", "Forecast date",
                   "Previous RAG", "Current RAG", "Commentary"]),
    ]
    expected = []
    ws = None
    for (ref, wsv, text, owner, base, fc, prev, cur, comm, cont, exp_lead, exp_end, end_text) in rows:
        if wsv:
            ws = wsv
        out_lines.append("\t".join([ref, wsv, text, owner, base, fc, prev, cur, comm]))
        if cont:
            out_lines.append(cont)
        expected.append(act(ref, [ws], text, exp_lead, exp_end, RAG[cur], end_text))
    out_lines += [
        "",
        "Key risks and issues",
        "R14 Data quality from employers delays calculations (Amber). Issue I07: supplier capacity for the Teachers' "
        "release (Amber).",
        "",
        "Decisions required from Programme Board",
        "Note the re-plan for the Police deferred-choice statements and agree the revised reporting to the Finance "
        "and Public Administration Committee.",
        "",
        "Next report: 9 December 2025",
    ]
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(out_lines) + "\r\n")

    write_expected(name, {
        "source": ("Imitates a programme highlight report for a Scottish public body's pensions remedy programme, saved "
                   "as plain text with a tab-separated milestones table (Scottish Public Pensions Agency, 2015 Remedy / "
                   "McCloud programme, October 2025 period; Audit Scotland's s22 report on SPPA 2024-25 and "
                   "parliamentary committee evidence describe the missed statutory deadline and revised targets). "
                   "Features: title and report block lines, overall RAG, RAG key line, workstream given only on the "
                   "first row of its group, baseline and forecast (revised) dates, previous and current RAG, 'Ongoing' "
                   "and 'TBC' forecasts, a commentary continuation line, risks and decisions text after the table."),
        "reads": ("A highlight report whose milestones table lists nine actions M1–M9 across five workstreams (NHS, "
                  "Teachers, Police, Firefighters, cross-scheme), the workstream written once and applying to the rows "
                  "below it. The forecast date is the end (the baseline is the original) and the current RAG is the "
                  "status; one commentary runs onto a second line, which is not a new action."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


if __name__ == "__main__":
    lmc()
    nrs()
    gght()
    versus()
    row = newent()
    nsc()
    sppa()
    print("built 7 files; newent typo at table row", row)
