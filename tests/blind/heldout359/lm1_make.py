"""Build the seven lm1- blind cases (children's services plans) and their expected readings.

Run with: /work/main/.venv/bin/python lm1_make.py
Writes the data files and NAME.expected.yaml beside each into this folder.
"""
import datetime as dt
import json
import os

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "0070C0"
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill(fill_type="solid", fgColor=hexcol, bgColor=hexcol)


# ---------------------------------------------------------------- YAML writer
def q(s):
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    if s is None:
        return "null"
    return json.dumps(s, ensure_ascii=False)


def write_expected(name, meta, actions):
    lines = []
    lines.append("source: >-")
    lines.append("  " + meta["source"])
    lines.append("reads: >-")
    lines.append("  " + meta["reads"])
    lines.append("outcome: " + meta["outcome"])
    lines.append("accept_refusal: " + ("true" if meta.get("accept_refusal") else "false"))
    if meta.get("refuse_at") is not None:
        lines.append("refuse_at: %d" % meta["refuse_at"])
    if meta.get("title"):
        lines.append("title: " + q(meta["title"]))
    if meta["outcome"] == "read":
        lines.append("actions:")
        for a in actions:
            lines.append("  - ref: " + q(a["ref"]))
            lines.append("    under: [" + ", ".join(q(u) for u in a["under"]) + "]")
            lines.append("    action: " + q(a["action"]))
            lines.append("    lead: [" + ", ".join(q(x) for x in a["lead"]) + "]")
            lines.append("    end: " + q(a["end"]))
            if a.get("end_text"):
                lines.append("    end_text: " + q(a["end_text"]))
            lines.append("    status: " + a["status"])
    with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def act(ref, under, action, lead, end, status, end_text=None):
    return dict(ref=ref, under=under, action=action, lead=lead, end=end,
                status=status, end_text=end_text)


