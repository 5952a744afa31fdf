"""Build the seven zxp- blind test files (set heldout623).

Run with /work/main/.venv/bin/python zxp_make.py ; writes next to this script.
"""
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
    return os.path.join(HERE, name)


D = dt.datetime

THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
FILL = {
    "R": PatternFill("solid", fgColor="FF0000"),
    "A": PatternFill("solid", fgColor="FFC000"),
    "G": PatternFill("solid", fgColor="00B050"),
    "B": PatternFill("solid", fgColor="0070C0"),
    "hdr": PatternFill("solid", fgColor="005EB8"),
    "band": PatternFill("solid", fgColor="DCE6F1"),
    "grey": PatternFill("solid", fgColor="E7E6E6"),
}
WHITE_BOLD = Font(bold=True, color="FFFFFF")


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def header_row(ws, row, labels, fill="hdr"):
    for c, lab in enumerate(labels, start=1):
        cell = ws.cell(row=row, column=c, value=lab)
        cell.font = WHITE_BOLD
        cell.fill = FILL[fill]
        cell.alignment = WRAP
        cell.border = BOX


def band_row(ws, row, text, ncols, fill="band"):
    ws.cell(row=row, column=1, value=text).font = Font(bold=True)
    ws.cell(row=row, column=1).fill = FILL[fill]
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)


def put(ws, row, values, date_fmt="dd/mm/yyyy"):
    for c, v in enumerate(values, start=1):
        if v is None:
            cell = ws.cell(row=row, column=c)
        else:
            cell = ws.cell(row=row, column=c, value=v)
            if isinstance(v, dt.datetime):
                cell.number_format = date_fmt
        cell.alignment = WRAP
        cell.border = BOX


