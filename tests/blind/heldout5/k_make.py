"""Generate the k-* blind test workbooks and their .expected.yaml files.

Run with: /work/main/.venv/bin/python /work/blind/heldout5/k_make.py
Each workbook is built from one table of rows that carries both what the
sheet shows and what a person reads from it, so the two cannot drift apart.
"""
import datetime as dt
import json
import os

import yaml
from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.styles.colors import Color
from openpyxl.utils import get_column_letter

OUT = os.path.dirname(os.path.abspath(__file__))

D = dt.date
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTRE = Alignment(horizontal="center", vertical="center", wrap_text=True)


def fill(rgb):
    rgb = "FF" + rgb  # opaque ARGB, as Excel itself writes fills
    return PatternFill("solid", start_color=rgb, end_color=rgb)


def theme_fill(theme, tint=0.0):
    c = Color(theme=theme, tint=tint)
    return PatternFill(patternType="solid", fgColor=c, bgColor=Color(indexed=64))


RED, AMBER, GREEN, BLUE = fill("FF0000"), fill("FFC000"), fill("00B050"), fill("0070C0")
BAND = fill("1F3864")
BAND2 = fill("D9E1F2")
HEAD = fill("BDD7EE")
GREY = fill("D9D9D9")


def month(d):
    return f"{d.year:04d}-{d.month:02d}"


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


def q(s):
    return json.dumps(s, ensure_ascii=False)


def write_yaml(name, meta, actions):
    lines = []
    for key in ("source", "reads"):
        lines.append(f"{key}: >-")
        words = meta[key].split()
        cur = "  "
        for w in words:
            if len(cur) + len(w) + 1 > 98 and cur.strip():
                lines.append(cur.rstrip())
                cur = "  "
            cur += w + " "
        lines.append(cur.rstrip())
    lines.append(f"outcome: {meta['outcome']}")
    lines.append(f"accept_refusal: {'true' if meta.get('accept_refusal') else 'false'}")
    if "refuse_at" in meta:
        lines.append(f"refuse_at: {meta['refuse_at']}")
    if meta.get("title"):
        lines.append(f"title: {q(meta['title'])}")
    if meta["outcome"] == "read":
        lines.append("actions:")
        for a in actions:
            lines.append(f"  - ref: {q(a['ref']) if a['ref'] is not None else 'null'}")
            lines.append("    under: [" + ", ".join(q(u) for u in a["under"]) + "]")
            lines.append(f"    action: {q(a['action'])}")
            lines.append("    lead: [" + ", ".join(q(x) for x in a["lead"]) + "]")
            lines.append(f"    end: {q(a['end']) if a['end'] else 'null'}")
            if "end_text" in a:
                lines.append(f"    end_text: {q(a['end_text'])}")
            lines.append(f"    status: {a['status']}")
    text = "\n".join(lines) + "\n"
    path = os.path.join(OUT, name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    back = yaml.safe_load(open(path, encoding="utf-8"))
    if meta["outcome"] == "read":
        assert back["actions"] == actions, name
        assert len(actions) >= 10, (name, len(actions))
    assert back["outcome"] == meta["outcome"]


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def cell(ws, r, c, v, f=None, font=None, align=WRAP, border=True, fmt=None):
    x = ws.cell(row=r, column=c, value=v)
    if f is not None:
        x.fill = f
    if font is not None:
        x.font = font
    if align is not None:
        x.alignment = align
    if border:
        x.border = BOX
    if fmt:
        x.number_format = fmt
    return x


WHITE_B = Font(bold=True, color="FFFFFF")
BOLD = Font(bold=True)


# ---------------------------------------------------------------------------
# 1. SEND Written Statement of Action tracker
# ---------------------------------------------------------------------------
def send_wsoa():
    name = "k-send-wsoa-tracker.xlsx"
    title = "Brackenshire Local Area SEND Written Statement of Action – Progress Tracker"
    wb = Workbook()
    ws = wb.active
    ws.title = "WSoA tracker"
    widths(ws, [7, 58, 26, 24, 11, 13, 40, 52, 8, 30, 3, 6, 34])
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=16, color="1F3864")
    ws["A2"] = "Position at 31 January 2024 – for the SEND Improvement Board, 8 February 2024"
    ws["A2"].font = Font(italic=True)
    ws["A3"] = "Joint Ofsted/CQC revisit due: autumn 2024"
    # RAG key block, to the side
    ws["L1"] = "RAG key"
    ws["L1"].font = BOLD
    key = [(BLUE, "Complete – evidence of impact agreed by Board"), (GREEN, "On track"),
           (AMBER, "Some slippage – recovery action in hand"), (RED, "Off track – escalate to Board")]
    for i, (f, t) in enumerate(key, start=2):
        cell(ws, i, 12, None, f)
        cell(ws, i, 13, t, border=False, align=None)

    # two-row header, rows 5-6
    hdr = {1: "Ref", 2: "Action", 7: "Success measure / impact", 8: "Progress update (January 2024)",
           9: "RAG", 10: "Evidence location (internal)"}
    for c, t in hdr.items():
        cell(ws, 5, c, t, HEAD, BOLD, CENTRE)
        cell(ws, 6, c, None, HEAD)
        ws.merge_cells(start_row=5, start_column=c, end_row=6, end_column=c)
    cell(ws, 5, 3, "Accountability", HEAD, BOLD, CENTRE)
    cell(ws, 5, 4, None, HEAD)
    ws.merge_cells("C5:D5")
    cell(ws, 6, 3, "Lead officer", HEAD, BOLD, CENTRE)
    cell(ws, 6, 4, "Supporting partner(s)", HEAD, BOLD, CENTRE)
    cell(ws, 5, 5, "Timescale", HEAD, BOLD, CENTRE)
    cell(ws, 5, 6, None, HEAD)
    ws.merge_cells("E5:F5")
    cell(ws, 6, 5, "Start", HEAD, BOLD, CENTRE)
    cell(ws, 6, 6, "Completion date", HEAD, BOLD, CENTRE)
    ws.freeze_panes = "C7"
    ws.column_dimensions["J"].hidden = True

    W1 = "Area of weakness 1: The variable quality of EHC plans and the timeliness of annual reviews"
    W2 = "Area of weakness 2: Weak joint commissioning and the lack of a shared understanding of need across education, health and care"
    W3 = "Area of weakness 3: Inconsistent identification and support for children and young people with SEND who are not on EHC plans"
    W4 = "Area of weakness 4: Poor communication with parents and carers and their lack of confidence in the local area"
    ST = {"b": BLUE, "g": GREEN, "a": AMBER, "r": RED, "u": None}
    SN = {"b": "blue", "g": "green", "a": "amber", "r": "red", "u": "unrated"}
    rows = [
        ("band", W1),
        ("1.1", "Refresh the EHC plan quality assurance framework so that every plan is audited against the agreed quality standard:\n- monthly multi-agency audit of a sample of 20 plans\n- written feedback to each plan writer\n- themes reported to the Quality Assurance Group",
         ("Head of SEND", ["Head of SEND"]), "Designated Clinical Officer", D(2023, 6, 1), (D(2023, 10, 31), "2023-10", None),
         "85% of audited plans judged good or better", "Framework agreed at Board in October.\nThree audit cycles completed; 62% good or better in December.", "b", "SharePoint > WSoA > AoW1 > QA"),
        ("1.2", "Recruit four additional EHC co-ordinators and one senior co-ordinator to reduce caseloads to no more than 150 per worker",
         ("Head of SEND", ["Head of SEND"]), "HR Business Partner", D(2023, 7, 1), (D(2023, 12, 31), "2023-12", None),
         "Average caseload at or below 150", "All posts filled; two starters in January.", "g", ""),
        ("1.3", "Introduce a tracking system for annual reviews so that amendments are issued within four weeks of the review meeting",
         ("SEND Systems Lead", ["SEND Systems Lead"]), "Schools and settings", D(2023, 9, 1), (D(2024, 3, 31), "2024-03", None),
         "90% of amended plans issued within statutory timescale", "Dashboard built; backlog of 312 reviews being cleared.\nSlippage due to system upgrade in November.", "a", ""),
        ("1.4", "Train all health professionals who contribute advice to EHC needs assessments on writing outcome-focused advice",
         ("DCO / Head of SEND", ["DCO", "Head of SEND"]), "ICB workforce team", D(2023, 10, 1), ("Summer term 2024", "2024-07", "Summer term 2024"),
         "Audit shows health advice is specific and outcome-focused", "Two of six sessions delivered.", "g", ""),
        ("1.5", "Publish an EHC plan writing guide for schools, parents and professionals, co-produced with the Parent Carer Forum",
         ("SEND Strategic Lead", ["SEND Strategic Lead"]), "Parent Carer Forum", D(2024, 1, 8), (D(2024, 5, 31), "2024-05", None),
         "Guide published; positive feedback from parents", "", "u", ""),
        ("band", W2),
        ("2.1", "Agree a joint commissioning strategy for SEND across the council and the Integrated Care Board",
         ("Director of Commissioning (ICB) & Assistant Director Education", ["Director of Commissioning (ICB)", "Assistant Director Education"]), "Public Health", D(2023, 6, 1), (D(2023, 12, 31), "2023-12", None),
         "Strategy signed off by both organisations", "Strategy approved by Cabinet 12 December and ICB Board 14 December.", "b", ""),
        ("2.2", "Complete a joint strategic needs assessment chapter on children and young people with SEND",
         ("Public Health Consultant", ["Public Health Consultant"]), "Business Intelligence", D(2023, 7, 1), (D(2024, 2, 29), "2024-02", None),
         "JSNA chapter published and used in commissioning decisions", "Draft chapter with analysts; data from health partners late.", "r", ""),
        ("2.3", "Reduce waiting times for the neurodevelopmental (ASD/ADHD) assessment pathway",
         ("ICB Head of Children's Commissioning", ["ICB Head of Children's Commissioning"]), "Community paediatrics; CAMHS", D(2023, 6, 1), ("Ongoing", None, "Ongoing"),
         "Median wait below 52 weeks by March 2025", "Additional capacity commissioned from independent provider.\nMedian wait now 71 weeks (was 84).", "a", ""),
        ("2.4", "Establish a joint resourcing panel with a single decision-making process for education, health and care funding",
         ("Head of SEND; DCO", ["Head of SEND", "DCO"]), "Social care", D(2023, 9, 1), (D(2024, 4, 30), "2024-04", None),
         "Panel terms of reference agreed; decisions made within 2 weeks", "Terms of reference drafted.", "g", ""),
        ("band", W3),
        ("3.1", "Relaunch the graduated approach (SEN support) toolkit for early years settings, schools and colleges",
         ("Principal Educational Psychologist", ["Principal Educational Psychologist"]), "Inclusion team", D(2023, 9, 1), (D(2024, 1, 31), "2024-01", None),
         "Toolkit used by 90% of schools", "Launched at headteacher conference; 71% of schools accessed.", "g", ""),
        ("3.2", "Set up termly SENCo network meetings in each of the four localities",
         ("Inclusion Manager", ["Inclusion Manager"]), "", D(2023, 9, 1), ("Termly", None, "Termly"),
         "Attendance by at least 80% of SENCos", "Autumn networks held in all localities.", "g", ""),
        ("3.3", "Commission an outreach service from special schools to support mainstream schools with pupils at risk of exclusion",
         ("AB & CK", ["AB", "CK"]), "Special school headteachers", D(2023, 11, 1), (D(2024, 6, 30), "2024-06", None),
         "Reduction in suspensions of pupils on SEN support", "Procurement paused pending budget decision.", "r", ""),
        ("band", W4),
        ("4.1", "Redesign the Local Offer website with parents and young people, including a search by need and age",
         ("Local Offer Officer", ["Local Offer Officer"]), "Parent Carer Forum; Youth Forum", D(2023, 6, 1), (D(2024, 3, 31), "2024-03", None),
         "Local Offer usage up 50%; satisfaction survey above 70%", "New site in testing with parent reviewers.", "g", ""),
        ("4.2", "Publish a 'You said, we did' update every half-term",
         ("SEND Communications Officer", ["SEND Communications Officer"]), "", D(2023, 9, 1), ("Half-termly", None, "Half-termly"),
         "Updates published on time", "Three editions published.", "b", ""),
        ("4.3", "Introduce a single named contact for every family going through an EHC needs assessment",
         ("Head of SEND", ["Head of SEND"]), "", D(2024, 2, 1), (D(2024, 9, 30), "2024-09", None),
         "Parents report knowing who to contact (survey)", "", "u", ""),
    ]
    r = 7
    actions = []
    under = None
    for row in rows:
        if row[0] == "band":
            under = row[1]
            cell(ws, r, 1, row[1], BAND, WHITE_B, Alignment(vertical="center", wrap_text=True))
            for c in range(2, 10):
                cell(ws, r, c, None, BAND)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            ws.row_dimensions[r].height = 30
            r += 1
            continue
        ref, text, (lead_disp, lead), partner, start, (end_disp, end, end_text), measure, upd, st, ev = row
        cell(ws, r, 1, ref)
        cell(ws, r, 2, text)
        cell(ws, r, 3, lead_disp)
        cell(ws, r, 4, partner or None)
        cell(ws, r, 5, start, fmt="dd/mm/yyyy")
        if isinstance(end_disp, dt.date):
            cell(ws, r, 6, end_disp, fmt="mmm-yy")
        else:
            cell(ws, r, 6, end_disp)
        cell(ws, r, 7, measure)
        cell(ws, r, 8, upd or None)
        cell(ws, r, 9, None, ST[st])
        cell(ws, r, 10, ev or None)
        actions.append(act(ref, [under], text, lead, end, SN[st], end_text))
        r += 1
    ws.auto_filter.ref = f"A6:I{r - 1}"

    vc = wb.create_sheet("Version control")
    widths(vc, [10, 14, 22, 60])
    for c, t in enumerate(["Version", "Date", "Author", "Changes"], 1):
        cell(vc, 1, c, t, HEAD, BOLD)
    for i, v in enumerate([("0.1", D(2023, 5, 12), "SEND Strategic Lead", "First draft for DfE/NHSE"),
                           ("1.0", D(2023, 6, 1), "SEND Strategic Lead", "Approved WSoA"),
                           ("1.4", D(2024, 1, 31), "SEND Programme Officer", "January update; 1.4 timescale changed to summer term")], 2):
        for c, val in enumerate(v, 1):
            cell(vc, i, c, val, fmt="dd/mm/yyyy" if c == 2 else None)
    wb.save(os.path.join(OUT, name))
    write_yaml(name, {
        "source": "Imitates a local area SEND Written Statement of Action progress tracker kept in Excel for a SEND Improvement Board after a joint Ofsted/CQC local area inspection (as published by many partnerships, 2018-2023, as board papers). Copied: title and position date above the table, RAG key block to the side, two-row header with merged 'Accountability' and 'Timescale' groups, merged full-width 'Area of weakness' bands, frozen header and ref/action columns, hidden internal evidence column, RAG shown only as cell fill colour, dates as real Excel dates (mmm-yy) mixed with text (Ongoing, Termly, Half-termly, Summer term 2024), a Version control sheet.",
        "reads": "A WSoA tracker of 15 actions under four areas of weakness, each area a dark band across the table. The RAG column has no words, only fill colours that the side key explains (blue complete, green on track, amber slippage, red off track); two actions have no fill and are not started. The second sheet is version control, not actions.",
        "outcome": "read", "title": title}, actions)


