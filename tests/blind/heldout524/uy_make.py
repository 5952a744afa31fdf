"""Build the seven uy- blind test files of set heldout524.

Run with /work/main/.venv/bin/python uy_make.py ; it writes the data files
beside itself.  The expected readings (uy-*.expected.yaml) were written from
the same tables below (A_* lists hold, per action, the cells as written and
the reading a person makes of them).
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

HERE = os.path.dirname(os.path.abspath(__file__))

RED = "FF0000"
AMBER = "FFC000"
GREEN = "00B050"
BLUE = "0070C0"
GREY = "D9D9D9"
NAVY = "1F3864"

thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Grosvenor Grammar School (Belfast) - ETI post-inspection action plan, xlsx
# ---------------------------------------------------------------------------
G_TITLE = "Grosvenor Grammar School \u2013 ETI Post-Inspection Action Plan 2024-2026"
G_AFI = [
    "Area for Improvement 1: Improve the consistency and quality of feedback so that all pupils "
    "know what they need to do to improve their work.",
    "Area for Improvement 2: Ensure that provision for pupils who require additional support with "
    "their learning is planned and evaluated rigorously, so that these pupils make consistently "
    "good progress.",
    "Area for Improvement 3: Develop further the use of performance data by middle leaders to "
    "identify underachievement and inform departmental improvement planning.",
]
# (afi index, ref, action, lead cell, lead list, success criteria, monitoring, target cell,
#  end, end_text, prev fill, current fill, comment, status)
A_G = [
    (0, "1.1",
     "Revise the school\u2019s Assessment for Learning and Feedback Policy, agreeing minimum "
     "expectations for written and oral feedback in each key stage.",
     "Vice-Principal (Curriculum)", ["Vice-Principal (Curriculum)"],
     "Policy ratified by Governors; all departments working to agreed minimum expectations.",
     "SLT work scrutiny each term", d(2025, 3, 31), "2025-03", None, AMBER, BLUE,
     "Policy ratified by Governors 12 March 2025.", "blue"),
    (0, "1.2",
     "Deliver a programme of staff development on effective feedback, including department-based "
     "work scrutiny and paired observation.",
     "Senior Teacher (Professional Learning) / Heads of Department",
     ["Senior Teacher (Professional Learning)", "Heads of Department"],
     "Work scrutiny shows consistent, purposeful feedback in at least 90% of books sampled.",
     "Termly report to Curriculum & Standards Committee", "June 2025", "2025-06", None, AMBER, GREEN,
     "Four of six planned sessions delivered; paired observations under way.", "green"),
    (0, "1.3",
     "Introduce pupil self-review sheets in Years 8\u201310 so that pupils record and act on their "
     "targets each half-term.",
     "Heads of Year 8-10", ["Heads of Year 8-10"],
     "Pupil voice survey shows most pupils can explain their next steps.",
     "Pupil focus groups (Vice-Principal Pastoral)", "Autumn term 2025", "2025-12",
     "Autumn term 2025", RED, AMBER,
     "Sheets designed; launch moved to September 2025.", "amber"),
    (1, "2.1",
     "Review all Individual Education Plans (IEPs) with parents and pupils, setting measurable "
     "short-term targets.",
     "SENCo", ["SENCo"],
     "All IEPs reviewed with SMART targets; parents sign off each plan.",
     "IEP sample check by Vice-Principal (Pastoral)", d(2025, 2, 28), "2025-02", None, AMBER, BLUE,
     "Completed for all 64 pupils on the SEN register.", "blue"),
    (1, "2.2",
     "Provide subject teachers with a one-page learner profile for each pupil on the SEN register "
     "and monitor its use in lesson planning.",
     "SENCo / Vice-Principal (Pastoral)", ["SENCo", "Vice-Principal (Pastoral)"],
     "Profiles in use in all departments; observations show planned differentiation.",
     "Lesson observation and planning review", "May 2025", "2025-05", None, RED, AMBER,
     "Profiles issued; monitoring of use in planning continues into 2025-26.", "amber"),
    (1, "2.3",
     "Track the progress of pupils on the SEN register at each data-capture point and report "
     "outcomes to the Board of Governors.",
     "Mr D Lyttle & Mrs K Agnew", ["Mr D Lyttle", "Mrs K Agnew"],
     "Governors receive a termly analysis of progress for pupils with SEN.",
     "Board of Governors minutes", "Dec 2025", "2025-12", None, None, RED,
     "First report deferred to the November 2025 Board meeting.", "red"),
    (2, "3.1",
     "Provide training for Heads of Department on the school\u2019s data dashboard so that they can "
     "identify underachieving pupils and groups.",
     "Data Manager", ["Data Manager"],
     "All Heads of Department use the dashboard independently.",
     "Attendance records; HoD questionnaire", d(2025, 4, 30), "2025-04", None, AMBER, BLUE,
     "Training delivered 2 April 2025.", "blue"),
    (2, "3.2",
     "Require each department development plan to include targets informed by GCSE and A-level "
     "value-added analysis.",
     "Vice-Principal (Curriculum)", ["Vice-Principal (Curriculum)"],
     "All department plans for 2025-26 contain data-informed targets.",
     "Review of department plans by SLT", "September 2025", "2025-09", None, None, GREEN,
     "Template issued June 2025.", "green"),
    (2, "3.3",
     "Hold termly line-management review meetings between each SLT link and Head of Department, "
     "focused on underachieving groups.",
     "Senior Leadership Team", ["Senior Leadership Team"],
     "Minutes show agreed actions for identified groups.",
     "Principal reviews minutes", "Ongoing", None, "Ongoing", GREEN, GREEN,
     "Meetings held in Terms 2 and 3.", "green"),
]


def build_grosvenor(path):
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = G_TITLE
    cov["A1"].font = Font(bold=True, size=16, color=NAVY)
    cov["A2"] = "Response to the Education and Training Inspectorate inspection, November 2024"
    cov["A2"].font = Font(italic=True, size=12)
    rows = [
        ("School", "Grosvenor Grammar School, Marino Park, Belfast"),
        ("Inspection", "ETI inspection, 11\u201314 November 2024"),
        ("Plan approved by Board of Governors", "22 January 2025"),
        ("Progress reviewed by", "Curriculum & Standards Committee (termly)"),
        ("Version", "v1.3 \u2013 June 2025 update"),
        ("Contact", "Principal\u2019s Office"),
    ]
    for i, (k, v) in enumerate(rows, start=4):
        cov.cell(i, 1, k).font = Font(bold=True)
        cov.cell(i, 2, v)
        for c in (1, 2):
            cov.cell(i, c).border = BORDER
    cov.column_dimensions["A"].width = 38
    cov.column_dimensions["B"].width = 70

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = G_TITLE
    ws["A1"].font = Font(bold=True, size=14, color=NAVY)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Progress position at: June 2025 (Term 3 update to the Board of Governors)"
    ws["A2"].font = Font(italic=True)
    heads = ["Ref", "Actions", "Lead(s)", "Success criteria", "Monitoring & evaluation",
             "Target date", "RAG Jan 2025", "RAG Jun 2025", "Progress comment (June 2025)"]
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(NAVY)
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        cell.border = BORDER
    r = 5
    last_afi = None
    for (afi, ref, act, lead, _l, sc, mon, tgt, _e, _et, prev, cur, com, _s) in A_G:
        if afi != last_afi:
            ws.cell(r, 1, G_AFI[afi])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            ws.cell(r, 1).font = Font(bold=True)
            ws.cell(r, 1).fill = fill(GREY)
            ws.cell(r, 1).alignment = Alignment(wrap_text=True, vertical="center")
            ws.row_dimensions[r].height = 32
            last_afi = afi
            r += 1
        vals = [ref, act, lead, sc, mon, tgt, None, None, com]
        for c, v in enumerate(vals, start=1):
            cell = ws.cell(r, c, v)
            cell.alignment = WRAP
            cell.border = BORDER
        if isinstance(tgt, dt.datetime):
            ws.cell(r, 6).number_format = "dd/mm/yyyy"
        if prev:
            ws.cell(r, 7).fill = fill(prev)
        if cur:
            ws.cell(r, 8).fill = fill(cur)
        ws.row_dimensions[r].height = 48
        r += 1
    r += 1
    ws.cell(r, 1, "Notes: RAG ratings are agreed by the Senior Leadership Team and reported to the "
                  "Curriculum & Standards Committee each term. See the \u2018Key\u2019 tab.")
    ws.cell(r, 1).font = Font(italic=True, size=9)
    widths = [7, 55, 26, 40, 28, 14, 10, 10, 40]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A5"

    key = wb.create_sheet("Key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True, size=12)
    for i, (col, txt) in enumerate([(RED, "Not started / significant concern"),
                                    (AMBER, "In progress \u2013 some slippage"),
                                    (GREEN, "On track"),
                                    (BLUE, "Completed")], start=3):
        key.cell(i, 1).fill = fill(col)
        key.cell(i, 2, txt)
    key.column_dimensions["B"].width = 36
    wb.active = 1
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. Police Ombudsman for Northern Ireland - corporate risk register, xlsx
# ---------------------------------------------------------------------------
P_TITLE = ("Office of the Police Ombudsman for Northern Ireland \u2013 Corporate Risk Register "
           "2025-26")
P_OBJ = [
    "Strategic Objective 1: Provide an effective, efficient and accessible police complaints system",
    "Strategic Objective 2: Ensure the Office is well governed, resourced and resilient",
]
# risk: (objective, title cell, description, owner, inherent, controls, residual, residual fill)
P_RISKS = [
    (0, "CR1 Historical investigations capacity",
     "Demand from historical complaints exceeds available investigative capacity, leading to "
     "prolonged delays for complainants and families and damage to confidence in the Office.",
     "Director of Historical Investigations", "5 x 4 = 20",
     "Case prioritisation framework; monthly caseload review; quarterly reporting to DoJ.",
     "4 x 4 = 16", RED),
    (0, "CR2 Timeliness of current investigations",
     "Rising complaint volumes and staff turnover mean that investigations are not completed "
     "within published timescales.",
     "Director of Current Investigations", "4 x 4 = 16",
     "Performance targets in Business Plan; caseload allocation model; fortnightly team reviews.",
     "3 x 4 = 12", AMBER),
    (1, "CR3 Budget pressures",
     "The 2025-26 budget allocation does not cover pay awards and unavoidable pressures, "
     "restricting the Office\u2019s ability to maintain staffing levels.",
     "Director of Corporate Services", "5 x 4 = 20",
     "Monthly budget monitoring; vacancy control panel; engagement with DoJ sponsor branch.",
     "4 x 4 = 16", RED),
    (1, "CR4 Cyber security and information assurance",
     "A cyber attack or data loss compromises sensitive complaint and investigation information.",
     "Director of Corporate Services", "5 x 3 = 15",
     "Firewall and endpoint protection; Cyber Essentials Plus; information asset register.",
     "4 x 2 = 8", AMBER),
]
# (risk index, ref, action, owner cell, owner list, target cell, revised cell, status cell,
#  end, end_text, status)
A_P = [
    (0, "1.1", "Complete the review of the case prioritisation framework and publish revised "
     "criteria.", "Director of Historical Investigations", ["Director of Historical Investigations"],
     "30/06/2025", "30/11/2025", "Amber", "2025-11", None, "amber"),
    (0, "1.2", "Submit a revised business case to the Department of Justice for additional "
     "investigative posts.", "Chief Executive", ["Chief Executive"],
     "31/07/2025", None, "Complete", "2025-07", None, "blue"),
    (0, "1.3", "Agree and implement a communications protocol for families affected by delayed "
     "historical cases.", "Head of Communications / Director of Historical Investigations",
     ["Head of Communications", "Director of Historical Investigations"],
     "Q3 2025/26", None, "Green", "2025-12", "Q3 2025/26", "green"),
    (1, "2.1", "Implement the revised triage model for complaints at first contact.",
     "Director of Current Investigations", ["Director of Current Investigations"],
     "31/10/2025", None, "Green", "2025-10", None, "green"),
    (1, "2.2", "Introduce weekly performance dashboards for investigation team leaders.",
     "Head of Research and Performance", ["Head of Research and Performance"],
     "30/09/2025", None, "Complete", "2025-09", None, "blue"),
    (2, "3.1", "Prepare a savings and pressures paper for the Department of Justice October "
     "monitoring round.", "Director of Corporate Services / Head of Finance",
     ["Director of Corporate Services", "Head of Finance"],
     "31/10/2025", None, "Amber", "2025-10", None, "amber"),
    (2, "3.2", "Review vacancy management controls and report options to the Executive Leadership "
     "Team.", "Head of Human Resources", ["Head of Human Resources"],
     "Q4 2025-26", None, "Green", "2026-03", "Q4 2025-26", "green"),
    (3, "4.1", "Complete migration of the Case Handling System to the supported hosting platform.",
     "Head of ICT", ["Head of ICT"], "31/12/2025", "31/03/2026", "Red", "2026-03", None, "red"),
    (3, "4.2", "Deliver mandatory cyber awareness and information management training to all "
     "staff.", "Head of ICT; Information Manager", ["Head of ICT", "Information Manager"],
     "Ongoing", None, "Green", None, "Ongoing", "green"),
]
STATUS_FILL = {"Green": GREEN, "Amber": AMBER, "Red": RED, "Complete": BLUE}


def build_oponi(path):
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "Office of the Police Ombudsman for Northern Ireland"
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Corporate Risk Register 2025-26 \u2013 risk profile at Quarter 2 (September 2025)"
    sm["A2"].font = Font(italic=True)
    hdr = ["Risk", "Risk owner", "Residual score Q1", "Residual score Q2", "Direction of travel"]
    for c, h in enumerate(hdr, start=1):
        sm.cell(4, c, h).font = Font(bold=True)
        sm.cell(4, c).fill = fill(GREY)
        sm.cell(4, c).border = BORDER
    summ = [(16, 16, "\u2192 No change"), (16, 12, "\u2193 Reducing"), (16, 16, "\u2192 No change"),
            (12, 8, "\u2193 Reducing")]
    for i, (rk, s) in enumerate(zip(P_RISKS, summ), start=5):
        vals = [rk[1], rk[3], s[0], s[1], s[2]]
        for c, v in enumerate(vals, start=1):
            sm.cell(i, c, v).border = BORDER
        sm.cell(i, 4).fill = fill(RED if s[1] >= 15 else AMBER)
    sm.cell(10, 1, "Total corporate risks").font = Font(bold=True)
    sm.cell(10, 2, 4)
    sm.cell(11, 1, "Risks above appetite").font = Font(bold=True)
    sm.cell(11, 2, 2)
    sm.cell(12, 1, "Actions complete this quarter").font = Font(bold=True)
    sm.cell(12, 2, 2)
    for col, w in zip("ABCDE", [44, 36, 16, 16, 20]):
        sm.column_dimensions[col].width = w

    ws = wb.create_sheet("Corporate Risk Register")
    ws["A1"] = P_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Reviewed by the Executive Leadership Team 16 September 2025; presented to the "
                "Audit and Risk Committee 7 October 2025")
    ws["A2"].font = Font(italic=True)
    hdr = ["Risk ref & title", "Risk description (cause \u2013 event \u2013 consequence)",
           "Risk owner", "Inherent risk (I x L)", "Key controls in place", "Residual risk (I x L)",
           "Action no.", "Further actions planned", "Action owner", "Target date", "Revised date",
           "Status"]
    for c, h in enumerate(hdr, start=1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(NAVY)
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BORDER
    r = 5
    last_obj = None
    for ri, risk in enumerate(P_RISKS):
        obj, title, desc, owner, inh, ctrl, res, resfill = risk
        if obj != last_obj:
            ws.cell(r, 1, P_OBJ[obj]).font = Font(bold=True)
            ws.cell(r, 1).fill = fill("DEEAF6")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=12)
            last_obj = obj
            r += 1
        acts = [a for a in A_P if a[0] == ri]
        top = r
        for a in acts:
            _, ref, act, own, _o, tgt, rev, st, _e, _et, _s = a
            for c, v in zip(range(7, 13), [ref, act, own, tgt, rev, st]):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BORDER
            ws.cell(r, 12).fill = fill(STATUS_FILL[st])
            ws.row_dimensions[r].height = 40
            r += 1
        for c, v in zip(range(1, 7), [title, desc, owner, inh, ctrl, res]):
            cell = ws.cell(top, c, v)
            cell.alignment = WRAP
            cell.border = BORDER
            if r - 1 > top:
                ws.merge_cells(start_row=top, start_column=c, end_row=r - 1, end_column=c)
        ws.cell(top, 1).font = Font(bold=True)
        ws.cell(top, 4).fill = fill(RED)
        ws.cell(top, 6).fill = fill(resfill)
    r += 1
    ws.cell(r, 1, "Scores: Impact x Likelihood, each 1-5. Risk appetite threshold for corporate "
                  "risks: residual score of 12. See Scoring matrix tab.").font = Font(italic=True,
                                                                                     size=9)
    for col, w in zip("ABCDEFGHIJKL", [24, 40, 22, 12, 36, 12, 8, 48, 30, 12, 12, 11]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    sc = wb.create_sheet("Scoring matrix")
    sc["A1"] = "Risk scoring matrix (Impact x Likelihood)"
    sc["A1"].font = Font(bold=True)
    sc["A3"] = "Impact \u2193 / Likelihood \u2192"
    for l in range(1, 6):
        sc.cell(3, l + 1, l).font = Font(bold=True)
    for i in range(5, 0, -1):
        row = 4 + (5 - i)
        sc.cell(row, 1, i).font = Font(bold=True)
        for l in range(1, 6):
            v = i * l
            cell = sc.cell(row, l + 1, v)
            cell.fill = fill(RED if v >= 15 else AMBER if v >= 8 else GREEN)
            cell.border = BORDER
    sc["A10"] = "15-25 High (red); 8-12 Medium (amber); 1-6 Low (green)"
    wb.save(path)


# ---------------------------------------------------------------------------
# 3. Llanwern High School (Newport) - Estyn post-inspection action plan, xlsx
# ---------------------------------------------------------------------------
L_TITLE = "Llanwern High School \u2013 Post-Inspection Action Plan (PIAP)"
L_RECS = [
    ("R1", "Recommendation 1: Improve the quality of teaching so that it consistently challenges "
           "pupils of all abilities", "Deputy Headteacher (Teaching and Learning)"),
    ("R2", "Recommendation 2: Strengthen the provision for the progressive development of pupils\u2019 "
           "literacy and numeracy skills across the curriculum", "Assistant Headteacher (Curriculum)"),
    ("R3", "Recommendation 3: Improve the rigour of self-evaluation and improvement planning so "
           "that leaders at all levels focus on the impact of provision on pupils\u2019 learning",
     "Headteacher"),
]
# (rec, ref, action, lead cell, lead list, resources, start, original, revised, success,
#  monitoring, progress, rag, end, end_text, status)
A_L = [
    (0, "R1.1", "Establish a teaching and learning group to agree a shared model of effective "
     "lesson planning for challenge.", "Deputy Headteacher (Teaching and Learning)",
     ["Deputy Headteacher (Teaching and Learning)"], "Directed time", "Nov 2024", "Dec 2024", None,
     "Model agreed and shared with all staff.", "SLT \u2013 half-termly",
     "Model launched at January 2025 INSET.", "B", "2024-12", None, "blue"),
    (0, "R1.2", "Provide a programme of professional learning on questioning and challenge, "
     "delivered in weekly twilight sessions.",
     "Deputy Headteacher (Teaching and Learning) / Professional Learning Lead",
     ["Deputy Headteacher (Teaching and Learning)", "Professional Learning Lead"],
     "EAS support; \u00a31,200 cover", "Jan 2025", "Summer term 2025", None,
     "Observations show effective questioning in most lessons.", "EAS Challenge Adviser \u2013 termly",
     "12 of 14 sessions delivered.", "G", "2025-07", "Summer term 2025", "green"),
    (0, "R1.3", "Implement a revised programme of lesson observation and book scrutiny, with "
     "findings moderated by EAS.", "SLT", ["SLT"], "None", "Jan 2025", "Mar 2025", "Jul 2025",
     "Quality assurance judgements are accurate and moderated.", "Governing Body \u2013 termly",
     "First cycle complete; moderation moved to summer term.", "A", "2025-07", None, "amber"),
    (0, "R1.4", "Support identified teachers through individual coaching plans.", "Headteacher",
     ["Headteacher"], "Coaching release time", "Jan 2025", "Ongoing", None,
     "Coached teachers\u2019 lessons judged at least good.", "Headteacher \u2013 half-termly",
     "Six coaching plans in place.", "G", None, "Ongoing", "green"),
    (1, "R2.1", "Appoint whole-school literacy and numeracy coordinators with clear job "
     "descriptions.", "Headteacher", ["Headteacher"], "2 x TLR 2b", "Nov 2024", d(2025, 1, 31), None,
     "Coordinators in post.", "Governing Body", "Both coordinators appointed from 6 January 2025.",
     "B", "2025-01", None, "blue"),
    (1, "R2.2", "Map opportunities for extended writing and numeracy across all Year 7\u20139 schemes "
     "of learning.", "Literacy Coordinator; Numeracy Coordinator",
     ["Literacy Coordinator", "Numeracy Coordinator"], "Department meeting time", "Feb 2025",
     "Apr 2025", "Autumn term 2025",
     "Skills map in place; schemes of learning show planned progression.",
     "AHT Curriculum \u2013 termly", "Mapping complete for English, maths, science; others to follow.",
     "A", "2025-12", "Autumn term 2025", "amber"),
    (1, "R2.3", "Introduce a reading intervention for pupils with reading ages below their "
     "chronological age.", "ALNCo", ["ALNCo"], "Reading programme licence \u00a3950", "Jan 2025",
     "Feb 2025", None, "Reading ages of targeted pupils improve by at least 12 months.",
     "ALNCo \u2013 termly testing", "Intervention running for 46 pupils.", "G", "2025-02", None,
     "green"),
    (2, "R3.1", "Revise the quality assurance calendar to align self-evaluation activities with "
     "improvement planning.", "Headteacher", ["Headteacher"], "None", "Oct 2024", "Dec 2024", None,
     "Calendar published; activities completed on schedule.", "Governing Body",
     "Calendar published December 2024.", "B", "2024-12", None, "blue"),
    (2, "R3.2", "Train middle leaders to write evaluative departmental self-evaluation reports "
     "focused on pupils\u2019 progress.", "Deputy Headteacher (Standards)",
     ["Deputy Headteacher (Standards)"], "EAS leadership programme", "Jan 2025", "Mar 2025",
     "Oct 2025", "All departmental reports evaluate impact on learning.", "SLT line managers",
     "Training postponed owing to staff absence.", "R", "2025-10", None, "red"),
    (2, "R3.3", "Establish a governors\u2019 standards committee that receives termly reports on "
     "progress against this plan.", "Chair of Governors / Headteacher",
     ["Chair of Governors", "Headteacher"], "Clerk time", "Jan 2025", "Termly", None,
     "Committee minutes show challenge to leaders.", "Local authority link officer",
     "Committee met February and May 2025.", "G", None, "Termly", "green"),
]
L_RAGFILL = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}


def build_llanwern(path):
    wb = Workbook()
    fs = wb.active
    fs.title = "Front sheet"
    fs["A1"] = L_TITLE
    fs["A1"].font = Font(bold=True, size=16)
    info = [
        ("Estyn core inspection", "14\u201317 October 2024"),
        ("Follow-up category", "Significant improvement"),
        ("Plan agreed by Governing Body", "9 January 2025"),
        ("Local authority / regional partner", "Newport City Council / EAS"),
        ("Current version", "Version 3 \u2013 updated for Governing Body, 19 June 2025"),
    ]
    for i, (k, v) in enumerate(info, start=3):
        fs.cell(i, 1, k).font = Font(bold=True)
        fs.cell(i, 2, v)
    fs["A10"] = "Version control"
    fs["A10"].font = Font(bold=True)
    vc = [("Version", "Date", "Author", "Changes"),
          ("1", "09/01/2025", "Headteacher", "Plan agreed by Governing Body"),
          ("2", "20/03/2025", "Headteacher", "Spring term progress update"),
          ("3", "19/06/2025", "Headteacher", "Summer term update; revised dates for R1.3, R2.2, R3.2")]
    for i, row in enumerate(vc, start=11):
        for c, v in enumerate(row, start=1):
            cell = fs.cell(i, c, v)
            cell.border = BORDER
            if i == 11:
                cell.font = Font(bold=True)
                cell.fill = fill(GREY)
    fs.column_dimensions["A"].width = 36
    fs.column_dimensions["B"].width = 52
    fs.column_dimensions["C"].width = 16
    fs.column_dimensions["D"].width = 50

    heads = ["Action No.", "Action", "Lead(s)", "Resources / cost", "Start date",
             "Original completion date", "Revised completion date", "Success criteria",
             "Monitoring (who / when)", "Progress update \u2013 June 2025", "RAG"]
    for ri, (tab, rec, slead) in enumerate(L_RECS):
        ws = wb.create_sheet(tab)
        ws["A1"] = rec
        ws["A1"].font = Font(bold=True, size=12)
        ws["A1"].alignment = Alignment(wrap_text=True, vertical="center")
        ws.merge_cells("A1:K1")
        ws.row_dimensions[1].height = 34
        ws["A2"] = "Strategic lead: " + slead
        ws["A2"].font = Font(italic=True)
        for c, h in enumerate(heads, start=1):
            cell = ws.cell(4, c, h)
            cell.font = Font(bold=True)
            cell.fill = fill("BDD7EE")
            cell.alignment = Alignment(wrap_text=True, vertical="center")
            cell.border = BORDER
        r = 5
        for a in A_L:
            if a[0] != ri:
                continue
            (_, ref, act, lead, _l, res, start, orig, rev, succ, mon, prog, rag, _e, _et, _s) = a
            vals = [ref, act, lead, res, start, orig, rev, succ, mon, prog, rag]
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BORDER
            if isinstance(orig, dt.datetime):
                ws.cell(r, 6).number_format = "dd/mm/yyyy"
            ws.cell(r, 11).fill = fill(L_RAGFILL[rag])
            ws.cell(r, 11).alignment = Alignment(horizontal="center", vertical="top")
            ws.row_dimensions[r].height = 52
            r += 1
        for col, w in zip("ABCDEFGHIJK", [9, 48, 28, 18, 10, 14, 14, 34, 22, 34, 6]):
            ws.column_dimensions[col].width = w

    su = wb.create_sheet("RAG summary")
    su["A1"] = "RAG summary \u2013 June 2025"
    su["A1"].font = Font(bold=True, size=12)
    hdr = ["Recommendation", "B", "G", "A", "R", "Total"]
    for c, h in enumerate(hdr, start=1):
        su.cell(3, c, h).font = Font(bold=True)
        su.cell(3, c).border = BORDER
    counts = {}
    for a in A_L:
        counts.setdefault(a[0], {"B": 0, "G": 0, "A": 0, "R": 0})[a[12]] += 1
    tot = {"B": 0, "G": 0, "A": 0, "R": 0}
    for ri, (tab, rec, _s) in enumerate(L_RECS):
        row = 4 + ri
        su.cell(row, 1, tab).border = BORDER
        for c, k in enumerate("BGAR", start=2):
            su.cell(row, c, counts[ri][k]).border = BORDER
            tot[k] += counts[ri][k]
        su.cell(row, 6, sum(counts[ri].values())).border = BORDER
    su.cell(7, 1, "Total").font = Font(bold=True)
    for c, k in enumerate("BGAR", start=2):
        su.cell(7, c, tot[k]).font = Font(bold=True)
    su.cell(7, 6, sum(tot.values())).font = Font(bold=True)
    su["A9"] = "Key"
    su["A9"].font = Font(bold=True)
    for i, (k, txt) in enumerate([("B", "Complete"), ("G", "On track"),
                                  ("A", "Some slippage \u2013 action being taken"),
                                  ("R", "Off track / not started")], start=10):
        su.cell(i, 1, k).fill = fill(L_RAGFILL[k])
        su.cell(i, 2, txt)
    su.column_dimensions["A"].width = 18
    su.column_dimensions["B"].width = 40
    wb.save(path)


# ---------------------------------------------------------------------------
# helpers for Word
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
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.8)


# ---------------------------------------------------------------------------
# 4. Kings Park Hospital, Stirling - HIS improvement action plan, docx
# ---------------------------------------------------------------------------
K_TITLE = "Improvement Action Plan: Kings Park Hospital, Stirling"
K_DOMAINS = [
    "Domain 2 \u2013 Leadership and culture",
    "Domain 5 \u2013 Delivery of safe, effective, compassionate and person-centred care",
    "Domain 7 \u2013 Quality improvement",
]
K_REQS = [
    (0, "Requirement 1: The provider must ensure that all staff complete mandatory training, "
        "including adult support and protection training, and that completion is monitored."),
    (1, "Requirement 2: The provider must ensure that controlled drugs are stored, recorded and "
        "checked in line with the service\u2019s medicines management policy."),
    (1, "Recommendation a: The service should ensure that patient care records consistently include "
        "a documented pre-operative risk assessment for venous thromboembolism (VTE)."),
    (1, "Recommendation b: The service should ensure that the patient information leaflet explains "
        "how to raise a concern directly with Healthcare Improvement Scotland."),
    (2, "Requirement 3: The provider must develop and implement a quality improvement plan that is "
        "informed by audit results and patient feedback."),
]
# (req index, action, responsible cell, lead list, date cell, end, end_text)
A_K = [
    (0, "Issue individual training compliance reports to all heads of department each month, with "
        "escalation of staff who are not compliant.", "Director of Clinical Services",
     ["Director of Clinical Services"], "31 December 2024", "2024-12", None),
    (0, "Add adult support and protection level 2 training to the mandatory training matrix for "
        "all patient-facing staff.", "Learning and Development Lead",
     ["Learning and Development Lead"], "31 January 2025", "2025-01", None),
    (1, "Introduce a daily controlled drug register check on each ward and in theatres, signed by "
        "two registered staff.", "Ward Managers / Theatre Manager",
     ["Ward Managers", "Theatre Manager"], "Immediate and ongoing", None, "Immediate and ongoing"),
    (1, "Complete a quarterly controlled drugs audit and report findings to the Medicines "
        "Management Committee.", "Lead Pharmacist", ["Lead Pharmacist"], "28 February 2025",
     "2025-02", None),
    (2, "Amend the electronic pre-admission template so that the VTE risk assessment is a "
        "mandatory field.", "Pre-assessment Lead / Digital Systems Manager",
     ["Pre-assessment Lead", "Digital Systems Manager"], "January 2025", "2025-01", None),
    (3, "Update the patient information leaflet and complaints poster to include HIS contact "
        "details.", "Patient Experience Lead", ["Patient Experience Lead"], "31 December 2024",
     "2024-12", None),
    (4, "Develop a hospital quality improvement plan with measurable aims, reviewed at each "
        "Clinical Governance Committee.", "Hospital Director", ["Hospital Director"],
     "31 March 2025", "2025-03", None),
    (4, "Publish a \u2018You said, we did\u2019 summary of patient feedback in all patient areas.",
     "Patient Experience Lead", ["Patient Experience Lead"], "Quarterly", None, "Quarterly"),
]


def build_kingspark(path):
    doc = Document()
    landscape(doc)
    doc.add_heading(K_TITLE, level=0)
    doc.add_paragraph("Healthcare Improvement Scotland \u2013 Independent Healthcare: response to "
                      "the unannounced inspection report")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Service name", "Kings Park Hospital"),
                 ("Service provider", "Circle Health Group"),
                 ("Inspection type", "Unannounced inspection"),
                 ("Date of inspection", "10 and 11 September 2024"),
                 ("Date action plan submitted", "18 November 2024"),
                 ("Action plan completed by", "Hospital Director")]:
        row = t.add_row()
        set_text(row.cells[0], k, bold=True)
        set_text(row.cells[1], v)
    doc.add_paragraph("")
    doc.add_paragraph("This action plan sets out the actions the service will take in response to "
                      "the requirements and recommendations in the inspection report. Progress "
                      "is reviewed monthly at the Clinical Governance Committee.")
    heads = ["Requirement / recommendation", "Action planned", "Responsible person",
             "Date for completion"]
    for di, dom in enumerate(K_DOMAINS):
        doc.add_heading(dom, level=2)
        t = doc.add_table(rows=1, cols=4)
        t.style = "Table Grid"
        for c, h in enumerate(heads):
            set_text(t.rows[0].cells[c], h, bold=True)
            shade(t.rows[0].cells[c], "BDD7EE")
        for qi, (dom_i, req) in enumerate(K_REQS):
            if dom_i != di:
                continue
            acts = [a for a in A_K if a[0] == qi]
            first = None
            for a in acts:
                row = t.add_row()
                set_text(row.cells[1], a[1])
                set_text(row.cells[2], a[2])
                set_text(row.cells[3], a[4])
                if first is None:
                    first = row.cells[0]
                    set_text(first, req)
                last = row.cells[0]
            if last is not first:
                first.merge(last)
        doc.add_paragraph("")
    doc.add_heading("Sign-off", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Name", "Hospital Director, Kings Park Hospital"),
                 ("Signature", "Signed electronically"),
                 ("Date", "18 November 2024")]:
        row = t.add_row()
        set_text(row.cells[0], k, bold=True)
        set_text(row.cells[1], v)
    doc.save(path)


# ---------------------------------------------------------------------------
# 5. Plas y Dderwen Care Home - CIW inspection improvement plan, docx
# ---------------------------------------------------------------------------
D_TITLE = "Plas y Dderwen Care Home \u2013 Improvement Plan"
D_THEMES = ["Theme 1: Care and Support", "Theme 2: Environment",
            "Theme 3: Leadership and Management"]
D_FIND = [
    (0, "Priority Action Notice \u2013 Regulation 58: Medicines are not always stored or "
        "administered safely, and medication administration records (MAR) contain gaps."),
    (0, "Area for Improvement \u2013 Regulation 15: Personal plans do not consistently reflect "
        "people\u2019s current needs and preferences."),
    (1, "Area for Improvement \u2013 Regulation 44: Some areas of the home need redecoration and the "
        "first-floor sluice room was not secure."),
    (2, "Area for Improvement \u2013 Regulation 80: The Responsible Individual\u2019s quality of care "
        "review does not include the views of people living at the home and their relatives."),
]
# (finding, no., action, who cell, lead list, by when cell, end, end_text, rag cell, status)
A_D = [
    (0, "1.1", "Complete a full audit of all MAR charts and address every gap with the staff member "
     "concerned.", "Registered Manager", ["Registered Manager"], "14/02/2025", "2025-02", None,
     "Green", "blue"),
    (0, "1.2", "Arrange medication competency reassessment for all senior carers who administer "
     "medicines.", "Deputy Manager / Clinical Lead", ["Deputy Manager", "Clinical Lead"],
     "31/03/2025", "2025-03", None, "Green", "blue"),
    (0, "1.3", "Introduce weekly medication audits, with results reported to the Responsible "
     "Individual.", "Registered Manager", ["Registered Manager"], "Weekly \u2013 ongoing", None,
     "Weekly \u2013 ongoing", "Amber", "amber"),
    (1, "1.4", "Review every personal plan with the individual and their representative, recording "
     "their outcomes and preferences.", "Keyworkers; Deputy Manager",
     ["Keyworkers", "Deputy Manager"], "30/04/2025", "2025-04", None, "Amber", "amber"),
    (2, "2.1", "Fit a keypad lock to the first-floor sluice room door.", "Maintenance Lead",
     ["Maintenance Lead"], "07/02/2025", "2025-02", None, "Green", "blue"),
    (2, "2.2", "Agree and deliver a redecoration programme for the ground-floor corridors and two "
     "bedrooms.", "RI", ["RI"], "September 2025", "2025-09", None, "Red", "red"),
    (3, "3.1", "Carry out a survey of residents and relatives and include the findings in the "
     "six-monthly quality of care review.", "Gareth Hughes (RI)", ["Gareth Hughes (RI)"],
     "July 2025", "2025-07", None, "Amber", "amber"),
    (3, "3.2", "Hold quarterly residents\u2019 and relatives\u2019 meetings chaired by the Registered "
     "Manager.", "Registered Manager", ["Registered Manager"], "June 2025", "2025-06", None,
     "Green", "blue"),
]
D_RAG = {"Green": GREEN, "Amber": AMBER, "Red": RED}


def build_dderwen(path):
    doc = Document()
    landscape(doc)
    h = doc.add_heading(D_TITLE, level=1)
    doc.add_paragraph("Response to Care Inspectorate Wales (CIW) inspection of 4 and 5 February "
                      "2025")
    doc.add_paragraph("Provider: Dderwen Care Ltd      Responsible Individual (RI): Gareth Hughes      "
                      "Registered Manager: Sian Roberts")
    doc.add_paragraph("Plan updated: 2 May 2025")
    k = doc.add_table(rows=1, cols=3)
    k.style = "Table Grid"
    for c, (col, txt) in enumerate([(GREEN, "Green \u2013 action completed and evidenced"),
                                    (AMBER, "Amber \u2013 action in progress"),
                                    (RED, "Red \u2013 action not started or overdue")]):
        set_text(k.rows[0].cells[c], txt, bold=True)
        shade(k.rows[0].cells[c], col)
    doc.add_paragraph("")
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    heads = ["No.", "CIW finding", "Action", "Who", "By when", "RAG"]
    for c, hd in enumerate(heads):
        set_text(t.rows[0].cells[c], hd, bold=True, color="FFFFFF")
        shade(t.rows[0].cells[c], NAVY)
    last_theme = None
    for fi, (th, finding) in enumerate(D_FIND):
        if th != last_theme:
            row = t.add_row()
            m = row.cells[0].merge(row.cells[5])
            set_text(m, D_THEMES[th], bold=True)
            shade(m, GREY)
            last_theme = th
        acts = [a for a in A_D if a[0] == fi]
        first = last = None
        for a in acts:
            row = t.add_row()
            set_text(row.cells[0], a[1])
            set_text(row.cells[2], a[2])
            set_text(row.cells[3], a[3])
            set_text(row.cells[4], a[5])
            set_text(row.cells[5], a[8])
            shade(row.cells[5], D_RAG[a[8]])
            if first is None:
                first = row.cells[1]
                set_text(first, finding)
            last = row.cells[1]
        if last is not first:
            first.merge(last)
    doc.add_paragraph("")
    doc.add_paragraph("This plan is reviewed monthly by the Registered Manager and the Responsible "
                      "Individual and shared with CIW on request.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 6. Bluebird Care (Mid Ulster) - RQIA QIP tracker, csv  (typo month -> refuse)
# ---------------------------------------------------------------------------
B_LINES = [
    ["Bluebird Care (Mid Ulster) - Domiciliary Care Agency Quality Improvement Plan"] + [""] * 8,
    ["RQIA unannounced care inspection 14 May 2025 - QIP progress tracker"] + [""] * 8,
    ["Updated by Registered Manager: 29/08/2025"] + [""] * 8,
    [""] * 9,
    ["AFI No.", "Regulation / Standard", "Stated", "Area for improvement", "Action taken / planned",
     "Responsible person", "To be completed by", "Status", "Progress notes"],
    ["Action required to ensure compliance with The Domiciliary Care Agencies Regulations "
     "(Northern Ireland) 2007"] + [""] * 8,
    ["1", "Regulation 13 (d)", "First time",
     "The registered person shall ensure that no domiciliary care worker is supplied unless full "
     "and satisfactory information is available in respect of each of the matters specified in "
     "Schedule 3.",
     "Recruitment checklist revised; AccessNI and references verified by the Registered Manager "
     "before any start date.", "Registered Manager", "Immediate and ongoing", "Green",
     "Checklist in use from 20/05/2025"],
    ["1", "", "", "",
     "Audit all staff files for workers recruited since January 2024 against Schedule 3.",
     "Registered Manager / HR Officer", "30/06/2025", "Complete", "28 files audited; 2 gaps closed"],
    ["2", "Regulation 16 (2) (a)", "First time",
     "The registered person shall ensure that each employee receives training appropriate to the "
     "work they are to perform, including training in dysphagia and modified diets.",
     "Deliver dysphagia awareness training (IDDSI) to all care workers.", "Training Coordinator",
     "31/07/2025", "Complete", "94% of staff trained; remainder booked"],
    ["2", "", "", "",
     "Add a dysphagia competency check to annual supervision.", "Care Coordinators",
     "30/09/2025", "Amber", "Competency tool drafted"],
    ["Action required to ensure compliance with the Domiciliary Care Agencies Minimum Standards "
     "(2021)"] + [""] * 8,
    ["3", "Standard 5.2", "Second time",
     "The registered person should ensure that daily care records are completed contemporaneously "
     "and reflect the care delivered at each call.",
     "Introduce monthly care record audits with written feedback to each care worker.",
     "Care Coordinators", "31/08/2025", "Amber", "July audit completed; August audit in progress"],
    ["3", "", "", "", "Roll out electronic call monitoring notes to all runs.",
     "Operations Manager", "Novmber 2025", "Red", "Supplier delay"],
    ["4", "Standard 12.3", "First time",
     "The registered person should ensure that complaints are recorded and that the outcome and "
     "the complainant's satisfaction are documented.",
     "Revise the complaints log to include outcome and satisfaction fields.", "Registered Manager",
     "31/08/2025", "Green", ""],
    [""] * 9,
    ["Status key: Complete / Green = on track / Amber = some delay / Red = not on track"] + [""] * 8,
]


def build_bluebird(path):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        for row in B_LINES:
            w.writerow(row)


# ---------------------------------------------------------------------------
# 7. Webster's High School, Kirriemuir - Education Scotland action plan, txt
# ---------------------------------------------------------------------------
W_TITLE = ("Webster's High School - Action Plan following Education Scotland inspection "
           "(March 2025)")
W_QI = ["QI 2.3 Learning, teaching and assessment", "QI 3.2 Raising attainment and achievement",
        "QI 1.3 Leadership of change"]
W_AFI = [
    "Senior leaders and staff should continue to improve the consistency of learning and teaching "
    "across the school, so that all young people experience appropriate pace and challenge.",
    "Senior leaders should continue to improve attainment in the senior phase, particularly for "
    "young people living in SIMD quintiles 1 and 2.",
    "Senior leaders should involve young people more fully in evaluating the work of the school "
    "and in planning improvement.",
]
# (afi, ref, text lines, lead cell, lead list, timescale, end, end_text, status cell, status)
A_W = [
    (0, "1.1", ["Agree a Webster's \"learning and teaching charter\" with staff, young people and "
                "parents."], "DHT (Learning & Teaching)", ["DHT (Learning & Teaching)"],
     "October 2025", "2025-10", None, "Green", "green"),
    (0, "1.2", ["Establish learning trios so that every teacher observes and is observed twice a "
                "year, with a focus on pace and challenge."],
     "DHT (Learning & Teaching) / PT Curriculum Leaders",
     ["DHT (Learning & Teaching)", "PT Curriculum Leaders"], "June 2026", "2026-06", None, "Green",
     "green"),
    (0, "1.3", ["Hold learning-conversation focus groups each term to gather young people's views "
                "of challenge in lessons,", "and report the findings to the senior leadership team."],
     "Pupil Voice Lead", ["Pupil Voice Lead"], "Termly", None, "Termly", "Amber", "amber"),
    (1, "2.1", ["Introduce a senior phase tracking overview, reviewed at six-weekly attainment "
                "meetings."], "DHT (Senior Phase)", ["DHT (Senior Phase)"], "November 2025",
     "2025-11", None, "Amber", "amber"),
    (1, "2.2", ["Deliver targeted supported study for young people in SIMD quintiles 1 and 2, "
                "funded through Pupil Equity Funding."], "PT Pupil Support and Mr A Reid",
     ["PT Pupil Support", "Mr A Reid"], "March 2026", "2026-03", None, "Not started", "unrated"),
    (1, "2.3", ["Review the S4 curriculum to increase the number of courses leading to SCQF level 5 "
                "awards."], "Head Teacher", ["Head Teacher"], "Dec 2025", "2025-12", None,
     "Complete", "blue"),
    (2, "3.1", ["Create a Pupil Improvement Group with representation from each year group, meeting "
                "monthly with the senior leadership team."], "Pupil Voice Lead; Head Teacher",
     ["Pupil Voice Lead", "Head Teacher"], "Ongoing", None, "Ongoing", "Green", "green"),
    (2, "3.2", ["Publish a young people's version of the School Improvement Plan."],
     "Pupil Improvement Group", ["Pupil Improvement Group"], "31/01/2026", "2026-01", None,
     "Not started", "unrated"),
]


def build_websters(path):
    L = [W_TITLE, "Kirriemuir, Angus",
         "Version 2 - updated 1 September 2025 for the Parent Council", "",
         "Status key: Complete / Green = on track / Amber = some delay / Red = not on track / "
         "Not started", ""]
    for ai, afi in enumerate(W_AFI):
        L += [W_QI[ai], "Area for improvement %d" % (ai + 1), afi, "",
              "Ref\tAction\tLead\tTimescale\tStatus"]
        for a in A_W:
            if a[0] != ai:
                continue
            _, ref, lines, lead, _l, ts, _e, _et, st, _s = a
            L.append("\t".join([ref, lines[0], lead, ts, st]))
            for extra in lines[1:]:
                L.append("\t" + extra)
        L.append("")
    L += ["Next review: December 2025 (senior leadership team and Parent Council)",
          "Head Teacher: Mrs L Duncan"]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")


FILES = {
    "uy-grosvenor-grammar-school-eti-inspection-action-plan.xlsx": build_grosvenor,
    "uy-police-ombudsman-northern-ireland-corporate-risk-register-2025-26.xlsx": build_oponi,
    "uy-llanwern-high-school-estyn-post-inspection-action-plan.xlsx": build_llanwern,
    "uy-kings-park-hospital-stirling-his-inspection-improvement-action-plan.docx": build_kingspark,
    "uy-plas-y-dderwen-care-home-ciw-inspection-improvement-plan.docx": build_dderwen,
    "uy-bluebird-care-mid-ulster-rqia-qip-tracker-typo-month-refuse.csv": build_bluebird,
    "uy-websters-high-school-education-scotland-inspection-action-plan.txt": build_websters,
}

if __name__ == "__main__":
    for name, fn in FILES.items():
        fn(os.path.join(HERE, name))
        print("wrote", name)
