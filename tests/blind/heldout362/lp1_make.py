"""Build the seven lp1- blind cases (set heldout362) and their expected readings.

Run with /work/main/.venv/bin/python lp1_make.py  (openpyxl, python-docx, pyyaml).
Writes the data files and NAME.expected.yaml beside each one in this folder.
"""
import csv
import datetime as dt
import io
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

FILL = {
    "red": "FFFF0000",
    "amber": "FFFFC000",
    "green": "FF00B050",
    "blue": "FF0070C0",
}
THIN = Side(style="thin", color="FF808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcolour):
    return PatternFill("solid", start_color=hexcolour, end_color=hexcolour)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


def write_yaml(name, meta, actions=None):
    doc = {}
    doc["source"] = meta["source"]
    doc["reads"] = meta["reads"]
    doc["outcome"] = meta["outcome"]
    doc["accept_refusal"] = meta.get("accept_refusal", False)
    if "refuse_at" in meta:
        doc["refuse_at"] = meta["refuse_at"]
    if meta.get("title"):
        doc["title"] = meta["title"]
    if actions is not None:
        doc["actions"] = actions
    with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=100000)


# ---------------------------------------------------------------------------
# 1. Saltash Community School - post-Ofsted action plan (xlsx, RAG by fill only)
# ---------------------------------------------------------------------------
def make_saltash():
    name = "lp1-saltash-community-school-post-ofsted-action-plan.xlsx"
    title = "Saltash Community School – Post-Ofsted Action Plan 2023–25"
    P1 = "Priority 1: Curriculum – ensuring pupils learn the important knowledge identified"
    O1 = ("In some subjects, the curriculum does not identify precisely the knowledge that pupils should "
          "learn and the order in which they should learn it. This means that pupils do not build their "
          "knowledge well over time. Leaders should ensure that the curriculum in all subjects sets out the "
          "important knowledge pupils need to learn, and when.")
    P2 = "Priority 2: Adaptive teaching for pupils with SEND"
    O2 = ("Teachers do not routinely adapt their teaching to meet the needs of pupils with special educational "
          "needs and/or disabilities (SEND). As a result, these pupils do not achieve as well as they should. "
          "Leaders should ensure that teachers use the information they have about pupils with SEND to adapt "
          "their teaching effectively.")
    P3 = "Priority 3: Attendance"
    O3 = ("Too many pupils, including disadvantaged pupils, are persistently absent from school. These pupils "
          "miss out on important learning. Leaders should continue to take action to improve the attendance "
          "of these pupils.")
    # (ref, action, lead cell, success, monitoring, timescale, fill, expected lead, end, end_text, status)
    rows = [
        (P1, O1, [
            ("1.1", "Subject leaders in history, geography, RE and computing to rewrite Key Stage 3 curriculum maps, "
                    "identifying the core knowledge for each unit and the order in which it is taught.",
             "DHT Curriculum / Subject leaders",
             "Curriculum maps in all four subjects set out the core knowledge for each unit; pupils can recall prior learning in pupil voice.",
             "Curriculum map review by DHT; pupil voice (Year 8 and Year 9).",
             "Spring term 2024", "blue", ["DHT Curriculum", "Subject leaders"], "2024-03", "Spring term 2024", "blue"),
            ("1.2", "Trust subject network leads to quality assure revised curriculum maps against the National "
                    "Curriculum and trust curriculum principles; feedback to subject leaders.",
             "KP, RM",
             "All revised maps signed off by trust subject network leads.",
             "Trust QA visit notes shared with LGB.",
             "Summer term 2024", "green", ["KP", "RM"], "2024-07", "Summer term 2024", "green"),
            ("1.3", "Introduce half-termly curriculum deep dives (lesson visits, book looks, pupil voice) led by SLT "
                    "line managers, with findings reported to the Standards & Curriculum Committee.",
             "Headteacher",
             "Deep dive findings show consistent implementation of the intended curriculum in at least 80% of lessons visited.",
             "Deep dive reports each half term; committee minutes.",
             "Autumn term 2023 – Summer term 2024", "amber", ["Headteacher"], "2024-07",
             "Autumn term 2023 – Summer term 2024", "amber"),
        ]),
        (P2, O2, [
            ("2.1", "Whole-staff CPD on adaptive teaching strategies (scaffolding, chunking, pre-teaching vocabulary) "
                    "delivered through the Tuesday INSET programme.",
             "AHT Teaching & Learning",
             "All teaching staff have completed the three CPD sessions; strategies seen in lesson visits.",
             "CPD register; learning walk records.",
             "January 2024", "blue", ["AHT Teaching & Learning"], "2024-01", None, "blue"),
            ("2.2", "SENCo to rewrite pupil passports for all pupils on the SEND register so that each includes no "
                    "more than three practical classroom strategies; passports shared on Arbor.",
             "SENCo",
             "100% of pupils on the SEND register have an updated passport; staff survey shows passports are used.",
             "SEND register audit; staff survey (March 2024).",
             "28/02/2024", "blue", ["SENCo"], "2024-02", None, "blue"),
            ("2.3", "Learning walks focused on adaptive teaching for pupils with SEND, three per half term, with "
                    "feedback to teachers within 48 hours.",
             "SENCo / AHT T&L",
             "Gap in progress between pupils with SEND and their peers narrows in Year 7–9 assessment points.",
             "Learning walk log; assessment data at each data drop.",
             "Ongoing", "green", ["SENCo", "AHT T&L"], None, "Ongoing", "green"),
        ]),
        (P3, O3, [
            ("3.1", "Appoint an Attendance Officer and introduce first-day calling for all absent pupils, with home "
                    "visits on day three of any unexplained absence.",
             "AHT Behaviour & Attendance",
             "Attendance Officer in post; first-day calls logged for 100% of absences.",
             "Weekly attendance meeting; Arbor call log.",
             "Spring term 2024", "blue", ["AHT Behaviour & Attendance"], "2024-03", "Spring term 2024", "blue"),
            ("3.2", "Targeted attendance panels for persistently absent disadvantaged pupils, with individual "
                    "attendance plans agreed with families and reviewed every four weeks.",
             "Heads of Year / Attendance Officer",
             "Persistent absence of disadvantaged pupils falls from 31% to below 24%.",
             "Half-termly attendance report to LGB.",
             "Summer term 2024", "red", ["Heads of Year", "Attendance Officer"], "2024-07", "Summer term 2024", "red"),
            ("3.3", "Work with the local authority Education Welfare Service on fixed penalty notices and attendance "
                    "contracts in line with the DfE ‘Working together to improve school attendance’ guidance.",
             "Headteacher",
             "Attendance policy updated; referrals to EWS made within agreed thresholds.",
             "Policy review at LGB; EWS referral log.",
             "July 2024", None, ["Headteacher"], "2024-07", None, "unrated"),
        ]),
    ]

    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=16)
    info = [
        ("School", "Saltash Community School (11–18 academy)"),
        ("Inspection dates", "7 and 8 November 2023"),
        ("Report published", "12 December 2023"),
        ("Overall effectiveness", "Requires improvement"),
        ("Plan written by", "Headteacher and Senior Leadership Team"),
        ("Approved by", "Local Governing Body, 23 January 2024"),
        ("RAG position", "18 March 2024 (Standards & Curriculum Committee)"),
    ]
    r = 3
    for k, v in info:
        cov.cell(r, 1, k).font = Font(bold=True)
        cov.cell(r, 2, v)
        r += 1
    r += 1
    cov.cell(r, 1, "Key judgements").font = Font(bold=True)
    r += 1
    for k, v in [("The quality of education", "Requires improvement"),
                 ("Behaviour and attitudes", "Requires improvement"),
                 ("Personal development", "Good"),
                 ("Leadership and management", "Requires improvement"),
                 ("Sixth-form provision", "Good")]:
        cov.cell(r, 1, k)
        cov.cell(r, 2, v)
        r += 1
    r += 1
    cov.cell(r, 1, "RAG key").font = Font(bold=True)
    r += 1
    for colour, meaning in [("blue", "Completed – impact evident"),
                            ("green", "On track"),
                            ("amber", "Some slippage – action under review"),
                            ("red", "Off track – escalated to LGB"),
                            (None, "Not yet due to start")]:
        c = cov.cell(r, 1, "")
        if colour:
            c.fill = fill(FILL[colour])
        c.border = BOX
        cov.cell(r, 2, meaning)
        r += 1
    cov.column_dimensions["A"].width = 30
    cov.column_dimensions["B"].width = 60

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Ofsted inspection 7–8 November 2023 | RAG position at 18 March 2024"
    ws.merge_cells("A2:G2")
    heads = ["No.", "Actions", "Lead(s)", "Success criteria (what will be different?)",
             "Monitoring and evaluation", "Timescale", "RAG"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(4, i, h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill("FF1F3864")
        c.border = BOX
        c.alignment = WRAP
    r = 5
    expected = []
    for prio, ofsted, acts in rows:
        c = ws.cell(r, 1, prio)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill("FF2F5597")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        c = ws.cell(r, 1, ofsted)
        c.font = Font(italic=True)
        c.fill = fill("FFDEEAF6")
        c.alignment = WRAP
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        ws.row_dimensions[r].height = 48
        r += 1
        for (ref, text, lead, succ, mon, when, colour, elead, end, etext, status) in acts:
            vals = [ref, text, lead, succ, mon, when, ""]
            for i, v in enumerate(vals, 1):
                c = ws.cell(r, i, v)
                c.alignment = WRAP
                c.border = BOX
            if colour:
                ws.cell(r, 7).fill = fill(FILL[colour])
            expected.append(act(ref, [prio, ofsted], text, elead, end, status, etext))
            r += 1
    r += 1
    ws.cell(r, 1, "Notes: RAG ratings are agreed by SLT and reviewed by the Standards & Curriculum Committee "
                  "each half term. Spring term ends at the Easter holiday (29 March 2024).")
    for col, w in zip("ABCDEFG", [7, 55, 22, 40, 32, 22, 8]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": ("Imitates a secondary academy's post-Ofsted action plan after a 'requires improvement' "
                   "section 5 inspection under the EIF (Saltash Community School, Cornwall, 2023–24; no URL - "
                   "layout taken from published school post-Ofsted plans and The Key's guidance on governors "
                   "monitoring post-Ofsted plans). Copied features: cover sheet with inspection details, key "
                   "judgements table and a colour-only RAG key; plan sheet with merged priority heading rows, the "
                   "Ofsted 'what does the school need to do to improve' text as a merged italic row above its "
                   "actions, success criteria and monitoring columns, school-term timescales and RAG shown only "
                   "by cell fill; a notes line under the table."),
        "reads": ("A two-sheet workbook: a cover with inspection details and a RAG key (blue = completed), then "
                  "the action plan, where each of three priorities is followed by the inspectors' improvement "
                  "point and three numbered actions. Progress is shown only by the fill of the RAG cell; one "
                  "action not yet started has no fill."),
        "outcome": "read",
        "title": title,
    }, expected)


