"""Build the seven op1- cases of set heldout436 (data files and their .expected.yaml).

Run with /work/main/.venv/bin/python op1_make.py  (writes next to this script).
Only files whose names start with op1- are written.
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

RED, AMBER, GREEN, BLUE, GREY = "FF0000", "FFC000", "00B050", "0070C0", "D9D9D9"
RAGFILL = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE, "Complete": BLUE}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def out(name):
    assert name.startswith("op1-")
    return os.path.join(HERE, name)


def fill(hexc):
    return PatternFill("solid", start_color=hexc, end_color=hexc)


def write_expected(name, case):
    """case: dict with source, reads, outcome, accept_refusal, refuse_at?, title?, actions?"""
    doc = {}
    for k in ("source", "reads", "outcome", "accept_refusal", "refuse_at", "title"):
        if k in case:
            doc[k] = case[k]
    if case["outcome"] == "read":
        acts = []
        for a in case["actions"]:
            d = {"ref": a["ref"], "under": a["under"], "action": a["action"],
                 "lead": a["lead"], "end": a["end"]}
            if a.get("end_text"):
                d["end_text"] = a["end_text"]
            d["status"] = a["status"]
            acts.append(d)
        doc["actions"] = acts
    with open(out(name) + ".expected.yaml", "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, allow_unicode=True, sort_keys=False, width=100000)


def set_widths(ws, widths):
    for col, w in widths.items():
        ws.column_dimensions[col].width = w


# ---------------------------------------------------------------------------
# 1. NHS Dumfries and Galloway - internal audit recommendations follow-up tracker (xlsx)
# ---------------------------------------------------------------------------
def make_dg():
    name = "op1-nhs-dumfries-and-galloway-internal-audit-recommendations-tracker.xlsx"
    title = "NHS Dumfries and Galloway – Internal Audit Recommendations Follow-Up Tracker"
    D = dt.datetime
    reports = [
        ("B03/25 – Waiting Times Management – Reasonable Assurance", [
            ("Validation of inpatient and day case waiting lists is not being undertaken consistently across specialties.",
             "Medium", [
                 ("1.1", "Introduce a rolling programme of administrative validation for all specialties, with monthly reporting of validated lists to the Planned Care Programme Board.",
                  "Waiting Times Manager", ["Waiting Times Manager"], D(2025, 9, 30), D(2026, 1, 31), "B", "2026-01",
                  "Validation programme in place from January 2026; first report to Programme Board 27/01/2026. Evidence provided to Internal Audit."),
                 ("1.2", "Refresh the Waiting Times Standard Operating Procedure to reflect the national Waiting Times Guidance and circulate to all booking teams.",
                  "Head of Access / Waiting Times Manager", ["Head of Access", "Waiting Times Manager"], D(2026, 3, 31), None, "G", "2026-03",
                  "Draft SOP with Planned Care SMT for comment."),
             ]),
            ("Periods of patient unavailability were not always supported by documented evidence of patient contact.",
             "Low", [
                 ("2.1", "Spot-check 20 records each quarter for evidence of patient-initiated unavailability and report exceptions to the Access Board.",
                  "Patient Services Manager", ["Patient Services Manager"], D(2026, 6, 30), None, "G", "2026-06",
                  "First quarterly sample scheduled for April 2026."),
             ]),
        ]),
        ("B07/25 – Medical Staffing Rota Management – Limited Assurance", [
            ("Locum bookings were made without an approved rota gap request in 6 of the 25 cases tested.",
             "High", [
                 ("1.1", "All locum requests to be processed through the Bank and Locum module, with no booking made without an approved gap request.\nCompliance to be reported monthly to the Workforce Directorate SMT.",
                  "Medical Staffing Manager", ["Medical Staffing Manager"], D(2025, 10, 31), D(2026, 3, 31), "A", "2026-03",
                  "Module live in Acute; Mental Health and Women & Children to follow. Revised date agreed by Director of Workforce."),
                 ("1.2", "Issue a reminder to all Clinical Directors on the locum approval limits set out in the Scheme of Delegation.",
                  "Deputy Medical Director (Acute)", ["Deputy Medical Director (Acute)"], D(2025, 8, 31), None, "B", "2025-08",
                  "Reminder issued 14/08/2025."),
             ]),
            ("Job plans were not in place for 14% of consultants at the time of the audit.",
             "Medium", [
                 ("2.1", "Complete outstanding consultant job plans using the electronic job planning system and sign off through the consistency panel.",
                  "Associate Medical Directors", ["Associate Medical Directors"], D(2025, 12, 31), D(2026, 6, 30), "A", "2026-06",
                  "91% of job plans signed off at 31/01/2026."),
                 ("2.2", "Report job planning compliance by directorate to the Staff Governance Committee twice yearly.",
                  "Deputy Director of Workforce", ["Deputy Director of Workforce"], D(2025, 11, 30), None, "R", "2025-11",
                  "Not yet reported - Staff Governance Committee agenda for November was deferred."),
             ]),
        ]),
        ("B11/25 – Cyber Security (NIS Regulations) – Reasonable Assurance", [
            ("Unsupported operating systems remain on a small number of clinical devices.",
             "Medium", [
                 ("1.1", "Complete replacement or network isolation of the remaining Windows 10 devices in Imaging and Laboratories.",
                  "Head of eHealth Infrastructure", ["Head of eHealth Infrastructure"], D(2025, 12, 31), "31/03/2026", "A", "2026-03",
                  "17 devices remain; supplier upgrade for two analysers awaited."),
                 ("1.2", "Record the residual risk on the eHealth risk register, with compensating controls approved by the Senior Information Risk Owner.",
                  "Information Security Manager; eHealth Risk Lead", ["Information Security Manager", "eHealth Risk Lead"], D(2025, 10, 31), None, "B", "2025-10",
                  "Risk 1187 added and approved by SIRO 22/10/2025."),
             ]),
        ]),
    ]

    wb = Workbook()
    # Summary sheet
    ss = wb.active
    ss.title = "Summary"
    ss["A1"] = title
    ss["A1"].font = Font(bold=True, size=14)
    ss["A2"] = "Audit and Risk Committee – 9 March 2026 (position at 20 February 2026)"
    ss["A4"] = "Summary of agreed management actions by status and grade"
    ss["A4"].font = Font(bold=True)
    hdr = ["Status", "High", "Medium", "Low", "Total"]
    for i, h in enumerate(hdr):
        c = ss.cell(row=5, column=1 + i, value=h)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        c.border = BOX
    counts = {"B": {"High": 0, "Medium": 0, "Low": 0}, "G": {"High": 0, "Medium": 0, "Low": 0},
              "A": {"High": 0, "Medium": 0, "Low": 0}, "R": {"High": 0, "Medium": 0, "Low": 0}}
    for _, findings in reports:
        for _, grade, acts in findings:
            for a in acts:
                counts[a[6]][grade] += 1
    labels = {"B": "Complete", "G": "On track", "A": "Revised date agreed", "R": "Overdue"}
    r = 6
    for k in ("B", "G", "A", "R"):
        ss.cell(row=r, column=1, value=labels[k]).fill = fill(RAGFILL[k])
        for j, g in enumerate(("High", "Medium", "Low")):
            ss.cell(row=r, column=2 + j, value=counts[k][g])
        ss.cell(row=r, column=5, value=sum(counts[k].values()))
        for col in range(1, 6):
            ss.cell(row=r, column=col).border = BOX
        r += 1
    ss.cell(row=r, column=1, value="Total").font = Font(bold=True)
    for j, g in enumerate(("High", "Medium", "Low")):
        ss.cell(row=r, column=2 + j, value=sum(counts[k][g] for k in counts))
    ss.cell(row=r, column=5, value=sum(sum(v.values()) for v in counts.values()))
    for col in range(1, 6):
        ss.cell(row=r, column=col).border = BOX
        ss.cell(row=r, column=col).font = Font(bold=True)
    ss.cell(row=r + 2, column=1, value="Source: Internal Audit follow-up testing, February 2026. Detail on the 'Tracker' sheet.")
    set_widths(ss, {"A": 26, "B": 10, "C": 10, "D": 10, "E": 10})

    ws = wb.create_sheet("Tracker")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Audit and Risk Committee – 9 March 2026 (position at 20 February 2026)"
    heads = ["Ref", "Finding", "Grade", "Agreed management action", "Responsible officer",
             "Original due date", "Revised due date", "RAG", "Management update (February 2026)"]
    for i, h in enumerate(heads):
        c = ws.cell(row=4, column=1 + i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F4E79")
        c.alignment = WRAP
        c.border = BOX
    row = 5
    expected = []
    for rep, findings in reports:
        ws.cell(row=row, column=1, value=rep).font = Font(bold=True)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=9)
        ws.cell(row=row, column=1).fill = fill(GREY)
        row += 1
        for finding, grade, acts in findings:
            first = row
            for (ref, text, lead_txt, lead, orig, rev, rag, end, upd) in acts:
                ws.cell(row=row, column=1, value=ref)
                ws.cell(row=row, column=4, value=text)
                ws.cell(row=row, column=5, value=lead_txt)
                c = ws.cell(row=row, column=6, value=orig)
                c.number_format = "dd/mm/yyyy"
                if rev is not None:
                    c = ws.cell(row=row, column=7, value=rev)
                    if isinstance(rev, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                c = ws.cell(row=row, column=8, value=rag)
                c.fill = fill(RAGFILL[rag])
                c.alignment = Alignment(horizontal="center", vertical="top")
                ws.cell(row=row, column=9, value=upd)
                for col in range(1, 10):
                    ws.cell(row=row, column=col).border = BOX
                    if col != 8:
                        ws.cell(row=row, column=col).alignment = WRAP
                expected.append({"ref": ref, "under": [rep, finding], "action": text, "lead": lead,
                                 "end": end, "status": {"B": "blue", "G": "green", "A": "amber", "R": "red"}[rag]})
                row += 1
            ws.cell(row=first, column=2, value=finding)
            ws.cell(row=first, column=3, value=grade)
            if row - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=row - 1, end_column=2)
                ws.merge_cells(start_row=first, start_column=3, end_row=row - 1, end_column=3)
            ws.cell(row=first, column=2).alignment = WRAP
            ws.cell(row=first, column=3).alignment = WRAP
    row += 1
    ws.cell(row=row, column=1, value="RAG key").font = Font(bold=True)
    for k, txt in (("B", "Complete – evidence of implementation verified by Internal Audit"),
                   ("G", "On track – action expected to be implemented by the agreed date"),
                   ("A", "Revised date agreed – original date missed, revised date approved by the Director"),
                   ("R", "Overdue – agreed date passed and no revised date approved")):
        row += 1
        c = ws.cell(row=row, column=1, value=k)
        c.fill = fill(RAGFILL[k])
        ws.cell(row=row, column=2, value=txt)
    row += 2
    ws.cell(row=row, column=1, value="Note: actions rated B are removed from the tracker once they have been reported to the Committee.")
    set_widths(ws, {"A": 8, "B": 34, "C": 9, "D": 52, "E": 26, "F": 12, "G": 12, "H": 6, "I": 44})
    ws.freeze_panes = "A5"
    wb.save(out(name))

    write_expected(name, {
        "source": "Imitates an NHS Scotland board's internal audit follow-up report to its Audit and Risk Committee "
                  "(NHS Dumfries and Galloway, 2025-26 audit year; no single published file copied). Copied features: "
                  "a Summary sheet counting actions by status and grade, a Tracker sheet with a grey band row per audit "
                  "report (report number, title, assurance level), the finding and its grade merged down over its "
                  "management actions, original and revised due dates (real dates, one revised date typed as text), "
                  "a lettered RAG column with fill colours, a management update column and a RAG key and note below.",
        "reads": "Two sheets: a summary of counts (not actions) and the tracker. The tracker lists nine agreed "
                 "management actions under three internal audit reports, each under its finding; the status is the "
                 "RAG letter (B = complete) and the end is the revised due date where one is given.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 2. Welsh Ambulance Services University NHS Trust - corporate risk register (xlsx)
# ---------------------------------------------------------------------------
def make_wast():
    name = "op1-welsh-ambulance-services-corporate-risk-register-2025-26.xlsx"
    title = "Welsh Ambulance Services University NHS Trust – Corporate Risk Register 2025/26"
    risks = [
        ("223 – Inability to reach patients in the community, causing harm and death", "Director of Operations", 25, 25, 15, [
            ("223.1", "Deliver the 2025/26 EMS roster review, aligning relief and core rosters to modelled demand.",
             "Head of Service Delivery", ["Head of Service Delivery"], "Mar-26", "", GREEN, "2026-03", None, "green"),
            ("223.2", "Expand the Clinical Safety Plan escalation triggers to include real-time hear and treat capacity in the Clinical Contact Centre.",
             "Assistant Director of Operations (Clinical Contact Centre)", ["Assistant Director of Operations (Clinical Contact Centre)"],
             "Dec-25", "Feb-26", AMBER, "2026-02", None, "amber"),
            ("223.3", "Recruit an additional 100 WTE frontline staff funded through the 2025/26 commissioning intentions.",
             "Director of Workforce & OD / Director of Operations", ["Director of Workforce & OD", "Director of Operations"],
             "Q4 2025/26", "", GREEN, "2026-03", None, "green"),
        ]),
        ("224 – Significant handover delays outside emergency departments impacting on patient safety and access to definitive care", "Director of Operations", 25, 25, 16, [
            ("224.1", "Agree handover improvement trajectories with each health board through the Joint Commissioning Committee.",
             "Chief Executive", ["Chief Executive"], "Sep-25", "", BLUE, "2025-09", None, "blue"),
            ("224.2", "Implement the 45-minute 'release to respond' protocol in all emergency departments, with compliance reported weekly.",
             "Director of Operations", ["Director of Operations"], "Ongoing", "", AMBER, None, "Ongoing", "amber"),
            ("224.3", "Review harm from handover delays through the Patient Safety Learning Group and report themes to the Quality, Patient Experience and Safety Committee.",
             "Medical Director; Executive Director of Quality and Nursing", ["Medical Director", "Executive Director of Quality and Nursing"],
             "Quarterly", "", GREEN, None, "Quarterly", "green"),
        ]),
        ("160 – High sickness absence impacting on staff wellbeing and the Trust's ability to provide safe care", "Director of Workforce & OD", 20, 16, 12, [
            ("160.1", "Roll out training on the revised Managing Attendance at Work policy to all line managers.",
             "Assistant Director of People Services", ["Assistant Director of People Services"], "Jan-26", "Apr-26", AMBER, "2026-04", None, "amber"),
            ("160.2", "Extend the Occupational Health fast-track physiotherapy pathway to all regions.",
             "Head of Health and Wellbeing", ["Head of Health and Wellbeing"], dt.datetime(2026, 3, 31), "", RED, "2026-03", None, "red"),
        ]),
        ("260 – Cyber attack resulting in loss of critical systems, including Computer Aided Dispatch", "Director of Digital", 16, 16, 8, [
            ("260.1", "Complete the Cyber Assessment Framework self-assessment and submit it to the Cyber Resilience Unit.",
             "Head of Digital Services", ["Head of Digital Services"], "Nov-25", "", BLUE, "2025-11", None, "blue"),
            ("260.2", "Run a desktop business continuity exercise simulating loss of the Computer Aided Dispatch system.",
             "Head of Resilience / Head of Digital Services", ["Head of Resilience", "Head of Digital Services"], "Feb-26", "", GREEN, "2026-02", None, "green"),
        ]),
    ]

    def scorefill(s):
        return RED if s >= 15 else AMBER if s >= 8 else GREEN

    wb = Workbook()
    ss = wb.active
    ss.title = "Summary"
    ss["A1"] = title
    ss["A1"].font = Font(bold=True, size=14)
    ss["A2"] = "Audit Committee – 4 December 2025"
    ss["A3"] = "Corporate risks scoring 15 and above (or with a change in score since the last report)"
    heads = ["Risk ID", "Risk title", "Executive owner", "Previous score", "Current score", "Target score", "Trend"]
    for i, h in enumerate(heads):
        c = ss.cell(row=5, column=1 + i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("00573F")
        c.border = BOX
    r = 6
    for (rt, owner, prev, cur, tgt, _acts) in risks:
        rid, rtitle = rt.split(" – ", 1)
        vals = [int(rid), rtitle, owner, prev, cur, tgt, "↔" if prev == cur else "↓"]
        for i, v in enumerate(vals):
            c = ss.cell(row=r, column=1 + i, value=v)
            c.border = BOX
            c.alignment = WRAP
        ss.cell(row=r, column=5).fill = fill(scorefill(cur))
        r += 1
    ss.cell(row=r + 1, column=1, value="Scores are likelihood x consequence (5 x 5 matrix). Detail and further actions on the 'Risk Detail' sheet.")
    set_widths(ss, {"A": 8, "B": 60, "C": 26, "D": 10, "E": 10, "F": 10, "G": 8})

    ws = wb.create_sheet("Risk Detail")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Further actions to reduce risk to target score – progress at November 2025"
    heads = ["Risk ID and title", "Executive owner", "Current score", "Target score", "Action ref",
             "Further actions required", "Action lead", "Target date", "Revised target date", "Progress"]
    for i, h in enumerate(heads):
        c = ws.cell(row=4, column=1 + i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("00573F")
        c.alignment = WRAP
        c.border = BOX
    row = 5
    expected = []
    for (rt, owner, prev, cur, tgt, acts) in risks:
        first = row
        for (ref, text, lead_txt, lead, tdate, rdate, pfill, end, end_text, status) in acts:
            ws.cell(row=row, column=5, value=ref)
            ws.cell(row=row, column=6, value=text)
            ws.cell(row=row, column=7, value=lead_txt)
            c = ws.cell(row=row, column=8, value=tdate)
            if isinstance(tdate, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if rdate:
                ws.cell(row=row, column=9, value=rdate)
            ws.cell(row=row, column=10).fill = fill(pfill)
            for col in range(1, 11):
                ws.cell(row=row, column=col).border = BOX
                ws.cell(row=row, column=col).alignment = WRAP
            e = {"ref": ref, "under": [rt], "action": text, "lead": lead, "end": end, "status": status}
            if end_text:
                e["end_text"] = end_text
            expected.append(e)
            row += 1
        ws.cell(row=first, column=1, value=rt).font = Font(bold=True)
        ws.cell(row=first, column=2, value=owner)
        ws.cell(row=first, column=3, value=cur).fill = fill(scorefill(cur))
        ws.cell(row=first, column=4, value=tgt).fill = fill(scorefill(tgt))
        for col in range(1, 5):
            ws.merge_cells(start_row=first, start_column=col, end_row=row - 1, end_column=col)
            ws.cell(row=first, column=col).alignment = WRAP
    row += 1
    ws.cell(row=row, column=1, value="Progress key (fill colour)").font = Font(bold=True)
    for hexc, txt in ((BLUE, "Complete"), (GREEN, "On track"), (AMBER, "At risk / revised date"), (RED, "Off track")):
        row += 1
        ws.cell(row=row, column=1).fill = fill(hexc)
        ws.cell(row=row, column=2, value=txt)
    set_widths(ws, {"A": 36, "B": 20, "C": 9, "D": 9, "E": 8, "F": 50, "G": 28, "H": 12, "I": 12, "J": 10})
    wb.save(out(name))

    write_expected(name, {
        "source": "Imitates the Welsh Ambulance Services University NHS Trust Corporate Risk Register as reported to its "
                  "Audit Committee and Board (2025/26; risks 223, 224, 160 and 260 are the Trust's long-running "
                  "principal risks). Copied features: a summary sheet of risks with previous/current/target scores and "
                  "trend arrows, a detail sheet where the risk ID and title, executive owner and scores are merged down "
                  "over the risk's further actions, action refs 223.1 etc., target and revised target dates in "
                  "'Mar-26' / 'Q4 2025/26' style, words such as Ongoing and Quarterly, and a progress column that is "
                  "only a fill colour, explained by a key beneath.",
        "reads": "The summary sheet only lists risks and scores. On the Risk Detail sheet a person reads ten further "
                 "actions, each under its risk (merged cell), with the progress colour as status (blue = complete per "
                 "the key) and the revised target date where one is given.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 3. Mid Ulster District Council - PIP 2025-26 Q2 progress (xlsx) - REFUSE (typo month)
# ---------------------------------------------------------------------------
def make_mid_ulster():
    name = "op1-mid-ulster-dc-performance-improvement-plan-2025-26-typo-month-refuse.xlsx"
    title = "Mid Ulster District Council – Performance Improvement Plan 2025-26: Quarter 2 Progress Report"
    objectives = [
        ("Improvement Objective One: Enhance the experience of our customers by working to embed a culture which puts them at the centre of how services are offered and accessed", [
            ("1.1", "Develop and launch a Customer Service Charter with published service standards for all front-facing services.", "Head of Democratic Services", "Oct 2025", "Charter approved by Council in September and published on the website.", "Complete"),
            ("1.2", "Introduce a single customer relationship management (CRM) platform for enquiries received by telephone, email and web.", "Head of ICT", "Q4 2025-26", "Supplier appointed; configuration under way.", "G"),
            ("1.3", "Deliver customer care training to all frontline staff.", "Head of HR / Customer Services Manager", "Mar 2026", "112 of 240 staff trained; further sessions being scheduled.", "A"),
        ]),
        ("Improvement Objective Two: Provide diverse opportunities for children and young people to access inclusive and engaging activities that promote skills development, physical health and well-being", [
            ("2.1", "Deliver a summer programme of free sport and arts activities across the district's leisure centres.", "Head of Leisure", "Aug 2025", "2,310 attendances over six weeks.", "Complete"),
            ("2.2", "Establish a Youth Voice panel to co-design council programmes for 11-18 year olds.", "Head of Community Development", "Febuary 2026", "Recruitment through schools and youth clubs in October.", "G"),
            ("2.3", "Increase the number of children taking part in Council-run swimming lessons by 10%.", "Head of Leisure", "Mar 2026", "Up 4% on the same period last year.", "A"),
        ]),
        ("Improvement Objective Three: Achieve a reduction in Council's carbon emissions through implementation of our Sustainability Strategy and Climate Action Plan", [
            ("3.1", "Install solar PV at Greenvale Leisure Centre and Dungannon Leisure Centre.", "Head of Property Services", "Jan 2026", "Grid connection offer delayed by NIE Networks.", "R"),
            ("3.2", "Replace 20 fleet vehicles with electric or HVO-fuelled alternatives.", "Fleet Manager", "Mar 2026", "9 vehicles replaced to date.", "G"),
            ("3.3", "Publish the annual carbon emissions report for 2024-25.", "Climate Change Officer", "Nov 2025", "Data collation complete; report drafted.", "G"),
        ]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "PIP 2025-26 Q2"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Reporting period: 1 April – 30 September 2025"
    ws["A3"] = "Presented to Policy & Resources Committee, November 2025"
    heads = ["Ref", "Actions we will take", "Lead Officer", "Timescale", "Q2 Progress", "Status"]
    for i, h in enumerate(heads):
        c = ws.cell(row=5, column=1 + i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        c.border = BOX
    row = 6
    typo_row = None
    for obj, acts in objectives:
        ws.cell(row=row, column=1, value=obj).font = Font(bold=True)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=6)
        ws.cell(row=row, column=1).fill = fill("E4DFEC")
        ws.cell(row=row, column=1).alignment = WRAP
        ws.row_dimensions[row].height = 32
        row += 1
        for ref, text, lead, ts, prog, st in acts:
            for i, v in enumerate((ref, text, lead, ts, prog, st)):
                c = ws.cell(row=row, column=1 + i, value=v)
                c.border = BOX
                c.alignment = WRAP
            ws.cell(row=row, column=6).fill = fill(RAGFILL[st])
            if ts == "Febuary 2026":
                typo_row = row
            row += 1
    row += 1
    ws.cell(row=row, column=1, value="Status key: Complete = action delivered; G = on track; A = some slippage, expected to complete by year end; R = significant slippage / at risk")
    set_widths(ws, {"A": 6, "B": 60, "C": 30, "D": 14, "E": 44, "F": 10})

    sm = wb.create_sheet("Summary")
    sm["A1"] = title
    sm["A1"].font = Font(bold=True, size=14)
    sm["A3"] = "Status"
    sm["B3"] = "Number of actions"
    for c in ("A3", "B3"):
        sm[c].font = Font(bold=True)
    tallies = {}
    for _, acts in objectives:
        for a in acts:
            tallies[a[5]] = tallies.get(a[5], 0) + 1
    r = 4
    for k in ("Complete", "G", "A", "R"):
        sm.cell(row=r, column=1, value=k).fill = fill(RAGFILL[k])
        sm.cell(row=r, column=2, value=tallies.get(k, 0))
        r += 1
    sm.cell(row=r, column=1, value="Total").font = Font(bold=True)
    sm.cell(row=r, column=2, value=sum(tallies.values())).font = Font(bold=True)
    wb.save(out(name))
    assert typo_row == 12, typo_row

    write_expected(name, {
        "source": "Imitates a Northern Ireland council's Performance Improvement Plan quarterly progress report under "
                  "Part 12 of the Local Government Act (NI) 2014 (Mid Ulster District Council, 2025-26; its three "
                  "improvement objectives for 2025-26 on customers, children and young people, and carbon emissions). "
                  "Copied features: title and committee lines, a shaded merged band per improvement objective, "
                  "numbered actions with lead officer, timescale, Q2 progress text and a status column with fill "
                  "colours, a status key line and a summary sheet of counts.",
        "reads": "Nine actions under three improvement objectives on the first sheet. Action 2.2 on sheet row 12 "
                 "has the timescale 'Febuary 2026', a mistyped month; a careful reader stops and asks rather than "
                 "guess the month.",
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_row,
        "title": title,
    })


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hexc):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexc)
    tcPr.append(shd)


def bold_cell(cell, text, hexc=None):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True
    if hexc:
        shade(cell, hexc)


# ---------------------------------------------------------------------------
# 4. Ysgol Bro Gwaun - Estyn post-inspection action plan (docx)
# ---------------------------------------------------------------------------
def make_bro_gwaun():
    name = "op1-ysgol-bro-gwaun-estyn-post-inspection-action-plan.docx"
    title = "Ysgol Bro Gwaun – Post-Inspection Action Plan 2025–26"
    recs = [
        ("R1: Strengthen self-evaluation and improvement planning so that leaders focus precisely on the impact of teaching on pupils’ progress", [
            ("1.1", "Revise the school’s self-evaluation calendar so that lesson observations, book scrutiny and learner voice are triangulated each half term.",
             "Mrs S. Griffiths (Deputy Headteacher)", ["Mrs S. Griffiths (Deputy Headteacher)"], "By October half-term 2025", "2025-10", None,
             "Middle leaders and SLT can show how findings from each activity lead to agreed next steps.", "G", "green"),
            ("1.2", "Train middle leaders to evaluate the impact of teaching on pupils’ progress, rather than compliance with policy.",
             "Headteacher / LA School Improvement Adviser", ["Headteacher", "LA School Improvement Adviser"], "Autumn term 2025", "2025-12", None,
             "Faculty self-evaluation reports identify strengths and shortcomings in pupils’ learning accurately.", "A", "amber"),
            ("1.3", "Align the School Development Plan 2025–26 with the PIAP and report progress to the Standards Committee each term.",
             "Headteacher and Chair of Governors", ["Headteacher", "Chair of Governors"], "September 2025 – July 2026", "2026-07", None,
             "Governors receive termly evaluative reports and challenge progress against milestones.", "G", "green"),
        ], "Monitoring: termly review by the Standards Committee of the governing body; LA link officer visit each half term."),
        ("R2: Improve attendance, particularly of pupils eligible for free school meals", [
            ("2.1", "Appoint an attendance and engagement officer to lead first-day response calls and home visits.",
             "Business Manager", ["Business Manager"], "Summer term 2025", "2025-07", None,
             "Officer in post from September 2025.", "B", "blue"),
            ("2.2", "Hold fortnightly attendance review meetings for each year group with the Education Welfare Officer.",
             "AHT (Wellbeing) / Heads of Year", ["AHT (Wellbeing)", "Heads of Year"], "Ongoing", None, "Ongoing",
             "Persistent absence falls each term; action recorded for every pupil below 90%.", "G", "green"),
            ("2.3", "Use the Pupil Development Grant to extend the family engagement programme to pupils eligible for free school meals whose attendance is below 90%.",
             "AHT (Wellbeing)", ["AHT (Wellbeing)"], "Spring term 2026", "2026-03", None,
             "Gap between eFSM and non-eFSM attendance narrows by 2 percentage points.", "A", "amber"),
        ], "Monitoring: attendance data reported to the full governing body each half term; Pembrokeshire Education Welfare Service termly review."),
        ("R3: Develop pupils’ Welsh oracy skills across the curriculum", [
            ("3.1", "Plan regular opportunities for pupils to speak Welsh in form time and across subjects, using the Siarter Iaith framework.",
             "Head of Welsh", ["Head of Welsh"], "Autumn term 2025", "2025-12", None,
             "Learning walks show more pupils using Welsh confidently outside Welsh lessons.", "G", "green"),
            ("3.2", "Provide professional learning for all staff on incidental Welsh and agree a whole-school language continuum.",
             "Welsh Language Co-ordinator", ["Welsh Language Co-ordinator"], "Spring term 2026", "2026-03", None,
             "All staff use incidental Welsh consistently in lessons and around the school.", "R", "red"),
        ], "Monitoring: Welsh Language Co-ordinator reports to SLT each half term; pupil voice survey in the summer term."),
    ]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_paragraph(title, style="Title")
    p = doc.add_paragraph("Estyn core inspection: 10–13 March 2025. Prepared by the headteacher and governing body "
                          "with Pembrokeshire County Council, in response to the recommendations in the inspection report.")
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate((("Date of inspection", "10–13 March 2025"),
                                ("Approved by governing body", "22 May 2025"),
                                ("Submitted to Estyn", "2 June 2025"),
                                ("Progress review (RAG)", "July 2025"))):
        bold_cell(t.cell(i, 0), k, "DEEAF6")
        t.cell(i, 1).text = v
    doc.add_paragraph("")
    doc.add_paragraph("RAG key: B – action complete; G – on track; A – some slippage; R – significant concern.")
    expected = []
    for rec, acts, mon in recs:
        doc.add_heading(rec, level=2)
        tb = doc.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        for i, h in enumerate(("Ref", "Action", "Lead person(s)", "Timescale", "Success criteria", "RAG")):
            bold_cell(tb.rows[0].cells[i], h, "BDD7EE")
        for (ref, text, lead_txt, lead, ts, end, end_text, sc, rag, status) in acts:
            cells = tb.add_row().cells
            for i, v in enumerate((ref, text, lead_txt, ts, sc, rag)):
                cells[i].text = v
            shade(cells[5], RAGFILL[rag])
            e = {"ref": ref, "under": [rec], "action": text, "lead": lead, "end": end, "status": status}
            if end_text:
                e["end_text"] = end_text
            expected.append(e)
        last = tb.add_row().cells
        m = last[0].merge(last[5])
        m.text = mon
        doc.add_paragraph("")
    doc.add_paragraph("Signed: Chair of Governors …………………………    Headteacher …………………………")
    doc.save(out(name))

    write_expected(name, {
        "source": "Imitates a Welsh secondary school's post-inspection action plan (PIAP) drawn up with the local "
                  "authority after an Estyn core inspection (Ysgol Bro Gwaun, Pembrokeshire, 2025-26). Copied "
                  "features: title, an inspection details table, a RAG key paragraph, a heading per Estyn "
                  "recommendation (R1–R3) followed by its own action table (Ref, Action, Lead person(s), Timescale, "
                  "Success criteria, RAG) ending in a merged monitoring row, school-term timescales, and a signature line.",
        "reads": "Eight actions in three tables, one per recommendation; the first table is document details only. "
                 "Each action is read under the recommendation heading above its table, with term timescales "
                 "ending in the term's last month (Spring term 2026 -> March, when the Easter holiday starts) and "
                 "the RAG letter as status (B = complete).",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 5. St Columba's Hospice Care - HIS inspection improvement action plan (docx)
# ---------------------------------------------------------------------------
def make_st_columbas():
    name = "op1-st-columbas-hospice-care-his-inspection-improvement-action-plan.docx"
    title = "Improvement Action Plan – St Columba’s Hospice Care"
    domains = [
        ("Domain 5 – Planning for quality", [
            ("Requirement 1: The provider must ensure that all staff complete mandatory training in line with the service’s training policy, including fire safety and moving and handling (see page 18).", [
                ("Mandatory training compliance report to be run monthly from the learning management system and shared with each team leader.",
                 "January 2025", "31 March 2025", "Education Lead / HR Manager", ["Education Lead", "HR Manager"], "2025-03", None),
                ("Additional fire safety and moving and handling sessions scheduled, including weekend and night shift sessions for inpatient unit staff.",
                 "February 2025", "End of April 2025", "Education Lead", ["Education Lead"], "2025-04", None),
            ]),
            ("Recommendation a: The service should ensure that its quality improvement plan is regularly reviewed and updated to show progress against identified actions (see page 19).", [
                ("Quality improvement plan to be a standing item at the monthly Clinical Governance Group, with the action log updated after each meeting.",
                 "January 2025", "Ongoing", "Director of Clinical Services", ["Director of Clinical Services"], None, "Ongoing"),
            ]),
        ]),
        ("Domain 7 – Quality control", [
            ("Requirement 2: The provider must ensure that controlled drug registers are completed accurately, including running balances, in line with current legislation (see page 24).", [
                ("Weekly controlled drug balance checks introduced, carried out by two registered nurses and recorded in the register.",
                 "November 2024", "December 2024", "Senior Charge Nurse (Inpatient Unit)", ["Senior Charge Nurse (Inpatient Unit)"], "2024-12", None),
                ("Quarterly controlled drug audit to be completed and findings reported to the Medicines Management Group.",
                 "January 2025", "March 2025", "Lead Pharmacist", ["Lead Pharmacist"], "2025-03", None),
            ]),
            ("Recommendation b: The service should ensure that patient care records consistently document anticipatory care planning discussions (see page 25).", [
                ("Anticipatory care planning prompt added to the electronic patient record admission template.",
                 "February 2025", "May 2025", "Clinical Systems Lead", ["Clinical Systems Lead"], "2025-05", None),
                ("Monthly audit of 10 patient care records to check completion of anticipatory care plans, with results shared at team huddles.",
                 "June 2025", "September 2025", "Practice Development Lead and Senior Charge Nurses", ["Practice Development Lead", "Senior Charge Nurses"], "2025-09", None),
            ]),
        ]),
    ]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_paragraph(title, style="Title")
    info = doc.add_table(rows=6, cols=2)
    info.style = "Table Grid"
    for i, (k, v) in enumerate((("Service name", "St Columba’s Hospice Care"),
                                ("Service provider", "St Columba’s Hospice"),
                                ("Address", "15 Boswall Road, Edinburgh EH5 3RW"),
                                ("Date of inspection", "15 and 16 October 2024"),
                                ("Report published", "12 December 2024"),
                                ("Action plan submitted", "17 January 2025"))):
        bold_cell(info.cell(i, 0), k, "E2EFD9")
        info.cell(i, 1).text = v
    doc.add_paragraph("")
    doc.add_paragraph("Please complete the action plan below for each requirement and recommendation in the "
                      "inspection report. Healthcare Improvement Scotland will follow up progress at the next inspection.")
    tb = doc.add_table(rows=1, cols=4)
    tb.style = "Table Grid"
    for i, h in enumerate(("Action planned", "Timescale – start", "Timescale – complete", "Responsible person")):
        bold_cell(tb.rows[0].cells[i], h, "A8D08D")
    expected = []
    for dom, items in domains:
        r = tb.add_row().cells
        m = r[0].merge(r[3])
        bold_cell(m, dom, "548235")
        for req, acts in items:
            r = tb.add_row().cells
            m = r[0].merge(r[3])
            bold_cell(m, req, "E2EFD9")
            for (text, start, comp, lead_txt, lead, end, end_text) in acts:
                c = tb.add_row().cells
                for i, v in enumerate((text, start, comp, lead_txt)):
                    c[i].text = v
                e = {"ref": None, "under": [dom, req], "action": text, "lead": lead, "end": end, "status": "unrated"}
                if end_text:
                    e["end_text"] = end_text
                expected.append(e)
    doc.add_paragraph("")
    doc.add_paragraph("Completed by:")
    s = doc.add_table(rows=2, cols=4)
    s.style = "Table Grid"
    for i, h in enumerate(("Name", "Designation", "Signature", "Date")):
        bold_cell(s.cell(0, i), h)
    for i, v in enumerate(("A. Fraser", "Director of Clinical Services", "A Fraser", "17/01/2025")):
        s.cell(1, i).text = v
    doc.save(out(name))

    write_expected(name, {
        "source": "Imitates the improvement action plan an independent hospice returns to Healthcare Improvement "
                  "Scotland after an inspection (St Columba’s Hospice Care, Edinburgh, 2024-25; HIS independent "
                  "healthcare template). Copied features: service details table, instruction paragraph, one plan "
                  "table with green merged rows for quality framework domains and pale merged rows for each "
                  "requirement/recommendation (with report page references), then actions with Timescale – start, "
                  "Timescale – complete and Responsible person, and a sign-off table.",
        "reads": "Seven planned actions, with no refs and no status column, each under its domain and the "
                 "requirement or recommendation above it; the end is the 'Timescale – complete' month. The service "
                 "details and sign-off tables are not the plan.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 6. Lisburn & Castlereagh City Council - Governance and Audit Committee action log (csv)
# ---------------------------------------------------------------------------
def make_lisburn():
    name = "op1-lisburn-castlereagh-ccc-governance-audit-committee-action-log.csv"
    title = "Lisburn & Castlereagh City Council – Governance and Audit Committee Action Log"
    meetings = [
        ("Meeting of 10 June 2025", [
            ("GA25-01", "5.1", "Provide members with a breakdown of the NIAO Report to those Charged with Governance findings, with the agreed management responses.",
             "Head of Finance", ["Head of Finance"], "30/09/2025", "", "B", "2025-09", None, "Circulated to members on 12 September 2025."),
            ("GA25-02", "7.3", "Arrange a members' workshop on the revised Risk Management Strategy before it is presented for approval.",
             "Corporate Risk Manager", ["Corporate Risk Manager"], "Next meeting", "", "B", None, "Next meeting", "Workshop held 2 September 2025."),
        ]),
        ("Meeting of 9 September 2025", [
            ("GA25-03", "4.1", "Bring forward a revised timetable for the 2025/26 internal audit plan, taking account of vacancies in the Internal Audit team.",
             "Head of Internal Audit", ["Head of Internal Audit"], "09/12/2025", "", "B", "2025-12", None, "Revised plan approved at December meeting."),
            ("GA25-04", "6.2", "Review access rights to the finance system for leavers and movers and report the outcome to the Committee.",
             "Head of ICT / Head of Finance", ["Head of ICT", "Head of Finance"], "31/12/2025", "31/03/2026", "A", "2026-03", None,
             "Review of 640 user accounts under way; 38 accounts disabled so far."),
            ("GA25-05", "8.1", "Update the Fraud Response Plan to reflect the 'failure to prevent fraud' offence in the Economic Crime and Corporate Transparency Act 2023.",
             "Head of Governance", ["Head of Governance"], "31/10/2025", "", "R", "2025-10", None, "Draft prepared, awaiting legal review."),
        ]),
        ("Meeting of 9 December 2025", [
            ("GA25-06", "5.3", "Circulate the Council's 2024/25 self-assessment of performance, with the NIAO improvement audit and assessment report, to all members.",
             "Corporate Performance Manager", ["Corporate Performance Manager"], "January 2026", "", "B", "2026-01", None, "Circulated 15 January 2026."),
            ("GA25-07", "6.1", "Provide an update on recovery of the overpayments identified in the internal audit of leisure centre income.",
             "Director of Leisure and Community Wellbeing", ["Director of Leisure and Community Wellbeing"], "March 2026", "", "G", "2026-03", None,
             "£4,120 of £6,870 recovered; repayment plans agreed for the balance."),
            ("GA25-08", "7.2", "Complete the annual review of the Committee's terms of reference against the CIPFA Audit Committees guidance (2022) and bring it to the March meeting.",
             "Member Services Manager, Head of Governance", ["Member Services Manager", "Head of Governance"], "10/03/2026", "", "G", "2026-03", None,
             "Draft terms of reference with the Chair for comment."),
        ]),
    ]
    n = 8
    rows = [[title] + [""] * (n - 1),
            ["Position at 2 February 2026"] + [""] * (n - 1),
            [""] * n,
            ["Action No.", "Minute Ref", "Action", "Responsible Officer", "Due Date", "Revised Due Date", "RAG", "Update"]]
    expected = []
    for mt, acts in meetings:
        rows.append([mt] + [""] * (n - 1))
        for (ref, minute, text, lead_txt, lead, due, rev, rag, end, end_text, upd) in acts:
            rows.append([ref, minute, text, lead_txt, due, rev, rag, upd])
            e = {"ref": ref, "under": [mt], "action": text, "lead": lead, "end": end,
                 "status": {"B": "blue", "G": "green", "A": "amber", "R": "red"}[rag]}
            if end_text:
                e["end_text"] = end_text
            expected.append(e)
    rows.append([""] * n)
    rows.append(["RAG: B = complete; G = on track; A = revised date agreed; R = overdue"] + [""] * (n - 1))
    rows.append(["Completed actions are removed from the log once they have been reported to one meeting."] + [""] * (n - 1))
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)

    write_expected(name, {
        "source": "Imitates a Northern Ireland council's Governance and Audit Committee action log exported from a "
                  "spreadsheet to CSV (Lisburn & Castlereagh City Council, 2025-26). Copied features: title and "
                  "'position at' lines, a heading line per committee meeting, action numbers and minute references, "
                  "job titles as responsible officers (two posts in one cell), day-first due dates with a revised "
                  "due date column, 'Next meeting' as a due date, a lettered RAG column, update text, and a key and "
                  "note at the foot.",
        "reads": "Eight actions listed under the three meetings they arose from. Status is the RAG letter "
                 "(B = complete per the key); the end is the revised due date where given; 'Next meeting' is not a month.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 7. SPS HMP Edinburgh - HMIPS full inspection action plan (tab-separated txt)
# ---------------------------------------------------------------------------
def make_hmp_edinburgh():
    name = "op1-sps-hmp-edinburgh-hmips-inspection-action-plan.txt"
    title = "HMP Edinburgh – HMIPS Full Inspection 2025: Action Plan"
    standards = [
        ("Standard 2 – Decency", [
            ("Recommendation 1: The SPS should ensure that cells designed for single occupancy are not used to accommodate two people.", [
                ("1.1", "Agree a population management plan with SPS Headquarters to reduce double occupancy in Glenesk and Ingliston halls.",
                 "Governor in Charge", ["Governor in Charge"], "March 2026", "2026-03", None, "Amber", "amber",
                 "Transfers to HMP Addiewell agreed; national population pressures remain."),
                ("1.2", "Report occupancy levels weekly to the Senior Management Team.",
                 "Head of Operations", ["Head of Operations"], "Ongoing", None, "Ongoing", "Green", "green",
                 "Weekly report in place since June 2025."),
            ]),
            ("Recommendation 2: Outstanding repairs to showers and toilets in residential areas should be completed promptly.", [
                ("2.1", "Complete the shower refurbishment programme in Forth and Pentland halls.",
                 "Head of Estates / Facilities Manager", ["Head of Estates", "Facilities Manager"], "Oct 2025 – revised to Feb 2026", "2026-02", None, "Amber", "amber",
                 "Contractor delay; Forth complete, Pentland under way."),
                ("2.2", "Introduce a weekly estates tracker reviewed at the Decency Group.",
                 "Facilities Manager", ["Facilities Manager"], "August 2025", "2025-08", None, "Complete", "blue",
                 "Tracker in use from August 2025."),
            ]),
        ]),
        ("Standard 6 – Purposeful activity", [
            ("Recommendation 3: The prison should increase the number of people engaged in purposeful activity, particularly those on remand.", [
                ("3.1", "Extend the Learning Centre timetable to include evening and weekend sessions.",
                 "Head of Offender Outcomes", ["Head of Offender Outcomes"], "Q1 2026/27", "2026-06", None, "Green", "green",
                 "Fife College agreed additional tutor hours from April 2026."),
                ("3.2", "Introduce a remand work party in the recycling unit.",
                 "Head of Offender Outcomes", ["Head of Offender Outcomes"], "January 2026", "2026-01", None, "Red", "red",
                 "Staffing for the work party not yet identified."),
            ]),
        ]),
        ("Standard 9 – Health and wellbeing", [
            ("Recommendation 4: NHS Lothian should ensure that people arriving at HMP Edinburgh receive a secondary health screen within 72 hours.", [
                ("4.1", "Recruit two band 5 nurses to the reception health screening team.",
                 "Prison Healthcare Manager (NHS Lothian)", ["Prison Healthcare Manager (NHS Lothian)"], "December 2025", "2025-12", None, "Complete", "blue",
                 "Both nurses in post from 1 December 2025."),
                ("4.2", "Audit compliance with the 72-hour standard monthly and report to the Prison Healthcare Partnership Board.",
                 "Clinical Nurse Manager", ["Clinical Nurse Manager"], "Monthly", None, "Monthly", "Green", "green",
                 "December audit: 81% screened within 72 hours."),
            ]),
        ]),
    ]
    lines = [
        title,
        "Scottish Prison Service",
        "Inspection dates: 24 February – 6 March 2025\tReport published: 27 May 2025",
        "Version 3 – updated 14 January 2026",
        "",
        "Recommendation\tRef\tAction\tLead\tTarget date\tStatus\tProgress update",
    ]
    expected = []
    for std, recs in standards:
        lines.append("")
        lines.append(std)
        for rec, acts in recs:
            first = True
            for (ref, text, lead_txt, lead, td, end, end_text, stt, status, upd) in acts:
                lines.append("\t".join([rec if first else "", ref, text, lead_txt, td, stt, upd]))
                first = False
                e = {"ref": ref, "under": [std, rec], "action": text, "lead": lead, "end": end, "status": status}
                if end_text:
                    e["end_text"] = end_text
                expected.append(e)
    lines += [
        "",
        "Status key: Green – on track; Amber – at risk of slipping; Red – overdue; Complete – action closed by the Governor in Charge.",
        "Good practice identified by HMIPS is recorded separately and is not included in this plan.",
    ]
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")

    write_expected(name, {
        "source": "Imitates the Scottish Prison Service's action plan in response to an HM Inspectorate of Prisons "
                  "for Scotland full inspection (HMP Edinburgh, inspected 2025), as a tab-separated export. Copied "
                  "features: title, establishment and inspection-date lines, a version line, a header row, a line per "
                  "HMIPS standard, the recommendation text only on the first row of its actions (blank on "
                  "continuation rows), action refs 1.1 etc., a revised date written inside the target date cell, "
                  "RAG words and 'Complete' as status, and a status key and note at the end.",
        "reads": "Eight actions under three inspection standards, each also under the numbered recommendation "
                 "written on the first of its rows. 'Oct 2025 – revised to Feb 2026' ends in February 2026; "
                 "Ongoing and Monthly are not months; Complete is blue.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


if __name__ == "__main__":
    make_dg()
    make_wast()
    make_mid_ulster()
    make_bro_gwaun()
    make_st_columbas()
    make_lisburn()
    make_hmp_edinburgh()
    print("done")
