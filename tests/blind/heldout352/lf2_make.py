"""Build the seven lf2- cases of heldout352 (partnership, NHS and corporate plans).

Run with /work/main/.venv/bin/python lf2_make.py  (openpyxl, python-docx, pyyaml).
Writes each data file and its NAME.expected.yaml beside it.
"""
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "R": "FF0000", "A": "FFC000", "G": "00B050", "B": "00B0F0",
    "grey": "D9D9D9", "head": "1F3864", "theme": "E4DFEC", "pale": "DDEBF7",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(c):
    return PatternFill("solid", start_color=FILL.get(c, c), end_color=FILL.get(c, c))


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


class _Dumper(yaml.SafeDumper):
    pass


def _str_rep(dumper, data):
    # quote month strings and numeric-looking refs so every YAML reader keeps them as text
    if len(data) == 7 and data[4] == "-" and data.replace("-", "").isdigit():
        return dumper.represent_scalar("tag:yaml.org,2002:str", data, style='"')
    return dumper.represent_str(data)


_Dumper.add_representer(str, _str_rep)


def write_expected(name, meta, actions=None):
    doc = {
        "source": meta["source"],
        "reads": meta["reads"],
        "outcome": meta.get("outcome", "read"),
        "accept_refusal": meta.get("accept_refusal", False),
    }
    if "refuse_at" in meta:
        doc["refuse_at"] = meta["refuse_at"]
    if meta.get("title"):
        doc["title"] = meta["title"]
    if actions is not None:
        doc["actions"] = actions
    with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.dump(doc, f, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100000)


def header_row(ws, row, labels, color="head"):
    for i, lab in enumerate(labels, start=1):
        c = ws.cell(row=row, column=i, value=lab)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(color)
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX


