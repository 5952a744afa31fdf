"""Build the seven qk- blind cases (data files and their .expected.yaml readings).

Run with /work/main/.venv/bin/python qk_make.py (openpyxl, python-docx, pyyaml).
Only files starting with qk- are written.
"""
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE = "FFFF0000", "FFFFC000", "FF00B050", "FF0070C0"
thin = Side(style="thin", color="FF808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def D(y, m, d):
    return dt.datetime(y, m, d)


def write_expected(name, source, reads, outcome, title, actions=None,
                   accept_refusal=False, refuse_at=None):
    doc = {"source": source, "reads": reads, "outcome": outcome,
           "accept_refusal": accept_refusal}
    if refuse_at is not None:
        doc["refuse_at"] = refuse_at
    if title is not None:
        doc["title"] = title
    if actions is not None:
        out = []
        for a in actions:
            e = {"ref": a["ref"], "under": a["under"], "action": a["action"],
                 "lead": a["lead"], "end": a["end"]}
            if a.get("end_text") is not None:
                e["end_text"] = a["end_text"]
            e["status"] = a["status"]
            out.append(e)
        doc["actions"] = out
    with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=100000)


# ---------------------------------------------------------------------------
# 1. BCP Council - internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
def make_bcp():
    name = "qk-bcp-council-internal-audit-recommendations-tracker.xlsx"
    title = "BCP Council – Internal Audit Recommendations Tracker"
    RAGF = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}
    STAT = {"R": "red", "A": "amber", "G": "green", "B": "blue"}
    # (kind, ...) rows in document order
    plan = [
        ("dir", "Operations Directorate"),
        ("aud", "Fleet Fuel Card Controls (2024/25) – Limited Assurance"),
        ("act", "FFC.1", "High",
         "Reconcile monthly fuel card statements to vehicle telematics mileage data and investigate all variances above 10%.",
         "Head of Fleet Services", ["Head of Fleet Services"],
         D(2025, 3, 31), D(2025, 10, 31), 1, "A", "2025-10",
         "Telematics data feed now live for 84% of fleet. Reconciliation template agreed; first full month to be reported to Fleet Board in October."),
        ("act", "FFC.3", "Medium",
         "Cancel cards allocated to vehicles that have been disposed of and introduce a quarterly card-to-vehicle register check.",
         "Fleet Compliance Manager", ["Fleet Compliance Manager"],
         D(2025, 6, 30), None, 0, "B", "2025-06",
         "17 cards cancelled. Q1 register check completed and evidenced to Internal Audit – awaiting verification."),
        ("aud", "Parking Cash Collection (2024/25) – Reasonable Assurance"),
        ("act", "PCC.2", "Medium",
         "Introduce dual-custody for the opening of pay and display machine cash boxes, with signed collection sheets retained for audit.",
         "Head of Parking Services", ["Head of Parking Services"],
         D(2025, 9, 30), None, 0, "G", "2025-09",
         "Procedure issued August 2025; contractor collection crews briefed. Spot checks scheduled for October."),
        ("dir", "Resources Directorate"),
        ("aud", "Accounts Payable – Duplicate Payments (2024/25) – Limited Assurance"),
        ("act", "AP.1", "High",
         "Configure the duplicate invoice check in the finance system to flag invoices with matching supplier, amount and date within 30 days, and review the exception report weekly.",
         "Head of Financial Operations / Systems Accountant",
         ["Head of Financial Operations", "Systems Accountant"],
         D(2025, 5, 31), "Q4 2025/26", 2, "R", "2026-03",
         "Dependent on the finance system upgrade, which has slipped. Interim manual check of payments over £5,000 in place."),
        ("act", "AP.4", "Medium",
         "Refresh the supplier bank detail change procedure to require independent call-back verification, and deliver a briefing to all Accounts Payable staff.",
         "Accounts Payable Team Leader", ["Accounts Payable Team Leader"],
         D(2025, 7, 31), D(2025, 12, 31), 1, "G", "2025-12",
         "Revised procedure drafted and with Head of Financial Operations for sign-off. Staff briefing booked for November."),
        ("aud", "Cyber Security – Privileged Access (2025/26) – Limited Assurance"),
        ("act", "CS.1", "High",
         "Complete a review of all domain administrator accounts, removing those no longer required, and implement quarterly recertification by service owners.",
         "ICT Security Manager", ["ICT Security Manager"],
         D(2025, 9, 30), None, 0, "A", "2025-09",
         "Review 70% complete; 41 accounts removed. Recertification process to go to Digital Board for approval."),
        ("act", "CS.2", "High",
         "Implement multi-factor authentication for all privileged accounts, including:\n- third-party support accounts\n- service accounts with interactive logon",
         "Head of ICT Operations; ICT Security Manager",
         ["Head of ICT Operations", "ICT Security Manager"],
         D(2025, 12, 31), None, 0, "G", "2025-12",
         "MFA enforced for internal admin accounts. Supplier accounts to follow once remote access gateway is replaced."),
        ("dir", "Wellbeing Directorate"),
        ("aud", "Direct Payments (2024/25) – Limited Assurance"),
        ("act", "DP.2", "High",
         "Carry out financial monitoring of all direct payment accounts at least annually and recover unspent balances above the agreed 8-week contingency.",
         "Head of Adult Social Care Finance & Charging",
         ["Head of Adult Social Care Finance & Charging"],
         D(2025, 3, 31), D(2025, 9, 30), 1, "R", "2025-09",
         "Backlog of 212 account reviews; 96 completed. Additional finance officer recruited from October. Revised date will be missed – new date to be agreed with Chief Internal Auditor."),
    ]

    wb = Workbook()
    # --- Summary sheet
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Audit & Governance Committee – 27 November 2025"
    ws["A3"] = "Position as at 30 September 2025"
    hdr = ["Directorate", "High", "Medium", "Total outstanding", "of which past original target date"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = fill("FF1F3864")
        cell.border = BOX
    summ = [("Operations", 1, 2, 3, 1), ("Resources", 3, 1, 4, 2), ("Wellbeing", 1, 0, 1, 1)]
    r = 6
    for row in summ:
        for c, v in enumerate(row, 1):
            ws.cell(row=r, column=c, value=v).border = BOX
        r += 1
    ws.cell(row=r, column=1, value="Total").font = Font(bold=True)
    for c, col in ((2, "B"), (3, "C"), (4, "D"), (5, "E")):
        ws.cell(row=r, column=c, value=f"=SUM({col}6:{col}8)").font = Font(bold=True)
    ws.cell(row=r + 2, column=1,
            value="Note: recommendations verified as implemented are removed from the tracker after the next Committee meeting.")
    ws.column_dimensions["A"].width = 28
    for col in "BCDE":
        ws.column_dimensions[col].width = 16

    # --- Tracker sheet
    ws = wb.create_sheet("Outstanding Recommendations")
    ws["A1"] = "Outstanding High and Medium Priority Recommendations – position at 30 September 2025"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Target dates shown are those agreed with management in the final audit report. A revised date has been agreed with the Chief Internal Auditor where shown."
    heads = ["Rec No.", "Priority", "Agreed Management Action", "Responsible Officer",
             "Original Target Date", "Revised Target Date", "No. of Revisions", "RAG",
             "Management Update (September 2025)"]
    HR = 4
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=HR, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = fill("FF1F3864")
        cell.alignment = WRAP
        cell.border = BOX
    r = HR + 1
    actions = []
    cur_dir = cur_aud = None
    for item in plan:
        if item[0] == "dir":
            cur_dir = item[1]
            ws.cell(row=r, column=1, value=item[1]).font = Font(bold=True, color="FFFFFFFF")
            for c in range(1, 10):
                ws.cell(row=r, column=c).fill = fill("FF2E75B6")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        elif item[0] == "aud":
            cur_aud = item[1]
            ws.cell(row=r, column=1, value=item[1]).font = Font(bold=True, italic=True)
            for c in range(1, 10):
                ws.cell(row=r, column=c).fill = fill("FFDDEBF7")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        else:
            _, ref, prio, text, lead_txt, lead, orig, rev, nrev, rag, end, upd = item
            vals = [ref, prio, text, lead_txt, orig, rev, nrev, rag, upd]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=8).fill = fill(RAGF[rag])
            ws.cell(row=r, column=8).alignment = Alignment(horizontal="center", vertical="top")
            actions.append({"ref": ref, "under": [cur_dir, cur_aud], "action": text,
                            "lead": lead, "end": end, "status": STAT[rag]})
        r += 1
    widths = [9, 9, 60, 28, 13, 13, 10, 6, 55]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = ws.cell(row=HR + 1, column=1)

    # --- Key sheet
    ws = wb.create_sheet("Key")
    ws["A1"] = "Priority and RAG definitions"
    ws["A1"].font = Font(bold=True)
    key = [("High", "Fundamental weakness in control exposing the Council to significant risk."),
           ("Medium", "Weakness in control that should be addressed in a reasonable timescale."),
           ("R", "Target date passed and action not implemented, or no progress evidenced."),
           ("A", "In progress; revised target date agreed or at risk of slipping."),
           ("G", "In progress and on track to meet the target date."),
           ("B", "Implemented by management – awaiting verification by Internal Audit.")]
    for i, (k, v) in enumerate(key, 3):
        ws.cell(row=i, column=1, value=k)
        ws.cell(row=i, column=2, value=v)
        if k in RAGF:
            ws.cell(row=i, column=1).fill = fill(RAGF[k])
    ws.column_dimensions["B"].width = 80
    wb.save(os.path.join(HERE, name))

    write_expected(
        name,
        source=("Imitates a unitary council's internal audit recommendation tracker as appended to an Audit & "
                "Governance Committee report (BCP Council, Audit & Governance Committee, November 2025; "
                "democracy.bcpcouncil.gov.uk reports on the internal audit function). Copied features: summary "
                "sheet with totals by directorate (formulas), directorate banner rows and audit-title sub-rows "
                "merged across the sheet, priority column, original and revised target dates (one revised date "
                "written as a financial quarter), number of revisions, R/A/G/B letters with fill, a Key sheet, "
                "job titles as responsible officers including two posts in one cell."),
        reads=("A three-sheet workbook: a summary of outstanding recommendations by directorate, the tracker itself "
               "with eight agreed management actions grouped by directorate and then by audit report, and a key. "
               "Each action has an original target date and, for some, a revised one which is the date now due; "
               "the RAG letter in column H is the status."),
        outcome="read", title=title, actions=actions)


