"""Build the seven zwa- blind test files (set heldout629).

Run:  python zwa_make.py             -> writes the seven data files
      python zwa_make.py --expected  -> also writes NAME.expected.yaml beside each
"""
import csv
import datetime as dt
import os
import sys

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
EXPECTED = {}

RAGFILL = {
    "R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


# ---------------------------------------------------------------------------
# 1. Harrow Council - internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
def harrow():
    name = "zwa-harrow-council-internal-audit-recommendations-tracker.xlsx"
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = "Harrow Council – Internal Audit Recommendations Tracker"
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = ("Report to the Governance, Audit, Risk Management and Standards "
               "Committee – 25 November 2025")
    s["A2"].font = Font(italic=True)
    s["A4"] = "Agreed actions followed up to 31 October 2025"
    s["A4"].font = Font(bold=True)
    hdr = ["Priority", "Actions followed up", "Implemented", "On track",
           "Revised date agreed", "Overdue", "Not yet due"]
    rows = [
        ["High", 5, 2, 0, 2, 1, 0],
        ["Medium", 2, 0, 2, 0, 0, 0],
        ["Low", 1, 0, 0, 0, 0, 1],
        ["Total", 8, 2, 2, 2, 1, 1],
    ]
    for c, h in enumerate(hdr, 1):
        cell = s.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F3864")
        cell.border = BOX
    for r, row in enumerate(rows, 6):
        for c, v in enumerate(row, 1):
            cell = s.cell(row=r, column=c, value=v)
            cell.border = BOX
            if row[0] == "Total":
                cell.font = Font(bold=True)
    s["A11"] = ("Detail of each agreed action is on the ‘Tracker’ sheet. Actions "
                "marked B are reported once and then removed from the tracker.")
    s.column_dimensions["A"].width = 22
    for col in "BCDEFG":
        s.column_dimensions[col].width = 16

    t = wb.create_sheet("Tracker")
    t["A1"] = "Internal Audit Recommendations Tracker – position at 31 October 2025"
    t["A1"].font = Font(bold=True, size=13)
    t["A2"] = ("RAG key:  B – implemented (verified by Internal Audit);  G – on track "
               "for agreed date;  A – revised date agreed;  R – overdue / no update "
               "received;  blank – not yet due")
    t["A2"].font = Font(italic=True, size=9)
    t.merge_cells("A2:I2")
    head = ["Ref", "Recommendation", "Priority", "Agreed management action",
            "Responsible officer", "Original target date", "Revised target date",
            "Progress update (October 2025)", "RAG"]
    for c, h in enumerate(head, 1):
        cell = t.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F3864")
        cell.alignment = WRAP
        cell.border = BOX

    audits = [
        ("2024/25 – Temporary Accommodation: Income Collection (Limited assurance)", [
            ("Rent accounts for temporary accommodation should be set up on the day "
             "of placement and arrears pursued in line with the Income Collection "
             "Policy.", "High", [
                ("2425-07.1",
                 "Introduce a daily reconciliation between the placements list and new "
                 "rent accounts opened on the housing system, with exceptions reported "
                 "to the Temporary Accommodation Manager.",
                 "Temporary Accommodation Manager", dt.date(2025, 3, 31),
                 dt.date(2025, 9, 30),
                 "Daily reconciliation in place from August 2025; IA testing of a "
                 "sample of 25 placements found all accounts opened on the day.",
                 "B"),
                ("2425-07.2",
                 "Refresh the arrears recovery procedure for TA tenants and deliver "
                 "briefing sessions to all income officers.",
                 "Head of Housing Needs", dt.date(2025, 6, 30), dt.date(2025, 12, 31),
                 "Procedure drafted and with Legal for comment. Briefings booked for "
                 "December.", "A"),
            ]),
            ("Management should review the write-off of TA former tenant arrears "
             "above £5,000 and ensure approval is in line with the Financial "
             "Regulations.", "High", [
                ("2425-07.3",
                 "Quarterly report on TA write-offs to be presented to the Director of "
                 "Housing, with all write-offs above £5,000 approved by the Director "
                 "of Finance.",
                 "Head of Housing Needs / Income Manager", dt.date(2025, 9, 30), None,
                 "No Q2 report received. Chased 14/10/2025.", "R"),
            ]),
        ]),
        ("2024/25 – Cyber Security: Privileged Access (Limited assurance)", [
            ("Privileged accounts should be reviewed at least quarterly and leavers' "
             "access removed within one working day.", "High", [
                ("2425-11.1",
                 "Implement quarterly privileged access recertification through the "
                 "identity management tool.",
                 "Head of IT Operations", dt.date(2025, 5, 31), None,
                 "First recertification completed June 2025 and evidence provided.",
                 "B"),
                ("2425-11.2",
                 "Agree an automated leavers feed from the HR system to Active "
                 "Directory.",
                 "Head of IT Operations; HR Systems Manager", dt.date(2025, 10, 31),
                 dt.date(2026, 3, 31),
                 "Dependent on the HR system upgrade, now scheduled for February "
                 "2026. Interim manual check weekly.", "A"),
            ]),
        ]),
        ("2025/26 – Schools Payroll Bureau (Reasonable assurance)", [
            ("Variations to pay submitted by schools should be authorised by the "
             "headteacher or school business manager before processing.", "Medium", [
                ("2526-02.1",
                 "Reject any variation form received without a valid authorised "
                 "signatory and maintain a log of rejected forms.",
                 "Payroll Manager", dt.date(2025, 12, 31), None,
                 "Authorised signatory list refreshed for all 38 bureau schools. "
                 "Rejection log started.", "G"),
            ]),
        ]),
        ("2025/26 – Disabled Facilities Grants (Limited assurance)", [
            ("The Council should ensure that every DFG approval is supported by a "
             "completed test of resources and an occupational therapist "
             "recommendation held on file.", "Medium", [
                ("2526-04.1",
                 "Introduce a pre-approval checklist on the case management system "
                 "which must be completed before the grant approval letter can be "
                 "issued.",
                 "Private Sector Housing Manager", dt.date(2026, 1, 31), None,
                 "Checklist built in test environment.", "G"),
            ]),
            ("Contractor payments should only be released once a post-completion "
             "inspection has been recorded.", "Low", [
                ("2526-04.2",
                 "Amend the payment workflow so that the final payment cannot be "
                 "released without a recorded inspection date.",
                 "Private Sector Housing Manager", dt.date(2026, 2, 28), None,
                 "", None),
            ]),
        ]),
    ]
    expected = []
    r = 5
    for title, recs in audits:
        t.cell(row=r, column=1, value=title).font = Font(bold=True)
        for c in range(1, 10):
            t.cell(row=r, column=c).fill = fill("D9D9D9")
        t.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for rec, prio, actions in recs:
            first = r
            t.cell(row=r, column=2, value=rec)
            t.cell(row=r, column=3, value=prio)
            for ref, text, lead, orig, rev, upd, rag in actions:
                t.cell(row=r, column=1, value=ref)
                t.cell(row=r, column=4, value=text)
                t.cell(row=r, column=5, value=lead)
                t.cell(row=r, column=6, value=orig).number_format = "dd/mm/yyyy"
                if rev:
                    t.cell(row=r, column=7, value=rev).number_format = "dd/mm/yyyy"
                t.cell(row=r, column=8, value=upd or None)
                if rag:
                    t.cell(row=r, column=9, value=rag).fill = fill(RAGFILL[rag])
                    t.cell(row=r, column=9).alignment = Alignment(horizontal="center",
                                                                  vertical="top")
                for c in range(1, 10):
                    t.cell(row=r, column=c).border = BOX
                    if c != 9:
                        t.cell(row=r, column=c).alignment = WRAP
                d = rev or orig
                leads = {
                    "Head of Housing Needs / Income Manager":
                        ["Head of Housing Needs", "Income Manager"],
                    "Head of IT Operations; HR Systems Manager":
                        ["Head of IT Operations", "HR Systems Manager"],
                }.get(lead, [lead])
                status = {"B": "blue", "G": "green", "A": "amber", "R": "red",
                          None: "unrated"}[rag]
                expected.append(act(ref, [title, rec], text, leads,
                                    f"{d.year}-{d.month:02d}", status))
                r += 1
            if r - 1 > first:
                t.merge_cells(start_row=first, start_column=2, end_row=r - 1,
                              end_column=2)
                t.merge_cells(start_row=first, start_column=3, end_row=r - 1,
                              end_column=3)
    t.cell(row=r + 1, column=1,
           value="Source: Internal Audit follow-up database. Officer updates "
                 "received 3–17 October 2025.").font = Font(italic=True, size=9)
    widths = {"A": 11, "B": 42, "C": 9, "D": 48, "E": 26, "F": 13, "G": 13,
              "H": 44, "I": 6}
    for k, v in widths.items():
        t.column_dimensions[k].width = v
    t.freeze_panes = "A5"
    wb.save(os.path.join(HERE, name))

    EXPECTED[name] = {
        "source": (
            "Imitates a London borough internal audit follow-up tracker as appended "
            "to Harrow Council's Governance, Audit, Risk Management and Standards "
            "Committee (GARMS) reports (moderngov.harrow.gov.uk, 2024-25). Copied "
            "features: a Summary sheet with counts by priority, a Tracker sheet with "
            "grey merged audit-title rows (year, audit name, assurance level), the "
            "recommendation and priority cells merged down over their agreed "
            "actions, original and revised target dates as date cells, a RAG key "
            "line where B means implemented, filled RAG letters and a source note."),
        "reads": (
            "An internal audit tracker: four audits, each a grey band, with the "
            "auditors' recommendations on the left and the agreed management "
            "actions beside them, eight actions in all. The revised date, where "
            "there is one, is the due date; the RAG letter gives the status and the "
            "last action, not yet due, has none."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Harrow Council – Internal Audit Recommendations Tracker",
        "actions": expected,
    }


# ---------------------------------------------------------------------------
# 2. Stockport Council Plan delivery plan 2025/26 (xlsx, sheet per ambition)
# ---------------------------------------------------------------------------
def stockport():
    name = "zwa-stockport-council-plan-2025-26-delivery-plan.xlsx"
    wb = Workbook()
    c = wb.active
    c.title = "Cover"
    c["A1"] = "Stockport Council Plan 2024-27: Delivery Plan 2025/26"
    c["A1"].font = Font(bold=True, size=16, color="00607A")
    c["A2"] = "Quarter 2 update (July – September 2025)"
    c["A2"].font = Font(bold=True, size=12)
    c["A4"] = "Version control"
    c["A4"].font = Font(bold=True)
    vc = [["Version", "Date", "Author", "Change"],
          ["0.1", "14/10/2025", "Corporate Performance Team", "Q2 draft from portfolio returns"],
          ["0.2", "22/10/2025", "Corporate Performance Team", "CLT comments added"],
          ["1.0", "29/10/2025", "Corporate Performance Team", "Final for Cabinet 11 November 2025"]]
    for i, row in enumerate(vc, 5):
        for j, v in enumerate(row, 1):
            cell = c.cell(row=i, column=j, value=v)
            cell.border = BOX
            if i == 5:
                cell.font = Font(bold=True)
                cell.fill = fill("DDEBF7")
    c["A10"] = "RAG key"
    c["A10"].font = Font(bold=True)
    key = [("G", "Green", "On track – milestone will be delivered on time"),
           ("A", "Amber", "Some slippage – recovery actions in place"),
           ("R", "Red", "Significant delay or milestone will not be met"),
           ("B", "Blue", "Complete")]
    for i, (k, word, desc) in enumerate(key, 11):
        c.cell(row=i, column=1).fill = fill(RAGFILL[k])
        c.cell(row=i, column=2, value=word)
        c.cell(row=i, column=3, value=desc)
    c["A16"] = ("Each ambition has its own sheet. RAG is shown by cell colour for "
                "the previous (Q1) and current (Q2) quarter.")
    c.column_dimensions["A"].width = 10
    c.column_dimensions["B"].width = 14
    c.column_dimensions["C"].width = 30
    c.column_dimensions["D"].width = 40

    sheets = [
        ("Ambition 1", "Ambition 1: Investment, regeneration and creating jobs", [
            ("1.1", "Complete the Stockport Interchange residential phase and open "
                    "the rooftop park to the public.",
             "Economy, Regeneration & Housing", "Director of Development & Regeneration",
             "Q3 2025/26", "G", "G",
             "Residential phase handed over in August; park fit-out on programme for "
             "December opening."),
            ("1.2", "Start on site at Weir Mill phase 2 and agree the delivery partner "
                    "for the next Town Centre West Mayoral Development Corporation "
                    "sites.",
             "Economy, Regeneration & Housing", "MDC Programme Director",
             "March 2026", "G", "A",
             "Procurement of delivery partner extended by six weeks following "
             "market feedback."),
            ("1.3", "Deliver the Stockport Business Support Grant scheme to 120 local "
                    "businesses using UK Shared Prosperity Fund money.",
             "Economy, Regeneration & Housing", "Head of Economy & Business Engagement",
             "Q4 2025/26", "G", "G",
             "64 grants awarded to date."),
        ]),
        ("Ambition 2", "Ambition 2: Education, work and skills", [
            ("2.1", "Open 150 new specialist SEND places across mainstream resource "
                    "bases and satellite special school provision.",
             "Children, Families & Education", "Director of Education, Work & Skills",
             "September 2025", "A", "B",
             "All 150 places open for the start of the autumn term."),
            ("2.2", "Launch the Stockport Youth Guarantee pilot with Trafford & "
                    "Stockport College Group and Jobcentre Plus.",
             "Children, Families & Education", "Head of Work & Skills",
             "Q2 2025/26", "G", "A",
             "Launch moved to November to align with the GM Youth Guarantee "
             "roll-out."),
        ]),
        ("Ambition 3", "Ambition 3: Wellbeing in neighbourhoods", [
            ("3.1", "Roll out Family Hubs to all eight neighbourhood areas, including "
                    "the Brinnington and Adswood hubs.",
             "Children, Families & Education", "Director of Children's Services",
             "Q3 2025/26", "G", "G",
             "Seven of eight hubs open; Adswood opens 1 December."),
            ("3.2", "Deliver the neighbourhoods and prevention programme in "
                    "Brinnington and Lancashire Hill with Stockport Homes Group and "
                    "Viaduct Health.",
             "Health & Adult Social Care", "Director of Public Health; Head of Neighbourhoods",
             "Ongoing", "G", "G",
             "Neighbourhood teams co-located at Brinnington Hub since July."),
            ("3.3", "Adopt the refreshed Active Communities Strategy.",
             "Parks, Highways & Transport", "Head of Active Communities",
             "January 2026", None, "G",
             "Consultation closed 30 September; 1,140 responses."),
        ]),
        ("Ambition 4", "Ambition 4: Delivering for those who most need it", [
            ("4.1", "Deliver the cost of living support offer for winter 2025/26, "
                    "including the Household Support Fund and the warm spaces "
                    "network.",
             "Finance & Resources", "Director of Customer & Support Services",
             "31/03/2026", "G", "G",
             "Household Support Fund scheme opened 1 October; 42 warm spaces "
             "registered."),
            ("4.2", "Reduce to zero the number of families placed in bed and "
                    "breakfast accommodation for more than six weeks.",
             "Economy, Regeneration & Housing",
             "Head of Housing Options (Stockport Homes Group)",
             "Dec 2025", "R", "R",
             "11 families over six weeks at 30 September. Additional leased units "
             "being sourced."),
        ]),
    ]
    ends = {"Q3 2025/26": "2025-12", "March 2026": "2026-03", "Q4 2025/26": "2026-03",
            "September 2025": "2025-09", "Q2 2025/26": "2025-09", "Ongoing": None,
            "January 2026": "2026-01", "31/03/2026": "2026-03", "Dec 2025": "2025-12"}
    stat = {"G": "green", "A": "amber", "R": "red", "B": "blue"}
    expected = []
    for tab, heading, rows in sheets:
        ws = wb.create_sheet(tab)
        ws["A1"] = heading
        ws["A1"].font = Font(bold=True, size=13, color="FFFFFF")
        for col in range(1, 9):
            ws.cell(row=1, column=col).fill = fill("00607A")
        ws.merge_cells("A1:H1")
        hdr = ["Ref", "Key deliverable 2025/26", "Cabinet portfolio", "Lead officer",
               "Milestone / target date", "Q1 RAG", "Q2 RAG", "Q2 progress commentary"]
        for col, h in enumerate(hdr, 1):
            cell = ws.cell(row=3, column=col, value=h)
            cell.font = Font(bold=True)
            cell.fill = fill("DDEBF7")
            cell.border = BOX
            cell.alignment = WRAP
        for i, (ref, text, port, lead, due, q1, q2, comm) in enumerate(rows, 4):
            vals = [ref, text, port, lead, due, None, None, comm]
            for col, v in enumerate(vals, 1):
                cell = ws.cell(row=i, column=col, value=v)
                cell.border = BOX
                cell.alignment = WRAP
            if q1:
                ws.cell(row=i, column=6).fill = fill(RAGFILL[q1])
            if q2:
                ws.cell(row=i, column=7).fill = fill(RAGFILL[q2])
            leads = lead.split("; ") if "; " in lead else [lead]
            a = act(ref, [heading], text, leads, ends[due], stat[q2],
                    end_text="Ongoing" if due == "Ongoing" else None)
            expected.append(a)
        last = 4 + len(rows)
        ws.cell(row=last + 1, column=1,
                value="Commentary reflects the position at 30 September 2025.").font = \
            Font(italic=True, size=9)
        for k, v in {"A": 6, "B": 50, "C": 26, "D": 30, "E": 16, "F": 8, "G": 8,
                     "H": 48}.items():
            ws.column_dimensions[k].width = v
    wb.save(os.path.join(HERE, name))

    EXPECTED[name] = {
        "source": (
            "Imitates a metropolitan borough council plan delivery plan with "
            "quarterly RAG, modelled on Stockport Council's Council Plan 2024-27 and "
            "its four big ambitions (stockport.gov.uk/council-plan; Cabinet "
            "portfolio performance reports). Copied features: a Cover sheet with "
            "title, quarter, version-control table and RAG key (green/amber/red/blue "
            "= complete); one sheet per ambition with a coloured merged ambition "
            "banner, a Cabinet portfolio column beside the lead officer, milestone "
            "dates written as quarters, months and a day date, and previous (Q1) and "
            "current (Q2) RAG shown only by cell fill."),
        "reads": (
            "A council plan delivery plan for 2025/26 at quarter 2: four ambition "
            "sheets holding ten numbered deliverables, each with a lead officer and "
            "milestone date. Status is the colour of the Q2 RAG cell (Q1 is the "
            "previous quarter); 'Ongoing' has no end month."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Stockport Council Plan 2024-27: Delivery Plan 2025/26",
        "actions": expected,
    }


# ---------------------------------------------------------------------------
# 3. Islington SAB strategic plan delivery plan (xlsx)
# ---------------------------------------------------------------------------
def islington():
    name = "zwa-islington-safeguarding-adults-board-strategic-plan-delivery-plan-2025-26.xlsx"
    wb = Workbook()
    cv = wb.active
    cv.title = "Document control"
    cv["A1"] = ("Islington Safeguarding Adults Board – Strategic Plan 2024–2027: "
                "Delivery Plan 2025/26")
    cv["A1"].font = Font(bold=True, size=14, color="7030A0")
    cv["A2"] = "Document control"
    cv["A2"].font = Font(bold=True, size=12)
    rows = [["Document owner", "SAB Business Manager"],
            ["Approved by", "Islington Safeguarding Adults Board, 8 May 2025"],
            ["Current version", "v1.3 – progress update for Board, 13 November 2025"],
            ["Next review", "February 2026 (Executive Group)"]]
    for i, (k, v) in enumerate(rows, 4):
        cv.cell(row=i, column=1, value=k).font = Font(bold=True)
        cv.cell(row=i, column=2, value=v)
        cv.cell(row=i, column=1).border = BOX
        cv.cell(row=i, column=2).border = BOX
    cv["A9"] = "Version history"
    cv["A9"].font = Font(bold=True)
    vh = [["Version", "Date", "Summary of changes"],
          ["v1.0", "08/05/2025", "Approved by the Board"],
          ["v1.1", "10/07/2025", "Q1 progress added"],
          ["v1.2", "11/09/2025", "Lead for 1.1.2 changed to LFB"],
          ["v1.3", "30/10/2025", "Q2 progress added"]]
    for i, row in enumerate(vh, 10):
        for j, v in enumerate(row, 1):
            cell = cv.cell(row=i, column=j, value=v)
            cell.border = BOX
            if i == 10:
                cell.font = Font(bold=True)
    cv.column_dimensions["A"].width = 20
    cv.column_dimensions["B"].width = 50
    cv.column_dimensions["C"].width = 36

    ws = wb.create_sheet("Delivery Plan 2025-26")
    ws["A1"] = "Islington Safeguarding Adults Board – Delivery Plan 2025/26"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("RAG:  G = on track   A = some delay, mitigation in place   "
                "R = off track, Board support needed   Complete = action delivered")
    ws["A2"].font = Font(size=9, italic=True)
    hdr = ["No.", "Action", "Lead", "By when", "RAG", "Progress (October 2025)"]
    for col, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=col, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("7030A0")
        cell.border = BOX
    plan = [
        ("Priority 1: Prevention and early intervention", [
            ("Outcome 1.1: People at risk of self-neglect and hoarding are identified "
             "early and receive a coordinated multi-agency response.", [
                ("1.1.1", "Relaunch the multi-agency self-neglect and hoarding "
                          "protocol with practitioner briefings across all partner "
                          "agencies.",
                 "SAB Business Manager", "Sept 2025 – Jan 2026", "G",
                 "Protocol relaunched 2 October; four of six briefings delivered."),
                ("1.1.2", "Develop a fire risk referral pathway with London Fire "
                          "Brigade for residents who hoard.",
                 "London Fire Brigade (Islington Borough Commander)",
                 "By 31 March 2026", "A",
                 "Draft pathway agreed in principle; data-sharing agreement still "
                 "outstanding."),
            ]),
            ("Outcome 1.2: Residents and community groups know how to recognise and "
             "report abuse.", [
                ("1.2.1", "Deliver a safeguarding awareness campaign during National "
                          "Safeguarding Adults Week, targeting faith and community "
                          "groups.",
                 "Chair, Communications and Engagement Subgroup", "Nov 2025", "G",
                 "Campaign materials translated into Turkish, Somali and Bengali."),
            ]),
        ]),
        ("Priority 2: Making Safeguarding Personal", [
            ("Outcome 2.1: Adults are involved in their safeguarding enquiry and "
             "their desired outcomes are recorded and met.", [
                ("2.1.1", "Audit 40 Section 42 enquiries to test whether desired "
                          "outcomes were asked for, recorded and achieved.",
                 "Head of Safeguarding Adults, LBI", "Q3 2025/26", "G",
                 "Audit tool agreed; 22 cases audited."),
                ("2.1.2", "Embed the advocacy referral prompt in the adult social "
                          "care case recording system.",
                 "ASC Systems Lead", "Oct 2025", "Complete",
                 "Live from 6 October 2025."),
            ]),
        ]),
        ("Priority 3: Learning from Safeguarding Adults Reviews", [
            ("Outcome 3.1: Learning from SARs changes practice across the "
             "partnership.", [
                ("3.1.1", "Publish the learning briefing for SAR ‘Adult D’ and hold "
                          "two practitioner learning events.",
                 "Chair, Learning and Review Subgroup", "Dec 2025", "R",
                 "Publication paused at family's request; revised timetable to go to "
                 "Board."),
                ("3.1.2", "Track implementation of all open SAR recommendations "
                          "through the SAR action tracker reported to each Board "
                          "meeting.",
                 "SAB Business Manager", "Quarterly", "G",
                 "Tracker reported September 2025: 31 of 38 recommendations closed."),
            ]),
        ]),
        ("Priority 4: Assurance and accountability", [
            ("Outcome 4.1: The Board has assurance that partner agencies meet their "
             "safeguarding duties.", [
                ("4.1.1", "Complete the Safeguarding Adults Partnership Assessment "
                          "with all statutory partners and present the findings to "
                          "the Board.",
                 "LBI ASC & NCL ICB", "March 2026", "G",
                 "Returns requested from partners by 12 December."),
            ]),
        ]),
    ]
    ends = {"Sept 2025 – Jan 2026": "2026-01", "By 31 March 2026": "2026-03",
            "Nov 2025": "2025-11", "Q3 2025/26": "2025-12", "Oct 2025": "2025-10",
            "Dec 2025": "2025-12", "Quarterly": None, "March 2026": "2026-03"}
    stat = {"G": "green", "A": "amber", "R": "red", "Complete": "blue"}
    rfill = {"G": RAGFILL["G"], "A": RAGFILL["A"], "R": RAGFILL["R"],
             "Complete": RAGFILL["B"]}
    expected = []
    r = 5
    for prio, outcomes in plan:
        ws.cell(row=r, column=1, value=prio).font = Font(bold=True, color="FFFFFF")
        for col in range(1, 7):
            ws.cell(row=r, column=col).fill = fill("9B59B6")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        r += 1
        for outcome, actions in outcomes:
            ws.cell(row=r, column=1, value=outcome).font = Font(bold=True, italic=True)
            for col in range(1, 7):
                ws.cell(row=r, column=col).fill = fill("E4DFEC")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            r += 1
            for ref, text, lead, due, rag, prog in actions:
                vals = [ref, text, lead, due, rag, prog]
                for col, v in enumerate(vals, 1):
                    cell = ws.cell(row=r, column=col, value=v)
                    cell.border = BOX
                    cell.alignment = WRAP
                ws.cell(row=r, column=5).fill = fill(rfill[rag])
                leads = ["LBI ASC", "NCL ICB"] if lead == "LBI ASC & NCL ICB" else [lead]
                expected.append(act(ref, [prio, outcome], text, leads, ends[due],
                                    stat[rag],
                                    end_text="Quarterly" if due == "Quarterly" else None))
                r += 1
    ws.cell(row=r + 1, column=1, value="LBI = London Borough of Islington; ASC = "
            "Adult Social Care; NCL ICB = North Central London Integrated Care "
            "Board.").font = Font(size=9, italic=True)
    for k, v in {"A": 8, "B": 55, "C": 32, "D": 20, "E": 10, "F": 48}.items():
        ws.column_dimensions[k].width = v
    wb.save(os.path.join(HERE, name))

    EXPECTED[name] = {
        "source": (
            "Imitates a London safeguarding adults board's annual delivery plan "
            "under a three-year strategic plan (Care Act s.43 strategic plan), in the "
            "style of Islington SAB and Royal Greenwich SAB joint strategic plan and "
            "action plan pages. Copied features: a document-control sheet (owner, "
            "approval, version history), a plan sheet with purple merged priority "
            "bands and lighter merged 'Outcome' rows above numbered actions, leads "
            "as posts and agencies, dates as periods, 'By 31 March 2026' and "
            "'Quarterly', RAG letters with fill plus 'Complete', and an "
            "abbreviations note."),
        "reads": (
            "The SAB's 2025/26 delivery plan: four priorities, each with one or two "
            "outcomes, and nine numbered actions beneath them, each with a lead, a "
            "'by when' and a RAG. Read each action under its priority and its "
            "outcome; the document-control sheet holds no actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": ("Islington Safeguarding Adults Board – Strategic Plan 2024–2027: "
                  "Delivery Plan 2025/26"),
        "actions": expected,
    }


# ---------------------------------------------------------------------------
# 4. Hounslow Health and Wellbeing Board action log (csv)
# ---------------------------------------------------------------------------
def hounslow():
    name = "zwa-hounslow-health-and-wellbeing-board-action-log.csv"
    head = ["Action No.", "Meeting date", "Minute ref", "Action", "Owner",
            "Due date", "RAG", "Update"]
    rows = [
        ("HWB-25-07", "11/03/2025", "41/25",
         "Present the final draft Pharmaceutical Needs Assessment 2025 to the Board "
         "for sign-off.",
         "Consultant in Public Health", "10/06/2025", "Complete",
         "PNA approved 10 June 2025 and published 1 October 2025. Close."),
        ("HWB-25-09", "10/06/2025", "52/25",
         "Circulate the draft refresh of the Joint Local Health and Wellbeing "
         "Strategy to Board members for comment.\nComments to be returned within "
         "four weeks.",
         "Director of Public Health", "31/07/2025", "Complete",
         "Circulated 24 June; comments from five members incorporated."),
        ("HWB-25-10", "10/06/2025", "53/25",
         "Bring a report on childhood immunisation uptake (MMR2 and pre-school "
         "booster) by PCN, with actions to close the gap in Hounslow West and "
         "Feltham.",
         "Borough Director, NHS North West London ICB; Consultant in Public Health",
         "Nov-25", "G", "On the agenda for 25 November 2025."),
        ("HWB-25-11", "10/06/2025", "54/25",
         "Agree a joint approach with Healthwatch Hounslow to gathering residents' "
         "experience of getting a GP appointment.",
         "Healthwatch Hounslow Manager & Borough Director, NHS North West London ICB",
         "16/09/2025", "A",
         "Survey questions agreed.\nFieldwork delayed to October because of "
         "practice capacity."),
        ("HWB-25-12", "16/09/2025", "61/25",
         "Provide a breakdown of Better Care Fund discharge spend by scheme for "
         "2025/26.",
         "Director of Adult Social Care", "25/11/2025", "G", ""),
        ("HWB-25-13", "16/09/2025", "62/25",
         "Arrange a Board development session on the Marmot Place programme and "
         "invite the UCL Institute of Health Equity.",
         "Chair / Director of Public Health", "Jan-26", "", ""),
        ("HWB-25-14", "16/09/2025", "63/25",
         "Report progress on the Hounslow Suicide Prevention Action Plan, including "
         "real-time surveillance data.",
         "Public Health Lead – Mental Health", "Ongoing – standing item", "G",
         "Standing item at each meeting."),
        ("HWB-25-15", "16/09/2025", "64/25",
         "Write to NHS England on behalf of the Board about NHS dental access for "
         "children in care.",
         "Chair", "Oct-25", "R",
         "Letter drafted; awaiting ICB comments. Overdue."),
    ]
    path = os.path.join(HERE, name)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["Hounslow Health and Wellbeing Board – Action Log"] + [""] * 7)
        w.writerow(["Updated following the meeting held on 16 September 2025"] + [""] * 7)
        w.writerow([""] * 8)
        w.writerow(head)
        for row in rows:
            w.writerow(row)
        w.writerow([""] * 8)
        w.writerow(["RAG key: G = on track; A = at risk of missing due date; "
                    "R = overdue; Complete = action closed by the Board"] + [""] * 7)
        w.writerow(["Completed actions are removed after they have been reported "
                    "to one meeting."] + [""] * 7)
    ends = {"10/06/2025": "2025-06", "31/07/2025": "2025-07", "Nov-25": "2025-11",
            "16/09/2025": "2025-09", "25/11/2025": "2025-11", "Jan-26": "2026-01",
            "Ongoing – standing item": None, "Oct-25": "2025-10"}
    stat = {"Complete": "blue", "G": "green", "A": "amber", "R": "red", "": "unrated"}
    split = {
        "Borough Director, NHS North West London ICB; Consultant in Public Health":
            ["Borough Director, NHS North West London ICB", "Consultant in Public Health"],
        "Healthwatch Hounslow Manager & Borough Director, NHS North West London ICB":
            ["Healthwatch Hounslow Manager", "Borough Director, NHS North West London ICB"],
        "Chair / Director of Public Health": ["Chair", "Director of Public Health"],
    }
    expected = []
    for ref, _m, _min, text, owner, due, rag, _u in rows:
        expected.append(act(ref, [], text, split.get(owner, [owner]), ends[due],
                            stat[rag],
                            end_text=due if due.startswith("Ongoing") else None))
    EXPECTED[name] = {
        "source": (
            "Imitates a London borough Health and Wellbeing Board rolling action log "
            "as published with board agendas (e.g. Hounslow, Slough and Haringey "
            "HWB minutes and matters-arising logs, 2025), saved as CSV. Copied "
            "features: two title lines, header row with action number, meeting date "
            "and minute reference, multi-line action and update cells, owners as "
            "posts (some two posts joined by ';', '&' or '/'), due dates as day "
            "dates, 'Nov-25' style months and 'Ongoing – standing item', a RAG "
            "column with 'Complete', and a key and a note line after the table."),
        "reads": (
            "The board's action log after its September 2025 meeting: eight "
            "numbered actions from three meetings, each with owner(s), due date and "
            "RAG, with no themes above them. Two are complete, one is overdue (R), "
            "one new action has no RAG yet; the suicide-prevention item is a "
            "standing item with no due month."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Hounslow Health and Wellbeing Board – Action Log",
        "actions": expected,
    }


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def header_row(table, labels, fill_hex="1F3864"):
    for i, lab in enumerate(labels):
        set_cell(table.rows[0].cells[i], lab, bold=True, color="FFFFFF")
        shade(table.rows[0].cells[i], fill_hex)


# ---------------------------------------------------------------------------
# 5. RBKC ASC improvement programme highlight report (docx)
# ---------------------------------------------------------------------------
def rbkc():
    name = "zwa-kensington-and-chelsea-asc-improvement-programme-highlight-report.docx"
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph("Adult Social Care Improvement Programme: Highlight Report",
                      style="Title")
    doc.add_paragraph("Royal Borough of Kensington and Chelsea  |  Reporting period: "
                      "1–31 October 2025  |  Programme Board: 12 November 2025")

    doc.add_heading("Programme summary", level=1)
    summ = doc.add_table(rows=6, cols=2)
    summ.style = "Table Grid"
    info = [("Senior Responsible Officer", "Executive Director, Adult Social Care and Health"),
            ("Programme Manager", "ASC Transformation and Improvement Manager"),
            ("Scope", "Areas for development from the CQC local authority assessment "
                      "(2025): unpaid carers, transitions to adulthood and local "
                      "placements for people with complex needs."),
            ("Overall RAG – last period", "Amber"),
            ("Overall RAG – this period", "Amber"),
            ("Summary", "Carers Hub relaunched on revised date. Complex needs "
                        "dynamic purchasing system has slipped and is escalated to "
                        "the Board (see decision 1).")]
    for i, (k, v) in enumerate(info):
        set_cell(summ.rows[i].cells[0], k, bold=True)
        shade(summ.rows[i].cells[0], "D9E2F3")
        set_cell(summ.rows[i].cells[1], v)
        if v == "Amber":
            shade(summ.rows[i].cells[1], "FFC000")

    doc.add_paragraph()
    doc.add_paragraph("RAG key").runs[0].bold = True
    key = doc.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    for i, (word, hex_, desc) in enumerate([
            ("Blue", "0070C0", "Complete"),
            ("Green", "00B050", "On track"),
            ("Amber", "FFC000", "At risk – recovery plan in place"),
            ("Red", "FF0000", "Off track – Programme Board decision needed")]):
        set_cell(key.rows[i].cells[0], word, bold=True)
        shade(key.rows[i].cells[0], hex_)
        set_cell(key.rows[i].cells[1], desc)

    ws = [
        ("Workstream 1: Unpaid carers", [
            ("1.1", "Launch the refreshed Carers Hub offer with Carers Network, "
                    "including an out-of-hours support line.",
             "Head of Commissioning (Carers)", "Sept 2025", "Nov 2025", "Amber", "Green",
             "Hub relaunched 3 November. Out-of-hours line live."),
            ("1.2", "Increase the proportion of carers' assessments completed within "
                    "28 days to 85%.",
             "Head of Assessment and Care Management", "Mar 2026", "", "Green", "Amber",
             "71% in October (September 76%). Two vacant posts being covered by "
             "agency staff."),
            ("1.3", "Co-produce the Carers Strategy 2026–2030 with the Carers "
                    "Partnership Board.",
             "Carers Lead / Principal Social Worker", "Feb 2026", "", "Green", "Green",
             "Three co-production workshops held; 64 carers involved."),
        ]),
        ("Workstream 2: Transitions to adulthood", [
            ("2.1", "Establish a joint Preparing for Adulthood panel with Children's "
                    "Services for young people from age 14.",
             "Service Manager, Transitions", "Oct 2025", "", "Green", "Blue",
             "First panel held 15 October; terms of reference signed off."),
            ("2.2", "Review all open transitions cases aged 17½ and over to confirm "
                    "a named adult social care worker is allocated.",
             "Service Manager, Transitions", "Dec 2025", "", "Amber", "Amber",
             "38 of 52 cases reviewed."),
        ]),
        ("Workstream 3: Market shaping – complex needs placements", [
            ("3.1", "Complete the in-borough supported living needs analysis for "
                    "people with a learning disability and autistic people with "
                    "complex needs.",
             "Head of Strategic Commissioning", "Nov 2025", "", "Green", "Green",
             "Draft analysis with Directorate Leadership Team."),
            ("3.2", "Agree the dynamic purchasing system for complex needs placements "
                    "with Westminster City Council.",
             "Head of Strategic Commissioning & Bi-borough Procurement Lead",
             "Jan 2026", "Apr 2026", "Amber", "Red",
             "Legal advice on the bi-borough contract lead awaited. Decision "
             "required – see below."),
            ("3.3", "Report placement costs and out-of-borough placements to the ASC "
                    "Leadership Team.",
             "ASC Finance Business Partner", "Monthly", "", "Green", "Green",
             "October report presented 28 October."),
        ]),
    ]
    rag_hex = {"Blue": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    ends = {"Nov 2025": "2025-11", "Mar 2026": "2026-03", "Feb 2026": "2026-02",
            "Oct 2025": "2025-10", "Dec 2025": "2025-12", "Apr 2026": "2026-04",
            "Monthly": None}
    split = {"Carers Lead / Principal Social Worker":
             ["Carers Lead", "Principal Social Worker"],
             "Head of Strategic Commissioning & Bi-borough Procurement Lead":
             ["Head of Strategic Commissioning", "Bi-borough Procurement Lead"]}
    expected = []
    for heading, rows in ws:
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=1 + len(rows), cols=8)
        t.style = "Table Grid"
        header_row(t, ["Ref", "Milestone", "Lead", "Original date", "Revised date",
                       "Previous RAG", "Current RAG", "Commentary"], "2E5597")
        for i, (ref, text, lead, orig, rev, prev, cur, comm) in enumerate(rows, 1):
            cells = t.rows[i].cells
            for j, v in enumerate([ref, text, lead, orig, rev, prev, cur, comm]):
                set_cell(cells[j], v)
            shade(cells[5], rag_hex[prev])
            shade(cells[6], rag_hex[cur])
            end_cell = rev or orig
            expected.append(act(ref, [heading], text, split.get(lead, [lead]),
                                ends[end_cell],
                                {"Blue": "blue", "Green": "green", "Amber": "amber",
                                 "Red": "red"}[cur],
                                end_text="Monthly" if end_cell == "Monthly" else None))

    doc.add_heading("Key risks and issues", level=1)
    rk = doc.add_table(rows=3, cols=4)
    rk.style = "Table Grid"
    header_row(rk, ["Risk / issue", "Impact", "Mitigation", "Owner"], "7F7F7F")
    for i, row in enumerate([
            ("Social work vacancies in the Assessment and Care Management team",
             "Carers' assessment timeliness (1.2)",
             "Agency cover agreed to March 2026; recruitment campaign in November",
             "Head of Assessment and Care Management"),
            ("Bi-borough procurement capacity",
             "Delay to dynamic purchasing system (3.2)",
             "Escalated to Programme Board",
             "Head of Strategic Commissioning")], 1):
        for j, v in enumerate(row):
            set_cell(rk.rows[i].cells[j], v)

    doc.add_heading("Decisions required from Programme Board", level=1)
    doc.add_paragraph("1. Agree the revised date of April 2026 for milestone 3.2 "
                      "and approve RBKC taking the contract lead if Westminster "
                      "cannot.", style="List Number")
    doc.add_paragraph("Next highlight report: December 2025 (period 1–30 November).")
    doc.save(os.path.join(HERE, name))

    EXPECTED[name] = {
        "source": (
            "Imitates a programme highlight report for an adult social care "
            "improvement programme following a CQC local authority assessment, "
            "for the Royal Borough of Kensington and Chelsea (CQC assessed RBKC ASC "
            "in 2025 and noted room to improve for unpaid carers). Copied features "
            "from council programme-board highlight reports: title and reporting-"
            "period line, a programme summary table with SRO and overall RAG last/"
            "this period, a RAG key table (blue = complete), one milestone table "
            "per workstream under its heading with original and revised dates, "
            "previous and current RAG as word plus shading, a key risks table and "
            "decisions list."),
        "reads": (
            "A one-month highlight report: three workstreams, each a heading over a "
            "table of numbered milestones (eight in all) with leads, original and "
            "revised dates and previous/current RAG. The current RAG is the status, "
            "the revised date where given is the end; the summary, key and risks "
            "tables are not milestones."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Adult Social Care Improvement Programme: Highlight Report",
        "actions": expected,
    }


# ---------------------------------------------------------------------------
# 6. City of London Safer City Partnership DHR action plan (docx)
# ---------------------------------------------------------------------------
def city_of_london():
    name = "zwa-city-of-london-safer-city-partnership-dhr-action-plan.docx"
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    p = doc.add_paragraph("Safer City Partnership – Domestic Homicide Review "
                          "‘Eleni’: Action Plan", style="Title")
    doc.add_paragraph("City of London Corporation  |  City of London Police  |  "
                      "Partner agencies of the Safer City Partnership")
    doc.add_paragraph("OFFICIAL – version for publication with the Overview Report")

    dc = doc.add_table(rows=4, cols=3)
    dc.style = "Table Grid"
    header_row(dc, ["Version", "Date", "Comment"], "44546A")
    for i, row in enumerate([
            ("1.0", "14/11/2024", "Agreed by DHR panel"),
            ("2.0", "06/01/2025", "Home Office Quality Assurance Panel comments"),
            ("3.0", "03/03/2025", "Progress update for Safer City Partnership "
                                  "Strategy Group")], 1):
        for j, v in enumerate(row):
            set_cell(dc.rows[i].cells[j], v)

    doc.add_paragraph()
    kp = doc.add_paragraph()
    kp.add_run("Status key: ").bold = True
    kp.add_run("Complete – action delivered and evidence seen by the panel chair;  "
               "Green – in progress and on track;  Amber – in progress, some delay;  "
               "Red – overdue.")

    sections = [
        ("1. Multi-agency recommendations", [
            ("Recommendation 1: The Safer City Partnership should ensure that "
             "professionals working in the Square Mile understand how to identify "
             "and respond to domestic abuse where the victim is a City worker rather "
             "than a resident.", [
                ("1.1", "Develop and circulate a 7-minute briefing on domestic abuse "
                        "among City workers to all Safer City Partnership agencies "
                        "and to major employers through the City Business Network.",
                 "Community Safety Manager", "March 2025", "Complete",
                 "Briefing issued 18 February 2025 to 41 organisations."),
                ("1.2", "Deliver two lunchtime domestic abuse awareness sessions for "
                        "employer HR and wellbeing leads.",
                 "Domestic Abuse Coordinator", "September 2025", "Green",
                 "First session booked for 10 April 2025."),
            ]),
            ("Recommendation 2: Partner agencies should take a consistent approach "
             "to recording and sharing DASH risk assessments with the MARAC for City "
             "workers who live in other boroughs.", [
                ("2.1", "Agree an information-sharing protocol with the Hackney and "
                        "Tower Hamlets MARACs for cross-border referrals.",
                 "Community Safety Manager / MARAC Coordinator", "Q1 2025/26", "Amber",
                 "Draft with Hackney; Tower Hamlets meeting to be arranged."),
            ]),
        ]),
        ("2. City of London Police – single agency recommendations", [
            ("Recommendation CoLP1: Officers attending reports of domestic abuse "
             "should complete a DASH risk assessment in every case and record the "
             "reason where the victim declines.", [
                ("CoLP1.1", "Re-issue the domestic abuse attendance checklist "
                            "through briefings to all response teams.",
                 "Chief Inspector, Response", "31/01/2025", "Complete",
                 "Briefings delivered to all four response teams in January."),
                ("CoLP1.2", "Dip-sample 20 domestic abuse crime reports each quarter "
                            "for DASH completion and report the results to the "
                            "Public Protection Board.",
                 "DCI, Public Protection Unit", "Quarterly", "Green",
                 "Q3 2024/25 sample: 18 of 20 compliant."),
            ]),
            ("Recommendation CoLP2: Call handlers should check for previous domestic "
             "abuse markers linked to the caller's address and telephone number.", [
                ("CoLP2.1", "Add a mandatory previous-markers prompt to the command "
                            "and control system.",
                 "Head of Force Control Room", "August 2025", "Red",
                 "Supplier change request not yet costed."),
            ]),
        ]),
        ("3. Neaman Practice (GP) – single agency recommendations", [
            ("Recommendation GP1: The practice should routinely ask about domestic "
             "abuse when patients present with anxiety, low mood or unexplained "
             "injuries.", [
                ("GP1.1", "All clinicians to complete IRIS domestic abuse training "
                          "and the practice to register as an IRIS practice.",
                 "Practice Manager / Safeguarding Lead GP", "December 2025", "Amber",
                 "Five of nine clinicians trained."),
            ]),
            ("Recommendation GP2: Record the presence of children and other household "
             "members when domestic abuse is disclosed.", [
                ("GP2.1", "Add a household composition template to the domestic "
                          "abuse consultation in the clinical system.",
                 "Safeguarding Lead GP", "30/06/2025", "Complete",
                 "Template live since 3 February 2025."),
            ]),
        ]),
    ]
    ends = {"March 2025": "2025-03", "September 2025": "2025-09",
            "Q1 2025/26": "2025-06", "31/01/2025": "2025-01", "Quarterly": None,
            "August 2025": "2025-08", "December 2025": "2025-12",
            "30/06/2025": "2025-06"}
    stat = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    shade_hex = {"Complete": "8EAADB", "Green": "A9D08E", "Amber": "FFD966",
                 "Red": "FF7C80"}
    split = {"Community Safety Manager / MARAC Coordinator":
             ["Community Safety Manager", "MARAC Coordinator"],
             "Practice Manager / Safeguarding Lead GP":
             ["Practice Manager", "Safeguarding Lead GP"]}
    expected = []
    for heading, recs in sections:
        doc.add_heading(heading, level=1)
        n = sum(len(a) for _r, a in recs)
        t = doc.add_table(rows=1 + n, cols=7)
        t.style = "Table Grid"
        header_row(t, ["Recommendation", "No.", "Action to take", "Lead officer",
                       "Target date", "Progress", "Status"], "44546A")
        i = 1
        for rec, actions in recs:
            first = i
            set_cell(t.rows[i].cells[0], rec, bold=True)
            for ref, text, lead, due, status, prog in actions:
                cells = t.rows[i].cells
                for j, v in enumerate([ref, text, lead, due, prog, status], 1):
                    set_cell(cells[j], v)
                shade(cells[6], shade_hex[status])
                expected.append(act(ref, [heading, rec], text,
                                    split.get(lead, [lead]), ends[due], stat[status],
                                    end_text="Quarterly" if due == "Quarterly" else None))
                i += 1
            if i - 1 > first:
                t.cell(first, 0).merge(t.cell(i - 1, 0))

    doc.add_heading("Sign-off", level=1)
    so = doc.add_table(rows=3, cols=3)
    so.style = "Table Grid"
    header_row(so, ["Role", "Name", "Date"], "44546A")
    for i, row in enumerate([("DHR Independent Chair", "On file", "14/11/2024"),
                             ("Chair, Safer City Partnership", "On file",
                              "03/03/2025")], 1):
        for j, v in enumerate(row):
            set_cell(so.rows[i].cells[j], v)
    doc.add_paragraph("Progress on this plan is reported to each Safer City "
                      "Partnership Strategy Group until all actions are complete.")
    doc.save(os.path.join(HERE, name))

    EXPECTED[name] = {
        "source": (
            "Imitates a domestic homicide review action plan of a London community "
            "safety partnership, after the City of London Safer City Partnership's "
            "case review action plan reported to committee (democracy."
            "cityoflondon.gov.uk) and the Home Office DHR action-plan template. "
            "Copied features: title, OFFICIAL marking, version table, a status key "
            "paragraph, one table per section (multi-agency recommendations, then "
            "single-agency recommendations for the police and the GP practice), the "
            "recommendation cell merged down over its actions, numbered actions, "
            "job-title leads, target dates as months, day dates, a quarter and "
            "'Quarterly', status words with shading, and a sign-off table."),
        "reads": (
            "The DHR 'Eleni' action plan: three sections, each a heading over a "
            "table in which each recommendation sits beside the numbered actions "
            "that answer it, eight actions in all. Each action has a lead officer, "
            "target date and status (Complete, Green, Amber, Red); the version, "
            "key and sign-off tables are not part of the plan."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Safer City Partnership – Domestic Homicide Review ‘Eleni’: Action Plan",
        "actions": expected,
    }


# ---------------------------------------------------------------------------
# 7. Oxford City Council business plan tracker, tab-separated, typo month -> refuse
# ---------------------------------------------------------------------------
def oxford():
    name = ("zwa-oxford-city-council-business-plan-2025-26-delivery-tracker-"
            "typo-month-refuse.txt")
    lines = [
        "Oxford City Council – Annual Business Plan 2025-26: Delivery Tracker",
        "Quarter 2 monitoring – position at 30 September 2025",
        "",
        "\t".join(["Ref", "Corporate priority", "Business Plan action",
                   "Responsible officer", "Due", "Status", "Q2 comment"]),
    ]
    rows = [
        ("1.1", "Good, affordable homes",
         "Deliver a pipeline of new affordable homes, with 150 homes for social rent "
         "completed or started on site through OX Place.",
         "Head of Housing Services", "Mar 2026", "On track",
         "96 homes started on site; Bertie Place completions due Q4."),
        ("1.2", "Good, affordable homes",
         "Consult on and adopt a new Housing Allocations Policy.",
         "Housing Needs Manager", "Dec 2025", "At risk",
         "Consultation extended to 31 October after scrutiny request."),
        ("1.3", "Good, affordable homes",
         "Reduce the number of households in temporary accommodation placed "
         "outside Oxford.",
         "Head of Housing Services", "Mar 2026", "On track",
         "Out-of-area placements down from 61 to 48."),
        ("2.1", "A strong, fair economy",
         "Progress the West End and Osney Mead masterplan with the Oxford West End "
         "Development partnership.",
         "Director of Development", "Febuary 2026", "On track",
         "Masterplan consultation planned for January."),
        ("2.2", "A strong, fair economy",
         "Extend Oxford Living Wage accreditation to 20 more local employers.",
         "Economic Development Manager", "Sept 2025", "Complete",
         "23 employers accredited."),
        ("3.1", "Thriving communities",
         "Open the refurbished Blackbird Leys community and leisure hub.",
         "Head of Community Services", "Jan 2026", "On track",
         "Contractor on programme."),
        ("4.1", "A zero carbon Oxford",
         "Install air source heat pumps in 120 council homes through the Warm Homes: "
         "Social Housing Fund.",
         "Head of Housing Services", "Mar 2026", "At risk",
         "Supply chain delays; 41 installs complete."),
        ("5.1", "A well-run council",
         "Launch the new customer portal and switch off the legacy CRM.",
         "Head of Business Improvement", "Nov 2025", "On track",
         "User testing under way."),
    ]
    for r in rows:
        lines.append("\t".join(r))
    lines += ["",
              "Status: On track / At risk / Off track / Complete. Source: Business "
              "Plan tracker.xlsx, saved as Text (Tab delimited)."]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")
    typo_line = next(i for i, l in enumerate(lines, 1) if "Febuary" in l)

    EXPECTED[name] = {
        "source": (
            "Imitates Oxford City Council's Annual Business Plan 2025-26 (five "
            "priorities from the Council Strategy 2024-28: good, affordable homes; a "
            "strong, fair economy; thriving communities; a zero carbon Oxford; a "
            "well-run council; oxford.gov.uk/policies-plans-strategies/annual-"
            "business-plan and Cabinet business plan progress appendices), as a "
            "spreadsheet tracker saved as tab-delimited text. Copied features: title "
            "and quarter lines, a header row, the corporate priority repeated in a "
            "column, officer posts, due months typed as text, status words and a "
            "closing status/source note."),
        "reads": (
            "A Q2 delivery tracker of eight business plan actions grouped by "
            "corporate priority. The due date of action 2.1 reads 'Febuary 2026', a "
            "mistyped month, so a careful reader stops and asks what date was meant "
            "before reading the tracker in."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_line,
        "title": "Oxford City Council – Annual Business Plan 2025-26: Delivery Tracker",
    }


def write_expected():
    for name, data in EXPECTED.items():
        with open(os.path.join(HERE, name + ".expected.yaml"), "w",
                  encoding="utf-8") as f:
            yaml.safe_dump(data, f, allow_unicode=True, sort_keys=False, width=88)


if __name__ == "__main__":
    harrow()
    stockport()
    islington()
    hounslow()
    rbkc()
    city_of_london()
    oxford()
    if "--expected" in sys.argv:
        write_expected()
    print("built", len(EXPECTED), "cases in", HERE)
