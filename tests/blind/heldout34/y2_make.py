#!/usr/bin/env python
"""Generator for the y2- cases of heldout34 (blind corpus). Run with /work/main/.venv/bin/python.

Each plan's content is held in a data structure below and the document files are built from it.
The E_ values kept beside each row (expected end month, end text, lead list, status) are the reading
a person makes of the cell text; they are written by hand, not computed from the cells, and are not
put into the documents. The expected.yaml files were written from these readings before any document
was generated (`y2_make.py yaml` writes them; `y2_make.py docs` builds the documents).
"""
import csv
import datetime as dt
import io
import json
import os
import sys

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
P = "y2-"


def D(y, m, d):
    return dt.datetime(y, m, d)


def out(name):
    return os.path.join(HERE, P + name)


# ----------------------------------------------------------------------------------------------
# shared helpers
# ----------------------------------------------------------------------------------------------
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")
RAGHEX = {"blue": "5B9BD5", "green": "00B050", "amber": "FFC000", "red": "FF0000"}


def fill(hexc):
    return PatternFill("solid", fgColor=hexc)


def header_row(ws, row, names, widths, colour="1F4E78", font_colour="FFFFFF"):
    for i, (n, w) in enumerate(zip(names, widths), start=1):
        c = ws.cell(row=row, column=i, value=n)
        c.font = Font(bold=True, color=font_colour)
        c.fill = fill(colour)
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
        ws.column_dimensions[c.column_letter].width = w


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
    lines = text.split("\n")
    for i, line in enumerate(lines):
        r = p.add_run(line)
        r.bold = bold
        r.font.size = Pt(size)
        if colour:
            r.font.color.rgb = RGBColor.from_string(colour)
        if i < len(lines) - 1:
            r.add_break()


def set_widths(table, widths_cm):
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


# ----------------------------------------------------------------------------------------------
# expected.yaml writer (from the hand-written readings)
# ----------------------------------------------------------------------------------------------
def q(s):
    return json.dumps(s, ensure_ascii=False)