# ---------------------------------------------------------------------------
# 2. Internal audit recommendations tracker
# ---------------------------------------------------------------------------
def audit_tracker():
    name = "k-audit-recs-tracker.xlsx"
    title = "Internal Audit – Implementation of Agreed Actions Tracker"
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker Nov 24"
    widths(ws, [9, 10, 44, 48, 26, 13, 15, 10, 50, 7, 12])
    ws["A1"] = "Westbury District Council"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=15)
    ws["A3"] = "Audit & Governance Committee, 21 November 2024 – outstanding High and Medium priority actions"
    # key above the table, on the right
    ws["F1"] = "RAG key:"
    ws["F1"].font = BOLD
    ws["F1"].alignment = Alignment(horizontal="right")
    for c, (t, f) in enumerate([("R", RED), ("A", AMBER), ("G", GREEN), ("B", BLUE)], start=7):
        cell(ws, 1, c, t, f, BOLD, CENTRE)
    ws["F2"] = "R overdue / no progress; A at risk of slipping; G on track; B implemented and verified by Internal Audit"
    ws["F2"].font = Font(italic=True, size=9)

    hdr = ["Ref", "Priority", "Recommendation", "Agreed management action", "Responsible officer",
           "Original target date", "Revised target date", "% complete", "Management update", "RAG", "IA verified"]
    for c, t in enumerate(hdr, 1):
        cell(ws, 5, c, t, HEAD, BOLD, CENTRE)
    ws.freeze_panes = "A6"
    ws.column_dimensions["K"].hidden = True
    PF = {"High": fill("F4B084"), "Medium": fill("FFE699"), "Low": fill("C6E0B4")}
    RF = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}
    RN = {"R": "red", "A": "amber", "G": "green", "B": "blue"}
    groups = [
        ("Payroll 2023/24 – Limited assurance (final report 12/02/2024)", [
            ("PAY-01", "High", "Starters and leavers forms should be authorised by the budget holder before any change is processed.",
             "Payroll will reject any unauthorised form. A monthly exception report of changes without authorisation will be sent to the Head of HR & OD.",
             ("Payroll Manager", ["Payroll Manager"]), D(2024, 4, 30), None, ("2024-04", None), 1.0, "Control in place from April.\nIA sample of 25 changes in July: all authorised.", "B", "Y"),
            ("PAY-02", "High", "Overpayments should be identified, recorded and recovered promptly.",
             "Introduce an overpayments register and recovery procedure; report recovery position quarterly to the s151 officer.",
             ("Head of HR & OD", ["Head of HR & OD"]), D(2024, 6, 30), D(2024, 12, 31), ("2024-12", None), 0.5, "Register in place.\nProcedure delayed by restructure of the HR service.", "A", "N"),
            ("PAY-03", "Medium", "Access to the payroll system should be reviewed regularly.",
             "Six-monthly access review by Payroll Manager with ICT; leavers removed within five working days.",
             ("Payroll Manager / ICT Service Desk Manager", ["Payroll Manager", "ICT Service Desk Manager"]), D(2024, 5, 31), None, ("2024-05", None), 1.0, "First review completed May 2024; 14 accounts removed.", "B", "Y"),
        ]),
        ("Procurement and Contract Management 2023/24 – Limited assurance", [
            ("PCM-01", "High", "A complete contracts register should be maintained and published as required by the Transparency Code.",
             "Consolidate departmental registers into one register held by Procurement; publish quarterly.",
             ("Smith, Karen", ["Smith, Karen"]), D(2024, 3, 31), "Q4 2024/25", ("2025-03", "Q4 2024/25"), 0.4, "Register 60% populated. Waiting on returns from three services.", "A", "N"),
            ("PCM-02", "High", "Waivers of Contract Procedure Rules should be approved in line with the scheme of delegation.",
             "Waiver form revised to require s151 officer and Monitoring Officer sign-off above £25k; waivers log reported to this Committee.",
             ("Head of Legal Services", ["Head of Legal Services"]), D(2024, 4, 30), D(2024, 9, 30), ("2024-09", None), 0.2, "Revised form drafted but not yet in use.\nTwo waivers in Q2 approved by one officer only.", "R", "N"),
            ("PCM-03", "Medium", "Contract managers should hold documented performance meetings with key suppliers.",
             "Contract management toolkit and training for all contract managers of contracts over £100k.",
             ("Procurement Manager", ["Procurement Manager"]), D(2024, 9, 30), None, ("2024-09", None), 0.8, "Toolkit issued; 18 of 22 contract managers trained.", "G", "N"),
            ("PCM-04", "Medium", "Contract variations should be recorded and approved.",
             "Add variations to the contracts register with approval evidence.",
             ("Smith, Karen", ["Smith, Karen"]), D(2024, 9, 30), "31/03/2025", ("2025-03", None), 0.1, "Will follow completion of PCM-01.", "A", "N"),
        ]),
        ("Cyber Security 2024/25 – Reasonable assurance", [
            ("CYB-01", "High", "Multi-factor authentication should be enforced for all remote access.",
             "Enforce MFA for all staff and members accessing council systems remotely.",
             ("ICT Security Lead", ["ICT Security Lead"]), D(2024, 10, 31), None, ("2024-10", None), 0.9, "MFA enforced for staff. 6 members still to enrol.", "G", "N"),
            ("CYB-02", "Medium", "Staff should complete mandatory cyber awareness training annually.",
             "Make cyber e-learning mandatory with monthly compliance reports to Corporate Management Team.",
             ("ICT Security Lead / Data Protection Officer", ["ICT Security Lead", "Data Protection Officer"]), D(2024, 12, 31), None, ("2024-12", None), 0.6, "Completion 74% (target 95%).", "G", "N"),
            ("CYB-03", "Medium", "The ICT disaster recovery plan should be tested.",
             "Carry out a full disaster recovery test of priority systems and report lessons learned.",
             ("Head of ICT", ["Head of ICT"]), D(2024, 11, 30), D(2025, 2, 28), ("2025-02", None), 0.0, "Test postponed to avoid council tax billing period.", "A", "N"),
        ]),
        ("Housing Rents 2023/24 – Limited assurance", [
            ("HR-01", "High", "Rent arrears cases should be progressed in line with the arrears policy.",
             "Weekly arrears case review by team leaders; cases not actioned within policy timescales escalated to the Income Manager.",
             ("Income Manager", ["Income Manager"]), D(2024, 2, 29), D(2024, 7, 31), ("2024-07", None), 0.3, "New housing system went live in September; arrears reports still not available.\nManual workaround in place.", "R", "N"),
            ("HR-02", "Medium", "Rent reconciliations between the housing system and the general ledger should be completed monthly.",
             "Monthly reconciliation prepared by Finance and reviewed by the Income Manager.",
             ("Principal Accountant; Income Manager", ["Principal Accountant", "Income Manager"]), D(2024, 3, 31), None, ("2024-03", None), 1.0, "Reconciliations completed April–September.", "B", "Y"),
            ("HR-03", "Medium", "Former tenant arrears should be reviewed for write-off in line with Financial Regulations.",
             "Review of former tenant arrears over 6 years old and write-off report to the s151 officer.",
             ("Income Manager", ["Income Manager"]), D(2024, 6, 30), "Q3 2024/25", ("2024-12", "Q3 2024/25"), 0.5, "Review of cases under £500 complete.", "G", "N"),
        ]),
    ]
    r = 6
    actions = []
    count = {"R": 0, "A": 0, "G": 0, "B": 0}
    for band, items in groups:
        cell(ws, r, 1, band, BAND2, BOLD, Alignment(vertical="center"))
        for c in range(2, 11):
            cell(ws, r, c, None, BAND2)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        for (ref, pr, rec, text, (ld, lead), orig, rev, (end, end_text), pct, upd, rag, ver) in items:
            cell(ws, r, 1, ref)
            cell(ws, r, 2, pr, PF[pr], align=CENTRE)
            cell(ws, r, 3, rec)
            cell(ws, r, 4, text)
            cell(ws, r, 5, ld)
            cell(ws, r, 6, orig, fmt="dd/mm/yyyy")
            if isinstance(rev, dt.date):
                cell(ws, r, 7, rev, fmt="dd/mm/yyyy")
            else:
                cell(ws, r, 7, rev)
            cell(ws, r, 8, pct, fmt="0%", align=CENTRE)
            cell(ws, r, 9, upd)
            cell(ws, r, 10, rag, RF[rag], BOLD, CENTRE)
            cell(ws, r, 11, ver)
            count[rag] += 1
            actions.append(act(ref, [band, rec], text, lead, end, RN[rag], end_text))
            r += 1
    # totals block
    r += 1
    cell(ws, r, 9, "Summary of actions by RAG", GREY, BOLD)
    cell(ws, r, 10, "No.", GREY, BOLD, CENTRE)
    for k, lab in [("R", "Red – overdue"), ("A", "Amber – at risk"), ("G", "Green – on track"), ("B", "Blue – implemented")]:
        r += 1
        cell(ws, r, 9, lab, RF[k])
        cell(ws, r, 10, count[k], align=CENTRE)
    r += 1
    cell(ws, r, 9, "Total", GREY, BOLD)
    cell(ws, r, 10, sum(count.values()), GREY, BOLD, CENTRE)

    d = wb.create_sheet("Definitions")
    widths(d, [18, 80])
    for i, (a, b) in enumerate([("Priority", "Meaning"),
                                ("High", "Fundamental control weakness; action within 3 months"),
                                ("Medium", "Significant weakness; action within 6 months"),
                                ("Low", "Good practice; not tracked by this Committee"),
                                ("Assurance", ""),
                                ("Substantial", "Sound system of control"),
                                ("Reasonable", "Minor weaknesses"),
                                ("Limited", "Significant weaknesses; risk of objectives not being met")], 1):
        cell(d, i, 1, a, HEAD if i in (1, 5) else None, BOLD if i in (1, 5) else None)
        cell(d, i, 2, b or None, HEAD if i in (1, 5) else None)
    wb.save(os.path.join(OUT, name))
    write_yaml(name, {
        "source": "Imitates a district council internal audit recommendations tracker presented to an Audit & Governance Committee (the kind Reading, Bromsgrove and Central Bedfordshire publish as an appendix: recommendation, agreed action, responsible officer, original and revised target dates, % complete, RAG). Copied: council and committee lines above the title, RAG letter key in the top-right, one audit per merged band row with its assurance level, Priority column coloured High/Medium (not a status), original target dates as real dates with revised dates as real dates, text dates and quarters, hidden 'IA verified' column, a RAG summary/totals block below the table, and a Definitions sheet.",
        "reads": "Thirteen agreed management actions grouped under four audits; each row gives the auditor's recommendation and the management action that answers it. Status is the RAG letter (B = implemented); where a revised target date is given it replaces the original. The Priority colours, the totals block and the Definitions sheet are not actions or statuses.",
        "outcome": "read", "title": title}, actions)