# ---------------------------------------------------------------------------
# 1. University Hospital Southampton NHSFT - maternity and neonatal improvement plan (xlsx)
# ---------------------------------------------------------------------------
def uhs_maternity():
    name = "lf2-university-hospital-southampton-nhsft-maternity-neonatal-improvement-plan.xlsx"
    T1 = "Theme 1: Listening to and working with women and families"
    T2 = "Theme 2: Growing, retaining and supporting our workforce"
    T3 = "Theme 3: Developing and sustaining a culture of safety, learning and support"
    T4 = "Theme 4: Standards and structures that underpin safer, more personalised and more equitable care"
    F11 = ("Women did not always receive timely triage on arrival at the Maternity Triage Unit "
           "(BSOTS standards not consistently met).")
    F13 = ("Feedback from the MNVP showed that women from minority ethnic groups felt less involved "
           "in decisions about their care.")
    F21 = "Midwifery establishment below the Birthrate Plus recommendation (2024 review)."
    F23 = "Not all staff had completed mandatory PROMPT and fetal monitoring training."
    F31 = "Learning from incidents was not consistently shared with frontline staff."
    F32 = "The maternity risk register did not reflect all current risks and review dates had lapsed."
    F41 = "Compliance with SBLCBv3 Element 2 (fetal growth restriction) was below 70%."
    F42 = "Neonatal unit cot occupancy above 80% for most of 2024/25."
    D = dt.datetime
    # (theme, ref, source, finding, action, owner, orig, revised, update, evidence, prev, curr)
    rows = [
        (T1, "1.1", "CQC MD3", F11,
         "Complete the BSOTS implementation, including a dedicated triage midwife on every shift, and audit "
         "time to initial assessment monthly.",
         "Maternity Triage Lead Midwife", D(2025, 6, 30), D(2025, 11, 30),
         "Dedicated triage midwife rostered on all shifts since October. November audit: 86% seen within 15 minutes.",
         "Triage audit Nov-25", "A", "G"),
        (T1, "1.2", None, None,
         "Add a live triage waiting-time display to the BadgerNet dashboard reviewed at the daily safety huddle.",
         "Digital Midwife / Maternity Triage Lead Midwife", D(2025, 9, 30), None,
         "Dashboard live from 1 September 2025 and used at every huddle.", "Screenshot; huddle log", "G", "B"),
        (T1, "1.3", "MNVP", F13,
         "Co-produce an equity and equality action plan with the MNVP and publish progress quarterly on the Trust website.",
         "Head of Midwifery; MNVP Chair", D(2026, 3, 31), None,
         "Two listening events held (Bitterne and Shirley). Draft plan due to MNVP in January.",
         "Event reports", "G", "G"),
        (T2, "2.1", "Birthrate Plus", F21,
         "Recruit to the funded 14.2 WTE band 5/6 midwifery vacancies, including the international recruitment cohort.",
         "Director of Midwifery", D(2025, 9, 30), D(2026, 3, 31),
         "9.6 WTE appointed; 4.6 WTE outstanding. International cohort start dates moved to February 2026.",
         "Vacancy report", "A", "A"),
        (T2, "2.2", None, None,
         "Implement the retention action plan: preceptorship refresh, flexible rostering pilot and legacy mentor scheme.",
         "Retention and Pastoral Support Midwife", D(2025, 12, 31), None,
         "Preceptorship refreshed; flexible rostering pilot running on Labour Ward; two legacy mentors in post.",
         "Retention dashboard", "G", "G"),
        (T2, "2.3", "CQC MD1", F23,
         "Achieve and sustain 90% compliance with PROMPT and fetal monitoring training across all staff groups "
         "(CNST Safety Action 8).",
         "Practice Development Midwife / Consultant Obstetrician (Education Lead)", D(2025, 10, 31), D(2026, 1, 31),
         "Midwives 94%, obstetric consultants 88%, resident doctors 79% (rotation in December). Revised date agreed.",
         "Training compliance report", "R", "A"),
        (T3, "3.1", "MNSI", F31,
         "Introduce a monthly 'Learning from Excellence and Incidents' bulletin and safety huddle message, with PSII "
         "learning responses shared within 4 weeks of sign-off.",
         "Maternity Governance and Risk Lead", D(2025, 7, 31), None,
         "Bulletin issued monthly since July 2025. Evidence accepted by Maternity Assurance Group.",
         "Bulletins Jul-Dec", "G", "B"),
        (T3, "3.2", "CQC MD2", F32,
         "Review every risk on the maternity and neonatal risk register with its owner and re-present the register "
         "to the Care Group Governance Board.",
         "Clinical Director O&G; Head of Midwifery", D(2025, 5, 31), D(2025, 8, 31),
         "All 31 risks reviewed; 6 closed, 4 added. Register presented to Care Group Governance Board 20/08/2025.",
         "Risk register; minutes", "A", "B"),
        (T4, "4.1", "SBLCBv3", F41,
         "Recruit a fetal growth lead sonographer and complete the fetal growth restriction pathway audit.",
         "Fetal Medicine Consultant Lead", D(2026, 1, 31), None,
         "Post advertised twice without appointment. Audit cannot start until the post is filled. Escalated to "
         "Care Group board.",
         "", "A", "R"),
        (T4, "4.2", "Neonatal ODN", F42,
         "Agree a business case for 4 additional intensive care cots with the Wessex Neonatal ODN.",
         "Clinical Lead for Neonatology", D(2026, 6, 30), None,
         "Not yet started - dependent on the ODN capacity review (report due March 2026).", "", None, None),
    ]

    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "University Hospital Southampton NHS Foundation Trust"
    cov["A1"].font = Font(bold=True, size=14, color="005EB8")
    cov["A2"] = "Maternity and Neonatal Improvement Plan 2025/26"
    cov["A2"].font = Font(bold=True, size=16)
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    dc = [("Version", "4.2"), ("Position as at", "31 December 2025"),
          ("Executive Lead", "Chief Nursing Officer"), ("Plan owner", "Director of Midwifery"),
          ("Reporting to", "Maternity Assurance Group; Quality Committee; Trust Board"),
          ("Next review", "Quality Committee, March 2026")]
    for i, (k, v) in enumerate(dc, start=5):
        cov.cell(row=i, column=1, value=k).font = Font(bold=True)
        cov.cell(row=i, column=1).fill = fill("pale")
        cov.cell(row=i, column=2, value=v)
        for col in (1, 2):
            cov.cell(row=i, column=col).border = BOX
    cov["A12"] = "Version history"
    cov["A12"].font = Font(bold=True)
    header_row(cov, 13, ["Version", "Date", "Change"])
    vh = [("4.0", "30/09/2025", "Q2 refresh - themes aligned to the national three-year delivery plan"),
          ("4.1", "31/10/2025", "CQC must-do actions added"),
          ("4.2", "31/12/2025", "Q3 progress updates; revised dates approved by Maternity Assurance Group")]
    for i, r in enumerate(vh, start=14):
        for j, v in enumerate(r, start=1):
            cov.cell(row=i, column=j, value=v).border = BOX
    cov.column_dimensions["A"].width = 18
    cov.column_dimensions["B"].width = 50
    cov.column_dimensions["C"].width = 70

    key = wb.create_sheet("Key")
    key["A1"] = "RAG rating key"
    key["A1"].font = Font(bold=True, size=12)
    keys = [("B", "Complete - action delivered and evidence accepted by the Maternity Assurance Group"),
            ("G", "On track to deliver by the due date"),
            ("A", "Some slippage - revised date agreed, or a risk to delivery"),
            ("R", "Off track - not delivered by the due date; escalation required"),
            ("", "Blank - not yet started")]
    for i, (k, v) in enumerate(keys, start=3):
        c = key.cell(row=i, column=1, value=k or None)
        if k:
            c.fill = fill(k)
        c.border = BOX
        key.cell(row=i, column=2, value=v).border = BOX
    key.column_dimensions["B"].width = 80

    ws = wb.create_sheet("Improvement Plan")
    ncol = 11
    ws["A1"] = "Maternity and Neonatal Improvement Plan 2025/26 - position at 31 December 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A2"] = ("Source key: CQC MD = CQC maternity inspection (June 2024) must-do; MNSI = Maternity and Newborn "
                "Safety Investigations; SBLCBv3 = Saving Babies' Lives Care Bundle v3; MNVP = Maternity and "
                "Neonatal Voices Partnership; ODN = Operational Delivery Network")
    ws["A2"].alignment = WRAP
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws.row_dimensions[2].height = 30
    header_row(ws, 4, ["Ref", "Source", "Finding / Recommendation", "Action", "Action Owner",
                       "Original Due Date", "Revised Due Date", "Progress Update (Q3)", "Evidence",
                       "Previous RAG", "Current RAG"])
    r = 5
    theme = None
    merge_from = None
    expected = []
    for (th, ref, src, fnd, action, owner, orig, rev, upd, evid, prev, curr) in rows:
        if th != theme:
            theme = th
            c = ws.cell(row=r, column=1, value=th)
            c.font = Font(bold=True)
            for col in range(1, ncol + 1):
                ws.cell(row=r, column=col).fill = fill("theme")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            r += 1
        vals = [ref, src, fnd, action, owner, orig, rev, upd, evid or None, prev, curr]
        for col, v in enumerate(vals, start=1):
            c = ws.cell(row=r, column=col, value=v)
            c.alignment = WRAP
            c.border = BOX
            if col in (6, 7) and v is not None:
                c.number_format = "dd/mm/yyyy"
            if col in (10, 11) and v:
                c.fill = fill(v)
                c.alignment = Alignment(horizontal="center", vertical="top")
        if fnd is None:  # continuation of the finding above: merge source and finding cells
            for col in (2, 3):
                ws.merge_cells(start_row=merge_from, start_column=col, end_row=r, end_column=col)
        else:
            merge_from = r
        r += 1
    ws.cell(row=r + 1, column=1,
            value="Note: the original due date is retained for audit; where the Maternity Assurance Group has "
                  "approved a change, the revised due date applies.").font = Font(italic=True)
    widths = [6, 12, 40, 55, 28, 12, 12, 50, 20, 9, 9]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[ws.cell(row=4, column=i).column_letter].width = w
    ws.freeze_panes = "A5"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of current RAG by theme"
    sm["A1"].font = Font(bold=True, size=12)
    header_row(sm, 3, ["Theme", "Blue", "Green", "Amber", "Red", "Not started", "Total"])
    summ = [("Theme 1", 1, 2, 0, 0, 0, 3), ("Theme 2", 0, 1, 2, 0, 0, 3), ("Theme 3", 2, 0, 0, 0, 0, 2),
            ("Theme 4", 0, 0, 0, 1, 1, 2), ("Total", 3, 3, 2, 1, 1, 10)]
    for i, rr in enumerate(summ, start=4):
        for j, v in enumerate(rr, start=1):
            c = sm.cell(row=i, column=j, value=v)
            c.border = BOX
            if rr[0] == "Total":
                c.font = Font(bold=True)
    sm.column_dimensions["A"].width = 14
    wb.save(os.path.join(HERE, name))

    st = {"B": "blue", "G": "green", "A": "amber", "R": "red", None: "unrated"}
    lead_split = {
        "Digital Midwife / Maternity Triage Lead Midwife": ["Digital Midwife", "Maternity Triage Lead Midwife"],
        "Head of Midwifery; MNVP Chair": ["Head of Midwifery", "MNVP Chair"],
        "Practice Development Midwife / Consultant Obstetrician (Education Lead)":
            ["Practice Development Midwife", "Consultant Obstetrician (Education Lead)"],
        "Clinical Director O&G; Head of Midwifery": ["Clinical Director O&G", "Head of Midwifery"],
    }
    finding = None
    for (th, ref, src, fnd, action, owner, orig, rev, upd, evid, prev, curr) in rows:
        if fnd is not None:
            finding = fnd
        end = (rev or orig).strftime("%Y-%m")
        expected.append(act(ref, [th, finding], action, lead_split.get(owner, [owner]), end, st[curr]))
    write_expected(name, {
        "source": (
            "Imitates an NHS trust maternity and neonatal improvement plan as taken to the Quality Committee and "
            "Trust Board (University Hospital Southampton NHS FT, 2025/26, written for this corpus; no URL). Layout "
            "copied from published trust maternity plans such as the Shrewsbury and Telford Ockenden action plan "
            "(Ref, source, action, original and due dates, status commentary, evidence, leads) and plans themed "
            "on the NHS England three-year delivery plan for maternity and neonatal services: cover sheet with "
            "document control and version history, a RAG key sheet with Blue = complete, theme rows merged across "
            "the plan sheet, source and finding cells merged down over two actions, original and revised due "
            "dates, previous and current RAG as letters on coloured fills, a notes line and a summary sheet."),
        "reads": (
            "Ten numbered actions on the 'Improvement Plan' sheet, grouped under four themes of the national "
            "delivery plan, each answering a finding (two findings each have two actions). The revised due date "
            "replaces the original where given and the Current RAG letter is the status; 4.2 has no RAG yet "
            "(not started). The cover, key and summary sheets hold no actions."),
        "outcome": "read",
        "title": "Maternity and Neonatal Improvement Plan 2025/26",
    }, expected)


