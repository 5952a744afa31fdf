"""Build the seven zzk- blind cases of set heldout595 and their expected readings.

Run with /work/main/.venv/bin/python zzk_make.py (openpyxl, python-docx, pyyaml).
Every data file is written from the records below; the expected reading of each action
(under / lead / end / end_text / status) is written down by hand beside the cell values,
not derived from them.
"""
import csv
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

RED, AMBER, GREEN, BLUE, GREY = "FF0000", "FFC000", "00B050", "0070C0", "D9D9D9"


def fill(hex_):
    return PatternFill(fill_type="solid", start_color=hex_, end_color=hex_)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def d(y, m, day):
    return dt.datetime(y, m, day)


class Month(str):
    """A YYYY-MM end, written quoted so no YAML reader takes it for a date."""


yaml.SafeDumper.add_representer(
    Month, lambda dumper, v: dumper.represent_scalar("tag:yaml.org,2002:str", str(v), style='"'))


def write_yaml(name, doc):
    path = os.path.join(HERE, name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as fh:
        yaml.safe_dump(doc, fh, sort_keys=False, allow_unicode=True, width=100000)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": under, "action": action, "lead": lead,
         "end": Month(end) if end is not None else None}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    """Cell text; '\n' starts a new paragraph in the cell."""
    parts = text.split("\n")
    cell.text = parts[0]
    for p in parts[1:]:
        cell.add_paragraph(p)
    if bold:
        for p in cell.paragraphs:
            for r in p.runs:
                r.bold = True


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