# ---------------------------------------------------------------------------
# 3. Monthly highlight report (with Completed actions sheet)
# ---------------------------------------------------------------------------
def highlight():
    name = "k-monthly-highlight.xlsx"
    title = "Children's Services Improvement Programme – Monthly Highlight Report"
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight Oct-24"
    widths(ws, [7, 22, 52, 26, 12, 10, 10, 55])
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=16)
    info = [("Reporting period", "October 2024"), ("Senior Responsible Owner", "Director of Children's Services"),
            ("Prepared by", "Transformation PMO"), ("Overall programme RAG", "Amber")]
    for i, (a, b) in enumerate(info, start=3):
        cell(ws, i, 1, a, GREY, BOLD)
        ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=2)
        cell(ws, i, 3, b, AMBER if b == "Amber" else None, BOLD if b == "Amber" else None)
    ws["E3"] = "RAG key:  R = off track  |  A = at risk  |  G = on track  |  B = complete"
    ws["E3"].font = Font(italic=True)
    cell(ws, 8, 1, "1. Key achievements this month", BAND, WHITE_B)
    ws.merge_cells("A8:H8")
    cell(ws, 9, 1, "• Practice standards relaunched at all-staff event (240 attended)\n• Agency social worker numbers down from 41 to 33\n• New MASH threshold document agreed by the Safeguarding Partnership", align=WRAP)
    ws.merge_cells("A9:H9")
    ws.row_dimensions[9].height = 48
    cell(ws, 11, 1, "2. Milestone tracker", BAND, WHITE_B)
    ws.merge_cells("A11:H11")
    hdr = ["Ref", "Workstream", "Milestone / action", "Owner", "Due", "Previous RAG", "Current RAG", "Commentary / path to green"]
    for c, t in enumerate(hdr, 1):
        cell(ws, 12, c, t, HEAD, BOLD, CENTRE)
    ws.freeze_panes = "A13"
    RF = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE, "": None}
    RN = {"R": "red", "A": "amber", "G": "green", "B": "blue", "": "unrated"}
    live = [
        ("Workforce", [
            ("W1", "Launch a national recruitment campaign for experienced social workers", ("Head of Workforce Development", ["Head of Workforce Development"]), ("Nov-24", "2024-11", None), "G", "G", "Campaign agency appointed; launch 4 November."),
            ("W2", "Reduce agency social workers to below 20% of the workforce", ("Head of Workforce Development / HR Business Partner", ["Head of Workforce Development", "HR Business Partner"]), (D(2025, 3, 31), "2025-03", None), "A", "A", "Now 24% (was 29%).\nPath to green: convert 6 agency staff to permanent by January."),
            ("W3", "Introduce a caseload management tool and weekly caseload reporting", ("PMO Lead", ["PMO Lead"]), ("31/12/2024", "2024-12", None), "G", "A", "Report built but data quality issues with unallocated work.\nFix due in November release."),
        ]),
        ("Practice and quality", [
            ("P1", "Roll out the revised practice standards and audit framework to all teams", ("Principal Social Worker", ["Principal Social Worker"]), ("Ongoing", None, "Ongoing"), "G", "G", "Relaunched 10 October."),
            ("P2", "Complete monthly moderated case audits with grades reported to the Improvement Board", ("Head of Quality Assurance", ["Head of Quality Assurance"]), ("Monthly", None, "Monthly"), "A", "G", "September audits: 58% requires improvement or better (target 60%)."),
            ("P3", "Deliver supervision training to all team managers", ("Principal Social Worker", ["Principal Social Worker"]), (D(2024, 12, 31), "2024-12", None), "R", "A", "Trainer sourced; 2 of 4 cohorts booked."),
            ("P4", "Review all children subject to child protection plans for more than 18 months", ("Service Manager (CIN/CP)", ["Service Manager (CIN/CP)"]), ("Nov-24", "2024-11", None), "A", "R", "47 of 63 reviewed.\nCapacity issue in the south team; escalated to the Board for decision (see section 4)."),
        ]),
        ("Front door", [
            ("F1", "Implement the new MASH threshold document and train partner agencies", ("Head of MASH", ["Head of MASH"]), ("Jan-25", "2025-01", None), "G", "G", "Document agreed by Safeguarding Partnership; training plan with partners."),
            ("F2", "Reduce re-referrals within 12 months to the statistical neighbour average", ("Head of MASH", ["Head of MASH"]), ("Q4 2024/25", "2025-03", "Q4 2024/25"), "", "", "Baseline being agreed with performance team; not yet started."),
        ]),
        ("Corporate parenting", [
            ("C1", "Refresh the sufficiency strategy and open two in-house children's homes", ("Head of Corporate Parenting & Assistant Director Commissioning", ["Head of Corporate Parenting", "Assistant Director Commissioning"]), (D(2025, 9, 30), "2025-09", None), "A", "A", "First home registration submitted to Ofsted.\nSecond property purchase delayed."),
            ("C2", "Ensure every care leaver has an up-to-date pathway plan", ("Leaving Care Team Manager", ["Leaving Care Team Manager"]), (D(2024, 10, 31), "2024-10", None), "A", "B", "100% of eligible young people have a pathway plan (audit 25/10)."),
        ]),
    ]
    r = 13
    actions = []
    for ws_name, items in live:
        first = True
        for ref, text, (ld, lead), (due, end, end_text), prev, cur, comm in items:
            cell(ws, r, 1, ref)
            cell(ws, r, 2, ws_name if first else None, font=BOLD if first else None)
            cell(ws, r, 3, text)
            cell(ws, r, 4, ld)
            if isinstance(due, dt.date):
                cell(ws, r, 5, due, fmt="dd/mm/yyyy")
            else:
                cell(ws, r, 5, due)
            cell(ws, r, 6, prev or None, RF[prev], align=CENTRE)
            cell(ws, r, 7, cur or None, RF[cur], BOLD, CENTRE)
            cell(ws, r, 8, comm)
            actions.append(act(ref, [ws_name], text, lead, end, RN[cur], end_text))
            first = False
            r += 1
    r += 1
    cell(ws, r, 1, "3. Key risks and issues", BAND, WHITE_B)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    r += 1
    for c, t in enumerate(["ID", "Type", "Description", "Owner", "Rating", "", "", "Mitigation"], 1):
        cell(ws, r, c, t or None, HEAD, BOLD, CENTRE)
    for rid, typ, desc, own, rating, mit in [
        ("RK1", "Risk", "Loss of experienced team managers in the south locality", "Head of Workforce Development", "High", "Retention payments agreed; exit interviews reviewed monthly"),
        ("RK2", "Issue", "Liquidlogic reporting fault affecting caseload data", "PMO Lead", "Medium", "Supplier fix scheduled in November release"),
        ("RK3", "Risk", "Budget pressure on placements may delay in-house homes", "Assistant Director Commissioning", "High", "Capital bid to Cabinet in December")]:
        r += 1
        cell(ws, r, 1, rid)
        cell(ws, r, 2, typ)
        cell(ws, r, 3, desc)
        cell(ws, r, 4, own)
        cell(ws, r, 5, rating, RED if rating == "High" else AMBER)
        cell(ws, r, 8, mit)
    r += 2
    cell(ws, r, 1, "4. Decisions required from the Improvement Board", BAND, WHITE_B)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    r += 1
    cell(ws, r, 1, "1) Agree temporary additional team manager capacity in the south team to complete the P4 review.\n2) Note the revised date for the second children's home.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    ws.row_dimensions[r].height = 34

    cs = wb.create_sheet("Completed actions")
    widths(cs, [7, 22, 55, 28, 12, 14, 12, 40])
    cs["A1"] = "Completed actions – retained for audit trail (moved from the milestone tracker once the Board agrees completion)"
    cs["A1"].font = BOLD
    for c, t in enumerate(["Ref", "Workstream", "Milestone / action", "Owner", "Due", "Date completed", "Status", "Evidence"], 1):
        cell(cs, 3, c, t, HEAD, BOLD, CENTRE)
    done = [
        ("W0", "Workforce", "Agree a market supplement for social workers in hard-to-fill teams", ("Head of Workforce Development", ["Head of Workforce Development"]), ("Jul-24", "2024-07"), D(2024, 7, 18), "Approved at Employment Committee"),
        ("P0", "Practice and quality", "Appoint a permanent Principal Social Worker", ("Assistant Director Safeguarding", ["Assistant Director Safeguarding"]), (D(2024, 6, 30), "2024-06"), D(2024, 8, 5), "Started 5 August"),
        ("F0", "Front door", "Co-locate police and health staff in the MASH", ("Head of MASH", ["Head of MASH"]), (D(2024, 9, 30), "2024-09"), D(2024, 9, 2), "Co-location from 2 September"),
        ("G1", "Governance", "Establish the Improvement Board with an independent chair and agreed terms of reference", ("Chief Executive", ["Chief Executive"]), ("Jun-24", "2024-06"), D(2024, 6, 12), "ToR on Board SharePoint"),
    ]
    for i, (ref, wsn, text, (ld, lead), (due, end), comp, ev) in enumerate(done, start=4):
        cell(cs, i, 1, ref)
        cell(cs, i, 2, wsn)
        cell(cs, i, 3, text)
        cell(cs, i, 4, ld)
        if isinstance(due, dt.date):
            cell(cs, i, 5, due, fmt="dd/mm/yyyy")
        else:
            cell(cs, i, 5, due)
        cell(cs, i, 6, comp, fmt="dd/mm/yyyy")
        cell(cs, i, 7, "Complete", BLUE, Font(bold=True, color="FFFFFF"), CENTRE)
        cell(cs, i, 8, ev)
        actions.append(act(ref, [wsn], text, lead, end, "blue"))
    wb.save(os.path.join(OUT, name))
    write_yaml(name, {
        "source": "Imitates a monthly programme highlight report kept in Excel by a children's services improvement PMO for its Improvement Board (the common PRINCE2-style highlight: header block with period, SRO and overall RAG, achievements, milestone tracker with previous/current RAG and path to green, risks and issues, decisions). Copied: key-value header block, one-line RAG key, numbered section bands, workstream written only on the first row of its group, Due as a mix of text months (Nov-24), real dates, text dates and words (Ongoing, Monthly, Q4 2024/25), Previous and Current RAG columns, a risks table and decisions block below the milestones, and a 'Completed actions' second sheet.",
        "reads": "The milestone tracker on the first sheet holds eleven live actions in four workstreams (the workstream is carried down from the first row of each group); the status is the Current RAG, not the Previous. The risks table and decisions are not actions. The 'Completed actions' sheet adds four actions marked Complete, read after the first sheet's.",
        "outcome": "read", "title": title}, actions)


# ---------------------------------------------------------------------------
# 4. ILACS improvement plan in Excel (theme-tinted fills, key redefines green)
# ---------------------------------------------------------------------------
def ilacs():
    name = "k-ilacs-improvement-plan.xlsx"
    title = "Eastmoor Children's Services – ILACS Improvement Plan 2024–26"
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    widths(ws, [24, 34, 7, 50, 22, 20, 11, 18, 32, 26, 44, 9])
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=16, color="1F497D")
    ws["A2"] = "Our response to the Ofsted inspection of local authority children's services (ILACS), 4–15 March 2024. Version 3.2, September 2024."
    # key above the table: theme-coloured fills, no blue; green means completed
    G_T, A_T, R_T = theme_fill(6, 0.3999755851924192), theme_fill(9, 0.3999755851924192), theme_fill(5, 0.0)
    cell(ws, 3, 3, "Key", font=BOLD, border=False, align=None)
    for c, (f, t) in enumerate([(G_T, "Completed"), (A_T, "In progress"), (R_T, "Overdue / at risk"), (None, "Not yet started")], start=4):
        cell(ws, 3, c, t, f, BOLD, CENTRE)
    # two-row header rows 5-6
    single = {1: "Priority", 2: "Ofsted recommendation", 3: "Ref", 4: "Action", 9: "Impact measure", 10: "Evidence (link)", 11: "Update (September 2024)", 12: "Status"}
    for c, t in single.items():
        cell(ws, 5, c, t, HEAD, BOLD, CENTRE)
        cell(ws, 6, c, None, HEAD)
        ws.merge_cells(start_row=5, start_column=c, end_row=6, end_column=c)
    for c1, c2, t, a, b in [(5, 6, "Responsibility", "Lead", "Support"), (7, 8, "Timescale", "Start", "Target")]:
        cell(ws, 5, c1, t, HEAD, BOLD, CENTRE)
        cell(ws, 5, c2, None, HEAD)
        ws.merge_cells(start_row=5, start_column=c1, end_row=5, end_column=c2)
        cell(ws, 6, c1, a, HEAD, BOLD, CENTRE)
        cell(ws, 6, c2, b, HEAD, BOLD, CENTRE)
    ws.freeze_panes = "D7"
    ws.column_dimensions["J"].hidden = True
    STF = {"c": G_T, "p": A_T, "o": R_T, "n": None}
    STN = {"c": "blue", "p": "amber", "o": "red", "n": "unrated"}
    P1 = "Priority 1: Help and protection at the front door"
    P2 = "Priority 2: Children in care and care leavers"
    P3 = "Priority 3: Leadership, management and workforce"
    R1 = "The timeliness and quality of strategy discussions, including the involvement of health and education"
    R2 = "The consistency of management oversight and supervision of social workers in the assessment teams"
    R3 = "The quality and timeliness of pathway plans for care leavers and the range of suitable accommodation"
    R4 = "Placement sufficiency, including for children with complex needs, so that fewer children live far from home"
    R5 = "The use of performance information and quality assurance to understand the impact of practice on children"
    R6 = "Stability of the social work workforce and manageable caseloads"
    data = [
        (P1, [
            (R1, [
                ("1.1", "Revise the strategy discussion protocol with police, health and education, setting a target of a strategy discussion within one working day of the decision", ("Head of MASH", ["Head of MASH"]), "Police DI; Named Nurse", D(2024, 4, 1), (D(2024, 7, 31), "2024-07", None), "c"),
                ("1.2", "Introduce a weekly multi-agency audit of a sample of strategy discussions", ("Head of Quality Assurance", ["Head of Quality Assurance"]), "Safeguarding Partnership", D(2024, 5, 1), ("Ongoing", None, "Ongoing"), "p"),
                ("1.3", "Provide a dedicated education safeguarding officer in the MASH", ("Head of Education Safeguarding", ["Head of Education Safeguarding"]), "", D(2024, 6, 1), ("Q3 2024/25", "2024-12", "Q3 2024/25"), "o"),
            ]),
            (R2, [
                ("1.4", "Set and monitor a supervision standard of at least four-weekly supervision recorded on the child's file", ("Service Manager – Assessment / Principal Social Worker", ["Service Manager – Assessment", "Principal Social Worker"]), "", D(2024, 4, 1), ("June 2024", "2024-06", None), "c"),
                ("1.5", "Deliver reflective supervision training to all assessment team managers and assistant team managers", ("Principal Social Worker", ["Principal Social Worker"]), "Workforce Academy", D(2024, 6, 1), ("Sept 2024 – March 2025", "2025-03", "Sept 2024 – March 2025"), "p"),
                ("1.6", "Add management oversight compliance to the monthly performance scorecard", ("Performance Manager", ["Performance Manager"]), "", D(2024, 5, 1), (D(2024, 9, 30), "2024-09", None), "c"),
            ]),
        ]),
        (P2, [
            (R3, [
                ("2.1", "Audit all pathway plans for 18–21 year olds and update those not reviewed in the last six months", ("Leaving Care Service Manager", ["Leaving Care Service Manager"]), "Personal advisers", D(2024, 4, 1), ("December 2024", "2024-12", None), "p"),
                ("2.2", "Co-produce a new pathway plan template with the Care Leavers' Forum", ("Participation Lead", ["Participation Lead"]), "Care Leavers' Forum", D(2024, 7, 1), ("Q4 2024/25", "2025-03", "Q4 2024/25"), "n"),
                ("2.3", "Commission 20 additional supported accommodation places for care leavers, including staying close", ("Head of Commissioning", ["Head of Commissioning"]), "Housing Options", D(2024, 4, 1), (D(2025, 3, 31), "2025-03", None), "o"),
            ]),
            (R4, [
                ("2.4", "Refresh the sufficiency strategy and publish an annual sufficiency statement", ("Head of Commissioning", ["Head of Commissioning"]), "", D(2024, 4, 1), ("July 2024", "2024-07", None), "c"),
                ("2.5", "Open two small in-house children's homes for children with complex needs", ("Assistant Director, Children in Care", ["Assistant Director, Children in Care"]), "Property Services", D(2024, 4, 1), ("2025/26", "2026-03", "2025/26"), "p"),
                ("2.6", "Launch a foster carer recruitment campaign with an enhanced fee for carers of teenagers", ("Fostering Service Manager", ["Fostering Service Manager"]), "Communications", D(2024, 6, 1), (D(2024, 11, 30), "2024-11", None), "p"),
            ]),
        ]),
        (P3, [
            (R5, [
                ("3.1", "Develop a single performance scorecard reviewed monthly by the Director and Lead Member", ("Performance Manager", ["Performance Manager"]), "Business Intelligence", D(2024, 4, 1), ("May 2024", "2024-05", None), "c"),
                ("3.2", "Strengthen the quality assurance framework so that audit findings are followed up and learning is shared:\n• moderation of all 'good' grades\n• practice learning bulletins every quarter\n• follow-up of actions within 20 days", ("Head of Quality Assurance", ["Head of Quality Assurance"]), "", D(2024, 5, 1), ("Q2 2024/25", "2024-09", "Q2 2024/25"), "o"),
            ]),
            (R6, [
                ("3.3", "Implement the workforce strategy, including a market supplement and career progression scheme", ("Head of Workforce Development", ["Head of Workforce Development"]), "HR", D(2024, 4, 1), (D(2024, 10, 31), "2024-10", None), "p"),
                ("3.4", "Reduce average caseloads in assessment teams to 18 children per social worker", ("Assistant Director, Safeguarding", ["Assistant Director, Safeguarding"]), "", D(2024, 4, 1), ("March 2025", "2025-03", None), "p"),
                ("3.5", "Start a social work apprenticeship programme with the local university", ("Head of Workforce Development", ["Head of Workforce Development"]), "University of Eastmoor", D(2024, 9, 1), ("Sept 2025", "2025-09", None), "n"),
            ]),
        ]),
    ]
    updates = ["Protocol signed off 24 July.", "Weekly audits since May; findings to QA Board.", "Recruitment failed twice.\nInterim cover from schools' team being explored.",
               "Compliance 88% in August.", "Cohort 1 complete; cohort 2 starts November.", "Live on scorecard from September.",
               "74 of 112 plans updated.", "", "12 places commissioned; tender for remaining 8 failed.",
               "Statement published July.", "Home 1 registered; home 2 in planning.", "Campaign live; 19 enquiries.",
               "In use since May.", "Moderation in place.\nBulletins not yet started; follow-up compliance 41%.",
               "Supplement paid from October.", "Average 21 (was 24).", ""]
    r = 7
    actions = []
    ui = 0
    for pri, recs in data:
        p_start = r
        for rec, items in recs:
            r_start = r
            for ref, text, (ld, lead), sup, start, (tgt, end, end_text), st in items:
                for c in range(1, 13):
                    cell(ws, r, c, None)
                cell(ws, r, 3, ref)
                cell(ws, r, 4, text)
                cell(ws, r, 5, ld)
                cell(ws, r, 6, sup or None)
                cell(ws, r, 7, start, fmt="mmm-yy")
                if isinstance(tgt, dt.date):
                    cell(ws, r, 8, tgt, fmt="dd/mm/yyyy")
                else:
                    cell(ws, r, 8, tgt)
                cell(ws, r, 9, "See scorecard measure " + ref)
                cell(ws, r, 10, f"https://eastmoor.sharepoint.example/ilacs/evidence/{ref}")
                cell(ws, r, 11, updates[ui] or None)
                ui += 1
                cell(ws, r, 12, None, STF[st])
                actions.append(act(ref, [pri, rec], text, lead, end, STN[st], end_text))
                r += 1
            ws.cell(row=r_start, column=2, value=rec)
            ws.merge_cells(start_row=r_start, start_column=2, end_row=r - 1, end_column=2)
        ws.cell(row=p_start, column=1, value=pri).font = BOLD
        ws.cell(row=p_start, column=1).fill = BAND2
        ws.merge_cells(start_row=p_start, start_column=1, end_row=r - 1, end_column=1)
    ws["L5"].comment = Comment("Status colour as per key in row 3. No colour = not yet started.", "PMO")

    vc = wb.create_sheet("Version control")
    widths(vc, [9, 12, 26, 70])
    for c, t in enumerate(["Version", "Date", "Owner", "Summary of change"], 1):
        cell(vc, 1, c, t, HEAD, BOLD)
    for i, v in enumerate([("1.0", D(2024, 5, 20), "DCS", "Plan submitted to Ofsted"),
                           ("2.0", D(2024, 7, 15), "Improvement PMO", "RAG added; 2.5 target moved to 2025/26"),
                           ("3.2", D(2024, 9, 30), "Improvement PMO", "September update for Improvement Board")], 2):
        for c, val in enumerate(v, 1):
            cell(vc, i, c, val, fmt="dd/mm/yyyy" if c == 2 else None)
    wb.save(os.path.join(OUT, name))
    write_yaml(name, {
        "source": "Imitates a children's services ILACS improvement plan kept in Excel after a 'requires improvement'/'inadequate' Ofsted ILACS judgement (the layout of many plans sent to Ofsted within 70 working days: priority, Ofsted recommendation, action, lead, timescale, impact measure, progress, RAG). Copied: title and version line, a colour key above the table, two-row header with merged Responsibility and Timescale groups, priorities and recommendations as tall vertically merged cells down the left, frozen panes, hidden evidence-link column, status as fill colour only using theme colours with tint (light green, light orange, red), targets as real dates mixed with text months, quarters, a financial year and a month range, and a Version control sheet.",
        "reads": "Seventeen actions under three priorities, each priority split into Ofsted recommendations (both merged down the rows they cover). The key above the table redefines the colours: green means Completed (read as complete/blue), orange/amber In progress, red Overdue/at risk, and no colour Not yet started. The version-control sheet has no actions.",
        "outcome": "read", "title": title}, actions)


