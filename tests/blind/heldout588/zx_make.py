#!/usr/bin/env python3
"""Build the seven zx- blind cases (data files and their expected readings).

Run with /work/main/.venv/bin/python zx_make.py from anywhere; files are written
beside this script. Only files whose names start with zx- are written.
"""
import datetime as dt
import os
import re

import yaml
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "0070C0",
    "band": "D9E1F2",
    "head": "1F3864",
    "grey": "EDEDED",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def out(name):
    assert name.startswith("zx-")
    return os.path.join(HERE, name)


class _Dumper(yaml.SafeDumper):
    pass


def _repr_str(dumper, v):
    if "\n" in v:
        return dumper.represent_scalar("tag:yaml.org,2002:str", v, style="|")
    if re.fullmatch(r"\d{4}-\d{2}", v):
        return dumper.represent_scalar("tag:yaml.org,2002:str", v, style='"')
    return dumper.represent_scalar("tag:yaml.org,2002:str", v)


def _repr_list(dumper, v):
    flow = all(not isinstance(x, (list, dict)) for x in v) and not any(
        isinstance(x, str) and "\n" in x for x in v)
    return dumper.represent_sequence("tag:yaml.org,2002:seq", v, flow_style=flow and bool(v) or not v)


_Dumper.add_representer(str, _repr_str)
_Dumper.add_representer(list, _repr_list)


def write_expected(name, doc):
    """Write NAME.expected.yaml with keys in the FORMAT.md order."""
    order = ["source", "reads", "outcome", "accept_refusal", "refuse_at", "title", "actions"]
    d = {k: doc[k] for k in order if k in doc}
    acts = []
    for a in d.get("actions", []):
        e = {"ref": a["ref"], "under": a["under"], "action": a["action"],
             "lead": a["lead"], "end": a["end"]}
        if a.get("end_text"):
            e["end_text"] = a["end_text"]
        e["status"] = a["status"]
        acts.append(e)
    if "actions" in d:
        d["actions"] = acts
    text = yaml.dump(d, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100,
                     default_flow_style=False)
    with open(out(name + ".expected.yaml"), "w", encoding="utf-8") as f:
        f.write(text)