# ---------------------------------------------------------------------------
# 2. Rutland County Council - corporate strategy delivery plan Q2 (xlsx)
# ---------------------------------------------------------------------------
def make_rutland():
    name = "qk-rutland-county-council-corporate-strategy-delivery-plan-q2-2025-26.xlsx"
    title = "Rutland County Council – Corporate Strategy Delivery Plan 2025/26: Quarter 2 Monitoring"
    F = {"G": GREEN, "A": AMBER, "R": RED, "B": BLUE, None: None}
    STAT = {"G": "green", "A": "amber", "R": "red", "B": "blue", None: "unrated"}
    sheets = [
        ("P1 Climate", "Priority 1: Tackling the climate emergency", [
            ("CE1", "Publish the Council's annual carbon emissions report and refresh the Climate Change Action Plan",
             "Strategic Director of Places", "Cllr P. Browne", D(2025, 9, 1), "mmm-yy", "2025-09", None,
             "G", "B", "Report published 24 September 2025 and action plan refresh approved by Cabinet."),
            ("CE2", "Install solar PV and battery storage at Catmose and Oakham Enterprise Park",
             "Head of Property Services", "Cllr P. Browne", D(2026, 3, 1), "mmm-yy", "2026-03", None,
             "A", "R", "Grid connection offer from the DNO not expected until spring 2026; scheme cannot complete this year. Exception report to Cabinet in December."),
            ("CE3", "Introduce weekly food waste collections for all households",
             "Head of Environmental Services", "Cllr T. Smith", D(2026, 3, 31), "dd/mm/yyyy", "2026-03", None,
             "G", "A", "Vehicles ordered; caddy delivery contract delayed by supplier. Mitigation plan in place."),
        ]),
        ("P2 Economy", "Priority 2: Building a diverse and sustainable local economy", [
            ("EC1", "Deliver the Rural England Prosperity Fund grant programme for local businesses and community groups",
             "Economic Development Manager", "Cllr G. Waller", "Q4 2025/26", None, "2026-03", None,
             "G", "G", "38 grants awarded to date (£412k). Round 3 opens November."),
            ("EC2", "Submit the Rutland Local Plan for independent examination",
             "Head of Planning", "Cllr C. Wise", D(2025, 12, 1), "mmm-yy", "2025-12", None,
             "A", "A", "Regulation 19 consultation closed; responses being summarised. Submission now expected late December."),
            ("EC3", "Develop a Visitor Economy Action Plan with Discover Rutland and local attractions",
             "Economic Development Manager / Tourism Officer", "Cllr G. Waller", "Sept 2025 – March 2026", None, "2026-03", "Sept 2025 – March 2026",
             "G", "G", "Workshops held with 22 businesses. Draft plan to be shared in January."),
        ]),
        ("P3 Health & Wellbeing", "Priority 3: Supporting the health and wellbeing of our residents", [
            ("HW1", "Implement the adult social care improvement actions arising from the CQC local authority assessment",
             "Director of Adult Services", "Cllr D. Ellison", "Ongoing", None, None, "Ongoing",
             "G", "G", "Improvement board meets monthly; 14 of 19 actions complete."),
            ("HW2", "Open the Family Hub in Oakham and extend outreach sessions to Uppingham and Ketton",
             "Head of Early Help", "Cllr D. Ellison", D(2026, 1, 1), "mmm-yy", "2026-01", None,
             "A", "G", "Building works complete. Outreach timetable agreed with schools; launch event planned for January."),
            ("HW3", "Refresh the Joint Health and Wellbeing Strategy delivery plan with the ICB and Leicestershire partners",
             "Director of Public Health", "Cllr D. Ellison", D(2026, 3, 1), "mmm-yy", "2026-03", None,
             None, None, "Not due to start until Q3, following publication of the updated JSNA chapters."),
        ]),
        ("P4 Public Services", "Priority 4: Delivering good public services within our means", [
            ("PS1", "Launch the new customer contact platform and online self-service account for residents",
             "Head of Customer Services and Digital", "Cllr A. Johnson", D(2025, 11, 1), "mmm-yy", "2025-11", None,
             "G", "A", "Testing found integration issues with the waste system; go-live moved from October to November."),
            ("PS2", "Set a balanced budget for 2026/27 and update the Medium Term Financial Plan",
             "Strategic Director of Resources (S151 Officer)", "Cllr A. Johnson", D(2026, 2, 1), "mmm-yy", "2026-02", None,
             "G", "G", "Budget consultation launched 6 October. Gap of £1.2m being addressed through savings proposals."),
        ]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Read Me"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A3"] = "This workbook reports progress on the actions in the Corporate Strategy Delivery Plan for 2025/26. There is one sheet for each of the four priorities."
    ws["A4"] = "Report to Cabinet, 11 November 2025. Prepared by the Performance and Insight Team."
    ws["A6"] = "RAG key (Q1 and Q2 columns are shaded only)"
    ws["A6"].font = Font(bold=True)
    keyrows = [(GREEN, "On track"), (AMBER, "Some slippage or risk – being managed"),
               (RED, "Significant issue – will not be delivered as planned"), (BLUE, "Complete"),
               (None, "No shading – not yet started / not rated")]
    for i, (col, txt) in enumerate(keyrows, 7):
        if col:
            ws.cell(row=i, column=1).fill = fill(col)
        ws.cell(row=i, column=2, value=txt)
    ws.column_dimensions["A"].width = 12
    ws.column_dimensions["B"].width = 60

    heads = ["Ref", "Action", "Lead Officer", "Portfolio Holder", "Deliver by", "Q1", "Q2", "Q2 Commentary"]
    actions = []
    for sname, prio, rows in sheets:
        ws = wb.create_sheet(sname)
        ws["A1"] = prio
        ws["A1"].font = Font(bold=True, size=13, color="FF004B87")
        ws.merge_cells("A1:H1")
        for c, h in enumerate(heads, 1):
            cell = ws.cell(row=3, column=c, value=h)
            cell.font = Font(bold=True)
            cell.fill = fill("FFD9D9D9")
            cell.border = BOX
        r = 4
        for (ref, text, lead_txt, ph, due, fmt, end, end_text, q1, q2, comm) in rows:
            vals = [ref, text, lead_txt, ph, due, None, None, comm]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
            if fmt:
                ws.cell(row=r, column=5).number_format = fmt
            if F[q1]:
                ws.cell(row=r, column=6).fill = fill(F[q1])
            if F[q2]:
                ws.cell(row=r, column=7).fill = fill(F[q2])
            if "/" in lead_txt and "S151" not in lead_txt:
                lead = [p.strip() for p in lead_txt.split("/")]
            else:
                lead = [lead_txt]
            a = {"ref": ref, "under": [prio], "action": text, "lead": lead, "end": end,
                 "status": STAT[q2]}
            if end_text:
                a["end_text"] = end_text
            actions.append(a)
            r += 1
        for col, w in zip("ABCDEFGH", [6, 55, 30, 16, 14, 6, 6, 55]):
            ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, name))

    write_expected(
        name,
        source=("Imitates a small unitary council's quarterly corporate strategy delivery plan monitoring workbook "
                "(Rutland County Council, Corporate Strategy 2022–2027 refreshed with four priority areas, Q2 "
                "2025/26 report to Cabinet; rutlandcounty.moderngov.co.uk). Copied features: a Read Me sheet with "
                "title and a fill-colour RAG key in which blue means complete, one sheet per priority with the "
                "priority as a merged title row, Q1 and Q2 RAG columns shaded only (no text), a portfolio holder "
                "column beside the lead officer, mixed due dates (month cells, a financial quarter, a period, "
                "Ongoing)."),
        reads=("A read-me sheet with the key, then four priority sheets holding eleven delivery plan actions. "
               "Each action's status is the Q2 shading (the current quarter; Q1 is the previous rating); one "
               "action not yet started has no shading. The lead is the Lead Officer column, not the portfolio holder."),
        outcome="read", title=title, actions=actions)


