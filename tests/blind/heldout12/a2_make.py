"""Generate the a2- blind test files and their expected readings.

Run: /work/main/.venv/bin/python /work/blind/heldout12/a2_make.py
Each case's rows carry both what is written in the document (raw cells) and the
reading a person makes of them (lead list, end month, end_text, status), written by hand.
"""
import csv
import datetime as dt
import json
import os

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
import openpyxl
from openpyxl.styles import Alignment, Font, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))

FILL = {"red": "FF0000", "amber": "FFC000", "green": "00B050", "blue": "0070C0"}


# ----------------------------------------------------------------- yaml writer
def q(s):
    return json.dumps(s, ensure_ascii=False)


def write_expected(name, source, reads, outcome, title=None, actions=None,
                   refuse_at=None, accept_refusal=False):
    lines = ["source: >-", "  " + source, "reads: >-", "  " + reads,
             "outcome: " + outcome, "accept_refusal: " + ("true" if accept_refusal else "false")]
    if refuse_at is not None:
        lines.append("refuse_at: %d" % refuse_at)
    if title is not None:
        lines.append("title: " + q(title))
    if actions is not None:
        lines.append("actions:")
        for a in actions:
            lines.append("  - ref: " + ("null" if a["ref"] is None else q(a["ref"])))
            lines.append("    under: [" + ", ".join(q(u) for u in a["under"]) + "]")
            lines.append("    action: " + q(a["action"]))
            lines.append("    lead: [" + ", ".join(q(x) for x in a["lead"]) + "]")
            lines.append("    end: " + ("null" if a["end"] is None else q(a["end"])))
            if a.get("end_text"):
                lines.append("    end_text: " + q(a["end_text"]))
            lines.append("    status: " + a["status"])
    with open(os.path.join(OUT, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def A(ref, under, action, lead, end, status, end_text=None):
    return {"ref": ref, "under": under, "action": action, "lead": lead, "end": end,
            "end_text": end_text, "status": status}


# ----------------------------------------------------------------- docx helpers
def shade(cell, hexfill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexfill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    """Write text into a cell; '\n' starts a new paragraph in the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(parts[0])
    r.bold = bold
    for part in parts[1:]:
        r = cell.add_paragraph().add_run(part)
        r.bold = bold


def header_row(table, labels, fill="1F3864"):
    for c, lab in zip(table.rows[0].cells, labels):
        set_cell(c, lab, bold=True)
        shade(c, "D9E2F3")


# ================================================================ 1. focused visit docx
def make_focused_visit():
    name = "a2-focused-visit-action-plan.docx"
    area1 = "Plans for children in need"
    area2 = "Child protection planning and core groups"
    rec1 = ("Improve the quality of child in need plans so that they are specific, "
            "measurable and reviewed within timescales.")
    rec2 = ("Strengthen management oversight and supervision so that drift and delay "
            "are identified and addressed.")
    rec3 = ("Ensure that core group meetings take place consistently and that child "
            "protection plans are updated as circumstances change.")
    rec4 = "Improve the recording of children's views and lived experience in assessments."
    # (ref, action, lead written, target written, rag written, reading...)
    rows = {
        (area1, rec1): [
            ("1.1", "Relaunch the child in need plan template with SMART outcome guidance and "
                    "deliver briefings to all CIN teams.",
             "Service Manager (CIN/CP)", "Mar-25", "Green",
             ["Service Manager (CIN/CP)"], "2025-03", None, "blue"),
            ("1.2", "Introduce monthly dip sampling of CIN plans by team managers, reporting "
                    "findings to the Practice Improvement Board.",
             "AK/TB", "31/01/2025", "Amber", ["AK", "TB"], "2025-01", None, "amber"),
            ("1.3", "Ensure all CIN reviews are held within 12 weeks and recorded on Mosaic "
                    "within 5 working days.",
             "Head of Service, Children in Need", "Q4 2024/25", "Amber",
             ["Head of Service, Children in Need"], "2025-03", "Q4 2024/25", "amber"),
        ],
        (area1, rec2): [
            ("2.1", "Revise the supervision policy to require a recorded reflective discussion "
                    "and clear actions for every child at each supervision.",
             "Principal Social Worker", "December 2024", "Green",
             ["Principal Social Worker"], "2024-12", None, "blue"),
            ("2.2", "Audit 40 supervision records per quarter and share themes with managers "
                    "through the Practice Forum.\nReport audit outcomes to the Quality "
                    "Assurance Board.",
             "Sam Lee and Jo Patel", "Ongoing", "Amber",
             ["Sam Lee", "Jo Patel"], None, "Ongoing", "amber"),
            ("2.3", "Provide management oversight training for all newly appointed team managers.",
             "Workforce Development Manager", "by end of March 2025", "Red",
             ["Workforce Development Manager"], "2025-03", "by end of March 2025", "red"),
        ],
        (area2, rec3): [
            ("3.1", "Set up a weekly tracker of core group meetings held within 10 working days "
                    "of the initial child protection conference.",
             "Child Protection Chairs Manager", "Nov-24", "Green",
             ["Child Protection Chairs Manager"], "2024-11", None, "blue"),
            ("3.2", "Child protection chairs to escalate any plan not updated after a core group "
                    "using the practice alert process.",
             "Independent Chairs", "Jan-25", "Amber",
             ["Independent Chairs"], "2025-01", None, "amber"),
        ],
        (area2, rec4): [
            ("4.1", "Roll out the 'My Voice' direct work toolkit to all social work teams and "
                    "designated safeguarding leads in schools.",
             "Lee, Sam", "Spring term 2025", "",
             ["Lee, Sam"], "2025-04", "Spring term 2025", "unrated"),
            ("4.2", "Include children's lived experience as a standing audit question in the "
                    "monthly case audit programme.",
             "QA Manager", "Feb 2025", "Amber", ["QA Manager"], "2025-02", None, "amber"),
        ],
    }
    title = "Ofsted Focused Visit Action Plan – Children in Need and Child Protection"
    d = docx.Document()
    d.add_paragraph("Appendix B")
    d.add_heading(title, level=0)
    d.add_paragraph(
        "Ofsted carried out a focused visit to the local authority's children's services on "
        "10 and 11 September 2024, looking at arrangements for children in need and children "
        "subject to a child protection plan. Inspectors identified two areas for improvement. "
        "This plan sets out the actions we will take in response and is monitored monthly by "
        "the Children's Services Improvement Board.")
    d.add_heading("Document control", level=1)
    vt = d.add_table(rows=4, cols=4)
    vt.style = "Table Grid"
    header_row(vt, ["Version", "Date", "Author", "Changes"])
    for i, r in enumerate([("0.1", "02/10/2024", "PSW", "First draft"),
                           ("1.0", "21/10/2024", "Director of Children's Services",
                            "Approved by Improvement Board"),
                           ("1.1", "13/01/2025", "PSW", "January progress update")], 1):
        for c, v in zip(vt.rows[i].cells, r):
            set_cell(c, v)
    d.add_heading("RAG key", level=1)
    kt = d.add_table(rows=3, cols=2)
    kt.style = "Table Grid"
    for i, (col, desc) in enumerate([("Red", "Behind schedule – action needed"),
                                     ("Amber", "In progress"),
                                     ("Green", "Completed")]):
        set_cell(kt.rows[i].cells[0], col, bold=True)
        shade(kt.rows[i].cells[0], FILL[col.lower()])
        set_cell(kt.rows[i].cells[1], desc)
    expected = []
    current_area = None
    table = None
    for (area, rec), acts in rows.items():
        if area != current_area:
            current_area = area
            d.add_heading(area, level=2)
            table = d.add_table(rows=1, cols=5)
            table.style = "Table Grid"
            header_row(table, ["Ref", "Action", "Lead officer", "Target date", "RAG"])
        rr = table.add_row().cells
        m = rr[0].merge(rr[4])
        set_cell(m, rec, bold=True)
        shade(m, "F2F2F2")
        for ref, act, lead, tgt, rag, lread, end, etext, st in acts:
            c = table.add_row().cells
            for cell, v in zip(c, [ref, act, lead, tgt, rag]):
                set_cell(cell, v)
            if rag:
                shade(c[4], FILL[rag.lower()])
            expected.append(A(ref, [area, rec], act, lread, end, st, etext))
    d.add_paragraph("")
    d.add_heading("Summary of progress", level=2)
    st_ = d.add_table(rows=2, cols=5)
    st_.style = "Table Grid"
    header_row(st_, ["Total actions", "Red", "Amber", "Green", "Not rated"])
    for c, v in zip(st_.rows[1].cells, ["10", "1", "5", "3", "1"]):
        set_cell(c, v)
    d.add_paragraph("Note: Progress against each action is reported to the Improvement Board "
                    "monthly and to Scrutiny Committee each quarter.")
    d.save(os.path.join(OUT, name))
    write_expected(
        name,
        "Imitates English council cabinet/scrutiny appendices for an Ofsted focused visit "
        "action plan (CIN/CP, 2024-25); not copied from a single published plan. Copied "
        "layout features: 'Appendix B' line above a Title, intro paragraph, document control "
        "table, RAG key table that defines Green as Completed (no blue), one Word table per "
        "area under a Heading 2 with full-width merged recommendation rows, RAG as words with "
        "fills, a summary-of-progress table and a closing note.",
        "Ten numbered actions in two area tables, each grouped under a merged row giving the "
        "inspectors' recommendation. The key says Green = Completed, so Green rows are complete "
        "(blue); 4.1 has no RAG and is unrated. The version, key and summary tables are not actions.",
        "read", title=title, actions=expected)


# ================================================================ 2. CIW docx
def make_ciw():
    name = "a2-ciw-improvement-plan.docx"
    title = ("Care Inspectorate Wales Performance Evaluation Inspection – "
             "Children's Services Improvement Plan 2024-25")
    P1 = "People – Voice and Control"
    P2 = "Prevention"
    P3 = "Well-being"
    P4 = "Partnerships"
    afi1 = "Children and families are not always aware of their right to an advocate."
    afi2 = "The Welsh language active offer is not consistently recorded."
    afi3 = "Step-down arrangements from statutory services to early help are not always timely."
    afi4 = "Care and support plans do not always reflect what matters to the child."
    afi5 = "Information sharing with health at the front door is inconsistent."
    groups = [
        (P1, afi1, [
            ("1", "Include the active offer of advocacy in all initial contact letters and record "
                  "the offer on WCCIS.", "Team Manager (IAA)", "Q3 2024/25", "green",
             ["Team Manager (IAA)"], "2024-12", "Q3 2024/25", "green"),
            ("2", "Report advocacy take-up quarterly to the Corporate Parenting Panel.",
             "Rhian Jones", "Quarterly", "amber", ["Rhian Jones"], None, "Quarterly", "amber"),
        ]),
        (P1, afi2, [
            ("3", "Update the contact and assessment forms so that the language choice of the "
                  "child and family is a mandatory field.", "Systems Manager", "30/11/2024",
             "blue", ["Systems Manager"], "2024-11", None, "blue"),
            ("4", "Deliver Welsh language awareness sessions to front door staff.",
             "Workforce Development Officer / Welsh Language Officer", "Mar 2025", "amber",
             ["Workforce Development Officer", "Welsh Language Officer"], "2025-03", None, "amber"),
        ]),
        (P2, afi3, [
            ("5", "Agree a step-down protocol with Families First, including a joint transition "
                  "meeting within 10 working days.", "Head of Children's Services", "Jan 2025",
             "green", ["Head of Children's Services"], "2025-01", None, "green"),
            ("6", "Monitor step-down timeliness through the monthly performance report.",
             "Performance Manager", "Ongoing", "green",
             ["Performance Manager"], None, "Ongoing", "green"),
        ]),
        (P3, afi4, [
            ("7", "Introduce 'what matters' outcome statements into the care and support plan "
                  "template.", "Principal Social Worker", "by end of March 2025", "amber",
             ["Principal Social Worker"], "2025-03", "by end of March 2025", "amber"),
            ("8", "Quality assure 20 care and support plans each quarter against the 'what "
                  "matters' standard.", "GH & LM", "Q4 2024/25", "red",
             ["GH", "LM"], "2025-03", "Q4 2024/25", "red"),
        ]),
        (P4, afi5, [
            ("9", "Co-locate a health liaison nurse in the Information, Advice and Assistance "
                  "team two days a week.",
             "Head of Children's Services / Head of Nursing (Safeguarding)", "June 2025", None,
             ["Head of Children's Services", "Head of Nursing (Safeguarding)"], "2025-06", None,
             "unrated"),
        ]),
    ]
    d = docx.Document()
    d.add_heading(title, level=1)
    d.add_paragraph(
        "Care Inspectorate Wales (CIW) undertook a performance evaluation inspection of "
        "children's services in May 2024. The inspection report was structured around the four "
        "principles of the Social Services and Well-being (Wales) Act 2014. This improvement plan "
        "responds to each area for improvement identified by CIW. Progress is shown by the "
        "colour of the RAG column.")
    ct = d.add_table(rows=4, cols=2)
    ct.style = "Table Grid"
    for i, (k, v) in enumerate([("Document owner", "Head of Children's Services"),
                                ("Version", "2.0"),
                                ("Approved", "Cabinet, 17 July 2024"),
                                ("Last reviewed", "16/01/2025")]):
        set_cell(ct.rows[i].cells[0], k, bold=True)
        set_cell(ct.rows[i].cells[1], v)
    d.add_paragraph("")
    d.add_paragraph("RAG key")
    kt = d.add_table(rows=4, cols=2)
    kt.style = "Table Grid"
    for i, (col, desc) in enumerate([("red", "Not on track"), ("amber", "Some slippage"),
                                     ("green", "On track"), ("blue", "Complete")]):
        shade(kt.rows[i].cells[0], FILL[col])
        set_cell(kt.rows[i].cells[1], desc)
    d.add_paragraph("")
    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    header_row(t, ["No.", "Area for improvement (CIW)", "Action", "Responsible officer",
                   "Timescale", "RAG"])
    expected = []
    cur_p = None
    for p, afi, acts in groups:
        if p != cur_p:
            cur_p = p
            rr = t.add_row().cells
            m = rr[0].merge(rr[5])
            set_cell(m, p, bold=True)
            shade(m, "DEEAF6")
        first = None
        for no, act, lead, ts, fill, lread, end, etext, st in acts:
            c = t.add_row().cells
            set_cell(c[0], no)
            set_cell(c[2], act)
            set_cell(c[3], lead)
            set_cell(c[4], ts)
            if fill:
                shade(c[5], FILL[fill])
            if first is None:
                first = c[1]
                set_cell(c[1], afi)
            else:
                m = first.merge(c[1])
                set_cell(m, afi)
            expected.append(A(no, [p, afi], act, lread, end, st, etext))
    d.add_paragraph("")
    d.add_paragraph("This plan will be reviewed by the Scrutiny Committee in March 2025.")
    d.save(os.path.join(OUT, name))
    write_expected(
        name,
        "Imitates a Welsh local authority's improvement plan after a CIW performance evaluation "
        "inspection of children's services (2024), as appended to Cabinet/Scrutiny papers; not "
        "copied from a single plan. Copied features: plan grouped by the four SSWB Act principles "
        "as full-width merged rows, the CIW area for improvement vertically merged across its "
        "actions, a key/value document control table, a RAG key of colour swatches and RAG shown "
        "by cell fill only (no text).",
        "Nine numbered actions in one table under the four principles, each answering a CIW area "
        "for improvement shown in a vertically merged cell. Status is read from the fill colour "
        "of the RAG cell using the key (blue = complete); action 9 has no fill and is unrated.",
        "read", title=title, actions=expected)


# ================================================================ 3. fostering xlsx
def make_fostering():
    name = "a2-fostering-improvement-tracker.xlsx"
    title = "Fostering Service Improvement Plan 2024-25"
    T1 = "Theme 1: Recruitment and assessment of foster carers"
    T2 = "Theme 2: Support and supervision of foster carers"
    T3 = "Theme 3: Leadership and management"
    rA = "Requirement: The registered person must ensure that fostering assessments are completed within eight months."
    rB = "Recommendation: Panel minutes should clearly record the reasons for the panel's recommendations."
    rC = "Requirement: Supervising social workers must visit foster carers at least every six weeks and record the visit."
    rD = "Recommendation: Foster carers should receive the training set out in their personal development plans."
    rE = "Recommendation: The registered manager should ensure that notifications to Ofsted are made without delay."
    D = dt.datetime
    data = [
        (T1, rA, [
            ("F1.1", "Introduce a tracker for all assessments with fortnightly review by the Team Manager.",
             "Team Manager (Recruitment)", D(2024, 9, 30), None, "Amber", "Complete",
             ["Team Manager (Recruitment)"], "2024-09", None, "blue"),
            ("F1.2", "Commission two independent assessors to clear the backlog of assessments over six months.",
             "Fostering Service Manager", D(2024, 10, 31), D(2025, 1, 31), "Red", "Amber",
             ["Fostering Service Manager"], "2025-01", None, "amber"),
            ("F1.3", "Report assessment timeliness to the Fostering Panel each quarter.",
             "Panel Adviser", "Quarterly", None, "Green", "Green",
             ["Panel Adviser"], None, "Quarterly", "green"),
        ]),
        (T1, rB, [
            ("F1.4", "Revise the panel minute template to include a 'reasons for recommendation' section.",
             "Panel Adviser", "Nov-24", None, "Green", "Complete",
             ["Panel Adviser"], "2024-11", None, "blue"),
            ("F1.5", "Agency Decision Maker to quality assure a sample of panel minutes each month.",
             "Agency Decision Maker", "Ongoing", None, "Green", "Green",
             ["Agency Decision Maker"], None, "Ongoing", "green"),
        ]),
        (T2, rC, [
            ("F2.1", "Set a six-weekly visit standard in the supervising social worker practice guide.",
             "KD/RM", D(2024, 8, 31), None, "Green", "Complete",
             ["KD", "RM"], "2024-08", None, "blue"),
            ("F2.2", "Produce a weekly exceptions report of overdue supervisory visits from LCS.",
             "Business Intelligence Officer", "Sept 2024", None, "Amber", "Green",
             ["Business Intelligence Officer"], "2024-09", None, "green"),
            ("F2.3", "Review caseloads of supervising social workers and rebalance where any worker supports more than 18 households.",
             "Fostering Service Manager", D(2024, 12, 31), "Mar-25", "Amber", "Red",
             ["Fostering Service Manager"], "2025-03", None, "red"),
        ]),
        (T2, rD, [
            ("F2.4", "Refresh the foster carer training offer for 2025, including trauma-informed care and therapeutic parenting.",
             "Learning and Development Lead", "Q4 2024/25", None, None, "Amber",
             ["Learning and Development Lead"], "2025-03", "Q4 2024/25", "amber"),
            ("F2.5", "Ensure all carers complete the TSD standards within 12 months of approval (18 months for connected carers).",
             "Supervising Social Workers", "31/03/2025", None, "Amber", "Amber",
             ["Supervising Social Workers"], "2025-03", None, "amber"),
        ]),
        (T3, rE, [
            ("F3.1", "Create a notifications log and check it weekly at the management meeting.",
             "Registered Manager", D(2024, 7, 31), None, "Green", "Complete",
             ["Registered Manager"], "2024-07", None, "blue"),
            ("F3.2", "Brief all staff on Schedule 7 notifiable events.",
             "Registered Manager", D(2024, 9, 30), D(2025, 2, 28), "Amber", None,
             ["Registered Manager"], "2025-02", None, "unrated"),
        ]),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    bold = Font(bold=True)
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Following the Ofsted inspection of the fostering agency, June 2024"
    ws.merge_cells("A2:I2")
    ws["A3"] = "Owner: Registered Manager, Fostering    Last updated: 14/01/2025"
    ws.merge_cells("A3:I3")
    ws["A5"] = "RAG key:"
    ws["A5"].font = bold
    for col, (txt, f) in zip("BCDE", [("Red = off track", "red"), ("Amber = at risk", "amber"),
                                     ("Green = on track", "green"), ("Complete", "blue")]):
        ws[col + "5"] = txt
        ws[col + "5"].fill = PatternFill("solid", fgColor=FILL[f])
    hdr = ["Ref", "Requirement / recommendation", "Action", "Lead", "Original target",
           "Revised target", "Previous RAG", "Current RAG", "Update"]
    ws.append([])
    ws.append(hdr)  # row 7
    for c in ws[7]:
        c.font = bold
        c.fill = PatternFill("solid", fgColor="D9E2F3")
    expected = []
    cur_t = None
    updates = ["Tracker live since August.", "Second assessor started November.",
               "", "Template in use from November panel.", "", "Guide reissued August.",
               "Report now weekly.", "Two vacancies; agency cover being sought.",
               "Offer drafted.", "", "Log in place.", ""]
    ui = 0
    ragfill = {"Red": "red", "Amber": "amber", "Green": "green", "Complete": "blue"}
    for theme, req, acts in data:
        if theme != cur_t:
            cur_t = theme
            ws.append([theme])
            r = ws.max_row
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            ws.cell(r, 1).font = bold
            ws.cell(r, 1).fill = PatternFill("solid", fgColor="FCE4D6")
        start = ws.max_row + 1
        for (ref, act, lead, orig, rev, prev, cur, lread, end, etext, st) in acts:
            ws.append([ref, req, act, lead, orig, rev, prev, cur, updates[ui]])
            ui += 1
            r = ws.max_row
            for col in (5, 6):
                if isinstance(ws.cell(r, col).value, dt.datetime):
                    ws.cell(r, col).number_format = "dd/mm/yyyy"
            for col, v in ((7, prev), (8, cur)):
                if v:
                    ws.cell(r, col).fill = PatternFill("solid", fgColor=FILL[ragfill[v]])
            expected.append(A(ref, [theme, req], act, lread, end, st, etext))
        end_r = ws.max_row
        if end_r > start:
            ws.merge_cells(start_row=start, start_column=2, end_row=end_r, end_column=2)
    ws.append(["Totals", None, "12 actions", None, None, None, None,
               "Complete 4 / Green 3 / Amber 3 / Red 1 / Not rated 1"])
    ws.cell(ws.max_row, 1).font = bold
    ws.append([])
    ws.append(["Note: revised target dates were agreed by the Improvement Board on 9 December 2024."])
    for col, w in zip("ABCDEFGHI", [8, 40, 55, 28, 15, 15, 12, 12, 35]):
        ws.column_dimensions[col].width = w
    for row in ws.iter_rows(min_row=8):
        for c in row:
            c.alignment = Alignment(wrap_text=True, vertical="top")
    wb.save(os.path.join(OUT, name))
    write_expected(
        name,
        "Imitates an English council's fostering service (Ofsted fostering agency inspection) "
        "improvement tracker kept in Excel and appended to Corporate Parenting Board papers, "
        "2024-25; not copied from a single plan. Copied features: merged title block, RAG key row "
        "of filled cells, header at row 7, merged theme rows, requirement/recommendation text "
        "vertically merged over its actions, original and revised target columns (real dates and "
        "text), Previous and Current RAG columns, a totals row and a closing note row.",
        "Twelve actions F1.1-F3.2 under three themes, each answering an Ofsted requirement or "
        "recommendation. The end is the revised target where one is given, otherwise the original; "
        "the status is the Current RAG (Complete = blue), and F3.2 has no current rating so is unrated.",
        "read", title=title, actions=expected)


# ================================================================ 4. adoption xlsx (refuse)
def make_adoption():
    name = "a2-adoption-improvement-tracker.xlsx"
    title = "Adoption Partnership South – Improvement Plan following Ofsted inspection (October 2024)"
    D = dt.datetime
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Version 1.3 – updated 20/01/2025. RAG: R = off track, A = some risk, G = on track, B = complete"
    ws.merge_cells("A2:G2")
    ws.append([])
    ws.append(["Ref", "Recommendation", "Action", "Lead", "Target date", "RAG", "Comments"])  # row 4
    for c in ws[4]:
        c.font = Font(bold=True)
    rows = [
        ("1. Early permanence", None),
        ("A1.1", ["Increase the use of early permanence placements.",
                  "Appoint an early permanence champion in each partner local authority.",
                  "Head of Adoption Partnership", "Dec-24", "B", "Champions in post."]),
        ("A1.2", ["Increase the use of early permanence placements.",
                  "Deliver early permanence training to all children's social work teams.",
                  "Practice Lead (Early Permanence)", D(2025, 1, 31), "G", ""]),
        ("A1.3", ["Increase the use of early permanence placements.",
                  "Track every child with a plan for adoption from the second review onwards.",
                  "Family Finding Team Manager", "Q4 2024/25", "A", "Tracker being built."]),
        ("2. Adopter recruitment and preparation", None),
        ("A2.1", ["Recruit adopters who can meet the needs of children waiting.",
                  "Launch a targeted campaign for adopters for sibling groups and older children.",
                  "Marketing and Recruitment Manager", "Mar-25", "A", ""]),
        ("A2.2", ["Recruit adopters who can meet the needs of children waiting.",
                  "Refresh the adopter preparation course to include therapeutic parenting.",
                  "Assessment Team Manager", "Febuary-25", "G", "Pilot course January."]),
        ("A2.3", ["Recruit adopters who can meet the needs of children waiting.",
                  "Hold monthly information events online and in person.",
                  "Marketing and Recruitment Manager", "Ongoing", "G", ""]),
        ("3. Adoption support", None),
        ("A3.1", ["Assessments of need for adoption support are timely.",
                  "Reduce the waiting list for adoption support assessments to under 8 weeks.",
                  "Adoption Support Team Manager", "April 2025", "R", "Two vacancies."]),
        ("A3.2", ["Assessments of need for adoption support are timely.",
                  "Agree a regional Adoption and Special Guardianship Support Fund process.",
                  "Adoption Support Team Manager", D(2025, 6, 30), "A", ""]),
        ("A3.3", ["Assessments of need for adoption support are timely.",
                  "Set up a peer support group for adopters of children with FASD.",
                  "HM/CW", "Sept 2025", "", ""]),
        ("A3.4", ["Assessments of need for adoption support are timely.",
                  "Publish the adoption support offer on the partnership website.",
                  "Communications Officer", "by end of March 2025", "B", "Published."]),
    ]
    bad_row = None
    for ref, rest in rows:
        if rest is None:
            ws.append([ref])
            r = ws.max_row
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.cell(r, 1).font = Font(bold=True)
        else:
            ws.append([ref] + rest)
            r = ws.max_row
            if isinstance(ws.cell(r, 5).value, dt.datetime):
                ws.cell(r, 5).number_format = "dd/mm/yyyy"
            if rest[3] == "Febuary-25":
                bad_row = r
    ws.append([])
    ws.append(["Notes: this tracker is reported to the Partnership Board each quarter."])
    wb.save(os.path.join(OUT, name))
    assert bad_row == 11, bad_row
    write_expected(
        name,
        "Imitates a regional adoption agency improvement plan after an Ofsted inspection, kept as "
        "an Excel tracker for a partnership board (2024-25); not copied from a single plan. "
        "Copied features: merged title and version/key line, header at row 4, merged numbered "
        "section rows, recommendation repeated on each action row, RAG letters R/A/G/B, a "
        "mixture of text months, real dates, Q4 2024/25, Ongoing and 'by end of March 2025', "
        "a notes row.",
        "Ten actions A1.1-A3.4 under three sections. Action A2.2 (sheet row 11) has the target "
        "date 'Febuary-25', a mistyped month, so a careful reader would stop and ask rather than "
        "guess the date.",
        "refuse", title=title, refuse_at=bad_row)


# ================================================================ 5. early help csv
def make_early_help():
    name = "a2-early-help-action-plan.csv"
    title = "Early Help Strategy Action Plan 2024-26"
    p1 = "Right help at the right time"
    p2 = "Family Hubs and Start for Life"
    p3 = "Data, quality and impact"
    o1 = "Families get help early from the right service"
    o2 = "Schools are confident to lead early help"
    o3 = "Every family with a child under 5 can reach a Family Hub"
    o4 = "We know the impact early help makes"
    rows = [
        ("EH1.1", p1, o1, "Publish a refreshed Levels of Need document co-produced with partners.",
         "Head of Early Help", "Oct-24", "B", "Published October.", ["Head of Early Help"], "2024-10", None, "blue"),
        ("EH1.2", p1, o1, "Launch a single early help front door within the Family Hub network.",
         "Family Hubs Manager", "31/03/2025", "A", "Phone line live; online form in testing.",
         ["Family Hubs Manager"], "2025-03", None, "amber"),
        ("EH1.3", p1, o1, "Train 200 partner practitioners as early help lead professionals.",
         "Early Help Partnership Coordinator", "Q4 2024/25", "G", "146 trained to date.",
         ["Early Help Partnership Coordinator"], "2025-03", "Q4 2024/25", "green"),
        ("EH1.4", p1, o2, "Offer termly early help surgeries to every primary school.\nPrioritise schools with high persistent absence.",
         "Education Inclusion Lead", "Termly", "G", "",
         ["Education Inclusion Lead"], None, "Termly", "green"),
        ("EH1.5", p1, o2, "Pilot a school-based family worker in two secondary school clusters.",
         "JP & SK", "Spring term 2025", "A", "One worker recruited.",
         ["JP", "SK"], "2025-04", "Spring term 2025", "amber"),
        ("EH2.1", p2, o3, "Open the Northfield Family Hub with a full Start for Life offer.",
         "Family Hubs Manager", "September 2024", "B", "Opened 16 September.",
         ["Family Hubs Manager"], "2024-09", None, "blue"),
        ("EH2.2", p2, o3, "Deliver the infant feeding and perinatal mental health pathway across all hubs.",
         "Public Health Lead / Family Hubs Manager", "Mar-25", "A", "",
         ["Public Health Lead", "Family Hubs Manager"], "2025-03", None, "amber"),
        ("EH2.3", p2, o3, "Publish the Start for Life offer online and in print in the top five community languages.",
         "Communications Officer", "Dec-24", "R", "Translation contract delayed.",
         ["Communications Officer"], "2024-12", None, "red"),
        ("EH2.4", p2, o3, "Recruit 30 parent and carer panel members to co-design hub services.",
         "Parent Carer Forum Chair", "Ongoing", "G", "22 members.",
         ["Parent Carer Forum Chair"], None, "Ongoing", "green"),
        ("EH3.1", p3, o4, "Implement the Supporting Families outcomes framework in the case management system.",
         "Data and Performance Manager", "30/11/2024", "B", "",
         ["Data and Performance Manager"], "2024-11", None, "blue"),
        ("EH3.2", p3, o4, "Run a quarterly early help audit with partner agencies and report to the Safeguarding Partnership.",
         "Quality Assurance Manager", "Quarterly", "G", "",
         ["Quality Assurance Manager"], None, "Quarterly", "green"),
        ("EH3.3", p3, o4, "Measure re-referral rates to early help within 12 months and set a target.",
         "Data and Performance Manager", "by end of March 2025", "A", "",
         ["Data and Performance Manager"], "2025-03", "by end of March 2025", "amber"),
        ("EH3.4", p3, o4, "Capture family feedback at case closure through a two-minute survey.",
         "Patel, Jo", "Jan-25", "", "",
         ["Patel, Jo"], "2025-01", None, "unrated"),
        ("EH3.5", p3, o4, "Publish an annual early help impact report.",
         "Head of Early Help", "June 2025", "A", "",
         ["Head of Early Help"], "2025-06", None, "amber"),
    ]
    with open(os.path.join(OUT, name), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow([title, "", "", "", "", "", "", ""])
        w.writerow(["Exported 15/01/2025", "", "", "", "", "", "", ""])
        w.writerow([])
        w.writerow(["Ref", "Priority", "Outcome", "Action", "Lead", "Due date", "RAG", "Latest update"])
        for r in rows:
            w.writerow(list(r[:8]))
        w.writerow([])
        w.writerow(["Key: R = Red, A = Amber, G = Green, B = Blue (complete)", "", "", "", "", "", "", ""])
    expected = [A(r[0], [r[1], r[2]], r[3], r[8], r[9], r[11], r[10]) for r in rows]
    write_expected(
        name,
        "Imitates an English council's early help strategy action plan exported to CSV from a "
        "performance system (Family Hubs era, 2024-26); not copied from a single plan. Copied "
        "features: title and 'Exported' lines above a blank line and the header, Priority and "
        "Outcome columns repeated on each row, RAG letters R/A/G/B with a key line at the end, a "
        "quoted multi-line action cell, Termly/Quarterly/Ongoing and a school term as due dates.",
        "Fourteen actions EH1.1-EH3.5 under three priorities and their outcomes. RAG letters are "
        "read with the key line (B = complete); EH3.4 has no RAG and is unrated.",
        "read", title=title, actions=expected)


# ================================================================ 6. Scottish txt (tab separated)
def make_scottish():
    name = "a2-care-inspectorate-improvement-plan.txt"
    title = "Joint Inspection of Services for Children at Risk of Harm – Improvement Plan"
    a1 = "Recognising and responding to risk: initial responses to concerns about children need to be consistently timely."
    a2 = "Planning: child's plans should be outcome-focused and reflect the views of children and families."
    a3 = "Leadership: the Child Protection Committee should strengthen its use of data to drive improvement."
    rows = [
        (a1, "Review the Inter-agency Referral Discussion (IRD) process against the National Guidance for Child Protection in Scotland 2021 (updated 2023).",
         "Chief Social Work Officer", "March 2025", "On track", ["Chief Social Work Officer"], "2025-03", None, "green"),
        (a1, "Introduce a weekly IRD quality assurance huddle with police, health and social work.",
         "IRD Manager; Police Scotland DI (Public Protection)", "Ongoing", "Green",
         ["IRD Manager", "Police Scotland DI (Public Protection)"], None, "Ongoing", "green"),
        (a1, "Audit 30 IRDs and report findings to the Child Protection Committee.",
         "Child Protection Lead Officer", "31/01/2025", "Complete",
         ["Child Protection Lead Officer"], "2025-01", None, "blue"),
        (a2, "Adopt the GIRFEC practice model outcome template in all child's plans.",
         "GIRFEC Lead Officer", "Q4 2024/25", "Amber", ["GIRFEC Lead Officer"], "2025-03", "Q4 2024/25", "amber"),
        (a2, "Develop a Bairns' Hoose-aligned approach to gathering children's views.",
         "Service Manager (Children and Families)", "End of June 2025", "Not started",
         ["Service Manager (Children and Families)"], "2025-06", "End of June 2025", "unrated"),
        (a2, "Roll out Viewpoint questionnaires for all children subject to a child protection plan.",
         "Reviewing Officers", "Dec 2024", "Red", ["Reviewing Officers"], "2024-12", None, "red"),
        (a3, "Produce a quarterly multi-agency minimum dataset report for the Child Protection Committee.",
         "CPC Lead Officer", "Quarterly", "Green", ["CPC Lead Officer"], None, "Quarterly", "green"),
        (a3, "Hold a CPC development session on self-evaluation using the quality indicator framework.",
         "Chair of the Child Protection Committee", "Feb-25", "Amber",
         ["Chair of the Child Protection Committee"], "2025-02", None, "amber"),
        (a3, "Publish the CPC annual report, including progress on this improvement plan.",
         "Anderson, Fiona", "September 2025", "Not started",
         ["Anderson, Fiona"], "2025-09", None, "unrated"),
    ]
    lines = [title, "Chief Officers Group – progress update January 2025", "",
             "\t".join(["Area for improvement", "Improvement action", "Lead partner / officer",
                        "Timescale", "Status"])]
    for r in rows:
        lines.append("\t".join(r[:5]))
    lines += ["", "Status: Not started / On track / Amber / Red / Complete. Progress reported to the Chief Officers Group quarterly."]
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    expected = [A(None, [r[0]], r[1], r[5], r[6], r[8], r[7]) for r in rows]
    write_expected(
        name,
        "Imitates a Scottish community planning partnership's improvement plan after a Care "
        "Inspectorate joint inspection of services for children at risk of harm (2024-25), "
        "exported as tab-separated text for a Chief Officers Group; not copied from a single "
        "plan. Copied features: title and update lines, header row, the inspection's area for "
        "improvement repeated in the first column, no action refs, multi-agency leads, status "
        "words (On track, Complete, Not started, RAG words) and a closing status note line.",
        "Nine unnumbered actions under three areas for improvement from the inspection. Status "
        "words are read as On track = green, Complete = blue, Not started = unrated; the last line "
        "is a note, not an action.",
        "read", title=title, actions=expected)


if __name__ == "__main__":
    make_focused_visit()
    make_ciw()
    make_fostering()
    make_adoption()
    make_early_help()
    make_scottish()
    print("done")