def fill(cell, key):
    cell.fill = PatternFill("solid", start_color=FILL[key], end_color=FILL[key])


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Peak District NPA - ICO data protection audit management action plan (xlsx)
# ---------------------------------------------------------------------------
def peak_district():
    name = "zx-peak-district-npa-ico-data-protection-audit-action-plan.xlsx"
    title = "ICO Data Protection Audit – Management Action Plan"
    GA, TA, RP = ("Governance & Accountability", "Training & Awareness",
                  "Requests for Personal Data")
    recs = {
        "A01": "The Authority should review its Information Governance Framework and set out clear "
               "reporting lines from the Data Protection Officer to the Senior Leadership Team.",
        "A02": "The Authority should complete its Record of Processing Activities (ROPA) so that it "
               "covers all services, including the visitor centres and the Moorland Centre.",
        "A03": "The Authority should introduce a documented Data Protection Impact Assessment (DPIA) "
               "screening step into its project management process.",
        "B01": "The Authority should ensure that all staff, including seasonal rangers and volunteers "
               "with system access, complete data protection training on induction and annually "
               "thereafter.",
        "B02": "The Authority should provide role-specific training for staff who handle subject "
               "access requests and planning enforcement case files.",
        "C01": "The Authority should maintain a central log of all subject access requests, "
               "including those received by email directly to services.",
        "C02": "The Authority should develop written procedures for responding to subject access "
               "requests, including redaction and quality checking.",
        "C03": "The Authority should monitor and report SAR response times against the statutory "
               "deadline.",
    }
    prio = {"A01": "High", "A02": "Medium", "A03": "Medium", "B01": "High", "B02": "Low",
            "C01": "High", "C02": "Medium", "C03": "Medium"}
    # ref, area, action text, owner cell, lead list, original, revised, rag letter, status, progress
    rows = [
        ("A01", GA, "Refresh the Information Governance Framework and take it to the Senior Leadership "
                    "Team for approval, with a quarterly DPO report to SLT.",
         "Data Protection Officer", ["Data Protection Officer"], d(2025, 3, 31), d(2025, 6, 30), "B",
         "blue", "Framework approved by SLT on 10 June 2025. First quarterly DPO report received in "
                 "July 2025."),
        ("A02", GA, "Collect ROPA returns from each service area and publish the consolidated ROPA on "
                    "the intranet.\nSet an annual review date for each entry.",
         "Information Governance Officer; Heads of Service",
         ["Information Governance Officer", "Heads of Service"], d(2025, 6, 30), d(2025, 10, 31), "A",
         "amber", "11 of 14 service returns received. Visitor centres and Moorland Centre outstanding."),
        ("A03", GA, "Add a mandatory DPIA screening question to the project initiation document and the "
                    "ICT change request form.",
         "Head of Information Management / Programme Manager",
         ["Head of Information Management", "Programme Manager"], d(2025, 5, 31), None, "B", "blue",
         "In place from 1 May 2025."),
        ("B01", TA, "Move data protection e-learning into the mandatory induction checklist and report "
                    "completion rates to SLT each quarter.",
         "Head of People Management", ["Head of People Management"], d(2025, 4, 30), d(2025, 12, 31),
         "G", "green", "Induction checklist updated. Completion at 87% against a target of 95%; "
                       "seasonal ranger cohort to complete by December."),
        ("B02", TA, "Procure and deliver role-based training for the Planning Enforcement team and the "
                    "Customer Services team.",
         "Head of Planning; Customer Services Manager", ["Head of Planning", "Customer Services Manager"],
         d(2025, 9, 30), None, "G", "green", "Provider booked; sessions on 23 and 25 September 2025."),
        ("C01", RP, "Set up a central SAR log in the case management system and issue guidance to all "
                    "staff on forwarding requests on the day they are received.",
         "Information Governance Officer", ["Information Governance Officer"], d(2025, 3, 31), None, "B",
         "blue", "Log live since March 2025."),
        ("C02", RP, "Write and approve a SAR procedure with a redaction checklist.",
         "Data Protection Officer", ["Data Protection Officer"], d(2025, 6, 30), d(2025, 11, 30), "A",
         "amber", "Draft procedure with Legal for comment."),
        ("C02", RP, "Introduce a second-person quality check before any SAR response is issued.",
         "Information Governance Officer", ["Information Governance Officer"], d(2025, 6, 30), None,
         "R", "red", "Not yet in place – depends on the procedure above."),
        ("C03", RP, "Include SAR timeliness in the quarterly corporate performance report.",
         "Performance and Business Support Manager", ["Performance and Business Support Manager"],
         d(2025, 12, 31), None, None, "unrated", "Not started – scheduled for Q3 reporting."),
    ]

    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Peak District National Park Authority"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = title
    cov["A2"].font = Font(bold=True, size=12)
    info = [
        ("Audit type", "Consensual audit under Article 58(1)(b) UK GDPR"),
        ("Audit fieldwork", "4–6 November 2024"),
        ("Final report issued", "17 January 2025"),
        ("Overall assurance", "Reasonable"),
        ("Recommendations", "8 (3 High, 4 Medium, 1 Low)"),
        ("Senior responsible officer", "Director of Corporate Strategy and Development"),
    ]
    for i, (k, v) in enumerate(info, start=4):
        cov.cell(i, 1, k).font = Font(bold=True)
        cov.cell(i, 2, v)
    cov["A11"] = "Document control"
    cov["A11"].font = Font(bold=True)
    for j, h in enumerate(["Version", "Date", "Author", "Change"], start=1):
        c = cov.cell(12, j, h)
        c.font = Font(bold=True)
        fill(c, "grey")
    dc = [("0.1", "20/01/2025", "Data Protection Officer", "Draft management responses"),
          ("1.0", "31/01/2025", "Data Protection Officer", "Agreed with ICO"),
          ("1.3", "01/09/2025", "Information Governance Officer",
           "Progress update for Audit, Resources and Performance Committee")]
    for i, r in enumerate(dc, start=13):
        for j, v in enumerate(r, start=1):
            cov.cell(i, j, v)
    cov.column_dimensions["A"].width = 28
    cov.column_dimensions["B"].width = 50
    cov.column_dimensions["C"].width = 30
    cov.column_dimensions["D"].width = 60

    ws = wb.create_sheet("Action Plan")
    heads = ["Ref", "ICO recommendation", "Priority", "Agreed action", "Action owner",
             "Original target date", "Revised target date", "RAG", "Progress update (September 2025)"]
    ncol = len(heads)
    ws.cell(1, 1, title).font = Font(bold=True, size=13)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws.cell(2, 1, "Peak District National Park Authority | Progress at 1 September 2025 | Appendix 1 "
                  "to the Audit, Resources and Performance Committee report of 19 September 2025")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws.cell(3, 1, "Note: original target dates are those agreed with the ICO in the final report. "
                  "RAG key on the 'Key' tab.").font = Font(italic=True)
    ws.merge_cells(start_row=3, start_column=1, end_row=3, end_column=ncol)
    for j, h in enumerate(heads, start=1):
        c = ws.cell(5, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        fill(c, "head")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    r = 6
    area_now = None
    expected = []
    prev_ref = None
    merge_start = None
    for (ref, area, act, owner, lead, orig, rev, rag, status, prog) in rows:
        if area != area_now:
            c = ws.cell(r, 1, area)
            c.font = Font(bold=True)
            fill(c, "band")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            area_now = area
            r += 1
        if ref == prev_ref:
            # second action under the same recommendation: merge ref / rec / priority down
            for col in (1, 2, 3):
                ws.merge_cells(start_row=merge_start, start_column=col, end_row=r, end_column=col)
        else:
            ws.cell(r, 1, ref)
            ws.cell(r, 2, recs[ref])
            ws.cell(r, 3, prio[ref])
            merge_start = r
        ws.cell(r, 4, act)
        ws.cell(r, 5, owner)
        ws.cell(r, 6, orig).number_format = "dd/mm/yyyy"
        if rev:
            ws.cell(r, 7, rev).number_format = "dd/mm/yyyy"
        c = ws.cell(r, 8, rag)
        if rag:
            fill(c, status)
            c.font = Font(bold=True, color="FFFFFF")
            c.alignment = Alignment(horizontal="center", vertical="top")
        ws.cell(r, 9, prog)
        for col in range(1, ncol + 1):
            cc = ws.cell(r, col)
            cc.border = BOX
            if col != 8:
                cc.alignment = Alignment(wrap_text=True, vertical="top")
        endd = rev or orig
        expected.append({"ref": ref, "under": [area, recs[ref]], "action": act, "lead": lead,
                         "end": endd.strftime("%Y-%m"), "status": status})
        prev_ref = ref
        r += 1
    r += 1
    ws.cell(r, 1, "Summary of actions").font = Font(bold=True)
    r += 1
    counts = [("Complete (B)", 3), ("On track (G)", 2), ("Behind schedule (A)", 2),
              ("Off track (R)", 1), ("Not started", 1), ("Total", 9)]
    for k, v in counts:
        ws.cell(r, 1, k)
        ws.cell(r, 2, v)
        r += 1
    widths = [8, 45, 10, 45, 28, 13, 13, 6, 45]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[chr(64 + j)].width = w
    ws.freeze_panes = "A6"

    key = wb.create_sheet("Key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    kk = [("B", "Complete – evidence held", "blue"),
          ("G", "On track to meet the target date", "green"),
          ("A", "Behind schedule – revised date agreed", "amber"),
          ("R", "Off track – target date missed and no revised date", "red"),
          ("", "Not yet started", None)]
    for i, (l, t, col) in enumerate(kk, start=2):
        c = key.cell(i, 1, l or None)
        if col:
            fill(c, col)
        key.cell(i, 2, t)
    key["A9"] = "ICO priority ratings"
    key["A9"].font = Font(bold=True)
    pr = [("Urgent", "Immediate action required to address a high risk of non-compliance"),
          ("High", "Significant risk – action within 3 months"),
          ("Medium", "Moderate risk – action within 6 months"),
          ("Low", "Good practice – action within 12 months")]
    for i, (a, b) in enumerate(pr, start=10):
        key.cell(i, 1, a)
        key.cell(i, 2, b)
    key.column_dimensions["A"].width = 12
    key.column_dimensions["B"].width = 70
    wb.save(out(name))

    write_expected(name, {
        "source": "Imitates the management action plan that follows an ICO consensual data protection "
                  "audit of a public body (ICO audit executive summaries and the follow-up action plans "
                  "councils and national park authorities take to their audit committees, e.g. the "
                  "'Mid-Year Update of the ICO Action Plan' reports, 2024-25). Peak District National "
                  "Park Authority, 2025. Copies: cover sheet with audit facts and a document-control "
                  "table, scope-area band rows (Governance & Accountability, Training & Awareness, "
                  "Requests for Personal Data), ICO recommendation and priority beside each agreed "
                  "action, one recommendation merged down over two actions, original and revised "
                  "target dates, a B/G/A/R letter with fill colour, a summary count block and a "
                  "separate Key tab.",
        "reads": "Three sheets: a cover, the action plan and a key. The action plan lists nine agreed "
                 "actions under three ICO scope areas, each beside the ICO recommendation it answers "
                 "(C02 has two actions sharing one merged recommendation), with owners, original and "
                 "revised dates and a RAG letter; a summary count follows.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 2. West Yorkshire CA - bus franchising programme highlight report (xlsx)
# ---------------------------------------------------------------------------
def wyca():
    name = "zx-west-yorkshire-ca-bus-franchising-programme-highlight-report.xlsx"
    title = "Bus Franchising Programme – Highlight Report"
    RAGW = {"Green": "green", "Amber": "amber", "Red": "red", "Complete": "blue", None: "unrated"}
    W1, W2, W3, W4 = ("1. Procurement & Contracts", "2. Depots & Fleet", "3. People & TUPE",
                      "4. Customer, Fares & Ticketing")
    # id, ws, text, lead cell, lead list, baseline, forecast, prev, curr, commentary, end, end_text
    rows = [
        ("1.1", W1, "Issue Invitation to Tender for Tranche 1 large-lot franchise contracts",
         "Head of Bus Franchising Procurement", ["Head of Bus Franchising Procurement"],
         d(2025, 6, 1), d(2025, 7, 1), "Amber", "Complete",
         "ITT issued 14 July 2025 to 6 shortlisted bidders.", "2025-07", None),
        ("1.2", W1, "Complete evaluation of Tranche 1 tenders and report recommended bidders to the "
                    "Combined Authority",
         "Head of Bus Franchising Procurement / Legal Services Manager",
         ["Head of Bus Franchising Procurement", "Legal Services Manager"],
         d(2025, 11, 1), d(2026, 1, 1), "Green", "Amber",
         "Bidder clarification period extended by three weeks at bidders' request; CA meeting "
         "moved to February 2026.", "2026-01", None),
        ("1.3", W1, "Award Tranche 1 small and medium operator lots",
         "Commercial Manager (Small Lots)", ["Commercial Manager (Small Lots)"],
         "Q4 2025/26", d(2026, 3, 1), "Green", "Green", "On track.", "2026-03", None),
        ("2.1", W2, "Complete acquisition of Hunslet depot site",
         "R. Okafor", ["R. Okafor"], d(2025, 9, 1), d(2025, 12, 1), "Amber", "Red",
         "Title issues on the access road; Leeds City Council legal team engaged. Critical path "
         "for Tranche 1 go-live.", "2025-12", None),
        ("2.2", W2, "Agree heads of terms for lease of operator depots at Wakefield and Castleford",
         "R. Okafor; L. Brennan", ["R. Okafor", "L. Brennan"], d(2025, 10, 1), d(2025, 10, 1),
         "Green", "Green", "Draft heads of terms with both operators.", "2025-10", None),
        ("2.3", W2, "Publish zero-emission fleet transition strategy",
         "Fleet Strategy Lead", ["Fleet Strategy Lead"], d(2025, 8, 1), d(2025, 8, 1), "Green",
         "Complete", "Published with the August Transport Committee papers.", "2025-08", None),
        ("3.1", W3, "Issue TUPE information requests to incumbent operators",
         "HR Business Partner – Transport", ["HR Business Partner – Transport"],
         d(2025, 9, 1), d(2025, 11, 1), "Green", "Amber",
         "Two operators have asked for more time to return employee liability information.",
         "2025-11", None),
        ("3.2", W3, "Hold trade union engagement forum on the franchising transition",
         "Helen Ashworth", ["Helen Ashworth"], "Monthly", "Monthly", "Green", "Green",
         "September forum held; Unite and GMB attended.", None, "Monthly"),
        ("4.1", W4, "Confirm fares and ticketing product range for the franchised network",
         "Head of Fares and Ticketing", ["Head of Fares and Ticketing"], d(2025, 12, 1),
         d(2026, 2, 1), "Amber", "Amber", "Awaiting outcome of the Mayor's fares review.",
         "2026-02", None),
        ("4.2", W4, "Procure account-based ticketing back office",
         "Head of Fares and Ticketing & Digital Programme Manager",
         ["Head of Fares and Ticketing", "Digital Programme Manager"], d(2026, 3, 1),
         d(2026, 3, 1), None, None, "Not started – dependent on the fares decision (4.1).",
         "2026-03", None),
    ]
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = title
    s["A1"].font = Font(bold=True, size=14)
    s.merge_cells("A1:D1")
    s["A2"] = "West Yorkshire Combined Authority"
    s["A2"].font = Font(bold=True)
    meta = [("Reporting period", "September 2025 (Period 6)"),
            ("Senior Responsible Owner", "Director of Transport Operations and Passenger Experience"),
            ("Programme Director", "Helen Ashworth"),
            ("Report to", "Bus Franchising Programme Board – 7 October 2025")]
    for i, (k, v) in enumerate(meta, start=3):
        s.cell(i, 1, k).font = Font(bold=True)
        s.cell(i, 2, v)
    for j, h in enumerate(["Dimension", "Previous", "Current", "Comment"], start=1):
        c = s.cell(8, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        fill(c, "head")
    dims = [("Overall", "Amber", "Amber", "Tranche 1 remains on course for go-live in March 2027; "
                                         "the Hunslet depot is now the critical path."),
            ("Schedule", "Green", "Amber", "Tender evaluation and TUPE returns have slipped."),
            ("Cost", "Green", "Green", "Within approved development budget."),
            ("Risk", "Amber", "Amber", "Depot acquisition risk escalated to Programme Board."),
            ("Resources", "Amber", "Green", "Commercial and HR posts now filled.")]
    for i, (a, p, c_, com) in enumerate(dims, start=9):
        s.cell(i, 1, a)
        cp = s.cell(i, 2, p)
        fill(cp, RAGW[p])
        cc = s.cell(i, 3, c_)
        fill(cc, RAGW[c_])
        s.cell(i, 4, com)
    s["A15"] = "Key messages"
    s["A15"].font = Font(bold=True)
    s["A16"] = ("The Invitation to Tender for the Tranche 1 large lots was issued in July. Evaluation "
                "will now conclude in January 2026. The Hunslet depot purchase has moved to red "
                "because of title issues on the access road.")
    s["A16"].alignment = Alignment(wrap_text=True, vertical="top")
    s.merge_cells("A16:D16")
    s.row_dimensions[16].height = 48
    s["A18"] = "Decisions / support required from Programme Board"
    s["A18"].font = Font(bold=True)
    s["A19"] = ("Programme Board is asked to note the revised forecast for the Hunslet depot and the "
                "mitigation agreed with Leeds City Council.")
    s.merge_cells("A19:D19")
    s["A21"] = ("RAG key: Green – on track; Amber – at risk but manageable within the programme; "
                "Red – off track, escalate to Programme Board; Complete – delivered.")
    s["A21"].font = Font(italic=True)
    s.merge_cells("A21:D21")
    s.column_dimensions["A"].width = 28
    s.column_dimensions["B"].width = 30
    s.column_dimensions["C"].width = 12
    s.column_dimensions["D"].width = 70

    m = wb.create_sheet("Milestones & Actions")
    heads = ["ID", "Workstream", "Milestone / action", "Lead", "Baseline date", "Forecast date",
             "Previous RAG", "Current RAG", "Commentary"]
    m["A1"] = ("Forecast dates reflect the re-baselined plan approved by Programme Board on "
               "2 September 2025. Items completed before Period 5 have been removed.")
    m["A1"].font = Font(italic=True)
    m.merge_cells("A1:I1")
    for j, h in enumerate(heads, start=1):
        c = m.cell(3, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        fill(c, "head")
        c.alignment = Alignment(wrap_text=True)
        c.border = BOX
    r = 4
    expected = []
    ws_start = {}
    for (i_, wsn, text, leadcell, lead, base, fc, prev, curr, com, end, end_text) in rows:
        if wsn not in ws_start:
            ws_start[wsn] = r
            m.cell(r, 2, wsn).font = Font(bold=True)
        m.cell(r, 1, i_)
        m.cell(r, 3, text)
        m.cell(r, 4, leadcell)
        for col, v in ((5, base), (6, fc)):
            c = m.cell(r, col, v)
            if isinstance(v, dt.datetime):
                c.number_format = "mmm-yy"
        for col, v in ((7, prev), (8, curr)):
            c = m.cell(r, col, v)
            if v:
                fill(c, RAGW[v])
        m.cell(r, 9, com)
        for col in range(1, 10):
            m.cell(r, col).border = BOX
            m.cell(r, col).alignment = Alignment(wrap_text=True, vertical="top")
        e = {"ref": i_, "under": [wsn], "action": text, "lead": lead, "end": end,
             "status": RAGW[curr]}
        if end_text:
            e["end_text"] = end_text
        expected.append(e)
        r += 1
    # merge workstream cells down their rows
    starts = sorted(ws_start.values()) + [r]
    for a, b in zip(starts, starts[1:]):
        if b - 1 > a:
            m.merge_cells(start_row=a, start_column=2, end_row=b - 1, end_column=2)
    for j, w in enumerate([6, 22, 48, 30, 12, 12, 11, 11, 48], start=1):
        m.column_dimensions[chr(64 + j)].width = w

    f = wb.create_sheet("Finance")
    f["A1"] = "Programme finance (£000s) – development budget"
    f["A1"].font = Font(bold=True)
    fh = ["Cost line", "Approved budget", "Spend to date", "Forecast outturn", "Variance"]
    for j, h in enumerate(fh, start=1):
        f.cell(3, j, h).font = Font(bold=True)
    fin = [("Programme team", 2150, 1034, 2120), ("Legal and commercial advisers", 1400, 812, 1460),
           ("Depot acquisition (fees)", 650, 205, 700), ("Systems and ticketing", 900, 96, 880)]
    for i, (a, b, c_, dd) in enumerate(fin, start=4):
        f.cell(i, 1, a)
        f.cell(i, 2, b)
        f.cell(i, 3, c_)
        f.cell(i, 4, dd)
        f.cell(i, 5, b - dd)
    f.cell(8, 1, "Total").font = Font(bold=True)
    f.cell(8, 2, "=SUM(B4:B7)")
    f.cell(8, 3, "=SUM(C4:C7)")
    f.cell(8, 4, "=SUM(D4:D7)")
    f.cell(8, 5, "=SUM(E4:E7)")
    f.column_dimensions["A"].width = 32
    wb.save(out(name))

    write_expected(name, {
        "source": "Imitates a combined authority programme highlight report to a programme board "
                  "(West Yorkshire Combined Authority bus franchising programme, following the "
                  "Mayor's franchising decision of March 2024; layout after PRINCE2-style highlight "
                  "reports published in CA committee papers). Period 6, September 2025. Copies: "
                  "summary sheet with SRO/programme director, dimension RAG table with previous and "
                  "current, key messages and decisions required; milestones sheet with workstream "
                  "names merged down the rows of each workstream, baseline and forecast dates "
                  "(one baseline given as a financial quarter, one 'Monthly'), previous and current "
                  "RAG as coloured words; a finance sheet.",
        "reads": "The Summary sheet gives the overall position and key messages; the Milestones & "
                 "Actions sheet lists ten milestones/actions in four numbered workstreams with a lead, "
                 "baseline and forecast date and previous/current RAG. The Finance sheet holds budget "
                 "lines only.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 3. London Metal Exchange - FCA final notice remediation tracker (xlsx, refuse)
# ---------------------------------------------------------------------------
def lme():
    name = ("zx-london-metal-exchange-fca-final-notice-remediation-tracker-typo-month-refuse.xlsx")
    title = "Nickel Market Events – FCA Final Notice Remediation Tracker"
    WA, WB, WC = ("Workstream A – Volatility controls and price bands",
                  "Workstream B – Escalation and market orderliness",
                  "Workstream C – Governance and OTC transparency")
    rows = [
        ("A.1", WA, "Final Notice 4.12 – no documented policy on the operation of price bands",
         "Approve and publish a Price Band Policy setting out when bands may be widened, suspended or "
         "reapplied.", "SMF24 Chief Operations Function", "Head of Trading Operations",
         "Jul 2025", "Complete", "Y", "Approved by LME Board 24 July 2025."),
        ("A.2", WA, "Independent Review R3 – dynamic price bands not calibrated to stressed volatility",
         "Recalibrate dynamic price band parameters for all base metals contracts and back-test "
         "against March 2022 data.", "SMF24 Chief Operations Function",
         "Head of Market Risk; Head of Quantitative Analytics", "Sep 2025", "Complete", "Y",
         "Back-testing report submitted to FCA supervision team."),
        ("A.3", WA, "Final Notice 4.15 – price bands could be disabled without senior approval",
         "Introduce a system control so that price bands cannot be disabled without a recorded "
         "approval from a designated senior manager.", "SMF24 Chief Operations Function",
         "Chief Technology Officer", "Dec 2025", "On track", "N", "Build complete; in user testing."),
        ("B.1", WB, "Final Notice 4.20 – no clear escalation route during Asian trading hours",
         "Put in place an on-call rota of designated senior managers covering 01:00–07:00 GMT.",
         "SMF1 Chief Executive", "Head of Trading Operations", "Oct 2025", "On track", "N",
         "Rota drafted; contracts being varied."),
        ("B.2", WB, "Final Notice 4.22 – trading operations staff not trained to recognise disorderly "
                    "markets", "Deliver disorderly market training to all trading operations staff in "
         "London and Hong Kong, with annual refresher.", "SMF24 Chief Operations Function",
         "Head of Learning & Development", "0ct 2025", "On track", "N",
         "Hong Kong sessions delivered; London sessions booked."),
        ("B.3", WB, "Independent Review R7 – market disruption playbook not tested",
         "Run a market-wide stress simulation with members and test the disruption playbook.",
         "SMF1 Chief Executive", "Chief Risk Officer", "Mar 2026", "At risk", "N",
         "Member availability limited before year-end."),
        ("C.1", WC, "Independent Review R11 – insufficient visibility of OTC positions",
         "Implement the OTC position reporting regime for members and clients above the reporting "
         "threshold.", "SMF2 Chief Finance Function", "Head of Market Surveillance", "Jan 2026",
         "On track", "N", "Notice to members issued."),
        ("C.2", WC, "Final Notice 4.30 – Board oversight of market operations",
         "Appoint two additional independent non-executive directors and establish a Board Markets "
         "Committee.", "SMF9 Chair", "Company Secretary", "Jun 2026", "On track", "N",
         "One appointment made; search for second under way."),
    ]
    wb = Workbook()
    t = wb.active
    t.title = "Tracker"
    t["A1"] = "London Metal Exchange"
    t["A1"].font = Font(bold=True, size=12)
    t["A2"] = title
    t["A2"].font = Font(bold=True, size=14)
    t["A3"] = ("Status as at 30 September 2025 | Owner: Chief Risk Officer | Confidential – Board and "
               "FCA supervision")
    t["A3"].font = Font(italic=True)
    heads = ["Ref", "Finding (Final Notice / Independent Review)", "Remediation action",
             "Accountable SMF", "Action owner", "Target date", "Status", "Evidence to FCA",
             "Comment"]
    for j, h in enumerate(heads, start=1):
        c = t.cell(5, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        fill(c, "head")
        c.alignment = Alignment(wrap_text=True)
    r = 6
    cur = None
    typo_row = None
    smap = {"Complete": "blue", "On track": "green", "At risk": "amber"}
    for row in rows:
        ref, wsn = row[0], row[1]
        if wsn != cur:
            c = t.cell(r, 1, wsn)
            c.font = Font(bold=True)
            fill(c, "band")
            t.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(heads))
            cur = wsn
            r += 1
        vals = [ref] + list(row[2:])
        for j, v in enumerate(vals, start=1):
            c = t.cell(r, j, v)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            c.border = BOX
        fill(t.cell(r, 7), smap[row[7]])
        if row[6].startswith("0"):
            typo_row = r
        r += 1
    for j, w in enumerate([6, 40, 48, 26, 30, 11, 11, 10, 38], start=1):
        t.column_dimensions[chr(64 + j)].width = w

    s = wb.create_sheet("Summary")
    s["A1"] = "Summary by workstream"
    s["A1"].font = Font(bold=True)
    for j, h in enumerate(["Workstream", "Complete", "On track", "At risk", "Total"], start=1):
        s.cell(2, j, h).font = Font(bold=True)
    summ = [("A", 2, 1, 0), ("B", 0, 2, 1), ("C", 0, 2, 0)]
    for i, (a, b, c_, dd) in enumerate(summ, start=3):
        s.cell(i, 1, a)
        s.cell(i, 2, b)
        s.cell(i, 3, c_)
        s.cell(i, 4, dd)
        s.cell(i, 5, b + c_ + dd)
    s.cell(6, 1, "Total")
    s.cell(6, 5, 8)

    cl = wb.create_sheet("Change log")
    for j, h in enumerate(["Date", "Change", "By"], start=1):
        cl.cell(1, j, h).font = Font(bold=True)
    cl.append(["21/03/2025", "Tracker created following Final Notice of 19 March 2025", "Risk PMO"])
    cl.append(["30/06/2025", "Q2 update; A.1 target moved from Jun 2025 to Jul 2025", "Risk PMO"])
    cl.append(["30/09/2025", "Q3 update for Board Risk Committee", "Risk PMO"])
    wb.save(out(name))
    assert typo_row is not None

    write_expected(name, {
        "source": "Imitates a regulated firm's remediation tracker reported to its board and FCA "
                  "supervisors after an FCA Final Notice (London Metal Exchange, fined by the FCA on "
                  "19 March 2025 for inadequate systems and controls during the March 2022 nickel "
                  "events; the FCA press release names price bands, escalation during Asian hours and "
                  "staff training). Status at 30 September 2025. Copies: title block with status date "
                  "and owner, workstream band rows, finding reference beside each remediation action, "
                  "accountable SMF and action owner columns, text target months, status words with "
                  "fill, evidence-to-FCA flag, a summary sheet and a change log.",
        "reads": "Eight remediation actions in three workstreams, each with a target month written as "
                 "text (Jul 2025, Sep 2025 ...). The target cell of B.2 reads '0ct 2025' with a zero "
                 "for the letter O, so the month cannot be read with confidence; a careful reader "
                 "stops and asks at that row.",
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_row,
        "title": title,
    })
    return typo_row


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def set_text(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.5)


# ---------------------------------------------------------------------------
# 4. Phyllis Tuckwell Hospice Care - CQC inspection action plan (docx)
# ---------------------------------------------------------------------------
def hospice():
    name = "zx-phyllis-tuckwell-hospice-cqc-inspection-action-plan.docx"
    title = "Phyllis Tuckwell Hospice Care: CQC Inspection Action Plan"
    S, E, W = "1. Safe", "2. Effective", "3. Well-led"
    req = {
        "cd": "The provider must ensure that controlled drugs are stored, recorded and checked in line "
              "with national guidance and the hospice's own policy.",
        "ra": "The provider must ensure that risk assessments for falls and pressure ulcers are "
              "completed within 24 hours of admission and reviewed when a patient's condition "
              "changes.",
        "mca": "The provider should ensure that all staff receive training in the Mental Capacity Act "
               "and that capacity assessments are recorded for decisions about care.",
        "gov": "The provider must ensure that governance systems identify and act on shortfalls found "
               "in audits, including actions from medicines and infection control audits.",
        "fb": "The provider should review how feedback from people who use the service and their "
              "families is gathered and used.",
    }
    # section, req key, no, action, lead cell, lead list, date cell, end, end_text, rag cell, status, progress
    rows = [
        (S, "cd", "1.1", "Carry out a full audit of the controlled drugs register and cupboard checks on "
                         "the Inpatient Unit, and report the findings to the Clinical Governance "
                         "Committee.", "Lead Pharmacist", ["Lead Pharmacist"], "31 January 2025",
         "2025-01", None, "Complete", "blue", "Audit completed 20 January 2025; findings reported."),
        (S, "cd", "1.2", "Introduce twice-daily two-nurse CD balance checks and add them to the nursing "
                         "shift handover sheet.", "Ward Manager (IPU)", ["Ward Manager (IPU)"],
         "28 February 2025", "2025-02", None, "Complete", "blue", "In place since 3 February 2025."),
        (S, "ra", "1.3", "Re-launch the admission risk assessment bundle on SystmOne with mandatory fields "
                         "for falls and skin integrity.",
         "Clinical Systems Lead / Ward Manager (IPU)", ["Clinical Systems Lead", "Ward Manager (IPU)"],
         "March 2025\nRevised: May 2025", "2025-05", None, "Green", "green",
         "Template change went live 12 May 2025; staff briefings complete."),
        (S, "ra", "1.4", "Audit completion of falls and pressure ulcer assessments monthly for six months "
                         "and share the results at the ward team meeting.", "Practice Educator",
         ["Practice Educator"], "September 2025", "2025-09", None, "Green", "green",
         "April and May audits show 92% and 96% completion."),
        (E, "mca", "2.1", "Add MCA level 2 training to the mandatory training matrix for registered nurses "
                          "and healthcare assistants.", "Head of Education", ["Head of Education"],
         "30 April 2025", "2025-04", None, "Green", "green", "Matrix updated; 71% trained to date."),
        (E, "mca", "2.2", "Introduce a capacity assessment template within the electronic patient record.",
         "Clinical Systems Lead", ["Clinical Systems Lead"], "June 2025", "2025-06", None, "Amber",
         "amber", "Template designed; awaiting supplier release."),
        (W, "gov", "3.1", "Set up an audit action tracker reviewed monthly at the Quality and Safety Group, "
                          "with overdue actions escalated to the Director of Patient Care.",
         "Quality and Governance Manager", ["Quality and Governance Manager"], "31 March 2025",
         "2025-03", None, "Complete", "blue", "Tracker in use since March 2025."),
        (W, "gov", "3.2", "Report progress on this action plan to the Board of Trustees' Patient Care "
                          "Committee at each meeting.", "Director of Patient Care",
         ["Director of Patient Care"], "Ongoing", None, "Ongoing", "Green", "green",
         "Reported in February and May 2025."),
        (W, "fb", "3.3", "Relaunch the 'Tell us what you think' feedback cards and add an online survey "
                         "link to the bereavement follow-up letter.",
         "Patient and Family Experience Lead", ["Patient and Family Experience Lead"],
         "End of July 2025", "2025-07", None, "Not started", "unrated", ""),
    ]
    RAGHEX = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}

    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Inpatient Unit, Farnham – inspected 8 and 9 October 2024, report published "
                      "19 December 2024")
    dc = doc.add_table(rows=3, cols=4)
    dc.style = "Table Grid"
    for j, h in enumerate(["Version", "Date", "Author", "Approved by"]):
        set_text(dc.cell(0, j), h, bold=True)
        shade(dc.cell(0, j), "D9D9D9")
    for j, v in enumerate(["1.0", "13/01/2025", "Director of Patient Care", "Patient Care Committee"]):
        set_text(dc.cell(1, j), v)
    for j, v in enumerate(["1.4", "16/06/2025", "Quality and Governance Manager",
                           "Patient Care Committee"]):
        set_text(dc.cell(2, j), v)
    doc.add_paragraph("")
    doc.add_paragraph("Following CQC's inspection of the Inpatient Unit, the hospice was rated Requires "
                      "Improvement for Safe and Well-led and Good overall. This plan sets out our "
                      "response to the three 'must do' and two 'should do' actions in the report. "
                      "Progress is shown as at 16 June 2025.")
    doc.add_paragraph("RAG key", style="Heading 3")
    key = doc.add_table(rows=5, cols=2)
    key.style = "Table Grid"
    kk = [("Complete", "Action completed and evidence held", "0070C0"),
          ("Green", "On track to meet the target date", "00B050"),
          ("Amber", "At risk of slipping", "FFC000"),
          ("Red", "Overdue", "FF0000"),
          ("Not started", "Action not yet due to start", None)]
    for i, (a, b, col) in enumerate(kk):
        set_text(key.cell(i, 0), a, bold=True)
        if col:
            shade(key.cell(i, 0), col)
        set_text(key.cell(i, 1), b)

    heads = ["No.", "CQC requirement (must do / should do)", "Action", "Lead", "Target date", "RAG",
             "Progress (June 2025)"]
    widths = [Cm(1.2), Cm(6.0), Cm(6.5), Cm(3.2), Cm(2.8), Cm(2.0), Cm(5.0)]
    expected = []
    for sec in (S, E, W):
        doc.add_paragraph(sec, style="Heading 2")
        srows = [x for x in rows if x[0] == sec]
        tb = doc.add_table(rows=1 + len(srows), cols=len(heads))
        tb.style = "Table Grid"
        for j, h in enumerate(heads):
            set_text(tb.cell(0, j), h, bold=True)
            shade(tb.cell(0, j), "BDD7EE")
        # merge requirement cells across rows with the same requirement
        i = 1
        groups = []
        for x in srows:
            if groups and groups[-1][0] == x[1]:
                groups[-1][2] = i
            else:
                groups.append([x[1], i, i])
            i += 1
        for rk, a, b in groups:
            cell = tb.cell(a, 1)
            if b > a:
                cell = cell.merge(tb.cell(b, 1))
            set_text(cell, req[rk])
        for i, x in enumerate(srows, start=1):
            (_, rk, no, act, leadcell, lead, datecell, end, end_text, rag, status, prog) = x
            set_text(tb.cell(i, 0), no)
            set_text(tb.cell(i, 2), act)
            set_text(tb.cell(i, 3), leadcell)
            set_text(tb.cell(i, 4), datecell)
            set_text(tb.cell(i, 5), rag, bold=True)
            if rag in RAGHEX:
                shade(tb.cell(i, 5), RAGHEX[rag])
            set_text(tb.cell(i, 6), prog)
            e = {"ref": no, "under": [sec, req[rk]], "action": act, "lead": lead, "end": end,
                 "status": status}
            if end_text:
                e["end_text"] = end_text
            expected.append(e)
        for row in tb.rows:
            for j, c in enumerate(row.cells):
                c.width = widths[j]
        doc.add_paragraph("")
    doc.add_paragraph("Sign-off", style="Heading 3")
    so = doc.add_table(rows=2, cols=3)
    so.style = "Table Grid"
    for j, h in enumerate(["Approved by", "Role", "Date"]):
        set_text(so.cell(0, j), h, bold=True)
    for j, v in enumerate(["Chair, Patient Care Committee", "Trustee", "24/06/2025"]):
        set_text(so.cell(1, j), v)
    doc.save(out(name))

    write_expected(name, {
        "source": "Imitates a hospice's action plan in response to a CQC inspection report with "
                  "'must do' and 'should do' actions, as independent hospices publish or take to their "
                  "trustees' patient care committee (Phyllis Tuckwell Hospice Care, Farnham, 2025). "
                  "Copies: title and inspection line, document-control table, introductory paragraph, "
                  "RAG key table, one table per CQC key question under a numbered heading, the CQC "
                  "requirement merged down beside its actions, a date cell carrying an original and "
                  "a revised month, RAG words with cell shading, a progress column and a sign-off "
                  "table.",
        "reads": "Nine numbered actions in three tables headed 1. Safe, 2. Effective and 3. Well-led; "
                 "each action sits beside the CQC must-do or should-do requirement it answers, with "
                 "lead, target date, RAG and progress. The document-control, key and sign-off tables "
                 "are not part of the plan.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 5. DSIT - ARC internal audit recommendations tracker (docx)
# ---------------------------------------------------------------------------
def dsit():
    name = "zx-dsit-arc-internal-audit-recommendations-tracker.docx"
    title = "Internal Audit Recommendations Tracker"
    A1 = "1. Cyber Security Incident Response – Limited assurance (report issued 14 March 2025)"
    A2 = "2. Grant Funding Controls (R&D Programmes) – Moderate assurance (report issued 20 June 2025)"
    A3 = "3. Payroll: Starters, Movers and Leavers – Moderate assurance (report issued 9 July 2025)"
    SK = {"Implemented": "blue", "On track": "green", "Delayed": "amber", "Overdue": "red",
          "Not yet started": "unrated"}
    # audit, ref, priority, rec, action, owner cell, lead list, orig, revised, status
    rows = [
        (A1, "CS1", "High",
         "The incident response plan should be updated to reflect the current IT operating model "
         "following the move to the shared services platform, and tested at least annually.",
         "Update the Cyber Incident Response Plan and run a tabletop exercise with the Executive "
         "Committee.", "Chief Information Security Officer", ["Chief Information Security Officer"],
         "30/06/2025", "30/09/2025", "Implemented"),
        (A1, "CS2", "High",
         "Roles and responsibilities for major incident escalation between the Department and its "
         "shared service provider should be formally agreed.",
         "Agree an escalation protocol and RACI with the shared service provider and add it to the "
         "service schedule.", "Head of Cyber Operations; Head of Commercial (Digital)",
         ["Head of Cyber Operations", "Head of Commercial (Digital)"], "31/07/2025", "31/12/2025",
         "Delayed"),
        (A1, "CS3", "Medium",
         "Lessons learned from security incidents should be recorded and tracked to closure.",
         "Create a lessons-learned log in the ServiceNow security module and report open items to the "
         "Digital Board each quarter.", "Security Governance Manager", ["Security Governance Manager"],
         "30/11/2025", "", "On track"),
        (A2, "GF1", "High",
         "Due diligence checks on grant recipients should be completed and evidenced before the grant "
         "offer letter is issued.",
         "Introduce a mandatory due diligence checklist in the grants management system, with offer "
         "letters blocked until it is signed off.", "Head of Grants Centre of Excellence",
         ["Head of Grants Centre of Excellence"], "30/09/2025", "", "Overdue"),
        (A2, "GF2", "Medium",
         "Monitoring returns from grant recipients should be chased when overdue and escalated where "
         "funds are at risk.",
         "Set up a monthly overdue returns report and an escalation route to the Senior Responsible "
         "Owner.", "Tom Ellery and Grace Obi", ["Tom Ellery", "Grace Obi"], "31/10/2025", "",
         "On track"),
        (A2, "GF3", "Low",
         "Grants guidance on the intranet should be consolidated into a single current version.",
         "Archive superseded guidance and publish one consolidated grants manual.", "Grace Obi",
         ["Grace Obi"], "31/01/2026", "", "Not yet started"),
        (A3, "PY1", "High",
         "Line managers should submit leaver notifications before the leaving date so that "
         "overpayments are prevented.",
         "Issue a reminder to all line managers through the Permanent Secretary's weekly note.\n"
         "Add leaver deadlines to the line manager induction.", "HR Director", ["HR Director"],
         "31/08/2025", "", "Implemented"),
        (A3, "PY2", "Medium",
         "Overpayments should be recovered promptly and reported to the Finance Committee.",
         "Agree a recovery procedure with the payroll provider and report overpayments quarterly.",
         "Patel, Anita", ["Patel, Anita"], "30/09/2025", "31/12/2025", "Delayed"),
    ]
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph("OFFICIAL")
    doc.add_paragraph("Department for Science, Innovation and Technology")
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Audit and Risk Committee, 22 October 2025 – Paper ARC(25)31")
    doc.add_paragraph("Purpose", style="Heading 2")
    doc.add_paragraph("This paper reports progress on implementing open Government Internal Audit "
                      "Agency (GIAA) recommendations. Recommendations reported as implemented at the "
                      "July 2025 meeting have been removed.")
    doc.add_paragraph("Summary", style="Heading 2")
    sm = doc.add_table(rows=5, cols=7)
    sm.style = "Table Grid"
    shead = ["Priority", "Implemented", "On track", "Delayed", "Overdue", "Not yet started", "Total"]
    sdata = [["High", "2", "0", "1", "1", "0", "4"], ["Medium", "0", "2", "1", "0", "0", "3"],
             ["Low", "0", "0", "0", "0", "1", "1"], ["Total", "2", "2", "2", "1", "1", "8"]]
    for j, h in enumerate(shead):
        set_text(sm.cell(0, j), h, bold=True)
        shade(sm.cell(0, j), "D9D9D9")
    for i, rr in enumerate(sdata, start=1):
        for j, v in enumerate(rr):
            set_text(sm.cell(i, j), v, bold=(rr[0] == "Total"))
    doc.add_paragraph("")
    doc.add_paragraph("Status key", style="Heading 3")
    kt = doc.add_table(rows=5, cols=2)
    kt.style = "Table Grid"
    keys = [("Implemented", "Blue – action complete and evidence accepted by GIAA", "0070C0"),
            ("On track", "Green – expected to be implemented by the agreed date", "00B050"),
            ("Delayed", "Amber – revised date agreed with GIAA", "FFC000"),
            ("Overdue", "Red – agreed date passed with no revised date", "FF0000"),
            ("Not yet started", "No rating – not yet due to start", None)]
    for i, (a, b, col) in enumerate(keys):
        set_text(kt.cell(i, 0), a, bold=True)
        if col:
            shade(kt.cell(i, 0), col)
        set_text(kt.cell(i, 1), b)
    doc.add_paragraph("")
    doc.add_paragraph("Annex A – Open recommendations by audit", style="Heading 1")
    heads = ["Rec", "Priority", "Recommendation", "Agreed management action", "Action owner",
             "Original due date", "Revised due date", "Status"]
    widths = [Cm(1.2), Cm(1.7), Cm(6.0), Cm(6.5), Cm(3.5), Cm(2.2), Cm(2.2), Cm(2.3)]
    HEX = {"Implemented": "0070C0", "On track": "00B050", "Delayed": "FFC000", "Overdue": "FF0000"}
    expected = []
    for aud in (A1, A2, A3):
        doc.add_paragraph(aud, style="Heading 2")
        ar = [x for x in rows if x[0] == aud]
        tb = doc.add_table(rows=1 + len(ar), cols=len(heads))
        tb.style = "Table Grid"
        for j, h in enumerate(heads):
            set_text(tb.cell(0, j), h, bold=True)
            shade(tb.cell(0, j), "1F3864")
        for i, x in enumerate(ar, start=1):
            (_, ref, pr, rec, act, own, lead, orig, rev, st) = x
            for j, v in enumerate([ref, pr, rec, act, own, orig, rev, st]):
                set_text(tb.cell(i, j), v)
            if st in HEX:
                shade(tb.cell(i, 7), HEX[st])
            endsrc = rev or orig
            dd, mm, yy = endsrc.split("/")
            expected.append({"ref": ref, "under": [aud, rec], "action": act, "lead": lead,
                             "end": f"{yy}-{mm}", "status": SK[st]})
        for row in tb.rows:
            for j, c in enumerate(row.cells):
                c.width = widths[j]
        doc.add_paragraph("")
    doc.add_paragraph("Recommendation to the Committee", style="Heading 2")
    doc.add_paragraph("The Committee is asked to note progress and the revised dates for CS2 and PY2.")
    doc.add_paragraph("Director of Finance, October 2025")
    doc.save(out(name))

    write_expected(name, {
        "source": "Imitates a central government department's audit and risk committee paper tracking "
                  "open Government Internal Audit Agency recommendations (Department for Science, "
                  "Innovation and Technology, ARC October 2025; layout after departmental ARC "
                  "recommendation-tracker annexes and council audit-committee trackers with original "
                  "and revised target dates). Copies: OFFICIAL marking, paper number, purpose, a "
                  "summary totals table, a status key that maps words to colours, and an annex with "
                  "one table per audit report under a numbered heading giving the assurance opinion; "
                  "recommendation and agreed action side by side, original and revised dates "
                  "day-first, status words with shading, a surname-first owner.",
        "reads": "Eight open GIAA recommendations from three audits, each row giving the "
                 "recommendation, the agreed management action, the owner, original and revised due "
                 "dates and a status whose colour the key defines (Implemented = blue, Delayed = "
                 "amber). The summary and key tables are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 6. RHS Council rolling action log (csv)
# ---------------------------------------------------------------------------
def rhs():
    name = "zx-royal-horticultural-society-council-rolling-action-log.csv"
    title = "RHS Council – Rolling Action Log"
    SK = {"Complete": "blue", "On track": "green", "At risk": "amber", "Overdue": "red",
          "Not started": "unrated"}
    # no, meeting, minute, action, owner cell, lead, due cell, end, end_text, status, update
    rows = [
        ("CA/25/01", "Council 20/03/2025", "25/14",
         "Circulate the revised Reserves Policy to Council members before the Audit and Risk "
         "Committee considers it in May.", "Director of Finance", ["Director of Finance"], "May-25",
         "2025-05", None, "Complete", "Circulated 2 May 2025."),
        ("CA/25/02", "Council 20/03/2025", "25/17",
         "Bring a paper on the RHS Garden Bridgewater capital programme, including options for "
         "phasing.", "Director General", ["Director General"], "Jul-25", "2025-07", None, "Complete",
         "Paper taken at July meeting (minute 25/41)."),
        ("CA/25/03", "Council 22/05/2025", "25/29",
         "Arrange a trustee briefing on the Charity Commission's guidance on campaigning and political "
         "activity (CC9).", "Company Secretary", ["Company Secretary"], "Nov-25", "2025-11", None,
         "On track", "Briefing booked for the November away day."),
        ("CA/25/04", "Council 22/05/2025", "25/31",
         "Review the terms of reference of the Nominations and Governance Committee, and confirm the "
         "process for appointing co-opted members.",
         "Company Secretary / Chair of Nominations and Governance Committee",
         ["Company Secretary", "Chair of Nominations and Governance Committee"], "Oct-25", "2025-10",
         None, "At risk", "Draft ready; committee meeting moved to 28 October."),
        ("CA/25/05", "Council 10/07/2025", "25/44",
         "Provide a breakdown of RHS Chelsea Flower Show 2025 income and costs compared with 2024,\n"
         "with commentary on ticket pricing.", "Director of Finance; Director of Shows",
         ["Director of Finance", "Director of Shows"], "Sep-25", "2025-09", None, "Overdue",
         "Deferred to November because of late supplier invoices."),
        ("CA/25/06", "Council 10/07/2025", "25/47",
         "Share the draft Volunteering Strategy 2026–2030 with trustees for comment.",
         "Director of Membership and Engagement", ["Director of Membership and Engagement"], "Dec-25",
         "2025-12", None, "On track", ""),
        ("CA/25/07", "Council 10/07/2025", "25/49",
         "Commission an independent review of health and safety arrangements at RHS Garden Hyde Hall "
         "following the RIDDOR-reportable incident in June.", "Director of Gardens",
         ["Director of Gardens"], "Mar-26", "2026-03", None, "On track",
         "Reviewer appointed; fieldwork in November."),
        ("CA/25/08", "Council 25/09/2025", "25/61",
         "Add the risk of losing horticultural apprenticeship funding to the Strategic Risk Register.",
         "Head of Risk and Assurance", ["Head of Risk and Assurance"], "Nov-25", "2025-11", None,
         "Not started", ""),
        ("CA/25/09", "Council 25/09/2025", "25/63",
         "Write to the Charity Commission confirming the outcome of the trustee conflicts of interest "
         "review.", "Chair; Company Secretary", ["Chair", "Company Secretary"], "TBC", None, "TBC",
         "At risk", "Awaiting legal advice on wording."),
        ("CA/25/10", "Council 25/09/2025", "25/66",
         "Report back on options for a members' survey about the digital edition of The Garden.",
         "MK", ["MK"], "31/01/2026", "2026-01", None, "On track", ""),
    ]

    def q(v):
        if any(ch in v for ch in ',"\n'):
            return '"' + v.replace('"', '""') + '"'
        return v

    lines = [q(title), q("Exported from BoardPortal 14/10/2025 09:12"), ""]
    lines.append(",".join(["Action No.", "Meeting", "Minute", "Action", "Owner", "Due date", "Status",
                           "Latest update"]))
    expected = []
    for (no, mtg, mn, act, own, lead, due, end, end_text, st, upd) in rows:
        lines.append(",".join(q(x) for x in [no, mtg, mn, act, own, due, st, upd]))
        e = {"ref": no, "under": [], "action": act, "lead": lead, "end": end, "status": SK[st]}
        if end_text:
            e["end_text"] = end_text
        expected.append(e)
    lines.append("")
    lines.append(q("Status key: On track = green; At risk = amber; Overdue = red; Complete = blue. "
                   "Completed actions are removed after being reported once."))
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")

    write_expected(name, {
        "source": "Imitates a charity board's rolling action log exported from a board portal as CSV "
                  "(Royal Horticultural Society, whose trustee board is its Council, October 2025; "
                  "after charity board action logs with action number, meeting, minute reference, "
                  "owner, due date, status and update). Copies: title line, export stamp, flat rows "
                  "with meeting and minute columns, owners as posts (two joined by ' / ' or '; '), "
                  "initials, Mon-YY due dates, a 'TBC' date, a quoted action with an inner line break "
                  "and a status-key line at the end.",
        "reads": "Ten actions from four Council meetings, one per row with number, meeting, minute, "
                 "action, owner, due date, status and latest update. There are no theme headings; the "
                 "last line is a status key, not an action.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 7. Bishop's Castle Town Council - lessons learned action plan (tab-separated txt)
# ---------------------------------------------------------------------------
def bishops_castle():
    name = ("zx-bishops-castle-town-council-christmas-lights-lessons-learned-action-plan.txt")
    title = "Christmas Lights Switch-On 2024 – Lessons Learned Action Plan"
    SK = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red",
          "Not started": "unrated"}
    S1, S2, S3, S4 = ("1. Crowd management and stewarding", "2. Road closure and traffic management",
                      "3. First aid, welfare and lost children", "4. Communications and feedback")
    L11 = ("The Market Square became too crowded after the lights were switched on and stewards could "
           "not keep the High Street crossing clear.")
    L21 = "The road closure order was applied for late and the signs arrived on the morning of the event."
    L22 = "Not all of the volunteer traffic marshals had been trained."
    L31 = ("There was no agreed lost child point and the first aid provider was not told where to base "
           "themselves.")
    L41 = "Residents on Church Street did not receive notice of the road closure."
    L42 = "No formal debrief was held with stallholders and partners."
    # section, ref, lesson (as printed, '' when blank), lesson read, action lines, lead cell, lead,
    # date cell, end, end_text, status cell
    rows = [
        (S1, "1.1", L11, L11, ["Produce a crowd management plan with a site map and steward positions, "
                               "and share it with West Mercia Police and Shropshire Council."],
         "Town Clerk", ["Town Clerk"], "September 2025", "2025-09", None, "Green"),
        (S1, "1.2", "", L11, ["Recruit and brief at least 12 stewards with hi-vis and radios, and hold "
                              "a briefing on the day",
                              "(use the church hall as the stewards' base)."],
         "Events Working Group", ["Events Working Group"], "31/10/2025", "2025-10", None, "Amber"),
        (S2, "2.1", L21, L21, ["Apply to Shropshire Council for the temporary road closure at least 12 "
                               "weeks before the event."],
         "Deputy Clerk (RFO)", ["Deputy Clerk (RFO)"], "August 2025", "2025-08", None, "Complete"),
        (S2, "2.2", L22, L22, ["Book accredited traffic management training for volunteer marshals."],
         "Cllr Jones & Cllr Pryce", ["Cllr Jones", "Cllr Pryce"], "October 2025", "2025-10", None,
         "Amber"),
        (S3, "3.1", L31, L31, ["Set up a lost child point at the Town Hall with two DBS-checked "
                               "volunteers and include it in the event plan."],
         "Events Working Group", ["Events Working Group"], "October 2025", "2025-10", None,
         "Not started"),
        (S3, "3.2", "", L31, ["Confirm the first aid provider's location and radio channel in the "
                              "booking, and mark it on the site map."],
         "Town Clerk", ["Town Clerk"], "October 2025", "2025-10", None, "Not started"),
        (S4, "4.1", L41, L41, ["Deliver letters to all affected properties two weeks before the event."],
         "Deputy Clerk (RFO)", ["Deputy Clerk (RFO)"], "November 2025", "2025-11", None, "Green"),
        (S4, "4.2", L42, L42, ["Hold a debrief with all partners within four weeks of each event and "
                               "bring the findings to Full Council."],
         "Town Clerk", ["Town Clerk"], "Ongoing", None, "Ongoing", "Green"),
    ]
    lines = [
        "BISHOP'S CASTLE TOWN COUNCIL",
        title,
        "Agreed at Full Council on 16 January 2025 (Minute 187/24). Progress updated for Full Council "
        "on 10 July 2025.",
        "",
        "The review followed the switch-on event on Saturday 30 November 2024 and took comments from "
        "councillors, volunteers, stallholders, West Mercia Police and residents.",
        "",
        "\t".join(["Ref", "What we learned", "Action", "Lead", "By when", "Status"]),
    ]
    expected = []
    cur = None
    for (sec, ref, lesson, lesson_read, alines, leadcell, lead, datecell, end, end_text, st) in rows:
        if sec != cur:
            lines.append(sec)
            cur = sec
        lines.append("\t".join([ref, lesson, alines[0], leadcell, datecell, st]))
        for extra in alines[1:]:
            lines.append("\t".join(["", "", extra, "", "", ""]))
        e = {"ref": ref, "under": [sec, lesson_read], "action": "\n".join(alines), "lead": lead,
             "end": end, "status": SK[st]}
        if end_text:
            e["end_text"] = end_text
        expected.append(e)
    lines += [
        "",
        "Status: Green = on track; Amber = at risk; Red = not on track; Complete = done; "
        "Not started = not yet due.",
        "Town Clerk, July 2025",
    ]
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")

    write_expected(name, {
        "source": "Imitates a town council's lessons-learned action plan after a community event, "
                  "saved as tab-separated text from the clerk's Word table (Bishop's Castle Town "
                  "Council, Shropshire, Christmas lights switch-on of 30 November 2024; after town "
                  "council event debrief reports and action plans in council minutes, 2024-25). "
                  "Copies: council name and title lines, agreement line with minute number, a short "
                  "background paragraph, numbered section lines, a 'What we learned' column left "
                  "blank where a second action answers the same lesson, one action wrapped onto a "
                  "continuation line, councillors and posts as leads, and a status key and sign-off "
                  "at the end.",
        "reads": "Eight numbered actions in four numbered sections, each answering the lesson in the "
                 "'What we learned' column (a blank lesson cell carries the lesson above). Action 1.2 "
                 "continues onto the next line. The key and sign-off lines are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


if __name__ == "__main__":
    peak_district()
    wyca()
    row = lme()
    hospice()
    dsit()
    rhs()
    bishops_castle()
    print("done; LME typo row", row)