def folded(text, indent="  "):
    words = text.split()
    lines, cur = [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > 100:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    if cur:
        lines.append(cur)
    return "\n".join(indent + l for l in lines)


def write_yaml(fname, meta, actions):
    o = io.StringIO()
    o.write("source: >-\n" + folded(meta["source"]) + "\n")
    o.write("reads: >-\n" + folded(meta["reads"]) + "\n")
    o.write("outcome: %s\n" % meta["outcome"])
    o.write("accept_refusal: %s\n" % ("true" if meta.get("accept_refusal") else "false"))
    if meta.get("refuse_at") is not None:
        o.write("refuse_at: %d\n" % meta["refuse_at"])
    if meta.get("title"):
        o.write("title: %s\n" % q(meta["title"]))
    if meta["outcome"] == "read":
        o.write("actions:\n")
        for a in actions:
            o.write("  - ref: %s\n" % ("null" if a["ref"] is None else q(a["ref"])))
            o.write("    under: [%s]\n" % ", ".join(q(u) for u in a["under"]))
            o.write("    action: %s\n" % q(a["action"]))
            o.write("    lead: [%s]\n" % ", ".join(q(x) for x in a["lead"]))
            o.write("    end: %s\n" % ("null" if a["end"] is None else q(a["end"])))
            if a.get("end_text") is not None:
                o.write("    end_text: %s\n" % q(a["end_text"]))
            o.write("    status: %s\n" % a["status"])
    with open(os.path.join(HERE, P + fname + ".expected.yaml"), "w", encoding="utf-8") as f:
        f.write(o.getvalue())


def act(ref, under, action, lead, end, status, end_text=None):
    return {"ref": ref, "under": under, "action": action, "lead": lead, "end": end,
            "end_text": end_text, "status": status}


# ==============================================================================================
# 1. Bolton Safeguarding Children Partnership - CSPR 'Child F' multi-agency action plan (docx)
# ==============================================================================================
BOLTON_FILE = "bolton-scp-cspr-child-f-action-plan.docx"
BOLTON_TITLE = ("Bolton Safeguarding Children Partnership – Child Safeguarding Practice Review "
                "'Child F': Multi-Agency Action Plan")
# (recommendation, [(ref, action, lead cell, target cell, progress, RAG word,
#                    E_lead, E_end, E_end_text, E_status)])
BOLTON = [
    ("Recommendation 1: Safeguarding partners should seek assurance that practitioners identify and "
     "engage fathers and male carers in assessments and plans.", [
        ("1.1", "Launch the partnership's 'Think Family – Seen and Heard' guidance on working with fathers "
         "and male carers, with a 7-minute briefing for all agencies.",
         "BSCP Business Manager", "June 2024",
         "Guidance launched at the June practitioner forum. The 7-minute briefing has been downloaded 412 "
         "times.", "Blue",
         ["BSCP Business Manager"], "2024-06", None, "blue"),
        ("1.2", "Add a mandatory field for the details of fathers and male carers to the children's social "
         "care assessment form and to the health visiting record.",
         "Head of Service, Children's Social Care / Health Visiting Service Manager", "31/12/2024",
         "Social care form change live from 1 October. The health visiting change is waiting for the "
         "system supplier's next release.", "Amber",
         ["Head of Service, Children's Social Care", "Health Visiting Service Manager"], "2024-12", None,
         "amber"),
        ("1.3", "Carry out a multi-agency audit of 20 cases to test whether fathers are recorded and "
         "involved in plans.",
         "Chair, Quality Assurance and Performance Sub-Group", "March 2025",
         "Audit tool agreed; cases selected for the February audit week.", "Green",
         ["Chair, Quality Assurance and Performance Sub-Group"], "2025-03", None, "green"),
    ]),
    ("Recommendation 2: Health partners should ensure that when a family with a child under five moves "
     "between areas, the health visiting record and any safeguarding concerns are transferred and "
     "followed up.", [
        ("2.1", "Review the health visiting transfer-in and transfer-out procedure against national "
         "guidance and the findings of this review.",
         "Designated Nurse Safeguarding Children, NHS Greater Manchester (Bolton)", "Jul-24",
         "Procedure revised and ratified by the Bolton NHS FT safeguarding committee in July 2024.", "Blue",
         ["Designated Nurse Safeguarding Children, NHS Greater Manchester (Bolton)"], "2024-07", None,
         "blue"),
        ("2.2", "Introduce a check at 28 days that every child under five who moves into Bolton has been "
         "seen face to face by a health visitor.",
         "Named Nurse Safeguarding Children, Bolton NHS FT", "Sept 2024 – Jan 2025",
         "Check introduced in September; 88% of children transferring in were seen within 28 days in the "
         "first month.", "Green",
         ["Named Nurse Safeguarding Children, Bolton NHS FT"], "2025-01", "Sept 2024 – Jan 2025", "green"),
    ]),
    ("Recommendation 3: The partnership should be assured that parental substance misuse is assessed for "
     "its impact on the child, not only on the adult.", [
        ("3.1", "Agree a joint working protocol between adult drug and alcohol services and children's social "
         "care, including attendance at child protection conferences.",
         "Commissioning Manager, Public Health; Service Manager, Achieve Recovery Services", "Q3 2024/25",
         "Draft protocol discussed at the September sub-group. Sign-off delayed by a change of service "
         "manager at the provider.", "Amber",
         ["Commissioning Manager, Public Health", "Service Manager, Achieve Recovery Services"], "2024-12",
         "Q3 2024/25", "amber"),
        ("3.2", "Deliver multi-agency training on hidden harm and the impact of parental substance misuse on "
         "young children.",
         "BSCP Training Co-ordinator", "Ongoing",
         "Four sessions delivered since April (96 attendees). Further sessions scheduled each quarter.",
         "Green",
         ["BSCP Training Co-ordinator"], None, "Ongoing", "green"),
    ]),
    ("Recommendation 4: Safeguarding partners should test how well neglect is recognised where a child's "
     "needs are met inconsistently over a long period.", [
        ("4.1", "Refresh the Bolton Neglect Strategy and relaunch the Graded Care Profile 2 (GCP2) tool, "
         "with 150 practitioners trained.",
         "Strategic Lead, Early Help", "March 2025",
         "GCP2 licence renewal was delayed and only 38 practitioners have been trained. Escalated to the "
         "Safeguarding Partners' Executive in September.", "Red",
         ["Strategic Lead, Early Help"], "2025-03", None, "red"),
        ("4.2", "Include chronic neglect as a theme in the 2024/25 multi-agency audit programme.",
         "BSCP Quality Assurance Officer", "Nov-24",
         "Audit scheduled for November.", "Not started",
         ["BSCP Quality Assurance Officer"], "2024-11", None, "unrated"),
    ]),
    ("Recommendation 5: The partnership should share the learning from this review with practitioners and "
     "report on its impact.", [
        ("5.1", "Publish the review with a learning briefing and hold two practitioner learning events.",
         "BSCP Business Manager", "May 2024",
         "Review published 14 March 2024. Learning events held on 18 April and 9 May (150 attendees).",
         "Blue",
         ["BSCP Business Manager"], "2024-05", None, "blue"),
        ("5.2", "Survey practitioners six months after publication to measure awareness of the learning.",
         "BSCP Business Manager", "October 2024",
         "Survey opened on 1 October and closes on 31 October.", "Green",
         ["BSCP Business Manager"], "2024-10", None, "green"),
    ]),
]
BOLTON_META = {
    "source": (
        "Imitates the multi-agency action plans that safeguarding children partnerships publish or report "
        "to their executive after a Local Child Safeguarding Practice Review (LCSPR): the partnership "
        "response to each numbered recommendation, as in the City and Hackney partnership's response to "
        "the Child Q review reported at https://hackney.moderngov.co.uk/mgAi.aspx?ID=40219, and the "
        "action-planning stage described in partnerships' review guidance (e.g. "
        "https://somersetsafeguardingchildren.org.uk/methodologies-framework). Bolton chosen as the "
        "partnership; the review and its content are invented. Layout copied: a landscape Word document "
        "with a title, an intro paragraph, a small review-details table (review, publication date, plan "
        "owner, version), then one plan table whose Recommendation column is merged down over the actions "
        "answering it, numbered actions, lead posts (one pair split by '/', one by ';'), target dates as "
        "month names, dd/mm/yyyy, 'Jul-24', a period, a financial quarter and Ongoing, a progress and "
        "evidence of impact column, RAG words in shaded cells (Blue for completed) and a RAG key paragraph "
        "under the table."),
    "reads": (
        "Eleven actions 1.1-5.2 under five LCSPR recommendations, each recommendation written once in a "
        "cell merged down beside its actions. RAG is given in words (Blue = completed per the key, Green, "
        "Amber, Red, Not started). The review-details table and the key are not part of the plan."),
    "outcome": "read",
    "title": BOLTON_TITLE,
}


def bolton_actions():
    res = []
    for rec, rows in BOLTON:
        for (ref, a, _l, _t, _p, _r, el, ee, et, es) in rows:
            res.append(act(ref, [rec], a, el, ee, es, et))
    return res


def make_bolton():
    doc = Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    h = doc.add_heading(BOLTON_TITLE, level=1)
    doc.add_paragraph(
        "This action plan sets out how the Bolton Safeguarding Children Partnership (BSCP) and its partner "
        "agencies will respond to the five recommendations of the Local Child Safeguarding Practice Review "
        "concerning Child F, a two-year-old child who suffered serious harm through neglect. Progress is "
        "reported to the Learning and Improvement Sub-Group each quarter and to the Safeguarding Partners' "
        "Executive twice a year. Actions are only marked Blue when there is evidence of the difference they "
        "have made.")
    det = doc.add_table(rows=4, cols=2)
    det.style = "Table Grid"
    for i, (k, v) in enumerate([("Review", "Local Child Safeguarding Practice Review – Child F"),
                                ("Publication date", "14 March 2024"),
                                ("Plan owner", "Learning and Improvement Sub-Group"),
                                ("Version / position at", "Version 3 – 30 September 2024")]):
        set_cell(det.rows[i].cells[0], k, bold=True)
        shade(det.rows[i].cells[0], "D9E2F3")
        set_cell(det.rows[i].cells[1], v)
    set_widths(det, [5, 12])
    doc.add_paragraph()
    cols = ["Recommendation", "Ref", "Action", "Lead", "Target date", "Progress and evidence of impact",
            "RAG"]
    widths = [5.2, 1.1, 5.6, 3.8, 2.4, 6.0, 1.9]
    nrows = 1 + sum(len(r) for _, r in BOLTON)
    t = doc.add_table(rows=nrows, cols=len(cols))
    t.style = "Table Grid"
    for i, c in enumerate(cols):
        set_cell(t.rows[0].cells[i], c, bold=True, colour="FFFFFF")
        shade(t.rows[0].cells[i], "1F3864")
    ri = 1
    for rec, rows in BOLTON:
        first = ri
        for (ref, a, lead, target, prog, rag, *_e) in rows:
            cells = t.rows[ri].cells
            if ri == first:
                set_cell(cells[0], rec, bold=True)
            set_cell(cells[1], ref)
            set_cell(cells[2], a)
            set_cell(cells[3], lead)
            set_cell(cells[4], target)
            set_cell(cells[5], prog)
            set_cell(cells[6], rag, bold=True)
            colour = {"Blue": "5B9BD5", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}.get(rag)
            if colour:
                shade(cells[6], colour)
            ri += 1
        if ri - first > 1:
            top = t.cell(first, 0)
            top.merge(t.cell(ri - 1, 0))
            # merge() concatenates empty paragraphs: keep only the text paragraph
            ps = top.paragraphs
            for extra in ps[1:]:
                if not extra.text:
                    extra._element.getparent().remove(extra._element)
        shade(t.cell(first, 0), "DEEAF6")
    set_widths(t, widths)
    doc.add_paragraph()
    k = doc.add_paragraph()
    k.add_run("RAG key: ").bold = True
    k.add_run("Blue – action completed and evidence of impact seen; Green – on track to complete by the "
              "target date; Amber – some slippage, remedial action in place; Red – off track, escalated to "
              "the Safeguarding Partners' Executive; Not started – action not yet due to begin.")
    doc.save(out(BOLTON_FILE))


# ==============================================================================================
# 2. Wakefield District Community Safety Partnership - delivery plan Q2 update (xlsx, fill-only RAG
#    in two quarterly columns)
# ==============================================================================================
WAKE_FILE = "wakefield-csp-delivery-plan.xlsx"
WAKE_TITLE = "Wakefield District Community Safety Partnership – Delivery Plan 2025/26"
# (priority, [(ref, action, lead agency, partners, timescale value, number format, q1 fill, q2 fill,
#              update, E_lead, E_end, E_end_text, E_status)])
WAKE = [
    ("Priority 1: Reducing violence and serious violence", [
        ("1.1", "Deliver the Serious Violence Duty strategy, including the annual refresh of the strategic needs "
         "assessment.", "WDC Community Safety", "WY Violence Reduction Partnership; West Yorkshire Police",
         D(2026, 3, 31), "mmm-yy", "green", "green",
         "Needs assessment refresh commissioned from the VRP analysts; draft due in January.",
         ["WDC Community Safety"], "2026-03", None, "green"),
        ("1.2", "Extend the hospital navigator programme at Pinderfields A&E to weekend evenings.",
         "WY Violence Reduction Partnership", "Mid Yorkshire Teaching NHS Trust",
         D(2025, 12, 31), "mmm-yy", "green", "amber",
         "Friday and Saturday evenings covered. Sunday cover depends on recruiting a third navigator.",
         ["WY Violence Reduction Partnership"], "2025-12", None, "amber"),
        ("1.3", "Run knife crime awareness sessions in every secondary school during Knife Crime Awareness "
         "Week.", "West Yorkshire Police", "Schools; Youth Justice Service",
         D(2025, 5, 31), "mmm-yy", "blue", "blue",
         "Sessions delivered in 17 of 18 secondary schools in May; the remaining school was visited in June.",
         ["West Yorkshire Police"], "2025-05", None, "blue"),
    ]),
    ("Priority 2: Tackling violence against women and girls", [
        ("2.1", "Recommission the community domestic abuse support service for victims at standard and medium "
         "risk.", "WDC Commissioning", "Domestic Abuse Partnership Board",
         "Q4 2025/26", None, "green", "green",
         "Tender published in August; evaluation panel meets in November.",
         ["WDC Commissioning"], "2026-03", "Q4 2025/26", "green"),
        ("2.2", "Make the night-time economy safer for women through Ask for Angela training and Safe Space "
         "venues in the city centre.", "WDC Licensing / Wakefield BID", "West Yorkshire Police; licensees",
         "Ongoing", None, "green", "green",
         "34 venues trained to date. Two Safe Space venues opened in Westgate in September.",
         ["WDC Licensing", "Wakefield BID"], None, "Ongoing", "green"),
        ("2.3", "Complete and publish the two outstanding Domestic Homicide Reviews.", "CSP Manager",
         "Independent chairs; review panel agencies",
         D(2025, 11, 30), "mmm-yy", "amber", "red",
         "The Home Office quality assurance panel has returned one report for amendment. Publication is "
         "unlikely before March 2026.",
         ["CSP Manager"], "2025-11", None, "red"),
    ]),
    ("Priority 3: Anti-social behaviour and neighbourhood crime", [
        ("3.1", "Deliver targeted ASB patrols and diversionary activity in the five hotspot wards identified in "
         "the strategic assessment.", "West Yorkshire Police – Wakefield District",
         "WDC Youth Work Team; Wakefield District Housing",
         D(2025, 9, 30), "mmmm yyyy", "green", "blue",
         "Summer patrol plan completed. ASB in the hotspot wards was 14% lower than last summer.",
         ["West Yorkshire Police – Wakefield District"], "2025-09", None, "blue"),
        ("3.2", "Introduce an online form for ASB Case Reviews (Community Trigger) and publish the quarterly "
         "figures.", "WDC Community Safety", "Registered housing providers",
         D(2025, 6, 30), "mmm-yy", "blue", "blue",
         "Online form live since June; Q1 figures published on the council website.",
         ["WDC Community Safety"], "2025-06", None, "blue"),
        ("3.3", "Provide target-hardening (locks, lighting and video doorbells) to repeat victims of burglary.",
         "West Yorkshire Police", "Victim Support; WDC Community Safety",
         D(2026, 3, 31), "mmm-yy", None, None,
         "Bid to the Mayor's Safer Communities Fund submitted; decision expected in December.",
         ["West Yorkshire Police"], "2026-03", None, "unrated"),
    ]),
    ("Priority 4: Reducing drug and alcohol related harm", [
        ("4.1", "Increase the number of adults in structured drug and alcohol treatment by 10% (Combating Drugs "
         "Partnership target).", "WDC Public Health", "Turning Point; Probation Service",
         D(2026, 3, 31), "mmm-yy", "amber", "amber",
         "Numbers in treatment up 6% year to date. Outreach into hostels started in September.",
         ["WDC Public Health"], "2026-03", None, "amber"),
        ("4.2", "Deliver naloxone training to hostel and supported housing staff.", "Turning Point",
         "Supported housing providers",
         "Quarterly", None, "green", "green",
         "Two sessions delivered this quarter; 41 staff trained.",
         ["Turning Point"], None, "Quarterly", "green"),
    ]),
]
WAKE_META = {
    "source": (
        "Imitates a community safety partnership's annual delivery (action) plan with quarterly progress "
        "updates, of the kind CSPs report to their board and to council committees (e.g. Medway's "
        "refreshed CSP action plan, https://democracy.medway.gov.uk/ieIssueDetails.aspx?IId=13510&Opt=3; "
        "Tonbridge and Malling's CSP action plan update, "
        "https://democracy.tmbc.gov.uk/mgDecisionDetails.aspx?IId=5015&Opt=1). Wakefield chosen as the "
        "partnership; priorities and actions written for this case. Layout copied: title and reporting "
        "period lines, a header row (Ref, What we will do, Lead agency, Partners, Timescale, Q1 RAG, Q2 RAG, "
        "Q2 progress update), priorities as merged, shaded full-width rows, lead agencies rather than "
        "officers (one pair split by '/'), timescales as Excel dates shown as 'Mar-26' or 'September 2025', "
        "a financial quarter, Ongoing and Quarterly, RAG cells coloured with no text in a column for each "
        "quarter, and a colour key under the table."),
    "reads": (
        "Eleven actions 1.1-4.2 under four numbered priorities. The RAG is shown only by cell colour, once "
        "for Q1 and once for Q2; the Q2 column is the current position (1.2 moved from green to amber, 2.3 "
        "from amber to red, 3.1 from green to blue), read with the key (blue = complete). Action 3.3 has no "
        "colour in either quarter (not yet started). The Partners column names supporting agencies, not "
        "leads."),
    "outcome": "read",
    "title": WAKE_TITLE,
}


def wake_actions():
    res = []
    for pri, rows in WAKE:
        for row in rows:
            ref, a = row[0], row[1]
            el, ee, et, es = row[-4:]
            res.append(act(ref, [pri], a, el, ee, es, et))
    return res


def make_wake():
    wb = Workbook()
    ws = wb.active
    ws.title = "Delivery Plan 25-26"
    ncol = 8
    ws["A1"] = WAKE_TITLE
    ws["A1"].font = Font(bold=True, size=14, color="1F4E78")
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A2"] = ("Community Safety Partnership Plan 2024–2027 – Quarter 2 progress update (July – September "
                "2025), for the CSP Board on 16 October 2025")
    ws["A2"].font = Font(italic=True)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    header_row(ws, 4, ["Ref", "What we will do", "Lead agency", "Partners", "Timescale", "Q1 RAG", "Q2 RAG",
                       "Q2 progress update"], [6, 52, 26, 30, 13, 8, 8, 58], colour="2E75B6")
    ws.freeze_panes = "A5"
    r = 5
    for pri, rows in WAKE:
        c = ws.cell(row=r, column=1, value=pri)
        c.font = Font(bold=True)
        for col in range(1, ncol + 1):
            ws.cell(row=r, column=col).fill = fill("DDEBF7")
            ws.cell(row=r, column=col).border = BOX
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        r += 1
        for (ref, a, lead, partners, ts, fmt, q1, q2, upd, *_e) in rows:
            vals = [ref, a, lead, partners, ts, None, None, upd]
            for col, v in enumerate(vals, 1):
                cc = ws.cell(row=r, column=col, value=v)
                cc.alignment = WRAP
                cc.border = BOX
            if fmt:
                ws.cell(row=r, column=5).number_format = fmt
            if q1:
                ws.cell(row=r, column=6).fill = fill(RAGHEX[q1])
            if q2:
                ws.cell(row=r, column=7).fill = fill(RAGHEX[q2])
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    for colour, meaning in [("blue", "Complete"), ("green", "On track"),
                            ("amber", "Some slippage – remedial action in place"),
                            ("red", "Off track – CSP Board support needed"),
                            (None, "No colour – not yet started")]:
        r += 1
        c = ws.cell(row=r, column=1)
        c.border = BOX
        if colour:
            c.fill = fill(RAGHEX[colour])
        ws.cell(row=r, column=2, value=meaning)
    ws.page_setup.orientation = "landscape"
    wb.save(out(WAKE_FILE))


# ==============================================================================================
# 3. Cardiff Youth Justice Service - HMIP improvement plan (txt: tab-separated export of a Word table)
# ==============================================================================================
CARDIFF_FILE = "cardiff-yjs-hmip-improvement-plan.txt"
CARDIFF_TITLE = "Cardiff Youth Justice Service – HM Inspectorate of Probation Inspection: Improvement Plan"
CARDIFF = [
    ("Recommendation 1: The Chair of the Youth Justice Management Board should make sure that board members "
     "understand their roles and hold partners to account for the services they provide to children.", [
        ("1.1", "Hold a board induction and development day covering members' roles, statutory duties and the "
         "HMIP standards.", "Chair of YJMB", "Sept 2023", "Nov 2023",
         "Development day held on 9 November 2023; 14 of 16 members attended.", "Completed",
         ["Chair of YJMB"], "2023-11", None, "blue"),
        ("1.2", "Introduce a partnership performance dashboard, reviewed at every board meeting.",
         "YJS Operational Manager / Performance Officer", "Oct 2023", "Jan 2024",
         "Dashboard used at the January board. Health and education data still to be added.", "Amber",
         ["YJS Operational Manager", "Performance Officer"], "2024-01", None, "amber"),
    ]),
    ("Recommendation 2: The Head of Service should improve the quality of assessment and planning for keeping "
     "children safe and for managing the risk of harm to others.", [
        ("2.1", "Deliver AssetPlus refresher training focused on safety and wellbeing and risk of harm.",
         "Practice Development Lead", "Oct 2023", "31/12/2023",
         "Three sessions delivered; all case managers have attended.", "Completed",
         ["Practice Development Lead"], "2023-12", None, "blue"),
        ("2.2", "Introduce a management oversight checklist for every assessment rated medium or high risk.",
         "Team Managers", "Nov 2023", "Feb 2024",
         "Checklist in use. The February audit found it completed in 81% of cases.", "Green",
         ["Team Managers"], "2024-02", None, "green"),
        ("2.3", "Carry out monthly thematic case audits and report the findings to the Quality Assurance Panel.",
         "Quality Assurance Officer", "Dec 2023", "Monthly",
         "Audits on contingency planning (December), safety planning (January) and victims (February).",
         "Green",
         ["Quality Assurance Officer"], None, "Monthly", "green"),
    ]),
    ("Recommendation 3: Cardiff Council and the Youth Justice Management Board should make sure that children "
     "have timely access to education, training and employment, and to emotional and mental health support.", [
        ("3.1", "Agree an information sharing protocol with Education so that every child's education status is "
         "known at the start of their order.", "Head of Inclusion, Education Services", "Jan 2024",
         "April 2024",
         "Draft WASPI information sharing protocol is with the council's information governance team.",
         "Amber",
         ["Head of Inclusion, Education Services"], "2024-04", None, "amber"),
        ("3.2", "Secure a dedicated CAMHS practitioner from Cardiff and Vale UHB to work within the YJS.",
         "Head of CAMHS, Cardiff and Vale UHB", "Jan 2024", "Q1 2024/25",
         "Funding agreed in principle but recruitment has not started. Escalated to the March board.", "Red",
         ["Head of CAMHS, Cardiff and Vale UHB"], "2024-06", "Q1 2024/25", "red"),
    ]),
    ("Recommendation 4: The Head of Service should make sure that the needs and wishes of victims are taken into "
     "account and that victims are kept informed.", [
        ("4.1", "Recruit a second victim liaison officer.", "YJS Operational Manager", "Nov 2023", "Mar-24",
         "Appointment made; the new officer starts on 1 April 2024.", "Green",
         ["YJS Operational Manager"], "2024-03", None, "green"),
        ("4.2", "Review the victim contact procedure so that every victim is contacted within five working days of "
         "the outcome.", "Victim Liaison Officer", "Apr 2024", "June 2024",
         "Review to begin once the second officer is in post.", "Not started",
         ["Victim Liaison Officer"], "2024-06", None, "unrated"),
    ]),
]
CARDIFF_META = {
    "source": (
        "Imitates a youth justice service's post-inspection improvement plan after an HM Inspectorate of "
        "Probation inspection, answering recommendations addressed to the management board chair and the "
        "head of service (as in Reading YJS's 2024 plan, https://democracy.reading.gov.uk/mgAi.aspx?ID=15127, "
        "and Tower Hamlets' plan reported at https://democracy.towerhamlets.gov.uk/mgAi.aspx?ID=135908). "
        "Cardiff chosen as the body (a Welsh YJS, so WASPI and a university health board appear); content "
        "invented. Copied as the Word table would come out when saved as tab-separated text: a title line, "
        "a version line, a header line (Ref, Action, Lead, Start date, Completion date, Progress, RAG), each "
        "recommendation as its own line (a merged full-width row in the Word table, so the other fields are "
        "empty), start and completion dates as 'Nov 2023', '31/12/2023', 'Mar-24', Monthly and a financial "
        "quarter, RAG words, and a RAG key line after a blank line."),
    "reads": (
        "Nine actions 1.1-4.2 under four HMIP recommendations, each recommendation on its own line above its "
        "actions. The completion date is the end (the start date is not); 2.3 is Monthly and 3.2 is Q1 "
        "2024/25. RAG is Completed, Green, Amber, Red or Not started."),
    "outcome": "read",
    "title": CARDIFF_TITLE,
}


def cardiff_actions():
    res = []
    for rec, rows in CARDIFF:
        for (ref, a, _l, _s, _e, _p, _r, el, ee, et, es) in rows:
            res.append(act(ref, [rec], a, el, ee, es, et))
    return res


def make_cardiff():
    ncols = 7
    lines = [CARDIFF_TITLE,
             "Version 4 – updated for the Youth Justice Management Board, 21 March 2024",
             "",
             "\t".join(["Ref", "Action", "Lead", "Start date", "Completion date", "Progress", "RAG"])]
    for rec, rows in CARDIFF:
        lines.append(rec + "\t" * (ncols - 1))
        for (ref, a, lead, start, end, prog, rag, *_e) in rows:
            lines.append("\t".join([ref, a, lead, start, end, prog, rag]))
    lines.append("")
    lines.append("RAG key: Completed; Green – on track; Amber – at risk of slipping; Red – not on track, "
                 "escalated to YJMB; Not started – not yet due to start")
    with open(out(CARDIFF_FILE), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ==============================================================================================
# 4. City of York Council - scrutiny recommendation tracker (csv) - REFUSE: two-digit year '52'
# ==============================================================================================
YORK_FILE = "york-scrutiny-recommendation-tracker.csv"
YORK_TITLE = "City of York Council – Scrutiny Recommendation Tracker"
YORK_HEADER = ["Reference", "Area", "Recommendation", "Exec Date", "Lead Officer/EM", "Target date",
               "Action taken", "Status"]
YORK = [
    ("Corporate Scrutiny Committee – Budget and Medium-Term Financial Strategy 2025/26 (20 January 2025)", [
        ["SR (24/25) 01", "Finance", "That the Executive publish a savings delivery tracker with each quarterly "
         "finance and performance monitor.", "13/02/25", "DM/KL", "31/03/25",
         "Tracker appended to the Q4 2024/25 and Q1 2025/26 monitors.", "Green"],
        ["SR (24/25) 02", "Finance", "That fees and charges be reviewed to secure full cost recovery where the "
         "law allows, reporting back before the 2026/27 budget.", "13/02/25", "DM/KL", "31/12/25",
         "Review under way; discretionary charges mapped against service costs.", "Amber"],
        ["SR (24/25) 03", "Customer", "That take-up of Council Tax Support be promoted through the Advice York "
         "network and the council's website.", "13/02/25", "PL/CW", "30/09/25",
         "New web pages live; Advice York briefing held in June. Take-up campaign planned for October.",
         "Amber"],
    ]),
    ("People Scrutiny Committee – Task and Finish Group: Home to School Transport (17 March 2025)", [
        ["SR (24/25) 04", "Children's", "That parents be given written reasons when an application for home to "
         "school transport is refused, with information on how to appeal.", "24/04/25", "MP/BS", "30/06/25",
         "Letter templates revised and in use from the start of June.", "Green"],
        ["SR (24/25) 05", "Children's", "That independent travel training be offered to all eligible Year 9 "
         "students with an education, health and care plan.", "24/04/25", "MP/BS", "31/07/52",
         "Travel training provider commissioned; 26 students referred for the autumn term.", "Amber"],
        ["SR (24/25) 06", "Children's", "That the home to school transport policy be reviewed with the Parent "
         "Carer Forum before it is next consulted on.", "24/04/25", "MP", "31/01/26",
         "First co-production session with York Parent Carer Forum held in July.", "Amber"],
    ]),
    ("Place Scrutiny Committee – Residents' Parking Zones (9 June 2025)", [
        ["SR (25/26) 01", "Transport", "That the waiting list for residents' parking zone consultations be "
         "published and updated every quarter.", "10/07/25", "JP/PK", "30/09/25",
         "Not yet published: the list is being checked against ward requests.", "Red"],
        ["SR (25/26) 02", "Transport", "That permit prices for second and subsequent vehicles be reviewed as part "
         "of the 2026/27 budget.", "10/07/25", "JP/DM", "28/02/26",
         "To be considered in the budget proposals in the autumn.", "Amber"],
    ]),
]
YORK_META = {
    "source": (
        "Imitates the City of York Council Scrutiny Recommendation Tracker proposed to Corporate Scrutiny "
        "Committee (report 'Scrutiny Recommendation Tracking', 2 March 2026, Annex A draft example; found "
        "as a stored page without its address): references of the form "
        "'SR (25/26) 01', an Area column, the recommendation text, the Exec Date, 'Lead Officer/EM' as "
        "initials joined by '/', an 'Action taken' summary, a Status column, and a key explaining that Green "
        "means the recommendation is achieved and no longer monitored. A Target date column and a heading "
        "line for each committee review were added, as Brent's scrutiny recommendations tracker "
        "(https://democracy.brent.gov.uk/mgAi.aspx?ID=67641) groups recommendations by review. Saved from "
        "Excel as CSV: title and position lines, a blank line, a header, review heading lines with the other "
        "fields empty, dates as dd/mm/yy, and the key at the foot. Recommendations written for this case."),
    "reads": (
        "Eight scrutiny recommendations under three committee reviews, with targets between 31/03/25 and "
        "28/02/26. SR (24/25) 05, agreed in April 2025, has the target date 31/07/52: a year that cannot be "
        "right in this tracker (probably 31/07/25 or 31/07/26 mistyped), so a careful reader stops at that "
        "line (line 11) and asks."),
    "outcome": "refuse",
    "refuse_at": 11,
    "title": YORK_TITLE,
}


def make_york():
    n = len(YORK_HEADER)
    rows = [[YORK_TITLE] + [""] * (n - 1),
            ["Report to Corporate Scrutiny Committee, 8 September 2025 – position at 31 August 2025"]
            + [""] * (n - 1),
            [""] * n,
            YORK_HEADER]
    for head, recs in YORK:
        rows.append([head] + [""] * (n - 1))
        rows.extend(recs)
    rows.append([""] * n)
    rows.append(["Key"] + [""] * (n - 1))
    rows.append(["Status: Green – recommendation achieved, monitoring no longer required; Amber – acceptable "
                 "progress made; Red – progress not acceptable or recommendation not yet progressed"]
                + [""] * (n - 1))
    with open(out(YORK_FILE), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)
    # sanity: the refuse line is where the meta says it is
    with open(out(YORK_FILE), encoding="utf-8-sig", newline="") as f:
        lines = f.read().split("\r\n")
    assert "31/07/52" in lines[YORK_META["refuse_at"] - 1], lines[YORK_META["refuse_at"] - 1]


# ==============================================================================================
# 5. Warwickshire County Council - LGA Corporate Peer Challenge action plan (docx, heading + table per
#    recommendation, unnumbered actions)
# ==============================================================================================
WARKS_FILE = "warwickshire-cpc-action-plan.docx"
WARKS_TITLE = "Warwickshire County Council – Corporate Peer Challenge 2022: Action Plan"
WARKS = [
    ("Recommendation 1: Set out a clear, shared narrative for the Council Plan 2022-2027 and the council's role "
     "in the county", [
        ("Publish an accessible residents' summary of the Council Plan 2022-2027 and a toolkit for staff.",
         "Assistant Director – Governance and Policy", "July 2022",
         "Residents' summary published on the website in July; staff toolkit on the intranet.", "Complete",
         ["Assistant Director – Governance and Policy"], "2022-07", None, "blue"),
        ("Run a programme of staff and member briefings on the council's three strategic priorities.",
         "Chief Executive", "Sept – Dec 2022",
         "Eleven staff roadshows and two all-member seminars held.", "Complete",
         ["Chief Executive"], "2022-12", "Sept – Dec 2022", "blue"),
    ]),
    ("Recommendation 2: Strengthen the council's place leadership role, working with the district and borough "
     "councils on a shared agenda for Warwickshire", [
        ("Establish a Place Leaders' Forum with district and borough leaders and chief executives.",
         "Leader of the Council / Chief Executive", "October 2022",
         "Forum established; first meeting held on 14 October 2022.", "Complete",
         ["Leader of the Council", "Chief Executive"], "2022-10", None, "blue"),
        ("Agree joint priorities for economy, levelling up and climate change with the district and borough "
         "councils.", "Executive Director for Communities", "March 2023",
         "Draft priorities discussed at the November forum; to be agreed in February.", "On track",
         ["Executive Director for Communities"], "2023-03", None, "green"),
    ]),
    ("Recommendation 3: Make sure the change programme has the capacity and programme management it needs", [
        ("Recruit a Head of Change Delivery and set up a Programme Management Office.",
         "Executive Director for Resources", "Q3 2022/23",
         "Head of Change Delivery starts on 1 December. PMO recruitment will continue into Q4.", "At risk",
         ["Executive Director for Resources"], "2022-12", "Q3 2022/23", "amber"),
        ("Adopt a benefits realisation framework for all change projects over £250k.",
         "Head of Change Delivery", "March 2023",
         "Will start once the Head of Change Delivery is in post.", "Not started",
         ["Head of Change Delivery"], "2023-03", None, "unrated"),
    ]),
    ("Recommendation 4: Build on good member and officer relationships by developing scrutiny's role in policy "
     "development", [
        ("Pilot pre-decision scrutiny on at least two major policy items each year.",
         "Assistant Director – Governance and Policy", "Ongoing",
         "Two items taken this year: the Local Transport Plan and the Children's Services Strategy.",
         "On track",
         ["Assistant Director – Governance and Policy"], None, "Ongoing", "green"),
        ("Refresh the member development programme following a skills survey.",
         "Democratic Services Manager", "31 January 2023",
         "Survey response rate was low (41%), so the survey has been reopened until mid-January.", "At risk",
         ["Democratic Services Manager"], "2023-01", None, "amber"),
    ]),
    ("Recommendation 5: Use the council's financial resilience to invest in its medium-term priorities", [
        ("Refresh the Medium Term Financial Strategy with an investment fund for the Council Plan priorities.",
         "Executive Director for Resources", "Feb-23",
         "MTFS refresh reported to Cabinet in December; budget to Council in February.", "On track",
         ["Executive Director for Resources"], "2023-02", None, "green"),
        ("Report the outcomes of the Warwickshire Recovery and Investment Fund to Cabinet each year.",
         "Executive Director for Communities", "Annually (from July 2023)",
         "First annual report due in July 2023.", "Not started",
         ["Executive Director for Communities"], None, "Annually (from July 2023)", "unrated"),
    ]),
]
WARKS_META = {
    "source": (
        "Imitates the action plans councils publish in response to an LGA Corporate Peer Challenge (the "
        "Recommendation / Action / Timescale shape of the LGA's own CPC action plan, "
        "https://www.local.gov.uk/about/who-we-are-and-what-we-do/lga-corporate-peer-challenge-report-and-action-plan/lga-corporate, "
        "and Warwickshire's Cabinet item on its March 2022 peer challenge, "
        "https://democracy.warwickshire.gov.uk/mgIssueHistoryHome.aspx?IId=12516&PlanId=222&RPID=0). The "
        "recommendations and actions are written for this case. Layout copied: a title, an intro paragraph "
        "with the update date, then for each recommendation a heading paragraph followed by its own small "
        "table (Action, Lead, By when, Progress update – December 2022, Status) with unnumbered actions, "
        "leads as posts (one pair split by '/'), dates as month names, a period, a financial quarter, a day "
        "date, 'Feb-23', Ongoing and 'Annually (from July 2023)', Status words, and a status key paragraph "
        "at the end."),
    "reads": (
        "Ten unnumbered actions, two under each of five peer challenge recommendations given as headings "
        "above their tables. Status is Complete, On track, At risk (amber in the key) or Not started."),
    "outcome": "read",
    "title": WARKS_TITLE,
}


def warks_actions():
    res = []
    for rec, rows in WARKS:
        for (a, _l, _b, _p, _s, el, ee, et, es) in rows:
            res.append(act(None, [rec], a, el, ee, es, et))
    return res


def make_warks():
    doc = Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    doc.add_heading(WARKS_TITLE, level=1)
    doc.add_paragraph(
        "A Local Government Association Corporate Peer Challenge took place at Warwickshire County Council "
        "from 8 to 11 March 2022. The peer team's report recognised the council's strong financial position "
        "and good relationships between members and officers, and made recommendations to help the council "
        "deliver its Council Plan 2022-2027. This plan sets out the actions we are taking in response. It "
        "was agreed by Cabinet in June 2022 and progress is reported to Cabinet and to the Resources and "
        "Fire & Rescue Overview and Scrutiny Committee every six months.")
    p = doc.add_paragraph()
    p.add_run("Progress position: December 2022").bold = True
    cols = ["Action", "Lead", "By when", "Progress update – December 2022", "Status"]
    widths = [8.5, 5.0, 3.2, 7.5, 2.4]
    for rec, rows in WARKS:
        doc.add_heading(rec, level=2)
        t = doc.add_table(rows=1 + len(rows), cols=len(cols))
        t.style = "Table Grid"
        for i, c in enumerate(cols):
            set_cell(t.rows[0].cells[i], c, bold=True, size=10)
            shade(t.rows[0].cells[i], "BDD7EE")
        for ri, (a, lead, by, prog, status, *_e) in enumerate(rows, 1):
            cells = t.rows[ri].cells
            for i, v in enumerate([a, lead, by, prog, status]):
                set_cell(cells[i], v, size=10)
        set_widths(t, widths)
        doc.add_paragraph()
    k = doc.add_paragraph()
    k.add_run("Status key: ").bold = True
    k.add_run("Complete (blue) – action delivered; On track (green); At risk (amber) – may not be delivered by "
              "the date shown; Off track (red) – will not be delivered by the date shown; Not started.")
    doc.save(out(WARKS_FILE))


# ==============================================================================================
# 6. Wiltshire Council - ASC CQC assessment improvement plan (xlsx: summary sheet first, then plan with
#    quality statement and CQC finding on every row, named leads)
# ==============================================================================================
WILTS_FILE = "wiltshire-asc-cqc-improvement-plan.xlsx"
WILTS_TITLE = "Wiltshire Council – Adult Social Care CQC Assessment Improvement Plan 2025/26"
# (no, quality statement, what CQC told us, action, measure, lead, target, fmt, status,
#  update, E_lead, E_end, E_end_text, E_status)
QS_AN = "Assessing needs"
CQC_AN = "People waited too long for Care Act assessments, particularly occupational therapy assessments."
QS_CP = "Care provision, integration and continuity"
CQC_CP = "Home care was hard to find in rural parts of the county."
QS_SG = "Safeguarding"
CQC_SG = "Some safeguarding enquiries were not completed in a timely way."
WILTS = [
    (1, QS_AN, CQC_AN,
     "Introduce a trusted assessor model so that straightforward equipment requests do not wait for an OT "
     "assessment.", "OT waiting list under 150 people by March 2026", "Sarah Whitcombe",
     D(2026, 3, 31), "dd/mm/yyyy", "On track",
     "Twelve trusted assessors trained. OT waiting list down from 486 to 301 since April.",
     ["Sarah Whitcombe"], "2026-03", None, "green"),
    (2, QS_AN, CQC_AN,
     "Contact everyone who has waited more than 28 days for an assessment and record a risk rating.",
     "100% of people waiting over 28 days contacted each month", "Sarah Whitcombe",
     "Ongoing", None, "On track",
     "Waiting-well calls made to all 214 people waiting over 28 days in September and October.",
     ["Sarah Whitcombe"], None, "Ongoing", "green"),
    (3, "Supporting people to live healthier lives",
     "Reablement capacity did not meet demand, and few people were offered reablement from the community.",
     "Open a community referral route into the reablement service.",
     "30% of reablement starts from the community", "Tom Price and Lucy Ashdown",
     D(2025, 9, 30), "mmm-yy", "Complete",
     "Community route open since 1 September; 27% of starts in October came from the community.",
     ["Tom Price", "Lucy Ashdown"], "2025-09", None, "blue"),
    (4, "Equity in experience and outcomes",
     "The council did not fully understand the experiences of Gypsy, Roma and Traveller communities or of "
     "armed forces veterans.",
     "Commission a community insight project with Gypsy, Roma and Traveller and veterans' organisations.",
     "Insight report and actions agreed by the ASC Improvement Board", "Amir Haddad",
     "Q4 2025/26", None, "Not started",
     "Scope being agreed with the Equalities Team; procurement to start in January.",
     ["Amir Haddad"], "2026-03", "Q4 2025/26", "unrated"),
    (5, QS_CP, CQC_CP,
     "Award a rural home care framework with an enhanced hourly rate for hard-to-reach areas.",
     "Unsourced home care packages under 20 at any time", "Claire Bannister",
     D(2025, 12, 31), "dd/mm/yyyy", "Some slippage",
     "Tender evaluation took longer than planned; award now expected in late December.",
     ["Claire Bannister"], "2025-12", None, "amber"),
    (6, QS_CP, CQC_CP,
     "Pilot a micro-provider scheme in the Pewsey Vale community area.",
     "15 micro-providers registered", "Claire Bannister",
     D(2026, 1, 31), "mmm-yy", "On track",
     "Nine micro-providers registered; a second information evening is planned for November.",
     ["Claire Bannister"], "2026-01", None, "green"),
    (7, "Safe pathways, systems and transitions",
     "Young people moving to adult services were not always known early enough to plan their support.",
     "Agree a Preparing for Adulthood protocol with Families and Children's Services so that referrals are "
     "made at age 14.", "All young people known to adult services by 16", "Tom Price",
     D(2025, 10, 31), "mmm-yy", "Off track",
     "Protocol not yet agreed: the legal advice on consent to share information is still awaited.",
     ["Tom Price"], "2025-10", None, "red"),
    (8, QS_SG, CQC_SG,
     "Set up a safeguarding triage hub to screen all concerns within one working day.",
     "95% of concerns screened within one working day", "Rachel Osei",
     D(2025, 7, 31), "dd/mm/yyyy", "Complete",
     "Hub live since July; 97% of concerns screened within one working day in September.",
     ["Rachel Osei"], "2025-07", None, "blue"),
    (9, QS_SG, CQC_SG,
     "Audit ten closed Section 42 enquiries each month and report the themes to the Safeguarding Vulnerable "
     "People Partnership.", "Audit findings reported each quarter", "Rachel Osei",
     "Monthly", None, "On track",
     "Audits completed each month since June; themes reported to the partnership's September meeting.",
     ["Rachel Osei"], None, "Monthly", "green"),
    (10, "Governance, management and sustainability",
     "Leaders did not always use performance data to drive improvement.",
     "Launch an adult social care performance dashboard in Power BI for all team managers.",
     "Dashboard used in every team's monthly performance meeting", "Amir Haddad",
     D(2025, 11, 30), "mmm-yy", "Some slippage",
     "Dashboard in test with four teams. Data quality issues in the reviews module are being fixed.",
     ["Amir Haddad"], "2025-11", None, "amber"),
]
WILTS_META = {
    "source": (
        "Imitates a council's adult social care improvement plan after its CQC local authority assessment, "
        "organised by the CQC quality statements with 'what CQC told us' beside each action (as in Bath and "
        "North East Somerset's ASC Improvement Plan progress update, "
        "https://democracy.bathnes.gov.uk/ieDecisionDetails.aspx?ID=2324, and the themes and nine quality "
        "statements in the LGA guide, "
        "https://www.local.gov.uk/publications/care-quality-commission-assessments-adult-social-care-must-know-guide-chief-executives). "
        "Wiltshire chosen as the body; findings and actions written for this case. Layout copied: a Summary "
        "sheet first (title, a document control table and a status count table with a total), then the "
        "Action Plan sheet with a title and 'last updated' line, a header (No., Quality statement, What CQC "
        "told us, What we will do, How we will measure impact, Lead officer, Target date, Status, Latest "
        "update), the quality statement and finding repeated on each row, named leads (one pair joined by "
        "'and'), target dates as Excel dates shown dd/mm/yyyy or mmm-yy and as text (Ongoing, Monthly, Q4 "
        "2025/26), status words with matching fills, and a status key under the table."),
    "reads": (
        "Ten numbered actions on the Action Plan sheet, each under a CQC quality statement and the CQC "
        "finding it answers. Status is Complete, On track, Some slippage (amber per the key), Off track (red) "
        "or Not started. The Summary sheet's document control and count tables are not actions; the 'How we "
        "will measure impact' column is a measure, not part of the action."),
    "outcome": "read",
    "title": WILTS_TITLE,
}
WILTS_FILL = {"Complete": "5B9BD5", "On track": "00B050", "Some slippage": "FFC000", "Off track": "FF0000"}


def wilts_actions():
    res = []
    for (no, qs, cqc, a, _m, _l, _t, _f, _s, _u, el, ee, et, es) in WILTS:
        res.append(act(str(no), [qs, cqc], a, el, ee, es, et))
    return res


def make_wilts():
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = WILTS_TITLE
    s["A1"].font = Font(bold=True, size=14)
    s["A3"] = "Document control"
    s["A3"].font = Font(bold=True)
    dc = [("Version", "2.3"), ("Owner", "Director of Adult Social Care"),
          ("Governance", "ASC Improvement Board (monthly); Health Select Committee (six-monthly)"),
          ("Last updated", D(2025, 10, 31))]
    for i, (k, v) in enumerate(dc, 4):
        s.cell(row=i, column=1, value=k).font = Font(bold=True)
        s.cell(row=i, column=1).border = BOX
        c = s.cell(row=i, column=2, value=v)
        c.border = BOX
        if isinstance(v, dt.datetime):
            c.number_format = "dd/mm/yyyy"
            c.alignment = Alignment(horizontal="left")
    s["A10"] = "Status summary at 31 October 2025"
    s["A10"].font = Font(bold=True)
    header_row(s, 11, ["Status", "Number of actions"], [34, 70], colour="44546A")
    counts = [("Complete", 2), ("On track", 4), ("Some slippage", 2), ("Off track", 1), ("Not started", 1)]
    r = 12
    for k, v in counts:
        c = s.cell(row=r, column=1, value=k)
        c.border = BOX
        if k in WILTS_FILL:
            c.fill = fill(WILTS_FILL[k])
        s.cell(row=r, column=2, value=v).border = BOX
        s.cell(row=r, column=2).alignment = Alignment(horizontal="left")
        r += 1
    s.cell(row=r, column=1, value="Total").font = Font(bold=True)
    s.cell(row=r, column=2, value=10).font = Font(bold=True)
    s.cell(row=r, column=2).alignment = Alignment(horizontal="left")

    ws = wb.create_sheet("Action Plan")
    ncol = 9
    ws["A1"] = WILTS_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A2"] = "Responding to the CQC assessment report. Last updated: 31/10/2025"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    header_row(ws, 4, ["No.", "Quality statement", "What CQC told us", "What we will do",
                       "How we will measure impact", "Lead officer", "Target date", "Status", "Latest update"],
               [5, 22, 38, 46, 30, 18, 12, 13, 50], colour="7030A0")
    ws.freeze_panes = "A5"
    r = 5
    for (no, qs, cqc, a, m, lead, target, fmt, status, upd, *_e) in WILTS:
        vals = [no, qs, cqc, a, m, lead, target, status, upd]
        for col, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=col, value=v)
            c.alignment = WRAP
            c.border = BOX
        if fmt:
            ws.cell(row=r, column=7).number_format = fmt
        if status in WILTS_FILL:
            ws.cell(row=r, column=8).fill = fill(WILTS_FILL[status])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Status key").font = Font(bold=True)
    for word, meaning in [("Complete", "Action delivered (blue)"),
                          ("On track", "Will be delivered by the target date (green)"),
                          ("Some slippage", "Risk to the target date, recovery action in place (amber)"),
                          ("Off track", "Target date missed or will be missed (red)"),
                          ("Not started", "Not yet due to start")]:
        r += 1
        c = ws.cell(row=r, column=2, value=word)
        if word in WILTS_FILL:
            c.fill = fill(WILTS_FILL[word])
        ws.cell(row=r, column=3, value=meaning)
    wb.active = 0
    wb.save(out(WILTS_FILE))


