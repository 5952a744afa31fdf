#!/usr/bin/env python
"""Build the seven qv- blind cases (data files and their .expected.yaml readings).

Run with /work/main/.venv/bin/python qv_make.py from any directory; files are written
beside this script. Only files whose names start with qv- are written.
"""
import csv
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "0070C0"
RAGFILL = {"red": RED, "amber": AMBER, "green": GREEN, "blue": BLUE}


def out(name):
    assert name.startswith("qv-")
    return os.path.join(HERE, name)


def fill(hexcol):
    return PatternFill("solid", fgColor=hexcol)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def write_expected(name, meta, actions):
    doc = dict(meta)
    if actions is not None:
        acts = []
        for a in actions:
            d = {"ref": a["ref"], "under": a["under"], "action": a["action"],
                 "lead": a["lead"], "end": a["end"]}
            if a.get("end_text") is not None:
                d["end_text"] = a["end_text"]
            d["status"] = a["status"]
            acts.append(d)
        doc["actions"] = acts
    with open(out(name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, allow_unicode=True, sort_keys=False, width=100)


# ---------------------------------------------------------------------------
# 1. Liverpool City Region Combined Authority – corporate risk register (xlsx)
# ---------------------------------------------------------------------------
def case_lcrca():
    name = "qv-liverpool-city-region-ca-corporate-risk-register-2025-26.xlsx"
    title = "Corporate Risk Register 2025/26"
    D = dt.datetime
    risks = [
        {
            "risk": "CR01 – Medium-term financial sustainability",
            "desc": "Cause: reliance on time-limited and competitive grant funding and rising delivery costs.\n"
                    "Event: the Combined Authority cannot set a balanced medium-term budget.\n"
                    "Effect: reduced capacity to deliver the Corporate Plan; reputational damage.",
            "owner": "Executive Director of Corporate Services",
            "inherent": "4 x 5 = 20", "controls": "Medium Term Financial Strategy; quarterly budget monitoring to "
                                                  "Combined Authority; S73 Officer review of all funding bids.",
            "residual": ("4 x 4 = 16", RED), "target": "3 x 3 = 9",
            "actions": [
                ("1.1", "Refresh the Medium Term Financial Strategy to 2028/29, including a reserves strategy and "
                        "stress-tested funding scenarios.",
                 "Director of Finance (S73 Officer)", D(2026, 2, 28),
                 "Draft scenarios taken to Leadership Team on 16 September. On course for the February budget meeting.",
                 "On track", ["Director of Finance (S73 Officer)"], "2026-02", None, "green"),
                ("1.2", "Put in place the Integrated Settlement outcomes framework and spending controls ready for "
                        "April 2026.",
                 "Director of Finance (S73 Officer) / Head of Strategy and Policy", "Q4 2025/26",
                 "Outcomes framework still under negotiation with government departments.",
                 "At risk", ["Director of Finance (S73 Officer)", "Head of Strategy and Policy"], "2026-03",
                 "Q4 2025/26", "amber"),
                ("1.3", "Deliver the 2025/26 savings programme of £3.2m across corporate and transport budgets.",
                 "Corporate Leadership Team", D(2026, 3, 31),
                 "£1.9m identified to date; £1.3m gap reported to Leadership Team with options.",
                 "Off track", ["Corporate Leadership Team"], "2026-03", None, "red"),
            ],
        },
        {
            "risk": "CR02 – Bus franchising: Tranche 1 mobilisation",
            "desc": "Cause: complexity of transferring depots, fleet and contracts under the franchising scheme.\n"
                    "Event: Tranche 1 franchised services are not mobilised by the go-live date.\n"
                    "Effect: disruption for passengers and additional cost.",
            "owner": "Executive Director of Transport and Infrastructure",
            "inherent": "4 x 4 = 16", "controls": "Franchising Programme Board; independent assurance reviews; "
                                                  "operator engagement forum.",
            "residual": ("3 x 4 = 12", AMBER), "target": "2 x 4 = 8",
            "actions": [
                ("2.1", "Complete procurement and award of the Tranche 1 franchise contracts.",
                 "Director of Bus", D(2025, 9, 30), "Contracts awarded 16 September 2025.",
                 "Complete", ["Director of Bus"], "2025-09", None, "blue"),
                ("2.2", "Complete acquisition and refurbishment of the two strategic depots needed for Tranche 1.",
                 "Head of Bus Assets; Head of Legal Services", D(2026, 1, 31),
                 "Second depot purchase delayed by title issues; refurbishment programme compressed.",
                 "At risk", ["Head of Bus Assets", "Head of Legal Services"], "2026-01", None, "amber"),
                ("2.3", "Run a joint readiness exercise with incoming operators and publish the passenger "
                        "communications plan.",
                 "Director of Bus", "Dec-25", "Exercise scheduled for 9 December.",
                 "On track", ["Director of Bus"], "2025-12", None, "green"),
            ],
        },
        {
            "risk": "CR03 – Cyber security and data resilience",
            "desc": "Cause: increasingly sophisticated attacks on public bodies and legacy systems.\n"
                    "Event: a successful cyber attack or major loss of data.\n"
                    "Effect: loss of critical services, regulatory action by the ICO and financial loss.",
            "owner": "Director of Digital",
            "inherent": "5 x 4 = 20", "controls": "Managed security operations centre; backups tested quarterly; "
                                                  "phishing simulations.",
            "residual": ("3 x 4 = 12", AMBER), "target": "2 x 4 = 8",
            "actions": [
                ("3.1", "Achieve Cyber Essentials Plus re-certification.",
                 "Head of ICT", D(2025, 11, 30), "Assessor booked for 18 November.",
                 "On track", ["Head of ICT"], "2025-11", None, "green"),
                ("3.2", "Deliver mandatory cyber awareness training to all staff and members, with completion "
                        "reported quarterly to Audit and Governance Committee.",
                 "Head of ICT / Head of HR", "Ongoing", "Staff completion 91%; members 64%.",
                 "On track", ["Head of ICT", "Head of HR"], None, "Ongoing", "green"),
            ],
        },
        {
            "risk": "CR04 – Investment Zone delivery",
            "desc": "Cause: market conditions and slower private sector investment.\n"
                    "Event: Investment Zone outputs and spend profile are not achieved.\n"
                    "Effect: clawback of funding and loss of confidence from government.",
            "owner": "Executive Director of Investment and Delivery",
            "inherent": "4 x 4 = 16", "controls": "Investment Zone Board; monthly spend monitoring; "
                                                  "pipeline review with partners.",
            "residual": ("3 x 3 = 9", AMBER), "target": "2 x 3 = 6",
            "actions": [
                ("4.1", "Agree a revised spend profile and milestones for the Investment Zone with MHCLG and DSIT.",
                 "Head of Investment Zone", D(2025, 10, 31), "Revised profile submitted 29 September.",
                 "On track", ["Head of Investment Zone"], "2025-10", None, "green"),
                ("4.2", "Commission an independent mid-point evaluation of the Investment Zone programme.",
                 "Head of Investment Zone", "June 2026", "To start in Q4 once the revised profile is agreed.",
                 "Not started", ["Head of Investment Zone"], "2026-06", None, "unrated"),
            ],
        },
    ]
    status_fill = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Off track": RED}

    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = "Liverpool City Region Combined Authority"
    ws["A1"].font = Font(bold=True, size=16)
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Quarter 2 update – position at 30 September 2025"
    ws["A5"] = "Reported to: Audit and Governance Committee, 20 November 2025"
    ws["A6"] = "Risk and Assurance Manager – risk@liverpoolcityregion-ca.gov.uk"
    ws["A8"] = "Version control"
    ws["A8"].font = Font(bold=True)
    vc = [("Version", "Date", "Author", "Summary of changes"),
          ("1.0", "14/04/2025", "Risk and Assurance Manager", "Annual refresh agreed by Leadership Team"),
          ("1.1", "08/07/2025", "Risk and Assurance Manager", "Q1 review; CR04 added"),
          ("1.2", "10/10/2025", "Risk and Assurance Manager", "Q2 review; CR02 residual score reduced")]
    for i, row in enumerate(vc):
        for j, v in enumerate(row):
            c = ws.cell(row=9 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
    for col, w in zip("ABCD", (14, 14, 30, 50)):
        ws.column_dimensions[col].width = w

    # Summary sheet
    sm = wb.create_sheet("Summary")
    sm["A1"] = "Corporate risk profile – Q2 2025/26"
    sm["A1"].font = Font(bold=True, size=13)
    hdr = ("Risk", "Risk owner", "Q1 residual", "Q2 residual", "Direction of travel", "Target")
    for j, v in enumerate(hdr):
        c = sm.cell(row=3, column=1 + j, value=v)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
    q1 = {"CR01": 16, "CR02": 16, "CR03": 12, "CR04": 9}
    for i, r in enumerate(risks):
        key = r["risk"][:4]
        q2 = int(r["residual"][0].split("=")[1])
        vals = (r["risk"], r["owner"], q1[key], q2,
                "↔" if q1[key] == q2 else ("↓" if q2 < q1[key] else "↑"),
                int(r["target"].split("=")[1]))
        for j, v in enumerate(vals):
            c = sm.cell(row=4 + i, column=1 + j, value=v)
            c.border = BOX
        sm.cell(row=4 + i, column=4).fill = fill(r["residual"][1])
    sm.cell(row=9, column=1, value="4 corporate risks: 1 red, 3 amber, 0 green (residual).")
    sm.column_dimensions["A"].width = 48
    sm.column_dimensions["B"].width = 44

    # Register sheet
    rg = wb.create_sheet("Register")
    rg["A1"] = "Corporate Risk Register 2025/26 – detailed register (Q2)"
    rg["A1"].font = Font(bold=True, size=13)
    rg["A2"] = ("Scores are Likelihood x Impact on the 5 x 5 matrix (see 'Scoring & Key'). "
                "Action status: Complete / On track / At risk / Off track / Not started.")
    heads = ("Risk", "Risk description", "Risk owner", "Inherent score", "Key controls in place",
             "Residual score", "Target score", "Action ref", "Further mitigating actions", "Action owner",
             "Target date", "Progress update (Q2)", "Action status")
    for j, v in enumerate(heads):
        c = rg.cell(row=4, column=1 + j, value=v)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = WRAP
        c.border = BOX
    r0 = 5
    expected = []
    for risk in risks:
        n = len(risk["actions"])
        vals = (risk["risk"], risk["desc"], risk["owner"], risk["inherent"], risk["controls"],
                risk["residual"][0], risk["target"])
        for j, v in enumerate(vals):
            c = rg.cell(row=r0, column=1 + j, value=v)
            c.alignment = WRAP
            if n > 1:
                rg.merge_cells(start_row=r0, start_column=1 + j, end_row=r0 + n - 1, end_column=1 + j)
        rg.cell(row=r0, column=6).fill = fill(risk["residual"][1])
        rg.cell(row=r0, column=1).font = Font(bold=True)
        for k, (ref, text, owner, date, prog, st, lead, end, end_text, status) in enumerate(risk["actions"]):
            rr = r0 + k
            for j, v in enumerate((ref, text, owner, date, prog, st)):
                c = rg.cell(row=rr, column=8 + j, value=v)
                c.alignment = WRAP
                c.border = BOX
            if isinstance(date, dt.datetime):
                rg.cell(row=rr, column=11).number_format = "dd/mm/yyyy"
            sc = rg.cell(row=rr, column=13)
            if st in status_fill:
                sc.fill = fill(status_fill[st])
            expected.append({"ref": ref, "under": [risk["risk"]], "action": text, "lead": lead,
                             "end": end, "end_text": end_text, "status": status})
        for rr in range(r0, r0 + n):
            for j in range(1, 8):
                rg.cell(row=rr, column=j).border = BOX
        r0 += n
    for col, w in zip("ABCDEFGHIJKLM", (26, 40, 24, 10, 34, 10, 10, 8, 48, 28, 12, 40, 12)):
        rg.column_dimensions[col].width = w

    # Scoring & key sheet
    ky = wb.create_sheet("Scoring & Key")
    ky["A1"] = "Risk scoring"
    ky["A1"].font = Font(bold=True)
    rows = [("Residual score", "Rating"), ("15 – 25", "Red"), ("8 – 12", "Amber"), ("1 – 6", "Green")]
    for i, (a, b) in enumerate(rows):
        ky.cell(row=2 + i, column=1, value=a)
        c = ky.cell(row=2 + i, column=2, value=b)
        if i:
            c.fill = fill({"Red": RED, "Amber": AMBER, "Green": GREEN}[b])
    ky["A8"] = "Action status key"
    ky["A8"].font = Font(bold=True)
    rows = [("Complete", "Action delivered (blue)", BLUE), ("On track", "Will meet target date (green)", GREEN),
            ("At risk", "May miss target date; recovery in hand (amber)", AMBER),
            ("Off track", "Will miss target date; escalated (red)", RED),
            ("Not started", "Not yet due to start (no colour)", None)]
    for i, (a, b, col) in enumerate(rows):
        c = ky.cell(row=9 + i, column=1, value=a)
        if col:
            c.fill = fill(col)
        ky.cell(row=9 + i, column=2, value=b)
    ky.column_dimensions["A"].width = 16
    ky.column_dimensions["B"].width = 50
    wb.save(out(name))

    meta = {
        "source": "Imitates a combined authority corporate risk register appendix to an Audit and Governance "
                  "Committee report (Liverpool City Region Combined Authority style, Q2 2025/26 update; no URL "
                  "retrieved). Copies a cover sheet with version control, a summary sheet of residual scores "
                  "with fill, a detailed register where the risk, description, owner and scores are merged "
                  "vertically over several further-action rows, an action owner column separate from the risk "
                  "owner, a scoring/status key on its own sheet, and status words with matching fill.",
        "reads": "A four-risk corporate risk register. Each risk (CR01–CR04) carries two or three numbered "
                 "further mitigating actions with an action owner, target date, Q2 progress note and status "
                 "(Complete / On track / At risk / Off track / Not started, defined in the key). The cover, "
                 "summary and key sheets hold no actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_expected(name, meta, expected)


# ---------------------------------------------------------------------------
# 2. Broads Authority – summary of actions and outstanding issues (xlsx)
# ---------------------------------------------------------------------------
def case_broads():
    name = "qv-broads-authority-summary-of-actions-and-outstanding-issues-schedule.xlsx"
    title = "Summary of actions and outstanding issues following decisions at previous meetings"
    D = dt.datetime
    outstanding = [
        ("Broads Authority – 25 July 2025", [
            ("12", "Broads Plan – annual progress",
             "Publish the 2024/25 Broads Plan progress report on the website and circulate it to Broads Forum "
             "members.", "Strategy and Projects Officer",
             "Report published 5 August. Circulation to the Forum moved to its October meeting.",
             "October 2025", AMBER, ["Strategy and Projects Officer"], "2025-10", None, "amber"),
            ("14", "Navigation charges 2026/27",
             "Consult the Navigation Committee and hire boat operators on options for 2026/27 tolls and report "
             "back to the Authority.", "Director of Finance / Director of Operations",
             "Navigation Committee considered options on 16 October; operators’ meeting 4 December.",
             "Jan 2026", GREEN, ["Director of Finance", "Director of Operations"], "2026-01", None, "green"),
            ("16", "Hoveton Riverside Park",
             "Obtain quotes for replacement mooring pontoons and bring a funding proposal to members.",
             "Head of Estates and Asset Management", "Three quotes requested; closing date 21 November.",
             "March 2026", GREEN, ["Head of Estates and Asset Management"], "2026-03", None, "green"),
        ]),
        ("Broads Authority – 26 September 2025", [
            ("8", "Broadland Futures Initiative",
             "Prepare the Authority’s response to the Broadland Futures Initiative consultation on long-term "
             "flood risk options, for sign-off by the Chair and Vice-Chair.",
             "Head of Planning / Senior Ecologist", "Draft response in preparation.",
             D(2025, 12, 31), GREEN, ["Head of Planning", "Senior Ecologist"], "2025-12", None, "green"),
            ("10", "Member development",
             "Arrange a member workshop on the Local Plan review and the revised National Planning Policy "
             "Framework.", "Head of Governance", "Date to be set once the Local Plan timetable is agreed.",
             "Jan-26", None, ["Head of Governance"], "2026-01", None, "unrated"),
            ("11", "Annual Governance Statement",
             "Update the Code of Corporate Governance to reflect the new duty on relevant authorities under the "
             "Levelling-up and Regeneration Act 2023.", "Monitoring Officer",
             "Awaiting Defra guidance on the duty; legal advice sought.",
             "To be confirmed", RED, ["Monitoring Officer"], None, "To be confirmed", "red"),
        ]),
    ]
    completed = [
        ("Broads Authority – 16 May 2025", [
            ("9", "Acle Bridge moorings",
             "Complete the lease variation for the Acle Bridge visitor moorings.", "Director of Operations",
             "Lease variation signed 30 June 2025.", "July 2025", BLUE, ["Director of Operations"], "2025-07",
             None, "blue"),
        ]),
        ("Broads Authority – 25 July 2025", [
            ("13", "Strategic priorities 2025/26",
             "Add peat restoration targets to the strategic priorities monitoring report.",
             "Strategy and Projects Officer", "Included in the September monitoring report.", "Sept 2025", BLUE,
             ["Strategy and Projects Officer"], "2025-09", None, "blue"),
            ("15", "Audit and Risk Committee",
             "Write to the Secretary of State’s appointees to confirm their places on the Audit and Risk "
             "Committee.", "Chief Executive", "Letters sent 1 August; all three confirmed.", "August 2025", BLUE,
             ["Chief Executive"], "2025-08", None, "blue"),
        ]),
    ]
    heads = ("Minute no.", "Subject", "Action required", "Lead officer", "Progress / update", "Target date",
             "Status")
    wb = Workbook()
    expected = []

    def sheet(ws, groups, with_header):
        r = 1
        if with_header:
            ws.cell(row=1, column=1, value="Broads Authority").font = Font(bold=True, size=14)
            ws.cell(row=2, column=1, value="28 November 2025 – Agenda item number 7")
            ws.cell(row=3, column=1, value=title).font = Font(bold=True, size=12)
            ws.cell(row=4, column=1, value="Report by Head of Governance")
            ws.cell(row=5, column=1, value="Key to status colour: Green – on target; Amber – some slippage; "
                                           "Red – significant delay or issue; Blue – complete; "
                                           "no colour – not yet started.")
            r = 7
        for j, h in enumerate(heads):
            c = ws.cell(row=r, column=1 + j, value=h)
            c.font = Font(bold=True)
            c.fill = fill("D9E1F2")
            c.border = BOX
            c.alignment = WRAP
        r += 1
        for meeting, rows in groups:
            ws.cell(row=r, column=1, value=meeting).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(heads))
            ws.cell(row=r, column=1).fill = fill("EDEDED")
            r += 1
            for (ref, subj, act, lead_txt, prog, date, col, lead, end, end_text, status) in rows:
                for j, v in enumerate((ref, subj, act, lead_txt, prog, date, None)):
                    c = ws.cell(row=r, column=1 + j, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                if isinstance(date, dt.datetime):
                    ws.cell(row=r, column=6).number_format = "dd/mm/yyyy"
                if col:
                    ws.cell(row=r, column=7).fill = fill(col)
                expected.append({"ref": ref, "under": [meeting], "action": act, "lead": lead, "end": end,
                                 "end_text": end_text, "status": status})
                r += 1
        for col, w in zip("ABCDEFG", (10, 26, 50, 30, 44, 14, 8)):
            ws.column_dimensions[col].width = w
        return r

    ws = wb.active
    ws.title = "Outstanding actions"
    sheet(ws, outstanding, True)
    ws2 = wb.create_sheet("Completed since last meeting")
    r = sheet(ws2, completed, False)
    ws2.cell(row=r + 1, column=1,
             value="Completed actions are removed from the schedule once they have been reported to one meeting.")
    wb.save(out(name))

    meta = {
        "source": "Imitates the Broads Authority's standing agenda item 'Summary of actions and outstanding "
                  "issues following decisions at previous meetings – to note the schedule' (Broads Authority "
                  "agenda papers, e.g. https://docslib.org/download/12982790/19-march-2021-10-00am), here as "
                  "a 28 November 2025 schedule in Excel. Copies the title block with agenda item and report "
                  "author, merged meeting-date rows grouping the actions, minute numbers as refs, job titles "
                  "as lead officers, a status column coloured by fill only with a key line above, and a "
                  "second sheet of actions completed since the last meeting with a notes line.",
        "reads": "A national park authority's rolling action schedule: actions arising from Authority meetings, "
                 "grouped under the meeting they came from, each with minute number, subject, action, lead "
                 "officer, progress and target date, and an uncoloured-text status cell read from its fill. "
                 "Six are outstanding and three, on the second sheet, are complete.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_expected(name, meta, expected)


# ---------------------------------------------------------------------------
# 3. Government Property Agency – Government Hubs highlight report (xlsx, refuse)
# ---------------------------------------------------------------------------
def case_gpa():
    name = "qv-government-property-agency-government-hubs-programme-highlight-report-typo-month-refuse.xlsx"
    title = "Government Hubs Programme – Programme Highlight Report"
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight Report"
    ws["A1"] = "Government Property Agency"
    ws["A1"].font = Font(bold=True, size=14, color="FFFFFF")
    ws["A1"].fill = fill("00205B")
    ws.merge_cells("A1:H1")
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=13)
    ws.merge_cells("A2:H2")
    ws["A3"] = "Reporting period: September 2025     Report date: 08/10/2025     OFFICIAL"
    ws.merge_cells("A3:H3")
    ws["A5"] = "Senior Responsible Owner"
    ws["B5"] = "Chief Operating Officer"
    ws["C5"] = "Programme Director"
    ws["D5"] = "Director, Government Hubs"
    ws["E5"] = "Overall DCA (this period)"
    ws["F5"] = "Amber"
    ws["F5"].fill = fill(AMBER)
    ws["G5"] = "Overall DCA (last period)"
    ws["H5"] = "Amber"
    ws["H5"].fill = fill(AMBER)
    for c in ("A5", "C5", "E5", "G5"):
        ws[c].font = Font(bold=True)
    ws["A7"] = "Programme summary"
    ws["A7"].font = Font(bold=True, color="FFFFFF")
    ws["A7"].fill = fill("00205B")
    ws.merge_cells("A7:H7")
    ws["A8"] = ("Peterborough Hub reached practical completion in July and the first occupier moves are under "
                "way. Delivery confidence stays Amber: the Darlington full business case has slipped while HM "
                "Treasury review continues, and the Sheffield fit-out procurement has been re-run.")
    ws["A8"].alignment = WRAP
    ws.merge_cells("A8:H8")
    ws.row_dimensions[8].height = 48
    ws["A10"] = "Key milestones"
    ws["A10"].font = Font(bold=True, color="FFFFFF")
    ws["A10"].fill = fill("00205B")
    ws.merge_cells("A10:H10")
    heads = ("Ref", "Milestone", "Milestone owner", "Baseline date", "Forecast / actual date", "Previous RAG",
             "Current RAG", "Commentary")
    for j, h in enumerate(heads):
        c = ws.cell(row=11, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.fill = fill("D9E1F2")
        c.border = BOX
        c.alignment = WRAP
    ms = [
        ("M01", "Peterborough Hub – practical completion of fit-out", "Project Director, Midlands & East",
         "Jun 2025", "Jul 2025", "A", "C", "Practical completion achieved 28/07/2025."),
        ("M02", "Peterborough Hub – first departmental occupier moves in", "Project Director, Midlands & East",
         "Sep 2025", "Oct 2025", "A", "A", "Moves re-phased at the occupier’s request; no cost impact."),
        ("M03", "Wolverhampton Hub – lease completion", "Head of Transactions", "Nov 2025", "Nov 2025", "G",
         "G", "Heads of terms agreed; solicitors instructed."),
        ("M04", "Darlington Hub – full business case approved by HM Treasury", "Programme Director",
         "Dec 2025", "Febuary 2026", "G", "A", "HMT review extended; further cost information requested."),
        ("M05", "Sheffield Hub – contractor appointed for Cat B fit-out", "Project Director, North",
         "Jan 2026", "Mar 2026", "A", "R", "Procurement re-run after no compliant bids were received."),
        ("M06", "Legacy estate exits – surrender of three London leases",
         "Head of Portfolio Strategy / Head of Transactions", "Mar 2026", "Mar 2026", "G", "G",
         "Landlord negotiations progressing."),
        ("M07", "Benefits realisation report to Programme Board", "Programme Benefits Manager", "Apr 2026",
         "Apr 2026", "G", "G", "Benefits profiles refreshed in August."),
    ]
    ragcol = {"R": RED, "A": AMBER, "G": GREEN, "C": BLUE}
    typo_row = None
    for i, m in enumerate(ms):
        r = 12 + i
        for j, v in enumerate(m):
            c = ws.cell(row=r, column=1 + j, value=v)
            c.border = BOX
            c.alignment = WRAP
        ws.cell(row=r, column=6).fill = fill(ragcol[m[5]])
        ws.cell(row=r, column=7).fill = fill(ragcol[m[6]])
        if m[4] == "Febuary 2026":
            typo_row = r
    r = 12 + len(ms) + 1
    ws.cell(row=r, column=1, value="Key risks and issues").font = Font(bold=True, color="FFFFFF")
    ws.cell(row=r, column=1).fill = fill("00205B")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    r += 1
    for j, h in enumerate(("Ref", "Risk / issue", "Owner", "Score", "Mitigation")):
        ws.cell(row=r, column=1 + j, value=h).font = Font(bold=True)
    r += 1
    ws.cell(row=r, column=1, value="R14")
    ws.cell(row=r, column=2, value="Construction cost inflation exceeds the contingency held for Cat B fit-out.")
    ws.cell(row=r, column=3, value="Programme Director")
    ws.cell(row=r, column=4, value=16)
    ws.cell(row=r, column=5, value="Value engineering review; contingency drawdown controlled by Programme Board.")
    r += 1
    ws.cell(row=r, column=1, value="I03")
    ws.cell(row=r, column=2, value="Delay to HMT approval of the Darlington full business case.")
    ws.cell(row=r, column=3, value="SRO")
    ws.cell(row=r, column=4, value="Issue")
    ws.cell(row=r, column=5, value="Weekly calls with HMT spending team; information provided 30/09/2025.")
    r += 2
    ws.cell(row=r, column=1, value="Decisions required from Programme Board").font = Font(bold=True)
    ws.cell(row=r + 1, column=1, value="1. Approve re-run of the Sheffield fit-out procurement (M05).")
    ws.cell(row=r + 2, column=1, value="2. Note the revised forecast for the Darlington full business case (M04).")
    for col, w in zip("ABCDEFGH", (8, 46, 30, 13, 15, 10, 10, 44)):
        ws.column_dimensions[col].width = w

    key = wb.create_sheet("RAG definitions")
    defs = [("RAG", "Milestone definition"), ("G", "On track to baseline date"),
            ("A", "Forecast later than baseline; recoverable within the tranche"),
            ("R", "Forecast later than baseline; not recoverable without Programme Board decision"),
            ("C", "Complete")]
    for i, (a, b) in enumerate(defs):
        c = key.cell(row=1 + i, column=1, value=a)
        key.cell(row=1 + i, column=2, value=b)
        if i:
            c.fill = fill(ragcol[a])
    key.column_dimensions["B"].width = 70
    key["A8"] = ("DCA ratings follow the IPA five-point scale (Green, Amber/Green, Amber, Amber/Red, Red) and "
                 "apply to the programme as a whole.")
    wb.save(out(name))
    assert typo_row == 15, typo_row

    meta = {
        "source": "Imitates a central government programme highlight report of the kind arm's-length bodies "
                  "take to a programme board (Government Property Agency, Government Hubs Programme, "
                  "September 2025 period; GPA business plans describe the Hubs Programme, "
                  "https://www.gov.uk/government/publications/government-property-agency-business-plan-2018-to-2019). "
                  "Copies the banded title block, SRO / programme director and overall delivery confidence "
                  "(DCA) this and last period, a summary paragraph, a key milestones table with baseline and "
                  "forecast dates and previous/current RAG letters with fill, a risks and issues table, "
                  "decisions required, and a RAG definitions sheet.",
        "reads": "A one-page highlight report listing seven key milestones with owners, baseline and "
                 "forecast dates and RAG. Milestone M04's forecast date is written 'Febuary 2026' (sheet row "
                 "15), a mistyped month: a careful reader would stop and ask before taking its end date.",
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_row,
        "title": title,
    }
    write_expected(name, meta, None)


# ---------------------------------------------------------------------------
# 4. TSB Bank – FCA remediation tracker export (csv)
# ---------------------------------------------------------------------------
def case_tsb():
    name = "qv-tsb-bank-fca-customers-in-financial-difficulty-remediation-tracker.csv"
    title = "TSB Bank plc – FCA Remediation Programme: Customers in Financial Difficulty"
    ws1 = "WS1 Arrears management & forbearance"
    ws2 = "WS2 Collections oversight & charges"
    ws3 = "WS3 Customer redress"
    f1 = "F1: Forbearance was not tailored to customers’ individual circumstances"
    f2 = "F2: Inadequate oversight of collections activity, including third-party agencies"
    f3 = "F3: Customers who suffered detriment between 2014 and 2020 have not been put right"
    rows = [
        (ws1, f1, "WS1-01",
         "Redesign the affordability assessment in the collections journey, using the Standard Financial "
         "Statement and validated income & expenditure.",
         "Head of Collections Strategy", "Chief Operating Officer", "31/03/2025", "30/06/2025", "Complete",
         "Closed", "Validated by 2nd Line Risk on 14/07/2025.",
         ["Head of Collections Strategy"], "2025-06", "blue"),
        (ws1, f1, "WS1-02",
         "Refresh the forbearance policy and tolerance framework, including term extensions and payment "
         "holidays, and retrain all collections colleagues.",
         "Head of Collections Policy; Learning & Development Manager", "Chief Operating Officer", "30/09/2025",
         "31/12/2025", "Amber", "Open",
         "Policy approved at Retail Risk Committee 22/09. Training completion 68% at 31/10; remaining "
         "colleagues booked for November.",
         ["Head of Collections Policy", "Learning & Development Manager"], "2025-12", "amber"),
        (ws1, f1, "WS1-03",
         "Introduce quality assurance testing of arrears outcomes:\n- monthly sample of 150 cases\n- results "
         "reported to the Customer Outcomes Committee",
         "Head of Quality Assurance", "Chief Risk Officer", "28/02/2026", "", "Green", "Open",
         "Test scripts drafted; pilot sample run in October.",
         ["Head of Quality Assurance"], "2026-02", "green"),
        (ws2, f2, "WS2-01",
         "Review all debt collection agency contracts and remove automatic referral triggers.",
         "Third Party Risk Manager", "Chief Operating Officer", "31/07/2025", "", "Complete", "Closed",
         "All 4 agency contracts varied; closure evidence accepted 05/08/2025.",
         ["Third Party Risk Manager"], "2025-07", "blue"),
        (ws2, f2, "WS2-02",
         "Implement monthly oversight MI for outsourced collections, with breaches escalated to the "
         "Operational Risk Committee.",
         "Director, Collections & Recoveries", "Chief Operating Officer", "30/11/2025", "", "Red", "Open",
         "MI build delayed by the data platform migration; a revised date will be proposed to Programme "
         "Board on 12/11/2025.",
         ["Director, Collections & Recoveries"], "2025-11", "red"),
        (ws2, f2, "WS2-03",
         "Stop charging default and arrears fees during periods of agreed forbearance.",
         "Head of Pricing", "Chief Financial Officer", "30/04/2025", "", "Complete", "Closed",
         "System change live 22/04/2025.", ["Head of Pricing"], "2025-04", "blue"),
        (ws3, f3, "WS3-01",
         "Identify the population of mortgage and unsecured customers in arrears between 2014 and 2020 who "
         "may have suffered detriment.",
         "Redress Programme Director", "Chief Risk Officer", "30/06/2025", "30/11/2025", "Amber", "Open",
         "Population of 32,400 accounts identified; final data cleanse under way.",
         ["Redress Programme Director"], "2025-11", "amber"),
        (ws3, f3, "WS3-02",
         "Calculate and pay redress, including 8% simple interest, and write to each affected customer "
         "explaining what happened.",
         "Redress Programme Director / Head of Customer Communications", "Chief Risk Officer", "31/03/2026", "",
         "Green", "Open", "Redress methodology agreed with the skilled person.",
         ["Redress Programme Director", "Head of Customer Communications"], "2026-03", "green"),
        (ws3, f3, "WS3-03",
         "Submit the Board attestation on completion of the remediation programme to the FCA.",
         "Chief Executive; Chief Risk Officer", "Board", "30/06/2026", "", "Green", "Open",
         "Attestation approach agreed at Board Risk Committee.",
         ["Chief Executive", "Chief Risk Officer"], "2026-06", "green"),
    ]
    header = ["Workstream", "Finding", "Action ID", "Action", "Action Owner", "Accountable Executive",
              "Original Due Date", "Revised Due Date", "RAG", "Status", "Latest Update"]
    with open(out(name), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow([title])
        w.writerow(["Action tracker export – run date 03/11/2025 – Remediation Programme Management Office"])
        w.writerow([])
        w.writerow(header)
        for r in rows:
            w.writerow(list(r[:11]))
        w.writerow([])
        w.writerow(["Total actions", "9"])
        w.writerow(["Closed (validated)", "3"])
        w.writerow(["Open", "6"])
        w.writerow(["RAG: Green = on track to due date; Amber = at risk, mitigation in place; Red = will miss "
                    "due date, escalated; Complete = closed and validated by 2nd Line"])
    expected = [{"ref": r[2], "under": [r[0], r[1]], "action": r[3], "lead": r[11], "end": r[12],
                 "end_text": None, "status": r[13]} for r in rows]
    meta = {
        "source": "Imitates a bank's regulator remediation tracker exported from its GRC tool after an FCA "
                  "final notice on the treatment of customers in financial difficulty (TSB Bank plc, 2025; "
                  "modelled on FCA-driven remediation programmes; no URL retrieved). Copies the title and "
                  "run-date lines above the header, workstream and finding repeated on every row, action IDs, "
                  "job-title action owners (one with a comma and an ampersand) separate from an accountable "
                  "executive column, original and revised due dates, a RAG column using Complete for closed "
                  "actions, a quoted multi-line action, and a totals block and RAG definitions line at the foot.",
        "reads": "Nine remediation actions in three workstreams, each answering an FCA finding, with an owner, "
                 "original and (for three) revised due date, RAG and latest update. The revised date is the "
                 "end where given; the totals and RAG lines at the bottom are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_expected(name, meta, expected)


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


def bold_cell(cell, text):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True


# ---------------------------------------------------------------------------
# 5. Royal Mencap Society – CQC supported living inspection action plan (docx)
# ---------------------------------------------------------------------------
def case_mencap():
    name = "qv-royal-mencap-society-cqc-supported-living-inspection-action-plan.docx"
    title = "CQC Inspection Action Plan"
    sections = [
        ("1. Safe", "Rating: Requires improvement", [
            ("Regulation 12 – Safe care and treatment: The provider had not ensured that medicines, including "
             "‘as required’ (PRN) medicines, were administered and recorded safely.", [
                ("S1", "Complete a full audit of medication administration records (MARs) in every supported "
                       "living house and put right each recording gap found.", "Registered Manager",
                 "30/09/2025", "Audit completed 19/09/2025; 23 gaps addressed.", "B",
                 ["Registered Manager"], "2025-09", None, "blue"),
                ("S2", "Introduce a PRN protocol for each person prescribed ‘as required’ medicines, agreed "
                       "with their GP and pharmacist.", "Registered Manager / Team Leaders", "October 2025",
                 "Protocols in place for 11 of 14 people.", "G",
                 ["Registered Manager", "Team Leaders"], "2025-10", None, "green"),
                ("S3", "All support workers to complete refreshed medicines training and two observed competency "
                       "checks.", "Learning and Development Partner", "31/12/2025",
                 "Training 80% complete; competency checks 52%.", "G",
                 ["Learning and Development Partner"], "2025-12", None, "green"),
            ]),
            ("Regulation 12 – Safe care and treatment: Risk assessments for people living with epilepsy were not "
             "always in place or up to date.", [
                ("S4", "Review and update the epilepsy risk assessments and rescue medication plans of the four "
                       "people with a diagnosis of epilepsy, with the community learning disability nurse.",
                 "Registered Manager", "31/10/2025",
                 "Three completed; one awaiting the nurse’s visit.", "A",
                 ["Registered Manager"], "2025-10", None, "amber"),
            ]),
        ]),
        ("2. Effective", "Rating: Requires improvement", [
            ("Regulation 11 – Need for consent: Mental capacity assessments and best interests decisions were "
             "not always recorded for restrictions placed on people.", [
                ("E1", "Carry out decision-specific mental capacity assessments for all restrictive practices "
                       "(including locked kitchen cupboards and door sensors) and record best interests "
                       "decisions.", "Registered Manager / Positive Behaviour Support Practitioner",
                 "30/11/2025", "Assessments under way in three houses.", "G",
                 ["Registered Manager", "Positive Behaviour Support Practitioner"], "2025-11", None, "green"),
                ("E2", "Ask Calderdale Council to apply to the Court of Protection for anyone who may be deprived "
                       "of their liberty in their home.", "Registered Manager", "Dec-25",
                 "Two referrals made 14/10/2025.", "G", ["Registered Manager"], "2025-12", None, "green"),
            ]),
        ]),
        ("3. Well-led", "Rating: Requires improvement", [
            ("Regulation 17 – Good governance: Quality assurance systems had not picked up the shortfalls found "
             "at this inspection.", [
                ("W1", "Implement the monthly Service Quality Audit tool, with actions tracked on the service "
                       "improvement plan.", "Area Operations Manager", "September 2025",
                 "Tool in use since 1 September.", "B", ["Area Operations Manager"], "2025-09", None, "blue"),
                ("W2", "Quality Lead to make an unannounced quality visit and report findings to the Area "
                       "Operations Manager.", "Quality Lead", "Quarterly", "First visit completed 7 October.",
                 "G", ["Quality Lead"], None, "Quarterly", "green"),
                ("W3", "Hold ‘Your Voice’ meetings with people supported and their families, and share a ‘You "
                       "said, we did’ summary.", "Registered Manager; Family Engagement Officer", "31/01/2026",
                 "", "", ["Registered Manager", "Family Engagement Officer"], "2026-01", None, "unrated"),
            ]),
        ]),
    ]
    ragfill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Royal Mencap Society")
    r.bold = True
    r.font.size = Pt(16)
    doc.add_paragraph("Royal Mencap Society – Calderdale Supported Living Services")
    doc.add_heading(title, level=1)
    info = doc.add_table(rows=5, cols=2)
    info.style = "Table Grid"
    for i, (a, b) in enumerate([("Service type", "Supported living (domiciliary care)"),
                                ("Inspection dates", "10 – 12 June 2025"),
                                ("Report published", "21 August 2025"),
                                ("Overall rating", "Requires improvement"),
                                ("Plan owner", "Area Operations Manager")]):
        bold_cell(info.cell(i, 0), a)
        info.cell(i, 1).text = b
    doc.add_paragraph()
    doc.add_paragraph().add_run("Document control").bold = True
    dc = doc.add_table(rows=4, cols=4)
    dc.style = "Table Grid"
    for i, row in enumerate([("Version", "Date", "Author", "Comments"),
                             ("0.1", "28/08/2025", "Registered Manager", "First draft"),
                             ("1.0", "15/09/2025", "Area Operations Manager", "Sent to CQC"),
                             ("1.1", "31/10/2025", "Registered Manager", "Progress update")]):
        for j, v in enumerate(row):
            if i == 0:
                bold_cell(dc.cell(i, j), v)
            else:
                dc.cell(i, j).text = v
    doc.add_paragraph()
    doc.add_paragraph().add_run("RAG key").bold = True
    kt = doc.add_table(rows=4, cols=2)
    kt.style = "Table Grid"
    for i, (a, b) in enumerate([("B", "Complete"), ("G", "On track"), ("A", "At risk of delay"),
                                ("R", "Off track")]):
        kt.cell(i, 0).text = a
        shade(kt.cell(i, 0), ragfill[a])
        kt.cell(i, 1).text = b
    doc.add_paragraph()

    expected = []
    heads = ("Ref", "Action", "Lead", "By when", "Progress", "RAG")
    for heading, rating, blocks in sections:
        doc.add_heading(heading, level=2)
        doc.add_paragraph(rating)
        nrows = sum(2 + len(acts) for _, acts in blocks)
        t = doc.add_table(rows=nrows, cols=6)
        t.style = "Table Grid"
        r = 0
        for finding, acts in blocks:
            m = t.cell(r, 0).merge(t.cell(r, 5))
            bold_cell(m, finding)
            shade(m, "D9D9D9")
            r += 1
            for j, h in enumerate(heads):
                bold_cell(t.cell(r, j), h)
            r += 1
            for (ref, text, lead_txt, when, prog, rag, lead, end, end_text, status) in acts:
                for j, v in enumerate((ref, text, lead_txt, when, prog, rag)):
                    t.cell(r, j).text = v
                if rag:
                    shade(t.cell(r, 5), ragfill[rag])
                expected.append({"ref": ref, "under": [heading, finding], "action": text, "lead": lead,
                                 "end": end, "end_text": end_text, "status": status})
                r += 1
        doc.add_paragraph()
    doc.add_paragraph("This plan is reviewed monthly by the Area Operations Manager and shared with CQC on "
                      "request.")
    doc.save(out(name))

    meta = {
        "source": "Imitates a charity care provider's post-inspection action plan for a CQC-registered supported "
                  "living service (Royal Mencap Society, a Calderdale supported living service, inspected June "
                  "2025; no URL retrieved). Copies a service information table, a document control table, a "
                  "RAG key table with shaded cells, a section per CQC key question with its rating line, and "
                  "one table per section in which each breach (regulation and finding) is a shaded merged row "
                  "above its own header row and actions, with RAG letters in shaded cells and a progress column.",
        "reads": "An action plan answering breaches of Regulations 11, 12 and 17 found by CQC, arranged under "
                 "Safe, Effective and Well-led. Each breach is followed by numbered actions (S1–S4, E1–E2, "
                 "W1–W3) with a lead, a by-when date, progress and a RAG letter; the last action has no RAG yet.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_expected(name, meta, expected)


# ---------------------------------------------------------------------------
# 6. Alrewas Parish Council – Storm Henk lessons learned action plan (docx)
# ---------------------------------------------------------------------------
def case_alrewas():
    name = "qv-alrewas-parish-council-storm-henk-flood-lessons-learned-action-plan.docx"
    title = "Lessons Learned Review and Action Plan – Storm Henk Flooding, January 2024"
    lessons = [
        ("Flood warnings reached some residents late, and many households were not signed up to the "
         "Environment Agency’s Floodline service.", [
            ("1", "Run a Floodline sign-up drive, including a door-knock of at-risk streets with the flood "
                  "wardens.", "Clerk & Flood Wardens", "April 2024", "Done",
             "62 households signed up in March and April.", ["Clerk", "Flood Wardens"], "2024-04", None, "blue"),
            ("2", "Set up a WhatsApp broadcast list and a telephone tree for residents without internet "
                  "access.", "Cllr Harris", "May-24", "Done", "Broadcast list has 148 members.",
             ["Cllr Harris"], "2024-05", None, "blue"),
        ]),
        ("The Community Emergency Plan was out of date (last reviewed 2019) and the key-holder contacts were "
         "wrong.", [
            ("3", "Review and re-issue the Community Emergency Plan with up-to-date contacts, and send it to "
                  "Lichfield District Council’s emergency planning team.", "Clerk", "30/09/2024", "On track",
             "Draft circulated to councillors 2 September; for adoption on 9 September.",
             ["Clerk"], "2024-09", None, "green"),
            ("4", "Check key-holder arrangements for the Village Hall (rest centre).", "Chair/Vice-Chair",
             "Every six months", "On track", "Checked in April; next check October.",
             ["Chair", "Vice-Chair"], None, "Every six months", "green"),
        ]),
        ("Sandbags ran out on the first evening and there was no local store.", [
            ("5", "Buy 200 filled sandbags and 20 flood gel sacks and keep them in the allotment store.",
             "Cllr Patel", "Before next winter (Oct 2024)", "Not started",
             "Quotes obtained; to go to the Finance Committee.", ["Cllr Patel"], "2024-10",
             "Before next winter (Oct 2024)", "unrated"),
        ]),
        ("Road gullies on Main Street were blocked before the storm, making surface water flooding worse.", [
            ("6", "Report blocked gullies to Staffordshire County Council and ask for gully clearance before "
                  "the autumn.", "Clerk", "Jul-24", "Done", "Gullies cleared 18 July.", ["Clerk"], "2024-07",
             None, "blue"),
            ("7", "Ask Staffordshire County Council, as Lead Local Flood Authority, to carry out a Section 19 "
                  "flood investigation.", "Chair", "March 2024", "Done",
             "Request accepted; report expected early 2025.", ["Chair"], "2024-03", None, "blue"),
        ]),
        ("Volunteers who helped on the night had no safety briefing, and their insurance cover had not been "
         "confirmed.", [
            ("8", "Confirm that volunteers are covered by the council’s insurance and produce a one-page safety "
                  "briefing for flood volunteers.", "Clerk", "31/10/2024", "On track",
             "Insurer has confirmed cover; briefing in draft.", ["Clerk"], "2024-10", None, "green"),
        ]),
    ]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("ALREWAS PARISH COUNCIL")
    r.bold = True
    r.font.size = Pt(14)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(title)
    r.bold = True
    r.font.size = Pt(13)
    doc.add_paragraph("Adopted by Full Council on 11 March 2024 (Minute 24/041). Progress updated for the "
                      "meeting of 9 September 2024.")
    p = doc.add_paragraph()
    p.add_run("1. Background").bold = True
    doc.add_paragraph("Heavy rain from Storm Henk on 2 January 2024 led to river and surface water flooding in "
                      "the village. Twenty-three properties on Main Street, Post Office Road and Mill End were "
                      "flooded and the A513 was closed for two days. The council held a review meeting with "
                      "residents, flood wardens and partners on 6 February 2024. This plan sets out what we "
                      "learned and what we will do.")
    p = doc.add_paragraph()
    p.add_run("2. Timeline").bold = True
    tl = doc.add_table(rows=5, cols=2)
    tl.style = "Table Grid"
    for i, (a, b) in enumerate([("Date / time", "What happened"),
                                ("2 Jan, 14:10", "Environment Agency flood alert issued for the River Trent."),
                                ("2 Jan, 19:30", "Flood warning issued; flood wardens called out."),
                                ("2 Jan, 22:00", "Village Hall opened as a rest centre."),
                                ("4 Jan, 11:00", "Water levels falling; A513 reopened 5 January.")]):
        if i == 0:
            bold_cell(tl.cell(i, 0), a)
            bold_cell(tl.cell(i, 1), b)
        else:
            tl.cell(i, 0).text = a
            tl.cell(i, 1).text = b
    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("3. Lessons and actions").bold = True
    heads = ("No.", "Lesson identified", "Action", "Lead", "By when", "Status", "Progress")
    n = 1 + sum(len(a) for _, a in lessons)
    t = doc.add_table(rows=n, cols=len(heads))
    t.style = "Table Grid"
    for j, h in enumerate(heads):
        bold_cell(t.cell(0, j), h)
        shade(t.cell(0, j), "BDD7EE")
    r = 1
    expected = []
    for lesson, acts in lessons:
        top = r
        for (no, text, lead_txt, when, status_word, prog, lead, end, end_text, status) in acts:
            for j, v in ((0, no), (2, text), (3, lead_txt), (4, when), (5, status_word), (6, prog)):
                t.cell(r, j).text = v
            expected.append({"ref": no, "under": [lesson], "action": text, "lead": lead, "end": end,
                             "end_text": end_text, "status": status})
            r += 1
        cell = t.cell(top, 1)
        if r - 1 > top:
            cell = cell.merge(t.cell(r - 1, 1))
        cell.text = lesson
    doc.add_paragraph()
    doc.add_paragraph("Notes: ‘Clerk’ means the Parish Clerk and Responsible Financial Officer. Actions marked "
                      "Done will be removed at the next review.")
    doc.add_paragraph("Next review: Full Council, 11 November 2024.")
    doc.save(out(name))

    meta = {
        "source": "Imitates a parish council's lessons-learned review after a flood event, adopted at full "
                  "council and updated for a later meeting (Alrewas Parish Council, Staffordshire, Storm Henk, "
                  "January 2024; modelled on parish community flood plans and town council Storm Babet "
                  "reviews; no URL retrieved). Copies the centred council name and title, an adoption line "
                  "with minute number, a background paragraph, a timeline table that is not the plan, one "
                  "lessons-and-actions table with the lesson cell merged down over its actions, plain status "
                  "words (Done / On track / Not started), councillors and the Clerk as leads, and notes and "
                  "next-review lines after the table.",
        "reads": "Five lessons from the January 2024 flooding, each with one or two numbered actions (1–8), "
                 "a lead, a by-when date and a status word with a progress note. The timeline table above "
                 "and the notes below are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_expected(name, meta, expected)


# ---------------------------------------------------------------------------
# 7. The Scout Association – Charity Commission compliance case action plan (txt)
# ---------------------------------------------------------------------------
def case_scouts():
    name = "qv-scout-association-charity-commission-regulatory-compliance-action-plan.txt"
    title = "Charity Commission regulatory compliance case – safeguarding: action plan"
    areas = [
        ("AREA 1: CASE MANAGEMENT",
         "Commission expectation 1: The trustees should ensure that safeguarding concerns are assessed, "
         "recorded and referred to statutory agencies promptly and consistently.", [
            ("1.1", ["Commission an independent review of safeguarding case files opened since April 2020 and "
                     "act on its recommendations."], "Director of Safeguarding", "Mar 2025", "Jun 2025", "B",
             "Review reported to the Safeguarding Committee on 12/06/2025; all 14 recommendations accepted.",
             ["Director of Safeguarding"], "2025-06", None, "blue"),
            ("1.2", ["Introduce a case-tracking system with fixed timescales for the initial assessment of every "
                     "concern."], "Head of Safeguarding Casework", "Sep 2025", "", "B",
             "System live from 1 September 2025.", ["Head of Safeguarding Casework"], "2025-09", None, "blue"),
            ("1.3", ["Report case-management performance (timeliness, referrals to the LADO and police) to every "
                     "Safeguarding Committee meeting."], "Head of Safeguarding Casework", "Quarterly", "", "G",
             "First dashboard presented in September.", ["Head of Safeguarding Casework"], None, "Quarterly",
             "green"),
        ]),
        ("AREA 2: SERIOUS INCIDENT REPORTING",
         "Commission expectation 2: The trustees must report serious incidents to the Commission promptly, "
         "in line with its guidance.", [
            ("2.1", ["Review all serious incidents since January 2022, confirm each was reported to the "
                     "Commission, and submit any that were missed."], "Company Secretary", "Dec 2024", "", "B",
             "Review complete; 3 late reports submitted 18/12/2024.", ["Company Secretary"], "2024-12", None,
             "blue"),
            ("2.2", ["Update the serious incident reporting procedure and train the staff who handle reports."],
             "Company Secretary / Head of Safeguarding Casework", "Jan 2025", "Nov 2025", "A",
             "Procedure approved; training of regional staff slipped to November.",
             ["Company Secretary", "Head of Safeguarding Casework"], "2025-11", None, "amber"),
        ]),
        ("AREA 3: VOLUNTEER VETTING AND TRAINING",
         "Commission expectation 3: The trustees should be assured that every volunteer in a role with young "
         "people is vetted and trained before they start, and re-checked when due.", [
            ("3.1", ["Roll out the revised Safeguarding Policy to all adult volunteers",
                     "via the new learning platform, with completion tracked by County."],
             "Director of Volunteer Experience", "Dec 2025", "", "G",
             "Platform launched 1 October; 41% of volunteers completed so far.",
             ["Director of Volunteer Experience"], "2025-12", None, "green"),
            ("3.2", ["Complete overdue DBS and PVG re-checks for volunteers in regulated activity and suspend any "
                     "volunteer who does not comply."], "Head of Vetting", "31/03/2026", "", "A",
             "2,310 re-checks outstanding at 30/09/2025.", ["Head of Vetting"], "2026-03", None, "amber"),
        ]),
        ("AREA 4: GOVERNANCE",
         "Commission expectation 4: The board should hold enough safeguarding expertise to oversee this "
         "work effectively.", [
            ("4.1", ["Appoint a second trustee with safeguarding expertise and refresh the Safeguarding "
                     "Committee’s terms of reference."], "Chair of the Board of Trustees", "Oct 2025", "Feb 2026",
             "R", "First recruitment round unsuccessful; post re-advertised.",
             ["Chair of the Board of Trustees"], "2026-02", None, "red"),
            ("4.2", ["Send a written progress update to the Commission’s case officer every six months until the "
                     "case is closed."], "Chief Executive", "Six-monthly", "", "G",
             "Second update sent 30/09/2025.", ["Chief Executive"], None, "Six-monthly", "green"),
        ]),
    ]
    lines = [
        "The Scout Association",
        title,
        "Position at 30 September 2025 – report to the Board of Trustees, 16 October 2025",
        "",
        "RAG: B = complete, G = on track, A = at risk, R = off track",
        "",
        "\t".join(["Ref", "Action", "Lead", "Target date", "Revised date", "RAG", "Progress"]),
        "",
    ]
    expected = []
    for area, expect, acts in areas:
        lines.append(area)
        lines.append(expect)
        for (ref, text_lines, lead_txt, target, revised, rag, prog, lead, end, end_text, status) in acts:
            lines.append("\t".join([ref, text_lines[0], lead_txt, target, revised, rag, prog]))
            for extra in text_lines[1:]:
                lines.append("\t".join(["", extra, "", "", "", "", ""]))
            expected.append({"ref": ref, "under": [area, expect], "action": "\n".join(text_lines),
                             "lead": lead, "end": end, "end_text": end_text, "status": status})
        lines.append("")
    lines.append("Notes: revised dates were agreed with the Commission’s case officer on 2 July 2025. "
                 "Completed actions stay on this plan until the case is closed.")
    lines.append("End of report")
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")

    meta = {
        "source": "Imitates a national charity's action plan responding to a Charity Commission regulatory "
                  "compliance case on safeguarding, reported to its board of trustees (The Scout Association, "
                  "September 2025 position; modelled on Charity Commission safeguarding strategy expectations "
                  "and published charity responses; no URL retrieved), as a tab-separated text export. "
                  "Copies the title lines, a RAG letter key, a single header row, upper-case area lines and "
                  "'Commission expectation' lines above their actions, target and revised date columns, a "
                  "wrapped action whose second line sits alone in the action column, and closing notes.",
        "reads": "Nine numbered actions in four areas, each area stating the Commission's expectation first, "
                 "with a lead, target date, revised date where agreed, a RAG letter and progress. The revised "
                 "date is the end where given; Quarterly and Six-monthly actions have no end month.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_expected(name, meta, expected)


if __name__ == "__main__":
    case_lcrca()
    case_broads()
    case_gpa()
    case_tsb()
    case_mencap()
    case_alrewas()
    case_scouts()
    print("done")
