#!/usr/bin/env python3
"""Build the seven gy2- blind test files (set heldout241) and their expected readings.

Run with /work/main/.venv/bin/python (openpyxl, python-docx, pyyaml).
Each case: the data file and NAME.expected.yaml beside it.  The expected reading of
every action (lead list, end month, status) is written out by hand in the data below;
only the layout is produced programmatically.
"""
import csv
import datetime as dt
import os

import yaml
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "blue": "0070C0", "green": "00B050", "amber": "FFC000", "red": "FF0000",
}


def solid(hexcol):
    return PatternFill(fill_type="solid", start_color="FF" + hexcol, end_color="FF" + hexcol)


THIN = Side(style="thin", color="FF808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


class _Dumper(yaml.SafeDumper):
    pass


def _str(dumper, value):
    import re
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style='"')
    return dumper.represent_str(value)


_Dumper.add_representer(str, _str)


def write_expected(fname, exp):
    path = os.path.join(HERE, fname + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as fh:
        yaml.dump(exp, fh, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=1000)


# ---------------------------------------------------------------------------
# 1. North Yorkshire Council - ASC CQC assessment improvement plan (xlsx)
# ---------------------------------------------------------------------------
def north_yorkshire():
    fname = "gy2-north-yorkshire-council-asc-cqc-assessment-improvement-plan.xlsx"
    title = "Adult Social Care Improvement Plan – CQC Local Authority Assessment"
    T1 = "Theme 1: Working with people"
    T2 = "Theme 2: Providing support"
    T3 = "Theme 3: How the local authority ensures safety within the system"
    T4 = "Theme 4: Leadership"
    A11 = ("Waiting times for Care Act assessments were too long in some localities, "
           "particularly in Scarborough and Whitby.")
    A13 = ("Unpaid carers told CQC they did not always receive a carer's assessment "
           "or timely information and advice.")
    A21 = ("Availability of home care in rural parts of the county was limited, and some "
           "people waited in hospital or short-term beds for a package of care.")
    A22 = "Take-up of direct payments was below the England average."
    A31 = ("Transitions from children's to adult services were not consistently well planned "
           "for young people with complex needs.")
    A33 = ("Safeguarding enquiries were not always concluded in a timely way and the "
           "Section 42 backlog needed sustained focus.")
    A41 = ("Co-production with people who draw on care and support was not yet embedded "
           "in strategic planning and commissioning.")
    A42 = ("Performance and quality assurance information was not consistently used to "
           "drive improvement at team level.")

    D = dt.datetime
    # (theme, afi, ref, action, lead cell, target cell, prev, curr, progress, expected lead, end, end_text, status)
    rows = [
        (T1, A11, "1.1",
         "Implement a single county-wide waiting list for Care Act assessments, with a weekly "
         "risk-rated review of everyone waiting.",
         "Assistant Director – Care and Support", D(2025, 12, 31), "G", "G",
         "Single list live from 1 September 2025; 312 people waiting at 26 September (498 in May).",
         ["Assistant Director – Care and Support"], "2025-12", None, "green"),
        (T1, A11, "1.2",
         "Recruit to 6 FTE additional social worker posts in the Coast locality and use agency "
         "cover until the posts are filled.",
         "Head of Care and Support (Coast) / HR Business Partner", D(2026, 3, 31), "A", "A",
         "4 of 6 posts appointed; 2 posts re-advertised in September.",
         ["Head of Care and Support (Coast)", "HR Business Partner"], "2026-03", None, "amber"),
        (T1, A13, "1.3",
         "Recommission the carers' support service, including trusted assessor arrangements "
         "for carers' assessments.",
         "Head of Commissioning (Prevention)", "Q4 2025/26", "R", "A",
         "Tender published 8 September 2025; evaluation panel in November.",
         ["Head of Commissioning (Prevention)"], "2026-03", None, "amber"),
        (T2, A21, "2.1",
         "Launch a rural home care micro-provider programme in Richmondshire, Craven and Ryedale, "
         "aiming for 40 new micro-enterprises.",
         "AD Prevention and Service Development; Head of Market Development",
         "Sept 2025 – June 2026", "G", "G",
         "Programme launched 15 September 2025; 9 micro-providers trading.",
         ["AD Prevention and Service Development", "Head of Market Development"],
         "2026-06", "Sept 2025 – June 2026", "green"),
        (T2, A22, "2.2",
         "Refresh the direct payments offer, including a pre-paid card option and a dedicated "
         "direct payments support service.",
         "Head of Self-Directed Support", D(2025, 8, 31), "A", "B",
         "Pre-paid card launched 1 August 2025. Action complete.",
         ["Head of Self-Directed Support"], "2025-08", None, "blue"),
        (T3, A31, "3.1",
         "Establish a Preparing for Adulthood panel, jointly chaired by Children and Young "
         "People's Service and HAS, to review every young person with complex needs from age 14.",
         "Head of Service – Preparing for Adulthood", D(2025, 11, 30), "A", "G",
         "Terms of reference agreed; first panel 6 October 2025.",
         ["Head of Service – Preparing for Adulthood"], "2025-11", None, "green"),
        (T3, A31, "3.2",
         "Agree and publish a joint transitions protocol with health partners and the SEND service.",
         "Principal Social Worker", D(2026, 1, 31), "G", "G",
         "Draft protocol out for consultation with the ICB.",
         ["Principal Social Worker"], "2026-01", None, "green"),
        (T3, A33, "3.3",
         "Clear the backlog of Section 42 enquiries open longer than 90 days and introduce a "
         "monthly audit of enquiry timeliness.",
         "Head of Safeguarding Adults; Safeguarding Adults Board Manager", D(2025, 12, 31), "R", "R",
         "Backlog reduced from 141 to 96; recovery trajectory agreed with the Board.",
         ["Head of Safeguarding Adults", "Safeguarding Adults Board Manager"], "2025-12", None, "red"),
        (T4, A41, "4.1",
         "Co-design a co-production charter with the Making It Real board and apply it to all "
         "commissioning and strategy work.",
         "AD Prevention and Service Development", "Ongoing", "G", "G",
         "Charter signed off by the Making It Real board in July 2025.",
         ["AD Prevention and Service Development"], None, "Ongoing", "green"),
        (T4, A42, "4.2",
         "Roll out Power BI team dashboards for waiting times, reviews and safeguarding, with "
         "monthly performance clinics for team managers.",
         "Head of Performance and Intelligence", D(2025, 10, 31), "A", "B",
         "Dashboards live for all teams; clinics running monthly. Complete.",
         ["Head of Performance and Intelligence"], "2025-10", None, "blue"),
    ]

    wb = Workbook()
    # Cover sheet
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = "North Yorkshire Council"
    cv["A1"].font = Font(bold=True, size=14)
    cv["A2"] = "Health and Adult Services"
    cv["A3"] = title
    cv["A3"].font = Font(bold=True, size=16)
    cv["A5"] = "Document control"
    cv["A5"].font = BOLD
    dc = [("Version", "1.4"), ("Date", "30 September 2025"),
          ("Plan owner", "Corporate Director – Health and Adult Services"),
          ("Approved by", "HAS Leadership Team"), ("Next review", "December 2025")]
    for i, (k, v) in enumerate(dc):
        cv.cell(row=6 + i, column=1, value=k).font = BOLD
        cv.cell(row=6 + i, column=2, value=v)
    cv["A12"] = "RAG key"
    cv["A12"].font = BOLD
    key = [("B", "blue", "Blue – action complete"),
           ("G", "green", "Green – on track to deliver by target date"),
           ("A", "amber", "Amber – some slippage, recoverable"),
           ("R", "red", "Red – off track, escalated to the Improvement Board")]
    for i, (letter, col, txt) in enumerate(key):
        c = cv.cell(row=13 + i, column=1, value=letter)
        c.fill = solid(FILL[col])
        cv.cell(row=13 + i, column=2, value=txt)
    cv.column_dimensions["A"].width = 16
    cv.column_dimensions["B"].width = 60

    # Summary sheet
    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of progress by theme (current RAG)"
    sm["A1"].font = Font(bold=True, size=12)
    hdr = ["Theme", "Blue", "Green", "Amber", "Red", "Total"]
    for j, h in enumerate(hdr, 1):
        c = sm.cell(row=3, column=j, value=h)
        c.font = BOLD
        c.border = BOX
    letters = {"B": 1, "G": 2, "A": 3, "R": 4}
    tot = [0, 0, 0, 0]
    for i, th in enumerate([T1, T2, T3, T4]):
        cnt = [0, 0, 0, 0]
        for r in rows:
            if r[0] == th:
                cnt[letters[r[7]] - 1] += 1
        sm.cell(row=4 + i, column=1, value=th).border = BOX
        for j, n in enumerate(cnt):
            sm.cell(row=4 + i, column=2 + j, value=n).border = BOX
            tot[j] += n
        sm.cell(row=4 + i, column=6, value=sum(cnt)).border = BOX
    sm.cell(row=8, column=1, value="Total").font = BOLD
    for j, n in enumerate(tot):
        sm.cell(row=8, column=2 + j, value=n).font = BOLD
    sm.cell(row=8, column=6, value=sum(tot)).font = BOLD
    sm.column_dimensions["A"].width = 62

    # Plan sheet
    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = ("2025–26 – position at 30 September 2025, reported to the HAS Improvement Board "
                "on 14 October 2025")
    ws.merge_cells("A2:H2")
    heads = ["Ref", "Area for improvement (CQC)", "Action", "Lead officer", "Target date",
             "Previous RAG", "Current RAG", "Progress update"]
    for j, h in enumerate(heads, 1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = solid("1F3864")
        c.alignment = WRAP
        c.border = BOX
    widths = [7, 42, 52, 30, 14, 10, 10, 44]
    for j, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGH"[j]].width = w

    r = 5
    cur_theme = None
    afi_start = {}
    expected = []
    for row in rows:
        (th, afi, ref, action, leadcell, target, prev, curr, prog, elead, end, etext, status) = row
        if th != cur_theme:
            c = ws.cell(row=r, column=1, value=th)
            c.font = BOLD
            for j in range(1, 9):
                ws.cell(row=r, column=j).fill = solid("D9E1F2")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            r += 1
            cur_theme = th
        ws.cell(row=r, column=1, value=ref)
        if afi in afi_start:
            afi_start[afi][1] = r          # AFI cell is merged down over this action too
        else:
            ws.cell(row=r, column=2, value=afi)
            afi_start[afi] = [r, r]
        ws.cell(row=r, column=3, value=action)
        ws.cell(row=r, column=4, value=leadcell)
        c = ws.cell(row=r, column=5, value=target)
        if isinstance(target, dt.datetime):
            c.number_format = "mmm-yy"
        for col, letter in ((6, prev), (7, curr)):
            c = ws.cell(row=r, column=col, value=letter)
            c.fill = solid(FILL[{"B": "blue", "G": "green", "A": "amber", "R": "red"}[letter]])
            c.alignment = Alignment(horizontal="center", vertical="top")
        ws.cell(row=r, column=8, value=prog)
        for j in range(1, 9):
            ws.cell(row=r, column=j).border = BOX
            if j not in (6, 7):
                ws.cell(row=r, column=j).alignment = WRAP
        expected.append(act(ref, [th, afi], action, elead, end, status, etext))
        r += 1
    for a, (s0, s1) in afi_start.items():
        if s1 > s0:
            ws.merge_cells(start_row=s0, start_column=2, end_row=s1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Notes: RAG ratings are reviewed monthly by the HAS Improvement "
                                   "Board. See the Cover sheet for the RAG key.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    ws.freeze_panes = "A5"
    wb.active = 2
    wb.save(os.path.join(HERE, fname))

    exp = {
        "source": ("Imitates a council adult social care improvement plan written after the CQC local "
                   "authority assessment (North Yorkshire Council, Health and Adult Services, 2025-26), "
                   "as published with Executive/scrutiny reports by councils such as B&NES and Wirral. "
                   "Copied features: a Cover sheet with title block, document-control table and RAG key "
                   "(letters on fill colour), a Summary sheet of RAG counts by theme with a totals row, "
                   "and the plan sheet with the four CQC themes as full-width heading rows, the CQC area "
                   "for improvement vertically merged over its actions, job titles as leads (some with "
                   "two posts), Excel dates shown as mmm-yy mixed with 'Q4 2025/26', a period and "
                   "'Ongoing', and Previous RAG / Current RAG columns."),
        "reads": ("A three-sheet workbook: a cover with document control and the RAG key, a summary "
                  "of RAG counts by theme, and the improvement plan itself. The plan has ten numbered "
                  "actions (1.1-4.2) under four CQC theme rows, each answering a CQC area for improvement "
                  "that is merged down over its actions; the status is the Current RAG letter."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    }
    write_expected(fname, exp)


# ---------------------------------------------------------------------------
# 2. Wiltshire Police - custody inspection action plan (xlsx, two sheets)
# ---------------------------------------------------------------------------
def wiltshire():
    fname = "gy2-wiltshire-police-custody-inspection-action-plan.xlsx"
    title = "Wiltshire Police – Custody Inspection Action Plan"
    D = dt.datetime
    ST = {"Complete": "blue", "On track": "green", "At risk": "amber", "Off track": "red"}
    CC1 = "Cause of concern 1 – Use of force"
    CC2 = "Cause of concern 2 – Healthcare"
    R1 = ("Recommendation 1: The force should make sure that its governance and oversight of the "
          "use of force in custody is effective, that all use of force is accurately recorded, and "
          "that incidents are managed in line with national guidance.")
    R2 = ("Recommendation 2: The force and its healthcare provider should make sure that the "
          "healthcare contract is properly implemented so that detainees who need healthcare are "
          "seen promptly and receive their medicines at the required time.")
    recs = [
        (CC1, R1, [
            ("1.1", "Introduce a monthly Custody Use of Force Scrutiny Panel, chaired by the custody "
                    "chief inspector, reviewing a dip sample of CCTV footage from both suites.",
             "Ch Insp Custody", D(2023, 3, 31), None, "Complete",
             "Panel met monthly since March 2023; terms of reference on the custody SharePoint.",
             ["Ch Insp Custody"], "2023-03"),
            ("1.2", "Reissue guidance to all custody staff on recording use of force on the custody "
                    "record and completing the national use of force form.",
             "Custody Inspector (Training); Professional Standards Department", D(2023, 4, 30),
             D(2023, 7, 31), "Complete",
             "Guidance briefed to all shifts by July 2023; included in custody refresher training.",
             ["Custody Inspector (Training)", "Professional Standards Department"], "2023-07"),
            ("1.3", "Reconcile custody record entries with use of force forms each month and report "
                    "compliance to the Custody Governance Board.",
             "Custody Performance Analyst", D(2023, 6, 30), D(2023, 12, 31), "On track",
             "First reconciliation completed for September 2023 (71% match); reporting from November.",
             ["Custody Performance Analyst"], "2023-12"),
        ]),
        (CC2, R2, [
            ("2.1", "Hold monthly contract performance meetings with the healthcare provider, with "
                    "staffing and response-time data reported to the Custody Governance Board.",
             "Head of Criminal Justice / Healthcare Contract Manager", D(2023, 3, 31), None, "Complete",
             "Monthly meetings in place from February 2023.",
             ["Head of Criminal Justice", "Healthcare Contract Manager"], "2023-03"),
            ("2.2", "Agree a recovery plan with the provider to fill nurse vacancies and introduce "
                    "remote consultation at Melksham out of hours.",
             "Healthcare Contract Manager", D(2023, 6, 30), D(2024, 1, 31), "At risk",
             "Two of five vacancies filled; remote consultation pilot started 2 October 2023.",
             ["Healthcare Contract Manager"], "2024-01"),
        ]),
    ]
    S1 = "Section 1. Leadership, accountability and working with partners"
    S3 = "Section 3. In the custody suite – booking-in, individual needs and legal rights"
    S4 = "Section 4. In the custody cell, safeguarding and healthcare"
    S5 = "Section 5. Release and transfer from custody"
    afis = [
        (S1, "AFI 1",
         "The custody matters discussed at the force's strategic meetings should be broad enough "
         "to provide effective oversight of custody.",
         "Revise the Custody Governance Board terms of reference and standing agenda to cover "
         "performance, use of force, healthcare and outcomes for detainees.",
         "Supt Criminal Justice", D(2023, 3, 31), None, "Complete", "New agenda in use from April 2023.",
         ["Supt Criminal Justice"], "2023-03"),
        (S3, "AFI 2",
         "Reviews of detention should be carried out in line with PACE and its codes of practice.",
         "Deliver PACE review refresher training to all duty inspectors.\n"
         "Introduce a quarterly audit of 20 reviews of detention per suite.",
         "Custody Inspector (Training)", D(2023, 6, 30), D(2023, 9, 30), "Complete",
         "Training delivered to 38 inspectors; first audit reported in Q2.",
         ["Custody Inspector (Training)"], "2023-09"),
        (S3, "AFI 3",
         "Detainees' individual needs, including disabilities and language needs, should be "
         "consistently identified and met.",
         "Add a reasonable adjustments prompt to the booking-in risk assessment on NICHE and install "
         "hearing loops at both suites.",
         "Custody Systems Lead", D(2023, 5, 31), None, "Complete",
         "NICHE change live 22 May 2023; hearing loops fitted.",
         ["Custody Systems Lead"], "2023-05"),
        (S3, "AFI 4",
         "Detainees should be told how to make a complaint while they are in custody.",
         "Display complaints information in each cell corridor and add it to the rights and "
         "entitlements leaflet.",
         "Custody Sergeant Lead – Melksham", D(2023, 4, 30), D(2023, 11, 30), "On track",
         "Posters displayed; leaflet reprint ordered.",
         ["Custody Sergeant Lead – Melksham"], "2023-11"),
        (S4, "AFI 5",
         "Potential ligature points in cells should be removed.",
         "Complete remedial works to remove the ligature points identified at Gablecross and Melksham.",
         "Estates Manager", D(2023, 5, 31), D(2024, 1, 31), "At risk",
         "Gablecross complete; Melksham works depend on cell closures over winter.",
         ["Estates Manager"], "2024-01"),
        (S4, "AFI 6",
         "Detainees should receive observations and rousing checks in line with their assessed "
         "level of risk.",
         "Introduce a shift-start briefing checklist on observation levels and audit 10 custody "
         "records a week for compliance.",
         "Custody Inspectors (all shifts)", D(2023, 4, 30), None, "Complete",
         "Checklist in use; compliance 94% in September audit.",
         ["Custody Inspectors (all shifts)"], "2023-04"),
        (S4, "AFI 7",
         "Children in custody should have an appropriate adult present promptly, including out "
         "of hours.",
         "Review the appropriate adult contract with Wiltshire Council and Swindon Borough Council "
         "and extend out-of-hours cover to 24/7.",
         "Head of Criminal Justice", D(2023, 9, 30), D(2024, 3, 31), "Off track",
         "Funding for 24/7 cover not yet agreed; escalated to ACC.",
         ["Head of Criminal Justice"], "2024-03"),
        (S5, "AFI 8",
         "Pre-release risk assessments should be specific to each detainee and well recorded.",
         "Amend the pre-release risk assessment template to require a free-text rationale and "
         "include it in the monthly dip sample.",
         "Custody Performance Analyst", D(2023, 7, 31), D(2023, 11, 30), "On track",
         "Template change with NICHE team for November release.",
         ["Custody Performance Analyst"], "2023-11"),
        (S5, "AFI 9",
         "Detainees who are charged and refused bail should be transferred to court without "
         "unnecessary delay.",
         "Agree a protocol with HMCTS and the OPCC for weekend and bank holiday court transfers.",
         "Supt Criminal Justice; OPCC Criminal Justice Lead", D(2023, 12, 31), None, "On track",
         "Draft protocol discussed at the Local Criminal Justice Board in October.",
         ["Supt Criminal Justice", "OPCC Criminal Justice Lead"], "2023-12"),
    ]

    wb = Workbook()
    ws = wb.active
    ws.title = "Recommendations"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = ("HMICFRS / CQC inspection of police custody suites in Wiltshire (Gablecross and "
                "Melksham), November 2022 – report published 17 February 2023")
    ws.merge_cells("A2:H2")
    ws["A3"] = "Action plan owner: Superintendent, Criminal Justice      Last updated: 31 October 2023"
    ws.merge_cells("A3:H3")
    heads = ["Ref", "Action", "Owner", "Original target date", "Revised target date", "Status",
             "Progress update", "Evidence"]
    for j, h in enumerate(heads, 1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = solid("002060")
        c.alignment = WRAP
        c.border = BOX
    for j, w in enumerate([7, 55, 30, 13, 13, 11, 45, 28]):
        ws.column_dimensions["ABCDEFGH"[j]].width = w
    expected = []
    r = 6
    for cc, rec, actions in recs:
        ws.cell(row=r, column=1, value=cc).font = Font(bold=True, color="FFFFFFFF")
        for j in range(1, 9):
            ws.cell(row=r, column=j).fill = solid("44546A")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        c = ws.cell(row=r, column=1, value=rec)
        c.font = Font(bold=True, italic=True)
        c.alignment = WRAP
        for j in range(1, 9):
            ws.cell(row=r, column=j).fill = solid("D6DCE4")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.row_dimensions[r].height = 32
        r += 1
        for (ref, text, owner, orig, rev, status, prog, elead, end) in actions:
            vals = [ref, text, owner, orig, rev, status, prog,
                    "Custody Governance Board minutes" if status == "Complete" else None]
            for j, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=6).fill = solid(FILL[ST[status]])
            expected.append(act(ref, [cc, rec], text, elead, end, ST[status]))
            r += 1

    w2 = wb.create_sheet("Areas for improvement")
    w2["A1"] = "Areas for improvement (AFIs)"
    w2["A1"].font = Font(bold=True, size=13)
    w2.merge_cells("A1:H1")
    heads2 = ["No.", "Area for improvement", "Action", "Owner", "Original target date",
              "Revised target date", "Status", "Progress update"]
    for j, h in enumerate(heads2, 1):
        c = w2.cell(row=2, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = solid("002060")
        c.alignment = WRAP
        c.border = BOX
    for j, w in enumerate([7, 45, 50, 30, 13, 13, 11, 42]):
        w2.column_dimensions["ABCDEFGH"[j]].width = w
    r = 3
    cur = None
    for (sec, no, afi, text, owner, orig, rev, status, prog, elead, end) in afis:
        if sec != cur:
            w2.cell(row=r, column=1, value=sec).font = BOLD
            for j in range(1, 9):
                w2.cell(row=r, column=j).fill = solid("D6DCE4")
            w2.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            r += 1
            cur = sec
        vals = [no, afi, text, owner, orig, rev, status, prog]
        for j, v in enumerate(vals, 1):
            c = w2.cell(row=r, column=j, value=v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        w2.cell(row=r, column=7).fill = solid(FILL[ST[status]])
        expected.append(act(no, [sec, afi], text, elead, end, ST[status]))
        r += 1
    r += 1
    w2.cell(row=r, column=1, value="Status key: Complete (blue) – delivered and evidenced; On track "
                                   "(green); At risk (amber) – target date may be missed; Off track "
                                   "(red) – escalated to ACC Criminal Justice.")
    w2.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    wb.save(os.path.join(HERE, fname))

    exp = {
        "source": ("Imitates a police force's action plan responding to the joint HMICFRS/CQC "
                   "inspection of its custody suites (Wiltshire Police, inspection November 2022, "
                   "report published February 2023 with two causes of concern/recommendations and nine "
                   "areas for improvement; https://hmicfrs.justiceinspectorates.gov.uk/publication-html/"
                   "inspection-of-custody-suites-in-wiltshire-2023/). Copied features: title block with "
                   "owner and last-updated line, a Recommendations sheet with cause-of-concern heading "
                   "rows and the recommendation text in a merged row above numbered actions, a second "
                   "sheet of AFIs grouped under the report's section headings, original and revised "
                   "target dates, status words on fill colour with a status key, two owners in one cell, "
                   "and a two-line action cell."),
        "reads": ("Two sheets. The first has two causes of concern, each with its recommendation "
                  "written out above numbered actions 1.1-1.3 and 2.1-2.2; the second lists nine areas "
                  "for improvement (AFI 1-9) under the inspection report's section headings, one action "
                  "each. The due month is the revised target date where one is given."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    }
    write_expected(fname, exp)


# ---------------------------------------------------------------------------
# 3. Castle Point BC - internal audit recommendations tracker (xlsx) - REFUSE
# ---------------------------------------------------------------------------
def castle_point():
    fname = "gy2-castle-point-bc-internal-audit-recommendations-tracker-typo-month-refuse.xlsx"
    title = "Internal Audit – Agreed Actions Tracker"
    audits = [
        ("Procurement and Contract Management 2024/25 – Limited assurance", [
            ("PCM/1", "High",
             "The contract register should be complete and include all contracts over £5,000, "
             "with contract managers named.",
             "Carry out a full refresh of the contract register using creditor payment data and "
             "publish it quarterly.",
             "Procurement Manager", "September 2025", "December 2025", "In progress",
             "Register 80% reconciled; publication planned for December."),
            ("PCM/2", "Medium",
             "Waivers of Contract Procedure Rules should be approved and recorded before the "
             "contract is awarded.",
             "Introduce an electronic waiver form with approval by the Monitoring Officer and the "
             "S151 Officer.",
             "Strategic Director (Resources)", "March 2026", None, "Not yet due", None),
        ]),
        ("Housing Rents 2024/25 – Reasonable assurance", [
            ("HR/1", "Medium",
             "Rent arrears recovery action should be taken in line with the Income Recovery Policy.",
             "Reissue the arrears escalation procedure to the income team and monitor monthly.",
             "Revenues and Benefits Manager; Housing Income Officer", "October 2025", None,
             "Implemented", "Verified by Internal Audit, 28 October 2025."),
            ("HR/2", "Low",
             "Write-offs of former tenant arrears should be authorised in line with the Financial "
             "Procedure Rules.",
             "Prepare a quarterly write-off schedule for authorisation by the S151 Officer.",
             "Housing Income Officer", "November 2025", "Febuary 2026", "In progress",
             "First schedule being prepared."),
        ]),
        ("Cyber Security 2023/24 – Limited assurance", [
            ("CS/1", "High",
             "Multi-factor authentication should be enforced for all remote access accounts.",
             "Enforce MFA for all user and administrator accounts through conditional access.",
             "ICT Manager", "March 2025", "September 2025", "Implemented",
             "Verified by Internal Audit, 14 October 2025."),
            ("CS/2", "Medium",
             "Leavers' network accounts should be disabled promptly.",
             "Link the HR leavers process to an automated account disablement request.",
             "ICT Manager / HR Manager", "June 2025", "January 2026", "In progress",
             "Workflow built; testing with HR."),
        ]),
        ("Payroll 2025/26 – Substantial assurance", [
            ("PAY/1", "Low",
             "Overtime claims should be authorised before they are processed.",
             "Remind budget holders of the authorisation requirement and reject unauthorised claims.",
             "Payroll Officer", "December 2025", None, "Not yet due", None),
        ]),
    ]
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "Summary of agreed actions by priority – position at 31 October 2025"
    sm["A1"].font = Font(bold=True, size=12)
    hdr = ["Priority", "Total", "Implemented", "In progress", "Not yet due"]
    for j, h in enumerate(hdr, 1):
        c = sm.cell(row=3, column=j, value=h)
        c.font = BOLD
        c.border = BOX
    allrows = [x for _, rs in audits for x in rs]
    for i, p in enumerate(["High", "Medium", "Low"]):
        sub = [x for x in allrows if x[1] == p]
        vals = [p, len(sub)] + [sum(1 for x in sub if x[7] == s)
                                for s in ("Implemented", "In progress", "Not yet due")]
        for j, v in enumerate(vals, 1):
            sm.cell(row=4 + i, column=j, value=v).border = BOX
    vals = ["Total", len(allrows)] + [sum(1 for x in allrows if x[7] == s)
                                      for s in ("Implemented", "In progress", "Not yet due")]
    for j, v in enumerate(vals, 1):
        c = sm.cell(row=7, column=j, value=v)
        c.font = BOLD
        c.border = BOX
    sm.column_dimensions["A"].width = 14

    ws = wb.create_sheet("Agreed Actions")
    ws["A1"] = "Castle Point Borough Council"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Audit Committee, 19 November 2025 – position at 31 October 2025"
    heads = ["Rec ref", "Priority", "Recommendation", "Agreed management action",
             "Responsible officer", "Original target date", "Revised target date", "Status",
             "Internal Audit comment"]
    for j, h in enumerate(heads, 1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = BOLD
        c.fill = solid("BDD7EE")
        c.alignment = WRAP
        c.border = BOX
    for j, w in enumerate([9, 9, 45, 45, 28, 14, 14, 13, 34]):
        ws.column_dimensions["ABCDEFGHI"[j]].width = w
    r = 6
    refuse_row = None
    for aud, recs in audits:
        ws.cell(row=r, column=1, value=aud).font = BOLD
        for j in range(1, 10):
            ws.cell(row=r, column=j).fill = solid("F2F2F2")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for rec in recs:
            for j, v in enumerate(rec, 1):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
            if rec[6] == "Febuary 2026":
                refuse_row = r
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Priority: High – fundamental control weakness; Medium – "
                                   "significant weakness; Low – improvement to good practice.")
    ws.cell(row=r + 1, column=1, value="Implemented actions are removed from the tracker once "
                                       "reported to the Committee.")
    wb.active = 1
    wb.save(os.path.join(HERE, fname))

    exp = {
        "source": ("Imitates a district council internal audit follow-up tracker presented to the Audit "
                   "Committee (Castle Point Borough Council, November 2025), in the style of the "
                   "agreed-actions appendices published by Essex districts. Copied features: Summary "
                   "sheet of actions by priority with totals, title block, audit-title heading rows with "
                   "the assurance opinion, rec refs like PCM/1, High/Medium/Low priority, recommendation "
                   "and agreed action side by side, original and revised target dates as month words, "
                   "status words and a priority-definitions note."),
        "reads": ("Seven agreed actions from four audits, each with its recommendation, officer, original "
                  "and revised target month and status. The revised target date for HR/2 reads "
                  "'Febuary 2026' - a mistyped month in an end cell, so a careful reader stops and asks "
                  "before taking the date."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": refuse_row,
        "title": title,
    }
    write_expected(fname, exp)


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
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        if size:
            run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, m, Cm(1.8))


# ---------------------------------------------------------------------------
# 4. South Wales Fire and Rescue Authority - Audit Wales recommendations (docx)
# ---------------------------------------------------------------------------
def south_wales_fra():
    fname = "gy2-south-wales-fire-rescue-authority-audit-wales-recommendations-action-plan.docx"
    title = "South Wales Fire and Rescue Authority – Audit Wales Recommendations Action Plan"
    RAGF = {"Blue": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    RAGS = {"Blue": "blue", "Green": "green", "Amber": "amber", "Red": "red", "Not started": "unrated"}
    reviews = [
        ("1. Governance of Fire and Rescue Authorities – Audit Wales national report (September 2024)", [
            ("R2 – Fire and rescue authorities should strengthen the training and development provided "
             "to members, informed by an assessment of individual needs, and evaluate its effectiveness.", [
                ("R2.1", "Carry out a training needs analysis with each member using a skills "
                         "self-assessment framework.",
                 "Head of Corporate Support", "March 2025", "Green",
                 "Framework drafted with the WLGA; one-to-one sessions booked for February.",
                 ["Head of Corporate Support"], "2025-03", None),
                ("R2.2", "Develop a rolling member development programme covering operational "
                         "awareness, finance and scrutiny, and report attendance annually.",
                 "Head of Corporate Support / Monitoring Officer", "September 2025", "Amber",
                 "Programme content agreed; dates depend on the outcome of the analysis in R2.1.",
                 ["Head of Corporate Support", "Monitoring Officer"], "2025-09", None),
            ]),
            ("R4 – Fire and rescue authorities should review the effectiveness of their governance "
             "arrangements each year, using self-assessment and peer challenge, and act on the findings.", [
                ("R4.1", "Add a governance effectiveness self-assessment to the Annual Governance "
                         "Statement process.",
                 "Monitoring Officer", "31/05/2025", "Blue",
                 "Self-assessment completed and reported with the draft AGS.",
                 ["Monitoring Officer"], "2025-05", None),
                ("R4.2", "Commission an external peer review of governance arrangements.",
                 "Chief Fire Officer", "Q3 2025/26", "Not started",
                 "Scope to be agreed once the Welsh Government review of the governance model reports.",
                 ["Chief Fire Officer"], "2025-12", None),
            ]),
        ]),
        ("2. Digital strategy review (Audit Wales, June 2023)", [
            ("R1 – The Authority should set out how it will resource and fund delivery of its digital "
             "strategy over the medium term.", [
                ("R1.1", "Produce a costed digital roadmap aligned to the Medium Term Financial Strategy.",
                 "Head of ICT; Treasurer", "End of June 2025", "Amber",
                 "Roadmap costed; awaiting prioritisation by the Strategic Leadership Team.",
                 ["Head of ICT", "Treasurer"], "2025-06", None),
            ]),
            ("R2 – The Authority should develop measures to evaluate whether its digital investment "
             "is delivering the intended benefits.", [
                ("R2.1", "Define benefits measures for each digital project and report them quarterly "
                         "to the Digital Programme Board.",
                 "Digital Programme Manager", "Ongoing", "Green",
                 "Benefits profiles in place for 7 of 9 projects.",
                 ["Digital Programme Manager"], None, "Ongoing"),
            ]),
        ]),
        ("3. Use of performance information: service user perspective and outcomes (Audit Wales, March 2024)", [
            ("R1 – The Authority should strengthen the information provided to members on the "
             "outcomes of its services and the views of service users.", [
                ("R1.1", "Include service user survey results and outcome measures in the quarterly "
                         "performance report to members.",
                 "Head of Strategic Planning and Performance", "30 September 2024", "Blue",
                 "Included from the Quarter 2 2024/25 report.",
                 ["Head of Strategic Planning and Performance"], "2024-09", None),
                ("R1.2", "Publish a ‘you said, we did’ summary of Home Safety Check feedback on the "
                         "Service website.",
                 "Head of Communications and Engagement", "December 2024", "Red",
                 "Delayed by the website rebuild; content drafted.",
                 ["Head of Communications and Engagement"], "2024-12", None),
            ]),
        ]),
    ]

    doc = Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Report to: Commissioners’ Audit and Assurance meeting, 27 January 2025")
    doc.add_paragraph("Lead officer: Deputy Chief Fire Officer")

    doc.add_paragraph("Document control", style="Heading 3")
    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    for j, h in enumerate(["Version", "Date", "Author", "Change"]):
        set_cell(t.cell(0, j), h, bold=True)
    for i, row in enumerate([("0.1", "06/01/2025", "Corporate Planning Officer", "First draft"),
                             ("1.0", "17/01/2025", "Head of Strategic Planning and Performance",
                              "Updated with lead officer returns")]):
        for j, v in enumerate(row):
            set_cell(t.cell(i + 1, j), v)

    doc.add_paragraph("RAG status key", style="Heading 3")
    k = doc.add_table(rows=4, cols=2)
    k.style = "Table Grid"
    for i, (col, txt) in enumerate([("Blue", "Complete"), ("Green", "On track"),
                                    ("Amber", "At risk of slipping"), ("Red", "Not on track / overdue")]):
        set_cell(k.cell(i, 0), col, bold=True)
        shade(k.cell(i, 0), RAGF[col])
        set_cell(k.cell(i, 1), txt)

    doc.add_paragraph(
        "The tables below set out the Authority’s response to each recommendation made by Audit Wales "
        "that remains open, or was closed since the last report. Each recommendation is shown in the "
        "shaded row above the actions agreed in response.")

    expected = []
    for head, recs in reviews:
        doc.add_paragraph(head, style="Heading 2")
        n = 1 + sum(1 + len(a) for _, a in recs)
        tb = doc.add_table(rows=n, cols=6)
        tb.style = "Table Grid"
        for j, h in enumerate(["Ref", "Action", "Responsible officer", "Target date", "RAG",
                               "Progress update"]):
            set_cell(tb.cell(0, j), h, bold=True)
            shade(tb.cell(0, j), "BFBFBF")
        i = 1
        for rec, acts in recs:
            m = tb.cell(i, 0).merge(tb.cell(i, 5))
            set_cell(m, rec, bold=True)
            shade(m, "DEEAF6")
            i += 1
            for (ref, text, lead, target, rag, prog, elead, end, etext) in acts:
                for j, v in enumerate([ref, text, lead, target, rag, prog]):
                    set_cell(tb.cell(i, j), v)
                if rag in RAGF:
                    shade(tb.cell(i, 4), RAGF[rag])
                expected.append(act(ref, [head, rec], text, elead, end, RAGS[rag], etext))
                i += 1
        doc.add_paragraph("")
    doc.add_paragraph("Next update: Commissioners’ Audit and Assurance meeting, April 2025.")
    doc.save(os.path.join(HERE, fname))

    exp = {
        "source": ("Imitates a Welsh fire and rescue authority's tracker of Audit Wales recommendations "
                   "(South Wales FRA, 2024-25), following the Auditor General's September 2024 national "
                   "report on FRA governance (https://audit.wales/news/auditor-general-highlights-governance"
                   "-weaknesses-wales-fire-and-rescue-authorities) and local Audit Wales reviews. Copied "
                   "features: title and report-to lines, document control table, RAG key table, one "
                   "table per Audit Wales review under a numbered heading, the recommendation in a shaded "
                   "merged row above its actions, refs R2.1 etc. (repeating across reviews), two officers "
                   "in one cell, mixed date forms (month, dd/mm/yyyy, Q3 2025/26, End of June, Ongoing) and "
                   "RAG words on shaded cells, including 'Not started'."),
        "reads": ("Three plan tables, one per Audit Wales review, each with the recommendation written "
                  "in a merged row and the Authority's actions beneath it (eight actions in all). The "
                  "document control and RAG key tables are not part of the plan."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    }
    write_expected(fname, exp)


# ---------------------------------------------------------------------------
# 5. Falkirk Council - Education Scotland CLD inspection action plan (docx)
# ---------------------------------------------------------------------------
def falkirk():
    fname = "gy2-falkirk-council-education-scotland-cld-inspection-action-plan.docx"
    title = ("Falkirk Council Community Learning and Development: Education Scotland Progress Visit "
             "Improvement Plan 2024–25")
    RAGF = {"blue": "0070C0", "green": "00B050", "amber": "FFC000", "red": "FF0000"}
    themes = [
        ("1. Strategic leadership and governance", [
            ("Strengthen the role of the CLD Strategic Partnership so that partners share "
             "accountability for delivery of the CLD Plan.", [
                ("1.1", "Revise the CLD Strategic Partnership terms of reference and membership, "
                        "including third sector and learner representatives.",
                 "CLD Manager", "CVS Falkirk; Forth Valley College", "September 2024",
                 "New terms of reference approved on 3 September 2024.", "blue",
                 ["CLD Manager"], "2024-09", None),
                ("1.2", "Report progress on the CLD Plan to the Falkirk Community Planning "
                        "Partnership Board twice a year.",
                 "Head of Communities; CLD Manager", "Community Planning Partnership", "Ongoing",
                 "First report to the Board in November 2024.", "green",
                 ["Head of Communities", "CLD Manager"], None, "Ongoing"),
            ]),
        ]),
        ("2. Self-evaluation and use of data", [
            ("Improve the collection and analysis of data so that partners can demonstrate the "
             "impact of CLD on learners and communities.", [
                ("2.1", "Introduce a shared outcomes framework and data collection tool for all "
                        "CLD partners.",
                 "Team Leader (Performance and Planning)", "All CLD partners", "December 2024",
                 "Tool piloted with four partners; roll-out to the remaining partners under way.",
                 "amber", ["Team Leader (Performance and Planning)"], "2024-12", None),
                ("2.2", "Hold an annual joint self-evaluation event using How good is our community "
                        "learning and development? (HGIOCLD).",
                 "CLD Manager", "Education Scotland Attainment Advisor", "March 2025",
                 "Event held on 6 March 2025 with 38 participants.", "blue",
                 ["CLD Manager"], "2025-03", None),
            ]),
            ("Ensure that adult literacies and ESOL learners’ progress is tracked and recorded "
             "consistently.", [
                ("2.3", "Adopt a single learner progression record across adult learning and ESOL "
                        "classes.",
                 "Team Leader (Adult Learning)", "Forth Valley College", "June 2025",
                 "Record agreed; staff training booked for April.", "green",
                 ["Team Leader (Adult Learning)"], "2025-06", None),
            ]),
        ]),
        ("3. Learner and community voice", [
            ("Increase opportunities for young people and adult learners to influence the planning "
             "of CLD provision.", [
                ("3.1", "Establish a youth forum in each of the seven community planning areas, "
                        "linked to Falkirk Youth Council.",
                 "Youth Services Co-ordinator / Community Capacity Building Officer",
                 "Falkirk Youth Council", "August 2025",
                 "Four forums established; recruitment continuing in Bo’ness and Braes.", "amber",
                 ["Youth Services Co-ordinator", "Community Capacity Building Officer"], "2025-08", None),
                ("3.2", "Run learner feedback panels for adult learning programmes and publish a "
                        "‘you said, we did’ summary.",
                 "Team Leader (Adult Learning)", "Adult learners’ forum", "Termly",
                 "Panels held in October 2024 and February 2025.", "green",
                 ["Team Leader (Adult Learning)"], None, "Termly"),
                ("3.3", "Involve learners and community groups in the annual refresh of the "
                        "2024–27 CLD Plan.",
                 "CLD Manager", "Community councils", "By 31 March 2025",
                 "Consultation events postponed; to be rescheduled.", "red",
                 ["CLD Manager"], "2025-03", None),
            ]),
        ]),
    ]

    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("HM Inspectors’ progress visit: February 2024. Plan agreed by the CLD Strategic "
                      "Partnership on 12 June 2024. Progress at 31 March 2025.")
    doc.add_paragraph("HM Inspectors identified the areas for improvement below. This plan sets out the "
                      "actions agreed by Falkirk Council and its CLD partners in response.")
    doc.add_paragraph("Progress key", style="Heading 3")
    k = doc.add_table(rows=4, cols=2)
    k.style = "Table Grid"
    for i, (col, txt) in enumerate([("blue", "Complete"), ("green", "On track"),
                                    ("amber", "Some delay"), ("red", "Not progressing")]):
        set_cell(k.cell(i, 0), "")
        shade(k.cell(i, 0), RAGF[col])
        set_cell(k.cell(i, 1), txt)
    doc.add_paragraph("")

    nrows = 1
    for _, afis in themes:
        nrows += 1 + sum(len(a) for _, a in afis)
    tb = doc.add_table(rows=nrows, cols=8)
    tb.style = "Table Grid"
    heads = ["Ref", "Area for improvement (HMIE)", "Action", "Lead officer", "Partners",
             "Timescale", "Progress at March 2025", "RAG"]
    for j, h in enumerate(heads):
        set_cell(tb.cell(0, j), h, bold=True)
        shade(tb.cell(0, j), "D9D9D9")
    i = 1
    expected = []
    for th, afis in themes:
        m = tb.cell(i, 0).merge(tb.cell(i, 7))
        set_cell(m, th, bold=True)
        shade(m, "E2EFDA")
        i += 1
        for afi, acts in afis:
            start = i
            for (ref, text, lead, partners, when, prog, rag, elead, end, etext) in acts:
                for j, v in enumerate([ref, None, text, lead, partners, when, prog]):
                    if v is not None:
                        set_cell(tb.cell(i, j), v)
                set_cell(tb.cell(i, 7), "")
                shade(tb.cell(i, 7), RAGF[rag])
                expected.append(act(ref, [th, afi], text, elead, end, rag, etext))
                i += 1
            mc = tb.cell(start, 1).merge(tb.cell(i - 1, 1)) if i - 1 > start else tb.cell(start, 1)
            set_cell(mc, afi)
    doc.add_paragraph("")
    doc.add_paragraph("Note: the Partners column shows partners supporting delivery; the lead officer "
                      "is accountable for each action.")
    doc.add_paragraph("Contact: CLD Manager, Falkirk Council.")
    doc.save(os.path.join(HERE, fname))

    exp = {
        "source": ("Imitates a Scottish council's improvement plan after an Education Scotland (HM "
                   "Inspectors) community learning and development progress visit (Falkirk Council, "
                   "2024-25; CLD progress visits to all 32 councils 2023-24, https://education.gov.scot/"
                   "inspection-and-review/hm-chief-inspector-reports-and-guidance/national-thematic-"
                   "inspections/evaluation-of-community-learning-and-development-in-scotland/methodology). "
                   "Copied features: title and status paragraphs, a progress key of fill-only colour "
                   "cells, one landscape table with numbered theme rows merged across, the HMIE area for "
                   "improvement vertically merged over its actions, lead officer and partners in separate "
                   "columns, timescales including Ongoing, Termly and 'By 31 March 2025', and a RAG "
                   "column given only by cell shading."),
        "reads": ("One plan table with three numbered themes; under each, the inspectors' areas for "
                  "improvement (merged down the second column) and eight numbered actions with lead, "
                  "partners, timescale and progress. The RAG is the shading of the last cell, read with "
                  "the progress key; partners are not leads."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    }
    write_expected(fname, exp)


# ---------------------------------------------------------------------------
# 6. Mid Devon DC - RSH consumer standards housing improvement plan (csv)
# ---------------------------------------------------------------------------
def mid_devon():
    fname = "gy2-mid-devon-dc-rsh-consumer-standards-housing-improvement-plan.csv"
    title = "Consumer Standards Improvement Plan (Regulator of Social Housing)"
    RAGS = {"R": "red", "A": "amber", "G": "green", "Complete": "blue"}
    S1 = "1. Safety and Quality Standard"
    S2 = "2. Transparency, Influence and Accountability Standard"
    S3 = "3. Neighbourhood and Community Standard"
    I1 = ("Stock condition data is incomplete: 38% of homes have not had a survey in the last "
          "five years.")
    sections = [
        (S1, [
            ("SQ1", I1,
             "Complete stock condition surveys on all homes without a survey since April 2020, "
             "prioritising pre-1945 properties.",
             "Operations Manager (Building Services)", "31/03/2026", "A",
             "2,104 of 3,010 surveys completed.", ["Operations Manager (Building Services)"], "2026-03", None),
            ("SQ2", "",
             "Load validated survey data into the asset management system.\n"
             "Produce a 30-year investment plan for Cabinet approval.",
             "Head of Housing and Health", "Jun-26", "G",
             "Data load started October 2025.", ["Head of Housing and Health"], "2026-06", None),
            ("SQ3", "Electrical installation condition reports (EICRs) were overdue for 412 homes.",
             "Complete all overdue EICRs and move to a five-year rolling programme.",
             "Compliance Manager", "Dec-25", "R",
             "146 overdue at the end of October; contractor capacity increased from November.",
             ["Compliance Manager"], "2025-12", None),
            ("SQ4", "Damp and mould cases were not tracked against Awaab's Law timescales.",
             "Implement a damp and mould case management process, with investigation within "
             "10 working days of a report.",
             "Repairs Manager / Compliance Manager", "Q3 2025/26", "Complete",
             "Process live from 27 October 2025.", ["Repairs Manager", "Compliance Manager"], "2025-12", None),
        ]),
        (S2, [
            ("TIA1", "Tenant Satisfaction Measures for 2023/24 were not submitted to the Regulator on time.",
             "Put in place a TSM data quality process with sign-off by the Director before submission.",
             "Housing Performance Lead", "June 2025", "Complete",
             "2024/25 TSMs submitted on 20 June 2025.", ["Housing Performance Lead"], "2025-06", None),
            ("TIA2", "Tenants have limited opportunities to scrutinise the council's performance as a landlord.",
             "Recruit and train a Tenant Scrutiny Panel and agree an annual scrutiny work programme.",
             "Tenant Involvement Officer", "Ongoing", "G",
             "Seven panel members recruited; first review on void standards.",
             ["Tenant Involvement Officer"], None, "Ongoing"),
        ]),
        (S3, [
            ("NC1", "Anti-social behaviour cases were not risk assessed consistently.",
             "Adopt a standard ASB risk assessment matrix and audit 10% of open cases each quarter.",
             "Tenancy Services Manager", "Jan-26", "A",
             "Matrix adopted; first audit due January.", ["Tenancy Services Manager"], "2026-01", None),
        ]),
    ]
    ncol = 7
    pad = lambda row: row + [""] * (ncol - len(row))
    out = [
        pad(["Mid Devon District Council – Housing Services"]),
        pad([title]),
        pad(["Position at 31 October 2025"]),
        pad([]),
        ["Ref", "Issue identified", "Action", "Responsible officer", "Target date", "RAG",
         "Progress update"],
    ]
    expected = []
    for sec, rows in sections:
        out.append(pad([sec]))
        last_issue = None
        for (ref, issue, action, lead, when, rag, prog, elead, end, etext) in rows:
            out.append([ref, issue, action, lead, when, rag, prog])
            if issue:
                last_issue = issue
            expected.append(act(ref, [sec, last_issue], action, elead, end, RAGS[rag], etext))
    out.append(pad([]))
    out.append(pad(["RAG: R = off track, A = at risk, G = on track, Complete = action closed and evidenced"]))
    out.append(pad(["Plan owner: Director of Place and Economy. Reported monthly to the Homes PDG."]))
    with open(os.path.join(HERE, fname), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        w.writerows(out)

    exp = {
        "source": ("Imitates a stock-holding district council's improvement plan after engagement with "
                   "the Regulator of Social Housing on the consumer standards (Mid Devon District Council, "
                   "2025-26), as exported from Excel to CSV for a Homes Policy Development Group pack. "
                   "Copied features: three title lines, numbered consumer-standard section rows, issue "
                   "identified beside the action and left blank on a continuation row, a quoted two-line "
                   "action cell, job titles as responsible officers (one cell with two), day-first and "
                   "mmm-yy dates, Q3 2025/26 and Ongoing, RAG letters plus 'Complete', and key/owner "
                   "notes lines at the foot."),
        "reads": ("Seven actions under three consumer standards, each answering the issue written beside "
                  "it; SQ2 has a blank issue cell and continues the stock-condition issue above it. RAG "
                  "is R/A/G or Complete as the key at the foot says."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    }
    write_expected(fname, exp)


# ---------------------------------------------------------------------------
# 7. Watford BC - corporate risk register Q3 2025/26 (plain text export)
# ---------------------------------------------------------------------------
def watford():
    fname = "gy2-watford-bc-corporate-risk-register-q3-2025-26.txt"
    title = "Corporate Risk Register - Quarter 3 2025/26"
    RAGS = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    risks = [
        ("CR01 – Financial resilience and the Medium Term Financial Strategy",
         "Chief Finance Officer (Section 151 Officer)",
         "Failure to close the budget gap over the MTFS period leads to unplanned use of reserves "
         "and service reductions.",
         "4 x 4 = 16 (Red)", "3 x 4 = 12 (Red)", "2 x 3 = 6 (Amber)", "Unchanged", [
             ("CR01.1", "Deliver the 2025/26 savings programme and report progress monthly to "
                        "Corporate Management Board.",
              "Head of Finance", "31/03/2026", "G",
              "£1.4m of the £2.1m savings delivered at the end of December.",
              ["Head of Finance"], "2026-03", None),
             ("CR01.2", "Refresh the MTFS to 2029/30 for Council approval with the 2026/27 budget.",
              "Chief Finance Officer (Section 151 Officer)", "Feb 2026", "G",
              "Draft considered by Cabinet on 5 January 2026.",
              ["Chief Finance Officer (Section 151 Officer)"], "2026-02", None),
         ]),
        ("CR02 – Cyber security and information governance",
         "Associate Director of Customer and Corporate Services",
         "A cyber attack or data breach disrupts services and exposes personal data.",
         "4 x 4 = 16 (Red)", "3 x 3 = 9 (Red)", "2 x 3 = 6 (Amber)", "Improving", [
             ("CR02.1", "Achieve Cyber Essentials Plus accreditation for the council's network.",
              "Head of Digital and Transformation", "30/06/2025 (revised 31/03/2026)", "A",
              "Remediation of legacy devices under way before reassessment.",
              ["Head of Digital and Transformation"], "2026-03", None),
             ("CR02.2", "Run a cyber incident exercise with Corporate Management Board.",
              "Head of Digital and Transformation; Emergency Planning Officer", "Nov 2025", "B",
              "Exercise held 18 November 2025; lessons log opened.",
              ["Head of Digital and Transformation", "Emergency Planning Officer"], "2025-11", None),
         ]),
        ("CR03 – Delivery of the Watford Riverwell and town centre regeneration programme",
         "Director of Place",
         "Market conditions and build cost inflation delay regeneration schemes and reduce "
         "expected capital receipts.",
         "3 x 4 = 12 (Red)", "3 x 3 = 9 (Red)", "2 x 3 = 6 (Amber)", "Unchanged", [
             ("CR03.1", "Agree a revised delivery programme and funding plan with the joint venture partner.",
              "Director of Place", "Q4 2025/26", "A",
              "Heads of terms under negotiation.",
              ["Director of Place"], "2026-03", None),
             ("CR03.2", "Report regeneration programme risks to Cabinet.",
              "Regeneration Programme Manager", "Quarterly", "G",
              "Last reported 1 December 2025.",
              ["Regeneration Programme Manager"], None, "Quarterly"),
         ]),
        ("CR04 – Temporary accommodation demand and cost",
         "Head of Housing",
         "Rising homelessness increases the use and cost of nightly-paid temporary accommodation.",
         "4 x 3 = 12 (Red)", "4 x 3 = 12 (Red)", "3 x 2 = 6 (Amber)", "Worsening", [
             ("CR04.1", "Acquire 40 additional units of council-owned temporary accommodation through "
                        "the Local Authority Housing Fund.",
              "Head of Housing", "31/12/2025", "R",
              "26 units completed; remaining acquisitions delayed by conveyancing.",
              ["Head of Housing"], "2025-12", None),
             ("CR04.2", "Introduce a homelessness prevention fund and a private landlord incentive scheme.",
              "Housing Options Manager", "Sept 2025", "B",
              "Scheme launched September 2025; 31 households helped to date.",
              ["Housing Options Manager"], "2025-09", None),
         ]),
        ("CR05 – Workforce capacity and recruitment",
         "Head of HR",
         "Difficulty recruiting to specialist posts affects service delivery.",
         "3 x 3 = 9 (Red)", "2 x 3 = 6 (Amber)", "2 x 3 = 6 (Amber)", "Improving", []),
    ]
    L = []
    L.append("WATFORD BOROUGH COUNCIL")
    L.append(title)
    L.append("Report run: 12/01/2026 09:14    Filter: Corporate risks; Status = Open")
    L.append("")
    L.append("Scoring: Likelihood (1-4) x Impact (1-4). Risk rating: 1-4 Green, 5-8 Amber, 9-16 Red.")
    L.append("Action RAG: B = complete, G = on track, A = behind schedule, R = off track.")
    L.append("")
    bar = "=" * 78
    expected = []
    nact = 0
    for (head, owner, desc, inh, cur, tgt, dot, acts) in risks:
        L.append(bar)
        L.append(head)
        L.append(bar)
        L.append("Risk owner:          " + owner)
        L.append("Description:         " + desc)
        L.append("Inherent score:      " + inh)
        L.append("Current score:       " + cur)
        L.append("Target score:        " + tgt)
        L.append("Direction of travel: " + dot)
        L.append("")
        L.append("Mitigating actions")
        if not acts:
            L.append("  None - risk is at its target score and is being tolerated.")
        for (ref, text, lead, due, rag, upd, elead, end, etext) in acts:
            L.append("  " + ref + "  " + text)
            L.append("          Owner:      " + lead)
            L.append("          Due:        " + due)
            L.append("          Action RAG: " + rag)
            L.append("          Update:     " + upd)
            L.append("")
            expected.append(act(ref, [head], text, elead, end, RAGS[rag], etext))
            nact += 1
        if not acts:
            L.append("")
    L.append(bar)
    L.append("Total open corporate risks: %d    Mitigating actions: %d" % (len(risks), nact))
    L.append("End of report")
    with open(os.path.join(HERE, fname), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(L) + "\n")

    exp = {
        "source": ("Imitates a district council corporate risk register appendix for the Audit Committee "
                   "(Watford Borough Council, Quarter 3 2025/26), as a plain-text export from a risk "
                   "management system, like the quarterly registers published by English districts. "
                   "Copied features: run header with filter, scoring and action-RAG key lines, one block "
                   "per risk (owner, description, inherent/current/target score with its own colour word, "
                   "direction of travel), numbered mitigating actions with owner, due, action RAG and "
                   "update lines, an original and revised due date in one line, a risk with no actions, "
                   "and a totals line."),
        "reads": ("Five corporate risks, four of them with two numbered mitigating actions each (eight "
                  "actions); each action sits under its risk heading and carries its own owner, due date "
                  "and action RAG letter. The risk scores' colours are not action statuses, and CR05 has "
                  "no actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    }
    write_expected(fname, exp)


if __name__ == "__main__":
    north_yorkshire()
    wiltshire()
    castle_point()
    south_wales_fra()
    falkirk()
    mid_devon()
    watford()
    print("built seven gy2 cases in", HERE)
