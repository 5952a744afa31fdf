"""Generator for the HELD-OUT share of the blind xlsx corpus (b-*.xlsx + expected readings).

Run with /work/main/.venv/bin/python b_make.py  (writes beside this script).
Each builder writes the workbook and, from the same hand-written rows, the reading a person
makes of it (NAME.xlsx.expected.yaml).  Lead / end / status / under are written by hand next to
each row; only the action text is copied from the row literal it was written in.
"""
import datetime as dt
import json
import os
import re
import textwrap

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.styles.colors import Color
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.writer.theme import theme_xml as THEME_2007

HERE = os.path.dirname(os.path.abspath(__file__))

# --- Office 2013-2022 default palette written into the workbook theme (as Excel 2016 saves it) ---
_OFFICE_2013 = {
    "dk2": "44546A", "lt2": "E7E6E6", "accent1": "4472C4", "accent2": "ED7D31",
    "accent3": "A5A5A5", "accent4": "FFC000", "accent5": "5B9BD5", "accent6": "70AD47",
    "hlink": "0563C1", "folHlink": "954F72",
}


def theme_2013():
    xml = THEME_2007
    for tag, rgb in _OFFICE_2013.items():
        xml = re.sub(r"(<a:%s>\s*<a:srgbClr val=\")[0-9A-F]{6}" % tag, r"\g<1>%s" % rgb, xml, count=1)
    return xml


THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTRE = Alignment(wrap_text=True, vertical="center", horizontal="center")
BOLD = Font(bold=True)


def rgb(c):
    return PatternFill("solid", fgColor=c)


def themefill(idx, tint=0.0):
    return PatternFill("solid", fgColor=Color(theme=idx, tint=tint))


RED, AMBER, GREEN, BLUE, LGREEN = "FF0000", "FFC000", "00B050", "0070C0", "92D050"


def cell(ws, r, c, v=None, fill=None, bold=False, fmt=None, align=WRAP, border=True, font=None):
    x = ws.cell(row=r, column=c)
    if v is not None:
        x.value = v
    if fill is not None:
        x.fill = fill
    if font is not None:
        x.font = font
    elif bold:
        x.font = BOLD
    if fmt:
        x.number_format = fmt
    if align is not None:
        x.alignment = align
    if border:
        x.border = BORDER
    return x


def widths(ws, d):
    for k, v in d.items():
        ws.column_dimensions[k].width = v


# --- expected YAML writer (end always a quoted "YYYY-MM" or null) ---
def q(s):
    return json.dumps(s, ensure_ascii=False)


def folded(key, text):
    lines = textwrap.wrap(" ".join(text.split()), 96)
    return "%s: >-\n" % key + "".join("  %s\n" % l for l in lines)


def write_expected(xlsx_name, source, reads, outcome="read", title=None, actions=None,
                   refuse_at=None, accept_refusal=False):
    out = folded("source", source) + folded("reads", reads)
    out += "outcome: %s\n" % outcome
    out += "accept_refusal: %s\n" % ("true" if accept_refusal else "false")
    if refuse_at is not None:
        out += "refuse_at: %d\n" % refuse_at
    if title is not None:
        out += "title: %s\n" % q(title)
    if outcome == "read":
        out += "actions:\n"
        for a in actions:
            out += "  - ref: %s\n" % ("null" if a["ref"] is None else q(a["ref"]))
            out += "    under: [%s]\n" % ", ".join(q(u) for u in a["under"])
            out += "    action: %s\n" % q(a["action"])
            out += "    lead: [%s]\n" % ", ".join(q(l) for l in a["lead"])
            out += "    end: %s\n" % ("null" if a["end"] is None else q(a["end"]))
            if a.get("end_text") is not None:
                out += "    end_text: %s\n" % q(a["end_text"])
            out += "    status: %s\n" % a["status"]
    with open(os.path.join(HERE, xlsx_name + ".expected.yaml"), "w", encoding="utf-8") as f:
        f.write(out)


def A(ref, under, action, lead, end, status, end_text=None):
    return {"ref": ref, "under": under, "action": action, "lead": lead, "end": end,
            "end_text": end_text, "status": status}