# ---------------------------------------------------------------------------
# 3. Nottingham City Council - Ofsted focused visit action plan (xlsx)
# ---------------------------------------------------------------------------
def make_nottingham():
    name = "qk-nottingham-city-council-ofsted-focused-visit-action-plan.xlsx"
    title = "Ofsted Focused Visit Action Plan – Care Leavers"
    RAGF = {"Red": RED, "Amber": AMBER, "Green": GREEN, "Complete": BLUE}
    STAT = {"Red": "red", "Amber": "amber", "Green": "green", "Complete": "blue"}
    afis = [
        ("AFI 1 – The timeliness and quality of pathway plans, so that they are written with care leavers and reflect their current circumstances and needs.", [
            ("1.1", "Introduce a revised pathway plan template co-produced with the Children in Care Council and care leavers' forum.",
             "Head of Service – Children in Care and Care Leavers", ["Head of Service – Children in Care and Care Leavers"],
             D(2025, 7, 1), D(2025, 9, 30), None, "2025-09", "Green", "Complete",
             "New template live on Liquidlogic from 15 September 2025. Care leavers' forum reviewed final version."),
            ("1.2", "Set a performance standard that all pathway plans are reviewed within 6 months, with weekly compliance reports to team managers.",
             "Team Manager, Leaving Care (North)", ["Team Manager, Leaving Care (North)"],
             D(2025, 7, 1), "Monthly", "Monthly", None, "Amber", "Green",
             "Timeliness improved from 61% (June) to 83% (September). Weekly report in place."),
            ("1.3", "Quarterly thematic audit of pathway plans, including conversations with the young person, reported to the Practice Improvement Board.",
             "Principal Social Worker", ["Principal Social Worker"],
             D(2025, 9, 1), "End of January 2026", None, "2026-01", "Amber", "Amber",
             "First audit of 30 plans completed in September: 12 good, 14 requires improvement, 4 inadequate. Learning briefing issued."),
        ]),
        ("AFI 2 – Access to suitable accommodation for care leavers aged 18 to 25, including those leaving custody.", [
            ("2.1", "Agree a joint protocol with Housing Solutions for care leavers at risk of homelessness, including a named housing link worker.",
             "Housing Solutions Manager and Head of Service – Children in Care and Care Leavers",
             ["Housing Solutions Manager", "Head of Service – Children in Care and Care Leavers"],
             D(2025, 7, 1), D(2025, 11, 30), None, "2025-11", "Red", "Amber",
             "Protocol drafted; awaiting sign-off by the Corporate Director for Communities. Link worker post recruited to."),
            ("2.2", "Increase the supported accommodation offer for care leavers by commissioning 12 additional units through the Staying Close programme.",
             "Commissioning Manager – Children's Placements", ["Commissioning Manager – Children's Placements"],
             D(2025, 8, 1), D(2026, 3, 31), None, "2026-03", "Amber", "Amber",
             "Tender issued; 7 units secured to date. Provider market engagement event held in August."),
            ("2.3", "Personal advisers to begin release planning with HMPPS at least 3 months before release for every care leaver in custody.",
             "Team Manager, Leaving Care (South) / Youth Justice Service Manager",
             ["Team Manager, Leaving Care (South)", "Youth Justice Service Manager"],
             D(2025, 7, 1), D(2025, 10, 31), None, "2025-10", "Amber", "Green",
             "Tracker of all 9 care leavers in custody in place; release plans started for all with release due before March."),
        ]),
        ("AFI 3 – Management oversight of personal advisers' caseloads and the quality and frequency of supervision.", [
            ("3.1", "Reduce personal adviser caseloads to no more than 25 through recruitment to 4 additional PA posts.",
             "Director of Children's Integrated Services", ["Director of Children's Integrated Services"],
             D(2025, 7, 1), D(2025, 12, 31), None, "2025-12", "Red", "Red",
             "Two posts filled; two readvertised. Average caseload currently 29."),
            ("3.2", "Refresh the supervision policy for the leaving care service and audit compliance monthly.",
             "Principal Social Worker", ["Principal Social Worker"],
             D(2025, 8, 1), D(2025, 10, 31), None, "2025-10", "Green", "Complete",
             "Policy relaunched August 2025. September audit: 91% of supervisions within timescale."),
        ]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    cover = [("Local authority", "Nottingham City Council – Children's Integrated Services"),
             ("Date of focused visit", "3 and 4 June 2025"),
             ("Plan owner", "Director of Children's Integrated Services"),
             ("Reported to", "Children's Services Improvement Board"),
             ("Last updated", "10 October 2025")]
    for i, (k, v) in enumerate(cover, 2):
        ws.cell(row=i, column=1, value=k).font = Font(bold=True)
        ws.cell(row=i, column=3, value=v)
        ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=2)
    HR = 8
    heads = ["No.", "Action", "Lead", "Start date", "Target date", "Evidence of impact",
             "Previous RAG (July)", "Current RAG (October)", "Progress update"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=HR, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = fill("FF5B2C6F")
        cell.alignment = WRAP
        cell.border = BOX
    evidence = {
        "1.1": "Audit shows young person's voice recorded in plan",
        "1.2": "% pathway plans in timescale (target 90%)",
        "1.3": "Audit grades; care leaver feedback",
        "2.1": "Number of care leavers in B&B (target 0)",
        "2.2": "Number of supported units available",
        "2.3": "Every care leaver released has accommodation on day of release",
        "3.1": "Average PA caseload",
        "3.2": "% supervisions in timescale (target 95%)",
    }
    r = HR + 1
    actions = []
    for afi, rows in afis:
        ws.cell(row=r, column=1, value=afi).font = Font(bold=True)
        for c in range(1, 10):
            ws.cell(row=r, column=c).fill = fill("FFE4DFEC")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws.row_dimensions[r].height = 30
        ws.cell(row=r, column=1).alignment = WRAP
        r += 1
        for (ref, text, lead_txt, lead, start, target, end_text, end, prev, cur, upd) in rows:
            vals = [ref, text, lead_txt, start, target, evidence[ref], prev, cur, upd]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=7).fill = fill(RAGF[prev])
            ws.cell(row=r, column=8).fill = fill(RAGF[cur])
            a = {"ref": ref, "under": [afi], "action": text, "lead": lead, "end": end,
                 "status": STAT[cur]}
            if end_text:
                a["end_text"] = end_text
            actions.append(a)
            r += 1
    for col, w in zip("ABCDEFGHI", [6, 55, 32, 12, 14, 30, 11, 11, 50]):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("Version Control")
    ws2["A1"] = "Version control"
    ws2["A1"].font = Font(bold=True)
    for c, h in enumerate(["Version", "Date", "Author", "Changes"], 1):
        ws2.cell(row=2, column=c, value=h).font = Font(bold=True)
    for i, row in enumerate([("0.1", D(2025, 6, 20), "Quality Assurance Manager", "First draft following feedback meeting"),
                             ("1.0", D(2025, 7, 2), "Quality Assurance Manager", "Approved by Improvement Board"),
                             ("1.2", D(2025, 10, 10), "Quality Assurance Manager", "October progress update")], 3):
        for c, v in enumerate(row, 1):
            cell = ws2.cell(row=i, column=c, value=v)
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
    wb.save(os.path.join(HERE, name))

    write_expected(
        name,
        source=("Imitates a metropolitan/unitary council's action plan responding to an Ofsted ILACS focused visit "
                "on care leavers (Nottingham City Council, Children's Integrated Services, 2025; layout after "
                "councils' focused visit action plans reported to children's improvement boards). Copied "
                "features: cover block of label/value rows, area-for-improvement rows merged across the sheet "
                "with numbered actions beneath, start and target dates, evidence-of-impact column, previous and "
                "current RAG words with fill, a separate version-control sheet."),
        reads=("One plan sheet: a short cover block, then three areas for improvement from the focused visit, each "
               "with two or three numbered actions (eight in all). Status is the Current RAG (October) column; "
               "one target is 'Monthly' and one is written as 'End of January 2026'."),
        outcome="read", title=title, actions=actions)


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex6):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex6)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, m, Cm(1.5))


