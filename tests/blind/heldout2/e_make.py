#!/usr/bin/env python3
"""Generator for the e-* held-out cases of the blind corpus (heldout2).

Run with /work/main/.venv/bin/python. Each case writes the plan file and, beside it,
NAME.expected.yaml: the reading a careful person makes of the file, written here by hand
(the `exp` fields) alongside the cells, never derived by reading the file back.
Content is invented; layouts imitate published council plans (see each `source`).
"""
import datetime as dt
import json
import os
import textwrap

import docx
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


# ---------------------------------------------------------------- expected.yaml writer
def q(s):
    return json.dumps(s, ensure_ascii=False)


def block(key, text):
    lines = [f"{key}: >-"]
    for para in textwrap.wrap(" ".join(text.split()), 95):
        lines.append("  " + para)
    return lines


def write_expected(name, source, reads, outcome="read", actions=None, title=None,
                   refuse_at=None, accept_refusal=False):
    out = block("source", source) + block("reads", reads)
    out.append(f"outcome: {outcome}")
    out.append(f"accept_refusal: {'true' if accept_refusal else 'false'}")
    if refuse_at is not None:
        out.append(f"refuse_at: {refuse_at}")
    if title is not None:
        out.append(f"title: {q(title)}")
    if outcome == "read":
        out.append("actions:")
        for a in actions:
            out.append(f"  - ref: {q(a['ref']) if a['ref'] is not None else 'null'}")
            out.append("    under: [" + ", ".join(q(u) for u in a["under"]) + "]")
            out.append(f"    action: {q(a['action'])}")
            out.append("    lead: [" + ", ".join(q(x) for x in a["lead"]) + "]")
            out.append(f"    end: {q(a['end']) if a['end'] else 'null'}")
            if a.get("end_text"):
                out.append(f"    end_text: {q(a['end_text'])}")
            out.append(f"    status: {a['status']}")
    with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def A(ref, under, action, lead, end, status, end_text=None):
    d = dict(ref=ref, under=under, action=action, lead=lead, end=end, status=status)
    if end_text:
        d["end_text"] = end_text
    return d


def csv_field(s, sep):
    s = "" if s is None else str(s)
    if any(c in s for c in (sep, '"', "\n", "\r")):
        return '"' + s.replace('"', '""') + '"'
    return s


def csv_line(cells, sep):
    return sep.join(csv_field(c, sep) for c in cells)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def fit_landscape(ws):
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0


# ====================================================================== docx helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_text(cell, text, bold=False, size=None):
    cell.text = ""
    parts = text.split("\n")
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        if size:
            run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


# ====================================================================== H1. refusal: stray quote merges two rows
def make_stray_quote():
    name = "e-stray-quote.csv"
    R1 = "Improve the quality of early help assessments and plans so that they are specific about what needs to change"
    R2 = "Ensure step-up and step-down between early help and children's social care is timely and safe"
    lines = [
        "Rushford Borough Council – Early Help Improvement Plan (ILACS, October 2019);;;;;;",
        ";;;;;;",
        "Ref;Recommendation;Action;Lead;Due;RAG;Comments",
        f"1.1;{R1};Introduce a single early help assessment and plan template across all partners;Early Help Manager;Jan-20;Green;Template agreed at the Early Help Board",
        f"1.2;{R1};Quality assurance of 10 early help plans a month by the Early Help Manager;Early Help Manager;Monthly;Green;",
        f"1.3;{R1};Training on SMART planning for early help lead professionals in schools;Chair of Partnership;Mar-20;Amber;\"Dates set; take-up from secondary schools low\"",
        f"2.1;{R2};Agree a step-up and step-down protocol with the MASH;HoS Early Help;Dec-19;Amber;Draft with MASH Manager",
        f"2.2;{R2};\"Team around the school meetings in every secondary school, with a named social worker link;TM (x3);Apr-20;Green;Pilot in 4 schools",
        f"2.3;{R2};Step-down cases allocated to a lead professional within 5 working days;HoS Early Help;Feb-20;Red;\"Average 9 days in November; additional family support workers recruited\"",
        f"2.4;{R2};Report step-up and step-down timeliness to the Improvement Board;Performance Manager;Quarterly;Green;",
    ]
    data = "\r\n".join(lines) + "\r\n"
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data.encode("cp1252"))
    write_expected(
        name,
        source="""Imitates an early help improvement plan written after an ILACS inspection, exported
        from Excel as semicolon-separated CSV in Windows-1252 and then edited by hand in a text
        editor (as plans e-mailed between officers often are): an opening quotation mark was typed
        at the start of one action and never closed. Content invented.""",
        reads="""Seven early help actions under two recommendations, but on line 8 the action of
        2.2 opens with a quotation mark that is never closed, so as a CSV everything from there to
        the next quotation mark on line 9 (the rest of 2.2 and the start of 2.3) runs together in
        one cell: opened in Excel, 2.2 and 2.3 become one garbled row and the lead, due date and
        RAG of 2.2 are lost in the action text. A careful person stops at line 8 and asks for a
        clean copy rather than guess where the cell was meant to end.""",
        outcome="refuse",
        refuse_at=8,
        title="Rushford Borough Council – Early Help Improvement Plan (ILACS, October 2019)")