# ---------------------------------------------------------------------------
# 5. CQC adult social care assessment action plan
# ---------------------------------------------------------------------------
def cqc():
    name = "k-cqc-asc-action-plan.xlsx"
    title = "Northfold County Council Adult Social Care – CQC Assessment Improvement Action Plan"
    wb = Workbook()
    ws = wb.active
    ws.title = "Action plan"
    widths(ws, [7, 40, 50, 30, 14, 34, 48, 11, 11, 3, 16, 7])
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=15)
    ws["A2"] = "CQC assessment report published 14 June 2024 – overall rating: Requires Improvement. Update for Adult Social Care Improvement Board, 10 October 2024."
    # summary/totals strip above the table
    cell(ws, 3, 2, "Summary (current RAG)", GREY, BOLD)
    cell(ws, 4, 2, "Number of actions", GREY, BOLD)
    hdr = ["Ref", "What CQC told us (area for improvement)", "What we will do", "Lead", "Delivery date",
           "How we will know (measure of success)", "Progress update", "Previous RAG", "Current RAG"]
    for c, t in enumerate(hdr, 1):
        cell(ws, 6, c, t, fill("203864"), WHITE_B, CENTRE)
    ws.freeze_panes = "A7"
    RF = {"Red": RED, "Amber": AMBER, "Green": GREEN, "Complete": BLUE, "Not started": GREY}
    RN = {"Red": "red", "Amber": "amber", "Green": "green", "Complete": "blue", "Not started": "unrated"}
    QS1 = "Quality statement: Assessing needs (Theme 1 – Working with people)"
    QS4 = "Quality statement: Care provision, integration and continuity (Theme 2 – Providing support)"
    QS6 = "Quality statement: Safe systems, pathways and transitions (Theme 3 – Ensuring safety)"
    QS7 = "Quality statement: Safeguarding (Theme 3 – Ensuring safety)"
    QS8 = "Quality statement: Governance, management and sustainability (Theme 4 – Leadership)"
    A1 = "People waited too long for a Care Act assessment, and there was no consistent oversight of risk for people on the waiting list"
    A2 = "Unpaid carers told us they found it hard to get a carer's assessment and did not always receive a copy of their support plan"
    A3 = "There was limited availability of home care in rural areas and of nursing care for people with dementia"
    A4 = "Transitions from children's to adults' services were not always planned early enough"
    A5 = "Hospital discharge arrangements were not consistent across the two acute trusts"
    A6 = "Safeguarding enquiries were not always completed in a timely way and people's outcomes were not always recorded"
    A7 = "The local authority did not have a full understanding of performance and of people's experience through its data"
    rows = [
        ("qs", QS1),
        ("1.1", A1, "Introduce a waiting list risk triage tool and a 'waiting well' contact every four weeks for everyone awaiting assessment", ("Assistant Director – Operations", ["Assistant Director – Operations"]), (D(2024, 9, 30), "2024-09", None), "All people waiting have a recorded risk rating and contact within 28 days", "Tool in use in all locality teams since August.\nAudit in September found 93% compliance.", "Green", "Complete"),
        ("1.2", A1, "Reduce the number of people waiting more than 28 days for a Care Act assessment by half", ("Assistant Director – Operations", ["Assistant Director – Operations"]), ("Mar-25", "2025-03", None), "Number waiting over 28 days (baseline 612)", "Now 438 waiting over 28 days.\nAgency assessment team extended to December.", "Amber", "Amber"),
        ("1.3", A2, "Launch a carer's assessment online self-assessment with the Carers' Centre", ("Carers Lead (Commissioning)", ["Carers Lead (Commissioning)"]), (D(2024, 12, 31), "2024-12", None), "Number of carers' assessments up 30%", "Online form in user testing with carers.", "Green", "Green"),
        ("1.4", A2, "Send every carer a copy of their support plan and record this on the case management system", ("AM / LT", ["AM", "LT"]), ("Nov-24", "2024-11", None), "Case audit: 95% of carers received their plan", "", "Not started", "Not started"),
        ("qs", QS4),
        ("2.1", A3, "Commission a rural home care framework with zoned contracts and enhanced rates for hard-to-reach areas", ("Head of Commissioning (Adults)", ["Head of Commissioning (Adults)"]), (D(2025, 4, 30), "2025-04", None), "Unmet home care hours below 500 per week", "Tender published September; evaluation in December.", "Green", "Green"),
        ("2.2", A3, "Develop a market position statement and work with providers to increase dementia nursing beds", ("Head of Commissioning (Adults)", ["Head of Commissioning (Adults)"]), ("Ongoing", None, "Ongoing"), "Dementia nursing vacancy rate", "Provider engagement events held in July and September.", "Amber", "Amber"),
        ("2.3", A4, "Set up a Preparing for Adulthood panel reviewing every young person from age 14 with likely eligible needs", ("Jones, Priya", ["Jones, Priya"]), (D(2024, 10, 31), "2024-10", None), "All young people known to the panel by 16", "Panel meets monthly from October; terms of reference agreed with children's services.", "Amber", "Green"),
        ("qs", QS6),
        ("3.1", A5, "Agree one discharge to assess model across both acute trusts with the ICB", ("Director of Adult Social Care / ICB Director of Integration", ["Director of Adult Social Care", "ICB Director of Integration"]), ("Jan-25", "2025-01", None), "Delayed discharges per 100,000 population", "Model agreed in principle; funding from Better Care Fund not yet confirmed.\nEscalated to Health and Wellbeing Board.", "Amber", "Red"),
        ("3.2", A5, "Place social workers in the integrated discharge hubs at both hospitals seven days a week", ("Head of Hospital Social Work", ["Head of Hospital Social Work"]), (D(2024, 8, 31), "2024-08", None), "Weekend discharges increase", "Seven-day rota in place since 1 August.", "Green", "Complete"),
        ("qs", QS7),
        ("4.1", A6, "Set a 10-day target for starting section 42 enquiries and report compliance monthly", ("Head of Safeguarding Adults", ["Head of Safeguarding Adults"]), (D(2024, 9, 30), "2024-09", None), "90% of enquiries started in 10 days", "Compliance 72% in September (was 55%).", "Red", "Amber"),
        ("4.2", A6, "Introduce Making Safeguarding Personal outcome recording in every closed enquiry", ("Principal Social Worker", ["Principal Social Worker"]), ("Dec-24", "2024-12", None), "Outcomes recorded in 90% of closed enquiries", "Form changed; training for practitioners in November.", "Green", "Green"),
        ("4.3", A6, "Clear the backlog of 140 safeguarding concerns awaiting triage", ("Head of Safeguarding Adults", ["Head of Safeguarding Adults"]), (D(2024, 7, 31), "2024-07", None), "No concern waits more than 2 working days", "Backlog cleared 26 July.", "Green", "Complete"),
        ("qs", QS8),
        ("5.1", A7, "Build a Power BI performance dashboard combining activity, waiting times and people's feedback", ("Head of Performance and Intelligence", ["Head of Performance and Intelligence"]), ("Quarterly", None, "Quarterly"), "Dashboard used at every Improvement Board", "Version 1 live; feedback data to be added.", "Green", "Green"),
        ("5.2", A7, "Carry out an annual survey of people drawing on care and support and report results with an action plan to Scrutiny", ("Customer Insight Manager", ["Customer Insight Manager"]), ("Mar-25", "2025-03", None), "Survey response rate above 30%", "", "Not started", "Not started"),
        ("5.3", A7, "Hold quarterly practice weeks where senior leaders observe front-line practice and meet people who use services", ("Director of Adult Social Care", ["Director of Adult Social Care"]), ("Quarterly", None, "Quarterly"), "Learning from practice weeks shared", "First practice week held September.", "Green", "Green"),
    ]
    r = 7
    actions = []
    qs = None
    prev_afi, afi_start = None, None
    count = {}

    def close_afi(end_row):
        if prev_afi is not None and end_row > afi_start:
            ws.merge_cells(start_row=afi_start, start_column=2, end_row=end_row, end_column=2)

    for row in rows:
        if row[0] == "qs":
            close_afi(r - 1)
            prev_afi = None
            qs = row[1]
            cell(ws, r, 1, qs, fill("B4C6E7"), BOLD, Alignment(vertical="center"))
            for c in range(2, 10):
                cell(ws, r, c, None, fill("B4C6E7"))
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            r += 1
            continue
        ref, afi, text, (ld, lead), (dd, end, end_text), meas, upd, prev, cur = row
        for c in range(1, 10):
            cell(ws, r, c, None)
        if afi != prev_afi:
            close_afi(r - 1)
            prev_afi, afi_start = afi, r
            ws.cell(row=r, column=2, value=afi)
        cell(ws, r, 1, ref)
        cell(ws, r, 3, text)
        cell(ws, r, 4, ld)
        if isinstance(dd, dt.date):
            cell(ws, r, 5, dd, fmt="mmmm yyyy")
        else:
            cell(ws, r, 5, dd)
        cell(ws, r, 6, meas)
        cell(ws, r, 7, upd or None)
        cell(ws, r, 8, prev, RF[prev], align=CENTRE)
        cell(ws, r, 9, cur, RF[cur], BOLD, CENTRE)
        count[cur] = count.get(cur, 0) + 1
        actions.append(act(ref, [qs, afi], text, lead, end, RN[cur], end_text))
        r += 1
    close_afi(r - 1)
    for i, k in enumerate(["Complete", "Green", "Amber", "Red", "Not started"], start=3):
        cell(ws, 3, i, k, RF[k], BOLD, CENTRE)
        cell(ws, 4, i, count.get(k, 0), align=CENTRE)
    cell(ws, 3, 8, "Total", GREY, BOLD, CENTRE)
    cell(ws, 4, 8, sum(count.values()), GREY, BOLD, CENTRE)

    g = wb.create_sheet("Glossary")
    widths(g, [12, 70])
    for i, (a, b) in enumerate([("Term", "Meaning"), ("AFI", "Area for improvement identified in the CQC report"),
                                ("BCF", "Better Care Fund"), ("MSP", "Making Safeguarding Personal"),
                                ("PfA", "Preparing for Adulthood"), ("s42", "Section 42 Care Act 2014 safeguarding enquiry")], 1):
        cell(g, i, 1, a, HEAD if i == 1 else None, BOLD if i == 1 else None)
        cell(g, i, 2, b, HEAD if i == 1 else None)
    wb.save(os.path.join(OUT, name))
    write_yaml(name, {
        "source": "Imitates a council's action plan responding to its CQC local authority (adult social care) assessment, 2024, organised by the CQC quality statements within the four themes (Working with people, Providing support, Ensuring safety, Leadership), with 'What CQC told us / What we will do' columns as many councils publish. Copied: title and report line, a RAG summary/totals strip between the title and the table, dark single-row frozen header, quality-statement bands across the table, the area for improvement merged down the rows of its actions, delivery dates as real dates shown 'mmmm yyyy' mixed with text months (Mar-25) and words (Ongoing, Quarterly), Previous and Current RAG words with fills, a Glossary sheet.",
        "reads": "Fifteen actions in five quality statement sections; each action answers the CQC area for improvement merged beside it. The status is the Current RAG word (Complete = done, Not started = unrated). The summary strip above the table and the Glossary sheet are not actions.",
        "outcome": "read", "title": title}, actions)