# ---------------------------------------------------------------------------
# 2. Milton Keynes University Hospital NHSFT - Board of Directors (public) action log (xlsx)
# ---------------------------------------------------------------------------
def mkuh_board_log():
    name = "lf2-milton-keynes-university-hospital-nhsft-board-of-directors-public-action-log.xlsx"
    D = dt.datetime
    # (no, meeting, minute, subject, action, lead, due, update, rag-colour)
    open_rows = [
        (101, D(2025, 7, 3), "25/061", "Integrated Performance Report",
         "Provide a recovery trajectory for the 62-day cancer standard, broken down by tumour site, to the Finance "
         "and Investment Committee.",
         "Chief Operating Officer", D(2025, 9, 30),
         "Trajectory presented to FIC in September; urology and lower GI remain below plan. Further update to "
         "January FIC.", "R"),
        (106, D(2025, 9, 4), "25/084", "Maternity and Neonatal Safety Report",
         "Bring the outcome of the Birthrate Plus review, with the proposed midwifery establishment and funding "
         "requirement, to the Board.",
         "Chief Nurse / Director of Midwifery", "Jan-26",
         "Report received in draft; scheduled for the January 2026 Board.", "A"),
        (108, D(2025, 9, 4), "25/088", "Freedom to Speak Up Report",
         "Include themes by staff group and protected characteristic in the next six-monthly Freedom to Speak Up "
         "report.",
         "Director of Workforce", D(2026, 3, 5), "Not yet due.", "A"),
        (110, D(2025, 11, 6), "25/102", "Patient Story",
         "Write to the patient's family to thank them for sharing their experience and confirm the changes made to "
         "discharge letters.\nShare the story with the Discharge Improvement Group.",
         "Chief Nurse", "Dec-25",
         "Letter sent 21/11/2025; story shared with Discharge Improvement Group 27/11/2025. Propose closure.", "G"),
        (111, D(2025, 11, 6), "25/105", "Board Assurance Framework",
         "Review the scoring of BAF risk 7 (estates and infrastructure) in light of the RAAC survey findings and "
         "report back through the Audit Committee.",
         "Director of Corporate Affairs; Director of Estates & Facilities", "March 2026", None, "A"),
        (112, D(2025, 11, 6), "25/107", "Finance Report (Month 6)",
         "Set out the plan to close the £4.1m gap in the cost improvement programme, including schemes not yet "
         "fully identified.",
         "Director of Finance", D(2025, 12, 4),
         "Plan presented at the Board development session on 4 December 2025. Propose closure.", "G"),
    ]
    closed_rows = [
        (95, D(2025, 5, 1), "25/038", "Digital Strategy",
         "Arrange a Board seminar on the electronic patient record optimisation programme.",
         "Chief Digital Information Officer", "Sep-25", "Seminar held 11 September 2025. Closed.", "G"),
        (99, D(2025, 7, 3), "25/064", "Infection Prevention and Control Annual Report",
         "Confirm the action taken following the increase in C. difficile cases on Ward 18.",
         "Chief Nurse", D(2025, 9, 4),
         "Deep-dive completed; enhanced cleaning and antimicrobial stewardship actions in place. Closed.", "G"),
        (103, D(2025, 7, 3), "25/070", "Guardian of Safe Working Report",
         "Circulate the exception report data for resident doctors by specialty to Board members.",
         "Medical Director", D(2025, 9, 4), "Circulated by email 15/08/2025. Closed.", "G"),
    ]
    heads = ["Action No.", "Meeting Date", "Minute Ref", "Subject", "Action", "Lead", "Due Date",
             "Update", "RAG"]
    wb = Workbook()

    def sheet(ws, title_line, rows):
        ws["A1"] = "Milton Keynes University Hospital NHS Foundation Trust"
        ws["A1"].font = Font(bold=True, size=12, color="005EB8")
        ws["A2"] = "Board of Directors Meeting in Public – Action Log"
        ws["A2"].font = Font(bold=True, size=14)
        ws["A3"] = title_line
        ws["A3"].font = Font(italic=True)
        ws["A4"] = "RAG key:"
        ws["A4"].font = Font(bold=True)
        for col, (colr, txt) in enumerate([("R", "Overdue"), ("A", "In progress / not yet due"),
                                           ("G", "Completed – propose for closure")], start=2):
            c = ws.cell(row=4, column=col, value=txt)
            c.fill = fill(colr)
            c.border = BOX
        header_row(ws, 6, heads, color="005EB8")
        for i, row in enumerate(rows, start=7):
            no, meet, minute, subj, action, lead, due, upd, rag = row
            vals = [no, meet, minute, subj, action, lead, due, upd, None]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(row=i, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(row=i, column=9).fill = fill(rag)
        for col, w in zip("ABCDEFGHI", [9, 12, 10, 26, 60, 28, 12, 50, 7]):
            ws.column_dimensions[col].width = w

    ws1 = wb.active
    ws1.title = "Open Actions"
    sheet(ws1, "Open actions – updated following the meeting held on 6 November 2025", open_rows)
    ws2 = wb.create_sheet("Closed Actions")
    sheet(ws2, "Actions closed at the meeting held on 6 November 2025", closed_rows)
    wb.save(os.path.join(HERE, name))

    st = {"R": "red", "A": "amber", "G": "blue"}
    leads = {
        "Chief Nurse / Director of Midwifery": ["Chief Nurse", "Director of Midwifery"],
        "Director of Corporate Affairs; Director of Estates & Facilities":
            ["Director of Corporate Affairs", "Director of Estates & Facilities"],
    }
    ends = {101: "2025-09", 106: "2026-01", 108: "2026-03", 110: "2025-12", 111: "2026-03", 112: "2025-12",
            95: "2025-09", 99: "2025-09", 103: "2025-09"}
    expected = []
    for row in open_rows + closed_rows:
        no, meet, minute, subj, action, lead, due, upd, rag = row
        expected.append(act(str(no), [subj], action, leads.get(lead, [lead]), ends[no], st[rag]))
    write_expected(name, {
        "source": (
            "Imitates an NHS foundation trust Board of Directors (meeting in public) action log as printed in the "
            "board papers (Milton Keynes University Hospital NHS FT, November 2025, written for this corpus; no "
            "URL). Copies the usual layout of trust board action logs: trust name and log title above, a RAG key "
            "in which green means 'completed – propose for closure', columns for action number, meeting date, "
            "minute reference, subject (agenda item), action, lead (executive posts), due date and update, with "
            "status shown only by the fill of the RAG cell; open and closed actions on separate sheets."),
        "reads": (
            "Nine board actions: six open actions on the first sheet and three closed at the last meeting on the "
            "second. Each is read under its subject (agenda item); the RAG cell has no text, so the fill colour is "
            "the status and, by the log's own key, green means completed (blue). Due dates are a mix of real dates "
            "and text months."),
        "outcome": "read",
        "title": "Board of Directors Meeting in Public – Action Log",
    }, expected)


# ---------------------------------------------------------------------------
# 3. New Forest District Council - corporate risk register Q3 2025/26 (xlsx)
# ---------------------------------------------------------------------------
def nfdc_risk_register():
    name = "lf2-new-forest-dc-corporate-risk-register-q3-2025-26.xlsx"
    risks = [
        ("CR1: Financial sustainability",
         "Reductions in government funding, inflationary pressures and rising demand for temporary accommodation "
         "mean the council cannot set a balanced budget over the Medium Term Financial Plan period, leading to "
         "unplanned reductions in services.",
         "Strategic Director Corporate Resources and Transformation (S151)", "4 x 4 = 16", "3 x 4 = 12",
         "2 x 4 = 8", "↔",
         [("Deliver the 2026/27 savings and income programme agreed by Cabinet, with monthly tracking at EMT.",
           "Assistant Director Finance", "31/03/2026", "Green", ["Assistant Director Finance"], "2026-03", None,
           "green"),
          ("Respond to the Fair Funding Review 2.0 consultation and model the impact of the provisional settlement "
           "on the MTFP.", "Assistant Director Finance", "Q3 2025/26", "Complete",
           ["Assistant Director Finance"], "2025-12", None, "blue"),
          ("Review the temporary accommodation budget and bring forward the business case for additional "
           "council-owned emergency units.", "Assistant Director Housing", "Sept 2025 – Feb 2026", "Amber",
           ["Assistant Director Housing"], "2026-02", None, "amber")]),
        ("CR2: Local government reorganisation",
         "Local government reorganisation across Hampshire and the Solent diverts capacity from business as usual "
         "and creates uncertainty for staff, leading to the loss of key skills and delays to corporate priorities.",
         "Chief Executive", "4 x 3 = 12", "4 x 3 = 12", "3 x 3 = 9", "↑",
         [("Provide evidence and data returns to the Hampshire-wide reorganisation programme by the agreed "
           "deadlines.", "Chief Executive; Strategic Director Place, Operations and Sustainability", "Ongoing",
           "Green", ["Chief Executive", "Strategic Director Place, Operations and Sustainability"], None,
           "Ongoing", "green"),
          ("Agree a staff engagement and retention plan for the transition period, including quarterly pulse "
           "surveys.", "Assistant Director People and Organisational Development", "31/01/2026", "Amber",
           ["Assistant Director People and Organisational Development"], "2026-01", None, "amber")]),
        ("CR3: Cyber security and data breach",
         "A cyber attack or data breach causes loss of ICT systems or personal data, leading to service disruption, "
         "regulatory action by the ICO and reputational damage.",
         "Assistant Director Transformation", "4 x 4 = 16", "2 x 4 = 8", "2 x 4 = 8", "↓",
         [("Complete the migration of the remaining servers from the on-premises data centre to the cloud hosting "
           "platform.", "Head of ICT", "30/11/2025", "Complete", ["Head of ICT"], "2025-11", None, "blue"),
          ("Run a cyber incident exercise with EMT and test the business continuity plan for loss of ICT.",
           "Head of ICT / Emergency Planning Officer", "Q4 2025/26", "Green",
           ["Head of ICT", "Emergency Planning Officer"], "2026-03", None, "green"),
          ("Achieve 95% completion of the mandatory information security e-learning by staff and members.",
           "Information Governance Manager", "31/12/2025", "Red", ["Information Governance Manager"], "2025-12",
           None, "red")]),
        ("CR4: Local Plan and five-year housing land supply",
         "Delay to the Local Plan Review and a shortfall in the five-year housing land supply lead to speculative "
         "planning applications being allowed on appeal and loss of control over where development takes place.",
         "Strategic Director Place, Operations and Sustainability", "3 x 4 = 12", "3 x 3 = 9", "2 x 3 = 6", "↔",
         [("Submit the Local Plan Review (Part 1) for examination following the Regulation 19 consultation.",
           "Service Manager – Planning Policy", "June 2026", "Amber", ["Service Manager – Planning Policy"],
           "2026-06", None, "amber"),
          ("Publish the annual Housing Land Supply position statement.", "Service Manager – Planning Policy",
           "31/10/2025", "Complete", ["Service Manager – Planning Policy"], "2025-10", None, "blue")]),
    ]
    wb = Workbook()
    g = wb.active
    g.title = "Guidance"
    g["A1"] = "New Forest District Council – Corporate Risk Register guidance"
    g["A1"].font = Font(bold=True, size=12)
    g["A3"] = "Risk score = Likelihood (1–4) x Impact (1–4)"
    header_row(g, 5, ["Score", "Rating", "Management"])
    for i, (s, rt, m, c) in enumerate([("9 – 16", "High", "Reviewed monthly by EMT; reported to Audit Committee", "R"),
                                       ("5 – 8", "Medium", "Reviewed quarterly by the risk owner", "A"),
                                       ("1 – 4", "Low", "Managed within the service", "G")], start=6):
        g.cell(row=i, column=1, value=s).border = BOX
        cc = g.cell(row=i, column=2, value=rt)
        cc.fill = fill(c)
        cc.border = BOX
        g.cell(row=i, column=3, value=m).border = BOX
    g["A11"] = "Action status"
    g["A11"].font = Font(bold=True)
    for i, (s, m, c) in enumerate([("Complete", "Action delivered", "B"),
                                   ("Green", "On track", "G"),
                                   ("Amber", "Some slippage against the due date", "A"),
                                   ("Red", "Significantly off track or overdue", "R")], start=12):
        cc = g.cell(row=i, column=1, value=s)
        cc.fill = fill(c)
        cc.border = BOX
        g.cell(row=i, column=2, value=m).border = BOX
    g.column_dimensions["A"].width = 14
    g.column_dimensions["B"].width = 36
    g.column_dimensions["C"].width = 55

    ws = wb.create_sheet("Corporate Risk Register")
    ws["A1"] = "New Forest District Council"
    ws["A1"].font = Font(bold=True, size=12, color="2E7D32")
    ws["A2"] = "Corporate Risk Register – Quarter 3 2025/26"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = ("Reviewed by the Executive Management Team on 13 January 2026; reported to Audit Committee on "
                "30 January 2026")
    ws["A3"].font = Font(italic=True)
    header_row(ws, 5, ["Risk", "Risk description (cause, event, consequence)", "Risk owner",
                       "Inherent score (L x I)", "Current score (L x I)", "Target score", "Direction of travel",
                       "Further mitigating actions", "Action owner", "Due date", "Action status"], color="2E7D32")
    r = 6
    expected = []
    status_fill = {"Complete": "B", "Green": "G", "Amber": "A", "Red": "R"}
    for (title, desc, owner, inh, cur, tgt, dot, actions) in risks:
        first = r
        for (text, aowner, due, stat, lead, end, end_text, status) in actions:
            for col, v in ((8, text), (9, aowner), (10, due), (11, stat)):
                c = ws.cell(row=r, column=col, value=v)
                c.alignment = WRAP
                c.border = BOX
            ws.cell(row=r, column=11).fill = fill(status_fill[stat])
            expected.append(act(None, [title], text, lead, end, status, end_text))
            r += 1
        for col, v in enumerate([title, desc, owner, inh, cur, tgt, dot], start=1):
            c = ws.cell(row=first, column=col, value=v)
            c.alignment = WRAP
            if col == 1:
                c.font = Font(bold=True)
            if col == 5:
                score = int(v.split("=")[1])
                c.fill = fill("R" if score >= 9 else "A" if score >= 5 else "G")
            for rr in range(first, r):
                ws.cell(row=rr, column=col).border = BOX
            if r - first > 1:
                ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
    for col, w in zip("ABCDEFGHIJK", [24, 45, 26, 11, 11, 10, 10, 55, 30, 16, 12]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"

    sm = wb.create_sheet("Risk Summary")
    sm["A1"] = "Summary of corporate risks – Q3 2025/26"
    sm["A1"].font = Font(bold=True, size=12)
    header_row(sm, 3, ["Risk", "Q2 score", "Q3 score", "Target", "Rating"], color="2E7D32")
    for i, rr in enumerate([("CR1: Financial sustainability", 12, 12, 8, "High"),
                            ("CR2: Local government reorganisation", 9, 12, 9, "High"),
                            ("CR3: Cyber security and data breach", 12, 8, 8, "Medium"),
                            ("CR4: Local Plan and five-year housing land supply", 9, 9, 6, "High")], start=4):
        for j, v in enumerate(rr, start=1):
            sm.cell(row=i, column=j, value=v).border = BOX
    sm.column_dimensions["A"].width = 50
    wb.save(os.path.join(HERE, name))

    write_expected(name, {
        "source": (
            "Imitates a district council corporate risk register appended to an Audit Committee report (New Forest "
            "District Council, Q3 2025/26, written for this corpus; no URL). Layout follows published district "
            "council strategic/corporate risk registers (e.g. South Lakeland's quarterly Strategic Risks Register "
            "with its 'how to read this report' scoring guidance): a guidance sheet with the L x I scoring bands "
            "and action status key, then one block per risk with the risk title, description, owner, inherent, "
            "current and target scores and direction-of-travel arrow merged down beside its further mitigating "
            "actions (owner, due date, status), and a summary sheet of scores."),
        "reads": (
            "Four corporate risks, each with two or three further mitigating actions - ten actions in all, with no "
            "action numbers. Each action is read under its risk (e.g. 'CR1: Financial sustainability'); due dates "
            "are written as dates, quarters, a period and 'Ongoing', and the action status is Complete/Green/Amber/"
            "Red. The guidance and summary sheets hold no actions."),
        "outcome": "read",
        "title": "Corporate Risk Register – Quarter 3 2025/26",
    }, expected)


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


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)


def add_table(doc, header, rows, head_fill="D9D9D9"):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], head_fill)
        t.rows[0].cells[i].paragraphs[0].runs[0].font.color.rgb = None
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v or "")
    return t


