"""Build the seven jm2- blind test files (set heldout307).

Run with: /work/main/.venv/bin/python jm2_make.py
Writes the data files next to this script. The expected readings
(NAME.expected.yaml) were written separately from the same texts.
"""
import csv
import datetime as dt
import io
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE, GREEN, AMBER, RED = "0070C0", "00B050", "FFC000", "FF0000"
FILLS = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Walsall Council – internal audit recommendations tracker (xlsx, read)
# ---------------------------------------------------------------------------
WALSALL_TITLE = "Walsall Council – Internal Audit Recommendations Tracker"
# each rec: ref, priority, recommendation, action, officer, original, revised, rag, update
WALSALL = [
    ("Accounts Payable 2024/25 – Limited Assurance", "Limited", [
        ("AP1", "High",
         "Changes to supplier bank details should be independently verified by a call-back to a known contact before they are processed, and evidence of the verification retained.",
         "A call-back procedure using contact details already held on the vendor master file will be introduced, and a verification checklist completed and uploaded to Oracle for every bank detail change.",
         "Head of Finance (Exchequer)", d(2025, 3, 31), d(2025, 6, 30), "B",
         "Procedure in place from 1 May 2025. Internal Audit sample test in July 2025 found 25 of 25 changes compliant."),
        ("AP2", "Medium",
         "A duplicate payments report should be run before each payment run and any exceptions reviewed and signed off.",
         "The duplicate payments report will be scheduled before each weekly BACS run, with exceptions signed off by the AP Team Leader.",
         "AP Team Leader", d(2025, 4, 30), d(2025, 10, 31), "A",
         "Report built and tested; awaiting Oracle Fusion quarterly update to allow automatic scheduling. Run manually in the meantime."),
        ("AP3", "Low",
         "Retrospective purchase orders should be monitored and reported to management.",
         "Monthly reports of retrospective purchase orders will be issued to Directors, with repeat instances reported to CMT each quarter.",
         "Procurement & Payments Manager / Head of Finance (Exchequer)", d(2025, 9, 30), None, "G",
         "First monthly report issued July 2025; CMT report scheduled for October."),
    ]),
    ("Direct Payments (Adult Social Care) 2024/25 – Limited Assurance", "Limited", [
        ("DP1", "High",
         "Direct payment accounts should be audited within six months of a package starting and annually thereafter.",
         "A risk-based annual audit programme for direct payment accounts will be set up, with all new packages audited within 6 months of starting.\nThe backlog of 212 unaudited accounts will be cleared by the Financial Assessment Team.",
         "Head of Commissioning (Adults)", d(2025, 5, 31), d(2025, 12, 31), "A",
         "Programme agreed at DMT in June. 96 of the 212 backlog accounts audited to date; two temporary auditors start in September."),
        ("DP2", "High",
         "Surplus balances above eight weeks of care costs should be identified and recovered promptly.",
         "Surpluses over 8 weeks' budget will be identified quarterly and recovery letters issued within 14 days.",
         "Financial Assessment & Income Manager", d(2025, 3, 31), None, "R",
         "Not started – staff diverted to the Charging Policy review. Revised date to be proposed to the next Committee."),
        ("DP3", "Medium",
         "Support plans for people receiving direct payments should be recorded consistently in Mosaic.",
         "Guidance for social workers on recording direct payment support plans in Mosaic will be reissued and compliance checked through the monthly case file audit.",
         "Principal Social Worker (Adults)", d(2025, 7, 31), None, "B",
         "Guidance reissued 3 June 2025; July case file audit showed 92% compliance."),
    ]),
    ("Cyber Security – Patch Management 2024/25 – Reasonable Assurance", "Reasonable", [
        ("CS1", "Medium",
         "Servers excluded from automated patching should be formally recorded and the risk accepted.",
         "Servers outside the automated patching cycle will be recorded on an exceptions register approved by the Head of ICT Infrastructure and reviewed monthly.",
         "J. Okafor / M. Bains", d(2025, 9, 30), None, "G",
         "Exceptions register drafted; 11 servers listed. First monthly review due September."),
        ("CS2", "Low",
         "Unsupported server operating systems should be removed from the network.",
         "The remaining four Windows Server 2012 hosts will be decommissioned or isolated from the corporate network.",
         "Head of ICT Infrastructure", "Q3 2025/26", None, "G",
         "Two hosts decommissioned in August; remaining two depend on the Revenues system upgrade."),
    ]),
]
WALSALL_RAG_NAMES = {"B": "Implemented", "G": "On track", "A": "Revised date agreed", "R": "Overdue"}