# ---------------------------------------------------------------------------
# 2. South Thames Colleges Group - Ofsted PIAP (xlsx, several sheets, previous/current RAG,
#    original/revised dates, AFI merged down its action rows)
# ---------------------------------------------------------------------------
def make_stcg():
    name = "lp1-south-thames-colleges-group-ofsted-post-inspection-action-plan.xlsx"
    title = "South Thames Colleges Group – Post-Inspection Action Plan (PIAP)"
    A1 = ("AFI 1: Leaders and managers should ensure that teachers of adult learners on English and "
          "mathematics courses plan learning that builds on learners' starting points, so that learners make "
          "the progress of which they are capable.")
    A2 = ("AFI 2: Leaders should ensure that apprentices receive useful feedback on their written work so "
          "that they improve the quality of their work over time.")
    A3 = ("AFI 3: Leaders should ensure that all learners on study programmes attend their lessons "
          "regularly, particularly in English and mathematics.")
    A4 = ("AFI 4: Governors should receive more detailed information about the quality of apprenticeships "
          "so that they can hold leaders to account effectively.")
    D = dt.datetime
    # ref, action, lead cell, impact, original, revised, update, prev, curr, exp lead, end, end_text, status
    blocks = [
        (A1, [
            ("1.1", "Introduce a common diagnostic assessment (BKSB plus a teacher-marked free-writing task) for all "
                    "adult English and maths learners in the first two weeks of their course.",
             "Head of English & Maths",
             "100% of adult English and maths learners have a diagnostic outcome recorded by week 3.",
             D(2024, 4, 30), None,
             "Diagnostic in place for the April intake; 98% completion recorded in ProMonitor.",
             "Green", "Complete", ["Head of English & Maths"], "2024-04", None, "blue"),
            ("1.2", "Teachers to use diagnostic outcomes to set individual learning targets in ProMonitor, reviewed "
                    "at each progress review.",
             "Head of English & Maths; Curriculum Managers – Adult Learning",
             "Target-setting audit shows at least 90% of adult learners have individual targets linked to diagnostic.",
             D(2024, 6, 30), None,
             "First audit (May) 76%; coaching in place for teachers below threshold.",
             "Green", "Green", ["Head of English & Maths", "Curriculum Managers – Adult Learning"], "2024-06", None,
             "green"),
            ("1.3", "Quality team to carry out a targeted learning walk of adult English and maths classes at each "
                    "campus and report findings to the Quality Improvement Group.",
             "Director of Quality",
             "Learning walk report presented to QIG with actions for each campus.",
             D(2024, 3, 31), D(2024, 7, 31),
             "Carshalton and Kingston complete; Merton walk postponed twice because of staff absence. Date revised.",
             "Amber", "Red", ["Director of Quality"], "2024-07", None, "red"),
        ]),
        (A2, [
            ("2.1", "Agree a group-wide apprenticeship feedback policy, including minimum expectations for written "
                    "feedback on assessed work in Smart Assessor.",
             "Head of Apprenticeships",
             "Policy approved by SLT and published to all apprenticeship staff.",
             D(2024, 5, 31), None,
             "Policy approved at SLT 14 May 2024 and launched at the apprenticeship team day.",
             "Green", "Complete", ["Head of Apprenticeships"], "2024-05", None, "blue"),
            ("2.2", "Apprenticeship tutor CPD on effective written feedback, followed by sampling of feedback by the "
                    "apprenticeship quality lead each month.",
             "Apprenticeship Quality Lead",
             "Monthly sample shows at least 85% of feedback meets the policy standard.",
             "Jul-24", None,
             "CPD delivered 22 May; first sample due June.",
             "Green", "Green", ["Apprenticeship Quality Lead"], "2024-07", None, "green"),
        ]),
        (A3, [
            ("3.1", "Launch a weekly attendance 'sprint' for GCSE English and maths classes below 85% attendance, "
                    "with same-day follow-up calls by Progress Coaches.",
             "Vice Principal – Students & Inclusion",
             "GCSE English and maths attendance at or above 85% at every campus by end of summer term.",
             D(2024, 5, 31), D(2024, 6, 28),
             "Attendance improved to 82% overall; Merton remains at 78%. Revised date agreed at QIG.",
             "Green", "Amber", ["Vice Principal – Students & Inclusion"], "2024-06", None, "amber"),
            ("3.2", "Align English and maths timetabling with vocational timetables so that no learner has a "
                    "stand-alone English or maths day for 2024/25.",
             "Vice Principal Curriculum; Head of Timetabling & MIS",
             "2024/25 timetable shows no stand-alone English or maths days.",
             D(2024, 9, 2), None,
             "Timetable build under way; English and maths slots fixed first.",
             "Green", "Green", ["Vice Principal Curriculum", "Head of Timetabling & MIS"], "2024-09", None, "green"),
            ("3.3", "Monthly attendance report to Senior Leadership Team and termly to the Quality & Standards "
                    "Committee, by campus and curriculum area.",
             "Head of MIS",
             "Reports received as scheduled; committee minutes record challenge on attendance.",
             "Ongoing", None,
             "Monthly report established from April; first termly report to Q&S Committee 18 June.",
             "", "Green", ["Head of MIS"], None, "Ongoing", "green"),
        ]),
        (A4, [
            ("4.1", "Add an apprenticeship quality dashboard (starts, progress, breaks in learning, achievement, "
                    "end-point assessment grades) to the Quality & Standards Committee papers.",
             "Director of Quality / Clerk to the Corporation",
             "Dashboard included in every Q&S Committee pack from June 2024.",
             D(2024, 6, 18), None,
             "Dashboard presented at the 18 June meeting; governors requested EPA grade trend to be added.",
             "Amber", "Complete", ["Director of Quality", "Clerk to the Corporation"], "2024-06", None, "blue"),
            ("4.2", "Link governor for apprenticeships to attend one apprenticeship employer review and one "
                    "Apprenticeship Steering Group each term and report back to the Board.",
             "Clerk to the Corporation",
             "Link governor reports received at each Board meeting in 2024/25.",
             "Dec-24", None,
             "Link governor appointed (May 2024); schedule of visits agreed.",
             "", "Green", ["Clerk to the Corporation"], "2024-12", None, "green"),
        ]),
    ]
    ragfill = {"Complete": "FF0070C0", "Green": "FF00B050", "Amber": "FFFFC000", "Red": "FFFF0000"}

    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = title
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Ofsted full inspection 27 February – 1 March 2024 (report published 10 April 2024)"
    sm["A3"] = "Progress position: 31 May 2024 – presented to Quality & Standards Committee 18 June 2024"
    sm["A5"] = "Current RAG"
    sm["B5"] = "Number of actions"
    sm["A5"].font = sm["B5"].font = Font(bold=True)
    counts = [("Complete", 3), ("Green", 5), ("Amber", 1), ("Red", 1)]
    r = 6
    for k, n in counts:
        sm.cell(r, 1, k).fill = fill(ragfill[k])
        sm.cell(r, 2, n)
        r += 1
    sm.cell(r, 1, "Total").font = Font(bold=True)
    sm.cell(r, 2, "=SUM(B6:B9)")
    r += 2
    sm.cell(r, 1, "RAG key").font = Font(bold=True)
    r += 1
    for k, meaning in [("Complete", "Action finished and impact evidenced"),
                       ("Green", "On track to meet target date"),
                       ("Amber", "At risk of missing target date"),
                       ("Red", "Target date missed / revised")]:
        sm.cell(r, 1, k).fill = fill(ragfill[k])
        sm.cell(r, 2, meaning)
        r += 1
    sm.column_dimensions["A"].width = 22
    sm.column_dimensions["B"].width = 45

    ws = wb.create_sheet("PIAP")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Provider: South Thames Colleges Group (Carshalton College, Kingston College, Merton College, "
                "South Thames College)")
    heads = ["Ref", "Area for improvement (Ofsted)", "Action", "Lead", "Impact measure / success criteria",
             "Original target date", "Revised target date", "Progress update (May 2024)",
             "Previous RAG (Apr 24)", "Current RAG (May 24)"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(4, i, h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill("FF7030A0")
        c.alignment = WRAP
        c.border = BOX
    r = 5
    expected = []
    for afi, acts in blocks:
        first = r
        for (ref, text, lead, impact, orig, rev, upd, prev, curr, elead, end, etext, status) in acts:
            ws.cell(r, 1, ref)
            if r == first:
                ws.cell(r, 2, afi)
            ws.cell(r, 3, text)
            ws.cell(r, 4, lead)
            ws.cell(r, 5, impact)
            c = ws.cell(r, 6, orig)
            if isinstance(orig, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            c = ws.cell(r, 7, rev)
            if isinstance(rev, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            ws.cell(r, 8, upd)
            c = ws.cell(r, 9, prev or None)
            if prev:
                c.fill = fill(ragfill[prev])
            c = ws.cell(r, 10, curr)
            c.fill = fill(ragfill[curr])
            for i in range(1, 11):
                ws.cell(r, i).alignment = WRAP
                ws.cell(r, i).border = BOX
            expected.append(act(ref, [afi], text, elead, end, status, etext))
            r += 1
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    for col, w in zip("ABCDEFGHIJ", [6, 45, 50, 28, 36, 13, 13, 40, 11, 11]):
        ws.column_dimensions[col].width = w

    vc = wb.create_sheet("Version control")
    for i, h in enumerate(["Version", "Date", "Author", "Changes"], 1):
        vc.cell(1, i, h).font = Font(bold=True)
    for rr, row in enumerate([
        ("0.1", "17/04/2024", "Director of Quality", "First draft from Ofsted report AFIs"),
        ("1.0", "30/04/2024", "Director of Quality", "Approved by SLT; April RAG added"),
        ("1.1", "05/06/2024", "Quality Improvement Manager", "May progress update; revised dates for 1.3 and 3.1"),
    ], 2):
        for i, v in enumerate(row, 1):
            vc.cell(rr, i, v)
    wb.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": ("Imitates a general FE college group's post-inspection action plan (PIAP) after an Ofsted "
                   "full inspection under the EIF (South Thames Colleges Group, 2024; no URL - layout taken from "
                   "published college PIAPs reported to governors' quality committees). Copied features: summary "
                   "sheet with a totals-by-RAG block and RAG key; the PIAP sheet with the Ofsted area for "
                   "improvement merged down the rows of its actions, numbered actions, one lead column holding "
                   "one or two posts, original and revised target dates (real Excel dates and 'Jul-24' text), "
                   "progress update, previous and current RAG as coloured words with 'Complete'; a version "
                   "control sheet."),
        "reads": ("Three sheets: a summary of how many actions are at each RAG, the PIAP itself and a version "
                  "history. The PIAP lists four areas for improvement, each merged down beside its two or three "
                  "actions; where a revised date is given it replaces the original, and the current (May) RAG "
                  "is the status, 'Complete' meaning done."),
        "outcome": "read",
        "title": title,
    }, expected)


# ---------------------------------------------------------------------------
# 3. Salford Royal (Northern Care Alliance) - CQC must do / should do (xlsx, core-service heading
#    rows, must-do merged over its actions, BRAG letters, dd/mm/yyyy dates, FY quarter)
# ---------------------------------------------------------------------------
def make_nca():
    name = "lp1-northern-care-alliance-salford-royal-cqc-must-should-do-action-plan.xlsx"
    title = "Salford Royal – CQC Inspection (June 2023): Must Do and Should Do Action Plan"
    UEC = "URGENT AND EMERGENCY CARE"
    MED = "MEDICAL CARE (INCLUDING OLDER PEOPLE'S CARE)"
    D = dt.datetime
    MD1 = ("The trust must ensure that patients attending the emergency department are triaged in a timely "
           "way and that the time to initial assessment is monitored.")
    MD2 = ("The trust must ensure that staff in the emergency department complete and record risk "
           "assessments for patients with mental health needs, including for self-harm and absconsion.")
    SD1 = "The trust should ensure that all emergency department nursing staff complete paediatric immediate life support training."
    MD3 = "The trust must ensure that medicines are stored securely and at the correct temperature on all medical wards."
    MD4 = ("The trust must ensure that there are sufficient numbers of suitably qualified nursing staff on "
           "medical wards to meet the needs of patients.")
    SD2 = ("The trust should ensure that patients' nutrition and hydration needs are assessed and recorded, "
           "including completion of food and fluid charts.")
    # section, [(must text, regulation, [(ref, action, lead, date, update, brag, exp lead, end, end_text, status)])]
    plan = [
        (UEC, [
            (MD1, "Regulation 12: Safe care and treatment", [
                ("MD1.1", "Implement a rapid assessment and triage (RAT) model in majors between 10:00 and 22:00, "
                          "staffed by an ED consultant and a band 6 nurse.",
                 "Divisional Director of Nursing – Urgent Care", D(2023, 12, 31),
                 "RAT model live from 4 December 2023; median time to initial assessment 11 minutes (July).",
                 "B", ["Divisional Director of Nursing – Urgent Care"], "2023-12", None, "blue"),
                ("MD1.2", "Add time to initial assessment (15 minutes) to the daily ED performance dashboard and the "
                          "monthly divisional quality report; exceptions reviewed at the daily safety huddle.",
                 "Associate Director of Operations / Head of Performance", D(2024, 3, 31),
                 "Dashboard live; exception review embedded. Awaiting three months of sustained data before closure.",
                 "G", ["Associate Director of Operations", "Head of Performance"], "2024-03", None, "green"),
            ]),
            (MD2, "Regulation 12: Safe care and treatment", [
                ("MD2.1", "Introduce a mental health risk assessment tool in the electronic patient record for all ED "
                          "patients presenting with mental health needs; compliance audited weekly (target 95%).",
                 "Head of Nursing – Emergency Department", "Q2 2024/25",
                 "Compliance 81% in June and 86% in July. Trajectory agreed to reach 95% by end of Q2.",
                 "A", ["Head of Nursing – Emergency Department"], "2024-09", "Q2 2024/25", "amber"),
            ]),
            (SD1, "Regulation 18: Staffing", [
                ("SD1.1", "Schedule additional PILS sessions each month; ward managers to release staff against a "
                          "training trajectory reviewed at divisional performance review.",
                 "ED Practice Education Lead", "30/09/2024",
                 "Compliance 78% (target 90%); September cohort fully booked.",
                 "G", ["ED Practice Education Lead"], "2024-09", None, "green"),
            ]),
        ]),
        (MED, [
            (MD3, "Regulation 12: Safe care and treatment", [
                ("MD3.1", "Add daily fridge and clinic room temperature checks to the ward safety checklist, with "
                          "escalation to pharmacy for readings outside range.",
                 "Chief Pharmacist", D(2023, 10, 31),
                 "Checklist in use on all medical wards; pharmacy audit (Q1) 97% compliant.",
                 "B", ["Chief Pharmacist"], "2023-10", None, "blue"),
                ("MD3.2", "Quarterly medicines storage audit by pharmacy technicians on all medical wards; results "
                          "reported to the Medicines Optimisation Group.",
                 "Chief Pharmacist; Matrons – Medicine", "Quarterly",
                 "Q1 audit complete; two wards re-audited for clinic room door security.",
                 "G", ["Chief Pharmacist", "Matrons – Medicine"], None, "Quarterly", "green"),
            ]),
            (MD4, "Regulation 18: Staffing", [
                ("MD4.1", "Complete the establishment review for medical wards using the Safer Nursing Care Tool and "
                          "present the outcome to the Board.",
                 "Chief Nurse", D(2024, 1, 31),
                 "Establishment review approved by the Board of Directors in January 2024.",
                 "B", ["Chief Nurse"], "2024-01", None, "blue"),
                ("MD4.2", "Recruit an international nurse cohort of 40 registered nurses for medical wards, with a "
                          "supported preceptorship programme.",
                 "Deputy Chief Nurse – Workforce", "Sept 2024",
                 "28 of 40 nurses in post; remaining arrivals delayed by OSCE dates.",
                 "A", ["Deputy Chief Nurse – Workforce"], "2024-09", None, "amber"),
            ]),
            (SD2, "Regulation 14: Meeting nutritional and hydration needs", [
                ("SD2.1", "Relaunch MUST screening and fluid balance documentation training through a ward-based "
                          "'Nutrition and Hydration Week'; monthly documentation audit through the ward accreditation "
                          "programme.",
                 "Lead Nurse – Nutrition", D(2024, 5, 31),
                 "Audit compliance 72% against a 90% target; recovery plan agreed at Divisional Quality Board.",
                 "R", ["Lead Nurse – Nutrition"], "2024-05", None, "red"),
            ]),
        ]),
    ]
    bragfill = {"B": "FF0070C0", "R": "FFFF0000", "A": "FFFFC000", "G": "FF00B050"}

    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = ("Northern Care Alliance NHS Foundation Trust | Position as at 31/07/2024 | Reporting to: Group "
                "Quality & Safety Committee")
    ws.merge_cells("A2:H2")
    heads = ["Ref", "Must Do / Should Do", "Regulation", "Action(s) to be taken", "Accountable lead",
             "Target date", "Update (July 2024)", "BRAG"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(4, i, h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill("FF005EB8")
        c.alignment = WRAP
        c.border = BOX
    r = 5
    expected = []
    for section, musts in plan:
        c = ws.cell(r, 1, section)
        c.font = Font(bold=True)
        c.fill = fill("FFD9E1F2")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for must, reg, acts in musts:
            first = r
            for (ref, text, lead, date, upd, brag, elead, end, etext, status) in acts:
                ws.cell(r, 1, ref)
                if r == first:
                    ws.cell(r, 2, must)
                    ws.cell(r, 3, reg)
                ws.cell(r, 4, text)
                ws.cell(r, 5, lead)
                c = ws.cell(r, 6, date)
                if isinstance(date, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
                ws.cell(r, 7, upd)
                c = ws.cell(r, 8, brag)
                c.fill = fill(bragfill[brag])
                c.alignment = Alignment(horizontal="center", vertical="top")
                for i in range(1, 8):
                    ws.cell(r, i).alignment = WRAP
                for i in range(1, 9):
                    ws.cell(r, i).border = BOX
                expected.append(act(ref, [section, must], text, elead, end, status, etext))
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
                ws.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
    for col, w in zip("ABCDEFGH", [8, 42, 22, 50, 30, 12, 42, 7]):
        ws.column_dimensions[col].width = w

    sm = wb.create_sheet("BRAG summary")
    sm["A1"] = "BRAG summary by core service – position as at 31/07/2024"
    sm["A1"].font = Font(bold=True)
    for i, h in enumerate(["Core service", "B", "G", "A", "R", "Total"], 1):
        sm.cell(3, i, h).font = Font(bold=True)
    for rr, row in enumerate([("Urgent and emergency care", 1, 2, 1, 0),
                              ("Medical care", 2, 1, 1, 1)], 4):
        for i, v in enumerate(row, 1):
            sm.cell(rr, i, v)
        sm.cell(rr, 6, "=SUM(B%d:E%d)" % (rr, rr))
    sm.cell(6, 1, "Total").font = Font(bold=True)
    for i, col in enumerate("BCDEF", 2):
        sm.cell(6, i, "=SUM(%s4:%s5)" % (col, col))
    sm["A8"] = "BRAG key"
    sm["A8"].font = Font(bold=True)
    for rr, (k, meaning) in enumerate([("B", "Blue – action complete and evidence of embedding provided"),
                                       ("G", "Green – on track to deliver by target date"),
                                       ("A", "Amber – some risk to delivery by target date"),
                                       ("R", "Red – target date missed or significant risk")], 9):
        sm.cell(rr, 1, k).fill = fill(bragfill[k])
        sm.cell(rr, 2, meaning)
    sm.column_dimensions["A"].width = 28
    sm.column_dimensions["B"].width = 10
    wb.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": ("Imitates an NHS acute trust's CQC must-do/should-do action plan as reported to a board "
                   "quality committee (Northern Care Alliance NHS FT, Salford Royal site, after a 2023 core "
                   "service inspection of urgent and emergency care and medical care; no URL - layout taken "
                   "from trust board CQC improvement plan progress reports such as the East of England "
                   "Ambulance Service 'CQC Quality Improvement Plan Progress Report' papers and Sheffield Health "
                   "& Social Care's published CQC action plans). Copied features: title and position-date rows, "
                   "core-service heading rows in capitals across the table, each must/should do and its "
                   "regulation merged down beside its numbered actions (MD1.1, MD1.2), accountable lead with "
                   "occasional two posts, dd/mm/yyyy dates with a financial-year quarter and 'Quarterly', "
                   "update column, BRAG letters with fill; a second sheet with BRAG counts and key."),
        "reads": ("The first sheet is the action plan: two core-service headings, under each the CQC must-do and "
                  "should-do findings, each merged beside one or two actions with lead, target date, July update "
                  "and a B/R/A/G letter. The second sheet only counts the BRAG ratings and gives the key."),
        "outcome": "read",
        "title": title,
    }, expected)


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    lines = text.split("\n")
    cell.text = lines[0]
    for ln in lines[1:]:
        cell.add_paragraph(ln)
    if bold:
        for p in cell.paragraphs:
            for run in p.runs:
                run.bold = True


# ---------------------------------------------------------------------------
# 4. Fowey River Practice - GP CQC inspection action plan (docx, one table per regulation,
#    requirement notice paragraph above each table, document-control and key tables)
# ---------------------------------------------------------------------------
def make_fowey():
    name = "lp1-fowey-river-practice-cqc-inspection-action-plan.docx"
    title = "Fowey River Practice: Action Plan following CQC Inspection"
    H1 = "1. Regulation 12 – Safe care and treatment (Requirement notice)"
    R1 = ("The provider must ensure care and treatment is provided in a safe way for service users. In "
          "particular, patients prescribed high-risk medicines must receive the required monitoring before "
          "prescriptions are reissued, and patient safety alerts must be acted on.")
    H2 = "2. Regulation 17 – Good governance (Requirement notice)"
    R2 = ("The provider must establish and operate effective systems and processes to ensure good governance, "
          "including oversight of staff training, recruitment checks and the management of significant events.")
    H3 = "3. Areas where the practice should improve"
    statusfill = {"Complete": "0070C0", "On track": "00B050", "Delayed": "FFC000", "Not started": None}
    st = {"Complete": "blue", "On track": "green", "Delayed": "amber", "Not started": "unrated"}
    t1 = [
        ("1.1", "Run a weekly EMIS search for patients on DMARDs, lithium and warfarin who are overdue monitoring; "
                "recall them and add a reception alert to overdue records.",
         "Dr Anna Rowe (Prescribing Lead)", "30 April 2024", "Complete",
         ["Dr Anna Rowe (Prescribing Lead)"], "2024-04", None),
        ("1.2", "Clinical pharmacist to complete a structured medication review for every patient prescribed "
                "methotrexate without a blood test in the last three months.",
         "Clinical Pharmacist", "31 May 2024", "Complete", ["Clinical Pharmacist"], "2024-05", None),
        ("1.3", "Set up a safety alerts log: alerts received by the Practice Manager, assessed by the duty GP and "
                "actioned within 14 days, with the searches re-run every quarter.",
         "Practice Manager / Duty GP", "End of June 2024", "On track",
         ["Practice Manager", "Duty GP"], "2024-06", "End of June 2024"),
    ]
    t2 = [
        ("2.1", "Move all mandatory training records onto the Blue Stream Academy matrix and produce a monthly "
                "compliance report for the partners’ meeting.",
         "Jo Hicks (Practice Manager)", "June 2024", "On track", ["Jo Hicks (Practice Manager)"], "2024-06", None),
        ("2.2", "Audit every staff personnel file against Schedule 3 and obtain any missing DBS checks, references "
                "and immunisation records.",
         "Practice Manager", "31/07/2024", "Delayed", ["Practice Manager"], "2024-07", None),
        ("2.3", "Introduce a significant event log with quarterly review meetings; learning to be minuted and "
                "shared with all staff.",
         "Dr Mark Penhale and Jo Hicks", "September 2024", "Not started",
         ["Dr Mark Penhale", "Jo Hicks"], "2024-09", None),
    ]
    t3 = [
        ("3.1", "Continue to improve the uptake of cervical screening.",
         "Offer a monthly Saturday morning smear clinic and send text reminders to all eligible patients not "
         "screened in the last three and a half years.",
         "Lead Nurse", "March 2025", "On track", ["Lead Nurse"], "2025-03", None),
        ("3.2", "Take action to improve patient satisfaction with telephone access.",
         "Move to a cloud-based telephony system with call-back and queue position, and review call data "
         "monthly with the Patient Participation Group.",
         "Practice Manager; PPG Chair", "Ongoing", "On track", ["Practice Manager", "PPG Chair"], None, "Ongoing"),
    ]

    doc = Document()
    styles = doc.styles
    styles["Normal"].font.name = "Arial"
    styles["Normal"].font.size = Pt(10)
    p = doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Inspection: 12 March 2024 (announced assessment)  |  Report published: 8 May 2024  |  "
                      "Overall rating: Requires improvement")
    dc = doc.add_table(rows=0, cols=2)
    dc.style = "Table Grid"
    for k, v in [("Document", "CQC inspection action plan"), ("Version", "1.2"),
                 ("Author", "Practice Manager"), ("Approved", "Partners’ meeting, 22 May 2024"),
                 ("Next review", "July 2024")]:
        cells = dc.add_row().cells
        set_cell(cells[0], k, bold=True)
        set_cell(cells[1], v)
    doc.add_paragraph("")
    doc.add_paragraph("Status key", style="Heading 3")
    kt = doc.add_table(rows=0, cols=2)
    kt.style = "Table Grid"
    for k, meaning in [("Complete", "Blue – action completed and evidence filed"),
                       ("On track", "Green – on track for the target date"),
                       ("Delayed", "Amber – target date at risk"),
                       ("Not started", "No colour – not yet due to start")]:
        cells = kt.add_row().cells
        set_cell(cells[0], k, bold=True)
        if statusfill[k]:
            shade(cells[0], statusfill[k])
        set_cell(cells[1], meaning)
    doc.add_paragraph("")
    doc.add_paragraph(
        "Following our inspection the CQC issued requirement notices under Regulations 12 and 17 and "
        "identified two areas where we should improve. This plan sets out what we are doing in response.")

    expected = []

    def plan_table(rows, heading, req):
        doc.add_paragraph(heading, style="Heading 2")
        doc.add_paragraph(req)
        t = doc.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", "What we will do", "Who", "By when", "Status"]):
            set_cell(c, h, bold=True)
            shade(c, "D9D9D9")
        for (ref, text, lead, when, status, elead, end, etext) in rows:
            cells = t.add_row().cells
            for c, v in zip(cells, [ref, text, lead, when, status]):
                set_cell(c, v)
            if statusfill[status]:
                shade(cells[4], statusfill[status])
            expected.append(act(ref, [heading, req], text, elead, end, st[status], etext))
        doc.add_paragraph("")

    plan_table(t1, H1, R1)
    plan_table(t2, H2, R2)
    doc.add_paragraph(H3, style="Heading 2")
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Ref", "The practice should", "What we will do", "Who", "By when", "Status"]):
        set_cell(c, h, bold=True)
        shade(c, "D9D9D9")
    for (ref, should, text, lead, when, status, elead, end, etext) in t3:
        cells = t.add_row().cells
        for c, v in zip(cells, [ref, should, text, lead, when, status]):
            set_cell(c, v)
        if statusfill[status]:
            shade(cells[5], statusfill[status])
        expected.append(act(ref, [H3, should], text, elead, end, st[status], etext))
    doc.add_paragraph("")
    doc.add_paragraph("This action plan is reviewed monthly at the partners’ meeting and will be published on the "
                      "practice website alongside the CQC report.")
    doc.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": ("Imitates a GP practice's action plan published after a CQC inspection that issued "
                   "requirement notices (Fowey River Practice, Cornwall, 2024; no URL - layout taken from GP "
                   "practice action plans that CQC encourages practices to publish on their websites, see MDU "
                   "'What happens after the inspection?'). Copied features: title, inspection line, a document "
                   "control table and a status key table (Complete = blue, Delayed = amber), one Word table per "
                   "requirement notice with the regulation as a numbered heading and the requirement text as a "
                   "paragraph above the table, a different table shape for the should-improve areas with the "
                   "should-do text in its own column, leads as named GPs/staff or posts, status words with "
                   "cell shading, closing note."),
        "reads": ("A short Word plan: after the document control and status key tables come two sections for "
                  "the Regulation 12 and 17 requirement notices, each with the requirement text and a table of "
                  "three actions, then a table of two should-improve areas each with its action. Status is read "
                  "from the words using the practice's key."),
        "outcome": "read",
        "title": title,
    }, expected)