# ====================================================================== H2. UTF-16 text with % complete
def make_pct_complete():
    name = "e-pct-complete.txt"
    title = "Holmbridge Children's Services – Post-Inspection Action Plan (Ofsted ILACS, March 2019)"
    O1 = "Objective 1: Children in need of help and protection receive a timely and proportionate response"
    O2 = "Objective 2: Children in care live in stable homes that meet their needs"
    O3 = "Objective 3: Leaders know the quality of practice and act on it"
    W = 7
    header = ["No.", "Action", "Responsible", "Timescale", "% complete", "Commentary", ""]
    rows = [
        ("sec", O1),
        ("1", "Recruit a permanent Service Manager for the Assessment Service", "Head of Service CIN/CP", "Jun-19", "100%", "Appointed; started 3 June", ["Head of Service CIN/CP"], "2019-06", "blue", None),
        ("2", "Reduce the number of assessments open longer than 45 working days to under 10%", "Service Manager Assessment", "Autumn 2019", "60%", "Down from 28% to 16%", ["Service Manager Assessment"], None, "unrated", "Autumn 2019"),
        ("3", "Introduce a standard for management oversight at the point of allocation", "TM (x3)", "31st March 2020", "25%", "", ["TM (x3)"], "2020-03", "unrated", None),
        ("4", "Respond to all contacts from the police within 24 hours", "MASH Manager", "Sep-19", "0%", "Not started – awaiting new police notification process", ["MASH Manager"], "2019-09", "unrated", None),
        ("sec", O2),
        ("5", "Review the care plans of all children who have had three or more placements in the last year", "Head of Service LAC", "FY 2019/20 Q3", "100%", "All 23 reviewed; 4 referred to the placement stability panel", ["Head of Service LAC"], "2019-12", "blue", "FY 2019/20 Q3"),
        ("6", "Set up a placement stability panel chaired by a Head of Service", "Head of Service LAC / Head of Placements", "Jul-19", "100%", "Panel meets fortnightly", ["Head of Service LAC", "Head of Placements"], "2019-07", "blue", None),
        ("7", "Increase the number of in-house foster carers by 15", "Head of Placements", "Mar-20", "40%", "6 households approved", ["Head of Placements"], "2020-03", "unrated", None),
        ("sec", O3),
        ("8", "Monthly audit programme covering all teams, with findings to the Leadership Team", "QA Manager", "Monthly", "", "", ["QA Manager"], None, "unrated", "Monthly"),
        ("9", "Practice weeks twice a year, with senior leaders observing practice", "All Heads of Service", "Oct-19", "50%", "First week held in May", ["All Heads of Service"], "2019-10", "unrated", None),
        ("10", "Refresh the performance scorecard and publish it to all staff monthly", "Performance Manager", "Aug-19", "100%", "", ["Performance Manager"], "2019-08", "blue", None),
    ]

    def pad(cells):
        cells = list(cells) + [""] * (W - len(cells))
        return "\t".join(cells)

    lines = [pad([title]), pad(["Version 4 – progress at 30/09/2019"]), pad([]), pad(header)]
    exp = []
    cur = None
    for r in rows:
        if r[0] == "sec":
            lines.append(pad([r[1]]))
            cur = r[1]
            continue
        no, act, resp, when, pct, com, ld, em, st, et = r
        lines.append(pad([no, act, resp, when, pct, com]))
        exp.append(A(no, [cur], act, ld, em, st, et))
    lines.append(pad([]))
    lines.append(pad(["Overall", "", "", "", "58%", "", ""]))
    data = "\r\n".join(lines) + "\r\n"
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(b"\xff\xfe" + data.encode("utf-16-le"))
    write_expected(
        name,
        source="""Imitates a children's services post-inspection action plan tracked by percentage
        complete rather than RAG (as some council progress appendices do), saved from Excel as
        'Unicode Text' (UTF-16LE with BOM, tab-separated, rows padded to the sheet width, a blank
        trailing column). Title and version lines, objective rows in the first column, and an
        'Overall' percentage line after the table. Content invented.""",
        reads="""Ten numbered actions under three objectives. There is no RAG column: a person reads
        100% as complete (blue) and every other percentage, 0% and a blank as unrated, since a
        part-done percentage says nothing about whether the action is on track. 'Autumn 2019' and
        'Monthly' give no end month; '31st March 2020' is March 2020; 'FY 2019/20 Q3' ends
        December 2019. The 'Overall 58%' line is a summary, not an action.""",
        title=title,
        actions=exp)