# ---------------------------------------------------------------------------
# 4. Bath and North East Somerset CSSP - DHR action plan (docx)
# ---------------------------------------------------------------------------
def make_banes():
    name = "qk-bath-and-north-east-somerset-cssp-dhr-karen-action-plan.docx"
    title = "Domestic Homicide Review: ‘Karen’ – Action Plan"
    RAGF = {"Green": "00B050", "Amber": "FFC000", "Red": "FF0000", "Complete": "0070C0"}
    STAT = {"Green": "green", "Amber": "amber", "Red": "red", "Complete": "blue"}
    recs = [
        ("1. The B&NES Community Safety and Safeguarding Partnership should seek assurance that all agencies routinely ask about domestic abuse when an adult discloses a change in their relationship, housing or finances.", "Local", [
            ("Add a routine enquiry prompt to the adult social care and housing options assessment forms.",
             "B&NES Council – Adult Social Care", ["B&NES Council – Adult Social Care"],
             "June 2025", "2025-06", None, "Forms amended in Liquidlogic and housing system May 2025.", "Complete"),
            ("Deliver routine enquiry training to front-line staff in all partner agencies, with attendance reported to the Domestic Abuse Partnership Board.",
             "Avon and Somerset Police; Probation Service", ["Avon and Somerset Police", "Probation Service"],
             "31/12/2025", "2025-12", None, "Four sessions delivered to 140 staff. Further dates booked for November.", "Green"),
        ]),
        ("2. Royal United Hospitals Bath should ensure that repeat attendances at the Emergency Department with unexplained injuries trigger a safeguarding review.", "Local", [
            ("Configure an ED alert for patients with three or more attendances with injury in 12 months.",
             "Royal United Hospitals Bath NHS FT", ["Royal United Hospitals Bath NHS FT"],
             "Q3 2025/26", "2025-12", None, "Specification agreed with digital team; build scheduled for November.", "Amber"),
        ]),
        ("3. The Partnership should work with the Integrated Care Board to improve GP recording of coercive and controlling behaviour.", "Regional", [
            ("Issue a BSW-wide briefing for primary care on recognising and coding coercive control.",
             "BSW ICB Safeguarding Team", ["BSW ICB Safeguarding Team"],
             "September 2025", "2025-09", None, "Briefing issued 18 September 2025 and included in the GP safeguarding newsletter.", "Complete"),
            ("Audit a sample of 50 GP records for domestic abuse coding and report findings to the Partnership.",
             "Named GP for Safeguarding Adults", ["Named GP for Safeguarding Adults"],
             "March 2026", "2026-03", None, "Audit tool agreed. Sample to be drawn in January.", "Green"),
        ]),
        ("4. All agencies should ensure that the learning from this review is shared with staff and that the impact is tested.", "Local", [
            ("Publish a seven-minute briefing on the review and circulate it to all partner agencies.",
             "CSSP Business Manager", ["CSSP Business Manager"],
             "Within 4 weeks of publication", None, "Within 4 weeks of publication", "Awaiting Home Office Quality Assurance Panel approval to publish.", "Red"),
            ("Include the learning from this review in the Partnership's annual multi-agency audit of domestic abuse cases.",
             "Head of Community Safety / Safeguarding Adults Lead",
             ["Head of Community Safety", "Safeguarding Adults Lead"],
             "Ongoing", None, "Ongoing", "Audit scheduled for February 2026.", "Green"),
        ]),
    ]
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph("Bath and North East Somerset Community Safety and Safeguarding Partnership")
    doc.add_heading(title, level=1)
    doc.add_paragraph("Death of ‘Karen’ (aged 46) in March 2023. Review commissioned by the Partnership in May 2023; "
                      "overview report approved by the Partnership Executive in February 2025.")
    doc.add_paragraph("Document control", style="Heading 3")
    dc = doc.add_table(rows=4, cols=4)
    dc.style = "Table Grid"
    for i, row in enumerate([("Version", "Date", "Author", "Status"),
                             ("0.3", "12/02/2025", "DHR Chair", "Draft for Partnership Executive"),
                             ("1.0", "27/02/2025", "CSSP Business Manager", "Approved"),
                             ("1.4", "08/10/2025", "CSSP Business Manager", "Progress update for CSSP Executive")]):
        for j, v in enumerate(row):
            set_cell(dc.cell(i, j), v, bold=(i == 0))
    doc.add_paragraph()
    doc.add_paragraph("Action Plan", style="Heading 2")
    heads = ["Recommendation", "Scope of recommendation", "Action to take", "Lead Agency",
             "Target Date", "Key milestones achieved / progress", "RAG"]
    nrows = 1 + sum(len(a) for _, _, a in recs)
    t = doc.add_table(rows=nrows, cols=len(heads))
    t.style = "Table Grid"
    for j, h in enumerate(heads):
        set_cell(t.cell(0, j), h, bold=True)
        shade(t.cell(0, j), "D9D9D9")
    r = 1
    actions = []
    for rec, scope, acts in recs:
        first = r
        set_cell(t.cell(r, 0), rec)
        set_cell(t.cell(r, 1), scope)
        for (text, lead_txt, lead, target, end, end_text, prog, rag) in acts:
            set_cell(t.cell(r, 2), text)
            set_cell(t.cell(r, 3), lead_txt)
            set_cell(t.cell(r, 4), target)
            set_cell(t.cell(r, 5), prog)
            set_cell(t.cell(r, 6), rag)
            shade(t.cell(r, 6), RAGF[rag])
            a = {"ref": None, "under": [rec], "action": text, "lead": lead, "end": end,
                 "status": STAT[rag]}
            if end_text:
                a["end_text"] = end_text
            actions.append(a)
            r += 1
        if r - first > 1:
            t.cell(first, 0).merge(t.cell(r - 1, 0))
            t.cell(first, 1).merge(t.cell(r - 1, 1))
    doc.add_paragraph()
    doc.add_paragraph("RAG: Green – on track; Amber – some delay; Red – not started or significantly delayed; "
                      "Complete – action completed and evidence received.")
    doc.save(os.path.join(HERE, name))

    write_expected(
        name,
        source=("Imitates a community safety partnership's domestic homicide review action plan in the Home Office "
                "template layout (Recommendation / Scope of recommendation / Action to take / Lead Agency / "
                "milestones / Target date), as kept by Bath and North East Somerset Community Safety and "
                "Safeguarding Partnership (2025). Copied features: landscape Word document, partnership line and "
                "title, document-control table, numbered recommendation text in a cell merged down over its "
                "actions, scope column merged likewise, lead agencies as organisations (two in one cell), a RAG "
                "word with cell shading, a RAG note line under the table."),
        reads=("A DHR action plan for 'Karen': after a document-control table, one table with four numbered "
               "recommendations, each spanning one or two action rows (seven actions, no action numbers). Each "
               "action has a lead agency, a target date (months, a financial quarter, 'Ongoing', 'Within 4 weeks "
               "of publication') and a RAG word."),
        outcome="read", title=title, actions=actions)