# ---------------------------------------------------------------------------
# 5. HMP & YOI Eastwood Park - HMPPS response to HMIP inspection (docx, HMPPS template,
#    categorisation table, priority / key concern tables, numbered steps in one cell, no RAG)
# ---------------------------------------------------------------------------
def make_eastwood():
    name = "lp1-hmp-eastwood-park-hmip-inspection-action-plan.docx"
    title = "Action Plan: HMP & YOI Eastwood Park"
    PC = "Priority concerns"
    KC = "Key concerns"
    heads = ["No.", "Concern", "Response (Agreed / Partly Agreed / Not Agreed)", "Response Details",
             "Action(s)", "Responsible Owner", "Target Date"]
    pri = [
        ("1", "Levels of self-harm were very high and had increased since the last inspection. Too many women in "
              "crisis did not receive consistent, good-quality case management under ACCT.",
         "Agreed",
         "The prison recognises that self-harm remains too high and that the quality of ACCT case management "
         "varies between units.",
         "1. Refresh the ACCT case manager cohort so that each residential unit has at least two trained case "
         "managers on every shift.\n2. Introduce a weekly multidisciplinary complex case review for women with "
         "three or more self-harm incidents in a month.",
         "Head of Safer Custody", "30/09/2024", ["Head of Safer Custody"], "2024-09", None),
        ("2", "Women with serious mental health needs waited too long to transfer to hospital under the Mental "
              "Health Act, and some were held in segregation while they waited.",
         "Partly Agreed",
         "Transfer timescales depend on NHS bed availability, which is outside the prison’s control. The prison "
         "will escalate every case that exceeds the national guideline.",
         "Escalate every transfer exceeding the 28-day national guideline to the regional Health and Justice "
         "commissioner and the Prison Group Director, and record each delay on the healthcare risk register.",
         "Head of Healthcare / Deputy Governor", "Ongoing", ["Head of Healthcare", "Deputy Governor"], None,
         "Ongoing"),
        ("3", "Women spent too long locked in their cells during the working day, and too few were engaged in "
              "purposeful activity.",
         "Agreed",
         "A revised regime is being consulted on with staff and the women’s council.",
         "1. Revise the regime to provide a minimum of 7.5 hours unlock on weekdays for women in full-time "
         "activity.\n2. Increase education and workshop places by 60 through a revised activities allocation.",
         "Head of Residence; Head of Reducing Reoffending", "March 2025",
         ["Head of Residence", "Head of Reducing Reoffending"], "2025-03", None),
        ("4", "Leaders’ oversight of the use of force was weak; body-worn video cameras were not routinely drawn "
              "and documentation was often incomplete.",
         "Agreed",
         "Governance of use of force has been strengthened since the inspection.",
         "Introduce a weekly use of force scrutiny meeting chaired by the Deputy Governor, reviewing all incidents "
         "and available body-worn video footage, with findings reported to the monthly Safety Meeting.",
         "Deputy Governor", "31 July 2024", ["Deputy Governor"], "2024-07", None),
    ]
    key = [
        ("5", "Reception and first night arrangements did not identify risks well, and not all women received a "
              "first night interview in private.",
         "Agreed",
         "The first night centre will be reconfigured.",
         "Refurbish the first night centre interview room and introduce a first night checklist audited weekly by "
         "the residential custodial manager.",
         "Head of Residence", "31/08/2024", ["Head of Residence"], "2024-08", None),
        ("6", "Too many women were released homeless or without sustainable accommodation.",
         "Partly Agreed",
         "Accommodation on release is commissioned by the Probation Service; the prison will support this work "
         "but cannot guarantee housing outcomes.",
         "Hold a monthly housing surgery with the Probation Service and local authority housing teams for women in "
         "the 12 weeks before release, and track accommodation outcomes on release each month.",
         "Head of Reducing Reoffending / Head of Offender Management Delivery", "December 2024",
         ["Head of Reducing Reoffending", "Head of Offender Management Delivery"], "2024-12", None),
        ("7", "Many cells on the older residential units were in poor condition, with broken windows, damp and "
              "inadequate furniture.",
         "Agreed",
         "Capital funding has been allocated for 2024/25.",
         "Complete the decency programme for residential units 1 and 2, including window replacement funded "
         "through the 2024/25 capital allocation.",
         "Head of Estates (Gov Facility Services Ltd)", "Q4 2024/25",
         ["Head of Estates (Gov Facility Services Ltd)"], "2025-03", "Q4 2024/25"),
    ]

    doc = Document()
    styles = doc.styles
    styles["Normal"].font.name = "Arial"
    styles["Normal"].font.size = Pt(10)
    sec = doc.sections[0]
    sec.orientation = 1
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    p = doc.add_paragraph()
    r = p.add_run(title)
    r.bold = True
    r.font.size = Pt(18)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for line in ["Action Plan Submitted: 14 June 2024",
                 "A Response to the HMIP Inspection: 29 January – 9 February 2024",
                 "Report Published: 23 April 2024"]:
        q = doc.add_paragraph(line)
        q.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_page_break()
    doc.add_paragraph("INTRODUCTION", style="Heading 1")
    doc.add_paragraph(
        "HM Inspectorate of Prisons (HMIP) reports on conditions for and the treatment of those in prison. Since "
        "2022 HMIP reports priority and key concerns rather than recommendations. In response, HM Prison and "
        "Probation Service (HMPPS) prepares an action plan that states whether each concern is agreed, partly "
        "agreed or not agreed and sets out the actions, the responsible owner and the target date for each.")
    doc.add_paragraph("The categorisations used are set out below.")
    ct = doc.add_table(rows=1, cols=3)
    ct.style = "Table Grid"
    for c, h in zip(ct.rows[0].cells, ["Term", "Definition", "Additional comment"]):
        set_cell(c, h, bold=True)
    for row in [("Agreed", "All of the concern is accepted and can be addressed within available resources.",
                 "The response sets out how the concern will be addressed, with timescales."),
                ("Partly Agreed", "Only part of the concern can be addressed, for example for commissioning, "
                                  "policy or affordability reasons.",
                 "The response states which part will be addressed and why the rest cannot."),
                ("Not Agreed", "The concern is not accepted or cannot be addressed.",
                 "The response gives the reason; no actions are listed.")]:
        cells = ct.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)
    doc.add_paragraph("")
    doc.add_paragraph("ACTION PLAN", style="Heading 1")

    expected = []

    def concern_table(heading, rows):
        doc.add_paragraph(heading, style="Heading 2")
        t = doc.add_table(rows=1, cols=7)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, heads):
            set_cell(c, h, bold=True)
            shade(c, "BDD7EE")
        for (no, concern, resp, details, actions, owner, when, elead, end, etext) in rows:
            cells = t.add_row().cells
            for c, v in zip(cells, [no, concern, resp, details, actions, owner, when]):
                set_cell(c, v)
            expected.append(act(no, [heading, concern], actions, elead, end, "unrated", etext))
        doc.add_paragraph("")

    concern_table(PC, pri)
    concern_table(KC, key)
    doc.add_paragraph("Progress against this action plan is monitored monthly by the Senior Leadership Team and "
                      "quarterly by the Prison Group Director.")
    doc.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": ("Imitates an HMPPS action plan responding to an HM Inspectorate of Prisons inspection report "
                   "(HMP & YOI Eastwood Park, women's prison, 2024; dates invented; template copied from published "
                   "HMPPS plans such as 'Action Plan: HMP Elmley' and 'Action Plan: HMP The Verne' on vdocuments/"
                   "fdocuments, and HMIP's 2022 move from recommendations to priority and key concerns). Copied "
                   "features: centred cover lines (submitted / response to inspection / report published), "
                   "introduction and the Agreed / Partly Agreed / Not Agreed categorisation table, then one table "
                   "per concern type with No., Concern, Response, Response Details, Action(s) (sometimes numbered "
                   "steps in one cell), Responsible Owner and Target Date; no RAG column."),
        "reads": ("A Word action plan from a prison: a cover, an introduction with a table defining the response "
                  "categories, then a table of four priority concerns and a table of three key concerns, each row "
                  "giving the concern, whether it is agreed, the action(s) with owner and target date. There is "
                  "no progress rating, so every action is unrated; the numbered steps in one cell are one "
                  "action's text."),
        "outcome": "read",
        "title": title,
    }, expected)