# ============================================================ 1. Devon ILACS xlsx
def devon():
    name = "lm1-devon-county-council-ilacs-improvement-plan.xlsx"
    title = "Devon County Council – Children’s Services ILACS Improvement Plan 2024–2026"
    T1 = "Theme 1: Help and protection"
    T2 = "Theme 2: Children in care and care leavers"
    T3 = "Theme 3: Leadership, management and workforce"
    R1 = ("The quality and timeliness of strategy discussions and child protection enquiries, "
          "including the contribution of partner agencies.")
    R2 = "The response to 16- and 17-year-olds who present as homeless."
    R3 = ("The sufficiency of local homes for children in care, so that fewer children live at a "
          "distance from Devon.")
    R4 = ("The quality of pathway plans, so that they are written with young people and reflect "
          "their current needs.")
    R5 = "The stability of the social work workforce and the reliance on agency staff."
    D = dt.datetime
    # (ref, rec, action, lead cell, lead list, original, revised, prev, curr, progress, end, end_text, status)
    rows = [
        (T1, R1, [
            ("1.1", "Introduce a revised strategy discussion template and practice standard, co-produced with Devon and Cornwall Police and health safeguarding leads.",
             "Head of Service, MASH and Assessment", ["Head of Service, MASH and Assessment"],
             D(2024, 9, 30), D(2024, 12, 31), "Amber", "Green",
             "Template agreed at DCFP Executive on 12/11/24; in use from 2 December 2024.",
             "2024-12", None, "green"),
            ("1.2", "Monthly multi-agency audit of 10 strategy discussions, with findings reported to the Devon Children and Families Partnership Quality Assurance subgroup.",
             "Principal Social Worker / DCFP Business Manager", ["Principal Social Worker", "DCFP Business Manager"],
             D(2025, 3, 31), None, "Green", "Amber",
             "Two audits completed (Oct, Nov). December audit not held due to police availability.",
             "2025-03", None, "amber"),
            ("1.3", "Deliver refresher training on child protection thresholds and the Devon threshold document to all frontline team managers.",
             "JH / SR", ["JH", "SR"],
             D(2025, 1, 31), None, "Amber", "Blue",
             "Complete – 46 of 48 team managers attended; remaining two booked for February.",
             "2025-01", None, "blue"),
        ]),
        (T1, R2, [
            ("2.1", "Agree a joint protocol for homeless 16- and 17-year-olds with the eight district councils, including a joint assessment pathway.",
             "Head of Service CIN; Strategic Housing Lead", ["Head of Service CIN", "Strategic Housing Lead"],
             D(2024, 10, 31), D(2025, 2, 28), "Red", "Amber",
             "Draft protocol agreed with six of eight districts. Revised date approved by Improvement Board.",
             "2025-02", None, "amber"),
            ("2.2", "Ensure every 16- and 17-year-old presenting as homeless is offered an independent advocate and is told of their right to be accommodated under section 20.",
             "Service Manager, Young People’s Service", ["Service Manager, Young People’s Service"],
             D(2024, 11, 30), None, "Green", "Blue",
             "Advocacy offer recorded on 100% of the 23 presentations in Q3.",
             "2024-11", None, "blue"),
        ]),
        (T2, R3, [
            ("3.1", "Open two new council-run children’s homes (four beds each) in North Devon and Torridge.",
             "Director of Children’s Social Care", ["Director of Children’s Social Care"],
             D(2025, 3, 31), D(2025, 9, 30), "Amber", "Amber",
             "First home registered with Ofsted in November; second delayed by planning approval.",
             "2025-09", None, "amber"),
            ("3.2", "Launch a foster carer recruitment campaign with enhanced allowances for carers of teenagers and sibling groups.",
             "Head of Fostering\nFostering Recruitment Manager", ["Head of Fostering", "Fostering Recruitment Manager"],
             "Sept 2024", None, "Green", "Blue",
             "Campaign launched 16 September 2024; 31 enquiries and 4 assessments started.",
             "2024-09", None, "blue"),
        ]),
        (T2, R4, [
            ("4.1", "Relaunch the pathway plan template, written to the young person, with a mandatory review at 17½ years.",
             "Head of Service, Care Leavers", ["Head of Service, Care Leavers"],
             D(2024, 11, 30), None, "Amber", "Green",
             "New template live on the case management system; 58% of plans now on the new template.",
             "2024-11", None, "green"),
            ("4.2", "Quarterly themed audit of pathway plans by Independent Reviewing Officers, with feedback to personal advisers.",
             "Head of Quality Assurance", ["Head of Quality Assurance"],
             "Quarterly", None, "Green", "Green",
             "Q3 audit: 14 plans, 9 judged good or better.",
             None, "Quarterly", "green"),
        ]),
        (T3, R5, [
            ("5.1", "Implement the Devon social work recruitment and retention offer, including market supplements for hard-to-fill teams.",
             "HR Business Partner (Children’s) & Director of Children’s Social Care",
             ["HR Business Partner (Children’s)", "Director of Children’s Social Care"],
             D(2024, 12, 31), D(2025, 3, 31), "Amber", "Green",
             "Agency social workers down from 31% to 24%. Market supplements approved by Cabinet.",
             "2025-03", None, "green"),
        ]),
    ]

    wb = openpyxl.Workbook()
    # ---- Cover sheet
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=16)
    ws["A2"] = "Responding to the Ofsted inspection of local authority children’s services, 8–19 January 2024 (published 4 March 2024)"
    ws["A4"] = "Document control"
    ws["A4"].font = Font(bold=True)
    dc = [("Version", "Date", "Author", "Change"),
          ("0.4", "25/03/2024", "Improvement Programme Manager", "Draft for Improvement Board"),
          ("1.0", "15/05/2024", "Improvement Programme Manager", "Submitted to Ofsted"),
          ("1.3", "09/01/2025", "Improvement Programme Manager", "Q3 progress update; revised dates agreed")]
    for i, r in enumerate(dc):
        for j, v in enumerate(r):
            c = ws.cell(row=5 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
    ws["A10"] = "RAG key"
    ws["A10"].font = Font(bold=True)
    key = [("Red", "Off track – significant risk to delivery; escalated to Improvement Board", RED),
           ("Amber", "Some slippage – mitigations in place", AMBER),
           ("Green", "On track to deliver by the (revised) date", GREEN),
           ("Blue", "Complete – evidence of impact held", BLUE)]
    for i, (k, d_, col) in enumerate(key):
        ws.cell(row=11 + i, column=1, value=k).fill = fill(col)
        ws.cell(row=11 + i, column=2, value=d_)
    ws["A16"] = "Owner: Director of Children’s Social Care. Governance: Children’s Services Improvement Board (monthly)."
    ws.column_dimensions["A"].width = 14
    ws.column_dimensions["B"].width = 60
    ws.column_dimensions["C"].width = 32
    ws.column_dimensions["D"].width = 40

    # ---- Summary sheet
    ss = wb.create_sheet("Summary")
    ss["A1"] = "Summary of current RAG by theme – December 2024"
    ss["A1"].font = Font(bold=True, size=13)
    hdr = ["Theme", "Actions", "Red", "Amber", "Green", "Blue"]
    for j, v in enumerate(hdr):
        c = ss.cell(row=3, column=1 + j, value=v)
        c.font = Font(bold=True)
        c.border = BOX
    sumrows = [(T1, 5, 0, 2, 1, 2), (T2, 4, 0, 1, 2, 1), (T3, 1, 0, 0, 1, 0), ("Total", 10, 0, 3, 4, 3)]
    for i, r in enumerate(sumrows):
        for j, v in enumerate(r):
            c = ss.cell(row=4 + i, column=1 + j, value=v)
            c.border = BOX
            if r[0] == "Total":
                c.font = Font(bold=True)
    ss.column_dimensions["A"].width = 46

    # ---- Plan sheet
    ps = wb.create_sheet("Improvement Plan")
    ps["A1"] = "Children’s Services ILACS Improvement Plan – action tracker"
    ps["A1"].font = Font(bold=True, size=14)
    ps["A2"] = "Progress position at 31 December 2024 (reported to Improvement Board 16 January 2025)"
    headers = ["Ref", "Ofsted recommendation", "Action", "Lead", "Original completion date",
               "Revised completion date", "Previous RAG (Sept 24)", "Current RAG (Dec 24)",
               "Progress update"]
    for j, h in enumerate(headers):
        c = ps.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = WRAP
        c.border = BOX
    widths = [7, 40, 55, 30, 14, 14, 12, 12, 50]
    for j, w in enumerate(widths):
        ps.column_dimensions[get_column_letter(j + 1)].width = w
    ragfill = {"Red": RED, "Amber": AMBER, "Green": GREEN, "Blue": BLUE}
    r = 5
    expected = []
    last_theme = None
    for theme, rec, acts in rows:
        if theme != last_theme:
            ps.cell(row=r, column=1, value=theme).font = Font(bold=True)
            ps.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            ps.cell(row=r, column=1).fill = fill("D9E1F2")
            r += 1
            last_theme = theme
        first = r
        for (ref, text, leadcell, leads, orig, rev, prev, curr, prog, end, end_text, status) in acts:
            ps.cell(row=r, column=1, value=ref)
            ps.cell(row=r, column=3, value=text)
            ps.cell(row=r, column=4, value=leadcell)
            c = ps.cell(row=r, column=5, value=orig)
            if isinstance(orig, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if rev is not None:
                c = ps.cell(row=r, column=6, value=rev)
                c.number_format = "dd/mm/yyyy"
            ps.cell(row=r, column=7, value=prev).fill = fill(ragfill[prev])
            ps.cell(row=r, column=8, value=curr).fill = fill(ragfill[curr])
            ps.cell(row=r, column=9, value=prog)
            for col in range(1, 10):
                ps.cell(row=r, column=col).alignment = WRAP
                ps.cell(row=r, column=col).border = BOX
            expected.append(act(ref, [theme, rec], text, leads, end, status, end_text))
            r += 1
        ps.cell(row=first, column=2, value=rec)
        ps.cell(row=first, column=2).alignment = WRAP
        if r - 1 > first:
            ps.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ps.cell(row=r, column=1, value="Notes: Revised completion dates were agreed by the Improvement Board on 14 November 2024. "
                                  "Where no revised date is shown the original date stands.")
    ps.cell(row=r + 1, column=1, value="Blue actions remain on the tracker for one quarter to evidence sustained impact.")
    ps.freeze_panes = "A5"

    gl = wb.create_sheet("Glossary")
    for i, (a, b) in enumerate([("Term", "Meaning"), ("DCFP", "Devon Children and Families Partnership"),
                                ("MASH", "Multi-Agency Safeguarding Hub"), ("CIN", "Children in need"),
                                ("IRO", "Independent Reviewing Officer")]):
        gl.cell(row=1 + i, column=1, value=a)
        gl.cell(row=1 + i, column=2, value=b)
    wb.save(os.path.join(HERE, name))

    meta = dict(
        source=("Imitates a Devon County Council children’s services improvement plan responding to an ILACS "
                "inspection (2024), as councils present them to an improvement board and scrutiny "
                "(cf. Cheshire East ILACS improvement plan progress reports, moderngov.cheshireeast.gov.uk; Ofsted "
                "ILACS framework, gov.uk). Copied: cover sheet with document control and RAG key, summary "
                "totals sheet, theme rows merged across, Ofsted recommendation vertically merged over its actions, "
                "original and revised completion dates, previous and current RAG with fill colour, several leads in "
                "one cell (slash, semicolon, ampersand, line break), initials as leads, notes lines, glossary sheet."),
        reads=("A four-sheet workbook: the cover, summary and glossary sheets are not actions; the "
               "'Improvement Plan' sheet holds ten numbered actions under three themes, each answering an Ofsted "
               "recommendation that is merged down beside its actions. The end is the revised date where one "
               "is given, and the status is the current (December) RAG."),
        outcome="read", title=title)
    write_expected(name, meta, expected)
    return name, expected


# ================================================= 2. Nottinghamshire SEND xlsx
def notts():
    name = "lm1-nottinghamshire-local-area-send-priority-action-plan.xlsx"
    title = "Nottinghamshire Local Area SEND Partnership – Priority Action Plan 2025–2027"
    A1 = ("Area for priority action 1: Leaders across the partnership must improve the timeliness and quality "
          "of education, health and care (EHC) needs assessments and plans, so that children and young people "
          "receive the right support without delay.")
    A2 = ("Area for priority action 2: Leaders should make sure that children and young people with SEND who "
          "are not in school full time, including those in alternative provision, are known, safe and "
          "receiving a suitable education.")
    I1 = ("Area for improvement 1: The ICB should reduce waiting times for neurodevelopmental assessment and "
          "improve the support available to families while they wait.")
    I2 = ("Area for improvement 2: Leaders should improve the quality of preparation for adulthood planning "
          "from Year 9 onwards.")
    # (ref, action, lead cell, leads, timescale cell, end, end_text, fill or None, status, progress)
    groups = [
        (A1, [
            ("P1.1", "Recruit to the expanded EHC assessment team (6 additional EHC co-ordinators and 2 senior educational psychologists).",
             "Group Manager, SEND Assessment and Review", ["Group Manager, SEND Assessment and Review"],
             "By 31 December 2025", "2025-12", None, GREEN, "green",
             "5 of 6 co-ordinators in post; EP posts advertised twice."),
            ("P1.2", "Introduce a weekly multi-agency EHC panel, with health and social care advice returned within 6 weeks in at least 90% of cases.",
             "Designated Clinical Officer (ICB)\nHead of Children’s Disability Service",
             ["Designated Clinical Officer (ICB)", "Head of Children’s Disability Service"],
             "Oct 2025", "2025-10", None, AMBER, "amber",
             "Panel running since June. Health advice within 6 weeks: 71% (August)."),
            ("P1.3", "Quality assure 10% of new EHC plans each month using the partnership quality framework and share findings with SENCO networks.",
             "SEND Quality Assurance Lead", ["SEND Quality Assurance Lead"],
             "Monthly", None, "Monthly", GREEN, "green",
             "Audits completed every month since May; 62% of plans good or better."),
        ]),
        (A2, [
            ("P2.1", "Establish a single register of children on part-time timetables and in alternative provision, reviewed fortnightly by the Inclusion Panel.",
             "Head of Inclusion Services", ["Head of Inclusion Services"],
             "Summer term 2025", "2025-07", "Summer term 2025", BLUE, "blue",
             "Register live; 214 children recorded at July census."),
            ("P2.2", "Commission additional registered alternative provision places in Mansfield and Ashfield.",
             "Commissioning Manager (Education)", ["Commissioning Manager (Education)"],
             "Sept 2025 – March 2026", "2026-03", "Sept 2025 – March 2026", RED, "red",
             "Tender returned no compliant bids; market engagement to be repeated."),
        ]),
        (I1, [
            ("I1.1", "Roll out the ‘waiting well’ offer, including parent workshops and a single point of contact, across all Place-Based Partnerships.",
             "Associate Director of Commissioning (ICB)", ["Associate Director of Commissioning (ICB)"],
             "Q3 2025/26", "2025-12", None, AMBER, "amber",
             "Live in Mansfield and Ashfield PBP; Bassetlaw and South Notts from November."),
            ("I1.2", "Publish neurodevelopmental waiting time data every month on the Local Offer website.",
             "DCO / Local Offer Manager", ["DCO", "Local Offer Manager"],
             "Nov-25", "2025-11", None, None, "unrated",
             ""),
        ]),
        (I2, [
            ("I2.1", "Embed preparation for adulthood outcomes in all Year 9 annual review paperwork and train SENCOs in their use.",
             "PfA Lead; SENCO Network Chair", ["PfA Lead", "SENCO Network Chair"],
             "Autumn term 2025", "2025-12", "Autumn term 2025", GREEN, "green",
             "Paperwork revised; SENCO training booked for 7 and 14 October."),
            ("I2.2", "Agree a joint transitions protocol between children’s and adult social care for young people with EHC plans from age 14.",
             "Head of Transitions", ["Head of Transitions"],
             "31/03/2026", "2026-03", None, GREEN, "green",
             "First draft discussed at Preparing for Adulthood Board, September 2025."),
        ]),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Priority Action Plan"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=15)
    ws["A2"] = "Area SEND inspection of Nottinghamshire: report published 11 March 2025. Inspection outcome: widespread and/or systemic failings."
    ws["A3"] = "Position at: 30 September 2025 | Plan owner: SEND Partnership Board"
    hdr = ["Ref", "What we will do", "Lead officer(s)", "Timescale", "RAG", "Progress and impact (September 2025)"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        c.border = BOX
        c.alignment = WRAP
    for j, w in enumerate([8, 60, 34, 20, 8, 50]):
        ws.column_dimensions[get_column_letter(j + 1)].width = w
    r = 6
    expected = []
    for head, acts in groups:
        c = ws.cell(row=r, column=1, value=head)
        c.font = Font(bold=True)
        c.fill = fill("E4DFEC")
        c.alignment = WRAP
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        ws.row_dimensions[r].height = 45
        r += 1
        for (ref, text, leadcell, leads, ts, end, end_text, col, status, prog) in acts:
            vals = [ref, text, leadcell, ts, None, prog or None]
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.alignment = WRAP
                c.border = BOX
            if col:
                ws.cell(row=r, column=5).fill = fill(col)
            expected.append(act(ref, [head], text, leads, end, status, end_text))
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG is shown by cell colour – see the Key sheet. An uncoloured cell means the action has not yet started.")
    key = wb.create_sheet("Key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (col, d_) in enumerate([(RED, "Red – not on track; action required by the SEND Partnership Board"),
                                   (AMBER, "Amber – at risk of slipping"),
                                   (GREEN, "Green – on track"),
                                   (BLUE, "Blue – complete and impact evidenced")]):
        key.cell(row=3 + i, column=1).fill = fill(col)
        key.cell(row=3 + i, column=2, value=d_)
    key.column_dimensions["B"].width = 70
    gov = wb.create_sheet("Governance")
    gov["A1"] = "Reporting cycle"
    gov["A1"].font = Font(bold=True)
    for i, (a, b) in enumerate([("SEND Partnership Board", "Bi-monthly"),
                                ("Children and Families Select Committee", "Six-monthly"),
                                ("ICB Quality and People Committee", "Quarterly"),
                                ("DfE / NHS England stocktake", "Six-monthly")]):
        gov.cell(row=3 + i, column=1, value=a)
        gov.cell(row=3 + i, column=2, value=b)
    gov.column_dimensions["A"].width = 42
    wb.save(os.path.join(HERE, name))
    meta = dict(
        source=("Imitates a local area SEND partnership priority action plan written after an Ofsted/CQC area SEND "
                "inspection under the 2023 framework (areas for priority action and areas for improvement; see "
                "gov.uk 'Area SEND inspections: support and challenge following inspection'), as a county council "
                "and ICB such as Nottinghamshire would publish in 2025. Copied: partnership title block with "
                "position date, area-for-priority-action and area-for-improvement rows merged across the sheet, "
                "RAG shown only by cell fill colour with the key on a separate sheet, leads from council and ICB "
                "(line break, slash, semicolon), terms and periods as timescales, separate governance sheet."),
        reads=("One plan sheet with two areas for priority action and two areas for improvement, each written in "
               "full in a merged row, with nine referenced actions beneath them. RAG has no words: the colour of "
               "the RAG cell is the status, read against the Key sheet, and the one uncoloured cell is an action "
               "not yet started."),
        outcome="read", title=title)
    write_expected(name, meta, expected)
    return name, expected


# ================================================ 3. Sunderland corporate parenting xlsx
def sunderland():
    name = "lm1-sunderland-city-council-corporate-parenting-board-action-plan.xlsx"
    title = "Sunderland Corporate Parenting Board – Action Plan 2025/26"
    P1 = "Pledge 1: We will listen to you and act on what you tell us"
    P2 = "Pledge 2: We will make sure you have a safe, stable home"
    P3 = "Pledge 3: We will help you do well in education, training and work"
    P4 = "Pledge 4: We will support you to be healthy"
    stfill = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Off track": RED, "Not started": None}
    stmap = {"Complete": "blue", "On track": "green", "At risk": "amber", "Off track": "red", "Not started": "unrated"}
    # pledge, ref, action, champion, lead cell, leads, due cell, end, end_text, status, update
    rows = [
        (P1, "1a", "The Change Council to present to every Board meeting, with a ‘you said, we did’ response published within four weeks.",
         "Cllr L. Farthing", "Participation and Engagement Manager", ["Participation and Engagement Manager"],
         "Ongoing", None, "Ongoing", "On track", "Change Council presented on apprenticeships (July) and family time (September)."),
        (P1, "1b", "Refresh the Mind of My Own offer so that every child aged 8 and over is offered the app before their review.",
         "Cllr L. Farthing", "Head of Service, Children Looked After", ["Head of Service, Children Looked After"],
         "Jan 2026", "2026-01", None, "At risk", "Licence renewal delayed by procurement; interim paper forms in use."),
        (P2, "2a", "Increase the number of in-house fostering households by 20 (net) through the Fostering Friendly Sunderland campaign.",
         "Cllr P. Stewart", "Fostering Service Manager", ["Fostering Service Manager"],
         dt.datetime(2026, 3, 31), "2026-03", None, "On track", "9 net new households approved April–September."),
        (P2, "2b", "Review every child living more than 20 miles from Sunderland at the monthly Placement Sufficiency Panel.",
         "Cllr P. Stewart", "Assistant Director, Children’s Social Care", ["Assistant Director, Children’s Social Care"],
         "Oct 2025", "2025-10", None, "Complete", "All 37 children reviewed; 6 plans to return closer to home."),
        (P3, "3a", "Guarantee an interview for care leavers who meet the essential criteria for council vacancies and apprenticeships.",
         "Cllr M. Dixon", "Head of HR and OD / Virtual School Head", ["Head of HR and OD", "Virtual School Head"],
         "Dec 2025", "2025-12", None, "Off track", "Recruitment system change not yet scheduled; escalated to Chief Officer Group."),
        (P3, "3b", "Extend Personal Education Plan support to care experienced young people aged 16–18 in college.",
         "Cllr M. Dixon", "Virtual School Head", ["Virtual School Head"],
         "Sept 2025", "2025-09", None, "Complete", "Post-16 PEPs in place at Sunderland College and Northern Academy of Performing Arts."),
        (P4, "4a", "Make sure initial health assessments are completed within 20 working days of a child coming into care.",
         "Cllr J. Chequer", "Designated Nurse for Children in Care (ICB)", ["Designated Nurse for Children in Care (ICB)"],
         "Mar-26", "2026-03", None, "Not started", ""),
        (P4, "4b", "Offer every care leaver a free Everyone Active leisure pass up to age 25.",
         "Cllr J. Chequer", "Leisure Services Manager; Leaving Care Team Manager",
         ["Leisure Services Manager", "Leaving Care Team Manager"],
         "Apr 2026", "2026-04", None, "On track", "Scheme agreed in principle with operator."),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Action Plan 2025-26"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=15)
    ws["A2"] = "Our promise to children in care and care leavers – progress report to the Board, 9 October 2025"
    ws["A3"] = "Status key:"
    for j, k in enumerate(["Complete", "On track", "At risk", "Off track", "Not started"]):
        c = ws.cell(row=3, column=2 + j, value=k)
        if stfill[k]:
            c.fill = fill(stfill[k])
    hdr = ["Pledge", "No.", "What we will do", "Elected Member champion", "Lead officer", "Due",
           "Status", "Update for Board (October 2025)"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.fill = fill("BDD7EE")
        c.border = BOX
        c.alignment = WRAP
    for j, w in enumerate([34, 6, 58, 18, 34, 12, 12, 50]):
        ws.column_dimensions[get_column_letter(j + 1)].width = w
    r = 6
    last = None
    expected = []
    for (pl, ref, text, champ, leadcell, leads, due, end, end_text, st, upd) in rows:
        vals = [pl if pl != last else None, ref, text, champ, leadcell, due, st, upd or None]
        for j, v in enumerate(vals):
            c = ws.cell(row=r, column=1 + j, value=v)
            c.alignment = WRAP
            c.border = BOX
        if pl != last:
            ws.cell(row=r, column=1).font = Font(bold=True)
        if isinstance(due, dt.datetime):
            ws.cell(row=r, column=6).number_format = "dd/mm/yyyy"
        if stfill[st]:
            ws.cell(row=r, column=7).fill = fill(stfill[st])
        last = pl
        expected.append(act(ref, [pl], text, leads, end, stmap[st], end_text))
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Summary: 8 actions – 2 complete, 3 on track, 1 at risk, 1 off track, 1 not started.")
    ws.cell(row=r + 1, column=1, value="Actions marked complete will be removed from the plan after the January 2026 Board.")
    b = wb.create_sheet("Board dates")
    b["A1"] = "Corporate Parenting Board 2025/26 meeting dates"
    b["A1"].font = Font(bold=True)
    for i, d_ in enumerate(["10 July 2025", "9 October 2025", "15 January 2026", "16 April 2026"]):
        b.cell(row=3 + i, column=1, value=d_)
    wb.save(os.path.join(HERE, name))
    meta = dict(
        source=("Imitates a council Corporate Parenting Board action plan organised by the pledges of its "
                "corporate parenting strategy, as Sunderland City Council would bring to its Board in 2025 "
                "(cf. Bracknell Forest Corporate Parenting Strategy action plan 2025–2028 with pledges, "
                "responsible officer and timeline, bracknell-forest.gov.uk; Slough Corporate Parenting Panel "
                "action plan update, democracy.slough.gov.uk). Copied: title and report line, status key in the "
                "sheet heading, pledge written once at the top of its group (not repeated down), elected member "
                "champion beside the lead officer, status words with fill, summary line and a meeting-dates sheet."),
        reads=("Eight actions, two under each of four pledges; the pledge is written only against the first action "
               "of its group and applies to the rows below it. The lead is the lead officer column (not the "
               "councillor champion) and the status word is read by the key at the top: Complete = blue, On track "
               "= green, At risk = amber, Off track = red, Not started = unrated."),
        outcome="read", title=title)
    write_expected(name, meta, expected)
    return name, expected


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    parts = text.split("\n")
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        run.font.size = Pt(size)


# ================================================ 4. Edinburgh children at risk of harm docx
def edinburgh():
    name = "lm1-city-of-edinburgh-children-at-risk-of-harm-joint-inspection-improvement-plan.docx"
    title = "Joint Inspection of Services for Children and Young People at Risk of Harm in Edinburgh – Improvement Plan"
    PR1 = "Priority 1: Recognising and responding to risk"
    PR2 = "Priority 2: Children’s voice and participation"
    PR3 = "Priority 3: Leadership, performance and quality assurance"
    AF1 = ("Area for improvement 1: Partners should improve the quality and consistency of chronologies so that "
           "they inform assessments of risk and need.")
    AF2 = ("Area for improvement 2: Partners should ensure that inter-agency referral discussions (IRDs) "
           "consistently include health and, where appropriate, education.")
    AF3 = ("Area for improvement 3: Partners should make sure children’s views are consistently recorded and "
           "influence child protection planning.")
    AF4 = ("Area for improvement 4: The Chief Officers Group should strengthen its oversight of performance and "
           "quality assurance information about children at risk of harm.")
    ragcol = {"Green": GREEN, "Amber": AMBER, "Red": RED, "Complete": BLUE}
    ragmap = {"Green": "green", "Amber": "amber", "Red": "red", "Complete": "blue"}
    # priority -> list of (afi, [ (ref, action, leadcell, leads, timescale, end, end_text, rag, progress) ])
    plan = [
        (PR1, [
            (AF1, [
                ("1.1", "Implement the revised multi-agency chronology guidance and template across social work, health and education.",
                 "CPC Chair; Chief Social Work Officer", ["CPC Chair", "Chief Social Work Officer"],
                 "March 2025", "2025-03", None, "Green",
                 "Guidance approved by CPC in January 2025; template live in SWIFT and TRAK."),
                ("1.2", "Deliver chronology practice workshops to 300 practitioners, prioritising named persons in schools.",
                 "CPC Learning and Development Lead", ["CPC Learning and Development Lead"],
                 "June 2025", "2025-06", None, "Amber",
                 "176 practitioners trained to date. Additional sessions added for secondary schools."),
            ]),
            (AF2, [
                ("1.3", "Extend the health IRD rota so that a health representative takes part in every IRD, including at weekends.",
                 "Lead Nurse for Child Protection, NHS Lothian", ["Lead Nurse for Child Protection, NHS Lothian"],
                 "Sept 2024 – March 2025", "2025-03", "Sept 2024 – March 2025", "Complete",
                 "Health present at 97% of IRDs in the last quarter."),
            ]),
        ]),
        (PR2, [
            (AF3, [
                ("2.1", "Introduce the ‘My View’ pre-meeting tool for children aged 8 and over before each child protection planning meeting.",
                 "Senior Manager, Children’s Practice Teams", ["Senior Manager, Children’s Practice Teams"],
                 "December 2024", "2024-12", None, "Complete",
                 "In use in all four localities since November 2024."),
                ("2.2", "Involve young people from the Champions Board in reviewing child protection leaflets and letters to families.",
                 "Participation Officer (Champions Board)", ["Participation Officer (Champions Board)"],
                 "Ongoing", None, "Ongoing", "Green",
                 "Two leaflets rewritten with young people; letters next."),
            ]),
        ]),
        (PR3, [
            (AF4, [
                ("3.1", "Develop a quarterly multi-agency performance dataset for children at risk of harm, reported to the Chief Officers Group.",
                 "CPC Lead Officer & Head of Performance", ["CPC Lead Officer", "Head of Performance"],
                 "Q1 2025/26", "2025-06", None, "Amber",
                 "Police and health data agreed; education measures still in development."),
                ("3.2", "Undertake a multi-agency case file audit of 40 children on the child protection register and report findings to CPC.",
                 "Quality Assurance Subgroup Chair", ["Quality Assurance Subgroup Chair"],
                 "August 2025", "2025-08", None, "Red",
                 "Audit postponed twice because of staffing in the audit team; new dates being agreed."),
            ]),
        ]),
    ]
    d = docx.Document()
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.8)
    p = d.add_paragraph()
    rn = p.add_run("Edinburgh Child Protection Committee")
    rn.bold = True
    rn.font.size = Pt(12)
    d.add_heading(title, level=0)
    d.add_paragraph("The Care Inspectorate, with Healthcare Improvement Scotland, HM Inspectorate of Constabulary in "
                    "Scotland and Education Scotland, published its report on services for children and young people "
                    "at risk of harm in Edinburgh in August 2024. This plan sets out how the partnership will respond "
                    "to the four areas for improvement identified in the report. Progress is reported to the Child "
                    "Protection Committee and to the Chief Officers Group each quarter.")
    d.add_heading("Document control", level=2)
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for j, h in enumerate(["Version", "Date", "Author", "Comment"]):
        set_cell(t.rows[0].cells[j], h, bold=True)
    for row in [("1.0", "31/10/2024", "CPC Lead Officer", "Agreed by Chief Officers Group"),
                ("1.1", "20/02/2025", "CPC Lead Officer", "Q3 progress"),
                ("1.2", "21/05/2025", "CPC Lead Officer", "Q4 progress; RAG updated")]:
        cells = t.add_row().cells
        for j, v in enumerate(row):
            set_cell(cells[j], v)
    expected = []
    for pri, afis in plan:
        d.add_heading(pri, level=1)
        t = d.add_table(rows=0, cols=6)
        t.style = "Table Grid"
        for afi, acts in afis:
            row = t.add_row()
            m = row.cells[0].merge(row.cells[5])
            set_cell(m, afi, bold=True)
            shade(m, "DEEAF6")
            hrow = t.add_row().cells
            for j, h in enumerate(["Ref", "Improvement action", "Lead", "Timescale", "Progress", "RAG"]):
                set_cell(hrow[j], h, bold=True)
            for (ref, text, leadcell, leads, ts, end, end_text, rag, prog) in acts:
                c = t.add_row().cells
                for j, v in enumerate([ref, text, leadcell, ts, prog, rag]):
                    set_cell(c[j], v)
                shade(c[5], ragcol[rag])
                expected.append(act(ref, [pri, afi], text, leads, end, ragmap[rag], end_text))
        d.add_paragraph()
    d.add_heading("RAG status key", level=2)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, desc in [("Red", "Action is off track and requires intervention by the Chief Officers Group"),
                    ("Amber", "Action has slipped or is at risk; recovery plan in place"),
                    ("Green", "Action is on track"),
                    ("Complete", "Action delivered and evidence of impact reported to CPC")]:
        c = t.add_row().cells
        set_cell(c[0], k, bold=True)
        shade(c[0], ragcol[k])
        set_cell(c[1], desc)
    d.add_heading("Glossary", level=2)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in [("CPC", "Child Protection Committee"), ("IRD", "Inter-agency referral discussion"),
                 ("COG", "Chief Officers Group"), ("SWIFT / TRAK", "Social work and NHS Lothian case recording systems")]:
        c = t.add_row().cells
        set_cell(c[0], a)
        set_cell(c[1], b)
    d.save(os.path.join(HERE, name))
    meta = dict(
        source=("Imitates a Scottish child protection committee improvement plan responding to a Care Inspectorate "
                "joint inspection of services for children and young people at risk of harm (see "
                "careinspectorate.com, joint inspections of services for children: the guide), as the City of "
                "Edinburgh partnership would publish in 2024–25. Copied: committee name above the title, "
                "narrative introduction, document control table, one Word table per priority with the area for "
                "improvement in a shaded merged row above its actions, RAG cell shaded with words (Complete for "
                "delivered actions), RAG key and glossary tables at the end."),
        reads=("Three priorities, each a heading followed by its own table; each table begins with the area for "
               "improvement in a merged row, then a header row and the actions, seven in all. Document control, "
               "RAG key and glossary tables are not part of the plan, and Complete is read as blue."),
        outcome="read", title=title)
    write_expected(name, meta, expected)
    return name, expected


# ================================================ 5. Vale of Glamorgan CIW docx
def vale():
    name = "lm1-vale-of-glamorgan-ciw-childrens-services-performance-evaluation-improvement-plan.docx"
    title = ("Vale of Glamorgan Council – Children and Young People Services: CIW Performance Evaluation "
             "Inspection Improvement Plan")
    PV = "People – voice and control"
    PR = "Prevention"
    PI = "Partnerships and integration"
    WB = "Well-being"
    stmap = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    stcol = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    plan = [
        (PV, "Ensure the voice of the child is consistently evident in assessments and care and support plans.", [
            ("1.1", "Revise the assessment template in WCCIS to include a mandatory section recording the child’s own words.",
             "Operational Manager, Safeguarding and Reviewing", ["Operational Manager, Safeguarding and Reviewing"],
             "30/09/2024", "2024-09", None, "B", "New template live from 16 September 2024."),
            ("1.2", "Commission an ‘active offer’ of independent advocacy for every child subject to an initial child protection conference.",
             "Head of Children and Young People Services", ["Head of Children and Young People Services"],
             "31/03/2025", "2025-03", None, "G", "Contract variation agreed with TGP Cymru; uptake monitored monthly."),
        ]),
        (PR, "Improve the timeliness of responses to information, advice and assistance (IAA) contacts from families.", [
            ("2.1", "Review staffing at the Intake and Family Support front door and introduce a daily duty triage meeting.",
             "Operational Manager, Intake and Family Support", ["Operational Manager, Intake and Family Support"],
             "December 2024", "2024-12", None, "A", "Triage meeting in place; two social work vacancies remain."),
            ("2.2", "Publish the Families First early help directory on Dewis Cymru and the Council website.",
             "Families First Co-ordinator", ["Families First Co-ordinator"],
             "31/01/2025", "2025-01", None, "B", "Published January 2025."),
        ]),
        (PI, "Strengthen joint working with Cardiff and Vale University Health Board on emotional health and well-being support for children looked after.", [
            ("3.1", "Agree a joint pathway with CAMHS for children looked after, with a named link clinician for each locality team.",
             "Head of Children and Young People Services / Director of Mental Health, CAVUHB",
             ["Head of Children and Young People Services", "Director of Mental Health, CAVUHB"],
             "30/06/2025", "2025-06", None, "A", "Pathway drafted; clinician capacity still being confirmed by the Health Board."),
        ]),
        (WB, "Ensure care leavers have access to suitable accommodation and are supported to develop independent living skills.", [
            ("4.1", "Increase the number of supported lodgings providers from 6 to 12.",
             "Accommodation Solutions Manager", ["Accommodation Solutions Manager"],
             "31/03/2025", "2025-03", None, "R", "One new provider approved; recruitment campaign to be relaunched with Housing."),
            ("4.2", "Deliver the ‘Ready to Move On’ independent living skills course with the Housing Solutions team.",
             "Team Manager, 16+ Team", ["Team Manager, 16+ Team"],
             "Six-monthly", None, "Six-monthly", "G", "Course ran in October 2024 (8 young people); next cohort April 2025."),
        ]),
    ]
    d = docx.Document()
    sec = d.sections[0]
    from docx.enum.section import WD_ORIENT
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.5)
    d.add_heading(title, level=0)
    d.add_paragraph("Cyngor Bro Morgannwg / Vale of Glamorgan Council")
    d.add_paragraph("Inspection: 10–14 June 2024   |   Report published: 29 August 2024   |   Plan updated: February 2025")
    d.add_paragraph("Care Inspectorate Wales (CIW) evaluated the Council’s performance against the four principles of "
                    "the Social Services and Well-being (Wales) Act 2014. The areas for improvement identified by CIW "
                    "are set out below under each principle, with the actions the Council will take.")
    p = d.add_paragraph()
    p.add_run("Status: ").bold = True
    p.add_run("B – complete;  G – on track;  A – some delay, recovery in hand;  R – significant delay or risk")
    t = d.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    for j, h in enumerate(["No.", "Area for improvement (CIW)", "Action", "Responsible officer", "Target date",
                           "Progress update", "Status"]):
        set_cell(t.rows[0].cells[j], h, bold=True)
        shade(t.rows[0].cells[j], "D9D9D9")
    expected = []
    for principle, afi, acts in plan:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[6])
        set_cell(m, principle, bold=True, size=10)
        shade(m, "C5E0B3")
        first_idx = len(t.rows)
        for (ref, text, leadcell, leads, target, end, end_text, st, prog) in acts:
            c = t.add_row().cells
            for j, v in enumerate([ref, None, text, leadcell, target, prog, st]):
                if v is not None:
                    set_cell(c[j], v)
            shade(c[6], stcol[st])
            expected.append(act(ref, [principle, afi], text, leads, end, stmap[st], end_text))
        last_idx = len(t.rows) - 1
        top = t.rows[first_idx].cells[1]
        if last_idx > first_idx:
            top = top.merge(t.rows[last_idx].cells[1])
        set_cell(top, afi)
    d.add_paragraph()
    d.add_paragraph("This plan is monitored by the Children and Young People Services Management Team monthly and "
                    "reported to the Healthy Living and Social Care Scrutiny Committee twice a year.")
    d.add_heading("Sign-off", level=2)
    t2 = d.add_table(rows=0, cols=3)
    t2.style = "Table Grid"
    for a, b, c_ in [("Director of Social Services", "L. Davies", "12/02/2025"),
                     ("Cabinet Member for Social Care and Health", "Cllr E. Williams", "14/02/2025")]:
        cells = t2.add_row().cells
        set_cell(cells[0], a)
        set_cell(cells[1], b)
        set_cell(cells[2], c_)
    d.save(os.path.join(HERE, name))
    meta = dict(
        source=("Imitates a Welsh local authority improvement plan responding to a Care Inspectorate Wales "
                "performance evaluation inspection of children's services, organised by the four principles of the "
                "Social Services and Well-being (Wales) Act 2014 (CIW Code of Practice for review of local "
                "authority social services, careinspectorate.wales), as the Vale of Glamorgan would publish in "
                "2024–25. Copied: bilingual council line, inspection/publication dates line, status key paragraph "
                "with B/G/A/R letters, one landscape table with principle rows merged across and the CIW area for "
                "improvement merged down beside its actions, shaded status cells, sign-off table."),
        reads=("A single plan table: four principle rows spanning the table, each followed by the CIW area for "
               "improvement (merged down the second column) and its numbered actions, seven in all. Status is the "
               "letter, read by the key paragraph (B = complete); the sign-off table is not part of the plan."),
        outcome="read", title=title)
    write_expected(name, meta, expected)
    return name, expected


# ================================================ 6. Blackpool early help csv
def blackpool():
    import csv
    import io
    name = "lm1-blackpool-early-help-partnership-strategy-action-plan.csv"
    title = "Blackpool Early Help Partnership Strategy 2024-2027 - Action Plan"
    P1 = "Priority 1: Families get help early, in their community"
    P2 = "Priority 2: Children are ready for school and attend well"
    P3 = "Priority 3: Young people are safe and supported through adolescence"
    P4 = "Priority 4: The partnership knows it is making a difference"
    stmap = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red", "Not started": "unrated"}
    rows = [
        (P1, "1.1", "Open Family Hubs in all four Blackpool localities with a consistent core offer (Start for Life, parenting, SEND, money advice).",
         "Head of Family Hubs", ["Head of Family Hubs"], "Blackpool Council; Blackpool Better Start; NHS Lancashire and South Cumbria ICB",
         "01/04/2024", "31/03/2025", "2025-03", None, "Complete", "All four hubs open; Grange Park hub opened 3 March 2025."),
        (P1, "1.2", "Train 200 partner practitioners in the Early Help Assessment and Team Around the Family approach.\nPriority groups: schools, health visitors and housing officers.",
         "Early Help Workforce Development Lead", ["Early Help Workforce Development Lead"], "Blackpool Safeguarding Partnership",
         "01/04/2024", "31/12/2025", "2025-12", None, "Green", "141 practitioners trained; 23 schools represented."),
        (P1, "1.3", "Introduce a single request for support form for early help and children's social care through the Front Door.",
         "Head of Front Door / MASH Team Manager", ["Head of Front Door", "MASH Team Manager"], "Lancashire Constabulary; schools",
         "01/09/2024", "30/06/2025", "2025-06", None, "Amber", "Form agreed; Liquidlogic build delayed to August."),
        (P2, "2.1", "Deliver the Better Start 'Talk to Your Baby' programme through every Family Hub.",
         "Better Start Programme Manager", ["Better Start Programme Manager"], "NSPCC; Blackpool Better Start",
         "01/04/2024", "Ongoing", None, "Ongoing", "Green", "Running weekly in all hubs."),
        (P2, "2.2", "Family support workers to follow up every pupil with attendance below 90% who has an open Early Help Assessment.",
         "Head of Attendance; Early Help Service Manager", ["Head of Attendance", "Early Help Service Manager"], "Schools; Blackpool Education Improvement Board",
         "01/09/2024", "31/07/2026", "2026-07", None, "Amber", "Data sharing agreement with 2 academy trusts outstanding."),
        (P3, "3.1", "Launch a detached youth work offer in Central and Claremont wards on Friday and Saturday evenings.",
         "Youth Services Manager / Neighbourhood Inspector (Lancashire Police)", ["Youth Services Manager", "Neighbourhood Inspector (Lancashire Police)"], "Lancashire Constabulary; Blackpool Football Club Community Trust",
         "01/06/2024", "Sep-25", "2025-09", None, "Complete", "Running since July 2025; 310 contacts in first 8 weeks."),
        (P3, "3.2", "Embed the Reducing Parental Conflict programme in early help support for families of teenagers.",
         "RPC Lead", ["RPC Lead"], "DWP; Relate",
         "01/10/2024", "31/03/2026", "2026-03", None, "Red", "Practitioner lead vacant since May; recruitment under way."),
        (P4, "4.1", "Publish an Early Help Partnership outcomes dashboard, reviewed quarterly by the Children and Young People's Partnership Board.",
         "Head of Performance and Intelligence", ["Head of Performance and Intelligence"], "All partners",
         "01/01/2026", "Q4 2025/26", "2026-03", None, "Not started", ""),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([title, "", "", "", "", "", "", "", ""])
    w.writerow(["Progress update for the Children and Young People's Partnership Board - September 2025", "", "", "", "", "", "", "", ""])
    w.writerow([""] * 9)
    w.writerow(["Priority", "Ref", "Action", "Lead(s)", "Partner agencies", "Start", "End", "RAG", "Update (September 2025)"])
    expected = []
    for (pr, ref, text, leadcell, leads, partners, start, endcell, end, end_text, rag, upd) in rows:
        w.writerow([pr, ref, text, leadcell, partners, start, endcell, rag, upd])
        expected.append(act(ref, [pr], text, leads, end, stmap[rag], end_text))
    w.writerow([""] * 9)
    w.writerow(["Total actions: 8", "", "Complete: 2", "Green: 2", "Amber: 2", "Red: 1", "Not started: 1", "", ""])
    w.writerow(["RAG key: Complete = delivered; Green = on track; Amber = some slippage; Red = off track", "", "", "", "", "", "", "", ""])
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())
    meta = dict(
        source=("Imitates an early help partnership strategy action plan exported to CSV for a children's "
                "partnership board update, as Blackpool Council and partners would keep it for 2024–2027 "
                "(cf. early help strategy pages of Coventry and Slough, coventry.gov.uk, democracy.slough.gov.uk). "
                "Copied: title and board line above the header, priority repeated on every row as an export does, "
                "partner agencies column beside the leads, start and end dates, a quoted action with a line break "
                "inside it, RAG words including Complete and Not started, totals and key lines after the table."),
        reads=("Eight actions under four priorities, one per CSV record; the action 1.2 record spans two physical "
               "lines because of a line break inside its quoted text. The End column is the due date (Start is "
               "not), the lead is the Lead(s) column rather than partner agencies, and the last lines are a totals "
               "block and key, not actions."),
        outcome="read", title=title)
    write_expected(name, meta, expected)
    return name, expected


# ================================================ 7. Worcestershire focused visit txt (refuse)
def worcs():
    name = "lm1-worcestershire-children-first-focused-visit-action-plan-typo-month-refuse.txt"
    title = "Worcestershire Children First – Ofsted Focused Visit Action Plan"
    AF1 = "The quality of written plans for children in need, so that they are specific about what needs to change and by when."
    AF2 = "Management oversight and supervision, so that it is regular, reflective and drives progress for children."
    AF3 = "The timeliness of child protection conferences and core group meetings for children on repeat plans."
    lines = [
        title,
        "Focused visit 4–5 March 2025: children in need and children subject to a child protection plan",
        "Plan owner: Director of Children’s Social Care\tVersion 1.2\tUpdated 30 June 2025",
        "",
        "Ref\tArea for improvement\tAction\tLead\tTarget date\tRAG\tProgress update",
        "1.1\t" + AF1 + "\tRelaunch the child in need plan template with SMART outcomes and a contingency section.\tHead of Service, Family Front Door\tJul-25\tGreen\tTemplate live in Liquidlogic from 2 June 2025.",
        "1.2\t\tMonthly dip sample of 20 child in need plans by team managers, with themes reported to the Quality Assurance Board.\tPrincipal Social Worker\tMonthly\tGreen\tFirst dip sample completed May 2025.",
        "1.3\t\tDeliver plan-writing workshops for all social workers in the Family Support teams.\tWorkforce Development Manager / Practice Educators\tSep-25\tAmber\t3 of 8 workshops delivered.",
        "2.1\t" + AF2 + "\tIntroduce a supervision audit tool and a quarterly supervision compliance report.\tHead of Quality Assurance\tOct-25\tAmber\tTool piloted in two teams.",
        "2.2\t\tRefresh the supervision policy and train all team managers in reflective supervision.\tPrincipal Social Worker; Head of Workforce\tFebuary 2026\tGreen\tPolicy draft to QA Board in July 2025.",
        "3.1\t" + AF3 + "\tIntroduce a repeat-plan tracker reviewed monthly by the Head of Safeguarding.\tHead of Safeguarding\tAug-25\tRed\tTracker built; monthly review not yet started.",
        "3.2\t\tChair-led review of every child subject to a second or subsequent plan within two years.\tSafeguarding Service Manager (Conference Chairs)\tDec-25\tNot started\t",
        "",
        "RAG key: Red – off track; Amber – at risk; Green – on track; Blue – complete",
    ]
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    bad = [i + 1 for i, l in enumerate(lines) if "Febuary" in l]
    assert bad == [10], bad
    meta = dict(
        source=("Imitates a children's trust's action plan after an Ofsted focused visit under the ILACS framework "
                "(focus on children in need and child protection; seslip.co.uk focused visit analysis; gov.uk ILACS "
                "framework), as Worcestershire Children First would keep it in 2025, saved as tab-separated text. "
                "Copied: title, visit line, owner/version line, area for improvement written once and left blank on "
                "the following rows, target dates as Mmm-yy, RAG words, key line at the end."),
        reads=("Seven actions under three areas for improvement, but the target date of action 2.2 on line 10 reads "
               "'Febuary 2026' – a mistyped month. A careful reader stops there and asks which month was meant "
               "rather than guessing."),
        outcome="refuse", refuse_at=10, title=title)
    write_expected(name, meta, [])
    return name, None


if __name__ == "__main__":
    for fn in (devon, notts, sunderland, edinburgh, vale, blackpool, worcs):
        n, e = fn()
        print(n, "actions:", None if e is None else len(e))
