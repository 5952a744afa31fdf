"""Build the seven zvs- blind cases (data files and their .expected.yaml readings).

Run with /work/main/.venv/bin/python zvs_make.py from any directory.
Writes only files whose names start with "zvs-" into this script's folder.
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
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {"blue": "0070C0", "green": "00B050", "amber": "FFC000", "red": "FF0000"}


def out(name):
    assert name.startswith("zvs-")
    return os.path.join(HERE, name)


def write_expected(name, meta, actions):
    doc = {}
    for k in ("source", "reads", "outcome", "accept_refusal", "refuse_at", "title"):
        if k in meta:
            doc[k] = meta[k]
    if meta["outcome"] == "read":
        acts = []
        for a in actions:
            d = {"ref": a["ref"], "under": a["under"], "action": a["action"], "lead": a["lead"],
                 "end": a["end"]}
            if a.get("end_text"):
                d["end_text"] = a["end_text"]
            d["status"] = a["status"]
            acts.append(d)
        doc["actions"] = acts
    with open(out(name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=100000)


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexfill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexfill)
    tcPr.append(shd)


def bold_row(row, fill=None):
    for c in row.cells:
        for p in c.paragraphs:
            for r in p.runs:
                r.bold = True
        if fill:
            shade(c, fill)


def set_cell(cell, text, bold=False, size=None):
    cell.text = ""
    parts = text.split("\n\n")
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(part)
        r.bold = bold
        if size:
            r.font.size = Pt(size)


# ============================================================ 1. Carmarthenshire YJS (docx)
def carmarthenshire():
    name = "zvs-carmarthenshire-youth-justice-service-hmip-inspection-improvement-plan.docx"
    title = "Carmarthenshire Youth Justice Service: HMI Probation Inspection Improvement Plan 2025–26"
    doc = Document()
    doc.add_heading(title, level=0)
    p = doc.add_paragraph("Gwasanaeth Cyfiawnder Ieuenctid Sir Gâr – Cynllun Gwella yn dilyn Arolygiad")
    p.runs[0].italic = True
    doc.add_paragraph("Document control")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Comments"]):
        set_cell(c, h, bold=True)
    for row in [("0.1", "14/04/2025", "YJS Manager", "Draft for Youth Justice Management Board"),
                ("1.0", "30/04/2025", "YJS Manager", "Agreed by Management Board and sent to HMI Probation"),
                ("1.3", "15/10/2025", "YJS Information Officer", "Quarter 2 progress update")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)
    doc.add_paragraph()
    doc.add_paragraph(
        "HM Inspectorate of Probation inspected Carmarthenshire Youth Justice Service in January 2025 and "
        "published its report in April 2025. The service was rated ‘Requires improvement’ overall. The "
        "inspectorate made four recommendations: two for the Youth Justice Management Board and two for the "
        "YJS Manager. This plan sets out the actions agreed in response and is reviewed at every meeting of "
        "the Management Board.")
    doc.add_paragraph("RAG key")
    k = doc.add_table(rows=1, cols=2)
    k.style = "Table Grid"
    set_cell(k.rows[0].cells[0], "Rating", bold=True)
    set_cell(k.rows[0].cells[1], "Meaning", bold=True)
    for word, fill, meaning in [("Blue", "blue", "Action complete and impact evidenced"),
                                ("Green", "green", "On track"),
                                ("Amber", "amber", "Some slippage – recovery plan in place"),
                                ("Red", "red", "Off track – escalate to Management Board")]:
        cells = k.add_row().cells
        set_cell(cells[0], word)
        shade(cells[0], FILL[fill])
        set_cell(cells[1], meaning)

    sec_board = "Recommendations for the Carmarthenshire Youth Justice Management Board"
    sec_mgr = "Recommendations for the Carmarthenshire Youth Justice Service Manager"
    r1 = ("Recommendation 1: Ensure that board members understand their statutory responsibilities and "
          "actively represent their agency’s contribution to youth justice outcomes")
    r2 = ("Recommendation 2: Make sure that disproportionality is understood and addressed, including for "
          "children who are care experienced and those with additional learning needs")
    r3 = ("Recommendation 3: Improve the quality of assessment and planning to keep children and other "
          "people safe, including contingency planning")
    r4 = ("Recommendation 4: Strengthen the out-of-court disposal offer so that decisions are informed by a "
          "full assessment of the child’s needs")

    # (ref, action, lead cell, lead list, timescale, end, end_text, progress, rag word, status)
    sections = [
        (sec_board, [
            (r1, [
                ("1.1", "Deliver a board induction and development session for all members, covering the HMI "
                        "Probation standards and the Youth Justice Board’s Child First principles.",
                 "Chair of Management Board; YJS Manager", ["Chair of Management Board", "YJS Manager"],
                 "June 2025", "2025-06", None,
                 "Session held 12/06/2025; 11 of 13 members attended and the recording has been shared "
                 "with the other two.", "Blue", "blue"),
                ("1.2", "Refresh the board terms of reference and membership so that Education, Hywel Dda "
                        "University Health Board and Dyfed-Powys Police attend at a level able to commit "
                        "resources.",
                 "Head of Children’s Services", ["Head of Children’s Services"],
                 "30/09/2025", "2025-09", None,
                 "Draft terms of reference agreed at the September board. Hywel Dda UHB nominee still to be "
                 "confirmed.", "Amber", "amber"),
                ("1.3", "Introduce a quarterly partner performance report in which each agency reports on its "
                        "contribution for YJS children (school attendance, CAMHS waiting times, voluntary "
                        "attendance at police interview).",
                 "YJS Information Officer", ["YJS Information Officer"],
                 "Q3 2025/26", "2025-12", None,
                 "Template circulated. Education data received; health data outstanding.", "Green", "green"),
            ]),
            (r2, [
                ("2.1", "Complete a disproportionality audit of all children open to the YJS between April 2024 "
                        "and March 2025, broken down by care status, ALN, ethnicity and Welsh-language "
                        "preference.",
                 "YJS Operational Manager", ["YJS Operational Manager"],
                 "31/07/2025", "2025-07", None,
                 "Audit completed and findings presented to the board in July 2025.", "Blue", "blue"),
                ("2.2", "Agree a joint protocol with Children’s Services to reduce the criminalisation of "
                        "children in care, in line with the All Wales Protocol.",
                 "Head of Children’s Services / YJS Manager", ["Head of Children’s Services", "YJS Manager"],
                 "December 2025", "2025-12", None,
                 "Draft protocol with Legal Services for comment.", "Green", "green"),
            ]),
        ]),
        (sec_mgr, [
            (r3, [
                ("3.1", "Deliver refresher training on AssetPlus safety and wellbeing and risk of serious harm "
                        "assessment to all case managers.\nEach case manager to have a practice observation "
                        "within eight weeks of the training.",
                 "Team Manager (Court Orders)", ["Team Manager (Court Orders)"],
                 "Sept 2025 – March 2026", "2026-03", None,
                 "14 of 16 case managers trained; observations booked.", "Green", "green"),
                ("3.2", "Introduce a monthly thematic audit of contingency plans, with findings reported to the "
                        "YJS Quality Assurance Group.",
                 "Practice Development Lead", ["Practice Development Lead"],
                 "Ongoing – monthly", None, "Ongoing – monthly",
                 "Audits in place since August 2025; 62% of plans rated good or better.", "Green", "green"),
                ("3.3", "Ensure every child assessed as high or very high risk of serious harm has a "
                        "multi-agency risk management meeting recorded within 10 working days.",
                 "Team Manager (Court Orders)", ["Team Manager (Court Orders)"],
                 "31/05/2025", "2025-05", None,
                 "Compliance 71% in September 2025 because of staff absence. Escalated to the board.",
                 "Red", "red"),
            ]),
            (r4, [
                ("4.1", "Revise the Bureau (out-of-court disposal) guidance jointly with Dyfed-Powys Police so "
                        "that the YJS assessment is completed before the joint decision-making panel.",
                 "YJS Manager; Dyfed-Powys Police Prevention Inspector",
                 ["YJS Manager", "Dyfed-Powys Police Prevention Inspector"],
                 "30/11/2025", "2025-11", None,
                 "Revised guidance drafted; awaiting police sign-off.", "Amber", "amber"),
                ("4.2", "Make sure victims are contacted and their views recorded before every Bureau decision.",
                 "Restorative Justice Worker", ["Restorative Justice Worker"],
                 "TBC", None, "TBC",
                 "To start once the revised guidance (action 4.1) is agreed.", "", "unrated"),
            ]),
        ]),
    ]
    actions = []
    for sec, recs in sections:
        doc.add_heading(sec, level=1)
        for rec, rows in recs:
            t = doc.add_table(rows=2, cols=6)
            t.style = "Table Grid"
            m = t.rows[0].cells[0].merge(t.rows[0].cells[5])
            set_cell(m, rec, bold=True)
            shade(m, "D9E2F3")
            for c, h in zip(t.rows[1].cells, ["No.", "Action", "Lead", "Timescale",
                                              "Progress update (October 2025)", "RAG"]):
                set_cell(c, h, bold=True)
            for (ref, act, leadcell, leads, ts, end, end_text, prog, rag, status) in rows:
                cells = t.add_row().cells
                set_cell(cells[0], ref)
                cells[1].text = act
                set_cell(cells[2], leadcell)
                set_cell(cells[3], ts)
                set_cell(cells[4], prog)
                set_cell(cells[5], rag)
                if status in FILL:
                    shade(cells[5], FILL[status])
                actions.append(dict(ref=ref, under=[sec, rec], action=act, lead=leads, end=end,
                                    end_text=end_text, status=status))
            doc.add_paragraph()
    doc.add_paragraph("Next review: Youth Justice Management Board, January 2026.")
    s = doc.add_table(rows=2, cols=3)
    s.style = "Table Grid"
    for c, v in zip(s.rows[0].cells, ["Approved by", "Role", "Date"]):
        set_cell(c, v, bold=True)
    for c, v in zip(s.rows[1].cells, ["Cllr (Chair)", "Chair, Youth Justice Management Board", "30/04/2025"]):
        set_cell(c, v)
    doc.save(out(name))
    meta = dict(
        source=("Imitates a Welsh youth justice service's post-inspection improvement plan sent to HMI "
                "Probation and reported to its Youth Justice Management Board (e.g. the plans published after "
                "the 2024-25 HMIP inspections of Gwynedd & Ynys Môn, Cwm Taf and Ceredigion YJS; HMIP press "
                "releases and Reading YJS committee item found via search). Carmarthenshire, 2025, invented "
                "content. Copies: title with Welsh subtitle, document-control table, narrative intro, RAG key "
                "table with shaded cells, a Heading 1 per recommendation group (Board / YJS Manager), one Word "
                "table per recommendation whose merged first row holds the recommendation text, RAG words in "
                "shaded cells, dates as ranges/quarters/Ongoing/TBC, several leads in one cell, a two-paragraph "
                "action cell, closing sign-off table."),
        reads=("A Word improvement plan with document control and a RAG key, then two groups of HMIP "
               "recommendations (for the Management Board and for the YJS Manager); each recommendation is a "
               "table with its text in a merged top row and numbered actions 1.1-4.2 below, giving lead, "
               "timescale, October 2025 progress and a RAG word. Ten actions."),
        outcome="read", accept_refusal=False, title=title)
    write_expected(name, meta, actions)


# ============================================================ 2. Portsmouth fostering (docx)
def portsmouth():
    name = "zvs-portsmouth-city-council-fostering-service-development-improvement-plan.docx"
    title = "Portsmouth City Council Fostering Service Development and Improvement Plan 2025–26"
    doc = Document()
    h = doc.add_paragraph()
    r = h.add_run(title)
    r.bold = True
    r.font.size = Pt(16)
    r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    doc.add_paragraph("Children, Families and Education Directorate | Plan owner: Head of Children in Care "
                      "Service | Last updated: 10 November 2025")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, v in zip(t.rows[0].cells, ["Version", "Date", "Summary of changes"]):
        set_cell(c, v, bold=True)
    for row in [("1.0", "03/04/2025", "Plan agreed at Children in Care Leadership Team"),
                ("1.1", "08/07/2025", "Q1 updates; P1.1 completed"),
                ("1.2", "10/11/2025", "Q2 updates; P1.3 date moved following Cabinet forward plan change")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)
    doc.add_paragraph()
    doc.add_paragraph(
        "This plan takes forward the fostering recommendations from the Ofsted inspection of local authority "
        "children's services, the Regulation 35 review of the quality of care, and feedback from the "
        "Portsmouth Foster Carers' Forum. Progress is reported to the Corporate Parenting Panel twice a year.")
    doc.add_paragraph("Progress key (colour of the RAG column)")
    k = doc.add_table(rows=5, cols=2)
    k.style = "Table Grid"
    for i, (fill, meaning) in enumerate([("blue", "Completed"), ("green", "On track"),
                                          ("amber", "At risk of delay"), ("red", "Off track or overdue"),
                                          (None, "Not yet started")]):
        if fill:
            shade(k.rows[i].cells[0], FILL[fill])
        set_cell(k.rows[i].cells[1], meaning)
    doc.add_paragraph()

    priorities = [
        ("Priority 1: Sufficiency – more Portsmouth children living with Portsmouth foster carers", [
            ("Increase the number of approved mainstream fostering households by 15 by March 2026", [
                ("P1.1", "Launch a refreshed recruitment campaign under the Foster for Portsmouth brand, with "
                         "targeted events in Cosham, Southsea and Paulsgrove.",
                 "Fostering Recruitment Manager", ["Fostering Recruitment Manager"],
                 "30/06/2025", "2025-06", None, "blue",
                 "Campaign launched 2 June 2025; 64 enquiries received by the end of Q2."),
                ("P1.2", "Reduce the time from initial enquiry to fostering panel to an average of six months "
                         "by introducing a two-stage assessment tracker.",
                 "Assessment Team Manager", ["Assessment Team Manager"],
                 "31/03/2026", "2026-03", None, "green",
                 "Average 7.2 months in Q2, down from 8.9 months in 2024-25."),
            ]),
            ("Retain existing foster carers and reduce resignations", [
                ("P1.3", "Review the fostering allowances and fees scheme against the national minimum "
                         "allowance and neighbouring authorities, and present options to Cabinet.",
                 "Head of Children in Care Service; Finance Business Partner",
                 ["Head of Children in Care Service", "Finance Business Partner"],
                 "October 2025", "2025-10", None, "red",
                 "Cabinet report deferred to January 2026; date not yet revised on the plan."),
            ]),
        ]),
        ("Priority 2: Support and training for foster carers", [
            ("Every foster carer receives supervision and training that meets the Fostering National Minimum "
             "Standards", [
                ("P2.1", "Audit supervision records for all fostering households and make sure supervisory "
                         "visits take place at least every six weeks.",
                 "Supervising Social Work Team Manager", ["Supervising Social Work Team Manager"],
                 "Quarterly", None, "Quarterly", "green",
                 "Q2 audit: 88% of households visited within six weeks."),
                ("P2.2", "Pilot a Mockingbird constellation with one hub carer, supported by The Fostering "
                         "Network.",
                 "Fostering Service Manager", ["Fostering Service Manager"],
                 "April 2026", "2026-04", None, None,
                 "Funding bid submitted; awaiting outcome."),
            ]),
            ("Improve the support offered to connected (kinship) carers", [
                ("P2.3", "Complete Regulation 24 temporary approvals and full connected carer assessments "
                         "within statutory timescales, tracked weekly by managers.",
                 "Kinship Team Manager / Fostering Panel Adviser",
                 ["Kinship Team Manager", "Fostering Panel Adviser"],
                 "31/12/2025", "2025-12", None, "amber",
                 "Three assessments are beyond 16 weeks; extensions agreed by the Agency Decision Maker."),
            ]),
        ]),
        ("Priority 3: Quality assurance and the fostering panel", [
            ("Strengthen the quality of panel business and the Agency Decision Maker process", [
                ("P3.1", "Recruit three additional independent panel members, including a care-experienced "
                         "member.",
                 "Fostering Panel Adviser", ["Fostering Panel Adviser"],
                 "Jan-26", "2026-01", None, "green",
                 "Two members recruited; interviews for the third in December."),
                ("P3.2", "Introduce a quality assurance tool for Form F assessments, with findings reported to "
                         "the Corporate Parenting Panel twice a year.",
                 "Principal Social Worker", ["Principal Social Worker"],
                 "30/09/2025", "2025-09", None, "blue",
                 "Tool in use from September 2025."),
            ]),
        ]),
    ]
    actions = []
    for prio, objectives in priorities:
        doc.add_heading(prio, level=2)
        t = doc.add_table(rows=1, cols=7)
        t.style = "Table Grid"
        for c, v in zip(t.rows[0].cells, ["Objective", "Ref", "Action", "Lead", "Target date", "RAG",
                                          "Update"]):
            set_cell(c, v, bold=True)
            shade(c, "DEEAF6")
        for obj, rows in objectives:
            first = len(t.rows)
            for (ref, act, leadcell, leads, date, end, end_text, status, upd) in rows:
                cells = t.add_row().cells
                set_cell(cells[1], ref)
                set_cell(cells[2], act)
                set_cell(cells[3], leadcell)
                set_cell(cells[4], date)
                set_cell(cells[6], upd)
                if status:
                    shade(cells[5], FILL[status])
                actions.append(dict(ref=ref, under=[prio, obj], action=act, lead=leads, end=end,
                                    end_text=end_text, status=status or "unrated"))
            last = len(t.rows) - 1
            m = t.cell(first, 0)
            if last > first:
                m = m.merge(t.cell(last, 0))
            set_cell(m, obj)
        doc.add_paragraph()
    doc.add_paragraph("Contact: Fostering Service, Portsmouth City Council, Civic Offices, Guildhall Square, "
                      "Portsmouth PO1 2AL.")
    doc.save(out(name))
    meta = dict(
        source=("Imitates an English local authority fostering service development/improvement plan of the "
                "kind appended to the annual fostering service report and Regulation 35 quality-of-care review "
                "and taken to the Corporate Parenting Panel (cf. Herefordshire and Thurrock fostering plans). "
                "Portsmouth City Council, 2025-26, invented content. Copies: bold title line, owner/updated "
                "line, version table, a progress key shown only as colours, a Heading 2 per priority with one "
                "table each, an Objective column merged vertically over its actions, a RAG column given only "
                "by cell fill (one unshaded = not started), Quarterly as a date, two leads in one cell."),
        reads=("A Word plan for the fostering service in three priorities, each a table of actions P1.1-P3.2 "
               "grouped under an objective (merged cell), with lead, target date, a colour-only RAG cell and an "
               "update. Eight actions; status is read from the fill colours per the key (blue = completed)."),
        outcome="read", accept_refusal=False, title=title)
    write_expected(name, meta, actions)


# ============================================================ 3. Sandwell scrutiny tracker (csv)
def sandwell():
    name = "zvs-sandwell-council-scrutiny-review-recommendations-tracker.csv"
    title = "Safer Neighbourhoods and Active Communities Scrutiny Board – Scrutiny Recommendations Tracker"
    header = ["Scrutiny review", "Recommendation", "Cabinet response", "Ref", "Agreed action", "Lead officer",
              "Target date", "Status", "Progress update"]
    revA = "Damp and Mould in Council Homes"
    revB = "Tackling Anti-Social Behaviour"
    a1 = ("1. That all tenants reporting damp or mould receive an inspection within 10 working days and a "
          "written schedule of works.")
    a2 = ("2. That the Council uses its stock condition survey data to identify the homes at highest risk and "
          "carries out proactive visits.")
    a3 = ("3. That Cabinet ensures a single point of contact is provided for vulnerable tenants with open damp "
          "and mould cases.")
    b1 = "1. That the Council and partners adopt a single case management system for anti-social behaviour."
    b2 = ("2. That the ASB case review (Community Trigger) process is publicised on the Council website and in "
          "housing newsletters.")
    b3 = "3. That the Board receives an annual report on the use of Public Spaces Protection Orders."
    # (review cell, rec cell, response, ref, action, lead cell, leads, date, end, end_text, status cell, status, update)
    rows = [
        (revA, a1, "Accepted", "DM1.1",
         "Introduce a 10-working-day inspection standard and an automated letter confirming the schedule of "
         "works after each inspection.",
         "Service Manager – Repairs and Maintenance", ["Service Manager – Repairs and Maintenance"],
         "31/07/2024", "2024-07", None, "Complete", "blue",
         "Standard live from 1 July 2024; 93% of inspections within 10 working days in Q2."),
        ("", "", "", "DM1.2",
         "Report performance against the inspection standard to the Scrutiny Board every six months.",
         "Business Intelligence Manager", ["Business Intelligence Manager"],
         "Six-monthly", None, "Six-monthly", "Green", "green",
         "First report presented September 2024; next due March 2025."),
        ("", a2, "Accepted", "DM2.1",
         "Complete a risk ranking of all council homes using stock condition and repairs history data.",
         "Asset Management Manager", ["Asset Management Manager"],
         "Sep-24", "2024-09", None, "Complete", "blue",
         "Risk model completed; 500 highest-risk homes identified."),
        ("", "", "", "DM2.2",
         "Carry out proactive visits to the 500 highest-risk homes.",
         "Asset Management Manager; Tenancy Services Manager",
         ["Asset Management Manager", "Tenancy Services Manager"],
         "31/03/2025", "2025-03", None, "Amber", "amber",
         "312 visits completed; access problems in high-rise blocks."),
        ("", a3, "Partially accepted", "DM3.1",
         "Assign a named case officer to tenants flagged as vulnerable who have an open damp and mould case.",
         "Tenancy Services Manager", ["Tenancy Services Manager"],
         "Q4 2024/25", "2025-03", None, "Green", "green",
         "Named officers in place for 140 households. A dedicated phone line was not agreed (cost)."),
        (revB, b1, "Accepted", "ASB1.1",
         "Procure and implement a shared ASB case management system with West Midlands Police and Sandwell "
         "Children’s Trust.",
         "Community Safety Manager", ["Community Safety Manager"],
         "31/10/2025", "2025-10", None, "Amber", "amber",
         "Supplier appointed. Go-live moved from April 2025 while the data sharing agreement is signed."),
        ("", b2, "Accepted", "ASB2.1",
         "Update the Community Trigger web page and publish an article in the spring tenants' newsletter.",
         "Communications Manager", ["Communications Manager"],
         "April 2024", "2024-04", None, "Complete", "blue",
         "Web page updated March 2024; article in spring 2024 Sandwell Homes News."),
        ("", b3, "Accepted", "ASB3.1",
         "Add an annual report on Public Spaces Protection Orders to the Scrutiny Board work programme.",
         "Scrutiny Officer", ["Scrutiny Officer"],
         "June 2025", "2025-06", None, "Not started", "unrated",
         ""),
    ]
    actions = []
    cur_rev = cur_rec = None
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        pad = [""] * (len(header) - 1)
        w.writerow([title] + pad)
        w.writerow(["Sandwell Metropolitan Borough Council – position reported to the Board on 23 January 2025"]
                   + pad)
        w.writerow([""] * len(header))
        w.writerow(header)
        for (rev, rec, resp, ref, act, leadcell, leads, date, end, end_text, stcell, status, upd) in rows:
            if rev:
                cur_rev = rev
            if rec:
                cur_rec = rec
            w.writerow([rev, rec, resp, ref, act, leadcell, date, stcell, upd])
            actions.append(dict(ref=ref, under=[cur_rev, cur_rec], action=act, lead=leads, end=end,
                                end_text=end_text, status=status))
        w.writerow([""] * len(header))
        w.writerow(["Status: Complete / Green (on track) / Amber (some slippage) / Red (off track) / Not started"]
                   + pad)
    meta = dict(
        source=("Imitates a council scrutiny recommendations tracker exported from a spreadsheet (cf. the "
                "Brent, Vale of Glamorgan and Bromsgrove scrutiny recommendation trackers found via search: "
                "review, recommendation, Cabinet response, action, lead, date, status, update). Sandwell "
                "Council, 2024-25, invented content. Copies: title and position lines above the header, trailing "
                "empty columns, review and recommendation cells left blank on follow-on rows of the same "
                "review/recommendation, numbered recommendation text, 'Partially accepted' responses, dates as "
                "31/07/2024, Sep-24, Q4 2024/25, Six-monthly, a status legend line at the end."),
        reads=("A CSV tracker of one scrutiny board's recommendations from two reviews (damp and mould; "
               "anti-social behaviour). Each row is an agreed action with its own ref (DM1.1 ... ASB3.1) under "
               "the review and recommendation above it; blank review/recommendation cells continue the one "
               "above. Eight actions."),
        outcome="read", accept_refusal=False, title=title)
    write_expected(name, meta, actions)


# ============================================================ 4. Denbighshire JICPA (txt, tab-separated)
def denbighshire():
    name = "zvs-denbighshire-north-wales-safeguarding-board-jicpa-action-plan.txt"
    title = "Joint Inspection of Child Protection Arrangements (JICPA) – Denbighshire"
    t1 = "1. Recognition of and response to neglect"
    t2 = "2. Strategy discussions and information sharing"
    t3 = "3. Voice of the child"
    t4 = "4. Leadership, learning and quality assurance"
    afi11 = "Practitioners across agencies do not consistently recognise the cumulative impact of neglect."
    afi21 = ("Health and education are not consistently invited to, or able to attend, strategy "
             "discussions.")
    afi23 = "Recording of police checks in strategy discussion minutes is inconsistent."
    afi31 = "The child’s lived experience is not always evident in child protection plans."
    afi41 = "The Board’s multi-agency audit programme does not routinely include child protection planning."
    # (theme, ref, afi cell, action, lead cell, leads, date, end, end_text, rag cell, status, update)
    rows = [
        (t1, "1.1", afi11,
         "Roll out the North Wales neglect toolkit to DCC, BCUHB, NWP and school staff through multi-agency "
         "briefings.",
         "NWSB Workforce Development Lead", ["NWSB Workforce Development Lead"],
         "Sept 2023 – March 2024", "2024-03", None, "G", "green",
         "Six briefings delivered to 214 staff; two further sessions booked for February."),
        (t1, "1.2", "",
         "Audit a sample of 20 neglect cases to test use of the toolkit in assessments and strategy discussions.",
         "NWSB Quality Assurance Sub-group Chair", ["NWSB Quality Assurance Sub-group Chair"],
         "31/05/2024", "2024-05", None, "A", "amber",
         "Audit moved from February to May to follow the briefings."),
        (t2, "2.1", afi21,
         "Agree a standard that a health and an education representative is invited to every strategy "
         "discussion, with attendance monitored monthly.",
         "Head of Children’s Services (DCC) / Designated Nurse Safeguarding Children (BCUHB)",
         ["Head of Children’s Services (DCC)", "Designated Nurse Safeguarding Children (BCUHB)"],
         "Dec-23", "2023-12", None, "Complete", "blue",
         "Standard agreed October 2023; December attendance: health 92%, education 81%."),
        (t2, "2.2", "",
         "Offer a Teams option so school designated safeguarding persons can join strategy discussions "
         "remotely.",
         "Education Safeguarding Lead Officer", ["Education Safeguarding Lead Officer"],
         "31/10/2023", "2023-10", None, "Complete", "blue",
         "In place from 2 October 2023."),
        (t2, "2.3", afi23,
         "Provide a standard section for PVP checks that is pasted into every strategy discussion record.",
         "NWP Detective Inspector (PVPU)", ["NWP Detective Inspector (PVPU)"],
         "November 2023", "2023-11", None, "G", "green",
         "Template in use; dip sample planned to confirm consistency."),
        (t3, "3.1", afi31,
         "Add a ‘What life is like for me’ section to the child protection plan template and train chairs in "
         "its use.",
         "IRO Service Manager", ["IRO Service Manager"],
         "Spring term 2024", "2024-03", None, "G", "green",
         "New template goes live 1 February 2024."),
        (t3, "3.2", "",
         "Schools to gather and share children’s views before each core group meeting using the ‘All About "
         "Me’ form.",
         "Head of Education (DCC)", ["Head of Education (DCC)"],
         "Summer term 2024", "2024-07", None, "A", "amber",
         "Form agreed with headteachers; roll-out delayed to summer term."),
        (t4, "4.1", afi41,
         "Add two themed child protection audits a year to the NWSB multi-agency audit programme.",
         "NWSB Business Manager", ["NWSB Business Manager"],
         "Ongoing", None, "Ongoing", "G", "green",
         "First themed audit (strategy discussions) completed November 2023."),
        (t4, "4.2", "",
         "Report progress on this plan to the Conwy and Denbighshire Safeguarding Delivery Group and to the "
         "Regional Board each quarter.",
         "NWSB Business Manager", ["NWSB Business Manager"],
         "Quarterly", None, "Quarterly", "R", "red",
         "December delivery group cancelled; update to go to the February meeting."),
    ]
    lines = [
        "North Wales Safeguarding Board / Bwrdd Diogelu Gogledd Cymru",
        title,
        "Multi-agency improvement plan – progress update January 2024",
        "",
        "Partners: Denbighshire County Council (DCC), Betsi Cadwaladr University Health Board (BCUHB), "
        "North Wales Police (NWP), Education",
        "",
        "\t".join(["Ref", "Area for improvement", "Action", "Lead", "Target date", "RAG", "Progress update"]),
    ]
    actions = []
    cur_theme = cur_afi = None
    for (theme, ref, afi, act, leadcell, leads, date, end, end_text, rag, status, upd) in rows:
        if theme != cur_theme:
            lines.append(theme)
            cur_theme = theme
        if afi:
            cur_afi = afi
        lines.append("\t".join([ref, afi, act, leadcell, date, rag, upd]))
        actions.append(dict(ref=ref, under=[theme, cur_afi], action=act, lead=leads, end=end,
                            end_text=end_text, status=status))
    lines += ["",
              "RAG key: R = off track; A = some risk to delivery; G = on track; Complete = action completed",
              "Next update to the Regional Board: April 2024"]
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")
    meta = dict(
        source=("Imitates a regional safeguarding board's multi-agency action plan after a Joint Inspection of "
                "Child Protection Arrangements in Wales (CIW, HIW, Estyn, HMICFRS; CIW notes JICPAs in Powys, "
                "Denbighshire and Bridgend in 2023 and Cardiff in 2024, found via search). North Wales "
                "Safeguarding Board / Denbighshire, 2023-24, invented content. Copies: bilingual board name "
                "and title lines, partner abbreviations line, tab-separated export with numbered theme rows "
                "standing alone, an area-for-improvement column left blank on follow-on actions, agency in "
                "brackets after job titles, two posts split by '/', school-term and period dates, Ongoing and "
                "Quarterly, R/A/G letters and 'Complete', a RAG key line at the end."),
        reads=("A tab-separated text export of a JICPA improvement plan: four numbered themes, each followed by "
               "actions 1.1-4.2 answering the area for improvement in the second column (blank = same as the "
               "row above), with lead, target date, RAG and progress. Nine actions."),
        outcome="read", accept_refusal=False, title=title)
    write_expected(name, meta, actions)


# ---------------------------------------------------------------- xlsx helpers
THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def xfill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def put(ws, r, c, v, bold=False, fill=None, fmt=None, font_color=None):
    cell = ws.cell(row=r, column=c, value=v)
    cell.alignment = WRAP
    cell.border = BOX
    if bold or font_color:
        cell.font = Font(bold=bold, color=font_color)
    if fill:
        cell.fill = xfill(fill)
    if fmt:
        cell.number_format = fmt
    return cell


# ============================================================ 5. Gloucestershire Council Strategy (xlsx)
def gloucestershire():
    name = "zvs-gloucestershire-county-council-council-strategy-action-plan-q2-2026-27.xlsx"
    title = "Gloucestershire County Council – Council Strategy Action Plan 2026/27"
    amb1 = "Ambition 1: Fix our roads and get Gloucestershire moving"
    amb2 = "Ambition 2: Support children and young people with SEND to thrive"
    amb3 = "Ambition 3: Tackle the climate and ecological emergency"
    amb4 = "Ambition 4: A well-run council that listens to residents"
    RAGF = {"G": "green", "A": "amber", "R": "red", "Complete": "blue"}
    # ambition -> [(priority, [(ref, action, leadcell, leads, date, end, end_text, q1, q2, status, update)])]
    plan = [
        (amb1, [
            ("Improve the condition of our roads and pavements", [
                ("1.1", "Deliver the 2026/27 resurfacing and surface dressing programme across 180 miles of the "
                        "highway network.",
                 "Director of Highways and Infrastructure", ["Director of Highways and Infrastructure"],
                 "March 2027", "2027-03", None, "G", "G", "green",
                 "96 miles completed by the end of September; surface dressing season finished on schedule."),
                ("1.2", "Reduce the average time taken to repair category 2 defects to 28 days.",
                 "Highways Operations Manager", ["Highways Operations Manager"],
                 "Q3 2026/27", "2026-12", None, "A", "G", "green",
                 "Average 31 days in September, down from 39 days in June."),
            ]),
            ("Make it easier to travel by bus, bike and on foot", [
                ("1.3", "Adopt the refreshed Bus Service Improvement Plan and agree enhanced partnership "
                        "variations with operators.",
                 "Head of Integrated Transport", ["Head of Integrated Transport"],
                 dt.datetime(2026, 11, 30), "2026-11", None, "A", "R", "red",
                 "Operator consultation extended after objections to the proposed fares cap; Cabinet date at "
                 "risk."),
            ]),
        ]),
        (amb2, [
            ("Improve the timeliness and quality of EHC plans", [
                ("2.1", "Increase the proportion of new EHC plans issued within 20 weeks to 60%.\nInterim "
                        "target: 45% by the end of Q2.",
                 "Director of Education; Head of SEND", ["Director of Education", "Head of SEND"],
                 "March 2027", "2027-03", None, "R", "A", "amber",
                 "41% in Q2 (Q1: 28%). Additional educational psychology capacity in place from August."),
                ("2.2", "Implement the new EHCP quality assurance framework, with a multi-agency audit panel "
                        "every month.",
                 "Head of SEND", ["Head of SEND"],
                 "Monthly", None, "Monthly", "G", "Complete", "blue",
                 "Framework adopted; monthly panels held since June 2026."),
            ]),
            ("Increase specialist places in Gloucestershire", [
                ("2.3", "Open 60 additional resourced provision places in mainstream schools from September "
                        "2026.",
                 "Head of Education Strategy and Infrastructure",
                 ["Head of Education Strategy and Infrastructure"],
                 "September 2026", "2026-09", None, "G", "Complete", "blue",
                 "62 places opened in eight schools in September 2026."),
            ]),
        ]),
        (amb3, [
            ("Reduce the council's own carbon emissions", [
                ("3.1", "Complete decarbonisation works at Shire Hall Block 4 funded by the Public Sector "
                        "Decarbonisation Scheme.",
                 "Head of Property Services", ["Head of Property Services"],
                 "Dec-26 (revised from Jun-26)", "2026-12", None, "A", "A", "amber",
                 "Heat pump delivery delayed by the supplier; works now due to finish in December."),
            ]),
            ("Help communities adapt to flooding", [
                ("3.2", "Deliver natural flood management schemes in the Stroud valleys with the Environment "
                        "Agency and Stroud District Council.",
                 "Flood Risk Manager", ["Flood Risk Manager"],
                 "Ongoing", None, "Ongoing", "G", "G", "green",
                 "14 leaky dams and two attenuation ponds completed this year."),
            ]),
        ]),
        (amb4, [
            ("Put residents at the heart of decision making", [
                ("4.1", "Launch a county-wide residents' panel of at least 1,500 members.",
                 "Head of Communications and Engagement", ["Head of Communications and Engagement"],
                 dt.datetime(2027, 1, 31), "2027-01", None, None, None, "unrated",
                 "Provider procurement under way; work starts in November."),
                ("4.2", "Publish quarterly performance reports against the Council Strategy to Cabinet and the "
                        "Corporate Overview and Scrutiny Committee.",
                 "Head of Strategy and Performance", ["Head of Strategy and Performance"],
                 "Quarterly", None, "Quarterly", "G", "G", "green",
                 "Q1 report taken to Cabinet in September 2026."),
            ]),
        ]),
    ]
    wb = Workbook()
    # --- Summary sheet
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = "Council Strategy Action Plan 2026/27 – Quarter 2 summary"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position at 30 September 2026"
    hdr = ["Ambition", "Actions", "Complete", "Green", "Amber", "Red", "Not started"]
    for i, h in enumerate(hdr, 1):
        put(ws, 4, i, h, bold=True, fill="D9E1F2")
    r = 5
    tot = [0] * 6
    for amb, prios in plan:
        acts = [a for _, rows in prios for a in rows]
        counts = [len(acts),
                  sum(a[9] == "blue" for a in acts), sum(a[9] == "green" for a in acts),
                  sum(a[9] == "amber" for a in acts), sum(a[9] == "red" for a in acts),
                  sum(a[9] == "unrated" for a in acts)]
        put(ws, r, 1, amb)
        for j, v in enumerate(counts):
            put(ws, r, 2 + j, v)
            tot[j] += v
        r += 1
    put(ws, r, 1, "Total", bold=True)
    for j, v in enumerate(tot):
        put(ws, r, 2 + j, v, bold=True)
    ws.column_dimensions["A"].width = 62
    # --- Action plan sheet
    ws = wb.create_sheet("Action Plan")
    ncol = 8
    ws.cell(row=1, column=1, value=title).font = Font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws.cell(row=2, column=1, value="Quarter 2 (July – September 2026) update")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    heads = ["Ref", "Priority", "Action", "Lead", "Milestone / target date", "Q1 RAG", "Q2 RAG", "Q2 update"]
    for i, h in enumerate(heads, 1):
        put(ws, 4, i, h, bold=True, fill="D9E1F2")
    r = 5
    actions = []
    for amb, prios in plan:
        put(ws, r, 1, amb, bold=True, fill="1F4E79", font_color="FFFFFF")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        r += 1
        for prio, rows in prios:
            first = r
            for (ref, act, leadcell, leads, date, end, end_text, q1, q2, status, upd) in rows:
                put(ws, r, 1, ref)
                put(ws, r, 3, act)
                put(ws, r, 4, leadcell)
                put(ws, r, 5, date, fmt="dd/mm/yyyy" if isinstance(date, dt.datetime) else None)
                put(ws, r, 6, q1, fill=FILL[RAGF[q1]] if q1 else None)
                put(ws, r, 7, q2, fill=FILL[RAGF[q2]] if q2 else None)
                put(ws, r, 8, upd)
                actions.append(dict(ref=ref, under=[amb, prio], action=act, lead=leads, end=end,
                                    end_text=end_text, status=status))
                r += 1
            put(ws, first, 2, prio)
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    for col, wdt in zip("ABCDEFGH", [6, 28, 60, 30, 18, 9, 9, 55]):
        ws.column_dimensions[col].width = wdt
    ws.freeze_panes = "A5"
    # --- Key & notes sheet
    ws = wb.create_sheet("Key & notes")
    ws["A1"] = "RAG key"
    ws["A1"].font = Font(bold=True)
    for i, (k, fill, meaning) in enumerate([("Complete", "blue", "Action delivered"),
                                            ("G", "green", "On track to deliver by the target date"),
                                            ("A", "amber", "Some risk to delivery – mitigation in place"),
                                            ("R", "red", "Will not be delivered by the target date"),
                                            ("(blank)", None, "Not started / not yet due to report")], 2):
        put(ws, i, 1, k, fill=FILL[fill] if fill else None)
        put(ws, i, 2, meaning)
    ws["A9"] = ("Notes: the action plan was approved by Cabinet in March 2026. Quarterly updates are reported "
                "to Cabinet and the Corporate Overview and Scrutiny Committee with the strategic performance "
                "dataset.")
    ws.column_dimensions["A"].width = 12
    ws.column_dimensions["B"].width = 60
    wb.save(out(name))
    meta = dict(
        source=("Imitates a county council's corporate plan (Council Strategy) delivery action plan reported "
                "quarterly to Cabinet and Overview & Scrutiny; Gloucestershire County Council's Cabinet approved "
                "such an action plan and performance dataset for its Council Strategy in March 2026 (decision "
                "record found via search). 2026/27 Q2, invented content. Copies: a Summary sheet with counts by "
                "ambition and a Total row, the action plan sheet with merged title rows, dark ambition banner "
                "rows, a Priority column merged vertically over its actions, Q1 and Q2 RAG columns (letters "
                "with fill), a revised date written inside the date cell, real date cells, Monthly/Quarterly/"
                "Ongoing, a Key & notes sheet."),
        reads=("A three-sheet workbook: a summary table, the action plan of ten numbered actions under four "
               "ambitions and their priorities, each with lead, target date, Q1 and Q2 RAG and a Q2 update, and "
               "a RAG key. The current status is the Q2 RAG."),
        outcome="read", accept_refusal=False, title=title)
    write_expected(name, meta, actions)


# ============================================================ 6. Middlesbrough monitoring visit (xlsx)
def middlesbrough():
    name = "zvs-middlesbrough-council-ofsted-monitoring-visit-action-plan.xlsx"
    title = "Ofsted Monitoring Visit 29–30 March 2022: Action Plan"
    th1 = "1. Children living with connected carers"
    th2 = "2. Children living in unregistered provision"
    th3 = "3. Permanence planning"
    f1 = ("A small number of children are placed with family members who have not been formally assessed and "
          "approved as connected foster carers.")
    f2 = ("A small minority of children with complex needs are living in unregistered children's homes while "
          "they wait for a suitably matched regulated placement.")
    f3 = ("Life-story work and later-life letters are not completed in a timely way for all children who are "
          "adopted or in long-term care.")
    f4 = "Managers' oversight of permanence decisions is not always recorded on children's files."
    D = dt.datetime
    RAGF = {"G": "green", "A": "amber", "R": "red", "B": "blue"}
    # theme -> [(finding, [(ref, action, leadcell, leads, orig, revised, end, end_text, jun, sep, status, progress)])]
    plan = [
        (th1, [(f1, [
            ("1.1", "Identify every child placed with family or friends under an unassessed arrangement and "
                    "confirm the legal basis of each placement.",
             "Head of Service – Children Looked After", ["Head of Service – Children Looked After"],
             D(2022, 5, 31), None, "2022-05", None, "G", "B", "blue",
             "List completed 20/05/22 (9 children). Legal planning meeting held for each child."),
            ("1.2", "Complete Regulation 24 temporary approvals and full connected carer assessments for each "
                    "household identified.",
             "Fostering Team Manager / Kinship Team Manager", ["Fostering Team Manager", "Kinship Team Manager"],
             D(2022, 7, 31), D(2022, 10, 31), "2022-10", None, "A", "A", "amber",
             "6 of 9 assessments presented to panel; 3 delayed by carers' medicals."),
            ("1.3", "Introduce a weekly tracker of all family and friends arrangements, reviewed by the Head of "
                    "Service.",
             "Head of Service – Children Looked After", ["Head of Service – Children Looked After"],
             D(2022, 6, 30), None, "2022-06", None, "G", "G", "green",
             "Tracker in use since 6 June 2022."),
        ])]),
        (th2, [(f2, [
            ("2.1", "Review every child in unregistered provision each week at the Placement Oversight Panel "
                    "chaired by the Director of Children's Care.",
             "Director of Children's Care", ["Director of Children's Care"],
             "Weekly – ongoing", None, None, "Weekly – ongoing", "G", "G", "green",
             "Panel meeting weekly; 4 children in unregistered provision at 31 August (7 in March)."),
            ("2.2", "Check that each provider has applied to Ofsted for registration and notify Ofsted of every "
                    "placement.",
             "Commissioning Manager (Placements)", ["Commissioning Manager (Placements)"],
             D(2022, 6, 30), None, "2022-06", None, "A", "B", "blue",
             "All providers have applied; notifications made and logged."),
            ("2.3", "Work with the Tees Valley commissioning partnership to develop two in-house solo placements "
                    "for children with complex needs.",
             "Head of Commissioning; Head of Resources", ["Head of Commissioning", "Head of Resources"],
             D(2023, 3, 31), None, "2023-03", None, "G", "A", "amber",
             "Property identified for the first home; registration manager post out to advert."),
        ])]),
        (th3, [
            (f3, [
                ("3.1", "Set a standard that life-story work starts by the second looked-after review and is "
                        "tracked through the permanence tracker.",
                 "Team Manager – Permanence", ["Team Manager – Permanence"],
                 D(2022, 9, 30), None, "2022-09", None, "A", "G", "green",
                 "Standard issued in practice guidance, July 2022."),
                ("3.2", "Clear the backlog of 23 later-life letters for children adopted since 2020, jointly with "
                        "Adopt Tees Valley.",
                 "Team Manager – Permanence; Adopt Tees Valley Manager",
                 ["Team Manager – Permanence", "Adopt Tees Valley Manager"],
                 D(2022, 8, 31), D(2022, 12, 31), "2022-12", None, "R", "R", "red",
                 "9 of 23 letters completed; agency social worker capacity agreed from October."),
            ]),
            (f4, [
                ("3.3", "Audit 30 children's files for recorded management oversight of permanence decisions "
                        "and report the findings to the Improvement Board.",
                 "Principal Social Worker", ["Principal Social Worker"],
                 D(2022, 10, 31), None, "2022-10", None, None, None, "unrated",
                 "Audit scheduled for October 2022."),
            ]),
        ]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = "Middlesbrough Council – Children's Services"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A3"] = title
    ws["A3"].font = Font(bold=True, size=12)
    ws["A4"] = "Owner: Director of Children's Care | Reported to: Children's Services Improvement Board"
    for i, h in enumerate(["Version", "Date", "Author", "Change"], 1):
        put(ws, 6, i, h, bold=True, fill="D9D9D9")
    for rr, row in enumerate([("0.1", D(2022, 5, 10), "Improvement Programme Manager", "First draft"),
                              ("1.0", D(2022, 5, 24), "Improvement Programme Manager",
                               "Agreed at Improvement Board"),
                              ("1.2", D(2022, 9, 14), "Improvement Programme Manager",
                               "September RAG and progress added")], 7):
        for cc, v in enumerate(row, 1):
            put(ws, rr, cc, v, fmt="dd/mm/yyyy" if isinstance(v, D) else None)
    for col, wdt in zip("ABCD", [10, 14, 32, 40]):
        ws.column_dimensions[col].width = wdt

    ws = wb.create_sheet("Action Plan")
    ncol = 9
    ws.cell(row=1, column=1, value=title).font = Font(bold=True, size=13)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws.cell(row=2, column=1, value="Focus of visit: matching, placement and decision-making for children in care; "
                                   "planning and achieving permanence")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    heads = ["Ref", "Area for improvement (Ofsted letter, 6 May 2022)", "Action", "Lead",
             "Original target date", "Revised target date", "RAG Jun-22", "RAG Sep-22", "Progress / evidence"]
    for i, h in enumerate(heads, 1):
        put(ws, 4, i, h, bold=True, fill="BDD7EE")
    r = 5
    actions = []
    for theme, findings in plan:
        put(ws, r, 1, theme, bold=True, fill="D9D9D9")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        r += 1
        for finding, rows in findings:
            first = r
            for (ref, act, leadcell, leads, orig, rev, end, end_text, jun, sep, status, prog) in rows:
                put(ws, r, 1, ref)
                put(ws, r, 3, act)
                put(ws, r, 4, leadcell)
                put(ws, r, 5, orig, fmt="dd/mm/yyyy" if isinstance(orig, D) else None)
                put(ws, r, 6, rev, fmt="dd/mm/yyyy" if isinstance(rev, D) else None)
                put(ws, r, 7, jun, fill=FILL[RAGF[jun]] if jun else None)
                put(ws, r, 8, sep, fill=FILL[RAGF[sep]] if sep else None)
                put(ws, r, 9, prog)
                actions.append(dict(ref=ref, under=[theme, finding], action=act, lead=leads, end=end,
                                    end_text=end_text, status=status))
                r += 1
            put(ws, first, 2, finding)
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    for col, wdt in zip("ABCDEFGHI", [6, 40, 55, 30, 14, 14, 10, 10, 50]):
        ws.column_dimensions[col].width = wdt

    ws = wb.create_sheet("RAG key")
    for i, (k, fill, meaning) in enumerate([("B", "blue", "Complete"), ("G", "green", "On track"),
                                            ("A", "amber", "Behind schedule but recoverable"),
                                            ("R", "red", "Off track – needs Improvement Board support")], 1):
        put(ws, i, 1, k, fill=FILL[fill])
        put(ws, i, 2, meaning)
    ws.column_dimensions["B"].width = 45
    wb.save(out(name))
    meta = dict(
        source=("Imitates the action plan a council in intervention writes after an Ofsted monitoring visit "
                "and reports to its children's services improvement board; Middlesbrough's March 2022 "
                "monitoring visit (matching, placement and permanence; connected carers not assessed, children in "
                "unregistered homes) is described in Middlesbrough Executive reports and BBC coverage found via "
                "search. Middlesbrough Council, 2022, findings paraphrased and actions invented. Copies: cover "
                "sheet with version table, merged title rows, grey theme banner rows, the Ofsted finding in a "
                "column merged vertically over its actions, original and revised target dates as date cells, "
                "previous (Jun-22) and current (Sep-22) RAG letters with fill, a RAG key sheet."),
        reads=("A workbook whose Action Plan sheet lists nine actions (1.1-3.3) under three themes, each "
               "answering an Ofsted area for improvement shown in a merged cell beside them, with lead, original "
               "and revised dates, June and September RAG and progress. The end is the revised date where one "
               "is given and the status is the September RAG."),
        outcome="read", accept_refusal=False, title=title)
    write_expected(name, meta, actions)


# ============================================================ 7. Adopt South West (xlsx, refuse)
def adopt_south_west():
    name = "zvs-adopt-south-west-raa-ofsted-thematic-inspection-action-plan-typo-month-refuse.xlsx"
    title = ("Adopt South West – Response to Ofsted’s thematic inspection of regional adoption agencies "
             "(December 2023)")
    blocks = [
        ("Recommendation 1: Reduce delay in accessing adoption support, including assessments of need", [
            ("1a", "Triage all new adoption support requests within 10 working days and allocate assessments in "
                   "date order.", "Adoption Support Team Manager", "April 2024", "green",
             "Triage standard met for 94% of requests (April–August)."),
            ("1b", "Publish expected waiting times for adoption support assessments on the ASW website.",
             "Communications and Marketing Officer", "June 2024", "green", "Published 28 June 2024."),
            ("1c", "Agree with Devon, Plymouth, Somerset and Torbay a protocol for joint Adoption and Special "
                   "Guardianship Support Fund applications.",
             "ASW Head of Service; LA Heads of Service (x4)", "September 2024", "amber",
             "Draft protocol shared; Somerset comments awaited."),
        ]),
        ("Recommendation 2: Improve the sufficiency of adopters for the children who wait longest", [
            ("2a", "Run targeted recruitment for sibling groups and children aged four and over, with two "
                   "information events each quarter in each local authority area.",
             "Recruitment and Assessment Team Manager", "March 2025", "amber",
             "Events held in all areas except Torbay in Q2."),
            ("2b", "Review the adopter assessment process so that at least 80% of adopters are approved within "
                   "the two-stage timescales.",
             "Recruitment and Assessment Team Manager", "Decmber 2024", "amber",
             "Stage one timescales met for 71%; stage two for 64%."),
            ("2c", "Use the Adoption England early permanence practice standards to increase early permanence "
                   "placements.", "Early Permanence Lead", "Ongoing", "green",
             "Five early permanence placements made in 2024 so far."),
        ]),
        ("Recommendation 3: Strengthen support for birth families and contact arrangements", [
            ("3a", "Commission an independent birth parent support service across the region.",
             "ASW Head of Service", "January 2025", "red",
             "Procurement paused pending budget agreement by partner councils."),
            ("3b", "Review all letterbox contact arrangements and offer a digital letterbox to adoptive families.",
             "Contact Coordinator", "November 2024", "green", "Digital letterbox pilot with 40 families."),
        ]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "ASW action plan"
    ncol = 6
    ws.cell(row=1, column=1, value=title).font = Font(bold=True, size=13)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws.cell(row=2, column=1, value="Agreed by the ASW Partnership Board 14 March 2024 | Progress at September 2024")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    for i, h in enumerate(["No.", "Action", "Lead(s)", "By when", "Status", "Comments"], 1):
        put(ws, 4, i, h, bold=True, fill="C6E0B4")
    r = 5
    typo_row = None
    for rec, rows in blocks:
        put(ws, r, 1, rec, bold=True, fill="E2EFDA")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        r += 1
        for (no, act, lead, when, status, comment) in rows:
            put(ws, r, 1, no)
            put(ws, r, 2, act)
            put(ws, r, 3, lead)
            put(ws, r, 4, when)
            put(ws, r, 5, None, fill=FILL[status])
            put(ws, r, 6, comment)
            if when == "Decmber 2024":
                typo_row = r
            r += 1
    ws.cell(row=r + 1, column=1, value="Status is shown by colour – see the Key sheet.")
    for col, wdt in zip("ABCDEF", [6, 60, 32, 16, 10, 45]):
        ws.column_dimensions[col].width = wdt
    ws2 = wb.create_sheet("Key")
    for i, (fill, meaning) in enumerate([("green", "Complete or on track"),
                                         ("amber", "In progress – some delay"),
                                         ("red", "Not started or overdue")], 1):
        put(ws2, i, 1, None, fill=FILL[fill])
        put(ws2, i, 2, meaning)
    ws2.column_dimensions["B"].width = 35
    wb.save(out(name))
    assert typo_row == 11, typo_row
    meta = dict(
        source=("Imitates a regional adoption agency's action plan responding to Ofsted's December 2023 thematic "
                "inspection of regional adoption agencies (noted in the Adoption England annual report 2023/24; "
                "Adopt South West is the RAA hosted by Devon for Devon, Plymouth, Somerset and Torbay, per its "
                "annual reports found via search). 2024, invented content. Copies: long merged title row, "
                "approval/progress line, green recommendation banner rows merged across the table, lettered "
                "actions (1a, 1b ...), month-year 'By when' cells, status shown only by cell fill with a Key "
                "sheet, a note line under the table."),
        reads=("A one-sheet RAA action plan: three Ofsted recommendations as banner rows, each with lettered "
               "actions giving lead, 'By when' month, a colour-only status and a comment. Action 2b's 'By when' "
               "cell reads 'Decmber 2024', a mistyped month, so a careful reader stops at sheet row 11 and asks "
               "before reading the plan."),
        outcome="refuse", accept_refusal=False, refuse_at=typo_row, title=title)
    write_expected(name, meta, [])


if __name__ == "__main__":
    carmarthenshire()
    portsmouth()
    sandwell()
    denbighshire()
    gloucestershire()
    middlesbrough()
    adopt_south_west()
    print("done")
