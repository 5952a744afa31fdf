#!/usr/bin/env python3
"""Build the seven zfy- blind cases (data files + expected readings) for set heldout823."""
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

FILL = {
    "R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0",
    "head": "1F3864", "theme": "D9E1F2", "grey": "E7E6E6",
}


def path(name):
    return os.path.join(HERE, name)


def write_expected(name, exp):
    with open(path(name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(exp, f, sort_keys=False, allow_unicode=True, width=4096)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


def xfill(c):
    return PatternFill("solid", start_color=c, end_color=c)


thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


# ---------------------------------------------------------------- 1. Bury (xlsx)
def bury():
    name = "zfy-bury-council-asc-cqc-assessment-improvement-plan.xlsx"
    title = "Bury Council Adult Social Care Improvement Plan 2025/26"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=16, color=FILL["head"])
    cov["A2"] = "Response to the CQC Local Authority Assessment"
    cov["A2"].font = Font(italic=True, size=12)
    rows = [
        ("Overall CQC rating:", "Requires improvement"),
        ("Assessment report published:", "July 2025"),
        ("Plan owner:", "Executive Director (Health and Adult Care)"),
        ("Governance:", "ASC Improvement Board (monthly); Health Scrutiny Committee (quarterly)"),
    ]
    for i, (k, v) in enumerate(rows, start=4):
        cov.cell(i, 1, k).font = Font(bold=True)
        cov.cell(i, 2, v)
    cov["A9"] = "Version control"
    cov["A9"].font = Font(bold=True, size=12)
    for j, h in enumerate(["Version", "Date", "Author", "Summary of changes"], start=1):
        c = cov.cell(10, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = xfill(FILL["head"])
    vers = [
        ("0.3", dt.datetime(2025, 8, 12), "ASC Performance and Improvement Team", "Draft for Department Management Team"),
        ("1.0", dt.datetime(2025, 9, 3), "ASC Performance and Improvement Team", "Approved by ASC Improvement Board"),
        ("1.2", dt.datetime(2025, 11, 4), "ASC Performance and Improvement Team", "October 2025 progress update; revised dates for 1.2 and 3.1"),
    ]
    for i, v in enumerate(vers, start=11):
        for j, x in enumerate(v, start=1):
            c = cov.cell(i, j, x)
            c.border = BOX
            if isinstance(x, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    cov["A15"] = "RAG key"
    cov["A15"].font = Font(bold=True, size=12)
    key = [
        ("B", "Complete – action delivered and evidence of impact"),
        ("G", "On track to deliver by target date"),
        ("A", "Some slippage – revised target date agreed"),
        ("R", "Off track – escalated to ASC Improvement Board"),
    ]
    for i, (k, v) in enumerate(key, start=16):
        c = cov.cell(i, 1, k)
        c.fill = xfill(FILL[k])
        c.font = Font(bold=True, color="FFFFFF")
        c.alignment = Alignment(horizontal="center")
        cov.cell(i, 2, v)
    cov.column_dimensions["A"].width = 30
    cov.column_dimensions["B"].width = 70
    cov.column_dimensions["C"].width = 36
    cov.column_dimensions["D"].width = 60

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = "CQC Assessment Improvement Plan – progress as at 31 October 2025"
    ws["A1"].font = Font(bold=True, size=14)
    hdr = ["Ref", "CQC area for improvement", "Action", "Lead(s)", "Original target",
           "Revised target", "Previous RAG", "Current RAG", "Progress update (October 2025)"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(3, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = xfill(FILL["head"])
        c.alignment = WRAP
        c.border = BOX

    T1 = "Theme 1: Working with people"
    T2 = "Theme 2: Providing support"
    T3 = "Theme 3: Ensuring safety within the system"
    T4 = "Theme 4: Leadership"
    F1 = ("People waited too long for Care Act assessments, particularly in the Occupational Therapy and "
          "Learning Disability teams, and did not always receive updates while they were waiting.")
    F2 = ("Unpaid carers told CQC that carers’ assessments were inconsistent and that they did not know "
          "what support was available to them.")
    F3 = ("Choice of home care in the north of the borough was limited and some people had to wait for a "
          "package of care to start.")
    F4 = ("Partnership working with the VCFSE sector was positive but was not consistently used to "
          "prevent, reduce or delay need.")
    F5 = ("Transitions for young people moving to adult services were not always well planned and "
          "started too late.")
    F5b = ("Some people were discharged from hospital without the right support in place, and the council had "
           "limited assurance about the quality of discharge decisions.")
    F6 = ("Staff and leaders did not always have reliable performance data to understand demand, "
          "waiting times and outcomes.")
    F7 = ("Learning from complaints, safeguarding adults reviews and case file audits was not "
          "consistently fed back into practice.")

    # (ref, finding, action, lead cell, lead list, orig, revised, prev, curr, update, end, end_text, status)
    A = [
        ("theme", T1),
        ("1.1", F1,
         "Implement a single waiting list triage and ‘waiting well’ contact process across all locality teams, "
         "so that people are contacted at least every six weeks while they wait.",
         "Head of Adult Social Care Operations", ["Head of Adult Social Care Operations"],
         dt.datetime(2025, 12, 31), None, "A", "G",
         "Triage tool live in all four localities since 1 September. 92% of people waiting contacted within six weeks in October.",
         "2025-12", None, "green"),
        ("1.2", None,
         "Reduce the Occupational Therapy waiting list through a dedicated assessment clinic at Killelea and a "
         "trusted assessor model with Persona Care and Support.",
         "Principal Occupational Therapist / Head of Adult Social Care Operations",
         ["Principal Occupational Therapist", "Head of Adult Social Care Operations"],
         dt.datetime(2025, 11, 30), "March 2026", "G", "A",
         "Clinic running two days a week. Trusted assessor training delayed by Persona staffing; revised date agreed at Board 23/09/2025.",
         "2026-03", None, "amber"),
        ("1.3", F2,
         "Refresh the Carers Strategy with Bury Carers’ Centre and introduce a quarterly audit of the quality of carers’ assessments.\n"
         "• Co-produce the refreshed strategy with the Carers Partnership Board\n"
         "• Publish a clear carers’ offer on the Bury Directory",
         "Commissioning Manager (Prevention) & Carers Lead",
         ["Commissioning Manager (Prevention)", "Carers Lead"],
         "Q4 2025/26", None, "A", "A",
         "Co-production workshops held in September and October. First audit sample of 25 assessments completed; report due to Board in December.",
         "2026-03", None, "amber"),
        ("theme", T2),
        ("2.1", F3,
         "Re-commission home care on a zoned model with additional capacity in Ramsbottom and Tottington, "
         "and monitor hand-back rates monthly.",
         "Director of Community Commissioning", ["Director of Community Commissioning"],
         dt.datetime(2026, 4, 30), None, "G", "G",
         "Tender evaluation complete. Contracts to start 1 April 2026 with mobilisation in March.",
         "2026-04", None, "green"),
        ("2.2", F4,
         "Agree a joint prevention offer with VCFSE partners through the Bury Integrated Care Partnership and embed "
         "social prescribing referrals at the Adult Social Care front door.",
         "AH/JS", ["AH", "JS"],
         "Sept 2025", None, "G", "B",
         "Prevention offer signed off by the ICP Board on 18 September 2025. Social prescribing link workers now based in Care, Connect and Direct.",
         "2025-09", None, "blue"),
        ("theme", T3),
        ("3.1", F5,
         "Establish a Preparing for Adulthood panel from age 14 with Children’s Services and make sure every young "
         "person open to the 0–25 team has a transition plan by the age of 17½.",
         "Head of Service – Learning Disability and Preparing for Adulthood",
         ["Head of Service – Learning Disability and Preparing for Adulthood"],
         dt.datetime(2025, 10, 31), dt.datetime(2026, 1, 31), "A", "R",
         "Panel terms of reference agreed but only 61% of young people aged 17½ have a plan. Escalated to ASC Improvement Board.",
         "2026-01", None, "red"),
        ("3.2", F5b,
         "Introduce a joint audit of the hospital discharge pathway with the Northern Care Alliance to test whether "
         "people leave hospital safely and with the right support in place.",
         "Principal Social Worker", ["Principal Social Worker"],
         "31/03/2026", None, None, "G",
         "New action added September 2025. Audit tool agreed with NCA; first audit planned for December.",
         "2026-03", None, "green"),
        ("theme", T4),
        ("4.1", F6,
         "Deliver the ASC performance dashboard in Power BI, with team-level data on waiting times, reviews and "
         "safeguarding timeliness.",
         "Head of Performance and Intelligence", ["Head of Performance and Intelligence"],
         dt.datetime(2025, 12, 31), None, "G", "G",
         "Dashboard in testing with team managers. Safeguarding data to be added in November.",
         "2025-12", None, "green"),
        ("4.2", F7,
         "Launch a quarterly ASC Learning and Improvement Forum and publish a ‘You said, we did’ summary for staff and residents.",
         "Principal Social Worker; Head of Quality Assurance",
         ["Principal Social Worker", "Head of Quality Assurance"],
         "Ongoing (quarterly)", None, "G", "G",
         "Second forum held 16 October 2025 on learning from SAR Adult G.",
         None, "Ongoing (quarterly)", "green"),
    ]
    expected = []
    r = 4
    theme = None
    finding_start = {}
    cur_f = None
    merge_from = None
    for item in A:
        if item[0] == "theme":
            theme = item[1]
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            c = ws.cell(r, 1, theme)
            c.font = Font(bold=True, size=12)
            c.fill = xfill(FILL["theme"])
            r += 1
            continue
        (ref, f, text, leadcell, leads, orig, rev, prev, curr, upd, end, end_text, status) = item
        if f is not None:
            cur_f = f
            merge_from = r
            ws.cell(r, 2, f)
        else:
            ws.merge_cells(start_row=merge_from, start_column=2, end_row=r, end_column=2)
        vals = {1: ref, 3: text, 4: leadcell, 5: orig, 6: rev, 7: prev, 8: curr, 9: upd}
        for col, v in vals.items():
            if v is not None:
                c = ws.cell(r, col, v)
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
        for col in range(1, 10):
            ws.cell(r, col).alignment = WRAP
            ws.cell(r, col).border = BOX
        for col, v in ((7, prev), (8, curr)):
            if v:
                ws.cell(r, col).fill = xfill(FILL[v])
                ws.cell(r, col).alignment = Alignment(horizontal="center", vertical="top")
        expected.append(act(ref, [theme, cur_f], text, leads, end, status, end_text))
        r += 1
    r += 1
    ws.cell(r, 1, "Notes: Action 2.2 and action 3.2 are also tracked on the Bury Integrated Care Partnership delivery plan. "
                  "Revised target dates were agreed by the ASC Improvement Board on 23 September 2025.").font = Font(italic=True)
    widths = [7, 40, 60, 30, 12, 12, 10, 10, 55]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[chr(64 + j)].width = w
    ws.freeze_panes = "A4"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "RAG summary – current position (October 2025)"
    sm["A1"].font = Font(bold=True, size=12)
    for j, h in enumerate(["Theme", "Blue", "Green", "Amber", "Red", "Total"], start=1):
        sm.cell(3, j, h).font = Font(bold=True)
    summ = [(T1, 0, 1, 2, 0), (T2, 1, 1, 0, 0), (T3, 0, 1, 0, 1), (T4, 0, 2, 0, 0)]
    for i, (t, b, g, a, rr) in enumerate(summ, start=4):
        sm.cell(i, 1, t)
        for j, v in enumerate([b, g, a, rr], start=2):
            sm.cell(i, j, v)
        sm.cell(i, 6, f"=SUM(B{i}:E{i})")
    sm.cell(8, 1, "Total").font = Font(bold=True)
    for j in range(2, 7):
        col = chr(64 + j)
        sm.cell(8, j, f"=SUM({col}4:{col}7)").font = Font(bold=True)
    sm.column_dimensions["A"].width = 45
    wb.save(path(name))

    write_expected(name, {
        "source": ("Bury Council (Greater Manchester metropolitan borough), adult social care improvement plan responding to its CQC "
                   "local authority assessment, 2025/26. Bury's own plan was not found; its ASC performance and CQC-preparedness "
                   "reports (councildecisions.bury.gov.uk, 2023-2025) and other councils' published CQC ASC improvement plans "
                   "(e.g. B&NES Cabinet decision 2324, democracy.bathnes.gov.uk) were the model. Copied features: cover sheet with "
                   "plan owner, version-control table and RAG letter key (B/G/A/R); plan sheet grouped by the four CQC themes as merged "
                   "full-width shaded rows; CQC area-for-improvement text merged down over its actions; original and revised target "
                   "columns; previous and current RAG letters with fill colours; two posts or initials in one lead cell; a bulleted "
                   "action cell; notes line; separate RAG summary sheet with totals."),
        "reads": ("A three-sheet workbook: a cover, the improvement plan and a RAG summary. The plan has nine numbered actions under "
                  "four CQC theme rows, each answering a CQC area for improvement shown beside it, with a lead, original and revised "
                  "target dates and previous and current RAG; the current RAG and the revised date are the ones that count."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------- helpers for docx
def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, white=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)
        if white:
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)


# ---------------------------------------------------------------- 2. Southend (docx)
def southend():
    name = "zfy-southend-on-sea-city-council-corporate-peer-challenge-action-plan.docx"
    title = "LGA Corporate Peer Challenge – Action Plan"
    doc = Document()
    p = doc.add_paragraph()
    r = p.add_run("Southend-on-Sea City Council")
    r.bold = True
    r.font.size = Pt(14)
    doc.add_heading(title, level=0)
    doc.add_paragraph("Peer challenge on site: 11–14 October 2022. Action plan agreed by Cabinet: February 2023. "
                      "Position as at 30 November 2023, prepared for the LGA Progress Review (December 2023).")

    doc.add_heading("Document control", level=2)
    dc = doc.add_table(rows=4, cols=2)
    dc.style = "Table Grid"
    for i, (k, v) in enumerate([("Document owner", "Chief Executive"), ("Version", "4.0"),
                                ("Last updated", "30 November 2023"),
                                ("Reported to", "Cabinet; Policy and Resources Scrutiny Committee")]):
        set_cell(dc.cell(i, 0), k, bold=True)
        shade(dc.cell(i, 0), FILL["grey"])
        set_cell(dc.cell(i, 1), v)

    doc.add_paragraph()
    doc.add_paragraph("The peer team made nine recommendations. They are grouped below under the four themes of the peer "
                      "challenge feedback report; the numbering follows the report.")
    kp = doc.add_paragraph()
    kp.add_run("Status key: ").bold = True
    kp.add_run("Complete = action delivered | On track = progressing to timescale | At risk = some slippage (Amber) | "
               "Off track = not progressing (Red)")

    themes = [
        ("Theme 1: Governance", [
            ("Review the council’s governance arrangements, including the constitution and the scheme of delegation, so that "
             "decision making is clear, timely and transparent.", [
                ("2.1.1", "Commission an independent review of the constitution and scheme of delegation and report the findings "
                          "to the Constitution Working Party.", "Monitoring Officer", ["Monitoring Officer"],
                 "March 2023", "Complete", "2023-03", None, "blue"),
                ("2.1.2", "Adopt the revised constitution and deliver a training programme for all members on the new "
                          "decision-making arrangements.", "Monitoring Officer / Head of Democratic Services",
                 ["Monitoring Officer", "Head of Democratic Services"],
                 "July 2023 (revised: November 2023)", "Complete", "2023-11", None, "blue"),
            ]),
            ("Strengthen the role of overview and scrutiny so that it adds value to policy development and holds the "
             "executive to account.", [
                ("2.2.1", "Introduce a scrutiny work programme linked to the Corporate Plan, with pre-decision scrutiny of key "
                          "decisions.", "Head of Democratic Services", ["Head of Democratic Services"],
                 "Sept 2023 – March 2024", "On track", "2024-03", None, "green"),
            ]),
        ]),
        ("Theme 2: Behaviours and culture", [
            ("Agree and embed a member/officer relations protocol that sets out clear roles, responsibilities and expected "
             "behaviours.", [
                ("2.3.1", "Co-design the protocol with group leaders and the Corporate Leadership Team, and include it in the "
                          "constitution.", "Chief Executive and Leader of the Council",
                 ["Chief Executive", "Leader of the Council"], "By 30 June 2023", "Complete", "2023-06", None, "blue"),
                ("2.3.2", "Hold joint member and officer development sessions on the protocol, facilitated by the LGA.",
                 "Chief Executive and Leader of the Council", ["Chief Executive", "Leader of the Council"],
                 "Q3 2023/24", "At risk", "2023-12", None, "amber"),
            ]),
            ("Develop a shared organisational culture and values, supported by a refreshed workforce strategy.", [
                ("2.5.1", "Launch the refreshed values and behaviours framework with staff and build it into the appraisal "
                          "process.", "Director of People", ["Director of People"],
                 "31/01/2024", "On track", "2024-01", None, "green"),
            ]),
        ]),
        ("Theme 3: Place based working", [
            ("Re-engage partners on the agreed shared outcomes for the city and establish how the council will work in "
             "partnership to deliver these.", [
                ("2.4.1", "Re-establish the Southend-on-Sea Partnership Board with refreshed terms of reference and shared "
                          "outcome measures.", "Chief Executive", ["Chief Executive"],
                 "Q4 2023/24", "Off track", "2024-03", None, "red"),
            ]),
            ("Strengthen the council’s voice and influence in the wider regional agenda.", [
                ("2.8.1", "Take an active role in South Essex Councils and the Greater Essex devolution discussions, with "
                          "regular briefings for Cabinet.", "Leader of the Council", ["Leader of the Council"],
                 "Ongoing", "On track", None, "Ongoing", "green"),
            ]),
            ("Develop a consistent plan to address inequalities and disparities across localities and neighbourhoods in "
             "the city.", [
                ("2.9.1", "Prepare a policy discussion paper on a locality-based approach to inequalities, drawing on the "
                          "Tackling Poverty Strategy.", "Director of Public Health", ["Director of Public Health"],
                 "December 2023", "On track", "2023-12", None, "green"),
            ]),
        ]),
        ("Theme 4: Financial sustainability and capacity", [
            ("Set out a clear, long-term approach to financial sustainability that is understood and owned by all members.", [
                ("2.6.1", "Refresh the Medium Term Financial Strategy and hold all-member budget briefings before the budget "
                          "is set.", "Executive Director (Finance & Resources)", ["Executive Director (Finance & Resources)"],
                 "February 2024", "On track", "2024-02", None, "green"),
            ]),
            ("Make sure there is enough capacity, and a programme approach, to deliver the council’s transformation "
             "ambitions.", [
                ("2.7.1", "Establish a Transformation Programme Board supported by a dedicated programme management office.",
                 "Executive Director (Finance & Resources)", ["Executive Director (Finance & Resources)"],
                 "Oct-23", "Complete", "2023-10", None, "blue"),
            ]),
        ]),
    ]
    nrows = 1 + sum(1 + sum(len(a) for _, a in recs) for _, recs in themes)
    t = doc.add_table(rows=nrows, cols=6)
    t.style = "Table Grid"
    for j, h in enumerate(["Ref", "Peer team recommendation", "What we will do", "Lead", "Timescale", "Status"]):
        set_cell(t.cell(0, j), h, bold=True, white=True)
        shade(t.cell(0, j), FILL["head"])
    expected = []
    r = 1
    for theme, recs in themes:
        m = t.cell(r, 0).merge(t.cell(r, 5))
        set_cell(m, theme, bold=True, size=10)
        shade(m, FILL["theme"])
        r += 1
        for rec, acts in recs:
            first = r
            for (ref, text, leadcell, leads, ts, st, end, end_text, status) in acts:
                set_cell(t.cell(r, 0), ref)
                set_cell(t.cell(r, 2), text)
                set_cell(t.cell(r, 3), leadcell)
                set_cell(t.cell(r, 4), ts)
                set_cell(t.cell(r, 5), st)
                expected.append(act(ref, [theme, rec], text, leads, end, status, end_text))
                r += 1
            rc = t.cell(first, 1)
            if r - 1 > first:
                rc = rc.merge(t.cell(r - 1, 1))
            set_cell(rc, rec)
    doc.add_paragraph()
    doc.add_paragraph("Progress against this plan is reported to Cabinet twice a year. The LGA Progress Review took place "
                      "on 5–6 December 2023.")
    doc.save(path(name))

    write_expected(name, {
        "source": ("Southend-on-Sea City Council (unitary), LGA Corporate Peer Challenge of 11-14 October 2022, action plan "
                   "agreed by Cabinet February 2023 and reviewed at the December 2023 Progress Review "
                   "(democracy.southend.gov.uk decision 18642; southend.gov.uk 'LGA Corporate Peer Challenge – progress review', "
                   "which groups recommendations 2.1-2.9 under themes such as governance, behaviours and culture, place based "
                   "working). Layout also after Brentwood's published CPC action plan (Ref / Recommendation / Accountable / "
                   "Timescale / Status). Copied features: body name line, Title-style heading, document-control table, status key "
                   "paragraph mapping words to colours, one table with shaded full-width theme rows, the recommendation cell "
                   "merged down over its actions, original and revised timescale in one cell, two officers in one lead cell, a "
                   "job title containing '&'."),
        "reads": ("A Word action plan answering the nine peer-challenge recommendations, grouped under four theme rows in a "
                  "single table, with eleven numbered actions each with a lead, timescale and status word. A document-control "
                  "table and the status key are not part of the plan; 'At risk' is amber and 'Off track' red as the key says."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------- 3. Anglesey (xlsx, refuse)
def anglesey():
    name = "zfy-isle-of-anglesey-county-council-panel-performance-assessment-action-plan-typo-month-refuse.xlsx"
    title = "Panel Performance Assessment 2025: Council Response and Action Plan"
    wb = Workbook()
    ws = wb.active
    ws.title = "Cynllun Gweithredu-Action Plan"
    ws["A1"] = "Cyngor Sir Ynys Môn – Isle of Anglesey County Council"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Asesiad Perfformiad Panel 2025: Ymateb y Cyngor a Chynllun Gweithredu"
    ws["A3"].font = Font(italic=True, size=12)
    hdr = ["Cyf / Ref", "Argymhelliad y Panel / Panel recommendation", "Ymateb / Response",
           "Cam gweithredu / Action", "Swyddog arweiniol / Lead officer", "Dyddiad targed / Target date",
           "Statws / Status"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(5, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = xfill("7B2C3A")
        c.alignment = WRAP
        c.border = BOX
    recs = [
        ("R1: Develop a clearer, longer-term Medium Term Financial Strategy that links savings and transformation to "
         "the Council Plan priorities.", [
            ("1.1", "Extend the Medium Term Financial Strategy to cover 2026/27 to 2029/30 and set out the savings "
                    "and transformation programme that supports it.",
             "Head of Function (Resources) and Section 151 Officer", "March 2026", "On track"),
            ("1.2", "Hold annual budget workshops for all elected members before the draft budget is published.",
             "Head of Function (Resources) and Section 151 Officer", "October 2026", "Not started"),
        ]),
        ("R2: Strengthen the corporate approach to workforce planning, including recruitment and retention in "
         "hard-to-fill posts.", [
            ("2.1", "Produce a corporate workforce plan with service-level plans for social care, planning and "
                    "highways engineering.", "Head of Profession (HR and Transformation)", "June 2026", "On track"),
        ]),
        ("R3: Make better use of performance and customer data to inform decisions and to show the impact of the "
         "Council Plan.", [
            ("3.1", "Develop a corporate performance dashboard for the Leadership Team and the Executive, replacing "
                    "the current quarterly scorecard.", "Programme, Business Planning and Performance Manager",
             "January 2026", "On track"),
            ("3.2", "Add customer satisfaction and complaints data to the quarterly performance report to the "
                    "Corporate Scrutiny Committee.", "Programme, Business Planning and Performance Manager",
             "April 2026", "Not started"),
        ]),
        ("R4: Build on the Council’s strong community relationships by agreeing a clear approach to place-based "
         "working with town and community councils.", [
            ("4.1", "Agree a charter for working with town and community councils, including how local priorities "
                    "will inform service planning.", "Chief Executive", "Decmber 2025", "On track"),
        ]),
        ("R5: Accelerate the digital transformation programme and set out how it will change the way residents "
         "access services.", [
            ("5.1", "Publish a Digital Strategy 2026–2030 with a delivery roadmap and benefits profile.",
             "Head of Function (Council Business) and Monitoring Officer", "February 2026", "On track"),
            ("5.2", "Move the ten most-used service requests to online self-service, available bilingually.",
             "Digital Transformation Manager", "September 2026", "Not started"),
        ]),
        ("R6: Review the scrutiny work programme so that scrutiny focuses on fewer, higher-impact topics.", [
            ("6.1", "Hold a scrutiny work programme workshop with both scrutiny committees and agree a prioritisation "
                    "tool.", "Scrutiny Manager", "November 2025", "Complete"),
        ]),
    ]
    r = 6
    typo_row = None
    for rec, acts in recs:
        first = r
        for (ref, text, lead, due, st) in acts:
            for col, v in ((1, ref), (4, text), (5, lead), (6, due), (7, st)):
                ws.cell(r, col, v)
            if "Decmber" in due:
                typo_row = r
            for col in range(1, 8):
                ws.cell(r, col).alignment = WRAP
                ws.cell(r, col).border = BOX
            r += 1
        ws.cell(first, 2, rec)
        ws.cell(first, 3, "Derbyn / Accept")
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
            ws.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
    r += 1
    ws.cell(r, 1, "Bydd cynnydd yn cael ei adrodd i’r Pwyllgor Llywodraethu ac Archwilio bob chwe mis. / Progress will be "
                  "reported to the Governance and Audit Committee every six months.").font = Font(italic=True)
    for col, w in zip("ABCDEFG", [9, 48, 14, 55, 34, 16, 14]):
        ws.column_dimensions[col].width = w
    wb.save(path(name))
    assert typo_row == 11, typo_row

    write_expected(name, {
        "source": ("Isle of Anglesey County Council (Welsh county council), response and action plan to its Panel Performance "
                   "Assessment under the Local Government and Elections (Wales) Act 2021, 2025. Modelled on the PPA reports and "
                   "action plans other Welsh councils took to Governance and Audit Committee (Denbighshire, moderngov.denbighshire."
                   "gov.uk mgAi 28159; Pembrokeshire newsroom, October 2025 PPA). Copied features: bilingual council name and "
                   "Welsh title line, bilingual column headings, recommendation and 'Accept' response cells merged down over the "
                   "actions, job titles as leads, month-year target dates, closing progress-reporting note."),
        "reads": ("A one-sheet bilingual action plan with six panel recommendations and nine numbered actions. Action 4.1 on "
                  "sheet row 11 has the target date 'Decmber 2025', a mistyped month, so a careful reader stops and asks "
                  "before taking the plan in."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": 11,
        "title": title,
    })


# ---------------------------------------------------------------- 4. Swansea (docx)
def swansea():
    name = "zfy-swansea-adult-learning-in-the-community-partnership-estyn-post-inspection-action-plan.docx"
    title = "Swansea Adult Learning in the Community Partnership: Post-Inspection Action Plan"
    doc = Document()
    doc.add_heading(title, level=0)
    doc.add_paragraph("Estyn inspection: 18–21 November 2024. Report published: 24 January 2025. "
                      "PIAP submitted to Estyn: 21 March 2025.")
    pp = doc.add_paragraph()
    pp.add_run("Progress update: July 2025 (Partnership Board, 10 July 2025)").bold = True

    doc.add_heading("Document control", level=2)
    dc = doc.add_table(rows=4, cols=4)
    dc.style = "Table Grid"
    rows = [("Version", "Date", "Author", "Approved by"),
            ("1.0", "21/03/2025", "Partnership Manager", "Partnership Board"),
            ("1.1", "15/05/2025", "Partnership Manager", "Partnership Board"),
            ("1.2", "10/07/2025", "Partnership Manager", "Partnership Board")]
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            set_cell(dc.cell(i, j), v, bold=(i == 0))
            if i == 0:
                shade(dc.cell(i, j), FILL["grey"])

    doc.add_heading("RAG key", level=2)
    kt = doc.add_table(rows=4, cols=2)
    kt.style = "Table Grid"
    key = [("B", "Completed"), ("G", "On track"), ("A", "Some progress – further action needed"),
           ("R", "Significant concern – escalate to Partnership Board")]
    for i, (k, v) in enumerate(key):
        shade(kt.cell(i, 0), FILL[k])
        set_cell(kt.cell(i, 0), "")
        set_cell(kt.cell(i, 1), v)

    recs = [
        ("R1: Strengthen self-evaluation and quality improvement processes across all partners so that leaders have an "
         "accurate view of the quality of teaching and learning", [
            ("1.1", "Agree a common partnership self-evaluation framework and calendar, aligned with Estyn’s inspection areas.",
             "All partners contribute evidence to a shared calendar; first partnership self-evaluation report signed off by the Board.",
             "Partnership Manager", ["Partnership Manager"], "Spring term 2025", "B", "2025-04", None, "blue"),
            ("1.2", "Introduce joint learning walks and peer observation of teaching across Swansea Council Lifelong Learning "
                    "Service, Gower College Swansea and Adult Learning Wales.",
             "Every tutor observed at least once a year; observation outcomes moderated across partners.",
             "Quality and Curriculum Lead", ["Quality and Curriculum Lead"], "Summer term 2025", "G", "2025-07", None, "green"),
            ("1.3", "Report quarterly on learner outcomes and quality indicators to the Partnership Board.",
             "Board minutes show challenge on completion, attainment and learner feedback.",
             "Partnership Manager / Data Officer", ["Partnership Manager", "Data Officer"],
             "Ongoing – reported quarterly", "G", None, "Ongoing – reported quarterly", "green"),
        ]),
        ("R2: Improve the planning and delivery of provision for learners to develop their literacy, numeracy and digital skills", [
            ("2.1", "Map essential skills provision across all venues and identify gaps in Welsh-medium and digital provision.",
             "Provision map completed and used to plan the 2025–26 timetable.",
             "Essential Skills Co-ordinator", ["Essential Skills Co-ordinator"], "April 2025", "B", "2025-04", None, "blue"),
            ("2.2", "Introduce initial and diagnostic assessment for all essential skills learners, with results recorded on the "
                    "shared MIS.",
             "100% of essential skills learners have an initial assessment recorded within three weeks of starting.",
             "Essential Skills Co-ordinator; MIS Manager", ["Essential Skills Co-ordinator", "MIS Manager"],
             "Autumn term 2025", "A", "2025-12", None, "amber"),
        ]),
        ("R3: Ensure that all partners share and act on safeguarding information consistently", [
            ("3.1", "Update the partnership safeguarding protocol and deliver refresher training for all tutors, including "
                    "sessional staff.",
             "Protocol signed by all partners; training records show 100% completion.",
             "Designated Safeguarding Person (Swansea Council)", ["Designated Safeguarding Person (Swansea Council)"],
             "28/02/2025", "B", "2025-02", None, "blue"),
            ("3.2", "Audit a sample of learner files each term to check that concerns are recorded and followed up.",
             "Termly audit reports to the Board show all concerns recorded and closed appropriately.",
             "Designated Safeguarding Persons Group", ["Designated Safeguarding Persons Group"],
             "Termly", "G", None, "Termly", "green"),
        ]),
        ("R4: Strengthen strategic planning so that the partnership’s curriculum offer meets local needs and supports "
         "learners to progress", [
            ("4.1", "Complete a needs analysis with Swansea Council, the Regional Learning and Skills Partnership and community "
                    "groups to inform the 2025–26 curriculum offer.",
             "Curriculum offer for 2025–26 shows courses planned against identified need.",
             "Partnership Board Chair and Partnership Manager", ["Partnership Board Chair", "Partnership Manager"],
             "June 2025", "G", "2025-06", None, "green"),
            ("4.2", "Develop and publish clear progression routes from community learning to further learning, volunteering "
                    "and employment.",
             "Progression routes published on the Learning Swansea website; progression tracked for all learners.",
             "Head of Lifelong Learning", ["Head of Lifelong Learning"],
             "September 2025 – March 2026", "R", "2026-03", None, "red"),
        ]),
    ]
    expected = []
    for rec, acts in recs:
        doc.add_heading(rec, level=2)
        t = doc.add_table(rows=1 + len(acts), cols=6)
        t.style = "Table Grid"
        for j, h in enumerate(["No.", "Actions", "Success criteria", "Responsibility", "Timescale", "RAG"]):
            set_cell(t.cell(0, j), h, bold=True, white=True)
            shade(t.cell(0, j), "00594F")
        for i, (ref, text, sc, leadcell, leads, ts, rag, end, end_text, status) in enumerate(acts, start=1):
            set_cell(t.cell(i, 0), ref)
            set_cell(t.cell(i, 1), text)
            set_cell(t.cell(i, 2), sc)
            set_cell(t.cell(i, 3), leadcell)
            set_cell(t.cell(i, 4), ts)
            set_cell(t.cell(i, 5), "")
            shade(t.cell(i, 5), FILL[rag])
            expected.append(act(ref, [rec], text, leads, end, status, end_text))
        doc.add_paragraph()
    doc.add_paragraph("Estyn will monitor progress against the recommendations through the link inspector. This plan is "
                      "reviewed at each meeting of the Partnership Board.")
    doc.save(path(name))

    write_expected(name, {
        "source": ("Swansea adult learning in the community partnership (Swansea Council Lifelong Learning Service with Gower "
                   "College Swansea and Adult Learning Wales), Estyn post-inspection action plan (PIAP), 2025. Modelled on Welsh "
                   "adult community learning partnership PIAPs reported to council committees (Vale of Glamorgan scrutiny and "
                   "cabinet reports on the Cardiff and Vale ACL partnership PIAP, Merthyr Tydfil ACL partnership progress report) "
                   "and Estyn's R1-R4 recommendation style. Copied features: Title line, inspection dates paragraph, "
                   "document-control table, colour-only RAG key table, one heading per Estyn recommendation followed by its own "
                   "table, success-criteria column, RAG shown only as cell fill colour, school-term timescales, 'Ongoing' and "
                   "'Termly' timescales, two people in one responsibility cell."),
        "reads": ("A Word PIAP with four Estyn recommendations, each a heading followed by a table of numbered actions with "
                  "success criteria, responsibility, timescale and a RAG cell coloured but empty, read through the colour key "
                  "near the top. Nine actions in all; the document-control and key tables are not part of the plan."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------- 5. Derbyshire (txt)
def derbyshire():
    name = "zfy-derbyshire-county-council-internal-audit-eqa-improvement-plan.txt"
    title = "Internal Audit External Quality Assessment 2025 – Improvement Action Plan"
    D3 = "Domain III: Governing the Internal Audit Function"
    D4 = "Domain IV: Managing the Internal Audit Function"
    D5 = "Domain V: Performing Internal Audit Services"
    doms = [
        (D3, [
            ("Recommendation 1: The internal audit mandate and charter should be presented to the Audit Committee for formal "
             "approval and reviewed annually thereafter. (Standard 6.2)", [
                ("1.1", "Present the revised Internal Audit Charter, including the mandate, to the Audit Committee for approval.",
                 "Head of Internal Audit", ["Head of Internal Audit"], "30/09/2025", "Complete", "2025-09", None, "blue"),
            ]),
            ("Recommendation 2: The Head of Internal Audit should meet privately with the Chair of the Audit Committee at least "
             "twice a year. (Standard 8.1)", [
                ("2.1", "Schedule private meetings between the Head of Internal Audit and the Audit Committee Chair in the "
                        "committee calendar.", "Head of Internal Audit; Director of Legal and Democratic Services",
                 ["Head of Internal Audit", "Director of Legal and Democratic Services"], "31/10/2025", "Complete",
                 "2025-10", None, "blue"),
            ]),
        ]),
        (D4, [
            ("Recommendation 3: The internal audit strategy should set out how the service will develop over the next three "
             "years, including its use of technology and data analytics. (Standard 9.2)", [
                ("3.1", "Prepare a three-year Internal Audit Strategy for approval alongside the 2026/27 audit plan.",
                 "Head of Internal Audit", ["Head of Internal Audit"], "March 2026", "On track", "2026-03", None, "green"),
                ("3.2", "Pilot data analytics on payroll and creditor payments and report the results to the Audit Committee.",
                 "Audit Manager (Systems) / ICT Audit Lead", ["Audit Manager (Systems)", "ICT Audit Lead"],
                 "31/12/2025 (revised 31/03/2026)", "Slipped", "2026-03", None, "amber"),
            ]),
            ("Recommendation 4: The audit plan should be informed by an assurance map showing the other sources of assurance "
             "available to the Council. (Standard 9.4)", [
                ("4.1", "Develop a corporate assurance map with the Risk Management team and report it with the 2026/27 "
                        "audit plan.", "Head of Internal Audit and Risk Manager", ["Head of Internal Audit", "Risk Manager"],
                 "Q4 2025/26", "Not yet started", "2026-03", None, "unrated"),
            ]),
            ("Recommendation 5: Training records and continuing professional development should be kept for all staff and "
             "linked to a competency framework. (Standard 10.2)", [
                ("5.1", "Introduce a competency framework and individual development plans for all audit staff.",
                 "Audit Managers", ["Audit Managers"], "January 2026", "On track", "2026-01", None, "green"),
            ]),
        ]),
        (D5, [
            ("Recommendation 6: Engagement working papers should consistently evidence supervisory review before reports are "
             "issued. (Standard 12.3)", [
                ("6.1", "Update the audit manual and working paper templates to require documented manager review before a "
                        "draft report is issued.", "Principal Auditor (Quality)", ["Principal Auditor (Quality)"],
                 "Nov-25", "Significantly delayed", "2025-11", None, "red"),
            ]),
            ("Recommendation 7: Agreed actions should be followed up routinely and overdue actions escalated to the Audit "
             "Committee. (Standard 15.2)", [
                ("7.1", "Move follow-up of agreed actions onto the audit management system and report overdue high priority "
                        "actions to every Audit Committee.", "Head of Internal Audit", ["Head of Internal Audit"],
                 "Ongoing", "On track", None, "Ongoing", "green"),
            ]),
        ]),
    ]
    L = []
    L.append("DERBYSHIRE COUNTY COUNCIL")
    L.append("AUDIT COMMITTEE – 23 SEPTEMBER 2025")
    L.append("Appendix 2")
    L.append("")
    L.append(title)
    L.append("")
    L.append("The external quality assessment of the Internal Audit Service was completed in June 2025 against the Global "
             "Internal Audit Standards and the Application Note for the UK public sector. The assessor concluded that the "
             "service generally conforms with the Standards and made seven recommendations, all of which management has "
             "accepted.")
    L.append("")
    L.append("Status key: Complete (Blue) | On track (Green) | Slipped (Amber) | Significantly delayed (Red) | "
             "Not yet started (no rating)")
    L.append("")
    expected = []
    bar = "=" * 72
    for dom, recs in doms:
        L.append(bar)
        L.append(dom)
        L.append(bar)
        L.append("")
        for rec, acts in recs:
            L.append(rec)
            L.append("")
            for (ref, text, leadcell, leads, due, st, end, end_text, status) in acts:
                L.append(f"  Action {ref}   {text}")
                L.append(f"  Owner:        {leadcell}")
                L.append(f"  Due:          {due}")
                L.append(f"  Status:       {st}")
                L.append("")
                expected.append(act(ref, [dom, rec], text, leads, end, status, end_text))
    L.append("-" * 72)
    L.append("Summary: 8 actions – 2 complete, 3 on track, 1 slipped, 1 significantly delayed, 1 not yet started.")
    L.append("Progress against this plan will be reported to each meeting of the Audit Committee until all actions are complete.")
    with open(path(name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")

    write_expected(name, {
        "source": ("Derbyshire County Council, internal audit external quality assessment (EQA) improvement action plan reported to "
                   "Audit Committee, 2025, against the Global Internal Audit Standards domains. Modelled on council EQA "
                   "reports and plans (Coventry City Council Audit and Procurement Committee EQA item, edemocracy.coventry.gov.uk "
                   "mgAi 41462; a London council 2025/26 quality assessment listing GIAS Domain II-V improvement actions with "
                   "dates). Copied features: committee/appendix header lines, conclusion paragraph, status key with colours, "
                   "sections per GIAS domain between ruled lines, each recommendation with its standard number above labelled "
                   "action blocks (Action/Owner/Due/Status), a revised date in brackets, two owners in one field, summary line."),
        "reads": ("A plain-text export of a committee appendix: seven EQA recommendations grouped under three GIAS domains, each "
                  "followed by one or two numbered agreed actions with owner, due date and status. Eight actions; the status "
                  "words map to colours through the key at the top and the revised due date is the one that counts."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------- 6. Stockport (csv)
def stockport():
    name = "zfy-stockport-youth-justice-service-national-standards-at-court-improvement-plan.csv"
    title = "Stockport Youth Justice Service – National Standards 2023 (Standard 2: At Court) Improvement Plan"
    S1 = "Strategic self-assessment (Management Board)"
    S2 = "Operational self-assessment (case sample of 20)"
    F1 = "Board members have limited oversight of court outcomes, remand decisions and the quality of pre-sentence reports."
    F2 = ("There is no written agreement with HMCTS and the Youth Panel on communication about children appearing in court.")
    F3 = "Pre-sentence reports did not consistently reflect the child’s voice or their diversity needs."
    F4 = "Bail and remand options were not always explored before the hearing, including the use of bail support."
    F5 = "Children were not always seen by a YJS worker at court before sentencing."
    F6 = "Post-court information was not always shared with the child’s school or social worker within five working days."
    rows = [
        ("sec", S1),
        ("1", F1, "Add a quarterly ‘at court’ dashboard to the Management Board pack covering remands, PSR concordance and "
                  "outcomes by ethnicity.", "Head of Service (Youth Justice & Prevention)",
         ["Head of Service (Youth Justice & Prevention)"], "Dec-23",
         "Dashboard presented to January 2024 Board. Ethnicity breakdown to be added.", "Green", "2023-12", None, "green"),
        ("2", "", "Arrange a Board development session with magistrates and the Youth Court legal adviser.",
         "Hughes, Karen", ["Hughes, Karen"], "31/01/2024", "Session held 23/01/2024 with the Bench Chair.", "Complete",
         "2024-01", None, "blue"),
        ("3", F2, "Agree a Youth Court protocol with HMCTS, Greater Manchester Police and the Youth Panel.",
         "YJS Operational Manager / Court Team Leader", ["YJS Operational Manager", "Court Team Leader"], "March 2024",
         "Draft protocol shared with HMCTS; awaiting sign off by the Bench.", "Amber", "2024-03", None, "amber"),
        ("sec", S2),
        ("4", F3, "Revise the PSR template and quality assurance checklist to include the child’s views and their diversity, "
                  "identity and needs.", "Court Team Leader", ["Court Team Leader"], "Jan-24",
         "New template in use from 08/01/2024.", "Complete", "2024-01", None, "blue"),
        ("5", "", "Introduce monthly PSR gatekeeping sessions with the Practice Development Officer.", "JB/KT", ["JB", "KT"],
         "Ongoing", "Sessions established; attendance monitored.", "Green", None, "Ongoing", "green"),
        ("6", F4, "Develop a bail and remand options guide for court staff and offer bail ISS packages where appropriate.",
         "Court Team Leader", ["Court Team Leader"], "Q1 2024/25",
         "Guide drafted. ISS capacity being reviewed with Children’s Services.", "Amber", "2024-06", None, "amber"),
        ("7", F5, "Introduce a court duty rota so that a YJS practitioner is present at every youth court sitting, including "
                  "remand hearings at Manchester.", "YJS Operational Manager", ["YJS Operational Manager"], "February 2024",
         "Rota in place but gaps due to two vacancies in the court team.", "Red", "2024-02", None, "red"),
        ("8", F6, "Introduce a post-court checklist recorded on ChildView and audit compliance monthly.",
         "Business Support Manager", ["Business Support Manager"], "30/04/2024", "", "Not started", "2024-04", None,
         "unrated"),
    ]
    ncol = 7
    out = []
    out.append([title] + [""] * (ncol - 1))
    out.append(["Self-assessment submitted to the YJB 30/10/2023; progress update for the YJ Management Board 14/03/2024"]
               + [""] * (ncol - 1))
    out.append([""] * ncol)
    out.append(["No.", "Self-assessment finding", "Improvement action", "Lead", "Target date",
                "Progress update (March 2024)", "RAG"])
    expected = []
    sec = None
    cur_f = None
    for row in rows:
        if row[0] == "sec":
            sec = row[1]
            out.append([sec] + [""] * (ncol - 1))
            continue
        ref, f, text, leadcell, leads, due, upd, rag, end, end_text, status = row
        if f:
            cur_f = f
        out.append([ref, f, text, leadcell, due, upd, rag])
        expected.append(act(ref, [sec, cur_f], text, leads, end, status, end_text))
    out.append([""] * ncol)
    out.append(["RAG: Complete = action delivered; Green = on track; Amber = some slippage; Red = off track; "
                "Not started = not yet due"] + [""] * (ncol - 1))
    with open(path(name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(out)

    write_expected(name, {
        "source": ("Stockport Youth Justice Service (Stockport MBC), improvement plan from the 2023 YJB national standards "
                   "self-assessment of Standard 2: At Court, submitted by 30 October 2023 (gov.uk 'Standards for children in the "
                   "youth justice system', standards self assessment 2023; YJB 'How to undertake a self-assessment of national "
                   "standards' with strategic and operational self-assessments). Copied features: CSV saved from Excel with title "
                   "and subtitle lines padded with empty cells, section rows for the strategic and operational self-assessments, "
                   "a finding cell left empty where it was merged over two actions, surname-forename lead in quotes, initials "
                   "'JB/KT', mixed date forms (Dec-23, 31/01/2024, Q1 2024/25, Ongoing), RAG words and a key line at the end."),
        "reads": ("A comma-separated improvement plan with eight numbered actions in two sections, each answering a "
                  "self-assessment finding; where the finding cell is empty the action answers the finding above. Each action "
                  "has a lead, a target date, a progress note and a RAG word."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------- 7. Knowsley CSP (xlsx)
def knowsley():
    name = "zfy-knowsley-community-safety-partnership-serious-violence-duty-delivery-plan.xlsx"
    title = "Knowsley Community Safety Partnership: Serious Violence Duty Delivery Plan 2025/26"
    wb = Workbook()
    it = wb.active
    it.title = "Introduction"
    it["A1"] = title
    it["A1"].font = Font(bold=True, size=16)
    it["A3"] = ("This delivery plan sets out the actions partners will take in 2025/26 to deliver the priorities in the "
                "Knowsley Serious Violence Strategy 2024–2027. Progress is reported to the Knowsley Community Safety "
                "Partnership Board each quarter.")
    it["A3"].alignment = WRAP
    it["A5"] = ("Local definition: serious violence includes homicide, violence against the person causing injury, knife and "
                "weapon-enabled crime, and domestic and sexual violence.")
    it["A5"].alignment = WRAP
    it["A7"] = "RAG key (colour of the Status cell on the Delivery Plan sheet)"
    it["A7"].font = Font(bold=True)
    key = [("B", "Complete"), ("G", "On track"), ("A", "Some risk to delivery"),
           ("R", "Off track – exception report to CSP Board"), (None, "No colour – not yet started")]
    for i, (k, v) in enumerate(key, start=8):
        if k:
            it.cell(i, 1).fill = xfill(FILL[k])
        it.cell(i, 1).border = BOX
        it.cell(i, 2, v)
    it.column_dimensions["A"].width = 14
    it.column_dimensions["B"].width = 60

    ws = wb.create_sheet("Delivery Plan")
    ws["A1"] = "Serious Violence Duty Delivery Plan 2025/26 – Quarter 2 update"
    ws["A1"].font = Font(bold=True, size=14)
    hdr = ["Ref", "Action", "Lead", "Partners involved", "Due", "Q1 update", "Q2 update", "Status"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(3, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = xfill("3A3A3A")
        c.border = BOX
        c.alignment = WRAP
    P1 = "Priority 1: Prevention and early intervention"
    P2 = "Priority 2: Reducing violence in public places and the night-time economy"
    P3 = "Priority 3: Partnership data, intelligence and learning"
    rows = [
        ("p", P1),
        ("SV1.1", "Deliver the Navigator programme in the Emergency Department at Whiston Hospital for young people aged "
                  "11–25 attending with violence-related injuries.", "Merseyside VRP", ["Merseyside VRP"],
         "MWL; Knowsley Youth Service", dt.datetime(2026, 3, 31),
         "Navigators recruited.", "41 referrals in Q2; 30 engaged.", "G", "2026-03", None, "green"),
        ("SV1.2", "Roll out knife crime awareness sessions to all Year 7 and Year 8 pupils through the Healthy Schools "
                  "programme.", "KMBC Community Safety / Merseyside Police", ["KMBC Community Safety", "Merseyside Police"],
         "Schools; Early Help", "Summer term 2025", "Sessions booked in 5 secondary schools.",
         "Delivered in all 7 secondary schools by July.", "B", "2025-07", None, "blue"),
        ("SV1.3", "Commission a mentoring offer for children at risk of exclusion who are known to the Youth Justice Service.",
         "Head of Youth Justice Service", ["Head of Youth Justice Service"], "VCS providers; Education Inclusion",
         "Q3 2025/26", "Specification drafted.", "Procurement delayed to October; contract start now January.", "A",
         "2025-12", None, "amber"),
        ("p", P2),
        ("SV2.1", "Extend Ask for Angela and WAVE training to all licensed premises in Huyton, Kirkby and Prescot town centres.",
         "Licensing Manager", ["Licensing Manager"], "Merseyside Police Licensing; Pubwatch", dt.datetime(2025, 12, 31),
         "", "31 of 52 premises trained.", "G", "2025-12", None, "green"),
        ("SV2.2", "Use hotspot analysis to target joint police and council patrols in the five highest-harm violence "
                  "locations.", "Knowsley Neighbourhood Inspector; KMBC Community Safety Manager",
         ["Knowsley Neighbourhood Inspector", "KMBC Community Safety Manager"], "Neighbourhood Wardens",
         "Monthly", "Patrol plan agreed.", "Violence in two of the five hotspots down on Q2 last year.", "G",
         None, "Monthly", "green"),
        ("p", P3),
        ("SV3.1", "Agree a data sharing agreement covering ED, ambulance, police and youth justice data for the strategic "
                  "needs assessment refresh.", "CSP Analyst", ["CSP Analyst"], "MWL; NWAS; Merseyside Police; YJS",
         dt.datetime(2025, 9, 30), "Draft agreement with IG leads.", "Not signed – MWL IG review outstanding.", "R",
         "2025-09", None, "red"),
        ("SV3.2", "Refresh the Serious Violence Strategic Needs Assessment.", "CSP Analyst", ["CSP Analyst"],
         "All duty holders", dt.datetime(2026, 1, 31), "", "Depends on SV3.1.", None, "2026-01", None, "unrated"),
        ("SV3.3", "Hold a multi-agency learning event on the findings of local serious violence and domestic homicide reviews.",
         "Community Safety Partnership Manager", ["Community Safety Partnership Manager"], "All CSP partners", "By 31 March 2026",
         "", "Venue booked for February; speakers to be confirmed.", "A", "2026-03", None, "amber"),
    ]
    expected = []
    r = 4
    pr = None
    for row in rows:
        if row[0] == "p":
            pr = row[1]
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            c = ws.cell(r, 1, pr)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = xfill("7030A0")
            r += 1
            continue
        ref, text, leadcell, leads, partners, due, q1, q2, rag, end, end_text, status = row
        for col, v in ((1, ref), (2, text), (3, leadcell), (4, partners), (5, due), (6, q1), (7, q2)):
            if v not in (None, ""):
                c = ws.cell(r, col, v)
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
        for col in range(1, 9):
            ws.cell(r, col).border = BOX
            ws.cell(r, col).alignment = WRAP
        if rag:
            ws.cell(r, 8).fill = xfill(FILL[rag])
        expected.append(act(ref, [pr], text, leads, end, status, end_text))
        r += 1
    for col, w in zip("ABCDEFGH", [8, 55, 30, 28, 14, 30, 40, 9]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A4"
    wb.save(path(name))

    write_expected(name, {
        "source": ("Knowsley Community Safety Partnership (Knowsley MBC, Merseyside), Serious Violence Duty "
                   "delivery plan 2025/26 under the Police, Crime, Sentencing and Courts Act 2022. Modelled on CSP serious violence "
                   "strategies and their action plans (Havering Serious Violence Duty Strategy 2024-2027 cabinet item, "
                   "democracy.havering.gov.uk mgAi 33357; LBHF Serious Violence Duty Strategy; Home Office statutory guidance). "
                   "Copied features: introduction sheet with local definition and a colour-only RAG key, delivery-plan sheet with "
                   "merged coloured priority rows, lead and partners columns, quarterly update columns, status shown only by the "
                   "fill colour of an empty cell, agency abbreviations as leads, 'Monthly' and term-based due dates."),
        "reads": ("A two-sheet workbook: an introduction with the RAG colour key and the delivery plan with eight referenced "
                  "actions under three strategy priorities. Each action has a lead (the partners column is not the lead), a due "
                  "date, Q1 and Q2 updates and an empty status cell whose fill colour gives the RAG; an unfilled cell means not "
                  "yet started."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


if __name__ == "__main__":
    bury()
    southend()
    anglesey()
    swansea()
    derbyshire()
    stockport()
    knowsley()
    print("built 7 zfy cases in", HERE)
