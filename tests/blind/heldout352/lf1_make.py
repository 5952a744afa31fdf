#!/usr/bin/env python3
"""Build the seven lf1- blind test files of set heldout352.

Run with the project's Python (openpyxl and python-docx):
    /work/main/.venv/bin/python /work/blind/heldout352/lf1_make.py

Each action record below carries the reading a person makes of it (ref, under,
lead, end, end_text, status) next to the text written into the file, so the
.expected.yaml files can be checked against what was actually written.
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

HERE = os.path.dirname(os.path.abspath(__file__))

D = dt.datetime
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex6):
    return PatternFill(fill_type="solid", start_color=hex6, end_color=hex6)


RAG_FILL = {
    "blue": fill("0070C0"),
    "green": fill("00B050"),
    "amber": fill("FFC000"),
    "red": fill("FF0000"),
}


def A(ref, action, lead, end, status, end_text=None, **extra):
    d = dict(ref=ref, action=action, lead=lead, end=end, status=status)
    if end_text is not None:
        d["end_text"] = end_text
    d.update(extra)
    return d


def set_widths(ws, widths):
    for col, w in widths.items():
        ws.column_dimensions[col].width = w


# ---------------------------------------------------------------------------
# 1. Boston College - Ofsted post-inspection action plan (xlsx) - REFUSE
# ---------------------------------------------------------------------------
BOSTON_FILE = "lf1-boston-college-ofsted-post-inspection-action-plan-typo-month-refuse.xlsx"
BOSTON_TITLE = "Boston College – Post-Inspection Action Plan 2024/25"
BOSTON_REFUSE_ROW = 13

BOSTON = [
    ("EDUCATION PROGRAMMES FOR YOUNG PEOPLE", [
        ("Leaders and managers should ensure that teachers use assessment effectively to check what learners know and can remember, and adapt their teaching as a result.", [
            ("1.1", "Introduce a college-wide assessment for learning toolkit and train all study programme teachers in its use during staff development days.",
             "Head of Teaching, Learning and Assessment", D(2024, 9, 30), "Complete",
             "Toolkit launched at September staff conference; 96% of teachers trained."),
            ("1.2", "Learning walks each half term to focus on questioning and checking understanding, with feedback to curriculum managers.",
             "Curriculum Directors", D(2025, 6, 30), "Green",
             "Three rounds completed; improvement seen in 71% of repeat observations."),
            ("1.3", "Peer coaching programme for teachers identified through learning walks as needing support with assessment.",
             "Teaching and Learning Coaches", D(2025, 3, 31), "Amber",
             "Coaching capacity reduced by vacancy; recruitment under way."),
        ]),
        ("Leaders should improve attendance of learners on study programmes, particularly in English and mathematics lessons.", [
            ("2.1", "Daily attendance monitoring with same-day contact to parents and carers of learners under 18 who miss English or mathematics.",
             "Head of Learner Services", D(2024, 11, 30), "Complete",
             "In place since October half term; English attendance up 6 percentage points."),
            ("2.2", "Timetable English and mathematics lessons alongside vocational sessions rather than as stand-alone afternoon sessions.",
             "Deputy Principal – Curriculum", D(2025, 7, 31), "Green",
             "2025/26 timetable model agreed by SLT in February."),
        ]),
    ]),
    ("APPRENTICESHIPS", [
        ("Leaders should ensure that apprentices' off-the-job training is planned and coordinated with what they learn at work.", [
            ("3.1", "Tripartite planning meeting with each employer at the start of the programme to map off-the-job training to workplace tasks.",
             "Apprenticeship Manager", D(2025, 1, 31), "Complete",
             "All new starts since January have a signed training plan."),
            ("3.2", "Review the training plans of existing apprentices and re-sequence off-the-job units where they do not match workplace activity.",
             "Apprenticeship Manager / Assessor Team Leaders", "Febuary 2025", "Amber",
             "62 of 88 plans reviewed; engineering plans outstanding."),
        ]),
    ]),
    ("LEADERSHIP AND MANAGEMENT", [
        ("Governors should receive more detailed information about the quality of apprenticeship provision so that they can challenge leaders effectively.", [
            ("4.1", "Termly apprenticeship quality report to the Quality & Standards Committee, including progress, retention and employer feedback.",
             "Vice Principal – Quality and Curriculum", D(2024, 12, 31), "Complete",
             "First report received December 2024."),
            ("4.2", "Link governor for apprenticeships to attend employer forum and report back to the Board.",
             "Clerk to the Corporation", D(2025, 5, 31), "Green",
             "Link governor appointed; first forum 12 May 2025."),
        ]),
    ]),
]


def make_boston():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Boston College"
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = "Post-Inspection Action Plan (PIAP)"
    cov["A2"].font = Font(bold=True, size=13)
    rows = [
        ("Inspection dates", "6–9 February 2024"),
        ("Overall effectiveness", "Requires improvement"),
        ("Plan owner", "Vice Principal – Quality and Curriculum"),
        ("Monitored by", "Quality & Standards Committee (each meeting)"),
        ("Version", "v3.1"),
        ("Last reviewed", "18 March 2025"),
    ]
    for i, (k, v) in enumerate(rows, start=4):
        cov.cell(i, 1, k).font = Font(bold=True)
        cov.cell(i, 2, v)
        for c in (1, 2):
            cov.cell(i, c).border = BOX
    set_widths(cov, {"A": 26, "B": 48})

    ws = wb.create_sheet("PIAP 2024-25")
    ws["A1"] = BOSTON_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Progress position at: March 2025"
    ws["A2"].font = Font(italic=True)
    heads = ["Ref", "Area for improvement (Ofsted, February 2024)", "Action", "Owner",
             "Target date", "Progress update – March 2025", "RAG"]
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F3864")
        cell.alignment = WRAP
        cell.border = BOX
    r = 5
    rag_fill = {"Complete": fill("8EA9DB"), "Green": fill("A9D08E"), "Amber": fill("FFD966"), "Red": fill("FF7C80")}
    for prov, afis in BOSTON:
        ws.cell(r, 1, prov).font = Font(bold=True)
        ws.cell(r, 1).fill = fill("D9E1F2")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for afi, acts in afis:
            top = r
            ws.cell(r, 2, afi)
            for ref, act, owner, due, rag, upd in acts:
                ws.cell(r, 1, ref)
                ws.cell(r, 3, act)
                ws.cell(r, 4, owner)
                c = ws.cell(r, 5, due)
                if isinstance(due, dt.datetime):
                    c.number_format = "mmm-yy"
                ws.cell(r, 6, upd)
                ws.cell(r, 7, rag).fill = rag_fill[rag]
                for cc in range(1, 8):
                    ws.cell(r, cc).alignment = WRAP
                    ws.cell(r, cc).border = BOX
                if due == "Febuary 2025":
                    assert r == BOSTON_REFUSE_ROW, r
                r += 1
            if r - 1 > top:
                ws.merge_cells(start_row=top, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(r, 1, "Note: RAG ratings agreed at Quality & Standards Committee, 18 March 2025. "
                  "Complete actions remain on the plan until impact has been confirmed.").font = Font(italic=True)
    set_widths(ws, {"A": 7, "B": 42, "C": 52, "D": 26, "E": 12, "F": 42, "G": 10})
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, BOSTON_FILE))


# ---------------------------------------------------------------------------
# 2. University of Huddersfield - Ofsted apprenticeships PIAP (xlsx)
# ---------------------------------------------------------------------------
HUD_FILE = "lf1-university-of-huddersfield-ofsted-apprenticeships-piap.xlsx"
HUD_TITLE = "University of Huddersfield – Apprenticeships Post-Inspection Action Plan 2024–25"

HUD_THEMES = [
    ("Theme 1: Curriculum and off-the-job training", [
        ("Leaders should ensure that the off-the-job training that apprentices receive is coordinated with their on-the-job training so that apprentices can apply what they learn in their workplace.", [
            A("1.1", "Map each apprenticeship module to the apprenticeship standard and to typical workplace activities, and share the maps with employers at induction.",
              ["Head of Apprenticeships"], "2024-12", "blue",
              orig=D(2024, 12, 31), rev=None, word="Complete",
              upd="Maps completed for all 14 standards; shared with employers from January 2025 intake."),
            A("1.2", "Introduce workplace application tasks at the end of each taught block, reviewed by the apprentice's line manager.",
              ["Course Leaders (Degree Apprenticeships)"], "2025-06", "amber",
              orig=D(2025, 3, 31), rev=D(2025, 6, 30), word="At risk",
              upd="Piloted in Nursing Associate and Chartered Manager programmes; roll-out delayed by validation timetable."),
            A("1.3", "Joint visits to employers to agree how on-the-job training will be planned and recorded.",
              ["Apprenticeship Quality Manager", "Employer Partnerships Manager"], "2025-07", "green",
              orig=D(2025, 7, 31), rev=None, word="On track",
              upd="41 of 63 employers visited."),
        ]),
    ]),
    ("Theme 2: Progress reviews and employer engagement", [
        ("Leaders should ensure that employers are routinely involved in apprentices' progress reviews and that targets set help apprentices to improve.", [
            A("2.1", "Revise the progress review template so that the employer's contribution and SMART targets are mandatory fields.",
              ["Head of Apprenticeships"], "2024-10", "blue",
              orig=D(2024, 10, 31), rev=None, word="Complete",
              upd="New template live in the e-portfolio from 1 October 2024."),
            A("2.2", "Monthly audit of a sample of progress reviews, with feedback to reviewers where employer involvement is missing.",
              ["Dr Helen Ward", "Mark Ellison"], "2025-04", "red",
              orig=D(2025, 1, 31), rev=D(2025, 4, 30), word="Off track",
              upd="Audits paused November–December due to staff absence; 38% of sampled reviews still lack employer input."),
        ]),
    ]),
    ("Theme 3: Careers information, advice and guidance", [
        ("Leaders should make sure that all apprentices receive impartial careers advice and guidance about their next steps.", [
            A("3.1", "Embed a careers session delivered by the Careers and Employability Service in the first year of every apprenticeship programme.",
              ["Head of Careers and Employability"], "2024-11", "blue",
              orig=D(2024, 11, 30), rev=None, word="Complete",
              upd="Sessions timetabled for all cohorts."),
            A("3.2", "Offer one-to-one careers guidance to final-year apprentices before end-point assessment.",
              ["Careers Consultant (Apprenticeships)"], None, "green", end_text="Termly",
              orig="Termly", rev=None, word="On track",
              upd="First round offered in January; 57% take-up."),
        ]),
    ]),
    ("Theme 4: Governance and oversight", [
        ("Leaders should ensure that those responsible for governance receive sufficiently detailed information about the quality of apprenticeship provision to hold leaders to account.", [
            A("4.1", "Add an apprenticeship quality dashboard to each meeting of the University Teaching and Learning Committee.",
              ["University Secretary"], "2025-02", "green",
              orig=D(2025, 2, 28), rev=None, word="On track",
              upd="Dashboard drafted; first presentation February 2025."),
            A("4.2", "Annual apprenticeship self-assessment report and quality improvement plan to be approved by Council.",
              ["Pro Vice-Chancellor (Teaching and Learning)"], "2025-03", "unrated",
              orig=D(2025, 3, 31), rev=None, word="Not started",
              upd=""),
            A("4.3", "Training for Council members on the apprenticeship funding rules and the Ofsted education inspection framework.",
              ["Apprenticeship Quality Manager"], "2025-07", "green",
              orig=D(2025, 7, 31), rev=None, word="On track",
              upd="Session booked for June Council away day."),
        ]),
    ]),
]

STATUS_FILL = {"Complete": "9BC2E6", "On track": "A9D08E", "At risk": "FFD966",
               "Off track": "FF7C80", "Not started": None}


def make_hud():
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = HUD_TITLE
    s["A1"].font = Font(bold=True, size=16)
    s["A2"] = "Summary of progress"
    s["A2"].font = Font(bold=True, size=13)
    s["A4"] = "Ofsted inspection: 21–24 May 2024 (report published 2 July 2024)"
    s["A6"] = "Status key"
    s["A6"].font = Font(bold=True)
    key = [("Complete", "Action completed and impact evidenced"),
           ("On track", "Action progressing to the target date"),
           ("At risk", "Some slippage; mitigation in place"),
           ("Off track", "Target date will be missed"),
           ("Not started", "Action not yet due to start")]
    for i, (k, v) in enumerate(key, start=7):
        c = s.cell(i, 1, k)
        if STATUS_FILL[k]:
            c.fill = fill(STATUS_FILL[k])
        s.cell(i, 2, v)
        for cc in (1, 2):
            s.cell(i, cc).border = BOX
    s["A13"] = "Position at 31 January 2025"
    s["A13"].font = Font(bold=True)
    counts = {}
    for _, recs in HUD_THEMES:
        for _, acts in recs:
            for a in acts:
                counts[a["word"]] = counts.get(a["word"], 0) + 1
    r = 14
    s.cell(r, 1, "Status").font = Font(bold=True)
    s.cell(r, 2, "Number of actions").font = Font(bold=True)
    for k, _ in key:
        r += 1
        s.cell(r, 1, k)
        s.cell(r, 2, counts.get(k, 0))
    r += 1
    s.cell(r, 1, "Total").font = Font(bold=True)
    s.cell(r, 2, sum(counts.values())).font = Font(bold=True)
    set_widths(s, {"A": 30, "B": 44})

    ws = wb.create_sheet("Action plan")
    ws["A1"] = "Apprenticeships Post-Inspection Action Plan 2024–25"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = ("Owner: Pro Vice-Chancellor (Teaching and Learning)   |   "
                "Monitored by: Apprenticeship Quality Board (bi-monthly)")
    heads = ["No.", "Ofsted recommendation", "Action", "Action owner", "Original target date",
             "Revised target date", "Progress / evidence of impact", "Status"]
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("002F5F")
        cell.alignment = WRAP
        cell.border = BOX
    r = 5
    for theme, recs in HUD_THEMES:
        ws.cell(r, 1, theme).font = Font(bold=True)
        ws.cell(r, 1).fill = fill("DDEBF7")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for rec, acts in recs:
            top = r
            ws.cell(r, 2, rec)
            for a in acts:
                ws.cell(r, 1, a["ref"])
                ws.cell(r, 3, a["action"])
                # leads written the way the plan owner typed them
                lead_txt = {
                    "1.3": "Apprenticeship Quality Manager / Employer Partnerships Manager",
                    "2.2": "Dr Helen Ward; Mark Ellison",
                }.get(a["ref"], a["lead"][0])
                ws.cell(r, 4, lead_txt)
                c = ws.cell(r, 5, a["orig"])
                if isinstance(a["orig"], dt.datetime):
                    c.number_format = "dd/mm/yyyy"
                if a["rev"] is not None:
                    c = ws.cell(r, 6, a["rev"])
                    c.number_format = "dd/mm/yyyy"
                ws.cell(r, 7, a["upd"] or None)
                c = ws.cell(r, 8, a["word"])
                if STATUS_FILL[a["word"]]:
                    c.fill = fill(STATUS_FILL[a["word"]])
                for cc in range(1, 9):
                    ws.cell(r, cc).alignment = WRAP
                    ws.cell(r, cc).border = BOX
                r += 1
            if r - 1 > top:
                ws.merge_cells(start_row=top, start_column=2, end_row=r - 1, end_column=2)
    set_widths(ws, {"A": 6, "B": 44, "C": 52, "D": 28, "E": 13, "F": 13, "G": 44, "H": 12})
    ws.freeze_panes = "A5"

    log = wb.create_sheet("Change log")
    for c, h in enumerate(["Version", "Date", "Change", "By"], start=1):
        log.cell(1, c, h).font = Font(bold=True)
    for i, row in enumerate([
        ("0.1", "15/07/2024", "First draft following publication of report", "Apprenticeship Quality Manager"),
        ("1.0", "10/09/2024", "Approved by Apprenticeship Quality Board", "Head of Apprenticeships"),
        ("1.3", "31/01/2025", "January progress update; revised dates for 1.2 and 2.2", "Apprenticeship Quality Manager"),
    ], start=2):
        for c, v in enumerate(row, start=1):
            log.cell(i, c, v)
    set_widths(log, {"A": 9, "B": 12, "C": 56, "D": 32})
    wb.save(os.path.join(HERE, HUD_FILE))


# ---------------------------------------------------------------------------
# 3. Spire Bristol Hospital - CQC must-do / should-do action plan (xlsx)
# ---------------------------------------------------------------------------
SPIRE_FILE = "lf1-spire-bristol-hospital-cqc-must-should-do-action-plan.xlsx"
SPIRE_TITLE = "Spire Bristol Hospital – CQC Inspection Action Plan: Must Do and Should Do Actions"

SPIRE = [
    ("SURGERY – MUST DO", [
        ("The service must ensure that all staff complete mandatory training, including safeguarding adults and children level 3, in line with the provider's target. (Regulation 18(2)(a))", [
            A("MD1.1", "Identify all staff below the 95% compliance target and book them onto safeguarding level 3 sessions before the end of Q3.",
              ["Head of Clinical Services"], "2024-09", "blue",
              due=D(2024, 9, 30), lead_txt="Head of Clinical Services", prev="A",
              upd="Safeguarding level 3 compliance 97% (Sept 2024)."),
            A("MD1.2", "Mandatory training compliance to be reported by department at the monthly Clinical Governance Committee, with named follow-up for non-compliance.",
              ["Ward Manager", "Theatre Manager"], "2025-03", "green",
              due=D(2025, 3, 31), lead_txt="Ward Manager / Theatre Manager", prev="G",
              upd="Standing item since October 2024."),
        ]),
        ("The service must ensure that the World Health Organization (WHO) surgical safety checklist is fully completed for every patient. (Regulation 12(1)(2)(a)(b))", [
            A("MD2.1", "Relaunch the Five Steps to Safer Surgery with all theatre teams, including observational audit of sign-in, time-out and sign-out.",
              ["Theatre Manager"], "2024-08", "blue",
              due=D(2024, 8, 31), lead_txt="Theatre Manager", prev="A",
              upd="Relaunch completed 14/08/2024; observational audit 100% (Nov–Dec)."),
            A("MD2.2", "Consultants' compliance with the WHO checklist to be reviewed at the Medical Advisory Committee and through practising privileges reviews.",
              ["Medical Advisory Committee Chair"], None, "green", end_text="Quarterly audit",
              due="Quarterly audit", lead_txt="Medical Advisory Committee Chair", prev="G",
              upd="Q3 audit presented to MAC 05/12/2024."),
        ]),
        ("The service must ensure that controlled drugs are stored and recorded in line with national guidance and the provider's policy. (Regulation 12(2)(g))", [
            A("MD3.1", "Weekly controlled drugs register checks in theatres and on the ward, with a pharmacy spot check each month.",
              ["Pharmacy Manager"], "2024-11", "amber",
              due=D(2024, 11, 30), lead_txt="Pharmacy Manager", prev="R",
              upd="Weekly checks embedded; two recording discrepancies in December under review."),
        ]),
    ]),
    ("SURGERY – SHOULD DO", [
        ("The service should ensure that resuscitation equipment checks are completed and recorded daily.", [
            A("SD1.1", "Replace paper check sheets with the electronic daily checklist and add resuscitation trolley checks to the ward manager's weekly assurance.",
              ["Resuscitation Lead"], "2024-10", "blue",
              due=D(2024, 10, 31), lead_txt="Resuscitation Lead", prev="G",
              upd="Electronic checklist in use on all areas."),
        ]),
        ("The service should consider how it monitors the consistency of patient records on the new electronic system.", [
            A("SD2.1", "Monthly record-keeping audit of 10 sets of notes per department, with results fed back at team huddles.",
              ["Digital Lead", "Head of Clinical Services"], "2025-03", "amber",
              due=D(2025, 3, 31), lead_txt="Digital Lead; Head of Clinical Services", prev="A",
              upd="Audit tool agreed; first two audits completed."),
        ]),
    ]),
    ("OUTPATIENTS – SHOULD DO", [
        ("The service should ensure that patients are kept informed of delays to clinics.", [
            A("SD3.1", "Display clinic running times on the outpatient waiting area screens and update them hourly.",
              ["Outpatients Manager"], "2024-12", "red",
              due=D(2024, 12, 31), lead_txt="Outpatients Manager", prev="A",
              upd="Screen software upgrade delayed by supplier."),
            A("SD3.2", "Add a question on waiting times to the outpatient patient satisfaction survey and report results quarterly.",
              ["Patient Experience Lead"], "2025-04", "unrated",
              due=D(2025, 4, 30), lead_txt="Patient Experience Lead", prev=None,
              upd=""),
        ]),
    ]),
]

PREV_FILL = {"G": "00B050", "A": "FFC000", "R": "FF0000", "B": "0070C0"}
CUR_FILL = {"blue": "0070C0", "green": "00B050", "amber": "FFC000", "red": "FF0000"}


def make_spire():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = SPIRE_TITLE
    ws["A1"].font = Font(bold=True, size=15, color="00558C")
    ws["A2"] = "Surgery and Outpatients core services"
    ws["A2"].font = Font(italic=True)
    ws["A3"] = ("Inspection: 16–18 April 2024   Report published: 9 July 2024   "
                "Overall rating: Good (Surgery: Requires improvement)")
    ws["A4"] = ("Accountable owner: Hospital Director   |   Reviewed monthly at Clinical Governance Committee"
                "   |   Version 4 – 20/01/2025")
    for a in ("A1:H1", "A2:H2", "A3:H3", "A4:H4"):
        ws.merge_cells(a)
    heads = ["Ref", "CQC requirement", "Action", "Lead", "Due date", "Previous RAG",
             "Current RAG", "Progress / evidence"]
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(6, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("00558C")
        cell.alignment = WRAP
        cell.border = BOX
    r = 7
    for section, reqs in SPIRE:
        ws.cell(r, 1, section).font = Font(bold=True)
        ws.cell(r, 1).fill = fill("D9D9D9")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for req, acts in reqs:
            top = r
            ws.cell(r, 2, req)
            for a in acts:
                ws.cell(r, 1, a["ref"])
                ws.cell(r, 3, a["action"])
                ws.cell(r, 4, a["lead_txt"])
                c = ws.cell(r, 5, a["due"])
                if isinstance(a["due"], dt.datetime):
                    c.number_format = "dd/mm/yyyy"
                if a["prev"]:
                    c = ws.cell(r, 6, a["prev"])
                    c.fill = fill(PREV_FILL[a["prev"]])
                    c.alignment = Alignment(horizontal="center", vertical="top")
                if a["status"] in CUR_FILL:
                    ws.cell(r, 7).fill = fill(CUR_FILL[a["status"]])
                ws.cell(r, 8, a["upd"] or None)
                for cc in range(1, 9):
                    if cc != 6:
                        ws.cell(r, cc).alignment = WRAP
                    ws.cell(r, cc).border = BOX
                r += 1
            if r - 1 > top:
                ws.merge_cells(start_row=top, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(r, 1, "RAG key").font = Font(bold=True)
    for txt, col in (("Complete – evidence of sustained compliance", "0070C0"),
                     ("On track", "00B050"),
                     ("At risk – action behind plan", "FFC000"),
                     ("Off track – escalate to Senior Management Team", "FF0000")):
        r += 1
        ws.cell(r, 1).fill = fill(col)
        ws.cell(r, 2, txt)
    set_widths(ws, {"A": 8, "B": 46, "C": 52, "D": 26, "E": 12, "F": 10, "G": 10, "H": 40})
    ws.freeze_panes = "A7"

    so = wb.create_sheet("Sign-off")
    so["A1"] = "Sign-off"
    so["A1"].font = Font(bold=True)
    for i, row in enumerate([("Role", "Name", "Date"),
                             ("Hospital Director", "", "20/01/2025"),
                             ("Director of Clinical Services", "", "20/01/2025"),
                             ("Chair, Medical Advisory Committee", "", "23/01/2025")], start=2):
        for c, v in enumerate(row, start=1):
            so.cell(i, c, v or None)
    set_widths(so, {"A": 36, "B": 24, "C": 14})
    wb.save(os.path.join(HERE, SPIRE_FILE))


# ---------------------------------------------------------------------------
# 4. Bartongate Surgery - CQC inspection action plan (docx)
# ---------------------------------------------------------------------------
BART_FILE = "lf1-bartongate-surgery-cqc-inspection-action-plan.docx"
BART_TITLE = "Bartongate Surgery – CQC Inspection Action Plan"

BART = [
    ("Requirement notice 1 – Regulation 12: Safe care and treatment", [
        ("Patients prescribed high-risk medicines (methotrexate and lithium) were not always monitored in line with national guidance.", [
            A("1", "Run monthly searches for all patients on high-risk medicines and recall any patient without up-to-date blood monitoring before the next prescription is issued.",
              ["Dr S Malik"], "2024-10", "blue", when="31/10/2024", lead_txt="Dr S Malik", word="Complete"),
        ]),
        ("The practice did not hold a complete record of the immunisation status of clinical staff.", [
            A("2a", "Collect evidence of immunisation status (hepatitis B, MMR, varicella) from all clinical staff and record it on the staff database.",
              ["Practice Manager"], "2024-12", "blue", when="December 2024", lead_txt="Practice Manager", word="Complete"),
            A("2b", "Add an immunisation check to the new starter induction checklist.",
              ["Assistant Practice Manager"], "2024-11", "blue", when="30/11/2024", lead_txt="Assistant Practice Manager", word="Complete"),
        ]),
        ("Medicines and Healthcare products Regulatory Agency (MHRA) safety alerts were not consistently actioned, and there was no record of the searches carried out.", [
            A("3", "Set up a safety alert log showing the searches run, patients identified and action taken for each alert, reviewed at the weekly clinical meeting.",
              ["Clinical Pharmacist", "Dr P Rowe"], "2024-11", "blue", when="End of November 2024",
              lead_txt="Clinical Pharmacist & Dr P Rowe", word="Complete"),
        ]),
    ]),
    ("Requirement notice 2 – Regulation 17: Good governance", [
        ("Systems to monitor staff training were not effective; several staff were overdue safeguarding and basic life support training.", [
            A("4", "Introduce a training matrix with automatic reminders and book all overdue staff onto safeguarding and basic life support training.",
              ["Practice Manager"], "2025-03", "green", when="Q4 2024/25", lead_txt="Practice Manager", word="On track"),
        ]),
        ("A number of practice policies were out of date and had not been reviewed.", [
            A("5", "Review and re-issue all clinical and HR policies, with a review date and named owner for each.",
              ["Assistant Practice Manager"], "2025-02", "amber", when="28 February 2025",
              lead_txt="Assistant Practice Manager", word="Behind schedule"),
        ]),
        ("The practice did not have an effective system for recording and learning from significant events.", [
            A("6", "Significant events to be logged on a single register, discussed at the monthly practice meeting and learning shared with all staff by email.",
              ["Dr S Malik", "Practice Manager"], None, "green", end_text="Ongoing – reviewed monthly",
              when="Ongoing – reviewed monthly", lead_txt="Dr S Malik / Practice Manager", word="On track"),
        ]),
    ]),
    ("Areas where the practice should improve", [
        ("Continue to improve the uptake of cervical screening.", [
            A("7", "Offer Saturday morning screening clinics and send text reminders to eligible patients who have not responded to two invitations.",
              ["Nurse Lead"], "2025-03", "green", when="March 2025", lead_txt="Nurse Lead", word="On track"),
        ]),
        ("Take action to improve patient satisfaction with telephone access.", [
            A("8", "Move to a cloud-based telephone system with call-back and queue position, and repeat the practice's own access survey six months later.",
              ["Practice Manager"], "2025-06", "unrated", when="June 2025", lead_txt="Practice Manager", word="Not started"),
        ]),
    ]),
]


def shade(cell, hex6):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex6)
    tcPr.append(shd)


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, m, Cm(1.8))


def header_row(table, heads, colour):
    for i, h in enumerate(heads):
        c = table.rows[0].cells[i]
        c.text = h
        for p in c.paragraphs:
            for run in p.runs:
                run.bold = True
        shade(c, colour)


def make_bart():
    doc = Document()
    landscape(doc)
    doc.add_paragraph(BART_TITLE, style="Title")
    doc.add_paragraph("Inspection date: 10 September 2024  |  Report published: 29 October 2024  |  "
                      "Overall rating: Requires improvement")
    doc.add_paragraph("Prepared by: Practice Manager  |  Agreed at partners' meeting: 12 November 2024  |  "
                      "Last updated: 4 February 2025")
    doc.add_paragraph("This plan sets out how the practice is responding to the two requirement notices "
                      "and the areas for improvement in the CQC report. It is shared with the Patient "
                      "Participation Group and the Gloucestershire ICB primary care team.")
    p = doc.add_paragraph()
    p.add_run("Status key: ").bold = True
    p.add_run("Complete · On track · Behind schedule (amber) · Not started")
    heads = ["No.", "What CQC found", "Action we will take", "Who", "By when", "Status"]
    for section, findings in BART:
        doc.add_heading(section, level=2)
        nrows = 1 + sum(len(a) for _, a in findings)
        t = doc.add_table(rows=nrows, cols=6)
        t.style = "Table Grid"
        header_row(t, heads, "D9E2F3")
        r = 1
        for finding, acts in findings:
            top = r
            t.cell(r, 1).text = finding
            for a in acts:
                t.cell(r, 0).text = a["ref"]
                t.cell(r, 2).text = a["action"]
                t.cell(r, 3).text = a["lead_txt"]
                t.cell(r, 4).text = a["when"]
                t.cell(r, 5).text = a["word"]
                r += 1
            if r - 1 > top:
                t.cell(top, 1).merge(t.cell(r - 1, 1))
        for row in t.rows:
            for w, c in zip((Cm(1.2), Cm(6.5), Cm(8), Cm(3.6), Cm(3), Cm(2.6)), row.cells):
                c.width = w
    doc.add_paragraph()
    doc.add_paragraph("Progress against this plan is reviewed at the monthly practice meeting. "
                      "Evidence for completed actions is held in the CQC folder on the shared drive.")
    doc.save(os.path.join(HERE, BART_FILE))


# ---------------------------------------------------------------------------
# 5. Woodbourne Priory Hospital - CQC mental health must/should do (txt, tab-separated)
# ---------------------------------------------------------------------------
WOOD_FILE = "lf1-woodbourne-priory-hospital-cqc-mental-health-must-should-do-action-plan.txt"
WOOD_TITLE = "Woodbourne Priory Hospital – CQC Action Plan (Must Do / Should Do)"

WOOD = [
    ("MUST DO ACTIONS", [
        ("The provider must ensure that staff on Aspen ward complete and record patient observations at the frequency set out in each patient's care plan. (Regulation 12)", [
            A("MD01", "Introduce electronic observation records on Aspen ward with on-screen prompts when an observation is overdue.",
              ["Ward Manager – Aspen"], "2023-07", "blue", when="31/07/2023", lead_txt="Ward Manager – Aspen", rag="B",
              upd="Live from 17/07/2023. Audit 98% compliant (Aug-Oct)."),
            A("MD02", "Weekly observation audit on Aspen ward, reviewed at the ward governance meeting.",
              ["Ward Manager – Aspen", "Matron"], None, "green", end_text="Ongoing", when="Ongoing",
              lead_txt="Ward Manager – Aspen; Matron", rag="G",
              upd="Audit in place; results on ward governance agenda."),
        ]),
        ("The provider must ensure that ligature risk assessments are up to date and that staff on every ward know the mitigations in place. (Regulation 12)", [
            A("MD03", "Complete annual ligature risk assessments for all seven wards and brief staff on the ward-specific mitigations at handover.",
              ["Estates Manager", "Ward Managers"], "2023-09", "blue", when="Sep-23",
              lead_txt="Estates Manager / Ward Managers", rag="B",
              upd="All assessments signed off 22/09/2023; briefing recorded on each ward."),
        ]),
        ("The provider must ensure that governance processes identify and address gaps in care records and risk assessments. (Regulation 17)", [
            A("MD04", "Monthly care record audit across all wards, with results and themes reported to the Clinical Governance Committee.",
              ["Director of Clinical Services"], "2023-09", "green", when="30/09/2023",
              lead_txt="Director of Clinical Services", rag="G",
              upd="September and October audits completed; action plans per ward."),
            A("MD05", "Refresh risk assessment training for all registered nurses, with completion tracked through Priory Academy.",
              ["Head of Learning and Development"], "2023-12", "amber", when="31/12/2023",
              lead_txt="Head of Learning and Development", rag="A",
              upd="64% complete; additional sessions booked for November."),
        ]),
    ]),
    ("SHOULD DO ACTIONS", [
        ("The provider should ensure that young people on Mulberry ward receive their full timetable of education.", [
            A("SD01", "Recruit to the vacant teacher post and agree cover arrangements with the hospital school.",
              ["Head of Education"], "2024-01", "amber", when="Jan-24", lead_txt="Head of Education", rag="A",
              upd="Interviews 14/11/2023. Supply cover in place."),
        ]),
        ("The provider should ensure that families and carers are involved in care planning where patients consent.", [
            A("SD02", "Add a carer involvement prompt to the care plan template and audit carer involvement quarterly.",
              ["Family and Carer Lead"], "2023-10", "green", when="31/10/2023", lead_txt="Family and Carer Lead", rag="G",
              upd="Template changed; first audit due December."),
        ]),
        ("The provider should ensure that clinic room fridge temperatures are monitored and action is taken when they are out of range.", [
            A("SD03", "Replace clinic fridge thermometers on Oak and Maple wards with data-logging units.",
              ["Pharmacist"], "2023-08", "blue", when="31/08/2023", lead_txt="Pharmacist", rag="B",
              upd="Data loggers installed 09/08/2023."),
        ]),
        ("The provider should ensure that all staff receive regular supervision.", [
            A("SD04", "Ward managers to review the supervision tracker monthly, with compliance reported to the Senior Management Team.",
              ["Hospital Director"], "2023-12", "red", when="Dec 2023", lead_txt="Hospital Director", rag="R",
              upd="Compliance 71% in October; recovery plan agreed at SMT."),
        ]),
    ]),
]

WOOD_KEY_LINE = "RAG key: B = complete and assured; G = on track; A = at risk of slipping; R = off track / overdue"


def wood_lines():
    """Return the file's lines (without newline). Line numbers are 1-based indexes."""
    lines = [
        WOOD_TITLE,
        "Inspection: 10–12 January 2023\tReport published: 28 June 2023\tProvider: Priory Healthcare Limited",
        "Exported from Action Tracker: 06/11/2023 09:14",
        "",
        "ID\tRequirement\tAction\tAction owner\tTarget date\tRAG\tUpdate",
    ]
    counts = {}
    for section, reqs in WOOD:
        lines.append(section + "\t" * 6)
        for req, acts in reqs:
            for i, a in enumerate(acts):
                lines.append("\t".join([a["ref"], req if i == 0 else "", a["action"], a["lead_txt"],
                                        a["when"], a["rag"], a["upd"]]))
                counts[a["rag"]] = counts.get(a["rag"], 0) + 1
    lines.append("")
    lines.append(WOOD_KEY_LINE)
    lines.append("Total actions: %d\tComplete: %d\tOn track: %d\tAt risk: %d\tOff track: %d" % (
        sum(counts.values()), counts.get("B", 0), counts.get("G", 0), counts.get("A", 0), counts.get("R", 0)))
    return lines


