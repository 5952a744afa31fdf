#!/usr/bin/env python3
"""Build the seven zyr- blind cases (data files and their expected readings).

Run with /work/main/.venv/bin/python zyr_make.py from any directory; files are
written next to this script.  Only files starting zyr- are written.
"""
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

BLUE = "5B9BD5"
GREEN = "70AD47"
AMBER = "FFC000"
RED = "FF0000"
GREY = "D9D9D9"
HEAD = "1F3864"

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def out(name):
    assert name.startswith("zyr-")
    return os.path.join(HERE, name)


def write_expected(fname, meta, actions=None):
    doc = {
        "source": meta["source"],
        "reads": meta["reads"],
        "outcome": meta.get("outcome", "read"),
        "accept_refusal": meta.get("accept_refusal", False),
    }
    if "refuse_at" in meta:
        doc["refuse_at"] = meta["refuse_at"]
    if meta.get("title") is not None:
        doc["title"] = meta["title"]
    if actions is not None:
        acts = []
        for a in actions:
            d = {
                "ref": a["ref"],
                "under": a["under"],
                "action": a["action"],
                "lead": a["lead"],
                "end": a["end"],
            }
            if a.get("end_text"):
                d["end_text"] = a["end_text"]
            d["status"] = a["status"]
            acts.append(d)
        doc["actions"] = acts
    with open(out(fname + ".expected.yaml"), "w", encoding="utf-8") as fh:
        yaml.safe_dump(doc, fh, allow_unicode=True, sort_keys=False, width=4096)


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


WRAP = Alignment(wrap_text=True, vertical="top")


