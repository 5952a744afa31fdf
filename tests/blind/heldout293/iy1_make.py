#!/usr/bin/env python
"""Build the seven iy1- blind cases (set heldout293): data files and their expected readings.

Children's services plans: ILACS, youth justice (HMIP), fostering agency (Ofsted), area SEND,
JTAI, corporate parenting, early help.  Run with /work/main/.venv/bin/python.
"""
import csv
import io
import os
import re
from datetime import datetime

import yaml
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

OUT = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "red": "FF0000", "amber": "FFC000", "green": "00B050", "blue": "00B0F0",
    "grey": "D9D9D9", "navy": "1F3864", "lightblue": "DDEBF7", "teal": "1B6E6E",
    "lightteal": "D5ECEC", "purple": "5B2C6F", "lilac": "E8DAEF", "darkgreen": "375623",
    "palegreen": "E2EFDA",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(name):
    return PatternFill("solid", start_color=FILL[name], end_color=FILL[name])


class _Dumper(yaml.SafeDumper):
    pass


def _str_rep(dumper, value):
    # month strings and multi-line texts are written double-quoted so they read unambiguously
    if "\n" in value or re.fullmatch(r"\d{4}-\d{2}", value) or re.fullmatch(r"[\d.]+", value):
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style='"')
    return dumper.represent_scalar("tag:yaml.org,2002:str", value)


def _list_rep(dumper, value):
    # short lists of strings (under, lead) in flow style, the actions list in block style
    flow = all(isinstance(v, str) for v in value)
    return dumper.represent_sequence("tag:yaml.org,2002:seq", value, flow_style=flow)


_Dumper.add_representer(str, _str_rep)
_Dumper.add_representer(list, _list_rep)