def make_wood():
    with open(os.path.join(HERE, WOOD_FILE), "w", encoding="utf-8", newline="\r\n") as f:
        f.write("\n".join(wood_lines()) + "\n")


# ---------------------------------------------------------------------------
# 6. Sir Robert Woodard Academy - post-Ofsted action plan (csv)
# ---------------------------------------------------------------------------
SRWA_FILE = "lf1-sir-robert-woodard-academy-post-ofsted-action-plan.csv"
SRWA_TITLE = "Sir Robert Woodard Academy – Post-Ofsted Action Plan 2024–25"

SRWA = [
    ("QUALITY OF EDUCATION", [
        ("Area for improvement 1: Leaders should ensure that the curriculum in all subjects identifies the important knowledge pupils need to learn and the order in which they should learn it.", [
            A("1.1", "Subject leaders to revise Key Stage 3 curriculum plans so that they set out the essential knowledge for each unit and the order in which it is taught.",
              ["DHT (Curriculum)"], "2024-07", "green", when="Summer term 2024", lead_txt="DHT (Curriculum)", rag="Green",
              crit="Revised plans in place for all subjects; pupils can recall prior learning in book looks and pupil voice."),
            A("1.2", "Trust subject network leads to quality assure the revised plans in geography, history and MFL.",
              ["Trust Director of Education"], "2024-12", "amber", when="Autumn term 2024", lead_txt="Trust Director of Education", rag="Amber",
              crit="QA reports received; actions from QA completed."),
            A("1.3", "Fortnightly CPD for all teaching staff on retrieval practice and checking for understanding.",
              ["Assistant Headteacher (T&L)"], None, "green", end_text="Termly", when="Termly",
              lead_txt="Assistant Headteacher (T&L)", rag="Green",
              crit="Learning walks show retrieval practice in at least 80% of lessons."),
        ]),
        ("Area for improvement 2: Leaders should ensure that pupils with special educational needs and/or disabilities (SEND) receive the support they need to access the full curriculum.", [
            A("2.1", "Rewrite pupil passports with specific classroom strategies and share them with all staff via Arbor.",
              ["SENDCo"], "2024-06", "green", when="30/06/2024", lead_txt="SENDCo", rag="Green",
              crit="All pupils on the SEND register have an up-to-date passport; strategies seen in lessons."),
            A("2.2", "Deploy teaching assistants to the Key Stage 3 English and maths classes with the highest proportion of pupils with SEND.",
              ["SENDCo", "Business Manager"], "2024-09", "green", when="September 2024",
              lead_txt="SENDCo / Business Manager", rag="Green",
              crit="TA timetable published; progress of pupils with SEND in line with peers at Autumn data drop."),
        ]),
    ]),
    ("BEHAVIOUR AND ATTITUDES", [
        ("Area for improvement 3: Leaders should reduce the high rates of persistent absence, particularly for disadvantaged pupils.", [
            A("3.1", "Appoint an attendance officer and hold weekly attendance panels for pupils whose attendance is below 90%.",
              ["JWi", "KPa"], "2024-07", "green", when="Summer term 2024", lead_txt="JWi & KPa", rag="Green",
              crit="Persistent absence falls below 20%; gap for disadvantaged pupils narrows."),
            A("3.2", "Work with the local authority Education Welfare Service on fixed-penalty notices and early help referrals.",
              ["Attendance Officer"], "2025-04", "amber", when="Spring term 2025", lead_txt="Attendance Officer", rag="Amber",
              crit="Referral pathway agreed with the LA; all eligible cases referred within two weeks."),
        ]),
    ]),
    ("LEADERSHIP AND MANAGEMENT", [
        ("Area for improvement 4: Governors should hold leaders to account more rigorously for the impact of their actions on pupils' outcomes.", [
            A("4.1", "Governor link visits for each area for improvement, with a written report to every Local Governing Body meeting.",
              ["Chair of LGB"], None, "green", end_text="Ongoing", when="Ongoing", lead_txt="Chair of LGB", rag="Green",
              crit="Minutes show governors questioning the impact of actions."),
            A("4.2", "Commission an external review of governance from the trust.",
              ["Trust Governance Lead"], "2024-12", "unrated", when="December 2024", lead_txt="Trust Governance Lead", rag="",
              crit="Review completed and recommendations added to this plan."),
        ]),
    ]),
]


