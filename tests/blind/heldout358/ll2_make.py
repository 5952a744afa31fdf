"""Build the seven ll2- blind test files (set heldout358) and their expected readings.

Run with /work/main/.venv/bin/python ll2_make.py (writes next to this script).
"""
import csv
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "red": "FF0000", "amber": "FFC000", "green": "00B050", "blue": "0070C0",
    "grey": "D9D9D9", "navy": "1F3864", "lightblue": "DEEAF6", "pink": "F4B6C2",
    "teal": "DAEEF3",
}


def write_expected(name, doc):
    path = os.path.join(HERE, name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, allow_unicode=True, sort_keys=False, width=1000)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


# ---------------------------------------------------------------- docx helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        if size:
            r.font.size = Pt(size)


def header_row(table, labels, fill="1F3864"):
    for c, lab in zip(table.rows[0].cells, labels):
        set_cell(c, lab, bold=True)
        shade(c, fill)
        for r in c.paragraphs[0].runs:
            r.font.color.rgb = None


# =====================================================================
# 1. North Ayrshire APC - Learning Review 'Mr C' improvement action plan (docx, read)
# =====================================================================
def north_ayrshire_apc():
    name = "ll2-north-ayrshire-apc-learning-review-mr-c-improvement-action-plan.docx"
    title = "North Ayrshire Adult Protection Committee – Learning Review ‘Mr C’ Improvement Action Plan"
    doc = Document()
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Progress update to the Adult Protection Committee – 9 October 2025")
    doc.add_paragraph("The Learning Review was commissioned under the National Guidance for Adult Protection "
                      "Committees Undertaking Learning Reviews (2022). The Committee accepted all four "
                      "recommendations on 13 March 2025. This plan is monitored by the APC Learning and Practice "
                      "Development Sub-Committee.")

    doc.add_paragraph("Document control", style="Heading 2")
    dc = doc.add_table(rows=0, cols=2)
    dc.style = "Table Grid"
    for k, v in [
        ("Version", "1.4"),
        ("Date", "9 October 2025"),
        ("Owner", "Adult Protection Lead Officer"),
        ("Approved by", "North Ayrshire Adult Protection Committee"),
        ("Next review", "January 2026"),
    ]:
        row = dc.add_row().cells
        set_cell(row[0], k, bold=True)
        shade(row[0], FILL["grey"])
        set_cell(row[1], v)

    doc.add_paragraph("RAG key", style="Heading 2")
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for col, txt in [
        ("blue", "Blue – action completed and evidence of impact received"),
        ("green", "Green – on track to be delivered within timescale"),
        ("amber", "Amber – some slippage; remedial action agreed"),
        ("red", "Red – not started or significantly off track"),
    ]:
        row = key.add_row().cells
        shade(row[0], FILL[col])
        set_cell(row[1], txt)

    themes = [
        ("Key learning theme 1: Self-neglect and hoarding", [
            ("Recommendation 1: The APC should seek assurance that partner agencies apply the North Ayrshire "
             "Self-Neglect and Hoarding Protocol consistently, including use of the Clutter Image Rating at first "
             "contact.", [
                ("1.1", "Re-launch the self-neglect and hoarding protocol through a partnership briefing and a "
                        "7-minute briefing for frontline staff.",
                 "Adult Protection Lead Officer", ["Adult Protection Lead Officer"], "November 2025", "2025-11", None,
                 "Briefing drafted; launch at the APC Practitioner Forum on 20 November 2025.", "Green", "green"),
                ("1.2", "Audit a sample of 20 self-neglect concerns received by the Adult Support and Protection "
                        "duty team to test use of the Clutter Image Rating.",
                 "Senior Manager (Adult Support and Protection)",
                 ["Senior Manager (Adult Support and Protection)"], "31/01/2026", "2026-01", None,
                 "Audit tool agreed by the Quality Assurance Sub-Committee. Sample to be drawn in December.",
                 "Amber", "amber"),
            ]),
            ("Recommendation 2: All agencies should ensure that when an adult repeatedly declines support, a "
             "multi-agency risk meeting is convened and the outcome recorded.", [
                ("2.1", "Embed the multi-agency risk management (MARM) guidance in HSCP social work and community "
                        "nursing procedures.",
                 "Chief Social Work Officer / Head of Service (Health and Community Care)",
                 ["Chief Social Work Officer", "Head of Service (Health and Community Care)"], "March 2026", "2026-03",
                 None, "MARM guidance approved by the HSCP; community nursing procedure under review.",
                 "Amber", "amber"),
                ("2.2", "Deliver MARM training sessions for practitioners across the partnership.",
                 "APC Learning and Practice Development Sub-Committee Chair",
                 ["APC Learning and Practice Development Sub-Committee Chair"],
                 "September 2025", "2025-09", None,
                 "Four sessions delivered (112 practitioners). Evaluation report to the Committee in November.",
                 "Blue", "blue"),
            ]),
        ]),
        ("Key learning theme 2: Capacity and executive functioning", [
            ("Recommendation 3: Partners should evidence that assessments of capacity consider executive functioning "
             "where an adult's decisions and actions do not match.", [
                ("3.1", "Revise the partnership guidance on assessing capacity under the Adults with Incapacity "
                        "(Scotland) Act 2000 to include a section on executive functioning, with practice examples "
                        "from this review.",
                 "Mental Health Officer Team Manager and Consultant Psychiatrist (Old Age)",
                 ["Mental Health Officer Team Manager", "Consultant Psychiatrist (Old Age)"],
                 "December 2025", "2025-12", None,
                 "Draft guidance circulated to the AWI Forum for comment.", "Green", "green"),
                ("3.2", "Include executive functioning in the multi-agency case file audit programme and report "
                        "findings to the Quality Assurance Sub-Committee.",
                 "Adult Support and Protection Lead Nurse (NHS A&A)",
                 ["Adult Support and Protection Lead Nurse (NHS A&A)"],
                 "Ongoing – quarterly reporting", None, "Ongoing – quarterly reporting",
                 "Added to the Q3 audit schedule.", "Green", "green"),
            ]),
        ]),
        ("Key learning theme 3: Information sharing at hospital discharge", [
            ("Recommendation 4: NHS Ayrshire & Arran and the HSCP should review how adult protection information "
             "is shared when an adult at risk of harm is discharged from University Hospital Crosshouse.", [
                ("4.1", "Add a mandatory adult protection field to the hospital discharge notification sent to the "
                        "HSCP.",
                 "Associate Nurse Director – Public Protection", ["Associate Nurse Director – Public Protection"],
                 "31 March 2026", "2026-03", None,
                 "Change request lodged with the eHealth team; no delivery date confirmed yet.", "Red", "red"),
            ]),
        ]),
    ]

    expected = []
    cols = ["No.", "Improvement action", "Lead", "Timescale", "Progress update (October 2025)", "RAG"]
    for theme, recs in themes:
        doc.add_paragraph(theme, style="Heading 1")
        nrows = 1 + sum(1 + len(rows) for _, rows in recs)
        t = doc.add_table(rows=nrows, cols=len(cols))
        t.style = "Table Grid"
        header_row(t, cols, fill=FILL["lightblue"])
        r = 1
        for rec, rows in recs:
            # recommendation as a shaded full-width row above its actions
            merged = t.cell(r, 0).merge(t.cell(r, len(cols) - 1))
            set_cell(merged, rec, bold=True)
            shade(merged, FILL["grey"])
            r += 1
            for ref, action, lead_txt, leads, date_txt, end, end_text, upd, rag, status in rows:
                c = t.rows[r].cells
                set_cell(c[0], ref)
                set_cell(c[1], action)
                set_cell(c[2], lead_txt)
                set_cell(c[3], date_txt)
                set_cell(c[4], upd)
                set_cell(c[5], rag, bold=True)
                shade(c[5], FILL[status])
                expected.append(act(ref, [theme, rec], action, leads, end, status, end_text))
                r += 1
        doc.add_paragraph("")
    doc.add_paragraph("Actions rated Blue will be proposed for closure at the next APC meeting once evidence of "
                      "impact has been reviewed by the Learning and Practice Development Sub-Committee.")
    doc.save(os.path.join(HERE, name))

    write_expected(name, {
        "source": "Imitates a Scottish Adult Protection Committee learning review improvement action plan (the "
                  "adult equivalent of a SAR), as APCs publish after learning reviews under the 2022 national "
                  "guidance (e.g. APC learning review action plans 2023-25, layout as in APC biennial reports); "
                  "body: North Ayrshire APC. Copied features: title line and committee progress-update subtitle, "
                  "introductory paragraph, document-control table, colour RAG key table with Blue = completed, "
                  "key learning themes as Heading 1 with one table per theme, each recommendation as a shaded "
                  "full-width merged row above its numbered actions (No. / Improvement action / Lead / Timescale / "
                  "Progress update / RAG word on a shaded cell), job titles as leads including two posts joined by "
                  "'/' or 'and', an 'Ongoing' timescale, closing note line.",
        "reads": "The North Ayrshire APC improvement plan for the learning review on Mr C: three learning themes, "
                 "four recommendations, seven numbered actions each with a lead post, a timescale, a progress note "
                 "and a RAG word. The document-control and RAG-key tables are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# =====================================================================
# 2. Herefordshire CSP - DHR 'Joanne' action plan (docx, read)
# =====================================================================
def herefordshire_dhr():
    name = "ll2-herefordshire-csp-dhr-joanne-action-plan.docx"
    title = "Domestic Homicide Review ‘Joanne’ – Action Plan"
    doc = Document()
    sec = doc.sections[0]
    from docx.enum.section import WD_ORIENT
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Herefordshire Community Safety Partnership  |  Progress as at 31 October 2025")
    doc.add_paragraph("This action plan records the recommendations of the overview report and the single agency "
                      "recommendations from the Individual Management Reviews. It is monitored by the DHR Oversight "
                      "Group and reported to the Community Safety Partnership Board each quarter.")
    doc.add_paragraph("RAG: B = complete; G = on track; A = at risk of delay; R = off track")

    expected = []

    # Part A: Home Office template table, recommendation cell merged down its actions
    partA = "Part A: Overview report recommendations"
    doc.add_paragraph(partA, style="Heading 1")
    colsA = ["Recommendation", "Scope of recommendation (i.e. local or regional)", "Action to take", "Lead Agency",
             "Key milestones achieved in enacting recommendation", "Target date",
             "Date of completion and outcome", "RAG"]
    recsA = [
        ("1. Herefordshire Community Safety Partnership to assure itself that agencies’ domestic abuse training "
         "addresses coercive control in older-age relationships.", "Local", [
            ("Commission a review of the domestic abuse training offer against the Domestic Abuse Act 2021 statutory "
             "guidance, with specific content on older victims.",
             "Herefordshire Council (Community Safety Team)", ["Herefordshire Council (Community Safety Team)"],
             "Review scoped with West Mercia Women’s Aid; findings due to the DA Local Partnership Board in December.",
             "December 2025", "2025-12", None, "", "A", "amber"),
            ("Deliver two multi-agency learning events on the findings of this review.",
             "Herefordshire Community Safety Partnership and Herefordshire Safeguarding Adults Board",
             ["Herefordshire Community Safety Partnership", "Herefordshire Safeguarding Adults Board"],
             "First event held 18 September 2025 (84 attendees). Second event booked for 4 February 2026.",
             "February 2026", "2026-02", None, "", "G", "green"),
        ]),
        ("2. Wye Valley NHS Trust and GP practices to ensure routine enquiry about domestic abuse takes place when "
         "an older patient attends with unexplained injuries.", "Local", [
            ("Update the Trust’s Domestic Abuse Policy to require routine enquiry for patients aged 60 and over "
             "presenting with injuries.",
             "Wye Valley NHS Trust", ["Wye Valley NHS Trust"],
             "Policy revised and consulted on with the Emergency Department and frailty teams.",
             "30/06/2025", "2025-06", None, "Completed 12/06/2025 – policy ratified at the Safeguarding Committee.",
             "B", "blue"),
            ("Share a practice briefing on routine enquiry with all Herefordshire GP practices through the ICB "
             "safeguarding newsletter.",
             "NHS Herefordshire and Worcestershire ICB", ["NHS Herefordshire and Worcestershire ICB"],
             "Briefing written by the Named GP for Safeguarding.",
             "September 2025", "2025-09", None, "Completed 03/09/2025.", "B", "blue"),
        ]),
        ("3. West Mercia Police and Herefordshire Council Adult Social Care to review how carers’ assessments "
         "identify risk where the carer is also the alleged perpetrator.", "Local", [
            ("Develop joint guidance for practitioners on assessing carers who may pose a risk, including when to "
             "refer to MARAC.",
             "Herefordshire Council Adult Social Care / West Mercia Police",
             ["Herefordshire Council Adult Social Care", "West Mercia Police"],
             "Task and finish group met twice; draft guidance expected January 2026.",
             "March 2026", "2026-03", None, "", "A", "amber"),
        ]),
    ]
    nA = sum(len(r[2]) for r in recsA)
    t = doc.add_table(rows=1 + nA, cols=len(colsA))
    t.style = "Table Grid"
    header_row(t, colsA, fill=FILL["teal"])
    r = 1
    for rec, scope, rows in recsA:
        first = r
        for action, lead_txt, leads, miles, date_txt, end, end_text, done, rag, status in rows:
            c = t.rows[r].cells
            if r == first:
                set_cell(c[0], rec)
                set_cell(c[1], scope)
            set_cell(c[2], action)
            set_cell(c[3], lead_txt)
            set_cell(c[4], miles)
            set_cell(c[5], date_txt)
            set_cell(c[6], done)
            set_cell(c[7], rag, bold=True)
            shade(c[7], FILL[status])
            expected.append(act(None, [partA, rec], action, leads, end, status, end_text))
            r += 1
        if r - 1 > first:
            t.cell(first, 0).merge(t.cell(r - 1, 0))
            t.cell(first, 1).merge(t.cell(r - 1, 1))

    doc.add_paragraph("")
    partB = "Part B: Single agency recommendations"
    doc.add_paragraph(partB, style="Heading 1")
    colsB = ["Ref", "Agency", "Recommendation", "Action", "Lead officer", "Target date", "Progress", "RAG"]
    recsB = [
        ("WMP1", "West Mercia Police",
         "Officers attending domestic incidents involving older people should complete the DASH risk assessment "
         "with the victim alone.",
         "Reissue the force briefing on DASH completion and include the findings of this review in the domestic "
         "abuse refresher training for response officers.",
         "Detective Chief Inspector, Public Protection", ["Detective Chief Inspector, Public Protection"],
         "January 2026", "2026-01", None, "Briefing reissued October 2025; training content being updated.", "G", "green"),
        ("ASC1", "Herefordshire Council Adult Social Care",
         "Section 42 enquiries should consider the need for a referral to MARAC.",
         "Add a MARAC prompt to the Section 42 enquiry template in Mosaic.",
         "Service Manager – Safeguarding Adults", ["Service Manager – Safeguarding Adults"],
         "31 December 2025", "2025-12", None,
         "Delayed by the Mosaic upgrade; revised date to be agreed with the DHR Oversight Group.", "R", "red"),
    ]
    t2 = doc.add_table(rows=1, cols=len(colsB))
    t2.style = "Table Grid"
    header_row(t2, colsB, fill=FILL["teal"])
    for ref, agency, rec, action, lead_txt, leads, date_txt, end, end_text, prog, rag, status in recsB:
        c = t2.add_row().cells
        for cell, val in zip(c, [ref, agency, rec, action, lead_txt, date_txt, prog, rag]):
            set_cell(cell, val)
        shade(c[7], FILL[status])
        expected.append(act(ref, [partB, rec], action, leads, end, status, end_text))
    doc.add_paragraph("")
    doc.add_paragraph("Signed off by the DHR Oversight Group on 11 November 2025.")
    doc.save(os.path.join(HERE, name))

    write_expected(name, {
        "source": "Imitates a community safety partnership DHR action plan in the Home Office DHR action plan "
                  "template (Multi-agency statutory guidance for the conduct of DHRs, 2016, appendix; the format "
                  "used by CSPs such as Herefordshire CSP when publishing DHR overview reports 2023-25). Copied "
                  "features: landscape page, title and partnership/date line, intro and RAG key lines, Part A table "
                  "with the template's columns (Recommendation, Scope, Action to take, Lead Agency, Key milestones, "
                  "Target date, Date of completion and outcome) plus a RAG column, the recommendation and scope "
                  "cells merged down over their actions, actions without refs, agencies as leads; Part B single "
                  "agency table in a different layout (Ref / Agency / Recommendation / Action / Lead officer ...); "
                  "sign-off line.",
        "reads": "The action plan for DHR 'Joanne': three overview-report recommendations with five unnumbered "
                 "actions in a merged-cell template table, then two single-agency recommendations (WMP1, ASC1) "
                 "with one action each. Status is the RAG letter per the key line (B = complete).",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# =====================================================================
# 3. Nottingham University Hospitals - Trust Board (Public) action log (tab-separated txt, read)
# =====================================================================
def nuh_action_log():
    name = "ll2-nottingham-university-hospitals-nhs-trust-board-public-action-log.txt"
    title = "Nottingham University Hospitals NHS Trust – Trust Board (Public) Action Log"
    header = ["Action No.", "Date of meeting", "Item", "Action", "Lead", "Due date", "Revised date",
              "Progress update", "Status"]
    rows = [
        ("TB/24/089", "07/11/2024", "Freedom to Speak Up annual report",
         "Bring back an analysis of speaking-up cases by staff group and ethnicity, with benchmarking against the "
         "national picture.", "Director of People", ["Director of People"], "May-25", "Nov-25", "2025-11",
         "Analysis presented to People Committee on 20 November 2025; summary to Board in January.", "Complete", "blue"),
        ("TB/25/014", "06/03/2025", "Maternity and neonatal services update",
         "Provide an update on progress against the independent maternity review recommendations, including the "
         "family engagement plan.", "Chief Nurse / Medical Director", ["Chief Nurse", "Medical Director"],
         "Sep-25", "Mar-26", "2026-03",
         "Revised date agreed by the Board in September 2025 to align with publication of the review's next report.",
         "Due date revised", "amber"),
        ("TB/25/041", "08/05/2025", "Integrated Performance Report",
         "Circulate the recovery trajectory for cancer 62-day performance with the milestones agreed with the ICB.",
         "Chief Operating Officer", ["Chief Operating Officer"], "Jul-25", "", "2025-07",
         "Trajectory circulated to Board members on 14 July 2025.", "Complete", "blue"),
        ("TB/25/077", "10/07/2025", "Estates strategy and Tomorrow's NUH",
         "Arrange a Board development session on the Tomorrow's NUH business case timetable and the backlog "
         "maintenance risk.", "Director of Strategy; Director of Estates and Facilities",
         ["Director of Strategy", "Director of Estates and Facilities"], "Dec-25", "Feb-26", "2026-02",
         "Session scheduled for 12 February 2026.", "On track", "green"),
        ("TB/25/102", "04/09/2025", "Patient story",
         "Confirm how the learning from the patient story on discharge communication will be shared across the "
         "Family Health division.", "Chief Nurse", ["Chief Nurse"], "Nov-25", "", "2025-11",
         "No update received.", "Overdue", "red"),
        ("TB/25/118", "06/11/2025", "Board Assurance Framework",
         "Review the wording of BAF risk 7 (financial sustainability) to reflect the 2025/26 deficit support "
         "conditions.", "CFO/Director of Corporate Governance", ["CFO", "Director of Corporate Governance"],
         "Jan-26", "", "2026-01", "Revised wording drafted for the Audit and Risk Committee.", "On track", "green"),
        ("TB/26/003", "08/01/2026", "Winter plan update",
         "Report the impact of the additional discharge lounge capacity on ambulance handover times.",
         "Chief Operating Officer", ["Chief Operating Officer"], "Mar-26", "", "2026-03",
         "Not yet due.", "On track", "green"),
    ]
    lines = [
        title,
        "As at 5 February 2026 (updated following the meeting held on 8 January 2026)",
        "",
        "\t".join(header),
    ]
    expected = []
    for ref, mdate, item, action, lead_txt, leads, due, rev, end, upd, st_txt, status in rows:
        lines.append("\t".join([ref, mdate, item, action, lead_txt, due, rev, upd, st_txt]))
        expected.append(act(ref, [], action, leads, end, status))
    lines += [
        "",
        "Status key: Complete = action completed, proposed for closure (blue); On track = not yet due (green); "
        "Due date revised = revised date agreed by the Board (amber); Overdue = past due date (red)",
        "Closed actions are removed from the log after they have been reported to one meeting.",
    ]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")

    write_expected(name, {
        "source": "Imitates an NHS trust 'Trust Board in Public' action log as published in board papers by "
                  "Nottingham University Hospitals NHS Trust and peer acute trusts (2024-26), saved from Excel as "
                  "tab-separated text. Copied features: trust/board title line and 'as at' line, columns Action No. "
                  "(TB/yy/nnn), Date of meeting, Item, Action, Lead (executive posts, two posts joined by / or ;), "
                  "Due date and Revised date as Mmm-yy, Progress update, Status words, and a status key line that "
                  "maps the words to colours (Complete = blue, Due date revised = amber, Overdue = red), footer note.",
        "reads": "A board action log with seven open or recently completed actions, each with an action number, "
                 "the exec lead(s), a due date and sometimes a revised date (the revised one is the end), and a "
                 "status word read through the key line. No themes or headings.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# =====================================================================
# xlsx helpers
# =====================================================================
thin = Side(style="thin", color="999999")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def put(ws, row, col, value, bold=False, fill_hex=None, fmt=None, border=True, white=False):
    c = ws.cell(row=row, column=col, value=value)
    c.alignment = WRAP
    if bold or white:
        c.font = Font(bold=bold, color="FFFFFF" if white else None)
    if fill_hex:
        c.fill = fill(fill_hex)
    if fmt:
        c.number_format = fmt
    if border:
        c.border = BORDER
    return c


# =====================================================================
# 4. UCLH - maternity & neonatal improvement plan (xlsx, REFUSE: 'Febuary 2026')
# =====================================================================
def uclh_maternity():
    name = "ll2-university-college-london-hospitals-nhsft-maternity-neonatal-improvement-plan-typo-month-refuse.xlsx"
    title = "Maternity and Neonatal Improvement Plan 2025/26"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = "University College London Hospitals NHS Foundation Trust – Women’s Health Division"
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    for i, (k, v) in enumerate([
        ("Version", "v7"),
        ("Reporting month", "December 2025"),
        ("Plan owner", "Director of Midwifery and Gynaecology Nursing"),
        ("Executive sponsor", "Chief Nurse"),
        ("Reported to", "Maternity and Neonatal Safety Champions; Quality and Safety Committee"),
    ]):
        put(cov, 5 + i, 1, k, bold=True, fill_hex=FILL["grey"])
        put(cov, 5 + i, 2, v)
    cov["A11"] = "BRAG key"
    cov["A11"].font = Font(bold=True)
    for i, (col, lab) in enumerate([
        ("blue", "B – Complete and evidence signed off"),
        ("green", "G – On track"),
        ("amber", "A – At risk: delivery date may be missed"),
        ("red", "R – Off track or overdue"),
    ]):
        put(cov, 12 + i, 1, lab[0], bold=True, fill_hex=FILL[col])
        put(cov, 12 + i, 2, lab)
    cov.column_dimensions["A"].width = 22
    cov.column_dimensions["B"].width = 70

    ws = wb.create_sheet("Improvement plan")
    ws["A1"] = ("Maternity and Neonatal Improvement Plan 2025/26 – aligned to the Three-Year Delivery Plan for "
                "Maternity and Neonatal Services")
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Reporting month: December 2025"
    hdr = ["Ref", "Source", "Action", "Executive lead", "Operational lead", "Original due date",
           "Revised due date", "Previous BRAG", "Current BRAG", "Progress / evidence"]
    for c, h in enumerate(hdr, 1):
        put(ws, 4, c, h, bold=True, fill_hex=FILL["navy"], white=True)
    widths = [7, 16, 60, 18, 22, 13, 14, 10, 10, 55]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w

    D = lambda y, m, d: dt.datetime(y, m, d)
    rag_fill = {"B": FILL["blue"], "G": FILL["green"], "A": FILL["amber"], "R": FILL["red"]}
    plan = [
        ("Theme 1: Listening to women and families with compassion", [
            ("1.1", "3YDP", "Co-produce the maternity and neonatal equity and equality action plan with the Maternity "
                            "and Neonatal Voices Partnership.", "Chief Nurse", "Head of Midwifery",
             D(2025, 9, 30), "Jan 2026", "A", "G", "Draft reviewed with MNVP on 4 December; sign-off at January LMNS board."),
            ("1.2", "CQC (2024)", "Implement a consistent process for responding to complaints within 25 working days "
                                  "in maternity.", "Chief Nurse", "Patient Experience Midwife",
             D(2025, 6, 30), "", "G", "B", "Compliance 92% for three consecutive months; evidence signed off."),
        ]),
        ("Theme 2: Supporting the workforce", [
            ("2.1", "MIS SA5", "Complete the Birthrate Plus midwifery workforce review and present the outcome to "
                               "Trust Board.", "Chief Nurse", "Director of Midwifery",
             D(2025, 11, 30), "", "G", "G", "Report received; Board paper scheduled for January."),
            ("2.2", "MIS SA8", "Achieve 90% attendance at PROMPT multidisciplinary training for all staff groups.",
             "Medical Director", "Practice Development Midwife", D(2025, 12, 31), "Mar 2026", "A", "A",
             "Obstetric anaesthetists at 81%; additional dates added in February."),
        ]),
        ("Theme 3: Developing and sustaining a culture of safety", [
            ("3.1", "Ockenden IEA 1", "Embed the Perinatal Quality Surveillance Model report at every public Trust "
                                      "Board.", "Chief Nurse", "Maternity Governance Lead",
             D(2025, 4, 30), "", "B", "B", "Standing item since April 2025."),
            ("3.2", "PSIRF", "Complete the thematic review of postpartum haemorrhage incidents and agree the "
                             "improvement actions.", "Medical Director", "Consultant Obstetrician (Governance)",
             D(2025, 10, 31), "Febuary 2026", "A", "A", "Case note review complete; report delayed by consultant vacancy."),
            ("3.3", "CQC (2024)", "Introduce a daily safety huddle on the Delivery Suite with escalation to the "
                                  "Site Manager.", "Chief Nurse", "Delivery Suite Matron",
             D(2025, 8, 31), "", "G", "B", "In place; audit shows huddle held on 96% of days."),
        ]),
        ("Theme 4: Meeting and improving standards and structures", [
            ("4.1", "MIS SA6", "Achieve full compliance with Saving Babies' Lives Care Bundle v3 element 2 (fetal "
                               "growth).", "Medical Director", "Fetal Medicine Lead Midwife",
             D(2026, 3, 31), "", "A", "A", "Growth scan capacity remains the constraint; business case submitted."),
            ("4.2", "3YDP", "Open the refurbished bereavement suite in the Elizabeth Garrett Anderson Wing.", "Chief Operating Officer",
             "Head of Estates", D(2026, 1, 31), "", "G", "G", "Works on programme; handover expected mid-January."),
        ]),
    ]
    r = 5
    typo_row = None
    for theme, rows in plan:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(hdr))
        put(ws, r, 1, theme, bold=True, fill_hex=FILL["pink"])
        r += 1
        for ref, src, action, exe, op, orig, rev, prev, cur, prog in rows:
            vals = [ref, src, action, exe, op, orig, rev, prev, cur, prog]
            for c, v in enumerate(vals, 1):
                cell = put(ws, r, c, v, fmt="mmm-yy" if c == 6 else None)
                if c in (8, 9):
                    cell.fill = fill(rag_fill[v])
                    cell.alignment = Alignment(horizontal="center", vertical="top")
            if rev == "Febuary 2026":
                typo_row = r
            r += 1
    ws.freeze_panes = "A5"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "BRAG summary – December 2025"
    sm["A1"].font = Font(bold=True)
    for c, h in enumerate(["Theme", "B", "G", "A", "R", "Total"], 1):
        put(sm, 3, c, h, bold=True, fill_hex=FILL["grey"])
    rr = 4
    tot = {"B": 0, "G": 0, "A": 0, "R": 0}
    for theme, rows in plan:
        counts = {k: sum(1 for x in rows if x[8] == k) for k in "BGAR"}
        for k in tot:
            tot[k] += counts[k]
        for c, v in enumerate([theme, counts["B"], counts["G"], counts["A"], counts["R"], len(rows)], 1):
            put(sm, rr, c, v)
        rr += 1
    for c, v in enumerate(["Total", tot["B"], tot["G"], tot["A"], tot["R"], sum(tot.values())], 1):
        put(sm, rr, c, v, bold=True)
    sm.column_dimensions["A"].width = 60
    wb.save(os.path.join(HERE, name))

    write_expected(name, {
        "source": "Imitates an acute trust maternity and neonatal improvement plan reported monthly to the Quality "
                  "and Safety Committee, organised by the four themes of NHS England's Three-year delivery plan for "
                  "maternity and neonatal services (2023) and cross-referenced to CQC, Ockenden IEAs, MIS safety "
                  "actions and PSIRF, as University College London Hospitals NHS FT and peer London trusts publish in "
                  "board papers 2024-26. Copied features: cover sheet with document control and BRAG key, plan sheet with "
                  "merged theme rows, Source column, executive and operational lead columns, original due date "
                  "(date cell) and revised due date (typed text), previous and current BRAG with fill colours, "
                  "progress/evidence column, summary sheet of BRAG counts.",
        "reads": "A maternity improvement plan of nine actions under the four delivery-plan themes. Action 3.2 has "
                 "the revised due date typed as 'Febuary 2026', a misspelt month in the end cell, so a careful "
                 "reader stops and asks rather than guess the end month.",
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_row,
        "title": title,
    })
    return name, 0


# =====================================================================
# 5. Tandridge DC - corporate risk register Q2 2025/26 (xlsx, read; status by fill colour only)
# =====================================================================
def tandridge_risk():
    name = "ll2-tandridge-dc-corporate-risk-register-q2-2025-26.xlsx"
    title = "Tandridge District Council – Corporate Risk Register, Quarter 2 2025/26"
    wb = Workbook()
    s1 = wb.active
    s1.title = "Risk summary"
    s1["A1"] = title
    s1["A1"].font = Font(bold=True, size=14)
    s1["A2"] = "Appendix A to the report to Audit and Scrutiny Committee, 20 November 2025"
    h1 = ["Risk ref", "Risk", "Risk owner", "Inherent score (L x I)", "Residual score Q1", "Residual score Q2",
          "Target score", "Direction of travel"]
    for c, h in enumerate(h1, 1):
        put(s1, 4, c, h, bold=True, fill_hex=FILL["navy"], white=True)
    risks = [
        ("CR01", "Financial sustainability and delivery of the Medium Term Financial Strategy", "Chief Finance Officer (s151)", 20, 12, 12, 8, "↔"),
        ("CR02", "Local government reorganisation in Surrey: capacity to maintain services during transition", "Chief Executive", 20, 16, 16, 9, "↔"),
        ("CR03", "Cyber security and resilience of ICT systems", "Head of ICT", 16, 12, 16, 8, "↑"),
        ("CR04", "Housing Revenue Account: compliance with the Regulator of Social Housing consumer standards", "Chief Officer Housing and Physical Assets", 16, 12, 9, 6, "↓"),
    ]
    for i, row in enumerate(risks):
        for c, v in enumerate(row, 1):
            put(s1, 5 + i, c, v)
    put(s1, 10, 1, "Scores are likelihood x impact on a 5 x 5 matrix. ↑ increasing, ↓ reducing, ↔ no change.", border=False)
    for col, w in zip("ABCDEFGH", [9, 60, 30, 12, 11, 11, 10, 11]):
        s1.column_dimensions[col].width = w

    s2 = wb.create_sheet("Mitigating actions")
    s2["A1"] = "Corporate Risk Register Q2 2025/26 – further mitigating actions"
    s2["A1"].font = Font(bold=True, size=13)
    h2 = ["Risk", "Action ref", "Further mitigating action", "Action owner", "Target date", "Revised target date",
          "Status", "Q2 update"]
    for c, h in enumerate(h2, 1):
        put(s2, 3, c, h, bold=True, fill_hex=FILL["navy"], white=True)
    D = lambda y, m, d: dt.datetime(y, m, d)
    acts = {
        "CR01": [
            ("1.1", "Deliver the 2025/26 savings programme of £1.2m, with monthly tracking reported to the Strategy and "
                    "Resources Committee.", "Chief Finance Officer (s151)", ["Chief Finance Officer (s151)"],
             D(2026, 3, 31), None, "2026-03", None, "amber", "£0.8m delivered or on track; £0.4m at risk (car parking income)."),
            ("1.2", "Refresh the Medium Term Financial Strategy and reserves policy for approval by Full Council.",
             "Chief Finance Officer (s151)", ["Chief Finance Officer (s151)"],
             D(2026, 2, 19), None, "2026-02", None, "green", "Draft MTFS to Strategy and Resources Committee in January."),
        ],
        "CR02": [
            ("2.1", "Establish a transition programme board and resource plan for the move to the new East Surrey "
                    "unitary authority.", "Chief Executive", ["Chief Executive"],
             D(2025, 9, 30), None, "2025-09", None, "blue", "Programme board in place since September; resource plan agreed."),
            ("2.2", "Agree a staff retention and communications plan for the transition period.",
             "Chief Executive; Head of People", ["Chief Executive", "Head of People"],
             D(2025, 12, 31), D(2026, 2, 27), "2026-02", None, "amber", "Awaiting the joint approach from the Surrey councils."),
        ],
        "CR03": [
            ("3.1", "Complete the migration of the remaining on-premises servers to the cloud hosting platform.",
             "Head of ICT", ["Head of ICT"],
             D(2025, 11, 30), None, "2025-11", None, "red", "Supplier delay; two servers outstanding. Escalated to CMT."),
            ("3.2", "Run a cyber incident exercise with the Corporate Management Team.",
             "Head of ICT", ["Head of ICT"],
             "Ongoing – six-monthly", None, None, "Ongoing – six-monthly", "green", "Last exercise held 9 September 2025."),
        ],
        "CR04": [
            ("4.1", "Complete stock condition surveys on the remaining 30% of council homes.",
             "Chief Officer Housing and Physical Assets", ["Chief Officer Housing and Physical Assets"],
             D(2026, 3, 31), None, "2026-03", None, "green", "61% of the outstanding surveys completed."),
            ("4.2", "Implement the damp and mould case management process in line with Awaab's Law.",
             "Head of Housing Repairs and Maintenance", ["Head of Housing Repairs and Maintenance"],
             D(2025, 10, 27), None, "2025-10", None, "blue", "Live from 27 October 2025."),
        ],
    }
    expected = []
    r = 4
    for ref, rtitle, *_ in risks:
        label = f"{ref} – {rtitle}"
        start = r
        for aref, text, owner_txt, owners, tgt, rev, end, end_text, status, upd in acts[ref]:
            put(s2, r, 1, label if r == start else None, bold=True)
            put(s2, r, 2, aref)
            put(s2, r, 3, text)
            put(s2, r, 4, owner_txt)
            put(s2, r, 5, tgt, fmt="dd/mm/yyyy" if isinstance(tgt, dt.datetime) else None)
            put(s2, r, 6, rev, fmt="dd/mm/yyyy")
            put(s2, r, 7, None, fill_hex=FILL[status])
            put(s2, r, 8, upd)
            expected.append(act(aref, [label], text, owners, end, status, end_text))
            r += 1
        s2.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    put(s2, r, 1, "Status key", bold=True, border=False)
    for i, (col, lab) in enumerate([("blue", "Complete"), ("green", "On track"),
                                     ("amber", "At risk of slippage"), ("red", "Off track / overdue")]):
        put(s2, r + 1 + i, 1, None, fill_hex=FILL[col])
        put(s2, r + 1 + i, 2, lab, border=False)
    for col, w in zip("ABCDEFGH", [34, 9, 60, 30, 13, 13, 9, 50]):
        s2.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, name))

    write_expected(name, {
        "source": "Imitates a district council corporate risk register appendix to an audit committee quarterly "
                  "risk report (Tandridge DC Audit and Scrutiny Committee; layout after Surrey and Kent district "
                  "registers 2024-26, Orange Book style inherent/residual/target scores). Copied features: title and "
                  "'Appendix A to the report to ...' line, a risk summary sheet (scores and direction-of-travel "
                  "arrows, no actions), a second sheet of further mitigating actions with the risk label "
                  "('CR01 – ...') merged down over its actions, action refs 1.1..., post-holders as owners, target "
                  "and revised target dates as date cells, status shown only by the cell's fill colour with a colour "
                  "key below (blue = complete), Q2 update column.",
        "reads": "A corporate risk register for Q2 2025/26: four risks on the summary sheet, and on the second sheet "
                 "eight further mitigating actions grouped under their risk, each with an owner, a target date "
                 "(revised where given) and a fill-colour status read with the key.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# =====================================================================
# 6. Erewash BC - transformation programme highlight report (xlsx, read; sheet per project)
# =====================================================================
def erewash_highlight():
    name = "ll2-erewash-bc-transformation-programme-highlight-report.xlsx"
    title = "Erewash Borough Council – Transformation Programme Highlight Report"
    wb = Workbook()
    s = wb.active
    s.title = "Programme summary"
    s["A1"] = title
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Reporting period: October 2025     Report to: Corporate Management Team, 11 November 2025"
    h = ["Project", "SRO", "Project manager", "Previous RAG", "Current RAG", "Key message"]
    for c, v in enumerate(h, 1):
        put(s, 4, c, v, bold=True, fill_hex=FILL["navy"], white=True)
    ragf = {"G": FILL["green"], "A": FILL["amber"], "R": FILL["red"], "B": FILL["blue"]}
    summ = [
        ("Customer Access and Digital Services", "Director of Resources", "Digital Services Manager", "G", "A",
         "Portal phase 1 slipped two months; telephony migration complete."),
        ("Asset Review and Accommodation", "Director of Regeneration", "Estates Manager", "G", "G",
         "Condition surveys complete; Cabinet decision on Long Eaton Town Hall due December."),
        ("Overall programme", "Chief Executive", "Transformation Lead", "G", "A", "Savings target for 2025/26 remains achievable."),
    ]
    for i, row in enumerate(summ):
        for c, v in enumerate(row, 1):
            cell = put(s, 5 + i, c, v, bold=(i == 2))
            if c in (4, 5):
                cell.fill = fill(ragf[v])
    s["A10"] = "Milestone summary"
    s["A10"].font = Font(bold=True)
    for i, (k, v) in enumerate([("Complete (B)", 2), ("On track (G)", 2), ("At risk (A)", 2), ("Off track (R)", 1), ("Total", 7)]):
        put(s, 11 + i, 1, k, bold=(k == "Total"))
        put(s, 11 + i, 2, v, bold=(k == "Total"))
    s["A17"] = "RAG: B = complete; G = on track; A = at risk, recoverable; R = off track, needs CMT decision."
    for col, w in zip("ABCDEF", [38, 24, 26, 10, 10, 60]):
        s.column_dimensions[col].width = w

    D = lambda y, m, d: dt.datetime(y, m, d)
    projects = [
        ("Customer & Digital", "Customer Access and Digital Services", "Director of Resources", "Amber", [
            ("CD1", "Launch the new customer portal (phase 1: waste and council tax services)",
             "Digital Services Manager", ["Digital Services Manager"], D(2025, 9, 30), D(2025, 11, 28), "2025-11", "A",
             "Integration with the revenues system took longer than planned; go-live now 28 November."),
            ("CD2", "Migrate the telephony platform to the cloud contact centre solution",
             "ICT Manager", ["ICT Manager"], D(2025, 7, 31), None, "2025-07", "B", "Completed 21 July 2025."),
            ("CD3", "Move face-to-face enquiries at Ilkeston Town Hall to an appointment-based service",
             "Customer Services Manager", ["Customer Services Manager"], D(2026, 1, 5), None, "2026-01", "G",
             "Equality impact assessment complete; staff briefed."),
            ("CD4", "Business case for automating housing benefit change of circumstances",
             "Head of Revenues and Benefits / Digital Services Manager",
             ["Head of Revenues and Benefits", "Digital Services Manager"], D(2025, 10, 31), D(2026, 1, 30), "2026-01", "R",
             "Supplier pricing not received; CMT asked to agree the revised date."),
        ], [("Portal go-live clashes with annual billing preparation", "Delay to phase 2", "A")],
           "Agree revised date for CD4 business case."),
        ("Assets & Regeneration", "Asset Review and Accommodation", "Director of Regeneration", "Green", [
            ("AR1", "Complete condition surveys of the operational estate",
             "Estates Manager", ["Estates Manager"], D(2025, 6, 30), None, "2025-06", "B", "All 14 sites surveyed."),
            ("AR2", "Cabinet decision on the future use of Long Eaton Town Hall",
             "Director of Regeneration", ["Director of Regeneration"], D(2025, 12, 11), None, "2025-12", "G",
             "Options appraisal drafted."),
            ("AR3", "Market the surplus depot site for disposal",
             "Estates Manager and Legal Services Manager", ["Estates Manager", "Legal Services Manager"],
             D(2026, 3, 31), None, "2026-03", "A", "Title issue identified; Legal reviewing."),
        ], [("Market conditions reduce the depot site receipt", "Lower capital receipt", "A")],
           "None this period."),
    ]
    expected = []
    for sheet, pname, sro, overall, ms, risks, decision in projects:
        w = wb.create_sheet(sheet)
        w["A1"] = "Project highlight report"
        w["A1"].font = Font(bold=True, size=13)
        labels = [("Project:", pname), ("SRO:", sro), ("Reporting period:", "October 2025"), ("Overall RAG:", overall)]
        for i, (k, v) in enumerate(labels):
            w.cell(row=3 + i, column=1, value=k).font = Font(bold=True)
            c = w.cell(row=3 + i, column=2, value=v)
            if k == "Overall RAG:":
                c.fill = fill(FILL["amber"] if v == "Amber" else FILL["green"])
        w["A8"] = "Key milestones"
        w["A8"].font = Font(bold=True)
        mh = ["No.", "Milestone / activity", "Owner", "Baseline date", "Revised date", "RAG", "Commentary"]
        for c, v in enumerate(mh, 1):
            put(w, 9, c, v, bold=True, fill_hex=FILL["navy"], white=True)
        r = 10
        for ref, text, owner_txt, owners, base, rev, end, rag, comm in ms:
            for c, v in enumerate([ref, text, owner_txt, base, rev, rag, comm], 1):
                cell = put(w, r, c, v, fmt="dd/mm/yyyy" if c in (4, 5) else None)
                if c == 6:
                    cell.fill = fill(ragf[rag])
            status = {"B": "blue", "G": "green", "A": "amber", "R": "red"}[rag]
            expected.append(act(ref, [pname], text, owners, end, status))
            r += 1
        r += 1
        w.cell(row=r, column=1, value="Key risks and issues").font = Font(bold=True)
        r += 1
        for c, v in enumerate(["Risk / issue", "Impact", "RAG"], 1):
            put(w, r, c + 1, v, bold=True, fill_hex=FILL["grey"])
        for risk, impact, rag in risks:
            r += 1
            put(w, r, 2, risk)
            put(w, r, 3, impact)
            put(w, r, 4, rag, fill_hex=ragf[rag])
        r += 2
        w.cell(row=r, column=1, value="Decisions required from CMT:").font = Font(bold=True)
        w.cell(row=r, column=2, value=decision)
        for col, wd in zip("ABCDEFG", [18, 55, 34, 13, 13, 7, 55]):
            w.column_dimensions[col].width = wd
    wb.save(os.path.join(HERE, name))

    write_expected(name, {
        "source": "Imitates a district council transformation programme highlight report to the corporate "
                  "management team (PRINCE2/MSP style highlight reports as used by East Midlands districts such as "
                  "Erewash BC, 2024-26). Copied features: programme summary sheet with title, period line, project "
                  "table (SRO, project manager, previous and current RAG with fills, key message), a milestone "
                  "summary count block and RAG key line; one sheet per project with a label/value header block "
                  "(Project:, SRO:, Reporting period:, Overall RAG:), a 'Key milestones' table (No., Milestone, Owner, "
                  "Baseline date, Revised date, RAG letter on coloured fill, Commentary), a risks and issues table "
                  "and a 'Decisions required' line.",
        "reads": "A transformation highlight report for two projects. The programme summary sheet only summarises; "
                 "the plan is the key milestones on each project sheet (4 + 3), read under the project's name, with "
                 "the revised date as the end where one is given and the RAG letter per the key (B = complete).",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# =====================================================================
# 7. Hertfordshire Combating Drugs Partnership - delivery plan 2025/26 (csv, read)
# =====================================================================
def herts_cdp():
    name = "ll2-hertfordshire-combating-drugs-partnership-delivery-plan-2025-26.csv"
    title = "Hertfordshire Combating Drugs Partnership – Delivery Plan 2025/26"
    ncol = 7
    pad = lambda first: [first] + [""] * (ncol - 1)
    rows = [pad(title), pad("Quarter 2 progress update (July–September 2025)"), pad(""),
            ["Ref", "Action", "Lead partner", "Supporting partners", "Timescale", "RAG", "Q2 update"]]
    plan = [
        ("Priority 1: Break drug supply chains", [
            ("1.1", "Deliver a county lines intensification week each quarter, with safeguarding referrals for every "
                    "child or vulnerable adult identified.", "Hertfordshire Constabulary", ["Hertfordshire Constabulary"],
             "HCC Children's Services; Youth Justice Service", "Ongoing", None, "Ongoing", "Green", "green",
             "Intensification week 15–21 September: 23 arrests, 11 safeguarding referrals."),
            ("1.2", "Map cuckooed addresses with district housing teams and agree a joint closure order process.",
             "Hertfordshire Constabulary / District and borough councils",
             ["Hertfordshire Constabulary", "District and borough councils"], "", "Dec 2025", "2025-12", None,
             "Amber", "amber", "Process agreed in six of ten districts."),
        ]),
        ("Priority 2: Deliver a world-class treatment and recovery system", [
            ("2.1", "Increase the number of adults in structured treatment to 4,150 in line with the local ambition.",
             "HCC Public Health", ["HCC Public Health"], "CGL Spectrum", "Mar 2026", "2026-03", None, "Amber", "amber",
             "3,962 in treatment at end of Q2 (95% of ambition)."),
            ("2.2", "Extend naloxone supply:\n- to all hostels and supported housing in the county\n- to custody suites "
                    "and probation offices", "CGL Spectrum", ["CGL Spectrum"],
             "Hertfordshire Constabulary; Probation Service", "Sep 2025", "2025-09", None, "Complete", "blue",
             "Kits in place at 41 sites."),
            ("2.3", "Implement the continuity of care pathway from HMP The Mount into community treatment.",
             "Probation Service and CGL Spectrum", ["Probation Service", "CGL Spectrum"], "HMP The Mount healthcare",
             "Jan 2026", "2026-01", None, "Red", "red",
             "Continuity of care rate 38% against 75% target; escalated to the CDP Board."),
        ]),
        ("Priority 3: Achieve a generational shift in the demand for drugs", [
            ("3.1", "Roll out the drug education resource pack to all secondary schools and alternative provision "
                    "settings.", "HCC Public Health", ["HCC Public Health"], "Hertfordshire schools",
             "Apr 2025 – Mar 2026", "2026-03", "Apr 2025 – Mar 2026", "Green", "green", "58 of 84 settings signed up."),
            ("3.2", "Commission a young people's substance misuse needs assessment.", "HCC Public Health",
             ["HCC Public Health"], "", "TBC", None, "TBC", "Not started", "unrated",
             "Awaiting confirmation of the 2026/27 grant."),
        ]),
    ]
    expected = []
    for prio, acts in plan:
        rows.append(pad(prio))
        for ref, text, lead_txt, leads, supp, tscale, end, end_text, rag, status, upd in acts:
            rows.append([ref, text, lead_txt, supp, tscale, rag, upd])
            expected.append(act(ref, [prio], text, leads, end, status, end_text))
    rows.append(pad(""))
    rows.append(pad("Note: RAG ratings are self-assessed by the lead partner and reviewed by the CDP Delivery Group."))
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        csv.writer(f, lineterminator="\r\n").writerows(rows)

    write_expected(name, {
        "source": "Imitates a local Combating Drugs Partnership delivery plan (From Harm to Hope, 2021; Home Office "
                  "guidance for local delivery partners 2022/2024) as a county CDP such as Hertfordshire's would "
                  "keep in Excel and share as a CSV export for the quarterly CDP Board. Copied features: title and "
                  "quarter lines padded with empty columns, the strategy's three priorities as full-width section "
                  "rows, numbered actions, separate Lead partner and Supporting partners columns, timescales as "
                  "'Mon YYYY', 'Ongoing', 'TBC' and a period, RAG words including Complete and Not started, a quoted "
                  "multi-line action with dashes, a note line at the end.",
        "reads": "The CDP delivery plan: seven actions under the three national priorities, each with a lead "
                 "partner (supporting partners are not leads), a timescale and a RAG word.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


if __name__ == "__main__":
    for fn in (north_ayrshire_apc, herefordshire_dhr, nuh_action_log, uclh_maternity, tandridge_risk,
               erewash_highlight, herts_cdp):
        n, k = fn()
        print(f"{n}: {k} actions")