def autofit(ws, first_row=1):
    """Set row heights for wrapped text (Excel/LibreOffice do not re-measure on open) and fit pages to width."""
    import math
    merged = {}
    for mr in ws.merged_cells.ranges:
        merged[(mr.min_row, mr.min_col)] = mr
    skip = set()
    for mr in ws.merged_cells.ranges:
        for row in range(mr.min_row, mr.max_row + 1):
            for col in range(mr.min_col, mr.max_col + 1):
                if (row, col) != (mr.min_row, mr.min_col):
                    skip.add((row, col))
    from openpyxl.utils import get_column_letter
    for row in ws.iter_rows(min_row=first_row):
        lines = 1
        for c in row:
            if c.value is None or (c.row, c.column) in skip or not isinstance(c.value, str):
                continue
            mr = merged.get((c.row, c.column))
            if mr is not None and mr.max_row > mr.min_row:
                continue
            width = 0
            cols = range(c.column, (mr.max_col if mr else c.column) + 1)
            for col in cols:
                width += ws.column_dimensions[get_column_letter(col)].width or 8.43
            if c.alignment is None or not c.alignment.wrap_text:
                continue
            est = sum(max(1, math.ceil(len(part) * 1.1 / max(width - 1, 1))) for part in c.value.split("\n"))
            lines = max(lines, est)
        if lines > 1 and not ws.row_dimensions[row[0].row].height:
            ws.row_dimensions[row[0].row].height = 15 * lines
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0


def D(y, m, d):
    return dt.datetime(y, m, d)