# ---------------------------------------------------------------------------
# 4. Elmbridge Borough Council - transformation programme highlight report (docx)
# ---------------------------------------------------------------------------
def elmbridge_highlight():
    name = "lf2-elmbridge-bc-transformation-programme-highlight-report.docx"
    projects = [
        ("1. Customer Experience and Digital", "Project lead: Head of Customer Services     Project RAG: Amber",
         [("1.1", "Launch the new customer portal with online accounts for council tax, benefits and waste services.",
           "Head of Customer Services", "Sep-25", "Jan-26", "A"),
          ("1.2", "Move the contact centre telephony to the cloud platform and introduce a call-back option.",
           "ICT Infrastructure Manager", "Oct-25", "", "C"),
          ("1.3", "Complete the channel-shift review of the face-to-face reception at the Civic Centre.",
           "Customer Services Manager", "Dec-25", "", "G")]),
        ("2. Property and Assets", "Project lead: Head of Property     Project RAG: Green",
         [("2.1", "Agree the future use options for the Civic Centre with Cabinet.",
           "Head of Property", "Nov-25", "Feb-26", "A"),
          ("2.2", "Complete condition surveys across the operational estate and load the data into the asset "
                  "management system.", "Estates Surveyor / Asset Management Officer", "Aug-25", "", "C"),
          ("2.3", "Procure a development partner for the Walton town centre regeneration site.",
           "Head of Property; Head of Legal Services", "Mar-26", "", "G")]),
        ("3. Ways of Working and Workforce",
         "Project lead: Head of HR and Organisational Development     Project RAG: Red",
         [("3.1", "Roll out Microsoft 365 and Teams Phone to all staff, with training for managers.",
           "ICT Infrastructure Manager", "Jul-25", "Dec-25", "R"),
          ("3.2", "Introduce the new hybrid working policy following consultation with UNISON.",
           "Head of HR and Organisational Development", "Oct-25", "Mar-26", "R"),
          ("3.3", "Launch the management development programme (cohort 1).",
           "HR Business Partner", "Jan-26", "", "G")]),
    ]
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Elmbridge Borough Council")
    r.bold = True
    r.font.size = Pt(12)
    doc.add_heading("Transformation Programme Highlight Report", level=0)
    det = [("Programme", "Elmbridge Transformation Programme 2024–2027"),
           ("Reporting period", "1 October – 30 November 2025"),
           ("Programme Sponsor", "Chief Executive"),
           ("Programme Manager", "Transformation Programme Manager"),
           ("Report to", "Corporate Management Board, 9 December 2025"),
           ("Overall programme status", "Amber")]
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in det:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True, size=10)
        shade(cells[0], "DDEBF7")
        set_cell(cells[1], v, size=10)
    shade(t.rows[-1].cells[1], "FFC000")
    doc.add_paragraph()
    doc.add_heading("RAG definitions", level=1)
    for line in ["G – on track against the baseline plan",
                 "A – forecast slippage of up to 3 months, or a risk to benefits; recovery plan in place",
                 "R – forecast slippage of more than 3 months, or outside tolerance; escalation to CMB required",
                 "C – complete"]:
        doc.add_paragraph(line, style="List Bullet")
    doc.add_heading("Programme summary", level=1)
    doc.add_paragraph(
        "Two milestones were completed in the period. The programme remains Amber overall: the customer portal "
        "launch has moved to January to allow further testing of the council tax integration, and the Ways of "
        "Working project is Red because the Microsoft 365 roll-out and hybrid working policy have both slipped by "
        "more than three months. Benefits realised to date are £312k against a target of £450k for 2025/26.")
    rag_fill = {"G": "00B050", "A": "FFC000", "R": "FF0000", "C": "00B0F0"}
    expected = []
    st = {"G": "green", "A": "amber", "R": "red", "C": "blue"}
    mon = {"Jan": "01", "Feb": "02", "Mar": "03", "Apr": "04", "May": "05", "Jun": "06", "Jul": "07",
           "Aug": "08", "Sep": "09", "Oct": "10", "Nov": "11", "Dec": "12"}
    for head, lead_line, ms in projects:
        doc.add_heading(head, level=1)
        doc.add_paragraph(lead_line)
        tt = add_table(doc, ["No.", "Milestone / action", "Owner", "Baseline date", "Forecast date", "RAG"],
                       [m for m in ms])
        for i, m in enumerate(ms, start=1):
            shade(tt.rows[i].cells[5], rag_fill[m[5]])
        doc.add_paragraph()
        for (no, text, owner, base, fc, rag) in ms:
            d = fc or base
            end = "20" + d[4:] + "-" + mon[d[:3]]
            if " / " in owner:
                lead = owner.split(" / ")
            elif "; " in owner:
                lead = owner.split("; ")
            else:
                lead = [owner]
            expected.append(act(no, [head], text, lead, end, st[rag]))
    doc.add_heading("Key risks and issues", level=1)
    doc.add_paragraph(
        "Capacity in the ICT team remains the main constraint on the programme while the data centre contract is "
        "exited. The Civic Centre options appraisal depends on the outcome of the Surrey local government "
        "reorganisation proposals, which may change the accommodation requirement.")
    doc.add_heading("Decisions required from CMB", level=1)
    doc.add_paragraph("CMB is asked to note the report and approve the revised forecast dates for milestones 1.1, "
                      "2.1, 3.1 and 3.2.")
    doc.save(os.path.join(HERE, name))
    write_expected(name, {
        "source": (
            "Imitates a district council transformation programme highlight report to the Corporate Management "
            "Board (Elmbridge Borough Council, November 2025, written for this corpus; no URL). Follows the "
            "monitoring/highlight reports district councils take to Cabinet or CMB (e.g. Epping Forest's monthly "
            "Transformation Programme monitoring reports): council name and title, a report-details table with "
            "overall status, a RAG definitions list in which C = complete, a programme summary, then one section "
            "per project with a lead/RAG line and a milestone table (No., milestone, owner, baseline date, forecast "
            "date, RAG letter on a coloured cell), closing with risks/issues and decisions paragraphs."),
        "reads": (
            "Nine numbered milestones in three project sections, each read under its project heading. Where a "
            "forecast date is given it replaces the baseline; RAG letters G/A/R are read as written and C means "
            "complete (blue) by the report's own key. The details table, RAG list and closing paragraphs hold no "
            "actions."),
        "outcome": "read",
        "title": "Transformation Programme Highlight Report",
    }, expected)


