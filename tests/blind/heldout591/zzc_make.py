"""Build the seven zzc- blind test files (set heldout591).

Run with /work/main/.venv/bin/python zzc_make.py  (writes next to this script).
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "R": "FF0000", "A": "FFC000", "G": "00B050", "B": "00B0F0", "GREY": "BFBFBF",
    "HEAD": "1F3864", "BAND": "D9E1F2", "BAND2": "8EA9DB", "LIGHT": "F2F2F2",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def d(y, m, day):
    return dt.datetime(y, m, day)


def path(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------------------
# 1. Warwickshire County Council - Council Delivery Plan Q2 progress (xlsx)
# ---------------------------------------------------------------------------
def warwickshire():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Warwickshire County Council"
    cov["A1"].font = Font(bold=True, size=12)
    cov["A2"] = "Council Delivery Plan 2025–2027"
    cov["A2"].font = Font(bold=True, size=16)
    cov["A3"] = "Quarter 2 2025/26 Progress Report (1 July – 30 September 2025)"
    cov["A3"].font = Font(italic=True, size=12)
    cov["A5"] = "Purpose"
    cov["A5"].font = Font(bold=True)
    cov["A6"] = ("This workbook reports progress against the actions in the Council Delivery Plan for the "
                 "second quarter of 2025/26. It accompanies the Integrated Performance Report to Cabinet "
                 "on 13 November 2025.")
    cov.merge_cells("A6:D6")
    cov["A6"].alignment = WRAP
    cov.row_dimensions[6].height = 48
    cov["A8"] = "RAG key"
    cov["A8"].font = Font(bold=True)
    key = [("Blue", "B", "Complete"),
           ("Green", "G", "On track to deliver by the target date"),
           ("Amber", "A", "At risk – some slippage, recoverable within the plan period"),
           ("Red", "R", "Off track – will not be delivered by the target date"),
           ("Grey", "GREY", "Not yet started")]
    for i, (word, code, meaning) in enumerate(key):
        r = 9 + i
        cov.cell(r, 1, word).fill = fill(FILL[code])
        cov.cell(r, 2, meaning)
    cov["A15"] = "Document owner: Business Intelligence – Corporate Performance Team"
    cov["A16"] = "Version: 1.2 (final for Cabinet)"
    cov.column_dimensions["A"].width = 18
    cov.column_dimensions["B"].width = 60

    # Summary sheet (totals block, not actions)
    sm = wb.create_sheet("Summary")
    sm["A1"] = "Council Delivery Plan 2025–2027 – Q2 2025/26 summary of action status"
    sm["A1"].font = Font(bold=True, size=12)
    hdr = ["Strategic Priority", "Blue", "Green", "Amber", "Red", "Not started", "Total"]
    for c, h in enumerate(hdr, 1):
        cell = sm.cell(3, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(FILL["HEAD"])
    rows = [("Thriving Economy and Places", 0, 2, 2, 0, 0, 4),
            ("Best Lives", 1, 1, 0, 1, 1, 4),
            ("Sustainable Futures", 0, 1, 1, 0, 0, 2),
            ("Total", 1, 4, 3, 1, 1, 10)]
    for i, row in enumerate(rows):
        for c, v in enumerate(row, 1):
            cell = sm.cell(4 + i, c, v)
            if row[0] == "Total":
                cell.font = Font(bold=True)
    sm.column_dimensions["A"].width = 32

    ws = wb.create_sheet("Delivery Plan")
    ws["A1"] = "Council Delivery Plan 2025–2027 – Quarter 2 2025/26 Progress"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = ("Position at 30 September 2025. The Q1 RAG is shown for comparison; the Q2 RAG is the "
                "current position.")
    ws.merge_cells("A2:I2")
    headers = ["Ref", "Action", "Directorate", "Lead Officer", "Target Date", "Revised Target Date",
               "Q1 RAG", "Q2 RAG", "Q2 Progress Commentary"]
    for c, h in enumerate(headers, 1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(FILL["HEAD"])
        cell.alignment = WRAP
        cell.border = BOX

    P1 = "Strategic Priority: Thriving Economy and Places"
    P2 = "Strategic Priority: Best Lives"
    P3 = "Strategic Priority: Sustainable Futures"
    content = [
        ("P", P1),
        ("F", "Area of Focus 1 – Create vibrant places with safe and inclusive communities"),
        ("1.1", "Complete the Transforming Nuneaton programme by opening the new Nuneaton Library and "
                "Business Centre and the Abbey Street residential development.",
         "Communities", "Director – Economy & Place", d(2026, 3, 31), None, "G", "G",
         "Building handover achieved in August; fit-out on programme for opening in February 2026."),
        ("1.2", "Work with district and borough councils and Warwickshire Police to deliver the Safer "
                "Warwickshire Partnership Board priorities for 2025/26, including the county-wide response "
                "to the Serious Violence Duty.",
         "Communities", "Head of Community Safety / Safer Warwickshire Partnership Manager", "Q4 2025/26",
         None, "G", "A",
         "Serious Violence strategy refresh delayed pending Home Office guidance; partners agreed a revised "
         "timetable at the September Board."),
        ("F", "Area of Focus 2 – Deliver major infrastructure, digital connectivity and improved transport "
              "options"),
        ("2.1", "Deliver the 2025/26 highway maintenance programme, resurfacing at least 120km of the "
                "county’s classified road network.",
         "Communities", "Assistant Director – Highways & Transport", d(2026, 3, 31), None, "G", "G",
         "74km completed to the end of September; surface dressing season closed on target."),
        ("2.2", "Extend gigabit-capable broadband to a further 6,000 rural premises through the Project "
                "Gigabit contract with Building Digital UK.",
         "Resources", "Digital Infrastructure Programme Manager", d(2025, 12, 31), d(2026, 6, 30), "A", "A",
         "Supplier survey delays; BDUK approved a re-phased plan with completion now expected in June 2026."),
        ("P", P2),
        ("F", "Area of Focus 3 – Improve outcomes for children and young people with special educational "
              "needs and disabilities"),
        ("3.1", "Open two new SEND resourced provisions in mainstream secondary schools in Rugby and "
                "Stratford-on-Avon districts, creating 40 additional places.",
         "Children and Young People", "Director of Education", "September 2025", None, "G", "B",
         "Both provisions opened to pupils on 3 September 2025."),
        ("3.2", "Improve the timeliness of Education, Health and Care needs assessments so that at least 60% "
                "of new EHC plans are issued within 20 weeks.",
         "Children and Young People", "Head of SEND & Inclusion", d(2026, 3, 31), None, "R", "R",
         "Timeliness at 38% for the year to date. Additional educational psychology capacity commissioned "
         "from October; recovery trajectory reported to the SEND Partnership Board."),
        ("F", "Area of Focus 4 – Support people to live healthy, happy and independent lives"),
        ("4.1", "Embed the Adult Social Care Prevention and Wellbeing Strategy through the Living Well "
                "Warwickshire offer in each district.",
         "People", "Director of Adult Social Care", "Ongoing", None, "G", "G",
         "Living Well offer now live in all five districts; 1,240 residents supported in Q2."),
        ("4.2", "Start construction of 150 Extra Care Housing units on the Lillington and Bedworth sites with "
                "registered provider partners.",
         "People", "Lead Commissioner (Housing with Care)", d(2027, 3, 31), None, "Not started",
         "Not started", "Planning applications to be submitted in Q4 2025/26."),
        ("P", P3),
        ("F", "Area of Focus 5 – Deliver on our commitments to tackle climate change and support nature "
              "recovery"),
        ("5.1", "Plant a further 100,000 trees in 2025/26 towards the commitment to plant one tree for every "
                "resident of Warwickshire.",
         "Communities", "Head of Climate Change", d(2026, 3, 31), None, "G", "G",
         "Planting season starts in November; 96,000 whips ordered and community schemes confirmed."),
        ("5.2", "Install solar PV and LED lighting at 12 council-owned buildings funded by the Public Sector "
                "Decarbonisation Scheme.",
         "Resources", "Head of Property Services; Carbon Reduction Lead", d(2025, 12, 31), d(2026, 3, 31),
         "G", "A",
         "Four sites complete. Grid connection delays at Shire Hall and two libraries; remaining works "
         "re-programmed to Q4."),
    ]
    r = 5
    for item in content:
        if item[0] in ("P", "F"):
            ws.cell(r, 1, item[1])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            c = ws.cell(r, 1)
            if item[0] == "P":
                c.font = Font(bold=True, color="FFFFFF", size=12)
                c.fill = fill("2F5597")
            else:
                c.font = Font(bold=True)
                c.fill = fill(FILL["BAND"])
            r += 1
            continue
        ref, act, direc, lead, tgt, rev, q1, q2, comm = item
        vals = [ref, act, direc, lead, tgt, rev, q1, q2, comm]
        for ci, v in enumerate(vals, 1):
            cell = ws.cell(r, ci, v)
            cell.alignment = WRAP
            cell.border = BOX
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy" if ci == 5 else "mmm-yy"
        for ci, v in ((7, q1), (8, q2)):
            code = "GREY" if v == "Not started" else v
            ws.cell(r, ci).fill = fill(FILL[code])
            ws.cell(r, ci).alignment = Alignment(horizontal="center", vertical="top", wrap_text=True)
        r += 1
    widths = [7, 55, 18, 30, 13, 13, 9, 9, 50]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A5"
    wb.save(path("zzc-warwickshire-county-council-delivery-plan-2025-27-q2-progress.xlsx"))


# ---------------------------------------------------------------------------
# 2. East Sussex County Council - Strategic Risk Register Q2 2025/26 (xlsx)
# ---------------------------------------------------------------------------
def east_sussex():
    wb = Workbook()
    ws = wb.active
    ws.title = "Strategic Risk Register"
    ws["A1"] = "East Sussex County Council"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Strategic Risk Register – Quarter 2 2025/26"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Appendix B to the Council Monitoring report, Quarter 2 2025/26"
    ws["A3"].font = Font(italic=True)
    headers = ["Risk", "Risk Description", "Pre-Mitigation RAG", "Action Ref", "Risk Control / Response",
               "Action Owner", "Target Date", "Action RAG", "Q2 Update", "Post-Mitigation RAG",
               "Direction of Travel"]
    for c, h in enumerate(headers, 1):
        cell = ws.cell(5, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(FILL["HEAD"])
        cell.alignment = WRAP
        cell.border = BOX

    risks = [
        ("Strat 5: Reconciling Policy, Performance & Resources",
         "There is ongoing uncertainty in relation to future funding allocations and the impact of national "
         "reforms, particularly across Children’s Services and Adult Social Care, creating a risk of "
         "insufficient resources being available to sustain service delivery.",
         "R", "R", "↔",
         [("5.1", "Deliver the Reconciling Policy, Performance and Resources (RPPR) process for 2026/27, "
                  "presenting a balanced draft budget and updated Medium Term Financial Plan to Cabinet in "
                  "January 2026.",
           "Chief Finance Officer", d(2026, 1, 31), "G",
           "Draft budget proposals considered by Cabinet in September; consultation under way."),
          ("5.2", "Lobby government, with the County Councils Network and local MPs, on the impact of the "
                  "Fair Funding Review 2.0 on East Sussex.",
           "Chief Executive", "Ongoing", "G",
           "Response to the funding consultation submitted in August."),
          ("5.3", "Identify and agree further savings proposals of £15m for consideration in the 2026/27 "
                  "budget.",
           "Corporate Management Team", "Dec 2025", "A",
           "£9.4m identified to date; further options being developed for November Cabinet.")]),
        ("Strat 12: Cyber Attack",
         "The National Cyber Security Centre has warned of an increased threat from ransomware and "
         "state-sponsored attacks. A successful attack could result in the loss of systems and data and of "
         "the ability to deliver services.",
         "R", "R", "↔",
         [("12.1", "Complete the migration of remaining on-premises servers to the secure cloud environment "
                   "and decommission the legacy data centre.",
           "Assistant Director – IT & Digital", d(2026, 3, 31), "A",
           "68% of servers migrated; supplier resourcing has delayed the final phase."),
          ("12.2", "Run a cyber incident exercise with the Corporate Management Team and test the Council’s "
                   "ransomware recovery playbook.",
           "Head of IT Security\nEmergency Planning Manager", "Nov-25", "B",
           "Exercise held on 14 October 2025; lessons learned report to CMT."),
          ("12.3", "Deliver mandatory cyber security awareness training to all staff with network access, "
                   "achieving 95% completion.",
           "Head of IT Security", "31 March 2026", "G",
           "Completion at 88% and rising.")]),
        ("Strat 22: Delivery of Oracle Implementation",
         "The replacement of the Council’s core finance and HR systems with Oracle Fusion is complex; delays "
         "or defects at go-live could disrupt payroll, payments to suppliers and financial reporting.",
         "R", "R", "↑",
         [("22.1", "Complete user acceptance testing and payroll parallel runs before the go-live decision.",
           "Oracle Programme Director", d(2026, 2, 28), "A",
           "Second parallel run showed variances now being resolved with the implementation partner."),
          ("22.2", "Put in place a post go-live hypercare support model with the implementation partner.",
           "Oracle Programme Director & Head of HR Operations", "Apr 2026", None,
           "Not yet started – dependent on the go-live date.")]),
        ("Strat 19: Schools and ISEND",
         "Demand for Education, Health and Care plans and specialist placements continues to exceed available "
         "funding, with a growing deficit on the Dedicated Schools Grant High Needs Block.",
         "R", "R", "↔",
         [("19.1", "Implement the High Needs Block deficit management plan agreed with the Department for "
                   "Education, reporting progress to Schools Forum each term.",
           "Director of Children’s Services", "Termly", "A",
           "In-year deficit forecast £3.1m above plan owing to independent placement costs."),
          ("19.2", "Open 120 additional specialist places through new special school satellite and SEN unit "
                   "provision by September 2026.",
           "Assistant Director – Education", "September 2026", "G",
           "Two satellite sites approved; building works start January 2026.")]),
        ("Strat 23: Local Government Reorganisation and Devolution",
         "Government has invited proposals for unitary local government in East Sussex and Brighton & Hove. "
         "Reorganisation will require significant capacity while business as usual services are maintained.",
         "A", "A", "↔",
         [("23.1", "Submit the Council’s final proposal for local government reorganisation in East Sussex to "
                   "government and prepare for the statutory consultation.",
           "Chief Executive", d(2025, 9, 26), "B",
           "Final proposal submitted on 26 September 2025.")]),
    ]
    r = 6
    for title, desc, pre, post, trend, acts in risks:
        first = r
        for ref, text, owner, tgt, rag, upd in acts:
            vals = {4: ref, 5: text, 6: owner, 7: tgt, 8: rag, 9: upd}
            for ci, v in vals.items():
                cell = ws.cell(r, ci, v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            if rag:
                ws.cell(r, 8).fill = fill(FILL[rag])
                ws.cell(r, 8).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
        last = r - 1
        for ci, v in ((1, title), (2, desc), (3, pre), (10, post), (11, trend)):
            ws.cell(first, ci, v)
            if last > first:
                ws.merge_cells(start_row=first, start_column=ci, end_row=last, end_column=ci)
            cell = ws.cell(first, ci)
            cell.alignment = WRAP if ci in (1, 2) else Alignment(horizontal="center", vertical="top")
            cell.border = BOX
            if ci in (3, 10):
                cell.fill = fill(FILL[v])
            if ci == 1:
                cell.font = Font(bold=True)
    r += 1
    ws.cell(r, 1, "Action RAG key: G – on track; A – some delay, recoverable; R – significantly off track; "
                  "B – complete. Blank – not yet started.")
    ws.cell(r + 1, 1, "Pre-Mitigation and Post-Mitigation RAG show the rating of the risk itself, not the "
                      "progress of the actions.")
    widths = [26, 45, 11, 8, 55, 28, 12, 9, 40, 11, 10]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w

    hs = wb.create_sheet("Historic RAG")
    hs["A1"] = "East Sussex County Council"
    hs["A2"] = "Strategic Risk Register – Quarter 2 2025/26"
    hs["A3"] = "Strategic risks – historic post-mitigation RAG ratings"
    hs["A3"].font = Font(bold=True)
    qs = ["24/25 Q1", "24/25 Q2", "24/25 Q3", "24/25 Q4", "25/26 Q1", "25/26 Q2"]
    hs.cell(5, 1, "Ref").font = Font(bold=True)
    hs.cell(5, 2, "Strategic Risk").font = Font(bold=True)
    for i, q in enumerate(qs):
        hs.cell(5, 3 + i, q).font = Font(bold=True)
    hist = [("5", "Reconciling Policy, Performance & Resources", "RRRRRR"),
            ("12", "Cyber Attack", "RRRRRR"),
            ("22", "Delivery of Oracle Implementation", "  RRRR"),
            ("19", "Schools and ISEND", "RRRRRR"),
            ("23", "Local Government Reorganisation and Devolution", "   AAA")]
    for j, (ref, name, seq) in enumerate(hist):
        hs.cell(6 + j, 1, ref)
        hs.cell(6 + j, 2, name)
        for i, ch in enumerate(seq):
            if ch != " ":
                c = hs.cell(6 + j, 3 + i, ch)
                c.fill = fill(FILL[ch])
    hs.column_dimensions["B"].width = 45
    wb.save(path("zzc-east-sussex-county-council-strategic-risk-register-q2-2025-26.xlsx"))


# ---------------------------------------------------------------------------
# 3. London Borough of Haringey - internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
def haringey():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "London Borough of Haringey"
    sm["A1"].font = Font(bold=True, size=12)
    sm["A2"] = "Internal Audit – Outstanding Recommendations Tracker"
    sm["A2"].font = Font(bold=True, size=14)
    sm["A3"] = "Audit Committee, 20 November 2025 – position at 31 October 2025"
    hdr = ["Directorate", "Priority 1", "Priority 2", "Total", "Past original target date"]
    for c, h in enumerate(hdr, 1):
        cell = sm.cell(5, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(FILL["HEAD"])
    rows = [("Adults, Housing & Health", 2, 2, 4, 3),
            ("Culture, Strategy & Engagement", 0, 2, 2, 0),
            ("Children’s Services", 0, 1, 1, 0),
            ("Environment & Resident Experience", 1, 0, 1, 1),
            ("Total", 3, 5, 8, 4)]
    for i, row in enumerate(rows):
        for c, v in enumerate(row, 1):
            cell = sm.cell(6 + i, c, v)
            if row[0] == "Total":
                cell.font = Font(bold=True)
    sm["A12"] = ("Priority 1 – fundamental control weakness requiring immediate action; Priority 2 – "
                 "significant weakness to be addressed within an agreed timescale.")
    sm.column_dimensions["A"].width = 36

    ws = wb.create_sheet("Recommendations")
    ws["A1"] = "Internal Audit – Outstanding Recommendations Tracker (position at 31 October 2025)"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("RAG: Blue – implemented and verified by Internal Audit; Green – in progress and on track for "
                "the agreed date; Amber – at risk of missing the agreed date; Red – agreed date passed and "
                "not implemented.")
    headers = ["Audit (Year)", "Assurance", "Rec No.", "Priority", "Finding / Recommendation",
               "Agreed Management Action", "Responsible Officer", "Original Target Date",
               "Revised Target Date", "RAG", "Management Update (October 2025)"]
    for c, h in enumerate(headers, 1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(FILL["HEAD"])
        cell.alignment = WRAP
        cell.border = BOX
    audits = [
        ("Direct Payments (2024/25)", "Limited", [
            ("DP1", "1", "Direct payment accounts should be reviewed within eight weeks of the start of a "
                         "package and annually thereafter, with unspent balances recovered.",
             "Introduce a monthly audit report of direct payment accounts overdue for review and recover "
             "surplus balances above eight weeks of planned spend.",
             "Head of Service – Adult Social Care Operations", d(2025, 3, 31), d(2025, 9, 30), "Red",
             "Backlog reduced from 312 to 140 accounts. Additional finance officer in post from November."),
            ("DP2", "2", "Signed direct payment agreements should be held on the case record for every "
                         "recipient.",
             "Carry out a one-off exercise to obtain and upload missing signed agreements, and add a "
             "mandatory document check to the Mosaic workflow.",
             "Principal Social Worker (Adults) & Systems Development Manager", d(2025, 6, 30), None, "Blue",
             "Implemented. Verified by Internal Audit in September 2025."),
        ]),
        ("Temporary Accommodation – Procurement and Payments (2024/25)", "Limited", [
            ("TA1", "1", "All nightly-paid temporary accommodation should be procured through the approved "
                         "dynamic purchasing system with documented rate approval.",
             "Move all nightly-paid bookings onto the Dynamic Purchasing System and require Head of Service "
             "approval for rates above the agreed ceiling.",
             "Assistant Director, Housing Demand", d(2025, 5, 31), d(2025, 12, 31), "Amber",
             "82% of bookings now on the DPS. Two large providers yet to register."),
            ("TA2", "2", "Invoices for temporary accommodation should be matched to occupancy records before "
                         "payment.",
             "Implement a monthly reconciliation of provider invoices against the housing management system "
             "occupancy report.",
             "Temporary Accommodation Manager", d(2025, 12, 31), None, "Green",
             "Reconciliation template agreed with Finance; first run due in November."),
        ]),
        ("Cyber Security – Patch Management (2025/26)", "Limited", [
            ("CY1", "2", "Critical security patches should be applied within 14 days of release in line with "
                         "the Patch Management Policy.",
             "Deploy automated patching for all Windows servers and report compliance monthly to the Digital "
             "Services Board.",
             "Head of Digital Infrastructure", d(2025, 12, 31), None, "Green",
             "Automated patching live for 70% of servers."),
            ("CY2", "2", "Unsupported operating systems should be identified, risk-assessed and removed from "
                         "the network.",
             "Complete the decommissioning of the remaining 23 Windows Server 2012 devices, with risk "
             "acceptance signed off for any that cannot be removed.",
             "Head of Digital Infrastructure / Chief Information Security Officer", d(2025, 11, 30),
             d(2026, 3, 31), "Amber",
             "Nine devices remain; three support the legacy social care finance system."),
        ]),
        ("Schools – Financial Controls Thematic (2024/25)", "Reasonable", [
            ("SC1", "2", "Schools should ensure purchase orders are raised and approved before goods or "
                         "services are ordered.",
             "Issue updated guidance to all maintained schools and include purchase order compliance in the "
             "autumn term Schools Finance Forum.",
             "Schools Finance Manager", "Autumn term 2025", None, "Green",
             "Guidance issued 15 October 2025; Forum session booked for 4 December."),
        ]),
        ("Parking Permits and Suspensions Income (2024/25)", "Limited", [
            ("PK1", "1", "Income from parking suspensions should be reconciled monthly between the permit "
                         "system and the general ledger.",
             "Introduce a monthly reconciliation signed off by the Parking Operations Manager, with "
             "unreconciled items investigated within 10 working days.",
             "Parking Operations Manager; Finance Business Partner (Environment)", d(2025, 7, 31),
             d(2025, 10, 31), "Green",
             "Reconciliations in place from August; awaiting Internal Audit verification."),
        ]),
    ]
    ragfill = {"Red": "R", "Amber": "A", "Green": "G", "Blue": "B"}
    r = 5
    for audit, assurance, recs in audits:
        first = r
        for rec in recs:
            no, prio, finding, action, officer, orig, rev, rag, upd = rec
            vals = {3: no, 4: prio, 5: finding, 6: action, 7: officer, 8: orig, 9: rev, 10: rag, 11: upd}
            for ci, v in vals.items():
                cell = ws.cell(r, ci, v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            ws.cell(r, 10).fill = fill(FILL[ragfill[rag]])
            r += 1
        last = r - 1
        for ci, v in ((1, audit), (2, assurance)):
            ws.cell(first, ci, v)
            if last > first:
                ws.merge_cells(start_row=first, start_column=ci, end_row=last, end_column=ci)
            ws.cell(first, ci).alignment = WRAP
            ws.cell(first, ci).border = BOX
            ws.cell(first, ci).font = Font(bold=(ci == 1))
    widths = [28, 11, 7, 8, 45, 45, 30, 12, 12, 8, 40]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    wb.save(path("zzc-haringey-council-internal-audit-recommendations-tracker.xlsx"))


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


def set_cell(cell, text, bold=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        run = p.add_run(line)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
        if i < len(lines) - 1:
            run.add_break()


# ---------------------------------------------------------------------------
# 4. North Tyneside Council - Family Hubs programme highlight report (docx)
# ---------------------------------------------------------------------------
def north_tyneside():
    doc = docx.Document()
    p = doc.add_paragraph()
    p.add_run("North Tyneside Council").bold = True
    doc.add_heading("Family Hubs Implementation Programme – Highlight Report", level=1)
    doc.add_paragraph("Reporting period: 1–31 October 2025\tReport date: 7 November 2025")
    doc.add_paragraph("Prepared for: Children and Young People’s Partnership Board")

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    info = [("Senior Responsible Owner", "Director of Children’s Services"),
            ("Programme Manager", "Family Hubs Programme Manager"),
            ("Overall status this period", "Amber"),
            ("Overall status last period", "Amber"),
            ("Budget status", "Green – within approved budget")]
    for k, v in info:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True)
        set_cell(row[1], v)
        if v == "Amber":
            shade(row[1], FILL["A"])

    doc.add_heading("Summary of progress", level=2)
    doc.add_paragraph("Three of the four locality hubs are now operating the full family hub offer. The Wallsend "
                      "hub remains delayed by building works (see Workstream 1). Start for Life parenting and "
                      "infant feeding support is live in all localities.")
    doc.add_heading("Key achievements this period", level=2)
    for b in ["Start for Life digital offer launched on 15 October 2025.",
              "1,180 families registered with a family hub during the period, up 9% on September.",
              "Parent Carer Panel held its first meeting and agreed its terms of reference."]:
        doc.add_paragraph(b, style="List Bullet")

    doc.add_heading("Milestones and actions by workstream", level=2)
    doc.add_paragraph("Baseline dates are those agreed at programme initiation. Where a milestone has been "
                      "re-planned the forecast date is shown and the change was approved by the Programme Board.")
    headers = ["Ref", "Milestone / Action", "Lead", "Baseline Date", "Forecast Date", "Last Period",
               "This Period", "Commentary"]
    ragcol = {"Green": "G", "Amber": "A", "Red": "R", "Complete": "B", "Not started": "GREY"}
    workstreams = [
        ("Workstream 1: Hub Network and Estates", [
            ("WS1.1", "Complete refurbishment of the Wallsend Children’s Centre to create the Wallsend Family "
                      "Hub, including a new health clinic room.",
             "Capital Projects Manager (Children’s Services)", "Sep 2025", "Jan 2026", "Amber", "Red",
             "Asbestos found in the roof void; contractor re-programmed works. Revised date for Board "
             "approval."),
            ("WS1.2", "Open two outreach points in community venues in North Shields and Longbenton.",
             "Locality Manager – North West / Locality Manager – South East", "Nov 2025", "Nov 2025",
             "Green", "Green", "Venue agreements signed; staffing rota agreed."),
            ("WS1.3", "Agree a co-location licence with Cumbria, Northumberland, Tyne and Wear NHS FT for infant "
                      "mental health staff at the Killingworth hub.",
             "Head of Early Help", "Oct 2025", "Dec 2025", "Amber", "Green",
             "Heads of terms agreed; licence with legal teams."),
        ]),
        ("Workstream 2: Start for Life Offer", [
            ("WS2.1", "Launch the Start for Life digital offer and publish it on the North Tyneside Family Hubs "
                      "website.",
             "Public Health Manager – Best Start in Life", "Oct 2025", "Oct 2025", "Green", "Complete",
             "Launched 15 October 2025."),
            ("WS2.2", "Achieve UNICEF Baby Friendly Initiative Stage 2 accreditation for the family hub network.",
             "Infant Feeding Lead", "Mar 2026", "Mar 2026", "Green", "Green",
             "Staff training 85% complete; assessment booked for February."),
            ("WS2.3", "Train 60 family hub practitioners in the Solihull Approach parenting programme.",
             "Early Help Parenting Coordinator", "Dec 2025", "Feb 2026", "Green", "Amber",
             "Trainer availability; two cohorts moved to January and February."),
        ]),
        ("Workstream 3: Data, Systems and Outcomes", [
            ("WS3.1", "Implement the family hub case recording module in the Children’s Services case "
                      "management system.",
             "Head of Performance", "Jan 2026", "Jan 2026", "Not started", "Not started",
             "Supplier build slot confirmed for December."),
            ("WS3.2", "Publish the family hubs outcomes framework and first quarterly dashboard to the Programme "
                      "Board.",
             "Senior Intelligence Analyst & Family Hubs Programme Manager", "Nov 2025", "TBC", "Green",
             "Amber", "Dependent on WS3.1 data feed; date to be confirmed at December Board."),
        ]),
    ]
    for ws_title, rows in workstreams:
        doc.add_heading(ws_title, level=3)
        t = doc.add_table(rows=1, cols=len(headers))
        t.style = "Table Grid"
        for i, h in enumerate(headers):
            set_cell(t.rows[0].cells[i], h, bold=True, size=9)
            shade(t.rows[0].cells[i], FILL["BAND"])
        for row in rows:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                set_cell(cells[i], v, size=9)
            for i in (5, 6):
                shade(cells[i], FILL[ragcol[row[i]]])

    doc.add_heading("Key risks and issues", level=2)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Risk / Issue", "Impact", "Mitigation"]):
        set_cell(t.rows[0].cells[i], h, bold=True)
    for rr in [("Further building defects at Wallsend", "High",
                "Contingency of £40k held; weekly site meetings with contractor."),
               ("Loss of grant-funded posts after March 2026", "Medium",
                "Sustainability options paper to Cabinet in January 2026.")]:
        cells = t.add_row().cells
        for i, v in enumerate(rr):
            set_cell(cells[i], v)

    doc.add_heading("Decisions required", level=2)
    doc.add_paragraph("The Board is asked to approve the revised forecast date for the Wallsend Family Hub "
                      "(WS1.1) and to note the dependency between WS3.1 and WS3.2.")

    doc.add_heading("RAG key", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for word, code, meaning in [("Green", "G", "On track"),
                                ("Amber", "A", "At risk – within tolerance, recovery plan in place"),
                                ("Red", "R", "Off track – exceeds tolerance, escalated to Programme Board"),
                                ("Complete", "B", "Milestone delivered")]:
        cells = t.add_row().cells
        set_cell(cells[0], word)
        shade(cells[0], FILL[code])
        set_cell(cells[1], meaning)
    doc.save(path("zzc-north-tyneside-council-family-hubs-programme-highlight-report.docx"))


# ---------------------------------------------------------------------------
# 5. Thurrock Health and Wellbeing Board - action log (tab-separated txt)
# ---------------------------------------------------------------------------
def thurrock():
    lines = [
        "Thurrock Health and Wellbeing Board – Action Log",
        "Updated following the meeting held on 16 September 2025",
        "",
        "\t".join(["Ref", "Action", "Owner", "Due", "RAG", "Update"]),
        "Meeting held 28 January 2025",
        "\t".join(["HWB/25/01",
                   "Share the findings of the Thematic Safeguarding Review with the Director of Public Health.",
                   "TSAB Business Manager", "Mar-25", "B",
                   "Review shared 3 February 2025. Action closed."]),
        "\t".join(["HWB/25/02",
                   "Consider the inclusion of sexual abuse as a theme in the next Safeguarding Adults Board "
                   "annual report.",
                   "Chair of the Safeguarding Adults Board", "Sept 2025", "B",
                   "Confirmed at the April meeting; theme included in the 2024/25 annual report."]),
        "Meeting held 14 April 2025",
        "\t".join(["HWB/25/03",
                   "Bring a report on GP access and the primary care estate in Grays and Tilbury to a future "
                   "Board meeting.",
                   "Thurrock Alliance Director (MSE ICB)", "Dec-25", "G",
                   "Scheduled for the December 2025 meeting."]),
        "\t".join(["HWB/25/04",
                   "Circulate the Better Care Fund 2025-26 plan to Board members for comment before submission.",
                   "Strategic Lead – Commissioning", "w/c 21/04/25", "B",
                   "Circulated 22 April 2025."]),
        "\t".join(["HWB/25/05",
                   "Work with Healthwatch Thurrock to gather residents’ views on digital access to health "
                   "services and report back to the Board.",
                   "Healthwatch Thurrock / Director of Public Health", "Jul-25", "R",
                   "Survey closed in August; analysis delayed. To report in December."]),
        "Meeting held 16 September 2025",
        "\t".join(["HWB/25/06",
                   "Incorporate the Board’s comments on the Air Quality Strategy into the final draft before it "
                   "goes to Cabinet.",
                   "Head of Environmental Protection", "Nov 2025", "G",
                   "Comments logged; final draft with Cabinet Member."]),
        "\t".join(["HWB/25/07",
                   "Update the Board’s membership and terms of reference to reflect the ICB reorganisation and "
                   "agree the 2025/26 work programme.",
                   "Democratic Services Officer; Director of Public Health", "Ongoing", "",
                   ""]),
        "\t".join(["HWB/25/08",
                   "Provide a briefing on the Southend, Essex and Thurrock LeDeR annual report recommendations "
                   "relevant to Thurrock.",
                   "LeDeR Local Area Contact", "Next meeting", "G",
                   "Briefing in preparation."]),
        "",
        "RAG key: B = complete (removed from the log after the next meeting); G = on track; A = at risk of "
        "slipping; R = overdue. Blank = new action, not yet rated.",
    ]
    with open(path("zzc-thurrock-health-and-wellbeing-board-action-log.txt"), "w", encoding="utf-8",
              newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------------------
# 6. North Yorkshire CSP - DHR "Kathryn" action plan export (csv) - REFUSE
# ---------------------------------------------------------------------------
def north_yorkshire():
    rows = [
        ["North Yorkshire Community Safety Partnership – Domestic Homicide Review Kathryn – Multi-Agency "
         "Action Plan (exported 12/09/2025)", "", "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", "", ""],
        ["Rec No", "Recommendation", "Action No", "Action", "Lead Agency", "Lead Officer", "Target Date",
         "Status", "Progress Update"],
        ["1", "North Yorkshire Police should ensure that officers attending domestic abuse incidents complete "
              "the DASH risk assessment with the victim away from the alleged perpetrator.",
         "1.1", "Issue a force-wide briefing to response officers on completing DASH risk assessments safely.",
         "North Yorkshire Police", "DCI Safeguarding", "30/06/2025", "Complete",
         "Briefing issued 2 June 2025 and added to the officer safety refresher."],
        ["", "", "1.2", "Audit a sample of 50 domestic abuse incidents each quarter and report compliance to "
                        "the Domestic Abuse Strategic Group.",
         "North Yorkshire Police", "Domestic Abuse Coordinator", "Sep-2025", "On track",
         "First audit complete: 78% compliance."],
        ["2", "Primary care should strengthen routine enquiry about domestic abuse and the recording of "
              "disclosures in the patient record.",
         "2.1", "Roll out IRIS domestic abuse training to GP practices in the Scarborough, Whitby and Ryedale "
                "area.",
         "Humber and North Yorkshire ICB", "Designated Nurse Safeguarding Adults", "Febuary 2026",
         "On track", "14 of 22 practices trained."],
        ["", "", "2.2", "Issue coding guidance to practices so that disclosures of domestic abuse are recorded "
                        "consistently.",
         "Humber and North Yorkshire ICB", "Named GP for Safeguarding Adults", "31/12/2025", "On track",
         "Draft guidance with the Local Medical Committee."],
        ["3", "The Community Safety Partnership should assure itself that the learning from this review is "
              "shared with practitioners and the public.",
         "3.1", "Publish a seven-minute briefing on the review and circulate it through all partner agencies.",
         "North Yorkshire Council", "Safer Communities Manager", "Oct-2025", "Not started", ""],
        ["", "", "3.2", "Run a coercive control awareness campaign in the Scarborough area during the 16 Days "
                        "of Action.",
         "North Yorkshire Council; IDAS", "Domestic Abuse Partnership Manager", "December 2025",
         "Not started", ""],
        ["", "", "3.3", "Report progress on this action plan to the Community Safety Partnership every six "
                        "months until all actions are complete.",
         "North Yorkshire Council", "Safer Communities Manager", "Six-monthly", "On track",
         "Standing item on the CSP agenda."],
    ]
    with open(path("zzc-north-yorkshire-csp-dhr-kathryn-action-plan-typo-month-refuse.csv"), "w",
              encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 7. Coventry City Council - Ofsted focused visit action plan (docx)
# ---------------------------------------------------------------------------
def coventry():
    doc = docx.Document()
    p = doc.add_paragraph()
    p.add_run("Coventry City Council – Children’s Services").bold = True
    doc.add_heading("Ofsted Focused Visit Action Plan", level=1)
    doc.add_paragraph("Focused visit: 3 and 4 December 2024 – arrangements for children in care and care leavers")

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Author", "Approved by"]):
        set_cell(t.rows[0].cells[i], h, bold=True)
    for rr in [("1.0", "20/01/2025", "Head of Quality Assurance", "Children’s Services Leadership Team"),
               ("1.1", "14/04/2025", "Head of Quality Assurance", "Continuous Improvement Board"),
               ("1.2", "16/10/2025", "Head of Quality Assurance", "Continuous Improvement Board")]:
        cells = t.add_row().cells
        for i, v in enumerate(rr):
            set_cell(cells[i], v)

    doc.add_heading("Introduction", level=2)
    doc.add_paragraph("Ofsted carried out a focused visit to Coventry’s children’s services on 3 and 4 December "
                      "2024, looking at the local authority’s arrangements for children in care and care leavers. "
                      "The letter published on 9 January 2025 identified three areas for improvement. This plan "
                      "sets out our response and is monitored by the Continuous Improvement Board.")

    doc.add_heading("Action plan", level=2)
    doc.add_paragraph("Progress is shown by the colour of the RAG cell. See the key at the end of this document.")
    headers = ["No.", "Action", "Lead", "Timescale", "Measure of success", "Update (October 2025)", "RAG"]
    t = doc.add_table(rows=1, cols=len(headers))
    t.style = "Table Grid"
    for i, h in enumerate(headers):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], FILL["BAND2"])
    plan = [
        ("Area for improvement 1: The consistency and impact of management oversight and supervision in "
         "progressing children’s care plans.", [
            ("1.1", "Refresh the supervision policy for children in care teams so that supervision records set "
                    "clear actions and timescales for each child’s plan.",
             "Head of Service – Children in Care", "February 2025",
             "Audit shows 80% of supervision records rated good or better.",
             "Policy relaunched February 2025; September audit 82% good or better.", "B"),
            ("1.2", "Deliver a management oversight practice workshop for all team managers and advanced "
                    "practitioners.",
             "Principal Social Worker", "By 31 March 2025",
             "All team managers attend; feedback shows improved confidence.",
             "Four workshops held; 31 of 32 managers attended.", "B"),
            ("1.3", "Introduce a monthly tracker of children whose care plans are overdue for review, scrutinised "
                    "at the Children in Care performance clinic.",
             "Head of Service – Children in Care / Performance Manager", "Monthly",
             "Fewer than 5% of care plans overdue.", "Tracker in place; overdue plans down to 6%.", "G"),
        ]),
        ("Area for improvement 2: The timeliness of permanence planning for children in care, including the use "
         "of early permanence and special guardianship.", [
            ("2.1", "Ensure every child in care has a permanence plan agreed at their second statutory review, "
                    "tracked through the Permanence Tracking Panel.",
             "Strategic Lead – Permanence", "Q1 2025/26",
             "95% of children have a permanence plan by the second review.",
             "Compliance 87%; panel now meets fortnightly.", "A"),
            ("2.2", "Review the special guardianship support offer with Adoption Central England and publish a "
                    "revised SGO support policy.",
             "Head of Service – Fostering and Permanence", "Sept 2025",
             "Revised policy published; SGO support plans in place for all new orders.",
             "Draft policy out for consultation with carers; publication expected November.", "A"),
            ("2.3", "Train fostering assessors in Fostering for Adoption and concurrent planning.",
             "Fostering Team Manager & Adoption Central England Practice Lead", "June 2025",
             "Two early permanence placements made in 2025/26.",
             "Training delivered; one early permanence placement made.", "G"),
        ]),
        ("Area for improvement 3: The quality of pathway plans for care leavers aged 18 to 21, so that they are "
         "specific about accommodation, education and health.", [
            ("3.1", "Relaunch the pathway plan template co-produced with the Children in Care Council and the "
                    "care leavers’ forum.",
             "Head of Service – Care Leavers", "April 2025",
             "New template used for all pathway plans from May 2025.", "Relaunched 28 April 2025.", "B"),
            ("3.2", "Complete a themed audit of 40 pathway plans and report learning to the Continuous "
                    "Improvement Board.",
             "Head of Quality Assurance", "October 2025",
             "Audit completed and learning briefing circulated.",
             "Audit delayed by the ILACS preparation work; 18 of 40 audits complete.", "R"),
            ("3.3", "Extend the care leaver health passport to all young people aged 17½ before they leave care.",
             "Designated Nurse for Children in Care (ICB)", "31/12/2025",
             "All care leavers receive a health passport by their 18th birthday.", "", None),
        ]),
    ]
    ncols = len(headers)
    for afi, acts in plan:
        cells = t.add_row().cells
        merged = cells[0].merge(cells[ncols - 1])
        set_cell(merged, afi, bold=True)
        shade(merged, FILL["BAND"])
        for a in acts:
            cells = t.add_row().cells
            for i, v in enumerate(a[:6]):
                set_cell(cells[i], v)
            set_cell(cells[6], "")
            if a[6]:
                shade(cells[6], FILL[a[6]])

    doc.add_heading("RAG key", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for word, code, meaning in [("Blue", "B", "Action completed"),
                                ("Green", "G", "On track"),
                                ("Amber", "A", "Some slippage – will be completed within a revised timescale"),
                                ("Red", "R", "Off track – escalated to the Continuous Improvement Board"),
                                ("No colour", None, "Not yet started")]:
        cells = t.add_row().cells
        set_cell(cells[0], word)
        if code:
            shade(cells[0], FILL[code])
        set_cell(cells[1], meaning)
    doc.save(path("zzc-coventry-city-council-ofsted-focused-visit-action-plan.docx"))


if __name__ == "__main__":
    warwickshire()
    east_sussex()
    haringey()
    north_tyneside()
    thurrock()
    north_yorkshire()
    coventry()
    print("built 7 files in", HERE)