# =====================================================================================
# H1  ILACS plan, RAG as fills only, key "Green = completed" (no blue), workbook keeps the
#     Office 2007 theme (accent3 green, accent2 red, accent6 orange) - theme fills mixed with RGB,
#     Deadline merged over Original/Revised, hidden superseded row, Glossary sheet.
# =====================================================================================
def h1_green_complete():
    name = "b-ilacs-green-complete.xlsx"
    wb = Workbook()  # openpyxl default theme = Office 2007 palette, as a 2010-era council template
    ws = wb.active
    ws.title = "Action Plan"
    gl = wb.create_sheet("Glossary")
    widths(ws, {"A": 2, "B": 6, "C": 30, "D": 50, "E": 24, "F": 13, "G": 13, "H": 8, "I": 42,
                "K": 4, "L": 30})
    ws["B1"] = "Ashcombe County Council"
    ws["B1"].font = Font(bold=True, size=12)
    ws["B2"] = "Improving Children's Services: ILACS Action Plan 2018"
    ws["B2"].font = Font(bold=True, size=15)
    ws["B3"] = "Reviewed fortnightly at the Children's Services Improvement Board. Status shown by colour – see key."
    ws["B3"].font = Font(italic=True)
    ws["K1"] = "Key"
    ws["K1"].font = BOLD
    for i, (f, t) in enumerate([(rgb(LGREEN), "Green = completed"), (rgb(AMBER), "Amber = in progress"),
                                (rgb(RED), "Red = not on track / overdue"), (None, "No colour = not yet started")]):
        cell(ws, 2 + i, 11, None, fill=f)
        cell(ws, 2 + i, 12, t)
    hf = rgb("4F81BD")
    hfont = Font(bold=True, color="FFFFFF")
    for c, t in {2: "Ref", 3: "Area for improvement (Ofsted)", 4: "Action", 5: "Lead", 8: "RAG",
                 9: "Evidence / comments"}.items():
        cell(ws, 6, c, t, fill=hf, font=hfont, align=CENTRE)
        cell(ws, 7, c, None, fill=hf)
        ws.merge_cells(start_row=6, start_column=c, end_row=7, end_column=c)
    cell(ws, 6, 6, "Deadline", fill=hf, font=hfont, align=CENTRE)
    cell(ws, 6, 7, None, fill=hf)
    ws.merge_cells("F6:G6")
    cell(ws, 7, 6, "Original", fill=hf, font=hfont, align=CENTRE)
    cell(ws, 7, 7, "Revised", fill=hf, font=hfont, align=CENTRE)
    ws.freeze_panes = "D8"
    exp = []
    r = 8

    def theme(t):
        nonlocal r
        cell(ws, r, 2, t, fill=themefill(4, 0.5999), bold=True)
        for c in range(3, 10):
            cell(ws, r, c, None, fill=themefill(4, 0.5999))
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=9)
        r += 1

    def group(afi, rows):
        nonlocal r
        start = r
        for (ref, act, lead, orig, ofmt, rev, rfmt, fill, com, hidden) in rows:
            cell(ws, r, 2, ref, align=Alignment(vertical="top", horizontal="center"))
            cell(ws, r, 3, None)
            cell(ws, r, 4, act)
            cell(ws, r, 5, lead)
            cell(ws, r, 6, orig, fmt=ofmt, align=Alignment(vertical="top", horizontal="center", wrap_text=True))
            cell(ws, r, 7, rev, fmt=rfmt, align=Alignment(vertical="top", horizontal="center", wrap_text=True))
            cell(ws, r, 8, None, fill=fill)
            cell(ws, r, 9, com)
            if hidden:
                ws.row_dimensions[r].hidden = True
            r += 1
        ws.cell(row=start, column=3, value=afi)
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=3, end_row=r - 1, end_column=3)

    T1, T2 = "1. Help and protection", "2. Children looked after"
    F1 = "The consistency of thresholds applied at the front door"
    F2 = "The quality of child protection plans and the timeliness of core group meetings"
    F3 = "Permanence planning for children looked after, including timely use of foster to adopt"
    F4 = "The quality and timeliness of return home interviews"
    theme(T1)
    group(F1, [
        ("1.1", "Deliver threshold briefings to all partner agencies, starting with schools and GPs.", "RG/JF",
         "Jan-18", None, "w/c 12/03/18", None, themefill(6, 0.3999), "Final session delivered 14/03/18.", False),
        ("1.2", "Introduce a weekly MASH dip-sample audit by the Head of Service.", "Head of Service, MASH",
         D(2018, 2, 28), "mmm-yy", None, None, rgb(RED), "Audits held in only 3 of the last 8 weeks.", False),
        ("1.3", "Publish a revised escalation protocol for partner agencies.", "LSCB Business Manager",
         "Mar-18", None, "End of May 2018", None, rgb(AMBER), "Out to consultation with LSCB members.", False),
    ])
    group(F2, [
        ("1.4", "Core group meetings to be held within 10 working days of every initial child protection conference.",
         "CP Chairs / Team Managers", "Ongoing", None, None, None, themefill(9), "April: 78% within timescale.", False),
        ("1.5", "Audit 25 child protection plans against the revised plan standard and feed back to teams.",
         "Head of Safeguarding and Quality Assurance", D(2018, 4, 30), "mmm-yy", None, None, rgb(LGREEN),
         "Audit report to Improvement Board 02/05/18.", False),
    ])
    exp += [
        A("1.1", [T1, F1], "Deliver threshold briefings to all partner agencies, starting with schools and GPs.",
          ["RG", "JF"], "2018-03", "blue", end_text="w/c 12/03/18"),
        A("1.2", [T1, F1], "Introduce a weekly MASH dip-sample audit by the Head of Service.",
          ["Head of Service, MASH"], "2018-02", "red"),
        A("1.3", [T1, F1], "Publish a revised escalation protocol for partner agencies.",
          ["LSCB Business Manager"], "2018-05", "amber", end_text="End of May 2018"),
        A("1.4", [T1, F2], "Core group meetings to be held within 10 working days of every initial child protection conference.",
          ["CP Chairs", "Team Managers"], None, "amber", end_text="Ongoing"),
        A("1.5", [T1, F2], "Audit 25 child protection plans against the revised plan standard and feed back to teams.",
          ["Head of Safeguarding and Quality Assurance"], "2018-04", "blue"),
    ]
    theme(T2)
    group(F3, [
        ("2.1", "Establish a monthly permanence tracking panel chaired by the Head of Service.", "Lee, Sam",
         "Feb-18", None, None, None, themefill(6), "Panel has met since February.", False),
        ("2.2", "Train all social workers on early permanence (removed – replaced by 2.3).", "PSW",
         "Apr-18", None, None, None, None, "", True),
        ("2.3", "Deliver early permanence and foster-to-adopt training to all children in care teams with the regional adoption agency.",
         "Principal Social Worker", "Sept 2018 – March 2019", None, None, None, None, "Not started.", False),
        ("2.4", "Ensure every child looked after for four months has a permanence plan agreed at their second review.",
         "IRO Manager", "By 30 June 2018", None, None, None, themefill(5), "Currently 54%.", False),
    ])
    group(F4, [
        ("2.5", "Re-commission the return home interview service with a 72-hour standard.",
         "Commissioning Manager (Children)", D(2018, 6, 30), "dd/mm/yyyy", None, None, rgb(AMBER),
         "Tender evaluation under way.", False),
        ("2.6", "Report return home interview take-up to the LSCB missing sub-group each month.",
         "Performance Officer", "Monthly", None, None, None, themefill(9, 0.3999), "", False),
    ])
    exp += [
        A("2.1", [T2, F3], "Establish a monthly permanence tracking panel chaired by the Head of Service.",
          ["Lee, Sam"], "2018-02", "blue"),
        A("2.3", [T2, F3], "Deliver early permanence and foster-to-adopt training to all children in care teams with the regional adoption agency.",
          ["Principal Social Worker"], "2019-03", "unrated", end_text="Sept 2018 – March 2019"),
        A("2.4", [T2, F3], "Ensure every child looked after for four months has a permanence plan agreed at their second review.",
          ["IRO Manager"], "2018-06", "red", end_text="By 30 June 2018"),
        A("2.5", [T2, F4], "Re-commission the return home interview service with a 72-hour standard.",
          ["Commissioning Manager (Children)"], "2018-06", "amber"),
        A("2.6", [T2, F4], "Report return home interview take-up to the LSCB missing sub-group each month.",
          ["Performance Officer"], None, "amber", end_text="Monthly"),
    ]
    widths(gl, {"A": 10, "B": 60})
    gl["A1"], gl["B1"] = "Term", "Meaning"
    gl["A1"].font = gl["B1"].font = BOLD
    for i, (a, b) in enumerate([("MASH", "Multi-Agency Safeguarding Hub"), ("IRO", "Independent Reviewing Officer"),
                                ("PSW", "Principal Social Worker"), ("LSCB", "Local Safeguarding Children Board"),
                                ("RG", "Rachel Grant, Head of Service – Front Door"),
                                ("JF", "Jane Foley, Education Safeguarding Manager")]):
        gl.cell(row=2 + i, column=1, value=a)
        gl.cell(row=2 + i, column=2, value=b)
    ws.page_setup.orientation = "landscape"
    ws.print_title_rows = "6:7"
    for _ws in wb.worksheets:
        autofit(_ws)
    wb.save(os.path.join(HERE, name))
    write_expected(
        name,
        source=("Imitates a county council's 2018 ILACS action plan kept in an older (Office 2007/2010 "
                "theme) Excel template: council and plan title rows, a review note, a colour key at the top "
                "right that says 'Green = completed' with no blue, a two-row header with 'Deadline' merged "
                "over Original and Revised, a narrow margin column A with theme rows in column B merged "
                "across, the Ofsted area for improvement merged down beside its actions, a RAG column "
                "shown only by fill (plain RGB fills mixed with the workbook's own theme colours: accent3 "
                "green, accent2 red, accent6 orange, some with tints), a hidden superseded row and a "
                "Glossary sheet."),
        reads=("Ten visible actions under two themes and four areas for improvement; row 16 (2.2, marked "
               "'removed – replaced by 2.3') is hidden and not counted. The plan's key makes green mean "
               "completed (read as blue), amber/orange in progress, red not on track, and no colour not "
               "started; a revised deadline replaces the original."),
        title="Improving Children's Services: ILACS Action Plan 2018",
        actions=exp,
    )