# ==============================================================================================
# 7. Lancashire Teaching Hospitals NHS FT - maternity CQC must do / should do plan (xlsx)
#    REFUSE: revised due date typed 'Janaury 2025'
# ==============================================================================================
LTH_FILE = "lancs-teaching-maternity-cqc-action-plan.xlsx"
LTH_TITLE = "Lancashire Teaching Hospitals NHS Foundation Trust – Maternity Services CQC Improvement Action Plan"
# (ref, type, requirement (first row only), action, lead, due, revised, BRAG, evidence/progress)
LTH = [
    ("MD1", "Must do", "The trust must ensure that maternity staff complete mandatory training, including "
     "PROMPT and neonatal life support, in line with trust targets. (Regulation 18)", [
        ("MD1.1", "Protect time on the rota for PROMPT training, with a trajectory to 90% compliance by "
         "September.", "Director of Midwifery", D(2024, 9, 30), None, "B",
         "Compliance 92% at the end of October. Embedded in the e-rostering rules."),
        ("MD1.2", "Report training compliance by staff group every month to the Maternity and Neonatal Safety "
         "Champions.", "Practice Development Midwife", "Monthly", None, "G",
         "Reported monthly since July 2024."),
    ]),
    ("MD2", "Must do", "The trust must ensure that women and birthing people attending maternity triage are "
     "assessed in a timely way using a recognised triage tool. (Regulation 12)", [
        ("MD2.1", "Implement the Birmingham Symptom-specific Obstetric Triage System (BSOTS) in the Sharoe Green "
         "triage unit.", "Triage Matron", D(2024, 10, 31), "Janaury 2025", "A",
         "BSOTS training 70% complete. Go-live moved to allow the maternity IT system to be updated."),
        ("MD2.2", "Recruit two additional triage midwives to cover the evening peak.", "Head of Midwifery",
         D(2024, 12, 31), None, "G", "One midwife in post; second starts in December."),
    ]),
    ("MD3", "Must do", "The trust must ensure that emergency equipment, including resuscitaires, is checked "
     "daily and that checks are recorded. (Regulation 12)", [
        ("MD3.1", "Introduce an electronic daily equipment checklist with escalation of missed checks to the "
         "ward manager.", "Maternity Governance Lead", D(2024, 8, 31), None, "B",
         "Electronic checklist live; audit shows 99% of checks recorded in October."),
    ]),
    ("SD1", "Should do", "The trust should ensure that women's choices about their birth are recorded and "
     "reviewed in their care plans.", [
        ("SD1.1", "Add a personalised care and support plan review to the 36-week appointment template.",
         "Consultant Midwife", D(2025, 3, 31), None, "G",
         "Template change approved by the Maternity Guidelines Group in November."),
    ]),
    ("SD2", "Should do", "The trust should continue to improve the environment of the bereavement suite.", [
        ("SD2.1", "Refurbish the bereavement suite with charitable funds, designed with bereaved families.",
         "Bereavement Midwife / Estates Project Manager", D(2025, 6, 30), None, "A",
         "Design agreed with the families' group; charity funding bid for the full scheme still pending."),
    ]),
]
LTH_REFUSE_ROW = None  # filled in by make_lth and checked against the meta
LTH_META = {
    "source": (
        "Imitates the must do / should do improvement plans NHS trusts report to their quality committees and "
        "boards after a CQC inspection, here of maternity services under the CQC national maternity "
        "inspection programme. No published workbook was found in the search; the layout follows the usual "
        "trust tracker in public board packs (the Ref / Action / Lead / Due Date / Status columns of, e.g., "
        "https://www.eastamb.nhs.uk/about-us/action-tracker-copy-4.htm) with the CQC must do / should do "
        "requirement beside each action. Lancashire Teaching Hospitals chosen as the body; findings and "
        "actions written for this case. Layout copied: title and reporting lines, a header (Ref, Must do / Should do, CQC "
        "requirement, Action, Responsible lead, Due date, Revised due date, BRAG, Progress / evidence), the "
        "requirement merged down over its actions, refs MD1.1 / SD1.1, due dates as Excel dates shown "
        "dd/mm/yyyy, a revised due date typed as text, BRAG letters with fills, and a BRAG key below."),
    "reads": (
        "Seven actions under three must do and two should do requirements. Action MD2.1's revised due date "
        "is typed 'Janaury 2025', a mistyped month in the date that decides when the action is due (January "
        "2025 is probably meant, but it is a data error in the date cell), so a careful reader stops at that "
        "row (sheet row 7) and asks."),
    "outcome": "refuse",
    "refuse_at": 7,
    "title": LTH_TITLE,
}
BRAG_HEX = {"B": "5B9BD5", "G": "00B050", "A": "FFC000", "R": "FF0000"}