def build_walsall(path):
    wb = Workbook()
    # Summary sheet
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = WALSALL_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Summary of outstanding recommendations – position as at 31 August 2025"
    ws["A2"].font = Font(italic=True)
    hdr = ["Audit", "Assurance", "Total recs", "Implemented", "On track",
           "Revised date agreed", "Overdue"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F3864")
        cell.border = BOX
    r = 5
    tot = [0, 0, 0, 0, 0]
    for group, assurance, recs in WALSALL:
        counts = [len(recs)] + [sum(1 for x in recs if x[7] == k) for k in "BGAR"]
        tot = [a + b for a, b in zip(tot, counts)]
        row = [group.rsplit(" – ", 1)[0], assurance] + counts
        for c, v in enumerate(row, 1):
            ws.cell(row=r, column=c, value=v).border = BOX
        r += 1
    for c, v in enumerate(["Total", ""] + tot, 1):
        cell = ws.cell(row=r, column=c, value=v)
        cell.font = Font(bold=True)
        cell.border = BOX
    ws.column_dimensions["A"].width = 44
    for col in "BCDEFG":
        ws.column_dimensions[col].width = 14

    # Tracker sheet
    ws = wb.create_sheet("Tracker")
    ws["A1"] = WALSALL_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Detailed tracker – position as at 31 August 2025 (Audit Committee 16 September 2025)"
    ws["A3"] = ("Priority: High = fundamental control weakness; Medium = significant weakness; "
                "Low = minor / best practice. RAG colours – see Key sheet.")
    ws["A3"].font = Font(italic=True, size=9)
    hdr = ["Rec No.", "Priority", "Recommendation", "Agreed Management Action",
           "Responsible Officer", "Original Target Date", "Revised Target Date", "RAG",
           "Management Update (Aug 2025)"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F3864")
        cell.alignment = WRAP
        cell.border = BOX
    r = 6
    for group, _assurance, recs in WALSALL:
        ws.cell(row=r, column=1, value=group).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = fill("D9D9D9")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for ref, pri, rec, act, off, orig, rev, rag, upd in recs:
            vals = [ref, pri, rec, act, off, orig, rev, None, upd]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=8).fill = fill(FILLS[rag])
            r += 1
    r += 1
    ws.cell(row=r, column=1,
            value="Note: recommendations shown Blue will be removed from the tracker once reported to Audit Committee.").font = Font(italic=True, size=9)
    widths = [9, 9, 45, 50, 28, 13, 13, 7, 45]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGHI"[i]].width = w
    ws.freeze_panes = "A6"

    # Key sheet
    ws = wb.create_sheet("Key")
    ws["A1"] = "Key"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A3"] = "RAG"
    ws["B3"] = "Meaning"
    ws["A3"].font = ws["B3"].font = Font(bold=True)
    key = [("B", "Implemented – evidence verified by Internal Audit"),
           ("G", "Not yet due / on track to meet target date"),
           ("A", "Revised target date agreed by Audit Committee"),
           ("R", "Overdue – target date passed and no revised date agreed")]
    for i, (k, txt) in enumerate(key, 4):
        ws.cell(row=i, column=1).fill = fill(FILLS[k])
        ws.cell(row=i, column=2, value=txt)
    ws["A10"] = "Assurance opinions"
    ws["A10"].font = Font(bold=True)
    ops = [("Substantial", "A sound system of governance, risk management and control."),
           ("Reasonable", "Generally sound, with some improvement required."),
           ("Limited", "Significant gaps, weaknesses or non-compliance were identified."),
           ("No", "Immediate action required; the system is open to error or abuse.")]
    for i, (k, txt) in enumerate(ops, 11):
        ws.cell(row=i, column=1, value=k)
        ws.cell(row=i, column=2, value=txt)
    ws.column_dimensions["A"].width = 14
    ws.column_dimensions["B"].width = 70
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. Gloucestershire Constabulary – police custody inspection action plan (xlsx, read)
# ---------------------------------------------------------------------------
GLOS_TITLE = "Gloucestershire Constabulary – Joint Inspection of Police Custody: Force Action Plan"
# rows: ("band", text) | ("section", text) | ("rec", text, [actions]) | ("afi", ref, text, action...)
# action: ref, action, owner, target, prev, curr, update, evidence
GLOS_ROWS = [
    ("band", "CAUSES OF CONCERN AND RECOMMENDATIONS"),
    ("section", "Cause of concern 1 – Oversight of use of force"),
    ("rec", "The force should ensure that all use of force in custody is recorded accurately, and that robust governance arrangements are in place to scrutinise it, including the removal of detainees' clothing.", [
        ("1.1", "Introduce a monthly use of force dip-sample (minimum 10 incidents) reviewed against CCTV by custody inspectors and reported to the Custody Governance Board.",
         "Chief Inspector Custody", d(2024, 12, 31), "A", "G",
         "Dip-samples completed August, September and October; findings reported to the Board on 17 October.",
         "Dip-sample reports Aug–Oct 2024"),
        ("1.2", "Amend the custody record template so that removal of clothing is recorded as a separate use of force field, with the rationale mandatory.",
         "Custody Systems Lead / NICHE Business Change Team", d(2025, 1, 31), "R", "A",
         "Change request raised with NICHE user group; build scheduled for the January release.",
         "Change request CR-2291"),
        ("1.3", "Deliver refresher training on use of force recording to all custody sergeants and detention officers.",
         "Head of Learning & Development", "March 2025", "A", "B",
         "Training delivered to 96% of custody staff by 30 September; remainder on long-term absence.",
         "Training attendance records"),
    ]),
    ("section", "Cause of concern 2 – Children held overnight in custody"),
    ("rec", "The force, with its partners, should ensure that children who are charged and refused bail are moved to local authority accommodation, and that the reasons are recorded when this does not happen.", [
        ("2.1", "Agree a joint protocol with Gloucestershire County Council for the provision of PACE beds, including requests for secure accommodation and escalation out of hours.",
         "Supt Partnerships & Vulnerability; Head of Children's Safeguarding (GCC)", d(2025, 3, 31), "A", "A",
         "Draft protocol shared with GCC in September; awaiting sign-off by the Director of Children's Services.",
         "Draft protocol v0.3"),
        ("2.2", "Record every request for local authority accommodation on the custody record and review all children held overnight at the weekly custody performance meeting.",
         "Custody Inspector (Compliance)", "Ongoing", "G", "G",
         "Weekly review in place since May 2024. 7 children held overnight Jul–Oct; all requests recorded.",
         "Weekly performance minutes"),
    ]),
    ("band", "AREAS FOR IMPROVEMENT"),
    ("section", "Leadership, accountability and partnerships"),
    ("afi", "AFI 1", "The force should make sure that custody staff receive regular refresher training in personal safety and first aid.",
     ("AFI 1", "Schedule annual personal safety and first aid refresher days for all custody staff in the custody training calendar and monitor compliance through the training dashboard.",
      "Head of Learning & Development", d(2025, 6, 30), "A", "G",
      "2025 training calendar published; 4 dates per suite booked.", "Training calendar 2025")),
    ("section", "In the custody suite: booking in, individual needs and legal rights"),
    ("afi", "AFI 2", "The force should improve privacy at the booking-in desks at Gloucester custody suite so that detainees can disclose sensitive information.",
     ("AFI 2", "Install acoustic screening between the booking-in desks at Compass House and offer detainees a private room for the risk assessment.",
      "Estates Project Manager", "Sept 2024 – Feb 2025", "R", "A",
      "Funding approved by Chief Officer Group in October; contractor appointed.", "COG decision log 08/10/2024")),
    ("afi", "AFI 3", "The force should ensure that detainees who need an interpreter are provided with one promptly, including for the risk assessment.",
     ("AFI 3", "Add an interpreter prompt to the booking-in script and audit 20 custody records a month where an interpreter was needed.",
      "Custody Inspector (Compliance)", d(2024, 12, 31), "G", "B",
      "Prompt live from 1 August; audits for August–October show 100% compliance.", "Monthly audit returns")),
    ("section", "In the custody cell: safeguarding and health care"),
    ("afi", "AFI 4", "The force should ensure that relevant information from health care records is shared with custody staff so that they can care for detainees safely.",
     ("AFI 4", "Review the information-sharing agreement with the healthcare provider and add a care-plan summary field that custody staff can view.",
      "Custody Healthcare Contract Manager", "TBC", "A", "R",
      "Provider has not agreed the data-sharing changes; escalated to the contract review meeting in November.", "")),
    ("section", "Release and transfer from custody"),
    ("afi", "AFI 5", "The force should ensure that pre-release risk assessments are meaningful and that all detainees are given information about support services on release.",
     ("AFI 5", "Refresh the pre-release risk assessment guidance and give every detainee a leaflet listing local support services on release.",
      "Chief Inspector Custody", d(2025, 4, 30), "A", "G",
      "Leaflet drafted with Gloucestershire mental health crisis team; guidance update in consultation.", "Draft leaflet")),
]


def build_glos(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = GLOS_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "HMICFRS / HM Inspectorate of Prisons unannounced inspection, 4–15 March 2024 (report published 2 July 2024)"
    ws["A3"] = "Plan owner: ACC Local Policing  |  Monitored by: Custody Governance Board  |  Update as at 31 October 2024"
    ws["A4"] = "RAG key:  B – Complete    G – On track    A – Some slippage, recoverable    R – Off track / not started"
    ws["A4"].font = Font(italic=True, size=9)
    for a in ("A2", "A3", "A4"):
        ws.merge_cells(f"{a}:I{a[1:]}")
    hdr = ["No.", "Recommendation / Area for improvement", "Action", "Action Owner",
           "Target Date", "Previous RAG (Jul 24)", "Current RAG (Oct 24)", "Progress Update",
           "Evidence"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=6, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("002060")
        cell.alignment = WRAP
        cell.border = BOX
    r = 7

    def action_row(r, a):
        ref, act, owner, target, prev, curr, upd, ev = a
        vals = {1: ref, 3: act, 4: owner, 5: target, 6: prev, 7: curr, 8: upd, 9: ev or None}
        for c in range(1, 10):
            cell = ws.cell(row=r, column=c)
            if c in vals:
                cell.value = vals[c]
            cell.alignment = WRAP
            cell.border = BOX
        if isinstance(target, dt.datetime):
            ws.cell(row=r, column=5).number_format = "mmm-yy" if ref in ("1.1", "AFI 5") else "dd/mm/yyyy"
        for c, k in ((6, prev), (7, curr)):
            ws.cell(row=r, column=c).fill = fill(FILLS[k])
            ws.cell(row=r, column=c).alignment = Alignment(horizontal="center", vertical="top")
            ws.cell(row=r, column=c).font = Font(bold=True, color="FFFFFF" if k in "BR" else "000000")

    for row in GLOS_ROWS:
        kind = row[0]
        if kind == "band":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True, color="FFFFFF")
            for c in range(1, 10):
                ws.cell(row=r, column=c).fill = fill("002060")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            r += 1
        elif kind == "section":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True)
            for c in range(1, 10):
                ws.cell(row=r, column=c).fill = fill("BDD7EE")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            r += 1
        elif kind == "rec":
            start = r
            for a in row[2]:
                action_row(r, a)
                r += 1
            ws.cell(row=start, column=2, value=row[1]).alignment = WRAP
            ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
        elif kind == "afi":
            action_row(r, row[3])
            ws.cell(row=r, column=2, value=row[2]).alignment = WRAP
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Notes: actions rated B at two consecutive Boards are closed and moved to the Closed Actions log.").font = Font(italic=True, size=9)
    widths = [8, 45, 50, 28, 14, 10, 10, 45, 24]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGHI"[i]].width = w
    ws.freeze_panes = "A7"

    # RAG summary
    ws2 = wb.create_sheet("RAG Summary")
    ws2["A1"] = "RAG Summary – Custody Inspection Action Plan"
    ws2["A1"].font = Font(bold=True, size=12)
    acts = []
    for row in GLOS_ROWS:
        if row[0] == "rec":
            acts.extend(row[2])
        elif row[0] == "afi":
            acts.append(row[3])
    ws2["A3"], ws2["B3"], ws2["C3"] = "RAG", "Previous (Jul 24)", "Current (Oct 24)"
    for c in "ABC":
        ws2[f"{c}3"].font = Font(bold=True)
    for i, k in enumerate("BGAR", 4):
        ws2.cell(row=i, column=1, value=k).fill = fill(FILLS[k])
        ws2.cell(row=i, column=2, value=sum(1 for a in acts if a[4] == k))
        ws2.cell(row=i, column=3, value=sum(1 for a in acts if a[5] == k))
    ws2.cell(row=8, column=1, value="Total").font = Font(bold=True)
    ws2.cell(row=8, column=2, value=len(acts)).font = Font(bold=True)
    ws2.cell(row=8, column=3, value=len(acts)).font = Font(bold=True)
    ws2.column_dimensions["A"].width = 12
    ws2.column_dimensions["B"].width = 18
    ws2.column_dimensions["C"].width = 18

    # Version control
    ws3 = wb.create_sheet("Version Control")
    ws3["A1"] = "Version Control"
    ws3["A1"].font = Font(bold=True, size=12)
    vc = [("Version", "Date", "Author", "Change"),
          ("0.1", "19/07/2024", "Custody Compliance Inspector", "First draft following publication of report"),
          ("1.0", "25/07/2024", "Chief Inspector Custody", "Approved by Custody Governance Board"),
          ("1.1", "31/10/2024", "Custody Compliance Inspector", "October update; RAG ratings refreshed")]
    for i, row in enumerate(vc, 3):
        for c, v in enumerate(row, 1):
            cell = ws3.cell(row=i, column=c, value=v)
            cell.border = BOX
            if i == 3:
                cell.font = Font(bold=True)
    for col, w in zip("ABCD", (10, 12, 30, 50)):
        ws3.column_dimensions[col].width = w
    wb.save(path)


# ---------------------------------------------------------------------------
# 3. Hackney Council – ASC CQC assessment improvement plan (xlsx, REFUSE)
# ---------------------------------------------------------------------------
HACKNEY_TITLE = "Hackney Council – Adult Social Care: CQC Assessment Improvement Plan 2025–26"
HACKNEY_ROWS = [
    ("theme", "Theme 1: Working with people"),
    ("qs", "QS1 Assessing needs", [
        ("1.1", "Reduce waiting times for Care Act assessments by introducing a duty-and-triage model in the Integrated Independence Team and weekly waiting list reviews.",
         "Head of Assessment & Care Management", "September 2025", "G",
         "Triage model live from 1 July; people waiting over 28 days down from 214 to 131."),
        ("1.2", "Complete a carers' assessment offer refresh with Hackney Carers Centre, including an online self-assessment.",
         "Principal Social Worker", "December 2025", "A",
         "Online form in test; co-design sessions with carers delayed to October."),
    ]),
    ("qs", "QS3 Equity in experience and outcomes", [
        ("1.3", "Publish an ASC equalities data report each quarter showing outcomes for Black, Global Majority and Charedi residents, with actions agreed at the ASC Leadership Team.",
         "Head of Strategy, Policy & Performance", "March 2026", "G",
         "First report presented to ASC Leadership Team in August."),
    ]),
    ("theme", "Theme 2: Providing support"),
    ("qs", "QS4 Care provision, integration and continuity", [
        ("2.1", "Commission additional nursing dementia beds within the borough through a block contract, to reduce out-of-borough placements.",
         "Head of Commissioning (Adults)", "Febuary 2026", "A",
         "Market engagement event held 9 September; procurement route agreed."),
    ]),
    ("qs", "QS5 Partnerships and communities", [
        ("2.2", "Agree a joint voluntary and community sector prevention offer with the North East London ICB Hackney place team.",
         "Director of Adult Social Care; Hackney Place Director (NEL ICB)", "January 2026", "G",
         "Joint working group established; draft offer due November."),
    ]),
    ("theme", "Theme 3: Ensuring safety within the system"),
    ("qs", "QS7 Safeguarding", [
        ("3.1", "Clear the backlog of safeguarding concerns awaiting triage and introduce a 24-hour triage standard in the MASH.",
         "Head of Safeguarding Adults", "October 2025", "B",
         "Backlog cleared 19 September; 24-hour standard met in 97% of concerns in September."),
    ]),
    ("qs", "QS6 Safe systems, pathways and transitions", [
        ("3.2", "Implement a joint transitions protocol with Children and Families Service for young people aged 14–25 with care and support needs.",
         "Head of Preparing for Adulthood", "November 2025", "G",
         "Protocol drafted and consulted on with families."),
    ]),
    ("theme", "Theme 4: Leadership"),
    ("qs", "QS8 Governance, management and sustainability", [
        ("4.1", "Establish an ASC Improvement Board chaired by the Chief Executive to oversee delivery of this plan, with a quarterly report to Health in Hackney Scrutiny Commission.",
         "Director of Adult Social Care", "March 2026", "G",
         "Board meeting monthly since May 2025."),
    ]),
    ("qs", "QS9 Learning, improvement and innovation", [
        ("4.2", "Introduce a practice quality assurance framework with monthly case file audits and a learning log shared with all teams.",
         "Principal Social Worker", "June 2026", "R",
         "Framework drafted but audit tool not yet built in Mosaic; resource being identified."),
    ]),
]


def build_hackney(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = HACKNEY_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A3"] = "Document control"
    ws["A3"].font = Font(bold=True)
    dc = [("Version", "Date", "Owner", "Status"),
          ("1.0", "30/04/2025", "Director of Adult Social Care", "Approved by Cabinet"),
          ("1.3", "30/09/2025", "ASC Improvement Programme Manager", "Quarter 2 update")]
    for i, row in enumerate(dc, 4):
        for c, v in enumerate(row, 1):
            cell = ws.cell(row=i, column=c, value=v)
            cell.border = BOX
            if i == 4:
                cell.font = Font(bold=True)
    ws["A9"] = "RAG key"
    ws["A9"].font = Font(bold=True)
    key = [("B", "Complete"), ("G", "On track"), ("A", "At risk – mitigation in place"),
           ("R", "Off track – escalated to Improvement Board")]
    for i, (k, txt) in enumerate(key, 10):
        ws.cell(row=i, column=1, value=k).fill = fill(FILLS[k])
        ws.cell(row=i, column=2, value=txt)
    for col, w in zip("ABCD", (12, 14, 36, 24)):
        ws.column_dimensions[col].width = w

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = HACKNEY_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:G1")
    ws["A2"] = "CQC assessment report published 14 March 2025 – overall rating: Requires Improvement"
    ws.merge_cells("A2:G2")
    hdr = ["Ref", "Quality statement", "Action", "Lead", "Due", "RAG", "Update (September 2025)"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("7030A0")
        cell.border = BOX
    r = 5
    for row in HACKNEY_ROWS:
        if row[0] == "theme":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True)
            for c in range(1, 8):
                ws.cell(row=r, column=c).fill = fill("E4DFEC")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            r += 1
            continue
        start = r
        for ref, act, lead, due, rag, upd in row[2]:
            vals = [ref, None, act, lead, due, rag, upd]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
            ws.cell(row=r, column=6).fill = fill(FILLS[rag])
            r += 1
        ws.cell(row=start, column=2, value=row[1]).alignment = WRAP
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
    for col, w in zip("ABCDEFG", (6, 26, 60, 32, 16, 6, 50)):
        ws.column_dimensions[col].width = w
    wb.save(path)


# ---------------------------------------------------------------------------
# Word helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_text(cell, text, bold=False, size=None, color=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        if size:
            run.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 4. Caerphilly CBC – Panel Performance Assessment action plan (docx, read)
# ---------------------------------------------------------------------------
CAERPHILLY_TITLE = "Panel Performance Assessment 2024: Council Response and Action Plan"
CAERPHILLY_THEMES = [
    ("Theme 1: Vision, priorities and transformation",
     "Recommendation 1: Set out a clear and compelling long-term vision for the county borough, supported by a prioritised and fully resourced Mobilising Team Caerphilly transformation programme.",
     [("1.1", "Refresh the Corporate Plan well-being objectives into a single ‘Caerphilly 2035’ place vision, co-produced with residents through the Caerphilly Conversation engagement programme.",
       "Chief Executive", "March 2026", "On track",
       "Engagement sessions held in all five community areas; draft vision to Cabinet in January 2026."),
      ("1.2", "Re-baseline the Mobilising Team Caerphilly programme, prioritising projects by financial benefit and impact on residents, and publish a single programme plan with milestones.",
       "Head of Transformation / Head of Financial Services and S151 Officer", "31/10/2025", "Some slippage",
       "Prioritisation complete; programme plan delayed pending confirmation of the 2026/27 provisional settlement.")]),
    ("Theme 2: Financial resilience",
     "Recommendation 2: Close the medium-term budget gap through a multi-year savings plan that does not rely on the use of reserves.",
     [("2.1", "Agree a three-year Medium Term Financial Plan, with savings proposals identified for 2026/27 and 2027/28, at the December 2025 Cabinet.",
       "Head of Financial Services and S151 Officer", "By December 2025", "On track",
       "Savings proposals of £18.4m identified; public consultation opens November."),
      ("2.2", "Introduce quarterly reserves monitoring reports to Cabinet and the Governance and Audit Committee, including a minimum level of general reserves.",
       "Corporate Finance Manager", "Q2 2025/26", "Complete",
       "First quarterly report considered by Governance and Audit Committee on 16 September 2025.")]),
    ("Theme 3: Workforce and organisational culture",
     "Recommendation 3: Strengthen a ‘One Council’ culture by developing leadership capacity at all levels and improving internal communication.",
     [("3.1", "Launch a leadership development programme for all Heads of Service and Service Managers, delivered in partnership with Academi Wales.",
       "Head of People Services", "April 2026", "Not started",
       "Scheduled to start in January 2026 once the senior management restructure is complete."),
      ("3.2", "Hold quarterly all-staff ‘Talk to the Chief Exec’ sessions and publish a monthly staff newsletter.",
       "Chief Executive; Communications Manager", "Ongoing", "On track",
       "Sessions held in June and September with over 600 staff attending."),
      ("3.3", "Repeat the staff survey and report the findings and an action plan to the Corporate Management Team.",
       "Head of People Services", "30 November 2025", "Off track",
       "Survey procurement delayed; likely to run in February 2026.")]),
    ("Theme 4: Performance management and self-assessment",
     "Recommendation 4: Make better use of performance and benchmarking data so that members can scrutinise progress against the Corporate Plan.",
     [("4.1", "Develop a Power BI corporate performance dashboard available to all elected members, replacing the quarterly PDF reports.",
       "Business Improvement Manager", "January 2026", "On track",
       "Prototype demonstrated to Cabinet members in August."),
      ("4.2", "Provide training for scrutiny committee members on using performance and benchmarking data, with support from Data Cymru.",
       "Head of Democratic Services", "Sept 2025 – Jan 2026", "Some slippage",
       "Two of five sessions delivered; remaining sessions rearranged because of the budget timetable.")]),
]
CAERPHILLY_KEY = [("Complete", "Action delivered", BLUE),
                  ("On track", "Progressing as planned and expected to meet the timescale", GREEN),
                  ("Some slippage", "Behind plan but recoverable within the timescale", AMBER),
                  ("Off track", "Will not meet the timescale; corrective action needed", RED),
                  ("Not started", "Not yet due to start", "D9D9D9")]


def build_caerphilly(path):
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph(CAERPHILLY_TITLE, style="Title")
    doc.add_paragraph("Caerphilly County Borough Council | Cyngor Bwrdeistref Sirol Caerffili")
    p = doc.add_paragraph("Document control")
    p.runs[0].bold = True
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in enumerate(["Version", "Date", "Author", "Comments"]):
        set_text(t.rows[0].cells[c], h, bold=True)
    for row in [("0.3", "10/03/2025", "Corporate Policy Manager", "Draft for Governance and Audit Committee review"),
                ("1.0", "26/03/2025", "Corporate Policy Manager", "Approved by Cabinet"),
                ("1.1", "30/09/2025", "Corporate Policy Manager", "Six-month progress update")]:
        cells = t.add_row().cells
        for c, v in enumerate(row):
            set_text(cells[c], v)

    doc.add_heading("1. Introduction", level=1)
    doc.add_paragraph(
        "The Local Government and Elections (Wales) Act 2021 requires the Council to arrange a Panel "
        "Performance Assessment (PPA) once in each electoral cycle and to respond to the Panel's report. "
        "The Panel visited the Council between 18 and 22 November 2024 and its report was received in "
        "February 2025. The Panel made four recommendations. This document sets out the actions the "
        "Council will take in response and reports progress as at 30 September 2025.")
    doc.add_paragraph(
        "The Governance and Audit Committee reviewed the draft response on 18 March 2025 and made no "
        "recommendations for change.")

    doc.add_heading("2. Progress key", level=1)
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    set_text(t.rows[0].cells[0], "Status", bold=True)
    set_text(t.rows[0].cells[1], "Meaning", bold=True)
    for status, meaning, colour in CAERPHILLY_KEY:
        cells = t.add_row().cells
        set_text(cells[0], status, bold=True)
        shade(cells[0], colour)
        set_text(cells[1], meaning)

    doc.add_heading("3. Action plan", level=1)
    for theme, rec, actions in CAERPHILLY_THEMES:
        doc.add_heading(theme, level=2)
        t = doc.add_table(rows=2, cols=6)
        t.style = "Table Grid"
        top = t.rows[0].cells[0].merge(t.rows[0].cells[5])
        set_text(top, rec, bold=True)
        shade(top, "DEEAF6")
        for c, h in enumerate(["Ref", "Action", "Lead officer", "Timescale", "Status",
                               "Progress update (September 2025)"]):
            set_text(t.rows[1].cells[c], h, bold=True)
            shade(t.rows[1].cells[c], "1F4E79")
        for ref, act, lead, when, status, upd in actions:
            cells = t.add_row().cells
            for c, v in enumerate([ref, act, lead, when, status, upd]):
                set_text(cells[c], v)
            colour = {s: col for s, _m, col in CAERPHILLY_KEY}[status]
            shade(cells[4], colour)
        doc.add_paragraph()

    doc.add_heading("4. Governance and sign-off", level=1)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in enumerate(["Meeting", "Date", "Outcome"]):
        set_text(t.rows[0].cells[c], h, bold=True)
    for row in [("Governance and Audit Committee", "18/03/2025", "Draft response reviewed – no changes recommended"),
                ("Cabinet", "26/03/2025", "Response and action plan approved"),
                ("Corporate Management Team", "07/10/2025", "Six-month progress update noted")]:
        cells = t.add_row().cells
        for c, v in enumerate(row):
            set_text(cells[c], v)
    doc.save(path)


# ---------------------------------------------------------------------------
# 5. Perth & Kinross Council – SHR Annual Assurance Statement improvement plan (docx, read)
# ---------------------------------------------------------------------------
PK_TITLE = "Annual Assurance Statement 2024: Housing Improvement Plan"
# area -> issues -> actions (ref, action, officer, target, rag or None, progress)
PK_AREAS = [
    ("1. Tenant and resident safety", [
        ("Electrical safety: 412 homes (3.6%) did not have a valid EICR at 31 March 2024 (material non-compliance reported to the SHR)", [
            ("1a", "Complete all outstanding EICRs through the additional contractor framework, prioritising homes where tenants have been identified as vulnerable.",
             "Service Manager – Repairs and Investment", "31 March 2025", "B",
             "All 412 EICRs completed by 14 March 2025; 9 forced-access cases resolved."),
            ("1b", "Introduce a weekly compliance report to the Housing Management Team showing homes approaching their five-year EICR date and any no-access cases.",
             "Compliance Team Leader", "30/06/2025", "G",
             "Weekly report in place since June; compliance at 99.8% at 31 August."),
        ]),
        ("Damp and mould: no single policy, and response times to reports were inconsistent", [
            ("1c", "Approve and publish a Damp and Mould Policy with a 10 working day inspection standard.",
             "Karen Lee and Graeme Ross", "Dec 2025 (revised from Sept 2025)", "A",
             "Policy drafted; tenant consultation extended to include the Tenant Scrutiny Panel."),
        ]),
    ]),
    ("2. Homelessness", [
        ("Unsuitable Accommodation Order: 37 breaches in 2023/24", [
            ("2a", "Convert 20 council properties to furnished temporary accommodation to reduce the use of bed and breakfast.",
             "Homelessness Service Manager", "March 2026", "G",
             "12 properties converted; a further 8 identified."),
            ("2b", "Review the Rapid Rehousing Transition Plan and increase the proportion of lets to homeless households to 50%.",
             "Housing Options Team Leader / Homelessness Service Manager", "31/03/2026", "R",
             "Lets to homeless households at 41% in Q1; review delayed by staff vacancies."),
        ]),
    ]),
    ("3. Equalities and human rights", [
        ("Equalities data: we do not yet collect data on all protected characteristics for tenants and housing applicants", [
            ("3a", "Add protected characteristic questions to the tenancy sign-up and housing application forms, in line with SHR guidance.",
             "Tenant Participation Officer", "30 September 2025", "B",
             "New questions live on both forms from 1 September 2025."),
            ("3b", "Carry out a tenant profile survey to update equalities data for existing tenants.",
             "Tenant Participation Officer", "Annually", None,
             "First survey to be issued with the 2026 rent letter."),
        ]),
    ]),
    ("4. Tenant engagement and scrutiny", [
        ("Tenant scrutiny of the Annual Assurance Statement was limited", [
            ("4a", "Involve the Tenant Scrutiny Panel in reviewing the evidence for the 2025 Annual Assurance Statement before it is approved by Committee.",
             "Tenant Participation Officer", "October 2025", "G",
             "Panel evidence sessions held 2 and 16 September."),
        ]),
    ]),
]


def build_pk(path):
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    sec = doc.sections[0]
    from docx.enum.section import WD_ORIENT
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    doc.add_paragraph(PK_TITLE, style="Title")
    doc.add_paragraph("Perth & Kinross Council – Housing and Social Wellbeing Committee, 29 October 2025 (Appendix 2)")
    doc.add_paragraph(
        "Our Annual Assurance Statement, submitted to the Scottish Housing Regulator in October 2024, "
        "reported material non-compliance on electrical safety and identified further areas where we need "
        "to improve. This plan sets out the actions we are taking and our progress at the end of September 2025.")
    doc.add_paragraph(
        "Progress is shown by the shading in the RAG column: Blue – complete; Green – on track; "
        "Amber – at risk of delay; Red – off track. Unshaded – not yet started.")
    cols = ["Ref", "Issue identified", "Improvement action", "Responsible officer", "Target date",
            "Progress at September 2025", "RAG"]
    t = doc.add_table(rows=1, cols=len(cols))
    t.style = "Table Grid"
    for c, h in enumerate(cols):
        set_text(t.rows[0].cells[c], h, bold=True)
        shade(t.rows[0].cells[c], "BFBFBF")
    for area, issues in PK_AREAS:
        cells = t.add_row().cells
        m = cells[0].merge(cells[-1])
        set_text(m, area, bold=True)
        shade(m, "DAE3F3")
        for issue, actions in issues:
            first = len(t.rows)
            for ref, act, off, target, rag, prog in actions:
                cells = t.add_row().cells
                for c, v in enumerate([ref, None, act, off, target, prog, ""]):
                    if v is not None:
                        set_text(cells[c], v)
                if rag:
                    shade(cells[6], FILLS[rag])
            last = len(t.rows) - 1
            top = t.rows[first].cells[1]
            if last > first:
                top = top.merge(t.rows[last].cells[1])
            set_text(top, issue)
    doc.add_paragraph()
    doc.add_heading("Glossary", level=2)
    g = doc.add_table(rows=0, cols=2)
    g.style = "Table Grid"
    for k, v in [("AAS", "Annual Assurance Statement"),
                 ("EICR", "Electrical Installation Condition Report"),
                 ("SHR", "Scottish Housing Regulator"),
                 ("UAO", "Unsuitable Accommodation Order")]:
        cells = g.add_row().cells
        set_text(cells[0], k, bold=True)
        set_text(cells[1], v)
    doc.save(path)


# ---------------------------------------------------------------------------
# 6. Dumfries and Galloway Council – 2023/24 annual audit report action plan (csv, read)
# ---------------------------------------------------------------------------
DG_TITLE = "Dumfries and Galloway Council – 2023/24 Annual Audit Report: Action Plan progress update"
DG_HEADER = ["No.", "Issue/risk", "Recommendation", "Agreed management action",
             "Responsible officer", "Agreed date", "Progress update (May 2025)", "RAG"]
DG_ROWS = [
    ("1", "Financial sustainability",
     "The Council should set out how it will close the cumulative budget gap of £48.2 million to 2026/27, identifying recurring savings rather than relying on reserves.",
     "A three-year savings and transformation plan will be presented to Full Council alongside the 2025/26 budget.",
     "Head of Finance and Procurement", "31 March 2025",
     "Plan approved by Full Council on 27 February 2025.", "B"),
    ("2", "Transformation programme",
     "The Council should strengthen the governance of its transformation programme so that the expected savings and benefits from each project are tracked and reported.",
     "(a) A benefits realisation framework will be introduced for all projects in the programme.\n(b) Progress will be reported quarterly to the Finance, Procurement and Transformation Committee.",
     "Chief Executive; Director Economy and Resources", "30/09/2025",
     "Framework drafted; first quarterly report due September.", "G"),
    ("3", "Capital programme slippage",
     "The Council should review the deliverability of its capital programme, as 38% of the 2023/24 budget was not spent.",
     "Capital projects will be re-profiled and a gateway review introduced before projects enter the programme.",
     "Head of Finance and Procurement", "Revised: 31 December 2025 (originally 31 March 2025)",
     "Re-profiling complete; gateway process delayed to align with new Capital Strategy.", "A"),
    ("4", "Workforce planning",
     "The Council should update its workforce plan to address recruitment and retention difficulties in social work and roads services.",
     "A refreshed Workforce Plan 2025–28 will be developed with service-level plans for hard-to-fill posts.",
     "Head of HR and Organisational Development", "Q2 2025/26",
     "Service workshops under way.", "G"),
    ("5", "Asset management",
     "The Council should complete condition surveys of its operational property so that backlog maintenance is fully costed.",
     "Condition surveys of all operational buildings will be completed and the backlog maintenance figure reported to members.",
     "Head of Property and Architectural Services", "June 2025",
     "84% of surveys complete; on course for June.", "G"),
    ("b/f 1", "IT disaster recovery",
     "The Council should test its IT disaster recovery arrangements regularly and report the results.",
     "Disaster recovery tests will be carried out for critical systems and results reported to the Information Governance Board.",
     "Head of IT", "Ongoing",
     "Two of five critical systems tested; remaining tests scheduled.", "A"),
    ("b/f 2", "Best Value self-assessment",
     "The Council should carry out a corporate Best Value self-assessment to inform its improvement priorities.",
     "A Best Value self-assessment will be completed using the Accounts Commission's Best Value framework.",
     "Head of Policy and Performance", "31 March 2025",
     "Not yet started due to capacity; new date to be agreed.", "R"),
]


def build_dg(path):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    blank = [""] * len(DG_HEADER)
    w.writerow([DG_TITLE] + [""] * 7)
    w.writerow(["Audit, Risk and Scrutiny Committee – 24 June 2025"] + [""] * 7)
    w.writerow(["RAG: B = complete; G = on track; A = some delay; R = significant delay"] + [""] * 7)
    w.writerow(blank)
    w.writerow(DG_HEADER)
    for row in DG_ROWS:
        w.writerow(list(row))
    w.writerow(blank)
    counts = {k: sum(1 for r in DG_ROWS if r[7] == k) for k in "BGAR"}
    w.writerow([f"Summary: {len(DG_ROWS)} actions – B {counts['B']}, G {counts['G']}, A {counts['A']}, R {counts['R']}"] + [""] * 7)
    w.writerow(["Source: 2023/24 Annual Audit Report to Members and the Controller of Audit, Appendix 1 (action plan and follow-up of prior year recommendations)"] + [""] * 7)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 7. Lambeth Council – corporate risk register Q2 2025/26 (tab-separated txt, read)
# ---------------------------------------------------------------------------
LAMBETH_TITLE = "London Borough of Lambeth – Corporate Risk Register Q2 2025/26"
LAMBETH_HEADER = ["Risk", "Risk Owner", "Current Score", "Target Score", "DoT", "Action ID",
                  "Further Action Planned", "Action Owner", "Due Date", "Action RAG"]
LAMBETH_RISKS = [
    ("CR01 Financial sustainability – the Council cannot set a balanced budget or deliver a sustainable Medium Term Financial Strategy",
     "Corporate Director, Finance and Performance", "16", "9", "↔", [
         ("CR01-A1", "Deliver the 2025/26 savings programme of £23.6m, with monthly tracking of delivery at the Corporate Leadership Team.",
          "Director of Finance", "Mar-26", "A"),
         ("CR01-A2", "Refresh the MTFS to 2029/30 and present it to Cabinet with the draft 2026/27 budget.",
          "Head of Strategic Finance", "31/12/2025", "G"),
         ("CR01-A3", "Complete the fees and charges review and implement the new charges from 1 April 2026.",
          "Head of Strategic Finance; Director of Finance", "Q4 2025/26", "G"),
     ]),
    ("CR04 Temporary accommodation – demand for temporary accommodation continues to exceed supply, increasing costs and the use of B&B",
     "Corporate Director, Housing", "16", "12", "↑", [
         ("CR04-A1", "Acquire 100 additional homes for use as temporary accommodation through the TA acquisitions programme.",
          "Director of Housing Needs / Head of TA Procurement", "31/03/2026", "A"),
         ("CR04-A2", "Review every family in B&B for more than six weeks at the weekly TA panel.",
          "Head of Housing Options", "Weekly", "G"),
     ]),
    ("CR07 Cyber security – a successful cyber-attack disrupts Council services or leads to a loss of data",
     "Chief Digital Officer", "12", "8", "↔", [
         ("CR07-A1", "Complete the migration of the remaining on-premise file servers to the cloud tenancy.",
          "Head of Infrastructure", "30 Nov 2025", "R"),
         ("CR07-A2", "Run a cyber incident exercise with the Corporate Leadership Team.",
          "Head of Cyber Security", "Sep-25", "B"),
     ]),
    ("CR09 Building safety – failure to meet Building Safety Act and Awaab's Law requirements in council-owned homes",
     "Corporate Director, Housing", "12", "6", "↓", [
         ("CR09-A1", "Submit all outstanding safety case reports for higher-risk buildings to the Building Safety Regulator.",
          "Director of Building Safety", "Dec-25", "G"),
         ("CR09-A2", "Implement the new damp and mould response procedure to meet Awaab's Law timescales from 27 October 2025.",
          "Head of Repairs; Head of Asset Management", "27/10/2025", "B"),
         ("CR09-A3", "Recruit six additional damp and mould surveyors.",
          "Head of Repairs", "Jan-26", "A"),
     ]),
]


def build_lambeth(path):
    lines = [
        LAMBETH_TITLE,
        "Position as at 30 September 2025 – reported to Corporate Committee, 20 November 2025",
        "",
        "Scoring: Likelihood (1–4) × Impact (1–4). Red 12–16, Amber 6–9, Green 1–4.",
        "Action RAG: B = complete, G = on track, A = at risk, R = off track",
        "",
        "\t".join(LAMBETH_HEADER),
    ]
    for risk, owner, cur, tgt, dot, actions in LAMBETH_RISKS:
        for i, (aid, act, aown, due, rag) in enumerate(actions):
            if i == 0:
                lead = [risk, owner, cur, tgt, dot]
            else:
                lead = ["", "", "", "", ""]
            lines.append("\t".join(lead + [aid, act, aown, due, rag]))
    lines += [
        "",
        "DoT (direction of travel): ↑ risk increasing, ↔ no change, ↓ risk decreasing",
        "Risks closed this quarter: CR12 Elections Act implementation (de-escalated to the Chief Executive's directorate register)",
    ]
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


FILES = {
    "jm2-walsall-council-internal-audit-recommendations-tracker.xlsx": build_walsall,
    "jm2-gloucestershire-constabulary-police-custody-inspection-action-plan.xlsx": build_glos,
    "jm2-hackney-council-asc-cqc-assessment-improvement-plan-typo-month-refuse.xlsx": build_hackney,
    "jm2-caerphilly-cbc-panel-performance-assessment-action-plan.docx": build_caerphilly,
    "jm2-perth-kinross-council-shr-annual-assurance-statement-improvement-plan.docx": build_pk,
    "jm2-dumfries-galloway-council-annual-audit-report-2023-24-action-plan.csv": build_dg,
    "jm2-lambeth-council-corporate-risk-register-q2-2025-26.txt": build_lambeth,
}

if __name__ == "__main__":
    for name, fn in FILES.items():
        fn(os.path.join(HERE, name))
        print("wrote", name)
