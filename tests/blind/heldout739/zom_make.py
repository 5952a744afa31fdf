#!/usr/bin/env python3
"""Build the seven zom- blind cases (data files + NAME.expected.yaml) for set heldout739.

Run with: /work/main/.venv/bin/python zom_make.py
Only writes files whose names start with 'zom-' in this folder.
"""
import csv
import datetime as dt
import os

import yaml
from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE, GREEN, AMBER, RED, GREY = "0070C0", "00B050", "FFC000", "FF0000", "D9D9D9"


def out(name):
    assert name.startswith("zom-")
    return os.path.join(HERE, name)


class _Dumper(yaml.SafeDumper):
    pass


def _str_rep(dumper, data):
    import re
    if re.fullmatch(r"\d{4}-\d{2}", data):
        return dumper.represent_scalar("tag:yaml.org,2002:str", data, style='"')
    return dumper.represent_scalar("tag:yaml.org,2002:str", data)


_Dumper.add_representer(str, _str_rep)


def write_expected(name, meta, actions=None):
    d = {}
    d["source"] = meta["source"]
    d["reads"] = meta["reads"]
    d["outcome"] = meta["outcome"]
    d["accept_refusal"] = meta.get("accept_refusal", False)
    if "refuse_at" in meta:
        d["refuse_at"] = meta["refuse_at"]
    if meta.get("title"):
        d["title"] = meta["title"]
    if actions is not None:
        d["actions"] = actions
    with open(out(name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.dump(d, f, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100000)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


# ---------------------------------------------------------------------------
# 1. Bradford - scrutiny recommendations tracker, tab-delimited text export
# ---------------------------------------------------------------------------
def make_bradford():
    name = "zom-city-of-bradford-mdc-scrutiny-recommendations-tracker.txt"
    title = "City of Bradford MDC – Overview and Scrutiny Recommendations Tracker"
    cs = "CHILDREN'S SERVICES OVERVIEW AND SCRUTINY COMMITTEE"
    cs_r = "Scrutiny review: Elective Home Education (report to Executive 9 April 2024)"
    hs = "HEALTH AND SOCIAL CARE OVERVIEW AND SCRUTINY COMMITTEE"
    hs_r = "Scrutiny review: Access to Adult Mental Health Crisis Support (report to Executive 5 November 2024)"
    re_ = "REGENERATION AND ENVIRONMENT OVERVIEW AND SCRUTINY COMMITTEE"
    re_r = "Scrutiny review: Fly-tipping and Street Cleansing (report to Executive 11 March 2024)"
    # ref, date agreed, recommendation, exec response, lead, target, revised, update, rag
    rows = [
        ("H", cs), ("H", cs_r),
        ("R", "CS/EHE/01", "12/03/2024",
         "That the Council establishes a single register of children known to be electively home educated and shares it termly with the health visiting and school nursing teams.",
         "Accepted", "Assistant Director, Education and Learning", "Sep-24", "Jan-25",
         "Register live on the case management system from January 2025; first termly share with Bradford District Care NHS FT completed April 2025.", "B"),
        ("R", "CS/EHE/02", "12/03/2024",
         "That the Elective Home Education team carries out a visit within 10 working days of every new notification where the child is known to children's social care.",
         "Accepted", "EHE Team Manager / Head of Service, Front Door", "31/03/2025", "30/09/2025",
         "71% of visits within 10 working days in Q2 (target 90%). Two EHE officer posts filled from 1 September 2025.", "A"),
        ("C", "A further audit of notifications is planned for December 2025."),
        ("R", "CS/EHE/03", "12/03/2024",
         "That an annual report on elective home education be brought to this Committee.",
         "Accepted", "Strategic Director, Children's Services", "Annually", "",
         "First annual report received 18 March 2025; next due March 2026.", "G"),
        ("H", hs), ("H", hs_r),
        ("R", "HSC/MH/01", "24/09/2024",
         "That the Executive asks the Bradford District and Craven Health and Care Partnership to publish waiting times for the First Response Service each quarter.",
         "Accepted", "Portfolio Holder for Healthy People and Places / Director of Public Health", "Q3 2024/25", "",
         "Waiting times now published quarterly on the Partnership website.", "B"),
        ("R", "HSC/MH/02", "24/09/2024",
         "That the opening hours of the safe spaces (crisis cafés) in Keighley and Bradford city centre are extended to seven evenings a week, subject to funding.",
         "Accepted in part – subject to funding", "AB/JK", "Mar-25", "Mar-26",
         "Funding bid to the ICB not successful in 2025/26 round; Keighley open five evenings. Options paper to Executive in January 2026.", "R"),
        ("H", re_), ("H", re_r),
        ("R", "RE/FT/01", "29/01/2024",
         "That the Council increases the number of fixed penalty notices issued for fly-tipping and publishes the figures quarterly by ward.",
         "Accepted", "Head of Neighbourhood and Customer Services", "Jun-24", "",
         "FPNs up 38% on 2023/24; ward figures published each quarter since July 2024.", "B"),
        ("R", "RE/FT/02", "29/01/2024",
         "That a pilot of bulky waste collection at a reduced charge is run in two wards with high rates of fly-tipping.",
         "Accepted", "Waste Services Manager", "Oct 2025", "",
         "Pilot running in Bowling and Barkerend and in Little Horton since 1 July 2025; evaluation due end of October.", "G"),
        ("R", "RE/FT/03", "29/01/2024",
         "That CCTV deployment at fly-tipping hotspots is reviewed with West Yorkshire Police and ward councillors.",
         "Accepted", "Environmental Enforcement Manager; Neighbourhood Policing Inspector (WYP)", "TBC", "",
         "Not yet started – awaiting a date from West Yorkshire Police.", ""),
    ]
    lines = [
        title,
        "Position at 31 October 2025 – report to Corporate Overview and Scrutiny Committee, 4 December 2025",
        "Exported from the scrutiny recommendations log (tab-delimited text).",
        "",
        "RAG: B = implemented (complete)   G = on track   A = some slippage   R = off track / not progressing   blank = not started",
        "",
        "\t".join(["Ref", "Date agreed", "Recommendation", "Executive response", "Lead officer / Portfolio",
                   "Target date", "Revised target", "Update", "RAG"]),
    ]
    for r in rows:
        if r[0] == "H":
            lines.append(r[1])
        elif r[0] == "C":
            lines.append("\t" * 7 + r[1])
        else:
            lines.append("\t".join(r[1:]))
    lines += [
        "",
        "Summary: 8 recommendations – 3 implemented (B), 2 green, 1 amber, 1 red, 1 not started",
        "Recommendations rated B for two consecutive reports will be removed from the tracker.",
    ]
    with open(out(name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")

    A = [
        act("CS/EHE/01", [cs, cs_r], rows[2][3], ["Assistant Director, Education and Learning"], "2025-01", "blue"),
        act("CS/EHE/02", [cs, cs_r], rows[3][3], ["EHE Team Manager", "Head of Service, Front Door"], "2025-09", "amber"),
        act("CS/EHE/03", [cs, cs_r], rows[5][3], ["Strategic Director, Children's Services"], None, "green", end_text="Annually"),
        act("HSC/MH/01", [hs, hs_r], rows[8][3], ["Portfolio Holder for Healthy People and Places", "Director of Public Health"], "2024-12", "blue"),
        act("HSC/MH/02", [hs, hs_r], rows[9][3], ["AB", "JK"], "2026-03", "red"),
        act("RE/FT/01", [re_, re_r], rows[12][3], ["Head of Neighbourhood and Customer Services"], "2024-06", "blue"),
        act("RE/FT/02", [re_, re_r], rows[13][3], ["Waste Services Manager"], "2025-10", "green"),
        act("RE/FT/03", [re_, re_r], rows[14][3], ["Environmental Enforcement Manager", "Neighbourhood Policing Inspector (WYP)"], None, "unrated", end_text="TBC"),
    ]
    meta = dict(
        source=("Constructed in the style of City of Bradford MDC overview and scrutiny reports (bradford.moderngov.co.uk, Corporate "
                "Overview and Scrutiny Committee) and of the common council 'Scrutiny Recommendation Tracker' layout (Ref / date "
                "agreed / recommendation / executive response / lead officer or portfolio / target date / action taken / status with a "
                "key). Copied features: plain tab-delimited export of a log, committee heading lines in capitals, review heading lines "
                "naming the review and its Executive date, an original and a revised target column, a letter RAG with its key line at "
                "the top (B = implemented), a wrapped update continued on a line of its own, and a summary/footnote block."),
        reads=("A tab-separated scrutiny recommendations tracker from Bradford Council with eight recommendations grouped under three "
               "committees and one review each. Each recommendation is the action, with a lead (job titles, two posts split by '/' or "
               "';', or initials AB/JK), a target date and sometimes a revised target that supersedes it, and a B/G/A/R letter; one "
               "line holds only a continuation of the previous update, and the last recommendation has no RAG and a TBC date."),
        outcome="read", title=title,
    )
    write_expected(name, meta, A)


# ---------------------------------------------------------------------------
# 2. Liverpool - fostering service development plan, CSV export
# ---------------------------------------------------------------------------
def make_liverpool():
    name = "zom-liverpool-city-council-fostering-service-development-plan-2025-26.csv"
    title = "Liverpool City Council Fostering Service Development Plan 2025-26"
    p1 = "Priority 1: Increase the number of in-house foster carers"
    p2 = "Priority 2: Support and retain our foster carers"
    p3 = "Priority 3: Kinship (connected persons) care"
    p4 = "Priority 4: Quality assurance of fostering practice"
    data = [
        (p1, "1.1", "Launch a Liverpool recruitment campaign with Fostering Friendly employers, targeting carers for teenagers and sibling groups.",
         "Recruitment and Assessment Team Manager", "Apr-25", "Sep-25", "Campaign launched in May; 64 enquiries in Q2 against 41 in Q2 last year.", "Complete"),
        ("", "1.2", "Reduce the time from enquiry to approval to an average of 6 months by introducing a two-stage assessment tracker reviewed fortnightly.",
         "Fostering Service Manager", "Apr-25", "Mar-26", "Tracker in place. Average currently 7.4 months.", "Green"),
        ("", "1.3", "Review foster carer allowances and fees against neighbouring authorities in the Liverpool City Region, and report options to Cabinet.",
         "Head of Service, Placements and Resources / Finance Business Partner", "Jun-25", "31/12/2025",
         "Benchmarking complete. Cabinet report delayed to the February budget cycle.", "Amber"),
        (p2, "2.1", "Extend the Mockingbird programme from two to four constellations.",
         "Mockingbird Liaison Worker", "Apr-25", "Q4 2025/26", "Third hub home carer approved; fourth in assessment.", "Green"),
        ("", "2.2", "Deliver the foster carer learning and development offer, including trauma-informed practice training for all carers approved in the last 12 months.",
         "Fostering Training Coordinator", "Apr-25", "Ongoing", "18 of 22 newly approved carers trained.", "Green"),
        ("", "2.3", "Hold quarterly foster carer forums with the Liverpool Foster Carers Association and publish a 'You said, we did' update.",
         "Fostering Service Manager & Chair, LFCA", "Apr-25", "Quarterly", "Forums held June and September.", "Green"),
        (p3, "3.1", "Complete viability assessments for connected persons within 10 working days of request.",
         "Kinship Care Team Manager", "Apr-25", "Sep 2025", "52% within 10 days in Q2. Two agency assessors starting November.", "Red"),
        ("", "3.2", "Publish the updated Kinship Local Offer on the Liverpool Family Information Directory.",
         "Kinship Care Team Manager", "Oct-25", "Nov-25", "", "Not started"),
        (p4, "4.1", "Audit 10% of foster carer annual reviews each quarter, with findings reported to the Fostering Panel.",
         "IRO (Fostering); Panel Adviser", "Apr-25", "Mar 2026", "Q1 audit done. Q2 audit delayed by IRO vacancy.", "Amber"),
    ]
    rows = [
        [title, "", "", "", "", "", "", ""],
        ["Quarter 2 update (July – September 2025) for the Corporate Parenting Committee", "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", ""],
        ["Priority", "Ref", "Action", "Lead", "Start", "Due", "Progress update (Q2)", "RAG"],
    ]
    rows += [list(d) for d in data]
    rows += [
        ["", "", "", "", "", "", "", ""],
        ["RAG summary", "", "", "", "", "", "", ""],
        ["Complete", "1", "", "", "", "", "", ""],
        ["Green", "4", "", "", "", "", "", ""],
        ["Amber", "2", "", "", "", "", "", ""],
        ["Red", "1", "", "", "", "", "", ""],
        ["Not started", "1", "", "", "", "", "", ""],
        ["Key: Complete = action delivered; Green = on track; Amber = at risk of slipping; Red = off track", "", "", "", "", "", "", ""],
    ]
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)

    ends = ["2025-09", "2026-03", "2025-12", "2026-03", None, None, "2025-09", "2025-11", "2026-03"]
    stat = ["blue", "green", "amber", "green", "green", "green", "red", "unrated", "amber"]
    leads = [["Recruitment and Assessment Team Manager"], ["Fostering Service Manager"],
             ["Head of Service, Placements and Resources", "Finance Business Partner"],
             ["Mockingbird Liaison Worker"], ["Fostering Training Coordinator"],
             ["Fostering Service Manager", "Chair, LFCA"], ["Kinship Care Team Manager"], ["Kinship Care Team Manager"],
             ["IRO (Fostering)", "Panel Adviser"]]
    under = [p1, p1, p1, p2, p2, p2, p3, p3, p4]
    A = []
    for i, d in enumerate(data):
        et = None
        if ends[i] is None:
            et = d[5]
        A.append(act(d[1], [under[i]], d[2], leads[i], ends[i], stat[i], end_text=et))
    meta = dict(
        source=("Constructed in the style of English local authority fostering service annual reports and development plans presented "
                "to corporate parenting boards/committees (e.g. Brent's Fostering Service Annual Report to Executive, Durham's "
                "permanence updates to its Corporate Parenting Panel). Copied features: CSV saved from an Excel workbook with title "
                "and period lines above the header, the Priority column filled only on the first row of each priority (merged cells "
                "flattened), Start and Due columns, a Q2 progress column, RAG words, and a RAG summary block and key below the table."),
        reads=("Liverpool's fostering service development plan for 2025-26 at quarter 2: nine numbered actions under four priorities, "
               "each with a lead (job titles; two posts where joined by '/', '&' or ';'), a due date and a RAG word. Due dates are "
               "months, a Q4 2025/26 quarter, a day date, or 'Ongoing'/'Quarterly'; the counts and key under the table are not "
               "actions."),
        outcome="read", title=title,
    )
    write_expected(name, meta, A)


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    parts = text.split("\n") if text else [""]
    cell.text = parts[0]
    for p in parts[1:]:
        cell.add_paragraph(p)
    if bold:
        for p in cell.paragraphs:
            for r in p.runs:
                r.bold = True


# ---------------------------------------------------------------------------
# 3. Darlington - area SEND priority action plan (Word, RAG by fill only)
# ---------------------------------------------------------------------------
def make_darlington():
    name = "zom-darlington-local-area-send-priority-action-plan.docx"
    title = "Darlington Local Area Partnership Priority Action Plan"
    doc = Document()
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Response to the area SEND inspection of Darlington Local Area Partnership "
                      "(inspection 18 to 22 November 2024; report published 21 January 2025)")
    doc.add_paragraph("Version 3 – progress update for the SEND Strategic Partnership Board, October 2025")

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Owner", "Darlington SEND Strategic Partnership Board"),
                 ("Partners", "Darlington Borough Council; NHS North East and North Cumbria Integrated Care Board (Tees Valley); Darlington Parent Carer Forum"),
                 ("Submitted to Ofsted", "7 March 2025"),
                 ("Reviewed", "Monthly at the SEND Improvement Group")]:
        c = t.add_row().cells
        set_cell(c[0], k, bold=True)
        set_cell(c[1], v)

    doc.add_heading("RAG key", level=1)
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for fill, meaning in [(BLUE, "Complete – evidence of impact seen"), (GREEN, "On track"),
                          (AMBER, "At risk – some slippage"), (RED, "Off track"), (None, "Not started")]:
        c = k.add_row().cells
        if fill:
            shade(c[0], fill)
        set_cell(c[1], meaning)

    sections = [
        ("Area for priority action 1",
         "Leaders across education, health and care should urgently improve the timeliness and quality of education, health and care (EHC) plans, so that children and young people's needs are accurately described and met without delay.",
         [("PA1.1", "Recruit four additional EHC plan coordinators and two educational psychologists (including locum cover) to clear the backlog of overdue needs assessments.",
           "Head of SEND and Inclusion", "April 2025", "Backlog of overdue assessments cleared; caseloads below 120 per coordinator.", BLUE),
          ("PA1.2", "Introduce a weekly multi-agency EHC decision-making panel with health and social care representation.\nPanel decisions to be sent to families within five working days.",
           "SEND Assessment Manager; Designated Clinical Officer", "Summer term 2025", "Health and social care advice received within 6 weeks in 90% of cases.", BLUE),
          ("PA1.3", "Quality assure 20 EHC plans each month using the co-produced audit tool, with parent carer forum representatives on the audit panel.",
           "Principal Educational Psychologist / Darlington Parent Carer Forum", "Monthly", "80% of audited plans rated good or better.", GREEN),
          ("PA1.4", "Issue new EHC plans within 20 weeks in at least 60% of cases, rising to 85%.",
           "Assistant Director, Education and Inclusion", "Sept 2025 – March 2026", "20-week timeliness reported monthly to the Board.", AMBER)]),
        ("Area for priority action 2",
         "The partnership should make sure that children and young people waiting for a neurodevelopmental assessment, and their families, get timely support while they wait, and that waiting times reduce.",
         [("PA2.1", "Commission a 'support while you wait' offer for families on the autism and ADHD assessment pathway, delivered with the voluntary sector.",
           "Commissioning Manager (ICB – Tees Valley)", "31/07/2025", "Offer live; families report feeling supported in the quarterly survey.", BLUE),
          ("PA2.2", "Validate the neurodevelopmental waiting list and contact every family waiting more than 52 weeks.",
           "Service Manager, Children's Neurodevelopmental Service (TEWV)", "December 2025", "Every family waiting over 52 weeks contacted and offered a review.", GREEN),
          ("PA2.3", "Publish waiting times for speech and language therapy, occupational therapy and neurodevelopmental assessment on the Local Offer.",
           "Designated Clinical Officer and Local Offer Officer", "Quarterly", "Waiting times visible to families on the Local Offer.", AMBER)]),
        ("Area for improvement",
         "Leaders should strengthen the way they gather and use the views of children and young people with SEND to shape services.",
         [("AFI1.1", "Establish a SEND Youth Forum that meets at least six times a year and reports to the SEND Strategic Partnership Board.",
           "Participation and Engagement Lead", "Autumn term 2025", "Forum minutes show changes made in response to young people.", GREEN),
          ("AFI1.2", "Add a 'what matters to me' section, written with the young person, to every annual review.",
           "SEND Assessment Manager", "January 2026", "Section present in 90% of sampled annual reviews.", None)]),
    ]
    for heading, text, rows in sections:
        doc.add_heading(heading, level=1)
        p = doc.add_paragraph()
        r = p.add_run(text)
        r.italic = True
        tb = doc.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        for c, h in zip(tb.rows[0].cells, ["Ref", "Action", "Lead", "By when", "Impact we expect to see", "RAG"]):
            set_cell(c, h, bold=True)
        for ref, a, lead, when, impact, fill in rows:
            c = tb.add_row().cells
            set_cell(c[0], ref)
            set_cell(c[1], a)
            set_cell(c[2], lead)
            set_cell(c[3], when)
            set_cell(c[4], impact)
            set_cell(c[5], "")
            if fill:
                shade(c[5], fill)
    doc.add_paragraph("Next review: SEND Strategic Partnership Board, 11 December 2025.")
    doc.save(out(name))

    s1, s2, s3 = sections[0][1], sections[1][1], sections[2][1]
    r1, r2, r3 = sections[0][2], sections[1][2], sections[2][2]
    A = [
        act("PA1.1", [s1], r1[0][1], ["Head of SEND and Inclusion"], "2025-04", "blue"),
        act("PA1.2", [s1], r1[1][1], ["SEND Assessment Manager", "Designated Clinical Officer"], "2025-07", "blue"),
        act("PA1.3", [s1], r1[2][1], ["Principal Educational Psychologist", "Darlington Parent Carer Forum"], None, "green", end_text="Monthly"),
        act("PA1.4", [s1], r1[3][1], ["Assistant Director, Education and Inclusion"], "2026-03", "amber"),
        act("PA2.1", [s2], r2[0][1], ["Commissioning Manager (ICB – Tees Valley)"], "2025-07", "blue"),
        act("PA2.2", [s2], r2[1][1], ["Service Manager, Children's Neurodevelopmental Service (TEWV)"], "2025-12", "green"),
        act("PA2.3", [s2], r2[2][1], ["Designated Clinical Officer", "Local Offer Officer"], None, "amber", end_text="Quarterly"),
        act("AFI1.1", [s3], r3[0][1], ["Participation and Engagement Lead"], "2025-12", "green"),
        act("AFI1.2", [s3], r3[1][1], ["SEND Assessment Manager"], "2026-01", "unrated"),
    ]
    meta = dict(
        source=("Constructed after the priority action plans that local area partnerships submit to Ofsted after an area SEND "
                "inspection outcome of 'widespread and/or systemic failings' under the 2023 framework (Tes and Schools Week "
                "coverage of Oxfordshire, Oldham and Plymouth, 2023; DfE 'Area SEND inspections: support and challenge following "
                "inspection', 2023). Copied features: title and inspection-date lines, a document-control table, a RAG key table "
                "made of coloured cells, one section per area for priority action with the inspectors' wording above a table, "
                "actions with refs, leads that are posts or partner bodies, 'by when' cells mixing months, a school term, a "
                "period, a day date and 'Monthly'/'Quarterly', and RAG shown only by the cell's fill colour."),
        reads=("Darlington's SEND priority action plan: two areas for priority action and one area for improvement, each a "
               "heading naming the kind of part followed by the inspectors' text and a table of actions (nine in all). The RAG "
               "column has no text, only fill colours explained by the key table (blue complete, green on track, amber at risk, "
               "no fill not started); the document-control and key tables are not actions."),
        outcome="read", title=title,
    )
    write_expected(name, meta, A)


# ---------------------------------------------------------------------------
# 4. Gwent Safeguarding Board - Torfaen JICPA multi-agency improvement plan (xlsx)
# ---------------------------------------------------------------------------
def fill(c):
    return PatternFill("solid", fgColor=c)


RAGFILL = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}


