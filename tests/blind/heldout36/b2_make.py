#!/usr/bin/env python
"""Generator for the b2- cases of heldout36 (blind corpus). Run with /work/main/.venv/bin/python.

Each plan's content is held in a data structure below, and the document files are built from it.
Beside each action row sit hand-written readings (E = expected: lead list, end month, end text,
status). They are what a person reads in the cell text; they are not computed from the cells and
are not put into the documents. `b2_make.py yaml` writes the expected.yaml files from those
readings; `b2_make.py docs` builds the documents. The yaml files were written first.
"""
import csv
import datetime as dt
import json
import os
import sys

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
P = "b2-"


def D(y, m, d):
    return dt.datetime(y, m, d)


def out(name):
    return os.path.join(HERE, P + name)


def q(s):
    return json.dumps(s, ensure_ascii=False)


# ----------------------------------------------------------------------------------------------
# yaml writer
# ----------------------------------------------------------------------------------------------
def write_yaml(fname, meta, actions):
    lines = []
    for key in ("source", "reads"):
        lines.append(f"{key}: >-")
        words = meta[key].split()
        cur = " "
        for w in words:
            if len(cur) + len(w) + 1 > 100:
                lines.append(cur.rstrip())
                cur = " "
            cur += " " + w
        lines.append(cur.rstrip())
    lines.append(f"outcome: {meta['outcome']}")
    lines.append(f"accept_refusal: {str(meta.get('accept_refusal', False)).lower()}")
    if "refuse_at" in meta:
        lines.append(f"refuse_at: {meta['refuse_at']}")
    if meta.get("title"):
        lines.append(f"title: {q(meta['title'])}")
    if meta["outcome"] == "read":
        lines.append("actions:")
        for a in actions:
            lines.append(f"  - ref: {q(a['ref']) if a['ref'] is not None else 'null'}")
            lines.append(f"    under: {q(a['under'])}")
            lines.append(f"    action: {q(a['action'])}")
            lines.append(f"    lead: {q(a['lead'])}")
            lines.append(f"    end: {q(a['end']) if a['end'] else 'null'}")
            if a.get("end_text"):
                lines.append(f"    end_text: {q(a['end_text'])}")
            lines.append(f"    status: {a['status']}")
    with open(os.path.join(HERE, fname + ".expected.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


# ----------------------------------------------------------------------------------------------
# shared helpers
# ----------------------------------------------------------------------------------------------
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")
HEX = {"blue": "0070C0", "green": "00B050", "amber": "FFC000", "red": "FF0000"}


def fill(hexc):
    return PatternFill("solid", fgColor=hexc)


def header_row(ws, row, names, widths, colour="1F3864", font_colour="FFFFFF"):
    for i, (n, w) in enumerate(zip(names, widths), start=1):
        c = ws.cell(row=row, column=i, value=n)
        c.font = Font(bold=True, color=font_colour)
        c.fill = fill(colour)
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
        ws.column_dimensions[c.column_letter].width = w


def boxed(ws, row, ncols):
    for c in range(1, ncols + 1):
        ws.cell(row=row, column=c).border = BOX
        ws.cell(row=row, column=c).alignment = WRAP


def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)
    s.top_margin = s.bottom_margin = Cm(1.5)


def set_cell(cell, text, bold=False, size=9, colour=None):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.font.size = Pt(size)
    if colour:
        r.font.color.rgb = RGBColor.from_string(colour)


def table_borders(table):
    table.style = "Table Grid"


# ==============================================================================================
# 1. Southampton Safeguarding Children Partnership – LCSPR Child H action plan (.docx)
# ==============================================================================================
SOTON_FILE = "southampton-scp-cspr-child-h-action-plan.docx"
SOTON_TITLE = ("Southampton Safeguarding Children Partnership: Child H Local Child Safeguarding "
               "Practice Review – Multi-Agency Action Plan")
SOTON_RECS = [
    ("Recommendation 1: The SSCP should seek assurance that the Bruising in Non-Mobile Babies "
     "protocol is understood and followed by practitioners in all agencies, including primary care "
     "and the urgent treatment centre.", [
        ("1.1", "Relaunch the Bruising in Non-Mobile Babies protocol with a 7-minute briefing and a "
                "multi-agency learning event.",
         "SSCP Business Manager", "June 2024",
         "Learning event held on 18 June 2024 with 112 attendees. 7-minute briefing circulated to all "
         "partner agencies and added to the SSCP website.", "Complete", "blue",
         dict(lead=["SSCP Business Manager"], end="2024-06", status="blue")),
        ("1.2", "Audit compliance with the protocol across GP practices and the urgent treatment "
                "centre for babies under six months presenting with a mark or bruise.",
         "Designated Nurse Safeguarding Children, Hampshire and Isle of Wight ICB",
         "Sept 2024 (revised Jan 2025)",
         "Audit fieldwork completed in January 2025: 23 of 26 cases fully compliant. Report to the "
         "Quality Assurance subgroup in April 2025.", "Green", "green",
         dict(lead=["Designated Nurse Safeguarding Children, Hampshire and Isle of Wight ICB"],
              end="2025-01", end_text="Sept 2024 (revised Jan 2025)", status="green")),
    ]),
    ("Recommendation 2: Partner agencies should ensure that the role and history of fathers and "
     "other men in the household are explored and recorded in assessments, so that the risk they "
     "may pose is understood.", [
        ("2.1", "Revise the Children's Services single assessment template so that it prompts "
                "practitioners to record information about every adult in the household, including "
                "those who are not the child's parent.",
         "Head of Service, Children's Social Care", "30/11/2024",
         "Revised template live on the case recording system from 4 November 2024. Practice guidance issued to all "
         "teams.", "Complete", "blue",
         dict(lead=["Head of Service, Children's Social Care"], end="2024-11", status="blue")),
        ("2.2", "Deliver 'Seeing the Men' practice workshops for health visitors, midwives and early "
                "help practitioners.",
         "Public Health Nursing Lead / Named Midwife, University Hospital Southampton", "March 2025",
         "Four of six workshops delivered. The midwifery sessions were postponed because of staffing "
         "pressures and are rebooked for May 2025.", "Amber", "amber",
         dict(lead=["Public Health Nursing Lead", "Named Midwife, University Hospital Southampton"],
              end="2025-03", status="amber")),
        ("2.3", "Share any relevant domestic abuse history of adult males in the household at the "
                "first strategy discussion.",
         "Detective Inspector, MASH (Hampshire and Isle of Wight Constabulary)", "Dec 2024",
         "Process agreed and in use in the MASH. A dip sample of strategy discussions is planned for "
         "April 2025.", "Green", "green",
         dict(lead=["Detective Inspector, MASH (Hampshire and Isle of Wight Constabulary)"],
              end="2024-12", status="green")),
    ]),
    ("Recommendation 3: The SSCP should be assured that information about a child not being brought "
     "to health appointments is shared between GPs, health visitors and children's social care when "
     "the child is subject to a child protection plan.", [
        ("3.1", "Agree a protocol for notifying the allocated social worker when a child on a child "
                "protection plan is not brought to a health appointment.",
         "Named GP for Safeguarding Children", "Jan 2025",
         "Draft protocol has not yet been agreed by the Local Medical Committee. Escalated to the "
         "Safeguarding Partners Executive on 12 February 2025.", "Red", "red",
         dict(lead=["Named GP for Safeguarding Children"], end="2025-01", status="red")),
        ("3.2", "Make 'was not brought' information a standing item on the agenda of every core group "
                "meeting.",
         "Service Manager, Child Protection Chairs", "Ongoing",
         "Core group agenda template updated. Chairs check compliance at each review conference.",
         "Green", "green",
         dict(lead=["Service Manager, Child Protection Chairs"], end=None, end_text="Ongoing",
              status="green")),
    ]),
    ("Recommendation 4: The SSCP should evaluate the impact of the learning from this review on "
     "practice within twelve months of publication.", [
        ("4.1", "Carry out a multi-agency case audit of children under one year old who are subject "
                "to child protection plans, testing whether the learning from Child H is reflected "
                "in practice.",
         "Chair, Quality Assurance Subgroup", "Q2 2025/26",
         "Scheduled for the September 2025 audit cycle.", "Not started", None,
         dict(lead=["Chair, Quality Assurance Subgroup"], end="2025-09", end_text="Q2 2025/26",
              status="unrated")),
    ]),
]

SOTON_META = dict(
    source=(
        "Imitates a safeguarding children partnership's multi-agency action plan for a local child "
        "safeguarding practice review, laid out as in the published multi-agency action plan at "
        "https://docsbay.net/multi-agency-action-plan (recommendation in the first column with the "
        "actions, lead agency, target date, progress and a Red/Amber/Green column beside it) and as "
        "partnerships describe the rapid review / LCSPR learning route (e.g. "
        "https://www.leedsscp.org.uk/About-us/Learning-and-improving-framework/Rapid-Reviews-and-Child-Safeguarding-Practice-(1)). "
        "Southampton SCP chosen as the body; the review 'Child H' and all content are invented. "
        "Copied features: a Word document with a title, an intro paragraph, a document-control table, "
        "one landscape table whose Recommendation cell is merged down over its actions, numbered "
        "actions 1.1-4.1, leads as posts (one cell with two posts joined by ' / '), target dates as "
        "'June 2024', '30/11/2024', 'Sept 2024 (revised Jan 2025)', 'Ongoing' and 'Q2 2025/26', RAG "
        "words with matching cell shading, and a RAG key paragraph under the table."),
    reads=(
        "Eight numbered actions under four CSPR recommendations, each recommendation written once in "
        "a cell merged down beside its actions. Action 1.2 was moved from Sept 2024 to Jan 2025, 3.2 "
        "is Ongoing and 4.1 is due Q2 2025/26 (September 2025); RAG is Complete, Green, Amber, Red or "
        "Not started. The document-control table is not part of the plan."),
    outcome="read",
    title=SOTON_TITLE,
)


def soton_actions():
    acts = []
    for rec, rows in SOTON_RECS:
        for ref, action, lead, end, prog, rag, col, e in rows:
            a = dict(ref=ref, under=[rec], action=action)
            a.update(e)
            acts.append(a)
    return acts


def build_soton():
    doc = Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    h = doc.add_paragraph()
    r = h.add_run(SOTON_TITLE)
    r.bold = True
    r.font.size = Pt(15)
    r.font.color.rgb = RGBColor.from_string("1F3864")
    doc.add_paragraph(
        "The Child H review was commissioned by the Southampton Safeguarding Children Partnership "
        "(SSCP) following a Rapid Review in October 2023. The review report was published in April "
        "2024 and made four recommendations for the partnership. This action plan sets out how "
        "partner agencies will respond to each recommendation. Progress is monitored by the Learning "
        "and Review subgroup and reported to the Safeguarding Partners Executive every quarter.")
    dc = doc.add_table(rows=4, cols=2)
    table_borders(dc)
    for i, (k, v) in enumerate([("Version", "v5 – March 2025 update"),
                                ("Owner", "Learning and Review Subgroup"),
                                ("Approved by", "Safeguarding Partners Executive, 12 February 2025"),
                                ("Next review", "June 2025")]):
        set_cell(dc.rows[i].cells[0], k, bold=True)
        set_cell(dc.rows[i].cells[1], v)
    doc.add_paragraph()
    hd = doc.add_paragraph()
    hr = hd.add_run("Action plan – progress at March 2025")
    hr.bold = True
    hr.font.size = Pt(12)

    heads = ["Recommendation", "No.", "Action to be taken", "Lead agency / officer", "Target date",
             "Progress update (March 2025)", "RAG"]
    nrows = 1 + sum(len(rows) for _, rows in SOTON_RECS)
    t = doc.add_table(rows=nrows, cols=len(heads))
    table_borders(t)
    widths = [Cm(5.5), Cm(1.1), Cm(6.0), Cm(3.8), Cm(2.6), Cm(6.0), Cm(1.8)]
    for i, hname in enumerate(heads):
        c = t.rows[0].cells[i]
        set_cell(c, hname, bold=True, colour="FFFFFF")
        shade(c, "1F3864")
    ri = 1
    for rec, rows in SOTON_RECS:
        first = ri
        for ref, action, lead, end, prog, rag, col, e in rows:
            cells = t.rows[ri].cells
            set_cell(cells[1], ref)
            set_cell(cells[2], action)
            set_cell(cells[3], lead)
            set_cell(cells[4], end)
            set_cell(cells[5], prog)
            set_cell(cells[6], rag, bold=True, colour="FFFFFF" if col in ("blue", "red", "green") else None)
            if col:
                shade(cells[6], HEX[col])
            ri += 1
        top = t.rows[first].cells[0]
        if ri - 1 > first:
            top = top.merge(t.rows[ri - 1].cells[0])
        set_cell(top, rec, bold=True)
        shade(top, "D9E2F3")
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    doc.add_paragraph()
    doc.add_paragraph("RAG key: Red – off track or not progressing; Amber – in progress with some "
                      "slippage; Green – on track; Complete – action delivered and evidenced; "
                      "Not started – not yet due to start.")
    doc.save(out(SOTON_FILE))


# ==============================================================================================
# 2. Spelthorne Safer Stronger Partnership – CSP Plan 2024-26 delivery plan (.xlsx)  REFUSE
# ==============================================================================================
SPEL_FILE = "spelthorne-sssp-community-safety-delivery-plan.xlsx"
SPEL_TITLE = ("Spelthorne Safer Stronger Partnership (SSSP) – Community Safety Partnership Plan "
              "2024–2026: Delivery Plan")
# rows: ("P", heading) or (ref, action, lead, supporting, target, fmt, progress, rag)
SPEL_ROWS = [
    ("P", "Priority 1: Anti-social behaviour and neighbourhood crime"),
    ("1.1", "Run monthly Community Harm and Risk Management Meetings (CHaRMM) to manage high-risk "
            "anti-social behaviour cases.",
     "SBC Community Safety Team", "Surrey Police, A2Dominion, Surrey Fire and Rescue", "Monthly", None,
     "Meetings held every month. 27 cases managed in 2024/25; 19 closed with risk reduced.", "G"),
    ("1.2", "Deliver a targeted summer ASB patrol plan for Staines town centre and Lammas Park.",
     "Surrey Police – Spelthorne Neighbourhood Inspector", "SBC Community Safety Team",
     D(2024, 9, 30), "dd/mm/yyyy",
     "Operation ran June to September 2024. ASB reports in the town centre were 14% lower than in "
     "summer 2023.", "Complete"),
    ("1.3", "Review and renew the Staines Town Centre Public Spaces Protection Order before it "
            "expires.",
     "SBC Community Safety Manager", "SBC Legal Services, Surrey Police", D(2025, 10, 31), "mmm-yy",
     "Evidence pack being compiled. Public consultation planned for July and August 2025.", "G"),
    ("P", "Priority 2: Domestic abuse and violence against women and girls"),
    ("2.1", "Roll out 'Ask for Angela' and Safe Spaces training to licensed premises in Staines and "
            "Ashford.",
     "SBC Licensing / Surrey Police", "Spelthorne Pubwatch", D(2025, 3, 31), "mmm-yy",
     "31 of 44 premises trained. The remaining premises will be visited in Q1 2025/26.", "A"),
    ("2.2", "Hold a local awareness campaign during the 16 Days of Action against domestic abuse.",
     "SBC Community Safety Team", "Your Sanctuary, Surrey Police", D(2024, 12, 10), "dd/mm/yyyy",
     "Campaign delivered 25 November to 10 December 2024, including a stall at the Elmsleigh Centre.",
     "Complete"),
    ("2.3", "Provide a fortnightly domestic abuse outreach surgery at Spelthorne's community hubs.",
     "Your Sanctuary", "SBC Housing Options", "Jnue 2025", None,
     "Surgery running at Knowle Green since January 2025. Sunbury hub to follow once a room is "
     "confirmed.", "G"),
    ("P", "Priority 3: Serious violence and exploitation"),
    ("3.1", "Deliver knife crime awareness sessions in every secondary school in the borough.",
     "Surrey Police Youth Engagement Officer", "Schools, Surrey County Council", "Summer term 2025",
     None, "Sessions delivered in five of eight schools. Remaining three booked for June 2025.", "G"),
    ("3.2", "Deliver county lines and exploitation awareness training to taxi drivers and hotel "
            "staff.",
     "SBC Licensing", "Surrey Police, Catch22", D(2025, 9, 30), "dd/mm/yyyy",
     "Training content agreed. Session to be added to taxi licence renewal requirements from "
     "September 2025.", "A"),
    ("3.3", "Provide local data to Surrey's Serious Violence Duty strategic needs assessment.",
     "SBC Community Safety Manager", "Surrey Police analysts", "Q2 2025/26", None,
     "Data-sharing agreement with Surrey Police not yet signed. Escalated to the SSSP Board.", "R"),
    ("P", "Priority 4: Community engagement and reassurance"),
    ("4.1", "Hold quarterly 'Spelthorne Safe' community engagement events in each ward cluster.",
     "Surrey Police / SBC Community Safety Team", "Residents' associations", "Quarterly", None,
     "Four events held in 2024/25 with around 260 residents attending.", "G"),
    ("4.2", "Run the annual community safety survey and publish the results to residents.",
     "SBC Communications Team", "SBC Community Safety Team", D(2025, 7, 31), "dd/mm/yyyy",
     "Survey questions being reviewed. Not yet started.", ""),
]
SPEL_META = dict(
    source=(
        "Imitates the delivery plan of Spelthorne Borough Council's community safety partnership, the "
        "Spelthorne Safer Stronger Partnership (SSSP), whose Community Safety Partnership Plan and "
        "Priorities 2024-2026 went to the Community Wellbeing and Housing Committee on 24 September "
        "2024 (report by the Community Safety Manager; found as a stored page without its address), "
        "and CSP action plans reported with quarterly updates (e.g. Tonbridge and Malling's CSP action "
        "plan update, https://democracy.tmbc.gov.uk/mgDecisionDetails.aspx?IId=5015&Opt=1). Actions "
        "invented. Copied features: an Excel sheet with three title rows, a header row (Ref, Action, "
        "Lead partner, Supporting partners, Target date, Progress update, RAG), merged full-width "
        "priority heading rows, Excel dates shown dd/mm/yyyy or mmm-yy, text targets such as "
        "Monthly, Quarterly, Summer term 2025 and Q2 2025/26, RAG letters with fills and 'Complete', "
        "and a RAG key under the table."),
    reads=(
        "Eleven actions under four priorities, with quarterly progress for 2024/25. The target date "
        "of action 2.3 (sheet row 13) reads 'Jnue 2025': a mistyped month (probably June 2025), so a "
        "careful reader stops at that row and asks rather than guessing."),
    outcome="refuse",
    refuse_at=13,
    title=SPEL_TITLE,
)


def build_spel():
    wb = Workbook()
    ws = wb.active
    ws.title = "Delivery Plan"
    ncol = 7
    ws.cell(row=1, column=1, value="Spelthorne Safer Stronger Partnership (SSSP)").font = Font(bold=True, size=14)
    ws.cell(row=2, column=1, value="Community Safety Partnership Plan 2024–2026: Delivery Plan").font = Font(bold=True, size=12)
    ws.cell(row=3, column=1, value="Quarter 4 2024/25 update – reported to the SSSP Board, 29 April 2025").font = Font(italic=True)
    for r in (1, 2, 3):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
    header_row(ws, 5, ["Ref", "Action", "Lead partner", "Supporting partners", "Target date",
                       "Progress update (Q4 2024/25)", "RAG"], [6, 48, 26, 26, 14, 50, 10])
    r = 6
    ragfill = {"G": HEX["green"], "A": HEX["amber"], "R": HEX["red"], "Complete": HEX["blue"]}
    for row in SPEL_ROWS:
        if row[0] == "P":
            c = ws.cell(row=r, column=1, value=row[1])
            c.font = Font(bold=True)
            c.fill = fill("D9D9D9")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        else:
            ref, action, lead, supp, target, fmt, prog, rag = row
            vals = [ref, action, lead, supp, target, prog, rag if rag else None]
            for i, v in enumerate(vals, start=1):
                ws.cell(row=r, column=i, value=v)
            boxed(ws, r, ncol)
            if fmt:
                ws.cell(row=r, column=5).number_format = fmt
            if rag:
                ws.cell(row=r, column=7).fill = fill(ragfill[rag])
                ws.cell(row=r, column=7).font = Font(bold=True, color="FFFFFF" if rag != "A" else "000000")
                ws.cell(row=r, column=7).alignment = Alignment(horizontal="center", vertical="top")
        r += 1
    assert ws.cell(row=13, column=5).value == "Jnue 2025"
    r += 1
    ws.cell(row=r, column=1, value="RAG key:").font = Font(bold=True)
    for i, t in enumerate(["R – off track / significant risk to delivery",
                           "A – some slippage, remedial action being taken",
                           "G – on track",
                           "Complete – action delivered"]):
        ws.cell(row=r + 1 + i, column=2, value=t)
    ws.freeze_panes = "A6"
    wb.save(out(SPEL_FILE))


# ==============================================================================================
# 3. Dorset Combined Youth Justice Service – HMIP post-inspection improvement plan (.xlsx)
# ==============================================================================================
DYJS_FILE = "dorset-combined-yjs-hmip-improvement-plan.xlsx"
DYJS_TITLE = ("Dorset Combined Youth Justice Service – HM Inspectorate of Probation Joint Inspection: "
              "Post-Inspection Improvement Plan")
DYJS_RECS = [
    ("Recommendation 1 – The Head of Service should improve the quality of assessment in "
     "out-of-court disposal cases, so that it fully considers the child's safety and wellbeing and "
     "the risk of harm to others.", [
        ("1a", "Deliver refresher training on the out-of-court disposal assessment tool, focused on "
               "safety and wellbeing and risk of harm.",
         "Practice Development Manager", D(2023, 3, 31), None,
         "Two training sessions held in March 2023; all case managers and officers attended.", "B",
         dict(lead=["Practice Development Manager"], end="2023-03", status="blue")),
        ("1b", "Introduce management sign-off of every out-of-court disposal assessment before it goes "
               "to the Joint Decision-Making Panel.",
         "Operational Managers", D(2023, 4, 30), None,
         "Sign-off step added to ChildView workflow in April 2023.", "B",
         dict(lead=["Operational Managers"], end="2023-04", status="blue")),
        ("1c", "Audit a sample of out-of-court disposal assessments each quarter and report the "
               "findings to the Partnership Board.",
         "Quality Assurance Lead", "Quarterly", None,
         "First audit (May 2023) found 14 of 18 assessments good or better. Next audit August 2023.",
         "G",
         dict(lead=["Quality Assurance Lead"], end=None, end_text="Quarterly", status="green")),
    ]),
    ("Recommendation 2 – The Youth Justice Partnership Board should make sure that children's "
     "education, training and employment needs are met, including those of children who are "
     "excluded from school.", [
        ("2a", "Agree with BCP Council and Dorset Council education services a protocol for sharing "
               "attendance and exclusion information for every child open to the YJS.",
         "Head of Service / Education Inclusion Lead", D(2023, 6, 30), D(2023, 9, 30),
         "Draft protocol shared with both councils. Sign-off delayed by the information governance "
         "review; new date agreed by the Board.", "A",
         dict(lead=["Head of Service", "Education Inclusion Lead"], end="2023-09", status="amber")),
        ("2b", "Secure a dedicated careers adviser for children aged 16 to 18 who are open to the YJS.",
         "Head of Service", D(2023, 9, 30), None,
         "Funding bid to the Partnership Board was unsuccessful. Alternative options being explored "
         "with the careers service.", "R",
         dict(lead=["Head of Service"], end="2023-09", status="red")),
    ]),
    ("Recommendation 3 – The Head of Service should make sure that the views of victims inform "
     "decisions and planning in out-of-court disposal cases.", [
        ("3a", "Revise the victim contact letter and consent process so that victims' views are sought "
               "before every Joint Decision-Making Panel.",
         "Victim Liaison Lead", D(2023, 5, 31), None,
         "New letter and consent form in use since May 2023.", "B",
         dict(lead=["Victim Liaison Lead"], end="2023-05", status="blue")),
        ("3b", "Add a victim section to the Joint Decision-Making Panel template.",
         "Victim Liaison Lead", D(2023, 6, 30), None,
         "Template revised and going to the July panel for agreement.", "G",
         dict(lead=["Victim Liaison Lead"], end="2023-06", status="green")),
    ]),
    ("Recommendation 4 – The Youth Justice Partnership Board should understand and act on "
     "disproportionality in the children who come into the youth justice system.", [
        ("4a", "Produce a six-monthly disproportionality report for the Board covering ethnicity, care "
               "status and gender.",
         "Performance and Information Officer", D(2023, 7, 31), None,
         "Data set agreed; first report will go to the July 2023 Board.", "G",
         dict(lead=["Performance and Information Officer"], end="2023-07", status="green")),
        ("4b", "Complete the Youth Justice Board disproportionality toolkit and agree an action plan "
               "with partners.",
         "DH / SM", D(2023, 12, 31), None,
         "Due to start after the July Board.", None,
         dict(lead=["DH", "SM"], end="2023-12", status="unrated")),
    ]),
]
DYJS_META = dict(
    source=(
        "Imitates a youth justice service's improvement plan after an HM Inspectorate of Probation "
        "joint inspection: Dorset Combined Youth Justice Service (BCP Council and Dorset Council), "
        "inspected September-October 2022, report published 17 January 2023, rated Good with the "
        "out-of-court disposal assessment standard Requires Improvement "
        "(https://democracy.bcpcouncil.gov.uk/ieIssueDetails.aspx?IId=18192&Opt=3&PlanId=0). The "
        "recommendations and actions are invented. Copied features, as youth justice services lay "
        "out their post-inspection plans in Excel: title rows with the inspection dates and rating, a "
        "board-update line, a Recommendation column merged down over lettered actions (1a, 1b...), "
        "Owner, Target date and Revised date as Excel dates shown mmm-yy, a 'Quarterly' target, a "
        "BRAG column of letters with fills, and a BRAG key under the table."),
    reads=(
        "Nine lettered actions under four HMIP recommendations, each recommendation in a cell merged "
        "down beside its actions. Action 2a's target of Jun-23 is revised to Sep-23, so Sep-23 is its "
        "end; 1c is Quarterly. BRAG letters B/G/A/R; 4b is blank (not started). Owner 'DH / SM' is "
        "two people."),
    outcome="read",
    title=DYJS_TITLE,
)


def dyjs_actions():
    acts = []
    for rec, rows in DYJS_RECS:
        for ref, action, owner, tgt, rev, prog, brag, e in rows:
            a = dict(ref=ref, under=[rec], action=action)
            a.update(e)
            acts.append(a)
    return acts


def build_dyjs():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ncol = 8
    ws.cell(row=1, column=1, value="Dorset Combined Youth Justice Service").font = Font(bold=True, size=14)
    ws.cell(row=2, column=1, value="HM Inspectorate of Probation Joint Inspection: Post-Inspection Improvement Plan").font = Font(bold=True, size=12)
    ws.cell(row=3, column=1, value="Inspection fieldwork: September/October 2022   |   Report published: 17 January 2023   |   Overall rating: Good")
    ws.cell(row=4, column=1, value="Update for the Dorset Combined Youth Justice Partnership Board – June 2023").font = Font(italic=True)
    for r in (1, 2, 3, 4):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
    header_row(ws, 6, ["Recommendation", "Ref", "Action", "Owner", "Target date", "Revised date",
                       "Progress update (June 2023)", "BRAG"], [42, 6, 46, 24, 11, 11, 46, 8])
    bragfill = {"B": HEX["blue"], "G": HEX["green"], "A": HEX["amber"], "R": HEX["red"]}
    r = 7
    for rec, rows in DYJS_RECS:
        first = r
        for ref, action, owner, tgt, rev, prog, brag, e in rows:
            vals = [None, ref, action, owner, tgt, rev, prog, brag]
            for i, v in enumerate(vals, start=1):
                if v is not None:
                    ws.cell(row=r, column=i, value=v)
            boxed(ws, r, ncol)
            for col in (5, 6):
                if isinstance(ws.cell(row=r, column=col).value, dt.datetime):
                    ws.cell(row=r, column=col).number_format = "mmm-yy"
            if brag:
                ws.cell(row=r, column=8).fill = fill(bragfill[brag])
                ws.cell(row=r, column=8).alignment = Alignment(horizontal="center", vertical="top")
                ws.cell(row=r, column=8).font = Font(bold=True)
            r += 1
        ws.cell(row=first, column=1, value=rec).font = Font(bold=True)
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(row=first, column=1).alignment = WRAP
        ws.cell(row=first, column=1).fill = fill("DEEAF6")
    r += 1
    ws.cell(row=r, column=1, value="BRAG key:  B = Complete   G = On track   A = Some slippage / at risk   "
                                   "R = Off track   Blank = not yet started").font = Font(italic=True)
    ws.freeze_panes = "A7"
    wb.save(out(DYJS_FILE))


# ==============================================================================================
# 4. Coventry City Council – scrutiny recommendations tracker (.csv)
# ==============================================================================================
COV_FILE = "coventry-scrutiny-recommendations-tracker.csv"
COV_TITLE = "Coventry City Council – Scrutiny Recommendations Tracker 2024/25"
COV_HEAD = ["Ref", "Meeting date", "Recommendation", "Lead officer", "Cabinet response",
            "Target date", "Update", "Status"]
COV_ROWS = [
    ("H", "Scrutiny Co-ordination Committee"),
    ("SCC 24/01", "10/06/2024",
     "That progress against the LGA Corporate Peer Challenge action plan is reported to the "
     "Committee every six months.",
     "Director of Planning and Performance", "Accepted", "31/12/2024",
     "First six-monthly progress report considered by the Committee on 4 December 2024.", "Complete",
     dict(lead=["Director of Planning and Performance"], end="2024-12", status="blue")),
    ("SCC 24/02", "03/07/2024",
     "That the Cabinet Member for Policing and Equalities writes to the Home Office about funding for "
     "support to adult victims of modern slavery in Coventry.",
     "Head of Community Safety", "Accepted", "30/09/2024",
     "Letter sent 19 August 2024. Reply received and circulated to members.", "Complete",
     dict(lead=["Head of Community Safety"], end="2024-09", status="blue")),
    ("SCC 24/03", "03/07/2024",
     "That an update on the City Centre Public Spaces Protection Order is brought to the Committee "
     "before the order is renewed.",
     "Director of Law and Governance", "Accepted", "30/11/2025",
     "Added to the 2025/26 work programme for November 2025.", "Green",
     dict(lead=["Director of Law and Governance"], end="2025-11", status="green")),
    ("H", "Finance and Corporate Services Scrutiny Board (1)"),
    ("SB1 24/01", "25/09/2024",
     "That a benefit take-up campaign is targeted at pensioners who may be eligible for Pension "
     "Credit following the changes to the Winter Fuel Payment.",
     "Head of Revenues and Benefits", "Accepted", "31/01/2025",
     "Campaign ran October 2024 to January 2025; 412 new Pension Credit claims supported.",
     "Complete",
     dict(lead=["Head of Revenues and Benefits"], end="2025-01", status="blue")),
    ("SB1 24/02", "25/09/2024",
     "That the Board receives a breakdown of agency staff spend by directorate each quarter.",
     "Director of Finance and Resources; Chief People Officer", "Accepted", "Quarterly",
     "Quarter 2 and Quarter 3 breakdowns circulated to Board members.", "Green",
     dict(lead=["Director of Finance and Resources", "Chief People Officer"], end=None,
          end_text="Quarterly", status="green")),
    ("H", "Education and Children's Services Scrutiny Board (2)"),
    ("SB2 24/01", "17/10/2024",
     "That the Cabinet Member for Children and Young People reviews the sufficiency of local "
     "residential placements and reports back to the Board.",
     "Director of Children's Services", "Accepted", "31/03/2025",
     "Sufficiency strategy delayed to take account of the regional commissioning review; now "
     "expected in June 2025.", "Amber",
     dict(lead=["Director of Children's Services"], end="2025-03", status="amber")),
    ("SB2 24/02", "17/10/2024",
     "That all schools are reminded of their duty to notify the Council when a child is removed from "
     "the roll for elective home education.",
     "Head of Education Entitlement", "Accepted", "30/11/2024",
     "Reminder issued in the schools bulletin on 7 November 2024.", "Complete",
     dict(lead=["Head of Education Entitlement"], end="2024-11", status="blue")),
    ("SB2 24/03", "13/02/2025",
     "That the Board receives an update on the timeliness of Education, Health and Care Plans at its "
     "September 2025 meeting.",
     "Head of SEND Services", "Accepted", "30/09/2025",
     "Scheduled for the September 2025 meeting.", "Not started",
     dict(lead=["Head of SEND Services"], end="2025-09", status="unrated")),
    ("H", "Health and Social Care Scrutiny Board (5)"),
    ("SB5 24/01", "06/11/2024",
     "That the Council and Coventry and Warwickshire ICB set out a joint plan to reduce delayed "
     "discharges from University Hospital Coventry.",
     "Director of Adult Services and Housing", "Accepted in part", "31/01/2025",
     "Joint plan not yet agreed because the ICB restructure has delayed sign-off. The Chair has "
     "written to the ICB Chief Executive.", "Red",
     dict(lead=["Director of Adult Services and Housing"], end="2025-01", status="red")),
]
COV_META = dict(
    source=(
        "Imitates a council scrutiny recommendations tracker of the kind Coventry City Council's "
        "Scrutiny Co-ordination Committee keeps with its 'Work Programme and Outstanding Issues' "
        "(agenda of 20 November 2025, "
        "https://edemocracy.coventry.gov.uk/ieListDocuments.aspx?CId=151&MId=13490; the minutes of 10 "
        "June 2024 record recommendations accepted by Cabinet Members, "
        "https://edemocracy.coventry.gov.uk/ieListDocuments.aspx?CId=151&MeetingId=13226), laid out as "
        "in City of York's draft Scrutiny Recommendation Tracker (reference per municipal year, meeting "
        "date, recommendation, lead officer, action taken, status, and a key). Recommendations "
        "invented. Copied as an Excel sheet saved to CSV: a title line and a position line, a blank "
        "line, the header, a heading line for each scrutiny board with the other fields empty, dates "
        "dd/mm/yyyy, one 'Quarterly' target, two posts in one cell joined by ';', a Status column of "
        "Complete/Green/Amber/Red/Not started, and a status key at the foot."),
    reads=(
        "Nine scrutiny recommendations under four committee/board headings, each with a lead officer "
        "(posts), a target date and a status. SB1 24/02 is Quarterly and has two leads; SB2 24/03 is "
        "Not started. The recommendation text is the action."),
    outcome="read",
    title=COV_TITLE,
)


def cov_actions():
    acts = []
    under = []
    for row in COV_ROWS:
        if row[0] == "H":
            under = [row[1]]
            continue
        ref, date, rec, lead, resp, tgt, upd, status, e = row
        a = dict(ref=ref, under=under, action=rec)
        a.update(e)
        acts.append(a)
    return acts


def build_cov():
    n = len(COV_HEAD)
    with open(out(COV_FILE), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow([COV_TITLE] + [""] * (n - 1))
        w.writerow(["Position at 31 March 2025"] + [""] * (n - 1))
        w.writerow([""] * n)
        w.writerow(COV_HEAD)
        for row in COV_ROWS:
            if row[0] == "H":
                w.writerow([row[1]] + [""] * (n - 1))
            else:
                w.writerow(list(row[:8]))
        w.writerow([""] * n)
        w.writerow(["Status key"] + [""] * (n - 1))
        w.writerow(["Complete: recommendation implemented – no further monitoring"] + [""] * (n - 1))
        w.writerow(["Green: on track to be implemented by the target date"] + [""] * (n - 1))
        w.writerow(["Amber: some delay – revised date expected"] + [""] * (n - 1))
        w.writerow(["Red: not progressing – Board to consider escalation"] + [""] * (n - 1))


# ==============================================================================================
# 5. Bath & North East Somerset Council – LGA Corporate Peer Challenge action plan (.docx)
# ==============================================================================================
BANES_FILE = "bathnes-corporate-peer-challenge-action-plan.docx"
BANES_TITLE = "Bath & North East Somerset Council – LGA Corporate Peer Challenge 2025: Action Plan"
BANES_RECS = [
    ("Recommendation 1: Develop a clear, long-term narrative for the council's ambitions for Bath and "
     "North East Somerset that is shared with partners and communities.", [
        ("1.1", "Refresh the Corporate Strategy narrative with partners through the Future Ambition "
                "Board, setting out the council's ambitions to 2035.",
         "Director of Policy and Transformation", "March 2026",
         "Two partner workshops held in December 2025 and January 2026. Draft narrative to Cabinet in "
         "March.", "On track",
         dict(lead=["Director of Policy and Transformation"], end="2026-03", status="green")),
    ]),
    ("Recommendation 2: Reach more widely and deeply into communities to further embed the council's "
     "core policy of 'giving people a bigger say'.", [
        ("2.1", "Hold an LGA communications peer review.",
         "Head of Communications", "October 2025",
         "Communications peer review held 7-9 October 2025. Feedback report received and shared with "
         "Cabinet.", "Complete",
         dict(lead=["Head of Communications"], end="2025-10", status="blue")),
        ("2.2", "Develop a community engagement framework, co-designed with parish councils and "
                "community groups, including a register of seldom-heard groups.",
         "Director of Communities / Head of Communications", "June 2026",
         "Engagement with parish councils under way through the Parish Liaison meeting.", "On track",
         dict(lead=["Director of Communities", "Head of Communications"], end="2026-06",
              status="green")),
    ]),
    ("Recommendation 3: Continue to strengthen the medium-term financial strategy, including a "
     "multi-year savings programme.", [
        ("3.1", "Set out a three-year savings and income programme as part of the 2026/27 budget.",
         "Executive Director – Resources (S151 Officer)", "February 2026",
         "Three-year programme approved by Council with the budget on 17 February 2026.", "Complete",
         dict(lead=["Executive Director – Resources (S151 Officer)"], end="2026-02", status="blue")),
    ]),
    ("Recommendation 4: Strengthen the council's approach to transformation, making better use of "
     "data and digital technology.", [
        ("4.1", "Agree a Digital and Data Strategy with a prioritised investment plan.",
         "Chief Digital Officer", "Q1 2026/27",
         "Strategy drafting has slipped because of the vacancy in the Chief Digital Officer post; "
         "interim cover in place from January.", "At risk",
         dict(lead=["Chief Digital Officer"], end="2026-06", end_text="Q1 2026/27", status="amber")),
    ]),
    ("Recommendation 5: Review the capacity of the senior leadership team to deliver the council's "
     "ambitions.", [
        ("5.1", "Commission an external review of the senior management structure.",
         "Chief Executive", "December 2025",
         "Review completed by an external adviser and reported to the Employment Committee in December "
         "2025.", "Complete",
         dict(lead=["Chief Executive"], end="2025-12", status="blue")),
        ("5.2", "Implement the agreed senior management structure.",
         "Chief Executive / Director of People and Policy", "September 2026",
         "Consultation with affected staff to begin in April 2026.", "Not started",
         dict(lead=["Chief Executive", "Director of People and Policy"], end="2026-09",
              status="unrated")),
    ]),
    ("Recommendation 6: Make sure the housing and regeneration programme is well co-ordinated across "
     "the council.", [
        ("6.1", "Establish a Housing Delivery Board, chaired by the Cabinet Member for Built "
                "Environment, to oversee the housing and regeneration pipeline.",
         "Director of Regeneration and Housing", "January 2026",
         "Board established; first meeting held 21 January 2026.", "Complete",
         dict(lead=["Director of Regeneration and Housing"], end="2026-01", status="blue")),
    ]),
    ("Recommendation 7: Build on the strong staff culture by developing a workforce strategy focused "
     "on recruitment and retention in hard-to-fill roles.", [
        ("7.1", "Publish a Workforce Strategy 2026-2029 with targeted actions for hard-to-fill roles in "
                "social care, planning and legal services.",
         "Director of People and Policy", "April 2026",
         "Staff survey results analysed; draft strategy to Corporate Management Team in March.",
         "On track",
         dict(lead=["Director of People and Policy"], end="2026-04", status="green")),
    ]),
    ("Recommendation 8: Strengthen member development and the working relationship between scrutiny "
     "and Cabinet.", [
        ("8.1", "Deliver a member development programme agreed with group leaders.",
         "Head of Democratic Services", "Ongoing",
         "Programme agreed for 2025/26; six sessions delivered so far.", "On track",
         dict(lead=["Head of Democratic Services"], end=None, end_text="Ongoing", status="green")),
        ("8.2", "Agree a protocol setting out how Cabinet and the Policy Development and Scrutiny "
                "Panels work together.",
         "Monitoring Officer", "March 2026",
         "Drafting paused while local government reorganisation proposals are considered. Will not "
         "meet the March date.", "Off track",
         dict(lead=["Monitoring Officer"], end="2026-03", status="red")),
    ]),
]
BANES_META = dict(
    source=(
        "Imitates Bath & North East Somerset Council's LGA Corporate Peer Challenge action plan: the "
        "peer challenge took place 8-11 July 2025, the peer team made eight key recommendations, a "
        "communications peer review was held 7-9 October 2025 and Cabinet approved the action plan on "
        "13 November 2025 with a follow-up visit in summer 2026 "
        "(https://democracy.bathnes.gov.uk/ieDecisionDetails.aspx?AIId=35673). The recommendation "
        "wording beyond those facts and all actions and progress are invented. Layout follows "
        "published CPC action plans (e.g. the LGA's own, "
        "https://www.local.gov.uk/about/who-we-are-and-what-we-do/lga-corporate-peer-challenge-report-and-action-plan/lga-corporate): "
        "a Word document with a title, an intro paragraph, then each recommendation as a bold "
        "paragraph followed by its own small table (Ref, Action, Lead, Timescale, Progress update, "
        "Status); timescales as month names, 'Q1 2026/27' and 'Ongoing'; leads as posts, two joined "
        "by ' / '; status words explained by a key at the end."),
    reads=(
        "Eleven actions under the eight peer challenge recommendations, each recommendation a bold "
        "heading over its own table. Status words follow the key: Complete (blue), On track (green), "
        "At risk (amber), Off track (red), Not started; 4.1 is due Q1 2026/27 and 8.1 is Ongoing."),
    outcome="read",
    title=BANES_TITLE,
)


def banes_actions():
    acts = []
    for rec, rows in BANES_RECS:
        for ref, action, lead, when, prog, status, e in rows:
            a = dict(ref=ref, under=[rec], action=action)
            a.update(e)
            acts.append(a)
    return acts


def build_banes():
    doc = Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    h = doc.add_paragraph()
    r = h.add_run(BANES_TITLE)
    r.bold = True
    r.font.size = Pt(16)
    r.font.color.rgb = RGBColor.from_string("7030A0")
    doc.add_paragraph(
        "The Local Government Association (LGA) Corporate Peer Challenge took place from 8 to 11 July "
        "2025. The peer team recognised the many things the council is doing well and made eight key "
        "recommendations. This action plan sets out how the council will respond to each of them. It "
        "was approved by Cabinet on 13 November 2025 and progress will be reviewed by the peer team at "
        "a follow-up visit in summer 2026.")
    doc.add_paragraph("Progress position: February 2026").runs[0].italic = True
    heads = ["Ref", "Action", "Lead", "Timescale", "Progress update", "Status"]
    widths = [Cm(1.2), Cm(7.5), Cm(4.2), Cm(2.8), Cm(7.0), Cm(2.3)]
    for rec, rows in BANES_RECS:
        p = doc.add_paragraph()
        rr = p.add_run(rec)
        rr.bold = True
        rr.font.color.rgb = RGBColor.from_string("7030A0")
        t = doc.add_table(rows=1 + len(rows), cols=len(heads))
        table_borders(t)
        for i, hname in enumerate(heads):
            set_cell(t.rows[0].cells[i], hname, bold=True, size=10)
            shade(t.rows[0].cells[i], "E4DFEC")
        for j, (ref, action, lead, when, prog, status, e) in enumerate(rows, start=1):
            cells = t.rows[j].cells
            for i, v in enumerate([ref, action, lead, when, prog, status]):
                set_cell(cells[i], v, size=10)
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = w
        doc.add_paragraph()
    doc.add_paragraph("Status key: Complete – action delivered (blue); On track – progressing to "
                      "timescale (green); At risk – some slippage, may miss timescale (amber); "
                      "Off track – will not meet timescale without intervention (red); Not started – "
                      "not yet due to begin.")
    doc.save(out(BANES_FILE))


# ==============================================================================================
# 6. Shropshire Council – Adult Social Care CQC improvement plan (.xlsx), RAG by fill only
# ==============================================================================================
SHROP_FILE = "shropshire-asc-cqc-improvement-plan.xlsx"
SHROP_TITLE = "Shropshire Council – Adult Social Care Improvement Plan 2025/26"
SHROP_THEMES = [
    ("Theme 1: Working with people", [
        ("People wait too long for Care Act assessments and reviews, particularly for occupational "
         "therapy.", [
            ("1.1", "Introduce waiting list triage and a 'waiting well' contact for everyone awaiting "
                    "an assessment.",
             "Head of Operations (Adults)", D(2025, 6, 30), "blue",
             "Triage in place across all locality teams since June 2025. Everyone waiting is contacted "
             "at least every six weeks.",
             dict(lead=["Head of Operations (Adults)"], end="2025-06", status="blue")),
            ("1.2", "Use agency and overtime capacity to reduce the occupational therapy waiting list "
                    "to under 200 people.",
             "LC / MB", D(2025, 9, 30), "amber",
             "Waiting list down from 412 to 268. Two agency OTs left in August; replacements being "
             "sourced.",
             dict(lead=["LC", "MB"], end="2025-09", status="amber")),
            ("1.3", "Move to a strengths-based review model and clear the backlog of overdue annual "
                    "reviews.",
             "Principal Social Worker", D(2026, 3, 31), "green",
             "Review team established. Overdue reviews down by 31% since April.",
             dict(lead=["Principal Social Worker"], end="2026-03", status="green")),
        ]),
        ("Unpaid carers do not consistently receive a carer's assessment or know what support is "
         "available to them.", [
            ("1.4", "Re-commission the carers' support service with a single point of contact for "
                    "carers' assessments.",
             "Commissioning Manager – Carers", D(2026, 4, 1), "green",
             "Tender published in August 2025. New contract to start 1 April 2026.",
             dict(lead=["Commissioning Manager – Carers"], end="2026-04", status="green")),
            ("1.5", "Publish refreshed information for carers on the Shropshire Choices website.",
             "TW", D(2025, 7, 31), "blue",
             "New carers' pages live from 21 July 2025, co-written with the Carers' Forum.",
             dict(lead=["TW"], end="2025-07", status="blue")),
        ]),
    ]),
    ("Theme 2: Providing support", [
        ("There is limited availability of home care in rural parts of the county, and some people "
         "wait for a package of care.", [
            ("2.1", "Develop a rural care 'zones' model with providers to reduce travel time and "
                    "improve coverage.",
             "Assistant Director – Joint Commissioning", "Q3 2025/26", "amber",
             "Provider engagement events held. Model is behind schedule because of the delay to the "
             "home care framework re-let.",
             dict(lead=["Assistant Director – Joint Commissioning"], end="2025-12",
                  end_text="Q3 2025/26", status="amber")),
            ("2.2", "Expand the community micro-provider programme to 60 micro-providers.",
             "Community Development Lead", D(2025, 12, 31), "green",
             "48 micro-providers now registered, up from 35 in April.",
             dict(lead=["Community Development Lead"], end="2025-12", status="green")),
        ]),
    ]),
    ("Theme 3: Ensuring safety within the system", [
        ("Safeguarding enquiries are not always completed in a timely way, and the person's views and "
         "desired outcomes are not always recorded.", [
            ("3.1", "Audit Section 42 enquiries each quarter against Making Safeguarding Personal "
                    "standards and report to the Shropshire Safeguarding Community Partnership.",
             "Head of Adult Safeguarding", "Quarterly", "green",
             "Q1 audit completed: desired outcomes recorded in 78% of enquiries (target 90%).",
             dict(lead=["Head of Adult Safeguarding"], end=None, end_text="Quarterly",
                  status="green")),
            ("3.2", "Recruit two additional safeguarding practitioners to the Adult Safeguarding Hub.",
             "Head of Adult Safeguarding", D(2025, 8, 31), "red",
             "Two recruitment rounds have not produced suitable candidates. Options paper to the "
             "leadership team in October.",
             dict(lead=["Head of Adult Safeguarding"], end="2025-08", status="red")),
        ]),
    ]),
    ("Theme 4: Leadership", [
        ("Performance and quality information is not yet used consistently to understand outcomes for "
         "people.", [
            ("4.1", "Launch an adult social care performance dashboard, with outcome measures reported "
                    "monthly to the leadership team.",
             "Performance and Intelligence Manager", D(2025, 10, 31), None,
             "Not started: depends on the reporting module of the new case management system.",
             dict(lead=["Performance and Intelligence Manager"], end="2025-10", status="unrated")),
            ("4.2", "Establish a co-production board of people who draw on care and support, and "
                    "unpaid carers.",
             "DASS", D(2026, 1, 31), "green",
             "Terms of reference agreed with Healthwatch Shropshire. Recruitment of members under way.",
             dict(lead=["DASS"], end="2026-01", status="green")),
        ]),
    ]),
]
SHROP_META = dict(
    source=(
        "Imitates a council's adult social care improvement plan after its CQC local authority "
        "assessment, as Bath & North East Somerset reported its ASC Improvement Plan to Cabinet "
        "(https://democracy.bathnes.gov.uk/ieDecisionDetails.aspx?ID=2324: actions drawn from the "
        "CQC areas for improvement against the quality statements), arranged under the four CQC "
        "assessment themes (Working with people, Providing support, Ensuring safety within the "
        "system, Leadership) as listed by the LGA "
        "(https://www2.local.gov.uk/publications/analyis-local-authority-cqc-assessment-reports-what-does-good-look). "
        "Shropshire Council chosen as the body; no rating is stated and all content is invented. "
        "Copied features: an Excel workbook with a cover sheet (document control and an officer "
        "initials list) and a plan sheet with merged theme heading rows, the CQC area for improvement "
        "merged down over its actions, leads as posts or initials, target dates as Excel dates shown "
        "dd/mm/yyyy plus 'Quarterly' and 'Q3 2025/26', and a RAG column shown only by cell fill "
        "colour (no text), explained by a colour key under the table."),
    reads=(
        "Eleven actions under four CQC themes, each under a CQC area for improvement merged down "
        "beside its actions. Status is read from the fill colour of the RAG cell (blue complete, "
        "green, amber, red); 4.1's RAG cell has no colour (not started). 2.1 is due Q3 2025/26 and "
        "3.1 is Quarterly. The cover sheet is not part of the plan."),
    outcome="read",
    title=SHROP_TITLE,
)


def shrop_actions():
    acts = []
    for theme, areas in SHROP_THEMES:
        for area, rows in areas:
            for ref, action, lead, tgt, col, prog, e in rows:
                a = dict(ref=ref, under=[theme, area], action=action)
                a.update(e)
                acts.append(a)
    return acts


def build_shrop():
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = SHROP_TITLE
    cv["A1"].font = Font(bold=True, size=14)
    cv["A2"] = "Response to the CQC Local Authority Assessment of adult social care"
    cv["A2"].font = Font(italic=True)
    rows = [("Document control", ""), ("Version", "1.4"), ("Owner", "Director of Adult Social Care (DASS)"),
            ("Last updated", "12 September 2025"),
            ("Reported to", "Adult Social Care Improvement Board (monthly); Health and Adult Social Care "
                            "Overview and Scrutiny Committee (quarterly)"),
            ("", ""), ("Officer initials used in the plan", ""),
            ("LC", "Head of Occupational Therapy"), ("MB", "Service Manager, Reablement"),
            ("TW", "Information and Advice Lead")]
    for i, (k, v) in enumerate(rows, start=4):
        cv.cell(row=i, column=1, value=k or None)
        cv.cell(row=i, column=2, value=v or None)
        if k in ("Document control", "Officer initials used in the plan"):
            cv.cell(row=i, column=1).font = Font(bold=True)
    cv.column_dimensions["A"].width = 34
    cv.column_dimensions["B"].width = 80

    ws = wb.create_sheet("Improvement Plan")
    ncol = 7
    ws.cell(row=1, column=1, value="Adult Social Care Improvement Plan 2025/26 – CQC Local Authority Assessment").font = Font(bold=True, size=13)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws.cell(row=2, column=1, value="RAG position at September 2025").font = Font(italic=True)
    header_row(ws, 4, ["Ref", "Area for improvement (CQC)", "Action", "Lead", "Target date", "RAG",
                       "Progress update"], [6, 40, 48, 26, 12, 7, 50], colour="005EB8")
    r = 5
    for theme, areas in SHROP_THEMES:
        c = ws.cell(row=r, column=1, value=theme)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("404040")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        r += 1
        for area, arows in areas:
            first = r
            for ref, action, lead, tgt, col, prog, e in arows:
                for i, v in enumerate([ref, None, action, lead, tgt, None, prog], start=1):
                    if v is not None:
                        ws.cell(row=r, column=i, value=v)
                boxed(ws, r, ncol)
                if isinstance(tgt, dt.datetime):
                    ws.cell(row=r, column=5).number_format = "dd/mm/yyyy"
                if col:
                    ws.cell(row=r, column=6).fill = fill(HEX[col])
                r += 1
            ws.cell(row=first, column=2, value=area)
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
            ws.cell(row=first, column=2).alignment = WRAP
    r += 1
    ws.cell(row=r, column=1, value="Key").font = Font(bold=True)
    for i, (col, txt) in enumerate([("blue", "Complete"), ("green", "On track"),
                                    ("amber", "Some slippage – recoverable"),
                                    ("red", "Off track – escalate to Improvement Board")], start=1):
        ws.cell(row=r + i, column=1).fill = fill(HEX[col])
        ws.cell(row=r + i, column=2, value=txt)
    ws.cell(row=r + 5, column=2, value="No colour – not yet started")
    ws.freeze_panes = "A5"
    wb.save(out(SHROP_FILE))


# ==============================================================================================
# 7. East of England Ambulance Service NHS Trust – CQC QIP Must/Should do (.txt)  REFUSE
# ==============================================================================================
EEAST_FILE = "eeast-cqc-quality-improvement-plan.txt"
EEAST_TITLE = ("East of England Ambulance Service NHS Trust – CQC Quality Improvement Plan: MUST Do "
               "and SHOULD Do actions (2022 core inspection)")
EEAST_LINES = [
    ("S", "MUST DO ACTIONS"),
    ("R", "MD1", "The trust must ensure that staff complete mandatory training, including safeguarding "
                 "adults and children training at the level appropriate to their role."),
    ("A", "MD1.1", "Roster protected training time for all frontline staff through the annual core "
                   "skills programme.", "Director of People", "31/03/2024", "Blue",
     "Compliance 92% at the end of March 2024 and sustained for three months. Closed at CIRG on 27 "
     "June 2024."),
    ("A", "MD1.2", "Deliver level 3 safeguarding training to all clinical staff in line with the "
                   "intercollegiate document.", "Head of Safeguarding", "30/09/2024", "Green",
     "Compliance 87% against a target of 90%. Additional face-to-face dates booked for September."),
    ("R", "MD2", "The trust must ensure that patients waiting for an ambulance are clinically "
                 "monitored and that call answering and response times improve."),
    ("A", "MD2.1", "Deploy clinical navigators in each emergency operations centre to re-triage "
                   "category 2 calls awaiting a response.",
     "Chief Paramedic and Director of Quality / Director of Operations", "Dec-24", "Amber",
     "Navigators in place in two of the three EOCs. Recruitment for the Bedford EOC is under way."),
    ("A", "MD2.2", "Reduce hospital handover delays through the regional 45-minute release to "
                   "respond process.", "Director of Operations", "Ongoing", "Amber",
     "Average handover time 38 minutes in July. Two acute trusts still regularly exceed 45 minutes."),
    ("R", "MD3", "The trust must ensure that medicines, including controlled drugs, are stored "
                 "securely and that records are accurate and complete."),
    ("A", "MD3.1", "Install drug safes with electronic access logs at all ambulance stations.",
     "Chief Pharmacist", "31/03/2205", "Green",
     "Safes installed at 94 of 121 stations. Remaining installations scheduled by sector."),
    ("A", "MD3.2", "Audit controlled drugs records at every station each month and report to the "
                   "Medicines Optimisation Group.", "Chief Pharmacist", "Monthly", "Green",
     "Monthly audits in place since January 2024; compliance 96% in July."),
    ("S", "SHOULD DO ACTIONS"),
    ("R", "SD1", "The trust should ensure that all staff receive an annual appraisal."),
    ("A", "SD1.1", "Align the appraisal window with the training year and track completion by "
                   "sector.", "Head of Organisational Development", "31/01/2025", "Green",
     "Appraisal rate 78% and rising; sector reports go to the monthly performance reviews."),
    ("R", "SD2", "The trust should continue to improve its culture so that staff feel able to raise "
                 "concerns without fear of detriment."),
    ("A", "SD2.1", "Recruit additional Freedom to Speak Up champions in each locality.",
     "Freedom to Speak Up Guardian", "Q2 2024/25", "Blue",
     "46 champions now trained, covering every locality."),
    ("A", "SD2.2", "Deliver the 'Civility Saves Lives' programme to all line managers.",
     "Director of People", "March 2025", "Red",
     "Programme paused pending a funding decision. Escalated to the Executive Leadership Team."),
    ("R", "SD3", "The trust should ensure that patient safety incidents are investigated and that "
                 "learning is shared in a timely way."),
    ("A", "SD3.1", "Complete the transition to PSIRF and close the backlog of legacy serious incident "
                   "investigations.", "Head of Patient Safety", "30/06/2024", "Blue",
     "PSIRF in place since November 2023. Last legacy investigation closed in June 2024."),
]
EEAST_META = dict(
    source=(
        "Imitates the East of England Ambulance Service NHS Trust's CQC Quality Improvement Plan "
        "progress reports to its public Trust Board (e.g. September 2024, "
        "https://eastamb.nhs.uk/about-us/trust-board/cqc-report-september-2024, and July 2024, "
        "https://eastamb.nhs.uk/about-us/trust-board/cqc-quality-improvement-plan-july-2024), which "
        "track the MUST Do and SHOULD Do actions from the 2022 CQC core inspection, with actions "
        "closed at the Continuous Improvement and Regulatory Group (CIRG). The individual "
        "requirements and actions are invented. Copied as the Excel tracker would come out saved as "
        "tab-separated text: three title lines, a blank line, a header (Ref, Action, Lead, Due date, "
        "BRAG, Progress update), section lines for MUST DO and SHOULD DO actions, each CQC requirement "
        "(MD1, SD1...) on its own line above its numbered actions, due dates as dd/mm/yyyy, 'Dec-24', "
        "'Q2 2024/25', 'Ongoing' and 'Monthly', BRAG words, and a BRAG key line at the foot."),
    reads=(
        "Ten actions under six CQC requirements in MUST DO and SHOULD DO sections, in a plan dated "
        "August 2024 whose other due dates run from March 2024 to March 2025. Action MD3.1 (line 14) "
        "is due '31/03/2205', a year that cannot be right (probably 2025 with digits transposed), so "
        "a careful reader stops at that line and asks."),
    outcome="refuse",
    refuse_at=14,
    title=EEAST_TITLE,
)


def build_eeast():
    lines = ["East of England Ambulance Service NHS Trust",
             "CQC Quality Improvement Plan – MUST Do and SHOULD Do actions (2022 core inspection)",
             "Position at 31 August 2024 – Trust Board (public meeting), 11 September 2024",
             "",
             "\t".join(["Ref", "Action", "Lead", "Due date", "BRAG", "Progress update"])]
    for row in EEAST_LINES:
        if row[0] == "S":
            lines.append(row[1] + "\t" * 5)
        elif row[0] == "R":
            lines.append("\t".join([row[1], row[2], "", "", "", ""]))
        else:
            lines.append("\t".join(row[1:]))
    lines.append("")
    lines.append("BRAG key: Blue – complete and assured at CIRG; Green – on track; Amber – at risk of "
                 "missing due date; Red – off track")
    assert "31/03/2205" in lines[13]
    with open(out(EEAST_FILE), "w", encoding="utf-8", newline="\r\n") as f:
        f.write("\n".join(lines) + "\n")


# ==============================================================================================
CASES = [
    (SOTON_FILE, SOTON_META, soton_actions, build_soton),
    (SPEL_FILE, SPEL_META, lambda: [], build_spel),
    (DYJS_FILE, DYJS_META, dyjs_actions, build_dyjs),
    (COV_FILE, COV_META, cov_actions, build_cov),
    (BANES_FILE, BANES_META, banes_actions, build_banes),
    (SHROP_FILE, SHROP_META, shrop_actions, build_shrop),
    (EEAST_FILE, EEAST_META, lambda: [], build_eeast),
]

if __name__ == "__main__":
    mode = sys.argv[1] if len(sys.argv) > 1 else "all"
    for fname, meta, acts, build in CASES:
        if mode in ("yaml", "all"):
            write_yaml(P + fname, meta, acts())
        if mode in ("docs", "all"):
            build()
    print("done", mode)