# ====================================================================== H3. xlsx two-tier header, merged area column
def make_two_tier_header():
    name = "e-two-tier-header.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Plan"
    title = "Permanence and Adoption Improvement Plan 2019-20"
    ws["B1"].value = title
    ws["B1"].font = Font(bold=True, size=14)
    ws["B2"].value = "Response to the ILACS inspection, January 2019. RAG: R = off track, A = at risk, G = on track, B = complete"
    ws["B2"].font = Font(italic=True, size=9)
    hdr_fill = PatternFill("solid", fgColor="C6E0B4")
    for rng, txt in [("B4:B5", "Area"), ("C4:C5", "Ref"), ("D4:D5", "Action"), ("E4:E5", "Lead"),
                     ("F4:G4", "Timescale"), ("H4:I4", "Progress")]:
        ws.merge_cells(rng)
        c = ws[rng.split(":")[0]]
        c.value = txt
    ws["F5"].value = "Start"
    ws["G5"].value = "End"
    ws["H5"].value = "RAG"
    ws["I5"].value = "Commentary"
    for r in (4, 5):
        for col in range(2, 10):
            c = ws.cell(row=r, column=col)
            c.font = Font(bold=True)
            c.fill = hdr_fill
            c.border = BOX
            c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for col, w in {"A": 3, "B": 24, "C": 6, "D": 54, "E": 24, "F": 11, "G": 16, "H": 7, "I": 40}.items():
        ws.column_dimensions[col].width = w
    AR1 = "Early permanence planning"
    AR2 = "Timeliness of adoption"
    AR3 = "Special guardianship support"
    fills = {"R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0"}
    rows = [
        (AR1, "1.1", "Hold a permanence planning meeting for every child by their second statutory review", "HoS Children in Care", dt.date(2019, 3, 1), dt.date(2019, 6, 30), "B", "In place; 94% held on time", ["HoS Children in Care"], "2019-06", "blue", None),
        (AR1, "1.2", "Identify children suitable for early permanence (foster to adopt) at the legal planning meeting", "SW", dt.date(2019, 4, 1), dt.date(2019, 9, 30), "G", "", ["SW"], "2019-09", "green", None),
        (AR1, "1.3", "Permanence tracker reviewed monthly by the Head of Service", "HoS Children in Care", dt.date(2019, 3, 1), "Monthly", "G", "", ["HoS Children in Care"], None, "green", "Monthly"),
        (AR2, "2.1", "Agree with the regional adoption agency a target of 14 months from entering care to placement", "Regional Adoption Agency Manager", dt.date(2019, 4, 1), "Jan 2020 then quarterly", "A", "Target agreed; first report due January", ["Regional Adoption Agency Manager"], "2020-01", "amber", "Jan 2020 then quarterly"),
        (AR2, "2.2", "Reduce the time from placement order to matching to 121 days", "Regional Adoption Agency Manager / Adoption Team Manager", dt.date(2019, 4, 1), dt.date(2020, 3, 31), "R", "Average 187 days", ["Regional Adoption Agency Manager", "Adoption Team Manager"], "2020-03", "red", None),
        (AR2, "2.3", "Later life letters written within 10 working days of the adoption order", "Adoption Team Manager", dt.date(2019, 5, 1), dt.date(2019, 11, 30), "A", "", ["Adoption Team Manager"], "2019-11", "amber", None),
        (AR3, "3.1", "Publish a special guardianship support offer, including financial support", "All Heads of Service", dt.date(2019, 6, 1), "FY 2019/20 Q3", "G", "Draft offer at consultation", ["All Heads of Service"], "2019-12", "green", "FY 2019/20 Q3"),
        (AR3, "3.2", "Every special guardian to have a support plan reviewed a year after the order", "Kinship Team Manager", dt.date(2019, 6, 1), "31st March 2020", "", "Not yet started", ["Kinship Team Manager"], "2020-03", "unrated", None),
    ]
    r0 = 6
    exp = []
    start = {}
    for i, (area, ref, act, lead, st_d, end_v, rag, com, ld, em, st, et) in enumerate(rows):
        r = r0 + i
        if area not in start:
            start[area] = r
            ws.cell(row=r, column=2, value=area)
        vals = {3: ref, 4: act, 5: lead, 6: st_d, 7: end_v, 8: rag or None, 9: com or None}
        for col, v in vals.items():
            ws.cell(row=r, column=col, value=v)
        for col in (6, 7):
            if isinstance(vals[col], dt.date):
                ws.cell(row=r, column=col).number_format = "mmm-yy"
        if rag:
            ws.cell(row=r, column=8).fill = PatternFill("solid", fgColor=fills[rag])
            ws.cell(row=r, column=8).alignment = Alignment(horizontal="center")
        for col in range(2, 10):
            ws.cell(row=r, column=col).border = BOX
            if col != 8:
                ws.cell(row=r, column=col).alignment = Alignment(wrap_text=True, vertical="top")
        ws.row_dimensions[r].height = 32
        exp.append(A(ref, [area], act, ld, em, st, et))
    areas = [x[0] for x in rows]
    for area, s in start.items():
        n = areas.count(area)
        ws.merge_cells(start_row=s, start_column=2, end_row=s + n - 1, end_column=2)
        ws.cell(row=s, column=2).font = Font(bold=True)
        ws.cell(row=s, column=2).alignment = Alignment(wrap_text=True, vertical="center")
    fit_landscape(ws)
    ws.print_title_rows = "4:5"
    wb.save(os.path.join(HERE, name))
    write_expected(
        name,
        source="""Imitates a permanence and adoption improvement plan after an ILACS inspection kept
        in Excel: title and RAG key lines, then a two-row header starting in column B with
        'Timescale' merged over 'Start' | 'End' and 'Progress' merged over 'RAG' | 'Commentary',
        the other header cells merged down both rows, and the Area cell merged down the rows of
        its actions. Start and end dates as real dates shown mmm-yy, or words. RAG letters with
        fills. Content invented.""",
        reads="""Eight actions in three areas; each action is read under the merged Area cell
        beside it. The two header rows are one header: the due month is 'End' under Timescale
        (not 'Start'), the RAG letter is under Progress. B is complete per the key line; 3.2 has
        no RAG (unrated). 'Monthly' has no month; 'Jan 2020 then quarterly' is due January 2020;
        'FY 2019/20 Q3' ends December 2019; '31st March 2020' is March 2020; 'SW' is one person's
        initials; the '/' lead is two posts.""",
        title=title,
        actions=exp)