# ---------------------------------------------------------------------------
# 5. Safer Basildon Partnership - DHR 'Bea' action plan (docx)
# ---------------------------------------------------------------------------
def basildon_dhr():
    name = "lf2-safer-basildon-csp-dhr-bea-action-plan.docx"
    OV = "Overview Report Recommendations"
    R1 = ("1. The Safer Basildon Partnership should seek assurance that all partner agencies’ domestic abuse "
          "training covers economic abuse and coercive control in older people’s relationships.")
    R2 = ("2. Mid and South Essex ICB should work with GP practices in Basildon to improve routine enquiry about "
          "domestic abuse when patients present with carer stress.")
    R3 = ("3. The Safer Basildon Partnership should write to the Home Office and the Office of the Public Guardian "
          "about the absence of domestic abuse guidance for Lasting Power of Attorney applications.")
    # overview table rows: (rec, scope, action, lead agency, milestones, target, completion, status)
    ov_rows = [
        (R1, "Local",
         "Commission a multi-agency briefing on economic abuse and coercive control in older people, delivered with "
         "Essex Domestic Abuse Service.",
         "Safer Basildon Partnership", "Briefing content agreed; two sessions booked.", "September 2025",
         "Completed 18/09/2025 – 74 attendees from 11 agencies.", "Complete"),
        (None, None,
         "Ask each partner agency to confirm in writing that its domestic abuse training includes older victims.",
         "Safer Basildon Partnership", "Letters sent 03/06/2025; 6 of 9 responses received.", "December 2025",
         "", "On track"),
        (R2, "Local / Regional",
         "Roll out IRIS (Identification and Referral to Improve Safety) training to the remaining Basildon GP "
         "practices.",
         "Mid and South Essex ICB", "18 of 24 practices trained.", "31/03/2026", "", "On track"),
        (None, None,
         "Add a domestic abuse prompt to the carer’s assessment template used in primary care.",
         "Mid and South Essex ICB and Essex County Council (Adult Social Care)", "",
         "Within 6 months of publication", "", "Not started"),
        (R3, "National",
         "Send a letter to the Home Office Domestic Homicide Review team and the Office of the Public Guardian.",
         "Chair of Safer Basildon Partnership", "Draft letter agreed by the panel.", "June 2025",
         "Letter sent 20/06/2025; acknowledgement received.", "Complete"),
    ]
    ov_exp = [
        (["Safer Basildon Partnership"], "2025-09", None, "blue"),
        (["Safer Basildon Partnership"], "2025-12", None, "green"),
        (["Mid and South Essex ICB"], "2026-03", None, "green"),
        (["Mid and South Essex ICB", "Essex County Council (Adult Social Care)"], None,
         "Within 6 months of publication", "unrated"),
        (["Chair of Safer Basildon Partnership"], "2025-06", None, "blue"),
    ]
    # single agency sections: (heading, rows(no, rec, action, lead, target, progress, status), expected)
    sa = [
        ("Single Agency Recommendations: Essex Police", [
            ("EP1", "Officers attending domestic incidents involving older people should complete the DASH risk "
                    "assessment with the victim away from the suspect.",
             "Issue a force-wide practice bulletin and include the learning in the Domestic Abuse Matters "
             "refresher training.", "Detective Chief Inspector, Public Protection", "Oct-25",
             "Bulletin issued 02/10/2025; refresher updated.", "Complete"),
            ("EP2", "Supervisors should check the quality of DASH risk assessments for victims aged 60 and over.",
             "Audit 50 domestic abuse incidents involving victims aged 60 and over to check DASH completion and "
             "supervisor review.", "Domestic Abuse Problem Solving Team Inspector", "Feb-26",
             "Sample selected; audit under way.", "On track")],
         [(["Detective Chief Inspector, Public Protection"], "2025-10", "blue"),
          (["Domestic Abuse Problem Solving Team Inspector"], "2026-02", "green")]),
        ("Single Agency Recommendations: Basildon Borough Council (Housing)", [
            ("BBC1", "Housing officers should be able to identify and record disclosures of domestic abuse made "
                     "during tenancy visits.",
             "Add a domestic abuse field to the tenancy visit form on the housing management system and train "
             "tenancy officers in its use.", "Tenancy Services Manager / Housing Systems Officer", "March 2026",
             "System change scheduled for the February release.", "On track")],
         [(["Tenancy Services Manager", "Housing Systems Officer"], "2026-03", "green")]),
        ("Single Agency Recommendations: Essex Partnership University NHS Foundation Trust (EPUT)", [
            ("EPUT1", "Older adults’ mental health practitioners should routinely ask carers and patients about "
                      "domestic abuse.",
             "Update the Older Adults Community Mental Health Team carer assessment procedure to include routine "
             "enquiry about domestic abuse.", "Associate Director of Safeguarding", "31/01/2026", "",
             "Not started")],
         [(["Associate Director of Safeguarding"], "2026-01", "unrated")]),
    ]
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    sec = doc.sections[0]
    sec.orientation = 1
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    p = doc.add_paragraph()
    rr = p.add_run("Safer Basildon Partnership")
    rr.bold = True
    rr.font.size = Pt(12)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_heading("Domestic Homicide Review ‘Bea’ – Action Plan", level=0)
    doc.add_paragraph("OFFICIAL – for publication", style=None).runs[0].italic = True
    add_table(doc, ["Version", "Date", "Author", "Status"],
              [("v1.0", "12/03/2025", "Independent Chair", "Agreed by DHR panel"),
               ("v2.0", "28/10/2025", "Community Safety Manager", "Updated for CSP Board, November 2025")],
              head_fill="D9D9D9")
    doc.add_paragraph()
    doc.add_paragraph(
        "Progress against this action plan is monitored by the Safer Basildon Partnership Board. Agencies are asked "
        "to update the Status column each quarter using: Complete / On track / Not started.")
    doc.add_heading(OV, level=1)
    t = add_table(doc, ["Recommendation", "Scope of recommendation", "Action to take", "Lead Agency",
                        "Key milestones achieved in enacting recommendation", "Target date",
                        "Date of completion and outcome", "Status"],
                  [[rec or "", scope or "", a, lead, ms, tgt, comp, stt]
                   for (rec, scope, a, lead, ms, tgt, comp, stt) in ov_rows], head_fill="D9D9D9")
    # merge recommendation and scope cells down over the second action of recommendations 1 and 2
    for top in (1, 3):
        for col in (0, 1):
            a = t.cell(top, col)
            b = t.cell(top + 1, col)
            txt = a.text
            m = a.merge(b)
            set_cell(m, txt)
    expected = []
    rec = None
    for (row, (lead, end, end_text, status)) in zip(ov_rows, ov_exp):
        if row[0]:
            rec = row[0]
        expected.append(act(None, [OV, rec], row[2], lead, end, status, end_text))
    for head, rows, exp in sa:
        doc.add_heading(head, level=1)
        add_table(doc, ["No.", "Recommendation", "Action", "Lead Officer", "Target date", "Progress", "Status"],
                  rows, head_fill="D9D9D9")
        doc.add_paragraph()
        for (no, recx, a, lead, tgt, prog, stt), (elead, eend, est) in zip(rows, exp):
            expected.append(act(no, [head, recx], a, elead, eend, est))
    doc.add_paragraph("Action plan owner: Community Safety Manager, Basildon Borough Council, on behalf of the "
                      "Safer Basildon Partnership.")
    doc.save(os.path.join(HERE, name))
    write_expected(name, {
        "source": (
            "Imitates a community safety partnership's published Domestic Homicide Review action plan (Safer "
            "Basildon Partnership, DHR 'Bea', 2025, written for this corpus; no URL). Uses the Home Office DHR "
            "action plan template columns (Recommendation, Scope of recommendation, Action to take, Lead Agency, "
            "Key milestones achieved, Target date, Date of completion and outcome) for the overview report "
            "recommendations, with the recommendation and scope cells merged down over two actions, plus a "
            "Status column the CSP board asks agencies to update; then a separate heading and table per agency "
            "for the single agency recommendations; a version table and notes paragraphs."),
        "reads": (
            "Nine actions: five answering the three numbered overview report recommendations (no action numbers) "
            "and four single agency actions numbered EP1, EP2, BBC1 and EPUT1 under their agency headings. Target "
            "dates are months or dates except one 'Within 6 months of publication'; the Status words Complete / On "
            "track / Not started give blue / green / unrated. 'Mid and South Essex ICB' is one body; where it is "
            "joined to Essex County Council by 'and' there are two lead agencies."),
        "outcome": "read",
        "title": "Domestic Homicide Review ‘Bea’ – Action Plan",
    }, expected)