# ---------------------------------------------------------------------------
# 1. Adur & Worthing Councils - internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
def adur_worthing():
    name = "zzk-adur-worthing-councils-internal-audit-recommendations-tracker.xlsx"
    title = "Adur & Worthing Councils – Internal Audit Recommendations Tracker"
    audits = [
        ("Council Tax and Business Rates 2024/25 – Reasonable assurance", [
            ("CTB.1", "2", "Reconciliations between the council tax system and the VOA valuation list should be completed monthly and independently reviewed.",
             "Monthly VOA schedule reconciliation to be reinstated, with sign-off by the Revenues Manager evidenced on the reconciliation template.",
             "Revenues Manager", d(2024, 10, 31), d(2025, 1, 31), "B",
             "Reconciliations for November to January completed and signed off. Evidence provided to Internal Audit 12/02/2025.",
             ["Revenues Manager"], "2025-01", "blue"),
            ("CTB.2", "2", "Single person discounts should be reviewed on a rolling basis to identify ineligible claims.",
             "Procure a data-matching review of single person discounts across both councils and act on the results.",
             "Head of Revenues & Benefits", d(2025, 3, 31), None, "G",
             "Provider appointed through the framework; first data extract sent in February.",
             ["Head of Revenues & Benefits"], "2025-03", "green"),
        ]),
        ("Cyber Security 2024/25 – Limited assurance", [
            ("CYB.1", "1", "Privileged accounts should be reviewed and excess domain administrator rights removed.",
             "Quarterly review of privileged and service accounts, with removal of dormant accounts within 5 working days of the review.",
             "Head of Digital / IT Infrastructure Manager", d(2024, 11, 30), d(2025, 3, 31), "A",
             "First review completed; 14 dormant accounts removed. Service accounts still to be reviewed.",
             ["Head of Digital", "IT Infrastructure Manager"], "2025-03", "amber"),
            ("CYB.2", "1", "A tested ICT disaster recovery plan should be in place for critical systems.",
             "Complete a full failover test of the disaster recovery environment and report the outcome to the Digital Board.\nUpdate the ICT DR plan in light of the test.",
             "IT Infrastructure Manager", d(2024, 12, 31), d(2025, 9, 30), "R",
             "Failover test postponed twice because of the data centre move. Revised date requested.",
             ["IT Infrastructure Manager"], "2025-09", "red"),
            ("CYB.3", "2", "Completion of mandatory cyber awareness training should be monitored.",
             "Report training completion rates by directorate to the Corporate Leadership Team each quarter.",
             "Information Governance Manager", d(2025, 1, 31), None, "B",
             "Q3 completion report taken to CLT on 21 January 2025.",
             ["Information Governance Manager"], "2025-01", "blue"),
        ]),
        ("Adur Homes Gas Safety Compliance 2024/25 – Limited assurance", [
            ("GAS.1", "1", "Properties without a valid Landlord Gas Safety Record should be escalated promptly for access action.",
             "Introduce a weekly no-access report and refer cases over 60 days to Legal Services for an injunction.",
             "Head of Housing; Compliance Manager (Adur Homes)", d(2024, 12, 31), d(2025, 4, 30), "G",
             "Weekly report in place since January. Two injunctions obtained; protocol with Legal being finalised.",
             ["Head of Housing", "Compliance Manager (Adur Homes)"], "2025-04", "green"),
            ("GAS.2", "3", "Contractor performance data should be validated before it is reported.",
             "Sample-check 10% of contractor gas certificates each month against the compliance database.",
             "Compliance Manager (Adur Homes)", d(2025, 6, 30), None, None,
             "",
             ["Compliance Manager (Adur Homes)"], "2025-06", "unrated"),
        ]),
        ("Procurement Cards 2024/25 – Substantial assurance", [
            ("PCD.1", "3", "Cardholders should upload receipts within the monthly deadline.",
             "Issue a reminder to all cardholders and add receipt compliance to the monthly card review.",
             "Procurement Manager", d(2024, 11, 30), None, "B",
             "Reminder issued 4 November 2024; compliance now checked monthly.",
             ["Procurement Manager"], "2024-11", "blue"),
        ]),
    ]

    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position as at 28 February 2025 – report to the Joint Audit and Governance Committee, 25 March 2025"
    hdr = ["Priority", "Agreed actions", "Implemented", "In progress", "Overdue"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill(GREY)
        cell.border = BOX
    rows = [("Priority 1 (High)", 3, 0, 3, 1), ("Priority 2 (Medium)", 3, 2, 1, 0),
            ("Priority 3 (Low)", 2, 1, 1, 0), ("Total", 8, 3, 5, 1)]
    for r, row in enumerate(rows, 5):
        for c, v in enumerate(row, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BOX
            if row[0] == "Total":
                cell.font = Font(bold=True)
    ws["A10"] = "RAG key"
    ws["A10"].font = Font(bold=True)
    key = [("B", "Implemented – evidence seen by Internal Audit", BLUE),
           ("G", "On track to meet the target date", GREEN),
           ("A", "At risk of missing the target date", AMBER),
           ("R", "Overdue – target date (or revised date) passed", RED)]
    for r, (k, t, col) in enumerate(key, 11):
        ws.cell(row=r, column=1, value=k).fill = fill(col)
        ws.cell(row=r, column=2, value=t)
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 45
    for col in "CDE":
        ws.column_dimensions[col].width = 14

    wt = wb.create_sheet("Tracker")
    wt["A1"] = title
    wt["A1"].font = Font(bold=True, size=14)
    wt["A2"] = "Internal audit service provided by Mazars. Priority 1 = High, Priority 2 = Medium, Priority 3 = Low."
    headers = ["Ref", "Priority", "Recommendation", "Agreed management action", "Responsible officer",
               "Original target date", "Revised target date", "RAG", "Progress update (February 2025)"]
    for c, h in enumerate(headers, 1):
        cell = wt.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F4E79")
        cell.alignment = WRAP
        cell.border = BOX
    widths = [8, 9, 45, 50, 28, 13, 13, 6, 45]
    for i, w in enumerate(widths):
        wt.column_dimensions[chr(65 + i)].width = w
    r = 5
    actions = []
    rag_fill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    for heading, recs in audits:
        wt.cell(row=r, column=1, value=heading).font = Font(bold=True)
        for c in range(1, 10):
            wt.cell(row=r, column=c).fill = fill(GREY)
        wt.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for (ref, prio, rec, action, lead, orig, rev, rag, upd, e_lead, e_end, e_status) in recs:
            vals = [ref, prio, rec, action, lead, orig, rev, rag, upd or None]
            for c, v in enumerate(vals, 1):
                cell = wt.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if c in (6, 7) and v is not None:
                    cell.number_format = "dd/mm/yyyy"
            if rev is not None:
                wt.cell(row=r, column=7).font = Font(italic=True, color="C00000")
            if rag:
                wt.cell(row=r, column=8).fill = fill(rag_fill[rag])
            actions.append(act(ref, [heading, rec], action, e_lead, e_end, e_status))
            r += 1
    r += 1
    wt.cell(row=r, column=1, value="Note: dates in red italics are revised target dates agreed with the Head of Internal Audit. Actions rated B will be removed from the tracker after this meeting.")
    wt.freeze_panes = "A5"
    wb.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": "Imitates the internal audit recommendations tracker that Adur & Worthing Councils (joint services, "
                  "internal audit by Mazars) take to their Joint Audit and Governance Committee, as in the 2024-25 "
                  "committee papers (democracy.adur-worthing.gov.uk). Copied features: a Summary sheet with counts by "
                  "priority and a RAG key (B/G/A/R), a Tracker sheet with one merged grey heading row per audit "
                  "report (name, year, assurance opinion), the recommendation beside its agreed management action, "
                  "original and revised target dates (revised in red italics), a RAG letter on a coloured cell, "
                  "progress updates and a notes line.",
        "reads": "A two-sheet workbook: the Summary sheet is counts and the RAG key, not actions. The Tracker sheet "
                 "lists eight agreed management actions under four audit reports, each beside the recommendation it "
                 "answers; where a revised target date is given it is the end, and the RAG letter gives the status "
                 "(B = implemented, blue; one action has no RAG yet).",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


# ---------------------------------------------------------------------------
# 2. BCP Council - transformation programme highlight report (xlsx)
# ---------------------------------------------------------------------------
def bcp():
    name = "zzk-bcp-council-transformation-programme-highlight-report.xlsx"
    title = "BCP Council – Transformation Programme Highlight Report"
    colour = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE, None: None}
    status = {"R": "red", "A": "amber", "G": "green", "B": "blue"}
    streams = [
        ("1. Pay and Reward", [
            ("PR-01", "Complete job evaluation of the remaining Grade 8–12 roles", "Head of Organisational Design",
             d(2024, 10, 31), d(2025, 1, 31), "A", "A",
             "Panels rescheduled after sickness absence; 86% of roles now evaluated.",
             ["Head of Organisational Design"], "2025-01"),
            ("PR-02", "Issue contractual offer letters to all in-scope staff", "Director of People & Culture",
             d(2024, 11, 30), d(2025, 3, 31), "A", "R",
             "Dependent on PR-01 and the outcome of the collective consultation. Exception report to Programme Board.",
             ["Director of People & Culture"], "2025-03"),
            ("PR-03", "Ballot of recognised trade unions on the pay and reward offer", "Director of People & Culture / Head of HR",
             d(2025, 1, 31), d(2025, 1, 31), "G", "G",
             "Ballot timetable agreed with UNISON and GMB.",
             ["Director of People & Culture", "Head of HR"], "2025-01"),
        ]),
        ("2. Housing Management System", [
            ("HM-01", "Data migration trial load 2 signed off", "Housing Systems Lead",
             d(2024, 9, 30), d(2024, 11, 29), "A", "B",
             "Signed off by the Data Board on 27 November.",
             ["Housing Systems Lead"], "2024-11"),
            ("HM-02", "User acceptance testing of the repairs and rents modules", "Housing Systems Lead; Head of Housing Operations",
             d(2024, 12, 31), d(2025, 2, 28), "G", "A",
             "Supplier fixes for 23 defects awaited before UAT cycle 2 can start.",
             ["Housing Systems Lead", "Head of Housing Operations"], "2025-02"),
            ("HM-03", "Go-live of the new housing management system", "Director of Housing",
             d(2025, 4, 1), "TBC – dependent on UAT", "G", "A",
             "Go-live date to be re-baselined once UAT cycle 2 exit criteria are met.",
             ["Director of Housing"], None),
        ]),
        ("3. Estates and Accommodation", [
            ("EA-01", "Complete staff moves from the Christchurch offices to the BCP Civic Centre", "Head of Estates",
             d(2024, 12, 31), d(2024, 12, 20), "G", "B",
             "All teams relocated; building secured and handed to the disposals team.",
             ["Head of Estates"], "2024-12"),
            ("EA-02", "Cabinet approval for disposal of surplus office accommodation", "Head of Estates",
             "Feb 2025", "Feb 2025", "G", "G",
             "Report drafted for February Cabinet.",
             ["Head of Estates"], "2025-02"),
        ]),
        ("4. Customer and Digital", [
            ("CD-01", "Decommission the legacy CRM and move remaining services onto the new customer platform", "Head of Customer Services, Head of ICT",
             d(2025, 3, 31), d(2025, 3, 31), None, "G",
             "New milestone added this period following the Digital Board decision.",
             ["Head of Customer Services", "Head of ICT"], "2025-03"),
        ]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight Report"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Reporting period: December 2024"
    ws["A3"] = "Senior Responsible Owner: Chief Operations Officer    Prepared by: Transformation PMO    Date: 08/01/2025"
    # overall status block
    ws["A5"] = "Overall status"
    ws["A5"].font = Font(bold=True)
    for c, h in enumerate(["Dimension", "Previous", "Current", "Comment"], 1):
        cell = ws.cell(row=6, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill(GREY)
        cell.border = BOX
    dims = [("Time", "Amber", "Amber", "Pay and reward and housing system milestones slipping; programme close still planned for March 2025."),
            ("Cost", "Green", "Green", "Within approved transformation budget."),
            ("Scope", "Green", "Amber", "Housing management system go-live may fall outside the programme."),
            ("Benefits", "Amber", "Amber", "Savings delivered to date in line with the MTFP; pay and reward benefits deferred.")]
    word = {"Amber": AMBER, "Green": GREEN, "Red": RED}
    for r, (dim, p, c_, com) in enumerate(dims, 7):
        ws.cell(row=r, column=1, value=dim).border = BOX
        pc = ws.cell(row=r, column=2, value=p)
        pc.fill = fill(word[p])
        pc.border = BOX
        cc = ws.cell(row=r, column=3, value=c_)
        cc.fill = fill(word[c_])
        cc.border = BOX
        ws.cell(row=r, column=4, value=com).alignment = WRAP
        ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=8)
    ws["A12"] = "Key milestones"
    ws["A12"].font = Font(bold=True)
    headers = ["Ref", "Milestone / deliverable", "Owner", "Baseline date", "Forecast date",
               "Previous RAG", "Current RAG", "Commentary"]
    for c, h in enumerate(headers, 1):
        cell = ws.cell(row=13, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("203864")
        cell.alignment = WRAP
        cell.border = BOX
    for i, w in enumerate([9, 50, 32, 13, 22, 10, 10, 55]):
        ws.column_dimensions[chr(65 + i)].width = w
    r = 14
    actions = []
    for heading, ms in streams:
        ws.cell(row=r, column=1, value=heading).font = Font(bold=True)
        for c in range(1, 9):
            ws.cell(row=r, column=c).fill = fill("DEEBF7")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for (ref, text, owner, base, fc, prev, cur, com, e_lead, e_end) in ms:
            vals = [ref, text, owner, base, fc, None, None, com]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd-mmm-yy"
            if prev:
                ws.cell(row=r, column=6).fill = fill(colour[prev])
            ws.cell(row=r, column=7).fill = fill(colour[cur])
            a = act(ref, [heading], text, e_lead, e_end, status[cur],
                    end_text=fc if e_end is None else None)
            actions.append(a)
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG key:").font = Font(bold=True)
    keys = [(BLUE, "Complete"), (GREEN, "On track"), (AMBER, "At risk – recoverable within tolerance"),
            (RED, "Off track – exception report / escalation to Programme Board")]
    for i, (col, t) in enumerate(keys):
        ws.cell(row=r + 1 + i, column=1).fill = fill(col)
        ws.cell(row=r + 1 + i, column=2, value=t)
    ws.freeze_panes = "A14"

    wk = wb.create_sheet("Decisions and notes")
    wk["A1"] = "Decisions required from Programme Board"
    wk["A1"].font = Font(bold=True)
    wk["A2"] = "None this period – exception report on PR-02 for noting."
    wk["A4"] = "Notes"
    wk["A4"].font = Font(bold=True)
    wk["A5"] = "Forecast dates are the latest dates agreed by workstream leads; baseline dates are as approved in the programme plan (v4.2)."
    wk.column_dimensions["A"].width = 110
    wb.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": "Imitates a monthly highlight report of BCP Council's Transformation Programme (the programme "
                  "Cabinet closed in March 2025, with pay and reward and a new housing management system outstanding; "
                  "democracy.bcpcouncil.gov.uk, Transformation Programme completion report, January 2025). Copied "
                  "features: title block with reporting period and SRO, an overall status block (time/cost/scope/"
                  "benefits, previous and current, in words on coloured cells), a key-milestones table grouped by "
                  "numbered workstream rows, baseline and forecast dates, previous and current RAG shown only by fill "
                  "colour, a RAG key and a second sheet of decisions and notes.",
        "reads": "A highlight report for December 2024. The overall status block and the RAG key are summary, not "
                 "actions; the nine milestones under four workstreams are the actions, their end is the forecast "
                 "date (one is 'TBC – dependent on UAT', no month) and their status is the colour of the Current RAG "
                 "cell, which has no text.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


# ---------------------------------------------------------------------------
# 3. Royal Borough of Windsor & Maidenhead - corporate plan delivery plan (xlsx), REFUSE
# ---------------------------------------------------------------------------
def rbwm():
    name = "zzk-royal-borough-of-windsor-and-maidenhead-corporate-plan-delivery-plan-typo-month-refuse.xlsx"
    wb = Workbook()
    wc = wb.active
    wc.title = "Cover"
    wc["A1"] = "Royal Borough of Windsor & Maidenhead"
    wc["A1"].font = Font(bold=True, size=14)
    wc["A2"] = "Corporate Plan 2021–26: Delivery Plan 2024/25"
    wc["A2"].font = Font(bold=True, size=12)
    wc["A3"] = "Quarter 2 update (position at 30 September 2024)"
    dc = [("Document control", ""), ("Version", "1.3"), ("Owner", "Head of Strategy"),
          ("Reviewed by", "Corporate Leadership Team, 15/10/2024"),
          ("Reporting to", "Corporate Overview and Scrutiny Panel"), ("Next update", "Quarter 3 (January 2025)")]
    for i, (k, v) in enumerate(dc, 5):
        a = wc.cell(row=i, column=1, value=k)
        b = wc.cell(row=i, column=2, value=v)
        a.border = b.border = BOX
        if i == 5:
            a.font = Font(bold=True)
            a.fill = b.fill = fill(GREY)
    wc.column_dimensions["A"].width = 22
    wc.column_dimensions["B"].width = 50

    ws = wb.create_sheet("Delivery Plan")
    ws["A1"] = "Corporate Plan Delivery Plan 2024/25 – Q2 update"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Status: Complete | On track | Slipped (revised date agreed) | Off track"
    headers = ["Ref", "Goal", "Milestone", "Lead officer", "Lead Member", "Due", "Status", "Q2 commentary"]
    for c, h in enumerate(headers, 1):
        cell = ws.cell(row=3, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill("C6E0B4")
        cell.border = BOX
    for i, w in enumerate([7, 34, 50, 30, 30, 14, 14, 50]):
        ws.column_dimensions[chr(65 + i)].width = w
    plan = [
        ("Objective 1: Thriving communities", [
            ("TC1", "Residents are supported through cost of living pressures",
             "Launch the Household Support Fund round 6 application window and promote through the community hubs",
             "Head of Revenues, Benefits & Library Services", "Cabinet Member for Community Partnerships", "Oct 2024", "Complete",
             "Window opened 1 October; 1,240 applications in the first fortnight."),
            ("TC2", "More people live independently for longer",
             "Open the second extra care scheme in Maidenhead", "Assistant Director, Commissioning (Adults)",
             "Cabinet Member for Adult Social Care and Health", "Mar 2025", "On track",
             "Building works on programme; nominations panel established."),
            ("TC3", "Children and young people get the best start in life",
             "Deliver the Family Hubs transformation programme in Windsor and Maidenhead", "Director of Children’s Services",
             "Cabinet Member for Children’s Services", "Dec 2024", "Slipped",
             "Revised date agreed as March 2025 following estates delay."),
        ]),
        ("Objective 2: Inspiring places", [
            ("IP1", "Regeneration of Maidenhead town centre",
             "Submit the planning application for the next phase of the York Road scheme", "Head of Regeneration",
             "Cabinet Member for Planning", "Mar 2025", "On track", "Pre-application discussions complete."),
            ("IP2", "A cleaner, greener borough",
             "Adopt the refreshed Environment and Climate Strategy action plan", "Head of Climate Change and Sustainability",
             "Cabinet Member for Environment", "Janaury 2025", "On track",
             "Draft action plan out to partner consultation."),
            ("IP3", "Better transport connections",
             "Complete the A308 corridor improvement feasibility study", "Head of Highways",
             "Cabinet Member for Highways and Transport", "Nov 2024", "Off track",
             "Traffic modelling delayed; consultant re-procured."),
        ]),
        ("Objective 3: A council trusted to deliver its promises", [
            ("CT1", "A balanced and sustainable budget",
             "Publish the draft 2025/26 budget and medium term financial strategy for consultation", "Executive Director of Resources (S151)",
             "Cabinet Member for Finance", "Dec 2024", "On track", "Budget timetable agreed with Cabinet."),
            ("CT2", "Residents can access services online",
             "Launch the new customer portal for council tax and waste services", "Head of Digital and Customer Services",
             "Cabinet Member for Customer Services", "Feb 2025", "On track", "Testing with the resident panel under way."),
            ("CT3", "A skilled and engaged workforce",
             "Carry out the all-staff survey and publish the results", "Head of HR", "Leader of the Council",
             "Nov 2024", "Complete", "Survey closed with a 61% response rate."),
        ]),
    ]
    r = 4
    typo_row = None
    n_actions = 0
    for heading, rows in plan:
        ws.cell(row=r, column=1, value=heading).font = Font(bold=True, color="FFFFFF")
        for c in range(1, 9):
            ws.cell(row=r, column=c).fill = fill("548235")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for row in rows:
            for c, v in enumerate(row, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
            if row[5] == "Janaury 2025":
                typo_row = r
            n_actions += 1
            r += 1
    wb.save(os.path.join(HERE, name))
    assert typo_row == 10, typo_row

    write_yaml(name, {
        "source": "Imitates the Royal Borough of Windsor & Maidenhead's Corporate Plan 2021-26 delivery and "
                  "performance reporting (three objectives: thriving communities, inspiring places, a council trusted "
                  "to deliver its promises; Corporate Overview and Scrutiny Panel performance reports, rbwm.moderngov.co.uk). "
                  "Copied features: a cover sheet with a document-control table, a delivery-plan sheet with a status "
                  "legend line, merged objective rows, goal / milestone / lead officer / lead member columns, due month "
                  "as text and a status word with Q2 commentary.",
        "reads": "Nine milestones under three objectives on the 'Delivery Plan' sheet. The Due cell of IP2 (sheet "
                 "'Delivery Plan', row 10) reads 'Janaury 2025', a mistyped month: a careful reader stops and asks "
                 "rather than guess the month.",
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_row,
        "title": "Corporate Plan 2021–26: Delivery Plan 2024/25",
    })
    return n_actions


# ---------------------------------------------------------------------------
# 4. North East Lincolnshire CSP - DHR action plan (docx)
# ---------------------------------------------------------------------------
def nel_dhr():
    name = "zzk-north-east-lincolnshire-csp-dhr-kelly-action-plan.docx"
    title = "Domestic Homicide Review ‘Kelly’ – Action Plan"
    recs = [
        ("1. Agencies to ensure that practitioners routinely ask about domestic abuse when a patient or client presents with injuries or low mood, and record the response.",
         "Local", [
             ("Refresh the routine enquiry guidance for primary care and circulate it through the ICB safeguarding newsletter.",
              "NHS Humber and North Yorkshire ICB (North East Lincolnshire Place)",
              "Guidance refreshed and agreed at Safeguarding Leads meeting; newsletter issued January 2025.",
              "March 2025", "Completed 20/01/2025 – guidance available on the GP intranet.", "Complete",
              ["NHS Humber and North Yorkshire ICB (North East Lincolnshire Place)"], "2025-03", None, "blue"),
             ("Audit a sample of 30 emergency department attendances with injury for evidence of routine enquiry.",
              "Northern Lincolnshire and Goole NHS Foundation Trust",
              "Audit tool agreed; sample period set as Q4 2024/25.",
              "31/07/2025", "", "Amber",
              ["Northern Lincolnshire and Goole NHS Foundation Trust"], "2025-07", None, "amber"),
         ]),
        ("2. Humberside Police and partners to review the MARAC referral pathway so that repeat incidents below the high-risk threshold are considered for referral.",
         "Local", [
             ("Review the repeat incident criteria in the MARAC operating protocol and present the revised protocol to the MARAC Steering Group.",
              "Humberside Police / North East Lincolnshire Council (Community Safety)",
              "Task and finish group met twice; draft criteria shared with IDVA service.",
              "Q2 2025/26", "", "Green",
              ["Humberside Police", "North East Lincolnshire Council (Community Safety)"], "2025-09", None, "green"),
             ("Brief frontline officers on using professional judgement to refer cases below the threshold.",
              "Humberside Police",
              "Briefing delivered at all shift patterns in the NEL policing area.",
              "Sept 2024 – March 2025", "Completed March 2025.", "Complete",
              ["Humberside Police"], "2025-03", None, "blue"),
         ]),
        ("3. The CSP to ensure that family, friends and colleagues know how to raise concerns about domestic abuse.",
         "Local", [
             ("Run a ‘Know the Signs’ community awareness campaign during the 16 Days of Action.",
              "North East Lincolnshire Council (Community Safety)",
              "Campaign ran 25 November – 10 December 2024; 41,000 social media impressions.",
              "December 2024", "Completed December 2024.", "Complete",
              ["North East Lincolnshire Council (Community Safety)"], "2024-12", None, "blue"),
             ("Publish a guide for family, friends and colleagues on the CSP website, with details of local specialist services.",
              "Domestic Abuse Partnership Manager",
              "Guide drafted with the family of ‘Kelly’; to be kept under review.",
              "Ongoing", "", "Green",
              ["Domestic Abuse Partnership Manager"], None, "Ongoing", "green"),
         ]),
        ("4. Adult Social Care to strengthen the consideration of carer’s assessments where the carer may also be causing harm.",
         "Local", [
             ("Amend the carer’s assessment practice guidance to include domestic abuse risk indicators and the use of the DASH risk checklist.",
              "North East Lincolnshire Council (Adult Social Care)",
              "Draft guidance with the Principal Social Worker for comment.",
              "30/06/2025", "", "Amber",
              ["North East Lincolnshire Council (Adult Social Care)"], "2025-06", None, "amber"),
             ("Deliver a learning briefing from this review to adult social care practitioners and commissioned care providers.",
              "Adult Social Care; Safeguarding Adults Board",
              "Briefing not yet scheduled – awaiting Home Office quality assurance letter before publication.",
              "April 2025", "", "Red",
              ["Adult Social Care", "Safeguarding Adults Board"], "2025-04", None, "red"),
         ]),
    ]
    doc = Document()
    landscape(doc)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("North East Lincolnshire Community Safety Partnership")
    doc.add_paragraph("This action plan responds to the recommendations of the overview report. Progress is reported "
                      "to the CSP Executive Board each quarter.")
    doc.add_heading("Document control", level=2)
    t0 = doc.add_table(rows=5, cols=2)
    t0.style = "Table Grid"
    for i, (k, v) in enumerate([("Version", "3.0"), ("Date", "14 May 2025"),
                                 ("Author", "Domestic Abuse Partnership Manager"),
                                 ("Approved by", "CSP Executive Board"),
                                 ("Status", "Live – monitored by the DHR Action Plan Group")]):
        set_cell(t0.cell(i, 0), k, bold=True)
        set_cell(t0.cell(i, 1), v)
    doc.add_heading("Action plan", level=2)
    n_rows = 1 + sum(len(a) for _, _, a in recs)
    headers = ["Recommendation", "Scope of recommendation (local / regional / national)", "Action to take",
               "Lead agency", "Key milestones achieved in enacting the recommendation", "Target date",
               "Date of completion and outcome", "RAG"]
    t = doc.add_table(rows=n_rows, cols=len(headers))
    t.style = "Table Grid"
    for c, h in enumerate(headers):
        set_cell(t.cell(0, c), h, bold=True)
        shade(t.cell(0, c), "D9D9D9")
    row = 1
    actions = []
    for rec, scope, acts in recs:
        first, last = row, row + len(acts) - 1
        for (text, lead, miles, target, outcome, rag, e_lead, e_end, e_et, e_status) in acts:
            set_cell(t.cell(row, 2), text)
            set_cell(t.cell(row, 3), lead)
            set_cell(t.cell(row, 4), miles)
            set_cell(t.cell(row, 5), target)
            set_cell(t.cell(row, 6), outcome)
            set_cell(t.cell(row, 7), rag)
            actions.append(act(None, [rec], text, e_lead, e_end, e_status, end_text=e_et))
            row += 1
        if last > first:
            m0 = t.cell(first, 0).merge(t.cell(last, 0))
            m1 = t.cell(first, 1).merge(t.cell(last, 1))
        else:
            m0, m1 = t.cell(first, 0), t.cell(first, 1)
        set_cell(m0, rec)
        set_cell(m1, scope)
    doc.add_paragraph("RAG: Complete = action completed and evidenced; Green = on track; Amber = some delay, "
                      "expected to complete; Red = overdue or at risk.")
    doc.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": "Imitates a domestic homicide review action plan of a community safety partnership in the Home "
                  "Office template (Recommendation / Scope / Action to take / Lead agency / Key milestones / Target "
                  "date / Date of completion and outcome), here for North East Lincolnshire CSP, 2025, with a RAG "
                  "column added as many CSPs do. Copied features: title and partnership line, a document-control "
                  "table, the recommendation and scope cells merged down over their actions, lead agencies rather "
                  "than people (two agencies in one cell in places), target dates as months, a period, a financial "
                  "quarter and 'Ongoing', and a RAG note below the table.",
        "reads": "Four numbered recommendations, each with two actions, in one landscape table after a document "
                 "control table. The actions have no refs; the recommendation text is the heading each is read "
                 "under, the lead agency is the lead and the RAG word gives the status (Complete = blue).",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


# ---------------------------------------------------------------------------
# 5. Solihull MBC - Ofsted focused visit action plan (docx)
# ---------------------------------------------------------------------------
def solihull():
    name = "zzk-solihull-council-ofsted-focused-visit-action-plan.docx"
    title = "Ofsted Focused Visit (February 2024): Action Plan"
    colour = {"blue": BLUE, "green": GREEN, "amber": AMBER, "red": RED}
    areas = [
        ("1. The timeliness and quality of written plans for children in need, so that they are specific and measurable.", [
            ("1.1", "Relaunch the children in need plan template with SMART outcomes, agreed with practitioners through the Practice Development Forum.",
             "Principal Social Worker", "31/05/2024", "Template in use for all new plans from June 2024.",
             ["Principal Social Worker"], "2024-05", None, "blue"),
            ("1.2", "Team managers to dip-sample 20 children in need plans each month, with findings reported to the Performance Clinic.",
             "Head of Service – Children in Need", "Monthly", "Audit grades improving: 62% good or better in September.",
             ["Head of Service – Children in Need"], None, "Monthly", "green"),
            ("1.3", "Introduce a 10-working-day expectation for the first children in need plan following assessment.\nTrack compliance on the weekly performance dashboard.",
             "Service Manager (CIN/CP) / Performance and Intelligence Manager", "End of June 2024",
             "Dashboard live; compliance at 71% against a target of 85%.",
             ["Service Manager (CIN/CP)", "Performance and Intelligence Manager"], "2024-06", None, "amber"),
        ]),
        ("2. The consistency and impact of management oversight and supervision.", [
            ("2.1", "Revise the supervision policy to set minimum frequency and introduce a reflective supervision template.",
             "Head of Quality Assurance / Principal Social Worker", "July 2024", "Policy approved by DMT 23 July 2024.",
             ["Head of Quality Assurance", "Principal Social Worker"], "2024-07", None, "blue"),
            ("2.2", "Deliver management oversight training to all team managers and advanced practitioners.",
             "Workforce Development Manager", "Sept 2024 – Dec 2024", "Cohorts 1 and 2 complete; cohort 3 booked for November.",
             ["Workforce Development Manager"], "2024-12", None, "green"),
            ("2.3", "Audit supervision records quarterly and report compliance to the Children’s Improvement Board.",
             "Head of Quality Assurance", "Q3 2024/25", "Q2 audit delayed by case management system upgrade.",
             ["Head of Quality Assurance"], "2024-12", None, "red"),
        ]),
        ("3. How well children’s views and lived experience inform assessments and plans.", [
            ("3.1", "Embed the ‘Day in the Life’ tool in all child and family assessments.",
             "Service Manager (CIN/CP)", "30/09/2024", "Tool embedded in the assessment form on Liquidlogic.",
             ["Service Manager (CIN/CP)"], "2024-09", None, "green"),
            ("3.2", "Record children’s views in their own words at each plan review, and share the plan with the child in an age-appropriate format.",
             "Head of Service – Children in Need", "Q4 2024/25", "Child-friendly plan template co-produced with the Children in Care Council.",
             ["Head of Service – Children in Need"], "2025-03", None, "amber"),
        ]),
    ]
    doc = Document()
    landscape(doc)
    doc.add_paragraph(title, style="Title")
    p = doc.add_paragraph()
    p.add_run("Solihull Metropolitan Borough Council – Children’s Services").bold = True
    t0 = doc.add_table(rows=5, cols=2)
    t0.style = "Table Grid"
    for i, (k, v) in enumerate([("Date of focused visit", "6 and 7 February 2024"),
                                 ("Focus of the visit", "Children in need and children subject to a child protection plan"),
                                 ("Plan owner", "Director of Children’s Services"),
                                 ("Governance", "Children’s Improvement Board (monthly)"),
                                 ("Last updated", "15 October 2024")]):
        set_cell(t0.cell(i, 0), k, bold=True)
        set_cell(t0.cell(i, 1), v)
    doc.add_heading("RAG key", level=2)
    tk = doc.add_table(rows=4, cols=2)
    tk.style = "Table Grid"
    for i, (col, txt) in enumerate([(BLUE, "Action complete and impact evidenced"),
                                    (GREEN, "On track to be delivered by the timescale"),
                                    (AMBER, "Some slippage – mitigation in place"),
                                    (RED, "Not on track – escalated to the Children’s Improvement Board")]):
        shade(tk.cell(i, 0), col)
        set_cell(tk.cell(i, 1), txt)
    doc.add_paragraph("Ofsted’s letter identified three areas for improvement. Each is set out below with the "
                      "actions we are taking.")
    actions = []
    headers = ["Ref", "Action", "Lead", "Timescale", "Progress / evidence of impact", "RAG"]
    for heading, acts in areas:
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=1 + len(acts), cols=len(headers))
        t.style = "Table Grid"
        for c, h in enumerate(headers):
            set_cell(t.cell(0, c), h, bold=True)
            shade(t.cell(0, c), "DEEAF6")
        for i, (ref, text, lead, when, prog, e_lead, e_end, e_et, e_status) in enumerate(acts, 1):
            set_cell(t.cell(i, 0), ref)
            set_cell(t.cell(i, 1), text)
            set_cell(t.cell(i, 2), lead)
            set_cell(t.cell(i, 3), when)
            set_cell(t.cell(i, 4), prog)
            shade(t.cell(i, 5), colour[e_status])
            actions.append(act(ref, [heading], text, e_lead, e_end, e_status, end_text=e_et))
        doc.add_paragraph("")
    doc.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": "Imitates a local authority's action plan after an Ofsted focused visit under the ILACS framework "
                  "(visit to children in need and children on child protection plans; areas for improvement from the "
                  "letter), here Solihull MBC children's services, 2024. Copied features: title, a visit details / "
                  "governance table, a RAG key table of shaded cells, one heading and one table per area for "
                  "improvement, numbered actions, several leads as job titles, timescales as dates, a month, a "
                  "period, a financial quarter and 'Monthly', and RAG shown only by cell shading.",
        "reads": "Eight actions in three tables, one per area for improvement given as a numbered heading. The RAG "
                 "column cells carry no text, only a fill colour read against the key (blue = complete).",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


# ---------------------------------------------------------------------------
# 6. Bracknell Forest Health and Wellbeing Board - action log (csv)
# ---------------------------------------------------------------------------
def bracknell():
    name = "zzk-bracknell-forest-health-and-wellbeing-board-action-log.csv"
    title = "Bracknell Forest Health and Wellbeing Board – Action Log"
    meetings = [
        ("Meeting: 5 March 2024", [
            ("HWB/24/01", "05/03/2024", "Better Care Fund 2023-25",
             "Bring the Q4 Better Care Fund return to the Board for sign-off before national submission.",
             "Assistant Director: Commissioning", "04/06/2024", "B", "Q4 return signed off at the June meeting.",
             ["Assistant Director: Commissioning"], "2024-06", None, "blue"),
            ("HWB/24/02", "05/03/2024", "Joint Strategic Needs Assessment",
             "Publish the updated JSNA chapter on children’s mental health on the Bracknell Forest Insight website.",
             "Public Health Consultant", "Jun-24", "B", "Published 28 May 2024.",
             ["Public Health Consultant"], "2024-06", None, "blue"),
            ("HWB/24/03", "05/03/2024", "Pharmaceutical Needs Assessment 2025",
             "Establish a PNA steering group and agree the timetable for the 2025 PNA.\nDraft PNA to go out to 60-day consultation.",
             "DPH / Public Health Consultant", "Oct 2024", "A",
             "Steering group established; consultation start moved to November because of pre-election period.",
             ["DPH", "Public Health Consultant"], "2024-10", None, "amber"),
        ]),
        ("Meeting: 4 June 2024", [
            ("HWB/24/04", "04/06/2024", "Healthwatch annual report",
             "Share the Healthwatch findings on access to GP appointments with the Place Committee and report back on the response.",
             "Healthwatch Manager and Frimley ICB Place Director", "10/12/2024", "G",
             "Findings presented to Place Committee in August; response due in November.",
             ["Healthwatch Manager", "Frimley ICB Place Director"], "2024-12", None, "green"),
            ("HWB/24/05", "04/06/2024", "Health protection annual report",
             "Circulate childhood immunisation uptake data by ward to Board members.",
             "Public Health Consultant", "10/09/2024", "R", "Awaiting validated Q1 data from UKHSA.",
             ["Public Health Consultant"], "2024-09", None, "red"),
            ("HWB/24/06", "04/06/2024", "Joint Health and Wellbeing Strategy",
             "Identify a lead Board member for each of the four strategy priorities and confirm at the September meeting.",
             "Chair", "10/09/2024", "B", "Leads confirmed 10 September.",
             ["Chair"], "2024-09", None, "blue"),
        ]),
        ("Meeting: 10 September 2024", [
            ("HWB/24/07", "10/09/2024", "Suicide prevention",
             "Add a suicide prevention update to the Board forward plan for each March meeting.",
             "Democratic Services Officer", "Ongoing", "G", "Added to the forward plan.",
             ["Democratic Services Officer"], None, "Ongoing", "green"),
            ("HWB/24/08", "10/09/2024", "Winter planning 2024/25",
             "Provide a written update on the system winter plan, including flu vaccination uptake among frontline staff, to the December Board.",
             "RS, KC", "Dec 2024", "", "",
             ["RS", "KC"], "2024-12", None, "unrated"),
        ]),
    ]
    path = os.path.join(HERE, name)
    actions = []
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        blank = [""] * 8
        w.writerow([title] + [""] * 7)
        w.writerow(["Updated following the meeting of 10 September 2024"] + [""] * 7)
        w.writerow(blank)
        w.writerow(["Ref", "Date raised", "Item", "Action", "Owner", "Due", "RAG", "Update"])
        for heading, rows in meetings:
            w.writerow([heading] + [""] * 7)
            for (ref, raised, item, text, owner, due, rag, upd, e_lead, e_end, e_et, e_status) in rows:
                w.writerow([ref, raised, item, text, owner, due, rag, upd])
                actions.append(act(ref, [heading], text, e_lead, e_end, e_status, end_text=e_et))
        w.writerow(blank)
        w.writerow(["RAG key: R = overdue; A = in progress; G = on track / not yet due; B = complete (to be removed after the next meeting)"] + [""] * 7)

    write_yaml(name, {
        "source": "Imitates the action log kept with the minutes of the Bracknell Forest Health and Wellbeing Board "
                  "(2024 meetings; democratic.bracknell-forest.gov.uk), saved from Excel as CSV. Copied features: "
                  "a title line and an 'Updated following the meeting of' line, a header row, actions grouped under a "
                  "'Meeting:' row per meeting, action numbers HWB/yy/nn, agenda item, owner as post, initials or "
                  "abbreviation, due dates as dates, 'Jun-24', 'Oct 2024' and 'Ongoing', a RAG letter, an update "
                  "column, one action running onto a second line inside its quoted field, and a RAG key line at the end.",
        "reads": "Eight actions from three board meetings, each under its 'Meeting:' row. Status comes from the RAG "
                 "letter read with the key at the foot (B = complete); the newest action has no RAG yet.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


# ---------------------------------------------------------------------------
# 7. South Gloucestershire Council - strategic risk register (txt)
# ---------------------------------------------------------------------------
def south_glos():
    name = "zzk-south-gloucestershire-council-strategic-risk-register.txt"
    title = "South Gloucestershire Council – Strategic Risk Register"
    risks = [
        ("SR1 Medium Term Financial Strategy",
         "The Council is unable to deliver a balanced budget over the MTFS period because of demand pressures in social care and SEND.",
         "Director of Resources and Business Change", "20 (Red)", "12", "Unchanged", [
             ("SR1.1", "Deliver the 2024/25 savings programme, with monthly tracking through the Budget Board.",
              "Head of Finance", "31/03/2025", "Amber", ["Head of Finance"], "2025-03", None, "amber"),
             ("SR1.2", "Agree a deficit management plan for the Dedicated Schools Grant high needs block with the DfE.",
              "Director of Children, Adults and Health / Head of Finance", "Q1 2025/26", "Red",
              ["Director of Children, Adults and Health", "Head of Finance"], "2025-06", None, "red"),
             ("SR1.3", "Review fees and charges for 2025/26 and report proposals to Cabinet with the budget.",
              "Head of Finance", "28/02/2025", "Complete", ["Head of Finance"], "2025-02", None, "blue"),
         ]),
        ("SR2 Cyber attack and data loss",
         "A successful cyber attack disrupts critical services and leads to the loss or disclosure of personal data.",
         "Head of ICT", "15 (Amber)", "10", "Reducing", [
             ("SR2.1", "Complete the migration of the remaining on-premises servers to the secure cloud environment.",
              "Head of ICT", "Sep-25", "Green", ["Head of ICT"], "2025-09", None, "green"),
             ("SR2.2", "Run a cyber incident exercise with the Corporate Leadership Team and test the business continuity plans of critical services.",
              "Head of ICT; Emergency Planning Manager", "30/11/2024", "Complete",
              ["Head of ICT", "Emergency Planning Manager"], "2024-11", None, "blue"),
         ]),
        ("SR3 Workforce recruitment and retention",
         "The Council cannot recruit and retain staff with the skills it needs, particularly in social work and planning.",
         "Head of HR", "16 (Red)", "9", "Unchanged", [
             ("SR3.1", "Launch the refreshed employer brand and recruitment campaign for hard-to-fill social work and planning roles.",
              "Head of HR", "Jul 2025", "Green", ["Head of HR"], "2025-07", None, "green"),
             ("SR3.2", "Reduce agency social worker spend through the regional memorandum of understanding on agency rates.",
              "Director of Children, Adults and Health", "Ongoing", "Amber",
              ["Director of Children, Adults and Health"], None, "Ongoing", "amber"),
         ]),
        ("SR4 Local Plan delivery",
         "The new Local Plan is not adopted to timetable, weakening the five-year housing land supply and exposing the Council to speculative development.",
         "Director of Place", "12 (Amber)", "8", "Increasing", [
             ("SR4.1", "Refresh the Local Development Scheme and publish the revised timetable.",
              "Head of Strategic Planning", "31/03/2025", "Green", ["Head of Strategic Planning"], "2025-03", None, "green"),
             ("SR4.2", "Commission specialist evidence on transport and flood risk to support the Regulation 19 consultation.",
              "Strategic Planning Manager", "Jun 2025", "Amber", ["Strategic Planning Manager"], "2025-06", None, "amber"),
             ("SR4.3", "Submit the Local Plan for examination.",
              "Head of Strategic Planning", "Q4 2025/26", "Not started", ["Head of Strategic Planning"], "2026-03", None, "unrated"),
         ]),
    ]
    lines = [
        title,
        "Quarter 3 2024/25 – position as at 31 December 2024, reported to the Audit and Accounts Committee, 30 January 2025",
        "Exported from the corporate risk system 14/01/2025. Scores are likelihood x impact (1-5 each): 15-25 Red, 8-12 Amber, 1-6 Green.",
        "",
    ]
    actions = []
    for heading, desc, owner, score, target, direction, acts in risks:
        lines += [
            heading,
            "Description: " + desc,
            "Risk owner: " + owner,
            "Residual score: " + score + "\tTarget score: " + target + "\tDirection of travel: " + direction,
            "Further actions:",
            "Ref\tAction\tAction owner\tTarget date\tStatus",
        ]
        for (ref, text, aown, date, st, e_lead, e_end, e_et, e_status) in acts:
            lines.append("\t".join([ref, text, aown, date, st]))
            actions.append(act(ref, [heading], text, e_lead, e_end, e_status, end_text=e_et))
        lines.append("")
    lines.append("Action status: Complete / Green = on track / Amber = some slippage / Red = off track / Not started.")
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")

    write_yaml(name, {
        "source": "Imitates a council strategic risk register as taken to an audit committee each quarter, exported "
                  "as plain text from a risk system, here South Gloucestershire Council, Q3 2024/25 (the shape of "
                  "the registers reported to councils' audit committees: risk, owner, residual and target scores, "
                  "further actions with owner, target date and status). Copied features: a title block with "
                  "position date and scoring note, one block per risk (ID and title line, description, owner, "
                  "scores and direction), a tab-separated further-actions table in each block, action status words "
                  "and a status legend at the end.",
        "reads": "Four risk blocks, each headed by its risk ID and title, with ten further actions in tab-separated "
                 "rows. The risk score lines are context, not actions; each action has its owner(s), a target date "
                 "(a date, a month, a financial quarter or 'Ongoing') and a status word.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


if __name__ == "__main__":
    adur_worthing()
    bcp()
    rbwm()
    nel_dhr()
    solihull()
    bracknell()
    south_glos()
    print("done")
