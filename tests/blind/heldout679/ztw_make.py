"""Build the seven ztw- blind cases (data files and their expected readings).

Run with /work/main/.venv/bin/python ztw_make.py from any directory; files are
written next to this script.  Only files starting ztw- are written.
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

BLUE, GREEN, AMBER, RED = "0070C0", "00B050", "FFC000", "FF0000"
GREY, NAVY, PALE = "D9D9D9", "1F3864", "DDEBF7"
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def path(name):
    assert name.startswith("ztw-") or name.startswith("ztw_")
    return os.path.join(HERE, name)


def write_expected(name, doc):
    with open(path(name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=10000,
                       default_flow_style=False)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


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


def set_text(cell, text, bold=False, size=9, italic=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        run = p.add_run(line)
        run.bold = bold
        run.italic = italic
        run.font.size = Pt(size)
        if i < len(lines) - 1:
            run.add_break()


# ---------------------------------------------------------------------------
# 1. Pembrokeshire – Programme for Administration delivery tracker (xlsx)
# ---------------------------------------------------------------------------

def pembrokeshire():
    name = "ztw-pembrokeshire-county-council-programme-for-administration-delivery-tracker-2025-26.xlsx"
    title = "Cabinet Programme for Administration 2022-2027 – Delivery Tracker 2025-26"
    P1 = "Place, the Region, Climate Change and Rural Affairs"
    P2 = "Education and Welsh Language"
    P3 = "Social Care and Safeguarding"
    P4 = "Housing"
    P5 = "Corporate Finance and Efficiencies"
    D = dt.datetime
    # (ref, commitment, directorate, lead cell, original, orig_fmt, revised, q1, q2, update, expected)
    rows = [
        (P1, [
            ("1.1", "Work with Celtic Freeport partners to bring forward the Milford Haven and Pembroke Dock tax sites, including the enabling infrastructure business cases",
             "Community Services", "Head of Regeneration and Economic Development", D(2026, 3, 31), "dd/mm/yyyy", None, "G", "G",
             "Outline business cases for both tax sites submitted to UK and Welsh Governments in August 2025.",
             (["Head of Regeneration and Economic Development"], "2026-03", None, "green")),
            ("1.2", "Complete the Haverfordwest Transport Interchange and open it to bus and rail passengers",
             "Community Services", "Head of Infrastructure", "March 2027", None, None, "G", "A",
             "Steel frame complete. Contractor reporting a six-week delay on the cladding package; completion date still achievable.",
             (["Head of Infrastructure"], "2027-03", None, "amber")),
            ("1.3", "Deliver the Net Zero Action Plan so that the Council's own operations are net zero carbon by 2030\n(annual carbon emissions report to Cabinet each autumn)",
             "Community Services", "Climate Change Manager", "Ongoing", None, None, "G", "G",
             "2024-25 emissions report showed a 6% reduction on the previous year; solar PV installed at four further schools.",
             (["Climate Change Manager"], None, "Ongoing", "green")),
        ]),
        (P2, [
            ("2.1", "Complete the statutory consultation on the next phase of the Sustainable Communities for Learning programme",
             "Education", "Director of Education", D(2025, 12, 31), "mmm-yy", D(2026, 2, 28), "A", "A",
             "Consultation documents delayed pending updated pupil projections; Cabinet agreed a revised date in September.",
             (["Director of Education"], "2026-02", None, "amber")),
            ("2.2", "Increase the number of Welsh-medium nursery and Foundation Learning places in line with the Welsh in Education Strategic Plan 2022-31",
             "Education", "Head of Inclusion and Welsh in Education", "Q4 2025/26", None, None, "G", "G",
             "Two new Cylch Meithrin settings opened in September 2025; 48 additional places.",
             (["Head of Inclusion and Welsh in Education"], "2026-03", None, "green")),
        ]),
        (P3, [
            ("3.1", "Expand the in-house domiciliary care service to reduce the number of people waiting for a package of care",
             "Social Services", "Head of Adult Services", D(2025, 9, 30), "mmm-yy", None, "A", "B",
             "25% of commissioned hours now delivered in-house; target met in September 2025. Action complete.",
             (["Head of Adult Services"], "2025-09", None, "blue")),
            ("3.2", "Recruit additional in-house foster carers through Foster Wales Pembrokeshire to reduce reliance on independent fostering agencies",
             "Social Services", "Head of Children's Services", D(2026, 3, 31), "dd/mm/yyyy", None, "G", "R",
             "Net gain of one household at Q2 against a target of eight. Recruitment campaign refreshed with Foster Wales.",
             (["Head of Children's Services"], "2026-03", None, "red")),
        ]),
        (P4, [
            ("4.1", "Bring empty homes back into use through the Empty Homes Scheme and the second homes council tax premium",
             "Community Services", "Head of Housing / Revenues Manager", D(2026, 3, 31), "mmm-yy", None, "G", "G",
             "37 empty properties brought back into use in Q1 and Q2.",
             (["Head of Housing", "Revenues Manager"], "2026-03", None, "green")),
            ("4.2", "Deliver new council homes through the Housing Revenue Account development programme",
             "Community Services", "Head of Housing", "By 31 March 2027", None, None, "A", "A",
             "Two schemes on site; a third scheme awaiting Social Housing Grant confirmation.",
             (["Head of Housing"], "2027-03", None, "amber")),
        ]),
        (P5, [
            ("5.1", "Deliver the savings set out in the 2025-26 budget and refresh the Medium Term Financial Plan",
             "Resources", "Director of Resources (S151 Officer)", D(2026, 2, 28), "dd/mm/yyyy", None, "G", "G",
             "Savings of £7.9m on track; MTFP refresh reported to Cabinet in October.",
             (["Director of Resources (S151 Officer)"], "2026-02", None, "green")),
            ("5.2", "Implement the Transformation Programme workstreams, including digital self-service and the review of the Council's office accommodation",
             "Chief Executive's", "Chief Executive; Head of ICT", D(2026, 3, 31), "mmm-yy", D(2026, 9, 30), "A", "R",
             "Accommodation review paused while options for County Hall are reassessed; revised date agreed by Leadership Team.",
             (["Chief Executive", "Head of ICT"], "2026-09", None, "red")),
        ]),
    ]
    rag_fill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}

    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14, color=NAVY)
    cov["A2"] = "Pembrokeshire County Council | Cyngor Sir Penfro"
    cov["A3"] = "Quarter 2 position (April – September 2025)"
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    dc = [("Version", "Date", "Author", "Comments"),
          ("0.1", "08/10/2025", "Performance and Community Development Team", "Q2 draft for Directors"),
          ("0.2", "21/10/2025", "Performance and Community Development Team", "Updates from Heads of Service"),
          ("1.0", "04/11/2025", "Performance and Community Development Team", "Reported to Corporate Overview and Scrutiny Committee, 20 November 2025")]
    for i, r in enumerate(dc):
        for j, v in enumerate(r):
            c = cov.cell(row=6 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
                c.fill = fill(GREY)
    cov["A11"] = "RAG key"
    cov["A11"].font = Font(bold=True)
    key = [("B", "Blue", "Complete", BLUE), ("G", "Green", "On track", GREEN),
           ("A", "Amber", "Some slippage – recoverable within the year", AMBER),
           ("R", "Red", "Off track – at risk of not being delivered", RED)]
    for i, (k, colour, meaning, hx) in enumerate(key):
        cov.cell(row=12 + i, column=1, value=k).fill = fill(hx)
        cov.cell(row=12 + i, column=2, value=colour)
        cov.cell(row=12 + i, column=3, value=meaning)
    cov.column_dimensions["A"].width = 12
    cov.column_dimensions["B"].width = 14
    cov.column_dimensions["C"].width = 44
    cov.column_dimensions["D"].width = 60

    # Summary sheet (totals block, not actions)
    summ = wb.create_sheet("Summary")
    summ["A1"] = "Summary of Q2 RAG by Cabinet portfolio"
    summ["A1"].font = Font(bold=True, size=12)
    hdr = ["Portfolio", "Blue", "Green", "Amber", "Red", "Total"]
    for j, h in enumerate(hdr):
        c = summ.cell(row=3, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        c.border = BOX
    tot = {"B": 0, "G": 0, "A": 0, "R": 0}
    r = 4
    for port, acts in rows:
        cnt = {"B": 0, "G": 0, "A": 0, "R": 0}
        for a in acts:
            cnt[a[8]] += 1
        vals = [port, cnt["B"], cnt["G"], cnt["A"], cnt["R"], len(acts)]
        for j, v in enumerate(vals):
            summ.cell(row=r, column=1 + j, value=v).border = BOX
        for k in tot:
            tot[k] += cnt[k]
        r += 1
    vals = ["Total", tot["B"], tot["G"], tot["A"], tot["R"], sum(tot.values())]
    for j, v in enumerate(vals):
        c = summ.cell(row=r, column=1 + j, value=v)
        c.font = Font(bold=True)
        c.border = BOX
    summ.column_dimensions["A"].width = 50

    # Tracker sheet
    ws = wb.create_sheet("Tracker")
    ws["A1"] = "Programme for Administration – Delivery Tracker, Quarter 2 2025-26"
    ws["A1"].font = Font(bold=True, size=12, color=NAVY)
    headers = ["Ref", "Commitment (We will…)", "Directorate", "Lead Officer", "Original Target",
               "Revised Target", "Q1 RAG", "Q2 RAG", "Q2 Progress Update"]
    for j, h in enumerate(headers):
        c = ws.cell(row=3, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(NAVY)
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    r = 4
    expected = []
    for port, acts in rows:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        c = ws.cell(row=r, column=1, value=port)
        c.font = Font(bold=True)
        c.fill = fill(PALE)
        r += 1
        for (ref, text, direc, lead, orig, ofmt, rev, q1, q2, upd, exp) in acts:
            vals = [ref, text, direc, lead, orig, rev, q1, q2, upd]
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.alignment = Alignment(wrap_text=True, vertical="top")
                c.border = BOX
            if isinstance(orig, dt.datetime):
                ws.cell(row=r, column=5).number_format = ofmt
            if isinstance(rev, dt.datetime):
                ws.cell(row=r, column=6).number_format = "mmm-yy"
            ws.cell(row=r, column=7).fill = fill(rag_fill[q1])
            ws.cell(row=r, column=8).fill = fill(rag_fill[q2])
            ws.cell(row=r, column=7).alignment = Alignment(horizontal="center", vertical="top")
            ws.cell(row=r, column=8).alignment = Alignment(horizontal="center", vertical="top")
            lead_l, end, end_text, status = exp
            expected.append(act(ref, [port], text, lead_l, end, status, end_text))
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Note: the Revised Target column is completed only where Leadership Team has agreed a change to the original target date.")
    ws.cell(row=r, column=1).font = Font(italic=True, size=9)
    for col, w in zip("ABCDEFGHI", [6, 60, 18, 34, 14, 14, 8, 8, 60]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A4"
    wb.save(path(name))

    write_expected(name, {
        "source": "Pembrokeshire County Council, Cabinet Programme for Administration 2022-2027 (commitments grouped by Cabinet "
                  "portfolio, reviewed 'for the remainder of our Administration'), https://www.pembrokeshire.gov.uk/cabinet-programme-for-administration-2022-2027, "
                  "and its quarterly progress reporting to Corporate Overview and Scrutiny. Copies: a cover sheet with title, "
                  "document-control table and RAG key (B/G/A/R); a Summary sheet counting Q2 RAG by portfolio with a totals row; "
                  "a Tracker sheet with merged fill-coloured portfolio rows over numbered commitments, Original and Revised "
                  "target columns, Q1 and Q2 RAG letters on coloured fills, a 'Head of Housing / Revenues Manager' and a "
                  "'Chief Executive; Head of ICT' lead, an in-cell line break, and a note line under the table.",
        "reads": "A three-sheet workbook tracking eleven Programme for Administration commitments at Quarter 2 2025-26. "
                 "The commitments sit under five Cabinet portfolio headings on the Tracker sheet; the Q2 RAG is the current "
                 "status, and the revised target replaces the original where one is given. The cover and Summary sheets "
                 "carry no actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 2. Cardiff – CYP Scrutiny EOTAS inquiry recommendations tracker (docx)
# ---------------------------------------------------------------------------

def cardiff():
    name = "ztw-cardiff-council-cyp-scrutiny-eotas-inquiry-recommendations-tracker.docx"
    title = "Education Other Than At School (EOTAS) Task & Finish Inquiry – Recommendations Monitoring Report"
    recs = [
        ("Key Finding 1: Oversight of learners educated other than at school", "Recommendation 1",
         "That the Council maintains a single, up-to-date register of every Cardiff learner receiving EOTAS, including learners placed with external providers, and reports the numbers to this Committee twice a year.",
         "Accepted",
         [("1.1", "Create a single EOTAS register within the Capita ONE education management system, replacing the separate spreadsheets held by the Inclusion and Pupil Referral Unit teams.",
           "Operational Manager – Inclusion", "April 2025", "Register live from 1 April 2025; all 412 learners recorded.", "Complete",
           (["Operational Manager – Inclusion"], "2025-04", None, "blue")),
          ("1.2", "Provide a six-monthly EOTAS data report to the Children & Young People Scrutiny Committee.",
           "Head of Inclusion", "Six-monthly", "First report considered by Committee on 8 July 2025; next due January 2026.", "On track",
           (["Head of Inclusion"], None, "Six-monthly", "green"))]),
        ("Key Finding 2: Quality and registration of alternative provision", "Recommendation 2",
         "That the Cabinet Member ensures all alternative provision commissioned by the Council is quality assured against a published framework, and that no learner is placed with an unregistered provider without a recorded risk assessment.",
         "Partially accepted – the framework will be introduced in phases from September 2025.",
         [("2.1", "Publish the Cardiff Alternative Provision Quality Assurance Framework and consult providers on it.",
           "Head of Inclusion / Senior Achievement Leader", "Autumn term 2025", "Draft framework shared with 19 providers; consultation closes 24 October 2025.", "On track",
           (["Head of Inclusion", "Senior Achievement Leader"], "2025-12", None, "green")),
          ("2.2", "Carry out quality assurance visits to every commissioned provider and publish an approved provider list.",
           "Alternative Provision Commissioning Officer", "31/03/2026", "11 of 23 providers visited. Visits slowed by a vacancy in the commissioning team.", "Behind schedule",
           (["Alternative Provision Commissioning Officer"], "2026-03", None, "amber")),
          ("2.3", "Introduce a risk assessment, signed off by an Operational Manager, for any placement with an unregistered provider.",
           "Operational Manager – Inclusion", "June 2025", "Risk assessment template in use since May 2025.", "Complete",
           (["Operational Manager – Inclusion"], "2025-06", None, "blue"))]),
        ("Key Finding 3: Reintegration and post-16 transition", "Recommendation 3",
         "That the Director of Education & Lifelong Learning sets a clear expectation that every EOTAS learner has a reintegration or transition plan reviewed at least termly.",
         "Accepted",
         [("3.1", "Introduce a reintegration plan template for all learners at the Pupil Referral Unit and with commissioned providers.",
           "PRU Headteacher", "September 2025", "Template in use; first termly reviews held.", "Complete",
           (["PRU Headteacher"], "2025-09", None, "blue")),
          ("3.2", "Work with Cardiff Commitment and Careers Wales so that every Year 11 EOTAS learner has a confirmed post-16 destination before the end of the summer term.",
           "Cardiff Commitment Manager and Careers Wales Adviser", "Summer term 2026", "Destination tracking started for the 2025-26 Year 11 cohort (86 learners).", "On track",
           (["Cardiff Commitment Manager", "Careers Wales Adviser"], "2026-07", None, "green"))]),
        ("Key Finding 4: Voice of learners and families", "Recommendation 4",
         "That the Council involves EOTAS learners and their parents or carers in reviewing the EOTAS offer.",
         "Accepted",
         [("4.1", "Hold two engagement sessions a year with EOTAS learners, supported by the Youth Service and Cardiff Youth Council.",
           "Participation Officer", "Ongoing", "First session planned for November 2025.", "Not started",
           (["Participation Officer"], None, "Ongoing", "unrated"))]),
    ]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph("Cardiff Council | Cyngor Caerdydd")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph("Children & Young People Scrutiny Committee", style="Heading 2")
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Inquiry report agreed by Committee: 12 March 2024. Cabinet response: 18 July 2024. Position as at: 30 September 2025.")
    doc.add_paragraph("This report sets out the progress made against each recommendation accepted or partially accepted by Cabinet. "
                      "Progress updates have been provided by the Education & Lifelong Learning directorate.")
    doc.add_paragraph("Status key: Complete = Blue; On track = Green; Behind schedule = Amber; At risk = Red; Not started = no colour.")

    doc.add_paragraph("Summary of Cabinet response", style="Heading 3")
    t = doc.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate([("Cabinet response", "Number of recommendations"), ("Accepted", "3"),
                                ("Partially accepted", "1"), ("Not accepted", "1"), ("Total", "5")]):
        set_text(t.cell(i, 0), a, bold=(i in (0, 4)))
        set_text(t.cell(i, 1), b, bold=(i in (0, 4)))
        if i == 0:
            shade(t.cell(i, 0), "D9D9D9")
            shade(t.cell(i, 1), "D9D9D9")
    doc.add_paragraph("")

    status_fill = {"Complete": "5B9BD5", "On track": "92D050", "Behind schedule": "FFC000", "At risk": "FF0000"}
    expected = []
    for finding, label, rtext, response, acts in recs:
        doc.add_paragraph(finding, style="Heading 2")
        t = doc.add_table(rows=3 + len(acts), cols=6)
        t.style = "Table Grid"
        set_text(t.cell(0, 0), label, bold=True)
        shade(t.cell(0, 0), "DDEBF7")
        m = t.cell(0, 1).merge(t.cell(0, 5))
        set_text(m, rtext, bold=True)
        shade(m, "DDEBF7")
        set_text(t.cell(1, 0), "Cabinet response", bold=True)
        m = t.cell(1, 1).merge(t.cell(1, 5))
        set_text(m, response)
        for j, h in enumerate(["Ref", "Action", "Responsible Officer", "Target Date", "Progress Update", "Status"]):
            set_text(t.cell(2, j), h, bold=True)
            shade(t.cell(2, j), "D9D9D9")
        for i, (ref, atext, ro, tdate, prog, status, exp) in enumerate(acts):
            row = 3 + i
            for j, v in enumerate([ref, atext, ro, tdate, prog, status]):
                set_text(t.cell(row, j), v)
            if status in status_fill:
                shade(t.cell(row, 5), status_fill[status])
            lead_l, end, end_text, stat = exp
            expected.append(act(ref, [finding, rtext], atext, lead_l, end, stat, end_text))
        doc.add_paragraph("")
    doc.add_paragraph("Recommendation 5 (a standing EOTAS sub-group of Cabinet) was not accepted by Cabinet on 18 July 2024 and is not monitored in this report.")
    doc.add_paragraph("Contact: Scrutiny Officer, Children & Young People Scrutiny Committee, County Hall, Cardiff.")
    doc.save(path(name))

    write_expected(name, {
        "source": "Cardiff Council, Children & Young People Scrutiny Committee, whose 2023/24 committee business reports "
                  "note a CYP EOTAS Task & Finish Group (https://cardiff.moderngov.co.uk/mgAi.aspx?ID=33398); imitates "
                  "the recommendations-monitoring report a Welsh scrutiny committee receives after Cabinet responds to an "
                  "inquiry. Copies: council name line, committee heading, title, dates of report/response/position, a "
                  "status key that maps words to colours, a summary table of the Cabinet response with a total, then one "
                  "Heading 2 key finding and one table per recommendation (recommendation text in a merged row, "
                  "Cabinet response row, column header row, numbered actions with shaded status cells), and a closing "
                  "note on the recommendation not accepted.",
        "reads": "A Word monitoring report on four inquiry recommendations with eight numbered actions. Each action is "
                 "read under its key finding heading and the recommendation text in its table; the status word is the "
                 "RAG as the report's own key defines it. The summary table and the note on Recommendation 5 are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 3. Adoption Partnership South East – RAA service improvement plan (xlsx)
# ---------------------------------------------------------------------------

def apse():
    name = "ztw-adoption-partnership-south-east-raa-service-improvement-plan-2025-26.xlsx"
    title = "Adoption Partnership South East – Service Improvement Plan 2025-26"
    D = dt.datetime
    P1 = "Priority 1: More children benefit from early permanence"
    P2 = "Priority 2: Sufficient adopters for the children who wait"
    P3 = "Priority 3: Families get the right adoption support at the right time"
    sheets = [
        ("P1 Early Permanence", P1,
         "What difference will it make: children with a plan for adoption move to their permanent family sooner and have fewer moves.",
         [(None, [
             ("1.1", "Recruit and approve at least 12 early permanence carer households across the region", "Early Permanence Lead", "All",
              D(2026, 3, 31), None, "Seven households approved and four in assessment.", GREEN,
              (["Early Permanence Lead"], "2026-03", None, "green")),
             ("1.2", "Deliver joint early permanence training for social workers in Kent, Medway and Bexley children's services and for Cafcass guardians",
              "Early Permanence Lead and Practice Development Manager", "All", D(2025, 9, 30), D(2025, 12, 31),
              "Six sessions delivered to 140 practitioners. Complete.", BLUE,
              (["Early Permanence Lead", "Practice Development Manager"], "2025-12", None, "blue")),
             ("1.3", "Introduce a regional early permanence tracking meeting with each local authority's permanence leads",
              "Team Manager – Family Finding", "All", D(2025, 6, 30), None,
              "Monthly meeting established with Kent and Bexley; Medway attendance inconsistent.", AMBER,
              (["Team Manager – Family Finding"], "2025-06", None, "amber")),
         ])]),
        ("P2 Adopter Sufficiency", P2,
         "What difference will it make: fewer children wait more than 18 months between placement order and being matched.",
         [("2a Recruitment", [
             ("2.1", "Run targeted recruitment campaigns for adopters for sibling groups, older children and children with additional needs",
              "Marketing and Recruitment Manager", "All", D(2026, 3, 31), None,
              "Autumn sibling campaign generated 61 enquiries; 9 registrations.", GREEN,
              (["Marketing and Recruitment Manager"], "2026-03", None, "green")),
             ("2.2", "Develop a volunteer adopter ambassador scheme to support community engagement events",
              "Adopter Voice Coordinator", "All", "Q3 2025/26", "Q1 2026/27",
              "Role description agreed; safer recruitment checks for first 8 volunteers under way.", AMBER,
              (["Adopter Voice Coordinator"], "2026-06", None, "amber")),
         ]), ("2b Assessment and approval", [
             ("2.3", "Reduce the average time from registration of interest to approval to within six months",
              "Team Manager – Assessment", "All", D(2026, 3, 31), None,
              "Average 7.4 months in Q3; two assessing social worker vacancies.", RED,
              (["Team Manager – Assessment"], "2026-03", None, "red")),
             ("2.4", "Introduce a fast-track stage 2 for approved foster carers and second-time adopters",
              "Team Manager – Assessment", "Kent", D(2025, 10, 31), None, "Fast-track in place from October 2025.", BLUE,
              (["Team Manager – Assessment"], "2025-10", None, "blue")),
         ])]),
        ("P3 Adoption Support", P3,
         "What difference will it make: adoptive families say they got help when they needed it and fewer placements disrupt.",
         [(None, [
             ("3.1", "Complete an adoption support needs assessment within 8 weeks of request for all families",
              "Adoption Support Manager", "All", "Ongoing", None, "91% within 8 weeks in Q3.", GREEN,
              (["Adoption Support Manager"], None, "Ongoing", "green")),
             ("3.2", "Commission a regional therapeutic parenting programme funded through the DfE adoption support grant",
              "Adoption Support Manager / Commissioning Officer (Kent)", "All", D(2026, 1, 31), None,
              "Tender returned one compliant bid; evaluation under way.", AMBER,
              (["Adoption Support Manager", "Commissioning Officer (Kent)"], "2026-01", None, "amber")),
             ("3.3", "Refresh the Adoption Support Fund application process following changes to the fair access limit",
              "Adoption Support Manager", "Medway, Bexley", D(2025, 6, 30), None, "New process in use since June 2025.", BLUE,
              (["Adoption Support Manager"], "2025-06", None, "blue")),
         ])]),
    ]
    wb = Workbook()
    fs = wb.active
    fs.title = "Front sheet"
    fs["A1"] = title
    fs["A1"].font = Font(bold=True, size=14, color="7030A0")
    fs["A2"] = "Regional Adoption Agency for Kent County Council (host), Medway Council and the London Borough of Bexley"
    info = [("Plan owner:", "Head of Adoption Partnership South East"),
            ("Governance:", "APSE Partnership Board (quarterly)"),
            ("Last updated:", "19/01/2026")]
    for i, (a, b) in enumerate(info):
        fs.cell(row=4 + i, column=1, value=a).font = Font(bold=True)
        fs.cell(row=4 + i, column=2, value=b)
    fs["A8"] = "Version history"
    fs["A8"].font = Font(bold=True)
    vh = [("Version", "Date", "Changes"),
          ("1.0", "14/04/2025", "Agreed by Partnership Board"),
          ("1.1", "21/07/2025", "Q1 progress"),
          ("1.2", "20/10/2025", "Q2 progress; revised dates for 1.2 and 2.2"),
          ("1.3", "19/01/2026", "Q3 progress")]
    for i, r in enumerate(vh):
        for j, v in enumerate(r):
            c = fs.cell(row=9 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
                c.fill = fill(GREY)
    fs.column_dimensions["A"].width = 16
    fs.column_dimensions["B"].width = 44
    fs.column_dimensions["C"].width = 44

    key = wb.create_sheet("Key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (hx, meaning) in enumerate([(BLUE, "Completed"), (GREEN, "On track to deliver by the due date"),
                                       (AMBER, "Some slippage – action being taken"),
                                       (RED, "Off track – escalated to Partnership Board")]):
        key.cell(row=2 + i, column=1).fill = fill(hx)
        key.cell(row=2 + i, column=2, value=meaning)
    key.column_dimensions["B"].width = 44

    expected = []
    headers = ["Action No", "Action", "Lead", "Partner LA(s)", "Original due", "Revised due",
               "Progress update (January 2026)", "RAG"]
    for sname, ptitle, outcome, groups in sheets:
        ws = wb.create_sheet(sname)
        ws.merge_cells("A1:H1")
        ws["A1"] = ptitle
        ws["A1"].font = Font(bold=True, size=12, color="FFFFFF")
        ws["A1"].fill = fill("7030A0")
        ws.merge_cells("A2:H2")
        ws["A2"] = outcome
        ws["A2"].font = Font(italic=True)
        for j, h in enumerate(headers):
            c = ws.cell(row=4, column=1 + j, value=h)
            c.font = Font(bold=True)
            c.fill = fill(GREY)
            c.border = BOX
            c.alignment = Alignment(wrap_text=True)
        r = 5
        for sub, acts in groups:
            if sub:
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
                c = ws.cell(row=r, column=1, value=sub)
                c.font = Font(bold=True)
                c.fill = fill("E4DFEC")
                r += 1
            for (no, text, lead, partner, orig, rev, prog, rag, exp) in acts:
                for j, v in enumerate([no, text, lead, partner, orig, rev, prog]):
                    c = ws.cell(row=r, column=1 + j, value=v)
                    c.border = BOX
                    c.alignment = Alignment(wrap_text=True, vertical="top")
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                rc = ws.cell(row=r, column=8)
                rc.fill = fill(rag)
                rc.border = BOX
                lead_l, end, end_text, status = exp
                under = [ptitle, sub] if sub else [ptitle]
                expected.append(act(no, under, text, lead_l, end, status, end_text))
                r += 1
        for col, w in zip("ABCDEFGH", [10, 60, 34, 14, 13, 13, 50, 8]):
            ws.column_dimensions[col].width = w
    wb.save(path(name))

    write_expected(name, {
        "source": "Adoption Partnership South East, the Regional Adoption Agency for Kent, Medway and Bexley, whose annual "
                  "reports 2023/24 and 2024/25 (https://democracy.medway.gov.uk/mgAi.aspx?ID=35436) set development "
                  "priorities on early permanence, adopter sufficiency, sibling placements, volunteer adopter community "
                  "engagement and adoption support. Imitates an RAA service improvement plan kept in Excel: a front sheet "
                  "with owner, governance and version history, a separate RAG key sheet, then one sheet per priority with "
                  "a merged coloured priority title, an italic outcome line, sub-heading rows (2a/2b) on the second sheet, "
                  "original and revised due dates (dates and quarter text), leads joined by 'and' or '/', and RAG shown "
                  "only as cell fill colour with no text.",
        "reads": "A five-sheet workbook whose three priority sheets hold ten numbered actions. Each action's status is the "
                 "fill colour of its RAG cell read against the Key sheet (blue is completed), and its end is the revised "
                 "due date where one is given. The front sheet and key carry no actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 4. London Borough of Sutton – fostering service development plan (csv)
# ---------------------------------------------------------------------------

def sutton():
    name = "ztw-london-borough-of-sutton-fostering-service-development-plan-2025-26.csv"
    title = "London Borough of Sutton – Fostering Service Development Plan 2025-26"
    O1 = "1. Recruitment and sufficiency"
    O2 = "2. Supporting and retaining foster carers"
    O3 = "3. Kinship care"
    O4 = "4. Quality and compliance"
    HoS = "Head of Service – Children in Care and Care Leavers"
    rows = [
        (O1, "FSDP-01", "Deliver a year-round recruitment campaign focused on carers for young people aged 11 to 17, sibling groups and children with disabilities",
         "Recruitment Officer", "31/03/2026", "Amber", "14 enquiries converted to 3 assessments; below the target of 6 by Q2",
         (["Recruitment Officer"], "2026-03", None, "amber")),
        (O1, "FSDP-02", "Join the South London fostering recruitment hub and agree shared enquiry handling",
         "Fostering Team Manager", "30/09/2025", "Complete", "Sutton joined the hub on 1 September 2025",
         (["Fostering Team Manager"], "2025-09", None, "blue")),
        (O1, "FSDP-03", "Review fostering allowances and fees against neighbouring boroughs\n(report to Corporate Parenting Board)",
         HoS, "Dec-25", "Green", "Benchmarking complete, report drafted",
         ([HoS], "2025-12", None, "green")),
        (O2, "FSDP-04", "Launch a Mockingbird constellation with a hub home carer and up to 10 satellite households",
         "Supervising Social Worker Team Manager", "31/01/2026", "Red", "Hub home carer withdrew in October; recruiting a replacement",
         (["Supervising Social Worker Team Manager"], "2026-01", None, "red")),
        (O2, "FSDP-05", "Refresh the post-approval training programme, including trauma-informed practice and a Skills to Foster refresher",
         "Training and Development Officer/Fostering Team Manager", "Ongoing", "Green", "Autumn programme published",
         (["Training and Development Officer", "Fostering Team Manager"], None, "Ongoing", "green")),
        (O3, "FSDP-06", "Complete viability and connected person assessments within statutory timescales (16 weeks, extendable by 8)",
         "Kinship Team Manager", "31/03/2026", "Green", "",
         (["Kinship Team Manager"], "2026-03", None, "green")),
        (O3, "FSDP-07", "Publish Sutton's kinship local offer in line with the national kinship care strategy",
         "Kinship Team Manager; " + HoS, "30/11/2025", "", "Awaiting national guidance before drafting",
         (["Kinship Team Manager", HoS], "2025-11", None, "unrated")),
        (O4, "FSDP-08", "Complete all foster carer annual reviews within 12 months of approval or the last review",
         "Independent Reviewing Officer (Fostering)", "31/03/2026", "Amber", "88% in timescale at end of October",
         (["Independent Reviewing Officer (Fostering)"], "2026-03", None, "amber")),
        (O4, "FSDP-09", "Update the Statement of Purpose and Children's Guide and present them to Corporate Parenting Board",
         "Fostering Team Manager", "Jul-25", "Complete", "Approved 15 July 2025",
         (["Fostering Team Manager"], "2025-07", None, "blue")),
    ]
    ncol = 7
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([title] + [""] * (ncol - 1))
    w.writerow(["Source: Fostering Service Annual Report 2024-25 (Regulation 35 / NMS 25.7). Exported from the SharePoint tracker 14/11/2025"] + [""] * (ncol - 1))
    w.writerow([""] * ncol)
    w.writerow(["Objective", "Action ID", "Action", "Lead", "Due date", "RAG", "Update (Nov 2025)"])
    expected = []
    for (obj, aid, text, lead, due, rag, upd, exp) in rows:
        w.writerow([obj, aid, text, lead, due, rag, upd])
        lead_l, end, end_text, status = exp
        expected.append(act(aid, [obj], text, lead_l, end, status, end_text))
    w.writerow([""] * ncol)
    w.writerow(["RAG key: Green = on track; Amber = some risk to delivery; Red = off track; Complete = done; blank = not started"] + [""] * (ncol - 1))
    with open(path(name), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())

    write_expected(name, {
        "source": "London Borough of Sutton fostering service (Fostering in Sutton), which lists its shortage of carers for "
                  "young people aged 11 to 17, sibling groups and children with disabilities (https://sutton.gov.uk/-/types-of-fostering); "
                  "imitates the development plan that accompanies a local authority fostering annual report under "
                  "Regulation 35 / NMS 25.7 (as in Coventry's 2024/25 report, https://edemocracy.coventry.gov.uk/mgAi.aspx?ID=44914), "
                  "exported to CSV from a SharePoint list: title and source lines padded with empty columns, a blank line, "
                  "the objective repeated on every row, quoted fields with commas and one in-field line break, day-first and "
                  "Mmm-yy due dates, 'Ongoing', a blank RAG, leads joined by '/' and ';', and a RAG key line at the end.",
        "reads": "A CSV export of nine fostering development actions under four numbered objectives, each with an ID, lead, "
                 "due date, RAG word and November 2025 update. Complete reads as blue and the blank RAG as not started; "
                 "the title, source and key lines are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 5. Bury and Rochdale YJS – Youth Justice Business Plan delivery plan (txt, tab-separated)
# ---------------------------------------------------------------------------

def bury_rochdale():
    name = "ztw-bury-and-rochdale-youth-justice-service-business-plan-2025-26-delivery-plan.txt"
    title = "Youth Justice Business Plan 2025-2026: Priority Delivery Plan"
    HYJ = "Head of Youth Justice and Complex Safeguarding"
    S1 = "PRIORITY 1 - PREVENTION AND DIVERSION"
    S2 = "PRIORITY 2 - EDUCATION, TRAINING AND EMPLOYMENT"
    S3 = "PRIORITY 3 - SERIOUS YOUTH VIOLENCE"
    S4 = "PRIORITY 4 - OVER-REPRESENTATION"
    S5 = "PRIORITY 5 - GOVERNANCE AND RESOURCES"
    sections = [
        (S1, [
            ("1.1", ["Establish the Prevention and Diversion sub-group with terms of reference agreed by the Partnership Board"],
             HYJ, "June 2025", "Complete", "First meeting held 19/06/2025; ToR agreed at July board",
             ([HYJ], "2025-06", None, "blue")),
            ("1.2", ["Keep first time entrants across Bury and Rochdale below the 2024-25 figure of 102"],
             "YJS Prevention Team Manager", "March 2026", "G", "47 FTEs in April-November 2025",
             (["YJS Prevention Team Manager"], "2026-03", None, "green")),
        ]),
        (S2, [
            ("2.1", ["Complete an education and SEND screening for every child open to the service within 10 working days"],
             "YJS Education Officer / SEND Lead (Bury)", "Q3 2025/26", "A", "78% screened within 10 days; Rochdale data sharing agreement outstanding",
             (["YJS Education Officer", "SEND Lead (Bury)"], "2025-12", None, "amber")),
            ("2.2", ["Agree an ETE sub-group action plan with both virtual schools and post-16 teams"],
             "ETE Sub-group Chair", "Sept 2025 – March 2026", "G", "Draft plan discussed at November sub-group",
             (["ETE Sub-group Chair"], "2026-03", None, "green")),
        ]),
        (S3, [
            ("3.1", ["Deliver the knife crime prevention programme in secondary schools across Bury and Rochdale",
                     "and the Pupil Referral Units, with evaluation by the Violence Reduction Unit"],
             "GMP Neighbourhood Inspector & YJS Operational Manager (Rochdale)", "July 2026", "G", "Delivered in 9 of 21 schools so far",
             (["GMP Neighbourhood Inspector", "YJS Operational Manager (Rochdale)"], "2026-07", None, "green")),
            ("3.2", ["Contribute to the refresh of the Serious Violence Duty strategic needs assessment for both boroughs"],
             HYJ, "Ongoing", "G", "YJS data provided to Community Safety Partnerships in October",
             ([HYJ], None, "Ongoing", "green")),
        ]),
        (S4, [
            ("4.1", ["Analyse disproportionality in the cohort by ethnicity, care status and EHCP and report findings to the Partnership Board"],
             "YJS Information Officer", "31/01/2026", "A", "Analysis started; ethnicity recording gaps in police data",
             (["YJS Information Officer"], "2026-01", None, "amber")),
            ("4.2", ["Train all practitioners in Child First and trauma-informed practice with over-represented groups"],
             "YJS Operational Manager (Bury)", "December 2025", "R", "Trainer unavailable; sessions rebooked for February",
             (["YJS Operational Manager (Bury)"], "2025-12", None, "red")),
        ]),
        (S5, [
            ("5.1", ["Secure a Bury town centre base for the service"],
             HYJ, "TBC", "R", "Two sites rejected; estates options paper due to Bury Cabinet",
             ([HYJ], None, "TBC", "red")),
            ("5.2", ["Review Partnership Board membership and attendance and refresh the terms of reference"],
             "Partnership Board Chair", "September 2025", "Complete", "New governance structure agreed 25/09/2025",
             (["Partnership Board Chair"], "2025-09", None, "blue")),
        ]),
    ]
    lines = [
        "Bury and Rochdale Youth Justice Service",
        title,
        "Owner: Youth Justice Partnership Board (chaired by the Director of Children's Services, Bury)",
        "Last updated: 09/12/2025 (Q3 board)",
        "",
        "Ref\tAction\tLead\tTimescale\tRAG\tProgress",
    ]
    expected = []
    for sec, acts in sections:
        lines.append(sec)
        for (ref, text_lines, lead, when, rag, prog, exp) in acts:
            lines.append("\t".join([ref, text_lines[0], lead, when, rag, prog]))
            for cont in text_lines[1:]:
                lines.append("\t".join(["", cont, "", "", "", ""]))
            lead_l, end, end_text, status = exp
            expected.append(act(ref, [sec], "\n".join(text_lines), lead_l, end, status, end_text))
    lines += ["",
              "RAG: G = on track, A = some slippage, R = off track / at risk, Complete = action completed",
              "Next review: Youth Justice Partnership Board, March 2026"]
    with open(path(name), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")

    write_expected(name, {
        "source": "Bury and Rochdale Youth Justice Service (joint since 2014), Youth Justice Business Plan 2025-2026 "
                  "presented to Bury Cabinet (https://councildecisions.bury.gov.uk/mgAi.aspx?ID=22185 and "
                  "https://councildecisions.bury.gov.uk/ieIssueDetails.aspx?IId=27403&Opt=3&PlanId=0): sub-groups for "
                  "Prevention and Diversion, ETE and Serious Violence, first-time entrants down to 102, a Bury town "
                  "centre base, EHCP and disproportionality concerns, board attendance. Imitates the plan's delivery "
                  "table pasted to a tab-separated text file: title lines, a header line, upper-case priority lines, "
                  "one wrapped action continued on the next line in the Action column, G/A/R letters and 'Complete', "
                  "a period, a quarter, 'Ongoing' and 'TBC' in Timescale, and RAG key and next-review lines at the end.",
        "reads": "A tab-separated text export of ten numbered actions under five priorities of the youth justice plan. "
                 "Action 3.1 runs onto a second line; leads joined by '/' or '&' are two people; the lines before the "
                 "header and after the table are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 6. Oxfordshire – ASC LGA peer review continuous improvement plan (docx)
# ---------------------------------------------------------------------------

def oxfordshire():
    name = "ztw-oxfordshire-county-council-asc-lga-peer-review-continuous-improvement-plan.docx"
    title = "Adult Social Care Continuous Improvement Plan"
    themes = [
        ("Theme 1: Working with people", [
            ("Recommendation 1: Reduce waiting times for Care Act assessments and reviews, and keep in touch with people while they wait.", [
                ("1.1", "Introduce a ‘waiting well’ contact for everyone waiting more than 28 days for an assessment",
                 "Head of Locality Social Work", "Jun-24", "Green", "Complete",
                 "Waiting well calls in place in all three localities since June 2024.",
                 (["Head of Locality Social Work"], "2024-06", None, "blue")),
                ("1.2", "Clear the backlog of overdue annual reviews using a dedicated reviewing team",
                 "Deputy Director Adult Social Care", "Dec 2024 – Mar 2025", "Amber", "Amber",
                 "Overdue reviews down from 1,410 to 960; agency reviewers extended to March.",
                 (["Deputy Director Adult Social Care"], "2025-03", None, "amber")),
            ]),
            ("Recommendation 2: Strengthen the voice of unpaid carers in the design of services.", [
                ("2.1", "Co-produce the refreshed All-Age Carers Strategy with Carers Oxfordshire and the Carers Partnership Board",
                 "Head of Commissioning (Age Well) and Carers Lead", "September 2024\nRevised: April 2025", "Amber", "Green",
                 "Co-production workshops held in November and December; draft strategy to Cabinet in April.",
                 (["Head of Commissioning (Age Well)", "Carers Lead"], "2025-04", None, "green")),
            ]),
        ]),
        ("Theme 2: Providing support", [
            ("Recommendation 3: Develop a market position statement that addresses gaps in home care and nursing provision in rural areas.", [
                ("3.1", "Publish the Market Position Statement 2024-2027",
                 "Head of Commissioning (Age Well)", "31/10/2024", "Green", "Complete",
                 "Published on the council website on 28 October 2024.",
                 (["Head of Commissioning (Age Well)"], "2024-10", None, "blue")),
                ("3.2", "Pilot rural home care ‘rounds’ in West Oxfordshire and Cherwell with two providers",
                 "Head of Commissioning (Live Well) / Head of Quality", "March 2025", "Green", "Red",
                 "One provider withdrew in December; pilot cannot start before the summer.",
                 (["Head of Commissioning (Live Well)", "Head of Quality"], "2025-03", None, "red")),
            ]),
        ]),
        ("Theme 3: Ensuring safety", [
            ("Recommendation 4: Improve the timeliness of safeguarding enquiries and the recording of Making Safeguarding Personal outcomes.", [
                ("4.1", "Audit a monthly sample of section 42 enquiries and report themes to the Oxfordshire Safeguarding Adults Board",
                 "Head of Safeguarding", "Monthly", "Green", "Green",
                 "Audits completed each month since May 2024; themes reported to the SAB in October.",
                 (["Head of Safeguarding"], None, "Monthly", "green")),
                ("4.2", "Add Making Safeguarding Personal outcome fields to the adult social care case recording system",
                 "Principal Social Worker and Systems Manager", "Nov-24", "Amber", "Amber",
                 "Fields built and tested; go-live held back by the system upgrade.",
                 (["Principal Social Worker", "Systems Manager"], "2024-11", None, "amber")),
            ]),
        ]),
        ("Theme 4: Leadership", [
            ("Recommendation 5: Embed the Oxfordshire Way across the whole council, not only adult social care.", [
                ("5.1", "Deliver Oxfordshire Way induction sessions for all council directorates",
                 "Corporate Director for Adult Social Care", "TBC", "", "Not started",
                 "To be scheduled with the corporate learning and development team.",
                 (["Corporate Director for Adult Social Care"], None, "TBC", "unrated")),
            ]),
        ]),
    ]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Oxfordshire County Council – response to the LGA Adult Social Care Peer Review, March 2024")
    doc.add_paragraph("Version 1.4 – progress as at 31 January 2025")

    doc.add_paragraph("Document control", style="Heading 2")
    t = doc.add_table(rows=4, cols=4)
    t.style = "Table Grid"
    dc = [("Version", "Date", "Author", "Summary of changes"),
          ("1.0", "May 2024", "ASC Improvement Programme Manager", "First version agreed by ASC Leadership Team"),
          ("1.3", "October 2024", "ASC Improvement Programme Manager", "Q2 progress; Previous RAG column added"),
          ("1.4", "January 2025", "ASC Improvement Programme Manager", "Q3 progress; revised date for action 2.1")]
    for i, r in enumerate(dc):
        for j, v in enumerate(r):
            set_text(t.cell(i, j), v, bold=(i == 0))
            if i == 0:
                shade(t.cell(i, j), "D9D9D9")
    doc.add_paragraph("")
    doc.add_paragraph("RAG status: Blue – complete; Green – on track; Amber – at risk of delay; Red – off track. "
                      "Previous RAG is the position reported to People Overview & Scrutiny Committee in October 2024.")
    doc.add_paragraph("Improvement actions", style="Heading 2")

    nrows = 1
    for th, recs in themes:
        nrows += 1
        for rt, acts in recs:
            nrows += 1 + len(acts)
    t = doc.add_table(rows=nrows, cols=7)
    t.style = "Table Grid"
    for j, h in enumerate(["No.", "Action", "Lead", "Timescale", "Previous RAG", "Current RAG", "Progress update"]):
        set_text(t.cell(0, j), h, bold=True)
        shade(t.cell(0, j), "1F3864")
    colour = {"Green": "92D050", "Amber": "FFC000", "Red": "FF0000", "Complete": "5B9BD5"}
    r = 1
    expected = []
    for th, recs in themes:
        m = t.cell(r, 0).merge(t.cell(r, 6))
        set_text(m, th, bold=True, size=10)
        shade(m, "BDD7EE")
        r += 1
        for rt, acts in recs:
            m = t.cell(r, 0).merge(t.cell(r, 6))
            set_text(m, rt, italic=True)
            shade(m, "F2F2F2")
            r += 1
            for (no, text, lead, when, prev, cur, prog, exp) in acts:
                for j, v in enumerate([no, text, lead, when, prev, cur, prog]):
                    set_text(t.cell(r, j), v)
                if prev in colour:
                    shade(t.cell(r, 4), colour[prev])
                if cur in colour:
                    shade(t.cell(r, 5), colour[cur])
                lead_l, end, end_text, status = exp
                expected.append(act(no, [th, rt], text, lead_l, end, status, end_text))
                r += 1
    doc.add_paragraph("")
    doc.add_paragraph("Next update: ASC Leadership Team, April 2025, then People Overview & Scrutiny Committee.")
    doc.save(path(name))

    write_expected(name, {
        "source": "Oxfordshire County Council adult social care: the LGA peer challenge reported to People Overview & "
                  "Scrutiny alongside CQC assurance preparation (https://mycouncil.oxfordshire.gov.uk/mgAi.aspx?ID=30810) "
                  "and the 'continuous improvement plan after the LGA Peer Review in March 2024' noted in the November 2025 "
                  "committee pack (https://opengovernment.network/meetings/84569). Copies: title, subtitle and version "
                  "line, a document-control table, a RAG key paragraph, then one plan table with merged theme rows (CQC "
                  "assessment themes), merged italic peer-review recommendation rows, numbered actions, Previous and "
                  "Current RAG columns with shaded cells, original-plus-revised timescale in one cell, a date range, "
                  "'Monthly' and 'TBC' timescales, curly quotes in action text, and leads joined by 'and' or '/'.",
        "reads": "A Word improvement plan with eight numbered actions under four themes, each answering a numbered peer "
                 "review recommendation. The status is the Current RAG (Complete reads as blue, Not started as unrated) "
                 "and the revised timescale replaces the original for action 2.1. The document-control table is not part "
                 "of the plan.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 7. Lambeth – OSC scrutiny commission recommendations tracker, mistyped month (xlsx, refuse)
# ---------------------------------------------------------------------------

def lambeth():
    name = "ztw-lambeth-council-osc-scrutiny-commission-recommendations-tracker-typo-month-refuse.xlsx"
    title = "Scrutiny Commission Recommendations Tracker 2024-25"
    D = dt.datetime
    groups = [
        ("Scrutiny Commission: Temporary Accommodation (reported to OSC 11 March 2024)", [
            ("TA1", "Publish a single temporary accommodation standard covering repairs, damp and mould and room sizes", "Agreed",
             "Director of Housing Needs", D(2024, 6, 30), "Standard published June 2024", "G"),
            ("TA2", "Give every household in nightly-paid accommodation a named officer and a move-on plan", "Agreed",
             "Head of Temporary Accommodation", "September 2024", "Named officers allocated for 84% of households", "A"),
            ("TA3", "Report quarterly to OSC on out-of-borough placements, including schools and travel times for children", "Agreed in part",
             "Head of Temporary Accommodation", "Decmber 2024", "First report delayed by data migration", "A"),
            ("TA4", "Lobby the Mayor of London and government on the Local Housing Allowance freeze and TA subsidy rates", "Agreed",
             "Cabinet Member for Housing", "March 2025", "Joint London Councils letter sent January 2025", "A"),
        ]),
        ("Scrutiny Commission: SEND Home to School Travel (reported to OSC 16 July 2024)", [
            ("ST1", "Review the travel assistance policy with the Parent Carer Forum before the 2025-26 academic year", "Agreed",
             "Head of SEND Services", D(2025, 4, 30), "Co-production sessions booked for February", "A"),
            ("ST2", "Expand independent travel training to all secondary special schools", "Agreed",
             "Travel Assistance Manager", "July 2025", "Two of four schools signed up", "A"),
            ("ST3", "Set and publish a maximum journey time standard for children with EHCPs", "Agreed",
             "Head of SEND Services", D(2024, 11, 30), "Standard of 45 minutes published in November", "G"),
        ]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws["A1"] = "London Borough of Lambeth – Overview and Scrutiny Committee"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "KEY: G  Action completed     A  Action in progress or deadline for completion not reached     R  Action not complete"
    ws["A3"].font = Font(italic=True, size=9)
    headers = ["Rec", "Recommendation", "Cabinet response", "Lead officer", "Implementation date", "Update (February 2025)", "RAG"]
    for j, h in enumerate(headers):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("00664F")
        c.border = BOX
    r = 6
    refuse_row = None
    rag_fill = {"G": GREEN, "A": AMBER, "R": RED}
    for gtitle, recs in groups:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        c = ws.cell(row=r, column=1, value=gtitle)
        c.font = Font(bold=True)
        c.fill = fill("E2EFDA")
        r += 1
        for (ref, text, resp, lead, when, upd, rag) in recs:
            for j, v in enumerate([ref, text, resp, lead, when, upd, rag]):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.border = BOX
                c.alignment = Alignment(wrap_text=True, vertical="top")
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
            ws.cell(row=r, column=7).fill = fill(rag_fill[rag])
            if when == "Decmber 2024":
                refuse_row = r
            r += 1
    for col, w in zip("ABCDEFG", [6, 60, 16, 30, 18, 44, 6]):
        ws.column_dimensions[col].width = w
    wb.save(path(name))
    assert refuse_row == 9, refuse_row

    write_expected(name, {
        "source": "London Borough of Lambeth, whose single Overview and Scrutiny Committee sets up short single-issue "
                  "scrutiny commissions and requires decision-makers to respond to their recommendations "
                  "(https://beta.lambeth.gov.uk/about-council/consultations-decisions/scrutinising-work-council/how-scrutiny-works-lambeth); "
                  "the key line copies Lambeth OSC's own tracker key 'G Action completed A Action in progress or deadline "
                  "for completion not reached R Action not complete'. Imitates an OSC recommendations tracker in Excel: "
                  "two title lines, the key, a header row, merged commission rows, recommendation refs, Cabinet response, "
                  "lead officer, implementation date (dates and month text) and RAG letters on fills.",
        "reads": "A one-sheet tracker of seven scrutiny commission recommendations from two commissions. The "
                 "implementation date of TA3 on sheet row 9 reads 'Decmber 2024', a mistyped month, so a careful reader "
                 "stops and asks what date was meant before reading the tracker.",
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": refuse_row,
        "title": title,
    })
    return name, 0


if __name__ == "__main__":
    for fn in (pembrokeshire, cardiff, apse, sutton, bury_rochdale, oxfordshire, lambeth):
        n, k = fn()
        print(f"{n}: {k} actions")