# ---------------------------------------------------------------------------
# 1. Walsall Healthcare NHS Trust - Public Trust Board action log (xlsx)
# ---------------------------------------------------------------------------
def walsall():
    fname = "zyr-walsall-healthcare-nhs-trust-public-trust-board-action-log.xlsx"
    title = "Walsall Healthcare NHS Trust – Public Trust Board Action Log"
    status_fill = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER,
                   "Overdue": RED, "Not started": None}
    open_groups = [
        ("Meeting held 5 March 2025", [
            dict(ref="PTB/25/015", minute="171/24", item="Maternity and Neonatal Safety Report",
                 action="Confirm the trajectory for achieving full compliance with Saving Babies’ Lives care bundle element 2 (fetal growth restriction).",
                 lead_cell="Director of Midwifery", lead=["Director of Midwifery"],
                 target="31/05/2025", revised="31/10/2025",
                 update="Additional sonographer capacity agreed at Performance Committee; revised trajectory to October 2025.",
                 st="At risk", end="2025-10", status="amber"),
            dict(ref="PTB/25/018", minute="176/24", item="Estates Strategy",
                 action="Provide a timetable for the replacement of the fire alarm system in the Manor Hospital west wing.",
                 lead_cell="Director of Estates and Facilities", lead=["Director of Estates and Facilities"],
                 target="30/06/2025", revised="",
                 update="Timetable not yet received from the contractor; escalated to Finance and Performance Committee.",
                 st="Overdue", end="2025-06", status="red"),
        ]),
        ("Meeting held 4 June 2025", [
            dict(ref="PTB/25/031", minute="042/25", item="Patient Story",
                 action="Share the learning from the patient story on discharge medicines with ward managers across the Medicine Division and report back on the changes made.",
                 lead_cell="LC / MO", lead=["LC", "MO"],
                 target="Sept 2025", revised="",
                 update="Learning shared at ward managers’ forum on 10 July; report back included in the Quality Committee chair’s report.",
                 st="Complete", end="2025-09", status="blue"),
            dict(ref="PTB/25/033", minute="046/25", item="Finance Report Month 1",
                 action="Bring a revised 2025/26 capital programme showing the impact of reprioritising estates backlog maintenance.",
                 lead_cell="Director of Finance & Performance", lead=["Director of Finance & Performance"],
                 target="31/07/2025", revised="01/10/2025",
                 update="On the agenda for this meeting (item 14).",
                 st="On track", end="2025-10", status="green"),
            dict(ref="PTB/25/034", minute="048/25", item="Board Assurance Framework",
                 action="Review the score of BAF risk SR03 (medical workforce) in light of the current vacancy position and report back via the Audit Committee.",
                 lead_cell="Director of Governance / Chief People Officer",
                 lead=["Director of Governance", "Chief People Officer"],
                 target="30/09/2025", revised="",
                 update="Deep dive completed at Audit Committee on 18 September; score reduced from 16 to 12.",
                 st="Complete", end="2025-09", status="blue"),
        ]),
        ("Meeting held 3 September 2025", [
            dict(ref="PTB/25/040", minute="118/25", item="Digital Strategy Update",
                 action="Confirm the go-live date for electronic prescribing and medicines administration (EPMA) in the Emergency Department.",
                 lead_cell="Chief Digital Information Officer", lead=["Chief Digital Information Officer"],
                 target="Q3 2025/26", revised="",
                 update="Go-live planned for 17 November 2025.",
                 st="On track", end="2025-12", status="green"),
            dict(ref="PTB/25/041", minute="121/25", item="Infection Prevention and Control Report",
                 action="Provide assurance on the timescale for completing the ward 9 ventilation works, including decant arrangements.",
                 lead_cell="Chief Nursing Officer; Director of Estates and Facilities",
                 lead=["Chief Nursing Officer", "Director of Estates and Facilities"],
                 target="31/12/2025", revised="",
                 update="Decant ward identified; works programme to come to Board in December.",
                 st="On track", end="2025-12", status="green"),
            dict(ref="PTB/25/043", minute="125/25", item="Integrated Quality and Performance Report",
                 action="Provide a breakdown of 12-hour waits in the Emergency Department by age band and frailty score.",
                 lead_cell="Chief Operating Officer", lead=["Chief Operating Officer"],
                 target="November 2025", revised="",
                 update="",
                 st="Not started", end="2025-11", status="unrated"),
        ]),
    ]
    closed_groups = [
        ("Meeting held 4 December 2024", [
            dict(ref="PTB/24/088", minute="352/24", item="Well-led Self-Assessment",
                 action="Agree the Board development programme for 2025 in response to the well-led self-assessment findings.",
                 lead_cell="Chair / Director of Governance", lead=["Chair", "Director of Governance"],
                 target="31/01/2025", closed="05/03/2025", st="Complete", end="2025-01", status="blue"),
            dict(ref="PTB/24/091", minute="356/24", item="Winter Plan",
                 action="Report on the virtual ward expansion against the winter plan trajectory.",
                 lead_cell="Chief Operating Officer", lead=["Chief Operating Officer"],
                 target="Feb-25", closed="04/06/2025", st="Complete", end="2025-02", status="blue"),
        ]),
        ("Meeting held 5 March 2025", [
            dict(ref="PTB/25/014", minute="169/24", item="Integrated Quality and Performance Report",
                 action="Provide a breakdown of ambulance handover delays over 60 minutes by time of day.",
                 lead_cell="Chief Operating Officer", lead=["Chief Operating Officer"],
                 target="30/04/2025", closed="04/06/2025", st="Complete", end="2025-04", status="blue"),
            dict(ref="PTB/25/016", minute="173/24", item="Quality Account",
                 action="Confirm the three Quality Account priorities for 2025/26 following consultation with Healthwatch Walsall.",
                 lead_cell="Chief Nursing Officer", lead=["Chief Nursing Officer"],
                 target="30/04/2025", closed="04/06/2025", st="Complete", end="2025-04", status="blue"),
        ]),
    ]

    wb = Workbook()
    ws = wb.active
    ws.title = "Action Log"
    widths = [13, 10, 26, 55, 26, 13, 13, 50, 12]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14, color=HEAD)
    ws["A2"] = "Position as at 24 September 2025 – for the meeting in public on 1 October 2025"
    ws["A2"].font = Font(italic=True)
    ws["A4"] = "Status key:"
    ws["A4"].font = Font(bold=True)
    for col, (txt, c) in zip("BCDE", [("Complete", BLUE), ("On track", GREEN),
                                      ("At risk", AMBER), ("Overdue", RED)]):
        ws[col + "4"] = txt
        ws[col + "4"].fill = fill(c)
        ws[col + "4"].border = BOX
    heads = ["Action No.", "Minute Ref", "Agenda Item", "Action", "Lead", "Target Date",
             "Revised Target Date", "Progress Update", "Status"]
    r = 6
    for i, h in enumerate(heads):
        c = ws.cell(row=r, column=i + 1, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(HEAD)
        c.alignment = WRAP
        c.border = BOX
    r += 1
    expected = []
    for gname, rows in open_groups:
        ws.cell(row=r, column=1, value=gname).font = Font(bold=True)
        for col in range(1, 10):
            ws.cell(row=r, column=col).fill = fill(GREY)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for a in rows:
            vals = [a["ref"], a["minute"], a["item"], a["action"], a["lead_cell"], a["target"],
                    a["revised"] or None, a["update"] or None, a["st"]]
            for i, v in enumerate(vals):
                c = ws.cell(row=r, column=i + 1, value=v)
                c.alignment = WRAP
                c.border = BOX
            if status_fill[a["st"]]:
                ws.cell(row=r, column=9).fill = fill(status_fill[a["st"]])
            expected.append(dict(ref=a["ref"], under=[gname], action=a["action"], lead=a["lead"],
                                 end=a["end"], status=a["status"]))
            r += 1
    ws.freeze_panes = "A7"

    ws2 = wb.create_sheet("Closed actions")
    for i, w in enumerate([13, 10, 26, 55, 26, 13, 13, 12]):
        ws2.column_dimensions[chr(65 + i)].width = w
    ws2["A1"] = "Actions closed by the Board since 1 April 2025"
    ws2["A1"].font = Font(bold=True, size=12, color=HEAD)
    heads2 = ["Action No.", "Minute Ref", "Agenda Item", "Action", "Lead", "Target Date",
              "Date Closed", "Status"]
    r = 3
    for i, h in enumerate(heads2):
        c = ws2.cell(row=r, column=i + 1, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(HEAD)
        c.border = BOX
    r += 1
    for gname, rows in closed_groups:
        ws2.cell(row=r, column=1, value=gname).font = Font(bold=True)
        for col in range(1, 9):
            ws2.cell(row=r, column=col).fill = fill(GREY)
        ws2.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for a in rows:
            vals = [a["ref"], a["minute"], a["item"], a["action"], a["lead_cell"], a["target"],
                    a["closed"], a["st"]]
            for i, v in enumerate(vals):
                c = ws2.cell(row=r, column=i + 1, value=v)
                c.alignment = WRAP
                c.border = BOX
            ws2.cell(row=r, column=8).fill = fill(BLUE)
            expected.append(dict(ref=a["ref"], under=[gname], action=a["action"], lead=a["lead"],
                                 end=a["end"], status=a["status"]))
            r += 1
    wb.save(out(fname))

    meta = dict(
        source=("Imitates an NHS trust 'Public Trust Board action log' of the kind Walsall Healthcare NHS Trust "
                "publishes with its board papers (2025), following the long-standing acute-trust pattern of an "
                "action tracking list grouped by the meeting that raised the action (cf. Hull and East Yorkshire "
                "Hospitals 'Trust Board Action Tracking List': No. / Paper / Action / Lead / Target date / New date / "
                "Status). Copied features: title and 'position as at' line, a coloured status key row, grey merged "
                "'Meeting held ...' rows over the actions, minute and agenda-item columns, target and revised "
                "target dates, progress updates, status words with matching fill, leads as job titles, initials "
                "and two posts in one cell, and a second sheet of actions closed since April."),
        reads=("A board action log: eight open actions on the first sheet grouped under the three Board meetings "
               "that raised them, each with a lead, target (and sometimes revised) date, update and status; a "
               "second sheet lists four actions the Board has already closed, again grouped by meeting. The "
               "status key row and the title lines are not actions."),
        title=title,
    )
    write_expected(fname, meta, expected)


# ---------------------------------------------------------------------------
# 2. Warwickshire FRS - service risk register (xlsx, refuse: mistyped month)
# ---------------------------------------------------------------------------
def warwickshire():
    fname = "zyr-warwickshire-fire-rescue-service-service-risk-register-2025-26-typo-month-refuse.xlsx"
    title = "Warwickshire Fire and Rescue Service – Service Risk Register 2025/26"
    risks = [
        dict(risk="WFRS-SR01 Availability of on-call (RDS) fire appliances falls below the 85% availability standard",
             owner="Area Manager – Response", inh=20, cur=16, prev="R", now="R",
             acts=[
                 ("SR01a", "Implement the revised on-call pay and availability model following consultation with the representative bodies.",
                  "Area Manager – Response", "31/03/2026", "In progress", "Consultation closed 30 September; model to Fire Leadership Team in November."),
                 ("SR01b", "Run two on-call recruitment campaigns targeted at stations with availability below 70% (Shipston, Alcester, Southam).",
                  "Head of People / Station Manager (On-call Support)", "Dec 2025", "In progress", "First campaign closed with 11 applicants."),
                 ("SR01c", "Report weekly appliance availability to the Service Leadership Team with exception reporting by station.",
                  "Group Manager – Service Delivery", "Ongoing", "In place", "Weekly report established."),
             ]),
        dict(risk="WFRS-SR02 Risk-Based Inspection Programme (RBIP) not delivered, leaving high-risk premises uninspected",
             owner="Area Manager – Protection", inh=16, cur=12, prev="R", now="A",
             acts=[
                 ("SR02a", "Recruit and train four additional fire safety inspectors through the Level 4 Fire Safety Inspecting Officer apprenticeship.",
                  "Group Manager – Protection", "Q4 2025/26", "On track", "Three appointed; fourth post re-advertised."),
                 ("SR02b", "Introduce the CFRMIS mobile audit module so inspectors can complete audits on site.",
                  "Protection Systems Officer", "30/11/2025", "On track", "User acceptance testing under way."),
             ]),
        dict(risk="WFRS-SR03 Loss of mobilising capability at Fire Control",
             owner="Area Manager – Control and Resilience", inh=15, cur=10, prev="A", now="A",
             acts=[
                 ("SR03a", "Test the fallback arrangements with the buddy control room quarterly and record the learning.",
                  "Control Manager", "Quarterly", "On track", "Q2 test completed 12 September; no issues."),
                 ("SR03b", "Complete the upgrade of the mobilising system to the supplier-supported version.",
                  "ICT Business Partner (Fire) / Control Manager", "Janaury 2026", "On track", "Upgrade scheduled with supplier; test environment built."),
                 ("SR03c", "Review the Fire Control business continuity plan following the change to the national ESMCP timeline.",
                  "Head of Resilience", "March 2026", "Not started", ""),
             ]),
    ]
    rag = {"R": RED, "A": AMBER, "G": GREEN}
    wb = Workbook()
    ws = wb.active
    ws.title = "Service Risk Register"
    widths = [40, 22, 10, 10, 10, 10, 8, 55, 28, 14, 13, 42]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14, color="C00000")
    ws["A2"] = "Quarter 2 review"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = ("Register owner: Assistant Chief Fire Officer (Enabling Services)   |   Reviewed: 16 October 2025"
                "   |   Next review: January 2026")
    ws["A5"] = ("Risk scoring: Likelihood (1–5) x Impact (1–5).  Red = 15–25, Amber = 8–14, Green = 1–7.  "
                "Previous RAG = position at Q1 review.")
    ws["A5"].font = Font(italic=True)
    heads = ["Risk", "Risk owner", "Inherent score", "Current score", "Previous RAG", "Current RAG",
             "Ref", "Further action required", "Action owner", "Target date", "Action status", "Progress"]
    r = 7
    for i, h in enumerate(heads):
        c = ws.cell(row=r, column=i + 1, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("C00000")
        c.alignment = WRAP
        c.border = BOX
    r = 8
    typo_row = None
    for rk in risks:
        start = r
        for ref, act, owner, target, st, prog in rk["acts"]:
            for col, v in zip(range(7, 13), [ref, act, owner, target, st, prog or None]):
                c = ws.cell(row=r, column=col, value=v)
                c.alignment = WRAP
                c.border = BOX
            if target.startswith("Janaury"):
                typo_row = r
            r += 1
        end = r - 1
        for col, v in zip(range(1, 7), [rk["risk"], rk["owner"], rk["inh"], rk["cur"], rk["prev"], rk["now"]]):
            c = ws.cell(row=start, column=col, value=v)
            c.alignment = WRAP
            c.border = BOX
            if end > start:
                ws.merge_cells(start_row=start, start_column=col, end_row=end, end_column=col)
        ws.cell(row=start, column=5).fill = fill(rag[rk["prev"]])
        ws.cell(row=start, column=6).fill = fill(rag[rk["now"]])
    assert typo_row == 14, typo_row

    ws2 = wb.create_sheet("Risk summary")
    ws2["A1"] = "Summary of service risks – Q2 2025/26"
    ws2["A1"].font = Font(bold=True)
    rows = [("Risk", "Q1 score", "Q2 score", "Direction"),
            ("WFRS-SR01", 16, 16, "No change"),
            ("WFRS-SR02", 15, 12, "Reducing"),
            ("WFRS-SR03", 10, 10, "No change")]
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            ws2.cell(row=3 + i, column=1 + j, value=v)
    wb.save(out(fname))

    meta = dict(
        source=("Imitates a fire and rescue service corporate/service risk register appendix of the kind reported "
                "quarterly to a fire authority or county council audit committee (e.g. Lancashire CFA Audit "
                "Committee 'Corporate Risk Register' appendix, 2025; Warwickshire FRS reports through Warwickshire "
                "County Council). Copied features: title and quarter line, register owner and review dates, a "
                "likelihood x impact scoring note, one block per risk with risk, owner, inherent and current "
                "scores and previous/current RAG merged down over its further actions, an action ref, owner, "
                "target date and status per row, and a summary sheet."),
        reads=("A service risk register with three risks, each carrying two or three further actions with an "
               "owner and a target date. The target date for action SR03b on sheet row 14 reads 'Janaury 2026', "
               "a mistyped month, so a careful reader would stop and ask before taking the dates from this "
               "register."),
        outcome="refuse",
        refuse_at=14,
        title=title,
    )
    write_expected(fname, meta, None)


# ---------------------------------------------------------------------------
# 3. GLAA - Digital Licensing Programme highlight report (xlsx)
# ---------------------------------------------------------------------------
def glaa():
    fname = "zyr-gangmasters-and-labour-abuse-authority-digital-licensing-programme-highlight-report.xlsx"
    title = "GLAA Digital Licensing Programme – Highlight Report No. 14"
    colour = {"blue": BLUE, "green": GREEN, "amber": AMBER, "red": RED, "unrated": None}
    streams = [
        ("Workstream 1 – Online licence application service", [
            dict(ref="M1.1", text="Complete private beta of the online licence application form with 20 licence holders",
                 owner="Okafor, Sam", lead=["Okafor, Sam"], base="30/06/2025", fc="18/07/2025", last="G",
                 now="blue", end="2025-07", note="Private beta closed 18 July; 23 businesses took part."),
            dict(ref="M1.2", text="Public beta launch for new licence applications",
                 owner="Digital Delivery Manager", lead=["Digital Delivery Manager"], base="30/09/2025",
                 fc="17/11/2025", last="A", now="amber", end="2025-11",
                 note="Launch moved to allow an accessibility re-test; Programme Board agreed the new date."),
            dict(ref="M1.3", text="Close the paper application route for new licence applications",
                 owner="Head of Licensing", lead=["Head of Licensing"], base="31/03/2026", fc="31/03/2026",
                 last="G", now="green", end="2026-03", note="Communications plan for labour providers agreed."),
        ]),
        ("Workstream 2 – Case management system replacement", [
            dict(ref="M2.1", text="Award contract for the licensing case management system",
                 owner="Commercial Lead / Head of Licensing", lead=["Commercial Lead", "Head of Licensing"],
                 base="31/05/2025", fc="20/06/2025", last="A", now="blue", end="2025-06",
                 note="Contract awarded 20 June 2025."),
            dict(ref="M2.2", text="Complete trial data migration of licence holder records",
                 owner="Data and Systems Manager", lead=["Data and Systems Manager"], base="31/10/2025",
                 fc="12/12/2025", last="G", now="red", end="2025-12",
                 note="Trial load failed validation on 28 October; supplier fix awaited."),
            dict(ref="M2.3", text="Case management system go-live",
                 owner="Okafor, Sam", lead=["Okafor, Sam"], base="Feb 2026", fc="Apr 2026", last="A",
                 now="red", end="2026-04",
                 note="Dependent on M2.2. Revised date for Programme Board approval."),
        ]),
        ("Workstream 3 – Inspection and intelligence", [
            dict(ref="M3.1", text="All licence inspections recorded on the mobile inspection app",
                 owner="Head of Inspection", lead=["Head of Inspection"], base="31/12/2025", fc=None,
                 last="G", now="green", end="2025-12", note="78% of October inspections recorded on the app."),
            dict(ref="M3.2", text="Intelligence referrals linked to licensing case records",
                 owner="Head of Intelligence; Data and Systems Manager",
                 lead=["Head of Intelligence", "Data and Systems Manager"], base="Q1 2026/27", fc=None,
                 last="G", now="green", end="2026-06", note="Design agreed; build follows go-live."),
        ]),
        ("Workstream 4 – Benefits and business change", [
            dict(ref="M4.1", text="Benefits realisation plan approved by Programme Board",
                 owner="Business Change Lead", lead=["Business Change Lead"], base="31/08/2025",
                 fc="10/09/2025", last="A", now="blue", end="2025-09", note="Approved 10 September 2025."),
            dict(ref="M4.2", text="Train all licensing staff in the new processes",
                 owner="Business Change Lead", lead=["Business Change Lead"], base="TBC", fc="TBC",
                 last="–", now="unrated", end=None, end_text="TBC",
                 note="Training plan to be set once go-live date is confirmed."),
        ]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight Report"
    for col, w in zip("ABCDEFGH", [8, 52, 30, 13, 15, 10, 11, 50]):
        ws.column_dimensions[col].width = w
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14, color=HEAD)
    ws["A2"] = "Reporting period: 1–31 October 2025   |   Programme Board: 12 November 2025"
    info = [("Senior Responsible Owner", "Director of Licensing and Compliance"),
            ("Programme Manager", "Priya Nandakumar"),
            ("Overall RAG – last period", "A"),
            ("Overall RAG – this period", "A")]
    r = 4
    for k, v in info:
        ws.cell(row=r, column=1, value=k).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        c = ws.cell(row=r, column=3, value=v)
        if v == "A":
            c.fill = fill(AMBER)
        r += 1
    r += 1  # row 9 blank
    ws.cell(row=r, column=1, value="Dimension").font = Font(bold=True)
    ws.cell(row=r, column=3, value="Last period").font = Font(bold=True)
    ws.cell(row=r, column=4, value="This period").font = Font(bold=True)
    ws.cell(row=r, column=5, value="Comment").font = Font(bold=True)
    r += 1
    dims = [("Time", "A", "A", "Case management go-live forecast moved to April 2026."),
            ("Cost", "G", "G", "Forecast within approved budget of £1.9m."),
            ("Scope", "G", "G", "No change."),
            ("Resources", "A", "R", "Business analyst vacancy not yet filled.")]
    rc = {"A": AMBER, "G": GREEN, "R": RED}
    for d, last, now, com in dims:
        ws.cell(row=r, column=1, value=d)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        ws.cell(row=r, column=3, value=last).fill = fill(rc[last])
        ws.cell(row=r, column=4, value=now).fill = fill(rc[now])
        ws.cell(row=r, column=5, value=com)
        ws.merge_cells(start_row=r, start_column=5, end_row=r, end_column=8)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Key milestones").font = Font(bold=True, size=12, color=HEAD)
    r += 1
    heads = ["Ref", "Milestone", "Owner", "Baseline date", "Forecast / actual date", "Last RAG",
             "Current RAG", "Commentary"]
    for i, h in enumerate(heads):
        c = ws.cell(row=r, column=i + 1, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(HEAD)
        c.alignment = WRAP
        c.border = BOX
    r += 1
    expected = []
    for sname, ms in streams:
        c = ws.cell(row=r, column=1, value=sname)
        c.font = Font(bold=True)
        for col in range(1, 9):
            ws.cell(row=r, column=col).fill = fill("DDEBF7")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for m in ms:
            vals = [m["ref"], m["text"], m["owner"], m["base"], m["fc"], m["last"], None, m["note"]]
            for i, v in enumerate(vals):
                c = ws.cell(row=r, column=i + 1, value=v)
                c.alignment = WRAP
                c.border = BOX
            if colour[m["now"]]:
                ws.cell(row=r, column=7).fill = fill(colour[m["now"]])
            e = dict(ref=m["ref"], under=[sname], action=m["text"], lead=m["lead"], end=m["end"],
                     status=m["now"])
            if m.get("end_text"):
                e["end_text"] = m["end_text"]
            expected.append(e)
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Issues and decisions required").font = Font(bold=True, size=12, color=HEAD)
    r += 1
    ws.cell(row=r, column=1, value=("The Programme Board is asked to approve the revised case management "
                                    "go-live date of April 2026 and to note the resourcing pressure in the "
                                    "business analysis team. No change requests were raised this period."))
    ws.cell(row=r, column=1).alignment = WRAP
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    ws.row_dimensions[r].height = 45

    ws2 = wb.create_sheet("RAG definitions")
    ws2["A1"] = "Milestone RAG definitions"
    ws2["A1"].font = Font(bold=True)
    defs = [(BLUE, "Blue", "Milestone complete"),
            (GREEN, "Green", "On track to deliver by the baseline date"),
            (AMBER, "Amber", "Forecast slippage of up to one month, or at risk; recoverable"),
            (RED, "Red", "Forecast slippage of more than one month, or not recoverable without Board intervention")]
    for i, (c, n, d) in enumerate(defs):
        ws2.cell(row=3 + i, column=1, value=n).fill = fill(c)
        ws2.cell(row=3 + i, column=2, value=d)
    ws2.column_dimensions["B"].width = 80
    wb.save(out(fname))

    meta = dict(
        source=("Imitates a government arm's-length body programme highlight report in the PRINCE2 style "
                "(status summary with last/this period RAG by dimension, then key milestones with baseline and "
                "forecast dates), as a body such as the Gangmasters and Labour Abuse Authority would report a "
                "digital licensing programme to its Programme Board in 2025 (cf. PRINCE2 highlight report "
                "templates and the GOV.UK project delivery 'Teal Book' reporting guidance). Copied features: "
                "numbered report title and reporting-period line, SRO/manager block, dimension RAG table, "
                "workstream rows over milestones, owners as job titles, as 'Surname, Forename' and two in one "
                "cell, baseline vs forecast/actual dates, last RAG as letters and current RAG as cell fill only, "
                "a decisions paragraph and a RAG definitions sheet."),
        reads=("A monthly highlight report: the header block and dimension RAG table summarise the programme, "
               "then ten milestones sit under four workstream rows, each with an owner, a baseline and a "
               "forecast (revised) date and a current RAG shown only by the cell colour (blue = complete). "
               "The decisions paragraph and the RAG definitions sheet are not actions."),
        title=title,
    )
    write_expected(fname, meta, expected)


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


def header_row(table, heads, col=HEAD):
    for i, h in enumerate(heads):
        cell = table.rows[0].cells[i]
        cell.text = ""
        run = cell.paragraphs[0].add_run(h)
        run.bold = True
        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        shade(cell, col)


# ---------------------------------------------------------------------------
# 4. Church Stretton Medical Practice - CQC inspection action plan (docx)
# ---------------------------------------------------------------------------
def church_stretton():
    fname = "zyr-church-stretton-medical-practice-cqc-inspection-action-plan.docx"
    title = "Church Stretton Medical Practice – CQC Inspection Action Plan"
    rag = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    rag_status = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    must = [
        ("Must do: Regulation 12 – Safe care and treatment",
         "The provider must ensure care and treatment is provided in a safe way to patients.",
         [
             ("1.1", "Run weekly searches for patients on high-risk medicines (DMARDs, lithium, warfarin and DOACs) and recall any patient overdue monitoring before the next prescription is issued.",
              "Clinical Pharmacist", ["Clinical Pharmacist"], "31/07/2025", "B", "Searches running weekly since 7 July 2025.", "2025-07", None),
             ("1.2", "Audit a 10% sample of repeat prescriptions for high-risk medicines each month and report the findings to the clinical meeting.",
              "Clinical Pharmacist / Lead GP for Prescribing", ["Clinical Pharmacist", "Lead GP for Prescribing"],
              "Ongoing – monthly", "G", "August and September audits 100% compliant.", None, "Ongoing – monthly"),
             ("1.3", "Review the 42 patients identified by the CQC clinical searches with a potential missed diagnosis of chronic kidney disease, and code and manage them as appropriate.",
              "Dr Helen Marsh (GP Partner)", ["Dr Helen Marsh (GP Partner)"], "End of September 2025", "A",
              "35 of 42 reviewed; remaining 7 booked for October.", "2025-09", None),
             ("1.4", "Check and record the emergency medicines and oxygen at both sites weekly using the new checklist, with a monthly spot check by the Nurse Manager.",
              "Nurse Manager", ["Nurse Manager"], "June 2025", "B", "Checklist in use at both sites.", "2025-06", None),
         ]),
        ("Must do: Regulation 17 – Good governance",
         "The provider must establish effective systems and processes to ensure good governance in accordance with the fundamental standards of care.",
         [
             ("2.1", "Introduce a significant event log that records the learning, the actions taken and the date the learning was shared with the whole practice team.",
              "Practice Manager", ["Practice Manager"], "31/08/2025", "B", "Log in use; reviewed at monthly practice meeting.", "2025-08", None),
             ("2.2", "Bring all staff up to date with mandatory training (safeguarding level 3 for clinicians, infection prevention and control, fire safety) and monitor it through a training matrix.",
              "HM / KT", ["HM", "KT"], "30/11/2025", "G", "Matrix in place; 88% compliance at 30 September.", "2025-11", None),
             ("2.3", "Put in place a policy review schedule so that every practice policy is reviewed at least every two years.",
              "Assistant Practice Manager", ["Assistant Practice Manager"], "Dec 2025", "G", "Schedule drafted; 14 of 31 policies reviewed.", "2025-12", None),
         ]),
    ]
    should = [
        ("SD1 – Continue to take action to improve the uptake of cervical screening and childhood immunisations.",
         [
             ("SD1.1", "Offer a Saturday morning cervical screening clinic once a month at the Church Stretton site.",
              "Practice Nurse Lead", ["Practice Nurse Lead"], "October 2025", "G", "First clinic booked for 18 October.", "2025-10", None),
             ("SD1.2", "Contact the parents of children who miss an immunisation appointment by phone and text within two weeks.",
              "Reception Manager / Practice Nurse Lead", ["Reception Manager", "Practice Nurse Lead"], "Sep-25", "B",
              "Process in place from 1 September.", "2025-09", None),
         ]),
        ("SD2 – Improve patient access to the practice by telephone.",
         [
             ("SD2.1", "Move to a cloud-based telephony system with call-back and queue position, and publish monthly call answering data to the Patient Participation Group.",
              "Practice Manager", ["Practice Manager"], "Q4 2025/26", "A",
              "Funding confirmed by the ICB; installation date awaited.", "2026-03", None),
         ]),
    ]

    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    d.add_paragraph(title, style="Title")
    d.add_paragraph("Following the CQC inspection on 14 and 15 May 2025 (report published 2 July 2025). "
                    "Overall rating: Requires improvement.")
    t = d.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("Provider", "Church Stretton Medical Practice (partnership)"),
                                ("Registered manager", "Dr Helen Marsh"),
                                ("Plan owner", "Practice Manager"),
                                ("Version", "3.0 – updated 6 October 2025"),
                                ("Monitored by", "Partners’ meeting (monthly) and Patient Participation Group (quarterly)")]):
        t.rows[i].cells[0].text = k
        t.rows[i].cells[0].paragraphs[0].runs[0].bold = True
        t.rows[i].cells[1].text = v
    d.add_paragraph()
    p = d.add_paragraph()
    p.add_run("RAG key: ").bold = True
    p.add_run("B = complete; G = on track; A = at risk of delay; R = overdue.")

    expected = []
    heads = ["Ref", "Action", "Lead", "Target date", "RAG", "Progress update"]
    for h, must_text, rows in must:
        d.add_heading(h, level=1)
        pp = d.add_paragraph()
        pp.add_run(must_text).bold = True
        tb = d.add_table(rows=1 + len(rows), cols=6)
        tb.style = "Table Grid"
        header_row(tb, heads)
        for i, (ref, act, lc, lead, due, rg, upd, end, end_text) in enumerate(rows):
            cells = tb.rows[i + 1].cells
            for j, v in enumerate([ref, act, lc, due, rg, upd]):
                cells[j].text = v
            shade(cells[4], rag[rg])
            e = dict(ref=ref, under=[h, must_text], action=act, lead=lead, end=end, status=rag_status[rg])
            if end_text:
                e["end_text"] = end_text
            expected.append(e)
        d.add_paragraph()

    d.add_heading("Should do", level=1)
    nrows = 1 + sum(1 + len(rows) for _, rows in should)
    tb = d.add_table(rows=nrows, cols=6)
    tb.style = "Table Grid"
    header_row(tb, heads)
    ri = 1
    for sd_text, rows in should:
        row = tb.rows[ri]
        m = row.cells[0].merge(row.cells[5])
        m.text = ""
        m.paragraphs[0].add_run(sd_text).bold = True
        shade(m, GREY)
        ri += 1
        for ref, act, lc, lead, due, rg, upd, end, end_text in rows:
            cells = tb.rows[ri].cells
            for j, v in enumerate([ref, act, lc, due, rg, upd]):
                cells[j].text = v
            shade(cells[4], rag[rg])
            expected.append(dict(ref=ref, under=["Should do", sd_text], action=act, lead=lead,
                                 end=end, status=rag_status[rg]))
            ri += 1
    d.add_paragraph()
    d.add_paragraph("This plan is reviewed monthly by the partners and published on the practice website. "
                    "Evidence for completed actions is held in the practice governance folder.")
    d.save(out(fname))

    meta = dict(
        source=("Imitates a GP practice's published CQC inspection action plan (2025), the kind practices post on "
                "their websites after a 'Requires improvement' rating as CQC encourages (cf. MDU/BMA guidance on "
                "action plans after a GP inspection). Copied features: title, inspection/rating line, a practice "
                "details table, a RAG key line, one heading and table per requirement notice with the must-do "
                "wording in bold above its actions, a single should-do table with grey merged rows carrying each "
                "should-do above its actions, leads as job titles, a named GP and initials, UK day-first and "
                "worded dates, 'Ongoing – monthly', NHS financial-year quarter, and RAG letters with cell shading."),
        reads=("A practice action plan after a CQC inspection: two requirement notices (Regulation 12 and "
               "Regulation 17), each with the must-do statement above a numbered table of actions, then a "
               "should-do table in which each should-do heads its own actions. Each action has a lead, a target "
               "date, a RAG letter and a progress update; the practice details table and key are not actions."),
        title=title,
    )
    write_expected(fname, meta, expected)


# ---------------------------------------------------------------------------
# 5. Lacon Childe School - post-Ofsted action plan (docx)
# ---------------------------------------------------------------------------
def lacon_childe():
    fname = "zyr-lacon-childe-school-post-ofsted-action-plan.docx"
    title = "Lacon Childe School Post-Ofsted Action Plan 2025–26"
    col = {"blue": BLUE, "green": GREEN, "amber": AMBER, "red": RED}
    themes = [
        ("Quality of education", [
            ("Area for improvement 1",
             "Leaders should ensure that the curriculum in key stage 3 is consistently well sequenced in all subjects so that pupils build their knowledge securely over time.",
             [
                 ("Subject leaders to review and re-sequence key stage 3 curriculum plans in history, geography and computing, identifying the essential knowledge pupils must remember.",
                  "Deputy Headteacher (Curriculum)", ["Deputy Headteacher (Curriculum)"], "Summer term 2025",
                  "Revised plans in place for September 2025 in all three subjects.", "SLT line management; governor curriculum visit", "blue", "2025-07", None),
                 ("Run a programme of subject-specific CPD on retrieval practice for all teaching staff, delivered through fortnightly department time.",
                  "Assistant Headteacher (Teaching and Learning)", ["Assistant Headteacher (Teaching and Learning)"],
                  "Sept 2025 – July 2026", "Retrieval practice seen in at least 90% of lesson visits.", "Lesson visit records", "green", "2026-07", None),
                 ("Carry out deep dives in each key stage 3 subject to check that the planned curriculum is being taught as intended.",
                  "SLT link / Heads of Department", ["SLT link", "Heads of Department"], "Termly",
                  "Deep dive reports show curriculum implemented as planned.", "Reports to Full Governing Body", "green", None, "Termly"),
             ]),
            ("Area for improvement 2",
             "Leaders should make sure that teachers check pupils’ understanding carefully and address misconceptions before moving on.",
             [
                 ("Introduce a whole-school ‘check for understanding’ routine (mini-whiteboards and cold calling) in all lessons.",
                  "Assistant Headteacher (Teaching and Learning)", ["Assistant Headteacher (Teaching and Learning)"],
                  "Autumn term 2025", "Routine used consistently in lessons observed.", "Learning walks", "green", "2025-12", None),
                 ("Include checking for understanding as a focus in all lesson visits and instructional coaching cycles.",
                  "JR/SB", ["JR", "SB"], "October half-term 2025",
                  "Coaching records show a focus on checking understanding for every teacher.", "Coaching log", "amber", "2025-10", None),
             ]),
        ]),
        ("Behaviour and attitudes", [
            ("Area for improvement 3",
             "Leaders should ensure that the school’s approach to reducing persistent absence is applied consistently, particularly for disadvantaged pupils.",
             [
                 ("Appoint an attendance officer and introduce weekly attendance panels for pupils whose attendance is below 90%.",
                  "Headteacher", ["Headteacher"], "31 August 2025",
                  "Attendance officer in post; panels running weekly.", "Attendance report to governors", "blue", "2025-08", None),
                 ("Work with the local authority Education Welfare Service on a targeted plan for disadvantaged pupils who are persistently absent, reviewed every six weeks.",
                  "Deputy Headteacher (Pastoral) and Pupil Premium Lead",
                  ["Deputy Headteacher (Pastoral)", "Pupil Premium Lead"], "Autumn 2025 – Summer 2026",
                  "Persistent absence of disadvantaged pupils falls below 25%.", "Six-weekly review", "red", "2026-07", None),
             ]),
        ]),
        ("Leadership and management", [
            ("Area for improvement 4",
             "Governors should hold leaders to account more rigorously for the impact of their actions on pupils’ outcomes.",
             [
                 ("Governors to complete training on using school performance data to challenge leaders, provided by Shropshire Council’s governor services.",
                  "Chair of Governors", ["Chair of Governors"], "December 2025",
                  "All governors trained; minutes show challenge on outcomes.", "Clerk’s training record", "green", "2025-12", None),
                 ("Add a standing item on progress against this action plan to every Full Governing Body agenda, with link governor visits reported in writing.",
                  "Chair of Governors / Clerk to Governors", ["Chair of Governors", "Clerk to Governors"], "Ongoing",
                  "Every FGB agenda includes the item; visit reports filed.", "FGB minutes", "green", None, "Ongoing"),
             ]),
        ]),
    ]

    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    d.add_paragraph(title, style="Title")
    d.add_paragraph("Inspection dates: 11 and 12 March 2025. Overall effectiveness: Requires improvement. This plan "
                    "sets out how we will address the areas for improvement identified by Ofsted. It is monitored by "
                    "the Full Governing Body each half-term.")
    vt = d.add_table(rows=3, cols=4)
    vt.style = "Table Grid"
    header_row(vt, ["Version", "Date", "Author", "Comments"], col="385723")
    for i, row in enumerate([("1.0", "04/04/2025", "Headteacher", "Approved by FGB 10 April 2025"),
                             ("1.1", "06/10/2025", "Headteacher", "Autumn update; RAG ratings reviewed")]):
        for j, v in enumerate(row):
            vt.rows[i + 1].cells[j].text = v
    d.add_paragraph()
    d.add_paragraph("RAG key", style="Heading 3")
    kt = d.add_table(rows=4, cols=2)
    kt.style = "Table Grid"
    for i, (c, txt) in enumerate([(BLUE, "Completed"), (GREEN, "On track"),
                                  (AMBER, "Some concerns – monitor closely"), (RED, "Not on track")]):
        shade(kt.rows[i].cells[0], c)
        kt.rows[i].cells[1].text = txt
    d.add_paragraph()

    expected = []
    heads = ["Action", "Lead", "Timescale", "Success criteria", "Monitoring", "RAG"]
    for theme, afis in themes:
        d.add_heading(theme, level=1)
        for afi_head, afi_text, rows in afis:
            d.add_heading(afi_head, level=2)
            pp = d.add_paragraph()
            pp.add_run(afi_text).italic = True
            tb = d.add_table(rows=1 + len(rows), cols=6)
            tb.style = "Table Grid"
            header_row(tb, heads, col="385723")
            for i, (act, lc, lead, when, sc, mon, rg, end, end_text) in enumerate(rows):
                cells = tb.rows[i + 1].cells
                for j, v in enumerate([act, lc, when, sc, mon, ""]):
                    cells[j].text = v
                shade(cells[5], col[rg])
                e = dict(ref=None, under=[theme, afi_text], action=act, lead=lead, end=end, status=rg)
                if end_text:
                    e["end_text"] = end_text
                expected.append(e)
            d.add_paragraph()
    d.add_heading("Sign-off", level=1)
    so = d.add_table(rows=2, cols=3)
    so.style = "Table Grid"
    for j, v in enumerate(["Headteacher", "Chair of Governors", "Date"]):
        so.rows[0].cells[j].text = v
    for j, v in enumerate(["", "", "10/04/2025"]):
        so.rows[1].cells[j].text = v
    d.save(out(fname))

    meta = dict(
        source=("Imitates a secondary school's post-Ofsted action plan published on its website (2025), in the "
                "pattern of post-inspection plans such as Shaw CofE Primary's and The Key's template: areas for "
                "improvement from 'What does the school need to do to improve?' quoted above tables of action / "
                "lead / timescale / success criteria / monitoring / RAG. Copied features: title, inspection and "
                "judgement paragraph, version history table, a colour RAG key table, Ofsted-judgement headings "
                "(Heading 1) over 'Area for improvement n' headings (Heading 2) with the inspectors' wording in "
                "italics, unnumbered actions, school-term timescales, 'Termly' and 'Ongoing', job titles, initials "
                "and two posts as leads, RAG shown only by cell shading, and a sign-off table."),
        reads=("A school's post-inspection plan: four areas for improvement, grouped under three Ofsted judgement "
               "headings, each with the inspectors' wording above a table of unnumbered actions giving lead, "
               "timescale (mostly school terms), success criteria, monitoring and a RAG colour. The version, key "
               "and sign-off tables are not actions."),
        title=title,
    )
    write_expected(fname, meta, expected)


# ---------------------------------------------------------------------------
# 6. De Montfort University - internal audit recommendations tracker (csv)
# ---------------------------------------------------------------------------
def csv_field(v):
    v = "" if v is None else str(v)
    if any(ch in v for ch in [",", "\"", "\n"]):
        return "\"" + v.replace("\"", "\"\"") + "\""
    return v


def dmu():
    fname = "zyr-de-montfort-university-internal-audit-recommendations-tracker.csv"
    title = "De Montfort University – Internal Audit Recommendations Tracker"
    ncol = 11
    rows = [
        dict(audit="Student Attendance and Engagement Monitoring", issued="Jun-25", no="1", pri="High",
             rec="Attendance data for sponsored (Student visa) students should be reviewed weekly and non-engagement escalated within the timescales in the UKVI sponsor guidance.",
             act="Implement a weekly automated non-engagement report from the attendance system to the Compliance Team, with escalation to the Head of Immigration Compliance after 10 working days.",
             lc="Head of Immigration Compliance", lead=["Head of Immigration Compliance"], orig="31/08/2025", rev="",
             rag="B", upd="Report live from 1 September 2025. Verified by internal audit in October 2025.",
             end="2025-08", status="blue"),
        dict(audit="Student Attendance and Engagement Monitoring", issued="Jun-25", no="2", pri="Medium",
             rec="Academic staff should record engagement points consistently across all programmes.",
             act="a) Issue guidance to programme leaders on recording engagement points\nb) Add engagement recording to the annual programme monitoring checklist",
             lc="PVC Education / Academic Registrar", lead=["PVC Education", "Academic Registrar"], orig="30/09/2025",
             rev="31/01/2026", rag="A",
             upd="Guidance drafted.\nChecklist change to go to Academic Board in January 2026.",
             end="2026-01", status="amber"),
        dict(audit="Cyber Security – Patch Management", issued="Mar-25", no="1", pri="High",
             rec="Critical security patches should be applied to all servers within 14 days of release, including servers managed by research faculties.",
             act="Extend automated patch deployment to all research servers and report compliance monthly to the Information Governance and Security Group.",
             lc="Director of IT & Digital", lead=["Director of IT & Digital"], orig="30/06/2025", rev="31/12/2025",
             rag="R", upd="Research server estate larger than first identified; 64% coverage at 31 October. Further slippage likely.",
             end="2025-12", status="red"),
        dict(audit="Cyber Security – Patch Management", issued="Mar-25", no="2", pri="Medium",
             rec="Systems that cannot be patched should be formally risk assessed and the residual risk accepted at an appropriate level.",
             act="Introduce a risk acceptance process for systems that cannot be patched, approved by the Chief Information Security Officer.",
             lc="Chief Information Security Officer", lead=["Chief Information Security Officer"], orig="31/12/2025",
             rev="", rag="G", upd="Process drafted and consulted on with faculty IT leads.",
             end="2025-12", status="green"),
        dict(audit="Accounts Payable", issued="Jan-25", no="3", pri="Low",
             rec="Dormant supplier records should be reviewed and deactivated on a regular basis.",
             act="Deactivate the 14 dormant supplier records identified and introduce an annual review of dormant suppliers.",
             lc="Head of Financial Operations", lead=["Head of Financial Operations"], orig="31/03/2025", rev="",
             rag="B", upd="Completed March 2025.", end="2025-03", status="blue"),
        dict(audit="Estates – Planned Preventative Maintenance", issued="Jul-25", no="1", pri="High",
             rec="The planned preventative maintenance (PPM) schedule should be complete and aligned to the statutory compliance register.",
             act="Reconcile the PPM schedule in the CAFM system to the statutory compliance register and close the gaps identified.",
             lc="Director of Estates; Head of Compliance (Estates)",
             lead=["Director of Estates", "Head of Compliance (Estates)"], orig="Dec-25", rev="", rag="G",
             upd="Reconciliation 70% complete.", end="2025-12", status="green"),
        dict(audit="Research Grants – Post-award Financial Management", issued="Sep-25", no="2", pri="Medium",
             rec="Budget holders should review expenditure against awards regularly to prevent overspends and underspends at award end.",
             act="Introduce quarterly budget monitoring meetings between Research Finance and principal investigators for awards over £250,000.",
             lc="Head of Research Finance", lead=["Head of Research Finance"], orig="28/02/2026", rev="", rag="G",
             upd="First meetings scheduled for December 2025.", end="2026-02", status="green"),
    ]

    def line(cells):
        cells = list(cells) + [""] * (ncol - len(cells))
        return ",".join(csv_field(c) for c in cells)

    lines = [line([title]),
             line(["Audit and Risk Committee – 18 November 2025. Position at 31 October 2025."]),
             line([]),
             line(["Audit", "Report issued", "Rec No", "Priority", "Recommendation", "Agreed management action",
                   "Responsible officer", "Original due date", "Revised due date", "RAG", "Progress update"])]
    expected = []
    for r in rows:
        lines.append(line([r["audit"], r["issued"], r["no"], r["pri"], r["rec"], r["act"], r["lc"], r["orig"],
                           r["rev"], r["rag"], r["upd"]]))
        expected.append(dict(ref=r["no"], under=[r["audit"], r["rec"]], action=r["act"], lead=r["lead"],
                             end=r["end"], status=r["status"]))
    lines += [line([]),
              line(["RAG: B = implemented and closed; G = on track; A = at risk of missing the due date; R = overdue"]),
              line([]),
              line(["Summary by RAG", "Number"]),
              line(["B", "2"]),
              line(["G", "3"]),
              line(["A", "1"]),
              line(["R", "1"]),
              line(["Total", "7"])]
    with open(out(fname), "w", encoding="utf-8", newline="") as fh:
        fh.write("\r\n".join(lines) + "\r\n")

    meta = dict(
        source=("Imitates a university internal audit recommendations follow-up tracker saved from Excel as CSV for "
                "an Audit and Risk Committee (2025), the kind universities keep from their internal auditors' "
                "reports (cf. Uniac's description of management actions tracked and reported in summary to the "
                "audit committee). Copied features: title and committee/position lines, one row per agreed "
                "management action with the audit name, report month, recommendation number and priority, the "
                "recommendation, the agreed action (one with a) / b) parts on two lines), responsible officer(s), "
                "original and revised due dates, a RAG letter, multi-line progress updates in quoted fields, "
                "trailing empty columns, a RAG key line and a summary-by-RAG block."),
        reads=("An audit tracker export: seven agreed management actions from five internal audit reports, each "
               "row giving the audit, the recommendation it answers, the action, the responsible officer, "
               "original and (for three) revised due dates and a RAG letter. The key line and the summary "
               "counts at the foot are not actions."),
        title=title,
    )
    write_expected(fname, meta, expected)


# ---------------------------------------------------------------------------
# 7. Soha Housing - RSH consumer standards improvement plan (tab-separated txt)
# ---------------------------------------------------------------------------
def soha():
    fname = "zyr-soha-housing-consumer-standards-improvement-plan.txt"
    title = "Soha Housing – Consumer Standards Improvement Plan 2025/26"
    rag = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    sections = [
        ("Safety and Quality Standard", [
            ("SQ1", "Stock quality (2.1.1–2.1.3)",
             "Complete the stock condition survey programme for all general needs homes not surveyed in the last five years",
             "Head of Asset Management", ["Head of Asset Management"], "March 2026", "", "G",
             "62% of homes surveyed at end of August.", "2026-03", None),
            ("SQ2", "",
             "Load stock condition data into the asset management system and reconcile it with housing management records",
             "Asset Data Manager / Head of IT", ["Asset Data Manager", "Head of IT"], "Dec 2025", "Feb 2026", "A",
             "Data cleansing taking longer than planned.", "2026-02", None),
            ("SQ3", "Health and safety (2.3.1)",
             "Introduce a monthly compliance assurance report to Board covering the big six compliance areas, with exception reporting",
             "Director of Property Services", ["Director of Property Services"], "Jul 2025", "", "B",
             "First report to Board July 2025.", "2025-07", None),
            ("SQ4", "",
             "Complete outstanding high-priority fire risk assessment remedial actions in communal blocks",
             "Building Safety Manager", ["Building Safety Manager"], "30/11/2025", "", "R",
             "37 high-priority actions overdue; second contractor mobilised in September.", "2025-11", None),
            ("SQ5", "Repairs, maintenance and planned improvements (2.4.1)",
             "Publish repairs timescales and service standards on the website and in the tenant handbook",
             "Head of Repairs", ["Head of Repairs"], "Oct 2025", "", "G",
             "Draft agreed with Tenant Panel.", "2025-10", None),
        ]),
        ("Transparency, Influence and Accountability Standard", [
            ("TIA1", "Diverse needs (1.2.1)",
             "Collect and record vulnerability and communication needs data for all tenants through tenancy audits",
             "Head of Tenancy Services", ["Head of Tenancy Services"], "Q4 2025/26", "", "A",
             "41% of households now have needs data recorded.", "2026-03", None),
            ("TIA2", "Complaints (1.5)",
             "Refresh complaints training for all customer-facing staff in line with the Housing Ombudsman's Complaint Handling Code",
             "Complaints and Insight Manager", ["Complaints and Insight Manager"], "Sep 2025", "", "B",
             "Training completed by 96% of staff.", "2025-09", None),
            ("TIA3", "",
             "Report complaints performance and learning to the Customer Committee",
             "Director of Customer Services", ["Director of Customer Services"], "Quarterly", "", "G",
             "Q1 report taken 9 September.", None, "Quarterly"),
        ]),
        ("Neighbourhood and Community Standard", [
            ("NC1", "Anti-social behaviour (3.3)",
             "Review the ASB policy with the Tenant Panel and publish how tenants can report ASB",
             "Neighbourhood Services Manager and Tenant Panel Chair",
             ["Neighbourhood Services Manager", "Tenant Panel Chair"], "31 January 2026", "", "G",
             "Tenant Panel workshop held 2 September.", "2026-01", None),
        ]),
        ("Tenancy Standard", [
            ("TS1", "Tenure (4.2)",
             "Complete a tenancy audit of every tenancy that has not had a home visit in the last five years",
             "Head of Tenancy Services", ["Head of Tenancy Services"], "Mar-26", "", "A",
             "1,120 of 2,300 audits completed.", "2026-03", None),
        ]),
    ]
    lines = [title,
             "Reported to: Board, 25 September 2025\tPlan owner: Director of Customer Services",
             "",
             "Ref\tStandard requirement\tAction\tAction owner\tOriginal target\tRevised target\tRAG\tUpdate"]
    expected = []
    for sec, rows in sections:
        lines.append(sec)
        req_cur = None
        for ref, req, act, lc, lead, orig, rev, rg, upd, end, end_text in rows:
            if req:
                req_cur = req
            lines.append("\t".join([ref, req, act, lc, orig, rev, rg, upd]))
            e = dict(ref=ref, under=[sec, req_cur], action=act, lead=lead, end=end, status=rag[rg])
            if end_text:
                e["end_text"] = end_text
            expected.append(e)
        lines.append("")
    lines += ["RAG key: B = complete, G = on track, A = at risk, R = off track",
              "Summary: B 2 | G 4 | A 3 | R 1 | Total 10"]
    with open(out(fname), "w", encoding="utf-8", newline="") as fh:
        fh.write("\n".join(lines) + "\n")

    meta = dict(
        source=("Imitates a housing association's consumer standards improvement plan reported to its Board "
                "after the Regulator of Social Housing's April 2024 consumer standards (Safety and Quality; "
                "Transparency, Influence and Accountability; Neighbourhood and Community; Tenancy), as a small "
                "association such as Soha Housing would keep it in 2025, exported from Excel as tab-separated "
                "text. Copied features: title line, board/owner line, a header row, one line per standard "
                "heading, the standard's requirement (with its paragraph numbers) given only on the first action "
                "of each group and left blank below it, action refs, owners as job titles (two in one cell), "
                "original and revised targets, NHS-style financial-year quarter, 'Quarterly', RAG letters, a key "
                "line and a summary line."),
        reads=("A consumer standards plan: ten actions grouped under four standards; within each standard the "
               "requirement is written once and applies to the rows below it until the next one. Each action has "
               "an owner, a target (two with a revised target) and a RAG letter; the key and summary lines at the "
               "foot are not actions."),
        title=title,
    )
    write_expected(fname, meta, expected)


def main():
    walsall()
    warwickshire()
    glaa()
    church_stretton()
    lacon_childe()
    dmu()
    soha()


if __name__ == "__main__":
    main()