def write_expected(fname, data):
    path = os.path.join(OUT, fname + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as fh:
        yaml.dump(data, fh, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=4096,
                  default_flow_style=False)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


def style_row(ws, row, ncols, bold=False, f=None, font_color=None):
    for c in range(1, ncols + 1):
        cell = ws.cell(row=row, column=c)
        cell.border = BOX
        cell.alignment = WRAP
        if bold or font_color:
            cell.font = Font(bold=bold, color=font_color)
        if f is not None:
            cell.fill = f


# ---------------------------------------------------------------------------
# 1. Ealing Council ILACS improvement plan (xlsx): cover + plan + key sheets,
#    priority rows and recommendation rows merged across, original and revised
#    dates, previous and current RAG (word + fill), summary block under the plan.
# ---------------------------------------------------------------------------
def ealing():
    fname = "iy1-ealing-council-ilacs-improvement-plan.xlsx"
    title = "Ealing Children's Services Improvement Plan 2024–2026"
    P1 = "Priority 1: Help and protection"
    P2 = "Priority 2: Leadership, management oversight and workforce"
    P3 = "Priority 3: Children in care and care leavers"
    R1 = ("Ofsted recommendation 1: The timeliness and quality of assessments for children in need "
          "of help and protection, including the consistent consideration of children’s identity "
          "and lived experience.")
    R2 = ("Ofsted recommendation 2: The effectiveness of management oversight and supervision in "
          "progressing children’s plans without delay.")
    R3 = ("Ofsted recommendation 3: Placement sufficiency, so that more children in care live in "
          "homes close to Ealing that meet their needs.")
    R4 = ("Ofsted recommendation 4: The quality of pathway plans and the support care leavers "
          "receive to access suitable accommodation.")
    # rows: (kind, ...)
    # action tuple: ref, action, lead_cell, lead_list, orig (value, fmt), revised (value, fmt) or None,
    #               prev, cur, update, end, status
    D = datetime
    rows = [
        ("prio", P1),
        ("rec", R1),
        ("act", "1.1",
         "Introduce a weekly assessment performance clinic chaired by the Head of Service, tracking "
         "every assessment open beyond 35 working days.",
         "Head of Service, Assessment and Intervention", ["Head of Service, Assessment and Intervention"],
         (D(2024, 11, 30), "dd/mm/yyyy"), None, "Green", "Blue",
         "Clinic running weekly since October 2024. Assessments completed within 45 working days "
         "rose from 71% to 89% (August 2025).", "2024-11", "blue"),
        ("act", "1.2",
         "Refresh the assessment practice standard and deliver practice workshops on identity, "
         "culture and lived experience to all assessment teams.",
         "Principal Social Worker / Head of Learning and Development",
         ["Principal Social Worker", "Head of Learning and Development"],
         (D(2025, 3, 1), "mmm-yy"), ("Sept 2025", None), "Amber", "Green",
         "Standard relaunched June 2025. 6 of 8 workshops delivered; final two booked for "
         "September.", "2025-09", "green"),
        ("act", "1.3",
         "Audit 40 child protection plans each quarter against the SMART planning standard, with "
         "findings reported to the Quality Assurance Board.",
         "Head of Quality Assurance and Safeguarding", ["Head of Quality Assurance and Safeguarding"],
         (D(2025, 3, 31), "dd/mm/yyyy"), (D(2025, 6, 30), "dd/mm/yyyy"), "Amber", "Amber",
         "Q1 audit completed (38 plans). Q2 audit delayed by QA vacancies.\n"
         "Improvement in contingency planning not yet consistent.", "2025-06", "amber"),
        ("prio", P2),
        ("rec", R2),
        ("act", "2.1",
         "Implement the revised supervision policy and recording template across all social work "
         "teams, with monthly compliance reporting.",
         "AD Safeguarding; AD Corporate Parenting", ["AD Safeguarding", "AD Corporate Parenting"],
         (D(2025, 1, 1), "mmm-yy"), None, "Green", "Blue",
         "Policy live from January 2025. Supervision within timescale at 92% (July 2025).",
         "2025-01", "blue"),
        ("act", "2.2",
         "Deliver the Ealing Practice Leadership Programme for team managers and advanced "
         "practitioners (cohorts 1 and 2).",
         "Rachel Obi and Tom Hennessy", ["Rachel Obi", "Tom Hennessy"],
         (D(2025, 7, 1), "mmm-yy"), (D(2025, 12, 1), "mmm-yy"), "Green", "Amber",
         "Cohort 1 completed. Cohort 2 start moved to October 2025 to fit the provider’s timetable.",
         "2025-12", "amber"),
        ("act", "2.3",
         "Reduce the agency social worker rate to below 25% through the recruitment and retention "
         "strategy.",
         "Head of Workforce Development (People Services)",
         ["Head of Workforce Development (People Services)"],
         (D(2026, 3, 1), "mmm-yy"), None, "Red", "Amber",
         "Agency rate 31% (down from 38%). 14 newly qualified social workers started in September.",
         "2026-03", "amber"),
        ("prio", P3),
        ("rec", R3),
        ("act", "3.1",
         "Open two council-run children’s homes in partnership with the West London Alliance.",
         "Director of Children’s Social Care", ["Director of Children’s Social Care"],
         (D(2025, 10, 1), "mmm-yy"), (D(2026, 4, 1), "mmm-yy"), "Amber", "Red",
         "First property purchased; planning consent for the second home refused in August. "
         "Escalated to the Improvement Board.", "2026-04", "red"),
        ("act", "3.2",
         "Launch a foster carer recruitment campaign targeting carers for teenagers and sibling "
         "groups.",
         "Head of Fostering and Adoption", ["Head of Fostering and Adoption"],
         (D(2025, 6, 1), "mmm-yy"), None, "Green", "Green",
         "Campaign launched May 2025; 23 enquiries and 4 assessments under way.", "2025-06", "green"),
        ("rec", R4),
        ("act", "3.3",
         "Review all pathway plans for care leavers aged 18–21 and ensure each has a suitable "
         "accommodation plan agreed with the young person.",
         "Service Manager (Leaving Care)", ["Service Manager (Leaving Care)"],
         (D(2024, 12, 31), "dd/mm/yyyy"), (D(2025, 3, 31), "dd/mm/yyyy"), "Amber", "Green",
         "All 212 pathway plans reviewed; 9 young people still awaiting a housing offer.",
         "2025-03", "green"),
        ("act", "3.4",
         "Agree a joint housing protocol with Ealing Housing Services guaranteeing a housing offer "
         "for care leavers at 18.",
         "Head of Service, Care Leavers / Head of Housing Needs",
         ["Head of Service, Care Leavers", "Head of Housing Needs"],
         (D(2025, 9, 1), "mmm-yy"), None, "Green", "Green",
         "Protocol drafted and agreed by Housing DMT; Cabinet sign-off due 15 October.",
         "2025-09", "green"),
    ]

    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=16, color=FILL["navy"])
    cov["A2"] = ("Our response to the Ofsted inspection of local authority children’s services "
                 "(ILACS), May 2024")
    cov["A2"].font = Font(italic=True, size=12)
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    dc = [("Version", "Date", "Author", "Approved by"),
          ("1.0", "19/08/2024", "Children’s Improvement Team", "Children’s Improvement Board"),
          ("1.4", "21/03/2025", "Children’s Improvement Team", "Children’s Improvement Board"),
          ("2.0", "30/09/2025", "Children’s Improvement Team", "Children’s Improvement Board")]
    for i, r in enumerate(dc):
        for j, v in enumerate(r):
            c = cov.cell(row=5 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True, color="FFFFFF")
                c.fill = fill("navy")
    cov["A10"] = "Governance"
    cov["A10"].font = Font(bold=True)
    cov["A11"] = ("Progress is reported monthly to the Children’s Improvement Board (independent chair) "
                  "and quarterly to the Children’s Services Scrutiny Panel.")
    cov.column_dimensions["A"].width = 22
    for col in "BCD":
        cov.column_dimensions[col].width = 30

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14, color=FILL["navy"])
    ws["A2"] = "Progress position at 30 September 2025"
    ws["A2"].font = Font(italic=True)
    hdr = ["Ref", "Action", "Lead(s)", "Original target date", "Revised target date",
           "Previous RAG (June 2025)", "Current RAG (Sept 2025)", "Progress update"]
    HR = 4
    for j, h in enumerate(hdr):
        ws.cell(row=HR, column=1 + j, value=h)
    style_row(ws, HR, 8, bold=True, f=fill("navy"), font_color="FFFFFF")
    ws.freeze_panes = "A5"
    r = HR + 1
    ragfill = {"Green": "green", "Amber": "amber", "Red": "red", "Blue": "blue"}
    actions = []
    cur_p = cur_r = None
    for row in rows:
        if row[0] == "prio":
            cur_p = row[1]
            ws.cell(row=r, column=1, value=row[1])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            style_row(ws, r, 8, bold=True, f=fill("navy"), font_color="FFFFFF")
        elif row[0] == "rec":
            cur_r = row[1]
            ws.cell(row=r, column=1, value=row[1])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            style_row(ws, r, 8, bold=True, f=fill("lightblue"))
            ws.row_dimensions[r].height = 32
        else:
            (_, ref, text, lead_cell, lead_list, orig, rev, prev, cur, upd, end, status) = row
            vals = [ref, text, lead_cell, orig[0], rev[0] if rev else None, prev, cur, upd]
            for j, v in enumerate(vals):
                ws.cell(row=r, column=1 + j, value=v)
            style_row(ws, r, 8)
            ws.cell(row=r, column=4).number_format = orig[1]
            if rev and rev[1]:
                ws.cell(row=r, column=5).number_format = rev[1]
            ws.cell(row=r, column=6).fill = fill(ragfill[prev])
            ws.cell(row=r, column=7).fill = fill(ragfill[cur])
            ws.cell(row=r, column=7).font = Font(bold=True)
            ws.row_dimensions[r].height = 60
            actions.append(act(ref, [cur_p, cur_r], text, lead_list, end, status))
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Summary of current RAG ratings").font = Font(bold=True)
    r += 1
    for lab, n in (("Blue", 2), ("Green", 4), ("Amber", 3), ("Red", 1), ("Total", 10)):
        ws.cell(row=r, column=1, value=lab).border = BOX
        ws.cell(row=r, column=2, value=n).border = BOX
        if lab in ragfill:
            ws.cell(row=r, column=1).fill = fill(ragfill[lab])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Note: revised target dates were agreed by the Children’s "
            "Improvement Board on 17 July 2025. Original dates are retained for transparency.")
    for col, w in zip("ABCDEFGH", (8, 55, 30, 14, 14, 12, 12, 55)):
        ws.column_dimensions[col].width = w

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True, size=12)
    for i, (lab, txt) in enumerate((
            ("Blue", "Action complete and impact being evidenced"),
            ("Green", "On track to deliver by the target date"),
            ("Amber", "Some slippage; recovery action in place"),
            ("Red", "Off track; escalated to the Improvement Board"))):
        key.cell(row=3 + i, column=1, value=lab).fill = fill(ragfill[lab])
        key.cell(row=3 + i, column=2, value=txt)
    key.column_dimensions["B"].width = 50
    wb.save(os.path.join(OUT, fname))

    write_expected(fname, {
        "source": (
            "Imitates the ILACS improvement plans London boroughs take to their children’s "
            "improvement board and scrutiny panel after an Ofsted inspection of local authority "
            "children’s services (compare the Cheshire East ILACS improvement plan progress reports "
            "2024–25 and Hounslow/Brent ILACS plans). Ealing Council, 2024–2026; content invented. "
            "Copied features: cover sheet with document-control table, priority rows and Ofsted "
            "recommendation rows merged across the sheet, original and revised target dates, "
            "previous and current RAG columns with words and fill, a RAG summary block and a note "
            "line under the plan, separate RAG key sheet."),
        "reads": (
            "A workbook whose ‘Improvement Plan’ sheet lists ten numbered actions under three "
            "priorities, each priority split by the Ofsted recommendation the actions answer. Each "
            "action has leads, an original and (for some) a revised target date, and previous and "
            "current RAG; the current RAG and the revised date are the ones that count. The cover "
            "and key sheets and the summary block under the plan are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return fname, len(actions)


# ---------------------------------------------------------------------------
# 2. Cheshire East YJS HMIP improvement plan (xlsx): plan sheet with board and
#    head-of-service section rows, recommendation merged down over its actions,
#    fill-only RAG column, dashboard and version sheets after it.
# ---------------------------------------------------------------------------
def cheshire_east_yjs():
    fname = "iy1-cheshire-east-youth-justice-service-hmip-improvement-plan.xlsx"
    title = "Cheshire East Youth Justice Service – HMI Probation Inspection Improvement Plan"
    S1 = "The Cheshire East Youth Justice Management Board should:"
    S2 = "The Head of Service, Youth Justice should:"
    R1 = ("1. ensure that the partnership’s disproportionality action plan is implemented and "
          "monitored, and that its impact on children from ethnic minority backgrounds is understood")
    R2 = ("2. make sure that children have timely access to speech, language and communication "
          "assessments and to emotional wellbeing support")
    R3 = ("3. improve the quality of assessment and planning to keep the child and other people "
          "safe, including contingency planning")
    R4 = ("4. strengthen management oversight of out-of-court disposal work so that decisions are "
          "consistently informed by a full assessment")
    R5 = "5. ensure that victims are contacted promptly and that their views inform planning"
    D = datetime
    # (section, rec, [actions]); action: ref, text, owner_cell, owner_list, (value, fmt), measure,
    #   update, fillname or None, end, end_text, status
    plan = [
        (S1, R1, [
            ("1.1", "Appoint a Board champion for disproportionality and add a standing "
             "disproportionality item to every Board agenda.",
             "Board Chair (Executive Director of Children’s Services)",
             ["Board Chair (Executive Director of Children’s Services)"],
             (D(2025, 3, 31), "dd/mm/yyyy"), "Standing item on all agendas from March 2025",
             "Champion (Cheshire Police Superintendent) appointed February 2025; item on every "
             "agenda since.", "blue", "2025-03", None, "blue"),
            ("1.2", "Produce a quarterly data profile of children’s ethnicity at each stage of the "
             "youth justice system and review it with partners.",
             "YJS Performance and Information Officer", ["YJS Performance and Information Officer"],
             ("Q2 2025/26", None), "Quarterly profile presented to Board",
             "First profile presented in June 2025; education exclusion data still to be added.",
             "green", "2025-09", None, "green"),
        ]),
        (S1, R2, [
            ("2.1", "Agree a service level agreement with the speech and language therapy service "
             "for screening of all children within 10 working days of starting an order.",
             "YJS Operations Manager / Children’s Therapies Service Manager (CEC)",
             ["YJS Operations Manager", "Children’s Therapies Service Manager (CEC)"],
             (D(2025, 6, 30), "dd/mm/yyyy"), "90% screened within 10 working days",
             "SLA drafted; funding for 0.6 FTE therapist still to be confirmed by the ICB.",
             "amber", "2025-06", None, "amber"),
            ("2.2", "Reinstate the seconded CAMHS practitioner post within the YJS.",
             "Head of Service, Youth Justice; CAMHS Service Manager (CWP)",
             ["Head of Service, Youth Justice", "CAMHS Service Manager (CWP)"],
             (D(2025, 4, 1), "mmm-yy"), "Post filled; consultation available every week",
             "Recruitment failed twice. Interim sessional cover from CWP agreed to September.",
             "red", "2025-04", None, "red"),
        ]),
        (S2, R3, [
            ("3.1", "Deliver AssetPlus refresher training on safety and wellbeing and risk of serious "
             "harm assessment to all case managers.",
             "YJS Practice Development Lead", ["YJS Practice Development Lead"],
             ("Dec 2025", None), "All case managers trained; audit scores improve",
             "Two of three sessions delivered (June and July 2025).", "green", "2025-12", None,
             "green"),
            ("3.2", "Introduce a monthly case audit cycle focused on contingency planning, with "
             "findings shared in team meetings.",
             "YJS Team Managers", ["YJS Team Managers"],
             (D(2025, 2, 28), "dd/mm/yyyy"), "10 cases audited per month",
             "Audit cycle in place since February 2025.", "blue", "2025-02", None, "blue"),
        ]),
        (S2, R4, [
            ("4.1", "Revise the out-of-court disposal decision-making panel terms of reference so "
             "that no decision is made without a completed assessment.",
             "YJS Operations Manager; Cheshire Police Inspector (Youth Justice)",
             ["YJS Operations Manager", "Cheshire Police Inspector (Youth Justice)"],
             ("Ongoing – reviewed quarterly", None), "Quarterly dip sample of panel decisions",
             "Revised terms of reference in use; quarterly dip sampling continues.", "green",
             None, "Ongoing – reviewed quarterly", "green"),
        ]),
        (S2, R5, [
            ("5.1", "Recruit a dedicated victim worker and set a standard of first contact with "
             "victims within 5 working days.",
             "Head of Service, Youth Justice", ["Head of Service, Youth Justice"],
             (D(2025, 11, 1), "mmm-yy"), "Victims contacted within 5 working days",
             "Not yet started – post to be advertised once the 2025/26 grant is confirmed.",
             None, "2025-11", None, "unrated"),
        ]),
    ]

    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    dash = wb.create_sheet("Dashboard")
    dash["A1"] = "Cheshire East YJS Improvement Plan – dashboard (June 2025)"
    dash["A1"].font = Font(bold=True, size=13)
    dash["A3"], dash["B3"] = "Status", "Number of actions"
    for c in ("A3", "B3"):
        dash[c].font = Font(bold=True)
    for i, (lab, n, fl) in enumerate((("Complete", 2, "blue"), ("On track", 3, "green"),
                                      ("Some slippage", 1, "amber"), ("Off track", 1, "red"),
                                      ("Not started", 1, None))):
        dash.cell(row=4 + i, column=1, value=lab)
        dash.cell(row=4 + i, column=2, value=n)
        if fl:
            dash.cell(row=4 + i, column=1).fill = fill(fl)
    dash["A9"], dash["B9"] = "Total", "=SUM(B4:B8)"
    dash.column_dimensions["A"].width = 20
    dash.column_dimensions["B"].width = 20

    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Inspection fieldwork: 9–13 September 2024 | Report published: 10 December 2024 | "
                "Plan approved by the Management Board: 22 January 2025 | Update: June 2025")
    ws["A3"] = ("RAG key (cell colour): green = on track; amber = some slippage; red = off track; "
                "blue = complete; no colour = not yet started")
    ws["A3"].font = Font(italic=True)
    hdr = ["HMIP recommendation", "Action no.", "Action", "Owner", "Timescale",
           "Success measure", "Progress update – June 2025", "RAG"]
    HR = 5
    for j, h in enumerate(hdr):
        ws.cell(row=HR, column=1 + j, value=h)
    style_row(ws, HR, 8, bold=True, f=fill("teal"), font_color="FFFFFF")
    r = HR + 1
    actions = []
    cur_s = None
    for sec, rec, acts in plan:
        if sec != cur_s:
            cur_s = sec
            ws.cell(row=r, column=1, value=sec)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            style_row(ws, r, 8, bold=True, f=fill("lightteal"))
            r += 1
        top = r
        ws.cell(row=top, column=1, value=rec)
        for a in acts:
            (ref, text, own_cell, own_list, tv, measure, upd, fl, end, end_text, status) = a
            for j, v in enumerate([ref, text, own_cell, tv[0], measure, upd]):
                ws.cell(row=r, column=2 + j, value=v)
            style_row(ws, r, 8)
            if tv[1]:
                ws.cell(row=r, column=5).number_format = tv[1]
            if fl:
                ws.cell(row=r, column=8).fill = fill(fl)
            ws.row_dimensions[r].height = 58
            actions.append(act(ref, [sec, rec], text, own_list, end, status, end_text))
            r += 1
        if r - 1 > top:
            ws.merge_cells(start_row=top, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(row=top, column=1).alignment = WRAP
    for col, w in zip("ABCDEFGH", (42, 9, 50, 30, 14, 28, 45, 7)):
        ws.column_dimensions[col].width = w

    ver = wb.create_sheet("Version control")
    for i, rr in enumerate((("Version", "Date", "Comment"),
                            ("0.3", "20/12/2024", "Draft submitted to HMI Probation"),
                            ("1.0", "22/01/2025", "Approved by YJ Management Board"),
                            ("1.2", "18/06/2025", "June 2025 progress update"))):
        for j, v in enumerate(rr):
            ver.cell(row=1 + i, column=1 + j, value=v)
    wb.save(os.path.join(OUT, fname))

    write_expected(fname, {
        "source": (
            "Imitates youth justice service improvement plans written after an HM Inspectorate of "
            "Probation youth inspection and reported to the YJ management board and scrutiny "
            "(compare the Reading YJS HMIP improvement plan 2024 and the Dorset Combined YJS "
            "report 2023): recommendations grouped under ‘The Management Board should:’ and ‘The "
            "Head of Service should:’. Cheshire East Youth Justice Service, 2025; content "
            "invented. Copied features: title block with inspection dates "
            "and a RAG key line, section rows merged across, each recommendation merged down over "
            "its actions, RAG shown only by cell colour, mixed date cells and text timescales "
            "(Q2 2025/26, Ongoing), a dashboard sheet of RAG counts and a version-control sheet "
            "after the plan."),
        "reads": (
            "The ‘Improvement Plan’ sheet holds eight numbered actions answering five HMIP "
            "recommendations, grouped under the Board and the Head of Service. The RAG column has "
            "no words, only fill colours explained by the key line; one action has no colour and "
            "is not yet started. The dashboard and version sheets hold no actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return fname, len(actions)


# ---------------------------------------------------------------------------
# 3. Northamptonshire Children's Trust fostering agency Ofsted action plan (xlsx)
#    REFUSE: one due date cell reads "0ct-23" (zero for O).
# ---------------------------------------------------------------------------
def nct_fostering_refuse():
    fname = ("iy1-northamptonshire-childrens-trust-fostering-agency-ofsted-action-plan-"
             "typo-month-refuse.xlsx")
    title = "Northamptonshire Children’s Trust Fostering Agency – Ofsted Post-Inspection Action Plan"
    D = datetime
    REQ = "Requirements"
    RECS = "Recommendations"
    plan = [
        (REQ, "Regulation 11(a)(b)", "The registered person must ensure that each child placed "
         "with a foster parent is seen regularly, alone where appropriate, and that the child’s "
         "wishes and feelings are ascertained and recorded. (Due: 31/03/2023)", [
            ("1.1", "Complete a visit to every child placed with agency foster carers and record the "
             "child’s views on their file.", "Head of Fostering", (D(2023, 3, 31), "dd/mm/yyyy"),
             "Blue", "All 495 children visited by 24/03/2023."),
            ("1.2", "Set a minimum visiting standard (six-weekly, child seen alone) and report "
             "compliance weekly to the Registered Manager.", "Registered Manager",
             (D(2023, 4, 1), "mmm-yy"), "Blue", "Weekly compliance report in place."),
        ]),
        (REQ, "Regulation 12(1)(2)", "The registered person must ensure that allegations, "
         "concerns and complaints about the care of children are recognised, recorded and "
         "responded to, and are referred to the local authority designated officer where "
         "required. (Due: 30/04/2023)", [
            ("2.1", "Introduce a single safeguarding tracker for allegations, standards of care "
             "concerns and complaints, reviewed weekly.", "Registered Manager / LADO",
             (D(2023, 4, 30), "dd/mm/yyyy"), "Blue", "Tracker live 11/04/2023."),
            ("2.2", "Deliver safeguarding and allegations management training to all supervising "
             "social workers and panel members.", "Principal Social Worker",
             (D(2023, 6, 1), "mmm-yy"), "Green", "4 of 5 sessions delivered."),
        ]),
        (REQ, "Regulation 21(1)(3)", "The registered person must ensure that there is a "
         "sufficient number of suitably qualified, competent and experienced staff working for "
         "the agency. (Due: 31/07/2023)", [
            ("3.1", "Recruit to the 9 vacant supervising social worker posts, using the agency "
             "recruitment and retention payment.", "Head of Fostering; HR Business Partner",
             (D(2023, 7, 1), "mmm-yy"), "Amber", "6 posts filled; 3 offers pending checks."),
            ("3.2", "Reduce supervising social worker caseloads to no more than 16 fostering "
             "households.", "Head of Fostering", ("0ct-23", None), "Amber",
             "Average caseload 19 (July 2023)."),
        ]),
        (RECS, "NMS 21.5", "The registered person should ensure that supervising social workers "
         "receive regular reflective supervision that is recorded.", [
            ("4.1", "Audit supervision records for every supervising social worker and introduce "
             "the Trust supervision template.", "Fostering Team Managers",
             (D(2023, 9, 1), "mmm-yy"), "Green", "Template in use from June."),
        ]),
        (RECS, "NMS 14.1", "The registered person should ensure that foster carers’ annual "
         "reviews are completed on time and presented to the fostering panel where required.", [
            ("5.1", "Clear the backlog of 61 overdue foster carer annual reviews.",
             "Independent Reviewing Officer (Fostering)", (D(2023, 11, 30), "dd/mm/yyyy"),
             "Red", "38 overdue at 31 July 2023; additional IRO capacity requested."),
            ("5.2", "Present first reviews and reviews following an allegation to panel within "
             "the timescale in the fostering panel procedure.", "Panel Adviser",
             (D(2023, 12, 1), "mmm-yy"), "Green", "Panel diary rebuilt to accommodate reviews."),
        ]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Action plan"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Inspection of independent fostering agency: 28 November – 2 December 2022 | "
                "Overall judgement: Inadequate | Report published: 20 March 2023")
    ws["A3"] = "Action plan last updated: 31 July 2023 (for the Fostering Improvement Board)"
    hdr = ["Regulation / standard", "Requirement or recommendation", "Ref", "Action", "Lead",
           "Due date", "RAG", "Update"]
    HR = 5
    for j, h in enumerate(hdr):
        ws.cell(row=HR, column=1 + j, value=h)
    style_row(ws, HR, 8, bold=True, f=fill("purple"), font_color="FFFFFF")
    r = HR + 1
    cur = None
    typo_row = None
    rag = {"Blue": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    n = 0
    for sect, reg, text, acts in plan:
        if sect != cur:
            cur = sect
            ws.cell(row=r, column=1, value=sect)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            style_row(ws, r, 8, bold=True, f=fill("lilac"))
            r += 1
        top = r
        ws.cell(row=top, column=1, value=reg)
        ws.cell(row=top, column=2, value=text)
        for ref, atext, lead, due, rg, upd in acts:
            for j, v in enumerate([ref, atext, lead, due[0], rg, upd]):
                ws.cell(row=r, column=3 + j, value=v)
            style_row(ws, r, 8)
            if due[1]:
                ws.cell(row=r, column=6).number_format = due[1]
            if due[0] == "0ct-23":
                typo_row = r
            ws.cell(row=r, column=7).fill = fill(rag[rg])
            ws.row_dimensions[r].height = 45
            n += 1
            r += 1
        if r - 1 > top:
            ws.merge_cells(start_row=top, start_column=1, end_row=r - 1, end_column=1)
            ws.merge_cells(start_row=top, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="RAG: Blue = complete; Green = on track; Amber = at risk; "
            "Red = off track")
    for col, w in zip("ABCDEFGH", (16, 45, 6, 48, 24, 12, 8, 40)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fname))
    assert typo_row is not None

    write_expected(fname, {
        "source": (
            "Imitates the post-inspection action plan of a council-owned fostering agency "
            "registered with Ofsted as an independent fostering agency; Northamptonshire "
            "Children’s Trust Fostering Agency was judged inadequate after its November–December "
            "2022 inspection (report March 2023) and monitored through a fostering improvement "
            "plan. Content invented. Copied features: requirements (with regulation numbers and "
            "Ofsted’s due dates inside the requirement text) and recommendations (NMS) as section "
            "rows, the requirement merged down over its actions, due dates as date cells, RAG "
            "words with fill, key line under the table."),
        "reads": (
            "Nine actions answering three Ofsted requirements and two recommendations. Every due "
            "date is a real date except action 3.2, whose due date reads ‘0ct-23’ with a zero "
            "for the letter O; a careful reader would stop and ask whether October 2023 is meant "
            "before importing the plan."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_row,
        "title": title,
    })
    return fname, n, typo_row


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9, color=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)
        if color:
            run.font.color.rgb = RGBColor.from_string(color)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, m, Cm(1.5))


# ---------------------------------------------------------------------------
# 4. Manchester local area SEND priority action plan (docx): doc control table,
#    RAG key table, one table per area with the area text in a merged first row.
# ---------------------------------------------------------------------------
def manchester_send():
    fname = "iy1-manchester-local-area-send-priority-action-plan.docx"
    title = "Manchester Local Area Partnership – Area SEND Inspection Priority Action Plan"
    A1 = ("Area for priority action 1: Leaders across education, health and care should urgently "
          "improve the timeliness of education, health and care (EHC) needs assessments and the "
          "quality of the plans that result, so that children and young people’s needs are "
          "identified and met without delay.")
    A2 = ("Area for priority action 2: Leaders in the integrated care board and the local "
          "authority should reduce the length of time children and young people wait for "
          "neurodevelopmental assessment, and make sure that families are supported while they "
          "wait.")
    A3 = ("Area for improvement 1: Leaders should strengthen the co-production of plans and "
          "services with children, young people and their families.")
    A4 = ("Area for improvement 2: Leaders should improve the preparation for adulthood of young "
          "people with SEND, including their access to supported employment.")
    areas = [
        (A1, [
            ("PA1.1", "Recruit 12 additional EHC plan coordinators and 4 educational psychologists "
             "to clear the assessment backlog.", "Head of SEND Statutory Services",
             ["Head of SEND Statutory Services"], "December 2025", "Green", "2025-12", None, "green"),
            ("PA1.2", "Introduce multi-agency quality assurance of new EHC plans, auditing 10% of "
             "plans each month with parent carer representatives.",
             "Head of SEND Statutory Services / Designated Clinical Officer",
             ["Head of SEND Statutory Services", "Designated Clinical Officer"],
             "Autumn term 2025", "Blue", "2025-12", None, "blue"),
            ("PA1.3", "Ensure health and social care advice is returned within 6 weeks for at least "
             "90% of requests.", "Designated Clinical Officer; Head of Service, Children with "
             "Disabilities", ["Designated Clinical Officer", "Head of Service, Children with Disabilities"],
             "31 March 2026", "Amber", "2026-03", None, "amber"),
        ]),
        (A2, [
            ("PA2.1", "Launch a single point of access for the Manchester neurodevelopmental "
             "pathway, with a published waiting-times dashboard.",
             "Director of Children’s Commissioning (NHS GM – Manchester)",
             ["Director of Children’s Commissioning (NHS GM – Manchester)"],
             "Sept 2025", "Green", "2025-09", None, "green"),
            ("PA2.2", "Provide ‘waiting well’ support to families on the waiting list through "
             "family hubs and the parent carer forum.",
             "Family Hubs Lead and Manchester Parent Carer Forum",
             ["Family Hubs Lead", "Manchester Parent Carer Forum"],
             "Summer term 2026", "Green", "2026-07", None, "green"),
            ("PA2.3", "Commission additional assessment capacity from an independent provider to "
             "reduce waits to under 52 weeks.",
             "Director of Children’s Commissioning (NHS GM – Manchester)",
             ["Director of Children’s Commissioning (NHS GM – Manchester)"],
             "March 2026", "Red", "2026-03", None, "red"),
        ]),
        (A3, [
            ("AFI1.1", "Co-produce a revised Local Offer website with young people and parent "
             "carers.", "Local Offer Manager", ["Local Offer Manager"], "January 2026", "Green",
             "2026-01", None, "green"),
            ("AFI1.2", "Publish ‘You said, we did’ updates on the Local Offer.",
             "SEND Partnership Manager", ["SEND Partnership Manager"], "Termly", "Green",
             None, "Termly", "green"),
        ]),
        (A4, [
            ("AFI2.1", "Establish a preparing for adulthood panel to consider Year 9 annual reviews, "
             "with adult social care and health representation.",
             "Head of Preparing for Adulthood", ["Head of Preparing for Adulthood"], "April 2026",
             "Not started", "2026-04", None, "unrated"),
            ("AFI2.2", "Increase supported internship places from 45 to 80.",
             "Post-16 Skills Lead / Supported Employment Manager",
             ["Post-16 Skills Lead", "Supported Employment Manager"], "July 2026", "Green",
             "2026-07", None, "green"),
        ]),
    ]
    ragcol = {"Green": "00B050", "Amber": "FFC000", "Red": "FF0000", "Blue": "00B0F0"}
    doc = Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run(title)
    r.bold = True
    r.font.size = Pt(18)
    doc.add_paragraph("Manchester City Council and NHS Greater Manchester Integrated Care "
                      "(Manchester locality), working with Manchester Parent Carer Forum")
    doc.add_paragraph("Inspection dates: 10–28 February 2025. Report published: 17 April 2025. "
                      "Progress update: November 2025.")

    doc.add_paragraph().add_run("Document control").bold = True
    dc = doc.add_table(rows=5, cols=2)
    dc.style = "Table Grid"
    for i, (k, v) in enumerate((
            ("Document owner", "Manchester SEND Partnership Board"),
            ("Version", "2.1"),
            ("Date", "14 November 2025"),
            ("Approved by", "SEND Partnership Board, 6 November 2025"),
            ("Next review", "February 2026"))):
        set_cell(dc.rows[i].cells[0], k, bold=True)
        set_cell(dc.rows[i].cells[1], v)

    doc.add_paragraph()
    doc.add_paragraph().add_run("How to read the RAG rating").bold = True
    key = doc.add_table(rows=5, cols=2)
    key.style = "Table Grid"
    for i, (k, v) in enumerate((("Blue", "Complete"),
                                ("Green", "On track"),
                                ("Amber", "Some delay – mitigation in place"),
                                ("Red", "Significant delay – escalated to the SEND Partnership Board"),
                                ("Not started", "Action not yet due to begin"))):
        set_cell(key.rows[i].cells[0], k, bold=True)
        if k in ragcol:
            shade(key.rows[i].cells[0], ragcol[k])
        set_cell(key.rows[i].cells[1], v)

    actions = []
    for area, acts in areas:
        doc.add_paragraph()
        t = doc.add_table(rows=2 + len(acts), cols=5)
        t.style = "Table Grid"
        top = t.rows[0].cells[0].merge(t.rows[0].cells[4])
        set_cell(top, area, bold=True, size=10, color="FFFFFF")
        shade(top, "4B2E83")
        for j, h in enumerate(("Ref", "What we will do", "Lead", "By when", "RAG")):
            set_cell(t.rows[1].cells[j], h, bold=True)
            shade(t.rows[1].cells[j], "D9D2E9")
        for i, (ref, text, lead_cell, lead_list, when, rag, end, end_text, status) in enumerate(acts):
            cells = t.rows[2 + i].cells
            for j, v in enumerate((ref, text, lead_cell, when, rag)):
                set_cell(cells[j], v)
            if rag in ragcol:
                shade(cells[4], ragcol[rag])
            actions.append(act(ref, [area], text, lead_list, end, status, end_text))
        for row in t.rows:
            for j, w in enumerate((Cm(2), Cm(11), Cm(6), Cm(3.5), Cm(2.5))):
                row.cells[j].width = w

    doc.add_paragraph()
    doc.add_paragraph("Sign-off").runs[0].bold = True
    so = doc.add_table(rows=3, cols=3)
    so.style = "Table Grid"
    for i, rr in enumerate((("Name / role", "Organisation", "Date"),
                            ("Strategic Director of Children and Education Services",
                             "Manchester City Council", "06/11/2025"),
                            ("Place-Based Lead", "NHS GM – Manchester", "06/11/2025"))):
        for j, v in enumerate(rr):
            set_cell(so.rows[i].cells[j], v, bold=(i == 0))
    doc.save(os.path.join(OUT, fname))

    write_expected(fname, {
        "source": (
            "Imitates the priority action plans local area partnerships publish after an area "
            "SEND inspection under the 2023 Ofsted/CQC framework (outcome 3: areas for priority "
            "action plus areas for improvement), as published on local offer sites. Manchester "
            "local area partnership, 2025; content invented. Copied features: title block naming "
            "the council, ICB locality and parent carer forum, document-control table, RAG key "
            "table, one table per area with the inspectors’ area text in a merged, shaded first "
            "row, refs PA1.1 / AFI1.1, school-term and month timescales, shaded RAG cells with "
            "words, sign-off table at the end."),
        "reads": (
            "Four tables, one per inspection area (two areas for priority action, two areas for "
            "improvement), hold ten actions with lead, ‘by when’ and a RAG word. The document "
            "control, RAG key and sign-off tables are not the plan. Terms read as their last "
            "month (Autumn term 2025 = December 2025, Summer term 2026 = July 2026); ‘Termly’ has "
            "no end month."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return fname, len(actions)


# ---------------------------------------------------------------------------
# 5. Oldham Safeguarding Children Partnership JTAI action plan (docx): one wide
#    landscape table, theme rows merged across, area for improvement merged down,
#    a two-paragraph action, RAG words with shading, version table and notes.
# ---------------------------------------------------------------------------
def oldham_jtai():
    fname = "iy1-oldham-safeguarding-children-partnership-jtai-action-plan.docx"
    title = ("Oldham Safeguarding Children Partnership – Joint Targeted Area Inspection (JTAI) "
             "Action Plan")
    T1 = "Theme 1: Strategic leadership and partnership oversight"
    T2 = "Theme 2: Identification of risk and information sharing"
    T3 = "Theme 3: Quality of practice with children"
    AF1 = ("The partnership’s understanding of the impact of its serious youth violence strategy, "
           "including routine use of multi-agency data on exploitation and harm outside the home.")
    AF2 = ("The timeliness of information sharing between Greater Manchester Police and children’s "
           "social care when children are found after missing episodes.")
    AF3 = ("The quality of return home interviews and how well their findings inform children’s "
           "safety plans.")
    AF4 = ("Health practitioners’ attendance at, and contribution to, contextual safeguarding "
           "meetings.")
    plan = [
        (T1, [(AF1, [
            ("1.1", "Develop a partnership dashboard combining exploitation, missing, youth justice "
             "and emergency department assault data, reported quarterly to the OSCP Executive.",
             "OSCP Business Manager; Performance and Intelligence Lead (Oldham Council)",
             ["OSCP Business Manager", "Performance and Intelligence Lead (Oldham Council)"],
             "Sept 2025", "Blue", "Dashboard presented to the Executive in September 2025.",
             "2025-09", None, "blue"),
            ("1.2", "Commission an independent multi-agency audit of 20 children at risk of serious "
             "youth violence and report the findings to the Executive.",
             "Independent Scrutineer", ["Independent Scrutineer"], "December 2025", "Green",
             "Audit fieldwork under way; 14 of 20 cases completed.", "2025-12", None, "green"),
        ])]),
        (T2, [(AF2, [
            ("2.1", "Agree a revised missing from home protocol so that GMP notify the MASH of every "
             "found child within 24 hours.",
             "Detective Chief Inspector, Public Protection (GMP)",
             ["Detective Chief Inspector, Public Protection (GMP)"],
             "End of June 2025", "Blue", "Protocol signed off 19 June 2025; compliance 96% in Q2.",
             "2025-06", None, "blue"),
            ("2.2", "Embed the daily missing children briefing in the MASH:\n"
             "a) police, health and education attend every weekday;\n"
             "b) agreed actions are recorded on the child’s file the same day.",
             "Head of MASH / Detective Inspector, MASH (GMP)",
             ["Head of MASH", "Detective Inspector, MASH (GMP)"],
             "Sept 2025 – March 2026", "Amber",
             "Briefing running daily; education attendance inconsistent during school holidays.",
             "2026-03", None, "amber"),
        ])]),
        (T3, [(AF3, [
            ("3.1", "Relaunch return home interviews through a single commissioned provider with a "
             "72-hour completion standard.",
             "Head of Commissioning (Children’s)", ["Head of Commissioning (Children’s)"],
             "Q3 2025/26", "Amber", "Tender evaluation complete; contract start delayed to "
             "December.", "2025-12", None, "amber"),
            ("3.2", "Audit a monthly sample of return home interviews and track how their findings "
             "are reflected in safety plans.",
             "Principal Social Worker", ["Principal Social Worker"], "Monthly", "Green",
             "Audits completed April–September; findings shared at practice week.", None,
             "Monthly", "green"),
        ]), (AF4, [
            ("4.1", "Ensure a named health practitioner attends every contextual safeguarding "
             "meeting, with cover arrangements agreed between the NCA and Pennine Care.",
             "Designated Nurse Safeguarding Children (NHS GM – Oldham)",
             ["Designated Nurse Safeguarding Children (NHS GM – Oldham)"],
             "31/10/2025", "Red", "Health attendance 58% in Q2; cover arrangements not yet agreed.",
             "2025-10", None, "red"),
            ("4.2", "Deliver contextual safeguarding training to school nurses, CAMHS and "
             "emergency department staff.",
             "Named Nurse (NCA) and Named Nurse (Pennine Care)",
             ["Named Nurse (NCA)", "Named Nurse (Pennine Care)"],
             "March 2026", "Green", "Two sessions delivered; three scheduled for January.",
             "2026-03", None, "green"),
        ])]),
    ]
    ragcol = {"Green": "00B050", "Amber": "FFC000", "Red": "FF0000", "Blue": "00B0F0"}
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(title)
    r.bold = True
    r.font.size = Pt(16)
    p = doc.add_paragraph("Multi-agency response to serious youth violence")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("Inspection: 3–7 February 2025 (Ofsted, CQC, HMICFRS, HMI Probation). "
                      "Letter published: 27 March 2025. Plan agreed by the OSCP Executive: "
                      "15 May 2025. Progress position: October 2025.")
    doc.add_paragraph().add_run("Version control").bold = True
    vc = doc.add_table(rows=4, cols=3)
    vc.style = "Table Grid"
    for i, rr in enumerate((("Version", "Date", "Changes"),
                            ("1.0", "15/05/2025", "Agreed by OSCP Executive"),
                            ("1.1", "10/07/2025", "Q1 progress added"),
                            ("1.2", "14/10/2025", "Q2 progress added; action 2.2 timescale "
                                                  "extended"))):
        for j, v in enumerate(rr):
            set_cell(vc.rows[i].cells[j], v, bold=(i == 0))
    doc.add_paragraph()
    doc.add_paragraph("RAG key: Blue = completed and embedded; Green = on track; Amber = at risk "
                      "of delay; Red = off track / escalated to the Executive.")

    n_rows = 1 + sum(1 + sum(len(a) for _, a in areas) for _, areas in plan)
    t = doc.add_table(rows=n_rows, cols=7)
    t.style = "Table Grid"
    hdr = ("Ref", "Area for improvement (JTAI letter)", "Action", "Lead(s)", "Timescale", "RAG",
           "Progress / evidence of impact")
    for j, h in enumerate(hdr):
        set_cell(t.rows[0].cells[j], h, bold=True, color="FFFFFF")
        shade(t.rows[0].cells[j], "00594F")
    ri = 1
    actions = []
    for theme, areas in plan:
        c = t.rows[ri].cells[0].merge(t.rows[ri].cells[6])
        set_cell(c, theme, bold=True)
        shade(c, "C7E3DF")
        ri += 1
        for area, acts in areas:
            first = ri
            for (ref, text, lead_cell, lead_list, when, rag, upd, end, end_text, status) in acts:
                cells = t.rows[ri].cells
                set_cell(cells[0], ref)
                set_cell(cells[2], text)
                set_cell(cells[3], lead_cell)
                set_cell(cells[4], when)
                set_cell(cells[5], rag, bold=True)
                shade(cells[5], ragcol[rag])
                set_cell(cells[6], upd)
                actions.append(act(ref, [theme, area], text, lead_list, end, status, end_text))
                ri += 1
            mc = t.rows[first].cells[1]
            if ri - 1 > first:
                mc = mc.merge(t.rows[ri - 1].cells[1])
            set_cell(mc, area)
    for row in t.rows:
        for j, w in enumerate((Cm(1.2), Cm(5.5), Cm(7), Cm(4.2), Cm(2.6), Cm(1.6), Cm(5))):
            row.cells[j].width = w
    doc.add_paragraph()
    doc.add_paragraph("Notes: progress against this plan is monitored by the OSCP Performance and "
                      "Quality Assurance Subgroup. Actions rated Blue will be removed from the "
                      "next version once impact has been evidenced to the Executive.")
    doc.save(os.path.join(OUT, fname))

    write_expected(fname, {
        "source": (
            "Imitates the multi-agency action plans safeguarding children partnerships publish "
            "after a joint targeted area inspection (Ofsted, CQC, HMICFRS, HMI Probation), "
            "responding to the ‘what needs to improve’ points of the inspection letter. Oldham "
            "Safeguarding Children Partnership, 2025, serious youth violence theme; content "
            "invented. Copied features: landscape Word table, version-control table, RAG key "
            "sentence, theme rows merged across the table, each area for improvement merged down "
            "over its actions, several lead agencies/posts in one cell, a period timescale, "
            "quarter and ‘Monthly’ timescales, a notes paragraph after the plan."),
        "reads": (
            "One table with eight numbered actions under three themes; the area for improvement "
            "from the JTAI letter sits in a merged cell beside its actions. Action 2.2 runs over "
            "three lines in its cell. Status is the RAG word in the shaded RAG column."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return fname, len(actions)


# ---------------------------------------------------------------------------
# 6. Merton corporate parenting board action plan (csv): title lines, priority
#    only on the first row of each block, RAG letters, one quoted multi-line
#    update, key and totals lines at the end.
# ---------------------------------------------------------------------------
def merton_cpb():
    fname = "iy1-merton-corporate-parenting-board-action-plan.csv"
    title = "London Borough of Merton Corporate Parenting Board – Action Plan 2025-26"
    P1 = "1. A safe, stable and loving home"
    P2 = "2. Healthy minds and bodies"
    P3 = "3. Learning and achieving"
    P4 = "4. Ready for adult life"
    rows = [
        (P1, "CP1.1", "Increase the number of Merton foster carers by 10 households through the "
         "Mockingbird hub and the South London recruitment campaign",
         "Head of Fostering and Permanence", ["Head of Fostering and Permanence"], "Mar-26", "G",
         "6 new households approved since April", "2026-03", None, "green"),
        ("", "CP1.2", "Ensure every child in care has a permanence plan agreed by their second "
         "review", "Service Manager, Children in Care", ["Service Manager, Children in Care"],
         "31/12/2025", "A", "78% at September 2025 (target 95%)\nIRO escalations being tracked "
         "monthly", "2025-12", None, "amber"),
        (P2, "CP2.1", "Complete initial health assessments within 20 working days for at least "
         "90% of children entering care",
         "Designated Nurse for Children in Care (SWL ICB) / Head of Service, Children in Care",
         ["Designated Nurse for Children in Care (SWL ICB)", "Head of Service, Children in Care"],
         "Quarterly", "G", "Q2: 91% within timescale", None, "Quarterly", "green"),
        ("", "CP2.2", "Offer free leisure passes to all children in care and care leavers aged up "
         "to 25", "Cabinet Member for Children's Services / Head of Leisure and Culture",
         ["Cabinet Member for Children's Services", "Head of Leisure and Culture"], "Jan-26", "B",
         "Passes issued from 1 September 2025", "2026-01", None, "blue"),
        (P3, "CP3.1", "Every school-age child in care to have a high-quality personal education "
         "plan reviewed each term", "Virtual School Headteacher", ["Virtual School Headteacher"],
         "Termly", "G", "Summer term PEP completion 97%", None, "Termly", "green"),
        ("", "CP3.2", "Launch a ring-fenced apprenticeship scheme for care leavers within the "
         "council", "HR Business Partner (Children's) and Head of Leaving Care",
         ["HR Business Partner (Children's)", "Head of Leaving Care"], "April 2026", "A",
         "Business case with CMT; funding for 5 places not yet agreed", "2026-04", None, "amber"),
        (P4, "CP4.1", "Refresh the Merton care leavers' local offer with the Children in Care "
         "Council and publish it online", "Participation Lead; Head of Leaving Care",
         ["Participation Lead", "Head of Leaving Care"], "Nov-25", "G",
         "Draft co-produced at the July residential", "2025-11", None, "green"),
        ("", "CP4.2", "Exempt care leavers aged up to 25 from council tax",
         "Director of Finance and Digital", ["Director of Finance and Digital"], "01/04/2026",
         "R", "Not included in draft budget proposals; Board chair to raise with Cabinet",
         "2026-04", None, "red"),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    blank = [""] * 7
    w.writerow(["London Borough of Merton Corporate Parenting Board – Action Plan 2025-26"] + [""] * 6)
    w.writerow(["Updated for the Board meeting on 14 October 2025"] + [""] * 6)
    w.writerow(blank)
    w.writerow(["Priority", "Ref", "What we will do", "Lead(s)", "Target date", "RAG",
                "Update (October 2025)"])
    actions = []
    cur = None
    for (prio, ref, text, lead_cell, lead_list, due, rag, upd, end, end_text, status) in rows:
        if prio:
            cur = prio
        w.writerow([prio, ref, text, lead_cell, due, rag, upd])
        actions.append(act(ref, [cur], text, lead_list, end, status, end_text))
    w.writerow(blank)
    w.writerow(["Key: B = complete, G = on track, A = at risk, R = off track"] + [""] * 6)
    w.writerow(["Total actions", "8", "B 1 / G 4 / A 2 / R 1", "", "", "", ""])
    with open(os.path.join(OUT, fname), "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())

    write_expected(fname, {
        "source": (
            "Imitates corporate parenting board/panel action plans that London boroughs keep in "
            "Excel and circulate with board papers, organised by the pledges or priorities of "
            "the corporate parenting strategy (compare the Bracknell Forest corporate parenting "
            "strategy action plan 2025–2028 and Slough CPP action plan 2023/24). London Borough "
            "of Merton, 2025-26; content invented. Copied features: two title lines, priority "
            "written only on the first row of its block, CP refs, RAG letters, a quoted update "
            "running over two lines, key line and totals row at the bottom; saved as CSV."),
        "reads": (
            "A CSV export of an Excel sheet with eight actions under four numbered priorities; "
            "the priority is given once and applies to the row below it too. Target dates mix "
            "month abbreviations, day-first dates and ‘Quarterly’/‘Termly’. The key and totals "
            "lines are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return fname, len(actions)


# ---------------------------------------------------------------------------
# 7. St Helens early help partnership strategy action plan (txt): a Word
#    document saved as plain text; heading lines, tab-separated table rows per
#    priority, key line with NS = not started, summary line.
# ---------------------------------------------------------------------------
def st_helens_eh():
    fname = "iy1-st-helens-early-help-partnership-strategy-action-plan.txt"
    title = "St Helens Early Help Strategy 2024–2027: Year 2 Action Plan (April 2025 – March 2026)"
    P1 = "Priority 1: Families know where to get help and can get it early"
    P2 = "Priority 2: A confident early help workforce"
    P3 = "Priority 3: Family hubs at the heart of our communities"
    P4 = "Priority 4: Understanding the difference we make"
    plan = [
        (P1, [
            ("1.1", "Publish a single early help front door guide for families and professionals, "
             "in print and on the Family Information Service website", "Early Help Partnership "
             "Manager", ["Early Help Partnership Manager"], "June 2025", "B",
             "Published 2 June 2025; 1,400 copies distributed", "2025-06", None, "blue"),
            ("1.2", "Extend the online early help request for support to schools, GPs and housing "
             "providers", "Early Help Partnership Manager; Digital Services Lead",
             ["Early Help Partnership Manager", "Digital Services Lead"], "Q2 2025/26", "B",
             "Live from 1 September 2025", "2025-09", None, "blue"),
            ("1.3", "Run early help awareness sessions for voluntary, community and faith sector "
             "groups", "CVS Children and Families Coordinator",
             ["CVS Children and Families Coordinator"], "Quarterly", "G",
             "Q3 session held 12 November (31 attendees)", None, "Quarterly", "green"),
        ]),
        (P2, [
            ("2.1", "Deliver early help assessment and lead practitioner training to 200 "
             "multi-agency practitioners", "Workforce Development Lead",
             ["Workforce Development Lead"], "By 31 March 2026", "G",
             "148 trained to date", "2026-03", None, "green"),
            ("2.2", "Set up lead practitioner peer supervision groups in each family hub locality",
             "Family Hub Locality Managers", ["Family Hub Locality Managers"],
             "Sept 2025 – Jan 2026", "A", "Groups running in 2 of 4 localities; facilitator "
             "vacancy in Newton-le-Willows", "2026-01", None, "amber"),
        ]),
        (P3, [
            ("3.1", "Open the Parr and Thatto Heath family hub sites with co-located midwifery "
             "and health visiting clinics", "Head of Family Hubs / 0-19 Service Manager "
             "(Bridgewater)", ["Head of Family Hubs", "0-19 Service Manager (Bridgewater)"],
             "December 2025", "A", "Parr open; Thatto Heath building works delayed to February",
             "2025-12", None, "amber"),
            ("3.2", "Extend the Start for Life parenting offer to evening and weekend sessions",
             "Start for Life Programme Lead", ["Start for Life Programme Lead"],
             "Summer term 2026", "G", "Saturday sessions started at Parr in October",
             "2026-07", None, "green"),
        ]),
        (P4, [
            ("4.1", "Agree an early help outcomes framework and report outcomes to the Partnership "
             "Board each quarter", "Head of Early Help; Business Intelligence Manager",
             ["Head of Early Help", "Business Intelligence Manager"], "Jan-26", "G",
             "Framework drafted; first report due to January Board", "2026-01", None, "green"),
            ("4.2", "Commission an independent evaluation of the family hub model",
             "Head of Commissioning (People's Services)",
             ["Head of Commissioning (People's Services)"], "TBC", "NS",
             "Awaiting confirmation of Family Hubs grant for 2026/27", None, "TBC", "unrated"),
        ]),
    ]
    L = []
    L.append(title)
    L.append("St Helens Early Help Partnership – progress position: Quarter 3 (to 31 December 2025)")
    L.append("Owner: St Helens Children and Young People's Strategic Partnership Board")
    L.append("")
    L.append("Key:\tB = Complete\tG = On track\tA = At risk\tR = Off track\tNS = Not started")
    L.append("")
    actions = []
    for prio, acts in plan:
        L.append(prio)
        L.append("Ref\tAction\tLead\tTimescale\tRAG\tQ3 update")
        for (ref, text, lead_cell, lead_list, when, rag, upd, end, end_text, status) in acts:
            L.append("\t".join((ref, text, lead_cell, when, rag, upd)))
            actions.append(act(ref, [prio], text, lead_list, end, status, end_text))
        L.append("")
    L.append("Summary at Q3:\tB 2\tG 4\tA 2\tR 0\tNS 1")
    L.append("Next review: Early Help Partnership Board, April 2026")
    with open(os.path.join(OUT, fname), "w", encoding="utf-8", newline="") as fh:
        fh.write("\r\n".join(L) + "\r\n")

    write_expected(fname, {
        "source": (
            "Imitates early help strategy action plans that early help partnerships report to "
            "their children and young people’s partnership board (compare the Coventry Early "
            "Help Strategy 2023–2025 and Doncaster’s early help strategy action plan): priorities "
            "with numbered actions, lead, timescale, RAG and quarterly update. St Helens Early "
            "Help Partnership, 2025/26; content invented. Copied features: title block with "
            "progress position and owner, a key line with NS = not started, a heading line per "
            "priority followed by a tab-separated table (as Word writes a table when saved as "
            "plain text), quarter, period and term timescales, TBC, summary line."),
        "reads": (
            "A plain-text export: four priority headings, each followed by a tab-separated table "
            "of actions (nine in all) with lead, timescale, a RAG letter and a Q3 update. NS means "
            "not started. The key, summary and next-review lines are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return fname, len(actions)


if __name__ == "__main__":
    for fn in (ealing, cheshire_east_yjs, nct_fostering_refuse, manchester_send, oldham_jtai,
               merton_cpb, st_helens_eh):
        print(fn())