def srwa_rows():
    rows = [
        [SRWA_TITLE, "", "", "", "", ""],
        ["Inspection: 5–6 March 2024 (Requires improvement). Agreed by the Local Governing Body 25 April 2024. "
         "RAG position at 10 July 2024.", "", "", "", "", ""],
        ["", "", "", "", "", ""],
        ["Ref", "Action", "Lead(s)", "Timescale", "Success criteria", "RAG"],
    ]
    for area, afis in SRWA:
        rows.append([area, "", "", "", "", ""])
        for afi, acts in afis:
            rows.append([afi, "", "", "", "", ""])
            for a in acts:
                rows.append([a["ref"], a["action"], a["lead_txt"], a["when"], a["crit"], a["rag"]])
    rows.append(["", "", "", "", "", ""])
    rows.append(["Key: Green = on track or achieved; Amber = some progress, needs attention; Red = not yet on track",
                 "", "", "", "", ""])
    return rows


def make_srwa():
    with open(os.path.join(HERE, SRWA_FILE), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for row in srwa_rows():
            w.writerow(row)


# ---------------------------------------------------------------------------
# 7. Pharmaceutical Society NI - PSA performance review action plan (docx)
# ---------------------------------------------------------------------------
PSNI_FILE = "lf1-pharmaceutical-society-ni-psa-performance-review-improvement-action-plan.docx"
PSNI_TITLE = "PSA Performance Review 2023/24 – Improvement Action Plan"

PSNI = [
    ("Standard 1 – The regulator provides accurate, fully accessible information about its registrants, regulatory requirements, guidance, processes and decisions", [
        ("Council papers were not published in advance of Council meetings and contained minimal information about the PSNI's work.", [
            A("1.1", "Publish all public Council papers on the website no later than five working days before each meeting.",
              ["Head of Governance"], "2025-04", "green", when="April 2025", lead_txt="Head of Governance", rag="Green"),
            A("1.2", "Introduce a standard Chief Executive's operational report to each public Council meeting covering all statutory functions.",
              ["Chief Executive"], "2025-06", "green", when="June 2025", lead_txt="Chief Executive", rag="Green"),
        ]),
    ]),
    ("Standard 3 – The regulator understands the diversity of its registrants and their patients and service users and of others who interact with the regulator and ensures that its processes do not impose inappropriate barriers or otherwise disadvantage people with protected characteristics", [
        ("The PSNI does not collect or analyse diversity data about its registrants or its Council and Committee members.", [
            A("3.1", "Add optional equality monitoring questions to the 2025/26 registration renewal.",
              ["Head of Registration"], "2025-05", "amber", when="31 May 2025", lead_txt="Head of Registration", rag="Amber"),
            A("3.2", "Report to Council on the diversity of registrants and of Council and Committee members, with analysis and proposed actions.",
              ["Head of Policy", "Head of Registration"], "2025-12", "unrated", when="Q3 2025/26",
              lead_txt="Head of Policy / Head of Registration", rag=""),
        ]),
        ("There was no EDI action plan setting out how the PSNI would meet its equality duties.", [
            A("3.3", "Develop and consult on an Equality, Diversity and Inclusion Strategy and Action Plan 2025–2028.",
              ["Head of Policy"], "2025-09", "green", when="September 2025", lead_txt="Head of Policy", rag="Green"),
        ]),
    ]),
    ("Standard 4 – The regulator reports on its performance and addresses concerns identified about it and considers the implications for it of findings of public inquiries and other relevant reports about healthcare regulatory issues", [
        ("The PSNI did not respond to information requests from the PSA in a timely way.", [
            A("4.1", "Appoint a single point of contact for PSA information requests and track response deadlines on the corporate action log.",
              ["Director of Operations"], "2025-01", "blue", when="January 2025", lead_txt="Director of Operations", rag="Blue"),
        ]),
        ("Council received limited information about performance against the PSNI's strategic objectives.", [
            A("4.2", "Introduce a quarterly corporate performance report to Council with KPIs for registration, education and fitness to practise.",
              ["Director of Operations"], "2025-06", "green", when="30 June 2025", lead_txt="Director of Operations", rag="Green"),
        ]),
    ]),
    ("Standard 10 – The regulator maintains and publishes an accurate register of those who meet its requirements including any restrictions on their practice", [
        ("Errors were identified on the published register, including entries whose annotations had not been updated.", [
            A("10.1", "Complete a full reconciliation of the published register against the registration database.",
              ["Head of Registration"], "2025-03", "amber", when="31 March 2025", lead_txt="Head of Registration", rag="Amber"),
            A("10.2", "Introduce a second-person check for all register amendments and a monthly sample audit.",
              ["Head of Registration"], "2025-02", "blue", when="February 2025", lead_txt="Head of Registration", rag="Blue"),
        ]),
    ]),
    ("Standard 15 – The regulator's process for examining and investigating cases is fair, proportionate, deals with cases as quickly as is consistent with a fair resolution of the case and ensures that appropriate evidence is available to support decision-makers to reach a fair decision that protects the public at each stage of the process", [
        ("The time taken to progress fitness to practise cases increased and the number of older open cases rose.", [
            A("15.1", "Commission external legal support to clear the backlog of cases more than 52 weeks old.",
              ["Head of Fitness to Practise"], "2025-12", "red", when="December 2025",
              lead_txt="Head of Fitness to Practise", rag="Red"),
            A("15.2", "Implement a case progression framework with target timescales for each stage, reported monthly to the Senior Leadership Team.",
              ["Head of Fitness to Practise"], "2025-06", "amber", when="Q1 2025/26",
              lead_txt="Head of Fitness to Practise", rag="Amber"),
        ]),
    ]),
]

PSNI_SHADE = {"Green": "92D050", "Amber": "FFC000", "Red": "FF0000", "Blue": "00B0F0"}


def make_psni():
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    run = p.add_run("Pharmaceutical Society NI")
    run.bold = True
    run.font.size = Pt(14)
    run.font.color.rgb = RGBColor(0x00, 0x5E, 0x7E)
    doc.add_paragraph("Council meeting – 11 March 2025 – Agenda item 9 (Public business)")
    doc.add_paragraph(PSNI_TITLE, style="Title")

    ctrl = doc.add_table(rows=5, cols=2)
    ctrl.style = "Table Grid"
    for i, (k, v) in enumerate([("Document owner", "Chief Executive"), ("Version", "2.0"),
                                ("Date", "26 February 2025"), ("Status", "For approval"),
                                ("Previous version", "1.0 – noted by Council, 10 December 2024")]):
        ctrl.cell(i, 0).text = k
        ctrl.cell(i, 1).text = v
        shade(ctrl.cell(i, 0), "DEEAF6")

    doc.add_heading("1. Purpose", level=1)
    doc.add_paragraph("To seek Council's approval of the action plan responding to the Professional Standards "
                      "Authority's performance review of the Pharmaceutical Society NI, and to report progress "
                      "since the draft plan was noted in December 2024.")
    doc.add_heading("2. Background", level=1)
    doc.add_paragraph("The PSA concluded that the Pharmaceutical Society NI did not meet seven of the 18 Standards "
                      "of Good Regulation. This plan sets out the actions against the five Standards where the "
                      "PSA's findings require a specific operational response; Standards 2 and 16 are addressed "
                      "through the Corporate Strategy 2025–2030.")
    doc.add_paragraph("RAG key:")
    key = doc.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    for i, (k, v) in enumerate([("Blue", "Complete"), ("Green", "On track"),
                                ("Amber", "At risk – mitigations in place"), ("Red", "Off track – escalated to Council")]):
        key.cell(i, 0).text = k
        shade(key.cell(i, 0), PSNI_SHADE[k])
        key.cell(i, 1).text = v

    doc.add_heading("3. Action plan", level=1)
    heads = ["Ref", "PSA finding", "Action", "Owner", "Target date", "RAG"]
    for std, findings in PSNI:
        doc.add_heading(std, level=2)
        nrows = 1 + sum(len(a) for _, a in findings)
        t = doc.add_table(rows=nrows, cols=6)
        t.style = "Table Grid"
        header_row(t, heads, "005E7E")
        for c in t.rows[0].cells:
            for run in c.paragraphs[0].runs:
                run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        r = 1
        for finding, acts in findings:
            top = r
            t.cell(r, 1).text = finding
            for a in acts:
                t.cell(r, 0).text = a["ref"]
                t.cell(r, 2).text = a["action"]
                t.cell(r, 3).text = a["lead_txt"]
                t.cell(r, 4).text = a["when"]
                t.cell(r, 5).text = a["rag"]
                if a["rag"]:
                    shade(t.cell(r, 5), PSNI_SHADE[a["rag"]])
                r += 1
            if r - 1 > top:
                t.cell(top, 1).merge(t.cell(r - 1, 1))
        for row in t.rows:
            for w, c in zip((Cm(1.3), Cm(6.5), Cm(8.5), Cm(3.8), Cm(2.8), Cm(1.8)), row.cells):
                c.width = w
    doc.add_paragraph()
    doc.add_paragraph("Note: target dates given as a quarter refer to the Pharmaceutical Society NI's financial "
                      "year (April to March). Actions without a RAG rating have not yet started.")
    doc.add_heading("4. Recommendation", level=1)
    doc.add_paragraph("Council is asked to approve the action plan and to receive a progress update at each "
                      "meeting until all actions are complete.")
    so = doc.add_table(rows=2, cols=3)
    so.style = "Table Grid"
    for i, h in enumerate(["Approved by", "Role", "Date"]):
        so.cell(0, i).text = h
    so.cell(1, 1).text = "President"
    doc.save(os.path.join(HERE, PSNI_FILE))


def main():
    make_boston()
    make_hud()
    make_spire()
    make_bart()
    make_wood()
    make_srwa()
    make_psni()
    print("built 7 files in", HERE)


if __name__ == "__main__":
    main()
