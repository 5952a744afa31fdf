"""Build the seven hu1- cases of set heldout263 (data files and their expected readings).

Run with /work/main/.venv/bin/python hu1_make.py  (openpyxl, python-docx, pyyaml).
"""
import csv
import datetime as dt
import json
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))

RAGFILL = {
    "red": "FF0000", "amber": "FFC000", "green": "00B050", "blue": "00B0F0",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def D(y, m, d):
    return dt.datetime(y, m, d)


# ---------------------------------------------------------------------------
# expected-yaml writer (json strings are valid YAML double-quoted scalars)
# ---------------------------------------------------------------------------
def q(s):
    return json.dumps(s, ensure_ascii=False)


def fold(text, indent="  ", width=96):
    words = text.split()
    lines, cur = [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    if cur:
        lines.append(cur)
    return "\n".join(indent + ln for ln in lines)


def write_expected(fname, exp):
    out = []
    out.append("source: >-\n" + fold(exp["source"]))
    out.append("reads: >-\n" + fold(exp["reads"]))
    out.append("outcome: " + exp["outcome"])
    if "accept_refusal" in exp:
        out.append("accept_refusal: " + ("true" if exp["accept_refusal"] else "false"))
    if "refuse_at" in exp:
        out.append("refuse_at: %d" % exp["refuse_at"])
    if exp.get("title") is not None:
        out.append("title: " + q(exp["title"]))
    if exp["outcome"] == "read":
        out.append("actions:")
        for a in exp["actions"]:
            out.append("  - ref: " + (q(a["ref"]) if a["ref"] is not None else "null"))
            out.append("    under: [" + ", ".join(q(u) for u in a["under"]) + "]")
            out.append("    action: " + q(a["action"]))
            out.append("    lead: [" + ", ".join(q(x) for x in a["lead"]) + "]")
            out.append("    end: " + (q(a["end"]) if a["end"] else "null"))
            if a.get("end_text"):
                out.append("    end_text: " + q(a["end_text"]))
            out.append("    status: " + a["status"])
    with open(os.path.join(HERE, fname + ".expected.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def A(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end, "status": status}
    if end_text:
        d["end_text"] = end_text
    return d


# ===========================================================================
# 1. Dorset local area SEND priority action plan (xlsx, read)
# ===========================================================================
def dorset():
    fname = "hu1-dorset-council-local-area-send-priority-action-plan.xlsx"
    title = "Dorset Local Area SEND Partnership – Priority Action Plan 2024–2026"
    afi1 = ("1. Leaders across education, health and care should ensure that the quality of EHC plans, "
            "including the health and social care sections, is consistently strong and that plans are "
            "updated promptly after annual reviews.")
    afi2 = ("2. Leaders should strengthen the preparation for adulthood offer so that young people aged 14 "
            "to 25 with SEND, and their families, know what support is available and plan for their next "
            "steps early.")
    afi3 = ("3. Health leaders should reduce waiting times for neurodevelopmental assessments and improve "
            "the support available to children and families while they wait.")
    # (ref, action, lead cell, partners, start, original, revised, measure, prev, cur, update, exp)
    rows = [
        ("H", afi1),
        ("A", "1.1",
         "Introduce a multi-agency EHC plan quality assurance framework, with monthly moderation panels "
         "including health and social care representatives.",
         "Head of SEN Assessment & Review / Designated Clinical Officer", "Dorset Council; NHS Dorset",
         D(2024, 7, 1), D(2024, 9, 30), D(2024, 12, 31),
         "80% of audited plans rated good or better by March 2025", "Amber", "Complete",
         "Framework agreed at Board 12/12/2024. Four moderation panels held; 76% of plans rated good.",
         (["Head of SEN Assessment & Review", "Designated Clinical Officer"], "2024-12", None, "blue")),
        ("A", "1.2",
         "Deliver training for social care and health practitioners on writing outcomes-focused advice "
         "for EHC needs assessments.",
         "Designated Social Care Officer", "Dorset Council; Dorset HealthCare",
         D(2024, 9, 1), D(2025, 1, 31), None,
         "Advice returned within 6 weeks in 90% of cases", "Green", "Green",
         "Three sessions delivered to 118 practitioners; further session booked for health visitors.",
         (["Designated Social Care Officer"], "2025-01", None, "green")),
        ("A", "1.3",
         "Reduce the backlog of annual reviews awaiting amendment so that 90% of amended plans are issued "
         "within 12 weeks of the review meeting.",
         "Service Manager – SEN Casework", "Dorset Council",
         D(2024, 7, 1), D(2025, 3, 31), D(2025, 9, 30),
         "90% of amended plans issued within 12 weeks", "Red", "Amber",
         "Backlog reduced from 640 to 310. Deadline revised at Board 12/12/2024 owing to casework vacancies.",
         (["Service Manager – SEN Casework"], "2025-09", None, "amber")),
        ("H", afi2),
        ("A", "2.1",
         "Co-produce a preparing for adulthood pathway with young people and Dorset Parent Carer Council "
         "and publish it on the Local Offer.",
         "Preparing for Adulthood Lead; DPCC Participation Officer", "DPCC; Adult Social Care",
         D(2024, 9, 1), "Summer term 2025", None,
         "Pathway published; young people report they know what happens next", "Green", "Green",
         "Two co-production workshops held with the Youth Forum; draft pathway out for comment.",
         (["Preparing for Adulthood Lead", "DPCC Participation Officer"], "2025-07", "Summer term 2025", "green")),
        ("A", "2.2",
         "Ensure all Year 9 annual reviews include a preparing for adulthood section, audited termly.",
         "Head of Inclusion", "Schools; Post-16 providers",
         D(2024, 9, 1), "Ongoing", None,
         "100% of Year 9 reviews include PfA outcomes", "Amber", "Green",
         "Spring term audit: 88% of Year 9 reviews include a PfA section (autumn 61%).",
         (["Head of Inclusion"], None, "Ongoing", "green")),
        ("A", "2.3",
         "Establish a transitions panel between children’s and adult social care for young people from "
         "age 16.",
         "Service Manager, Children Who Are Disabled", "Adult Social Care",
         D(2024, 7, 1), D(2024, 10, 31), None,
         "All young people known to CWAD referred to ASC by 17", "Complete", "Complete",
         "Panel meets monthly since October 2024.",
         (["Service Manager, Children Who Are Disabled"], "2024-10", None, "blue")),
        ("H", afi3),
        ("A", "3.1",
         "Commission additional autism and ADHD assessment capacity through the ICB’s neurodevelopmental "
         "recovery programme.",
         "Deputy Director of Children’s Commissioning (NHS Dorset)", "Dorset HealthCare; UHD",
         D(2024, 7, 1), D(2025, 3, 31), D(2026, 3, 31),
         "Median wait for assessment below 52 weeks", "Amber", "Red",
         "Procurement paused pending ICB financial recovery plan. Escalated to Board 11/03/2025.",
         (["Deputy Director of Children’s Commissioning (NHS Dorset)"], "2026-03", None, "red")),
        ("A", "3.2",
         "Launch a ‘waiting well’ offer, including parent workshops and a single point of advice, for "
         "families on the neurodevelopmental pathway.\nPublish monthly waiting time data on the Local Offer.",
         "Designated Clinical Officer", "DPCC; Dorset HealthCare",
         D(2024, 10, 1), D(2025, 6, 30), None,
         "Families report feeling supported while waiting (survey)", "Green", "Green",
         "Workshops running in Dorchester and Wimborne; data page live from January 2025.",
         (["Designated Clinical Officer"], "2025-06", None, "green")),
    ]

    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Dorset Local Area Partnership"
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = title
    cov["A2"].font = Font(bold=True, size=13)
    cov["A4"] = "Partners"
    cov["B4"] = "Dorset Council, NHS Dorset Integrated Care Board, Dorset Parent Carer Council"
    cov["A5"] = "Inspection"
    cov["B5"] = "Ofsted / CQC area SEND inspection, March 2024 (report published May 2024)"
    cov["A6"] = "Governance"
    cov["B6"] = "Dorset SEND Inclusion Partnership Board"
    cov["A8"] = "Document control"
    cov["A8"].font = Font(bold=True)
    for i, h in enumerate(["Version", "Date", "Author", "Changes"]):
        c = cov.cell(row=9, column=1 + i, value=h)
        c.font = Font(bold=True)
        c.fill = fill("D9E1F2")
        c.border = BOX
    ctl = [("1.0", D(2024, 6, 20), "SEND Improvement Lead", "Approved by SEND Inclusion Partnership Board"),
           ("1.1", D(2024, 9, 19), "SEND Improvement Lead", "Q2 progress update"),
           ("1.2", D(2024, 12, 12), "SEND Improvement Lead", "Q3 update; revised deadlines for 1.1, 1.3 and 3.1 agreed"),
           ("1.3", D(2025, 3, 14), "SEND Improvement Lead", "Q4 progress update")]
    for r, row in enumerate(ctl, start=10):
        for cidx, v in enumerate(row, start=1):
            c = cov.cell(row=r, column=cidx, value=v)
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    cov.column_dimensions["A"].width = 14
    cov.column_dimensions["B"].width = 14
    cov.column_dimensions["C"].width = 24
    cov.column_dimensions["D"].width = 60

    ws = wb.create_sheet("Action plan")
    ncol = 11
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14, color="FFFFFF")
    ws["A1"].fill = fill("1F4E78")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws["A2"] = "Progress position at: 14 March 2025 (reported to SEND Inclusion Partnership Board)"
    ws["A2"].font = Font(italic=True)
    heads = ["Ref", "Action", "Lead officer(s)", "Partner(s)", "Start", "Original deadline",
             "Revised deadline", "Success measure / impact", "RAG Dec 2024", "RAG Mar 2025",
             "Progress update"]
    for i, h in enumerate(heads, start=1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("2F5597")
        c.alignment = WRAP
        c.border = BOX
    ragcol = {"Green": "green", "Amber": "amber", "Red": "red", "Complete": "blue"}
    r = 5
    exp_actions = []
    cur_afi = None
    for row in rows:
        if row[0] == "H":
            cur_afi = row[1]
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            c = ws.cell(row=r, column=1, value=row[1])
            c.font = Font(bold=True)
            c.fill = fill("DDEBF7")
            c.alignment = WRAP
            ws.row_dimensions[r].height = 32
        else:
            (_, ref, act, lead, partners, start, orig, rev, measure, prev, cur, upd, exp) = row
            vals = [ref, act, lead, partners, start, orig, rev, measure, prev, cur, upd]
            for i, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=i, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            for i in (9, 10):
                ws.cell(row=r, column=i).fill = fill(RAGFILL[ragcol[vals[i - 1]]])
            leads, end, end_text, status = exp
            exp_actions.append(A(ref, [cur_afi], act, leads, end, status, end_text))
        r += 1
    r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
    ws.cell(row=r, column=1, value="Note: RAG ratings are agreed by the SEND Inclusion Partnership Board. "
            "Revised deadlines were agreed at the Board on 12/12/2024; see the RAG key sheet.").font = Font(italic=True)
    widths = [7, 48, 28, 22, 12, 14, 14, 30, 11, 11, 45]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "C5"

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (lab, col, desc) in enumerate([
            ("Complete", "blue", "Action completed and evidence of impact seen"),
            ("Green", "green", "On track to deliver by the deadline"),
            ("Amber", "amber", "At risk – mitigation in place"),
            ("Red", "red", "Off track – escalated to the Board")], start=3):
        key.cell(row=i, column=1, value=lab).fill = fill(RAGFILL[col])
        key.cell(row=i, column=2, value=desc)
    key.column_dimensions["B"].width = 50
    wb.save(os.path.join(HERE, fname))

    write_expected(fname, {
        "source": "Imitates the Dorset local area partnership's post-inspection SEND action plan (Ofsted/CQC "
                  "area SEND inspection 2024, plan approved for publication by Dorset Council Cabinet "
                  "11/06/2024, https://moderngov.dorsetcouncil.gov.uk/ieIssueDetails.aspx?IId=23616&Opt=3; "
                  "Dorset SEND Inclusion Partnership Board). Copies a cover sheet with a document-control "
                  "table, a merged banner title and progress-position line, numbered areas for improvement "
                  "as merged full-width rows above their actions, original and revised deadlines, previous "
                  "(Dec 2024) and current (Mar 2025) RAG columns with text and fill, two posts in one lead "
                  "cell, a term and 'Ongoing' as deadlines, a notes line and a separate RAG key sheet.",
        "reads": "A cover sheet (partners, document control) and an Action plan sheet: three numbered areas "
                 "for improvement from the area SEND inspection, each a merged row over its numbered actions "
                 "(1.1-3.2, eight in all) with leads, original and revised deadlines and two RAG columns, of "
                 "which the March 2025 one is current. A RAG key sheet defines Complete as blue.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": exp_actions,
    })
    return fname, len(exp_actions)


# ===========================================================================
# 2. Oxfordshire Safeguarding Children Board JTAI action plan (xlsx, read)
# ===========================================================================
def oxfordshire():
    fname = "hu1-oxfordshire-safeguarding-children-board-jtai-action-plan.xlsx"
    title = "JTAI Action Plan – multi-agency response to serious youth violence"
    afis = [
        ("1. The timeliness and quality of information sharing between police, schools and children’s "
         "social care when children are identified as being at risk of serious youth violence.", [
            ("1a", "Agree a single partnership information-sharing protocol for children at risk of serious "
                   "youth violence, signed off by all three safeguarding partners.",
             "OSCB Business Manager", D(2025, 3, 31), "blue",
             "Protocol signed by the Executive Group on 20/03/2025.",
             ["OSCB Business Manager"], "2025-03", None),
            ("1b", "Introduce a daily police–education notification for children involved in serious "
                   "violence incidents outside school hours.",
             "Detective Chief Inspector, Child Exploitation (TVP) / Head of Education Safeguarding (OCC)",
             "Q1 2025/26", "green",
             "Pilot running with 14 secondary schools in Oxford City since April; county roll-out planned.",
             ["Detective Chief Inspector, Child Exploitation (TVP)", "Head of Education Safeguarding (OCC)"],
             "2025-06", "Q1 2025/26"),
            ("1c", "Audit a sample of 30 children’s records to test whether information shared at the front "
                   "door is recorded and acted on within 24 hours.",
             "Chair of PAQA Subgroup", D(2025, 9, 1), "amber",
             "Audit tool agreed; fieldwork delayed by MASH staffing. 12 of 30 records audited.",
             ["Chair of PAQA Subgroup"], "2025-09", None),
        ]),
        ("2. The use of contextual safeguarding assessments and plans for places and peer groups where "
         "children are at risk of harm outside the home.", [
            ("2a", "Roll out the contextual safeguarding assessment tool to all locality teams, with a practice "
                   "guide co-produced with young people.",
             "Service Manager: Adolescence and Prevention", D(2025, 6, 30), "green",
             "Tool live in North and City localities; South in July. Guide drafted with Children in Care Council.",
             ["Service Manager: Adolescence and Prevention"], "2025-06", None),
            ("2b", "Establish a monthly multi-agency Places and Spaces meeting in Oxford, Banbury and Didcot to "
                   "agree plans for locations of concern.",
             "Community Safety Partnership Manager; Neighbourhood Inspector (TVP)", "Ongoing – monthly",
             "green", "Meetings established in all three towns; 9 location plans in place.",
             ["Community Safety Partnership Manager", "Neighbourhood Inspector (TVP)"], None,
             "Ongoing – monthly"),
        ]),
        ("3. Oversight by the safeguarding partners of the impact of multi-agency work to reduce serious "
         "youth violence, including the use of data about disproportionality.", [
            ("3a", "Develop a serious youth violence dashboard for the OSCB Executive, including data on "
                   "ethnicity, exclusion and SEND.",
             "OSCB Business Manager; ICB Head of Safeguarding Children", D(2025, 12, 31), "red",
             "Data-sharing agreement with TVP not yet signed; health data not available at child level.",
             ["OSCB Business Manager", "ICB Head of Safeguarding Children"], "2025-12", None),
            ("3b", "Report progress against this plan to the OSCB Executive Group each quarter and publish an "
                   "update in the OSCB annual report 2024-25.",
             "OSCB Independent Chair", "Quarterly", "green",
             "Reported to Executive Group in April and June 2025.",
             ["OSCB Independent Chair"], None, "Quarterly"),
        ]),
    ]
    wb = Workbook()
    summ = wb.active
    summ.title = "Summary"
    summ["A1"] = "OSCB JTAI Action Plan – progress summary"
    summ["A1"].font = Font(bold=True, size=14)
    summ["A2"] = "Position at 30 June 2025"
    for i, h in enumerate(["Status", "Number of actions"], start=1):
        c = summ.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
        c.border = BOX
    counts = [("Complete", "blue", 1), ("On track", "green", 4), ("Some slippage", "amber", 1),
              ("Off track", "red", 1)]
    for i, (lab, col, n) in enumerate(counts, start=5):
        a = summ.cell(row=i, column=1, value=lab)
        a.fill = fill(RAGFILL[col])
        a.border = BOX
        summ.cell(row=i, column=2, value=n).border = BOX
    summ.cell(row=9, column=1, value="Total").font = Font(bold=True)
    summ.cell(row=9, column=2, value="=SUM(B5:B8)").font = Font(bold=True)
    summ.column_dimensions["A"].width = 20
    summ.column_dimensions["B"].width = 18

    ws = wb.create_sheet("Action plan")
    ws["A1"] = "Oxfordshire Safeguarding Children Board"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = ("Joint targeted area inspection by Ofsted, CQC, HMICFRS and HMI Probation, November 2024; "
                "inspection letter published 14 January 2025")
    ws["A5"] = "Key:"
    ws["A5"].font = Font(bold=True)
    for i, (lab, col, _) in enumerate(counts, start=2):
        c = ws.cell(row=5, column=i, value=lab)
        c.fill = fill(RAGFILL[col])
        c.border = BOX
    heads = ["No.", "Area for improvement", "Action", "Lead(s)", "Target date", "RAG",
             "Update June 2025"]
    for i, h in enumerate(heads, start=1):
        c = ws.cell(row=7, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("5B2C6F")
        c.border = BOX
        c.alignment = WRAP
    r = 8
    exp_actions = []
    for afi, acts in afis:
        first = r
        for (ref, act, lead, target, rag, upd, leads, end, end_text) in acts:
            ws.cell(row=r, column=1, value=ref)
            ws.cell(row=r, column=3, value=act)
            ws.cell(row=r, column=4, value=lead)
            c = ws.cell(row=r, column=5, value=target)
            if isinstance(target, dt.datetime):
                c.number_format = "mmm-yy"
            ws.cell(row=r, column=6).fill = fill(RAGFILL[rag])
            ws.cell(row=r, column=7, value=upd)
            for ci in range(1, 8):
                ws.cell(row=r, column=ci).border = BOX
                ws.cell(row=r, column=ci).alignment = WRAP
            exp_actions.append(A(ref, [afi], act, leads, end, rag, end_text))
            r += 1
        ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
        c = ws.cell(row=first, column=2, value=afi)
        c.alignment = WRAP
        c.fill = fill("EDE3F2")
    for i, w in enumerate([6, 40, 50, 32, 13, 8, 45], start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    wb.save(os.path.join(HERE, fname))

    write_expected(fname, {
        "source": "Imitates an Oxfordshire Safeguarding Children Board (OSCB) action plan in response to a "
                  "JTAI letter (cf. Oxfordshire County Council Cabinet 19/07/2016, 'Draft Action Plan in "
                  "Response to Joint Targeted Area Inspection', https://mycouncil.oxfordshire.gov.uk/"
                  "ieIssueDetails.aspx?IId=18652, and the 2024-25 JTAI theme of serious youth violence). "
                  "Copies a Summary sheet with a colour-coded totals block, a title block naming the board "
                  "and the inspection, a key row of coloured cells, areas for improvement merged vertically "
                  "beside their actions (1a, 1b ...), RAG shown only as cell fill, agency tags on job-title "
                  "leads, two posts per cell with '/' and ';', and quarter/'Ongoing – monthly' targets.",
        "reads": "A summary sheet counting actions by status, then the action plan: three numbered areas for "
                 "improvement from the JTAI letter, each in a merged cell beside its lettered actions (seven "
                 "in all). Status is the fill colour of the RAG cell, read by the key row above the table "
                 "(blue complete, green on track, amber some slippage, red off track).",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": exp_actions,
    })
    return fname, len(exp_actions)


# ===========================================================================
# 3. City of Doncaster corporate parenting board action plan (xlsx, refuse)
# ===========================================================================
def doncaster():
    fname = "hu1-city-of-doncaster-council-corporate-parenting-board-action-plan-typo-month-refuse.xlsx"
    title = ("Corporate Parenting Action Plan 2025–26: Our Promise to children in care and care leavers")
    plan = [
        ("Promise 1 – We will make sure you have a safe, stable and loving home", [
            ("1.1", "Recruit 25 new in-house foster carers through the Fostering Doncaster campaign, including "
                    "carers for brothers and sisters.", "Head of Service – Fostering & Adoption",
             "March 2026", "Measure: net gain of foster households; fewer children placed at distance", "A",
             "14 approvals to date; 9 assessments in progress."),
            ("1.2", "Open a second two-bed children’s home in the borough for children returning from "
                    "out-of-area placements.", "Head of Residential Services", "Dec 2025",
             "Home registered with Ofsted and first children moved in", "G",
             "Registration visit booked for November."),
            ("1.3", "Make sure every child has a say in their placement plan and knows who their independent "
                    "reviewing officer is.", "Service Manager – IRO Service", "Ongoing",
             "Mind of My Own feedback; IRO audit", "G", "92% of children spoken to before review."),
        ]),
        ("Promise 2 – We will help you be healthy and happy", [
            ("2.1", "Complete initial health assessments within 20 working days of coming into care.",
             "Designated Nurse for Children in Care / Head of Service – Children in Care", "31/01/2026",
             "IHA timeliness above 85%", "A", "Timeliness 71% in Q2; escalated to ICB."),
            ("2.2", "Give every care leaver free access to council leisure centres and gyms.",
             "Head of Leisure", "October 2025", "Number of care leavers using passes", "G",
             "Scheme agreed with Club Doncaster; passes issued from 1 October."),
        ]),
        ("Promise 3 – We will support you to do well in education, training and work", [
            ("3.1", "Provide every Year 11 child in care with a careers mentor and a work experience "
                    "placement.", "Virtual School Head", "Febuary 2026",
             "All Year 11 children have a post-16 offer by June", "G",
             "Mentors matched for 38 of 44 children."),
            ("3.2", "Ring-fence five council apprenticeships a year for care leavers.",
             "Head of HR & Organisational Development", "April 2026",
             "Apprenticeships filled and sustained", "A", "Three posts advertised; two appointed."),
        ]),
        ("Promise 4 – We will prepare you for adult life", [
            ("4.1", "Exempt care leavers from council tax until they are 25, including those living outside "
                    "Doncaster.", "Director of Corporate Resources", "Sept 2025",
             "Exemption in place and take-up monitored", "G", "Agreed by Cabinet 10/09/2025."),
            ("4.2", "Run a ‘Moving On’ independent living skills course in each school holiday.",
             "Team Manager – Leaving Care", "Ongoing", "Attendance and young people’s feedback", "G",
             "Summer course: 17 young people attended."),
        ]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "CPB Action Plan 2025-26"
    ncol = 7
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A1"] = "City of Doncaster Council – Corporate Parenting Board"
    ws["A1"].font = Font(bold=True, size=12)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=14)
    ws.merge_cells(start_row=3, start_column=1, end_row=3, end_column=ncol)
    ws["A3"] = "Updated for Board meeting 22 October 2025"
    ws["A3"].font = Font(italic=True)
    heads = ["Ref", "What we will do", "Lead", "When", "How we will know we have made a difference",
             "RAG", "Update"]
    for i, h in enumerate(heads, start=1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("C00000")
        c.border = BOX
        c.alignment = WRAP
    r = 6
    typo_row = None
    n = 0
    for promise, acts in plan:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        c = ws.cell(row=r, column=1, value=promise)
        c.font = Font(bold=True)
        c.fill = fill("FCE4D6")
        r += 1
        for (ref, act, lead, when, measure, rag, upd) in acts:
            for i, v in enumerate([ref, act, lead, when, measure, rag, upd], start=1):
                c = ws.cell(row=r, column=i, value=v)
                c.border = BOX
                c.alignment = WRAP
            ws.cell(row=r, column=6).fill = fill(RAGFILL[{"G": "green", "A": "amber", "R": "red"}[rag]])
            if when == "Febuary 2026":
                typo_row = r
            n += 1
            r += 1
    for i, w in enumerate([6, 50, 30, 14, 36, 6, 40], start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    att = wb.create_sheet("Attendance")
    att.append(["Board member", "Role", "23/07/2025", "22/10/2025"])
    att.append(["Cllr (Chair)", "Cabinet Member for Children, Young People and Schools", "Y", "Y"])
    att.append(["Director of Children’s Services", "Officer", "Y", "Apologies"])
    att.append(["Children in Care Council representative", "Young person", "Y", "Y"])
    wb.save(os.path.join(HERE, fname))
    assert typo_row == 14, typo_row

    write_expected(fname, {
        "source": "Imitates a corporate parenting board action plan organised by the council's promise/pledge "
                  "to children in care and care leavers (cf. Bracknell Forest Corporate Parenting Strategy "
                  "action plan 2025-2028, https://www.bracknell-forest.gov.uk/children-and-family-services/"
                  "fostering-adoption-and-looked-after-children/corporate-parenting-strategy-2025-2028/"
                  "corporate-parenting-strategy-action-plan-2025-2028, and Doncaster's Corporate Parenting "
                  "Board reports). Copies a merged title block with board and meeting date, promise rows as "
                  "merged headings, 'What we will do / Lead / When / How we will know' columns, G/A RAG "
                  "letters with fill, and a second sheet of board attendance.",
        "reads": "Four promises to children in care, each a merged heading row over its numbered actions "
                 "(nine in all) with a lead, a 'When' month, a measure, a RAG letter and an update. The 'When' "
                 "cell of action 3.1 on sheet row 14 reads 'Febuary 2026', a mistyped month, so a careful "
                 "reader would stop and ask before taking its due month.",
        "outcome": "refuse",
        "refuse_at": typo_row,
        "title": title,
    })
    return fname, n


# ===========================================================================
# docx helpers
# ===========================================================================
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    """Write text; inner '\n' become separate paragraphs."""
    parts = text.split("\n")
    cell.text = parts[0]
    for p in parts[1:]:
        cell.add_paragraph(p)
    if bold:
        for p in cell.paragraphs:
            for run in p.runs:
                run.bold = True


# ===========================================================================
# 4. Foster Wales Powys CIW fostering inspection improvement plan (docx, read)
# ===========================================================================
def powys():
    fname = "hu1-powys-county-council-foster-wales-ciw-fostering-inspection-improvement-plan.docx"
    title = "Foster Wales Powys – Fostering Service Improvement Plan following CIW inspection"
    sections = [
        ("Well-being", [
            ("Area for improvement 1 – Regulation 14: Children’s records do not consistently show that their "
             "wishes and feelings inform foster placement matching decisions.", [
                ("1.1", "Revise the matching record template so that the child’s views about the placement, and "
                        "how they were sought, are recorded before every planned placement.",
                 "Team Manager – Placement Finding", "31/12/2024",
                 "New template in use from 2 December 2024.", "G",
                 ["Team Manager – Placement Finding"], "2024-12", None, "blue"),
                ("1.2", "Audit ten matching records each quarter and report findings to the Fostering "
                        "Management Meeting.",
                 "Quality Assurance Officer / Team Manager – Placement Finding", "Quarterly",
                 "First audit completed January 2025: 7 of 10 records fully evidence the child’s views.", "A",
                 ["Quality Assurance Officer", "Team Manager – Placement Finding"], None, "Quarterly", "amber"),
            ]),
        ]),
        ("Care and Support", [
            ("Area for improvement 2 – Regulation 26: Reviews of foster parents’ approval are not always "
             "completed within the required annual timescale.", [
                ("2.1", "Introduce a tracker of foster carer annual review dates, reviewed weekly by team "
                        "managers.",
                 "Team Manager – Supervising Social Workers", "November 2024",
                 "Tracker live and reviewed at weekly team meeting.", "G",
                 ["Team Manager – Supervising Social Workers"], "2024-11", None, "blue"),
                ("2.2", "Appoint an additional independent reviewing officer for foster carer reviews on a "
                        "12-month fixed-term basis.",
                 "Senior Manager – Placements & Resources", "End of March 2025",
                 "Post advertised twice without appointment; interim cover from agency being sought.", "R",
                 ["Senior Manager – Placements & Resources"], "2025-03", None, "red"),
                ("2.3", "Complete all overdue annual reviews (12 at the time of inspection) and present them to "
                        "Fostering Panel.\nReport completion rates to the Corporate Parenting Group.",
                 "Fostering Panel Adviser", "28/02/2025",
                 "9 of 12 overdue reviews completed and presented to Panel.", "A",
                 ["Fostering Panel Adviser"], "2025-02", None, "amber"),
            ]),
        ]),
        ("Leadership and Management", [
            ("Area for improvement 3 – Regulation 15: The quality of care review does not fully draw on the "
             "views of children, foster carers and staff.", [
                ("3.1", "Carry out six-monthly consultation with children, foster carers and staff and include "
                        "the findings in the quality of care report.",
                 "Responsible Individual", "April 2025",
                 "Surveys issued in January; Foster Carer Forum consulted 13 February.", "A",
                 ["Responsible Individual"], "2025-04", None, "amber"),
                ("3.2", "Publish a short ‘you said, we did’ summary of the quality of care review for children "
                        "and foster carers.",
                 "Participation Officer", "June 2025", "Not started – follows 3.1.", "R",
                 ["Participation Officer"], "2025-06", None, "red"),
            ]),
            ("Area for improvement 4 – Regulation 17: Not all foster parents have completed mandatory "
             "safeguarding training within the required timescale.", [
                ("4.1", "Provide a rolling programme of safeguarding training, including evening and online "
                        "sessions, and follow up non-attendance in supervision.",
                 "Workforce Development Officer; Team Manager – Supervising Social Workers", "Ongoing",
                 "Compliance 81% (58% at inspection). Evening sessions well attended.", "A",
                 ["Workforce Development Officer", "Team Manager – Supervising Social Workers"], None,
                 "Ongoing", "amber"),
            ]),
        ]),
    ]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_paragraph(title, style="Title")
    p = doc.add_paragraph("Powys County Council – Local Authority Fostering Service")
    p.runs[0].bold = True
    doc.add_paragraph("Care Inspectorate Wales (CIW) inspection: 7–10 October 2024; report published "
                      "9 December 2024")

    ctl = doc.add_table(rows=0, cols=2)
    ctl.style = "Table Grid"
    for k, v in [("Document owner", "Head of Children’s Services (Placements & Resources)"),
                 ("Version", "1.2"), ("Date", "24 February 2025"),
                 ("Reported to", "Corporate Parenting Group"), ("Next review", "May 2025")]:
        cells = ctl.add_row().cells
        set_cell(cells[0], k, bold=True)
        shade(cells[0], "D9D9D9")
        set_cell(cells[1], v)

    doc.add_heading("Introduction", level=2)
    doc.add_paragraph(
        "Care Inspectorate Wales inspected the local authority fostering service in October 2024. The "
        "report, published in December 2024, found that children are well supported by foster carers who "
        "know them well. Four areas for improvement were identified and no priority action notices were "
        "issued. This plan sets out the actions we are taking and is monitored monthly by the Fostering "
        "Management Meeting.")
    doc.add_paragraph("RAG key", style="Heading 3")
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for lab, col, desc in [("G", "green", "Green – completed"), ("A", "amber", "Amber – in progress"),
                           ("R", "red", "Red – not started / overdue")]:
        cells = key.add_row().cells
        set_cell(cells[0], lab, bold=True)
        shade(cells[0], RAGFILL[col])
        set_cell(cells[1], desc)

    exp_actions = []
    heads = ["Ref", "Action", "Lead", "Target date", "Progress update (February 2025)", "RAG"]
    for sec, afis in sections:
        doc.add_heading(sec, level=2)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for i, h in enumerate(heads):
            set_cell(t.rows[0].cells[i], h, bold=True)
            shade(t.rows[0].cells[i], "BDD7EE")
        for afi, acts in afis:
            row = t.add_row()
            m = row.cells[0].merge(row.cells[5])
            set_cell(m, afi, bold=True)
            shade(m, "DEEAF6")
            for (ref, act, lead, target, prog, rag, leads, end, end_text, status) in acts:
                cells = t.add_row().cells
                for i, v in enumerate([ref, act, lead, target, prog, rag]):
                    set_cell(cells[i], v)
                shade(cells[5], RAGFILL[{"G": "green", "A": "amber", "R": "red"}[rag]])
                exp_actions.append(A(ref, [sec, afi], act, leads, end, status, end_text))
        doc.add_paragraph("")
    doc.add_heading("Sign-off", level=2)
    so = doc.add_table(rows=2, cols=3)
    so.style = "Table Grid"
    for i, h in enumerate(["Name / role", "Signature", "Date"]):
        set_cell(so.rows[0].cells[i], h, bold=True)
    set_cell(so.rows[1].cells[0], "Responsible Individual, Foster Wales Powys")
    set_cell(so.rows[1].cells[2], "24/02/2025")
    doc.save(os.path.join(HERE, fname))

    write_expected(fname, {
        "source": "Imitates a Welsh local authority fostering service (Foster Wales) improvement plan after a "
                  "Care Inspectorate Wales inspection under the Local Authority Fostering Services (Wales) "
                  "Regulations 2018, where CIW reports group findings under Well-being, Care and Support and "
                  "Leadership and Management and list areas for improvement by regulation (Code of Practice, "
                  "https://careinspectorate.wales/code-practice-review-local-authority-social-services-html). "
                  "Copies the title block, a document-control table, an introduction, a RAG key that makes "
                  "Green mean completed (no blue), one table per CIW theme, each area for improvement as a "
                  "merged row above its numbered actions, a two-paragraph action cell, job-title leads (two "
                  "posts with '/' and ';') and a sign-off table.",
        "reads": "Title and document control, a RAG key (Green = completed, Amber = in progress, Red = not "
                 "started/overdue), then three theme sections, each a table whose merged rows state the area "
                 "for improvement and whose rows below are its actions (1.1 to 4.1, eight in all) with lead, "
                 "target date, progress and a G/A/R letter. Per the key, G is read as complete (blue).",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": exp_actions,
    })
    return fname, len(exp_actions)


# ===========================================================================
# 5. Islington Youth Justice Service HMIP improvement plan (docx, read)
# ===========================================================================
def islington():
    fname = "hu1-islington-youth-justice-service-hmip-improvement-plan.docx"
    title = "Islington Youth Justice Service – Post-Inspection Improvement Plan"
    board = "The Islington Youth Justice Management Board should:"
    hos = "The Head of Youth Justice & Targeted Youth Support should:"
    recs = [
        (board, "1. review the disproportionality action plan so that it sets out measurable actions to "
                "address the over-representation of Black and mixed heritage children in the youth justice "
                "system", [
            ("1.1", "Refresh the disproportionality action plan with measurable targets agreed by all Board "
                    "partners.", "Chair of YJMB / Head of Youth Justice", "December 2024",
             "Refreshed plan agreed at YJMB 11/12/2024.", "Complete",
             ["Chair of YJMB", "Head of Youth Justice"], "2024-12", None, "blue"),
            ("1.2", "Commission an independent review of out-of-court disposal decisions for Black and mixed "
                    "heritage children.", "Head of Youth Justice & Targeted Youth Support", "31 March 2025",
             "Reviewer appointed; case sample of 40 decisions agreed.", "On track",
             ["Head of Youth Justice & Targeted Youth Support"], "2025-03", None, "green"),
        ]),
        (board, "2. ensure that all children have timely access to speech, language and communication "
                "assessments, and that education, training and employment provision meets their needs", [
            ("2.1", "Agree a service level agreement with Whittington Health for a speech and language "
                    "therapist to work two days a week in the YJS.", "Head of Children’s Commissioning (ICB)",
             "Sept 2024 – March 2025", "Funding identified; SLA in draft with Whittington Health.", "Amber",
             ["Head of Children’s Commissioning (ICB)"], "2025-03", "Sept 2024 – March 2025", "amber"),
            ("2.2", "Introduce an education, training and employment tracker for every child open to the "
                    "service, reviewed monthly by the Virtual School.", "Virtual School Head; YJS Education Lead",
             "By end of January 2025", "Tracker built; first monthly review held 20/01/2025.", "On track",
             ["Virtual School Head", "YJS Education Lead"], "2025-01", None, "green"),
        ]),
        (board, "3. assure itself that victims’ views are considered in all out-of-court disposal decisions", [
            ("3.1", "Add a standing item on victim work to the quarterly Board performance report.",
             "YJS Performance Manager", "Quarterly", "Included from the October 2024 report.", "Complete",
             ["YJS Performance Manager"], None, "Quarterly", "blue"),
        ]),
        (hos, "4. improve the quality of risk of harm assessments, so that they consider all relevant "
              "information, including from children’s social care", [
            ("4.1", "Deliver risk of harm training, including the use of contingency planning, to all case "
                    "managers.", "YJS Practice Development Manager", "Nov-24",
             "Two sessions delivered; all 14 case managers attended.", "Complete",
             ["YJS Practice Development Manager"], "2024-11", None, "blue"),
            ("4.2", "Introduce monthly dip-sampling of assessments by operational managers, with findings "
                    "reported to the quality assurance meeting.", "Operational Managers (YJS)", "Ongoing",
             "Dip-sampling in place since October; 62% of assessments rated good in December.", "On track",
             ["Operational Managers (YJS)"], None, "Ongoing", "green"),
        ]),
        (hos, "5. ensure that planning for children’s safety and wellbeing is coordinated with children’s "
              "social care plans", [
            ("5.1", "Agree a joint working protocol between the YJS and children’s social care for children "
                    "subject to both a court order and a child in need or child protection plan.",
             "Head of Youth Justice & Targeted Youth Support / Head of Safeguarding and Family Support",
             "28/02/2025", "Draft protocol discussed at Practice Leadership Group; sign-off delayed.", "Amber",
             ["Head of Youth Justice & Targeted Youth Support", "Head of Safeguarding and Family Support"],
             "2025-02", None, "amber"),
        ]),
    ]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    section = doc.sections[0]
    from docx.enum.section import WD_ORIENT
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
    h = doc.add_heading(title, level=0)
    doc.add_paragraph("HM Inspectorate of Probation inspection of youth justice services – fieldwork "
                      "3–7 June 2024; report published 10 September 2024; overall rating: Good")
    doc.add_paragraph("Owner: Islington Youth Justice Management Board (YJMB)    Last updated: 15 January 2025")
    doc.add_paragraph(
        "HM Inspectorate of Probation made five recommendations: three for the Youth Justice Management Board "
        "and two for the Head of Youth Justice & Targeted Youth Support. This plan sets out how the "
        "partnership will respond. Progress is reported to every YJMB meeting.")
    heads = ["No.", "Recommendation", "Action", "Lead", "By when", "Progress (January 2025)", "Status"]
    t = doc.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    for i, hd in enumerate(heads):
        set_cell(t.rows[0].cells[i], hd, bold=True)
        shade(t.rows[0].cells[i], "BDD7EE")
    stfill = {"Complete": "blue", "On track": "green", "Amber": "amber", "Red": "red"}
    exp_actions = []
    cur_group = None
    for group, rec, acts in recs:
        if group != cur_group:
            row = t.add_row()
            m = row.cells[0].merge(row.cells[6])
            set_cell(m, group, bold=True)
            shade(m, "FFF2CC")
            cur_group = group
        first = None
        last = None
        for (ref, act, lead, when, prog, status_txt, leads, end, end_text, status) in acts:
            cells = t.add_row().cells
            set_cell(cells[0], ref)
            set_cell(cells[2], act)
            set_cell(cells[3], lead)
            set_cell(cells[4], when)
            set_cell(cells[5], prog)
            set_cell(cells[6], status_txt)
            shade(cells[6], RAGFILL[stfill[status_txt]])
            if first is None:
                first = cells[1]
            last = cells[1]
            exp_actions.append(A(ref, [group, rec], act, leads, end, status, end_text))
        merged = first.merge(last) if last is not first else first
        set_cell(merged, rec)
    doc.add_paragraph("")
    doc.add_paragraph("Status key: Complete (blue) – action finished; On track (green); Amber – some delay, "
                      "mitigation in place; Red – off track, escalated to YJMB.")
    doc.add_paragraph("Note: actions marked Complete remain under review for impact through the YJMB "
                      "performance report.")
    doc.save(os.path.join(HERE, fname))

    write_expected(fname, {
        "source": "Imitates a youth justice service post-inspection improvement plan responding to HM "
                  "Inspectorate of Probation recommendations addressed separately to the YJ Management Board "
                  "and to the service manager (cf. Reading YJS inspection 2024 and improvement plan, "
                  "https://democracy.reading.gov.uk/mgAi.aspx?ID=15127; Haringey YJS inspection 2024 page). "
                  "Copies a landscape Word table with merged full-width rows naming who the recommendations "
                  "are addressed to, each recommendation in a vertically merged cell beside its actions, "
                  "job-title leads (one with '&', two posts joined by '/' or ';'), mixed date wording "
                  "('Nov-24', 'Sept 2024 – March 2025', 'By end of January 2025', 'Quarterly', 'Ongoing'), "
                  "status words with fill, and a status key and note below the table.",
        "reads": "A title block (inspection dates, owner, last updated), a short introduction and one table: "
                 "two addressee rows ('The Islington Youth Justice Management Board should:', 'The Head of "
                 "Youth Justice & Targeted Youth Support should:'), under them five numbered recommendations "
                 "each merged beside its actions 1.1-5.1 (eight in all) with lead, by-when, progress and a "
                 "status word. A key and a note follow the table.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": exp_actions,
    })
    return fname, len(exp_actions)


# ===========================================================================
# 6. Blackburn with Darwen ILACS improvement plan (csv, read)
# ===========================================================================
def blackburn():
    fname = "hu1-blackburn-with-darwen-council-ilacs-improvement-plan.csv"
    title = "Blackburn with Darwen Children's Services - ILACS Improvement Plan 2025-26"
    j1 = "The experiences and progress of children who need help and protection"
    j2 = "The experiences and progress of care leavers"
    j3 = "The impact of leaders on social work practice with children and families"
    a1 = ("The response to 16- and 17-year-olds who present as homeless, so that their needs are assessed "
          "swiftly and they are made aware of their rights and entitlements")
    a2 = ("Support for care leavers who are not in education, employment or training, and for those who "
          "are in custody")
    a3 = "The consistency and impact of management oversight and supervision in the disabled children's team"
    # ref, judgement, afi, action, lead, orig, revised, rag, comment, (leads, end, end_text, status)
    rows = [
        ("1.1", j1, a1, "Review and reissue the joint housing and children's services protocol for homeless "
                        "16- and 17-year-olds.", "Patel, Ruksana", "30/06/2025", "", "B",
         "Protocol signed off by Housing and Children's DMTs 24/06/2025 and briefed to all teams.",
         (["Patel, Ruksana"], "2025-06", None, "blue")),
        ("1.2", "", "", "Ensure every 16- and 17-year-old presenting as homeless is offered an advocate and a "
                        "written explanation of their rights and entitlements, including the option to become "
                        "looked after.", "Head of Service - Front Door / Housing Needs Manager", "31/07/2025",
         "31/10/2025", "G", "Leaflet co-produced with Young Advisors; advocacy offer extended to 16/17s.",
         (["Head of Service - Front Door", "Housing Needs Manager"], "2025-10", None, "green")),
        ("1.3", "", "", "Audit all presentations quarterly and report to the Achieving Excellence Board.",
         "Principal Social Worker", "Quarterly", "", "G",
         "Q1 audit: 11 presentations, all assessed within 10 working days.",
         (["Principal Social Worker"], None, "Quarterly", "green")),
        ("2.1", j2, a2, "Appoint a dedicated EET personal adviser within the Leaving Care Service.",
         "Team Manager, Leaving Care", "31/05/2025", "31/08/2025", "B",
         "PA in post from 4 August 2025.",
         (["Team Manager, Leaving Care"], "2025-08", None, "blue")),
        ("2.2", "", "", "Develop a ring-fenced apprenticeship and work experience offer for care leavers across "
                        "council departments and partner employers.", "Virtual School Head; HR Business Partner",
         "31/12/2025", "", "A", "6 placements identified against a target of 15; partner employers being "
                                 "approached through the Chamber of Commerce.",
         (["Virtual School Head", "HR Business Partner"], "2025-12", None, "amber")),
        ("2.3", "", "", "Ensure care leavers in custody have a named personal adviser who visits at least every "
                        "eight weeks and plans for release with probation.", "Team Manager, Leaving Care",
         "30/09/2025", "31/01/2026", "R",
         "Visits to HMP Lancaster Farms and HMYOI Wetherby not yet at 8-weekly.\nRevised date agreed at "
         "Achieving Excellence Board 18/09/2025.",
         (["Team Manager, Leaving Care"], "2026-01", None, "red")),
        ("3.1", j3, a3, "Introduce a revised supervision policy and recording template, with monthly audit by "
                        "the Head of Service.\nShare audit findings at the monthly practice forum.",
         "Ahmed, Tariq", "31/07/2025", "", "B", "Policy launched 1 July; July and August audits completed.",
         (["Ahmed, Tariq"], "2025-07", None, "blue")),
        ("3.2", "", "", "Commission an external practice review of the disabled children's team.",
         "Director of Children's Services", "Q3 2025/26", "", "",
         "Not yet started - scoping with Partners in Practice.",
         (["Director of Children's Services"], "2025-12", "Q3 2025/26", "unrated")),
    ]
    ncol = 9
    out = [
        [title] + [""] * (ncol - 1),
        ["Inspection of local authority children's services (ILACS) 10-21 March 2025; report published "
         "23 April 2025; overall effectiveness: Good"] + [""] * (ncol - 1),
        ["Updated: 30/09/2025"] + [""] * (ncol - 1),
        [""] * ncol,
        ["Ref", "Judgement area", "Area for improvement", "Action", "Lead officer", "Original target",
         "Revised target", "RAG", "Progress commentary"],
    ]
    exp_actions = []
    cj, ca = None, None
    for (ref, j, a, act, lead, orig, rev, rag, com, exp) in rows:
        out.append([ref, j, a, act, lead, orig, rev, rag, com])
        if j:
            cj = j
        if a:
            ca = a
        leads, end, end_text, status = exp
        exp_actions.append(A(ref, [cj, ca], act, leads, end, status, end_text))
    out += [
        [""] * ncol,
        ["Summary", "Number of actions"] + [""] * (ncol - 2),
        ["B - Complete", "3"] + [""] * (ncol - 2),
        ["G - On track", "2"] + [""] * (ncol - 2),
        ["A - Some risk to delivery", "1"] + [""] * (ncol - 2),
        ["R - Off track", "1"] + [""] * (ncol - 2),
        ["Not yet rated", "1"] + [""] * (ncol - 2),
        ["Total", "8"] + [""] * (ncol - 2),
    ]
    with open(os.path.join(HERE, fname), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(out)

    write_expected(fname, {
        "source": "Imitates Blackburn with Darwen's post-ILACS improvement plan after the March 2025 "
                  "inspection (judged Good; areas for improvement included 16/17-year-olds presenting as "
                  "homeless and care leavers not in education, employment or training - see "
                  "https://familyhubsbwd.org/news/2025/delight-inspectors-find-children-feel-love-blackburn-darwen "
                  "and the Achieving Excellence Board), as a CSV saved from the Excel tracker. Copies title "
                  "lines above the header, ILACS judgement areas and areas for improvement given only on the "
                  "first row of each group (to be filled down), 'Surname, Forename' leads, original and revised "
                  "targets, B/G/A/R letters, a quoted multi-line cell, a quarter as a target and a summary "
                  "block below the plan.",
        "reads": "Three title lines, then a header row and eight actions (1.1-3.2) grouped by judgement area "
                 "and area for improvement, which are written only on the first row of each group. Where a "
                 "revised target is given it replaces the original. A blank line and a summary block of "
                 "counts by RAG close the file.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": exp_actions,
    })
    return fname, len(exp_actions)


# ===========================================================================
# 7. Wandsworth early help partnership strategy delivery plan (txt, read)
# ===========================================================================
def wandsworth():
    fname = "hu1-wandsworth-early-help-partnership-strategy-action-plan.txt"
    title = "THRIVE Wandsworth Early Help Partnership Strategy 2023–2026: Delivery Plan (Year 2, 2024/25)"
    p1 = "PRIORITY 1: Families find it easy to get the right help at the right time"
    p2 = "PRIORITY 2: Partners work together around the family"
    p3 = "PRIORITY 3: We know the difference early help makes"
    plan = [
        (p1, [
            ("1.1", "Open two further Family Hubs (Roehampton and Tooting) with a single integrated front door.",
             "Head of Family Hubs", "Public Health; NHS South West London", "September 2024", "C",
             "Both hubs open; Tooting launch event 21/09/2024.",
             (["Head of Family Hubs"], "2024-09", None, "blue")),
            ("1.2", "Publish a single online directory of early help services, co-produced with parents.",
             "Early Help Partnership Manager", "Parent Carer Forum; Family Information Service", "Dec 2024",
             "A", "Directory content complete; website go-live slipped to April 2025.",
             (["Early Help Partnership Manager"], "2024-12", None, "amber")),
            ("1.3", "Embed the Early Help Assessment in the Family Hubs case management system so partners can "
                    "make requests for support online.",
             "Systems & Performance Manager / Head of Family Hubs", "Schools; Health visiting",
             "Summer term 2025", "G", "Supplier configuration under way; testing with 5 schools in May.",
             (["Systems & Performance Manager", "Head of Family Hubs"], "2025-07", "Summer term 2025",
              "green")),
        ]),
        (p2, [
            ("2.1", "Train 300 practitioners from schools, health and the voluntary sector in the Wandsworth "
                    "Family Approach and lead professional role.",
             "Workforce Development Lead", "WSCP training pool", "March 2025", "G",
             "274 practitioners trained; two further cohorts booked in March.",
             (["Workforce Development Lead"], "2025-03", None, "green")),
            ("2.2", "Hold termly early help network meetings in each locality, chaired by a school or health "
                    "partner.",
             "Locality Managers (x3)", "Schools; Health; VCS", "Termly", "G",
             "Spring term meetings held in all three localities.",
             (["Locality Managers (x3)"], None, "Termly", "green")),
            ("2.3", "Agree a step-up and step-down protocol with children's social care, with a joint audit of "
                    "20 cases.",
             "Head of Early Help; Head of MASH & Assessment", "Children's social care", "31/01/2025", "R",
             "Protocol drafted but joint audit not started owing to MASH pressures. Escalated to the Board.",
             (["Head of Early Help", "Head of MASH & Assessment"], "2025-01", None, "red")),
        ]),
        (p3, [
            ("3.1", "Introduce an early help outcomes framework and quarterly dashboard for the Partnership Board.",
             "Head of Performance & Insight", "All partners", "Oct 2024", "C",
             "First dashboard presented to the Board in November 2024.",
             (["Head of Performance & Insight"], "2024-10", None, "blue")),
            ("3.2", "Gather feedback from at least 100 families a year through the 'Tell us how we did' survey "
                    "and report themes to the Board.",
             "Participation Officer", "Family Hubs", "Ongoing", "G", "87 responses received since April 2024.",
             (["Participation Officer"], None, "Ongoing", "green")),
            ("3.3", "Complete a Supporting Families outcome plan self-assessment and agree improvement priorities.",
             "Supporting Families Co-ordinator", "DLUHC / DfE adviser", "Feb-25", "",
             "Not started - awaiting new national framework guidance.",
             (["Supporting Families Co-ordinator"], "2025-02", None, "unrated")),
        ]),
    ]
    lines = [
        "Wandsworth Council - Children's Services",
        title,
        "Owner: Wandsworth Early Help Partnership Board\tLast updated: 04/03/2025",
        "Status key: C = complete   G = on track   A = at risk   R = off track   (blank = not started)",
        "",
        "\t".join(["Ref", "Action", "Lead", "Working with", "By when", "Status", "Update"]),
    ]
    exp_actions = []
    for pr, acts in plan:
        lines.append("")
        lines.append(pr)
        for (ref, act, lead, withp, when, stt, upd, exp) in acts:
            lines.append("\t".join([ref, act, lead, withp, when, stt, upd]))
            leads, end, end_text, status = exp
            exp_actions.append(A(ref, [pr], act, leads, end, status, end_text))
    lines += ["", "End of delivery plan. Next review: Early Help Partnership Board, June 2025."]
    with open(os.path.join(HERE, fname), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")

    write_expected(fname, {
        "source": "Imitates a London borough early help strategy delivery plan (Wandsworth's THRIVE Wandsworth "
                  "early help approach, https://www.eif.org.uk/resource/thrive-wandsworth, family hubs "
                  "programme), as a tab-separated text export from the plan spreadsheet. Copies title and "
                  "owner lines, a status key that uses C for complete, priority lines in capitals above their "
                  "numbered actions, a 'Working with' partners column separate from the lead, job-title leads "
                  "(two posts joined by '/' or ';'), 'Termly', 'Ongoing' and a school term as deadlines, a "
                  "blank status for an action not started and a closing line.",
        "reads": "Organisation and plan title, owner, a status key (C complete, G on track, A at risk, R off "
                 "track, blank not started), a tab-separated header and three priorities, each a line above "
                 "its numbered actions (1.1-3.3, nine in all) with lead, partners, by-when, status and update.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": exp_actions,
    })
    return fname, len(exp_actions)


if __name__ == "__main__":
    for fn in (dorset, oxfordshire, doncaster, powys, islington, blackburn, wandsworth):
        name, n = fn()
        print("%-95s %d actions" % (name, n))
