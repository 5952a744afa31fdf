"""Build the seven zvj- blind test files (set heldout646).

Run with /work/main/.venv/bin/python zvj_make.py  (writes next to this script).
Each data structure below also carries, per action, the reading a person makes
(used only to write the .expected.yaml files; the data files never show it).
"""
import csv
import io
import os
from datetime import datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE = "FFC00000", "FFFFC000", "FF00B050", "FF0070C0"
GREY, NAVY, PALE = "FFD9D9D9", "FF1F3864", "FFDEEAF6"
THIN = Side(style="thin", color="FF808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(c):
    return PatternFill(start_color=c, end_color=c, fill_type="solid")


def d(s):
    return datetime.strptime(s, "%d/%m/%Y")


# ---------------------------------------------------------------------------
# 1. Department for Transport - GIAA internal audit recommendations tracker
# ---------------------------------------------------------------------------
DFT_FILE = "zvj-department-for-transport-giaa-internal-audit-recommendations-tracker.xlsx"
DFT_TITLE = "DfT Internal Audit Recommendations Tracker – open GIAA recommendations"

DFT_AUDITS = [
    ("GIAA 2024-25 / 11 – Rail passenger service contract management (Assurance: Limited)", [
        ("The Department should establish a single, maintained register of all contractual "
         "obligations under the National Rail Contracts, with a named owner for each obligation.", [
            dict(ref="11.1a", prio="High",
                 action="Build and populate an obligations register for all 14 National Rail Contracts in the Contract Management System.",
                 lead="Deputy Director, Rail Contract Management", orig="31/03/2025", rev="31/12/2025", nrev=2,
                 rag="A", upd="Register built; 9 of 14 contracts populated. Second extension agreed with GIAA due to Great British Railways transition work.",
                 x_lead=["Deputy Director, Rail Contract Management"], x_end="2025-12", x_status="amber"),
            dict(ref="11.1b", prio="High",
                 action="Assign a named obligation owner to each register entry and confirm ownership at the quarterly contract review meetings.",
                 lead="Head of Contract Assurance / Rail Contract Managers", orig="30/06/2025", rev="31/10/2025", nrev=1,
                 rag="R", upd="Dependent on 11.1a. Owners confirmed for 6 contracts only; revised date missed.",
                 x_lead=["Head of Contract Assurance", "Rail Contract Managers"], x_end="2025-10", x_status="red"),
        ]),
        ("Performance deductions applied under the contracts should be independently checked before invoices are approved.", [
            dict(ref="11.2", prio="Medium",
                 action="Introduce a second-line check by Rail Finance of all performance deduction calculations above £50,000 before invoice approval.",
                 lead="Head of Rail Finance", orig="31/05/2025", rev=None, nrev=0,
                 rag="B", upd="Check in place from Period 3 2025-26; evidence sent to GIAA 20/10/2025 for validation.",
                 x_lead=["Head of Rail Finance"], x_end="2025-05", x_status="blue"),
        ]),
    ]),
    ("GIAA 2024-25 / 19 – Cyber security: privileged access management (Assurance: Moderate)", [
        ("Privileged accounts should be recertified at least quarterly and dormant accounts removed.", [
            dict(ref="19.1", prio="High",
                 action="Implement automated quarterly recertification of all privileged accounts in the identity governance tool, with accounts dormant for 45 days disabled automatically.",
                 lead="Chief Information Security Officer", orig="30/09/2025", rev="31/03/2026", nrev=1,
                 rag="A", upd="Tool configured for the central department; agencies (DVSA, MCA) to be onboarded in Q4.",
                 x_lead=["Chief Information Security Officer"], x_end="2026-03", x_status="amber"),
        ]),
        ("Break-glass accounts should be documented and every use logged and reviewed.", [
            dict(ref="19.2", prio="Medium",
                 action="Document all break-glass accounts and route every use to the Security Operations Centre for same-day review.",
                 lead="Head of Cyber Operations, Digital Service", orig="31/12/2025", rev=None, nrev=0,
                 rag="G", upd="Inventory complete (23 accounts). SOC alert rule in testing.",
                 x_lead=["Head of Cyber Operations, Digital Service"], x_end="2025-12", x_status="green"),
        ]),
    ]),
    ("GIAA 2025-26 / 03 – Grant assurance: Local Transport Fund capital grants (Assurance: Limited)", [
        ("Grant determination letters should set out the monitoring information local authorities must return, "
         "and the consequences of not returning it.", [
            dict(ref="03.1a", prio="High",
                 action="Revise the standard grant determination letter template to require quarterly monitoring returns.",
                 lead="Deputy Director, Local Transport Funding", orig="31/12/2025", rev=None, nrev=0,
                 rag="G", upd="Draft template with Legal Advisers; on track.",
                 x_lead=["Deputy Director, Local Transport Funding"], x_end="2025-12", x_status="green"),
            dict(ref="03.1b", prio="High",
                 action="Write to all recipient authorities confirming the monitoring requirements for 2025-26 and 2026-27 allocations.",
                 lead="Deputy Director, Local Transport Funding & Grants Assurance Lead", orig="31/01/2026", rev=None, nrev=0,
                 rag="G", upd="Letter drafted for Ministerial clearance.",
                 x_lead=["Deputy Director, Local Transport Funding", "Grants Assurance Lead"], x_end="2026-01", x_status="green"),
        ]),
        ("Sample checks of grant expenditure should be risk-based and documented.", [
            dict(ref="03.2", prio="Medium",
                 action="Agree a risk-based sampling methodology with GIAA and record the outcome of each sample check in the grants management system.",
                 lead="Grants Assurance Lead", orig="28/02/2026", rev=None, nrev=0,
                 rag="", upd="Not started – scheduled to begin January 2026.",
                 x_lead=["Grants Assurance Lead"], x_end="2026-02", x_status="unrated"),
        ]),
    ]),
]
RAGFILL = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}