# =====================================================================================
# H2  Safeguarding partnership plan: Previous RAG and Current RAG as fills only (Office 2013
#     theme), #REF! in the evidence column, quarter/period/Termly/TBC ends, summary block.
# =====================================================================================
def h2_partnership():
    name = "b-lscp-partnership-plan.xlsx"
    wb = Workbook()
    wb.loaded_theme = theme_2013()
    ws = wb.active
    ws.title = "Partnership Plan"
    widths(ws, {"A": 6, "B": 50, "C": 30, "D": 16, "E": 10, "F": 10, "G": 40, "H": 18})
    ws["A1"] = "Greywell Safeguarding Children Partnership"
    ws["A1"].font = Font(bold=True, size=12, color="1F3864")
    ws["A2"] = "Multi-agency Improvement Plan in response to the ILACS inspection (October 2019)"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Owned by the Partnership Executive. RAG updated before each Executive meeting by the Business Unit."
    ws["A3"].font = Font(italic=True, color="595959")
    hdr = ["No.", "What we will do", "Who (lead)", "By when", "Previous RAG", "Current RAG",
           "How we will know (impact)", "Evidence link"]
    for i, h in enumerate(hdr):
        cell(ws, 5, 1 + i, h, fill=themefill(4), font=Font(bold=True, color="FFFFFF"), align=CENTRE)
    ws.row_dimensions[5].height = 30
    ws.freeze_panes = "C6"
    BL, GR, AM, RD = themefill(4), themefill(9, 0.3999), rgb(AMBER), rgb("C00000")
    exp = []
    r = 6

    def prio(t):
        nonlocal r
        cell(ws, r, 1, t, fill=themefill(4, 0.7999), bold=True)
        for c in range(2, 9):
            cell(ws, r, c, None, fill=themefill(4, 0.7999))
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1

    def act(no, what, who, when, fmt, prev, cur, impact, link):
        nonlocal r
        cell(ws, r, 1, no, align=Alignment(vertical="top", horizontal="center"))
        cell(ws, r, 2, what)
        cell(ws, r, 3, who)
        cell(ws, r, 4, when, fmt=fmt, align=Alignment(vertical="top", horizontal="center", wrap_text=True))
        cell(ws, r, 5, None, fill=prev)
        cell(ws, r, 6, None, fill=cur)
        cell(ws, r, 7, impact)
        x = cell(ws, r, 8, link)
        if isinstance(link, str) and link.startswith("http"):
            x.hyperlink = link
            x.font = Font(color="0563C1", underline="single")
            x.value = "Evidence folder"
        r += 1

    P1 = "Priority 1: Neglect"
    P2 = "Priority 2: Child exploitation"
    P3 = "Priority 3: Learning and improvement"
    prio(P1)
    act("1", "Launch the Graded Care Profile 2 neglect tool across all partner agencies.",
        "Head of Safeguarding and Quality Assurance", "Dec 2019 – Mar 2020", None, AM, GR,
        "GCP2 used in 80% of neglect assessments.", "https://greywell.sharepoint.com/sites/GSCP/Evidence/P1-1")
    act("2", "Train 300 multi-agency practitioners in recognising and responding to neglect.",
        "LSCP Business Manager", D(2020, 3, 31), "dd/mm/yyyy", GR, BL,
        "300 practitioners trained; evaluation positive.", "#REF!")
    act("3", "Run a neglect audit across health, police and children's social care.",
        "DCI Public Protection & Designated Nurse", "Q4 2019/20", None, GR, AM,
        "Audit report to Executive.", "#REF!")
    prio(P2)
    act("4", "Agree a single child exploitation screening tool and referral pathway.",
        "Chair, Exploitation Sub-group", D(2020, 1, 31), "dd/mm/yyyy", BL, BL,
        "Tool in use by all agencies.", "https://greywell.sharepoint.com/sites/GSCP/Evidence/P2-4")
    act("5", "Hold a fortnightly multi-agency child exploitation (MACE) panel.",
        "Sam Lee and Jo Patel", "Ongoing", None, GR, GR,
        "All children at high risk reviewed within 14 days.", None)
    act("6", "Map exploitation hotspots with community safety and transport police.",
        "Community Safety Manager", "TBC", None, None, RD,
        "Problem profile completed.", None)
    prio(P3)
    act("7", "Publish learning briefings from each rapid review and child safeguarding practice review.",
        "Chair, Learning & Improvement Sub-group", "Termly", None, GR, GR,
        "Briefings published; audits show learning applied.", None)
    act("8", "Introduce a partnership performance dataset reported to each Executive meeting.",
        "GSCP Performance Analyst", D(2020, 2, 29), "dd/mm/yyyy", AM, AM,
        "Dataset reported at each Executive.", "#REF!")
    act("9", "Refresh the multi-agency audit programme for 2020-21 with schools represented.",
        "Independent Scrutineer", D(2020, 4, 30), "dd/mm/yyyy", None, None,
        "Programme agreed by Executive.", None)
    last = r - 1
    exp = [
        A("1", [P1], "Launch the Graded Care Profile 2 neglect tool across all partner agencies.",
          ["Head of Safeguarding and Quality Assurance"], "2020-03", "green", end_text="Dec 2019 – Mar 2020"),
        A("2", [P1], "Train 300 multi-agency practitioners in recognising and responding to neglect.",
          ["LSCP Business Manager"], "2020-03", "blue"),
        A("3", [P1], "Run a neglect audit across health, police and children's social care.",
          ["DCI Public Protection", "Designated Nurse"], "2020-03", "amber", end_text="Q4 2019/20"),
        A("4", [P2], "Agree a single child exploitation screening tool and referral pathway.",
          ["Chair, Exploitation Sub-group"], "2020-01", "blue"),
        A("5", [P2], "Hold a fortnightly multi-agency child exploitation (MACE) panel.",
          ["Sam Lee", "Jo Patel"], None, "green", end_text="Ongoing"),
        A("6", [P2], "Map exploitation hotspots with community safety and transport police.",
          ["Community Safety Manager"], None, "red", end_text="TBC"),
        A("7", [P3], "Publish learning briefings from each rapid review and child safeguarding practice review.",
          ["Chair, Learning & Improvement Sub-group"], None, "green", end_text="Termly"),
        A("8", [P3], "Introduce a partnership performance dataset reported to each Executive meeting.",
          ["GSCP Performance Analyst"], "2020-02", "amber"),
        A("9", [P3], "Refresh the multi-agency audit programme for 2020-21 with schools represented.",
          ["Independent Scrutineer"], "2020-04", "unrated"),
    ]
    # hand-kept summary block (fills cannot be COUNTIF-ed), total as a formula with no cached value
    s = last + 2
    cell(ws, s, 2, "Current RAG position (January 2020)", bold=True)
    for i, (lab, f, n) in enumerate([("Complete", BL, 2), ("On track", GR, 3), ("Some slippage", AM, 2),
                                     ("Off track", RD, 1), ("Not started", None, 1)]):
        cell(ws, s + 1 + i, 1, None, fill=f)
        cell(ws, s + 1 + i, 2, lab)
        cell(ws, s + 1 + i, 3, n, align=CENTRE)
    cell(ws, s + 6, 2, "Total", bold=True)
    cell(ws, s + 6, 3, "=SUM(C%d:C%d)" % (s + 1, s + 5), bold=True, align=CENTRE)
    ws.page_setup.orientation = "landscape"
    for _ws in wb.worksheets:
        autofit(_ws)
    wb.save(os.path.join(HERE, name))
    write_expected(
        name,
        source=("Imitates a local safeguarding children partnership's multi-agency improvement plan after "
                "an ILACS inspection (the partnership plans published alongside council plans, e.g. on "
                "LSCP sites): partnership and plan title rows with an ownership note, priority rows merged "
                "across, No. / What we will do / Who (lead) / By when / Previous RAG / Current RAG / How we "
                "will know / Evidence link, both RAG columns shown only as fills (Office 2013 theme accent1 "
                "blue, accent6 green with tint, RGB amber and dark red), broken evidence links showing "
                "#REF!, and a hand-kept RAG position block with a =SUM total under the table."),
        reads=("Nine numbered actions under three partnership priorities; status is the Current RAG "
               "colour (the legend under the table names blue complete, green on track, amber slippage, "
               "red off track, no colour not started). The #REF! cells are only broken links in the "
               "evidence column and do not stop a person reading the plan; the position block under the "
               "table is not an action."),
        title="Multi-agency Improvement Plan in response to the ILACS inspection (October 2019)",
        actions=exp,
    )


