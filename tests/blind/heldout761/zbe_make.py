#!/usr/bin/env python3
"""Build the seven zbe- blind test files (set heldout761) and their expected readings.

Run with /work/main/.venv/bin/python zbe_make.py from any directory; files are written
beside this script. Only files whose names start with "zbe-" are written.
"""
import csv
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "Red": "FF0000",
    "Amber": "FFC000",
    "Green": "00B050",
    "Blue": "0070C0",
}


def out(name):
    assert name.startswith("zbe-")
    return os.path.join(HERE, name)


def write_expected(fname, exp):
    path = out(fname + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as fh:
        yaml.safe_dump(exp, fh, sort_keys=False, allow_unicode=True, width=100000)


def A(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


# ---------------------------------------------------------------- docx helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
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


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    w, h = sec.page_width, sec.page_height
    sec.page_width, sec.page_height = h, w
    sec.left_margin = sec.right_margin = Cm(1.5)


# =========================================================================
# 1. Rotherham local area SEND Written Statement of Action progress update (docx)
# =========================================================================
def rotherham():
    fname = "zbe-rotherham-local-area-send-written-statement-of-action-progress-update.docx"
    title = "Rotherham Local Area SEND Written Statement of Action: Progress Update, August 2022"
    areas = [
        ("Area of weakness 1: The variability in the quality of EHC plans, including the contribution of health and social care partners",
         "Subgroup chair: Head of SEND Service. What we want to achieve: every EHC plan clearly describes the child or young person, with specific outcomes and timely advice from education, health and social care.",
         [
             ("1.1", "Introduce a multi-agency quality assurance framework for EHC plans, with monthly moderation panels including education, health and social care.",
              "Head of SEND Service / Designated Clinical Officer", "April 2022", "",
              "Framework agreed by the SEND Executive Board in March 2022. Five moderation panels held since April; 62 plans audited, 71% judged good or better.", "Blue",
              ["Head of SEND Service", "Designated Clinical Officer"], "2022-04", "blue", None),
             ("1.2", "Deliver training for social workers and health practitioners on writing outcome-focused advice for EHC needs assessments.",
              "Principal Social Worker; Designated Clinical Officer", "September 2022", "",
              "Two of three sessions delivered (48 practitioners). Final session booked for 21 September 2022.", "Green",
              ["Principal Social Worker", "Designated Clinical Officer"], "2022-09", "green", None),
             ("1.3", "Set a six-week timescale for health and social care advice and report compliance monthly to the SEND Executive Board.",
              "SEND Assessment Team Manager", "June 2022", "October 2022",
              "Reporting in place from July 2022. Health advice returned in time for 78% of requests; social care advice 64%. Recovery actions agreed with Children's Social Care.", "Amber",
              ["SEND Assessment Team Manager"], "2022-10", "amber", None),
         ]),
        ("Area of weakness 2: The effectiveness of the graduated response to identify and meet children and young people's needs, especially in key stages 1 and 2",
         "Subgroup chair: Head of Inclusion. What we want to achieve: needs are identified early and met through consistent SEN support in every school and setting.",
         [
             ("2.1", "Publish the Rotherham SEND Support Guidance (graduated response toolkit) for all schools and early years settings.",
              "Head of Inclusion", "Summer term 2022", "",
              "Guidance published 6 June 2022 and launched at the SENCO conference.", "Blue",
              ["Head of Inclusion"], "2022-07", "blue", None),
             ("2.2", "Establish locality SENCO networks in the North, Central and South areas, supported by the Learning Support Service and the Educational Psychology Service.",
              "Head of Inclusion & Principal Educational Psychologist", "Autumn term 2022", "",
              "Terms of reference agreed. First network meetings scheduled for October 2022.", "Green",
              ["Head of Inclusion", "Principal Educational Psychologist"], "2022-12", "green", None),
             ("2.3", "Audit the use of SEN support plans in a sample of 20 primary schools and report findings to the SEND Executive Board.",
              "SEND Strategic Lead", "December 2022", "",
              "Audit tool co-produced with Rotherham Parent Carers Forum. Sample of schools agreed.", "Green",
              ["SEND Strategic Lead"], "2022-12", "green", None),
         ]),
        ("Area of weakness 3: The quality of provision for children and young people's preparation for, and transition to, adulthood",
         "Subgroup chair: Head of Transitions (Adult Care). What we want to achieve: young people with SEND and their families plan early for adult life, with smooth transfer to adult services.",
         [
             ("3.1", "Agree a joint Preparing for Adulthood protocol between children's services, adult care, health and post-16 providers.",
              "Head of Transitions (Adult Care)", "July 2022", "December 2022",
              "Draft protocol consulted on with young people in July. Sign-off delayed to allow health partners to respond following the creation of the ICB.", "Amber",
              ["Head of Transitions (Adult Care)"], "2022-12", "amber", None),
             ("3.2", "Ensure preparing for adulthood outcomes are included in all EHC plans from Year 9 onwards.",
              "SEND Assessment Team Manager", "March 2023", "",
              "EHC plan template updated. Year 9 reviews from September 2022 will use the new outcomes section.", "Green",
              ["SEND Assessment Team Manager"], "2023-03", "green", None),
             ("3.3", "Expand supported internship places with Rotherham College and local employers.",
              "Post-16 SEND Lead", "September 2023", "",
              "14 places agreed for 2022/23 (up from 6). Two new employers recruited.", "Green",
              ["Post-16 SEND Lead"], "2023-09", "green", None),
         ]),
        ("Area of weakness 4: Communication with all parents and carers of children and young people with SEND about the local offer, and the accessibility of the very valuable information included within the local offer",
         "Subgroup chair: Strategic Manager, Rotherham Parent Carers Forum. What we want to achieve: parents and carers know where to find information and feel listened to.",
         [
             ("4.1", "Relaunch the SEND Local Offer website, co-produced with Rotherham Parent Carers Forum.",
              "Rotherham Parent Carers Forum and SEND Communications Officer", "July 2022", "",
              "New site live 18 July 2022. 4,200 visits in the first month.", "Blue",
              ["Rotherham Parent Carers Forum", "SEND Communications Officer"], "2022-07", "blue", None),
             ("4.2", "Publish a SEND newsletter for parents and carers each term.",
              "SEND Communications Officer", "Termly", "",
              "Summer edition issued July 2022; autumn edition in draft.", "Green",
              ["SEND Communications Officer"], None, "green", "Termly"),
             ("4.3", "Hold local offer drop-in sessions in libraries and family hubs, with feedback reported as ‘You Said, We Did’.",
              "Head of Inclusion", "Ongoing", "",
              "Six sessions held; ‘You Said, We Did’ summary published on the Local Offer.", "Green",
              ["Head of Inclusion"], None, "green", "Ongoing"),
         ]),
    ]

    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(title, level=0)
    doc.add_paragraph("Report to the Improving Lives Select Commission – September 2022")

    dc = doc.add_table(rows=4, cols=2)
    dc.style = "Table Grid"
    for i, (k, v) in enumerate([
        ("Version", "1.2"),
        ("Date", "31 August 2022"),
        ("Owner", "SEND Executive Board (jointly chaired by the Strategic Director, Children and Young People’s Services and the Deputy Place Director, NHS South Yorkshire ICB)"),
        ("Status", "Final for publication on the SEND Local Offer"),
    ]):
        set_cell(dc.rows[i].cells[0], k, bold=True)
        set_cell(dc.rows[i].cells[1], v)

    doc.add_heading("Introduction", level=1)
    doc.add_paragraph(
        "Between 5 and 9 July 2021 Ofsted and the Care Quality Commission (CQC) carried out a joint "
        "inspection of the Rotherham local area. The Written Statement of Action (WSoA) was accepted as fit "
        "for purpose in January 2022. This update sets out progress against each of the four areas of "
        "significant weakness. Each area is overseen by a subgroup which reports to the SEND Executive Board.")

    doc.add_heading("RAG key", level=2)
    key = doc.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    for i, (k, v) in enumerate([
        ("Blue", "Action complete and impact being monitored"),
        ("Green", "On track to deliver by the target date"),
        ("Amber", "Some slippage – recovery plan in place"),
        ("Red", "Off track – escalated to the SEND Executive Board"),
    ]):
        set_cell(key.rows[i].cells[0], k, bold=True)
        shade(key.rows[i].cells[0], FILL[k])
        set_cell(key.rows[i].cells[1], v)

    expected = []
    hdr = ["Ref", "Action", "Lead", "Timescale", "Revised timescale", "Progress update (August 2022)", "RAG"]
    for heading, intro, rows in areas:
        doc.add_heading(heading, level=2)
        doc.add_paragraph(intro)
        t = doc.add_table(rows=1, cols=len(hdr))
        t.style = "Table Grid"
        for j, h in enumerate(hdr):
            set_cell(t.rows[0].cells[j], h, bold=True)
            shade(t.rows[0].cells[j], "D9E2F3")
        for (ref, action, lead, ts, rts, prog, rag, elead, eend, estat, etext) in rows:
            cells = t.add_row().cells
            for j, v in enumerate([ref, action, lead, ts, rts, prog, rag]):
                set_cell(cells[j], v)
            shade(cells[6], FILL[rag])
            expected.append(A(ref, [heading], action, elead, eend, estat, etext))
        doc.add_paragraph("")

    doc.add_heading("Summary of RAG ratings", level=2)
    st = doc.add_table(rows=6, cols=2)
    st.style = "Table Grid"
    for i, (k, v) in enumerate([("RAG", "Number of actions"), ("Blue", "3"), ("Green", "7"), ("Amber", "2"), ("Red", "0"), ("Total", "12")]):
        set_cell(st.rows[i].cells[0], k, bold=(i in (0, 5)))
        set_cell(st.rows[i].cells[1], v, bold=(i in (0, 5)))

    doc.add_heading("Glossary", level=2)
    gl = doc.add_table(rows=5, cols=2)
    gl.style = "Table Grid"
    for i, (k, v) in enumerate([
        ("EHC plan", "Education, Health and Care plan"),
        ("ICB", "Integrated Care Board"),
        ("SENCO", "Special Educational Needs Co-ordinator"),
        ("PfA", "Preparing for Adulthood"),
        ("WSoA", "Written Statement of Action"),
    ]):
        set_cell(gl.rows[i].cells[0], k, bold=True)
        set_cell(gl.rows[i].cells[1], v)
    doc.save(out(fname))

    assert len(expected) == 12
    write_expected(fname, {
        "source": "Rotherham local area (Rotherham MBC and NHS Rotherham CCG / South Yorkshire ICB), 2022: "
                  "SEND Written Statement of Action following the joint Ofsted/CQC area SEND inspection of 5-9 July 2021 "
                  "(WSoA accepted January 2022; progress reported to the Improving Lives Select Commission in 2022, "
                  "https://moderngov.rotherham.gov.uk/mgAi.aspx?ID=94534; inspection letter at "
                  "https://www.rotherhamsendlocaloffer.org.uk/about-1/send-joint-area-inspection). The four areas of "
                  "significant weakness are the real ones; actions, leads and progress are constructed. Layout copies "
                  "council WSoA progress reports: title, document-control table, RAG key with fills, one Word table per "
                  "area of weakness under its heading (with a subgroup intro paragraph), original and revised timescale "
                  "columns, school-term and 'Termly'/'Ongoing' timescales, several posts in one lead cell, then a RAG "
                  "summary table and a glossary.",
        "reads": "A Word progress update on Rotherham's SEND WSoA. Under each of the four 'Area of weakness' headings "
                 "is a table of numbered actions (1.1-4.3) with lead posts, a timescale and sometimes a revised "
                 "timescale, an August 2022 progress note and a RAG word with matching fill. The RAG key, the summary "
                 "of RAG counts and the glossary are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# =========================================================================
# 2. Herefordshire Council CYP Scrutiny Committee recommendations tracker (txt)
# =========================================================================
def herefordshire():
    fname = "zbe-herefordshire-council-cyp-scrutiny-committee-recommendations-tracker.txt"
    title = "Herefordshire Council – Children and Young People Scrutiny Committee: Recommendations Tracker"
    groups = [
        ("SEND Action Plan (committee 27 November 2023; considered by Cabinet 25 January 2024)", [
            ("CYP-23/24-01", "27/11/2023",
             "That the SEND action plan includes measurable targets for the timeliness of education, health and care plans, with progress reported to the committee every six months.",
             "Accepted", "Head of SEND and Inclusion",
             "Six-monthly EHCP timeliness report first presented June 2024; 20-week compliance rose from 31% to 58%.",
             "30/06/2024", "Green", ["Head of SEND and Inclusion"], "2024-06", "blue", None, None),
            ("CYP-23/24-02", "27/11/2023",
             "That the partnership sets out how parent carers will be involved in co-producing the action plan, including through Herefordshire Parent Carer Voice.",
             "Accepted", "Head of SEND and Inclusion / Herefordshire Parent Carer Voice",
             "Co-production charter signed March 2024. Parent carer representatives sit on the SEND Improvement Board.",
             "March 2024", "Green", ["Head of SEND and Inclusion", "Herefordshire Parent Carer Voice"], "2024-03", "blue", None, None),
            ("CYP-23/24-03", "27/11/2023",
             "That the cabinet member lobbies government for a fairer high needs funding settlement for rural authorities.",
             "Accepted in part", "Cabinet member children and young people",
             "Letter sent to the Minister for Children, Families and Wellbeing in February 2024. Lobbying continues through the f40 group.",
             "Ongoing", "Amber", ["Cabinet member children and young people"], None, "amber", "Ongoing", None),
        ]),
        ("Children's Services Improvement Plan – annual review (committee 24 September 2024)", [
            ("CYP-24/25-04", "24/09/2024",
             "That the improvement plan is refreshed to focus on the quality of practice, with fewer and clearer measures of impact.",
             "Accepted", "Corporate director children and young people",
             "Refreshed plan approved by the Improvement Board in December 2024 with 14 impact measures.",
             "December 2024", "Green", ["Corporate director children and young people"], "2024-12", "blue", None, None),
            ("CYP-24/25-05", "24/09/2024",
             "That a workforce strategy is brought to the committee setting out how reliance on agency social workers will be reduced.",
             "Accepted", "Director of children's social care / Head of HR and OD",
             "Strategy drafted; presentation to committee deferred from March 2025 so that pay benchmarking could be completed.",
             "Sep-25", "Red", ["Director of children's social care", "Head of HR and OD"], "2025-09", "red", None,
             "Agency social workers now 24% of the workforce (down from 31%)."),
            ("CYP-24/25-06", "24/09/2024",
             "That all councillors complete corporate parenting training by the end of the municipal year.",
             "Accepted", "Democratic services manager",
             "41 of 53 councillors trained. Outstanding members contacted by group leaders.",
             "End of May 2025", "Amber", ["Democratic services manager"], "2025-05", "amber", None, None),
        ]),
        ("Herefordshire Safeguarding Children Partnership Yearly Report 2024-25 (committee 11 November 2025)", [
            ("CYP-25/26-07", "11/11/2025",
             "That the partnership reports to the committee on the impact of the revised multi-agency threshold guidance on contacts to the MASH.",
             "Response due February 2026", "Independent scrutineer / Safeguarding partnership business manager",
             "Report scheduled for the committee meeting on 17 March 2026.",
             "Q4 2025/26", "", ["Independent scrutineer", "Safeguarding partnership business manager"], "2026-03", "unrated", None, None),
            ("CYP-25/26-08", "11/11/2025",
             "That West Mercia Police and the ICB provide attendance data for initial child protection conferences with each partnership report.",
             "Accepted", "West Mercia Police Head of Public Protection; ICB Designated Nurse for Safeguarding Children",
             "Attendance data included in the January 2026 partnership performance report.",
             "31/01/2026", "Green",
             ["West Mercia Police Head of Public Protection", "ICB Designated Nurse for Safeguarding Children"], "2026-01", "blue", None, None),
        ]),
    ]
    lines = [
        title,
        "Position at 20 January 2026",
        "",
        "Status key: Green = recommendation achieved, monitoring no longer required | Amber = acceptable progress, continue monitoring | Red = unacceptable progress, lead officer to attend committee | Blank = awaiting executive response",
        "",
        "\t".join(["Ref", "Committee date", "Recommendation", "Executive response", "Lead (cabinet member / officer)", "Action taken", "Target date", "Status"]),
    ]
    expected = []
    for heading, rows in groups:
        lines.append(heading)
        for (ref, cdate, rec, resp, lead, taken, target, status, elead, eend, estat, etext, cont) in rows:
            lines.append("\t".join([ref, cdate, rec, resp, lead, taken, target, status]))
            if cont:
                lines.append("\t".join(["", "", "", "", "", cont, "", ""]))
            expected.append(A(ref, [heading], rec, elead, eend, estat, etext))
    lines += [
        "",
        "Recommendations achieved (Green) since the tracker began: 4 (CYP-23/24-01, CYP-23/24-02, CYP-24/25-04, CYP-25/26-08)",
        "Prepared by Democratic Services, Herefordshire Council. Contact: scrutiny@herefordshire.gov.uk",
    ]
    with open(out(fname), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")

    assert len(expected) == 8
    write_expected(fname, {
        "source": "Herefordshire Council, Children and Young People Scrutiny Committee, 2023-2026: a scrutiny "
                  "recommendations tracker of the kind kept for the committee's reports to Cabinet (e.g. the SEND "
                  "Action Plan report to Cabinet after the 27 November 2023 committee, "
                  "https://councillors.herefordshire.gov.uk/ieListDocuments.aspx?CId=251&MId=8990&Ver=4, and the "
                  "Safeguarding Children Partnership yearly report 2024-25). Recommendation wording, responses, leads "
                  "and dates are constructed. Layout follows published scrutiny recommendation trackers: reference "
                  "with municipal year, committee date, recommendation, executive response, lead officer/cabinet "
                  "member (two posts with a slash or semicolon), action taken, target date and a status whose key "
                  "makes Green mean 'achieved' (no blue). Exported as tab-separated text with title lines, a key line, "
                  "one-cell group lines naming the scrutiny item, one continuation line in the 'Action taken' column "
                  "and footer notes.",
        "reads": "A plain-text (tab-separated) export of the committee's recommendations tracker, grouped under lines "
                 "naming the item that produced the recommendations. Each recommendation row is an action with a "
                 "lead, target date and status; by the document's key Green means achieved (complete), Amber and "
                 "Red are as usual and a blank status is not yet rated. The line after CYP-24/25-05 only continues "
                 "its 'Action taken' text.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# =========================================================================
# 3. Stoke-on-Trent City Council fostering service development plan 2025-26 (csv)
# =========================================================================
def stoke():
    fname = "zbe-stoke-on-trent-city-council-fostering-service-development-plan-2025-26.csv"
    title = "Stoke-on-Trent City Council – Fostering Service Development Plan 2025-26"
    pri = {
        1: "1. Recruit more local foster carers",
        2: "2. Support and keep our foster carers",
        3: "3. Kinship and connected carers",
        4: "4. Quality, panel and practice",
    }
    rows = [
        (1, "1.1", "Run a year-round recruitment campaign focused on emergency, parent and child and sibling group carers, aiming for 36 new fostering households.",
         "Fostering Recruitment and Marketing Officer", "31/03/2026", "",
         "19 enquiries progressed to assessment in Q1–Q2; 8 households approved.", "A",
         ["Fostering Recruitment and Marketing Officer"], "2026-03", "amber", None),
        (1, "1.2", "Sign up a further five local employers to the Fostering Friendly scheme.",
         "Head of Service – Children in Care", "Dec-25", "",
         "Three employers signed up since April.", "G",
         ["Head of Service – Children in Care"], "2025-12", "green", None),
        (1, "1.3", "Launch a ‘refer a friend’ payment for existing foster carers.",
         "Fostering Team Manager", "Jun-25", "Sep-25",
         "Scheme approved by the Cabinet member in August and launched on 1 September 2025.", "B",
         ["Fostering Team Manager"], "2025-09", "blue", None),
        (2, "2.1", "Set up a Mockingbird constellation in the north of the city, with a hub home carer.",
         "Fostering Team Manager / Mockingbird Liaison Worker", "Q3 2025/26", "",
         "Hub home carer identified; seven satellite households have expressed interest. Launch planned for November.", "G",
         ["Fostering Team Manager", "Mockingbird Liaison Worker"], "2025-12", "green", None),
        (2, "2.2", "Review the foster carer allowance and skills payment scheme, benchmarking against other West Midlands authorities.",
         "Head of Service – Children in Care; Finance Business Partner", "31/01/2026", "",
         "Benchmarking complete. Options paper to Corporate Parenting Panel in December.", "G",
         ["Head of Service – Children in Care", "Finance Business Partner"], "2026-01", "green", None),
        (2, "2.3", "Complete every foster carer's annual review within 12 months of approval or the last review.",
         "Independent Reviewing Officer (Fostering)", "Ongoing", "",
         "88% of annual reviews in timescale (target 95%).", "A",
         ["Independent Reviewing Officer (Fostering)"], None, "amber", "Ongoing"),
        (3, "3.1", "Complete connected person (Regulation 24) assessments within 16 weeks.",
         "Kinship Assessment Team Manager", "Sept 2025 – Jan 2026", "",
         "Average 17.5 weeks in Q2; an additional assessor started in September.", "A",
         ["Kinship Assessment Team Manager"], "2026-01", "amber", None),
        (3, "3.2", "Publish a kinship local offer in line with the national kinship care guidance.",
         "Head of Service – Children in Care", "Oct-25", "",
         "Not yet published – awaiting legal review of the financial support section.", "R",
         ["Head of Service – Children in Care"], "2025-10", "red", None),
        (4, "4.1", "Deliver trauma-informed care training to all mainstream foster carers.",
         "Fostering Training Coordinator", "Mar-26", "",
         "42 of 110 carers have completed Level 1.", "G",
         ["Fostering Training Coordinator"], "2026-03", "green", None),
        (4, "4.2", "Recruit three new independent fostering panel members with lived experience of care.",
         "Fostering Panel Adviser", "Nov-25", "",
         "Not started.", "",
         ["Fostering Panel Adviser"], "2025-11", "unrated", None),
    ]
    ncol = 8
    pad = lambda *v: list(v) + [""] * (ncol - len(v))
    table = [
        pad(title),
        pad("Progress at end of Quarter 2 (30 September 2025) – reported to Corporate Parenting Panel"),
        pad(),
        ["Priority", "No.", "Action", "Lead", "Target date", "Revised date", "Q2 progress update", "RAG"],
    ]
    expected = []
    seen = set()
    for (p, no, action, lead, target, revised, prog, rag, elead, eend, estat, etext) in rows:
        ptext = pri[p] if p not in seen else ""
        seen.add(p)
        table.append([ptext, no, action, lead, target, revised, prog, rag])
        expected.append(A(no, [pri[p]], action, elead, eend, estat, etext))
    table += [
        pad(),
        pad("Totals", "", "10 actions", "", "", "", "B 1 | G 4 | A 3 | R 1 | not rated 1"),
        pad("RAG key: B = complete; G = on track; A = some slippage; R = off track; blank = not started"),
        pad("Note: the target of 36 new fostering households is a stretch target agreed with the Corporate Parenting Panel."),
    ]
    with open(out(fname), "w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh, lineterminator="\r\n").writerows(table)

    assert len(expected) == 10
    write_expected(fname, {
        "source": "Stoke-on-Trent City Council (in-house fostering service, UK's first 'Fostering Friendly' city, "
                  "https://stoke.gov.uk/news/article/1092/stoke-on-trent_becomes_the_uks_first_fostering_friendly_city; "
                  "recruitment aim of 36 new carers, https://fostering.stoke.gov.uk/homepage/12/), 2025-26: a fostering "
                  "service development plan as reported with the fostering annual report to a corporate parenting "
                  "panel. Actions, leads and progress are constructed. Layout copies spreadsheet development plans "
                  "saved as CSV: title and status lines padded with empty cells, a priority column filled only on the "
                  "first row of each priority (exported merged cells), original and revised date columns, RAG letters "
                  "with B for complete, a totals row, a RAG key line and a note line.",
        "reads": "A CSV of the fostering development plan. Each numbered row (1.1-4.2) is an action under the priority "
                 "named in the first column of its group's first row; leads are posts (two where split by '/' or "
                 "';'), the revised date replaces the target date where given, and RAG letters B/G/A/R follow the key "
                 "at the bottom, blank meaning not started. The totals, key and note lines are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------- xlsx helpers
THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def solid(hex_fill):
    return PatternFill(fill_type="solid", start_color=hex_fill, end_color=hex_fill)


# =========================================================================
# 4. Ceredigion PSB Local Well-being Plan delivery tracker (xlsx)
# =========================================================================
def ceredigion():
    fname = "zbe-ceredigion-psb-local-well-being-plan-delivery-tracker-2025-26.xlsx"
    title = "Ceredigion Local Well-being Plan 2023-28 – Delivery Tracker Q2 2025-26"
    objectives = [
        ("Well-being Objective 1 – Economic Well-being: We will work together to achieve a sustainable economy that benefits local people and builds on the strengths of Ceredigion", [
            ("1.1", "Deliver a joint ‘Grow your own’ apprenticeship programme across PSB partners, with 30 placements in 2025-26.",
             "Ceredigion County Council; Hywel Dda University Health Board", "Economy and Skills Group", dt.date(2026, 3, 31), "Amber", "Green",
             "18 apprentices in post across four partners.",
             ["Ceredigion County Council", "Hywel Dda University Health Board"], "2026-03", "green", None),
            ("1.2", "Map local supply chain opportunities for public sector food procurement.",
             "Ceredigion County Council", "Economy and Skills Group", "December 2025", "Green", "Green",
             "Mapping study commissioned; interim findings due in November.",
             ["Ceredigion County Council"], "2025-12", "green", None),
            ("1.3", "Support town centre regeneration plans for Aberystwyth, Cardigan and Lampeter.",
             "Ceredigion County Council", "Economy and Skills Group", "Ongoing", "Green", "Amber",
             "Cardigan plan adopted. Lampeter consultation delayed by staffing.",
             ["Ceredigion County Council"], None, "amber", "Ongoing"),
        ]),
        ("Well-being Objective 2 – Social Well-being: We will work together to reduce inequalities in our communities and use social and green solutions to improve physical and mental health", [
            ("2.1", "Roll out social prescribing through the community connectors network.",
             "Hywel Dda University Health Board & CAVO", "Healthy Communities Group", "Q3 2025-26", "Green", "Green",
             "640 referrals in Q2 (Q1: 512).",
             ["Hywel Dda University Health Board", "CAVO"], "2025-12", "green", None),
            ("2.2", "Develop green health walking routes with Natural Resources Wales on partners’ land.",
             "Natural Resources Wales", "Healthy Communities Group", dt.date(2025, 6, 30), "Amber", "Blue",
             "Complete – six routes launched in June and promoted by all partners.",
             ["Natural Resources Wales"], "2025-06", "blue", None),
            ("2.3", "Agree a shared approach to preventing loneliness and isolation among older people.",
             "Ceredigion County Council", "Healthy Communities Group", "March 2026", "Red", "Amber",
             "Task and finish group re-established in August after a pause.",
             ["Ceredigion County Council"], "2026-03", "amber", None),
        ]),
        ("Well-being Objective 3 – Environmental Well-being: We will work together to deliver decarbonisation initiatives within Ceredigion to protect and enhance our natural resources", [
            ("3.1", "Produce a Local Area Energy Plan for Ceredigion.",
             "Ceredigion County Council", "Climate and Nature Group", "Sept 2025", "Green", "Blue",
             "Plan published in September 2025.",
             ["Ceredigion County Council"], "2025-09", "blue", None),
            ("3.2", "Install electric vehicle charge points at partner sites for shared use by staff and the public.",
             "Mid and West Wales Fire and Rescue Service / Dyfed-Powys Police", "Climate and Nature Group", "31/12/2025", "Amber", "Red",
             "Grid connection delays at two sites; no installations in Q2.",
             ["Mid and West Wales Fire and Rescue Service", "Dyfed-Powys Police"], "2025-12", "red", None),
        ]),
        ("Well-being Objective 4 – Cultural Well-being: We will work together to enable communities to feel safe and connected and will promote cultural diversity and increase opportunities to use the Welsh language", [
            ("4.1", "Increase opportunities for staff across PSB partners to learn and use Welsh in the workplace.",
             "Cered – Menter Iaith Ceredigion", "Welsh Language Group", dt.date(2026, 3, 1), "Green", "Green",
             "96 staff enrolled on Work Welsh courses.",
             ["Cered – Menter Iaith Ceredigion"], "2026-03", "green", None),
            ("4.2", "Hold community safety engagement events with partners in rural communities.",
             "Dyfed-Powys Police", "Safer Communities Group", "March 2026", "", None,
             "Not yet started – events planned for winter 2025-26.",
             ["Dyfed-Powys Police"], "2026-03", "unrated", None),
        ]),
        ("Cross-cutting theme – Tackling Hardship and Poverty: We will work together to deliver shared ambitions for tackling poverty and inequalities in Ceredigion", [
            ("5.1", "Publish a joint cost of living information hub for residents.",
             "Ceredigion County Council; Citizens Advice Ceredigion", "Tackling Poverty Group", "July 2025", "Green", "Blue",
             "Hub launched in July 2025 and linked from all partner websites.",
             ["Ceredigion County Council", "Citizens Advice Ceredigion"], "2025-07", "blue", None),
            ("5.2", "Train frontline staff across partners in ‘Making Every Contact Count’ for financial inclusion.",
             "Hywel Dda University Health Board", "Tackling Poverty Group", dt.date(2026, 3, 31), "Amber", "Amber",
             "210 staff trained (target 400).",
             ["Hywel Dda University Health Board"], "2026-03", "amber", None),
        ]),
    ]

    wb = Workbook()
    cov = wb.active
    cov.title = "Clawr - Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Ceredigion Public Services Board / Bwrdd Gwasanaethau Cyhoeddus Ceredigion"
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    for i, (k, v) in enumerate([
        ("Version", "2.0"),
        ("Date", "14/10/2025"),
        ("Owner", "PSB Coordinator, Ceredigion County Council"),
        ("Reported to", "Ceredigion PSB, 3 November 2025"),
        ("Scrutiny", "Corporate Resources Overview and Scrutiny Committee"),
    ]):
        cov.cell(row=5 + i, column=1, value=k).font = Font(bold=True)
        cov.cell(row=5 + i, column=2, value=v)
    cov.column_dimensions["A"].width = 18
    cov.column_dimensions["B"].width = 60

    ws = wb.create_sheet("Tracker")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Previous RAG = Quarter 1 position. Current RAG is shown by colour only – see the Key sheet."
    ws["A2"].font = Font(italic=True)
    hdr = ["Ref", "Step", "Lead partner(s)", "Delivery group", "Milestone date", "Previous RAG", "Current RAG", "Progress commentary"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = solid("1F4E78")
        c.border = BORDER
        c.alignment = WRAP
    r = 5
    expected = []
    for heading, rows in objectives:
        ws.cell(row=r, column=1, value=heading).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.cell(row=r, column=1).fill = solid("DDEBF7")
        ws.cell(row=r, column=1).alignment = WRAP
        ws.row_dimensions[r].height = 30
        r += 1
        for (ref, step, lead, grp, ms, prev, cur, comm, elead, eend, estat, etext) in rows:
            vals = [ref, step, lead, grp, ms, prev or None, None, comm]
            for j, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=j, value=v)
                c.border = BORDER
                c.alignment = WRAP
            if isinstance(ms, dt.date):
                ws.cell(row=r, column=5).number_format = "mmm-yy" if ms.day == 1 else "dd/mm/yyyy"
            if cur:
                ws.cell(row=r, column=7).fill = solid(FILL[cur])
            expected.append(A(ref, [heading], step, elead, eend, estat, etext))
            r += 1
    for col, w in zip("ABCDEFGH", [6, 48, 32, 22, 14, 12, 12, 44]):
        ws.column_dimensions[col].width = w

    key = wb.create_sheet("Key")
    key["A1"] = "RAG key (Current RAG column)"
    key["A1"].font = Font(bold=True)
    for i, (col, text) in enumerate([
        ("Blue", "Complete"),
        ("Green", "On track"),
        ("Amber", "Some risk to delivery – action in hand"),
        ("Red", "Off track – PSB support needed"),
        (None, "No colour – not started / no update received"),
    ]):
        c = key.cell(row=3 + i, column=1)
        if col:
            c.fill = solid(FILL[col])
        key.cell(row=3 + i, column=2, value=text)
    key.column_dimensions["B"].width = 50

    summ = wb.create_sheet("Summary")
    summ["A1"] = "Summary of current RAG by well-being objective"
    summ["A1"].font = Font(bold=True)
    rows_s = [("Objective", "Blue", "Green", "Amber", "Red", "No rating"),
              ("Economic Well-being", 0, 2, 1, 0, 0),
              ("Social Well-being", 1, 1, 1, 0, 0),
              ("Environmental Well-being", 1, 0, 0, 1, 0),
              ("Cultural Well-being", 0, 1, 0, 0, 1),
              ("Tackling Hardship and Poverty", 1, 0, 1, 0, 0),
              ("Total", 3, 4, 3, 1, 1)]
    for i, row in enumerate(rows_s):
        for j, v in enumerate(row, 1):
            c = summ.cell(row=3 + i, column=j, value=v)
            if i in (0, len(rows_s) - 1):
                c.font = Font(bold=True)
    summ.column_dimensions["A"].width = 32
    wb.save(out(fname))

    assert len(expected) == 12
    write_expected(fname, {
        "source": "Ceredigion Public Services Board, Local Well-being Plan 2023-2028 (four well-being objectives and the "
                  "cross-cutting 'Tackling Hardship and Poverty' theme, wording as published: "
                  "https://ceredigion.gov.uk/resident/news/2023/publication-of-ceredigion-public-services-board-s-local-well-being-plan-for-2023-28/); "
                  "a quarterly delivery tracker for 2025-26 of the kind reported to the PSB and to the council's "
                  "scrutiny committee. Steps, leads and progress are constructed. Layout copies Welsh partnership "
                  "delivery trackers: bilingual cover sheet with document control, a tracker sheet with merged "
                  "objective rows, partner organisations as leads (several in one cell), mixed date cells and text "
                  "milestones, a Previous RAG column in words and a Current RAG column shown by fill colour only, a "
                  "colour key sheet and a summary-count sheet.",
        "reads": "An Excel delivery tracker whose Tracker sheet lists numbered steps (1.1-5.2) under merged well-being "
                 "objective rows. Leads are partner organisations; the status is the Current RAG, which is a fill "
                 "colour with no text (blue complete, green, amber, red; no fill means not started), while Previous "
                 "RAG is the Q1 word. The cover, key and summary sheets hold no actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# =========================================================================
# 5. Hartlepool BC single agency action plan, TSAB SAR 'Chloe' (docx)
# =========================================================================
def hartlepool():
    fname = "zbe-hartlepool-borough-council-tsab-sar-chloe-single-agency-action-plan.docx"
    title = "Hartlepool Borough Council – Single Agency Action Plan: TSAB Safeguarding Adult Review ‘Chloe’"
    themes = [
        ("Theme 1: The challenge of engaging Chloe into interventions",
         "Recommendation 1: TSAB partners to assure the Board that practitioners use trauma-informed and persistent approaches when adults at risk do not engage, rather than closing cases for non-engagement.",
         [
             ("1", "Revise the adult social care case closure guidance so that non-engagement alone is not a reason to close a safeguarding enquiry or care and support assessment.",
              "Principal Social Worker (Adults)", "31 December 2025",
              "Draft guidance discussed at the practice forum on 24 September 2025.", "Green",
              ["Principal Social Worker (Adults)"], "2025-12", "green", None),
             ("2", "Deliver trauma-informed practice workshops to the Adult Safeguarding Team and the Community Hub front door.",
              "Adult Safeguarding Team Manager / Workforce Development Lead", "End of March 2026",
              "Two of six workshops delivered (31 staff).", "Green",
              ["Adult Safeguarding Team Manager", "Workforce Development Lead"], "2026-03", "green", None),
         ]),
        ("Theme 2: Drug and alcohol screening",
         "Recommendation 2: Partners to ensure that drug and alcohol screening is routinely used at the point of assessment and that referral pathways to treatment services are understood by all practitioners.",
         [
             ("3", "Add the AUDIT-C alcohol screening tool and a drug use question set to the adult social care assessment form in the case recording system.",
              "Systems and Performance Manager", "Q3 2025/26",
              "Change request approved; build scheduled for the November system release.", "Green",
              ["Systems and Performance Manager"], "2025-12", "green", None),
             ("4", "Agree a referral and joint-working protocol between adult social care and the commissioned drug and alcohol treatment service.",
              "Director of Public Health; Head of Adult Social Care", "30/11/2025",
              "Protocol drafted; awaiting provider sign-off.", "Amber",
              ["Director of Public Health", "Head of Adult Social Care"], "2025-11", "amber", None),
         ]),
        ("Theme 3: Raising safeguarding concerns and escalating domestic abuse",
         "Recommendation 3: Partners to be assured that practitioners complete a DASH risk assessment and refer to MARAC where domestic abuse is disclosed, and escalate concerns when risk increases.",
         [
             ("5", "Audit 20 adult safeguarding concerns involving domestic abuse to check DASH completion and MARAC referral.",
              "Adult Safeguarding Team Manager", "w/c 13/10/2025",
              "Audit completed: 16 of 20 cases had a DASH recorded. Findings reported to the TSAB SAR Sub-Group.", "Complete",
              ["Adult Safeguarding Team Manager"], "2025-10", "blue", None),
             ("6", "Refresh domestic abuse and escalation training for adult social care staff, including the TSAB Resolution and Escalation Protocol.",
              "Workforce Development Lead", "March 2026",
              "Training provider being commissioned.", "Not started",
              ["Workforce Development Lead"], "2026-03", "unrated", None),
         ]),
        ("Theme 4: The Duty to Refer under the Homelessness Reduction Act 2017",
         "Recommendation 4: Partners to ensure staff understand and use the Duty to Refer, and that housing and adult social care work together when an adult at risk is homeless or threatened with homelessness.",
         [
             ("7", "Issue a 7-minute briefing on the Duty to Refer to all adult social care and Community Hub staff.",
              "Housing Options Manager", "31/10/2025",
              "Briefing issued on 15 October 2025.", "Blue",
              ["Housing Options Manager"], "2025-10", "blue", None),
             ("8", "Set up a monthly joint housing and adult social care panel for adults at risk who are homeless or threatened with homelessness.",
              "Housing Options Manager & Head of Adult Social Care", "January 2026",
              "Terms of reference agreed; first panel booked for January 2026.", "Green",
              ["Housing Options Manager", "Head of Adult Social Care"], "2026-01", "green", None),
         ]),
    ]
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(title, level=1)

    info = doc.add_table(rows=5, cols=2)
    info.style = "Table Grid"
    for i, (k, v) in enumerate([
        ("Agency", "Hartlepool Borough Council (Adult and Community Based Services; Housing Services)"),
        ("Completed by", "Principal Social Worker (Adults)"),
        ("Date", "6 October 2025"),
        ("Approved by", "Director of Adult and Community Based Services"),
        ("Next review", "TSAB SAR Sub-Group, January 2026"),
    ]):
        set_cell(info.rows[i].cells[0], k, bold=True)
        shade(info.rows[i].cells[0], "E7E6E6")
        set_cell(info.rows[i].cells[1], v)

    doc.add_paragraph("")
    doc.add_paragraph(
        "This plan sets out Hartlepool Borough Council’s response to the learning themes and recommendations of the "
        "Teeswide Safeguarding Adults Board review into the experiences of ‘Chloe’. Progress is reported to the "
        "TSAB SAR Sub-Group each quarter.")
    doc.add_paragraph("RAG: Blue = complete; Green = on track; Amber = some delay; Red = significant concern; Not started = not yet begun.")

    hdr = ["TSAB recommendation", "No.", "Hartlepool BC action", "Lead", "Target date", "Evidence / progress", "RAG"]
    t = doc.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for j, h in enumerate(hdr):
        set_cell(t.rows[0].cells[j], h, bold=True)
        shade(t.rows[0].cells[j], "BDD6EE")
    expected = []
    for theme, rec, rows in themes:
        tr = t.add_row()
        m = tr.cells[0].merge(tr.cells[len(hdr) - 1])
        set_cell(m, theme, bold=True)
        shade(m, "D9E2F3")
        first = None
        for (no, action, lead, target, prog, rag, elead, eend, estat, etext) in rows:
            cells = t.add_row().cells
            if first is None:
                first = cells[0]
            else:
                first = first.merge(cells[0])
            for j, v in enumerate([no, action, lead, target, prog, rag], 1):
                set_cell(cells[j], v)
            if rag in FILL:
                shade(cells[6], FILL[rag])
            elif rag == "Complete":
                shade(cells[6], FILL["Blue"])
            expected.append(A(no, [theme, rec], action, elead, eend, estat, etext))
        set_cell(first, rec)

    doc.add_paragraph("")
    doc.add_paragraph("Sign-off")
    so = doc.add_table(rows=3, cols=3)
    so.style = "Table Grid"
    for i, row in enumerate([("Role", "Name", "Date"),
                             ("Director of Adult and Community Based Services", "Signed", "08/10/2025"),
                             ("TSAB Business Manager (received)", "Signed", "10/10/2025")]):
        for j, v in enumerate(row):
            set_cell(so.rows[i].cells[j], v, bold=(i == 0))
    doc.save(out(fname))

    assert len(expected) == 8
    write_expected(fname, {
        "source": "Hartlepool Borough Council, 2025: a single agency action plan responding to the Teeswide "
                  "Safeguarding Adults Board SAR 'Chloe' (learning themes as published in the TSAB newsletter, "
                  "https://www.tsab.org.uk/key-information/newsletters/tsab-newsletter-september-2025). The TSAB "
                  "recommendation wording, actions, leads and dates are constructed. Layout copies single agency "
                  "SAR action plans in Word: heading, agency details table, RAG key line, one table with a full-width "
                  "theme row per learning theme, the TSAB recommendation in a vertically merged first-column cell "
                  "beside its actions, RAG words with fills ('Complete', 'Not started'), two posts in some lead cells, "
                  "'w/c' and quarter target dates, and a sign-off table.",
        "reads": "A Word single agency action plan: under each learning theme row, the TSAB recommendation (merged "
                 "down the first column) is answered by numbered council actions 1-8, each with lead post(s), a "
                 "target date, evidence of progress and a RAG word. The agency details, key and sign-off tables are "
                 "not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# =========================================================================
# 6. South Kesteven DC Corporate Plan 2024-27 action tracker (xlsx, refuse)
# =========================================================================
def south_kesteven():
    fname = "zbe-south-kesteven-dc-corporate-plan-2024-27-action-tracker-2025-26-typo-month-refuse.xlsx"
    title = "South Kesteven District Council – Corporate Plan 2024-27 Action Tracker 2025/26 (Quarter 2)"
    priorities = [
        ("Priority 1: Connecting Communities", [
            ("CC1", "Complete the options appraisal for replacement leisure provision in Stamford and report to Cabinet.",
             "Assistant Director of Leisure, Culture and Place", "Cabinet Member for Leisure and Culture", dt.date(2025, 12, 1), "Green", "Green",
             "Options appraisal under way; Cabinet report scheduled for December."),
            ("CC2", "Run the 2025/26 Community Fund grants round and publish the outcomes.",
             "Community Engagement Manager", "Cabinet Member for Leisure and Culture", dt.date(2026, 3, 1), "Green", "Amber",
             "Round opened late (August) because of the new application portal."),
        ]),
        ("Priority 2: Sustainable South Kesteven", [
            ("SSK1", "Reduce the council’s operational carbon emissions by 30% against the 2019 baseline.",
             "Sustainability and Climate Change Officer", "Cabinet Member for Environment and Waste", "March 2030", "Green", "Green",
             "Solar panels installed at the Council Offices, Grantham; 22% reduction to date."),
            ("SSK2", "Introduce a weekly separate food waste collection for all households.",
             "Head of Waste Services", "Cabinet Member for Environment and Waste", dt.date(2026, 4, 1), "Amber", "Amber",
             "Vehicles ordered; caddy delivery contract awarded in September."),
        ]),
        ("Priority 3: Enabling Economic Opportunity", [
            ("EEO1", "Complete the Grantham Future High Streets Fund projects, including the Station Approach scheme.",
             "Head of Economic Development", "Cabinet Member for Economic Development and Growth", dt.date(2025, 9, 1), "Amber", "Green",
             "Station Approach works completed in September 2025."),
            ("EEO2", "Deliver the UK Shared Prosperity Fund programme for 2025/26 and report outcomes to government.",
             "Economic Development Manager", "Cabinet Member for Economic Development and Growth", "Febuary 2026", "Green", "Green",
             "All 14 projects contracted; claims submitted for Q1 and Q2."),
        ]),
        ("Priority 4: Housing", [
            ("H1", "Achieve compliance with the Regulator of Social Housing consumer standards across the council’s housing stock.",
             "Head of Housing Services", "Cabinet Member for Housing and Property", dt.date(2025, 12, 1), "Amber", "Amber",
             "Stock condition survey 78% complete; damp and mould cases within timescale rising."),
            ("H2", "Deliver 60 new council homes through the Housing Revenue Account development programme.",
             "Head of Housing Development", "Cabinet Member for Housing and Property", dt.date(2027, 3, 1), "Green", "Green",
             "34 homes completed or on site."),
        ]),
        ("Priority 5: Effective Council", [
            ("EC1", "Implement the new customer relationship management system for the Contact Centre.",
             "Head of Customer Services", "Cabinet Member for Corporate Governance and Licensing", dt.date(2025, 11, 1), "Green", "Red",
             "Supplier delay; go-live moved and recovery plan requested."),
            ("EC2", "Refresh the Medium Term Financial Strategy and present a balanced budget for 2026/27.",
             "Director of Finance and Section 151 Officer", "Cabinet Member for Finance and Economic Development", dt.date(2026, 2, 1), "Green", "Green",
             "Budget setting timetable on track."),
        ]),
    ]
    wb = Workbook()
    summ = wb.active
    summ.title = "Summary"
    summ["A1"] = title
    summ["A1"].font = Font(bold=True, size=13)
    summ["A3"] = "Q2 RAG by priority"
    summ["A3"].font = Font(bold=True)
    srows = [("Priority", "Green", "Amber", "Red"),
             ("Connecting Communities", 1, 1, 0),
             ("Sustainable South Kesteven", 1, 1, 0),
             ("Enabling Economic Opportunity", 2, 0, 0),
             ("Housing", 1, 1, 0),
             ("Effective Council", 1, 0, 1),
             ("Total", 6, 3, 1)]
    for i, row in enumerate(srows):
        for j, v in enumerate(row, 1):
            summ.cell(row=4 + i, column=j, value=v)
    summ.column_dimensions["A"].width = 34

    ws = wb.create_sheet("Action Tracker")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Reporting period: July to September 2025. Presented to the Finance and Economic Overview and Scrutiny Committee."
    hdr = ["Ref", "Action", "Lead Officer", "Cabinet Member", "Target Date", "Q1 RAG", "Q2 RAG", "Q2 Update"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = solid("385723")
        c.border = BORDER
    r = 5
    refuse_row = None
    for heading, rows in priorities:
        ws.cell(row=r, column=1, value=heading).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.cell(row=r, column=1).fill = solid("E2EFDA")
        r += 1
        for (ref, action, lead, cm, target, q1, q2, upd) in rows:
            for j, v in enumerate([ref, action, lead, cm, target, q1, q2, upd], 1):
                c = ws.cell(row=r, column=j, value=v)
                c.border = BORDER
                c.alignment = WRAP
            if isinstance(target, dt.date):
                ws.cell(row=r, column=5).number_format = "mmm-yy"
            else:
                if target == "Febuary 2026":
                    refuse_row = r
            for col, val in ((6, q1), (7, q2)):
                ws.cell(row=r, column=col).fill = solid(FILL[val])
            r += 1
    for col, w in zip("ABCDEFGH", [7, 50, 30, 30, 12, 9, 9, 44]):
        ws.column_dimensions[col].width = w

    key = wb.create_sheet("RAG definitions")
    for i, (k, v) in enumerate([
        ("Green", "On or above target, or milestone achieved as planned"),
        ("Amber", "Off target by less than 10%, or milestone delayed but with a resolution in place within a reasonable timeframe"),
        ("Red", "Significantly below target, or milestone missed without a resolution in place"),
    ]):
        c = key.cell(row=1 + i, column=1, value=k)
        c.fill = solid(FILL[k])
        key.cell(row=1 + i, column=2, value=v)
    key.column_dimensions["B"].width = 90
    wb.save(out(fname))

    assert refuse_row == 13, refuse_row
    write_expected(fname, {
        "source": "South Kesteven District Council, Corporate Plan 2024-27 (priorities Connecting Communities, "
                  "Sustainable South Kesteven, Enabling Economic Opportunity, Housing, Effective Council: "
                  "https://southkesteven.gov.uk/news/2023/have-your-say-councils-corporate-plan; quarterly RAG "
                  "reporting with the council's Green/Amber/Red definitions, "
                  "https://moderngov.southkesteven.gov.uk/mgAi.aspx?ID=31613). Actions, officers and updates are "
                  "constructed. Layout copies district council corporate plan trackers: summary sheet first, an "
                  "Action Tracker sheet with merged priority rows, lead officer and cabinet member columns, target "
                  "dates as mmm-yy date cells (one typed as text), Q1 and Q2 RAG as words with fills, and a RAG "
                  "definitions sheet.",
        "reads": "An Excel corporate plan action tracker with ten actions under five priorities. On the Action Tracker "
                 "sheet the target date of EEO2 (row 13) is typed as 'Febuary 2026', a misspelt month, so a careful "
                 "reader stops and asks before reading the plan.",
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": refuse_row,
        "title": title,
    })


# =========================================================================
# 7. Conwy CBC single agency action plan, NWSB Child Practice Review (xlsx)
# =========================================================================
def conwy():
    fname = "zbe-conwy-cbc-nwsb-child-practice-review-single-agency-action-plan.xlsx"
    title = "Conwy County Borough Council – Single Agency Action Plan: Child Practice Review NWSB 01/2024"
    secA = "Section A – Recommendations for Conwy County Borough Council"
    secB = "Section B – Multi-agency recommendations (Conwy CBC contribution)"
    plan = [
        (secA, [
            ("Recommendation 1: Conwy Children’s Services to ensure that chronologies are completed and used to inform assessments where there are long-standing concerns about neglect.", [
                ("1.1", "Introduce a mandatory chronology template in WCCIS for children subject to care and support protection plans.",
                 "Service Manager – Safeguarding and Quality", dt.date(2024, 6, 30), dt.date(2024, 10, 31), "Amber", "Complete",
                 "Template live from October 2024; February audit shows 82% of chronologies up to date.",
                 ["Service Manager – Safeguarding and Quality"], "2024-10", "blue", None),
                ("1.2", "Deliver neglect and cumulative harm training using the Graded Care Profile 2 to all social workers and team managers.",
                 "Owen, Rhian", dt.date(2025, 3, 31), None, "Green", "Green",
                 "GCP2 trainers licensed; three of four cohorts trained.",
                 ["Owen, Rhian"], "2025-03", "green", None),
            ]),
            ("Recommendation 2: Conwy Children’s Services to strengthen management oversight of children stepped down from child protection to care and support.", [
                ("2.1", "Team managers to record a step-down review at six weeks for every child removed from the child protection register.",
                 "Davies, Huw / Roberts, Carys", dt.date(2024, 9, 30), None, "Complete", "Complete",
                 "Review form added to WCCIS; compliance 91% in Q3.",
                 ["Davies, Huw", "Roberts, Carys"], "2024-09", "blue", None),
                ("2.2", "Audit a sample of step-down cases each quarter and report findings to the Children’s Services Quality Assurance Panel.",
                 "Service Manager – Safeguarding and Quality", "Quarterly", None, "Green", "Green",
                 "Q3 audit of 12 cases reported in January 2025.",
                 ["Service Manager – Safeguarding and Quality"], None, "green", "Quarterly"),
            ]),
        ]),
        (secB, [
            ("Recommendation 3: All agencies to ensure that the voice and lived experience of the child is recorded and informs planning.", [
                ("3.1", "Roll out the Mind Of My Own app to all children’s services teams, in English and Welsh.",
                 "Principal Social Worker", dt.date(2024, 12, 31), dt.date(2025, 3, 31), "Red", "Amber",
                 "Licences purchased; rollout delayed by testing of the Welsh language version.",
                 ["Principal Social Worker"], "2025-03", "amber", None),
                ("3.2", "Include the child’s views as a standing section in child protection conference reports.",
                 "Child Protection Coordinator", "Sept 2024", None, "Complete", "Complete",
                 "Report template changed in September 2024.",
                 ["Child Protection Coordinator"], "2024-09", "blue", None),
            ]),
            ("Recommendation 4: All agencies to ensure that professionals use the NWSB escalation and professional disagreement protocol when they are concerned that a child’s needs are not being met.", [
                ("4.1", "Brief all Conwy CBC children’s services and education staff on the escalation protocol through a 7-minute briefing.",
                 "Education Safeguarding Officer & Principal Social Worker", dt.date(2024, 11, 30), None, "Green", "Complete",
                 "Briefing issued November 2024 and discussed at team meetings.",
                 ["Education Safeguarding Officer", "Principal Social Worker"], "2024-11", "blue", None),
                ("4.2", "Report the number of escalations received by Children’s Services each quarter to the Conwy and Denbighshire Safeguarding Delivery Group.",
                 "Performance Manager", "Q1 2025/26", None, "Not started", "Not started",
                 "Data field being added to WCCIS.",
                 ["Performance Manager"], "2025-06", "unrated", None),
                ("4.3", "Review how schools use the escalation protocol through the Designated Safeguarding Person (DSP) forum.",
                 "Jones, Sioned", "Summer term 2025", None, "", "Green",
                 "Added to the DSP forum agenda for May 2025.",
                 ["Jones, Sioned"], "2025-07", "green", None),
            ]),
        ]),
    ]
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=13)
    for i, (k, v) in enumerate([
        ("Review", "North Wales Safeguarding Board – Child Practice Review NWSB 01/2024 (Child A)"),
        ("Agency", "Conwy County Borough Council – Social Care and Education"),
        ("Plan owner", "Head of Children, Families and Safeguarding"),
        ("Update as at", "28 February 2025"),
        ("Reported to", "NWSB Conwy and Denbighshire Safeguarding Delivery Group"),
    ]):
        cov.cell(row=3 + i, column=1, value=k).font = Font(bold=True)
        cov.cell(row=3 + i, column=2, value=v)
    cov["A10"] = "Status values: Complete; Green = on track; Amber = at risk of slipping; Red = off track; Not started."
    cov.column_dimensions["A"].width = 16
    cov.column_dimensions["B"].width = 80

    ws = wb.create_sheet("Action Plan")
    hdr = ["Action No.", "Action", "Responsible officer", "Original target date", "Revised target date",
           "Previous status (Nov 2024)", "Current status (Feb 2025)", "Evidence of impact / update"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=1, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = solid("BDD7EE")
        c.border = BORDER
        c.alignment = WRAP
    ws.freeze_panes = "A2"
    r = 2
    expected = []
    for sec, recs in plan:
        c = ws.cell(row=r, column=1, value=sec)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = solid("203864")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for rec, rows in recs:
            c = ws.cell(row=r, column=1, value=rec)
            c.font = Font(bold=True, italic=True)
            c.alignment = WRAP
            c.fill = solid("F2F2F2")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.row_dimensions[r].height = 32
            r += 1
            for (no, action, lead, orig, rev, prev, cur, upd, elead, eend, estat, etext) in rows:
                for j, v in enumerate([no, action, lead, orig, rev, prev or None, cur, upd], 1):
                    cc = ws.cell(row=r, column=j, value=v)
                    cc.border = BORDER
                    cc.alignment = WRAP
                for col, v in ((4, orig), (5, rev)):
                    if isinstance(v, dt.date):
                        ws.cell(row=r, column=col).number_format = "dd/mm/yyyy"
                expected.append(A(no, [sec, rec], action, elead, eend, estat, etext))
                r += 1
    for col, w in zip("ABCDEFGH", [9, 52, 30, 14, 14, 14, 14, 44]):
        ws.column_dimensions[col].width = w

    log = wb.create_sheet("Change log")
    for i, row in enumerate([("Version", "Date", "Change"),
                             ("0.1", "12/04/2024", "Draft agreed with NWSB Review Panel"),
                             ("1.0", "20/05/2024", "Approved by Head of Children, Families and Safeguarding"),
                             ("1.3", "28/11/2024", "Q3 update"),
                             ("1.4", "28/02/2025", "Q4 update; revised dates for 1.1 and 3.1 agreed")]):
        for j, v in enumerate(row, 1):
            log.cell(row=1 + i, column=j, value=v)
    log.column_dimensions["C"].width = 60
    wb.save(out(fname))

    assert len(expected) == 9
    write_expected(fname, {
        "source": "Conwy County Borough Council, 2024-25: a single agency action plan answering a North Wales "
                  "Safeguarding Board Child Practice Review (review reference, recommendations, actions, officers and "
                  "dates constructed; NWSB child practice reviews and regional delivery groups as in North Wales "
                  "practice). Layout copies agency action-plan trackers kept in Excel: cover sheet with review details "
                  "and status values, an Action Plan sheet with merged section rows and merged recommendation-text "
                  "rows above the numbered actions, officers named 'Surname, Forename' (one person; two with a "
                  "slash), original and revised target date cells, previous and current status columns, frozen "
                  "header, and a change-log sheet.",
        "reads": "An Excel single agency action plan in which each section row (A: recommendations for Conwy CBC, "
                 "B: multi-agency recommendations) holds recommendation rows, and each recommendation is followed "
                 "by its numbered actions. The end is the revised target date where one is given, and the status is "
                 "the current (Feb 2025) status. Cover and change-log sheets are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


if __name__ == "__main__":
    rotherham()
    herefordshire()
    stoke()
    ceredigion()
    hartlepool()
    south_kesteven()
    conwy()
    print("done")