def make_dft(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = DFT_TITLE
    ws["A1"].font = Font(bold=True, size=14, color=NAVY)
    ws["A2"] = "Department for Transport – Audit and Risk Assurance Committee (ARAC), 26 November 2025"
    ws["A3"] = "Position as at 31 October 2025"
    ws["A4"] = "Classification: OFFICIAL"
    ws["A6"] = "Document control"
    ws["A6"].font = Font(bold=True)
    rows = [("Version", "Date", "Author", "Change"),
            ("0.1", d("03/11/2025"), "Risk and Assurance Team", "First draft from GIAA recommendations extract"),
            ("1.0", d("12/11/2025"), "Head of Risk and Assurance", "Cleared by Director General, Corporate Delivery Group")]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = ws.cell(row=7 + i, column=1 + j, value=v)
            c.border = BOX
            if isinstance(v, datetime):
                c.number_format = "dd/mm/yyyy"
            if i == 0:
                c.font = Font(bold=True)
                c.fill = fill(GREY)
    ws["A11"] = "RAG status key"
    ws["A11"].font = Font(bold=True)
    key = [("G", GREEN, "On track to meet the agreed (or revised) implementation date"),
           ("A", AMBER, "At risk – slippage likely or revised date agreed"),
           ("R", RED, "Overdue – revised date passed or no credible plan"),
           ("B", BLUE, "Implemented – awaiting GIAA validation and closure")]
    for i, (k, col, txt) in enumerate(key):
        a = ws.cell(row=12 + i, column=1, value=k)
        a.fill = fill(col)
        a.alignment = Alignment(horizontal="center")
        ws.cell(row=12 + i, column=2, value=txt)
    ws.column_dimensions["A"].width = 12
    ws.column_dimensions["B"].width = 14
    ws.column_dimensions["C"].width = 28
    ws.column_dimensions["D"].width = 50

    # Summary sheet
    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of open recommendations by priority and RAG"
    sm["A1"].font = Font(bold=True, size=12)
    counts = {}
    for _, recs in DFT_AUDITS:
        for _, acts in recs:
            for a in acts:
                counts.setdefault(a["prio"], {}).setdefault(a["rag"] or "NS", 0)
                counts[a["prio"]][a["rag"] or "NS"] += 1
    hdr = ["Priority", "On track (G)", "At risk (A)", "Overdue (R)", "Implemented (B)", "Not started", "Total"]
    for j, h in enumerate(hdr):
        c = sm.cell(row=3, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        c.border = BOX
    tot = [0] * 6
    for i, p in enumerate(["High", "Medium", "Low"]):
        cc = counts.get(p, {})
        vals = [cc.get(k, 0) for k in ("G", "A", "R", "B", "NS")]
        vals.append(sum(vals))
        tot = [t + v for t, v in zip(tot, vals)]
        sm.cell(row=4 + i, column=1, value=p).border = BOX
        for j, v in enumerate(vals):
            sm.cell(row=4 + i, column=2 + j, value=v).border = BOX
    sm.cell(row=7, column=1, value="Total").font = Font(bold=True)
    for j, v in enumerate(tot):
        c = sm.cell(row=7, column=2 + j, value=v)
        c.font = Font(bold=True)
    sm["A9"] = "One action (11.1a) has had its implementation date revised more than once (see column H of the Tracker)."
    for col, w in zip("ABCDEFG", (12, 14, 14, 14, 16, 12, 8)):
        sm.column_dimensions[col].width = w

    # Tracker sheet
    tr = wb.create_sheet("Tracker")
    tr.merge_cells("A1:J1")
    tr["A1"] = "Open GIAA recommendations – position at 31 October 2025"
    tr["A1"].font = Font(bold=True, size=12)
    tr["A2"] = "Grey rows are audit report headings. Dates are dd/mm/yyyy. Where a revised date is shown it replaces the original date."
    tr["A2"].font = Font(italic=True, size=9)
    head = ["Rec ref", "Priority", "Recommendation", "Agreed management action", "Action owner",
            "Original target date", "Revised target date", "No. of revisions", "RAG", "Progress update (October 2025)"]
    for j, h in enumerate(head):
        c = tr.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill(NAVY)
        c.alignment = WRAP
        c.border = BOX
    r = 5
    for audit, recs in DFT_AUDITS:
        tr.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        c = tr.cell(row=r, column=1, value=audit)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        r += 1
        for rec, acts in recs:
            first = r
            for a in acts:
                vals = [a["ref"], a["prio"], None, a["action"], a["lead"], d(a["orig"]),
                        d(a["rev"]) if a["rev"] else None, a["nrev"], a["rag"] or None, a["upd"]]
                for j, v in enumerate(vals):
                    c = tr.cell(row=r, column=1 + j, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, datetime):
                        c.number_format = "dd/mm/yyyy"
                if a["rag"]:
                    c = tr.cell(row=r, column=9)
                    c.fill = fill(RAGFILL[a["rag"]])
                    c.alignment = Alignment(horizontal="center", vertical="top")
                r += 1
            tr.cell(row=first, column=3, value=rec).alignment = WRAP
            if r - 1 > first:
                tr.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
    r += 1
    n = sum(len(acts) for _, recs in DFT_AUDITS for _, acts in recs)
    tr.cell(row=r, column=1, value=f"Total open actions reported: {n}").font = Font(bold=True)
    tr.cell(row=r + 1, column=1, value="Source: GIAA recommendations extract, 31/10/2025; updates from action owners.").font = Font(italic=True, size=9)
    for col, w in zip("ABCDEFGHIJ", (9, 9, 42, 48, 28, 12, 12, 9, 6, 45)):
        tr.column_dimensions[col].width = w
    tr.freeze_panes = "A5"
    wb.active = 2
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. Sky Betting & Gaming - ICO reprimand remediation action plan
# ---------------------------------------------------------------------------
SBG_FILE = "zvj-sky-betting-and-gaming-ico-reprimand-remediation-action-plan.xlsx"
SBG_TITLE = "Sky Betting & Gaming – ICO Reprimand Remediation Action Plan"
SBG = [
    ("Workstream 1 – Consent capture and cookie banner", [
        ("Advertising cookies were set and personal data shared with ad-tech partners as soon as users landed on the site, before they could accept or reject them.", [
            dict(ref="1.1", action="Reconfigure the consent management platform so that no non-essential tag fires until an affirmative choice is recorded, on all SBG web properties (Sky Bet, Sky Vegas, Sky Casino, Sky Poker).",
                 lead="Head of Digital Product; Head of Privacy", due=d("31/03/2025"), rev=None, prev=GREEN, cur=BLUE,
                 note="Deployed to all four brands 10/03/2025; independent scan confirmed no pre-consent calls.",
                 x_lead=["Head of Digital Product", "Head of Privacy"], x_end="2025-03", x_status="blue"),
            dict(ref="1.2", action="Add automated pre-release tests to the web deployment pipeline that fail any build firing non-essential tags before consent.",
                 lead="Engineering Manager, Web Platform", due=d("30/04/2025"), rev=d("30/06/2025"), prev=AMBER, cur=AMBER,
                 note="Test harness built; integration with the release pipeline delayed by the platform migration.",
                 x_lead=["Engineering Manager, Web Platform"], x_end="2025-06", x_status="amber"),
        ]),
        ("The cookie banner did not offer a ‘Reject all’ option with the same prominence as ‘Accept all’.", [
            dict(ref="1.3", action="Redesign the banner with a first-layer ‘Reject all’ button of equal size and colour, and test it with customers for comprehension.",
                 lead="UX Lead, Customer Experience", due=d("31/03/2025"), rev=None, prev=GREEN, cur=GREEN,
                 note="New banner live in test; customer panel sessions booked for w/c 17/03/2025.",
                 x_lead=["UX Lead, Customer Experience"], x_end="2025-03", x_status="green"),
        ]),
    ]),
    ("Workstream 2 – Third-party tags and data sharing", [
        ("There was no complete inventory of third-party tags and of the personal data each one received.", [
            dict(ref="2.1", action="Complete a tag and SDK inventory for all web and app properties, recording vendor, purpose, data shared and lawful basis.",
                 lead="Data Protection Officer", due=d("31/05/2025"), rev=None, prev=AMBER, cur=GREEN,
                 note="Web inventory complete (212 tags); app SDK review under way.",
                 x_lead=["Data Protection Officer"], x_end="2025-05", x_status="green"),
            dict(ref="2.2", action="Review contracts with ad-tech vendors and put controller or processor terms in place, or remove the vendor.",
                 lead="Procurement Lead & Commercial Counsel", due="End Jun 2025", rev=None, prev=None, cur=AMBER,
                 note="New action from February review. 31 vendors in scope; 12 contracts updated.",
                 x_lead=["Procurement Lead", "Commercial Counsel"], x_end="2025-06", x_status="amber"),
        ]),
        ("Customers who had self-excluded or set safer gambling controls could still be reached by retargeted advertising.", [
            dict(ref="2.3", action="Suppress self-excluded and safer-gambling-flagged customers from all marketing audiences, including paid social and programmatic, within 24 hours of the flag being set.",
                 lead="Director of Safer Gambling; CRM Marketing Manager", due=d("30/04/2025"), rev=d("31/07/2025"), prev=RED, cur=RED,
                 note="Programmatic suppression live. Paid social audience feed still weekly – daily feed needs a vendor change.",
                 x_lead=["Director of Safer Gambling", "CRM Marketing Manager"], x_end="2025-07", x_status="red"),
        ]),
    ]),
    ("Workstream 3 – Governance, training and assurance", [
        ("The privacy impact of marketing technology changes was not assessed before go-live.", [
            dict(ref="3.1", action="Make DPIA screening mandatory at the Change Advisory Board for any change that adds or alters tags, pixels or SDKs.",
                 lead="Data Protection Officer", due=d("31/03/2025"), rev=None, prev=GREEN, cur=BLUE,
                 note="CAB template updated 03/02/2025; 14 changes screened to date.",
                 x_lead=["Data Protection Officer"], x_end="2025-03", x_status="blue"),
            dict(ref="3.2", action="Deliver targeted PECR and consent training to Marketing, Digital Product and Engineering staff, with completion reported monthly.",
                 lead="Head of Compliance Training", due="Sep-25", rev=None, prev=None, cur=GREEN,
                 note="E-learning module in build with the Learning team.",
                 x_lead=["Head of Compliance Training"], x_end="2025-09", x_status="green"),
        ]),
        ("Second-line compliance monitoring did not test cookie and tracking compliance.", [
            dict(ref="3.3", action="Add quarterly cookie and tracking compliance testing to the Compliance Monitoring Plan and report results to the Risk and Compliance Committee.",
                 lead="Head of Compliance Monitoring", due=d("30/06/2025"), rev=None, prev=None, cur=None,
                 note="Not started – first test scheduled for June 2025.",
                 x_lead=["Head of Compliance Monitoring"], x_end="2025-06", x_status="unrated"),
        ]),
    ]),
]


def make_sbg(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Remediation Plan"
    ws["A1"] = SBG_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Bonne Terre Limited | Cookies and online tracking (PECR reg. 6; UK GDPR Art. 5(1)(a) and 6)"
    ws["A3"] = "Executive sponsor: Chief Legal Officer | Plan owner: Data Protection Officer | Reporting to: Risk and Compliance Committee"
    ws["A4"] = "Status as at 28 February 2025 (v1.4) – CONFIDENTIAL"
    ws["A5"] = "RAG key:"
    ws["A5"].font = Font(bold=True)
    for j, (txt, col) in enumerate([("Off track", RED), ("At risk", AMBER), ("On track", GREEN), ("Complete", BLUE)]):
        c = ws.cell(row=5, column=2 + j, value=txt)
        c.fill = fill(col)
        c.font = Font(color="FFFFFFFF" if col in (RED, BLUE) else "FF000000", bold=True)
        c.alignment = Alignment(horizontal="center")
    head = ["Ref", "ICO finding", "Remediation action", "Owner(s)", "Target date", "Revised date",
            "Prev RAG", "RAG", "Evidence / commentary"]
    for j, h in enumerate(head):
        c = ws.cell(row=7, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill(NAVY)
        c.alignment = WRAP
        c.border = BOX
    r = 8
    for wsname, finds in SBG:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        c = ws.cell(row=r, column=1, value=wsname)
        c.font = Font(bold=True)
        c.fill = fill(PALE)
        r += 1
        for finding, acts in finds:
            first = r
            for a in acts:
                vals = [a["ref"], None, a["action"], a["lead"], a["due"], a["rev"], None, None, a["note"]]
                for j, v in enumerate(vals):
                    c = ws.cell(row=r, column=1 + j, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, datetime):
                        c.number_format = "dd/mm/yyyy"
                if a["prev"]:
                    ws.cell(row=r, column=7).fill = fill(a["prev"])
                if a["cur"]:
                    ws.cell(row=r, column=8).fill = fill(a["cur"])
                r += 1
            ws.cell(row=first, column=2, value=finding).alignment = WRAP
            ws.cell(row=first, column=2).border = BOX
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Summary: 9 actions – Complete 2, On track 3, At risk 2, Off track 1, Not started 1").font = Font(bold=True)
    ws.cell(row=r + 1, column=1, value="Note: ICO reprimand issued September 2024. Plan shared with the ICO on request; progress reviewed monthly by the Privacy Steering Group.").font = Font(italic=True, size=9)
    for col, w in zip("ABCDEFGHI", (6, 40, 52, 30, 12, 12, 8, 8, 44)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A8"

    vh = wb.create_sheet("Version history")
    rows = [("Version", "Date", "Change", "By"),
            ("1.0", d("14/10/2024"), "Plan agreed by Risk and Compliance Committee", "DPO"),
            ("1.2", d("13/12/2024"), "Workstream 3 added; owners confirmed", "DPO"),
            ("1.3", d("31/01/2025"), "Action 2.2 added following vendor review", "Privacy team"),
            ("1.4", d("28/02/2025"), "February progress; 1.2 and 2.3 dates revised", "Privacy team")]
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = vh.cell(row=1 + i, column=1 + j, value=v)
            if isinstance(v, datetime):
                c.number_format = "dd/mm/yyyy"
            if i == 0:
                c.font = Font(bold=True)
    vh.column_dimensions["C"].width = 50
    wb.save(path)


# ---------------------------------------------------------------------------
# 3. North of Tyne Combined Authority - transition programme highlight report
# ---------------------------------------------------------------------------
NTCA_FILE = "zvj-north-of-tyne-ca-nemca-transition-programme-highlight-report.xlsx"
NTCA_TITLE = "Transition to the North East Mayoral Combined Authority – Programme Highlight Report"
NTCA = [
    ("1. Legal and governance", [
        dict(ref="1.1", action="Secure the Order establishing the North East Mayoral Combined Authority and abolishing NTCA and NECA",
             lead="Monitoring Officer", base=d("31/12/2023"), fc=d("29/02/2024"), last="Amber", rag="Complete",
             note="Order made; in force for vesting day.", x_lead=["Monitoring Officer"], x_end="2024-02", x_status="blue"),
        dict(ref="1.2", action="Draft the NEMCA constitution, scheme of delegation and contract procedure rules for the shadow board",
             lead="Monitoring Officer & Deputy Monitoring Officer", base=d("29/02/2024"), fc=d("31/03/2024"), last="Green", rag="Amber",
             note="Contract procedure rules awaiting procurement legal review.", x_lead=["Monitoring Officer", "Deputy Monitoring Officer"], x_end="2024-03", x_status="amber"),
        dict(ref="1.3", action="Prepare the NTCA closedown report and final Cabinet decisions register",
             lead="Head of Governance", base=d("30/04/2024"), fc=d("30/04/2024"), last="Green", rag="Green",
             note="", x_lead=["Head of Governance"], x_end="2024-04", x_status="green"),
    ]),
    ("2. Finance and assurance", [
        dict(ref="2.1", action="Agree the opening balance sheet and the transfer schedule of assets and liabilities",
             lead="Chief Finance Officer", base=d("31/03/2024"), fc=d("30/04/2024"), last="Amber", rag="Amber",
             note="Draft schedule with constituent authority s151 officers.", x_lead=["Chief Finance Officer"], x_end="2024-04", x_status="amber"),
        dict(ref="2.2", action="Complete the final NTCA statement of accounts 2023/24 for external audit",
             lead="Chief Finance Officer / Financial Accountant", base=d("31/05/2024"), fc=d("30/06/2024"), last="Green", rag="Green",
             note="Timetable agreed with external auditor.", x_lead=["Chief Finance Officer", "Financial Accountant"], x_end="2024-06", x_status="green"),
        dict(ref="2.3", action="Novate Investment Fund grant agreements to NEMCA",
             lead="Head of Investment and Programmes", base=d("31/03/2024"), fc=d("30/04/2024"), last="Red", rag="Amber",
             note="42 of 57 agreements novated; the rest await grantee signatures.", x_lead=["Head of Investment and Programmes"], x_end="2024-04", x_status="amber"),
    ]),
    ("3. People and HR", [
        dict(ref="3.1", action="Complete TUPE consultation with all NTCA staff and recognised trade unions",
             lead="HR Business Partner", base=d("29/02/2024"), fc=d("29/02/2024"), last="Green", rag="Complete",
             note="Consultation closed 23/02/2024.", x_lead=["HR Business Partner"], x_end="2024-02", x_status="blue"),
        dict(ref="3.2", action="Confirm pension admission arrangements with Tyne and Wear Pension Fund",
             lead="K. Osei and D. Marr", base=d("31/03/2024"), fc=d("15/04/2024"), last="Amber", rag="Amber",
             note="Actuarial valuation received; admission agreement in draft.", x_lead=["K. Osei", "D. Marr"], x_end="2024-04", x_status="amber"),
    ]),
    ("4. ICT, data and records", [
        dict(ref="4.1", action="Migrate NTCA SharePoint, finance system and Investment Fund CRM records to the NEMCA tenancy",
             lead="Head of Digital", base=d("30/04/2024"), fc=d("30/04/2024"), last="Amber", rag="Red",
             note="Finance system cut-over slot not yet confirmed by supplier. Escalated to SRO.", x_lead=["Head of Digital"], x_end="2024-04", x_status="red"),
        dict(ref="4.2", action="Apply the retention schedule and transfer closed records to the archive",
             lead="Information Governance Manager", base="Ongoing", fc=None, last="Green", rag="Green",
             note="Continues after vesting day under NEMCA.", x_lead=["Information Governance Manager"], x_end=None, x_end_text="Ongoing", x_status="green"),
    ]),
    ("5. Communications", [
        dict(ref="5.1", action="Deliver the stakeholder and public communications plan for vesting day",
             lead="Communications Manager", base=d("07/05/2024"), fc=d("07/05/2024"), last="Green", rag="Green",
             note="", x_lead=["Communications Manager"], x_end="2024-05", x_status="green"),
    ]),
]
WORDFILL = {"Red": RED, "Amber": AMBER, "Green": GREEN, "Complete": BLUE}


def make_ntca(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight"
    ws["A1"] = "North of Tyne Combined Authority"
    ws["A1"].font = Font(bold=True, size=12, color=NAVY)
    ws["A2"] = NTCA_TITLE
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Report to: Transition Programme Board | Reporting period: February 2024 | Report no. 9"
    info = [("Senior Responsible Owner", "Head of Paid Service"), ("Programme Manager", "R. Lindqvist"),
            ("Vesting day", "7 May 2024")]
    for i, (k, v) in enumerate(info):
        ws.cell(row=5 + i, column=1, value=k).font = Font(bold=True)
        ws.cell(row=5 + i, column=2, value=v)
    hdr = ["Status", "Last period", "This period", "Direction"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=9, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        c.border = BOX
    dash = [("Overall", "Amber", "Amber", "→"), ("Schedule", "Amber", "Green", "↑"),
            ("Budget", "Green", "Green", "→"), ("Risks and issues", "Amber", "Amber", "→")]
    for i, row in enumerate(dash):
        for j, v in enumerate(row):
            c = ws.cell(row=10 + i, column=1 + j, value=v)
            c.border = BOX
            if v in WORDFILL:
                c.fill = fill(WORDFILL[v])
    ws["A15"] = "Summary"
    ws["A15"].font = Font(bold=True)
    ws["A16"] = ("The Order was made in February and legal workstream milestones are largely on track. "
                 "Two areas need Board attention: novation of the remaining Investment Fund agreements, and "
                 "the finance system cut-over date, which is now rated red (see Milestones, 4.1).")
    ws["A16"].alignment = WRAP
    ws.merge_cells("A16:F18")
    ws["A20"] = "Key risks and issues"
    ws["A20"].font = Font(bold=True)
    ws["A21"] = "• Supplier capacity for the finance system cut-over before vesting day."
    ws["A22"] = "• Grantees not returning novation documents in time, delaying Investment Fund payments in May."
    ws["A24"] = "Decisions required from the Board"
    ws["A24"].font = Font(bold=True)
    ws["A25"] = "• Note the revised approach to novating Investment Fund agreements (paper B)."
    ws.column_dimensions["A"].width = 26
    for col in "BCD":
        ws.column_dimensions[col].width = 16

    ms = wb.create_sheet("Milestones")
    ms["A1"] = "Milestones and actions – February 2024"
    ms["A1"].font = Font(bold=True, size=12)
    head = ["Workstream", "Ref", "Milestone / action", "Lead", "Baseline date", "Forecast date",
            "Last RAG", "RAG", "Commentary"]
    for j, h in enumerate(head):
        c = ms.cell(row=2, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill(NAVY)
        c.alignment = WRAP
        c.border = BOX
    r = 3
    for wsname, acts in NTCA:
        first = r
        for a in acts:
            vals = [None, a["ref"], a["action"], a["lead"], a["base"], a["fc"], a["last"], a["rag"], a["note"] or None]
            for j, v in enumerate(vals):
                c = ms.cell(row=r, column=1 + j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, datetime):
                    c.number_format = "dd-mmm-yy"
            for col in (7, 8):
                v = ms.cell(row=r, column=col).value
                if v in WORDFILL:
                    ms.cell(row=r, column=col).fill = fill(WORDFILL[v])
            r += 1
        c = ms.cell(row=first, column=1, value=wsname)
        c.font = Font(bold=True)
        c.alignment = WRAP
        if r - 1 > first:
            ms.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    ms.cell(row=r + 1, column=1, value="Forecast date is the current expected completion date agreed by the workstream lead.").font = Font(italic=True, size=9)
    for col, w in zip("ABCDEFGHI", (20, 6, 50, 30, 12, 12, 10, 10, 44)):
        ms.column_dimensions[col].width = w

    key = wb.create_sheet("RAG key")
    for i, (k, t) in enumerate([("Green", "On track"), ("Amber", "At risk but recoverable within tolerance"),
                                ("Red", "Off track – Board intervention needed"), ("Complete", "Delivered and signed off by the workstream lead")]):
        c = key.cell(row=1 + i, column=1, value=k)
        c.fill = fill(WORDFILL[k])
        key.cell(row=1 + i, column=2, value=t)
    key.column_dimensions["B"].width = 50
    wb.save(path)


# ---------------------------------------------------------------------------
# helpers for Word
# ---------------------------------------------------------------------------
def shade(cell, hex6):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex6)
    tcPr.append(shd)


def bold_row(row, hex6=None):
    for c in row.cells:
        for p in c.paragraphs:
            for run in p.runs:
                run.font.bold = True
        if hex6:
            shade(c, hex6)


WORD_RAG = {"Red": "C00000", "Amber": "FFC000", "Green": "00B050", "Blue": "0070C0"}

# ---------------------------------------------------------------------------
# 4. Haileybury - ISI post-inspection action plan (one table per ISI area)
# ---------------------------------------------------------------------------
HAIL_FILE = "zvj-haileybury-isi-inspection-action-plan.docx"
HAIL_TITLE = "Haileybury – ISI Post-Inspection Action Plan"
HAIL = [
    ("1. Leadership and management, and governance",
     "Governors should strengthen their oversight of how policies on boarding and pupil wellbeing are implemented, so that they have a precise view of how effectively these policies work in practice.",
     [dict(ref="1.1", action="Introduce termly link-governor visits to each boarding house, with a written report to the Education and Pupil Welfare Committee after each visit.",
           lead="Chair of the Education and Pupil Welfare Committee", when="Summer term 2025", crit="Visit reports minuted at every committee meeting.", rag="Green",
           x_lead=["Chair of the Education and Pupil Welfare Committee"], x_end="2025-07", x_status="green"),
      dict(ref="1.2", action="Add a wellbeing and boarding dashboard (pastoral incidents, boarder survey results, health centre referrals) to each Council meeting pack.",
           lead="Second Master; Bursar", when="June 2025", crit="Dashboard presented at the June Council meeting.", rag="Amber",
           x_lead=["Second Master", "Bursar"], x_end="2025-06", x_status="amber")]),
    ("2. Quality of education, training and recreation",
     "Leaders should ensure that teaching in the Lower School consistently adapts tasks to challenge the most able pupils.",
     [dict(ref="2.1", action="Deliver a staff INSET programme on adaptive teaching and stretch for the most able, led by the Teaching and Learning team.",
           lead="Deputy Head (Academic)", when="Michaelmas term 2025", crit="All Lower School teachers trained; lesson observations show planned challenge.", rag="Green",
           x_lead=["Deputy Head (Academic)"], x_end="2025-12", x_status="green"),
      dict(ref="2.2", action="Run a cycle of learning walks focused on challenge in Years 9 and 10 and feed findings back to heads of department.",
           lead="Assistant Head (Teaching and Learning) / Heads of Department", when="Termly", crit="Learning walk summaries reviewed by SLT each term.", rag="Green",
           x_lead=["Assistant Head (Teaching and Learning)", "Heads of Department"], x_end=None, x_end_text="Termly", x_status="green")]),
    ("3. Pupils’ physical and mental health and emotional wellbeing",
     "Leaders should ensure that boarders’ views on the quality and variety of food are acted on consistently across houses.",
     [dict(ref="3.1", action="Establish a termly Food Committee with a boarder representative from every house, chaired by the Catering Manager, with actions published on the pupil intranet.",
           lead="Catering Manager", when="April 2025", crit="First meeting held; minutes on intranet.", rag="Blue",
           x_lead=["Catering Manager"], x_end="2025-04", x_status="blue"),
      dict(ref="3.2", action="Extend evening snack provision in all boarding houses in line with the Food Committee’s recommendations.",
           lead="Head of Boarding", when="Summer term 2025", crit="Boarder survey shows improved satisfaction with food.", rag="Amber",
           x_lead=["Head of Boarding"], x_end="2025-07", x_status="amber")]),
    ("4. Pupils’ social and economic education and contribution to society",
     "Leaders should develop sixth-form pupils’ understanding of economic wellbeing, including personal finance.",
     [dict(ref="4.1", action="Introduce a six-session personal finance module into the Lower Sixth PSHE programme, delivered with an external provider.",
           lead="Head of PSHE", when="Michaelmas term 2025", crit="Module delivered to all Lower Sixth; pupil voice survey.", rag="Green",
           x_lead=["Head of PSHE"], x_end="2025-12", x_status="green")]),
    ("5. Safeguarding",
     "Leaders should ensure that records of low-level concerns about adults are reviewed regularly so that any patterns are identified promptly.",
     [dict(ref="5.1", action="Move the recording of low-level concerns onto the school’s safeguarding platform so that the DSL and the Head receive an automated monthly summary.",
           lead="Designated Safeguarding Lead", when="31 March 2025", crit="Monthly summaries reviewed and signed off by the Head.", rag="Blue",
           x_lead=["Designated Safeguarding Lead"], x_end="2025-03", x_status="blue"),
      dict(ref="5.2", action="Review the staff code of conduct and deliver refresher training on reporting low-level concerns to all staff, including support staff and visiting coaches.",
           lead="Designated Safeguarding Lead; HR Director", when="September 2025", crit="Training records show 100% completion.", rag="Green",
           x_lead=["Designated Safeguarding Lead", "HR Director"], x_end="2025-09", x_status="green")]),
]


def make_hail(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    doc.add_heading(HAIL_TITLE, level=0)
    doc.add_paragraph("Routine inspection: 12–14 November 2024 | Report published: 29 January 2025")
    doc.add_paragraph("Approved by Council: 10 March 2025 | Next review: Education and Pupil Welfare Committee, June 2025")
    p = doc.add_paragraph()
    p.add_run("Document control").bold = True
    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    for i, row in enumerate([("Version", "Date", "Author", "Summary of changes"),
                             ("1.0", "17 February 2025", "Second Master", "First draft following publication of the report"),
                             ("1.1", "10 March 2025", "Clerk to the Council", "Amendments from Council; RAG column added")]):
        for j, v in enumerate(row):
            t.rows[i].cells[j].text = v
    bold_row(t.rows[0], "D9D9D9")
    doc.add_paragraph("The school met the Independent School Standards, including those for safeguarding. "
                      "This plan responds to the recommended next steps in the report, area by area.")
    doc.add_paragraph("RAG key: Green – on track; Amber – some delay, mitigation in place; Red – not on track; Blue – completed and evidenced.")
    for heading, rec, acts in HAIL:
        doc.add_heading(heading, level=1)
        t = doc.add_table(rows=2 + len(acts), cols=6)
        t.style = "Table Grid"
        hdr = ["Ref", "Action", "Lead(s)", "Timescale", "Success criteria / evidence", "RAG"]
        for j, h in enumerate(hdr):
            t.rows[0].cells[j].text = h
        bold_row(t.rows[0], "1F3864")
        for c in t.rows[0].cells:
            for run in c.paragraphs[0].runs:
                run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        r1 = t.rows[1]
        r1.cells[0].text = "ISI recommended next step"
        m = r1.cells[1].merge(r1.cells[5])
        m.text = rec
        for run in m.paragraphs[0].runs:
            run.italic = True
        shade(r1.cells[0], "DEEAF6")
        shade(m, "DEEAF6")
        for i, a in enumerate(acts):
            cells = t.rows[2 + i].cells
            for j, v in enumerate([a["ref"], a["action"], a["lead"], a["when"], a["crit"], a["rag"]]):
                cells[j].text = v
            shade(cells[5], WORD_RAG[a["rag"]])
        doc.add_paragraph()
    doc.add_paragraph("Progress against this plan is reported to each meeting of the Education and Pupil Welfare Committee and to Council termly.")
    s = doc.add_table(rows=2, cols=3)
    s.style = "Table Grid"
    for i, row in enumerate([("Signed (Head)", "", "10 March 2025"), ("Signed (Chair of Council)", "", "10 March 2025")]):
        for j, v in enumerate(row):
            s.rows[i].cells[j].text = v
    doc.save(path)


# ---------------------------------------------------------------------------
# 5. Horsforth Town Council - internal audit report 2024/25 action plan
# ---------------------------------------------------------------------------
HTC_FILE = "zvj-horsforth-town-council-internal-audit-action-plan-2024-25.docx"
HTC_TITLE = "Internal Audit Report 2024/25 – Action Plan"
HTC = [
    ("Objective B – Standing orders, Financial Regulations and payments", [
        dict(ref="1", rec="The Financial Regulations should be updated to the 2024 NALC model and readopted.",
             action="Clerk to circulate a draft based on the NALC 2024 model; adoption at Full Council.",
             lead="Town Clerk", when="September 2025", status="On track",
             x_lead=["Town Clerk"], x_end="2025-09", x_status="green"),
        dict(ref="2", rec="Two members should verify each batch of online payments against invoices and evidence this by initialling the payment schedule.",
             action="Dual member authorisation through the banking portal now in place; the monthly payment schedule is initialled by two councillors.",
             lead="Finance Officer", when="June 2025", status="Complete",
             x_lead=["Finance Officer"], x_end="2025-06", x_status="blue"),
    ]),
    ("Objective C – Risk management", [
        dict(ref="3", rec="The risk register should be reviewed and approved by the Council at least annually, and the approval minuted.",
             action="Risk register to be reviewed by F&GP and recommended to Full Council for approval.",
             lead="Town Clerk & Finance Officer", when="31/10/2025", status="On track",
             x_lead=["Town Clerk", "Finance Officer"], x_end="2025-10", x_status="green"),
        dict(ref="4", rec="Insurance cover for the Library Hall and Hall Park should be reviewed against current asset values.",
             action="Obtain an updated asset valuation and revise the insurance schedule at renewal.",
             lead="Deputy Clerk", when="By 1 October 2025", status="Not started",
             x_lead=["Deputy Clerk"], x_end="2025-10", x_status="unrated"),
    ]),
    ("Objective G – Payroll", [
        dict(ref="5", rec="Starter and leaver forms should be signed by the Clerk and kept on personnel files before any payroll change is made.",
             action="Adopt a starter/leaver checklist.\nPayroll provider instructed to act only on a signed form.",
             lead="Finance Officer", when="August 2025", status="On track",
             x_lead=["Finance Officer"], x_end="2025-08", x_status="green"),
    ]),
    ("Objective L – Transparency and publication", [
        dict(ref="6", rec="The website should publish everything required by the Transparency Code and the Accounts and Audit Regulations, including the notice of public rights.",
             action="Audit the website against the Transparency Code checklist and publish any missing items.",
             lead="Deputy Clerk", when="Ongoing", status="Amber",
             x_lead=["Deputy Clerk"], x_end=None, x_end_text="Ongoing", x_status="amber"),
        dict(ref="7", rec="Committee minutes should be published within one month of the meeting.",
             action="Minute publication deadline added to the committee timetable; Deputy Clerk to monitor.",
             lead="Deputy Clerk", when="Monthly", status="On track",
             x_lead=["Deputy Clerk"], x_end=None, x_end_text="Monthly", x_status="green"),
    ]),
]


def make_htc(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("HORSFORTH TOWN COUNCIL")
    r.bold = True
    r.font.size = Pt(14)
    doc.add_heading(HTC_TITLE, level=1)
    doc.add_paragraph("Finance and General Purposes Committee – 15 July 2025 – Agenda item 8 (Appendix B)")
    doc.add_paragraph("Year-end internal audit visit: 22 May 2025. The internal auditor concluded that the Council’s internal "
                      "controls were operating satisfactorily, subject to the recommendations below. The Council’s response "
                      "to each recommendation is set out in the third column.")
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for j, h in enumerate(["No.", "Internal auditor’s recommendation", "Council response / agreed action",
                           "Responsible", "Target date", "Status"]):
        t.rows[0].cells[j].text = h
    bold_row(t.rows[0], "D9D9D9")
    for obj, items in HTC:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[5])
        m.text = obj
        bold_row(row, "F2F2F2")
        for a in items:
            cells = t.add_row().cells
            for j, v in enumerate([a["ref"], a["rec"], a["action"], a["lead"], a["when"], a["status"]]):
                cells[j].text = v
    doc.add_paragraph()
    doc.add_paragraph("Note: recommendations 3 and 6 were also raised in the 2023/24 internal audit report.")
    p = doc.add_paragraph()
    p.add_run("Summary").bold = True
    s = doc.add_table(rows=6, cols=2)
    s.style = "Table Grid"
    for i, row in enumerate([("Recommendations raised", "7"), ("Complete", "1"), ("On track", "4"),
                             ("Amber", "1"), ("Not started", "1"), ("Total", "7")]):
        for j, v in enumerate(row):
            s.rows[i].cells[j].text = v
    doc.add_paragraph()
    doc.add_paragraph("Prepared by: Town Clerk, 4 July 2025")
    doc.save(path)


# ---------------------------------------------------------------------------
# 6. Samaritans - strategic risk register CSV export (typo month -> refuse)
# ---------------------------------------------------------------------------
SAM_FILE = "zvj-samaritans-strategic-risk-register-2025-26-typo-month-refuse.csv"
SAM_TITLE = "Samaritans – Strategic Risk Register 2025/26"
SAM_HEAD = ["Risk ID", "Strategic risk", "Risk owner", "Residual score (L x I)", "Trend",
            "Further action required", "Action owner", "Target date", "Action RAG", "Latest update"]
SAM_ROWS = [
    ["SR1", "Demand for the helpline, email and chat services exceeds volunteer capacity, leading to unanswered contacts",
     "Chief Executive", "16 (4x4)", "Stable", "Run the 2025 volunteer recruitment campaign, targeting 1,200 new listening volunteers",
     "Director of Volunteering", "Sept 2025", "Complete", "1,340 applications received; induction cohorts running"],
    ["", "", "", "", "", "Pilot remote listening shifts for volunteers in three branches",
     "Head of Branch Support", "March 2026", "Green", "Pilot live in Leeds and Cardiff"],
    ["SR2", "Income from individual giving falls short of the 2025/26 budget", "Director of Income and Engagement",
     "12 (3x4)", "Rising", "Launch the regular giving upgrade journey for existing donors",
     "Head of Individual Giving", "Dec-25", "Amber", "Journey built; launch moved to allow for the Christmas appeal"],
    ["SR3", "Cyber attack or data breach affecting caller, volunteer or supporter data", "Chief Operating Officer",
     "12 (3x4)", "Rising", "Achieve Cyber Essentials Plus recertification", "Head of Technology", "31/01/2026",
     "Green", "Assessor booked"],
    ["", "", "", "", "", "Run a ransomware tabletop exercise with the Executive Leadership Team",
     "Head of Technology & Data Protection Officer", "Febuary 2026", "Green", "Scenario being written with our insurer"],
    ["SR4", "A safeguarding concern involving a caller or volunteer is not identified or escalated",
     "Director of Services", "10 (2x5)", "Stable", "Refresh the safeguarding escalation guidance for listening volunteers",
     "Head of Safeguarding", "November 2025", "Amber", "Draft with volunteer representatives for comment"],
    ["", "", "", "", "", "Commission an independent review of the safeguarding framework", "Director of Services",
     "Q4 2025/26", "Not started", "Scope to Audit and Risk Committee in January"],
    ["SR5", "Non-compliance with Charity Commission or Fundraising Regulator requirements", "Company Secretary",
     "8 (2x4)", "Falling", "Complete the annual review of fundraising complaints reporting against the Code of Fundraising Practice",
     "Head of Supporter Care", "30/09/2025", "Complete", "Reported to Trustees in October"],
    ["SR6", "Weak governance in a branch leads to financial loss or reputational harm", "Chief Operating Officer",
     "9 (3x3)", "Stable", "Roll out the branch financial controls self-assessment to all branches",
     "Head of Branch Support", "June 2026", "Green", "Self-assessment tool tested with 12 branches"],
]
SAM_TYPO_LINE = 9  # physical line of the 'Febuary 2026' row, counted from 1


def make_sam(path):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    n = len(SAM_HEAD)
    w.writerow([SAM_TITLE] + [""] * (n - 1))
    w.writerow(["Audit and Risk Committee, 18 November 2025 – position at 31 October 2025"] + [""] * (n - 1))
    w.writerow([""] * n)
    w.writerow(SAM_HEAD)
    for row in SAM_ROWS:
        w.writerow(row)
    w.writerow([""] * n)
    w.writerow(["Scores: likelihood x impact, each 1 to 5. Trend compares with the last report. Action RAG: Green on track; Amber at risk; Red off track; Complete delivered."] + [""] * (n - 1))
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 7. Broads Authority - ICO data protection audit action plan (tab-separated text)
# ---------------------------------------------------------------------------
BA_FILE = "zvj-broads-authority-ico-data-protection-audit-action-plan.txt"
BA_TITLE = "Broads Authority – ICO Data Protection Audit: Management Action Plan"
BA = [
    ("Governance and Accountability", [
        dict(ref="A1", rec="The Authority should give its Data Protection Officer sufficient time and resources, and document the DPO’s reporting line to Management Team.",
             prio="High", action=["Confirm the DPO role in the Solicitor and Monitoring Officer’s job description, with 0.4 FTE ring-fenced and quarterly reports to Management Team."],
             lead="Chief Executive", when="30/09/2025", status="Complete", note="Job description approved by Management Team 15/09/2025.",
             x_lead=["Chief Executive"], x_end="2025-09", x_status="blue"),
        dict(ref="A2", rec="Information risk should be included in the corporate risk register and reviewed by the Audit and Risk Committee.",
             prio="Medium", action=["Add an information governance risk, with controls and an owner, to the corporate risk register."],
             lead="Solicitor and Monitoring Officer", when="November 2025", status="Complete", note="Included in the register reported to Audit and Risk Committee.",
             x_lead=["Solicitor and Monitoring Officer"], x_end="2025-11", x_status="blue"),
        dict(ref="A3", rec="The Authority should complete its Record of Processing Activities (RoPA) for all directorates.",
             prio="High", action=["Complete the RoPA for the Operations, Planning and Strategic Services directorates using the ICO template,",
                                  "including the ranger, moorings and toll systems."],
             lead="Head of Governance; Data Protection Officer", when="Q4 2025/26", status="Amber", note="Operations and Planning complete; Strategic Services outstanding.",
             x_lead=["Head of Governance", "Data Protection Officer"], x_end="2026-03", x_status="amber"),
    ]),
    ("Training and Awareness", [
        dict(ref="B1", rec="All staff and members should complete data protection training on induction and annually thereafter.",
             prio="Urgent", action=["Roll out mandatory annual e-learning to all staff, volunteers and members, with completion reported to Management Team monthly."],
             lead="HR Manager", when="31/10/2025", status="Red", note="Completion at 71%; seasonal rangers and volunteers outstanding.",
             x_lead=["HR Manager"], x_end="2025-10", x_status="red"),
        dict(ref="B2", rec="Staff handling subject access requests should receive specialist training.",
             prio="Medium", action=["Arrange specialist SAR training for the Governance team and directorate information champions."],
             lead="Data Protection Officer", when="March 2026", status="Green", note="Course booked for 24/02/2026.",
             x_lead=["Data Protection Officer"], x_end="2026-03", x_status="green"),
    ]),
    ("Records Management", [
        dict(ref="C1", rec="A retention schedule should be approved and applied to both electronic and paper records.",
             prio="High", action=["Adopt a retention schedule based on the LGA model and apply it to the Yare House paper archive."],
             lead="Head of Governance", when="June 2026", status="Green", note="Schedule approved; paper archive review starts in April.",
             x_lead=["Head of Governance"], x_end="2026-06", x_status="green"),
        dict(ref="C2", rec="Subject access requests should be logged centrally and statutory deadlines monitored.",
             prio="Medium", action=["Set up a SAR and FOI case log on SharePoint with automated deadline reminders."],
             lead="Data Protection Officer / ICT Manager", when="Q1 2026/27", status="Not started", note="Depends on the SharePoint migration.",
             x_lead=["Data Protection Officer", "ICT Manager"], x_end="2026-06", x_status="unrated"),
    ]),
    ("Information Security", [
        dict(ref="D1", rec="Mobile devices used by field staff should be encrypted and centrally managed.",
             prio="Urgent", action=["Enrol all ranger and maintenance team tablets and phones in Intune with encryption enforced."],
             lead="ICT Manager", when="31/12/2025", status="Complete", note="94 devices enrolled; 2 retired.",
             x_lead=["ICT Manager"], x_end="2025-12", x_status="blue"),
        dict(ref="D2", rec="Access rights to shared drives should be reviewed periodically.",
             prio="Low", action=["Directorate heads to review shared drive access every six months."],
             lead="ICT Manager", when="Six-monthly", status="Green", note="First review completed December 2025.",
             x_lead=["ICT Manager"], x_end=None, x_end_text="Six-monthly", x_status="green"),
    ]),
]


def ba_lines():
    L = [BA_TITLE,
         "Audit fieldwork 3–5 June 2025. Final report issued 28 July 2025. Progress as at 12 January 2026 (Audit and Risk Committee, 3 February 2026).",
         "ICO priority: Urgent / High / Medium / Low. Status: Complete; Green = on track; Amber = some slippage; Red = off track; Not started.",
         "",
         "\t".join(["Rec", "ICO recommendation", "Priority", "Agreed action", "Responsible officer",
                    "Target date", "Status", "Progress update"])]
    for area, items in BA:
        L.append(area)
        for a in items:
            L.append("\t".join([a["ref"], a["rec"], a["prio"], a["action"][0], a["lead"], a["when"], a["status"], a["note"]]))
            for more in a["action"][1:]:
                L.append("\t".join(["", "", "", more, "", "", "", ""]))
    L.append("")
    L.append("Summary: 9 recommendations – Complete 3; Green 3; Amber 1; Red 1; Not started 1.")
    return L


def make_ba(path):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(ba_lines()) + "\r\n")


def main():
    make_dft(os.path.join(HERE, DFT_FILE))
    make_sbg(os.path.join(HERE, SBG_FILE))
    make_ntca(os.path.join(HERE, NTCA_FILE))
    make_hail(os.path.join(HERE, HAIL_FILE))
    make_htc(os.path.join(HERE, HTC_FILE))
    make_sam(os.path.join(HERE, SAM_FILE))
    make_ba(os.path.join(HERE, BA_FILE))


if __name__ == "__main__":
    main()
