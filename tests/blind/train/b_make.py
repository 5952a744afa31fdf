"""Generator for the TRAIN share of the blind xlsx corpus (b-*.xlsx + expected readings).

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
    "dk2": "44546A",
    "lt2": "E7E6E6",
    "accent1": "4472C4",
    "accent2": "ED7D31",
    "accent3": "A5A5A5",
    "accent4": "FFC000",
    "accent5": "5B9BD5",
    "accent6": "70AD47",
    "hlink": "0563C1",
    "folHlink": "954F72",
}


def theme_2013():
    xml = THEME_2007
    for tag, rgb in _OFFICE_2013.items():
        xml = re.sub(
            r"(<a:%s>\s*<a:srgbClr val=\")[0-9A-F]{6}" % tag, r"\g<1>%s" % rgb, xml, count=1
        )
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


def write_expected(
    xlsx_name,
    source,
    reads,
    outcome="read",
    title=None,
    actions=None,
    refuse_at=None,
    accept_refusal=False,
):
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
    return {
        "ref": ref,
        "under": under,
        "action": action,
        "lead": lead,
        "end": end,
        "end_text": end_text,
        "status": status,
    }


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
            est = sum(
                max(1, math.ceil(len(part) * 1.1 / max(width - 1, 1)))
                for part in c.value.split("\n")
            )
            lines = max(lines, est)
        if lines > 1 and not ws.row_dimensions[row[0].row].height:
            ws.row_dimensions[row[0].row].height = 15 * lines
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0


def D(y, m, d):
    return dt.datetime(y, m, d)


# =====================================================================================
# T1  ILACS improvement plan tracker: Read Me + plan + Lookups, theme rows in column B,
#     Deadline merged over Original/Revised, Previous/Current RAG words, COUNTIF summary.
# =====================================================================================
def t1_ilacs_tracker():
    name = "b-ilacs-tracker.xlsx"
    wb = Workbook()
    rm = wb.active
    rm.title = "Read Me"
    ws = wb.create_sheet("Improvement Plan")
    lk = wb.create_sheet("Lookups")

    # ---- Read Me (cover): title, purpose, version control, RAG key ----
    widths(rm, {"A": 3, "B": 22, "C": 60, "D": 18})
    rm["B2"] = "Northmoor Borough Council"
    rm["B2"].font = Font(bold=True, size=14)
    rm["B3"] = "Children's Services Improvement Plan 2019-20 – Progress Tracker"
    rm["B3"].font = Font(bold=True, size=12)
    rm["B5"] = (
        "This workbook tracks progress against the actions agreed in response to the Ofsted "
        "inspection of local authority children's services (ILACS) published in January 2019. "
        "The plan itself is on the 'Improvement Plan' tab. Leads update the Current RAG and "
        "progress columns by the 20th of each month; the PMO rolls Current RAG into Previous RAG."
    )
    rm.merge_cells("B5:D8")
    rm["B5"].alignment = WRAP
    rm["B10"] = "Version control"
    rm["B10"].font = BOLD
    for i, (v, d, who, what) in enumerate(
        [
            ("0.1", "04/02/2019", "PMO", "First draft for Improvement Board"),
            ("1.0", "26/02/2019", "DCS", "Agreed by Improvement Board"),
            ("1.6", "28/06/2019", "PMO", "June update"),
        ]
    ):
        r = 11 + i
        cell(rm, r, 2, v + "  (" + d + ")")
        cell(rm, r, 3, what)
        cell(rm, r, 4, who)
    rm["B16"] = "RAG key"
    rm["B16"].font = BOLD
    key = [
        ("Blue", BLUE, "Action complete and evidenced"),
        ("Green", GREEN, "On track to deliver by the deadline"),
        ("Amber", AMBER, "Some slippage – recoverable with mitigation"),
        ("Red", RED, "Off track – escalate to Improvement Board"),
    ]
    for i, (w, c, t) in enumerate(key):
        cell(rm, 17 + i, 2, w, fill=rgb(c), bold=True)
        cell(rm, 17 + i, 3, t)

    # ---- Lookups ----
    widths(lk, {"A": 12, "B": 10, "C": 44})
    lk["A1"], lk["B1"], lk["C1"] = "RAG", "Initials", "Lead officer"
    for c in ("A1", "B1", "C1"):
        lk[c].font = BOLD
    for i, v in enumerate(["Blue", "Green", "Amber", "Red"]):
        lk.cell(row=2 + i, column=1, value=v)
    for i, (ini, who) in enumerate(
        [
            ("RG", "Rachel Gill – Head of Service, Front Door"),
            ("JF", "James Fenwick – DI, Public Protection Unit"),
            ("AB", "Anita Bhatt – QA Manager"),
            ("KP", "Karen Pope – Head of Safeguarding"),
        ]
    ):
        lk.cell(row=2 + i, column=2, value=ini)
        lk.cell(row=2 + i, column=3, value=who)

    # ---- Improvement Plan ----
    widths(
        ws, {"A": 2, "B": 6, "C": 34, "D": 48, "E": 22, "F": 14, "G": 14, "H": 10, "I": 10, "J": 44}
    )
    ws["B1"] = "Northmoor Borough Council"
    ws["B1"].font = Font(bold=True, size=12)
    ws["B2"] = "Children's Services Improvement Plan 2019-20 – Progress Tracker"
    ws["B2"].font = Font(bold=True, size=14)
    ws["B3"] = "Updated monthly by the PMO. Last update: 28/06/2019. Please do not insert columns."
    ws["B3"].font = Font(italic=True, color="595959")
    hdr_fill = rgb("1F3864")
    hfont = Font(bold=True, color="FFFFFF")
    heads = {
        2: "Ref",
        3: "Ofsted recommendation",
        4: "Action",
        5: "Lead",
        8: "Previous RAG",
        9: "Current RAG",
        10: "Progress update (June 2019)",
    }
    for c, t in heads.items():
        cell(ws, 5, c, t, fill=hdr_fill, font=hfont, align=CENTRE)
        cell(ws, 6, c, None, fill=hdr_fill, border=True)
        ws.merge_cells(start_row=5, start_column=c, end_row=6, end_column=c)
    cell(ws, 5, 6, "Deadline", fill=hdr_fill, font=hfont, align=CENTRE)
    cell(ws, 5, 7, None, fill=hdr_fill)
    ws.merge_cells("F5:G5")
    cell(ws, 6, 6, "Original", fill=hdr_fill, font=hfont, align=CENTRE)
    cell(ws, 6, 7, "Revised", fill=hdr_fill, font=hfont, align=CENTRE)
    ws.freeze_panes = "D7"

    ragfill = {
        "Blue": rgb(BLUE),
        "Green": rgb(GREEN),
        "Amber": rgb(AMBER),
        "Red": rgb(RED),
        "": None,
    }
    exp = []
    r = 7

    def theme(text):
        nonlocal r
        cell(ws, r, 2, text, fill=rgb("D9E1F2"), bold=True, align=Alignment(vertical="center"))
        for c in range(3, 11):
            cell(ws, r, c, None, fill=rgb("D9E1F2"))
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=10)
        r += 1

    def rec_group(rec_text, rows):
        nonlocal r
        start = r
        for ref, action, lead, orig, orig_fmt, rev, rev_fmt, prev, cur, upd in rows:
            cell(ws, r, 2, ref, align=Alignment(vertical="top", horizontal="center"))
            cell(ws, r, 3, None)
            cell(ws, r, 4, action)
            cell(ws, r, 5, lead)
            cell(
                ws,
                r,
                6,
                orig,
                fmt=orig_fmt,
                align=Alignment(vertical="top", horizontal="center", wrap_text=True),
            )
            cell(
                ws,
                r,
                7,
                rev,
                fmt=rev_fmt,
                align=Alignment(vertical="top", horizontal="center", wrap_text=True),
            )
            cell(ws, r, 8, prev or None, fill=ragfill[prev], align=CENTRE)
            cell(
                ws,
                r,
                9,
                cur or None,
                fill=ragfill[cur],
                align=CENTRE,
                font=Font(bold=True, color="FFFFFF") if cur == "Blue" else BOLD,
            )
            cell(ws, r, 10, upd)
            r += 1
        ws.cell(row=start, column=3, value=rec_text)
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=3, end_row=r - 1, end_column=3)

    T1 = "Theme 1: Help and protection"
    R1 = (
        "Improve the quality and timeliness of strategy discussions, so that all relevant agencies "
        "contribute to decisions about risk."
    )
    R2 = (
        "Strengthen management oversight and supervision, so that plans for children in need are "
        "progressed without delay."
    )
    T2 = "Theme 2: Children in care and care leavers"
    R3 = (
        "Increase the sufficiency of local placements, so that fewer children live at a distance "
        "from their families and communities."
    )
    R4 = (
        "Improve pathway plans, so that they are written with young people and address their "
        "accommodation and employment needs."
    )
    T3 = "Theme 3: Leadership, performance and quality assurance"
    R5 = (
        "Improve the use of performance information by managers at all levels to drive improvement."
    )

    theme(T1)
    rows = [
        (
            "1.1",
            "Introduce a multi-agency strategy discussion template, agreed with police and health partners.",
            "Head of Service, Front Door",
            "Mar-19",
            None,
            None,
            None,
            "Green",
            "Blue",
            "Template live since 11/03/2019; audit in May showed 88% use.",
        ),
        (
            "1.2",
            "Audit a sample of 30 strategy discussions each quarter and report findings to the Practice Improvement Board.",
            "PSW / QA Manager",
            "Sept 2018 – March 2019",
            None,
            "End of June 2019",
            None,
            "Amber",
            "Green",
            "Q4 audit completed late; Q1 audit under way and due to report end of June.",
        ),
        (
            "1.3",
            "Ensure police attend all strategy meetings held out of hours through the EDT rota.",
            "RG/JF",
            "By 31 March 2019",
            None,
            None,
            None,
            "Red",
            "Amber",
            "Rota agreed with police; attendance 71% in May.",
        ),
    ]
    rec_group(R1, rows)
    rows = [
        (
            "1.4",
            "Refresh the supervision policy and recording template, with reflective supervision at least every four weeks.",
            "Service Manager (CIN/CP)",
            D(2019, 1, 31),
            "mmm-yy",
            D(2019, 4, 30),
            "mmm-yy",
            "Amber",
            "Green",
            "Policy signed off at DMT 16/04/2019. Compliance now reported monthly.",
        ),
        (
            "1.5",
            "Team managers to review all CIN plans open longer than nine months and record a clear management decision.",
            "Team Managers (CIN)",
            "Ongoing",
            None,
            None,
            None,
            "Amber",
            "Amber",
            "42 of 63 plans reviewed.",
        ),
    ]
    rec_group(R2, rows)
    exp += [
        A("1.1", [T1, R1], rows_text(ws, 8), ["Head of Service, Front Door"], "2019-03", "blue"),
        A(
            "1.2",
            [T1, R1],
            rows_text(ws, 9),
            ["PSW", "QA Manager"],
            "2019-06",
            "green",
            end_text="End of June 2019",
        ),
        A(
            "1.3",
            [T1, R1],
            rows_text(ws, 10),
            ["RG", "JF"],
            "2019-03",
            "amber",
            end_text="By 31 March 2019",
        ),
        A("1.4", [T1, R2], rows_text(ws, 11), ["Service Manager (CIN/CP)"], "2019-04", "green"),
        A(
            "1.5",
            [T1, R2],
            rows_text(ws, 12),
            ["Team Managers (CIN)"],
            None,
            "amber",
            end_text="Ongoing",
        ),
    ]
    theme(T2)  # row 13
    rows = [
        (
            "2.1",
            "Publish a refreshed Sufficiency Strategy 2019-22 with a costed foster carer recruitment plan.",
            "Lee, Sam",
            D(2019, 5, 31),
            "dd/mm/yyyy",
            None,
            None,
            "Green",
            "Green",
            "Draft strategy at Cabinet 18 July.",
        ),
        (
            "2.2",
            "Launch the 'Foster for Northmoor' recruitment campaign and increase enquiries by 20%.",
            "Head of Corporate Parenting",
            "Apr-19",
            None,
            "Sep-19",
            None,
            "Amber",
            "Red",
            "Campaign launch delayed by procurement of the marketing agency.",
        ),
    ]
    rec_group(R3, rows)
    rows = [
        (
            "2.3",
            "Re-design the pathway plan template with the Children in Care Council.",
            "Participation Officer",
            "Dec-18",
            None,
            None,
            None,
            "Blue",
            "Blue",
            "Complete. New template in Liquidlogic.",
        ),
        (
            "2.4",
            "Provide training for all personal advisers on writing SMART pathway plans.",
            "Workforce Development Manager",
            "Q4 2018/19",
            None,
            None,
            None,
            "Green",
            "Green",
            "3 of 4 sessions delivered.",
        ),
    ]
    rec_group(R4, rows)
    exp += [
        A("2.1", [T2, R3], rows_text(ws, 14), ["Lee, Sam"], "2019-05", "green"),
        A("2.2", [T2, R3], rows_text(ws, 15), ["Head of Corporate Parenting"], "2019-09", "red"),
        A("2.3", [T2, R4], rows_text(ws, 16), ["Participation Officer"], "2018-12", "blue"),
        A(
            "2.4",
            [T2, R4],
            rows_text(ws, 17),
            ["Workforce Development Manager"],
            "2019-03",
            "green",
            end_text="Q4 2018/19",
        ),
    ]
    theme(T3)  # row 18
    rows = [
        (
            "3.1",
            "Develop a weekly performance dashboard for team managers in Power BI.",
            "Head of Performance & Intelligence",
            "w/c 13/05/19",
            None,
            None,
            None,
            "Amber",
            "Amber",
            "Prototype shown to managers; data quality issues on CIN visits.",
        ),
        (
            "3.2",
            "Hold monthly performance clinics chaired by the DCS.",
            "DCS",
            "Monthly",
            None,
            None,
            None,
            "Green",
            "Green",
            "Clinics held March–June.",
        ),
        (
            "3.3",
            "Embed the revised QA framework, including moderated audits and feedback from families.",
            "AB & KP",
            "Jul-19",
            None,
            None,
            None,
            "",
            "",
            "Not started – follows appointment of permanent QA Manager.",
        ),
    ]
    rec_group(R5, rows)
    exp += [
        A(
            "3.1",
            [T3, R5],
            rows_text(ws, 19),
            ["Head of Performance & Intelligence"],
            "2019-05",
            "amber",
            end_text="w/c 13/05/19",
        ),
        A("3.2", [T3, R5], rows_text(ws, 20), ["DCS"], None, "green", end_text="Monthly"),
        A("3.3", [T3, R5], rows_text(ws, 21), ["AB", "KP"], "2019-07", "unrated"),
    ]
    last = r - 1  # 21
    dv = DataValidation(type="list", formula1="=Lookups!$A$2:$A$5", allow_blank=True)
    ws.add_data_validation(dv)
    dv.add("I7:I%d" % last)

    # RAG summary under the table (formulas, no cached values)
    s = last + 3
    cell(ws, s, 8, "RAG summary", bold=True)
    ws.merge_cells(start_row=s, start_column=8, end_row=s, end_column=9)
    for i, w in enumerate(["Blue", "Green", "Amber", "Red"]):
        cell(ws, s + 1 + i, 8, w, fill=ragfill[w], bold=True)
        cell(ws, s + 1 + i, 9, '=COUNTIF($I$7:$I$%d,"%s")' % (last, w), align=CENTRE)
    cell(ws, s + 5, 8, "Total", bold=True)
    cell(ws, s + 5, 9, "=SUM(I%d:I%d)" % (s + 1, s + 4), align=CENTRE, bold=True)
    ws.print_title_rows = "5:6"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToHeight = 0
    wb.active = 1
    for _ws in wb.worksheets:
        autofit(_ws)
    wb.save(os.path.join(HERE, name))
    write_expected(
        name,
        source=(
            "Imitates the Excel progress trackers that English councils attach to improvement board "
            "papers after an ILACS judgement (e.g. the Torbay 'Improvement Action Tracker' and Coventry "
            "revised improvement plan: Ref / recommendation / action / lead / timescale / RAG / "
            "update). Copied: a Read Me cover sheet with version control and RAG key, a Lookups sheet "
            "behind a data-validation list, title rows and a 'Updated monthly by the PMO' note above a "
            "two-row header with 'Deadline' merged over Original and Revised, a narrow margin column A "
            "with theme rows starting in column B and merged across, the Ofsted recommendation merged "
            "down over its actions, Previous RAG and Current RAG columns, and a COUNTIF RAG summary "
            "under the table. Content invented (Northmoor is fictional)."
        ),
        reads=(
            "Twelve numbered actions (1.1-3.3) under three themes, each answering an Ofsted "
            "recommendation written once beside its group of actions. Status is the Current RAG word; "
            "where a Revised deadline is given it replaces the Original. The Read Me and Lookups sheets "
            "and the RAG summary under the table are not actions."
        ),
        title="Children's Services Improvement Plan 2019-20 – Progress Tracker",
        actions=exp,
    )


def rows_text(ws, r):
    return ws.cell(row=r, column=4).value


# =====================================================================================
# T2  SEND priority action plan: RAG only as fills (Office 2013 theme colours with tints and
#     plain RGB), due dates real Excel dates mmm-yy, a key block, a hidden superseded row.
# =====================================================================================
def t2_send_fills():
    name = "b-send-priority-fills.xlsx"
    wb = Workbook()
    wb.loaded_theme = theme_2013()
    ws = wb.active
    ws.title = "Priority Action Plan"
    widths(
        ws, {"A": 7, "B": 50, "C": 36, "D": 26, "E": 18, "F": 10, "G": 9, "H": 46, "J": 4, "K": 26}
    )
    ws["A1"] = "Westbridge Local Area Partnership (Westbridge Council and NHS Westbridge ICB)"
    ws["A1"].font = Font(bold=True, size=11)
    ws["A2"] = "SEND Priority Action Plan 2023-24"
    ws["A2"].font = Font(bold=True, size=16, color="1F3864")
    ws["A3"] = (
        "Progress position at 31 January 2024 – RAG ratings agreed at the SEND Improvement Board"
    )
    ws["A3"].font = Font(italic=True)
    # key block, top right
    key = [
        ("Complete", themefill(4, 0.3999)),
        ("On track", themefill(9, 0.3999)),
        ("Some slippage", themefill(7)),
        ("Off track / at risk", rgb(RED)),
        ("Not started", None),
    ]
    ws["K1"] = "Key"
    ws["K1"].font = BOLD
    for i, (t, f) in enumerate(key):
        cell(ws, 2 + i, 10, None, fill=f)
        cell(ws, 2 + i, 11, t)
    hdr = [
        "No.",
        "Action",
        "Success measure / impact",
        "Lead",
        "Partner(s)",
        "Due",
        "RAG",
        "Update (January 2024)",
    ]
    for i, h in enumerate(hdr):
        cell(ws, 8, 1 + i, h, fill=themefill(3), font=Font(bold=True, color="FFFFFF"), align=CENTRE)
    ws.freeze_panes = "B9"
    ws.auto_filter.ref = "A8:H8"
    exp = []
    r = 9

    def heading(text):
        nonlocal r
        cell(
            ws,
            r,
            1,
            text,
            fill=themefill(4, 0.7999),
            bold=True,
            align=Alignment(wrap_text=True, vertical="center"),
        )
        for c in range(2, 9):
            cell(ws, r, c, None, fill=themefill(4, 0.7999))
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.row_dimensions[r].height = 32
        r += 1

    def row(no, action, measure, lead, partner, due, fill, update, hidden=False):
        nonlocal r
        cell(ws, r, 1, no, align=Alignment(vertical="top", horizontal="center"))
        cell(ws, r, 2, action)
        cell(ws, r, 3, measure)
        cell(ws, r, 4, lead)
        cell(ws, r, 5, partner)
        cell(ws, r, 6, due, fmt="mmm-yy", align=Alignment(vertical="top", horizontal="center"))
        cell(ws, r, 7, None, fill=fill)
        cell(ws, r, 8, update)
        if hidden:
            ws.row_dimensions[r].hidden = True
        r += 1
        return action

    P1 = (
        "Priority action 1 – Leaders across the partnership should improve the timeliness of "
        "EHC needs assessments and the quality of new EHC plans."
    )
    P2 = (
        "Priority action 2 – Leaders should ensure that children and young people waiting for a "
        "neurodevelopmental assessment receive timely support."
    )
    F1 = (
        "Area for improvement 1 – Leaders should improve how young people with SEND are prepared "
        "for adulthood."
    )
    heading(P1)
    a = row(
        "1.1",
        "Recruit four additional EHC plan coordinators and clear the backlog of assessments over 20 weeks.",
        "Backlog cleared; 20-week timeliness above 60%.",
        "Head of SEND and Inclusion",
        "HR",
        D(2024, 1, 31),
        themefill(4, 0.3999),
        "Complete – four coordinators in post since November; backlog cleared.",
    )
    exp.append(A("1.1", [P1], a, ["Head of SEND and Inclusion"], "2024-01", "blue"))
    a = row(
        "1.2",
        "Introduce a multi-agency quality assurance panel to audit 10% of new EHC plans each month.",
        "80% of audited plans judged good or better.",
        "SEND Quality Assurance Lead",
        "ICB, Education Psychology",
        D(2024, 3, 31),
        themefill(9, 0.3999),
        "Panel met in December and January.",
    )
    exp.append(A("1.2", [P1], a, ["SEND Quality Assurance Lead"], "2024-03", "green"))
    a = row(
        "1.3",
        "Agree a health advice turnaround standard of six weeks and report compliance monthly.",
        "90% of health advice returned in six weeks.",
        "Designated Clinical Officer",
        "Community Paediatrics",
        D(2024, 2, 29),
        themefill(7),
        "Standard agreed; reporting delayed by the new EMIS extract.",
    )
    exp.append(A("1.3", [P1], a, ["Designated Clinical Officer"], "2024-02", "amber"))
    row(
        "1.4",
        "Pilot a single EHC assessment request form for schools (superseded – merged into 1.5).",
        "",
        "SEND Casework Manager",
        "",
        D(2023, 12, 31),
        None,
        "Removed at Board 12/12/23.",
        hidden=True,
    )
    a = row(
        "1.5",
        "Co-produce an EHC plan writing guide and a single request form with the Parent Carer Forum.",
        "Guide published on the Local Offer.",
        "Head of SEND and Inclusion / PCF Chair",
        "Westbridge PCF",
        D(2024, 4, 30),
        rgb(GREEN),
        "Two co-production workshops held.",
    )
    exp.append(A("1.5", [P1], a, ["Head of SEND and Inclusion", "PCF Chair"], "2024-04", "green"))
    heading(P2)
    a = row(
        "2.1",
        "Commission a 'waiting well' offer for families awaiting autism and ADHD assessment.",
        "Offer in place; family feedback 75% positive.",
        "ICB Head of Children's Commissioning",
        "VCS providers",
        D(2024, 6, 30),
        rgb(RED),
        "Procurement paused pending ICB budget decision.",
    )
    exp.append(A("2.1", [P2], a, ["ICB Head of Children's Commissioning"], "2024-06", "red"))
    a = row(
        "2.2",
        "Publish waiting times for neurodevelopmental pathways on the Local Offer each quarter.",
        "Waiting times published quarterly.",
        "Local Offer Officer",
        "ICB BI team",
        D(2024, 3, 31),
        themefill(9, 0.5999),
        "First publication due March.",
    )
    exp.append(A("2.2", [P2], a, ["Local Offer Officer"], "2024-03", "green"))
    a = row(
        "2.3",
        "Train school SENCOs in the needs-led support model before diagnosis.",
        "All mainstream SENCOs trained.",
        "Educational Psychology Service Manager",
        "Schools",
        D(2024, 7, 31),
        None,
        "Not started – scheduled for summer term.",
    )
    exp.append(A("2.3", [P2], a, ["Educational Psychology Service Manager"], "2024-07", "unrated"))
    heading(F1)
    a = row(
        "3.1",
        "Map post-16 pathways and publish a Preparing for Adulthood protocol.",
        "Protocol published.",
        "PfA Lead",
        "FE college, Adult Social Care",
        D(2024, 5, 31),
        rgb(AMBER),
        "Mapping complete; protocol drafting slipped by a month.",
    )
    exp.append(A("3.1", [F1], a, ["PfA Lead"], "2024-05", "amber"))
    a = row(
        "3.2",
        "Ensure every EHC plan review from Year 9 includes a Preparing for Adulthood outcome.",
        "95% of Year 9+ reviews include a PfA outcome.",
        "Head of SEND and Inclusion",
        "Schools",
        D(2024, 9, 30),
        themefill(9, 0.3999),
        "Annual review template updated.",
    )
    exp.append(A("3.2", [F1], a, ["Head of SEND and Inclusion"], "2024-09", "green"))
    a = row(
        "3.3",
        "Establish a supported internship forum with the FE college and employers.",
        "Forum meets termly; 12 internships offered.",
        "Employment Support Manager",
        "Westbridge College",
        D(2023, 12, 31),
        themefill(4, 0.3999),
        "Forum established November 2023.",
    )
    exp.append(A("3.3", [F1], a, ["Employment Support Manager"], "2023-12", "blue"))
    ws.page_setup.orientation = "landscape"
    ws.print_title_rows = "8:8"
    for _ws in wb.worksheets:
        autofit(_ws)
    wb.save(os.path.join(HERE, name))
    write_expected(
        name,
        source=(
            "Imitates a local area partnership's SEND Priority Action Plan after an area SEND inspection "
            "under the 2023 framework (priority actions and areas for improvement, as councils such as "
            "Central Bedfordshire publish their WSOA/plan pages). Copied: title and progress note rows, a "
            "key block at the top right, headings for each priority action merged across the table, "
            "No./Action/Success measure/Lead/Partner(s)/Due/RAG/Update columns, due dates as real Excel "
            "dates shown mmm-yy, RAG only as cell fill (Office 2013 theme colours with tints: accent1 "
            "blue tint 0.4 = complete, accent6 green tints = on track, accent4 gold = slippage; plain "
            "RGB red, green and amber too), autofilter and frozen panes, and a hidden superseded row."
        ),
        reads=(
            "Ten actions a person sees under two priority actions and one area for improvement; the "
            "RAG column has no words, only colours, which the key at the top right explains (blue = "
            "complete, green = on track, gold = some slippage, red = off track, no colour = not "
            "started). Row 13 (1.4) is hidden and marked superseded, so a person reading the sheet "
            "neither sees nor counts it."
        ),
        title="SEND Priority Action Plan 2023-24",
        actions=exp,
    )


# =====================================================================================
# T3  Internal audit recommendations tracker (Finding / Recommendation / Priority /
#     Management response / Responsible officer / Original & Revised target / RAG letter).
# =====================================================================================
def t3_audit():
    name = "b-audit-recs-tracker.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ky = wb.create_sheet("Key")
    widths(
        ws, {"A": 6, "B": 34, "C": 36, "D": 9, "E": 42, "F": 22, "G": 12, "H": 12, "I": 6, "J": 40}
    )
    ws["A1"] = "Appendix B"
    ws["A1"].font = Font(bold=True, color="808080")
    ws["A2"] = (
        "Internal Audit Recommendations Tracker – Children's Services (position at 31 October 2022)"
    )
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = (
        "Only High and Medium priority recommendations are reported to the Audit and Governance "
        "Committee. RAG: B = implemented, G = on track, A = at risk, R = target date missed."
    )
    ws["A3"].font = Font(italic=True)
    ws.merge_cells("A3:J3")
    ws.row_dimensions[3].height = 30
    ws["A3"].alignment = WRAP
    hdr = [
        "Ref",
        "Finding",
        "Recommendation",
        "Priority",
        "Management response / agreed action",
        "Responsible officer",
        "Original target date",
        "Revised target date",
        "RAG",
        "Progress comment",
    ]
    for i, h in enumerate(hdr):
        cell(
            ws, 5, 1 + i, h, fill=rgb("305496"), font=Font(bold=True, color="FFFFFF"), align=CENTRE
        )
    ws.row_dimensions[5].height = 32
    ws.freeze_panes = "C6"
    ragf = {"B": rgb(BLUE), "G": rgb(GREEN), "A": rgb(AMBER), "R": rgb(RED), "": None}
    exp = []
    r = 6

    def audit(text):
        nonlocal r
        cell(ws, r, 1, text, fill=rgb("DDEBF7"), bold=True, align=Alignment(vertical="center"))
        for c in range(2, 11):
            cell(ws, r, c, None, fill=rgb("DDEBF7"))
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1

    def rec(ref, finding, recom, prio, resp, officer, orig, rev, rag, comment):
        nonlocal r
        cell(ws, r, 1, ref)
        cell(ws, r, 2, finding)
        cell(ws, r, 3, recom)
        cell(ws, r, 4, prio, align=Alignment(vertical="top", horizontal="center"))
        cell(ws, r, 5, resp)
        cell(ws, r, 6, officer)
        cell(ws, r, 7, orig, fmt="dd/mm/yyyy", align=Alignment(vertical="top", horizontal="center"))
        cell(ws, r, 8, rev, fmt="dd/mm/yyyy", align=Alignment(vertical="top", horizontal="center"))
        cell(ws, r, 9, rag or None, fill=ragf[rag], bold=True, align=CENTRE)
        cell(ws, r, 10, comment)
        r += 1

    U1 = "Direct Payments (Children with Disabilities) – Limited assurance, final report June 2022"
    U2 = (
        "Placement Commissioning and Contract Management – Limited assurance, final report May 2022"
    )
    U3 = "Section 17 Payments – Reasonable assurance, final report July 2022"
    audit(U1)
    data = [
        (
            "DP1",
            "Signed direct payment agreements were not on file for 6 of the 20 cases sampled.",
            "Ensure a signed direct payment agreement is held for every recipient before the first payment is made.",
            "High",
            "All open direct payment cases will be checked and missing agreements obtained; payments will be suspended where an agreement is not returned within 28 days.",
            "Lee, Sam",
            D(2022, 8, 31),
            D(2022, 11, 30),
            "A",
            "41 of 52 agreements now on file. Revised date agreed with Chief Internal Auditor.",
        ),
        (
            "DP2",
            "Annual financial reviews of direct payment accounts were overdue in 9 cases.",
            "Introduce a schedule of annual financial reviews and monitor completion.",
            "Medium",
            "A review schedule has been set up in ContrOCC and completion will be reported monthly to the Head of Service.",
            "Finance Officer (Direct Payments)",
            D(2022, 9, 30),
            None,
            "B",
            "Implemented – schedule in place and first report received.",
        ),
        (
            "DP3",
            "Surplus balances above 12 weeks' value were not recovered.",
            "Recover surplus balances in line with the Direct Payments Policy.",
            "Medium",
            "Surplus balances will be identified quarterly and recovery letters issued.",
            "Patel, Jo",
            D(2022, 12, 31),
            None,
            "G",
            "First quarterly run completed in October.",
        ),
    ]
    for d in data:
        rec(*d)
    for i, d in enumerate(data):
        end = d[7] or d[6]
        exp.append(
            A(
                d[0],
                [U1, d[2]],
                d[4],
                {"Lee, Sam": ["Lee, Sam"], "Patel, Jo": ["Patel, Jo"]}.get(d[5], [d[5]]),
                "%04d-%02d" % (end.year, end.month),
                {"A": "amber", "B": "blue", "G": "green"}[d[8]],
            )
        )
    audit(U2)
    data = [
        (
            "PC1",
            "17% of external placements sampled had no signed individual placement agreement.",
            "Issue and obtain a signed individual placement agreement for every external placement within 10 working days of the start date.",
            "High",
            "Placements Team to issue IPAs on placement day; weekly exception report of unsigned IPAs to the Head of Commissioning.",
            "Head of Commissioning / Placements Team Manager",
            D(2022, 10, 31),
            D(2023, 1, 31),
            "R",
            "Weekly report built but 23 IPAs still unsigned. Original date missed.",
        ),
        (
            "PC2",
            "Contract monitoring visits to residential providers were not recorded consistently.",
            "Record all contract monitoring visits on the contract management system using the standard template.",
            "Medium",
            "Standard visit template to be adopted and staff briefed; monthly spot check by the Contracts Manager.",
            "Brown, Alex",
            D(2023, 2, 28),
            None,
            "G",
            "Template agreed; briefing on 15 November.",
        ),
    ]
    for d in data:
        rec(*d)
    exp.append(
        A(
            "PC1",
            [U2, data[0][2]],
            data[0][4],
            ["Head of Commissioning", "Placements Team Manager"],
            "2023-01",
            "red",
        )
    )
    exp.append(A("PC2", [U2, data[1][2]], data[1][4], ["Brown, Alex"], "2023-02", "green"))
    audit(U3)
    data = [
        (
            "S17-1",
            "Payments were made without a recorded manager's authorisation in 5 of 25 cases.",
            "Require recorded manager authorisation on the case record before any Section 17 payment is made.",
            "High",
            "Authorisation step to be built into the Liquidlogic payment form so a payment cannot be raised without it.",
            "Head of Early Help & Prevention",
            D(2022, 11, 30),
            None,
            "A",
            "System change with the LCS team; testing in November.",
        ),
        (
            "S17-2",
            "Receipts were not retained for cash and voucher payments.",
            "Retain receipts or a signed acknowledgement for all cash and voucher payments.",
            "Medium",
            "Guidance to be re-issued to all teams and compliance checked in the quarterly case audit.",
            "Service Manager (CIN/CP)",
            D(2023, 3, 31),
            None,
            "",
            "Not yet due.",
        ),
        (
            "S17-3",
            "Pre-paid card balances were not reconciled monthly.",
            "Reconcile pre-paid card balances monthly and investigate unexplained differences.",
            "Medium",
            "Monthly reconciliation to be completed by Business Support and reviewed by the Finance Business Partner.",
            "SM, TR",
            D(2022, 12, 31),
            None,
            "G",
            "September and October reconciliations done.",
        ),
    ]
    for d in data:
        rec(*d)
    exp.append(
        A(
            "S17-1",
            [U3, data[0][2]],
            data[0][4],
            ["Head of Early Help & Prevention"],
            "2022-11",
            "amber",
        )
    )
    exp.append(
        A("S17-2", [U3, data[1][2]], data[1][4], ["Service Manager (CIN/CP)"], "2023-03", "unrated")
    )
    exp.append(A("S17-3", [U3, data[2][2]], data[2][4], ["SM", "TR"], "2022-12", "green"))

    # Key sheet
    widths(ky, {"A": 8, "B": 60})
    ky["A1"] = "RAG key"
    ky["A1"].font = BOLD
    for i, (l, t) in enumerate(
        [
            ("B", "Implemented – evidence seen by Internal Audit"),
            ("G", "On track to be implemented by the target date"),
            ("A", "At risk of missing the target date"),
            ("R", "Target date missed / no management response"),
        ]
    ):
        cell(ky, 2 + i, 1, l, fill=ragf[l], bold=True, align=CENTRE)
        cell(ky, 2 + i, 2, t)
    ky["A8"] = "Priority"
    ky["A8"].font = BOLD
    for i, (l, t) in enumerate(
        [
            ("High", "Fundamental control weakness – action within 3 months"),
            ("Medium", "Important – action within 6 months"),
            ("Low", "Desirable – not reported to Committee"),
        ]
    ):
        cell(ky, 9 + i, 1, l)
        cell(ky, 9 + i, 2, t)
    ws.page_setup.orientation = "landscape"
    for _ws in wb.worksheets:
        autofit(_ws)
    wb.save(os.path.join(HERE, name))
    write_expected(
        name,
        source=(
            "Imitates the internal audit recommendation trackers councils append to Audit and "
            "Governance Committee reports (e.g. Reading's 'Implementation of Audit Recommendations' "
            "tracker; Bromsgrove's tracker with target and revised target completion dates). Copied: "
            "'Appendix B' and title rows, an explanatory note with the RAG letters, one merged heading "
            "row per audit report with its assurance opinion, Finding / Recommendation / Priority "
            "(High/Medium) / Management response / Responsible officer / Original and Revised target "
            "date (dd/mm/yyyy real dates) / RAG letter / Progress comment, and a separate Key sheet."
        ),
        reads=(
            "Eight agreed management actions (the 'Management response / agreed action' column) under "
            "three audit reports, each answering the auditors' recommendation beside it; the Priority "
            "column is the recommendation's priority, not its progress. Status is the RAG letter "
            "(B = implemented), the revised target date replaces the original, and 'Lee, Sam' is one "
            "officer while 'SM, TR' are two."
        ),
        title="Internal Audit Recommendations Tracker – Children's Services (position at 31 October 2022)",
        actions=exp,
    )


# =====================================================================================
# T4  Microsoft Planner "Export plan to Excel" layout.
# =====================================================================================
def t4_planner():
    name = "b-planner-export.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Ofsted Improvement Plan 2024"
    ws["A1"], ws["B1"] = "Plan name", "Harbourside Ofsted Improvement Plan 2024"
    ws["A2"], ws["B2"] = "Plan ID", "Xk3f9QmT0UWv2Lr7pB5aZmUAFqG1"
    ws["A3"], ws["B3"] = "Date of export", "14/05/2024"
    for c in ("A1", "A2", "A3"):
        ws[c].font = BOLD
    hdr = [
        "Task ID",
        "Task Name",
        "Bucket Name",
        "Progress",
        "Priority",
        "Assigned To",
        "Created By",
        "Created Date",
        "Start date",
        "Due date",
        "Is Recurring",
        "Late",
        "Completed Date",
        "Completed By",
        "Completed Checklist Items",
        "Checklist Items",
        "Labels",
        "Description",
    ]
    for i, h in enumerate(hdr):
        x = ws.cell(row=5, column=1 + i, value=h)
        x.font = BOLD
    widths(
        ws,
        {
            "A": 30,
            "B": 60,
            "C": 26,
            "D": 12,
            "E": 10,
            "F": 26,
            "G": 16,
            "H": 12,
            "I": 12,
            "J": 12,
            "K": 12,
            "L": 8,
            "M": 14,
            "N": 16,
            "O": 12,
            "P": 12,
            "Q": 20,
            "R": 60,
        },
    )
    ws.freeze_panes = "C6"
    ws.auto_filter.ref = "A5:R5"
    ids = iter(
        [
            "q1Wc8xZk0E6h3Jv2mRtYl2UAHm9s",
            "b7Hn2pLq5VxC0sDf8GkJa1UAKo3w",
            "Zr4Ty6Ui8Op0AsDf2GhJk3UAEq5x",
            "Mn1Bv3Cx5Zl7Kj9Hg2Fd4UAYt6r",
            "Pq2Wo4Ei6Ru8Ty0Ui3Op5UAAs7d",
            "Lk9Jh7Gf5Ds3Aq1Zw8Xe6UACr4v",
            "Tb5Ny7Mu9Ik1Ol3Pz6Xa8UAWs2e",
            "Gc4Vb6Nm8Qw0Er2Ty5Ui7UAOp9a",
            "Hd3Fg5Jk7Lz9Xc1Vb4Nm6UAQw8e",
        ]
    )
    exp = []
    r = 6
    rows = [
        # name, bucket, progress, priority, assigned, created, start, due, late, compdate, compby, chk, labels, desc, expected status
        (
            "Refresh the threshold document with partners and relaunch it at the Safeguarding Partnership",
            "Front door and early help",
            "Completed",
            "Important",
            "Priya Shah",
            "05/01/2024",
            "08/01/2024",
            "29/02/2024",
            "false",
            "27/02/2024",
            "Priya Shah",
            "3/3",
            "Green",
            "Ofsted: partners' understanding of thresholds is inconsistent.",
            "blue",
        ),
        (
            "Recruit a permanent MASH team manager",
            "Front door and early help",
            "In progress",
            "Urgent",
            "Sam Lee;Jo Patel",
            "05/01/2024",
            "15/01/2024",
            "31/05/2024",
            "false",
            "",
            "",
            "1/3",
            "Amber",
            "Interim in post; second recruitment round closes 20 May.",
            "amber",
        ),
        (
            "Introduce daily RAG-rated MASH meetings with police and health",
            "Front door and early help",
            "In progress",
            "Medium",
            "Priya Shah",
            "05/01/2024",
            "01/02/2024",
            "30/04/2024",
            "true",
            "",
            "",
            "0/2",
            "Red",
            "Health attendance not yet agreed.",
            "red",
        ),
        (
            "Launch the practice standards for supervision and management oversight",
            "Quality of practice",
            "In progress",
            "Important",
            "Tom Okafor",
            "08/01/2024",
            "01/03/2024",
            "28/06/2024",
            "false",
            "",
            "",
            "2/4",
            "Green",
            "",
            "green",
        ),
        (
            "Complete monthly thematic audits and share learning through practice weeks",
            "Quality of practice",
            "In progress",
            "Medium",
            "Leah Burns;Tom Okafor",
            "08/01/2024",
            "01/02/2024",
            "31/03/2025",
            "false",
            "",
            "",
            "",
            "Green;Quick win",
            "Audit calendar published on the intranet.",
            "green",
        ),
        (
            "Deliver direct work training for all social workers in the assessment teams",
            "Quality of practice",
            "Not started",
            "Low",
            "Leah Burns",
            "08/01/2024",
            "",
            "30/09/2024",
            "false",
            "",
            "",
            "",
            "",
            "Training provider being procured.",
            "unrated",
        ),
        (
            "Agree a workforce strategy with a target of 85% permanent social workers",
            "Workforce",
            "In progress",
            "Important",
            "Amira Hassan",
            "10/01/2024",
            "10/01/2024",
            "31/07/2024",
            "false",
            "",
            "",
            "1/2",
            "Amber",
            "",
            "amber",
        ),
        (
            "Set up the ASYE academy with the regional teaching partnership",
            "Workforce",
            "Completed",
            "Medium",
            "Jo Patel",
            "10/01/2024",
            "15/01/2024",
            "31/03/2024",
            "false",
            "22/03/2024",
            "Jo Patel",
            "",
            "",
            "First cohort of 12 started in March.",
            "blue",
        ),
        (
            "Report the improvement plan scorecard to Cabinet quarterly",
            "Leadership and governance",
            "In progress",
            "Medium",
            "Karen Doyle",
            "12/01/2024",
            "12/01/2024",
            "31/03/2025",
            "false",
            "",
            "",
            "",
            "Green",
            "",
            "green",
        ),
    ]
    for (
        tn,
        bucket,
        prog,
        prio,
        who,
        created,
        start,
        due,
        late,
        cdate,
        cby,
        chk,
        labels,
        desc,
        st,
    ) in rows:
        vals = [
            next(ids),
            tn,
            bucket,
            prog,
            prio,
            who,
            "Hannah Wright",
            created,
            start,
            due,
            "false",
            late,
            cdate,
            cby,
            chk.split("/")[0] if chk else "",
            chk.split("/")[1] if chk else "",
            labels,
            desc,
        ]
        for i, v in enumerate(vals):
            ws.cell(row=r, column=1 + i, value=v if v != "" else None)
        lead = who.split(";")
        d, m, y = due.split("/")
        exp.append(A(None, [bucket], tn, lead, "%s-%s" % (y, m), st))
        r += 1
    for _ws in wb.worksheets:
        autofit(_ws)
    wb.save(os.path.join(HERE, name))
    write_expected(
        name,
        source=(
            "Imitates the workbook Microsoft Planner produces with 'Export plan to Excel' for a "
            "council's post-ILACS improvement plan kept in Teams: Plan name / Plan ID / Date of export "
            "rows above a header of Task ID, Task Name, Bucket Name, Progress, Priority, Assigned To "
            "(semicolon-separated people), Created By, Created Date, Start date, Due date (dd/mm/yyyy "
            "text), Is Recurring, Late, Completed Date, Completed By, checklist counts, Labels and "
            "Description. The council uses the labels Red/Amber/Green for RAG (as many Planner users "
            "do). Content invented."
        ),
        reads=(
            "Nine tasks, grouped by the person under their bucket (front door, quality of practice, "
            "workforce, leadership); the task name is the action and there are no refs. Completed "
            "tasks are complete (blue); open tasks take the RAG label, and the untouched 'Not started' "
            "task has no label; Planner's Priority column (Urgent/Important/Medium/Low) is not the RAG."
        ),
        title="Harbourside Ofsted Improvement Plan 2024",
        actions=exp,
    )


# =====================================================================================
# T5  Programme highlight report: header block with overall RAG, milestones table (the
#     actions), risks & issues table and decisions (not actions).
# =====================================================================================
def t5_highlight():
    name = "b-highlight-report.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight Report"
    lists = wb.create_sheet("Lists")
    widths(ws, {"A": 24, "B": 50, "C": 24, "D": 12, "E": 12, "F": 10, "G": 44})
    ws["A1"] = "Kingsford Council – Children's Improvement Programme"
    ws["A1"].font = Font(bold=True, size=14, color="FFFFFF")
    ws["A1"].fill = rgb("203864")
    ws.merge_cells("A1:G1")
    ws["A2"] = "Monthly Highlight Report to the Improvement Board"
    ws["A2"].font = Font(bold=True, size=12)
    ws.merge_cells("A2:G2")
    info = [
        ("Reporting period", "1 – 31 March 2021"),
        ("Programme SRO", "Director of Children's Services"),
        ("Programme Manager", "Claire Dunmore"),
        ("Overall programme RAG", "A"),
        (
            "Summary",
            "Good progress on the front door and audit workstreams. Workforce milestones "
            "slipping because of agency turnover in the assessment teams.",
        ),
    ]
    for i, (k, v) in enumerate(info):
        cell(ws, 4 + i, 1, k, bold=True, fill=rgb("D9E1F2"))
        cell(ws, 4 + i, 2, v, fill=rgb(AMBER) if v == "A" else None)
        if k == "Summary":
            ws.merge_cells(start_row=4 + i, start_column=2, end_row=4 + i, end_column=7)
            ws.row_dimensions[4 + i].height = 30
    r = 10
    cell(ws, r, 1, "1. Key milestones", bold=True, border=False, font=Font(bold=True, size=12))
    r += 1
    for i, h in enumerate(
        ["Workstream", "Milestone", "Owner", "Baseline date", "Forecast date", "RAG", "Commentary"]
    ):
        cell(
            ws, r, 1 + i, h, fill=rgb("203864"), font=Font(bold=True, color="FFFFFF"), align=CENTRE
        )
    r += 1
    ragf = {"G": rgb(GREEN), "A": rgb(AMBER), "R": rgb(RED), "Complete": rgb(BLUE)}
    exp = []
    W1, W2, W3 = "Front Door and Assessment", "Quality Assurance and Audit", "Workforce"
    groups = [
        (
            W1,
            [
                (
                    "MASH operating procedures signed off by all three statutory partners",
                    "Head of Service – MASH",
                    D(2021, 1, 31),
                    D(2021, 1, 31),
                    "Complete",
                    "Signed off at Partnership Executive 28/01.",
                    "2021-01",
                    "blue",
                ),
                (
                    "Single assessment timeliness above 85% for three consecutive months",
                    "Head of Service – MASH",
                    D(2021, 3, 31),
                    D(2021, 5, 31),
                    "A",
                    "February 81%, March 84%.",
                    "2021-05",
                    "amber",
                ),
                (
                    "Out-of-hours strategy discussion protocol agreed with Kingsford Police",
                    "Emergency Duty Team Manager / DI Public Protection",
                    D(2021, 4, 30),
                    D(2021, 4, 30),
                    "G",
                    "Draft with police legal.",
                    "2021-04",
                    "green",
                ),
            ],
        ),
        (
            W2,
            [
                (
                    "New QA framework launched, including family feedback in audits",
                    "Head of Quality Assurance",
                    D(2021, 2, 28),
                    D(2021, 2, 28),
                    "Complete",
                    "Launched at the February practice week.",
                    "2021-02",
                    "blue",
                ),
                (
                    "Monthly moderated audit programme running in all service areas",
                    "Head of Quality Assurance",
                    D(2021, 4, 30),
                    D(2021, 4, 30),
                    "G",
                    "Two of four areas running.",
                    "2021-04",
                    "green",
                ),
                (
                    "Learning from audit reported to the Improvement Board each quarter",
                    "Principal Social Worker",
                    D(2021, 6, 30),
                    D(2021, 6, 30),
                    "G",
                    "",
                    "2021-06",
                    "green",
                ),
            ],
        ),
        (
            W3,
            [
                (
                    "Recruitment and retention package approved by Cabinet",
                    "Head of HR (People Services)",
                    D(2021, 2, 28),
                    D(2021, 3, 31),
                    "R",
                    "Deferred to April Cabinet; not in March papers.",
                    "2021-03",
                    "red",
                ),
                (
                    "Agency social worker rate reduced to 20%",
                    "Head of HR (People Services)",
                    D(2021, 9, 30),
                    D(2021, 12, 31),
                    "A",
                    "Currently 31%.",
                    "2021-12",
                    "amber",
                ),
                (
                    "Caseloads in assessment teams below 20 per worker",
                    "Service Manager, Assessment",
                    D(2021, 6, 30),
                    D(2021, 6, 30),
                    "A",
                    "Average 23.",
                    "2021-06",
                    "amber",
                ),
            ],
        ),
    ]
    for ws_name, ms in groups:
        start = r
        for m, owner, base, fc, rag, com, end, st in ms:
            cell(ws, r, 1, None)
            cell(ws, r, 2, m)
            cell(ws, r, 3, owner)
            cell(ws, r, 4, base, fmt="mmm-yy", align=Alignment(vertical="top", horizontal="center"))
            cell(ws, r, 5, fc, fmt="mmm-yy", align=Alignment(vertical="top", horizontal="center"))
            cell(
                ws,
                r,
                6,
                rag,
                fill=ragf[rag],
                bold=True,
                align=CENTRE,
                font=Font(bold=True, color="FFFFFF") if rag == "Complete" else None,
            )
            cell(ws, r, 7, com or None)
            lead = [x.strip() for x in owner.split(" / ")]
            exp.append(A(None, [ws_name], m, lead, end, st))
            r += 1
        ws.cell(row=start, column=1, value=ws_name).font = BOLD
        ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    cell(ws, r, 1, "2. Key risks and issues", border=False, font=Font(bold=True, size=12))
    r += 1
    for i, h in enumerate(
        ["ID", "Risk / issue", "Owner", "Likelihood", "Impact", "RAG", "Mitigation"]
    ):
        cell(
            ws, r, 1 + i, h, fill=rgb("203864"), font=Font(bold=True, color="FFFFFF"), align=CENTRE
        )
    r += 1
    for rid, risk, own, l, im, rag, mit in [
        (
            "R03",
            "Loss of experienced team managers in the assessment service",
            "DCS",
            4,
            4,
            "R",
            "Market supplement agreed for team managers; interim cover in place.",
        ),
        (
            "R07",
            "Police resourcing for out-of-hours strategy discussions",
            "DI Public Protection",
            3,
            4,
            "A",
            "Escalated to the Partnership Executive.",
        ),
        (
            "I02",
            "Liquidlogic upgrade delays the audit module",
            "Head of Performance",
            3,
            2,
            "A",
            "Manual audit tool in use until June.",
        ),
    ]:
        for i, v in enumerate([rid, risk, own, l, im, rag, mit]):
            cell(
                ws,
                r,
                1 + i,
                v,
                fill=ragf[rag] if i == 5 else None,
                align=CENTRE if i in (3, 4, 5) else WRAP,
            )
        r += 1
    r += 1
    cell(
        ws,
        r,
        1,
        "3. Decisions required from the Board",
        border=False,
        font=Font(bold=True, size=12),
    )
    r += 1
    cell(ws, r, 1, "1.", border=False)
    cell(
        ws,
        r,
        2,
        "Note the slippage on the recruitment and retention package and agree escalation to the Leader.",
        border=False,
    )
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=7)
    lists["A1"] = "RAG"
    for i, v in enumerate(["Complete", "G", "A", "R"]):
        lists.cell(row=2 + i, column=1, value=v)
    ws.page_setup.orientation = "landscape"
    for _ws in wb.worksheets:
        autofit(_ws)
    wb.save(os.path.join(HERE, name))
    write_expected(
        name,
        source=(
            "Imitates a children's improvement programme's monthly highlight report to the "
            "Improvement Board (PRINCE2-style, as used by Torbay and Cheshire East improvement "
            "programmes): a header block with reporting period, SRO, programme manager, overall RAG "
            "and summary; a Key milestones table (Workstream merged down the first column / Milestone / "
            "Owner / Baseline date / Forecast date as mmm-yy dates / RAG letter or 'Complete' / "
            "Commentary); then a Key risks and issues table with its own RAG column and a Decisions "
            "required list."
        ),
        reads=(
            "Nine milestones, three per workstream, are the plan's actions; the forecast date is the "
            "revised end. The overall programme RAG in the header, the risks and issues table (its own "
            "RAG column) and the decision for the Board are not actions."
        ),
        title="Kingsford Council – Children's Improvement Programme",
        actions=exp,
    )


# =====================================================================================
# T6  Smartsheet export: no title row, hierarchy by outline level + indent, parent rows
#     with rolled-up dates, RYGB symbol column exported as Red/Yellow/Green/Blue.
# =====================================================================================
def t6_smartsheet():
    name = "b-smartsheet-export.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Focused Visit Action Plan"
    hdr = [
        "Task Name",
        "Assigned To",
        "Start Date",
        "End Date",
        "Duration",
        "% Complete",
        "Status",
        "Comments",
    ]
    for i, h in enumerate(hdr):
        x = ws.cell(row=1, column=1 + i, value=h)
        x.font = BOLD
        x.fill = rgb("D9D9D9")
    widths(ws, {"A": 70, "B": 28, "C": 11, "D": 11, "E": 9, "F": 11, "G": 9, "H": 40})
    ws.freeze_panes = "B2"
    ws.sheet_properties.outlinePr.summaryBelow = False
    exp = []
    r = 2
    groups = [
        (
            "Area for improvement 1: The timeliness of initial child protection conferences",
            D(2022, 12, 1),
            D(2023, 6, 30),
            [
                (
                    "Agree a daily conference booking slot with the Child Protection Chairs",
                    "Hannah Wright",
                    D(2022, 12, 1),
                    D(2023, 1, 13),
                    1.0,
                    "Blue",
                    "Slots live from 09/01.",
                    "2023-01",
                    "blue",
                ),
                (
                    "Report ICPC timeliness weekly to the Head of Safeguarding",
                    "Hannah Wright",
                    D(2022, 12, 5),
                    D(2023, 2, 28),
                    0.6,
                    "Green",
                    "",
                    "2023-02",
                    "green",
                ),
                (
                    "Recruit two additional Child Protection Chairs",
                    "Tom Okafor, Leah Burns",
                    D(2023, 1, 3),
                    D(2023, 6, 30),
                    0.25,
                    "Yellow",
                    "One appointed; readvertised.",
                    "2023-06",
                    "amber",
                ),
            ],
        ),
        (
            "Area for improvement 2: The quality of plans for children in need of help and protection",
            D(2023, 1, 9),
            D(2023, 9, 29),
            [
                (
                    "Launch a new child protection plan template with SMART outcomes",
                    "Dev Mistry",
                    D(2023, 1, 9),
                    D(2023, 3, 31),
                    0.5,
                    "Green",
                    "",
                    "2023-03",
                    "green",
                ),
                (
                    "Deliver plan-writing workshops for all social workers and team managers",
                    "Principal Social Worker",
                    D(2023, 2, 1),
                    D(2023, 5, 26),
                    0.1,
                    "Red",
                    "Trainer unavailable; new dates being sought.",
                    "2023-05",
                    "red",
                ),
                (
                    "Audit 40 plans against the new standard and report to the Practice Board",
                    "QA Manager",
                    D(2023, 6, 1),
                    D(2023, 9, 29),
                    0.0,
                    None,
                    "",
                    "2023-09",
                    "unrated",
                ),
            ],
        ),
        (
            "Area for improvement 3: Management oversight of children's progress in pre-proceedings",
            D(2022, 12, 1),
            D(2023, 4, 28),
            [
                (
                    "Set up a fortnightly PLO tracking panel chaired by the Head of Service",
                    "Dev Mistry",
                    D(2022, 12, 1),
                    D(2023, 1, 31),
                    1.0,
                    "Blue",
                    "Panel running.",
                    "2023-01",
                    "blue",
                ),
                (
                    "Review all children in pre-proceedings for longer than 16 weeks",
                    "Service Manager (Court & PLO)",
                    D(2023, 1, 16),
                    D(2023, 4, 28),
                    0.4,
                    "Yellow",
                    "12 of 30 reviewed.",
                    "2023-04",
                    "amber",
                ),
            ],
        ),
    ]
    for area, s, e, tasks in groups:
        vals = [area, None, s, e, "%dd" % ((e - s).days * 5 // 7), None, None, None]
        for i, v in enumerate(vals):
            x = ws.cell(row=r, column=1 + i, value=v)
            x.font = BOLD
            if i in (2, 3):
                x.number_format = "dd/mm/yy"
        r += 1
        for t, who, ts, te, pc, st, com, end, est in tasks:
            vals = [t, who, ts, te, "%dd" % max(1, (te - ts).days * 5 // 7), pc, st, com or None]
            for i, v in enumerate(vals):
                x = ws.cell(row=r, column=1 + i, value=v)
                if i in (2, 3):
                    x.number_format = "dd/mm/yy"
                if i == 5:
                    x.number_format = "0%"
            ws.cell(row=r, column=1).alignment = Alignment(indent=2)
            ws.row_dimensions[r].outline_level = 1
            lead = [p.strip() for p in who.split(",")] if who == "Tom Okafor, Leah Burns" else [who]
            exp.append(A(None, [area], t, lead, end, est))
            r += 1
    for _ws in wb.worksheets:
        autofit(_ws)
    wb.save(os.path.join(HERE, name))
    write_expected(
        name,
        source=(
            "Imitates a Smartsheet sheet exported to Excel (File > Export > Excel) that a council "
            "children's service used for its focused visit action plan: one header row and no title, "
            "the Primary 'Task Name' column with parent rows (bold, rolled-up start/end dates and "
            "duration) and indented child rows grouped by outline level, Assigned To contact column "
            "(multiple contacts comma-separated), Start/End Date as dd/mm/yy dates, Duration in days, "
            "% Complete, and a Red/Yellow/Green/Blue symbol column exported as words."
        ),
        reads=(
            "Three areas for improvement are the parent rows; the eight indented tasks beneath them are "
            "the actions, with no refs. The Status symbol reads as RAG with Yellow meaning amber and "
            "Blue complete; one task has no status yet. There is no title line in the sheet (only the "
            "tab name), so no title is recorded."
        ),
        title=None,
        actions=exp,
    )


# =====================================================================================
# T7  REFUSE: an end cell typed "Mar-2O18" (letter O for zero).
# =====================================================================================
def t7_refuse_month():
    name = "b-refuse-mistyped-month.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    widths(ws, {"A": 6, "B": 52, "C": 26, "D": 12, "E": 10, "F": 40})
    ws["A1"] = "Elmbridge Vale Council – Ofsted ILACS Action Plan (published November 2017)"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Progress at 31 January 2018"
    hdr = ["Ref", "Action", "Lead officer", "End date", "RAG", "Progress"]
    for i, h in enumerate(hdr):
        cell(ws, 4, 1 + i, h, fill=rgb("BDD7EE"), bold=True, align=CENTRE)
    ws.freeze_panes = "A5"
    ragf = {"G": rgb(GREEN), "A": rgb(AMBER), "R": rgb(RED), "B": rgb(BLUE)}
    r = 5

    def theme(t):
        nonlocal r
        cell(ws, r, 1, t, fill=rgb("DEEAF6"), bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        r += 1

    theme(
        "1. Recommendation: ensure that return home interviews are offered to every child who goes missing"
    )
    for row in [
        (
            "1.1",
            "Commission an independent return home interview service.",
            "Head of Commissioning",
            "Jan-18",
            "B",
            "Contract awarded.",
        ),
        (
            "1.2",
            "Report return home interview take-up monthly to the LSCB missing sub-group.",
            "Performance Manager",
            "Feb-18",
            "G",
            "",
        ),
        (
            "1.3",
            "Share intelligence from interviews with police through the MACE panel.",
            "CSE Coordinator",
            "Mar-2O18",
            "A",
            "Information sharing agreement in draft.",
        ),
    ]:
        for i, v in enumerate(row):
            cell(ws, r, 1 + i, v, fill=ragf[v] if i == 4 else None)
        r += 1
    bad_row = r - 1  # row 8
    theme(
        "2. Recommendation: improve the timeliness of initial health assessments for children in care"
    )
    for row in [
        (
            "2.1",
            "Agree a single notification process with the CCG for new entrants to care.",
            "Head of Children in Care",
            "Apr-18",
            "G",
            "",
        ),
        (
            "2.2",
            "Escalate any assessment not completed in 20 working days to the Designated Nurse.",
            "Team Manager, Children in Care",
            "Ongoing",
            "G",
            "",
        ),
    ]:
        for i, v in enumerate(row):
            cell(ws, r, 1 + i, v, fill=ragf[v] if i == 4 else None)
        r += 1
    for _ws in wb.worksheets:
        autofit(_ws)
    wb.save(os.path.join(HERE, name))
    assert ws.cell(row=bad_row, column=4).value == "Mar-2O18"
    write_expected(
        name,
        source=(
            "Imitates a short district-style ILACS action plan workbook of 2017-18 (title row, progress "
            "date, Ref / Action / Lead officer / End date / RAG / Progress, recommendation rows merged "
            "across). End dates are typed as text (Jan-18, Feb-18)."
        ),
        reads=(
            "Five actions under two recommendations, but the end date of action 1.3 reads 'Mar-2O18' "
            "with a letter O in place of the zero, typed as text. It is probably March 2018, but it is a "
            "data-entry error a careful reader would query before importing (FORMAT.md: a mistyped "
            "month is a refusal at that row)."
        ),
        outcome="refuse",
        refuse_at=bad_row,
        title="Elmbridge Vale Council – Ofsted ILACS Action Plan (published November 2017)",
    )


if __name__ == "__main__":
    t1_ilacs_tracker()
    t2_send_fills()
    t3_audit()
    t4_planner()
    t5_highlight()
    t6_smartsheet()
    t7_refuse_month()
    print("done")