# ---------------------------------------------------------------------------
# 6. Aberdeen City APC - ASP learning review 'Mr G' improvement action plan (csv)
# ---------------------------------------------------------------------------
def csv_cell(v):
    v = "" if v is None else str(v)
    if any(ch in v for ch in ',"\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


def aberdeen_apc():
    name = "lf2-aberdeen-city-apc-learning-review-mr-g-improvement-action-plan.csv"
    LP1 = "Learning Point 1: Self-neglect and hoarding"
    R1 = ("R1. Partners should adopt a shared multi-agency approach to self-neglect and hoarding, so that concerns "
          "are not managed by single agencies in isolation.")
    LP2 = "Learning Point 2: Capacity and consent"
    R2 = ("R2. Practitioners should be supported to assess and record capacity when an adult declines support, and "
          "to understand when the Adult Support and Protection (Scotland) Act 2007 applies.")
    LP3 = "Learning Point 3: Information sharing"
    R3 = ("R3. Agencies should share information promptly where an adult at risk misses appointments or disengages "
          "from services.")
    LP4 = "Learning Point 4: Involving families"
    R4 = ("R4. The APC should ensure that the views of family members are sought and recorded during ASP inquiries "
          "and case conferences.")
    rows = [
        (LP1, R1, "1.1", "Publish Aberdeen City multi-agency self-neglect and hoarding guidance, including a clutter "
                         "rating tool.",
         "Lead Officer, Adult Protection", "Dec-25",
         "Guidance approved by APC 10/09/2025 and published on the APC website.", "Complete",
         ["Lead Officer, Adult Protection"], "2025-12", None, "blue"),
        (None, None, "1.2", "Deliver briefing sessions on the guidance to Housing, Scottish Fire and Rescue Service "
                            "and Care Management teams.",
         "APC Learning and Development Sub-group Chair", "March 2026", "4 of 6 sessions delivered.", "Green",
         ["APC Learning and Development Sub-group Chair"], "2026-03", None, "green"),
        (LP2, R2, "2.1", "Refresh the practitioner guide on capacity and the three-point test, with case examples "
                         "from this review.",
         "Mental Health Officer Team Manager", "31/01/2026",
         "Draft circulated for comment; slight delay due to MHO staffing.", "Amber",
         ["Mental Health Officer Team Manager"], "2026-01", None, "amber"),
        (None, None, "2.2", "Audit a sample of 30 ASP inquiries where the adult declined support, to test whether "
                            "capacity was considered and recorded.\nReport the findings to the APC Quality "
                            "Assurance Sub-group.",
         "Principal Social Worker (Adult Services); NHS Grampian Adult Protection Lead", "April – June 2026",
         "Not due to start until Q1 2026/27.", "",
         ["Principal Social Worker (Adult Services)", "NHS Grampian Adult Protection Lead"], "2026-06", None,
         "unrated"),
        (LP3, R3, "3.1", "Agree a missed appointments and disengagement escalation protocol between NHS Grampian, "
                         "Aberdeen City HSCP and Police Scotland.",
         "NHS Grampian Adult Protection Lead / Police Scotland Public Protection Unit DI", "30/11/2025",
         "Protocol not yet agreed - awaiting NHS Grampian legal advice. Escalated to the Chief Officers Group.",
         "Red", ["NHS Grampian Adult Protection Lead", "Police Scotland Public Protection Unit DI"], "2025-11",
         None, "red"),
        (None, None, "3.2", "Include Mr G's review in the multi-agency 'Learning Bites' programme for frontline "
                            "staff.",
         "Lead Officer, Adult Protection", "Ongoing",
         "Learning Bite recorded and available on the APC website; promoted through partner bulletins.", "Green",
         ["Lead Officer, Adult Protection"], None, "Ongoing", "green"),
        (LP4, R4, "4.1", "Update the ASP case conference template to include a section on the views of family "
                         "members.",
         "Service Manager, Adult Protection", "Sep-25", "Template updated in CareFirst from 1 September 2025.",
         "Complete", ["Service Manager, Adult Protection"], "2025-09", None, "blue"),
        (None, None, "4.2", "Seek assurance through the next multi-agency case file audit that family views are "
                            "recorded.",
         "APC Quality Assurance Sub-group", "Q4 2025/26", "Audit scheduled for February 2026.", "Green",
         ["APC Quality Assurance Sub-group"], "2026-03", None, "green"),
    ]
    ncol = 8
    lines = [
        ["Aberdeen City Adult Protection Committee"],
        ["Adult Support and Protection Learning Review – Mr G: Improvement Action Plan"],
        ["Version 3 – updated for the APC meeting of 12 November 2025"],
        [],
        ["Learning Point", "Recommendation", "No.", "Improvement Action", "Lead", "Timescale", "Progress Update",
         "RAG"],
    ]
    expected = []
    lp = rec = None
    for row in rows:
        lines.append(list(row[:8]))
        if row[0]:
            lp, rec = row[0], row[1]
        expected.append(act(row[2], [lp, rec], row[3], row[8], row[9], row[11], row[10]))
    lines.append([])
    lines.append(["RAG: Complete = action delivered; Green = on track; Amber = at risk of delay; Red = not on track "
                  "/ escalated to Chief Officers Group"])
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        for ln in lines:
            ln = ln + [""] * (ncol - len(ln))
            f.write(",".join(csv_cell(v) for v in ln) + "\r\n")
    write_expected(name, {
        "source": (
            "Imitates a Scottish Adult Protection Committee's improvement action plan following an Adult Support "
            "and Protection Learning Review (the Scottish counterpart of a safeguarding adults review; Aberdeen "
            "City APC, 'Mr G', 2025, written for this corpus; no URL), structured as the Scottish Government's "
            "2022 ASP learning review guidance expects: learning points, recommendations and an APC-monitored "
            "action plan. Saved from Excel as CSV: three title lines, a header row, learning point and "
            "recommendation given only on the first row of each group (merged cells in the original), numbered "
            "actions, posts as leads (some with a comma in the post title), mixed timescales, a blank RAG for an "
            "action not yet started, one action with a line break inside the cell, and a RAG key line at the foot."),
        "reads": (
            "Eight numbered improvement actions, two under each of four learning points and their recommendation "
            "(the learning point and recommendation apply to the row below until the next is given). 'Lead Officer, "
            "Adult Protection' is a single post; leads joined by '/' or ';' are two posts. Timescales include a "
            "period ('April – June 2026'), a quarter and 'Ongoing'; the RAG word gives the status and Complete is "
            "blue."),
        "outcome": "read",
        "title": "Adult Support and Protection Learning Review – Mr G: Improvement Action Plan",
    }, expected)


# ---------------------------------------------------------------------------
# 7. Fylde CSP - community safety partnership plan 2025-26 action plan (txt, tab-separated) - refuse
# ---------------------------------------------------------------------------
def fylde_csp():
    name = "lf2-fylde-csp-community-safety-partnership-plan-2025-26-action-plan-typo-month-refuse.txt"
    lines = [
        "Fylde Community Safety Partnership",
        "Community Safety Partnership Plan 2025-26: Action Plan",
        "Quarter 2 update (July – September 2025)",
        "",
        "Ref\tAction\tLead partner(s)\tTimescale\tQ2 update\tRAG",
        "Priority 1: Anti-social behaviour and neighbourhood crime",
        "1.1\tRun joint ASB patrols in St Annes town centre and on Lytham Green during the summer season.\t"
        "Lancashire Police / Fylde Council\tSeptember 2025\tPatrols ran June–September; 46 ASB reports compared "
        "with 71 in summer 2024.\tComplete",
        "1.2\tReview the Public Spaces Protection Order (dog control and alcohol) and consult on its renewal before "
        "it expires.\tFylde Council Environmental Protection Manager\tDecember 2025\tConsultation closes 31 October "
        "2025.\tGreen",
        "1.3\tHold Operation Clean Sweep days of action in Kirkham and Freckleton, targeting fly-tipping and "
        "nuisance vehicles.\tLancashire Police; Fylde Council; Lancashire Fire and Rescue Service\tQuarterly\t"
        "Kirkham day of action held 14 August 2025.\tGreen",
        "",
        "Priority 2: Domestic abuse and violence against women and girls",
        "2.1\tAchieve White Ribbon accreditation for Fylde Council.\tFylde Council Community Safety Officer\t"
        "November 2025\tApplication submitted; awaiting assessment.\tAmber",
        "2.2\tPromote the Ask for ANGELA scheme with licensed premises in St Annes and Lytham, and deliver WAVE "
        "training to door staff.\tLicensing Manager / Lancashire Police Licensing Officer\tFebuary 2026\t"
        "12 premises signed up; first WAVE session booked.\tGreen",
        "2.3\tRefer all high-risk victims to the Fylde MARAC and monitor the repeat referral rate.\t"
        "Lancashire Police; Lancashire County Council IDVA Service\tOngoing\tRepeat rate 31% (target below 35%)."
        "\tGreen",
        "",
        "Priority 3: Serious violence and exploitation",
        "3.1\tDeliver the Serious Violence Duty prevention programme in Fylde secondary schools (knife crime and "
        "exploitation workshops).\tLancashire Violence Reduction Network\tJuly 2026\t3 of 5 schools booked.\tGreen",
        "3.2\tMap county lines and cuckooing activity with partners and agree a joint disruption plan.\t"
        "Lancashire Police Neighbourhood Inspector\tMarch 2026\tMapping complete; plan in draft.\tAmber",
        "",
        "Priority 4: Road safety",
        "4.1\tRun speed enforcement and Community Speed Watch sessions on the A584 and B5261.\t"
        "Lancashire Road Safety Partnership\tMarch 2026\tNo Speed Watch volunteers recruited yet for Warton.\tRed",
        "",
        "RAG: Complete = delivered; Green = on track; Amber = some delay; Red = not on track",
    ]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")
    bad = [i for i, ln in enumerate(lines, start=1) if "Febuary" in ln]
    assert bad == [13], bad
    write_expected(name, {
        "source": (
            "Imitates a district community safety partnership's annual partnership plan action plan with a "
            "quarterly update, exported from the partnership's spreadsheet as tab-separated text (Fylde CSP, "
            "2025-26, Q2 update, written for this corpus; no URL). Copies the usual CSP plan layout: partnership "
            "name, plan title and update period, a header row, a priority line over each group of numbered "
            "actions, lead partner organisations (several in one cell), timescale, quarterly update and RAG word, "
            "blank separator lines and a RAG key line at the end."),
        "reads": (
            "Nine numbered actions under four priorities. On line 13 (action 2.2) the timescale reads 'Febuary "
            "2026', a mistyped month, so a careful reader would stop and ask rather than guess the due month."),
        "outcome": "refuse",
        "refuse_at": 13,
        "title": "Community Safety Partnership Plan 2025-26: Action Plan",
    })


if __name__ == "__main__":
    uhs_maternity()
    mkuh_board_log()
    nfdc_risk_register()
    elmbridge_highlight()
    basildon_dhr()
    aberdeen_apc()
    fylde_csp()
    print("built", sorted(f for f in os.listdir(HERE) if f.startswith("lf2-")))