# ---------------------------------------------------------------------------
# 6. Cygnet Hospital Harrow - CQC mental health must/should do action plan (txt, tab-separated
#    export with preamble lines, status key line, totals and notes lines)
# ---------------------------------------------------------------------------
def make_cygnet():
    name = "lp1-cygnet-hospital-harrow-cqc-mental-health-must-should-do-action-plan.txt"
    title = "Cygnet Hospital Harrow – CQC Inspection Action Plan (Must Do / Should Do)"
    BY = "Acute wards for adults of working age and PICU (Byron Ward)"
    SU = "Forensic inpatient wards (Springs Unit)"
    SC = "Wards for people with a learning disability or autism (Springs Centre)"
    SW = "Long stay / rehabilitation wards (Springs Wing)"
    HW = "Hospital-wide"
    st = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    rows = [
        ("M1", "Must", BY, "The provider must ensure that all incidents are recorded, reviewed and that measures are "
                           "taken to address patient safety.",
         "Incident reporting refresher for all Byron Ward staff; incidents reviewed daily at the morning safety "
         "huddle with actions logged on the incident system.",
         "Ward Manager – Byron", "31/08/2023", "B",
         "Refresher delivered to 41 of 43 staff. Daily review in place since 3 July.",
         ["Ward Manager – Byron"], "2023-08", None),
        ("M2", "Must", BY, "The provider must ensure that the ward environment is clean and well maintained and that "
                           "ligature risk assessments are up to date.",
         "Complete the annual ligature risk assessment for Byron Ward and the bathroom refurbishment programme.",
         "Hospital Director; Estates Manager", "30/11/2023", "G",
         "Ligature assessment complete. Bathroom works scheduled for October.",
         ["Hospital Director", "Estates Manager"], "2023-11", None),
        ("M3", "Must", SU, "The provider must ensure that care plans are personalised, holistic and reflect each "
                           "patient's assessed needs, including their autism.",
         "Rewrite all care plans using the autism-informed care plan template, with patient involvement recorded; "
         "MDT to sign off each plan.",
         "Consultant Psychiatrist / Lead Nurse – Springs", "Oct-23", "A",
         "9 of 14 care plans rewritten. Two nurses on leave; completion may slip to November.",
         ["Consultant Psychiatrist", "Lead Nurse – Springs"], "2023-10", None),
        ("M4", "Must", SC, "The provider must ensure that seclusion and long-term segregation are reviewed in line "
                           "with the Mental Health Act Code of Practice.",
         "Implement a seclusion review tracker recording medical, nursing and MDT review times; weekly audit by the "
         "Mental Health Act Administrator.",
         "Medical Director", "30/09/2023", "R",
         "Tracker built but weekly audit not yet started. Escalated to Regional Operations Director.",
         ["Medical Director"], "2023-09", None),
        ("M5", "Must", HW, "The provider must ensure that there are sufficient numbers of suitably qualified, "
                           "competent and experienced staff on each ward.",
         "Recruit to 12 registered nurse vacancies; block-book regular agency staff with autism training until "
         "substantive staff are in post.",
         "Hospital Director", "31/12/2023", "A",
         "5 RNs appointed, 3 awaiting start dates. Agency block booking in place.",
         ["Hospital Director"], "2023-12", None),
        ("M6", "Must", HW, "The provider must ensure that governance systems effectively monitor the quality and "
                           "safety of the service.",
         "Introduce a monthly clinical governance meeting with a standard agenda and a ward-level quality "
         "dashboard.",
         "Hospital Director / Quality Lead", "31/08/2023", "B",
         "First meeting held 24 July; dashboard reviewed in August and September.",
         ["Hospital Director", "Quality Lead"], "2023-08", None),
        ("S1", "Should", BY, "The provider should ensure that patients know how to make a complaint and receive "
                             "information about the outcome.",
         "Display easy read complaints posters on every ward and add complaints to the weekly community meeting "
         "agenda.",
         "Patient Engagement Lead", "15/09/2023", "B",
         "Posters displayed; complaints a standing item since August.",
         ["Patient Engagement Lead"], "2023-09", None),
        ("S2", "Should", SW, "The provider should ensure that patients have access to a range of meaningful "
                             "activities, including at weekends.",
         "Appoint two additional activity coordinators and publish a seven-day activity timetable for Springs "
         "Wing.",
         "OT Lead", "Nov-23", "G",
         "One coordinator appointed; second post at interview.",
         ["OT Lead"], "2023-11", None),
        ("S3", "Should", SC, "The provider should ensure that easy read information is available to patients.",
         "Produce easy read versions of the patient welcome pack, rights leaflets and ward rules.",
         "Speech and Language Therapist", "Ongoing", "G",
         "Welcome pack and rights leaflets done; ward rules in draft.",
         ["Speech and Language Therapist"], None, "Ongoing"),
    ]
    lines = [
        title,
        "Cygnet Health Care Limited",
        "Inspection: 23–24 May and 6, 7 & 11 June 2023 | Overall rating: Inadequate",
        "Export from Quality Improvement Tracker – run 02/10/2023 09:14",
        "Status key: B = Complete | G = On track | A = At risk of slippage | R = Overdue",
        "",
        "\t".join(["Ref", "Type", "Core service / ward", "CQC requirement", "Action", "Action owner", "Due date",
                   "Status", "Progress note"]),
    ]
    expected = []
    for (ref, typ, core, req, action, owner, due, status, note, elead, end, etext) in rows:
        lines.append("\t".join([ref, typ, core, req, action, owner, due, status, note]))
        expected.append(act(ref, [core, req], action, elead, end, st[status], etext))
    lines += [
        "",
        "Totals: 9 actions | B 3 | G 3 | A 2 | R 1",
        "Notes: Must Do actions are reported weekly to the Hospital Director and monthly to the Cygnet Quality "
        "Assurance Committee. Should Do actions are reviewed at the monthly clinical governance meeting.",
    ]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")

    write_yaml(name, {
        "source": ("Imitates an independent mental health hospital's CQC must-do/should-do action tracker after "
                   "the May–June 2023 inspection of Cygnet Hospital Harrow (rated inadequate; core services Byron "
                   "Ward acute/PICU and the Springs Centre, Springs Unit and Springs Wing autism services; see "
                   "https://www.cqc.org.uk/location/1-130486784/reports). Copied features: a plain text, "
                   "tab-separated export from a quality tracker with title, provider, inspection and run-date "
                   "lines, a one-line status key (B/G/A/R), one header row, the core service and CQC requirement "
                   "repeated on each row, must/should type column, leads as posts (some two), dd/mm/yyyy and "
                   "Mon-yy dates, 'Ongoing', then totals and notes lines."),
        "reads": ("A tab-separated export: five preamble lines including a status key, a header row and nine "
                  "action rows (six must-dos, three should-dos), each giving the core service, the CQC "
                  "requirement it answers, the action, owner, due date and a B/G/A/R letter, followed by a "
                  "totals line and a notes line."),
        "outcome": "read",
        "title": title,
    }, expected)


