#!/usr/bin/env python
"""Build the seven tr- blind cases of heldout507 and their expected readings.

Run with /work/main/.venv/bin/python tr_make.py (from any folder).
Writes only files whose names start with "tr-" in this script's folder.
Each action below carries the raw cell text that goes in the file AND the
reading a person makes of it (lead list, end month, status), written by hand.
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
    "red": "FF0000", "amber": "FFC000", "green": "00B050", "blue": "0070C0",
    "head": "1F3864", "band": "D9E1F2", "grey": "F2F2F2", "pale": "FCE4D6",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcolour):
    return PatternFill("solid", start_color=hexcolour, end_color=hexcolour)


def write_yaml(name, data):
    path = os.path.join(HERE, name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as fh:
        yaml.safe_dump(data, fh, sort_keys=False, allow_unicode=True, width=100000)


class Q(str):
    """A string written in double quotes in the YAML (refs, months)."""


yaml.SafeDumper.add_representer(
    Q, lambda dumper, v: dumper.represent_scalar("tag:yaml.org,2002:str", str(v), style='"'))


def act(ref, under, action, lead, end, status, end_text=None):
    ref = Q(ref) if ref is not None else None
    end = Q(end) if end is not None else None
    d = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Frimley Health NHS FT – internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
def frimley():
    name = "tr-frimley-health-nhsft-internal-audit-recommendations-tracker.xlsx"
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = "Frimley Health NHS Foundation Trust"
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Internal Audit Recommendations Tracker – Summary"
    s["A2"].font = Font(bold=True, size=12)
    s["A3"] = "Audit Committee, 22 January 2026 · position at 31 December 2025"
    hdr = ["Audit", "Year", "Assurance", "Recs", "Implemented", "Open – on track",
           "Open – revised date", "Overdue"]
    rows = [
        ["Data Security and Protection Toolkit", "2024/25", "Limited", 3, 1, 1, 1, 0],
        ["Medical Devices Management", "2024/25", "Moderate", 2, 1, 0, 0, 1],
        ["Agency and Bank Staffing Controls", "2025/26", "Limited", 3, 0, 2, 1, 0],
        ["Total", None, None, 8, 2, 3, 2, 1],
    ]
    for c, h in enumerate(hdr, 1):
        cell = s.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(FILL["head"])
        cell.border = BOX
        cell.alignment = WRAP
    for r, row in enumerate(rows, 6):
        for c, v in enumerate(row, 1):
            cell = s.cell(row=r, column=c, value=v)
            cell.border = BOX
            if row[0] == "Total":
                cell.font = Font(bold=True)
    s["A11"] = "RAG key"
    s["A11"].font = Font(bold=True)
    key = [("B", "blue", "Implemented – evidence reviewed and accepted by internal audit"),
           ("G", "green", "Open – on track for the agreed due date"),
           ("A", "amber", "Open – revised due date agreed by the Audit Committee"),
           ("R", "red", "Overdue – past due date and no revised date agreed")]
    for i, (letter, col, text) in enumerate(key, 12):
        s.cell(row=i, column=1, value=letter).fill = fill(FILL[col])
        s.cell(row=i, column=2, value=text)
    s.column_dimensions["A"].width = 38
    for col in "BCDEFGH":
        s.column_dimensions[col].width = 14

    t = wb.create_sheet("Tracker")
    title = "Frimley Health NHS Foundation Trust – Internal Audit Recommendations Tracker"
    t["A1"] = title
    t["A1"].font = Font(bold=True, size=14)
    t["A2"] = ("Position at 31 December 2025 · prepared by the Deputy Company Secretary "
               "for the Audit Committee of 22 January 2026")
    head = ["Ref", "Priority", "Recommendation", "Agreed management action",
            "Responsible officer", "Original due date", "Revised due date",
            "Update – December 2025", "RAG"]
    for c, h in enumerate(head, 1):
        cell = t.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(FILL["head"])
        cell.border = BOX
        cell.alignment = WRAP
    widths = [11, 9, 45, 55, 28, 13, 13, 50, 6]
    for i, w in enumerate(widths):
        t.column_dimensions["ABCDEFGHI"[i]].width = w

    A1 = "Data Security and Protection Toolkit 2024/25 – Limited assurance"
    A2 = "Medical Devices Management 2024/25 – Moderate assurance"
    A3 = "Agency and Bank Staffing Controls 2025/26 – Limited assurance"
    R = {}
    R["dspt1"] = ("The Trust should ensure that all staff complete annual data security awareness "
                  "training, with the 95% compliance target monitored by division.")
    R["dspt2"] = ("Privileged access accounts should be reviewed quarterly and leavers' accounts "
                  "disabled on the date of leaving.")
    R["dspt3"] = ("The information asset register should be completed for all divisions, with an "
                  "information asset owner named for each system.")
    R["mdm1"] = ("An up-to-date inventory of medical devices should be maintained at Frimley Park, "
                 "Wexham Park and Heatherwood, including devices on loan.")
    R["mdm2"] = "Training records for users of high-risk medical devices should be held centrally."
    R["abs1"] = ("Off-framework agency shifts should be authorised in advance by an executive "
                 "director, and retrospective approvals reported to the People Committee.")
    R["abs2"] = "Timesheets for bank staff should be approved by a manager who did not book the shift."
    R["abs3"] = "Agency invoices should be reconciled to authorised timesheets before payment."

    # (group, ref, priority, rec, action, officer, orig, revised, update, rag, expected lead, end, status)
    items = [
        (A1, "DSPT-01", "High", R["dspt1"],
         "Divisional compliance reports to be issued monthly to divisional directors.\n"
         "Non-compliant staff to have network access suspended after 30 days' notice, in line "
         "with the revised IG Training Procedure.",
         "Head of Information Governance", d(2025, 9, 30), d(2026, 3, 31),
         "Compliance 91.4% at 30/11/25. Suspension process approved by the Executive Management "
         "Committee in October; first suspensions scheduled for January.",
         "A", ["Head of Information Governance"], "2026-03", "amber"),
        (A1, "DSPT-02", "High", R["dspt2"],
         "Quarterly privileged access review to be introduced and evidenced to the Information "
         "Governance Steering Group; automated leaver feed from ESR to Active Directory to be "
         "implemented.",
         "Chief Information Officer", d(2025, 12, 31), None,
         "Q2 review completed and reported to IGSG in November. ESR leaver feed in user "
         "acceptance testing.",
         "G", ["Chief Information Officer"], "2025-12", "green"),
        (A1, "DSPT-03", "Medium", R["dspt3"],
         "Information asset owners to be confirmed for all clinical systems and the register "
         "updated and approved by the SIRO.",
         "Senior Information Risk Owner (SIRO)", d(2025, 10, 31), None,
         "Register approved by the SIRO on 28/10/2025. Evidence accepted by internal audit.",
         "B", ["Senior Information Risk Owner (SIRO)"], "2025-10", "blue"),
        (A2, "MDM-01", "Medium", R["mdm1"],
         "Single medical device inventory to be held on the asset management system, with loan "
         "devices recorded on receipt by EBME.",
         "Head of Clinical Engineering (EBME)", d(2025, 8, 31), None,
         "Inventory complete for all three sites. Loan device procedure issued August 2025.",
         "B", ["Head of Clinical Engineering (EBME)"], "2025-08", "blue"),
        (A2, "MDM-02", "Low", R["mdm2"],
         "Device training records to be migrated to the Trust's learning management system.",
         "Medical Devices Safety Officer; Clinical Skills Lead", d(2025, 11, 30), None,
         "Migration delayed – LMS module not yet configured. Revised date to be requested at "
         "the January Committee.",
         "R", ["Medical Devices Safety Officer", "Clinical Skills Lead"], "2025-11", "red"),
        (A3, "ABS-01", "High", R["abs1"],
         "Approval step to be enforced on the rostering system so that off-framework requests "
         "cannot be booked without Chief Nurse or Chief Medical Officer approval.",
         "Deputy Chief People Officer", d(2026, 1, 31), None,
         "System change built and tested; go-live planned for 12 January 2026.",
         "G", ["Deputy Chief People Officer"], "2026-01", "green"),
        (A3, "ABS-02", "High", R["abs2"],
         "Segregation of duties rule to be applied in the bank system and a monthly exception "
         "report produced for divisional finance leads.",
         "Head of Temporary Staffing / Divisional Finance Lead", d(2026, 2, 28), None,
         "Configuration requested from the supplier. Exception report drafted.",
         "G", ["Head of Temporary Staffing", "Divisional Finance Lead"], "2026-02", "green"),
        (A3, "ABS-03", "Medium", R["abs3"],
         "Weekly reconciliation of agency invoices to approved timesheets to be undertaken by "
         "the Temporary Staffing team, with variances over £500 escalated to the Financial "
         "Controller.",
         "Financial Controller", d(2025, 12, 31), d(2026, 3, 31),
         "Reconciliation in place from November; backlog of September–October invoices being "
         "cleared. Revised date agreed by the Audit Committee in November.",
         "A", ["Financial Controller"], "2026-03", "amber"),
    ]
    ragfill = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    expected = []
    row = 5
    group = None
    for it in items:
        (grp, ref, pri, rec, action, officer, orig, rev, upd, rag, elead, eend, estat) = it
        if grp != group:
            group = grp
            t.cell(row=row, column=1, value=grp)
            t.merge_cells(start_row=row, start_column=1, end_row=row, end_column=9)
            t.cell(row=row, column=1).font = Font(bold=True)
            t.cell(row=row, column=1).fill = fill(FILL["band"])
            row += 1
        vals = [ref, pri, rec, action, officer, orig, rev, upd, rag]
        for c, v in enumerate(vals, 1):
            cell = t.cell(row=row, column=c, value=v)
            cell.border = BOX
            cell.alignment = WRAP
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
        rc = t.cell(row=row, column=9)
        rc.fill = fill(FILL[ragfill[rag]])
        rc.alignment = Alignment(horizontal="center", vertical="top")
        expected.append(act(ref, [grp, rec], action, elead, eend, estat))
        row += 1
    row += 1
    t.cell(row=row, column=1,
           value="Note: recommendations reported as implemented are removed from the tracker "
                 "after they have been reported to one meeting of the Committee.")
    t.freeze_panes = "A5"
    wb.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": ("Imitates an NHS foundation trust Audit Committee internal audit recommendations "
                   "tracker (Frimley Health NHS FT, 2025/26 cycle; the layout follows the trackers NHS "
                   "trusts and councils take to audit committees, with original and revised due dates "
                   "and extension approvals by the committee). Copied features: summary sheet with "
                   "counts by audit and a totals row, a RAG key with B/G/A/R letters, one band row per "
                   "audit report (name, year, assurance opinion) merged across the tracker, the "
                   "recommendation beside the agreed management action, a multi-line action cell, "
                   "job titles as responsible officers (two posts joined by '/' or ';'), original and "
                   "revised due dates as real dates, a closing note line."),
        "reads": ("Two sheets: a summary of open recommendations by audit with a key, then the tracker "
                  "itself, where three audit reports each head a band of recommendations. Each row "
                  "pairs the auditor's recommendation with the management action, owner, original and "
                  "revised due dates, a December update and a RAG letter; the revised date, where "
                  "given, is the due month."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 2. Essex Police – NCPI action plan with a mistyped month (xlsx, refuse)
# ---------------------------------------------------------------------------
def essex():
    name = "tr-essex-police-ncpi-child-protection-action-plan-typo-month-refuse.xlsx"
    wb = Workbook()
    c = wb.active
    c.title = "Document control"
    c["A1"] = "Essex Police"
    c["A1"].font = Font(bold=True, size=14)
    c["A2"] = "HMICFRS National Child Protection Inspection – Post-Inspection Action Plan"
    c["A2"].font = Font(bold=True, size=12)
    c["A4"] = "Version"; c["B4"] = "Date"; c["C4"] = "Author"; c["D4"] = "Change"
    for col in "ABCD":
        c[col + "4"].font = Font(bold=True)
        c[col + "4"].fill = fill(FILL["band"])
    ver = [("0.3", d(2025, 4, 14), "DI, Public Protection Command", "Draft for Chief Officer Group"),
           ("1.0", d(2025, 5, 2), "DI, Public Protection Command", "Approved by DCC; submitted to HMICFRS"),
           ("1.4", d(2025, 12, 8), "Public Protection Business Manager",
            "Progress update for the PFCC Performance and Resources Scrutiny Board")]
    for r, v in enumerate(ver, 5):
        for k, val in enumerate(v, 1):
            cell = c.cell(row=r, column=k, value=val)
            if isinstance(val, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
    c["A9"] = "Strategic lead: Deputy Chief Constable"
    c["A10"] = "Plan owner: Detective Chief Superintendent, Head of Public Protection"
    c.column_dimensions["A"].width = 12
    c.column_dimensions["B"].width = 12
    c.column_dimensions["C"].width = 34
    c.column_dimensions["D"].width = 60

    s = wb.create_sheet("Action plan")
    title = "Essex Police – National Child Protection Inspection 2025: Action Plan"
    s["A1"] = title
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Progress at 8 December 2025"
    head = ["Rec", "Action ref", "Action", "Owner", "Target date", "Revised target date",
            "Progress update", "Previous RAG", "Current RAG"]
    for k, h in enumerate(head, 1):
        cell = s.cell(row=3, column=k, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(FILL["head"])
        cell.alignment = WRAP
        cell.border = BOX
    for i, w in enumerate([6, 8, 60, 30, 11, 13, 50, 9, 9]):
        s.column_dimensions["ABCDEFGHI"[i]].width = w

    rag_fill = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    plan = [
        ("topic", "Leadership"),
        ("rec", "Recommendation 1: Within six months, Essex Police should make sure it has an "
                "effective performance framework for child protection, so that leaders understand "
                "the quality of the service children receive."),
        ("act", "1", "1.1", "Develop a child protection performance dashboard covering missing "
         "children, child exploitation and child abuse investigations, reported monthly to the "
         "Public Protection Board.", "D/Supt Public Protection", d(2025, 7, 31), d(2025, 10, 31),
         "Dashboard live since October; first full month reported to the November Public "
         "Protection Board.", "A", "G"),
        ("act", "1", "1.2", "Introduce quarterly dip-sampling of child protection investigations "
         "by the Public Protection Quality Assurance Team, with findings reported to the Chief "
         "Officer Group.", "Head of Public Protection QA", d(2025, 9, 30), None,
         "Q2 dip sample (60 cases) complete; report to COG in January 2026.", "G", "G"),
        ("rec", "Recommendation 2: Within six months, Essex Police should make sure that officers "
                "and staff recognise and record the voice of the child in all contacts with "
                "children."),
        ("act", "2", "2.1", "Deliver voice of the child training to all frontline officers and "
         "supervisors through the 2025/26 continuous professional development programme.",
         "Ch Insp Learning and Development", d(2025, 12, 31), None,
         "78% of frontline officers trained; supervisors' sessions run in January.", "G", "A"),
        ("act", "2", "2.2", "Add a mandatory voice of the child field to the Athena child "
         "protection investigation template.", "Athena Change Board Lead", d(2025, 7, 31), None,
         "Field added to the Athena template in August 2025.", "G", "B"),
        ("topic", "Initial response"),
        ("rec", "Recommendation 3: Within three months, Essex Police should review how calls "
                "involving children are risk assessed in the Force Control Room, so that the "
                "attendance time matches the risk."),
        ("act", "3", "3.1", "Audit THRIVE+ risk assessments for calls relating to children over a "
         "four-week period and report the findings to the Contact Management Board.",
         "Supt Contact Management", d(2025, 6, 30), None,
         "Audit complete; report presented on 24/06/2025.", "B", "B"),
        ("act", "3", "3.2", "Revise the Force Control Room child welfare call guidance and brief "
         "all call handlers and dispatchers.", "Supt Contact Management", d(2025, 8, 31),
         "Febuary 2026",
         "Guidance redrafted; briefings delayed by Force Control Room recruitment pressures.",
         "A", "A"),
        ("topic", "Investigation"),
        ("rec", "Recommendation 4: Within six months, Essex Police should make sure that child "
                "abuse investigations are allocated to officers with the right skills and are "
                "effectively supervised."),
        ("act", "4", "4.1", "Introduce an allocation matrix so that complex child abuse "
         "investigations are allocated only to PIP2-accredited investigators in the Child Abuse "
         "Investigation Teams.", "D/Supt Child Abuse Investigation", d(2025, 10, 31), None,
         "Matrix agreed and in use in both CAIT hubs.", "G", "G"),
        ("act", "4", "4.2", "Introduce 28-day supervisory reviews for all CAIT investigations, "
         "recorded on Athena.", "DCI CAIT North / DCI CAIT South", d(2025, 9, 30), d(2026, 1, 31),
         "Review template live; compliance 64% in November.", "A", "A"),
        ("act", "4", "4.3", "Provide specialist child interview (ABE) refresher training for all "
         "CAIT officers not trained in the last three years.", "Ch Insp Learning and Development",
         d(2026, 3, 31), None, "Course dates booked for February and March 2026.", "G", "G"),
    ]
    row = 4
    refuse_row = None
    n_actions = 0
    for item in plan:
        if item[0] == "topic":
            s.cell(row=row, column=1, value=item[1]).font = Font(bold=True, color="FFFFFF")
            s.merge_cells(start_row=row, start_column=1, end_row=row, end_column=9)
            s.cell(row=row, column=1).fill = fill("2F5597")
        elif item[0] == "rec":
            s.cell(row=row, column=1, value=item[1]).font = Font(bold=True)
            s.merge_cells(start_row=row, start_column=1, end_row=row, end_column=9)
            s.cell(row=row, column=1).fill = fill(FILL["band"])
            s.cell(row=row, column=1).alignment = WRAP
            s.row_dimensions[row].height = 32
        else:
            _, rec, ref, text, owner, tgt, rev, upd, prev, cur = item
            vals = [rec, ref, text, owner, tgt, rev, upd, prev, cur]
            for k, v in enumerate(vals, 1):
                cell = s.cell(row=row, column=k, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "mmm-yy"
            s.cell(row=row, column=8).fill = fill(FILL[rag_fill[prev]])
            s.cell(row=row, column=9).fill = fill(FILL[rag_fill[cur]])
            n_actions += 1
            if rev == "Febuary 2026":
                refuse_row = row
        row += 1
    row += 1
    s.cell(row=row, column=1, value="RAG: B = complete; G = on track; A = some risk to delivery; "
                                     "R = off track. Revised dates are agreed at the Public "
                                     "Protection Board.")
    s.freeze_panes = "A4"
    wb.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": ("Imitates a police force's post-inspection action plan for an HMICFRS national "
                   "child protection inspection (NCPI; the 2024 methodology grades leadership, "
                   "partnership working, initial response, risk assessment and referral, and "
                   "investigation, and recommendations are set 'within three/six months'); Essex "
                   "Police, 2025. Copied features: a document-control sheet with version history "
                   "and owner, inspection-topic band rows, merged recommendation rows above their "
                   "actions, ranks and posts as owners, target and revised target dates, previous "
                   "and current RAG as fill colours, a RAG note line."),
        "reads": ("A document-control sheet, then the action plan: topic bands (Leadership, Initial "
                  "response, Investigation), each recommendation in a merged row above numbered "
                  "actions with owner, target and revised target dates, progress and two RAG "
                  "columns. Action 3.2's revised target date reads 'Febuary 2026', a mistyped "
                  "month in the end cell, so a careful reader stops there and asks."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": refuse_row,
        "title": title,
    })
    return name, n_actions, refuse_row


# ---------------------------------------------------------------------------
# 3. Greenfields Community Housing – strategic risk register (xlsx)
# ---------------------------------------------------------------------------
def greenfields():
    name = "tr-greenfields-community-housing-strategic-risk-register-2025-26.xlsx"
    wb = Workbook()
    s = wb.active
    s.title = "SRR Q3 2025-26"
    title = "Greenfields Community Housing – Strategic Risk Register 2025/26"
    s["A1"] = title
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Quarter 3 position – Audit & Risk Committee, 3 February 2026"
    head = ["Risk", "Description", "Risk owner", "Inherent (L x I)", "Key controls in place",
            "Residual (L x I)", "Ref", "Further actions", "Action owner", "Target date",
            "Progress this quarter", "Action RAG"]
    for k, h in enumerate(head, 1):
        cell = s.cell(row=4, column=k, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("375623")
        cell.alignment = WRAP
        cell.border = BOX
    for i, w in enumerate([26, 40, 20, 10, 40, 10, 7, 52, 26, 11, 42, 8]):
        s.column_dimensions["ABCDEFGHIJKL"[i]].width = w

    def score_fill(v):
        n = int(v.split("=")[1])
        return "FF0000" if n >= 15 else ("FFC000" if n >= 8 else "92D050")

    risks = [
        ("SR1 – Landlord health and safety compliance",
         "Failure to meet statutory landlord compliance duties (fire, gas, electrical, water, "
         "asbestos, lifts) leading to harm to residents, regulatory intervention and "
         "reputational damage.",
         "Director of Property Services", "4x5=20",
         "Compliance module with daily exception reports; monthly compliance report to ELT and "
         "quarterly to Board; third-party audit of gas and fire safety.", "2x5=10",
         [("SR1.1", "Complete the programme of Type 4 fire risk assessments for the 14 blocks "
           "identified by the 2024 stock review.", "Head of Compliance & Building Safety",
           d(2026, 3, 31), "9 of 14 complete; additional contractor capacity from January.",
           "amber", ["Head of Compliance & Building Safety"], "2026-03", None),
          ("SR1.2", "Move all compliance data (gas, electrical, water, asbestos, lifts and fire) "
           "onto the single compliance module and retire local spreadsheets.",
           "Head of Compliance & Building Safety", d(2025, 12, 31),
           "All six areas migrated; spreadsheets archived 28/11/25.",
           "blue", ["Head of Compliance & Building Safety"], "2025-12", None),
          ("SR1.3", "Commission an independent assurance review of electrical safety (EICR) data "
           "from the internal auditors.", "Company Secretary", "Q4 2025/26",
           "Scope agreed with internal audit; fieldwork booked for February.",
           "green", ["Company Secretary"], "2026-03", None)]),
        ("SR2 – Damp, mould and Awaab's Law",
         "Homes affected by damp and mould are not identified and put right within the new "
         "statutory timescales, causing harm to residents and non-compliance with the Home "
         "Standard.",
         "Director of Customer Services", "4x4=16",
         "Damp and mould policy (2024); triage by surveyor within 10 working days; case "
         "tracker reviewed weekly.", "3x4=12",
         [("SR2.1", "Implement Awaab's Law response timescales for emergency and significant "
           "hazards in the repairs system, with daily exception reporting.", "Head of Repairs",
           d(2025, 10, 31), "Live from 27 October 2025.",
           "blue", ["Head of Repairs"], "2025-10", None),
          ("SR2.2", "Carry out stock condition surveys on the 1,200 homes with no survey in the "
           "last five years.", "Asset Manager", d(2026, 9, 30),
           "410 homes surveyed to date; on profile.",
           "green", ["Asset Manager"], "2026-09", None)]),
        ("SR3 – Financial capacity and covenant compliance",
         "Rising costs, interest rates and the rent settlement reduce headroom on loan covenants "
         "and capacity to invest in existing homes and new supply.",
         "Chief Financial Officer", "3x5=15",
         "Treasury management policy; monthly covenant forecasting; Board-approved golden rules.",
         "2x5=10",
         [("SR3.1", "Refresh the 30-year business plan stress tests, including a combined rent "
           "cap and interest rate scenario, for Board approval.",
           "Chief Financial Officer / Head of Treasury", d(2026, 3, 31),
           "Scenarios agreed at Finance Committee; modelling under way.",
           "green", ["Chief Financial Officer", "Head of Treasury"], "2026-03", None),
          ("SR3.2", "Agree with the lender a revised interest cover definition that excludes "
           "major repairs spend on existing homes.", "Head of Treasury", d(2026, 6, 30),
           "Lender has deferred its credit committee; no date yet offered. Escalated to ELT.",
           "red", ["Head of Treasury"], "2026-06", None)]),
        ("SR4 – Consumer standards and tenant voice",
         "The Regulator of Social Housing finds that Greenfields is not delivering the outcomes "
         "of the consumer standards, leading to a C3 or C4 grade.",
         "Chief Executive", "3x4=12",
         "Consumer standards self-assessment; Customer Scrutiny Panel; TSM reporting to Board.",
         "2x4=8",
         [("SR4.1", "Deliver the tenant voice action plan agreed with the Customer Scrutiny "
           "Panel, including publishing TSM results by scheme.", "Director of Customer Services",
           "Ongoing", "Scheme-level TSMs published in November; panel review in March.",
           "green", ["Director of Customer Services"], None, "Ongoing"),
          ("SR4.2", "Prepare for RSH inspection: complete the self-assessment against the four "
           "consumer standards and test the evidence with a mock inspection.",
           "Company Secretary", d(2026, 1, 31),
           "Self-assessment complete; mock inspection moved to 20 January.",
           "amber", ["Company Secretary"], "2026-01", None)]),
    ]
    row = 5
    expected = []
    for (rname, desc, owner, inh, ctrl, resid, actions) in risks:
        first = row
        last = row + len(actions) - 1
        for k, v in enumerate([rname, desc, owner, inh, ctrl, resid], 1):
            cell = s.cell(row=first, column=k, value=v)
            cell.alignment = WRAP
            if k in (4, 6):
                cell.fill = fill(score_fill(v))
                cell.alignment = Alignment(horizontal="center", vertical="top")
            if k == 1:
                cell.font = Font(bold=True)
            if last > first:
                s.merge_cells(start_row=first, start_column=k, end_row=last, end_column=k)
        for (ref, text, aown, tgt, prog, rag, elead, eend, etext) in actions:
            vals = [ref, text, aown, tgt, prog]
            for k, v in enumerate(vals, 7):
                cell = s.cell(row=row, column=k, value=v)
                cell.alignment = WRAP
                if isinstance(v, dt.datetime):
                    cell.number_format = "mmm-yy"
            s.cell(row=row, column=12).fill = fill(FILL[rag])
            for k in range(1, 13):
                s.cell(row=row, column=k).border = BOX
            expected.append(act(ref, [rname], text, elead, eend, rag, end_text=etext))
            row += 1
    row += 1
    s.cell(row=row, column=1, value="Risks closed or de-escalated this quarter: none. "
                                     "New emerging risk (Renters' Rights Act) under assessment "
                                     "by ELT.")
    s.freeze_panes = "A5"

    k = wb.create_sheet("Key")
    k["A1"] = "Scoring and RAG key"
    k["A1"].font = Font(bold=True, size=12)
    k["A3"] = "Risk score = Likelihood (1–5) x Impact (1–5)"
    k["A4"] = "15–25"; k["A4"].fill = fill("FF0000"); k["B4"] = "High – Board oversight"
    k["A5"] = "8–12"; k["A5"].fill = fill("FFC000"); k["B5"] = "Medium – committee oversight"
    k["A6"] = "1–6"; k["A6"].fill = fill("92D050"); k["B6"] = "Low – managed by ELT"
    k["A8"] = "Action RAG"
    k["A8"].font = Font(bold=True)
    key = [("green", "On track"), ("amber", "Some slippage – recoverable within the year"),
           ("red", "Off track – escalated to ELT"), ("blue", "Complete")]
    for i, (col, text) in enumerate(key, 9):
        k.cell(row=i, column=1).fill = fill(FILL[col])
        k.cell(row=i, column=2, value=text)
    k.column_dimensions["A"].width = 10
    k.column_dimensions["B"].width = 50
    wb.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": ("Imitates a housing association's strategic risk register as reported quarterly "
                   "to an Audit & Risk Committee (Greenfields Community Housing, Essex, 2025/26; the "
                   "layout follows housing association risk registers: risk, cause/effect "
                   "description, owner, inherent and residual L x I scores, key controls, then "
                   "further actions with owners and target dates). Copied features: each risk's "
                   "columns merged down over its action rows, scores as red/amber/green filled "
                   "cells, action RAG by fill colour only with no text (key on a separate sheet "
                   "defining blue = complete), target dates as mmm-yy dates plus 'Q4 2025/26' and "
                   "'Ongoing', job titles as owners including one with '&' and one pair joined by "
                   "'/', a closing note line."),
        "reads": ("The register sheet lists four strategic risks; each risk's name, description, "
                  "owner, scores and controls are merged down beside its further actions. Every "
                  "action has a ref, owner, target date, a progress note and an unlabelled RAG "
                  "fill that the Key sheet explains (green on track, amber slippage, red off track, "
                  "blue complete). The actions are read under their risk."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
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


def bold_cell(cell, text, colour=None):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True
    if colour:
        run.font.color.rgb = RGBColor.from_string(colour)


def set_cell(cell, text):
    """Put text in a cell; inner newlines become separate paragraphs."""
    parts = text.split("\n")
    cell.text = parts[0]
    for p in parts[1:]:
        cell.add_paragraph(p)


# ---------------------------------------------------------------------------
# 4. Windsor Forest Colleges Group – Ofsted post-inspection action plan (docx)
# ---------------------------------------------------------------------------
def wfcg():
    name = "tr-windsor-forest-colleges-group-ofsted-post-inspection-action-plan.docx"
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    title = "Windsor Forest Colleges Group – Post-Inspection Action Plan 2025"
    doc.add_heading(title, level=0)
    doc.add_paragraph("Ofsted inspection: 18–21 March 2025 | Report published: 2 May 2025 | "
                      "Overall effectiveness: Requires improvement")
    dc = doc.add_table(rows=4, cols=2)
    dc.style = "Table Grid"
    for r, (a, b) in enumerate([
            ("Document owner", "Vice Principal Quality and Curriculum"),
            ("Approved by", "Corporation Quality & Standards Committee, 19 June 2025"),
            ("Monitoring", "Monthly at SLT; termly at the Quality & Standards Committee"),
            ("Version", "2.1 – progress at 31 October 2025")]):
        bold_cell(dc.cell(r, 0), a)
        shade(dc.cell(r, 0), "D9E1F2")
        dc.cell(r, 1).text = b
    doc.add_paragraph("")
    doc.add_paragraph("This plan sets out the actions the Group is taking in response to the areas "
                      "for improvement identified in the Ofsted report. RAG ratings: Green – on "
                      "track; Amber – at risk; Red – off track; Complete – action completed and "
                      "impact evidenced.")
    ragshade = {"Green": "00B050", "Amber": "FFC000", "Red": "FF0000", "Complete": "0070C0"}
    ragstat = {"Green": "green", "Amber": "amber", "Red": "red", "Complete": "blue"}
    sections = [
        ("Leadership and management",
         "AFI 1: Leaders and governors should ensure that quality assurance arrangements accurately "
         "identify weaknesses in teaching across all campuses, so that improvement actions are "
         "swift and effective.",
         [("1.1", "Revise the quality cycle so that learning walks are moderated jointly by "
           "curriculum managers and the Teaching and Learning team at Windsor, Langley and "
           "Strode's campuses.", "Vice Principal Quality and Curriculum", "September 2025",
           "Moderated grades agree with external review in at least 90% of cases",
           "Revised cycle launched at September staff development day; 64 moderated walks "
           "completed.", "Complete", ["Vice Principal Quality and Curriculum"], "2025-09", None),
          ("1.2", "Provide governors with a termly report on teaching quality by campus, "
           "including the outcomes of moderated learning walks and the actions taken.",
           "Director of Quality; Clerk to the Corporation", "Autumn term 2025",
           "Governors challenge and minute progress by campus",
           "First report drafted for the December Quality & Standards Committee.", "Green",
           ["Director of Quality", "Clerk to the Corporation"], "2025-12", None),
          ("1.3", "Hold monthly curriculum performance reviews, chaired by the Principal, for the "
           "five lowest-performing departments.", "Principal and CEO", "Ongoing",
           "In-year retention and attendance in the five departments in line with Group targets",
           "Reviews held in September and October; two departments moved off enhanced "
           "monitoring.", "Green", ["Principal and CEO"], None, "Ongoing")]),
        ("Apprenticeships",
         "AFI 2: Leaders should ensure that apprentices receive their full entitlement to "
         "off-the-job training and that employers are involved in reviewing apprentices' progress.",
         [("2.1", "Track off-the-job hours monthly for every apprentice using the e-portfolio; "
           "apprentices below 90% of planned hours are flagged to their employer and skills "
           "coach.", "Head of Apprenticeships", "31 July 2025",
           "All apprentices at or above 90% of planned off-the-job hours",
           "Monthly report in place since May; 94% of apprentices on track.", "Complete",
           ["Head of Apprenticeships"], "2025-07", None),
          ("2.2", "Train all skills coaches to carry out tripartite progress reviews that "
           "include the employer and set clear targets for knowledge, skills and behaviours.",
           "Head of Apprenticeships / Teaching and Learning Lead", "December 2025",
           "Review sampling shows employer involvement in 100% of reviews",
           "11 of 18 skills coaches trained; remaining sessions delayed by staff vacancies.",
           "Amber", ["Head of Apprenticeships", "Teaching and Learning Lead"], "2025-12", None),
          ("2.3", "Survey employers on the quality of communication and review arrangements and "
           "publish a 'you said, we did' response.", "Employer Engagement Manager",
           "March 2026", "Employer satisfaction at least 85%",
           "Survey questions agreed with the employer forum.", "Green",
           ["Employer Engagement Manager"], "2026-03", None)]),
        ("Education programmes for young people",
         "AFI 3: Leaders should make sure that learners who need to improve their English and "
         "mathematics attend their lessons and make the progress of which they are capable.",
         [("3.1", "Introduce same-day follow-up of absence from English and maths lessons by the "
           "Student Progress Team, contacting parents and carers after a second absence.",
           "Head of Student Services", "October 2025",
           "Attendance at English and maths lessons at least 88%",
           "In place from 8 September; attendance 86.5% at half term.", "Complete",
           ["Head of Student Services"], "2025-10", None),
          ("3.2", "Timetable English and maths on the same day as vocational lessons for all "
           "study programme learners.", "Director of Curriculum Planning", "September 2025",
           "No learner has a day on site for English or maths alone",
           "Implemented in the 2025/26 timetable.", "Complete",
           ["Director of Curriculum Planning"], "2025-09", None),
          ("3.3", "Introduce half-termly diagnostic assessments in GCSE English and maths, with "
           "results used to set targets in learners' individual learning plans.",
           "Head of English and Maths", "Summer term 2026",
           "Improvement in grade 4+ achievement and in progress from starting points",
           "First diagnostic completed in October.", "Green",
           ["Head of English and Maths"], "2026-07", None)]),
    ]
    hdr = ["Ref", "Action", "Lead", "By when", "Measure of impact", "Progress update", "RAG"]
    expected = []
    for (theme, afi, rows) in sections:
        doc.add_heading(theme, level=2)
        tbl = doc.add_table(rows=2 + len(rows), cols=7)
        tbl.style = "Table Grid"
        top = tbl.cell(0, 0).merge(tbl.cell(0, 6))
        bold_cell(top, afi)
        shade(top, "FCE4D6")
        for k, h in enumerate(hdr):
            bold_cell(tbl.cell(1, k), h, "FFFFFF")
            shade(tbl.cell(1, k), "1F3864")
        for r, (ref, text, lead, when, measure, prog, rag, elead, eend, etext) in enumerate(rows, 2):
            for k, v in enumerate([ref, text, lead, when, measure, prog, rag]):
                tbl.cell(r, k).text = v
            shade(tbl.cell(r, 6), ragshade[rag])
            expected.append(act(ref, [theme, afi], text, elead, eend, ragstat[rag], end_text=etext))
        doc.add_paragraph("")
    doc.add_paragraph("Progress against this plan is reported monthly to the Senior Leadership Team "
                      "and termly to the Quality & Standards Committee. Evidence for completed "
                      "actions is held in the Quality SharePoint site.")
    sign = doc.add_table(rows=2, cols=3)
    sign.style = "Table Grid"
    for r, who in enumerate(["Principal and CEO", "Chair of the Corporation"]):
        sign.cell(r, 0).text = "Signed: " + who
        sign.cell(r, 1).text = "Signature:"
        sign.cell(r, 2).text = "Date:"
    doc.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": ("Imitates a further education college's post-inspection action plan (PIAP) after "
                   "an Ofsted FE and skills inspection graded Requires improvement (Windsor Forest "
                   "Colleges Group, 2025). Copied features: title and inspection line, a "
                   "document-control table, a RAG key sentence, one table per Ofsted judgement "
                   "area under a Word heading, the area for improvement in a merged first row, "
                   "columns Ref/Action/Lead/By when/Measure of impact/Progress/RAG, RAG words on "
                   "shaded cells with 'Complete' for finished actions, terms and 'Ongoing' as "
                   "timescales, a monitoring paragraph and a sign-off table."),
        "reads": ("A college's action plan after Ofsted: after the document control and RAG key, "
                  "three headed sections (Leadership and management, Apprenticeships, Education "
                  "programmes for young people) each hold a table whose first row states the area "
                  "for improvement, followed by numbered actions with lead, timescale, impact "
                  "measure, progress and RAG. A sign-off table closes it."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 5. Brackenfield Court Care Home – CQC action plan (docx)
# ---------------------------------------------------------------------------
def brackenfield():
    name = "tr-brackenfield-court-care-home-cqc-inspection-action-plan.docx"
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    hp = doc.sections[0].header.paragraphs[0]
    hp.text = "Brackenfield Care Ltd · Registered provider"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    title = "Brackenfield Court Care Home – Action Plan following CQC Assessment"
    p = doc.add_paragraph()
    r = p.add_run(title)
    r.bold = True
    r.font.size = Pt(16)
    info = doc.add_table(rows=6, cols=2)
    info.style = "Table Grid"
    for i, (a, b) in enumerate([
            ("Provider", "Brackenfield Care Ltd"),
            ("Location", "Brackenfield Court, Ashby Road, Coalville, Leicestershire"),
            ("Registered manager", "Amira Khan"),
            ("Assessment", "Site visits 4 and 5 November 2025; report published 19 December 2025"),
            ("Ratings", "Overall: Requires improvement (Safe: Requires improvement; Effective: Good; "
                        "Caring: Good; Responsive: Good; Well-led: Requires improvement)"),
            ("Plan date", "14 January 2026 – sent to CQC with the provider's response")]):
        bold_cell(info.cell(i, 0), a)
        shade(info.cell(i, 0), "E2EFDA")
        info.cell(i, 1).text = b
    doc.add_paragraph("")
    hdr = ["No.", "What we will do", "Who", "By when", "How we will check", "Status"]
    statmap = {"Completed": "blue", "On track": "green", "Not started": "unrated"}
    parts = [
        ("Safe", "Breach of Regulation 12: Safe care and treatment",
         "What CQC found: people prescribed 'as required' (PRN) medicines did not always have "
         "protocols to guide staff; some risks to people, including choking risks, were not "
         "assessed or reviewed; checks on the safety of the premises were not always recorded.",
         [("1", "Write person-centred PRN protocols for every person prescribed 'as required' "
           "medicines, agreed with the GP and the community pharmacist.", "Amira Khan (RM)",
           "31/01/2026", "Monthly medicines audit; pharmacist visit in February", "Completed",
           ["Amira Khan (RM)"], "2026-01", None),
          ("2", "Complete medicines competency assessments for all senior carers and nurses who "
           "give medicines, and repeat them every year.",
           "Tom Ellis (Deputy Manager) / Priya Nair (Clinical Lead)", "28/02/2026",
           "Competency matrix checked at supervision", "On track",
           ["Tom Ellis (Deputy Manager)", "Priya Nair (Clinical Lead)"], "2026-02", None),
          ("3", "Review choking risk assessments and modified diet guidance for everyone on IDDSI "
           "level 4 to 6 diets, with speech and language therapy input where needed.",
           "Priya Nair (Clinical Lead)", "End of January 2026",
           "Spot checks in the kitchen and against care plans", "Completed",
           ["Priya Nair (Clinical Lead)"], "2026-01", None),
          ("4", "Walk round daily to check fire doors, hot water temperatures and window "
           "restrictors, and record the results; the manager checks the records weekly.",
           "Maintenance Lead; Amira Khan (RM)", "Daily",
           "Weekly sign-off of the premises log", "On track",
           ["Maintenance Lead", "Amira Khan (RM)"], None, "Daily")]),
        ("Well-led", "Breach of Regulation 17: Good governance",
         "What CQC found: audits did not identify the shortfalls found at the assessment; "
         "accidents and incidents were not analysed for patterns; the provider did not have "
         "effective oversight of the home.",
         [("5", "Replace the monthly audit schedule with the provider's new quality assurance "
           "framework, including audits of care plans, medicines, falls and infection control, "
           "with all actions tracked on one improvement log.", "Operations Director",
           "March 2026", "Improvement log reviewed at monthly governance meeting", "On track",
           ["Operations Director"], "2026-03", None),
          ("6", "Analyse accidents and incidents every month for patterns (time, place, person) "
           "and share the learning at staff meetings.", "Amira Khan (RM)", "Monthly",
           "Analysis included in the monthly governance report", "On track",
           ["Amira Khan (RM)"], None, "Monthly"),
          ("7", "Carry out a quarterly compliance visit and write a report for the provider's "
           "directors.", "Operations Director", "April 2026",
           "Visit reports filed and actions added to the improvement log", "Not started",
           ["Operations Director"], "2026-04", None)]),
        ("Other improvements", None,
         "CQC also told us that relatives did not always know how their feedback had been used.",
         [("8", "Set up a 'You said, we did' board in reception and send a quarterly newsletter "
           "to relatives.", "Activities Coordinator", "February 2026",
           "Relatives' survey in June 2026", "Completed",
           ["Activities Coordinator"], "2026-02", None)]),
    ]
    expected = []
    for (kq, reg, found, rows) in parts:
        doc.add_heading(kq, level=1)
        if reg:
            doc.add_heading(reg, level=2)
        doc.add_paragraph(found)
        tbl = doc.add_table(rows=1 + len(rows), cols=6)
        tbl.style = "Table Grid"
        for k, h in enumerate(hdr):
            bold_cell(tbl.cell(0, k), h)
            shade(tbl.cell(0, k), "C6E0B4")
        for i, (no, text, who, when, check, status, elead, eend, etext) in enumerate(rows, 1):
            for k, v in enumerate([no, text, who, when, check, status]):
                tbl.cell(i, k).text = v
            under = [kq, reg] if reg else [kq]
            expected.append(act(no, under, text, elead, eend, statmap[status], end_text=etext))
        doc.add_paragraph("")
    doc.add_paragraph("Status key: Completed – done and checked by the registered manager; On track "
                      "– under way and on track for the date given; Not started – not yet begun.")
    doc.add_paragraph("Signed: Amira Khan, Registered Manager        Date: 14/01/2026")
    doc.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": ("Imitates a care home's action plan sent to CQC after an assessment rated it "
                   "Requires improvement with breaches of Regulations 12 and 17 (the 28-day action "
                   "plan providers return; Brackenfield Court, a 2025 assessment). Copied features: "
                   "provider name in the page header, a details table (provider, location, "
                   "registered manager, assessment dates, ratings), Word headings per key question "
                   "and per regulation breached, a 'What CQC found' paragraph before each table, "
                   "columns No./What we will do/Who/By when/How we will check/Status, named staff "
                   "with their roles in brackets as leads, 'Daily' and 'Monthly' as timescales, a "
                   "status key paragraph and a signature line."),
        "reads": ("A care home's response to CQC: a details table, then sections for Safe "
                  "(Regulation 12 breach), Well-led (Regulation 17 breach) and other improvements, "
                  "each with a short summary of what CQC found and a table of numbered actions "
                  "with who, by when, how it will be checked and a status word. Statuses are "
                  "Completed, On track and Not started."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 6. Cambridgeshire FRS – HMICFRS values and culture recommendations tracker (csv)
# ---------------------------------------------------------------------------
def csvq(v):
    v = "" if v is None else str(v)
    if any(ch in v for ch in ',"\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


def cambs():
    name = "tr-cambridgeshire-frs-hmicfrs-values-culture-recommendations-tracker.csv"
    ncol = 10
    title = ("Cambridgeshire Fire and Rescue Service – HMICFRS Values and Culture in Fire and "
             "Rescue Services: Recommendations Tracker")
    lines = []

    def line(cells):
        cells = list(cells) + [""] * (ncol - len(cells))
        lines.append(",".join(csvq(c) for c in cells))

    line([title])
    line(["Position at 30 September 2024 – report to the Overview and Scrutiny Committee"])
    line([])
    line(["Rec", "HMICFRS recommendation", "HMICFRS deadline", "Action ref", "Service action",
          "Lead officer", "Target date", "Revised target date", "RAG", "Progress update"])
    REC1 = ("Chief fire officers should make sure their services provide a confidential way for "
            "staff to raise concerns, and that staff know how the whistleblowing process works.")
    REC3 = ("Chief fire officers should review the support available to staff who have raised "
            "concerns and act to make sure it is suitable.")
    REC7 = ("Chief fire officers should make sure that all staff have an appropriate Disclosure "
            "and Barring Service check, and that checks are repeated at regular intervals.")
    REC12 = ("Chief fire officers should make sure their services have a 360-degree feedback "
             "process for all senior leaders and managers.")
    REC20 = ("Chief fire officers should review how they have implemented the Core Code of "
             "Ethics and make sure it is embedded in the way staff are recruited, developed and "
             "promoted.")
    ragword = {"Blue": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    rows = [
        ("Recommendation 1", REC1, "1 October 2023", "R01.1",
         "Procure an independent confidential reporting line for all staff and publicise it "
         "through station visits and the intranet.", "Head of People", "30/09/2023", "", "Blue",
         "Independent reporting line live from September 2023; six reports received to date.",
         ["Head of People"], "2023-09", None),
        ("", "", "", "R01.2",
         "Refresh the Whistleblowing Policy and include it in the induction programme for all "
         "new starters.", "Head of People; Policy and Governance Officer", "31/12/2023",
         "31/03/2024", "Blue", "Policy approved by SLT in March 2024; induction updated.",
         ["Head of People", "Policy and Governance Officer"], "2024-03", None),
        ("Recommendation 3", REC3, "1 June 2023", "R03.1",
         "Introduce a support offer for staff who raise concerns, including a named support "
         "officer for the length of any investigation.", "Head of Occupational Health",
         "30/06/2023", "31/10/2024", "Amber",
         "Support officer role agreed; volunteers being trained in October 2024.",
         ["Head of Occupational Health"], "2024-10", None),
        ("Recommendation 7", REC7, "1 January 2024", "R07.1",
         "Complete standard DBS checks for all operational, control and support staff who do "
         "not yet have one.", "Head of People", "31/03/2024", "31/12/2024", "Amber",
         "87% of staff checked; remaining checks booked for on-call staff.",
         ["Head of People"], "2024-12", None),
        ("", "", "", "R07.2",
         "Agree a five-yearly re-check cycle and record all checks on the HR system.\n"
         "Report compliance quarterly to the Strategic Leadership Team.",
         "HR Business Partner", "31/12/2024", "", "Green",
         "Re-check cycle agreed by SLT; HR system field added.",
         ["HR Business Partner"], "2024-12", None),
        ("Recommendation 12", REC12, "1 March 2024", "R12.1",
         "Introduce 360-degree feedback for all managers at Group Manager and above, with the "
         "results discussed in their annual appraisal.", "Assistant Chief Fire Officer",
         "31/03/2024", "", "Blue", "First round completed for 22 managers in March 2024.",
         ["Assistant Chief Fire Officer"], "2024-03", None),
        ("Recommendation 20", REC20, "Immediate", "R20.1",
         "Build the Core Code of Ethics into promotion assessment centres and the appraisal "
         "form.", "Area Commander, People and Culture", "Ongoing", "", "Green",
         "In promotion assessments since January 2024; appraisal form revision due April 2025.",
         ["Area Commander, People and Culture"], None, "Ongoing"),
        ("", "", "", "R20.2",
         "Deliver ethics and inclusion workshops to every watch and team.",
         "Equality, Diversity and Inclusion Officer", "Mar-25", "", "Green",
         "41 of 58 watches and teams completed.",
         ["Equality, Diversity and Inclusion Officer"], "2025-03", None),
    ]
    expected = []
    cur_rec = None
    for (recno, rec, ddl, ref, text, lead, tgt, rev, rag, upd, elead, eend, etext) in rows:
        line([recno, rec, ddl, ref, text, lead, tgt, rev, rag, upd])
        if rec:
            cur_rec = rec
        expected.append(act(ref, [cur_rec], text, elead, eend, ragword[rag], end_text=etext))
    line([])
    line(["RAG key: Blue = complete; Green = on track; Amber = revised date agreed / some risk; "
          "Red = off track"])
    line(["Recommendations addressed to national bodies (the Home Office, NFCC, LGA and the "
          "National Employers) are not included in this tracker."])
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as fh:
        fh.write("\r\n".join(lines) + "\r\n")

    write_yaml(name, {
        "source": ("Imitates a fire and rescue service's tracker of the 20 service-level "
                   "recommendations in HMICFRS's March 2023 spotlight report 'Values and culture in "
                   "fire and rescue services' (each recommendation carries an HMICFRS deadline; "
                   "services report progress to their fire authority's scrutiny committee), "
                   "Cambridgeshire FRS, September 2024. Copied features: a CSV saved from Excel "
                   "with title and position lines padded with commas, recommendation number and "
                   "text only on the first row of each group (merged cells flattened), the "
                   "HMICFRS deadline beside the service's own target and revised target dates, "
                   "one action cell with a line break, RAG words including Blue for complete, "
                   "comma-bearing job titles as leads, a key line and a note line at the foot."),
        "reads": ("A CSV tracker: two title lines, a header, then the service's actions against "
                  "five HMICFRS recommendations, the recommendation text given once on the first "
                  "action of each group. Each action has a ref, lead officer, target and revised "
                  "target date (the revised one is the due month), a RAG word and an update; the "
                  "HMICFRS deadline column is the inspectorate's date, not the action's."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 7. Sport England – Main Board action points list (tab-separated txt)
# ---------------------------------------------------------------------------
def sport_england():
    name = "tr-sport-england-main-board-action-points-list.txt"
    title = "Sport England Main Board – Action Points List"
    lines = [title,
             "Updated following the Board meeting of 18 September 2025. Completed actions are "
             "removed once they have been reported to the Board.",
             "",
             "\t".join(["Ref", "Meeting", "Action", "Owner", "Due", "RAG", "Update"])]
    rag = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    rows = [
        ("MB25/07", "20/03/2025", "Circulate the analysis of Active Lives Children and Young "
         "People results by deprivation quintile and ethnicity.", "SD", "Jun-25", "B",
         "Circulated to members on 2 June 2025.", ["SD"], "2025-06", None),
        ("MB25/11", "20/03/2025", "Bring a paper on the approach to the next round of System "
         "Partner investment, including the proposed criteria for multi-year awards.", "JK/HP",
         "Sep-25", "B", "Taken at the September Board (item 5).", ["JK", "HP"], "2025-09", None),
        ("MB25/15", "24/06/2025", "Review the risk appetite statement for digital and cyber risk "
         "and bring proposals to the Audit, Risk and Governance Committee.",
         "Chief Operating Officer", "Nov-25", "G",
         "Draft discussed with the ARGC Chair; on the agenda for the November ARGC.",
         ["Chief Operating Officer"], "2025-11", None),
        ("MB25/18", "24/06/2025", "Arrange a Board visit to a Place Partnership area, with the "
         "chance to meet local partners and participants.", "Board Secretary", "TBC", "A",
         "Dates being agreed with local partners; likely to move into 2026.",
         ["Board Secretary"], None, "TBC"),
        ("MB25/19", "24/06/2025", "Provide an update on the Uniting the Movement evaluation "
         "framework, including interim findings from the Place Expansion programme.", "RC & AM",
         "December 2025", "G", "Scheduled for the December Board.", ["RC", "AM"], "2025-12", None),
        ("MB25/24", "18/09/2025", "Share the Equality, Diversity and Inclusion annual report "
         "with Board members before publication.", "Director of People", "Oct-25", "R",
         "Delayed – workforce data validation outstanding; now expected in November.",
         ["Director of People"], "2025-10", None),
        ("MB25/25", "18/09/2025", "Confirm the Lottery and Exchequer budget assumptions for "
         "2026/27 following the Spending Review settlement and report them to the Board.", "CFO",
         "Q4 2025/26", "G", "DCMS allocation letter expected in January.", ["CFO"], "2026-03",
         None),
        ("MB25/27", "18/09/2025", "Include a session on safeguarding in sport in the Board "
         "development programme.", "Board Secretary; Head of Safeguarding", "Mar-26", "G",
         "Session pencilled in for the March 2026 away day.",
         ["Board Secretary", "Head of Safeguarding"], "2026-03", None),
    ]
    expected = []
    for (ref, meet, text, owner, due, r, upd, elead, eend, etext) in rows:
        lines.append("\t".join([ref, meet, text, owner, due, r, upd]))
        expected.append(act(ref, [], text, elead, eend, rag[r], end_text=etext))
    lines += ["",
              "RAG: B = complete; G = on track; A = at risk of slipping; R = overdue",
              "Open actions: 6"]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as fh:
        fh.write("\n".join(lines) + "\n")

    write_yaml(name, {
        "source": ("Imitates the rolling 'Action Points List' that Sport England's Main Board "
                   "minutes refer to under Matters Arising (each action numbered, owned by a "
                   "member of the executive by initials, carried forward until reported "
                   "complete), exported as tab-separated text in 2025. Copied features: title "
                   "and update lines, a Meeting date column beside the Due column, owners as "
                   "initials ('JK/HP', 'RC & AM'), posts and abbreviations ('CFO'), due dates as "
                   "mmm-yy, a month name, 'TBC' and a financial quarter, RAG letters with a key "
                   "line and a count line at the foot."),
        "reads": ("A board action log as tab-separated text: title, a note, a header row, then "
                  "eight numbered actions from three Board meetings, each with the meeting date, "
                  "the action, owner, due date, a RAG letter and an update. The Meeting column is "
                  "when the action was set, the Due column when it is due; there are no headings."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


if __name__ == "__main__":
    out = [frimley(), essex(), greenfields(), wfcg(), brackenfield(), cambs(), sport_england()]
    for o in out:
        print(*o)