# ---------------------------------------------------------------------------
# 6. Smartsheet "improvement board" export (refuse: impossible day-first date)
# ---------------------------------------------------------------------------
def smartsheet():
    name = "k-improvement-board-smartsheet.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Board Tracker"
    hdr = ["Task Name", "Assigned To", "Board RAG", "Start Date", "End Date", "% Complete", "Latest Update", "Modified", "Modified By"]
    widths(ws, [62, 30, 11, 12, 12, 11, 55, 17, 30])
    for c, t in enumerate(hdr, 1):
        x = ws.cell(row=1, column=c, value=t)
        x.font = BOLD
        x.fill = GREY
    ws.freeze_panes = "B2"
    rows = [
        ("P", "Workstream 1: Leadership and governance"),
        ("C", "Recruit a permanent Director of Children's Services", "chief.executive@northvale.gov.uk", "Green", D(2024, 9, 2), "31/01/25", 0.9, "Preferred candidate identified; pre-employment checks under way."),
        ("C", "Agree improvement board terms of reference and membership", "pmo@northvale.gov.uk", "Blue", D(2024, 9, 2), "30/09/24", 1.0, "Agreed at first Board meeting."),
        ("C", "Quarterly Lead Member and scrutiny deep-dive on practice quality", "scrutiny.officer@northvale.gov.uk", "Green", D(2024, 10, 1), "31/03/25", 0.5, "Deep dive on CP planning held in December."),
        ("C", "Publish a refreshed self-evaluation (SEF) ahead of the annual engagement meeting", "hos.qa@northvale.gov.uk", "Yellow", D(2024, 11, 1), "28/02/25", 0.3, "Data pack delayed by system migration."),
        ("P", "Workstream 2: Front door and early help"),
        ("C", "Consolidate the early help hub and MASH into one Front Door", "head.mash@northvale.gov.uk", "Yellow", D(2024, 10, 1), "31/03/25", 0.4, "Consultation with staff closes 14 February."),
        ("C", "Agree a revised threshold document with the safeguarding partnership", "head.mash@northvale.gov.uk", "Blue", D(2024, 9, 16), "30/11/24", 1.0, "Signed off by partnership executive."),
        ("C", "Daily multi-agency triage meeting with police and health", "head.mash@northvale.gov.uk", "Green", D(2024, 11, 4), "31/12/24", 0.8, "Running daily since 4 November; health attendance 85%."),
        ("C", "Early help assessment training for schools' designated safeguarding leads", "eh.manager@northvale.gov.uk", "Green", D(2025, 1, 6), "30/04/25", 0.2, ""),
        ("P", "Workstream 3: Children in need and child protection"),
        ("C", "Audit every child protection plan open for more than 15 months", "sm.cincp@northvale.gov.uk", "Red", D(2024, 10, 1), "31/12/24", 0.6, "38 of 64 audited. Audit capacity diverted to Front Door."),
        ("C", "Introduce a threshold for legal planning meetings and a tracker for PLO", "legal.lead@northvale.gov.uk; sm.cincp@northvale.gov.uk", "Yellow", D(2024, 11, 1), "31/03/25", 0.3, "PLO tracker built; first review of cases in pre-proceedings due."),
        ("C", "Reduce average caseloads in CIN/CP teams to 20", "ad.safeguarding@northvale.gov.uk", "Yellow", D(2024, 9, 2), "11/13/25", 0.3, "Average 23 (was 26). Two newly qualified cohorts start in the spring."),
        ("C", "Rollout of signs of safety refresher training", "psw@northvale.gov.uk", "Green", D(2025, 1, 13), "30/06/25", 0.1, ""),
        ("P", "Workstream 4: Children in care and care leavers"),
        ("C", "Increase the proportion of children in care with an up-to-date health assessment to 95%", "hos.cic@northvale.gov.uk", "Yellow", D(2024, 9, 2), "31/03/25", 0.5, "Currently 83%; delays in initial health assessments from out-of-area placements."),
        ("C", "Open a staying close service for care leavers", "hos.leavingcare@northvale.gov.uk", "Red", D(2024, 10, 1), "30/06/25", 0.1, "Grant bid unsuccessful; alternative funding being sought."),
        ("C", "Quarterly Corporate Parenting Board with the Children in Care Council", "hos.cic@northvale.gov.uk", "Green", D(2024, 9, 2), "Quarterly", 0.5, "December meeting chaired by young people."),
        ("C", "Refresh the placement sufficiency strategy", "commissioning@northvale.gov.uk", "", D(2025, 2, 3), "30/09/25", 0.0, ""),
    ]
    r = 2
    refuse_row = None
    for row in rows:
        if row[0] == "P":
            x = ws.cell(row=r, column=1, value=row[1])
            x.font = BOLD
            ws.cell(row=r, column=4, value=D(2024, 9, 2)).number_format = "dd/mm/yy"
            ws.cell(row=r, column=8, value=dt.datetime(2025, 1, 17, 9, 12)).number_format = "dd/mm/yy hh:mm"
            ws.cell(row=r, column=9, value="pmo@northvale.gov.uk")
        else:
            _, task, who, rag, start, end, pct, upd = row
            x = ws.cell(row=r, column=1, value=task)
            x.alignment = Alignment(indent=1, wrap_text=True, vertical="top")
            ws.cell(row=r, column=2, value=who)
            ws.cell(row=r, column=3, value=rag or None)
            ws.cell(row=r, column=4, value=start).number_format = "dd/mm/yy"
            ws.cell(row=r, column=5, value=end)
            ws.cell(row=r, column=6, value=pct).number_format = "0%"
            ws.cell(row=r, column=7, value=upd or None).alignment = WRAP
            ws.cell(row=r, column=8, value=dt.datetime(2025, 1, 17, 8, 40 + (r % 15))).number_format = "dd/mm/yy hh:mm"
            ws.cell(row=r, column=9, value="pmo@northvale.gov.uk")
            if end == "11/13/25":
                refuse_row = r
        r += 1
    # Smartsheet puts the sheet's summary on a separate tab when exported
    s = wb.create_sheet("Sheet Summary")
    for i, (a, b) in enumerate([("Programme", "Northvale Children's Services Improvement"), ("Board chair", "Independent chair (DfE-appointed)"),
                                ("Export date", "17/01/2025"), ("Overall RAG", "Yellow")], 1):
        s.cell(row=i, column=1, value=a).font = BOLD
        s.cell(row=i, column=2, value=b)
    widths(s, [16, 48])
    wb.save(os.path.join(OUT, name))
    assert refuse_row == 15, refuse_row
    write_yaml(name, {
        "source": "Imitates an Excel export of a Smartsheet tracker used by a children's services Improvement Board (DfE-appointed chair) after an inadequate judgement: Smartsheet exports put column names in row 1 with no title, show the row hierarchy as bold parent rows with indented child tasks, keep the RYG ball column as the words Red/Yellow/Green/Blue, list owners as email addresses, and add Modified / Modified By system columns and a 'Sheet Summary' tab. End Date here is a text column written day-first (dd/mm/yy).",
        "reads": "Sixteen tasks under four workstream parent rows. Every End Date is day-first (31/01/25, 28/02/25, 30/04/25...), but the caseload task on sheet row 15 reads 11/13/25, which cannot be a day-first date: it could be 13 November 2025 written the American way or a slip for 11/12/25 or 13/11/25, so its end month is unknowable from the sheet. A careful person would stop there and ask the owner.",
        "outcome": "refuse", "refuse_at": refuse_row}, [])


if __name__ == "__main__":
    send_wsoa()
    audit_tracker()
    highlight()
    ilacs()
    cqc()
    smartsheet()
    print("ok")