# ---------------------------------------------------------------------------
# 1. NUH – Recovery Support Programme exit criteria highlight report (xlsx)
# ---------------------------------------------------------------------------
def make_nuh():
    wb = openpyxl.Workbook()
    cov = wb.active
    cov.title = "Cover"
    widths(cov, [30, 22, 26, 44])
    cov["A1"] = "Nottingham University Hospitals NHS Trust"
    cov["A1"].font = Font(bold=True, size=12, color="005EB8")
    cov["A2"] = "Recovery Support Programme (RSP) – Exit Criteria Highlight Report"
    cov["A2"].font = Font(bold=True, size=16)
    rows = [
        ("Reporting period:", "February 2025"),
        ("Presented to:", "Trust Board (Public) – 6 March 2025"),
        ("Senior Responsible Officer:", "Chief Executive"),
        ("Prepared by:", "Director of Improvement"),
        ("Classification:", "Official"),
    ]
    r = 4
    for a, b in rows:
        cov.cell(row=r, column=1, value=a).font = Font(bold=True)
        cov.cell(row=r, column=2, value=b)
        r += 1
    r += 1
    cov.cell(row=r, column=1, value="Document control").font = Font(bold=True, size=12)
    r += 1
    header_row(cov, r, ["Version", "Date", "Author", "Change"])
    for v in [
        ("0.1", D(2025, 2, 24), "RSP Programme Manager", "Draft for Executive Management Team"),
        ("1.0", D(2025, 2, 27), "Director of Improvement", "Approved for Trust Board"),
    ]:
        r += 1
        put(cov, r, list(v))
    r += 2
    cov.cell(row=r, column=1, value="RAG key").font = Font(bold=True, size=12)
    for letter, meaning in [
        ("B", "Complete and evidenced – assured by the Quality Assurance Committee"),
        ("G", "On track to deliver by the due date"),
        ("A", "At risk – mitigations in place"),
        ("R", "Off track – escalated to Executive Management Team"),
    ]:
        r += 1
        c = cov.cell(row=r, column=1, value=letter)
        c.fill = FILL[letter]
        c.font = Font(bold=True, color="FFFFFF")
        c.alignment = Alignment(horizontal="center")
        cov.cell(row=r, column=2, value=meaning)
        cov.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)

    ws = wb.create_sheet("Exit criteria")
    widths(ws, [8, 38, 52, 26, 14, 14, 11, 11, 48])
    ws["A1"] = "RSP Exit Criteria – Action Tracker (position at 28 February 2025)"
    ws["A1"].font = Font(bold=True, size=13)
    header_row(ws, 3, [
        "Ref", "Exit criterion", "Key action", "Executive lead", "Original due date",
        "Revised due date", "Previous RAG", "Current RAG", "Progress this period",
    ])
    ws.freeze_panes = "A4"
    plan = [
        ("Domain 1: Maternity and Neonatal Services", [
            ("1.1 Sustained compliance with all ten Maternity Incentive Scheme (MIS) safety actions, "
             "evidenced for two consecutive years", [
                ("1.1a", "Complete the Year 6 MIS evidence pack and secure Board sign-off ahead of "
                 "submission to NHS Resolution", "Chief Nurse", D(2025, 2, 28), None, "G", "B",
                 "Board approved the declaration on 6 February 2025; submitted 27 February 2025."),
                ("1.1b", "Achieve and maintain 90% compliance with fetal monitoring training across "
                 "midwifery and obstetric staff groups",
                 "Director of Midwifery / Clinical Director – Obstetrics", D(2025, 3, 31),
                 D(2025, 6, 30), "A", "A",
                 "Midwives 93%, obstetric consultants 81%, resident doctors 74%. Additional "
                 "sessions booked for March and April; revised date agreed at Maternity Assurance Group."),
            ]),
            ("1.2 Learning from the independent review of maternity services is embedded, with "
             "family feedback shaping service changes", [
                ("1.2a", "Publish the Trust response to the independent review's thematic findings and "
                 "agree the family engagement charter with the review team", "Chief Executive",
                 D(2025, 1, 31), D(2025, 4, 30), "R", "A",
                 "Draft charter shared with family representatives on 18 February; two engagement "
                 "sessions held. Response scheduled for April Board."),
                ("1.2b", "Recruit to the funded midwifery establishment (Birthrate Plus 2024) and hold the "
                 "vacancy rate below 5%", "Chief People Officer", "Q2 2025/26", None, "G", "G",
                 "Vacancy rate 6.2% (January 7.8%). 28 newly qualified midwives start in September."),
            ]),
        ]),
        ("Domain 2: Leadership, Governance and Culture", [
            ("2.1 Well-led governance arrangements reviewed externally with no significant findings "
             "outstanding", [
                ("2.1a", "Commission the external developmental well-led review and agree the Board's "
                 "response to its recommendations", "Director of Corporate Governance",
                 D(2024, 11, 30), D(2025, 3, 31), "A", "G",
                 "Fieldwork complete; final report received 20 February. Board development session "
                 "on 13 March to agree the response."),
                ("2.1b", "Implement the revised ward-to-Board quality reporting, including the new "
                 "Quality Assurance Committee dashboard", "Medical Director; Chief Nurse",
                 D(2024, 12, 31), None, "G", "B",
                 "Dashboard live from the January committee cycle. Internal audit gave substantial assurance."),
            ]),
            ("2.2 Improved staff experience and speaking-up culture, evidenced through the NHS Staff "
             "Survey", [
                ("2.2a", "Deliver the Listening into Action programme in every clinical division, with "
                 "divisional culture action plans in place", "Chief People Officer",
                 D(2025, 9, 30), None, "G", "G",
                 "Four of six divisions have completed their first pulse check. 2024 Staff Survey "
                 "results to Board in March."),
                ("2.2b", "Extend the Freedom to Speak Up champion network to every ward and department, "
                 "including out-of-hours cover", "Chief People Officer", "Ongoing", None, "G", "G",
                 "142 champions trained. Night-time drop-in sessions started at City Hospital."),
            ]),
        ]),
        ("Domain 3: Urgent and Emergency Care", [
            ("3.1 Reduce 12-hour waits from arrival in the Emergency Department to below 2% of "
             "attendances", [
                ("3.1a", "Open the expanded Same Day Emergency Care (SDEC) unit at QMC and extend its "
                 "opening hours to 22:00, seven days a week", "Chief Operating Officer",
                 D(2024, 10, 31), D(2025, 5, 31), "R", "R",
                 "Estates works delayed by the ventilation upgrade. 12-hour waits 6.8% in February. "
                 "Escalated to EMT on 19 February; interim weekend hours from 1 March."),
            ]),
        ]),
    ]
    r = 4
    for domain, crits in plan:
        band_row(ws, r, domain, 9)
        r += 1
        for crit, acts in crits:
            first = r
            for (ref, act, lead, orig, rev, prev, cur, prog) in acts:
                put(ws, r, [ref, crit if r == first else None, act, lead, orig, rev, prev, cur, prog])
                for col, letter in ((7, prev), (8, cur)):
                    ws.cell(row=r, column=col).fill = FILL[letter]
                    ws.cell(row=r, column=col).alignment = Alignment(horizontal="center", vertical="top")
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)

    sm = wb.create_sheet("Summary")
    widths(sm, [44, 8, 8, 8, 8, 8])
    sm["A1"] = "Summary of current RAG by domain"
    sm["A1"].font = Font(bold=True, size=13)
    header_row(sm, 3, ["Domain", "B", "G", "A", "R", "Total"])
    for i, row in enumerate([
        ["Domain 1: Maternity and Neonatal Services", 1, 1, 2, 0, 4],
        ["Domain 2: Leadership, Governance and Culture", 1, 3, 0, 0, 4],
        ["Domain 3: Urgent and Emergency Care", 0, 0, 0, 1, 1],
        ["Total", 2, 4, 2, 1, 9],
    ], start=4):
        put(sm, i, row)
    sm.cell(row=9, column=1, value="Source: RSP programme office; validated at Exit Criteria Assurance Group 25 February 2025.")
    wb.active = 1
    wb.save(out("zxp-nottingham-university-hospitals-nhs-trust-rsp-exit-criteria-highlight-report.xlsx"))