# =====================================================================================
# H3  REFUSE: audit tracker whose status cell on one row is a formula with no saved value
#     (depends on TODAY()).
# =====================================================================================
def h3_audit_formula():
    name = "b-audit-status-formula.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Follow-up"
    widths(ws, {"A": 7, "B": 38, "C": 40, "D": 9, "E": 24, "F": 12, "G": 10, "H": 12, "I": 36})
    ws["A1"] = "Audit Follow-up Tracker – Schools Finance and Children's Social Care Payments 2023/24"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Reported to Audit Committee 18 January 2024"
    hdr = ["Ref", "Recommendation", "Agreed action", "Priority", "Action owner", "Target date",
           "Evidence received?", "Status", "Auditor comment"]
    for i, h in enumerate(hdr):
        cell(ws, 4, 1 + i, h, fill=rgb("BDD7EE"), bold=True, align=CENTRE)
    ws.freeze_panes = "C5"
    r = 5

    def head(t):
        nonlocal r
        cell(ws, r, 1, t, fill=rgb("F2F2F2"), bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1

    head("Schools Financial Value Standard (SFVS) returns")
    rows = [
        ("SF1", "Chase outstanding SFVS returns before the 31 March deadline.", "Schools Finance to issue reminders in January and escalate non-returns to the Director.",
         "Medium", "Schools Finance Manager", D(2024, 3, 31), "No", "Green", ""),
        ("SF2", "Review SFVS returns for schools in deficit against their recovery plans.", "Deficit schools' SFVS returns to be reviewed at the Schools Forum finance group.",
         "High", "Head of Education Finance", D(2023, 12, 31), "Yes", "Complete", "Evidence seen."),
    ]
    for row in rows:
        for i, v in enumerate(row):
            cell(ws, r, 1 + i, v or None, fmt="dd/mm/yyyy" if i == 5 else None)
        r += 1
    head("Children's social care payments (Section 17 and Special Guardianship allowances)")
    rows = [
        ("CP1", "Review all special guardianship allowances annually as required by policy.", "Annual financial review letters to be issued on the anniversary of each order.",
         "High", "Lee, Sam", D(2023, 11, 30), "No", "Amber", "Letters drafted."),
        ("CP2", "Reconcile pre-paid card balances monthly.", "Business Support to reconcile monthly with sign-off by the Finance Business Partner.",
         "Medium", "Business Support Manager", D(2024, 1, 31), "No", None, ""),
        ("CP3", "Record manager authorisation before every Section 17 payment.", "Authorisation step added to the payment form in Liquidlogic.",
         "High", "Head of Early Help", D(2024, 2, 29), "No", "Green", ""),
    ]
    bad = None
    for row in rows:
        for i, v in enumerate(row):
            cell(ws, r, 1 + i, v or None, fmt="dd/mm/yyyy" if i == 5 else None)
        if row[0] == "CP2":
            bad = r
            ws.cell(row=r, column=8).value = '=IF(G%d="Yes","Complete",IF(F%d<TODAY(),"Red","Amber"))' % (r, r)
        r += 1
    for _ws in wb.worksheets:
        autofit(_ws)
    wb.save(os.path.join(HERE, name))
    write_expected(
        name,
        source=("Imitates a council internal audit follow-up tracker reported to Audit Committee (title and "
                "committee date rows; one heading row per audit; Ref / Recommendation / Agreed action / "
                "Priority / Action owner / Target date (dd/mm/yyyy) / Evidence received? / Status / Auditor "
                "comment)."),
        reads=("Five agreed actions under two audits with typed statuses (Green, Complete, Amber), except "
               "CP2 whose Status cell is a formula that depends on TODAY() and was saved with no value: "
               "what status the published tracker showed cannot be known, so a careful reader stops at "
               "that row."),
        outcome="refuse",
        refuse_at=bad,
        title="Audit Follow-up Tracker – Schools Finance and Children's Social Care Payments 2023/24",
    )


# =====================================================================================
# H4  REFUSE: SEND written statement of action (2019) with one completion date Jan-71.
# =====================================================================================
def h4_wsoa_jan71():
    name = "b-send-wsoa-jan71.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "WSOA"
    cover = wb.create_sheet("Cover", 0)
    cover["B2"] = "Haverleigh Local Area"
    cover["B3"] = "SEND Written Statement of Action – monitoring workbook"
    cover["B5"] = "Joint inspection by Ofsted and CQC, March 2019. WSOA approved by Ofsted 12 August 2019."
    cover["B2"].font = Font(bold=True, size=14)
    cover["B3"].font = Font(bold=True, size=12)
    widths(ws, {"A": 6, "B": 52, "C": 28, "D": 10, "E": 12, "F": 9, "G": 40})
    ws["A1"] = "Haverleigh SEND Written Statement of Action 2019-21"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Progress as at 30 November 2019"
    hdr = ["Ref", "Action", "Lead", "Start", "Completion date", "RAG", "Impact measure"]
    for i, h in enumerate(hdr):
        cell(ws, 4, 1 + i, h, fill=rgb("70AD47"), font=Font(bold=True, color="FFFFFF"), align=CENTRE)
    ws.freeze_panes = "B5"
    ragf = {"Green": rgb(GREEN), "Amber": rgb(AMBER), "Red": rgb(RED), "Blue": rgb(BLUE), None: None}
    r = 5

    def head(t):
        nonlocal r
        cell(ws, r, 1, t, fill=rgb("E2EFDA"), bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        ws.row_dimensions[r].height = 30
        r += 1

    bad = None

    def row(ref, act, lead, start, end, rag, impact):
        nonlocal r, bad
        vals = [ref, act, lead, start, end, rag, impact]
        for i, v in enumerate(vals):
            cell(ws, r, 1 + i, v, fmt="mmm-yy" if i in (3, 4) else None, fill=ragf[rag] if i == 5 else None)
        if end.year == 1971:
            bad = r
        r += 1

    head("Area of significant weakness 1: The timeliness and quality of EHC plans, including contributions from health and social care")
    row("1.1", "Implement a weekly EHC assessment tracking meeting across education, health and care.", "SEN Manager", D(2019, 9, 1), D(2019, 10, 31), "Blue", "20-week timeliness above 50%.")
    row("1.2", "Introduce a quality standard for health advice and audit compliance quarterly.", "Designated Clinical Officer", D(2019, 9, 1), D(2020, 3, 31), "Green", "85% of health advice meets the standard.")
    row("1.3", "Ensure social care advice is provided for every EHC needs assessment.", "Head of Children with Disabilities", D(2019, 10, 1), D(2020, 1, 31), "Amber", "Social care advice in 95% of assessments.")
    head("Area of significant weakness 2: Co-production with parents and carers and the quality of the Local Offer")
    row("2.1", "Co-produce a new Local Offer website with the Parent Carer Forum.", "Local Offer Manager", D(2019, 9, 1), D(2020, 6, 30), "Green", "Local Offer satisfaction above 60%.")
    row("2.2", "Hold termly 'you said, we did' events with parents and young people.", "Participation Lead", D(2019, 11, 1), D(1971, 1, 31), "Green", "Events held; feedback published.")
    row("2.3", "Establish a joint commissioning group for SEND across the council and CCG.", "Head of Joint Commissioning", D(2019, 9, 1), D(2020, 2, 29), "Red", "Terms of reference agreed; first joint commission.")
    wb.active = 1
    for _ws in wb.worksheets:
        autofit(_ws)
    wb.save(os.path.join(HERE, name))
    write_expected(
        name,
        source=("Imitates a local area's SEND Written Statement of Action monitoring workbook after a "
                "2019 joint Ofsted/CQC inspection: a Cover sheet, then title and 'progress as at' rows, "
                "area of significant weakness rows merged across, Ref / Action / Lead / Start / Completion "
                "date (real dates shown mmm-yy) / RAG word with matching fill / Impact measure."),
        reads=("Six actions under two areas of significant weakness in a 2019-21 plan, but action 2.2's "
               "completion date shows 'Jan-71' (a real date in 1971), far from every other date in the "
               "plan; it is probably Jan-21 or Jan-20 mistyped, and a careful reader would ask before "
               "reading it."),
        outcome="refuse",
        refuse_at=bad,
        title="Haverleigh SEND Written Statement of Action 2019-21",
    )


if __name__ == "__main__":
    h1_green_complete()
    h2_partnership()
    h3_audit_formula()
    h4_wsoa_jan71()
    print("done")