# ---------------------------------------------------------------------------
# 7. Loughborough University - apprenticeships PIAP, CSV export with a mistyped month (refuse)
# ---------------------------------------------------------------------------
def make_lboro():
    name = "lp1-loughborough-university-ofsted-apprenticeships-piap-typo-month-refuse.csv"
    title = "Loughborough University – Apprenticeships Post-Inspection Action Plan (PIAP)"
    QE = "Quality of education"
    LM = "Leadership and management"
    AF1 = ("Leaders should ensure that apprentices' off-the-job training is planned and recorded consistently so "
           "that apprentices and employers understand how it contributes to their learning.")
    AF2 = ("Tutors should ensure that progress reviews include specific targets linked to the knowledge, skills "
           "and behaviours of the apprenticeship standard.")
    AF3 = ("Leaders should ensure that apprentices understand the risks of radicalisation and extremism relevant "
           "to their workplaces and local area.")
    rows = [
        (QE, AF1, "1.1", "Introduce a standard off-the-job training plan template for all apprenticeship programmes, "
                         "agreed with the employer at the tripartite start review.",
         "Head of Apprenticeships", "30/06/2024", "Complete", "Template in use for all September 2024 starts."),
        (QE, AF1, "1.2", "Programme directors to audit off-the-job hours in OneFile each term and follow up with "
                         "employers where apprentices are below 90% of planned hours.",
         "Programme Directors; Apprenticeships Compliance Officer", "Dec-24", "Green",
         "Summer term audit complete; 14 apprentices below 90%, employers contacted."),
        (QE, AF2, "2.1", "Revise the progress review form to include SMART targets linked to KSBs, with training for "
                         "all academic mentors.",
         "Academic Lead for Apprenticeships", "Sept 2024", "Green",
         "Form revised; mentor training booked for 17 September."),
        (QE, AF2, "2.2", "Sample 10% of progress reviews each term for target quality and report findings to the "
                         "Apprenticeship Quality Board.",
         "Apprenticeship Quality Manager", "Noveber 2024", "Amber",
         "First sample delayed until the new review form is in use."),
        (LM, AF3, "3.1", "Embed Prevent and British values content in the induction module, with a refresher in each "
                         "year of the programme.",
         "Head of Student Wellbeing / Designated Safeguarding Lead", "31/10/2024", "Green",
         "Induction content updated; refresher module in development with the regional Prevent coordinator."),
        (LM, AF3, "3.2", "Add questions on local radicalisation risks to progress reviews and monitor responses "
                         "through the safeguarding dashboard.",
         "Designated Safeguarding Lead", "Jan-25", "Green", "Questions drafted."),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow([title, "", "", "", "", "", "", ""])
    w.writerow(["Ofsted inspection of apprenticeship provision: 5–8 March 2024; overall effectiveness: Good",
                "", "", "", "", "", "", ""])
    w.writerow(["Exported from the Apprenticeship Quality Board tracker 09/09/2024", "", "", "", "", "", "", ""])
    w.writerow([""] * 8)
    w.writerow(["Theme", "Area for improvement", "Ref", "Action", "Lead", "Target date", "RAG", "Progress to date"])
    bad_line = None
    line_no = 5
    for row in rows:
        line_no += 1
        w.writerow(list(row))
        if row[5] == "Noveber 2024":
            bad_line = line_no
    w.writerow([""] * 8)
    w.writerow(["RAG: Complete = action completed; Green = on track; Amber = some slippage; Red = off track",
                "", "", "", "", "", "", ""])
    text = buf.getvalue()
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write(text)
    # check the line number of the mistyped month as the user finds it
    for i, ln in enumerate(text.split("\n"), 1):
        if "Noveber 2024" in ln:
            assert i == bad_line, (i, bad_line)

    write_yaml(name, {
        "source": ("Imitates a university's apprenticeship post-inspection action plan after an Ofsted "
                   "inspection of its degree apprenticeships (Loughborough University, 2024; no URL - layout from "
                   "university PIAPs reported to an apprenticeship quality board, and the Ofsted themes for HEI "
                   "apprenticeships summarised by Aptem and Mesma). Copied features: CSV export of a tracker with "
                   "title, inspection and export lines, a flat table repeating theme and area for improvement on "
                   "each row, numbered actions, leads as posts (some two), mixed date styles (dd/mm/yyyy, Mon-yy, "
                   "'Sept 2024'), RAG words and a RAG key line at the end."),
        "reads": ("A flat CSV of six apprenticeship actions under three Ofsted areas for improvement. The target "
                  "date for action 2.2 reads 'Noveber 2024', a mistyped month; a careful reader would stop and "
                  "ask rather than guess it means November 2024."),
        "outcome": "refuse",
        "refuse_at": bad_line,
        "title": title,
    })


if __name__ == "__main__":
    make_saltash()
    make_stcg()
    make_nca()
    make_fowey()
    make_eastwood()
    make_cygnet()
    make_lboro()
    print("built 7 lp1 cases in", HERE)