# ---------------------------------------------------------------------------
# 5. City of York Safeguarding Children Partnership - CSPR action plan (docx)
# ---------------------------------------------------------------------------
def make_york():
    name = "qk-city-of-york-safeguarding-children-partnership-cspr-child-h-action-plan.docx"
    title = "Child Safeguarding Practice Review – Child H: Multi-agency Action Plan"
    RAGF = {"red": "C00000", "amber": "FFC000", "green": "00B050", "blue": "0070C0"}
    themes = [
        ("Learning Theme 1: Recognising and responding to neglect",
         "Recommendation 1: The CYSCP should be assured that practitioners use the Graded Care Profile 2 where there are concerns about neglect, and that its findings inform plans.", [
             ("1.1", "Relaunch GCP2 training as a multi-agency offer, with places allocated to health visiting, schools and early help.",
              "CYSCP Learning and Development Lead", ["CYSCP Learning and Development Lead"],
              "End of November 2025", "2025-11", None, "Three cohorts booked (60 places). 0-19 service has committed all health visitors by March.", "green"),
             ("1.2", "Add GCP2 use as a standing question in the multi-agency neglect audit.",
              "CYC Early Help Service Manager / 0-19 Service Lead", ["CYC Early Help Service Manager", "0-19 Service Lead"],
              "Autumn term 2025", "2025-12", "Autumn term 2025", "Audit tool updated; neglect audit completed in October.", "blue"),
         ]),
        ("Learning Theme 2: Hearing the voice of the child who is not in school",
         "Recommendation 2: Schools, the local authority and health partners should have a shared process for children who are electively home educated or missing education, so that each child is seen and spoken to.", [
             ("2.1", "Agree a joint protocol for EHE children known to children's social care, setting out who visits and how the child's views are recorded.",
              "Head of Education Support Services", ["Head of Education Support Services"],
              "January 2026", "2026-01", None, "Draft protocol shared with headteacher reference group.", "amber"),
             ("2.2", "Ensure children missing education are discussed at the weekly MASH meeting when there is an open social care case.",
              "DI Rachel Moss (NYP) & MASH Team Manager", ["DI Rachel Moss (NYP)", "MASH Team Manager"],
              "31/10/2025", "2025-10", None, "Standing agenda item from 6 October 2025.", "blue"),
             ("2.3", "Report the number of EHE and CME children open to social care to the CYSCP Executive.",
              "Head of Education Support Services", ["Head of Education Support Services"],
              "Quarterly", None, "Quarterly", "First report due to December Executive.", "green"),
         ]),
        ("Learning Theme 3: Professional curiosity and challenge",
         "Recommendation 3: Partner agencies should promote the CYSCP escalation policy so that practitioners feel confident to challenge decisions.", [
             ("3.1", "Publish a seven-minute briefing on escalation using the learning from Child H.",
              "CYSCP Business Manager", ["CYSCP Business Manager"],
              "Sept 2025", "2025-09", None, "Published 23 September 2025; 412 downloads.", "blue"),
             ("3.2", "Each partner agency to report the number of escalations raised and their outcome.",
              "Designated Nurse Safeguarding Children (HNY ICB)", ["Designated Nurse Safeguarding Children (HNY ICB)"],
              "March 2026", "2026-03", None, "Data not yet collected by two agencies; reminder sent.", "red"),
         ]),
    ]
    doc = Document()
    landscape(doc)
    doc.add_paragraph("City of York Safeguarding Children Partnership (CYSCP)")
    doc.add_heading(title, level=1)
    doc.add_paragraph("Review published: 3 July 2025.   Action plan owner: CYSCP Practice Review Group.   "
                      "Updated: 15 October 2025")
    doc.add_paragraph("RAG key", style="Heading 3")
    kt = doc.add_table(rows=4, cols=2)
    kt.style = "Table Grid"
    for i, (col, txt) in enumerate([("C00000", "Not started, or significant risk to delivery"),
                                    ("FFC000", "In progress – some delay"),
                                    ("00B050", "In progress – on track"),
                                    ("0070C0", "Complete and evidenced")]):
        shade(kt.cell(i, 0), col)
        set_cell(kt.cell(i, 1), txt)
    actions = []
    for theme, rec, rows in themes:
        doc.add_paragraph(theme, style="Heading 2")
        p = doc.add_paragraph()
        p.add_run(rec).bold = True
        t = doc.add_table(rows=1 + len(rows), cols=6)
        t.style = "Table Grid"
        for j, h in enumerate(["Ref", "Action", "Lead(s)", "Timescale", "Progress / Evidence", "RAG"]):
            set_cell(t.cell(0, j), h, bold=True)
            shade(t.cell(0, j), "DEEAF6")
        for i, (ref, text, lead_txt, lead, tscale, end, end_text, prog, st) in enumerate(rows, 1):
            for j, v in enumerate([ref, text, lead_txt, tscale, prog, ""]):
                set_cell(t.cell(i, j), v)
            shade(t.cell(i, 5), RAGF[st])
            a = {"ref": ref, "under": [theme, rec], "action": text, "lead": lead, "end": end,
                 "status": st}
            if end_text:
                a["end_text"] = end_text
            actions.append(a)
        if theme.startswith("Learning Theme 2"):
            doc.add_paragraph("Note: action 2.2 will also be monitored through the Children Missing Education "
                              "Task and Finish Group.")
    doc.add_paragraph()
    doc.add_paragraph("Sign-off", style="Heading 3")
    st = doc.add_table(rows=2, cols=3)
    st.style = "Table Grid"
    for j, v in enumerate(["Name", "Role", "Date"]):
        set_cell(st.cell(0, j), v, bold=True)
    for j, v in enumerate(["Independent Scrutineer", "CYSCP", "15/10/2025"]):
        set_cell(st.cell(1, j), v)
    doc.save(os.path.join(HERE, name))

    write_expected(
        name,
        source=("Imitates a safeguarding children partnership's local child safeguarding practice review action plan "
                "(City of York Safeguarding Children Partnership, 2025; layout after partnerships' published LCSPR "
                "action plans grouped by learning theme). Copied features: partnership line and title, owner/updated "
                "line, a RAG key table defining blue as complete, one Heading 2 per learning theme with the "
                "recommendation in bold beneath and a separate table per recommendation, RAG cells shaded only, a "
                "note line after a table, a sign-off table at the end."),
        reads=("A CSPR action plan for Child H: a RAG key, then three learning themes, each with a recommendation "
               "and its own table of numbered actions (seven in all). Each action's status is its shaded RAG cell; "
               "leads include a named officer with a post and two posts in one cell."),
        outcome="read", title=title, actions=actions)