# ---------------------------------------------------------------------------
# 2. Cambridgeshire FRS – Grenfell Phase 2 recommendations tracker (xlsx, refuse)
# ---------------------------------------------------------------------------
def make_cfrs():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "GTI Phase 2 tracker"
    widths(ws, [8, 46, 52, 28, 14, 14, 12, 46])
    red = PatternFill("solid", fgColor="C00000")
    ws["A1"] = "Cambridgeshire Fire and Rescue Service"
    ws["A1"].font = Font(bold=True, size=12, color="C00000")
    ws["A2"] = "Grenfell Tower Inquiry Phase 2 Report – Recommendations Tracker"
    ws["A2"].font = Font(bold=True, size=15)
    ws["A3"] = ("Action owner: Assistant Chief Fire Officer | Reported to: Overview and Scrutiny "
                "Committee | Last updated: 14 July 2025")
    ws["A3"].font = Font(italic=True)
    for rr in (1, 2, 3):
        ws.merge_cells(start_row=rr, start_column=1, end_row=rr, end_column=8)
    hdr = ["Ref", "Inquiry recommendation (summary)", "CFRS action", "Lead", "Original target",
           "Revised target", "Status", "Progress update"]
    for c, lab in enumerate(hdr, start=1):
        cell = ws.cell(row=5, column=c, value=lab)
        cell.font = WHITE_BOLD
        cell.fill = red
        cell.alignment = WRAP
        cell.border = BOX
    status_fill = {"Complete": FILL["B"], "On track": FILL["G"], "At risk": FILL["A"]}
    plan = [
        ("Theme 1: Operational response to fires in high-rise buildings", [
            ("Fire and rescue services should make sure incident commanders can recognise when a fire "
             "in a high-rise building is behaving abnormally and can change the evacuation strategy "
             "at the earliest appropriate time.", [
                ("P2-01", "Refresh the high-rise firefighting training package for all level 1 and level 2 "
                 "incident commanders to cover abnormal fire behaviour and evacuation decision-making",
                 "Area Manager – Training", D(2025, 3, 31), D(2025, 6, 30), "Complete",
                 "All 214 incident commanders trained; assessment pass rate 97%."),
                ("P2-02", "Run a joint high-rise exercise with Bedfordshire and Hertfordshire FRS that "
                 "includes a simulated change from 'stay put' to simultaneous evacuation",
                 "Group Manager – Operational Assurance", D(2025, 9, 30), None, "On track",
                 "Exercise planned for 23 September 2025; venue and scenario agreed."),
            ]),
        ]),
        ("Theme 2: Fire control and emergency call handling", [
            ("Control rooms should be able to manage a large number of fire survival guidance calls "
             "and share information from callers with the incident ground in real time.", [
                ("P2-03", "Agree a fire survival guidance call management procedure with the Combined "
                 "Fire Control partner and test it through two desktop exercises",
                 "Head of Combined Fire Control", D(2025, 5, 31), D(2025, 10, 31), "At risk",
                 "First desktop exercise held 2 June; second delayed by mobilising system upgrade."),
                ("P2-04", "Procure and deploy an electronic system for sharing fire survival guidance "
                 "information between Control and command units",
                 "Head of ICT / Head of Combined Fire Control", D(2025, 11, 30), "Febuary 2026",
                 "At risk", "Supplier delay; revised date agreed by Service Leadership Team on 8 July."),
            ]),
        ]),
        ("Theme 3: Information about buildings and residents", [
            ("Fire and rescue services should hold accurate, up-to-date information on high-rise "
             "residential buildings in their area, including the external walls and residents who "
             "may need help to evacuate.", [
                ("P2-05", "Complete the site-specific risk information review of all 38 residential "
                 "buildings of 18 metres or more in Cambridgeshire and Peterborough",
                 "Station Manager – Risk Information", D(2024, 12, 31), None, "Complete",
                 "Review completed 16 December 2024; records updated on mobile data terminals."),
                ("P2-06", "Agree an information-sharing protocol with responsible persons covering "
                 "premises information boxes and residents with personal emergency evacuation plans",
                 "Head of Protection", D(2026, 3, 31), None, "On track",
                 "Protocol drafted with Peterborough City Council and two housing providers."),
            ]),
        ]),
        ("Theme 4: Assurance and reporting", [
            ("Fire and rescue authorities should be able to show how they are acting on the Inquiry's "
             "recommendations.", [
                ("P2-07", "Report progress against the Phase 2 recommendations to the Overview and "
                 "Scrutiny Committee every six months", "Assistant Chief Fire Officer",
                 "Six-monthly", None, "On track", "Next report to committee on 18 September 2025."),
            ]),
        ]),
    ]
    r = 6
    for theme, recs in plan:
        band_row(ws, r, theme, 8, fill="grey")
        r += 1
        for rec, acts in recs:
            first = r
            for (ref, act, lead, orig, rev, st, upd) in acts:
                put(ws, r, [ref, rec if r == first else None, act, lead, orig, rev, st, upd],
                    date_fmt="dd/mm/yyyy")
                ws.cell(row=r, column=7).fill = status_fill[st]
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Summary: 7 actions – Complete 2 | On track 3 | At risk 2 | Off track 0").font = Font(bold=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)

    key = wb.create_sheet("Key and notes")
    widths(key, [14, 70])
    key["A1"] = "Status key"
    key["A1"].font = Font(bold=True)
    for i, (s, m) in enumerate([
        ("Complete", "Action delivered and evidence held by the Assurance team"),
        ("On track", "Expected to complete by the target date"),
        ("At risk", "Target date at risk; mitigation in place"),
        ("Off track", "Target date missed or will be missed; escalated to Service Leadership Team"),
    ], start=2):
        key.cell(row=i, column=1, value=s)
        key.cell(row=i, column=2, value=m)
    key["A7"] = "Notes"
    key["A7"].font = Font(bold=True)
    key["A8"] = ("Recommendation summaries are paraphrased for tracking purposes; see the Inquiry's "
                 "Phase 2 report (September 2024) for the full text.")
    wb.save(out("zxp-cambridgeshire-fire-rescue-service-grenfell-phase-2-recommendations-tracker-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# 3. General Optical Council – strategic risk register (xlsx)
# ---------------------------------------------------------------------------
def make_goc():
    wb = openpyxl.Workbook()
    hm = wb.active
    hm.title = "Heat map"
    widths(hm, [22, 10, 10, 10, 10, 10])
    hm["A1"] = "Residual risk heat map – number of strategic risks (September 2025)"
    hm["A1"].font = Font(bold=True, size=12)
    hm["A3"] = "Likelihood \\ Impact"
    for c, lab in enumerate(["1 Minor", "2 Moderate", "3 Significant", "4 Major", "5 Severe"], start=2):
        hm.cell(row=3, column=c, value=lab).font = Font(bold=True)
    grid = {(4, 4): 1, (3, 4): 1, (3, 3): 1, (4, 3): 1, (3, 5): 1, (2, 4): 1}
    for li, lab in zip(range(4, 9), ["5 Almost certain", "4 Likely", "3 Possible", "2 Unlikely", "1 Rare"]):
        hm.cell(row=li, column=1, value=lab).font = Font(bold=True)
        lik = 9 - li
        for imp in range(1, 6):
            score = lik * imp
            cell = hm.cell(row=li, column=imp + 1, value=grid.get((lik, imp), None))
            cell.fill = FILL["R"] if score >= 15 else FILL["A"] if score >= 8 else FILL["G"]
            cell.alignment = Alignment(horizontal="center")
            cell.border = BOX

    ws = wb.create_sheet("Strategic risk register")
    widths(ws, [30, 46, 26, 10, 10, 9, 52, 28, 13, 12])
    ws["A1"] = "General Optical Council – Strategic Risk Register 2025–26"
    ws["A1"].font = Font(bold=True, size=15)
    ws["A2"] = ("Position as at 30 September 2025 · Presented to the Audit, Risk and Finance "
                "Committee, 15 October 2025")
    ws["A2"].font = Font(italic=True)
    header_row(ws, 4, [
        "Risk", "Risk description (cause – event – effect)", "Risk owner", "Residual score",
        "Target score", "Action ref", "Further action required", "Action owner", "Due date",
        "Action status",
    ])
    ws.freeze_panes = "A5"
    plan = [
        ("Strategic objective: Preventing harm through agile regulation", [
            ("SR01 – Fitness to practise timeliness",
             "Because of rising case volumes and limited hearings capacity, cases are not progressed "
             "in a timely way, delaying action to protect the public and reducing confidence in the GOC.",
             "Director of Regulatory Operations", 16, 8, [
                ("SR01.1", "Implement the revised case examiner triage model and close all cases older "
                 "than 18 months", "Head of Case Progression", D(2025, 12, 31), "Amber"),
                ("SR01.2", "Recruit and induct 12 additional hearings panel members following the change "
                 "to panel appointment rules", "Head of Hearings", "Q4 2025/26", "Green"),
            ]),
            ("SR02 – Regulatory intelligence",
             "If the GOC does not make effective use of data and intelligence, emerging risks to "
             "patients from new business models may not be identified and addressed.",
             "Director of Policy and Standards", 12, 6, [
                ("SR02.1", "Deliver the first thematic review, 'Commercial Practices and Patient Safety', "
                 "and report findings to Council", "Director of Policy and Standards", "Mar-26", "Green"),
            ]),
        ]),
        ("Strategic objective: Creating fairer and more inclusive eye care services", [
            ("SR03 – Equality, diversity and inclusion commitments",
             "If the GOC does not understand the barriers faced by patients and registrants, its "
             "standards and processes may produce unfair outcomes.",
             "Director of People and Culture", 9, 6, [
                ("SR03.1", "Complete the lived experience research with patient groups and registrants "
                 "and publish the findings", "Head of Research and Insight", D(2025, 11, 30), "Amber"),
                ("SR03.2", "Deliver year one of the EDI action plan 2025–26 and report progress to Council",
                 "Director of People and Culture", D(2026, 3, 31), "Green"),
            ]),
        ]),
        ("Strategic objective: Supporting responsible innovation and protecting the public", [
            ("SR04 – Education and training requirements",
             "If providers cannot implement the updated education and training requirements on time, "
             "new registrants may not meet the required outcomes.",
             "Director of Education", 12, 8, [
                ("SR04.1", "Launch the education knowledge hub for providers implementing the updated "
                 "education and training requirements", "Head of Education Quality Assurance",
                 D(2026, 1, 31), "Green"),
            ]),
        ]),
        ("Cross-cutting: Organisational resilience", [
            ("SR05 – Information security and cyber resilience",
             "A successful cyber attack or data loss could disrupt registration and fitness to "
             "practise functions and lead to regulatory action by the ICO.",
             "Chief Operating Officer", 15, 10, [
                ("SR05.1", "Achieve Cyber Essentials Plus recertification", "Head of IT",
                 D(2025, 7, 31), "Complete"),
                ("SR05.2", "Run a cyber incident tabletop exercise with the Executive Team and test the "
                 "business continuity plan at the new office", "Head of IT / Head of Governance",
                 "Nov 2025", "Amber"),
            ]),
            ("SR06 – Office relocation",
             "If the office move is delayed or over budget, planned savings will not be realised "
             "and services to registrants may be disrupted.",
             "Chief Operating Officer", 8, 4, [
                ("SR06.1", "Complete the office relocation and exit the current lease without "
                 "disruption to services", "Head of Facilities", "Dec-25", "Green"),
            ]),
        ]),
    ]
    st_fill = {"Green": FILL["G"], "Amber": FILL["A"], "Red": FILL["R"], "Complete": FILL["B"]}
    r = 5
    for obj, risks in plan:
        band_row(ws, r, obj, 10)
        r += 1
        for (risk, desc, owner, resid, target, acts) in risks:
            first = r
            for (aref, act, aown, due, st) in acts:
                vals = [risk, desc, owner, resid, target] if r == first else [None] * 5
                put(ws, r, vals + [aref, act, aown, due, st])
                ws.cell(row=r, column=10).fill = st_fill[st]
                r += 1
            sc = ws.cell(row=first, column=4)
            sc.fill = FILL["R"] if resid >= 15 else FILL["A"] if resid >= 8 else FILL["G"]
            if r - 1 > first:
                for col in range(1, 6):
                    ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
    r += 1
    ws.cell(row=r, column=1, value="Scores are likelihood × impact (1–25). Red 15–25, amber 8–14, green 1–7.").font = Font(italic=True)

    key = wb.create_sheet("Scoring key")
    widths(key, [16, 60])
    key["A1"] = "Action status key"
    key["A1"].font = Font(bold=True)
    for i, (s, m) in enumerate([
        ("Complete", "Action delivered"),
        ("Green", "On track"),
        ("Amber", "Some slippage; expected to complete within the quarter"),
        ("Red", "Significant delay; reported to the Executive Team"),
    ], start=2):
        key.cell(row=i, column=1, value=s)
        key.cell(row=i, column=2, value=m)
    wb.active = 1
    wb.save(out("zxp-general-optical-council-strategic-risk-register-2025-26.xlsx"))


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


def bold_cell(cell, text):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True


# ---------------------------------------------------------------------------
# 4. St Barnabas CE Primary School – SIAMS action plan (docx)
# ---------------------------------------------------------------------------
def make_siams():
    d = docx.Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10)
    d.add_paragraph("St Barnabas CE Primary School: SIAMS Action Plan 2024–25", style="Title")
    d.add_paragraph("Statutory Inspection of Anglican and Methodist Schools (SIAMS) – inspection "
                    "14 November 2024, report published 9 January 2025")
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in [
        ("Inspection outcome", "The school is living up to its foundation as a Church school and is "
         "enabling pupils and adults to flourish."),
        ("Plan written by", "Headteacher with the Ethos Committee"),
        ("Approved by governors", "Full Governing Board, 5 February 2025"),
        ("Review cycle", "Progress reviewed by the Ethos Committee each half term"),
    ]:
        row = t.add_row().cells
        bold_cell(row[0], a)
        row[1].text = b
    d.add_paragraph("")
    d.add_paragraph("RAG key: cell shaded blue = completed; green = on track; amber = some slippage, "
                    "action being taken; unshaded = not yet started.")

    points = [
        ("Development point 1",
         "Deepen pupils' understanding of how the school's theologically rooted Christian vision shapes "
         "decisions and daily life, so that they can explain it in their own words.", [
            ("Revisit the vision statement with pupils through a half-term series of collective worship "
             "based on John 10:10, 'Life in all its fullness'", "Headteacher / Collective Worship Lead",
             "March 2025", "Pupils in every class can explain the vision and give an example of it in action.",
             "Ethos Committee pupil voice visit", "0070C0"),
            ("Train the pupil Worship Ambassadors to plan and lead one class worship each half term",
             "Mrs J Okafor", "Summer term 2025",
             "Ambassadors lead worship independently in all Key Stage 2 classes.",
             "Worship log; governor observation", "00B050"),
        ]),
        ("Development point 2",
         "Ensure that the religious education curriculum builds pupils' knowledge of Christianity and "
         "other worldviews sequentially from Reception to Year 6.", [
            ("Adopt the diocesan RE syllabus units and map the progression of key concepts across each phase",
             "RE Subject Leader", "July 2025",
             "Long-term plan shows clear progression; staff use the concept map when planning.",
             "RE Subject Leader learning walk", "00B050"),
            ("Introduce end-of-unit assessment tasks and moderate pupils' work with a partner Church school",
             "RE Subject Leader & Deputy Headteacher", "Autumn term 2025",
             "Moderation confirms accurate teacher judgements in RE.",
             "Moderation notes to Ethos Committee", "FFC000"),
        ]),
        ("Development point 3",
         "Strengthen governors' monitoring of the impact of the Christian vision so that evaluation leads "
         "to clear next steps.", [
            ("Set up an Ethos Committee with termly visits focused on the vision in action, reporting to "
             "the Full Governing Board", "Chair of Governors", "February 2025",
             "Visit reports identify strengths and next steps; minutes show challenge.",
             "Full Governing Board minutes", "0070C0"),
            ("Complete the Church school self-evaluation with the diocesan adviser and agree priorities "
             "for 2025–26", "Headteacher / Foundation Governors", "Summer term 2025",
             "Self-evaluation agreed and priorities included in the school development plan.",
             "Diocesan adviser visit", None),
        ]),
    ]
    for head, text, acts in points:
        d.add_heading(head, level=2)
        p = d.add_paragraph()
        p.add_run(text).italic = True
        tb = d.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        for c, lab in zip(tb.rows[0].cells, ["Action", "Lead", "Timescale", "Success criteria",
                                             "Monitoring", "RAG"]):
            bold_cell(c, lab)
            shade(c, "D9D2E9")
        for (act, lead, when, sc, mon, rag) in acts:
            cells = tb.add_row().cells
            cells[0].text = act
            cells[1].text = lead
            cells[2].text = when
            cells[3].text = sc
            cells[4].text = mon
            cells[5].text = ""
            if rag:
                shade(cells[5], rag)
        d.add_paragraph("")
    d.add_heading("Sign-off", level=2)
    so = d.add_table(rows=2, cols=3)
    so.style = "Table Grid"
    for c, lab in zip(so.rows[0].cells, ["Role", "Name", "Date"]):
        bold_cell(c, lab)
    for c, v in zip(so.rows[1].cells, ["Chair of Governors", "Revd Canon A. Marsh", "05/02/2025"]):
        c.text = v
    d.save(out("zxp-st-barnabas-ce-primary-school-siams-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Eastlight Community Homes – consumer standards improvement plan (docx)
# ---------------------------------------------------------------------------
def make_eastlight():
    d = docx.Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    d.add_paragraph("Eastlight Community Homes – Consumer Standards Improvement Plan 2025", style="Title")
    d.add_paragraph("Prepared following our Regulator of Social Housing inspection (report published "
                    "March 2025). Owner: Executive Director of Customer Experience.")
    d.add_heading("Document control", level=2)
    dc = d.add_table(rows=1, cols=4)
    dc.style = "Table Grid"
    for c, lab in zip(dc.rows[0].cells, ["Version", "Date", "Author", "Approved by"]):
        bold_cell(c, lab)
    for v in [("1.0", "20/03/2025", "Head of Regulatory Compliance", "Executive Team"),
              ("1.1", "24/06/2025", "Head of Regulatory Compliance", "Customer Services Committee")]:
        for c, x in zip(dc.add_row().cells, v):
            c.text = x
    d.add_heading("Status key", level=2)
    sk = d.add_table(rows=1, cols=2)
    sk.style = "Table Grid"
    for c, lab in zip(sk.rows[0].cells, ["Status", "Meaning"]):
        bold_cell(c, lab)
    for s, m, f in [("Complete", "Action delivered and evidence filed (blue)", "9DC3E6"),
                    ("On track", "Progressing to the target date (green)", "A9D18E"),
                    ("At risk", "Target date may slip; mitigation agreed (amber)", "FFD966"),
                    ("Off track", "Target date missed; escalated to Executive Team (red)", "FF7C80")]:
        cells = sk.add_row().cells
        cells[0].text = s
        cells[1].text = m
        shade(cells[0], f)
    d.add_heading("1. Introduction", level=1)
    d.add_paragraph("This plan sets out the actions we are taking in response to the regulator's "
                    "findings against the consumer standards that came into force on 1 April 2024. "
                    "Progress is reported to the Customer Services Committee each quarter and to "
                    "the Board twice a year. Tenants on the Eastlight Voice panel review the plan "
                    "before each update is published.")
    d.add_heading("2. Improvement actions", level=1)
    std_fill = {"Complete": "9DC3E6", "On track": "A9D18E", "At risk": "FFD966", "Off track": "FF7C80"}
    tables = [
        ("Safety and Quality Standard", [
            ("Finding 1: We could not evidence an up-to-date stock condition survey for 31% of homes.", [
                ("SQ1.1", "Commission stock condition surveys for all homes without a survey in the last "
                 "five years, prioritising older properties and homes with open damp and mould cases",
                 "Director of Property Services", "31 March 2026",
                 "4,120 of 7,350 surveys complete. Contractor performance on target.", "On track"),
                ("SQ1.2", "Load survey data into the asset management system and report decency "
                 "compliance to the Board every quarter", "Head of Asset Management", "Q2 2025/26",
                 "Data migration tested; first report delayed while data cleansing completes.", "At risk"),
            ]),
            ("Finding 2: Overdue remedial actions from fire risk assessments were not tracked to completion.", [
                ("SQ2.1", "Clear all overdue high-risk fire risk assessment actions and introduce weekly "
                 "exception reporting to the Building Safety Group", "Head of Compliance and Building Safety",
                 "30 June 2025", "All 63 high-risk actions closed on 19 June 2025.", "Complete"),
            ]),
        ]),
        ("Transparency, Influence and Accountability Standard", [
            ("Finding 3: Complaints were not always answered within the Housing Ombudsman's Complaint "
             "Handling Code timescales.", [
                ("TIA3.1", "Recruit two additional complaints resolution officers and introduce daily case "
                 "triage", "Head of Customer Resolution", "May 2025",
                 "Both officers in post from 6 May. Stage 1 responses on time: 94% in May.", "Complete"),
                ("TIA3.2", "Publish a complaints learning report for tenants on the website and through the "
                 "Eastlight Voice panel", "Executive Director of Customer Experience / Head of Customer Insight",
                 "Quarterly", "First report published 30 June 2025.", "On track"),
            ]),
            ("Finding 4: Information about tenants' diverse needs, including vulnerabilities, was held for "
             "fewer than half of households.", [
                ("TIA4.1", "Run a tenant profiling campaign to collect household and vulnerability "
                 "information, with help for tenants who need support to respond",
                 "Head of Customer Insight", "31/12/2025",
                 "Profiles held for 58% of households (from 46%).", "On track"),
            ]),
        ]),
        ("Neighbourhood and Community Standard", [
            ("Finding 5: Anti-social behaviour cases were closed without checking the outcome with the "
             "tenant who reported them.", [
                ("NC5.1", "Revise the anti-social behaviour procedure so that no case is closed without a "
                 "closure call to the reporting tenant, and audit 20 closed cases each quarter",
                 "Neighbourhood Services Manager", "September 2025",
                 "Procedure redraft paused during restructure; first audit not yet done.", "Off track"),
            ]),
        ]),
    ]
    for std, findings in tables:
        tb = d.add_table(rows=2, cols=6)
        tb.style = "Table Grid"
        top = tb.rows[0].cells[0].merge(tb.rows[0].cells[5])
        bold_cell(top, std)
        shade(top, "1F3864")
        top.paragraphs[0].runs[0].font.color.rgb = docx.shared.RGBColor(0xFF, 0xFF, 0xFF)
        for c, lab in zip(tb.rows[1].cells, ["Ref", "Action", "Owner", "Target date",
                                             "Progress (June 2025)", "Status"]):
            bold_cell(c, lab)
            shade(c, "D9E2F3")
        for finding, acts in findings:
            row = tb.add_row().cells
            m = row[0].merge(row[5])
            bold_cell(m, finding)
            shade(m, "F2F2F2")
            for (ref, act, own, due, prog, st) in acts:
                cells = tb.add_row().cells
                for c, v in zip(cells, [ref, act, own, due, prog, st]):
                    c.text = v
                shade(cells[5], std_fill[st])
        d.add_paragraph("")
    d.add_paragraph("Next update: Customer Services Committee, September 2025.")
    d.save(out("zxp-eastlight-community-homes-consumer-standards-improvement-plan.docx"))


# ---------------------------------------------------------------------------
# 6. University of Brighton – OfS condition E6 action plan (csv)
# ---------------------------------------------------------------------------
def make_brighton():
    import csv
    rows = [
        ["University of Brighton – OfS Condition E6 Harassment and Sexual Misconduct: Compliance "
         "Action Plan 2025–26", "", "", "", "", "", ""],
        ["Plan owner: Pro-Vice-Chancellor (Education and Students). Monitored by the E6 Steering Group; "
         "reported to the Audit and Risk Committee. Version 3, 9 September 2025", "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["Ref", "E6 requirement", "Action", "Lead(s)", "Target date", "RAG", "Progress note"],
        ["1.1", "Single comprehensive source of information",
         "Publish the single comprehensive source of information (SCSI) as a dedicated webpage, linked "
         "from the student hub, the app and every module area", "Director of Student Services",
         "31/07/2025", "Complete", "Live from 28 July 2025."],
        ["1.2", "",
         "Keep previous versions of each policy available and summarise what changed in each revision",
         "Head of Governance and Compliance", "Sept 2025", "G", "Archive page built; change log template agreed."],
        ["2.1", "Intimate personal relationships between staff and students",
         "Approve the revised Personal Relationships Policy, which prohibits intimate relationships between "
         "staff and students where a direct professional responsibility exists",
         "HR Director; University Secretary", "31/07/2025", "Complete", "Approved by Board of Governors 10 July 2025."],
        ["2.2", "",
         "Contact all staff with a declared relationship to agree and record how the direct professional "
         "responsibility will be removed", "HR Director", "Oct-25", "A",
         "Declarations window closed late; 14 cases under review."],
        ["3.1", "Training for staff and students",
         "Launch the compulsory online module for all enrolled students covering:\n- consent and respect\n"
         "- active bystander intervention\n- how to report, including anonymously",
         "Head of Student Wellbeing / Students' Union Chief Executive", "30/11/2025", "G",
         "Module built; accessibility review in progress.\nLaunch planned for Welcome Week follow-up."],
        ["3.2", "",
         "Deliver specialist training for investigating officers and student disciplinary panel members",
         "Head of Student Conduct", "31/01/2026", "G", "Provider appointed; dates set for December and January."],
        ["4.1", "Reporting, investigation and support",
         "Introduce a single online reporting tool with an anonymous option and a two-working-day triage standard",
         "Director of Student Services / Head of Student Conduct", "Dec 2025", "R",
         "Supplier contract not yet signed; escalated to the Steering Group."],
        ["5.1", "Freedom of speech and disclosure",
         "Review all template settlement agreements and remove any clause that restricts a student's "
         "ability to disclose information about harassment or sexual misconduct", "University Secretary",
         "Ongoing – annual review", "G", "2025 review complete; no restrictive clauses found."],
        ["", "", "", "", "", "", ""],
        ["RAG key: Complete = delivered and evidenced; G = on track; A = at risk; R = off track or overdue",
         "", "", "", "", "", ""],
        ["Notes: requirement headings follow the OfS regulatory framework, condition E6 (in force from "
         "1 August 2025).", "", "", "", "", "", ""],
    ]
    path = out("zxp-university-of-brighton-ofs-e6-harassment-sexual-misconduct-action-plan.csv")
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 7. Oak Tree Surgery – CQC inspection action plan (plain text export)
# ---------------------------------------------------------------------------
def make_oaktree():
    rule = "=" * 78
    lines = [
        "Oak Tree Surgery – CQC Inspection Action Plan",
        "Inspection: 10 December 2024    Report published: 4 February 2025    Overall rating: Requires improvement",
        "Plan owner: Practice Manager    Clinical lead: Dr R Menon (GP Partner)",
        "Last updated: 2 June 2025",
        "",
        "Status key: Complete (blue) | On track (green) | At risk (amber) | Overdue (red) | Not started",
        "",
        rule,
        "REQUIREMENT NOTICE – Regulation 12 HSCA (RA) Regulations 2014: Safe care and treatment",
        rule,
        "The provider must ensure care and treatment is provided in a safe way for service users, including the proper and safe management of medicines.",
        "",
        "1.1  Action: Search for all patients prescribed high-risk medicines (methotrexate, lithium, azathioprine) and recall anyone overdue for blood monitoring.",
        "     Lead: Clinical Pharmacist / Dr R Menon",
        "     Due: 28/02/2025",
        "     Status: Complete",
        "     Update: 47 patients recalled; all monitoring now in date. Repeat search set to run monthly.",
        "",
        "1.2  Action: Introduce a protocol for MHRA safety alerts, with a named GP signing off the searches and actions for each alert.",
        "     Lead: Dr S Whitfield",
        "     Due: 31/03/2025",
        "     Status: Complete",
        "",
        "1.3  Action: Check emergency medicines and oxygen weekly against a signed checklist, and stock the two medicines found missing at inspection.",
        "     Lead: Healthcare Assistant Lead",
        "     Due: Dec 2024",
        "     Status: Complete",
        "",
        rule,
        "REQUIREMENT NOTICE – Regulation 17 HSCA (RA) Regulations 2014: Good governance",
        rule,
        "The provider must establish effective systems and processes to assess, monitor and improve the quality and safety of the services provided.",
        "",
        "2.1  Action: Review and re-issue all practice policies with version control, review dates and staff sign-off.",
        "     Lead: Practice Manager",
        "     Due: End of April 2025",
        "     Status: Complete",
        "",
        "2.2  Action: Set up a training matrix for all staff groups covering safeguarding, infection prevention and control, fire safety and basic life support, and close the gaps.",
        "     Lead: Practice Manager & Nurse Lead",
        "     Due: June 2025",
        "     Status: At risk",
        "     Update: Matrix in place. Basic life support update for three clinicians booked for 15/07/2025",
        "     (first available date with the training provider).",
        "",
        "2.3  Action: Carry out the annual infection prevention and control audit and agree an action plan for its findings.",
        "     Lead: Nurse Lead (IPC)",
        "     Due: w/c 12/05/2025",
        "     Status: On track",
        "",
        rule,
        "SHOULD DO – areas where the practice should make improvements",
        rule,
        "The practice should continue to take action to improve the uptake of cervical screening.",
        "",
        "3.1  Action: Offer Saturday morning screening clinics and send text reminders to all non-responders.",
        "     Lead: Nurse Lead",
        "     Due: Ongoing – reviewed monthly at clinical meeting",
        "     Status: On track",
        "",
        "The practice should improve patient satisfaction with telephone access.",
        "",
        "3.2  Action: Move to a cloud-based telephone system with call-back and queue position messages.",
        "     Lead: Practice Manager",
        "     Due: 30/09/2025",
        "     Status: Not started",
        "",
        rule,
        "Approved at the partners' meeting on 12/02/2025. Progress is reviewed monthly at the practice meeting.",
    ]
    with open(out("zxp-oak-tree-surgery-cqc-inspection-action-plan.txt"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_nuh()
    make_cfrs()
    make_goc()
    make_siams()
    make_eastlight()
    make_brighton()
    make_oaktree()
    print("built 7 files in", HERE)