def make_torfaen():
    name = "zom-gwent-safeguarding-board-torfaen-jicpa-multi-agency-improvement-plan.xlsx"
    title = "Torfaen JICPA Multi-Agency Improvement Plan"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Bwrdd Diogelu Gwent | Gwent Safeguarding Board"
    cov["A1"].font = Font(bold=True, size=12)
    cov["A3"] = title
    cov["A3"].font = Font(bold=True, size=16)
    cov["A4"] = "Joint Inspection of Child Protection Arrangements (JICPA) – Torfaen"
    info = [("Inspection dates", "30 September – 4 October 2024"),
            ("Report published", "16 January 2025"),
            ("Inspectorates", "Care Inspectorate Wales, Healthcare Inspectorate Wales, HMICFRS, Estyn"),
            ("Plan owner", "Gwent Safeguarding Board – Torfaen Local Safeguarding Network"),
            ("Version", "v4 – September 2025 update")]
    r = 6
    for k, v in info:
        cov.cell(r, 1, k).font = Font(bold=True)
        cov.cell(r, 2, v)
        r += 1
    r += 1
    cov.cell(r, 1, "RAG key").font = Font(bold=True)
    for letter, meaning in [("B", "Complete – evidence of impact provided"), ("G", "On track"),
                            ("A", "Some slippage – recoverable"), ("R", "Off track – escalate to Board")]:
        r += 1
        c = cov.cell(r, 1, letter)
        c.fill = fill(RAGFILL[letter])
        cov.cell(r, 2, meaning)
    cov.column_dimensions["A"].width = 22
    cov.column_dimensions["B"].width = 70

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = title + " – progress at September 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:J1")
    hdr = ["No.", "Area for improvement (JICPA report)", "Agency", "Action", "Lead officer", "Target date",
           "Revised date", "Progress update", "Previous RAG", "Current RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(3, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = Alignment(wrap_text=True, vertical="top")
    t1 = "Theme 1: Recognition and response to risk at the front door"
    t2 = "Theme 2: Child protection planning and review"
    a1 = "Information about domestic abuse incidents is not consistently shared with schools in time to support children the next school day."
    a2 = "The quality of strategy discussions is variable, and health professionals are not always invited to take part."
    a3 = "Care and support protection plans do not always set out clear, measurable outcomes that families understand."
    a4 = "Attendance at core group meetings is inconsistent, particularly by education and health."
    D = dt.datetime
    plan = [
        ("T", t1),
        ("A", a1, [
            ("1.1", "Gwent Police", "Extend Operation Encompass notifications to incidents reported after 5pm, with notifications sent to designated safeguarding leads by 9am the next school day.",
             "Detective Inspector, Public Protection Unit", D(2025, 3, 31), D(2025, 6, 30), "Overnight notifications live from 2 June 2025.", "A", "B"),
            ("1.2", "Torfaen CBC (Education)", "Provide refresher training for designated safeguarding leads on responding to Operation Encompass notifications.",
             "Safeguarding in Education Officer", "Jun-25", None, "All 34 schools trained by 20 June.", "G", "B"),
            ("1.3", "Torfaen CBC / Gwent Police", "Audit a sample of 20 Encompass notifications to test timeliness and the school's response.",
             "IAA Team Manager; Detective Inspector, Public Protection Unit", "Sep-25", "Dec-25", "Audit moved to allow the overnight process to bed in.", "G", "A"),
        ]),
        ("A", a2, [
            ("1.4", "Torfaen CBC", "Revise the strategy discussion template so that health attendance and the rationale for decisions are recorded.",
             "Head of Children's Services", D(2025, 1, 31), None, "New template in use since February 2025.", "B", "B"),
            ("1.5", "Aneurin Bevan UHB", "Set up a duty rota so that a safeguarding nurse can join every strategy discussion held in working hours.",
             "Head of Safeguarding, ABUHB", "Apr-25", "Oct-25", "Rota in place; health present at 78% of strategy discussions in Q2.", "A", "G"),
        ]),
        ("T", t2),
        ("A", a3, [
            ("2.1", "Torfaen CBC", "Introduce a family-friendly version of the care and support protection plan, co-produced with parents.",
             "Principal Social Worker", "Mar-25", "Sep-25", "Draft tested with six families; changes to the WCCIS form awaited.", "A", "A"),
            ("2.2", "Torfaen CBC", "Child protection conference chairs to quality assure each plan at the review conference and record a rating.",
             "Safeguarding and Quality Assurance Manager", D(2025, 7, 31), None, "Ratings recorded for 91% of review conferences.", "G", "G"),
            ("2.3", "All agencies", "Deliver multi-agency training on outcome-focused planning through the Gwent Safeguarding Board training programme.",
             "GSB Business Manager / GSB Training Officer", "Q4 2025/26", None, "Four sessions booked for January to March 2026.", "G", "G"),
        ]),
        ("A", a4, [
            ("2.4", "Torfaen CBC (Education)", "Set an expectation that the designated safeguarding lead, or a named deputy, attends every core group for a child on the child protection register.",
             "Chief Education Officer", "Sep 2025", None, "Attendance by schools 64% in Q2 (target 95%). Escalated to the Local Safeguarding Network.", "A", "R"),
            ("2.5", "Aneurin Bevan UHB", "Report health visitor and school nurse attendance at core groups quarterly to the Torfaen Local Safeguarding Network.",
             "Named Nurse Safeguarding Children", "Quarterly", None, "Q1 and Q2 reports received.", "G", "G"),
        ]),
    ]
    row = 4
    expected = []
    theme = None
    for item in plan:
        if item[0] == "T":
            theme = item[1]
            c = ws.cell(row, 1, theme)
            c.font = Font(bold=True)
            for col in range(1, 11):
                ws.cell(row, col).fill = fill(GREY)
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=10)
            row += 1
            continue
        area, acts = item[1], item[2]
        first = row
        for (no, agency, action, lead, tgt, rev, upd, prev, cur) in acts:
            ws.cell(row, 1, no)
            ws.cell(row, 3, agency)
            ws.cell(row, 4, action)
            ws.cell(row, 5, lead)
            c = ws.cell(row, 6, tgt)
            if isinstance(tgt, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if rev is not None:
                c = ws.cell(row, 7, rev)
                if isinstance(rev, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(row, 8, upd)
            for col, letter in ((9, prev), (10, cur)):
                c = ws.cell(row, col, letter)
                c.fill = fill(RAGFILL[letter])
                c.alignment = Alignment(horizontal="center", vertical="top")
            for col in range(1, 9):
                ws.cell(row, col).alignment = Alignment(wrap_text=True, vertical="top")
            row += 1
        ws.cell(first, 2, area).alignment = Alignment(wrap_text=True, vertical="top")
        if row - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=row - 1, end_column=2)
    row += 1
    ws.cell(row, 1, "Notes: actions rated B are removed from the plan once the Local Safeguarding Network has seen evidence of impact. "
                    "Revised dates agreed by the Torfaen Local Safeguarding Network on 9 July 2025.")
    for col, w in zip("ABCDEFGHIJ", [6, 40, 18, 60, 34, 12, 12, 45, 10, 10]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A4"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of current RAG by theme"
    sm["A1"].font = Font(bold=True)
    for i, h in enumerate(["Theme", "B", "G", "A", "R", "Total"], 1):
        sm.cell(3, i, h).font = Font(bold=True)
    sm.append(["Theme 1", 3, 1, 1, 0, 5])
    sm.append(["Theme 2", 0, 3, 1, 1, 5])
    sm.append(["Total", 3, 4, 2, 1, 10])
    wb.save(out(name))

    A = [
        act("1.1", [t1, a1], plan[1][2][0][2], ["Detective Inspector, Public Protection Unit"], "2025-06", "blue"),
        act("1.2", [t1, a1], plan[1][2][1][2], ["Safeguarding in Education Officer"], "2025-06", "blue"),
        act("1.3", [t1, a1], plan[1][2][2][2], ["IAA Team Manager", "Detective Inspector, Public Protection Unit"], "2025-12", "amber"),
        act("1.4", [t1, a2], plan[2][2][0][2], ["Head of Children's Services"], "2025-01", "blue"),
        act("1.5", [t1, a2], plan[2][2][1][2], ["Head of Safeguarding, ABUHB"], "2025-10", "green"),
        act("2.1", [t2, a3], plan[4][2][0][2], ["Principal Social Worker"], "2025-09", "amber"),
        act("2.2", [t2, a3], plan[4][2][1][2], ["Safeguarding and Quality Assurance Manager"], "2025-07", "green"),
        act("2.3", [t2, a3], plan[4][2][2][2], ["GSB Business Manager", "GSB Training Officer"], "2026-03", "green"),
        act("2.4", [t2, a4], plan[5][2][0][2], ["Chief Education Officer"], "2025-09", "red"),
        act("2.5", [t2, a4], plan[5][2][1][2], ["Named Nurse Safeguarding Children"], None, "green", end_text="Quarterly"),
    ]
    meta = dict(
        source=("Constructed after the multi-agency improvement plans that Welsh regional safeguarding boards publish after a Joint "
                "Inspection of Child Protection Arrangements (JICPA) by CIW, HIW, HMICFRS and Estyn (JICPAs in Newport 2019, "
                "Neath Port Talbot 2021, Bridgend, Powys and Denbighshire 2023, Cardiff 2024, as reported by careinspectorate.wales "
                "and hiw.org.uk). Copied features: bilingual board name on a cover sheet with an inspection details block and a "
                "coloured RAG key, a plan sheet with a dark header row, grey theme band rows merged across the table, the report's "
                "area for improvement in a vertically merged cell beside its actions, an Agency column separate from the Lead officer "
                "column, real Excel dates and text months, a Revised date column, Previous RAG and Current RAG letters on fill "
                "colours, a notes line, and a summary sheet."),
        reads=("A Gwent Safeguarding Board improvement plan for the Torfaen JICPA: ten numbered actions under two themes and four "
               "areas for improvement (each area a merged cell spanning its actions). Each action has an agency, a lead officer "
               "(two where split by ';' or '/'), a target date and sometimes a revised date that replaces it, and previous and "
               "current RAG letters; the status is the current RAG. The cover, key, notes and summary are not actions."),
        outcome="read", title=title,
    )
    write_expected(name, meta, A)


# ---------------------------------------------------------------------------
# 5. Coram Ambitious for Adoption - RAA service development plan (Word, no refs)
# ---------------------------------------------------------------------------
def make_coram():
    name = "zom-coram-ambitious-for-adoption-raa-service-development-plan-2025-26.docx"
    title = "Coram Ambitious for Adoption: Service Development Plan 2025-26"
    doc = Document()
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Regional adoption agency for Bromley, City of London, Harrow, Redbridge, Slough and Waltham Forest, "
                      "delivered in partnership with Coram")
    doc.add_paragraph("Mid-year progress report to the Partnership Board – November 2025")
    doc.add_heading("Version history", level=2)
    vh = doc.add_table(rows=1, cols=3)
    vh.style = "Table Grid"
    for c, h in zip(vh.rows[0].cells, ["Version", "Date", "Changes"]):
        set_cell(c, h, bold=True)
    for v in [("1.0", "April 2025", "Plan agreed by the Partnership Board"),
              ("1.1", "July 2025", "Q1 progress added"),
              ("1.2", "November 2025", "Mid-year progress added; two dates revised")]:
        cells = vh.add_row().cells
        for c, x in zip(cells, v):
            set_cell(c, x)
    doc.add_paragraph("Status: Complete / On track / Amber (at risk) / Red (off track) / Not started.")

    pr = [
        ("Priority 1 – Recruiting and preparing adopters for the children who wait", [
            ("Run a targeted recruitment campaign with Black-led churches and community groups in Harrow, Redbridge and Waltham Forest.",
             "Marketing and Recruitment Manager", "October 2025", "Enquiries from Black and mixed heritage applicants up by a quarter.",
             "Campaign ran September–October; 31 enquiries.", "Complete"),
            ("Introduce a fast-track stage 1 for applicants who have fostered or adopted before.",
             "Assessment Team Manager", "Q4 2025/26", "Stage 1 completed within 6 weeks for these applicants.",
             "Process agreed; first applicants start in January.", "On track"),
            ("Hold two information events a year for people interested in adopting brothers and sisters.",
             "Jo Okafor and Priya Shah", "Ongoing", "More sibling groups placed together.",
             "First event held in June (14 households).", "On track"),
        ]),
        ("Priority 2 – Early permanence", [
            ("Train partner local authority children's social workers on early permanence (fostering for adoption) and the court process.",
             "Early Permanence Lead", "By 31 January 2026", "Early permanence considered for every child with a plan for adoption.",
             "Four of six authorities trained; Slough and City of London sessions rebooked.", "Amber"),
            ("Agree a shared early permanence protocol with the six partner authorities.",
             "Head of Service; Harrow Head of Corporate Parenting", "March 2026", "Protocol signed by all six directors of children's services.",
             "", "Not started"),
        ]),
        ("Priority 3 – Adoption support", [
            ("Reduce the time from request to a completed adoption support needs assessment to 8 weeks.",
             "Adoption Support Team Manager", "Dec 2025", "Average time to assessment 8 weeks or less.",
             "Average 14 weeks; two social worker vacancies.", "Red"),
            ("Launch a peer mentoring scheme for adoptive parents, run with Adoption UK.",
             "Adoption Support Team Manager & Adoption UK Regional Coordinator", "Sept 2025", "20 mentoring matches in the first year.",
             "Launched 8 September; 9 matches so far.", "Complete"),
            ("Submit Adoption and Special Guardianship Support Fund applications within 15 working days of the assessment being agreed.",
             "ASGSF Administrator", "Ongoing", "95% of applications within 15 working days.",
             "97% in Q2.", "On track"),
        ]),
        ("Priority 4 – Hearing from children and adopted adults", [
            ("Set up a young people's advisory group of adopted children aged 11–17 to review our life story work and later life letters.",
             "Participation Officer", "April 2026", "Young people's feedback used to change the life story template.",
             "Recruiting members through schools and adoptive parents' groups.", "On track"),
            ("Review the access to records service for adopted adults and clear the waiting list.",
             "Head of Service, Coram Ambitious for Adoption", "June 2026", "No adopted adult waits more than 3 months for their records.",
             "Waiting list down from 46 to 38.", "Amber"),
        ]),
    ]
    for heading, rows in pr:
        doc.add_heading(heading, level=1)
        tb = doc.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        for c, h in zip(tb.rows[0].cells, ["What we will do", "Who", "By when", "How we will know", "Progress (November 2025)", "Status"]):
            set_cell(c, h, bold=True)
            shade(c, "DEEAF6")
        for row in rows:
            cells = tb.add_row().cells
            for c, x in zip(cells, row):
                set_cell(c, x)
    doc.add_heading("Glossary", level=2)
    g = doc.add_table(rows=0, cols=2)
    g.style = "Table Grid"
    for k, v in [("ASGSF", "Adoption and Special Guardianship Support Fund"), ("RAA", "Regional adoption agency"),
                 ("Early permanence", "Placing a baby or young child with carers who are approved as both foster carers and adopters")]:
        cells = g.add_row().cells
        set_cell(cells[0], k, bold=True)
        set_cell(cells[1], v)
    doc.save(out(name))

    leads = [["Marketing and Recruitment Manager"], ["Assessment Team Manager"], ["Jo Okafor", "Priya Shah"],
             ["Early Permanence Lead"], ["Head of Service", "Harrow Head of Corporate Parenting"],
             ["Adoption Support Team Manager"], ["Adoption Support Team Manager", "Adoption UK Regional Coordinator"],
             ["ASGSF Administrator"], ["Participation Officer"], ["Head of Service, Coram Ambitious for Adoption"]]
    ends = ["2025-10", "2026-03", None, "2026-01", "2026-03", "2025-12", "2025-09", None, "2026-04", "2026-06"]
    stat = ["blue", "green", "green", "amber", "unrated", "red", "blue", "green", "green", "amber"]
    A = []
    i = 0
    for heading, rows in pr:
        for row in rows:
            A.append(act(None, [heading], row[0], leads[i], ends[i], stat[i],
                         end_text=(row[2] if ends[i] is None else None)))
            i += 1
    meta = dict(
        source=("Constructed after English regional adoption agency service development plans (RAAs such as Adopt South West, "
                "whose annual report describes the inter-authority agreement and governance) and Coram Ambitious for Adoption, the "
                "RAA led by Harrow with Coram and partner councils (Harrow Times 2019; Slough Observer 2021). Copied features: a "
                "title block naming the partner authorities, a version history table, a status legend line, one Word table per "
                "priority under a numbered priority heading, 'What we will do / Who / By when / How we will know / Progress / "
                "Status' columns with no action refs, and a glossary table at the end."),
        reads=("Coram Ambitious for Adoption's 2025-26 service development plan at mid-year: ten unnumbered actions in four "
               "priority tables. Leads are posts or two named people; 'By when' is a month, a quarter, 'By 31 January 2026' or "
               "'Ongoing'; the status is a word (Complete, On track, Amber, Red, Not started). The version history and glossary "
               "tables are not actions."),
        outcome="read", title=title,
    )
    write_expected(name, meta, A)


# ---------------------------------------------------------------------------
# 6. East Lindsey - annual delivery plan Q2 tracker (xlsx) - REFUSE (typo month)
# ---------------------------------------------------------------------------
def make_east_lindsey():
    name = "zom-east-lindsey-district-council-annual-delivery-plan-2025-26-typo-month-refuse.xlsx"
    title = "East Lindsey District Council Annual Delivery Plan 2025/26"
    wb = Workbook()
    ws = wb.active
    ws.title = "ADP Q2 2025-26"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Quarter 2 performance monitoring (July – September 2025) – Overview Committee"
    ws["A3"] = "Corporate Strategy 2020-2030: 'Looking to the Future'"
    hdr = ["Ref", "Corporate Strategy priority", "Action", "Portfolio Holder", "Lead Officer", "Due", "Q1", "Q2", "Q2 commentary"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(5, i, h)
        c.font = Font(bold=True)
        c.fill = fill("BDD7EE")
    H = "Help enable a supply of homes that meet needs and aspirations"
    T = "Support our town centres to remain vital and viable"
    E = "Adapt to meet the challenge of a changing natural environment"
    W = "Maximise healthy and active lives"
    B = "Create an environment that helps businesses to survive and grow"
    I = "Be creative in generating income"
    rows = [
        ("ADP01", H, "Adopt the revised Housing Strategy and Delivery Action Plan.", "Portfolio Holder for Housing",
         "Assistant Director – Housing", "Dec-25", "G", "G", "Draft strategy out to consultation until 14 November."),
        ("ADP02", H, "Bring 40 long-term empty homes back into use.", "Portfolio Holder for Housing",
         "Private Sector Housing Manager", "Mar-26", "G", "A", "17 returned to use by end of Q2."),
        ("ADP03", T, "Complete the Mablethorpe Campus for Future Living public realm works.", "Portfolio Holder for Market Towns and Coast",
         "Assistant Director – Regeneration", "Sep-25", "A", "C", "Practical completion 19 September 2025."),
        ("ADP04", T, "Deliver the Louth and Horncastle shopfront improvement grant scheme.", "Portfolio Holder for Market Towns and Coast",
         "Town Centres Manager", "Jan-26", "G", "G", "24 grants offered; 11 schemes complete."),
        ("ADP05", E, "Publish the Council's climate action plan annual report.", "Portfolio Holder for Climate and Environment",
         "Climate Change Officer", "Jul-25", "G", "C", "Reported to Council in July."),
        ("ADP06", E, "Roll out separate food waste collections to all households.", "Portfolio Holder for Climate and Environment",
         "Assistant Director – Waste and Environment", "Febuary 2026", "A", "A", "Vehicle delivery dates confirmed; caddies ordered."),
        ("ADP07", W, "Open the refurbished Skegness leisure centre changing village.", "Portfolio Holder for Leisure and Culture",
         "Leisure Contract Manager", "Nov-25", "G", "R", "Contractor insolvency; works paused in August."),
        ("ADP08", B, "Launch the UK Shared Prosperity Fund business grants round for 2025/26.", "Portfolio Holder for Economic Development",
         "Economic Development Manager", "Jun-25", "C", "C", "Round closed 30 June; 38 awards."),
        ("ADP09", B, "Support the Lincolnshire Coast visitor economy recovery campaign.", "Portfolio Holder for Economic Development",
         "Tourism Development Officer", "Ongoing", "G", "G", "Autumn campaign live from 1 October."),
        ("ADP10", I, "Review fees and charges for 2026/27 and report to Executive Board.", "Portfolio Holder for Finance",
         "Assistant Director – Finance", "Nov-25", "G", "G", "Review under way with budget holders."),
    ]
    r = 6
    typo_row = None
    for row in rows:
        for i, v in enumerate(row, 1):
            c = ws.cell(r, i, v)
            c.alignment = Alignment(wrap_text=True, vertical="top")
        for col in (7, 8):
            v = ws.cell(r, col).value
            ws.cell(r, col).fill = fill({"G": GREEN, "A": AMBER, "R": RED, "C": BLUE}[v])
        if row[5] == "Febuary 2026":
            typo_row = r
        r += 1
    r += 1
    ws.cell(r, 1, "Key: C = complete; G = on track; A = at risk; R = off track")
    ws.cell(r + 1, 1, "Q2 position: 10 actions – 3 complete, 4 green, 2 amber, 1 red")
    for col, w in zip("ABCDEFGHI", [8, 36, 52, 30, 34, 14, 6, 6, 48]):
        ws.column_dimensions[col].width = w
    wb.save(out(name))
    assert typo_row is not None
    meta = dict(
        source=("Constructed after East Lindsey District Council's Annual Delivery Plan, agreed alongside its budget (Executive "
                "Board, February 2024, democracy.e-lindsey.gov.uk) and structured on the seven priorities of its Corporate "
                "Strategy 2020-2030 'Looking to the Future' (e-lindsey.gov.uk). Copied features: title and period lines, a "
                "priority column repeated on every row, separate Portfolio Holder and Lead Officer columns, text due dates, Q1 and "
                "Q2 RAG letters on fill colours with a key below, and a one-line Q2 position summary."),
        reads=("East Lindsey's annual delivery plan tracker at quarter 2: ten ADP actions, each with its corporate strategy "
               "priority, portfolio holder, lead officer, due month and Q1/Q2 RAG letters. The due cell for ADP06 reads "
               "'Febuary 2026', a mistyped month, so a careful reader stops at that row and asks before reading the plan."),
        outcome="refuse", refuse_at=typo_row, title=title,
    )
    write_expected(name, meta, None)
    return typo_row


# ---------------------------------------------------------------------------
# 7. Cwm Taf Morgannwg PSB - well-being plan delivery tracker (xlsx, sheet per objective)
# ---------------------------------------------------------------------------
def make_ctm():
    name = "zom-cwm-taf-morgannwg-psb-well-being-plan-delivery-tracker-2025-26.xlsx"
    title = "A More Equal Cwm Taf Morgannwg – Well-being Plan 2023-2028: Delivery Tracker 2025/26"
    STAT = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Off track": RED, "Not started": None}
    wb = Workbook()
    rm = wb.active
    rm.title = "Read me"
    rm["A1"] = title
    rm["A1"].font = Font(bold=True, size=14)
    rm["A2"] = "Cwm Taf Morgannwg Public Services Board | Bwrdd Gwasanaethau Cyhoeddus Cwm Taf Morgannwg"
    rm["A3"] = "Update for the Joint Overview and Scrutiny Committee – November 2025"
    rm["A5"] = ("One sheet per well-being objective. Each step has a lead partner, who sets its status each quarter. "
                "Supporting partners are listed for information.")
    rm["A7"] = "Status key"
    rm["A7"].font = Font(bold=True)
    r = 8
    for k, meaning in [("Complete", "Step delivered"), ("On track", "Green – expected by the delivery date"),
                       ("At risk", "Amber – may miss the delivery date"), ("Off track", "Red – will miss the delivery date"),
                       ("Not started", "No fill – not yet due to start")]:
        c = rm.cell(r, 1, k)
        if STAT[k]:
            c.fill = fill(STAT[k])
        rm.cell(r, 2, meaning)
        r += 1
    rm.column_dimensions["A"].width = 18
    rm.column_dimensions["B"].width = 60

    D = dt.datetime
    o1 = "Well-being Objective 1: Healthy local neighbourhoods"
    o2 = "Well-being Objective 2: Sustainable and resilient local neighbourhoods"
    sheets = [
        ("Objective 1", o1, [
            ("Priority: Food and healthy weight", [
                ("1.1", "Map community food projects (food banks, pantries and community fridges) across Bridgend, Merthyr Tydfil and Rhondda Cynon Taf and publish an online directory.",
                 "Public Health Wales (CTM Local Public Health Team)", "Interlink RCT; BAVO; VAMT", D(2025, 9, 30), "Complete",
                 "Directory published on the PSB website on 26 September."),
                ("1.2", "Pilot a healthy food standard in two secondary schools in each local authority area.",
                 "Bridgend CBC, Merthyr Tydfil CBC and RCTCBC", "Cwm Taf Morgannwg UHB", "July 2026", "On track",
                 "Six schools recruited; menus reviewed with catering teams."),
            ]),
            ("Priority: Active and connected places", [
                ("1.3", "Agree a shared approach to '20-minute neighbourhoods' for use in the three local development plans.",
                 "RCTCBC (Planning)", "Bridgend CBC; Merthyr Tydfil CBC", D(2026, 3, 31), "At risk",
                 "Workshop postponed twice; planning officers' capacity limited by LDP examinations."),
                ("1.4", "Extend social prescribing into every GP cluster in the region.",
                 "Cwm Taf Morgannwg UHB; Regional Partnership Board", "Third sector councils", "Q4 2025/26", "On track",
                 "Eleven of thirteen clusters covered."),
                ("1.5", "Run a 'green health' programme of walking groups in parks and on the Taff Trail.",
                 "Natural Resources Wales", "Local authority countryside teams", "Ongoing", "On track",
                 "Nine weekly groups running."),
            ]),
        ]),
        ("Objective 2", o2, [
            ("Priority: Climate and nature", [
                ("2.1", "Produce a regional climate risk assessment for public sector buildings and land.",
                 "Natural Resources Wales / South Wales Fire and Rescue Service", "All PSB partners", D(2025, 12, 31), "Off track",
                 "Data from two partners outstanding; completion now expected summer 2026."),
                ("2.2", "Plant 50,000 trees on public land across the region through the National Forest for Wales programme.",
                 "Merthyr Tydfil CBC", "Natural Resources Wales; Coed Cymru", "Mar 2026", "On track",
                 "31,000 planted to date; winter season starts in November."),
            ]),
            ("Priority: Community resilience", [
                ("2.3", "Train community flood wardens in the 20 communities at highest risk of flooding.",
                 "Bridgend CBC (Emergency Planning)", "RCTCBC; Merthyr Tydfil CBC; NRW", "Nov-25", "Complete",
                 "Training completed in all 20 communities."),
                ("2.4", "Develop a shared volunteering passport so that volunteers can move between PSB partners.",
                 "Interlink RCT", "BAVO; VAMT", "TBC", "Not started",
                 "Awaiting the outcome of a funding bid."),
            ]),
        ]),
    ]
    for sname, obj, prios in sheets:
        ws = wb.create_sheet(sname)
        ws["A1"] = obj
        ws["A1"].font = Font(bold=True, size=13)
        hdr = ["Ref", "Step", "Lead partner(s)", "Supporting partners", "Delivery by", "Status", "Progress this quarter"]
        for i, h in enumerate(hdr, 1):
            c = ws.cell(3, i, h)
            c.font = Font(bold=True)
            c.fill = fill("C6E0B4")
        r = 4
        for prio, steps in prios:
            c = ws.cell(r, 1, prio)
            c.font = Font(bold=True, italic=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            r += 1
            for (ref, step, lead, sup, when, status, prog) in steps:
                vals = [ref, step, lead, sup, when, status, prog]
                for i, v in enumerate(vals, 1):
                    c = ws.cell(r, i, v)
                    c.alignment = Alignment(wrap_text=True, vertical="top")
                    if isinstance(v, dt.datetime):
                        c.number_format = "mmm-yy"
                if STAT[status]:
                    ws.cell(r, 6).fill = fill(STAT[status])
                r += 1
        for col, w in zip("ABCDEFG", [6, 60, 36, 30, 12, 12, 50]):
            ws.column_dimensions[col].width = w

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Status summary – November 2025"
    sm["A1"].font = Font(bold=True)
    sm.append([])
    sm.append(["Objective", "Complete", "On track", "At risk", "Off track", "Not started", "Total"])
    sm.append(["Objective 1", 1, 3, 1, 0, 0, 5])
    sm.append(["Objective 2", 1, 1, 0, 1, 1, 4])
    sm.append(["Total", 2, 4, 1, 1, 1, 9])
    wb.save(out(name))

    smap = {"Complete": "blue", "On track": "green", "At risk": "amber", "Off track": "red", "Not started": "unrated"}
    leads = {
        "1.1": ["Public Health Wales (CTM Local Public Health Team)"],
        "1.2": ["Bridgend CBC", "Merthyr Tydfil CBC", "RCTCBC"],
        "1.3": ["RCTCBC (Planning)"],
        "1.4": ["Cwm Taf Morgannwg UHB", "Regional Partnership Board"],
        "1.5": ["Natural Resources Wales"],
        "2.1": ["Natural Resources Wales", "South Wales Fire and Rescue Service"],
        "2.2": ["Merthyr Tydfil CBC"],
        "2.3": ["Bridgend CBC (Emergency Planning)"],
        "2.4": ["Interlink RCT"],
    }
    ends = {"1.1": "2025-09", "1.2": "2026-07", "1.3": "2026-03", "1.4": "2026-03", "1.5": None,
            "2.1": "2025-12", "2.2": "2026-03", "2.3": "2025-11", "2.4": None}
    A = []
    for sname, obj, prios in sheets:
        for prio, steps in prios:
            for (ref, step, lead, sup, when, status, prog) in steps:
                A.append(act(ref, [obj, prio], step, leads[ref], ends[ref], smap[status],
                             end_text=(when if ends[ref] is None else None)))
    meta = dict(
        source=("Constructed after the Cwm Taf Morgannwg Public Services Board Well-being Plan 2023-2028 'A More Equal Cwm Taf "
                "Morgannwg', with its two well-being objectives (Healthy local neighbourhoods; Sustainable and resilient local "
                "neighbourhoods), adopted by RCT and Bridgend councils in 2023 and scrutinised by a joint overview and scrutiny "
                "committee (rctcbc.gov.uk, rctcbc.moderngov.co.uk, democratic.bridgend.gov.uk). Copied features: a 'Read me' sheet "
                "with the plan title, bilingual board name and a status key in coloured cells, one sheet per well-being objective "
                "with the objective as the sheet's first row, merged priority band rows, separate Lead partner(s) and Supporting "
                "partners columns, Excel dates shown as mmm-yy beside text dates, status words on fill colours, and a summary sheet."),
        reads=("The CTM PSB well-being plan delivery tracker for 2025/26: nine numbered steps on two objective sheets, each under a "
               "priority band. Each step has one or more lead partners (three councils in one cell, two bodies split by ';' or '/'), "
               "a delivery date and a status word whose colour meaning is set by the key (At risk = amber, Off track = red); "
               "supporting partners are not leads, and the Read me and Summary sheets hold no steps."),
        outcome="read", title=title,
    )
    write_expected(name, meta, A)


if __name__ == "__main__":
    make_bradford()
    make_liverpool()
    make_darlington()
    make_torfaen()
    make_coram()
    row = make_east_lindsey()
    make_ctm()
    print("built 7 cases; East Lindsey typo on sheet row", row)