def make_lth():
    wb = Workbook()
    ws = wb.active
    ws.title = "CQC Maternity Action Plan"
    ncol = 9
    ws["A1"] = LTH_TITLE
    ws["A1"].font = Font(bold=True, size=14, color="005EB8")
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A2"] = ("CQC inspection of maternity services (Royal Preston Hospital and Chorley and South Ribble "
                "Hospital). Reported to the Safety and Quality Committee, December 2024.")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    header_row(ws, 4, ["Ref", "Must do / Should do", "CQC requirement", "Action", "Responsible lead",
                       "Due date", "Revised due date", "BRAG", "Progress / evidence"],
               [8, 11, 44, 46, 22, 12, 13, 7, 50], colour="005EB8")
    ws.freeze_panes = "A5"
    r = 5
    refuse_row = None
    for (_gref, kind, req, acts) in LTH:
        start = r
        for (ref, a, lead, due, rev, brag, prog) in acts:
            vals = [ref, kind, req if r == start else None, a, lead, due, rev, brag, prog]
            for col, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=col, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=8).fill = fill(BRAG_HEX[brag])
            ws.cell(row=r, column=8).alignment = Alignment(horizontal="center", vertical="top")
            if rev == "Janaury 2025":
                refuse_row = r
            r += 1
        if r - start > 1:
            for col in (2, 3):
                ws.merge_cells(start_row=start, start_column=col, end_row=r - 1, end_column=col)
    r += 1
    ws.cell(row=r, column=1, value="BRAG key").font = Font(bold=True)
    for k, m in [("B", "Complete and embedded – evidence seen by the Safety and Quality Committee"),
                 ("G", "On track to deliver by the due date"),
                 ("A", "At risk – may not be delivered by the due date"),
                 ("R", "Off track – overdue or will not be delivered")]:
        r += 1
        ws.cell(row=r, column=1, value=k).fill = fill(BRAG_HEX[k])
        ws.cell(row=r, column=2, value=m)
    assert refuse_row == LTH_META["refuse_at"], refuse_row
    wb.save(out(LTH_FILE))


# ----------------------------------------------------------------------------------------------
CASES = [
    (BOLTON_FILE, BOLTON_META, bolton_actions, make_bolton),
    (WAKE_FILE, WAKE_META, wake_actions, make_wake),
    (CARDIFF_FILE, CARDIFF_META, cardiff_actions, make_cardiff),
    (YORK_FILE, YORK_META, lambda: [], make_york),
    (WARKS_FILE, WARKS_META, warks_actions, make_warks),
    (WILTS_FILE, WILTS_META, wilts_actions, make_wilts),
    (LTH_FILE, LTH_META, lambda: [], make_lth),
]

if __name__ == "__main__":
    what = sys.argv[1] if len(sys.argv) > 1 else "docs"
    for fname, meta, actions, make in CASES:
        if what == "yaml":
            write_yaml(fname, meta, actions())
        else:
            make()
        print(what, P + fname)
