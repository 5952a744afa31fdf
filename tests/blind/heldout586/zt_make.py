#!/usr/bin/env python
"""Build the seven zt- blind test files (set heldout586) and their expected readings.

Run:  /work/main/.venv/bin/python zt_make.py
Writes only files whose names start with 'zt-' into the folder this script lives in.
The expected readings are written out by hand below (lead lists, end months, statuses),
not derived from the files.
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

FILL = {
    "blue": PatternFill("solid", fgColor="0070C0"),
    "green": PatternFill("solid", fgColor="00B050"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "red": PatternFill("solid", fgColor="FF0000"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
    "head": PatternFill("solid", fgColor="1F3864"),
    "pale": PatternFill("solid", fgColor="F2F2F2"),
    "theme": PatternFill("solid", fgColor="BDD7EE"),
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


class _Str(str):
    pass


def _str_rep(dumper, data):
    style = "|" if "\n" in data else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=style)


yaml.SafeDumper.add_representer(_Str, _str_rep)


def write_expected(fname, source, reads, outcome, title, actions=None,
                   refuse_at=None, accept_refusal=False):
    doc = {
        "source": source,
        "reads": reads,
        "outcome": outcome,
        "accept_refusal": accept_refusal,
    }
    if refuse_at is not None:
        doc["refuse_at"] = refuse_at
    if title is not None:
        doc["title"] = title
    if outcome == "read":
        out = []
        for a in actions:
            item = {
                "ref": a["ref"],
                "under": list(a["under"]),
                "action": a["action"],
                "lead": list(a["lead"]),
                "end": a["end"],
            }
            if a.get("end_text"):
                item["end_text"] = a["end_text"]
            item["status"] = a["status"]
            out.append(item)
        doc["actions"] = out
    with open(os.path.join(HERE, fname + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=100000)


def hdr_row(ws, row, headers, fill=FILL["head"]):
    for i, h in enumerate(headers, start=1):
        c = ws.cell(row=row, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX


# ---------------------------------------------------------------------------
# 1. The King's Foundation - Charity Commission regulatory compliance case (xlsx)
# ---------------------------------------------------------------------------
def kings_foundation():
    fname = "zt-kings-foundation-charity-commission-regulatory-compliance-action-plan.xlsx"
    title = "Charity Commission Regulatory Compliance Case – Trustee Action Plan"
    T1 = "Theme 1: Governance and decision-making"
    T2 = "Theme 2: Due diligence and fundraising controls"
    T3 = "Theme 3: Oversight of connected entities and reporting"
    ADV1 = ("Trustees should ensure that decisions to accept significant or unusual donations are taken, "
            "or expressly delegated, by the board and are properly recorded.")
    ADV2 = ("Trustees must identify and manage conflicts of interest, including those arising from "
            "relationships between senior staff, donors and third parties.")
    ADV3 = ("Trustees should be satisfied that appropriate due diligence is carried out on donors and "
            "intermediaries, proportionate to the risk.")
    ADV4 = ("Trustees should ensure the charity's relationship with its trading subsidiary and other "
            "connected organisations is documented and overseen by the board.")
    D = dt.datetime
    # (kind, ...) rows in document order
    rows = [
        ("theme", T1),
        ("advice", "Advice 1", ADV1),
        ("act", dict(ref="1.1", under=[T1, ADV1],
                     action="Revise the Gift Acceptance Policy to set clear financial thresholds above which acceptance must be approved by the full board.",
                     leadcell="Director of Development", lead=["Director of Development"],
                     orig=D(2023, 11, 30), rev=None, end="2023-11", fill="blue", status="blue",
                     note="Revised policy approved by the board on 23 November 2023.")),
        ("act", dict(ref="1.2", under=[T1, ADV1],
                     action="Create a register of decisions on significant donations, including the due diligence relied on, and report it to each Audit & Risk Committee.",
                     leadcell="Company Secretary", lead=["Company Secretary"],
                     orig=D(2023, 12, 31), rev=D(2024, 3, 31), end="2024-03", fill="amber", status="amber",
                     note="Register template agreed; first report moved to the March 2024 committee.")),
        ("advice", "Advice 2", ADV2),
        ("act", dict(ref="2.1", under=[T1, ADV2],
                     action="Refresh the Conflicts of Interest Policy and require all trustees and senior staff to complete a new declaration.",
                     leadcell="Company Secretary / Chair of Audit & Risk Committee",
                     lead=["Company Secretary", "Chair of Audit & Risk Committee"],
                     orig=D(2023, 10, 31), rev=None, end="2023-10", fill="blue", status="blue",
                     note="Policy approved; 100% of declarations returned by 27 October 2023.")),
        ("act", dict(ref="2.2", under=[T1, ADV2],
                     action="Introduce a standing item on declarations of interest at every board and committee meeting, with declarations recorded in the minutes.",
                     leadcell="Chair of the Board of Trustees", lead=["Chair of the Board of Trustees"],
                     orig=D(2023, 9, 30), rev=None, end="2023-09", fill="blue", status="blue",
                     note="In place from the September 2023 board meeting.")),
        ("theme", T2),
        ("advice", "Advice 3", ADV3),
        ("act", dict(ref="3.1", under=[T2, ADV3],
                     action="Commission an independent review of donor due diligence procedures and implement its recommendations.",
                     leadcell="Director of Finance", lead=["Director of Finance"],
                     orig=D(2024, 1, 31), rev=D(2024, 4, 30), end="2024-04", fill="green", status="green",
                     note="Review reported in December 2023; 6 of 9 recommendations implemented, remainder on track for revised date.")),
        ("act", dict(ref="3.2", under=[T2, ADV3],
                     action="Deliver due diligence training to all fundraising staff and relevant volunteers, with completion recorded on the learning system.",
                     leadcell="Director of Development\nHead of People",
                     lead=["Director of Development", "Head of People"],
                     orig=D(2024, 2, 29), rev=None, end="2024-02", fill="green", status="green",
                     note="Two of three sessions delivered; 78% completion to date.")),
        ("act", dict(ref="3.3", under=[T2, ADV3],
                     action="End the use of paid third-party introducers for major donor prospects and document the decision in the fundraising strategy.",
                     leadcell="Chief Executive", lead=["Chief Executive"],
                     orig=D(2023, 12, 31), rev=None, end="2023-12", fill="blue", status="blue",
                     note="Decision minuted by the board; fundraising strategy updated December 2023.")),
        ("theme", T3),
        ("advice", "Advice 4", ADV4),
        ("act", dict(ref="4.1", under=[T3, ADV4],
                     action="Put in place a written services agreement and cost-sharing arrangement with the trading subsidiary, reviewed annually by the board.",
                     leadcell="Director of Finance", lead=["Director of Finance"],
                     orig=D(2024, 3, 31), rev=D(2024, 6, 30), end="2024-06", fill="red", status="red",
                     note="Drafting paused pending VAT advice; revised date to be confirmed by the committee.")),
        ("act", dict(ref="4.2", under=[T3, ADV4],
                     action="Report serious incidents to the Commission promptly and keep a serious incident log reviewed by the Audit & Risk Committee.",
                     leadcell="Company Secretary", lead=["Company Secretary"],
                     orig="Quarterly", rev=None, end=None, end_text="Quarterly", fill="green", status="green",
                     note="Log reviewed at the November 2023 committee; no new reports in the period.")),
        ("act", dict(ref="4.3", under=[T3, ADV4],
                     action="Publish a summary of the actions taken in response to the compliance case in the 2023/24 Trustees’ Annual Report.",
                     leadcell="Chair of the Board of Trustees; Chief Executive",
                     lead=["Chair of the Board of Trustees", "Chief Executive"],
                     orig=D(2024, 7, 31), rev=None, end="2024-07", fill=None, status="unrated",
                     note="")),
    ]

    wb = Workbook()
    # Cover sheet
    cv = wb.active
    cv.title = "Cover"
    cv.column_dimensions["A"].width = 26
    cv.column_dimensions["B"].width = 70
    cv["A1"] = "The King's Foundation"
    cv["A1"].font = Font(bold=True, size=16)
    cv["A2"] = title
    cv["A2"].font = Font(bold=True, size=13)
    cv["A4"] = "Document control"
    cv["A4"].font = Font(bold=True)
    ctrl = [("Document owner", "Company Secretary"),
            ("Version", "1.4"),
            ("Approved by", "Board of Trustees, 14 September 2023"),
            ("Last updated", "31 January 2024"),
            ("Reporting route", "Audit & Risk Committee (quarterly), Board of Trustees (six-monthly)"),
            ("Next review", "Audit & Risk Committee, May 2024")]
    for i, (k, v) in enumerate(ctrl, start=5):
        cv.cell(row=i, column=1, value=k).font = Font(bold=True)
        cv.cell(row=i, column=1).fill = FILL["pale"]
        cv.cell(row=i, column=2, value=v)
        for c in (1, 2):
            cv.cell(row=i, column=c).border = BOX
    cv["A13"] = "RAG key"
    cv["A13"].font = Font(bold=True)
    key = [("blue", "Action complete"),
           ("green", "On track to meet target date"),
           ("amber", "At risk – may miss target date"),
           ("red", "Off track – target date missed or will be missed"),
           (None, "Not yet started")]
    for i, (col, txt) in enumerate(key, start=14):
        c = cv.cell(row=i, column=1)
        if col:
            c.fill = FILL[col]
        c.border = BOX
        cv.cell(row=i, column=2, value=txt).border = BOX
    cv["A20"] = ("This plan sets out the trustees' response to the regulatory advice and guidance issued by "
                 "the Charity Commission at the close of its regulatory compliance case.")
    cv["A20"].alignment = WRAP
    cv.merge_cells("A20:B21")
    cv.row_dimensions[20].height = 30

    # Summary sheet
    sm = wb.create_sheet("Summary")
    sm.column_dimensions["A"].width = 55
    sm["A1"] = "Summary of progress by theme – position at 31 January 2024"
    sm["A1"].font = Font(bold=True, size=12)
    hdr_row(sm, 3, ["Theme", "Actions", "Blue", "Green", "Amber", "Red", "Not started"])
    summ = [(T1, 4, 3, 0, 1, 0, 0), (T2, 3, 1, 2, 0, 0, 0), (T3, 3, 0, 1, 0, 1, 1),
            ("Total", 10, 4, 3, 1, 1, 1)]
    for i, r in enumerate(summ, start=4):
        for j, v in enumerate(r, start=1):
            c = sm.cell(row=i, column=j, value=v)
            c.border = BOX
            if r[0] == "Total":
                c.font = Font(bold=True)

    # Action plan sheet
    ws = wb.create_sheet("Action Plan")
    widths = {"A": 8, "B": 60, "C": 28, "D": 14, "E": 14, "F": 8, "G": 50}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws["A1"] = "The King's Foundation"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=12)
    ws.merge_cells("A2:G2")
    ws["A3"] = "Progress position as at 31 January 2024 – for Audit & Risk Committee, 20 February 2024"
    ws["A3"].font = Font(italic=True)
    ws.merge_cells("A3:G3")
    hdr_row(ws, 5, ["Ref", "Action", "Lead(s)", "Original target", "Revised target", "RAG",
                    "Progress update (January 2024)"])
    r = 6
    actions = []
    for row in rows:
        if row[0] == "theme":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.cell(row=r, column=1).fill = FILL["theme"]
        elif row[0] == "advice":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True, italic=True)
            ws.cell(row=r, column=2, value=row[2]).font = Font(italic=True)
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=7)
            ws.cell(row=r, column=2).alignment = WRAP
            ws.row_dimensions[r].height = 30
            for c in range(1, 8):
                ws.cell(row=r, column=c).fill = FILL["pale"]
        else:
            a = row[1]
            vals = [a["ref"], a["action"], a["leadcell"], a["orig"], a["rev"], None, a["note"] or None]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if a["fill"]:
                ws.cell(row=r, column=6).fill = FILL[a["fill"]]
            actions.append(a)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Notes: RAG ratings are shown by cell colour – see the key on the Cover sheet. "
            "Where a revised target has been agreed by the Audit & Risk Committee it replaces the original target.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    ws.freeze_panes = "A6"
    wb.save(os.path.join(HERE, fname))

    write_expected(
        fname,
        source=("Imitates a trustee action plan of the kind a large charity keeps after a Charity Commission "
                "regulatory compliance case (the Commission's published case reports, e.g. The Prince's/King's "
                "Foundation case 2021-22, end with regulatory advice and guidance to the trustees); content is "
                "fictional. Copies a Cover sheet with document-control table and colour RAG key, a Summary sheet "
                "of RAG counts by theme with a total row, and an Action Plan sheet with merged theme rows, the "
                "Commission's advice text in a merged row above its actions, original and revised target dates, "
                "RAG shown only by cell fill, several leads in one cell (slash, semicolon, line break) and a notes line."),
        reads=("Three sheets: a cover with document control and RAG key, a summary of RAG counts, and the action "
               "plan itself. The plan groups ten numbered actions under three themes, each under a line of the "
               "Commission's advice; the RAG is the cell colour and the revised target replaces the original one."),
        outcome="read", title=title, actions=actions)


# ---------------------------------------------------------------------------
# 2. FosterPlus - Ofsted IFA inspection action plan (docx)
# ---------------------------------------------------------------------------
def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def bold_cell(cell, text, colour=None):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True
    if colour:
        run.font.color.rgb = RGBColor.from_string(colour)


def fosterplus():
    fname = "zt-fosterplus-ofsted-ifa-inspection-action-plan.docx"
    title = "Post-Inspection Action Plan: Ofsted Inspection of Independent Fostering Agency"
    SA = "Section A – Statutory requirements"
    SB = "Section B – Recommendations"
    REQ1 = ("Requirement 1: The registered person must ensure that the approval of each foster parent is "
            "reviewed at least annually and that the review report is presented to the fostering panel where "
            "required. (Regulation 28(2))")
    REQ2 = ("Requirement 2: The registered person must ensure that all persons employed by the agency receive "
            "appropriate supervision and training. (Regulation 21(4)(b))")
    REC1 = ("Recommendation 1: The registered person should ensure that foster carers’ training, development "
            "and support plans are reviewed as part of their annual review. (‘Fostering Services: National "
            "Minimum Standards’, 20.5)")
    REC2 = ("Recommendation 2: The registered person should ensure that the fostering panel chair receives an "
            "annual appraisal that takes account of feedback from panel members. (NMS 14.8)")
    sections = [
        (SA, "The registered person must comply with the following requirements within the timescales set by Ofsted.", [
            (REQ1, [
                dict(ref="R1.1", action="Audit all foster carer annual reviews due in the last 12 months and book any overdue reviews within four weeks.",
                     leadcell="Registered Manager", lead=["Registered Manager"], date="29/11/2024", end="2024-11",
                     rag="Complete", status="blue", evidence="Audit completed 22/11/2024; nine overdue reviews booked and held."),
                dict(ref="R1.2", action="Introduce a monthly annual-review tracker, checked by the Supervising Social Worker Team Manager and reported to the Responsible Individual.",
                     leadcell="Supervising Social Worker Team Manager", lead=["Supervising Social Worker Team Manager"],
                     date="Monthly", end=None, end_text="Monthly", rag="Green", status="green",
                     evidence="Tracker in use from December 2024; no reviews overdue at February check."),
            ]),
            (REQ2, [
                dict(ref="R2.1", action="Reinstate four-weekly recorded supervision for all supervising social workers, using the revised supervision template.",
                     leadcell="Sam Okafor and Lauren Pike", lead=["Sam Okafor", "Lauren Pike"], date="December 2024",
                     end="2024-12", rag="Green", status="green", evidence="Supervision audit shows 92% compliance in January."),
                dict(ref="R2.2", action="Complete a training needs analysis for the staff team and commission safer caring and allegations management training.",
                     leadcell="Head of Learning and Development", lead=["Head of Learning and Development"],
                     date="End of January 2025", end="2025-01", rag="Amber", status="amber",
                     evidence="Analysis complete; trainer availability has delayed the allegations course."),
            ]),
        ]),
        (SB, "The registered person should consider the following recommendations.", [
            (REC1, [
                dict(ref="B1.1", action="Update the annual review report template to include a section reviewing each carer’s personal development plan.",
                     leadcell="Registered Manager", lead=["Registered Manager"], date="31/01/2025", end="2025-01",
                     rag="Complete", status="blue", evidence="New template in use for all reviews from 13/01/2025."),
                dict(ref="B1.2", action="Run two carer workshops on the Training, Support and Development Standards for carers approved in the last 18 months.",
                     leadcell="Fostering Recruitment and Training Officer", lead=["Fostering Recruitment and Training Officer"],
                     date="Q4 2024/25", end="2025-03", rag="Green", status="green", evidence="First workshop held 6 February; second booked for March."),
            ]),
            (REC2, [
                dict(ref="B2.1", action="Arrange the panel chair’s appraisal, led by the agency decision maker, with written feedback gathered from all central list members.",
                     leadcell="Agency Decision Maker / Panel Adviser", lead=["Agency Decision Maker", "Panel Adviser"],
                     date="March 2025", end="2025-03", rag="Not started", status="unrated", evidence=""),
            ]),
        ]),
    ]

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("FosterPlus")
    r.bold = True
    r.font.size = Pt(16)
    doc.add_heading(title, level=1)
    doc.add_paragraph("Inspection dates: 7 to 11 October 2024")
    doc.add_paragraph("Overall experiences and progress of children and young people: requires improvement to be good")
    doc.add_paragraph("Unique reference number: SC487216")

    ctl = doc.add_table(rows=0, cols=2)
    ctl.style = "Table Grid"
    for k, v in [("Prepared by", "Registered Manager"), ("Approved by", "Responsible Individual"),
                 ("Version", "2.0"), ("Date", "18 November 2024 (updated 14 February 2025)"),
                 ("Shared with", "Ofsted Regulatory Inspector; Board of Directors")]:
        cells = ctl.add_row().cells
        bold_cell(cells[0], k)
        shade(cells[0], "D9E2F3")
        cells[1].text = v
    doc.add_paragraph()

    actions = []
    headers = ["Ref", "Action to be taken", "Lead", "Completion date", "RAG", "Evidence of impact"]
    for sec, intro, items in sections:
        doc.add_heading(sec, level=2)
        doc.add_paragraph(intro)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for i, h in enumerate(headers):
            bold_cell(t.rows[0].cells[i], h, "FFFFFF")
            shade(t.rows[0].cells[i], "2E5395")
        for head, acts in items:
            row = t.add_row()
            m = row.cells[0].merge(row.cells[5])
            bold_cell(m, head)
            shade(m, "DEEAF6")
            for a in acts:
                c = t.add_row().cells
                c[0].text = a["ref"]
                c[1].text = a["action"]
                c[2].text = a["leadcell"]
                c[3].text = a["date"]
                c[4].text = a["rag"]
                c[5].text = a["evidence"]
                colour = {"Complete": "5B9BD5", "Green": "92D050", "Amber": "FFC000", "Red": "FF0000"}.get(a["rag"])
                if colour:
                    shade(c[4], colour)
                actions.append(dict(a, under=[sec, head]))
        doc.add_paragraph()
    doc.add_paragraph("RAG key: Complete = action finished and evidenced; Green = on track; Amber = some delay "
                      "or risk to completion; Red = not on track; Not started = work not yet begun.")
    doc.add_paragraph("This plan is reviewed monthly at the Quality Assurance meeting and shared with Ofsted on request.")
    doc.save(os.path.join(HERE, fname))

    write_expected(
        fname,
        source=("Imitates the post-inspection action plan an independent fostering agency writes after an Ofsted "
                "SCCIF inspection (reports list statutory requirements with regulation numbers and recommendations "
                "with NMS standards); FosterPlus, inspection autumn 2024, content fictional. Copies the title block "
                "with inspection dates and URN, a document-control table, one table per section (requirements, "
                "recommendations) with the requirement/recommendation text in a merged shaded row above its "
                "actions, text RAG with shading, job titles and named people as leads, and a RAG key line."),
        reads=("A Word action plan: after the title block and a control table come two sections, statutory "
               "requirements and recommendations, each a table where every requirement or recommendation is a "
               "merged row followed by its numbered actions with lead, completion date and RAG. Seven actions in all."),
        outcome="read", title=title, actions=actions)


# ---------------------------------------------------------------------------
# 3. National Portrait Gallery - strategic risk register (xlsx) - REFUSE (typo month)
# ---------------------------------------------------------------------------
def npg():
    fname = "zt-national-portrait-gallery-strategic-risk-register-2025-26-typo-month-refuse.xlsx"
    title = "Strategic Risk Register 2025/26"
    risks = [
        ("SR01", "Self-generated income\nVisitor, retail and membership income falls short of budget as the "
                 "post-reopening uplift in visitor numbers tails off.", "Director of Commercial and Operations",
         "4 x 4 = 16", "↔", [
             ("Run a pricing review of the 2026 paid exhibition programme and trial dynamic ticketing for the spring exhibition.",
              "Head of Ticketing & Visitor Insight", "Jan 2026", "Amber"),
             ("Deliver the winter Membership renewal campaign, targeting 5% net growth.", "Head of Membership", "Mar 2026", "Green"),
         ]),
        ("SR02", "Cyber security\nA cyber attack or system failure disrupts collections, ticketing or finance "
                 "systems and leads to loss of data.", "Chief Operating Officer", "4 x 5 = 20", "↑", [
             ("Complete migration of the collections management system to the supported cloud platform.",
              "Head of Digital & IT", "Dec 2025", "Amber"),
             ("Run a tabletop exercise of the cyber incident response plan with the Executive Team.",
              "Head of Digital & IT", "Oct 2025", "Complete"),
         ]),
        ("SR03", "Collections care\nFailure of environmental plant leads to conditions outside agreed parameters "
                 "in galleries or stores, putting works and loans at risk.", "Director of Collections and Research",
         "3 x 4 = 12", "↔", [
             ("Replace the two remaining end-of-life air-handling units serving the East Wing galleries.",
              "Head of Estates", "Febuary 2026", "Green"),
             ("Agree revised environmental parameters with lenders for the 2026 loans programme.",
              "Head of Collections Care", "Nov 2025", "Green"),
         ]),
        ("SR04", "People and capacity\nInability to recruit and retain specialist staff affects delivery of the "
                 "programme and public engagement.", "Director of People", "3 x 3 = 9", "↓", [
             ("Implement the pay and grading review outcomes for curatorial and conservation posts.",
              "Director of People", "Apr 2026", "Green"),
             ("Launch the second cohort of the paid traineeship programme with partner museums.",
              "Head of Learning and Participation", "Sep 2025", "Complete"),
         ]),
        ("SR05", "Funding settlement\nThe grant-in-aid settlement from DCMS for 2026/27 onwards does not keep pace "
                 "with cost pressures.", "Director of Finance", "4 x 4 = 16", "↑", [
             ("Prepare savings and income scenarios for the 2026/27 budget for the Board of Trustees.",
              "Director of Finance", "Jan 2026", "Green"),
         ]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Strategic Risk Register"
    widths = {"A": 8, "B": 46, "C": 24, "D": 12, "E": 8, "F": 50, "G": 26, "H": 12, "I": 11}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws["A1"] = "National Portrait Gallery"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Presented to the Audit and Risk Assurance Committee – 18 November 2025"
    ws["A3"].font = Font(italic=True)
    hdr_row(ws, 5, ["Risk ref", "Risk description", "Risk owner", "Residual score (L x I)", "Trend",
                    "Further mitigating actions", "Action owner", "Due date", "Status"])
    r = 6
    typo_row = None
    for ref, desc, owner, score, trend, acts in risks:
        start = r
        for act, aowner, due, status in acts:
            ws.cell(row=r, column=6, value=act)
            ws.cell(row=r, column=7, value=aowner)
            ws.cell(row=r, column=8, value=due)
            sc = ws.cell(row=r, column=9, value=status)
            sc.fill = {"Amber": FILL["amber"], "Green": FILL["green"], "Complete": FILL["blue"],
                       "Red": FILL["red"]}[status]
            if due.startswith("Febuary"):
                typo_row = r
            for c in range(1, 10):
                ws.cell(row=r, column=c).alignment = WRAP
                ws.cell(row=r, column=c).border = BOX
            r += 1
        ws.cell(row=start, column=1, value=ref).font = Font(bold=True)
        ws.cell(row=start, column=2, value=desc)
        ws.cell(row=start, column=3, value=owner)
        ws.cell(row=start, column=4, value=score)
        ws.cell(row=start, column=5, value=trend)
        if r - 1 > start:
            for c in range(1, 6):
                ws.merge_cells(start_row=start, start_column=c, end_row=r - 1, end_column=c)
    r += 1
    ws.cell(row=r, column=1, value="Trend: ↑ increasing  ↔ stable  ↓ reducing. Scores are residual (after current controls). "
            "See the Scoring key sheet for likelihood and impact definitions.")
    ws.freeze_panes = "A6"

    key = wb.create_sheet("Scoring key")
    key["A1"] = "Risk scoring key"
    key["A1"].font = Font(bold=True, size=12)
    hdr_row(key, 3, ["Score", "Likelihood", "Impact"])
    for i, (s, l, im) in enumerate([(1, "Rare", "Minimal"), (2, "Unlikely", "Minor"), (3, "Possible", "Moderate"),
                                    (4, "Likely", "Major"), (5, "Almost certain", "Severe")], start=4):
        key.cell(row=i, column=1, value=s)
        key.cell(row=i, column=2, value=l)
        key.cell(row=i, column=3, value=im)
    key["A10"] = "Residual score 15–25: red (above appetite); 8–12: amber; 1–6: green."
    key["A12"] = "Action status: Complete / Green (on track) / Amber (some slippage) / Red (off track)."
    wb.save(os.path.join(HERE, fname))

    write_expected(
        fname,
        source=("Imitates a national museum's (DCMS arm's-length body) strategic risk register as presented to its "
                "Audit and Risk Assurance Committee; National Portrait Gallery 2025/26, content fictional. Copies the "
                "title block, risk rows with description, owner, residual L x I score and trend arrow merged down over "
                "their further mitigating actions, each action with owner, due month as text and a filled status cell, "
                "a trend/notes line and a separate scoring-key sheet."),
        reads=("A risk register of five strategic risks, each with one or two mitigating actions carrying an owner, "
               "a due month written as text and a status. The due date of the first action under SR03 reads "
               "'Febuary 2026', a mistyped month, so a careful reader stops and asks before taking the dates."),
        outcome="refuse", title=title, refuse_at=typo_row)
    return typo_row


# ---------------------------------------------------------------------------
# 4. West Midlands CA - ICO data protection audit action plan (csv)
# ---------------------------------------------------------------------------
def wmca():
    fname = "zt-west-midlands-ca-ico-data-protection-audit-action-plan.csv"
    title = "WMCA ICO Data Protection Audit – Management Action Plan"
    GA = "Governance & Accountability"
    TA = "Training & Awareness"
    RM = "Records Management"
    IS = "Information Security"
    DS = "Data Sharing"
    rows = [
        dict(ref="A03", area=GA,
             rec="WMCA should ensure that its Record of Processing Activities (RoPA) is complete, covers all directorates and is reviewed at least annually.",
             prio="High",
             action="Hold a RoPA refresh workshop with each directorate and update the central RoPA.\nSet an annual review date for every entry.",
             leadcell="Data Protection Officer", lead=["Data Protection Officer"], orig="31/10/2025", rev="",
             end="2025-10", rag="G", status="green", upd="Five of seven directorate workshops held."),
        dict(ref="A07", area=GA,
             rec="WMCA should establish a formal information governance reporting line to the Audit, Risk and Assurance Committee.",
             prio="Medium",
             action="Add a six-monthly Information Governance report to the ARAC forward plan.",
             leadcell="Head of Governance", lead=["Head of Governance"], orig="30/06/2025", rev="",
             end="2025-06", rag="B", status="blue", upd="First report taken to ARAC on 23 June 2025."),
        dict(ref="B02", area=TA,
             rec="WMCA should make data protection refresher training mandatory every two years and monitor completion rates.",
             prio="High",
             action="Make refresher training mandatory on the learning platform, with automated reminders to staff and managers.",
             leadcell="Head of HR & OD; Data Protection Officer", lead=["Head of HR & OD", "Data Protection Officer"],
             orig="30/09/2025", rev="31/12/2025", end="2025-12", rag="A", status="amber",
             upd="Platform change delayed by the supplier's upgrade; interim completion report run manually."),
        dict(ref="B05", area=TA,
             rec="WMCA should provide specialist training for staff who handle subject access requests.",
             prio="Medium",
             action="Deliver specialist training to the Information Rights team and the SAR coordinators in each directorate.",
             leadcell="Information Rights Manager", lead=["Information Rights Manager"], orig="Q3 2025/26", rev="",
             end="2025-12", rag="G", status="green", upd="Course booked for 4 November 2025."),
        dict(ref="C01", area=RM,
             rec="WMCA should finalise its corporate retention schedule and publish it to staff.",
             prio="Urgent",
             action="Approve the corporate retention schedule at the Information Governance Board and publish it on the intranet.",
             leadcell="Head of Information Governance", lead=["Head of Information Governance"], orig="31/07/2025", rev="",
             end="2025-07", rag="B", status="blue", upd="Approved 15 July 2025; published 22 July 2025."),
        dict(ref="C04", area=RM,
             rec="WMCA should implement a programme to identify and dispose of records held beyond their retention period.",
             prio="High",
             action="Run a shared-drive clean-up pilot in Transport for West Midlands, then roll it out to all directorates.",
             leadcell="Head of Information Governance; Head of Digital & Data",
             lead=["Head of Information Governance", "Head of Digital & Data"], orig="31/03/2026", rev="",
             end="2026-03", rag="G", status="green", upd="Pilot under way; 1.2 TB reviewed."),
        dict(ref="D02", area=IS,
             rec="WMCA should ensure that access rights to systems holding personal data are reviewed at least quarterly and that leavers' accounts are removed promptly.",
             prio="Urgent",
             action="Introduce an automated leavers process linking HR records to Active Directory account disablement.",
             leadcell="Head of Digital & Data", lead=["Head of Digital & Data"], orig="31/08/2025", rev="30/11/2025",
             end="2025-11", rag="R", status="red", upd="Integration testing failed in August; supplier fix expected November."),
        dict(ref="D06", area=IS,
             rec="WMCA should carry out data protection impact assessments (DPIAs) for all new systems that process personal data.",
             prio="Medium",
             action="Embed the DPIA screening questions in the project gateway process.\nPublish DPIA guidance and a template on the intranet.",
             leadcell="PMO Lead", lead=["PMO Lead"], orig="31/12/2025", rev="",
             end="2025-12", rag="G", status="green", upd="Gateway change agreed by Portfolio Board."),
        dict(ref="E03", area=DS,
             rec="WMCA should keep a central log of data sharing agreements with constituent authorities and partners.",
             prio="Medium",
             action="Create a central log of data sharing agreements and review all agreements held with the seven constituent councils.",
             leadcell="Information Governance Officer", lead=["Information Governance Officer"], orig="Ongoing", rev="",
             end=None, end_text="Ongoing", rag="", status="unrated", upd="To start once C04 pilot completes."),
    ]
    header = ["Ref", "Scope area", "ICO recommendation", "Priority", "Agreed action", "Action owner",
              "Original target date", "Revised target date", "RAG", "Progress update (September 2025)"]
    n = len(header)
    blank = [""] * n
    with open(os.path.join(HERE, fname), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow([title] + [""] * (n - 1))
        w.writerow(["Audit report issued: March 2025. Progress position at 30 September 2025"] + [""] * (n - 1))
        w.writerow(blank)
        w.writerow(header)
        for a in rows:
            w.writerow([a["ref"], a["area"], a["rec"], a["prio"], a["action"], a["leadcell"], a["orig"],
                        a["rev"], a["rag"], a["upd"]])
        w.writerow(blank)
        w.writerow(["Key: B = complete and evidenced; G = on track; A = at risk of missing target date; "
                    "R = overdue or off track; blank = not started"] + [""] * (n - 1))
        w.writerow(["Summary: 9 actions – 2 complete, 4 on track, 1 at risk, 1 overdue, 1 not started"] + [""] * (n - 1))
    actions = [dict(a, under=[a["area"], a["rec"]]) for a in rows]
    write_expected(
        fname,
        source=("Imitates a combined authority's management action plan following an ICO consensual data protection "
                "audit, exported to CSV from the tracking spreadsheet (ICO audit reports give each recommendation a "
                "scope area and an Urgent/High/Medium/Low priority; councils track agreed actions, owners and revised "
                "dates, e.g. Leeds City Council's ICO audit action plan updates 2024); West Midlands CA 2025, content "
                "fictional. Copies title lines, scope-area column, recommendation and agreed action in one row, "
                "original and revised target dates, letter RAG, a key line and a summary line."),
        reads=("A CSV export with two title lines then a header and nine rows, one per ICO recommendation and its "
               "agreed action, each with owner, original and (sometimes) revised target date, a RAG letter and an "
               "update; a key and a summary line follow. Two of the agreed actions run over two lines inside the cell."),
        outcome="read", title=title, actions=actions)


# ---------------------------------------------------------------------------
# 5. Ulverston Town Council - action log (tab-separated txt)
# ---------------------------------------------------------------------------
def ulverston():
    fname = "zt-ulverston-town-council-action-log-2025-26.txt"
    title = "Council Action Log 2025/26"
    FC = "FULL COUNCIL"
    FGP = "FINANCE & GENERAL PURPOSES COMMITTEE"
    AE = "AMENITIES & ENVIRONMENT COMMITTEE"
    groups = [
        (FC, [
            dict(ref="FC/25/038", meet="19 May 2025",
                 action="Write to Westmorland and Furness Council requesting a timetable for repairs to the Gill car park surface.",
                 leadcell="Town Clerk", lead=["Town Clerk"], due="Jun 2025", end="2025-06", st="Complete", status="blue",
                 upd="Letter sent 28/05/2025; reply received, works scheduled for spring 2026."),
            dict(ref="FC/25/052", meet="16 Jun 2025",
                 action="Obtain three quotes for replacement of the war memorial floodlighting.",
                 leadcell="Town Clerk", lead=["Town Clerk"], due="31/10/2025", end="2025-10", st="Amber", status="amber",
                 upd="Two quotes received; third contractor chased."),
            dict(ref="FC/25/067", meet="21 Jul 2025",
                 action="Arrange a meeting with the Ford Park Community Group about the future lease of the walled garden.",
                 leadcell="Cllr Hartley & Cllr Bowness", lead=["Cllr Hartley", "Cllr Bowness"], due="September 2025",
                 end="2025-09", st="Complete", status="blue", upd="Met 9 September; heads of terms to follow."),
            dict(ref="FC/25/081", meet="15 Sep 2025",
                 action="Add the draft Climate Action Plan to the November agenda for adoption.",
                 leadcell="Town Clerk", lead=["Town Clerk"], due="Nov 2025", end="2025-11", st="Green", status="green",
                 upd=""),
        ]),
        (FGP, [
            dict(ref="FGP/25/014", meet="2 Jun 2025",
                 action="Review the council's bank mandate and remove former councillors as signatories.",
                 leadcell="RFO", lead=["RFO"], due="30/06/2025", end="2025-06", st="Complete", status="blue",
                 upd="New mandate confirmed by bank 24/06/2025."),
            dict(ref="FGP/25/027", meet="8 Sep 2025",
                 action="Prepare a first draft of the 2026/27 budget and precept options for the committee.",
                 leadcell="RFO/Town Clerk", lead=["RFO", "Town Clerk"], due="Dec 2025", end="2025-12", st="Green",
                 status="green", upd="Working draft circulated to the Chair."),
        ]),
        (AE, [
            dict(ref="AE/25/009", meet="27 May 2025",
                 action="Report back on the condition of the Hoad path handrail following residents' complaints.",
                 leadcell="Amenities Officer", lead=["Amenities Officer"], due="31/07/2025", end="2025-07", st="Red",
                 status="red", upd="Structural survey not yet commissioned – awaiting landowner permission.",
                 cont="Landowner contacted again 20/10/2025; item to go to November committee."),
            dict(ref="AE/25/018", meet="22 Jul 2025",
                 action="Install two additional litter bins on the Canal Foot path, subject to Westmorland and Furness Council agreement.",
                 leadcell="Amenities Officer", lead=["Amenities Officer"], due="Ongoing", end=None, end_text="Ongoing",
                 st="Green", status="green", upd="W&F agreed one bin; second under discussion."),
            dict(ref="AE/25/024", meet="23 Sep 2025",
                 action="Submit the road closure application and event management plan for the Christmas lights switch-on.",
                 leadcell="Town Clerk, Amenities Officer", lead=["Town Clerk", "Amenities Officer"], due="14/11/2025",
                 end="2025-11", st="Green", status="green", upd="Application submitted 6 October; awaiting licence."),
        ]),
    ]
    lines = ["ULVERSTON TOWN COUNCIL", title, "Updated by the Town Clerk: 3 November 2025", "",
             "\t".join(["Ref", "Meeting", "Action", "Responsible", "Target", "Status", "Update"])]
    actions = []
    for g, acts in groups:
        lines.append(g)
        for a in acts:
            lines.append("\t".join([a["ref"], a["meet"], a["action"], a["leadcell"], a["due"], a["st"], a["upd"]]))
            if a.get("cont"):
                lines.append("\t" * 6 + a["cont"])
            actions.append(dict(a, under=[g]))
    lines += ["", "Status key: Green = in hand; Amber = delayed; Red = stalled or needs a council decision; "
              "Complete = done, to be removed after the next meeting.",
              "Items marked Complete at the last meeting have been removed from this log."]
    with open(os.path.join(HERE, fname), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")
    write_expected(
        fname,
        source=("Imitates a town council's rolling action log kept by the clerk and published with each agenda "
                "(parish and town councils keep 'actions arising' logs by meeting, e.g. Aldworth PC action log "
                "with Open/In progress/Closed), saved as tab-separated text; Ulverston Town Council 2025/26, content "
                "fictional. Copies the three title lines, committee heading lines, minute refs, meeting dates, "
                "Responsible column with clerk posts and councillors, status words with a key, and a wrapped "
                "continuation line of an update."),
        reads=("A tab-separated action log: title lines, a header, then actions grouped under Full Council and two "
               "committees, each with its minute ref, meeting date, who is responsible, target and status. One "
               "update runs onto a second line; a status key and a note close the file. Nine actions."),
        outcome="read", title=title, actions=actions)


# ---------------------------------------------------------------------------
# 6. ScottishPower - Ofgem provisional order remediation action plan (docx)
# ---------------------------------------------------------------------------
def scottishpower():
    fname = "zt-scottishpower-ofgem-payment-difficulty-provisional-order-action-plan.docx"
    title = "Customers in Payment Difficulty – Provisional Order Remediation Action Plan"
    H1 = "1. Identifying customers in payment difficulty"
    H2 = "2. Setting affordable repayment plans"
    H3 = "3. Prepayment meter installation and remote switching"
    Q1 = ("Put in place processes to proactively identify customers who are in payment difficulty, including "
          "prepayment customers who are self-disconnecting or self-rationing. (SLC 27.8A)")
    Q2 = ("Ensure that debt repayment rates take account of customers’ ability to pay, and that affordability is "
          "reassessed when a customer’s circumstances change. (SLC 27.8)")
    Q3 = ("Ensure prepayment meters are only installed, or smart meters switched to prepayment mode, where it is "
          "safe and reasonably practicable to do so, and that vulnerability checks are completed and recorded. (SLC 28B)")
    parts = [
        (H1, Q1, [
            dict(ref="1.1", action="Deploy daily reporting of smart prepayment customers with no top-up for three or more days, routed to the Priority Support team for outbound contact.",
                 leadcell="Head of Prepayment Operations", lead=["Head of Prepayment Operations"], orig="Jan 2023", rev="",
                 end="2023-01", st="Complete", status="blue", com="Live from 16 January 2023."),
            dict(ref="1.2", action="Add payment difficulty prompts to all inbound call scripts and webchat journeys, with agent capture of indicators in the CRM.",
                 leadcell="Head of Customer Contact", lead=["Head of Customer Contact"], orig="31/03/2023", rev="30/06/2023",
                 end="2023-06", st="At risk", status="amber", com="CRM change delayed by release freeze; interim manual capture in place."),
            dict(ref="1.3", action="Use credit reference and benefits data flags to identify customers likely to be in financial vulnerability ahead of winter 2023/24.",
                 leadcell="Head of Vulnerability & Affordability and Head of Data Science",
                 lead=["Head of Vulnerability & Affordability", "Head of Data Science"], orig="Sept 2023", rev="",
                 end="2023-09", st="On track", status="green", com="Data sharing agreement signed; model build started."),
        ]),
        (H2, Q2, [
            dict(ref="2.1", action="Introduce a standard income and expenditure assessment, aligned to the Standard Financial Statement, for all repayment plans over £10 per week.",
                 leadcell="Director of Collections", lead=["Director of Collections"], orig="28/02/2023", rev="",
                 end="2023-02", st="Complete", status="blue", com="Evidence pack sent to Ofgem 3 March 2023."),
            dict(ref="2.2", action="Retrain all collections agents and third-party debt collection partners on the revised ability-to-pay policy, with quarterly call sampling.",
                 leadcell="Collections Training Manager", lead=["Collections Training Manager"], orig="Mar 2023", rev="May 2023",
                 end="2023-05", st="Off track", status="red", com="Two partner agencies yet to complete; escalated to supplier managers."),
            dict(ref="2.3", action="Review all customers on fixed repayment rates above £20 per week and offer each a reassessment.",
                 leadcell="Head of Collections", lead=["Head of Collections"], orig="30/04/2023", rev="",
                 end="2023-04", st="On track", status="green", com="61% of the cohort contacted."),
        ]),
        (H3, Q3, [
            dict(ref="3.1", action="Suspend all involuntary prepayment installations under warrant and all remote switching until revised safeguards are approved by the Executive Committee.",
                 leadcell="Director of Customer Operations", lead=["Director of Customer Operations"], orig="Feb 2023", rev="",
                 end="2023-02", st="Complete", status="blue", com="Suspension in place from 2 February 2023."),
            dict(ref="3.2", action="Introduce a mandatory welfare visit and recorded vulnerability assessment before any future prepayment installation.",
                 leadcell="Head of Metering / Head of Vulnerability & Affordability",
                 lead=["Head of Metering", "Head of Vulnerability & Affordability"], orig="30/06/2023", rev="",
                 end="2023-06", st="On track", status="green", com="Assessment form drafted in line with Ofgem's Code of Practice."),
            dict(ref="3.3", action="Provide Ofgem with monthly management information on prepayment installations, warrant applications and self-disconnection contacts.",
                 leadcell="Regulatory Compliance Manager", lead=["Regulatory Compliance Manager"], orig="Monthly", rev="",
                 end=None, end_text="Monthly", st="On track", status="green", com="March and April returns submitted."),
        ]),
    ]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("ScottishPower Energy Retail Limited")
    r.bold = True
    r.font.size = Pt(12)
    doc.add_heading(title, level=0)
    doc.add_paragraph("Submitted to Ofgem (Retail Compliance and Enforcement) – version 3.0, 28 April 2023")
    doc.add_paragraph("Classification: Confidential – Regulatory")

    doc.add_paragraph().add_run("Version history").bold = True
    vh = doc.add_table(rows=1, cols=4)
    vh.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Change", "Author"]):
        bold_cell(vh.rows[0].cells[i], h)
        shade(vh.rows[0].cells[i], "D9D9D9")
    for v in [("1.0", "09/12/2022", "Initial plan submitted in response to the Provisional Order", "Head of Regulation"),
              ("2.0", "17/02/2023", "Updated following Ofgem feedback", "Head of Regulation"),
              ("3.0", "28/04/2023", "Progress update; revised dates for 1.2 and 2.2", "Regulatory Compliance Manager")]:
        cells = vh.add_row().cells
        for i, x in enumerate(v):
            cells[i].text = x

    doc.add_paragraph()
    doc.add_paragraph().add_run("Status key").bold = True
    kt = doc.add_table(rows=1, cols=2)
    kt.style = "Table Grid"
    bold_cell(kt.rows[0].cells[0], "Status")
    bold_cell(kt.rows[0].cells[1], "Meaning")
    for s, m, col in [("Complete", "Blue – delivered and evidence provided to Ofgem", "5B9BD5"),
                      ("On track", "Green – expected to meet the committed date", "92D050"),
                      ("At risk", "Amber – committed date at risk; mitigation in place", "FFC000"),
                      ("Off track", "Red – committed date will be missed; escalated to Executive Committee", "FF0000")]:
        cells = kt.add_row().cells
        cells[0].text = s
        shade(cells[0], col)
        cells[1].text = m

    actions = []
    headers = ["Action ID", "Action", "Accountable owner", "Original date", "Revised date", "Status", "Commentary"]
    colour = {"Complete": "5B9BD5", "On track": "92D050", "At risk": "FFC000", "Off track": "FF0000"}
    for head, req, acts in parts:
        doc.add_heading(head, level=1)
        doc.add_paragraph().add_run("Ofgem requirement").bold = True
        doc.add_paragraph(req)
        t = doc.add_table(rows=1, cols=7)
        t.style = "Table Grid"
        for i, h in enumerate(headers):
            bold_cell(t.rows[0].cells[i], h, "FFFFFF")
            shade(t.rows[0].cells[i], "00843D")
        for a in acts:
            c = t.add_row().cells
            for i, x in enumerate([a["ref"], a["action"], a["leadcell"], a["orig"], a["rev"], a["st"], a["com"]]):
                c[i].text = x
            shade(c[5], colour[a["st"]])
            actions.append(dict(a, under=[head, req]))
        doc.add_paragraph()
    doc.add_paragraph("Plan owner: Chief Executive Officer, Customer Services. Progress is reported monthly to the "
                      "Retail Risk Committee and to Ofgem.")
    doc.save(os.path.join(HERE, fname))

    write_expected(
        fname,
        source=("Imitates the remediation action plan an energy supplier submits to Ofgem after a Provisional Order "
                "following a Market Compliance Review of customers in payment difficulty (Ofgem issued Provisional "
                "Orders to ScottishPower and Utilita in late 2022); content fictional. Copies the company/title block "
                "with submission line and classification, a version-history table, a status key mapping status words "
                "to colours, numbered section headings each with the Ofgem requirement paragraph and its own action "
                "table, original and revised dates, status words with shading, and a plan-owner line."),
        reads=("A Word plan with three numbered sections, each quoting an Ofgem requirement and then a table of "
               "actions with owner, original and revised dates, status word and commentary. The status key turns "
               "Complete, On track, At risk and Off track into blue, green, amber and red. Nine actions."),
        outcome="read", title=title, actions=actions)


# ---------------------------------------------------------------------------
# 7. Exmoor NPA - peer challenge action plan (xlsx)
# ---------------------------------------------------------------------------
def exmoor():
    fname = "zt-exmoor-npa-peer-challenge-action-plan.xlsx"
    title = "National Park Peer Challenge 2024 – Action Plan"
    D = dt.datetime
    recs = [
        ("1", "Refresh the Authority's corporate priorities so that they clearly flow from the Exmoor National Park "
              "Partnership Plan and are owned by members and staff.", [
             dict(ref="1a", action="Hold a member and senior officer workshop to agree three to five corporate priorities for 2025–28.",
                  leadcell="Chief Executive", lead=["Chief Executive"], date=D(2025, 1, 31), end="2025-01",
                  prev="B", cur="B", status="blue", com="Workshop held 14 January 2025."),
             dict(ref="1b", action="Publish a new Corporate Plan 2025–28 with measurable outcomes and a performance framework.",
                  leadcell="Chief Executive / Head of Strategy & Performance",
                  lead=["Chief Executive", "Head of Strategy & Performance"], date=D(2025, 12, 31), end="2025-12",
                  prev="G", cur="A", status="amber",
                  com="Target moved from June to December 2025 by Authority Committee (July 2025) to follow the Partnership Plan consultation."),
         ]),
        ("2", "Strengthen the Authority's financial resilience by developing a medium-term financial plan that "
              "addresses the forecast budget gap.", [
             dict(ref="2a", action="Develop a five-year Medium Term Financial Plan with scenarios for a flat-cash National Park Grant.",
                  leadcell="Chief Finance Officer", lead=["Chief Finance Officer"], date=D(2025, 3, 31), end="2025-03",
                  prev="G", cur="B", status="blue", com="Adopted with the 2025/26 budget in February 2025."),
             dict(ref="2b", action="Review fees and charges, including car parks and pre-application advice, against other National Park Authorities.",
                  leadcell="Chief Finance Officer\nHead of Planning and Sustainable Development",
                  lead=["Chief Finance Officer", "Head of Planning and Sustainable Development"], date=D(2025, 9, 30),
                  end="2025-09", prev="A", cur="A", status="amber", com="Benchmarking complete; proposals to November committee."),
             dict(ref="2c", action="Set up a commercial income working group with member representation.",
                  leadcell="Head of Engagement", lead=["Head of Engagement"], date="Ongoing", end=None, end_text="Ongoing",
                  prev="G", cur="G", status="green", com="Group has met three times."),
         ]),
        ("3", "Increase capacity in the planning service to improve the timeliness of decisions and enforcement.", [
             dict(ref="3a", action="Recruit a permanent Senior Planning Officer and a part-time Planning Enforcement Officer.",
                  leadcell="Head of Planning and Sustainable Development", lead=["Head of Planning and Sustainable Development"],
                  date=D(2025, 4, 30), end="2025-04", prev="R", cur="B", status="blue", com="Both posts filled from June 2025."),
             dict(ref="3b", action="Introduce a planning enforcement backlog plan with monthly reporting to the Planning Committee.",
                  leadcell="Development Manager", lead=["Development Manager"], date=D(2025, 7, 31), end="2025-07",
                  prev="A", cur="G", status="green", com="Backlog down from 84 to 51 cases."),
         ]),
        ("4", "Make more of the Authority's partnerships, particularly with Somerset Council, North Devon Council "
              "and the farming community, to deliver the Partnership Plan.", [
             dict(ref="4a", action="Agree a shared delivery plan with the Exmoor Society, NFU and landowner representatives for the legacy of the Farming in Protected Landscapes programme.",
                  leadcell="Head of Conservation and Access", lead=["Head of Conservation and Access"], date=D(2026, 3, 31),
                  end="2026-03", prev="G", cur="G", status="green", com="Draft plan discussed at the Exmoor Farming Forum."),
             dict(ref="4b", action="Hold twice-yearly liaison meetings between the Chair, the Chief Executive and the leaders of Somerset Council and North Devon Council.",
                  leadcell="Chair of the Authority, Chief Executive", lead=["Chair of the Authority", "Chief Executive"],
                  date="Six-monthly", end=None, end_text="Six-monthly", prev="-", cur="G", status="green",
                  com="First meeting held 12 June 2025."),
         ]),
        ("5", "Invest in the Authority's people by refreshing the workforce strategy, with a focus on succession "
              "planning and wellbeing.", [
             dict(ref="5a", action="Refresh the Workforce Strategy and action plan, informed by the 2024 staff survey.",
                  leadcell="Head of HR", lead=["Head of HR"], date=D(2025, 10, 31), end="2025-10", prev="A", cur="R",
                  status="red", com="HR capacity reduced over the summer; drafting not yet started."),
             dict(ref="5b", action="Launch a leadership development programme for team leaders.",
                  leadcell="Head of HR", lead=["Head of HR"], date=D(2026, 1, 31), end="2026-01", prev="-", cur=None,
                  status="unrated", com="Not started – depends on 5a."),
         ]),
    ]
    rag_fill = {"B": FILL["blue"], "G": FILL["green"], "A": FILL["amber"], "R": FILL["red"]}
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    widths = {"A": 6, "B": 44, "C": 6, "D": 52, "E": 30, "F": 11, "G": 11, "H": 11, "I": 46}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws["A1"] = "Exmoor National Park Authority"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=12)
    ws.merge_cells("A2:I2")
    ws["A3"] = "Progress report to Authority Committee – 7 October 2025"
    ws["A3"].font = Font(italic=True)
    ws.merge_cells("A3:I3")
    hdr_row(ws, 5, ["Rec", "Peer challenge recommendation", "No.", "Action", "Lead officer", "Target date",
                    "Previous RAG (Apr 25)", "Current RAG (Sep 25)", "Progress commentary"],
            fill=PatternFill("solid", fgColor="385723"))
    r = 6
    actions = []
    for num, rec, acts in recs:
        start = r
        for a in acts:
            vals = [None, None, a["ref"], a["action"], a["leadcell"], a["date"], a["prev"], a["cur"], a["com"]]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
            for col, key in ((7, "prev"), (8, "cur")):
                if a[key] in rag_fill:
                    ws.cell(row=r, column=col).fill = rag_fill[a[key]]
                    ws.cell(row=r, column=col).alignment = Alignment(horizontal="center", vertical="top")
            actions.append(dict(a, under=[rec]))
            r += 1
        ws.cell(row=start, column=1, value=num).font = Font(bold=True)
        ws.cell(row=start, column=2, value=rec)
        for c in (1, 2):
            ws.merge_cells(start_row=start, start_column=c, end_row=r - 1, end_column=c)
            ws.cell(row=start, column=c).alignment = WRAP
    r += 1
    ws.cell(row=r, column=1, value="RAG key: B – complete; G – on track; A – some slippage, action in hand; "
            "R – off track, needs Committee attention; - = not rated at previous report")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    ws.freeze_panes = "A6"

    sm = wb.create_sheet("Summary")
    sm.column_dimensions["B"].width = 48
    sm["A1"] = "Peer challenge recommendations – summary of current RAG (September 2025)"
    sm["A1"].font = Font(bold=True, size=12)
    hdr_row(sm, 3, ["Rec", "Theme", "Actions", "B", "G", "A", "R", "Not rated"],
            fill=PatternFill("solid", fgColor="385723"))
    summ = [("1", "Corporate priorities", 2, 1, 0, 1, 0, 0), ("2", "Financial resilience", 3, 1, 1, 1, 0, 0),
            ("3", "Planning capacity", 2, 1, 1, 0, 0, 0), ("4", "Partnerships", 2, 0, 2, 0, 0, 0),
            ("5", "Workforce", 2, 0, 0, 0, 1, 1), ("", "Total", 11, 3, 4, 2, 1, 1)]
    for i, row in enumerate(summ, start=4):
        for j, v in enumerate(row, start=1):
            sm.cell(row=i, column=j, value=v).border = BOX
    sm["A11"] = "Peer challenge undertaken by National Parks England and the LGA, 19–21 November 2024."
    wb.save(os.path.join(HERE, fname))

    write_expected(
        fname,
        source=("Imitates a national park authority's action plan responding to a corporate peer challenge, as "
                "reported to its Authority Committee (NPAs and councils publish peer challenge recommendations with "
                "an implementation plan and progress updates, e.g. Harrow's 2023 LGA corporate peer challenge "
                "response); Exmoor NPA 2024-25, content fictional. Copies the title block, recommendation number and "
                "text merged down over their lettered actions, lead officers (two in one cell by slash, line break "
                "and comma), month-year target dates, Previous and Current RAG columns with letters and fills, a "
                "RAG key line and a Summary sheet of counts with a total row."),
        reads=("The Action Plan sheet lists five peer challenge recommendations, each merged down beside its lettered "
               "actions (eleven in all) with lead officer, target month, previous and current RAG and commentary; "
               "the status is the current RAG. A Summary sheet counts the RAGs and is not part of the plan."),
        outcome="read", title=title, actions=actions)


if __name__ == "__main__":
    kings_foundation()
    fosterplus()
    row = npg()
    print("npg typo row:", row)
    wmca()
    ulverston()
    scottishpower()
    exmoor()
    print("done")
