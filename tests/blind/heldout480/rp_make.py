#!/usr/bin/env python3
"""Build the seven rp- blind cases (data files and their expected readings).

Run with /work/main/.venv/bin/python rp_make.py  (openpyxl, python-docx, pyyaml).
Only writes files whose names start with "rp-" in this folder.
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
    "blue": "5B9BD5",
    "green": "00B050",
    "amber": "FFC000",
    "red": "FF0000",
    "grey": "D9D9D9",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def out(name):
    assert name.startswith("rp-")
    return os.path.join(HERE, name)


class _Str(str):
    pass


def _str_rep(dumper, data):
    style = "|" if "\n" in data else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=style)


yaml.SafeDumper.add_representer(_Str, _str_rep)


def write_expected(name, meta, actions=None):
    doc = {}
    doc["source"] = meta["source"]
    doc["reads"] = meta["reads"]
    doc["outcome"] = meta["outcome"]
    doc["accept_refusal"] = meta.get("accept_refusal", False)
    if "refuse_at" in meta:
        doc["refuse_at"] = meta["refuse_at"]
    if meta.get("title") is not None:
        doc["title"] = meta["title"]
    if actions is not None:
        acts = []
        for a in actions:
            d = {
                "ref": a["ref"],
                "under": list(a["under"]),
                "action": _Str(a["action"]),
                "lead": list(a["lead"]),
                "end": a["end"],
            }
            if a.get("end_text"):
                d["end_text"] = a["end_text"]
            d["status"] = a["status"]
            acts.append(d)
        doc["actions"] = acts
    with open(out(name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=100000)


# ---------------------------------------------------------------------------
# 1. So Energy – Ofgem customer service market compliance review (xlsx, read)
# ---------------------------------------------------------------------------
def so_energy():
    name = "rp-so-energy-ofgem-customer-service-compliance-review-action-plan.xlsx"
    title = "So Energy – Customer Service Market Compliance Review: Remediation Action Plan"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14)
    cov.column_dimensions["A"].width = 22
    cov.column_dimensions["B"].width = 60
    cov.column_dimensions["C"].width = 50
    cov.column_dimensions["D"].width = 30
    rows = [
        ("Document owner", "Chief Customer Officer"),
        ("Prepared by", "Regulatory Compliance Manager"),
        ("Version", "1.4"),
        ("Status", "Submitted to Ofgem (Retail Compliance)"),
        ("Position date", "31 October 2023"),
        ("Approved by", "Executive Committee, 24 October 2023"),
    ]
    r = 3
    for k, v in rows:
        cov.cell(r, 1, k).font = Font(bold=True)
        cov.cell(r, 2, v)
        for c in (1, 2):
            cov.cell(r, c).border = BOX
        r += 1
    r += 1
    cov.cell(r, 1, "Version history").font = Font(bold=True, size=12)
    r += 1
    for c, h in enumerate(["Version", "Date", "Summary of change", "Author"], 1):
        cov.cell(r, c, h).font = Font(bold=True)
        cov.cell(r, c).fill = fill("D9E1F2")
        cov.cell(r, c).border = BOX
    hist = [
        ("1.0", dt.date(2023, 3, 17), "First submission following Ofgem feedback letter of 2 February 2023", "Regulatory Compliance Manager"),
        ("1.3", dt.date(2023, 9, 29), "September progress update", "Regulatory Compliance Manager"),
        ("1.4", dt.date(2023, 10, 31), "October update; revised dates agreed with Ofgem for 1.2, 2.2, 3.1 and 3.2", "Regulatory Compliance Manager"),
    ]
    for h in hist:
        r += 1
        for c, v in enumerate(h, 1):
            cell = cov.cell(r, c, v)
            cell.border = BOX
            if isinstance(v, dt.date):
                cell.number_format = "dd/mm/yyyy"

    ws = wb.create_sheet("Action Plan")
    widths = [7, 62, 30, 14, 14, 13, 13, 55, 30]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGHI"[i]].width = w
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Position at 31 October 2023 – progress reported to Ofgem monthly"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:I2")
    heads = ["Ref", "Action", "Owner", "Original due date", "Revised due date",
             "Previous RAG (Sep-23)", "Current RAG (Oct-23)", "Progress update", "Evidence"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F3864")
        cell.alignment = WRAP
        cell.border = BOX

    ragfill = {"Complete": FILL["blue"], "Green": FILL["green"], "Amber": FILL["amber"],
               "Red": FILL["red"], "Not started": FILL["grey"]}
    stat = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red", "Not started": "unrated"}

    T1 = "Theme 1: Complaints handling"
    T2 = "Theme 2: Contact channels and waiting times"
    T3 = "Theme 3: Customers in vulnerable situations"
    F1 = ("Finding 1: The complaints procedure does not make clear when and how customers can refer "
          "their complaint to the Energy Ombudsman (after eight weeks or on deadlock).")
    F2 = "Finding 2: Root causes of complaints are not analysed or reported to senior management."
    F3 = ("Finding 3: Average call waiting times exceeded 10 minutes in peak weeks and call abandonment "
          "was not monitored.")
    F4 = "Finding 4: Emails and webform contacts were not acknowledged within the published timescale."
    F5 = ("Finding 5: Scripts used for complex calls (bereavement, payment difficulty) were inconsistent "
          "between teams.")
    layout = [
        ("band", T1),
        ("finding", F1),
        ("act", dict(ref="1.1",
                     action="Rewrite the complaints handling procedure so that the eight-week and deadlock "
                            "letter triggers are explicit, and publish the revised procedure on the website.",
                     owner="Head of Customer Experience", lead=["Head of Customer Experience"],
                     orig=dt.date(2023, 6, 30), rev=None, prev="Amber", cur="Complete",
                     upd="Revised procedure published 26/06/2023; deadlock letter template updated.",
                     ev="Procedure v3.0; website screenshot")),
        ("act", dict(ref="1.2",
                     action="Retrain all complaints-handling agents on the revised procedure, including the "
                            "Energy Ombudsman signposting script.",
                     owner="Customer Operations Manager / L&D Lead",
                     lead=["Customer Operations Manager", "L&D Lead"],
                     orig=dt.date(2023, 7, 31), rev=dt.date(2023, 11, 30), prev="Red", cur="Amber",
                     upd="148 of 190 agents trained (78%). Remaining sessions booked for November.",
                     ev="LMS completion report")),
        ("finding", F2),
        ("act", dict(ref="1.3",
                     action="Introduce a monthly complaints root-cause report to the Executive Committee, "
                            "covering volumes, upheld Ombudsman decisions and repeat themes.",
                     owner="Head of Customer Experience", lead=["Head of Customer Experience"],
                     orig=dt.date(2023, 12, 31), rev=None, prev="Amber", cur="Green",
                     upd="First two reports presented (September and October). Template to be finalised.",
                     ev="ExCo papers")),
        ("band", T2),
        ("finding", F3),
        ("act", dict(ref="2.1",
                     action="Add call abandonment rate and average speed of answer to the daily operational "
                            "dashboard, with escalation when abandonment exceeds 10%.",
                     owner="Head of Workforce Planning", lead=["Head of Workforce Planning"],
                     orig=dt.date(2023, 7, 31), rev=None, prev="Green", cur="Complete",
                     upd="Live on dashboard since 17/07/2023.", ev="Dashboard extract")),
        ("act", dict(ref="2.2",
                     action="Recruit and train 12 additional customer energy specialists ahead of winter 2023/24.",
                     owner="Customer Operations Manager", lead=["Customer Operations Manager"],
                     orig=dt.date(2023, 9, 30), rev=dt.date(2023, 12, 15), prev="Amber", cur="Amber",
                     upd="9 of 12 in post; 3 start in December after induction.", ev="")),
        ("finding", F4),
        ("act", dict(ref="2.3",
                     action="Configure automated acknowledgement of all email and webform contacts, giving the "
                            "customer a reference number and expected response time.",
                     owner="Digital Product Owner", lead=["Digital Product Owner"],
                     orig=dt.date(2023, 11, 30), rev=None, prev="Amber", cur="Green",
                     upd="Build complete; in user testing.", ev="")),
        ("band", T3),
        ("finding", F5),
        ("act", dict(ref="3.1",
                     action="Produce a single library of approved scripts for complex calls:\n"
                            "- bereavement\n- payment difficulty and debt\n- Priority Services Register sign-up\n"
                            "and withdraw all local versions.",
                     owner="Vulnerability Lead", lead=["Vulnerability Lead"],
                     orig=dt.date(2023, 10, 31), rev=dt.date(2024, 1, 31), prev="Amber", cur="Red",
                     upd="Legal review of scripts delayed; revised date agreed with Ofgem is at risk.",
                     ev="")),
        ("act", dict(ref="3.2",
                     action="Quality-assure a monthly sample of 50 complex calls against the new scripts and "
                            "report the results to the Customer Committee.",
                     owner="Quality Assurance Manager; Vulnerability Lead",
                     lead=["Quality Assurance Manager", "Vulnerability Lead"],
                     orig=dt.date(2023, 12, 31), rev=dt.date(2024, 3, 31), prev=None, cur="Not started",
                     upd="Dependent on 3.1.", ev="")),
    ]
    r = 5
    theme = finding = None
    actions = []
    counts = {}
    for kind, item in layout:
        if kind == "band":
            theme = item
            ws.cell(r, 1, item).font = Font(bold=True, color="FFFFFF")
            ws.cell(r, 1).fill = fill("2F5597")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        elif kind == "finding":
            finding = item
            ws.cell(r, 1, item).font = Font(italic=True, bold=True)
            ws.cell(r, 1).fill = fill("DDEBF7")
            ws.cell(r, 1).alignment = Alignment(wrap_text=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            ws.row_dimensions[r].height = 30
        else:
            a = item
            vals = [a["ref"], a["action"], a["owner"], a["orig"], a["rev"], a["prev"], a["cur"], a["upd"], a["ev"]]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.date):
                    cell.number_format = "dd/mm/yyyy"
            for c, v in ((6, a["prev"]), (7, a["cur"])):
                if v:
                    ws.cell(r, c).fill = fill(ragfill[v])
            end = a["rev"] or a["orig"]
            counts[a["cur"]] = counts.get(a["cur"], 0) + 1
            actions.append(dict(ref=a["ref"], under=[theme, finding], action=a["action"], lead=a["lead"],
                                end=f"{end.year:04d}-{end.month:02d}", status=stat[a["cur"]]))
        r += 1
    r += 1
    ws.cell(r, 1, "Summary of current RAG").font = Font(bold=True)
    for k in ["Complete", "Green", "Amber", "Red", "Not started"]:
        r += 1
        ws.cell(r, 2, k).fill = fill(ragfill[k])
        ws.cell(r, 3, counts.get(k, 0))
    r += 1
    ws.cell(r, 2, "Total actions").font = Font(bold=True)
    ws.cell(r, 3, sum(counts.values())).font = Font(bold=True)
    r += 2
    ws.cell(r, 1, "Notes: Revised due dates were agreed with Ofgem on 19 October 2023. Where a revised "
                  "date is shown it replaces the original date for reporting.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    ws.freeze_panes = "C5"

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (k, d) in enumerate([
        ("Complete", "Action delivered and evidence provided to Ofgem"),
        ("Green", "On track to meet the due date"),
        ("Amber", "At risk – mitigation in place"),
        ("Red", "Off track or revised date missed"),
        ("Not started", "Not yet started"),
    ], 3):
        key.cell(i, 1, k).fill = fill(ragfill[k])
        key.cell(i, 2, d)
    key.column_dimensions["A"].width = 14
    key.column_dimensions["B"].width = 50
    wb.save(out(name))

    meta = dict(
        source=("Imitates a domestic energy supplier's remediation plan sent to Ofgem after the February 2023 "
                "Market Compliance Review of customer service and complaints (So Energy was one of the 17 "
                "suppliers reviewed). Copies the usual supplier-to-regulator format: cover sheet with document "
                "control and version history, theme band rows, each Ofgem finding on its own merged row above "
                "its actions, owners as job titles, original and revised due dates, previous and current RAG "
                "(words on coloured cells), a RAG summary block, a notes line and a separate RAG key sheet."),
        reads=("A three-sheet workbook; the 'Action Plan' sheet lists eight remediation actions under three "
               "themes, each theme holding Ofgem findings written as full-width rows with the numbered actions "
               "beneath. Where a revised due date is given it replaces the original, and the current (October) "
               "RAG is the status."),
        outcome="read",
        title=title,
    )
    write_expected(name, meta, actions)
    return name, len(actions)


# ---------------------------------------------------------------------------
# 2. Lancashire CCA – AAR 2024/25 VfM recommendations action plan (xlsx, read)
# ---------------------------------------------------------------------------
def lancashire_cca():
    name = "rp-lancashire-cca-auditors-annual-report-2024-25-vfm-recommendations-action-plan.xlsx"
    title = ("Lancashire Combined County Authority – Auditor's Annual Report 2024/25: "
             "Value for Money Recommendations Action Plan")
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = title
    s["A1"].font = Font(bold=True, size=13)
    s["A2"] = "Progress report to Audit and Governance Committee, 26 February 2026 (position at 13 February 2026)"
    s["A2"].font = Font(italic=True)
    heads = ["Recommendation type", "Recommendations", "Actions", "Complete", "On track",
             "Some slippage", "Significant slippage", "Not yet due"]
    for c, h in enumerate(heads, 1):
        s.cell(4, c, h).font = Font(bold=True)
        s.cell(4, c).border = BOX
        s.cell(4, c).alignment = WRAP
    s.append([])
    data = [["Key recommendations", 2, 3, 1, 1, 1, 0, 0],
            ["Improvement recommendations", 3, 4, 1, 1, 0, 1, 1]]
    for i, row in enumerate(data, 5):
        for c, v in enumerate(row, 1):
            s.cell(i, c, v).border = BOX
    s.cell(7, 1, "Total").font = Font(bold=True)
    for c in range(2, 9):
        s.cell(7, c, f"=SUM({'ABCDEFGH'[c-1]}5:{'ABCDEFGH'[c-1]}6)").font = Font(bold=True)
        s.cell(7, c).border = BOX
    s.cell(9, 1, "Detailed actions are on the 'Key recs' and 'Improvement recs' sheets.")
    s.column_dimensions["A"].width = 30
    for col in "BCDEFGH":
        s.column_dimensions[col].width = 14

    heads = ["Rec", "Recommendation", "Action ref", "Agreed action", "Responsible officer",
             "Original target date", "Revised target date", "Status", "Progress at February 2026"]
    widths = [6, 50, 9, 55, 28, 12, 12, 9, 55]

    def sheet(ws, blocks):
        ws["A1"] = title
        ws["A1"].font = Font(bold=True, size=12)
        ws.merge_cells("A1:I1")
        ws["A2"] = "Position at 13 February 2026"
        ws["A2"].font = Font(italic=True)
        for i, w in enumerate(widths):
            ws.column_dimensions["ABCDEFGHI"[i]].width = w
        for c, h in enumerate(heads, 1):
            cell = ws.cell(4, c, h)
            cell.font = Font(bold=True, color="FFFFFF")
            cell.fill = fill("7030A0")
            cell.alignment = WRAP
            cell.border = BOX
        r = 5
        acts = []
        area = None
        for kind, item in blocks:
            if kind == "band":
                area = item
                ws.cell(r, 1, item).font = Font(bold=True)
                ws.cell(r, 1).fill = fill("E4DFEC")
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
                r += 1
                continue
            rec, rectext, rows = item
            first = r
            for a in rows:
                vals = [None, None, a["ref"], a["action"], a["owner"], a["orig"], a["rev"], None, a["upd"]]
                for c, v in enumerate(vals, 1):
                    cell = ws.cell(r, c, v)
                    cell.alignment = WRAP
                    cell.border = BOX
                    if isinstance(v, dt.date):
                        cell.number_format = "dd/mm/yyyy"
                if a["status"] != "unrated":
                    ws.cell(r, 8).fill = fill(FILL[a["status"]])
                end = a["rev"] or a["orig"]
                acts.append(dict(ref=a["ref"], under=[area, rectext], action=a["action"], lead=a["lead"],
                                 end=f"{end.year:04d}-{end.month:02d}", status=a["status"]))
                r += 1
            ws.cell(first, 1, rec).alignment = WRAP
            ws.cell(first, 1).font = Font(bold=True)
            ws.cell(first, 2, rectext).alignment = WRAP
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
        r += 1
        ws.cell(r, 1, "Status key").font = Font(bold=True)
        for lab, col in [("Complete", "blue"), ("On track", "green"), ("Some slippage", "amber"),
                         ("Significant slippage", "red")]:
            r += 1
            ws.cell(r, 1).fill = fill(FILL[col])
            ws.cell(r, 2, lab)
        r += 1
        ws.cell(r, 1).border = BOX
        ws.cell(r, 2, "Not yet due (no colour)")
        ws.freeze_panes = "C5"
        return acts

    kr = wb.create_sheet("Key recs")
    acts = sheet(kr, [
        ("band", "Governance"),
        ("rec", ("KR1",
                 "The Authority should complete the establishment of its governance framework, including an "
                 "approved constitution, scheme of delegation and forward plan of key decisions, and ensure that "
                 "decisions taken before these were in place are ratified.",
                 [dict(ref="KR1.1",
                       action="Review the interim constitution and scheme of delegation and present the final "
                              "versions to the Authority for adoption.",
                       owner="Monitoring Officer", lead=["Monitoring Officer"],
                       orig=dt.date(2025, 12, 31), rev=dt.date(2026, 3, 31), status="amber",
                       upd="Drafts considered by Audit and Governance Committee on 22 January 2026; adoption now "
                           "scheduled for the Authority meeting on 26 March 2026."),
                  dict(ref="KR1.2",
                       action="Ratify all decisions taken under interim delegations between February and July "
                              "2025 and publish a record of them on the website.",
                       owner="Monitoring Officer / Democratic Services Manager",
                       lead=["Monitoring Officer", "Democratic Services Manager"],
                       orig=dt.date(2025, 11, 30), rev=None, status="blue",
                       upd="Ratified by the Authority on 27 November 2025; record published.")])),
        ("band", "Financial sustainability"),
        ("rec", ("KR2",
                 "The Authority should develop a medium-term financial strategy covering all of its funding "
                 "streams, including the Adult Skills Fund and transport grants, which sets out how any budget "
                 "gap will be closed.",
                 [dict(ref="KR2.1",
                       action="Prepare and approve a three-year Medium-Term Financial Strategy for 2026/27 to "
                              "2028/29 alongside the 2026/27 budget.",
                       owner="Director of Finance and Resources (s73 Officer)",
                       lead=["Director of Finance and Resources (s73 Officer)"],
                       orig=dt.date(2026, 2, 28), rev=None, status="green",
                       upd="MTFS on the agenda for the budget meeting on 24 February 2026.")])),
    ])
    ir = wb.create_sheet("Improvement recs")
    acts += sheet(ir, [
        ("band", "Governance"),
        ("rec", ("IR1",
                 "The Authority should put in place a risk management framework and a strategic risk register "
                 "that is reviewed regularly by the Audit and Governance Committee.",
                 [dict(ref="IR1.1",
                       action="Adopt a Risk Management Framework and present the first Strategic Risk Register "
                              "to the Audit and Governance Committee.",
                       owner="Head of Strategy and Performance", lead=["Head of Strategy and Performance"],
                       orig=dt.date(2025, 10, 31), rev=None, status="blue",
                       upd="Framework adopted 30 October 2025; register now a standing item.")])),
        ("band", "Improving economy, efficiency and effectiveness"),
        ("rec", ("IR2",
                 "The Authority should agree a performance management framework with key performance "
                 "indicators for each of its functions and report performance to members quarterly.",
                 [dict(ref="IR2.1",
                       action="Agree a suite of KPIs with the constituent councils for transport, skills and "
                              "economic development.",
                       owner="Head of Strategy and Performance", lead=["Head of Strategy and Performance"],
                       orig=dt.date(2026, 1, 31), rev=dt.date(2026, 4, 30), status="red",
                       upd="Agreement with Blackburn with Darwen and Blackpool outstanding; data sharing "
                           "agreement required first."),
                  dict(ref="IR2.2",
                       action="Report the first quarterly performance dashboard to the Authority.",
                       owner="Chief Operating Officer", lead=["Chief Operating Officer"],
                       orig=dt.date(2026, 6, 30), rev=None, status="unrated",
                       upd="Not yet due.")])),
        ("rec", ("IR3",
                 "The Authority should ensure that contracts let on its behalf comply with its contract "
                 "procedure rules and that any waivers are recorded and reported.",
                 [dict(ref="IR3.1",
                       action="Introduce a central register of contract waivers and report it to each meeting of "
                              "the Audit and Governance Committee.",
                       owner="Procurement Lead", lead=["Procurement Lead"],
                       orig=dt.date(2026, 3, 31), rev=None, status="green",
                       upd="Register in place from January 2026; first report due March 2026.")])),
    ])
    wb.save(out(name))
    meta = dict(
        source=("Imitates a combined authority's management response to its external auditor's Annual Report "
                "(Grant Thornton/KPMG style Key and Improvement recommendations under the three VfM criteria), "
                "as taken to a CA Audit and Governance Committee (cf. West of England CA audit action plan "
                "reports, 2022-23). Lancashire CCA was set up in February 2025, so 2024/25 is its first AAR. "
                "Copies a summary sheet with counts and formulas, separate sheets for key and improvement "
                "recommendations, VfM-criterion band rows, recommendation number and text merged down over "
                "their actions, original and revised target dates, status shown only by cell fill, and a "
                "colour key under each table."),
        reads=("A workbook whose Summary sheet only counts; the two recommendation sheets hold seven agreed "
               "actions (KR1.1 to IR3.1), each under its VfM criterion and the auditor's recommendation merged "
               "down beside it. Status is read from the fill colour of the Status cell by the key beneath "
               "(blue complete, green on track, amber some slippage, red significant slippage, none not yet "
               "due); the revised target date, where given, is the end."),
        outcome="read",
        title=title,
    )
    write_expected(name, meta, acts)
    return name, len(acts)


# ---------------------------------------------------------------------------
# 3. St Christopher's Hospice – strategic risk register (xlsx, REFUSE)
# ---------------------------------------------------------------------------
def hospice_refuse():
    name = "rp-st-christophers-hospice-strategic-risk-register-2025-26-typo-month-refuse.xlsx"
    title = "St Christopher's Hospice – Strategic Risk Register 2025/26"
    wb = Workbook()
    ws = wb.active
    ws.title = "Strategic Risk Register"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Version 3 – reviewed by the Audit and Risk Committee, 16 September 2025"
    ws["A2"].font = Font(italic=True)
    heads = ["Risk ID", "Risk (cause – event – effect)", "Risk owner", "Inherent score (L×I)",
             "Key controls in place", "Current score", "Target score", "Further action required",
             "Action owner", "Due", "Progress", "Trend"]
    widths = [8, 48, 20, 11, 45, 9, 9, 50, 24, 9, 12, 7]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGHIJKL"[i]].width = w
    for c, h in enumerate(heads, 1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("5B2C6F")
        cell.alignment = WRAP
        cell.border = BOX

    def score(l, i):
        return f"{l}×{i} = {l*i}"

    def sc_fill(v):
        n = int(v.split("=")[1])
        return FILL["red"] if n >= 15 else FILL["amber"] if n >= 8 else FILL["green"]

    prog = {"On track": FILL["green"], "Delayed": FILL["amber"], "Complete": FILL["blue"],
            "Not started": FILL["grey"], "Off track": FILL["red"]}
    rows = [
        ("band", "Strategic aim 1: Outstanding, safe care for patients and those close to them"),
        ("risk", ["SR1", "Shortage of registered nurses on the inpatient unit leads to beds being closed and "
                  "reduced access to specialist palliative care.", "Director of Patient Care", score(4, 4),
                  "Recruitment and retention plan; bank staff pool; international recruitment pilot.",
                  score(4, 3), score(2, 3)],
         [("Launch a nursing associate apprenticeship with the local university.", "Head of Education",
           "Jan-26", "On track"),
          ("Review the skill mix on the inpatient unit and agree safe staffing levels with the Board.",
           "Director of Patient Care", "Dec-25", "On track")], "→"),
        ("risk", ["SR2", "Failure to meet CQC fundamental standards following changes to the community team "
                  "model results in regulatory action.", "Director of Patient Care", score(3, 5),
                  "Quality Assurance Group; monthly audits; mock inspections.", score(2, 5), score(2, 4)],
         [("Complete a mock 'well-led' inspection with an external reviewer.", "Head of Quality and Governance",
           "Nov-25", "Delayed")], "→"),
        ("band", "Strategic aim 2: A sustainable hospice for the future"),
        ("risk", ["SR3", "Fall in legacy and retail income against budget causes a deficit and use of free "
                  "reserves beyond the reserves policy.", "Director of Income Generation", score(4, 4),
                  "Monthly income reporting; diversified income strategy; reserves policy.", score(3, 4),
                  score(3, 3)],
         [("Refresh the legacy marketing campaign and in-memory giving programme.",
           "Head of Individual Giving", "0ct-25", "On track"),
          ("Close or relocate the two loss-making shops identified in the retail review.", "Head of Retail",
           "Mar-26", "Not started")], "↑"),
        ("risk", ["SR4", "A cyber attack on the clinical record system or finance system prevents access to "
                  "patient records and payments.", "Director of Finance and Resources", score(3, 5),
                  "Cyber Essentials Plus; backups tested quarterly; staff phishing training.", score(3, 4),
                  score(2, 4)],
         [("Move to multi-factor authentication for all remote access.", "Head of IT", "Dec-25", "On track")],
         "→"),
        ("band", "Strategic aim 3: Our people and our places"),
        ("risk", ["SR5", "Ageing estate at the Sydenham site requires unplanned capital spend and disrupts "
                  "services.", "Director of Finance and Resources", score(3, 4),
                  "Planned maintenance programme; condition survey 2024.", score(3, 4), score(2, 3)],
         [("Commission an estates strategy linked to the 2026–2031 strategy.", "Estates Manager", "Apr-26",
           "Not started"),
          ("Replace the inpatient unit nurse call system.", "Estates Manager", "Feb-26", "On track")], "↓"),
    ]
    r = 5
    typo_row = None
    for item in rows:
        if item[0] == "band":
            ws.cell(r, 1, item[1]).font = Font(bold=True)
            ws.cell(r, 1).fill = fill("E8DAEF")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=12)
            r += 1
            continue
        _, risk, acts, trend = item
        first = r
        for a in acts:
            for c, v in zip((8, 9, 10, 11), a):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BOX
            ws.cell(r, 11).fill = fill(prog[a[3]])
            if a[2].startswith("0ct"):
                typo_row = r
            for c in range(1, 8):
                ws.cell(r, c).border = BOX
            ws.cell(r, 12).border = BOX
            r += 1
        for c, v in enumerate(risk, 1):
            cell = ws.cell(first, c, v)
            cell.alignment = WRAP
            if c in (4, 6, 7):
                cell.fill = fill(sc_fill(v))
        ws.cell(first, 12, trend)
        if r - 1 > first:
            for c in list(range(1, 8)) + [12]:
                ws.merge_cells(start_row=first, start_column=c, end_row=r - 1, end_column=c)
    r += 1
    ws.cell(r, 1, "Scores: likelihood × impact, each 1–5. 15–25 red, 8–12 amber, 1–6 green. Trend compares "
                  "the current score with the June 2025 review.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=12)
    assert typo_row is not None

    m = wb.create_sheet("Scoring matrix")
    m["A1"] = "Risk scoring matrix"
    m["A1"].font = Font(bold=True)
    m["A3"] = "Likelihood \\ Impact"
    for i in range(1, 6):
        m.cell(3, i + 1, i).font = Font(bold=True)
        m.cell(i + 3, 1, 6 - i).font = Font(bold=True)
        for j in range(1, 6):
            v = (6 - i) * j
            cell = m.cell(i + 3, j + 1, v)
            cell.fill = fill(FILL["red"] if v >= 15 else FILL["amber"] if v >= 8 else FILL["green"])
    wb.save(out(name))
    meta = dict(
        source=("Imitates an independent hospice charity's board-level strategic risk register (St Christopher's "
                "Hospice, Sydenham, a registered charity and CQC-registered provider), as reviewed by a "
                "trustees' Audit and Risk Committee; layout after hospice registers described in palliative care "
                "governance write-ups (risk description, inherent and residual L×I scores, controls, further "
                "actions with owner and date). Copies strategic-aim band rows, risk columns merged down over "
                "several further-action rows, coloured score cells, a progress column with fill, trend arrows, "
                "a scoring note and a separate scoring-matrix sheet."),
        reads=("A risk register of five strategic risks under three strategic aims, each risk carrying one or "
               "two further actions with an owner, a due month (Mmm-YY) and progress. The due cell of SR3's "
               "first action reads '0ct-25' with a zero for the O: a mistyped month, so a careful reader stops "
               "and asks at that row rather than guess the end."),
        outcome="refuse",
        refuse_at=typo_row,
        title=title,
    )
    write_expected(name, meta, None)
    return name, typo_row


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold


def table(doc, heads, rows, head_fill="1F4E79"):
    t = doc.add_table(rows=1, cols=len(heads))
    t.style = "Table Grid"
    for i, h in enumerate(heads):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], head_fill)
        for run in t.rows[0].cells[i].paragraphs[0].runs:
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v or "")
    return t


# ---------------------------------------------------------------------------
# 4. Food Standards Agency – Board actions log (docx, read)
# ---------------------------------------------------------------------------
def fsa():
    name = "rp-food-standards-agency-board-actions-log.docx"
    title = "Food Standards Agency Board – Actions Log"
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(11)
    p = doc.add_paragraph("FSA 25/12/02")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_heading(title, level=0)
    doc.add_paragraph("Report by the Board Secretary")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("For", "Information"), ("Board meeting", "10 December 2025"),
                 ("Contact", "Board Secretariat, boardsecretariat@food.gov.uk")]:
        c = t.add_row().cells
        set_cell(c[0], k, bold=True)
        set_cell(c[1], v)
    doc.add_heading("1. Summary", level=1)
    doc.add_paragraph("1.1 This paper sets out the actions agreed by the Board at its meetings in June and "
                      "September 2025 and the progress made against each. Actions rated B are complete and will be "
                      "removed from the log after this meeting. The Board is asked to note the update.")
    doc.add_paragraph("Key: B – complete; G – on track; A – at risk of delay; R – overdue.")
    heads = ["Action no.", "Action", "Owner", "Due", "RAG", "Progress update"]
    rag = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    sections = [
        ("2. Actions from the Board meeting of 18 June 2025", [
            dict(ref="25/06/1",
                 action="Bring a paper to the Board setting out the proposed approach to food business "
                        "registration, including the outcome of the pilot with local authorities.",
                 owner="Director of Policy", lead=["Director of Policy"], due="Dec 2025", end="2025-12", rag="B",
                 upd="Paper FSA 25/12/05 is on the agenda for this meeting."),
            dict(ref="25/06/2",
                 action="Circulate to Board Members a note of the lessons learned from the 2024/25 incident "
                        "involving undeclared allergens in imported spice mixes.",
                 owner="Director of Operations", lead=["Director of Operations"], due="Sep 2025", end="2025-09",
                 rag="B", upd="Note circulated on 2 September 2025."),
            dict(ref="25/06/3",
                 action="Include measures of consumer trust in the FSA in the annual performance report, broken "
                        "down by nation.",
                 owner="Director of Communications / Director of Strategy and Regulatory Compliance",
                 lead=["Director of Communications", "Director of Strategy and Regulatory Compliance"],
                 due="Jun 2026", end="2026-06", rag="G",
                 upd="Measures agreed with Social Science team.\nWill feature in the 2025/26 Annual Performance "
                     "and Resources Report."),
        ]),
        ("3. Actions from the Board meeting of 17 September 2025", [
            dict(ref="25/09/1",
                 action="Provide the Board with an update on the review of CCTV in approved slaughterhouses, "
                        "including the number of enforcement actions taken.",
                 owner="Director of Operations", lead=["Director of Operations"], due="Mar 2026", end="2026-03",
                 rag="G", upd="Review under way; update scheduled for the March 2026 Board."),
            dict(ref="25/09/2",
                 action="Write to the Board setting out the timetable for consultation on precautionary allergen "
                        "labelling guidance.",
                 owner="Deputy Director of Food Policy", lead=["Deputy Director of Food Policy"], due="Nov 2025",
                 end="2025-11", rag="R",
                 upd="Delayed pending agreement with the Welsh Government and DAERA; revised date to be "
                     "confirmed."),
            dict(ref="25/09/3",
                 action="Hold a Board development session on the use of artificial intelligence in food "
                        "surveillance.",
                 owner="Chief Scientific Adviser", lead=["Chief Scientific Adviser"], due="TBC", end=None,
                 end_text="TBC", rag="A", upd="Date to be agreed with the Chair."),
            dict(ref="25/09/4",
                 action="Keep the Board's committee structure under review and report on its effectiveness in "
                        "the Annual Governance Report.",
                 owner="General Counsel", lead=["General Counsel"], due="Ongoing", end=None, end_text="Ongoing",
                 rag="G", upd="Annual Governance Report 2025 (FSA 25/12/08) refers."),
        ]),
    ]
    actions = []
    for heading, acts in sections:
        doc.add_heading(heading, level=1)
        t = table(doc, heads, [[a["ref"], a["action"], a["owner"], a["due"], a["rag"], a["upd"]] for a in acts],
                  head_fill="006A4E")
        for i, a in enumerate(acts, 1):
            actions.append(dict(ref=a["ref"], under=[heading], action=a["action"], lead=a["lead"], end=a["end"],
                                end_text=a.get("end_text"), status=rag[a["rag"]]))
        doc.add_paragraph("")
    doc.add_paragraph("Board Secretariat\nDecember 2025")
    doc.save(out(name))
    meta = dict(
        source=("Imitates the 'actions arising' / actions log paper that a non-ministerial department's board "
                "(the Food Standards Agency Board, which meets in public quarterly and publishes papers numbered "
                "FSA YY/MM/NN) takes at each meeting. Copies the paper number, title, 'Report by' line, a small "
                "cover table (For / meeting / contact), a numbered summary with a B/G/A/R key, one table of "
                "actions per earlier meeting under numbered headings, job titles as owners and a two-line "
                "progress update."),
        reads=("A board paper with a cover table and two action tables, one for the June 2025 meeting (three "
               "actions) and one for September 2025 (four actions). Each action has a number, owner (a post, "
               "once two posts joined by '/'), a due month or TBC/Ongoing, and a RAG letter read by the key in "
               "the summary (B = complete)."),
        outcome="read",
        title=title,
    )
    write_expected(name, meta, actions)
    return name, len(actions)


# ---------------------------------------------------------------------------
# 5. Millfield – action plan following ISI inspection (docx, read)
# ---------------------------------------------------------------------------
def millfield():
    name = "rp-millfield-school-isi-inspection-action-plan.docx"
    title = "Millfield Senior School: Action Plan following the ISI Inspection of 5–7 March 2024"
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.add_heading(title, level=0)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Prepared by", "Deputy Head (Academic)"),
                 ("Approved by", "Education Committee of the Board of Governors, 13 May 2024"),
                 ("Version", "2 – progress update for Governors, November 2024"),
                 ("Next review", "March 2025")]:
        c = t.add_row().cells
        set_cell(c[0], k, bold=True)
        shade(c[0], "D9E2F3")
        set_cell(c[1], v)
    doc.add_paragraph("")
    doc.add_paragraph("The inspection report confirmed that the school meets all of the Independent School "
                      "Standards and the National Minimum Standards for Boarding Schools. The report sets out "
                      "three recommended next steps. This plan shows how we will address them, grouped by the "
                      "sections of the ISI framework; progress is reported to each meeting of the Education "
                      "Committee.")
    doc.add_paragraph("Progress key: Complete (blue) | On track (green) | Some delay (amber) | Not started (no "
                      "colour)")
    pfill = {"Complete": "5B9BD5", "On track": "00B050", "Some delay": "FFC000"}
    pstat = {"Complete": "blue", "On track": "green", "Some delay": "amber", "Not started": "unrated"}
    heads = ["Ref", "Action", "Lead", "Timescale", "Success criteria", "Progress"]
    sections = [
        ("Section 1: Leadership and management, and governance", "Recommended next step 1",
         "Ensure that the monitoring of teaching across departments is consistent, so that leaders identify and "
         "share the most effective practice in adapting lessons for pupils who have special educational needs "
         "and/or disabilities (SEND).",
         [dict(ref="1a",
               action="Introduce a common lesson-observation and work-scrutiny framework for all heads of "
                      "department, with a termly calendar of drop-ins.",
               lead_text="Deputy Head (Academic)", lead=["Deputy Head (Academic)"], when="Summer term 2024",
               end="2024-07", crit="Framework in use in all departments; termly QA reports received by SLT.",
               prog="Complete"),
          dict(ref="1b",
               action="Run a twilight INSET programme on adaptive teaching for pupils with SEND, led by the "
                      "Learning Support department.",
               lead_text="Head of Learning Support / Director of Teaching and Learning",
               lead=["Head of Learning Support", "Director of Teaching and Learning"], when="Autumn term 2024",
               end="2024-12",
               crit="All teaching staff attend at least two sessions; adaptive strategies seen in 80% of "
                    "drop-ins.",
               prog="On track")]),
        ("Section 3: Pupils' physical and mental health and emotional wellbeing", "Recommended next step 2",
         "Strengthen the way in which pupils' views about the boarding experience are gathered and acted upon, "
         "particularly in the larger boarding houses.",
         [dict(ref="2a",
               action="Establish a Boarding Council with two elected representatives from each house, meeting "
                      "twice a term with the Deputy Head (Pastoral).",
               lead_text="Deputy Head (Pastoral)", lead=["Deputy Head (Pastoral)"], when="September 2024",
               end="2024-09", crit="Council meeting; minutes shared with houseparents and governors.",
               prog="Complete"),
          dict(ref="2b",
               action="Carry out a boarders' wellbeing survey each year and publish a 'You said, we did' "
                      "summary in every house.",
               lead_text="Head of Boarding", lead=["Head of Boarding"], when="Annually", end=None,
               end_text="Annually",
               crit="Response rate above 70%; summary displayed in all houses.", prog="On track"),
          dict(ref="2c",
               action="Review staffing ratios at weekends in the three largest boarding houses.",
               lead_text="Bursar; Head of Boarding", lead=["Bursar", "Head of Boarding"], when="December 2024",
               end="2024-12", crit="Revised rota agreed and costed.", prog="Some delay")]),
        ("Section 4: Pupils' social and economic education and contribution to society",
         "Recommended next step 3",
         "Develop the careers programme so that pupils in Years 9 to 11 receive impartial guidance about the "
         "full range of post-16 and post-18 pathways, including apprenticeships.",
         [dict(ref="3a",
               action="Map the careers curriculum for Years 9–11 against the Gatsby Benchmarks and identify gaps.",
               lead_text="Head of Careers", lead=["Head of Careers"], when="July 2024", end="2024-07",
               crit="Gap analysis presented to SLT.", prog="Complete"),
          dict(ref="3b",
               action="Hold an annual Futures Fair with employers, apprenticeship providers and universities, "
                      "open to Years 9–13 and their parents.",
               lead_text="Head of Careers; Head of Sixth Form", lead=["Head of Careers", "Head of Sixth Form"],
               when="March 2025", end="2025-03", crit="At least 40 exhibitors; pupil feedback collected.",
               prog="Not started")]),
    ]
    actions = []
    for sec, nxt, rec, acts in sections:
        doc.add_heading(sec, level=1)
        doc.add_heading(nxt, level=2)
        p = doc.add_paragraph()
        p.add_run(rec).italic = True
        t = table(doc, heads, [[a["ref"], a["action"], a["lead_text"], a["when"], a["crit"], a["prog"]]
                               for a in acts], head_fill="7B1C2E")
        for i, a in enumerate(acts, 1):
            if a["prog"] in pfill:
                shade(t.rows[i].cells[5], pfill[a["prog"]])
            actions.append(dict(ref=a["ref"], under=[sec, rec], action=a["action"], lead=a["lead"],
                                end=a["end"], end_text=a.get("end_text"), status=pstat[a["prog"]]))
        doc.add_paragraph("")
    doc.add_paragraph("Signed: Head and Chair of the Education Committee")
    doc.save(out(name))
    meta = dict(
        source=("Imitates an independent boarding school's post-inspection action plan answering the "
                "'recommended next steps' of an ISI report under the September 2023 framework (Millfield, "
                "Somerset; ISI reports are public, schools' plans go to governors). Copies the title block, a "
                "document-control table, an introduction and progress key, framework-section headings, a "
                "'Recommended next step N' sub-heading with the recommendation in italics beneath it, one "
                "table per recommendation (Ref / Action / Lead / Timescale / Success criteria / Progress) with "
                "shaded progress cells, terms as timescales and a sign-off line."),
        reads=("A Word plan: a document-control table, then three recommended next steps, each under an ISI "
               "framework section, with its recommendation text in italics and a table of two or three "
               "lettered actions. The 'Recommended next step N' sub-heading only names the part, so the "
               "recommendation text is what the actions are read under; terms end in their last month."),
        outcome="read",
        title=title,
    )
    write_expected(name, meta, actions)
    return name, len(actions)


# ---------------------------------------------------------------------------
# 6. Ponteland Town Council – internal audit action plan (csv, read)
# ---------------------------------------------------------------------------
def ponteland():
    name = "rp-ponteland-town-council-internal-audit-action-plan-2024-25.csv"
    title = "Ponteland Town Council – Internal Audit 2024/25: Action Plan"
    ncol = 8
    stat = {"Completed": "blue", "On track": "green", "Amber": "amber", "Not started": "unrated"}
    recs = [
        dict(ref="IA25/1", area="B. Standing orders, financial regulations and payment controls",
             rec="Financial Regulations should be updated to the 2024 NALC model and re-adopted by Council.",
             action="Adopt updated Financial Regulations based on the NALC 2024 model.",
             resp="Town Clerk", lead=["Town Clerk"], date="June 2025", end="2025-06", status="Completed",
             upd="Adopted at Full Council 9 June 2025 (minute 25/067)."),
        dict(ref="IA25/2", area="C. Risk management",
             rec="The risk register should be reviewed and formally approved by Council at least annually and "
                 "the approval minuted.",
             action="Review the risk register and present it to Full Council for approval each year.",
             resp="Town Clerk", lead=["Town Clerk"], date="Annually", end=None, end_text="Annually",
             status="On track", upd="2025 review on Full Council agenda for 13 October 2025."),
        dict(ref="IA25/3", area="C. Risk management",
             rec="Insurance cover for the new play equipment at Callerton Lane should be confirmed with the "
                 "insurer.",
             action="Notify the insurer of the new play equipment and obtain an updated schedule of cover.",
             resp="Town Clerk", lead=["Town Clerk"], date="31/07/2025", end="2025-07", status="Completed",
             upd="Updated schedule received 18/07/2025."),
        dict(ref="IA25/4", area="D. Budget, precept and reserves",
             rec="Earmarked reserves should be reviewed and each reserve linked to a planned project or "
                 "purpose.",
             action="Produce a reserves policy and schedule of earmarked reserves for adoption with the 2026/27 "
                    "budget.",
             resp="RFO / Town Clerk", lead=["RFO", "Town Clerk"], date="Jan 2026", end="2026-01",
             status="On track", upd="Draft to Finance & General Purposes Committee in November."),
        dict(ref="IA25/5", area="H. Asset register",
             rec="The asset register should include the two new defibrillators and the play equipment, with "
                 "values consistent with the insurance schedule.",
             action="Update the asset register and reconcile it to the insurance schedule.",
             resp="RFO", lead=["RFO"], date="31/03/2026", end="2026-03", status="Not started", upd=""),
        dict(ref="IA25/6", area="I. Bank reconciliations",
             rec="Bank reconciliations should be verified, signed and dated by a councillor other than the "
                 "Chair at least quarterly.",
             action="Add councillor verification of the quarterly bank reconciliation as a standing item on the "
                    "Finance & General Purposes Committee agenda.",
             resp="Chair of Finance & General Purposes Committee",
             lead=["Chair of Finance & General Purposes Committee"], date="30/06/2025", end="2025-06",
             status="Completed", upd="Standing item from June 2025 meeting."),
        dict(ref="IA25/7", area="L. Publication requirements",
             rec="The website should carry all documents required by the Transparency Code, including the "
                 "list of land and assets and councillors' registers of interests.",
             action="Check the website against the Transparency Code and publish the missing documents.",
             resp="Deputy Clerk", lead=["Deputy Clerk"], date="30/09/2025", end="2025-09", status="Amber",
             upd="Registers of interests published; asset list awaits IA25/5."),
        dict(ref="IA25/8", area="L. Publication requirements",
             rec="The website should carry all documents required by the Transparency Code, including the "
                 "list of land and assets and councillors' registers of interests.",
             action="Publish an accessibility statement for the council website.",
             resp="Deputy Clerk", lead=["Deputy Clerk"], date="Sept 2025", end="2025-09", status="Completed",
             upd="Published 1 September 2025."),
    ]
    rows = [[title] + [""] * (ncol - 1),
            ["Internal audit visit 14 April 2025; report received by Full Council 12 May 2025 (minute 25/041). "
             "Position at 1 October 2025."] + [""] * (ncol - 1),
            [""] * ncol,
            ["Ref", "Control area", "Internal auditor's recommendation", "Action agreed by Council",
             "Responsible", "Target date", "Status", "Update"]]
    actions = []
    for a in recs:
        rows.append([a["ref"], a["area"], a["rec"], a["action"], a["resp"], a["date"], a["status"], a["upd"]])
        actions.append(dict(ref=a["ref"], under=[a["area"], a["rec"]], action=a["action"], lead=a["lead"],
                            end=a["end"], end_text=a.get("end_text"), status=stat[a["status"]]))
    done = sum(1 for a in recs if a["status"] == "Completed")
    rows.append([""] * ncol)
    rows.append([f"Actions: {len(recs)}; completed: {done}; outstanding: {len(recs) - done}"]
                + [""] * (ncol - 1))
    rows.append(["Status key: Completed / On track / Amber (at risk of missing target date) / Not started"]
                + [""] * (ncol - 1))
    with open(out(name), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerows(rows)
    meta = dict(
        source=("Imitates a town council's internal audit action plan (the internal auditor's recommendations "
                "against the AGAR annual internal audit report control objectives, with the council's agreed "
                "actions), kept as a spreadsheet by the Clerk/RFO and exported to CSV for Full Council and the "
                "Finance & General Purposes Committee. Copies the title line, a provenance line with minute "
                "reference, lettered control areas, the recommendation repeated on each action row of a flat "
                "export, Clerk/RFO leads, mixed target-date styles, a totals line and a status key."),
        reads=("A CSV with two title lines, a header row and eight action rows IA25/1 to IA25/8; each names its "
               "control area and the internal auditor's recommendation it answers, the action agreed, who is "
               "responsible (the Chair of the F&GP Committee is one post), a target date and a status. The "
               "totals and key lines at the foot are not actions."),
        outcome="read",
        title=title,
    )
    write_expected(name, meta, actions)
    return name, len(actions)


# ---------------------------------------------------------------------------
# 7. South Downs NPA – Policy and Resources Committee action log (txt, read)
# ---------------------------------------------------------------------------
def south_downs():
    name = "rp-south-downs-npa-policy-and-resources-committee-action-log.txt"
    title = "South Downs National Park Authority – Policy and Resources Committee: Action Log"
    rag = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    acts = [
        dict(ref="PR/24/07", mtg="12/12/2024", minute="PR61",
             action="Circulate to members the breakdown of car park income by site for 2023/24 and 2024/25.",
             lt="Bennett, Claire", lead=["Bennett, Claire"], due="Jan-25", rev="", end="2025-01", rag="B",
             upd="Circulated 20/01/2025. Propose close."),
        dict(ref="PR/25/02", mtg="20/03/2025", minute="PR14",
             action="Report on options for charging at the Seven Sisters visitor centre car park.",
             lt="Bennett, Claire", lead=["Bennett, Claire"], due="Jul-25", rev="Dec-25", end="2025-12", rag="G",
             upd="Delayed to allow parking survey over the summer. Report to December meeting."),
        dict(ref="PR/25/05", mtg="20/03/2025", minute="PR19",
             action="Arrange a members' workshop on the Partnership Management Plan review before the draft is "
                    "approved for consultation.",
             lt="T. Okafor & R. Hughes", lead=["T. Okafor", "R. Hughes"], due="May-25", rev="", end="2025-05",
             rag="B", upd="Workshop held 14/05/2025."),
        dict(ref="PR/25/09", mtg="10/07/2025", minute="PR33",
             action="Bring the updated Workforce Strategy, including the results of the staff survey, to a "
                    "future meeting.",
             lt="Director of Organisational Development", lead=["Director of Organisational Development"],
             due="Oct-25", rev="", end="2025-10", rag="A", upd="Survey closed late; now expected December."),
        dict(ref="PR/25/10", mtg="10/07/2025", minute="PR35",
             action="Monitor the impact of the 2025/26 Defra grant settlement on the Medium Term Financial "
                    "Strategy and report any variance above £100k.",
             lt="Chief Finance Officer", lead=["Chief Finance Officer"], due="Ongoing", rev="", end=None,
             end_text="Ongoing", rag="G", upd="No variance above threshold at Q2."),
        dict(ref="PR/25/11", mtg="10/07/2025", minute="PR37",
             action="Provide members with a map of the Authority's land holdings showing areas let for grazing "
                    "and the lease end dates.",
             lt="Hughes, Rhiannon", lead=["Hughes, Rhiannon"], due="Sep-25", rev="Dec-25", end="2025-12",
             rag="A", upd="GIS layer complete; lease data being checked with agents."),
        dict(ref="PR/25/14", mtg="09/10/2025", minute="PR52",
             action="Review the scheme of delegation for the award of grants under £25,000 and report back.",
             lt="Monitoring Officer", lead=["Monitoring Officer"], due="Jan-26", rev="", end="2026-01", rag="G",
             upd=""),
        dict(ref="PR/25/15", mtg="09/10/2025", minute="PR54",
             action="Write to Defra about the delay in confirming the Farming in Protected Landscapes programme "
                    "for 2026/27.",
             lt="Chief Executive", lead=["Chief Executive"], due="Oct-25", rev="", end="2025-10", rag="R",
             upd="Letter drafted; awaiting Chair's sign-off."),
    ]
    lines = [title,
             "Exported from the committee actions tracker on 3 November 2025",
             "",
             "\t".join(["Action no.", "Meeting", "Minute", "Action", "Lead officer", "Due date",
                        "Revised due date", "RAG", "Update"])]
    actions = []
    for a in acts:
        lines.append("\t".join([a["ref"], a["mtg"], a["minute"], a["action"], a["lt"], a["due"], a["rev"],
                                a["rag"], a["upd"]]))
        actions.append(dict(ref=a["ref"], under=[], action=a["action"], lead=a["lead"], end=a["end"],
                            end_text=a.get("end_text"), status=rag[a["rag"]]))
    n = {k: sum(1 for a in acts if a["rag"] == k) for k in "BGAR"}
    lines += ["",
              "RAG key: B = complete (to be removed after next meeting), G = on track, A = at risk, R = overdue",
              f"{len(acts)} actions: {n['B']} complete, {n['G']} on track, {n['A']} at risk, {n['R']} overdue"]
    with open(out(name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    meta = dict(
        source=("Imitates a national park authority's committee action log (cf. Pembrokeshire Coast NPA "
                "committees, which 'note the Action Log from the previous meeting'), here the South Downs NPA "
                "Policy and Resources Committee log exported as tab-separated text. Copies the title and export "
                "line, meeting date and minute columns, action numbers by committee and year, leads written as "
                "'Surname, Forename', initials joined by '&', or a post, due and revised due columns, a B/G/A/R "
                "letter, a key line and a totals line."),
        reads=("A tab-separated export: two heading lines, a header row and eight actions from four meetings, "
               "with no section headings. 'Bennett, Claire' is one person; 'T. Okafor & R. Hughes' is two. "
               "Where a revised due date is given it is the end; B means complete by the key at the foot."),
        outcome="read",
        title=title,
    )
    write_expected(name, meta, actions)
    return name, len(actions)


if __name__ == "__main__":
    for fn in (so_energy, lancashire_cca, hospice_refuse, fsa, millfield, ponteland, south_downs):
        print(fn())