# ---------------------------------------------------------------------------
# 6. Derby City Health and Wellbeing Board - action log (csv)
# ---------------------------------------------------------------------------
def csvq(v):
    if any(ch in v for ch in ',"\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


def make_derby():
    name = "qk-derby-city-health-and-wellbeing-board-action-log.csv"
    title = "Derby City Health and Wellbeing Board – Action Log"
    STAT = {"Red": "red", "Amber": "amber", "Green": "green", "Complete": "blue"}
    sections = [
        ("OPEN ACTIONS", [
            ("HWB/25/07", "17/07/2025", "Circulate the draft Joint Local Health and Wellbeing Strategy refresh to Board members for comment before consultation.",
             "Director of Public Health", ["Director of Public Health"], "30/09/2025", "2025-09", None, "Red",
             "Delayed pending publication of the ICB's Joint Forward Plan refresh. Now expected November."),
            ("HWB/25/09", "17/07/2025", "Bring a report on the take-up of the Healthy Start scheme and actions to increase uptake in the city's most deprived wards.",
             "Lewis, Andy", ["Lewis, Andy"], "Jan-26", "2026-01", None, "Green",
             "Data request made to DWP; report scheduled for the January Board."),
            ("HWB/25/11", "18/09/2025", "Arrange a development session on the Better Care Fund plan for 2026/27, including:\n- hospital discharge spend\n- Disabled Facilities Grant",
             "Chair and Vice Chair", ["Chair", "Vice Chair"], "December 2025", "2025-12", None, "Amber",
             "Date being agreed; likely to be combined with the December informal Board."),
            ("HWB/25/12", "18/09/2025", "Share the Derby Dementia Strategy action plan with the Board once agreed by the Dementia Partnership.",
             "Head of Commissioning – Adults / Dementia Partnership Chair", ["Head of Commissioning – Adults", "Dementia Partnership Chair"],
             "TBC", None, "TBC", "Amber",
             "Dementia Partnership meeting postponed to November."),
            ("HWB/25/13", "18/09/2025", "Provide an update on the rollout of the Family Hubs and Start for Life offer, including attendance data by ward.",
             "Strategic Director of People Services", ["Strategic Director of People Services"], "15/01/2026", "2026-01", None, "Green",
             "On forward plan for January."),
            ("HWB/25/10", "17/07/2025", "Provide Board members with the summary of the Pharmaceutical Needs Assessment consultation responses.",
             "Public Health Intelligence Manager", ["Public Health Intelligence Manager"], "Ongoing", None, "Ongoing", "Green",
             "Responses summarised monthly during consultation; final summary with the PNA in March."),
        ]),
        ("ACTIONS COMPLETED SINCE THE LAST MEETING", [
            ("HWB/25/03", "15/05/2025", "Confirm membership of the Board following the change in ICB place leadership and update the terms of reference.",
             "Democratic Services Officer", ["Democratic Services Officer"], "31/07/2025", "2025-07", None, "Complete",
             "Terms of reference approved at July meeting."),
            ("HWB/25/05", "15/05/2025", "Circulate the Director of Public Health Annual Report 2024/25 to all partner boards.",
             "Director of Public Health", ["Director of Public Health"], "30/06/2025", "2025-06", None, "Complete",
             "Circulated 12 June 2025."),
            ("HWB/25/08", "17/07/2025", "Ask Healthwatch Derby to present its findings on access to NHS dentistry at a future meeting.",
             "R. Gordon / Cllr Martin", ["R. Gordon", "Cllr Martin"], "Sep-25", "2025-09", None, "Complete",
             "Healthwatch presented at the September Board."),
        ]),
    ]
    lines = [
        csvq(title),
        csvq("Updated following the meeting held on 18 September 2025 – for the meeting on 13 November 2025"),
        "",
        ",".join(["Action No.", "Meeting Date", "Action", "Responsible", "Deadline", "RAG", "Update"]),
    ]
    actions = []
    for sec, rows in sections:
        rows = sorted(rows, key=lambda x: x[0])
        lines.append(csvq(sec) + ",,,,,,")
        for (ref, mdate, text, lead_txt, lead, dl, end, end_text, rag, upd) in rows:
            lines.append(",".join(csvq(v) for v in [ref, mdate, text, lead_txt, dl, rag, upd]))
            a = {"ref": ref, "under": [sec], "action": text, "lead": lead, "end": end,
                 "status": STAT[rag]}
            if end_text:
                a["end_text"] = end_text
            actions.append(a)
        lines.append(",,,,,,")
    lines.append(csvq("RAG: Red = overdue; Amber = at risk or date not yet set; Green = on track; Complete = done and can be removed from the log") + ",,,,,,")
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")

    write_expected(
        name,
        source=("Imitates a health and wellbeing board action log as published with the agenda pack (Derby City "
                "Health and Wellbeing Board, November 2025; layout after council HWB matters-arising logs). "
                "Copied features: title and 'updated following the meeting' lines, action numbers with the year, "
                "meeting date column, section rows for open actions and actions completed since the last meeting, "
                "RAG word column including 'Complete', a surname-forename lead, joint leads, deadlines as dates, "
                "Mon-YY, month names, TBC and Ongoing, a quoted multi-line action, a RAG key line at the end."),
        reads=("A comma-separated action log of the Board: six open actions and three completed since the last "
               "meeting, each with its own number, the meeting it came from, who is responsible, a deadline and a "
               "RAG. The section rows and the key line are not actions."),
        outcome="read", title=title, actions=actions)


# ---------------------------------------------------------------------------
# 7. Lambeth Council - TA programme highlight report, typo month (txt, refuse)
# ---------------------------------------------------------------------------
def make_lambeth():
    name = "qk-lambeth-council-temporary-accommodation-programme-highlight-report-typo-month-refuse.txt"
    title = "Temporary Accommodation Reduction Programme – Highlight Report"
    rows = [
        ("TA01", "Prevention", "Recruit 6 additional homelessness prevention officers for the Housing Advice Centre", "Head of Housing Needs", "Jul 2025", "Sep 2025", "Complete", "All posts filled; officers in post from 1 September."),
        ("TA02", "Prevention", "Launch landlord incentive scheme to sustain private rented tenancies at risk", "Private Sector Lettings Manager", "Sep 2025", "Nov 2025", "Amber", "Scheme design agreed; incentive levels awaiting Cabinet Member sign-off."),
        ("TA03", "Supply", "Acquire 40 homes through the Local Authority Housing Fund round 3", "Head of Housing Delivery / Acquisitions Lead", "Mar 2026", "Mar 2026", "Green", "22 completions, 9 in conveyancing."),
        ("TA04", "Supply", "Convert Vauxhall Gardens estate void blocks to self-contained temporary accommodation", "Head of Housing Delivery", "Dec 2025", "Febuary 2026", "Red", "Contractor delay on fire safety works; revised programme received."),
        ("TA05", "Supply", "End use of bed and breakfast for families beyond 6 weeks", "Director of Housing Needs", "Oct 2025", "Jan 2026", "Amber", "Families in B&B over 6 weeks reduced from 48 to 19."),
        ("TA06", "Systems", "Implement the new housing case management system for TA placements and charging", "Housing Systems Manager", "Nov 2025", "Nov 2025", "Green", "User acceptance testing under way."),
        ("TA07", "Finance", "Reduce nightly-paid TA spend by £2.1m against 2024/25 outturn", "Finance Business Partner – Housing", "Mar 2026", "Mar 2026", "Amber", "Forecast saving £1.4m at Month 6."),
    ]
    lines = [
        "London Borough of Lambeth",
        title,
        "Reporting period:\tOctober 2025",
        "Senior Responsible Owner:\tCorporate Director, Housing",
        "Overall programme RAG:\tAmber",
        "",
        "Summary",
        "Numbers in TA fell to 5,312 households (from 5,406 in September). B&B use for families over six weeks continues to fall. "
        "The main risk is the delay to the Vauxhall Gardens conversion, which affects 64 of the 120 planned units.",
        "",
        "Key milestones and actions",
        "\t".join(["Ref", "Workstream", "Milestone / action", "Owner", "Baseline date", "Forecast date", "RAG", "Commentary"]),
    ]
    refuse_line = None
    for row in rows:
        lines.append("\t".join(row))
        if "Febuary" in row[5]:
            refuse_line = len(lines)
    lines += [
        "",
        "Decisions required from Programme Board",
        "1. Approve revised landlord incentive levels (TA02).",
        "2. Note exception report for Vauxhall Gardens (TA04).",
        "",
        "RAG: Green = on track to forecast date; Amber = at risk; Red = forecast date missed or will be missed; Complete = delivered.",
    ]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")

    write_expected(
        name,
        source=("Imitates a London borough's programme highlight report exported to tab-separated text (London "
                "Borough of Lambeth, temporary accommodation reduction programme, October 2025; layout after council "
                "programme board highlight reports). Copied features: borough and report title lines, reporting "
                "period / SRO / overall RAG label-value lines, a summary paragraph, a key milestones table with "
                "workstream, owner, baseline and forecast dates, RAG word and commentary, decisions required and a "
                "RAG key after the table."),
        reads=("A highlight report with seven milestones/actions in a tab-separated table. The forecast date of TA04 "
               "reads 'Febuary 2026' – a mistyped month in the date the action is now due – so a careful reader "
               "stops and asks before taking the plan in."),
        outcome="refuse", title=title, refuse_at=refuse_line)


if __name__ == "__main__":
    make_bcp()
    make_rutland()
    make_nottingham()
    make_banes()
    make_york()
    make_derby()
    make_lambeth()
    print("done")