# ====================================================================== H4. docx, no refs, merged measures, shading-only progress
def make_nullref_measures():
    name = "e-nullref-measures.docx"
    doc = docx.Document()
    landscape(doc)
    title = "Ashcombe Council – Children's Social Care: What we will do after our Ofsted inspection"
    doc.add_heading(title, level=1)
    doc.add_paragraph("Ofsted inspected our services in November 2019. This plan sets out what we will do "
                      "about each of the four things they asked us to improve. The last column is shaded to "
                      "show progress: red – off track; amber – some delay; green – on track; blue – done. "
                      "No shading means the work has not started.")
    S1 = "Area 1: Help and protection"
    S2 = "Area 2: Children in care"
    secs = [
        (S1, [
            ("What Ofsted said: Disabled children's plans are not always reviewed on time, and their views are not always recorded.", "80% of disabled children's plans reviewed on time by March 2020; the child's views recorded in every audited case", [
                ("Agree a tracker of all disabled children's plan reviews, checked weekly.", "Children with Disabilities TM", "Dec 2019", "5B9BD5", ["Children with Disabilities TM"], "2019-12", "blue", None),
                ("Buy communication tools (such as Talking Mats) and train the team in using them.", "Children with Disabilities TM / Participation Officer", "Feb 2020", "FFC000", ["Children with Disabilities TM", "Participation Officer"], "2020-02", "amber", None),
                ("Audit six disabled children's files each month.", "TM (x3)", "Monthly from Jan 2020", "92D050", ["TM (x3)"], None, "green", "Monthly from Jan 2020"),
            ]),
            ("What Ofsted said: Partners do not always attend child protection conferences.", "Police, health and schools attend at least 85% of initial conferences", [
                ("Report attendance by agency to the Safeguarding Partnership every quarter.", "Chair of Partnership", "Quarterly", "92D050", ["Chair of Partnership"], None, "green", "Quarterly"),
                ("Offer partners the option of joining conferences by video call.", "Conference and Review Manager", "31/01/2020", "FF0000", ["Conference and Review Manager"], "2020-01", "red", None),
            ]),
        ]),
        (S2, [
            ("What Ofsted said: Some children in care wait too long for their initial health assessment.", "95% of initial health assessments within 20 working days", [
                ("Send health a notification within one working day of a child coming into care.", "Head of Service LAC", "Jan 2020", "5B9BD5", ["Head of Service LAC"], "2020-01", "blue", None),
                ("Ask the CCG for two additional clinic slots a week.", "Designated Nurse LAC", "End of March 2020", None, ["Designated Nurse LAC"], "2020-03", "unrated", "End of March 2020"),
            ]),
            ("What Ofsted said: Care leavers do not all know their entitlements.", "Every care leaver has a copy of the Local Offer; 90% say they understand it", [
                ("Rewrite the Local Offer for care leavers with the Care Leavers Forum.", "Leaving Care Manager", "Spring 2020", "92D050", ["Leaving Care Manager"], None, "green", "Spring 2020"),
                ("Personal advisers to go through the Local Offer with every young person at their next pathway plan review.", "Leaving Care Manager", "Sept 2020", None, ["Leaving Care Manager"], "2020-09", "unrated", None),
            ]),
        ]),
    ]
    exp = []
    for sec, recs in secs:
        doc.add_heading(sec, level=2)
        for rec, measure, acts in recs:
            p = doc.add_paragraph()
            p.add_run(rec).bold = True
            t = doc.add_table(rows=1 + len(acts), cols=5)
            t.style = "Table Grid"
            for i, h in enumerate(["What we will do", "Who", "When", "How we will know it has worked", "Progress"]):
                set_text(t.rows[0].cells[i], h, bold=True)
                shade(t.rows[0].cells[i], "DEEAF6")
            for k, (act, who, when, fill, ld, em, st, et) in enumerate(acts, 1):
                set_text(t.rows[k].cells[0], act)
                set_text(t.rows[k].cells[1], who)
                set_text(t.rows[k].cells[2], when)
                if fill:
                    shade(t.rows[k].cells[4], fill)
                exp.append(A(None, [sec, rec], act, ld, em, st, et))
            m = t.rows[1].cells[3].merge(t.rows[len(acts)].cells[3])
            set_text(m, measure)
            widths = [Cm(10), Cm(5), Cm(3.5), Cm(6.5), Cm(2)]
            for row in t.rows:
                for i, w in enumerate(widths):
                    row.cells[i].width = w
            doc.add_paragraph("")
    doc.save(os.path.join(HERE, name))
    write_expected(
        name,
        source="""Imitates a plain-English council improvement plan after an ILACS inspection,
        written in Word for publication to families and staff: Heading 2 areas, each Ofsted
        finding as a bold 'What Ofsted said:' paragraph, then a small table (What we will do /
        Who / When / How we will know it has worked / Progress) with the success measure merged
        down all rows of the table, no action numbers, and progress shown only by cell shading
        explained in the introduction. Content invented.""",
        reads="""Nine actions, none numbered (ref null), each read under its area heading and the
        bold 'What Ofsted said:' finding above its table; the merged 'How we will know' cell is a
        measure, not an action. Progress is the shading alone, read by the introduction's key
        (blue done, no shading not started = unrated). 'Monthly from Jan 2020' says when a
        recurring task starts, not when it is due, so like 'Quarterly' and 'Spring 2020' it gives
        no end month; 'End of March 2020' is March 2020; 'Sept 2020' is
        September 2020.""",
        title=title,
        actions=exp)


if __name__ == "__main__":
    make_stray_quote()
    make_pct_complete()
    make_two_tier_header()
    make_nullref_measures()
    print("ok")
