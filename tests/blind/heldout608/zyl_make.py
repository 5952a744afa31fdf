"""Build the seven zyl- blind test files (set heldout608) and their expected readings.

Run with /work/main/.venv/bin/python zyl_make.py (from any directory).
Writes only files whose names start with zyl-.
"""
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
    "green": PatternFill("solid", fgColor="00B050"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "red": PatternFill("solid", fgColor="FF0000"),
    "blue": PatternFill("solid", fgColor="5B9BD5"),
    "head": PatternFill("solid", fgColor="1F3864"),
    "band": PatternFill("solid", fgColor="D9E1F2"),
    "band2": PatternFill("solid", fgColor="EDEDED"),
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def d(s):
    """dd/mm/yyyy -> datetime"""
    day, mon, yr = s.split("/")
    return dt.datetime(int(yr), int(mon), int(day))


def path(name):
    assert name.startswith("zyl-")
    return os.path.join(HERE, name)


def write_expected(name, exp):
    with open(path(name) + ".expected.yaml", "w", encoding="utf-8") as fh:
        yaml.safe_dump(exp, fh, sort_keys=False, allow_unicode=True, width=1000)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


# ---------------------------------------------------------------------------
# 1. Food Standards Agency - ABC programme highlight report (xlsx, read)
# ---------------------------------------------------------------------------
def fsa():
    name = "zyl-food-standards-agency-achieving-business-compliance-programme-highlight-report.xlsx"
    title = "Achieving Business Compliance (ABC) Programme – Highlight Report"
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = "Food Standards Agency"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=16)
    ws["A3"] = "Reporting period: 1 April 2024 – 30 April 2024"
    rows = [
        ("Senior Responsible Owner", "Director of Regulatory Compliance"),
        ("Programme Manager", "ABC Programme Management Office"),
        ("Reported to", "ABC Programme Board, 14 May 2024"),
        ("Classification", "OFFICIAL"),
    ]
    r = 5
    for k, v in rows:
        ws.cell(r, 1, k).font = Font(bold=True)
        ws.cell(r, 2, v)
        r += 1
    r += 1
    ws.cell(r, 1, "Document control").font = Font(bold=True, size=12)
    r += 1
    for i, h in enumerate(["Version", "Date", "Author", "Comment"], 1):
        c = ws.cell(r, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["head"]
    for ver, date, auth, com in [
        ("0.1", "03/05/2024", "ABC PMO", "First draft for workstream leads"),
        ("0.2", "08/05/2024", "ABC PMO", "Forecasts updated by workstream leads"),
        ("1.0", "10/05/2024", "ABC PMO", "Issued to Programme Board"),
    ]:
        r += 1
        ws.cell(r, 1, ver)
        c = ws.cell(r, 2, d(date))
        c.number_format = "dd/mm/yyyy"
        ws.cell(r, 3, auth)
        ws.cell(r, 4, com)
    r += 2
    ws.cell(r, 1, "RAG key").font = Font(bold=True, size=12)
    for word, fill, meaning in [
        ("Green", "green", "On track to deliver by the baseline date"),
        ("Amber", "amber", "At risk – forecast slippage that is recoverable within the programme"),
        ("Red", "red", "Off track – forecast beyond tolerance; escalation to SRO required"),
        ("Complete", "blue", "Milestone delivered"),
    ]:
        r += 1
        c = ws.cell(r, 1, word)
        c.fill = FILL[fill]
        ws.cell(r, 2, meaning)
    ws.column_dimensions["A"].width = 28
    ws.column_dimensions["B"].width = 70
    ws.column_dimensions["D"].width = 40

    # Highlight sheet: narrative only
    hs = wb.create_sheet("Highlight")
    hs["A1"] = "ABC Programme – Highlight Report: April 2024"
    hs["A1"].font = Font(bold=True, size=14)
    hs["A3"] = "Overall programme status"
    hs["A3"].font = Font(bold=True)
    hs["B3"] = "Previous"
    hs["C3"] = "Current"
    hs["A4"] = "Delivery confidence"
    hs["B4"] = "Amber"
    hs["B4"].fill = FILL["amber"]
    hs["C4"] = "Amber"
    hs["C4"].fill = FILL["amber"]
    blocks = [
        ("Key successes this period", [
            "• 112 of 167 local authorities in England have now moved to the new food standards delivery model.",
            "• The Enterprise Level Regulation trial with large retailers passed its six-month review point.",
            "• The food hygiene delivery model pilot is running in all 11 pilot local authorities.",
        ]),
        ("Key concerns and risks", [
            "• Local authority capacity to complete the food standards transition by 31 March 2025 (milestone 1A.2).",
            "• Mobilisation of the evaluation supplier has slipped by around eight weeks (milestone 1B.2).",
        ]),
        ("Decisions required from Programme Board", [
            "• Agree the revised forecast for the legislative options work (milestone 3.2).",
        ]),
    ]
    r = 6
    for head, lines in blocks:
        hs.cell(r, 1, head).font = Font(bold=True)
        for line in lines:
            r += 1
            hs.cell(r, 1, line)
        r += 2
    hs.column_dimensions["A"].width = 110

    # Milestone tracker
    ms = wb.create_sheet("Milestones")
    ms.merge_cells("A1:H1")
    ms["A1"] = "ABC Programme – Milestone Tracker (April 2024)"
    ms["A1"].font = Font(bold=True, size=14)
    ms.merge_cells("A2:H2")
    ms["A2"] = ("Baseline dates are those agreed by Programme Board in March 2023. Where the forecast date "
                "differs from the baseline, the forecast date applies.")
    ms["A2"].font = Font(italic=True)
    hdr = ["Ref", "Milestone / key action", "Owner", "Baseline date", "Forecast date",
           "Previous RAG", "Current RAG", "Commentary"]
    for i, h in enumerate(hdr, 1):
        c = ms.cell(4, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["head"]
        c.alignment = WRAP
        c.border = BOX
    W1 = "Workstream 1: Modernising the delivery of local authority regulation"
    W2 = "Workstream 2: Testing new approaches to regulation"
    W3 = "Workstream 3: Designing the blueprint for the future regulatory system"
    P1A = "1A Food standards delivery model"
    P1B = "1B Food hygiene delivery model"
    P2A = "2A Enterprise level regulation – large retailers"
    P2B = "2B Online assurance"
    RAGW = {"Green": "green", "Amber": "amber", "Red": "red", "Complete": "blue"}
    items = [
        ("W", W1),
        ("P", P1A),
        ("A", "1A.1", "Publish the updated Food Law Code of Practice (England) and Practice Guidance enabling the new food standards delivery model",
         "Head of Local Authority Policy", "30/06/2023", "26/06/2023", "Complete", "Complete",
         "Code and guidance published June 2023. Retained for reference until programme closure.", "2023-06", None),
        ("A", "1A.2", "Support all local authorities in England to move to the new food standards delivery model",
         "Head of Local Authority Delivery; Food Standards Policy Lead", "31/03/2025", "31/03/2025", "Amber", "Green",
         "112 of 167 LAs have transitioned. Targeted support offered to the remaining 55 through regional workshops.", "2025-03", None),
        ("A", "1A.3", "Implement the new food standards delivery model in Northern Ireland (all 11 district councils)",
         "Director, FSA in Northern Ireland", "31/03/2025", "Q2 2024/25", "Green", "Green",
         "All 11 councils have completed readiness assessments; go-live brought forward.", "2024-09", "Q2 2024/25"),
        ("P", P1B),
        ("A", "1B.1", "Run the food hygiene delivery model pilot in England, Wales and Northern Ireland with volunteer local authorities",
         "Head of Food Hygiene Policy", "30/06/2024", "30/09/2024", "Green", "Amber",
         "Pilot extended by one quarter at the request of pilot LAs so that a full inspection cycle is captured.", "2024-09", None),
        ("A", "1B.2", "Commission an independent evaluation of the food hygiene pilot and report interim findings to Programme Board",
         "Head of Social Science / Head of Food Hygiene Policy", "31/05/2024", "31/07/2024", "Amber", "Red",
         "Supplier mobilisation delayed; interim findings now expected in July. Escalated to SRO.", "2024-07", None),
        ("W", W2),
        ("P", P2A),
        ("A", "2A.1", "Complete the Enterprise Level Regulation trial with five large retailers and their Primary Authority partners",
         "Head of Business Compliance", "30/06/2024", "30/06/2024", "Green", "Green",
         "Six-month review completed; data returns received from all five retailers.", "2024-06", None),
        ("A", "2A.2", "Publish the trial evaluation and proposals for National Level Regulation for the FSA Board",
         "Head of Business Compliance", "30/09/2024", "30/09/2024", "Green", "Green",
         "Paper scheduled for the September 2024 Board meeting.", "2024-09", None),
        ("P", P2B),
        ("A", "2B.1", "Agree a Food Safety Charter with the three main food delivery aggregator platforms",
         "Online Assurance Project Lead", "30/09/2022", "31/03/2023", "Complete", "Complete",
         "Charter published. Monitoring of platform commitments has passed to business as usual.", "2023-03", None),
        ("A", "2B.2", "Publish guidance for local authorities on regulating food businesses that trade online",
         "Online Assurance Project Lead", "31/12/2023", "31/05/2024", "Red", "Amber",
         "Draft guidance shared with the LA working group; final sign-off expected in May.", "2024-05", None),
        ("W", W3),
        ("A", "3.1", "Set out the building blocks of the future assurance system for FSA Board discussion",
         "Deputy Director, Regulatory Compliance", "31/12/2023", "05/12/2023", "Complete", "Complete",
         "Discussed at the December 2023 Board meeting.", "2023-12", None),
        ("A", "3.2", "Develop options for legislative change to underpin the future assurance system",
         "Deputy Director, Regulatory Compliance / Legal Director", "31/07/2024", "31/10/2024", "Amber", "Amber",
         "Depends on the evaluation of the ELR trial (2A.2). Revised forecast for Programme Board to agree.", "2024-10", None),
    ]
    expected = []
    r = 5
    cur_w, cur_p = None, None
    status_map = {"Green": "green", "Amber": "amber", "Red": "red", "Complete": "blue"}
    lead_split = {
        "Head of Local Authority Delivery; Food Standards Policy Lead": ["Head of Local Authority Delivery", "Food Standards Policy Lead"],
        "Head of Social Science / Head of Food Hygiene Policy": ["Head of Social Science", "Head of Food Hygiene Policy"],
        "Deputy Director, Regulatory Compliance / Legal Director": ["Deputy Director, Regulatory Compliance", "Legal Director"],
    }
    for it in items:
        if it[0] == "W":
            ms.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            c = ms.cell(r, 1, it[1])
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = PatternFill("solid", fgColor="2F5597")
            cur_w, cur_p = it[1], None
        elif it[0] == "P":
            ms.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            c = ms.cell(r, 1, it[1])
            c.font = Font(bold=True)
            c.fill = FILL["band"]
            cur_p = it[1]
        else:
            _, ref, text, owner, base, fc, prev, curr, com, end, end_text = it
            vals = [ref, text, owner, d(base), d(fc) if "/" in fc and fc.count("/") == 2 else fc,
                    prev, curr, com]
            for i, v in enumerate(vals, 1):
                c = ms.cell(r, i, v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ms.cell(r, 6).fill = FILL[RAGW[prev]]
            ms.cell(r, 7).fill = FILL[RAGW[curr]]
            under = [cur_w] + ([cur_p] if cur_p else [])
            expected.append(act(ref, under, text, lead_split.get(owner, [owner]), end,
                                status_map[curr], end_text))
        r += 1
    r += 1
    ms.cell(r, 1, "Summary").font = Font(bold=True)
    r += 1
    for i, h in enumerate(["Total milestones", "Complete", "Green", "Amber", "Red"], 1):
        ms.cell(r, i, h).font = Font(bold=True)
    counts = [len(expected)] + [sum(1 for e in expected if e["status"] == s)
                                for s in ("blue", "green", "amber", "red")]
    for i, v in enumerate(counts, 1):
        ms.cell(r + 1, i, v)
    assert counts == [11, 3, 4, 3, 1], counts
    for col, w in zip("ABCDEFGH", [7, 60, 34, 13, 13, 11, 11, 55]):
        ms.column_dimensions[col].width = w
    ms.freeze_panes = "A5"
    wb.active = 2
    wb.save(path(name))

    write_expected(name, {
        "source": ("Imitates the Food Standards Agency's Achieving Business Compliance (ABC) programme reporting to "
                   "its Board and Programme Board (e.g. FSA performance and resources report 'Achieving Business "
                   "Compliance' with key successes / concerns / risks, https://food.gov.uk/board-papers/achieving-business-compliance, "
                   "and FSA 23-12-05 / FSA 24/09/05 programme updates). Copies a central-government programme "
                   "highlight report workbook: cover sheet with SRO, document-control table and RAG key (Complete = blue), "
                   "a narrative Highlight sheet (successes, concerns, decisions), and a Milestones sheet with merged "
                   "workstream rows and project sub-rows, baseline and forecast dates (one forecast given as a "
                   "financial quarter), previous and current RAG as words on fill colour, and a totals block."),
        "reads": ("A three-sheet programme highlight report for April 2024. The milestone tracker lists 11 milestones "
                  "under three workstreams (two of them split into projects 1A/1B/2A/2B), each with an owner, a "
                  "baseline and a forecast date and a previous and current RAG; the forecast date and current RAG "
                  "are what count. The cover, narrative highlight sheet and totals row are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 2. West Yorkshire Combined Authority - ICO audit action plan (xlsx, read)
# ---------------------------------------------------------------------------
def wyca():
    name = "zyl-west-yorkshire-ca-ico-data-protection-audit-action-plan.xlsx"
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = "West Yorkshire Combined Authority"
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Information Commissioner’s Office – consensual data protection audit"
    s["A2"].font = Font(bold=True, size=12)
    info = [
        ("Audit fieldwork", "11–13 March 2025"),
        ("Final report received", "22 May 2025"),
        ("Overall assurance", "Reasonable"),
        ("Management action plan owner", "Senior Information Risk Owner (SIRO)"),
        ("Reported to", "Governance and Audit Committee, 20 November 2025"),
    ]
    r = 4
    for k, v in info:
        s.cell(r, 1, k).font = Font(bold=True)
        s.cell(r, 2, v)
        r += 1
    r += 1
    hdr = ["Scope area", "Assurance rating", "Urgent", "High", "Medium", "Low", "Total"]
    for i, h in enumerate(hdr, 1):
        c = s.cell(r, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["head"]
    for row in [("Governance and accountability", "Reasonable", 0, 1, 1, 0, 2),
                ("Training and awareness", "Limited", 1, 0, 1, 0, 2),
                ("Requests for access", "Reasonable", 0, 1, 0, 1, 2),
                ("Total", "", 1, 2, 2, 1, 6)]:
        r += 1
        for i, v in enumerate(row, 1):
            c = s.cell(r, i, v)
            if row[0] == "Total":
                c.font = Font(bold=True)
    r += 2
    s.cell(r, 1, "Only recommendations accepted by the Combined Authority are shown in the action plan. "
                 "Recommendation references are those used in the ICO report.")
    s.column_dimensions["A"].width = 34
    s.column_dimensions["B"].width = 42

    ws = wb.create_sheet("Action plan")
    ws.merge_cells("A1:J1")
    ws["A1"] = "West Yorkshire Combined Authority – ICO Data Protection Audit: Management Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:J2")
    ws["A2"] = "Progress position at 31 October 2025"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A3:J3")
    ws["A3"] = ("Status key: Complete (blue) | Green – on track | Amber – delayed, revised date agreed | "
                "Red – overdue, no revised date | Not started")
    hdr = ["Rec", "ICO recommendation", "Priority", "Ref", "Agreed action", "Action owner",
           "Target date", "Revised date", "Progress update", "Status"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(5, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["head"]
        c.alignment = WRAP
        c.border = BOX
    GA = "Governance and accountability"
    TA = "Training and awareness"
    RA = "Requests for access"
    plan = [
        (GA, [
            ("A2", "The Combined Authority should review the terms of reference of the Information Governance Board so that it receives regular reporting on data protection performance, breaches and audit findings.", "High", [
                ("A2.1", "Revise the Information Governance Board terms of reference to include a standing data protection performance report.",
                 "Head of Information Governance (DPO)", "30/06/2025", None, "Revised terms of reference approved by the IG Board on 17 June 2025.", "Complete"),
                ("A2.2", "Develop a quarterly data protection KPI dashboard (breaches, SARs, DPIAs, training completion) for the IG Board and the SIRO.",
                 "Head of Information Governance (DPO); Business Intelligence Manager", "30/09/2025", "31/12/2025",
                 "First dashboard produced for Q2. SAR data is still extracted manually until the case management module (C1.1) is live.", "Amber"),
            ]),
            ("A7", "The Combined Authority should ensure that its Record of Processing Activities (RoPA) is complete and is reviewed at least annually by information asset owners.", "Medium", [
                ("A7.1", "Complete RoPA entries for Transport Operations and the Adult Skills team.",
                 "Information Governance Officer", "31/07/2025", None, "All entries completed and quality checked by the DPO.", "Complete"),
                ("A7.2", "Introduce an annual attestation by information asset owners confirming that their RoPA entries are accurate.",
                 "Senior Information Risk Owner (SIRO)", "31/03/2026", None, "Attestation template drafted; to launch with the 2026 information asset owner review.", "Green"),
            ]),
        ]),
        (TA, [
            ("B3", "The Combined Authority should ensure that all staff, including agency and temporary workers, complete mandatory data protection training before they are given access to personal data, and that completion is monitored.", "Urgent", [
                ("B3.1", "Make data protection e-learning a pre-requisite for network account activation for new starters and agency workers.",
                 "Head of IT Service Delivery / Head of People Services", "31/07/2025", "30/09/2025",
                 "Delayed by the HR system upgrade. Live for all new starters and agency workers from 29 September 2025.", "Complete"),
                ("B3.2", "Report training completion by directorate to the IG Board each quarter and escalate non-completion to directors.",
                 "Head of Information Governance (DPO)", "30/09/2025", None,
                 "Completion 91% at 30 September (target 95%). Escalation letters issued to two directorates.", "Green"),
            ]),
            ("B5", "The Combined Authority should provide specialist training for staff who handle subject access requests.", "Medium", [
                ("B5.1", "Deliver specialist SAR and redaction training to the Information Governance team and directorate SAR coordinators.",
                 "Information Governance Manager", "31/12/2025", None, "Training provider booked for 18 November.", "Green"),
            ]),
        ]),
        (RA, [
            ("C1", "The Combined Authority should implement a central log of all information rights requests so that statutory deadlines can be monitored.", "High", [
                ("C1.1", "Procure and configure a case management module for subject access and other individual rights requests.",
                 "Head of Information Governance (DPO)", "30/09/2025", "31/01/2026",
                 "Procurement complete. Configuration delayed by supplier resourcing; revised date agreed by the SIRO.", "Amber"),
                ("C1.2", "Until the module is live, keep the interim SAR log up to date and report overdue cases to the DPO every week.",
                 "Information Governance Officer", "Ongoing", None, "In place since April 2025.", "Green"),
            ]),
            ("C4", "The Combined Authority should update its subject access procedure to cover requests received through social media and by bus station staff on its behalf.", "Low", [
                ("C4.1", "Update the SAR procedure and publish a short guide for Customer Services and bus station staff.",
                 "Customer Experience Manager", "31/03/2026", None, "", "Not started"),
            ]),
        ]),
    ]
    SFILL = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    SMAP = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red", "Not started": "unrated"}
    LEADS = {
        "Head of Information Governance (DPO); Business Intelligence Manager": ["Head of Information Governance (DPO)", "Business Intelligence Manager"],
        "Head of IT Service Delivery / Head of People Services": ["Head of IT Service Delivery", "Head of People Services"],
    }
    expected = []
    r = 6
    for area, recs in plan:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        c = ws.cell(r, 1, area)
        c.font = Font(bold=True)
        c.fill = FILL["band"]
        r += 1
        for rec, rtext, prio, acts in recs:
            first = r
            last = r + len(acts) - 1
            ws.cell(first, 1, rec)
            ws.cell(first, 2, rtext)
            ws.cell(first, 3, prio)
            if last > first:
                for col in (1, 2, 3):
                    ws.merge_cells(start_row=first, start_column=col, end_row=last, end_column=col)
            for ref, text, owner, tgt, rev, prog, st in acts:
                vals = [ref, text, owner, d(tgt) if "/" in tgt else tgt, d(rev) if rev else None, prog, st]
                for i, v in enumerate(vals, 4):
                    c = ws.cell(r, i, v)
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                if st in SFILL:
                    ws.cell(r, 10).fill = FILL[SFILL[st]]
                end = None
                end_text = None
                if rev:
                    end = "%s-%s" % (rev[6:], rev[3:5])
                elif "/" in tgt:
                    end = "%s-%s" % (tgt[6:], tgt[3:5])
                else:
                    end_text = tgt
                expected.append(act(ref, [area, rtext], text, LEADS.get(owner, [owner]), end, SMAP[st], end_text))
                r += 1
            for rr in range(first, last + 1):
                for cc in range(1, 11):
                    ws.cell(rr, cc).alignment = WRAP
                    ws.cell(rr, cc).border = BOX
    for col, w in zip("ABCDEFGHIJ", [6, 48, 9, 7, 48, 30, 12, 12, 44, 12]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"
    wb.save(path(name))
    write_expected(name, {
        "source": ("Imitates a combined authority's management response to an ICO consensual data protection audit "
                   "(ICO audit executive summaries and follow-up reports at ico.org.uk/for-organisations/audits and "
                   "ICO 'Findings from ICO consensual data protection audits', 2023), reported to a governance and "
                   "audit committee. Copies: summary sheet with assurance rating per scope area and counts of "
                   "Urgent/High/Medium/Low recommendations; action-plan sheet with scope-area band rows, ICO "
                   "recommendation ref/text/priority merged down over one or two agreed actions, action owners as job "
                   "titles (some two posts), target and revised dates, progress comment and a status word on fill colour "
                   "with a status key in the title block."),
        "reads": ("A two-sheet ICO audit action plan: the Summary sheet only counts recommendations. The Action plan "
                  "sheet lists 10 agreed actions (A2.1 to C4.1) under three scope areas, each under the ICO "
                  "recommendation it answers; where a revised date is given it replaces the target date, one action is "
                  "Ongoing and one is Not started."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "West Yorkshire Combined Authority – ICO Data Protection Audit: Management Action Plan",
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 3. Greencore - HSE improvement notices action tracker (xlsx, read)
# ---------------------------------------------------------------------------
def greencore():
    name = "zyl-greencore-group-manton-wood-hse-improvement-notices-action-tracker.xlsx"
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = "Greencore Group – Manton Wood site"
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "HSE Improvement Notices – Action Tracker"
    s["A2"].font = Font(bold=True, size=13)
    s["A3"] = "Tracker owner: Site SHE Manager    Last updated: 06/12/2024    Reviewed at: Site Leadership Team (weekly) and Group SHE Committee (monthly)"
    s["A5"] = "Status colour key (used on each notice sheet)"
    s["A5"].font = Font(bold=True)
    key = [("green", "Complete – action closed and evidence filed for HSE"),
           ("amber", "In progress – on course for the compliance date"),
           ("red", "At risk – compliance date likely to be missed; HSE to be informed"),
           (None, "No colour – not yet started")]
    r = 6
    for fill, text in key:
        if fill:
            s.cell(r, 1).fill = FILL[fill]
        s.cell(r, 2, text)
        r += 1
    r += 1
    s.cell(r, 1, "Totals").font = Font(bold=True)
    r += 1
    hdr = ["Notice", "Actions", "Complete", "In progress", "At risk", "Not started"]
    for i, h in enumerate(hdr, 1):
        c = s.cell(r, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["head"]
    tot_row = r
    s.column_dimensions["A"].width = 14
    s.column_dimensions["B"].width = 70

    notices = [
        ("IN1 Conveyors", "Improvement Notice 1 – Conveyor guarding (PUWER reg. 11)",
         [("Notice number", "IN/351204877"), ("Date served", "19/08/2024"),
          ("Legislation", "Provision and Use of Work Equipment Regulations 1998, regulation 11(1)"),
          ("Compliance date", "30/10/2024"), ("Extended compliance date", "29/11/2024")],
         [
             ("1.1", "Carry out a guarding survey of all conveyor transfer points and in-running nips on Lines 3 and 4 against BS EN ISO 14120.",
              "Engineering Manager", "06/09/2024", None, "05/09/2024", "green", "Survey report ENG-2024-117 issued."),
             ("1.2", "Design and fit fixed or interlocked guards at the 14 transfer points identified in the survey.",
              "Engineering Manager; Projects Engineer", "25/10/2024", "22/11/2024", "20/11/2024", "green",
              "Fabrication lead time longer than planned; extension agreed with HSE. All guards fitted and signed off."),
             ("1.3", "Revise the safe systems of work for belt cleaning and jam clearance so that lines are isolated before guards are opened.",
              "Production Manager / SHE Manager", "30/09/2024", None, "27/09/2024", "green", "SSW-L3/L4 revision 4 issued."),
             ("1.4", "Train all Line 3 and 4 operators and hygiene operatives in the revised isolation procedure and record competence.",
              "Training Coordinator", "25/10/2024", None, "24/10/2024", "green",
              "178 of 181 trained; 3 on long-term absence will be trained on return."),
         ]),
        ("IN2 Despatch traffic", "Improvement Notice 2 – Segregation of pedestrians and lift trucks in despatch",
         [("Notice number", "IN/351204901"), ("Date served", "19/08/2024"),
          ("Legislation", "Workplace (Health, Safety and Welfare) Regulations 1992, regulation 17"),
          ("Compliance date", "20/12/2024"), ("Extended compliance date", "")],
         [
             ("2.1", "Mark out and install physical barriers separating pedestrian routes from lift truck routes in the despatch hall.",
              "Site Facilities Manager", "15/11/2024", None, "12/11/2024", "green", "Barriers installed by contractor; walk-through with HSE on 28/11."),
             ("2.2", "Review the site traffic management plan, including pedestrian crossing points at the marshalling lanes.",
              "SHE Manager", "31/10/2024", "13/12/2024", None, "amber", "Draft plan with Group SHE for review."),
             ("2.3", "Fit blue-spot and proximity warning systems to all reach trucks working in despatch.",
              "Despatch Manager", "29/11/2024", "31/01/2025", None, "red",
              "Supplier cannot deliver the units before January. HSE informed by letter on 02/12/2024."),
             ("2.4", "Refresh lift truck operator and pedestrian awareness training for despatch staff and agency drivers.",
              "Despatch Manager; Training Coordinator", "20/12/2024", None, None, "amber", "Two of four sessions delivered."),
         ]),
        ("IN3 Hygiene chemicals", "Improvement Notice 3 – Exposure to cleaning chemicals on hygiene shifts (COSHH reg. 6)",
         [("Notice number", "IN/351215432"), ("Date served", "21/10/2024"),
          ("Legislation", "Control of Substances Hazardous to Health Regulations 2002, regulation 6"),
          ("Compliance date", "31/01/2025"), ("Extended compliance date", "")],
         [
             ("3.1", "Complete a COSHH assessment for each chlorine-based and caustic cleaning chemical used on hygiene shifts.",
              "Hygiene Manager", "31/12/2024", None, None, "amber", "9 of 14 assessments complete."),
             ("3.2", "Replace manual dilution from drums with a closed dosing system in the hygiene chemical store.",
              "Engineering Manager", "31/01/2025", None, None, None, "Quotations requested."),
             ("3.3", "Introduce face-fit testing for all hygiene operatives who wear respiratory protective equipment and keep the records.",
              "SHE Advisor", "31/01/2025", None, None, "amber", "Face-fit tester trained; testing starts w/c 09/12/2024."),
         ]),
    ]
    LEADS = {
        "Engineering Manager; Projects Engineer": ["Engineering Manager", "Projects Engineer"],
        "Production Manager / SHE Manager": ["Production Manager", "SHE Manager"],
        "Despatch Manager; Training Coordinator": ["Despatch Manager", "Training Coordinator"],
    }
    SMAP = {"green": "blue", "amber": "amber", "red": "red", None: "unrated"}
    expected = []
    for sheet, heading, block, acts in notices:
        ws = wb.create_sheet(sheet)
        ws.merge_cells("A1:H1")
        ws["A1"] = heading
        ws["A1"].font = Font(bold=True, size=13)
        r = 3
        for k, v in block:
            ws.cell(r, 1, k).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
            if v and v.count("/") == 2 and len(v) == 10:
                c = ws.cell(r, 2, d(v))
                c.number_format = "dd/mm/yyyy"
                c.alignment = Alignment(horizontal="left")
            else:
                ws.cell(r, 2, v if v else "N/A")
            r += 1
        r += 1
        hdr = ["No.", "Action", "Owner", "Target date", "Revised target", "Date completed", "Status", "Evidence / comments"]
        for i, h in enumerate(hdr, 1):
            c = ws.cell(r, i, h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = FILL["head"]
            c.border = BOX
            c.alignment = WRAP
        for ref, text, owner, tgt, rev, done, st, com in acts:
            r += 1
            vals = [ref, text, owner, d(tgt), d(rev) if rev else None, d(done) if done else None, None, com]
            for i, v in enumerate(vals, 1):
                c = ws.cell(r, i, v)
                c.border = BOX
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if st:
                ws.cell(r, 7).fill = FILL[st]
            e = rev or tgt
            expected.append(act(ref, [heading], text, LEADS.get(owner, [owner]),
                                "%s-%s" % (e[6:], e[3:5]), SMAP[st]))
        for col, w in zip("ABCDEFGH", [24, 58, 30, 12, 12, 13, 9, 48]):
            ws.column_dimensions[col].width = w
        # totals row on summary
        tot_row += 1
        n = len(acts)
        s.cell(tot_row, 1, sheet.split()[0])
        s.cell(tot_row, 2, n)
        s.cell(tot_row, 3, sum(1 for a in acts if a[6] == "green"))
        s.cell(tot_row, 4, sum(1 for a in acts if a[6] == "amber"))
        s.cell(tot_row, 5, sum(1 for a in acts if a[6] == "red"))
        s.cell(tot_row, 6, sum(1 for a in acts if a[6] is None))
    tot_row += 1
    s.cell(tot_row, 1, "All notices").font = Font(bold=True)
    s.cell(tot_row, 2, len(expected)).font = Font(bold=True)
    s.cell(tot_row, 3, sum(1 for e in expected if e["status"] == "blue")).font = Font(bold=True)
    s.cell(tot_row, 4, sum(1 for e in expected if e["status"] == "amber")).font = Font(bold=True)
    s.cell(tot_row, 5, sum(1 for e in expected if e["status"] == "red")).font = Font(bold=True)
    s.cell(tot_row, 6, sum(1 for e in expected if e["status"] == "unrated")).font = Font(bold=True)
    wb.save(path(name))
    write_expected(name, {
        "source": ("Imitates a food manufacturer's site tracker for HSE improvement notices served under s.21 HSWA "
                   "(notice contents as in HSE's enforcement guide, hse.gov.uk/enforce/enforcementguide/notices/notices-types.htm: "
                   "provision contravened, compliance period, extensions). No specific published tracker found; layout "
                   "copies company SHE trackers: summary sheet with a colour key and a totals block, then one sheet per "
                   "notice with a notice details block (number, date served, legislation, compliance and extended "
                   "compliance dates) and an action table with target, revised target and completion dates and a "
                   "fill-colour-only status column whose key defines green as complete."),
        "reads": ("Three improvement notices, one sheet each, with 11 numbered actions in all (1.1–3.3), each under its "
                  "notice heading. Status is shown only by cell colour and the key says green means complete, so green "
                  "reads as complete (blue), amber in progress, red at risk, uncoloured not started; a revised target "
                  "replaces the target date. The summary sheet only holds the key and counts."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "HSE Improvement Notices – Action Tracker",
        "actions": expected,
    })
    return name, len(expected)


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


def set_cell(cell, text, bold=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 4. The King's School, Canterbury - ISI post-inspection action plan (docx, read)
# ---------------------------------------------------------------------------
def kings():
    name = "zyl-kings-school-canterbury-isi-inspection-action-plan.docx"
    title = "The King’s School, Canterbury: Post-Inspection Action Plan"
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    doc.add_heading(title, level=0)
    doc.add_paragraph("ISI routine inspection, 5–7 March 2024 – report published 24 April 2024")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Owner", "Approved by / notes"]):
        set_cell(t.rows[0].cells[i], h, bold=True)
    for row in [("1.0", "13 May 2024", "Senior Deputy Head", "Education Committee of the Governing Body"),
                ("1.1", "1 July 2024", "Senior Deputy Head", "Progress update at the end of the Summer term")]:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v)
    doc.add_paragraph()
    doc.add_heading("Summary of the inspection outcome", level=1)
    doc.add_paragraph(
        "The school meets the Independent School Standards and the National Minimum Standards for Boarding Schools. "
        "Inspectors identified significant strengths in pupils’ academic and co-curricular achievement and made three "
        "recommended next steps. This plan sets out how the school will address each of them. It is monitored by the "
        "Senior Leadership Team each half-term and by the Education Committee each term.")
    doc.add_paragraph("RAG: Complete – action finished and impact reviewed; G – on track; A – some delay; "
                      "R – significantly behind; Not started.")

    sections = [
        ("1. Leadership and management, and governance",
         "Governors should strengthen their oversight of how leaders evaluate the impact of the school’s wellbeing "
         "strategy, so that monitoring draws on a wider range of evidence, including pupils’ views.",
         [
             ("1.1", "Add a termly wellbeing impact report, including pupil voice data, to the agenda of the Pastoral and Safeguarding Committee.",
              "Deputy Head (Pastoral)", "Michaelmas term 2024", "Report received and discussed at each termly committee meeting.", "G",
              ["Deputy Head (Pastoral)"], "2024-12", None, "green"),
             ("1.2", "Nominate a link governor for wellbeing who meets the Deputy Head (Pastoral) and senior boarding staff each half-term.",
              "Chair of Governors", "September 2024", "Link governor appointed; notes of visits reported to the Governing Body.", "Complete",
              ["Chair of Governors"], "2024-09", None, "blue"),
             ("1.3", "Commission an external review of the wellbeing strategy and report its findings to the full Governing Body.",
              "Head / Bursar", "Summer term 2025", "Review report and the school’s response considered by governors.", "A",
              ["Head", "Bursar"], "2025-07", None, "amber"),
         ]),
        ("2. Quality of education, training and recreation",
         "Leaders should ensure that the effective practice in adapting teaching for pupils who have special "
         "educational needs and/or disabilities (SEND) seen in some departments is shared consistently across the school.",
         [
             ("2.1", "Run a programme of peer observations focused on adaptive teaching, pairing departments with strong practice with those where it is less consistent.",
              "Deputy Head (Academic); Head of Learning Support", "By February half-term 2025",
              "Every department has taken part; observation findings summarised for SLT.", "G",
              ["Deputy Head (Academic)", "Head of Learning Support"], "2025-02", None, "green"),
             ("2.2", "Update pupil learning profiles so that every teacher has clear, practical strategies for each pupil on the SEND register.",
              "Head of Learning Support", "October 2024", "All profiles updated and available in the MIS.", "Complete",
              ["Head of Learning Support"], "2024-10", None, "blue"),
             ("2.3", "Include adaptive teaching as a standing focus in departmental reviews and in the 2024–25 CPD calendar.",
              "Deputy Head (Academic)", "Ongoing", "Departmental review reports show consistent practice.", "G",
              ["Deputy Head (Academic)"], None, "Ongoing", "green"),
         ]),
        ("3. Pupils’ physical and mental health and emotional wellbeing",
         "Leaders should ensure that boarders in all houses have consistent opportunities to give their views about "
         "boarding and can see how their views are acted on.",
         [
             ("3.1", "Introduce a termly boarders’ council in each house, with minutes shared with the Head of Boarding.",
              "Head of Boarding", "Michaelmas term 2024", "Councils meeting in all boarding houses; minutes on file.", "G",
              ["Head of Boarding"], "2024-12", None, "green"),
             ("3.2", "Add boarding questions to the annual pupil survey and report the results, and the actions taken, to boarders at house meetings.",
              "Head of Boarding; Assistant Head (Pupil Voice)", "Summer term 2025", "Survey results and responses shared in every house.", "Not started",
              ["Head of Boarding", "Assistant Head (Pupil Voice)"], "2025-07", None, "unrated"),
         ]),
    ]
    RAGFILL = {"G": "92D050", "A": "FFC000", "R": "FF0000", "Complete": "9DC3E6"}
    expected = []
    for head, nextstep, acts in sections:
        doc.add_heading(head, level=1)
        p = doc.add_paragraph()
        p.add_run("Recommended next step").bold = True
        p2 = doc.add_paragraph()
        p2.add_run(nextstep).italic = True
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for i, h in enumerate(["No.", "Action", "Lead", "Timescale", "Success criteria", "RAG (July 2024)"]):
            set_cell(t.rows[0].cells[i], h, bold=True)
            shade(t.rows[0].cells[i], "D9E1F2")
        for ref, text, lead, when, crit, rag, leads, end, end_text, status in acts:
            cells = t.add_row().cells
            for i, v in enumerate([ref, text, lead, when, crit, rag]):
                set_cell(cells[i], v)
            if rag in RAGFILL:
                shade(cells[5], RAGFILL[rag])
            if end and "term" in when:
                end_text = when
            expected.append(act(ref, [head, nextstep], text, leads, end, status, end_text))
        doc.add_paragraph()
    doc.add_heading("4. Pupils’ social and economic education and contribution", level=1)
    doc.add_paragraph("No recommended next steps were identified in this section. Leaders will continue to monitor "
                      "provision through the annual review cycle.")
    doc.add_heading("5. Safeguarding", level=1)
    doc.add_paragraph("The school meets the Standards relating to safeguarding. No recommended next steps were identified.")
    doc.add_heading("Approval", level=1)
    t = doc.add_table(rows=3, cols=3)
    t.style = "Table Grid"
    for i, row in enumerate([("Role", "Name", "Date"), ("Head", "", "13 May 2024"),
                             ("Chair of the Education Committee", "", "13 May 2024")]):
        for j, v in enumerate(row):
            set_cell(t.rows[i].cells[j], v, bold=(i == 0))
    doc.save(path(name))
    write_expected(name, {
        "source": ("Imitates an independent school's post-inspection action plan answering the 'recommended next steps' "
                   "of an ISI routine inspection under the September 2023 framework (ISI handbook, evaluation and "
                   "reporting: isi.net/inspection-explained/inspection-handbook; sections follow the ISI framework "
                   "headings). Copies: title and version table, outcome summary and RAG key, one numbered Heading per "
                   "framework section with a bold 'Recommended next step' label and the next step in italics above a "
                   "separate action table (No., Action, Lead, Timescale in school terms incl. Michaelmas term, Success "
                   "criteria, RAG letter on shading), sections with no next steps, and an approval table."),
        "reads": ("A Word action plan for three ISI recommended next steps, one per framework section, with eight "
                  "numbered actions (1.1–3.2). Each action sits under its section heading and the next step it answers; "
                  "timescales are school terms or months (Michaelmas term = autumn term, December), one is Ongoing. "
                  "Sections 4 and 5 and the version/approval tables hold no actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 5. Bakewell Town Council - Storm Babet lessons learned (docx, read)
# ---------------------------------------------------------------------------
def bakewell():
    name = "zyl-bakewell-town-council-storm-babet-lessons-learned-action-plan.docx"
    title = "Storm Babet (20–21 October 2023) – Lessons Learned Action Plan"
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rn = p.add_run("BAKEWELL TOWN COUNCIL")
    rn.bold = True
    rn.font.size = Pt(14)
    doc.add_heading(title, level=1)
    doc.add_paragraph("Agreed at Full Council on 11 January 2024 (minute 2024/07). Updated by the Town Clerk for the "
                      "Community Resilience Working Group, 2 July 2024.")
    doc.add_paragraph("This plan follows the community debrief held at the Town Hall on 22 November 2023 with residents, "
                      "flood wardens, Derbyshire Dales District Council, Derbyshire County Council Emergency Planning, "
                      "the Environment Agency and Derbyshire Fire & Rescue Service.")
    doc.add_paragraph("Status key: Complete; Green – on track; Amber – slipping or waiting on a partner; "
                      "Red – stalled; Not started.")
    themes = [
        ("1. Warning and informing", [
            ("Residents in the riverside streets did not all receive, or understand, the Environment Agency flood warnings on 20 October.", [
                ("1a", "Promote sign-up to Environment Agency Floodline warnings through a door-knock of every property in the flood warning area.",
                 "Flood Warden Coordinator", "March 2024", "Door-knock completed with the EA; 64 new registrations.", "Complete",
                 ["Flood Warden Coordinator"], "2024-03", None, "blue"),
                ("1b", "Set up a Town Council WhatsApp community alert channel and publish how to join it in the newsletter and on the noticeboards.",
                 "Deputy Town Clerk", "End of February 2024", "Channel live with 310 members.", "Complete",
                 ["Deputy Town Clerk"], "2024-02", None, "blue"),
            ]),
            ("Information about road closures and the rest centre was posted in several places and some of it was out of date.", [
                ("1c", "Agree with DDDC that the Town Council website and Facebook page will share the district council’s incident updates rather than post separate information.",
                 "Town Clerk", "Apr-24", "Agreed at the liaison meeting on 18 April.", "Complete",
                 ["Town Clerk"], "2024-04", None, "blue"),
            ]),
        ]),
        ("2. Community response", [
            ("The Town Hall was opened as an informal refuge but had no emergency supplies or agreed key-holding arrangements.", [
                ("2a", "Agree a key-holder rota and opening procedure for the Town Hall as a community refuge and include them in the Community Emergency Plan.",
                 "Town Clerk; Cllr J. Hollis", "31/05/2024", "Draft rota circulated; two more volunteer key-holders needed.", "Amber",
                 ["Town Clerk", "Cllr J. Hollis"], "2024-05", None, "amber"),
                ("2b", "Buy an emergency supplies store (blankets, torches, first aid kits, wind-up radios) for the Town Hall using the DDDC community resilience grant.",
                 "Deputy Town Clerk", "June 2024", "Grant of £1,850 awarded; supplies ordered.", "Green",
                 ["Deputy Town Clerk"], "2024-06", None, "green"),
            ]),
            ("Volunteers who came forward on the day were not co-ordinated and some were put at risk near flood water.", [
                ("2c", "Recruit and train additional flood wardens, including a briefing on safety near flood water.",
                 "Flood Warden Coordinator / Derbyshire Fire & Rescue Service", "Sept 2024",
                 "Six new wardens recruited; training date with DFRS to be confirmed.", "Amber",
                 ["Flood Warden Coordinator", "Derbyshire Fire & Rescue Service"], "2024-09", None, "amber"),
            ]),
        ]),
        ("3. Recovery", [
            ("Sandbags ran out and there was confusion about who supplies them.", [
                ("3a", "Keep a Town Council stock of 300 sandbags and 50 flood sacks at the council depot, with a simple request process for residents.",
                 "Town Clerk", "Oct-24", "", "Not started",
                 ["Town Clerk"], "2024-10", None, "unrated"),
            ]),
            ("Residents and businesses did not know what recovery support (council tax relief, recovery grants) was available.", [
                ("3b", "Publish a one-page flood recovery guide listing district and county council support and insurance advice, and hand deliver it to affected properties after any future flood.",
                 "Deputy Town Clerk", "By 30 September 2024", "Draft prepared; content being checked with DDDC.", "Green",
                 ["Deputy Town Clerk"], "2024-09", None, "green"),
                ("3c", "Review the Community Emergency Plan every year and test it with a table-top exercise.",
                 "Community Resilience Working Group", "Annually", "First exercise pencilled in for October 2024.", "Green",
                 ["Community Resilience Working Group"], None, "Annually", "green"),
            ]),
        ]),
    ]
    SFILL = {"Complete": "BDD7EE", "Green": "C6EFCE", "Amber": "FFEB9C", "Red": "FFC7CE"}
    t = doc.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    for i, h in enumerate(["Ref", "What we learned", "Action", "Lead", "By when", "Update (July 2024)", "Status"]):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "D9D9D9")
    expected = []
    for theme, lessons in themes:
        row = t.add_row()
        merged = row.cells[0].merge(row.cells[6])
        set_cell(merged, theme, bold=True)
        shade(merged, "DEEAF6")
        for lesson, acts in lessons:
            first_row = None
            rows = []
            for ref, text, lead, when, upd, stt, leads, end, end_text, status in acts:
                cells = t.add_row().cells
                rows.append(cells)
                for i, v in zip([0, 2, 3, 4, 5, 6], [ref, text, lead, when, upd, stt]):
                    set_cell(cells[i], v)
                if stt in SFILL:
                    shade(cells[6], SFILL[stt])
                expected.append(act(ref, [theme, lesson], text, leads, end, status, end_text))
            lc = rows[0][1]
            if len(rows) > 1:
                lc = lc.merge(rows[-1][1])
            set_cell(lc, lesson)
    doc.add_paragraph()
    doc.add_paragraph("Notes: DDDC = Derbyshire Dales District Council; DFRS = Derbyshire Fire & Rescue Service; "
                      "EA = Environment Agency.")
    doc.add_paragraph("Next review: Community Resilience Working Group, October 2024.")
    doc.save(path(name))
    write_expected(name, {
        "source": ("Imitates a town council's post-flood debrief / lessons learned action plan of the kind parish and "
                   "town councils adopt after a storm (community flood plan guidance e.g. kentprepared.org.uk "
                   "'Prepare a community flood plan'); no specific published Bakewell plan found. Copies: council "
                   "name line, heading, adoption minute and update line, debrief paragraph, status key, one Word table "
                   "with full-width merged theme rows, a 'What we learned' cell merged down over its actions, lead as "
                   "posts / a named councillor / a partner body, dates as councils write them (month, Apr-24, "
                   "31/05/2024, End of February 2024, By 30 September 2024, Annually), status words on shading, and "
                   "notes lines after the table."),
        "reads": ("A one-table lessons learned plan after Storm Babet: nine actions (1a–3c) under three themes, each "
                  "under the lesson it answers. Leads are mostly posts; 2a and 2c have two leads. One action is "
                  "'Annually' (no end month) and one is not started."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 6. North York Moors NPA - AGS action plan CSV (refuse: mistyped month)
# ---------------------------------------------------------------------------
def nym():
    import csv
    import io
    name = "zyl-north-york-moors-npa-annual-governance-statement-2024-25-action-plan-typo-month-refuse.csv"
    rows = [
        ["North York Moors National Park Authority", "", "", "", "", "", ""],
        ["Annual Governance Statement 2024/25 – Action Plan for Significant Governance Issues", "", "", "", "", "", ""],
        ["Position at 30 September 2025 – report to Audit Committee", "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["Ref", "Governance issue", "Action", "Responsible officer", "Target date", "Progress at 30 September 2025", "RAG"],
    ]
    I1 = "Financial sustainability – forecast budget gap from 2026/27 following a flat-cash Defra grant settlement"
    I2 = "Cyber security – recommendations from the 2024/25 internal audit of ICT controls not yet fully implemented"
    I3 = "Workforce capacity – recruitment and retention difficulties in the planning and ranger teams"
    I4 = "Member governance – attendance at Code of Conduct training below the Authority's target"
    acts = [
        ["1.1", I1, "Prepare a revised Medium Term Financial Plan with savings options for Members", "Chief Finance Officer", "December 2025", "Options workshop with Members held on 9 September.", "Green"],
        ["1.2", I1, "Agree a reserves strategy that sets a minimum level of general reserve", "Chief Finance Officer; Director of Corporate Services", "February 2026", "Draft strategy to be reported with the 2026/27 budget.", "Green"],
        ["2.1", I2, "Implement multi-factor authentication for all remote access accounts", "ICT Manager", "31/10/2025", "Rolled out to staff; Member devices outstanding.", "Amber"],
        ["2.2", I2, "Commission an independent penetration test and address all high-risk findings", "ICT Manager", "March 2026", "Supplier appointed; testing booked for January.", "Green"],
        ["3.1", I3, "Complete a market pay review for hard-to-fill posts and report options to the Staff Committee", "Head of HR", "Janaury 2026", "Benchmarking data received from the National Parks England HR group.", "Green"],
        ["3.2", I3, "Introduce a planning apprenticeship and graduate trainee scheme", "Head of Development Management", "Sept 2026", "", "Not started"],
        ["4.1", I4, "Deliver refresher Code of Conduct training for all Members, with a recorded session for those unable to attend", "Monitoring Officer", "Nov-25", "Session booked for 6 November.", "Green"],
        ["4.2", I4, "Report Member training attendance to the Audit Committee twice a year", "Monitoring Officer", "Ongoing", "First report in this pack.", "Green"],
    ]
    rows += acts
    rows += [
        ["", "", "", "", "", "", ""],
        ["Actions completed from the 2023/24 AGS action plan have been removed and are reported in the Annual Governance Statement.", "", "", "", "", "", ""],
        ["RAG: Green = on track; Amber = at risk; Red = will not be achieved by the target date; Blue = complete", "", "", "", "", "", ""],
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for row in rows:
        # trim trailing empty cells the way a SharePoint export does not; keep full width
        w.writerow(row)
    text = buf.getvalue()
    with open(path(name), "w", encoding="utf-8", newline="") as fh:
        fh.write(text)
    lines = text.split("\r\n")
    bad = [i + 1 for i, ln in enumerate(lines) if "Janaury" in ln]
    assert bad == [10], bad
    write_expected(name, {
        "source": ("Imitates a national park authority's Annual Governance Statement action plan for significant "
                   "governance issues, reported to its audit committee (as Dartmoor and Exmoor NPAs publish with their "
                   "AGS); exported from a SharePoint list to CSV. Copies: three title lines, header row, the governance "
                   "issue repeated on each action row, responsible officers as posts, target dates as month names, "
                   "dd/mm/yyyy, Nov-25, Ongoing, RAG words, and trailing notes and RAG key lines."),
        "reads": ("A CSV of eight actions under four significant governance issues. The target date of action 3.1 on "
                  "line 10 reads 'Janaury 2026', a mistyped month, so a careful reader stops there and asks before "
                  "reading the plan."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": 10,
        "title": "Annual Governance Statement 2024/25 – Action Plan for Significant Governance Issues",
    })
    return name, len(acts)


# ---------------------------------------------------------------------------
# 7. National Trust for Scotland - Board of Trustees action log (tab-separated txt, read)
# ---------------------------------------------------------------------------
def nts():
    name = "zyl-national-trust-for-scotland-board-of-trustees-action-log.txt"
    title = "Board of Trustees – Rolling Action Log"
    lines = [
        "The National Trust for Scotland",
        title,
        "As at 5 December 2025 (following the Board meeting of 4 December 2025)",
        "RAG: G – on track; A – at risk; R – overdue; Complete – to be removed after the next meeting",
        "",
        "\t".join(["No.", "Meeting", "Item", "Action", "Owner", "Due", "RAG", "Update"]),
    ]
    rows = [
        ("BT25/09", "27 Mar 2025", "6", "Bring a revised estates investment prioritisation framework to the Board, showing how conservation condition scores are weighted against visitor income.",
         "Director of Conservation & Estates", "Sep-25 (was Jun-25)", "Complete", "Framework approved at the September Board.",
         ["Director of Conservation & Estates"], "2025-09", None, "blue"),
        ("BT25/11", "27 Mar 2025", "9", "Bring the revised Volunteering Strategy to the Board for approval.",
         "Director of Visitor Experience", "Sep-25", "R", "Delayed pending staff consultation; now expected at the February Board.",
         ["Director of Visitor Experience"], "2025-09", None, "red"),
        ("BT25/14", "26 Jun 2025", "4", "Circulate the headline results of the 2024/25 visitor survey to Trustees.",
         "Director of Visitor Experience", "Jul-25", "Complete", "Circulated 18 July.",
         ["Director of Visitor Experience"], "2025-07", None, "blue"),
        ("BT25/17", "26 Jun 2025", "8", "Arrange a Trustee visit to Culzean Castle to see the progress of the roof and conservation works.",
         "Secretary", "Oct-25", "A", "Visit postponed because of the weather; new date being agreed with the property team.",
         ["Secretary"], "2025-10", None, "amber"),
        ("BT25/22", "25 Sep 2025", "5", "Provide a breakdown of the pension deficit recovery options ahead of the triennial valuation discussion.",
         "Chief Financial & Corporate Officer", "Feb-26", "G", "Actuary's draft results expected in January.",
         ["Chief Financial & Corporate Officer"], "2026-02", None, "green"),
        ("BT25/23", "25 Sep 2025", "5", "Review the cyber security assurance report at the Audit & Risk Committee and report back to the Board.",
         "Chair of Audit & Risk Committee", "Feb-26", "G", "Scheduled for the Audit & Risk Committee on 21 January 2026.",
         ["Chair of Audit & Risk Committee"], "2026-02", None, "green"),
        ("BT25/26", "25 Sep 2025", "9", "Review the terms of reference of the Nominations Committee and bring proposals for Trustee recruitment in 2026 to the Board.",
         "Chair; Secretary", "Next meeting", "G", "Draft terms of reference with the Chair.",
         ["Chair", "Secretary"], None, "Next meeting", "green"),
        ("BT25/29", "4 Dec 2025", "3", "Share the draft 2026/27 operating plan and budget with Trustees at least two weeks before the February meeting.",
         "Chief Executive; Chief Financial & Corporate Officer", "Feb-26", "G", "",
         ["Chief Executive", "Chief Financial & Corporate Officer"], "2026-02", None, "green"),
        ("BT25/30", "4 Dec 2025", "7", "Write to the Scottish Government setting out the Trust's response to the visitor levy consultation.",
         "Chief Executive", "Jan-26", "G", "",
         ["Chief Executive"], "2026-01", None, "green"),
        ("BT25/31", "4 Dec 2025", "7", "Report the results of the autumn 2025 membership recruitment campaign to Trustees.",
         "Director of Fundraising & Membership", "Feb-26", "G", "",
         ["Director of Fundraising & Membership"], "2026-02", None, "green"),
    ]
    expected = []
    for no, mtg, item, text, owner, due, rag, upd, leads, end, end_text, status in rows:
        lines.append("\t".join([no, mtg, item, text, owner, due, rag, upd]))
        if no == "BT25/23":
            # the update wraps onto a continuation line in the export
            lines.append("\t" * 7 + "Independent assessor's report received 28 November.")
        expected.append(act(no, [], text, leads, end, status, end_text))
    lines += ["", "Closed actions are removed from the log after they have been reported to one meeting."]
    with open(path(name), "w", encoding="utf-8", newline="") as fh:
        fh.write("\r\n".join(lines) + "\r\n")
    write_expected(name, {
        "source": ("Imitates a charity board's rolling action log (Board of Trustees of the National Trust for Scotland; "
                   "NTS publishes AGM papers and Board minutes at nts.org.uk), saved from the Board papers as "
                   "tab-separated text. Copies: three title lines and a RAG key line, header row, action numbers "
                   "BT25/nn with meeting date and agenda item, owners as posts (titles containing '&', two posts "
                   "separated by ';'), due dates as Mmm-yy with one original/revised pair and one 'Next meeting', an "
                   "update that wraps onto a continuation line holding only the Update column, and a closing note."),
        "reads": ("A flat rolling action log of ten Board actions with no headings. Each row gives the action, owner, "
                  "due month and RAG (G/A/R or Complete); BT25/09's due cell gives the revised month Sep-25, BT25/26 is "
                  "due at the next meeting (no month), and the indented line after BT25/23 continues its update, not a "
                  "new action."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


if __name__ == "__main__":
    for fn in (fsa, wyca, greencore, kings, bakewell, nym, nts):
        n, k = fn()
        print("%-100s %d actions" % (n, k))
