#!/usr/bin/env python3
"""Build the seven tb- blind cases (data files and their .expected.yaml).

Run with /work/main/.venv/bin/python (openpyxl, python-docx, pyyaml).
Only files whose names start with tb- are written.
"""
import csv
import datetime as dt
import io
import os

import yaml
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.shared import Pt, RGBColor
from docx.enum.section import WD_ORIENT

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE, GREEN, AMBER, RED, GREY, HEAD = "0070C0", "00B050", "FFC000", "FF0000", "D9D9D9", "1F4E79"
FILLS = {"blue": BLUE, "green": GREEN, "amber": AMBER, "red": RED}


def fill(hexcol):
    return PatternFill(fill_type="solid", start_color="FF" + hexcol, end_color="FF" + hexcol)


THIN = Side(style="thin", color="FF808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def write_expected(name, data):
    path = os.path.join(HERE, name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as fh:
        yaml.safe_dump(data, fh, sort_keys=False, allow_unicode=True, width=100000,
                       default_flow_style=False)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


def header_row(ws, row, labels, widths=None):
    for i, lab in enumerate(labels, start=1):
        c = ws.cell(row=row, column=i, value=lab)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill(HEAD)
        c.alignment = WRAP
        c.border = BOX
    if widths:
        for i, w in enumerate(widths, start=1):
            ws.column_dimensions[ws.cell(row=1, column=i).column_letter].width = w


# ---------------------------------------------------------------------------
# 1. East Midlands Ambulance Service - EPRR core standards improvement plan (xlsx)
# ---------------------------------------------------------------------------
def make_emas():
    name = "tb-east-midlands-ambulance-service-eprr-core-standards-improvement-plan.xlsx"
    title = "EPRR Core Standards 2024/25 Improvement Plan"
    wb = Workbook()

    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = title
    cover["A1"].font = Font(bold=True, size=16)
    cover["A2"] = "East Midlands Ambulance Service NHS Trust"
    cover["A2"].font = Font(bold=True, size=12)
    cover["A4"] = "Document control"
    cover["A4"].font = Font(bold=True)
    rows = [
        ("Document title", title),
        ("Version", "1.4"),
        ("Author", "Head of Resilience"),
        ("Executive lead", "Executive Director of Operations (Accountable Emergency Officer)"),
        ("Assurance route", "Audit and Assurance Committee"),
        ("Date of last update", "14/03/2025"),
        ("Next review", "April 2025"),
    ]
    for i, (k, v) in enumerate(rows, start=5):
        cover.cell(row=i, column=1, value=k).font = Font(bold=True)
        cover.cell(row=i, column=2, value=v)
        for c in (1, 2):
            cover.cell(row=i, column=c).border = BOX
    cover["A13"] = "Version history"
    cover["A13"].font = Font(bold=True)
    header_row(cover, 14, ["Version", "Date", "Summary of change"])
    hist = [
        ("1.0", "25/10/2024", "Plan agreed following submission of the self-assessment to NHS England Midlands"),
        ("1.3", "06/02/2025", "Progress updates for the February Audit and Assurance Committee"),
        ("1.4", "14/03/2025", "Revised deadlines for CS6.1 and CS14.1 added"),
    ]
    for i, r in enumerate(hist, start=15):
        for j, v in enumerate(r, start=1):
            cover.cell(row=i, column=j, value=v).border = BOX
    cover.column_dimensions["A"].width = 22
    cover.column_dimensions["B"].width = 60
    cover.column_dimensions["C"].width = 70

    summ = wb.create_sheet("Summary")
    summ["A1"] = "Summary of actions by current RAG – March 2025"
    summ["A1"].font = Font(bold=True, size=12)
    header_row(summ, 3, ["Domain", "Actions", "Complete", "On track", "At risk", "Off track", "Not started"],
               [34, 10, 10, 10, 10, 10, 12])
    srows = [
        ("Domain 1 – Governance", 3, 1, 2, 0, 0, 0),
        ("Domain 5 – Training and exercising", 2, 0, 0, 1, 1, 0),
        ("Domain 8 – Cooperation", 1, 0, 1, 0, 0, 0),
        ("Domain 9 – Business continuity", 2, 0, 0, 1, 0, 1),
        ("Total", 8, 1, 3, 2, 1, 1),
    ]
    for i, r in enumerate(srows, start=4):
        for j, v in enumerate(r, start=1):
            c = summ.cell(row=i, column=j, value=v)
            c.border = BOX
            if r[0] == "Total":
                c.font = Font(bold=True)

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("East Midlands Ambulance Service NHS Trust – self-assessed compliance 2024/25: "
                "Substantially compliant")
    ws["A2"].font = Font(italic=True)
    heads = ["Core standard", "Self-assessed compliance", "Action ref", "Improvement action",
             "Action owner", "Original deadline", "Revised deadline", "Previous RAG", "Current RAG",
             "Progress update (March 2025)"]
    header_row(ws, 4, heads, [30, 16, 10, 60, 30, 14, 14, 10, 10, 50])

    D1, D5, D8, D9 = ("Domain 1 – Governance", "Domain 5 – Training and exercising",
                      "Domain 8 – Cooperation", "Domain 9 – Business continuity")
    CS6, CS7, CS14, CS37, CS47 = ("CS6 – EPRR board reports", "CS7 – EPRR work programme",
                                  "CS14 – EPRR training", "CS37 – Local Health Resilience Partnership",
                                  "CS47 – Business continuity plans")
    # (domain band or None, core std, compliance, ref, action, owner cell, orig, revised, prev, cur fill,
    #  progress, expected)
    plan = [
        ("band", D1),
        ("std", CS6, "Partially compliant", [
            ("CS6.1",
             "Produce an annual EPRR report for the public Trust Board covering training and exercising, "
             "incidents and lessons identified, and the outcome of the core standards self-assessment.",
             "Head of Resilience", dt.datetime(2024, 11, 30), dt.datetime(2025, 1, 31), "A", "blue",
             "Presented to the public Trust Board on 28/01/2025. Annual cycle now on the Board forward plan.",
             ["Head of Resilience"], "2025-01", None),
        ]),
        ("std", CS7, "Partially compliant", [
            ("CS7.1",
             "Refresh the EPRR work programme and align it with the risks in the Local Resilience Forum "
             "community risk registers for Derbyshire, Leicestershire, Lincolnshire, Northamptonshire and "
             "Nottinghamshire.",
             "Resilience Manager (Planning)", dt.datetime(2024, 12, 31), None, "G", "green",
             "Draft programme mapped to four of the five LRF registers; Northamptonshire register due for "
             "publication in March.", ["Resilience Manager (Planning)"], "2024-12", None),
            ("CS7.2",
             "Report progress against the work programme quarterly to the Audit and Assurance Committee.",
             "Director of Operations / Head of Resilience", dt.datetime(2025, 3, 31), None, "G", "green",
             "Q3 report received by the Committee on 20/02/2025.",
             ["Director of Operations", "Head of Resilience"], "2025-03", None),
        ]),
        ("band", D5),
        ("std", CS14, "Non-compliant", [
            ("CS14.1",
             "Complete a training needs analysis for all staff on the strategic, tactical and operational "
             "on-call rotas.",
             "Resilience Training Lead", dt.datetime(2024, 10, 31), dt.datetime(2025, 2, 28), "R", "amber",
             "TNA issued to all on-call commanders; 71% returned. Deadline extended to allow for returns "
             "from the Lincolnshire division.", ["Resilience Training Lead"], "2025-02", None),
            ("CS14.2",
             "Record completion of Principles of Health Command training for every on-call commander in "
             "the Trust's learning management system and report compliance monthly.\n"
             "Target: 90% of on-call commanders trained.",
             "Head of Resilience; Workforce Development Manager", dt.datetime(2025, 3, 31), None, "A", "red",
             "Compliance 64% at end of February. Additional course dates requested from the regional "
             "training provider.", ["Head of Resilience", "Workforce Development Manager"], "2025-03", None),
        ]),
        ("band", D8),
        ("std", CS37, "Partially compliant", [
            ("CS37.1",
             "Maintain attendance at every Local Health Resilience Partnership meeting by a director with "
             "delegated authority to commit resources.",
             "Executive Director of Operations (AEO)", "Ongoing", None, "G", "green",
             "Attended all LHRP meetings since October 2024.",
             ["Executive Director of Operations (AEO)"], None, "Ongoing"),
        ]),
        ("band", D9),
        ("std", CS47, "Partially compliant", [
            ("CS47.1",
             "Review and re-test the business continuity plans for the Emergency Operations Centres at "
             "Nottingham and Lincoln, including loss of CAD and telephony.",
             "Business Continuity Manager", dt.datetime(2025, 4, 30), None, "A", "amber",
             "Nottingham EOC tested 12/02/2025; Lincoln test booked for April.",
             ["Business Continuity Manager"], "2025-04", None),
            ("CS47.2",
             "Carry out a business impact analysis for the fleet and make-ready service.",
             "Fleet Manager", dt.datetime(2025, 5, 31), None, None, None,
             "Not yet started – scheduled for Q1 2025/26.", ["Fleet Manager"], "2025-05", None),
        ]),
    ]
    expected = []
    r = 5
    domain = None
    for item in plan:
        if item[0] == "band":
            domain = item[1]
            ws.cell(row=r, column=1, value=domain).font = Font(bold=True)
            for c in range(1, 11):
                ws.cell(row=r, column=c).fill = fill(GREY)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
            r += 1
            continue
        _, std, comp, acts = item
        first = r
        for (ref, text, owner, orig, rev, prev, cur, prog, lead, end, end_text) in acts:
            ws.cell(row=r, column=3, value=ref)
            ws.cell(row=r, column=4, value=text)
            ws.cell(row=r, column=5, value=owner)
            c = ws.cell(row=r, column=6, value=orig)
            if isinstance(orig, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if rev is not None:
                c = ws.cell(row=r, column=7, value=rev)
                c.number_format = "dd/mm/yyyy"
            if prev:
                c = ws.cell(row=r, column=8, value=prev)
                c.fill = fill({"G": GREEN, "A": AMBER, "R": RED}[prev])
                c.alignment = Alignment(horizontal="center", vertical="top")
            if cur:
                ws.cell(row=r, column=9).fill = fill(FILLS[cur])
            ws.cell(row=r, column=10, value=prog)
            for col in range(1, 11):
                ws.cell(row=r, column=col).border = BOX
                if col not in (8,):
                    ws.cell(row=r, column=col).alignment = WRAP
            expected.append(act(ref, [domain, std], text, lead, end, cur or "unrated", end_text))
            r += 1
        ws.cell(row=first, column=1, value=std)
        ws.cell(row=first, column=2, value=comp)
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value=(
        "Notes: the Current RAG column is shown by colour only – see the Key tab. Revised deadlines were "
        "agreed by the Audit and Assurance Committee on 20/02/2025."))
    ws.cell(row=r, column=1).font = Font(italic=True)
    ws.freeze_panes = "A5"

    key = wb.create_sheet("Key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (col, txt) in enumerate([
            (BLUE, "Blue – action complete"),
            (GREEN, "Green – on track to meet the deadline"),
            (AMBER, "Amber – at risk of slippage"),
            (RED, "Red – off track / deadline missed"),
            (None, "No colour – not yet started")], start=2):
        if col:
            key.cell(row=i, column=1).fill = fill(col)
        key.cell(row=i, column=2, value=txt)
    key["A9"] = "Compliance levels (NHS England EPRR framework)"
    key["A9"].font = Font(bold=True)
    key["A10"] = "Fully compliant"
    key["B10"] = "Fully compliant with the core standard."
    key["A11"] = "Partially compliant"
    key["B11"] = "Not compliant with the core standard; the work plan will deliver compliance within the next 12 months."
    key["A12"] = "Non-compliant"
    key["B12"] = "Not compliant and not in the EPRR work plan for the next 12 months."
    key.column_dimensions["A"].width = 20
    key.column_dimensions["B"].width = 80

    wb.save(os.path.join(HERE, name))
    write_expected(name, {
        "source": (
            "Imitates an English ambulance trust's EPRR core standards improvement plan of the kind reported "
            "alongside the annual NHS England EPRR self-assessment (e.g. East of England Ambulance Service "
            "Trust Board paper 'Civil Contingencies Act Compliance – 2023/24 EPRR Core Standards ... Annual "
            "Self-Assessment Outcome', http://eastamb2016.nhs.sitekit.net/about-us/civil-contingencies-act-compliance.htm, "
            "which notes a full action plan managed through a committee). East Midlands Ambulance Service NHS "
            "Trust, 2024/25. Copied features: cover sheet with document control and version history, a "
            "summary sheet of counts, the plan on a third sheet with grey domain band rows merged across, "
            "core standard and compliance rating merged down over their actions, original and revised "
            "deadlines, previous RAG as a letter and current RAG as fill colour only, job titles as owners, "
            "a notes line and a separate Key sheet."),
        "reads": (
            "A workbook whose 'Action Plan' sheet lists eight improvement actions grouped under four EPRR "
            "domains, each answering a core standard (CS6, CS7, CS14, CS37, CS47) rated partially or "
            "non-compliant. Where a revised deadline is given it replaces the original; the current RAG is "
            "the fill colour of the Current RAG column, read with the Key sheet (blue complete, no colour not "
            "started). Cover, Summary and Key sheets contain no actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 2. Runwood Homes - Elm Lodge care home CQC inspection action plan (docx)
# ---------------------------------------------------------------------------
def set_cell(cell, text, bold=False, italic=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.italic = italic
        run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width


def make_elm_lodge():
    name = "tb-runwood-homes-elm-lodge-care-home-cqc-inspection-action-plan.docx"
    title = "Elm Lodge Care Home – CQC Inspection Action Plan"
    doc = Document()
    landscape(doc)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Runwood Homes Ltd")

    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k, v in [
        ("Location", "Elm Lodge, residential and nursing care for up to 64 people"),
        ("Registered Manager", "Karen Whitfield (registered with CQC November 2024)"),
        ("Date of inspection", "9 and 10 October 2024"),
        ("Report published", "19 December 2024"),
        ("Overall rating", "Requires improvement"),
        ("Breaches of regulation", "Regulation 12, Regulation 17 and Regulation 18"),
        ("Plan last reviewed", "3 March 2025"),
    ]:
        row = info.add_row()
        set_cell(row.cells[0], k, bold=True, size=10)
        set_cell(row.cells[1], v, size=10)

    doc.add_paragraph()
    doc.add_paragraph(
        "This plan sets out the actions we are taking in response to the requirement notices in the CQC "
        "inspection report. It is reviewed at the monthly clinical governance meeting and shared with the "
        "local authority quality team.")

    sections = [
        ("1. Safe – Regulation 12: Safe care and treatment",
         "The provider must ensure that risks relating to people's nutrition, hydration and skin integrity "
         "are assessed, recorded and mitigated, and that medicines are managed safely.",
         [
             ("1.1",
              "Review and rewrite every resident's nutrition and skin integrity risk assessment using MUST "
              "and Waterlow, and record the outcome in the electronic care plan.",
              "Deputy Manager / Clinical Lead", "31/01/2025", "Completed",
              "All 58 residents reassessed; checked by the Regional Clinical Lead on 04/02/2025.",
              ["Deputy Manager", "Clinical Lead"], "2025-01", None, "blue"),
             ("1.2",
              "Introduce a daily food and fluid chart check at the 2pm handover, signed off by the nurse in "
              "charge.",
              "Registered Manager", "w/c 13/01/2025", "G",
              "In place on both floors; spot checks show charts totalled daily.",
              ["Registered Manager"], "2025-01", None, "green"),
             ("1.3",
              "Complete a full medicines audit with the supplying pharmacy, including PRN protocols and "
              "covert medication authorisations.\n"
              "Repeat the audit monthly until three consecutive audits score above 95%.",
              "Jo Hartley and Priya Nair", "End of March 2025", "A",
              "January audit 88%, February audit 93%.",
              ["Jo Hartley", "Priya Nair"], "2025-03", None, "amber"),
         ]),
        ("2. Well-led – Regulation 17: Good governance",
         "The provider must ensure that systems to assess, monitor and improve the quality and safety of the "
         "service are effective, and that shortfalls found through audits are acted on.",
         [
             ("2.1",
              "Replace the current audit schedule with the Runwood quality assurance framework and a monthly "
              "clinical governance meeting.",
              "Regional Operations Director", "February 2025", "Completed",
              "First clinical governance meeting held 11/02/2025.",
              ["Regional Operations Director"], "2025-02", None, "blue"),
             ("2.2",
              "Ensure actions from audits are recorded on the home's service improvement plan with a named "
              "owner and date, and reviewed weekly by the Registered Manager.",
              "Registered Manager", "Ongoing", "G",
              "Weekly review in place since January.",
              ["Registered Manager"], None, "Ongoing", "green"),
             ("2.3",
              "Hold resident and relatives' meetings every quarter and publish a 'You said, we did' summary "
              "in reception.",
              "Activities Co-ordinator", "30/04/2025", "Not started",
              "First meeting to be arranged for April.",
              ["Activities Co-ordinator"], "2025-04", None, "unrated"),
         ]),
        ("3. Safe – Regulation 18: Staffing",
         "The provider must ensure that sufficient numbers of suitably qualified, competent and experienced "
         "staff are deployed to meet people's needs, particularly at night on the nursing unit.",
         [
             ("3.1",
              "Re-run the dependency tool for each unit and adjust rotas so that night staffing on the "
              "nursing unit meets assessed need.",
              "Registered Manager; Regional Operations Director", "31/12/2024", "Completed",
              "Additional carer on nights from 16/12/2024.",
              ["Registered Manager", "Regional Operations Director"], "2024-12", None, "blue"),
             ("3.2",
              "Bring mandatory training compliance to 95%, prioritising moving and handling, safeguarding "
              "and dysphagia training.",
              "Home Administrator", "March 2025", "R",
              "Compliance 81%; three dysphagia sessions cancelled by the trainer.",
              ["Home Administrator"], "2025-03", None, "red"),
         ]),
    ]
    expected = []
    for heading, requirement, rows in sections:
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=2, cols=6)
        t.style = "Table Grid"
        merged = t.rows[0].cells[0].merge(t.rows[0].cells[5])
        set_cell(merged, requirement, italic=True, size=10)
        for i, lab in enumerate(["Ref", "Action", "Lead", "By when", "RAG", "Progress"]):
            set_cell(t.rows[1].cells[i], lab, bold=True)
        for (ref, text, lead_cell, when, rag, prog, lead, end, end_text, status) in rows:
            row = t.add_row()
            for i, v in enumerate([ref, text, lead_cell, when, rag, prog]):
                set_cell(row.cells[i], v)
            expected.append(act(ref, [heading, requirement], text, lead, end, status, end_text))
        doc.add_paragraph()

    doc.add_paragraph(
        "RAG key: R – not on track / overdue; A – in progress with some risk to delivery; G – on track; "
        "Completed – action finished and evidenced.")
    sign = doc.add_table(rows=2, cols=3)
    sign.style = "Table Grid"
    for i, lab in enumerate(["Signed", "Role", "Date"]):
        set_cell(sign.rows[0].cells[i], lab, bold=True)
    for i, v in enumerate(["", "Registered Manager", "03/03/2025"]):
        set_cell(sign.rows[1].cells[i], v)
    doc.save(os.path.join(HERE, name))
    write_expected(name, {
        "source": (
            "Imitates the action plan an adult care home provider sends to CQC after a 'Requires improvement' "
            "inspection with requirement notices (breaches of Regulations 12, 17 and 18 of the Health and "
            "Social Care Act 2008 (Regulated Activities) Regulations 2014). Runwood Homes, Elm Lodge care "
            "home, 2024-25; no specific published plan found, layout modelled on provider action plans "
            "published with care home inspection follow-ups. Copied features: title and provider line, a "
            "two-column details table, one Word table per breached regulation headed by a section heading, "
            "the CQC requirement as a merged first row above the actions, RAG letters and 'Completed' "
            "words, several leads in one cell, a RAG key line and a sign-off table."),
        "reads": (
            "A Word action plan for one care home: a details table, then three sections (Regulation 12, 17 "
            "and 18), each a table whose first merged row states what the provider must do, followed by "
            "numbered actions with lead, date, RAG and progress. Eight actions; 'Completed' is blue, "
            "'Not started' unrated, 'Ongoing' has no end month. The details and sign-off tables hold no actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 3. The Sandon School - post-Ofsted action plan (docx)
# ---------------------------------------------------------------------------
def make_sandon():
    name = "tb-sandon-school-post-ofsted-action-plan.docx"
    title = "The Sandon School – Post-Ofsted Action Plan 2024–25"
    doc = Document()
    landscape(doc)
    doc.add_paragraph(title, style="Title")
    info = doc.add_table(rows=0, cols=4)
    info.style = "Table Grid"
    for a, b, c, d in [
        ("Inspection dates", "12 and 13 March 2024", "Overall effectiveness", "Requires improvement"),
        ("Plan approved by governors", "2 July 2024", "Last reviewed", "3 February 2025"),
    ]:
        row = info.add_row()
        set_cell(row.cells[0], a, bold=True, size=10)
        set_cell(row.cells[1], b, size=10)
        set_cell(row.cells[2], c, bold=True, size=10)
        set_cell(row.cells[3], d, size=10)
    doc.add_paragraph()
    doc.add_paragraph(
        "The priorities below are taken from 'What does the school need to do to improve?' in the "
        "inspection report. Progress is reported to the Standards Committee each term.")

    priorities = [
        ("Priority 1: Curriculum at key stage 3",
         "In some subjects, leaders have not identified precisely the important knowledge that pupils should "
         "learn and when. Leaders should ensure that curriculum thinking in these subjects sets out clearly "
         "what pupils need to know and remember.",
         [
             ("Subject leaders in geography, computing and languages to rewrite key stage 3 curriculum plans, "
              "identifying the component knowledge to be taught in each unit.",
              "DHT (Curriculum) and Heads of Department", "Autumn term 2024",
              "Revised plans in place for all three subjects from January 2025.",
              "Plans completed and shared with staff.", "Achieved",
              ["DHT (Curriculum)", "Heads of Department"], "2024-12", None, "blue"),
             ("Quality assure revised plans through department reviews and pupil voice, reporting findings to "
              "the Standards Committee.",
              "DHT (Curriculum)", "Termly",
              "Pupils can recall key knowledge from previous units.",
              "Geography review completed in January; computing scheduled.", "On track",
              ["DHT (Curriculum)"], None, "Termly", "green"),
         ]),
        ("Priority 2: Adaptive teaching for pupils with SEND",
         "Teachers do not consistently adapt their teaching to meet the needs of pupils with special "
         "educational needs and/or disabilities (SEND). Leaders should ensure that teachers use the "
         "information they have about pupils with SEND to adapt learning effectively.",
         [
             ("Rewrite pupil passports with one-page strategies for each pupil on the SEND register and share "
              "them through the MIS.",
              "SENDCo", "October 2024",
              "Every teacher can access current strategies for pupils with SEND in their classes.",
              "All passports rewritten and live on the MIS.", "Achieved",
              ["SENDCo"], "2024-10", None, "blue"),
             ("Deliver a CPD programme on adaptive teaching in every Tuesday twilight session, followed by "
              "learning walks focused on pupils with SEND.",
              "Assistant Headteacher (Teaching and Learning) / SENDCo", "Sept 2024 – July 2025",
              "Learning walks show adaptation in most lessons seen.",
              "Six sessions delivered; learning walks in progress.", "On track",
              ["Assistant Headteacher (Teaching and Learning)", "SENDCo"], "2025-07", None, "green"),
         ]),
        ("Priority 3: Attendance",
         "Too many pupils, including disadvantaged pupils, are persistently absent. Leaders should continue "
         "to take action to improve the attendance of these pupils.",
         [
             ("Appoint a full-time attendance officer and introduce first-day calling and home visits from day "
              "three of absence.",
              "Assistant Headteacher (Behaviour and Attendance)", "September 2024",
              "Attendance officer in post; first-day calling in place.",
              "Attendance officer started 2 September 2024.", "Achieved",
              ["Assistant Headteacher (Behaviour and Attendance)"], "2024-09", None, "blue"),
             ("Meet fortnightly with the local authority attendance support team to review pupils whose "
              "attendance is below 90%.",
              "Assistant Headteacher (Behaviour and Attendance); Attendance Officer", "Summer term 2025",
              "Persistent absence below 15% overall and below 25% for disadvantaged pupils.",
              "Persistent absence 18.2% (disadvantaged 29.4%) at end of autumn term.", "Amber",
              ["Assistant Headteacher (Behaviour and Attendance)", "Attendance Officer"], "2025-07", None,
              "amber"),
             ("Governors to receive an attendance report at every Full Governing Body meeting.",
              "Headteacher / Chair of Governors", "Termly",
              "Minutes show governors challenging attendance data.",
              "Reports received in October and December.", "On track",
              ["Headteacher", "Chair of Governors"], None, "Termly", "green"),
         ]),
    ]
    expected = []
    for heading, afi, rows in priorities:
        doc.add_heading(heading, level=2)
        p = doc.add_paragraph()
        r = p.add_run(afi)
        r.italic = True
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for i, lab in enumerate(["Action", "Lead", "Timescale", "Success criteria", "Progress update", "RAG"]):
            set_cell(t.rows[0].cells[i], lab, bold=True)
        for (text, lead_cell, when, success, prog, rag, lead, end, end_text, status) in rows:
            row = t.add_row()
            for i, v in enumerate([text, lead_cell, when, success, prog, rag]):
                set_cell(row.cells[i], v)
            expected.append(act(None, [heading, afi], text, lead, end, status, end_text))
        doc.add_paragraph()

    doc.add_heading("RAG key", level=3)
    key = doc.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    for i, (a, b) in enumerate([("Achieved", "Action complete and impact evident"),
                                ("On track", "Progressing as planned"),
                                ("Amber", "Some slippage or impact not yet secure"),
                                ("Red", "Not started or significantly behind")]):
        set_cell(key.rows[i].cells[0], a, bold=True)
        set_cell(key.rows[i].cells[1], b)
    doc.save(os.path.join(HERE, name))
    write_expected(name, {
        "source": (
            "Imitates a secondary school's post-Ofsted action plan built from 'What does the school need to do "
            "to improve?' (format of plans discussed in The Key's 'Post-inspection action plan: guidance and "
            "template', https://schoolleaders.thekeysupport.com/school-evaluation-and-improvement/plans-and-strategies-for-school-improvement/school-improvement-plans/post-ofsted-action-plan/). "
            "The Sandon School, Chelmsford, 2024-25; no published plan for this school was found. Copied "
            "features: title paragraph, a four-column inspection details table, one section per priority "
            "with a heading, the inspector's improvement point in italics above a table of unnumbered "
            "actions with lead, timescale, success criteria, progress and RAG word, school terms and 'Termly' "
            "as timescales, and a RAG key table."),
        "reads": (
            "A Word plan with three priorities, each a heading, the Ofsted improvement point and a table of "
            "actions (seven in all, none numbered). Timescales are months, terms (Autumn term 2024 ends in "
            "December, Summer term 2025 in July), a period ending July 2025, or 'Termly' (no end month). "
            "RAG words: Achieved is blue, On track green, Amber amber."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 4. Gambling Commission - strategic risk register 2025-26 (xlsx)
# ---------------------------------------------------------------------------
def make_gambling():
    name = "tb-gambling-commission-strategic-risk-register-2025-26.xlsx"
    title = "Gambling Commission – Strategic Risk Register 2025-26"
    wb = Workbook()
    ws = wb.active
    ws.title = "Strategic risk register"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position at 30 September 2025 – presented to the Audit and Risk Committee, 21 October 2025"
    ws["A2"].font = Font(italic=True)
    heads = ["Strategic risk", "Risk description (cause – event – effect)", "Risk owner",
             "Inherent score (L x I)", "Key controls", "Residual score", "Target score", "Trend",
             "Action ref", "Further mitigating action", "Action owner", "Due date", "RAG"]
    header_row(ws, 4, heads, [28, 44, 22, 10, 40, 10, 10, 8, 8, 56, 28, 12, 6])

    def heat(score):
        return RED if score >= 15 else AMBER if score >= 8 else GREEN

    SR1 = "SR1: National Lottery licence transition"
    SR2 = "SR2: Cyber security and information assurance"
    SR3 = "SR3: Funding and the statutory levy"
    SR4 = "SR4: Workforce capacity and capability"
    risks = [
        (SR1,
         "If assurance over the Fourth Licence is not sustained after transition, then returns to good "
         "causes or player protection could be affected, leading to loss of public confidence.",
         "Executive Director, National Lottery", 20,
         "Licence performance framework; monthly licensee performance reviews; independent assurance "
         "reviews.", 12, 8, "↓",
         [("1a", "Complete the post-transition assurance review of the Fourth Licence, including returns to "
                 "good causes and player protection controls.",
           "Director of National Lottery Regulation", "Q3 2025/26", "G",
           ["Director of National Lottery Regulation"], "2025-12", None, "green"),
          ("1b", "Agree a revised data-sharing schedule with the licensee covering weekly sales, prize "
                 "liability and IT incidents.",
           "Head of Lottery Compliance", dt.datetime(2025, 7, 31), "B",
           ["Head of Lottery Compliance"], "2025-07", None, "blue")]),
        (SR2,
         "If a cyber attack or data breach compromises Commission systems, then licensing and enforcement "
         "activity could be disrupted and personal data lost, leading to regulatory and reputational harm.",
         "Chief Operating Officer", 20,
         "Managed security operations centre; phishing simulations; Cyber Essentials Plus; incident "
         "response plan.", 16, 9, "→",
         [("2a", "Migrate the licensing and compliance case management system to the new cloud platform and "
                 "decommission the legacy servers.",
           "Director of Digital and Technology", dt.datetime(2026, 3, 1), "A",
           ["Director of Digital and Technology"], "2026-03", None, "amber"),
          ("2b", "Run a cyber incident exercise with the Executive Team and DCMS, and update the incident "
                 "response plan with lessons learned.",
           "Head of Information Security; Head of Governance", dt.datetime(2025, 11, 1), "G",
           ["Head of Information Security", "Head of Governance"], "2025-11", None, "green"),
          ("2c", "Achieve Cyber Essentials Plus recertification.",
           "Head of Information Security", dt.datetime(2025, 8, 1), "B",
           ["Head of Information Security"], "2025-08", None, "blue")]),
        (SR3,
         "If levy income is not collected as forecast in the first full year of the statutory levy, then the "
         "Commission may be unable to fund planned research, prevention and treatment commitments.",
         "Director of Finance and Corporate Services", 16,
         "Levy regulations; operator returns validation; monthly income monitoring with DCMS.", 12, 6, "→",
         [("3a", "Implement the levy collection process for the first full year of the statutory levy on "
                 "gambling operators, including reconciliation with operator returns.",
           "Director of Finance", "Q4 2025/26", "A",
           ["Director of Finance"], "2026-03", None, "amber"),
          ("3b", "Agree the 2026-27 fee and levy budget with DCMS and HM Treasury.",
           "Chief Executive / Director of Finance", dt.datetime(2026, 1, 1), "G",
           ["Chief Executive", "Director of Finance"], "2026-01", None, "green")]),
        (SR4,
         "If the Commission cannot recruit and retain staff with specialist skills, then compliance and "
         "enforcement casework will be delayed, weakening the deterrent effect of regulation.",
         "Director of People", 16,
         "Strategic workforce plan; pay remit; exit interview analysis.", 12, 8, "↑",
         [("4a", "Deliver the compliance and enforcement recruitment campaign to fill 20 investigator "
                 "vacancies.",
           "Director of People", dt.datetime(2025, 12, 1), "R",
           ["Director of People"], "2025-12", None, "red"),
          ("4b", "Launch the leadership development programme for all Grade 7 and Grade 6 managers.\n"
                 "First cohort to complete by March 2026.",
           "Head of Organisational Development", "Ongoing", "G",
           ["Head of Organisational Development"], None, "Ongoing", "green")]),
    ]
    expected = []
    r = 5
    for (risk, desc, owner, inh, controls, res, tgt, trend, acts) in risks:
        first = r
        for (ref, text, aowner, due, rag, lead, end, end_text, status) in acts:
            ws.cell(row=r, column=9, value=ref)
            ws.cell(row=r, column=10, value=text)
            ws.cell(row=r, column=11, value=aowner)
            c = ws.cell(row=r, column=12, value=due)
            if isinstance(due, dt.datetime):
                c.number_format = "dd/mm/yyyy" if due.day != 1 else "mmm-yy"
            c = ws.cell(row=r, column=13, value=rag)
            c.fill = fill({"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}[rag])
            for col in range(1, 14):
                ws.cell(row=r, column=col).border = BOX
                ws.cell(row=r, column=col).alignment = WRAP
            expected.append(act(ref, [risk], text, lead, end, status, end_text))
            r += 1
        vals = {1: risk, 2: desc, 3: owner, 4: inh, 5: controls, 6: res, 7: tgt, 8: trend}
        for col, v in vals.items():
            ws.cell(row=first, column=col, value=v)
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
        ws.cell(row=first, column=1).font = Font(bold=True)
        ws.cell(row=first, column=4).fill = fill(heat(inh))
        ws.cell(row=first, column=6).fill = fill(heat(res))
        ws.cell(row=first, column=7).fill = fill(heat(tgt))
    r += 1
    ws.cell(row=r, column=1, value="Trend: ↑ increasing  → stable  ↓ reducing. Scores are likelihood x impact "
                                   "on a 5 x 5 matrix – see the Scoring guidance tab.").font = Font(italic=True)
    ws.freeze_panes = "A5"

    s = wb.create_sheet("Summary")
    s["A1"] = "Strategic risks – residual scores, Q2 2025-26"
    s["A1"].font = Font(bold=True, size=12)
    header_row(s, 3, ["Risk", "Q1 score", "Q2 score", "Target", "Open actions"], [48, 10, 10, 10, 12])
    for i, row in enumerate([(SR1, 15, 12, 8, 1), (SR2, 16, 16, 9, 2), (SR3, 12, 12, 6, 2),
                             (SR4, 9, 12, 8, 2)], start=4):
        for j, v in enumerate(row, start=1):
            c = s.cell(row=i, column=j, value=v)
            c.border = BOX
            if j in (2, 3, 4):
                c.fill = fill(heat(v))

    g = wb.create_sheet("Scoring guidance")
    g["A1"] = "Scoring guidance"
    g["A1"].font = Font(bold=True)
    for i, (a, b) in enumerate([
            ("Score 15–25", "High – Executive Team review monthly"),
            ("Score 8–14", "Medium – risk owner review monthly"),
            ("Score 1–7", "Low – tolerate and monitor"),
            ("", ""),
            ("Action RAG", ""),
            ("B", "Action complete"),
            ("G", "On track"),
            ("A", "Some slippage – recoverable"),
            ("R", "Off track – escalate to risk owner")], start=3):
        g.cell(row=i, column=1, value=a)
        g.cell(row=i, column=2, value=b)
    g.column_dimensions["A"].width = 14
    g.column_dimensions["B"].width = 50
    wb.save(os.path.join(HERE, name))
    write_expected(name, {
        "source": (
            "Imitates a national regulator's strategic risk register as received quarterly by its Audit and "
            "Risk Committee (Gambling Commission annual report 2023 to 2024, risk and internal control "
            "framework: 'The Commission operates a Risk Management Policy and a Strategic Risk Register', "
            "https://www.gamblingcommission.gov.uk/report/annual-report-and-accounts-2023-to-2024/annual-report-23-to-24-accountability-report-cgf-risk-and-internal-control). "
            "Gambling Commission, 2025-26. Copied features: title and position line, risk columns (cause-"
            "event-effect description, owner, inherent/residual/target scores with heat-map fills, trend "
            "arrows) merged down over each risk's further mitigating actions, lettered action refs, due dates "
            "as quarters, mmm-yy months and full dates, RAG letters with fills including B for complete, a "
            "notes line, and Summary and Scoring guidance sheets."),
        "reads": (
            "The first sheet is the register: four strategic risks SR1–SR4, each with two or three further "
            "mitigating actions (nine in all) with owner, due date and RAG letter (B complete, G, A, R as the "
            "Scoring guidance sheet says). The score cells are coloured by heat map and are not action "
            "statuses; Summary and Scoring guidance sheets hold no actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 5. Weston College Group - quality improvement plan 2025-26 (xlsx)
# ---------------------------------------------------------------------------
def make_weston():
    name = "tb-weston-college-quality-improvement-plan-2025-26.xlsx"
    title = "Weston College Group – Quality Improvement Plan 2025-26"
    wb = Workbook()
    ov = wb.active
    ov.title = "Overview"
    ov["A1"] = title
    ov["A1"].font = Font(bold=True, size=14)
    ov["A3"] = ("This plan addresses the areas for improvement identified in the 2024-25 self-assessment "
                "report. It is reviewed by the Quality and Standards Committee in December and March.")
    ov["A5"] = "RAG key"
    ov["A5"].font = Font(bold=True)
    for i, (lab, col, txt) in enumerate([("B", BLUE, "Complete"), ("G", GREEN, "On track"),
                                         ("A", AMBER, "Some slippage"), ("R", RED, "Off track")], start=6):
        c = ov.cell(row=i, column=1, value=lab)
        c.fill = fill(col)
        ov.cell(row=i, column=2, value=txt)
    ov["A11"] = "Summary at March review"
    ov["A11"].font = Font(bold=True)
    header_row(ov, 12, ["Area", "Actions", "B", "G", "A", "R", "Not yet rated"], [40, 10, 6, 6, 6, 6, 14])
    for i, row in enumerate([("1. Curriculum and teaching", 3, 1, 1, 1, 0, 0),
                             ("2. Achievement", 3, 1, 1, 0, 1, 0),
                             ("3. Leadership and governance", 2, 1, 0, 0, 0, 1),
                             ("Total", 8, 3, 2, 1, 1, 1)], start=13):
        for j, v in enumerate(row, start=1):
            ov.cell(row=i, column=j, value=v).border = BOX

    T1, T2, T3 = "1. Curriculum and teaching", "2. Achievement", "3. Leadership and governance"
    themes = [
        ("1 Curriculum & teaching", T1, [
            ("Teachers in construction and engineering do not routinely check learners' understanding before "
             "moving on to new topics.", [
                ("1.1", "Deliver a targeted CPD programme on questioning and retrieval practice for all "
                        "construction and engineering teaching staff.",
                 "Head of Teaching and Learning", "Autumn term 2025",
                 "Walkthroughs show effective checking of understanding in 80% of sessions.", "G", "B",
                 ["Head of Teaching and Learning"], "2025-12", None, "blue"),
                ("1.2", "Carry out fortnightly developmental walkthroughs in construction and engineering, with "
                        "follow-up coaching for teachers identified as needing support.",
                 "Head of Construction and Engineering / Teaching and Learning Coach", "Sept 2025 – June 2026",
                 "All teachers identified have completed a coaching cycle.", "A", "G",
                 ["Head of Construction and Engineering", "Teaching and Learning Coach"], "2026-06", None,
                 "green"),
            ]),
            ("The quality of feedback on apprentices' written work varies too much between assessors.", [
                ("1.3", "Introduce a standard feedback framework for apprenticeship assessors and moderate a "
                        "sample of feedback every month.",
                 "Apprenticeships Quality Manager", "Jan 2026",
                 "Moderation shows consistent, developmental feedback across all standards.", "A", "A",
                 ["Apprenticeships Quality Manager"], "2026-01", None, "amber"),
            ]),
        ]),
        ("2 Achievement", T2, [
            ("Achievement rates for adult learners on level 2 English and maths qualifications are below the "
             "national rate.", [
                ("2.1", "Introduce initial and diagnostic assessment in the first two weeks for all adult "
                        "English and maths learners and use the results to set individual targets.",
                 "Head of English and Maths", "October 2025",
                 "100% of adult learners have individual targets by week 3.", "B", "B",
                 ["Head of English and Maths"], "2025-10", None, "blue"),
                ("2.2", "Track attendance and progress of adult English and maths learners weekly, with "
                        "learners at risk referred to the progress coach team.",
                 "Head of English and Maths; Progress Coach Manager", "Termly",
                 "In-year retention of adult learners at or above 90%.", "G", "R",
                 ["Head of English and Maths", "Progress Coach Manager"], None, "Termly", "red"),
            ]),
            ("Too few learners on study programmes take part in meaningful work experience.", [
                ("2.3", "Appoint two additional industry placement co-ordinators and set a target of 85% of "
                        "level 3 learners completing a placement by the end of the year.",
                 "Director of Employer Partnerships", "Summer term 2026",
                 "85% of level 3 learners complete a placement.", "A", "G",
                 ["Director of Employer Partnerships"], "2026-07", None, "green"),
            ]),
        ]),
        ("3 Leadership & governance", T3, [
            ("Governors do not receive sufficiently detailed information about the quality of subcontracted "
             "provision.", [
                ("3.1", "Add a subcontracting quality dashboard to the termly Quality and Standards Committee "
                        "report.",
                 "Director of Quality", "December 2025",
                 "Committee minutes show scrutiny of subcontractor performance.", "B", "B",
                 ["Director of Quality"], "2025-12", None, "blue"),
                ("3.2", "Arrange for the link governor for quality to attend a quality review visit with two "
                        "subcontractors each year.",
                 "Clerk to the Corporation", "June 2026",
                 "Link governor report to the Board.", None, None,
                 ["Clerk to the Corporation"], "2026-06", None, "unrated"),
            ]),
        ]),
    ]
    rag_fill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    expected = []
    for sheet_name, theme, afis in themes:
        ws = wb.create_sheet(sheet_name)
        ws["A1"] = title
        ws["A1"].font = Font(bold=True, size=12)
        ws["A2"] = theme
        ws["A2"].font = Font(bold=True, size=12, color="FF1F4E79")
        header_row(ws, 4, ["Area for improvement (SAR 2024-25)", "Ref", "Actions", "Responsible", "Timescale",
                           "Impact measure", "Review 1 (Dec 25)", "Review 2 (Mar 26)"],
                   [40, 6, 55, 30, 16, 40, 10, 10])
        r = 5
        for afi, acts in afis:
            first = r
            for (ref, text, resp, when, imp, rev1, rev2, lead, end, end_text, status) in acts:
                for col, v in enumerate([None, ref, text, resp, when, imp], start=1):
                    if v is not None:
                        ws.cell(row=r, column=col, value=v)
                for col, v in ((7, rev1), (8, rev2)):
                    if v:
                        c = ws.cell(row=r, column=col, value=v)
                        c.fill = fill(rag_fill[v])
                        c.alignment = Alignment(horizontal="center", vertical="top")
                for col in range(1, 9):
                    ws.cell(row=r, column=col).border = BOX
                    if col < 7:
                        ws.cell(row=r, column=col).alignment = WRAP
                expected.append(act(ref, [theme, afi], text, lead, end, status, end_text))
                r += 1
            ws.cell(row=first, column=1, value=afi)
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
        ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, name))
    write_expected(name, {
        "source": (
            "Imitates an English FE college's annual quality improvement plan drawn from its self-assessment "
            "report (SAR), of the kind described in FE News 'Improvement planning: get it write' "
            "(https://www.fenews.co.uk/exclusive/improvement-planning-get-it-write/). Weston College Group, "
            "2025-26, themed on the renewed Ofsted FE and skills evaluation areas. Copied features: an "
            "Overview sheet with RAG key and summary counts, one sheet per theme with the theme as a heading "
            "row, the SAR area for improvement merged down beside its actions, impact measures, terms and "
            "'Termly' as timescales, and two review RAG columns (December and March) as letters with fills."),
        "reads": (
            "Three theme sheets after an Overview: each area for improvement is merged beside one or two "
            "numbered actions (eight in all) with responsible post, timescale and two review RAGs. The "
            "current status is the later review (March 2026); 3.2 has no rating yet. Autumn term 2025 ends "
            "December, Summer term 2026 July, 'Sept 2025 – June 2026' June, 'Termly' no end month."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 6. Warwickshire Police - NCPI child protection action plan (csv, refuse)
# ---------------------------------------------------------------------------
def make_warwickshire():
    name = "tb-warwickshire-police-ncpi-child-protection-action-plan-typo-month-refuse.csv"
    title = "Warwickshire Police – HMICFRS National Child Protection Inspection – Action Plan"
    ncol = 8
    rows = [
        [title] + [""] * (ncol - 1),
        ["Report published July 2024 | Plan owner: ACC Local Policing | Governance: Public Protection Board | "
         "Last updated 12/05/2025"] + [""] * (ncol - 1),
        [""] * ncol,
        ["Ref", "Recommendation", "Action", "Action owner", "Target date", "Status", "Progress update",
         "Evidence"],
        ["R1", "Within six months, Warwickshire Police should make sure that officers and staff record the "
               "voice of the child and consider their needs when attending incidents involving children.",
         "", "", "", "", "", ""],
        ["1.1", "", "Add a mandatory 'voice of the child' field to the child public protection notice (PPN) "
                    "and the domestic abuse risk assessment.",
         "Det Supt Public Protection", "31/10/2024", "Complete", "Field live on Athena from 21/10/2024.",
         "Athena change note"],
        ["1.2", "", "Deliver child-centred policing training to all response and neighbourhood officers.",
         "Head of Learning and Development", "Mar-2025", "Complete", "94% of officers trained.",
         "Training records"],
        ["R2", "Within six months, Warwickshire Police should improve the quality and timeliness of strategy "
               "discussions with children's social care.", "", "", "", "", "", ""],
        ["2.1", "", "Agree a joint protocol with Warwickshire County Council children's services setting "
                    "timescales for strategy discussions.",
         "DCI Safeguarding Hub; Head of MASH", "Sept 2025", "On track",
         "Draft protocol with the partnership for comment.", ""],
        ["2.2", "", "Audit 30 strategy discussions each quarter and report findings to the Warwickshire "
                    "Safeguarding Children Partnership.",
         "Force Public Protection Audit Lead", "Decmber 2025", "On track",
         "First audit completed April 2025.", "Audit report Q1"],
        ["R3", "Warwickshire Police should make sure that officers use police protection powers only when "
               "necessary and record their rationale.", "", "", "", "", "", ""],
        ["3.1", "", "Issue revised guidance on police protection powers and add a supervisory review field to "
                    "the police protection record.",
         "Det Supt Public Protection", "30/06/2025", "On track", "Guidance drafted.", ""],
        ["3.2", "", "Dip-sample police protection records monthly and feed learning back through the "
                    "Vulnerability Bulletin.",
         "Designated Police Protection Officer", "Ongoing", "On track", "", ""],
        ["R4", "Warwickshire Police should make sure that information from return home interviews with "
               "missing children is used to reduce the risk of them going missing again.", "", "", "", "", "",
         ""],
        ["4.1", "", "Agree an information-sharing process with the local authority missing children team so "
                    "that return home interview outcomes are recorded on Athena within 72 hours.",
         "Missing Persons Coordinator", "31/08/2025", "Not started", "", ""],
        [""] * ncol,
        ["Status key: Complete / On track / At risk / Not started"] + [""] * (ncol - 1),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for row in rows:
        w.writerow(row)
    text = buf.getvalue()
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as fh:
        fh.write(text)
    lines = text.split("\r\n")
    bad = [i for i, ln in enumerate(lines, start=1) if "Decmber 2025" in ln]
    assert len(bad) == 1
    write_expected(name, {
        "source": (
            "Imitates a police force's action plan for an HMICFRS National Child Protection Inspection, "
            "exported from Excel to CSV. Warwickshire Police, 2024-25 (an HMICFRS crime data integrity "
            "report on the force, https://pdfslide.us/documents/crime-data-integrity-justice-inspectorates-with-crime-data-integrity-and-ensure.html, "
            "shows HMICFRS recommendations phrased 'Within six months, ... should'). Copied features: title "
            "and information lines above the header, recommendation rows R1–R4 with the recommendation text "
            "and blank action cells, numbered action rows beneath with blank recommendation cells, owners as "
            "ranks/posts, mixed date styles and a status key line."),
        "reads": (
            "Four HMICFRS recommendations with seven numbered actions beneath them. Action 2.2's target date "
            "is 'Decmber 2025', a mistyped month, so a careful reader stops and asks what was meant before "
            "reading the plan in."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": bad[0],
        "title": title,
    })


# ---------------------------------------------------------------------------
# 7. Together Housing Group - RSH consumer standards improvement plan (tab-separated txt)
# ---------------------------------------------------------------------------
def make_together():
    name = "tb-together-housing-rsh-consumer-standards-improvement-plan.txt"
    title = "Together Housing Group – Consumer Standards Improvement Plan"
    S1 = "1. Safety and Quality Standard"
    S2 = "2. Transparency, Influence and Accountability Standard"
    S3 = "3. Neighbourhood and Community Standard"
    F1 = ("Stock condition data was more than five years old for around 38% of homes, so the landlord could "
          "not be assured its homes met the Decent Homes Standard.")
    F2 = "Remedial actions from fire risk assessments were not always completed within target timescales."
    F3 = "Tenants could not easily see how their views and complaints had influenced decisions about services."
    F4 = "Anti-social behaviour cases were not consistently risk assessed at the point of report."
    # (kind, ...) kinds: 'sec' heading, 'act' row
    plan = [
        ("sec", S1),
        ("act", "1.1", F1, "Commission stock condition surveys for all homes not surveyed since April 2020, "
                           "prioritising homes with vulnerable tenants.",
         "Director of Asset Management", "31/03/2025", "30/09/2025", "Complete",
         "98.7% of homes now surveyed within five years; remaining 212 homes are no-access cases.",
         ["Director of Asset Management"], "2025-09", None, "blue"),
        ("act", "1.2", "", "Load survey results into the asset management system and report decency compliance "
                           "to the Board quarterly.",
         "Head of Asset Intelligence", "30/06/2025", "", "G", "Q2 decency report to Board November 2025.",
         ["Head of Asset Intelligence"], "2025-06", None, "green"),
        ("act", "1.3", F2, "Clear the backlog of 412 overdue high-risk FRA actions.",
         "Head of Building Safety", "31/05/2025", "31/08/2025", "A",
         "37 high-risk actions remain open, all with contractor appointments booked.",
         ["Head of Building Safety"], "2025-08", None, "amber"),
        ("act", "1.4", "", "Introduce weekly monitoring of FRA actions by the Building Safety Group, with "
                           "escalation of any high-risk action open beyond 28 days.",
         "Head of Building Safety", "Ongoing", "", "G", "Weekly reporting in place since June 2025.",
         ["Head of Building Safety"], None, "Ongoing", "green"),
        ("sec", S2),
        ("act", "2.1", F3, "Publish a quarterly 'You said, we did' report on the website and in the tenant "
                           "newsletter.",
         "Head of Customer Voice", "Q2 2025/26", "", "Complete", "First report published September 2025.",
         ["Head of Customer Voice"], "2025-09", None, "blue"),
        ("act", "2.2", "", "Set up a Tenant Scrutiny Panel with terms of reference agreed by the Customer "
                           "Services Committee.",
         "Head of Customer Voice / Company Secretary", "31/07/2025", "31/10/2025", "R",
         "Recruitment of panel members paused; only four applications received.",
         ["Head of Customer Voice", "Company Secretary"], "2025-10", None, "red"),
        ("sec", S3),
        ("act", "3.1", F4, "Roll out the ASB risk assessment matrix to all neighbourhood officers and audit a "
                           "monthly sample of 20 cases.",
         "Head of Neighbourhoods", "30/04/2025", "", "Complete", "Audit compliance 96% in October.",
         ["Head of Neighbourhoods"], "2025-04", None, "blue"),
        ("act", "3.2", "", "Agree a joint information-sharing protocol with West Yorkshire Police and "
                           "Lancashire Constabulary.",
         "Head of Neighbourhoods", "Mar-26", "", "", "Not yet started; awaiting police data protection "
                                                       "sign-off.",
         ["Head of Neighbourhoods"], "2026-03", None, "unrated"),
    ]
    cols = ["Ref", "Regulatory finding", "Action", "Owner", "Original target", "Revised target", "RAG",
            "Progress comment"]
    lines = [
        title,
        "Regulator of Social Housing inspection – regulatory judgement C2 (published January 2025)",
        "Board update – version 6 – 18 November 2025",
        "",
        "\t".join(cols),
    ]
    expected = []
    section = None
    for item in plan:
        if item[0] == "sec":
            section = item[1]
            lines.append(section)
            continue
        (_, ref, finding, text, owner, orig, rev, rag, comment, lead, end, end_text, status) = item
        lines.append("\t".join([ref, finding, text, owner, orig, rev, rag, comment]))
        cur_finding = finding or cur_finding  # noqa: F821 (set on first action of each group)
        expected.append(act(ref, [section, cur_finding], text, lead, end, status, end_text))
    lines += [
        "",
        "Summary\tActions\tComplete\tG\tA\tR\tNot started",
        "\t8\t3\t2\t1\t1\t1",
        "",
        "Notes: where a revised target is shown it was agreed by the Customer Services Committee. RAG: Complete; "
        "G on track; A at risk; R off track.",
    ]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as fh:
        fh.write("\n".join(lines) + "\n")
    write_expected(name, {
        "source": (
            "Imitates a housing association's improvement plan after a Regulator of Social Housing consumer "
            "standards inspection graded C2 (cf. Bolsover DC housing board report on progress after its C2 "
            "grading, https://committees.bolsover.gov.uk/mgAi.aspx?ID=14008, and Medway's continuous "
            "improvement plan, https://democracy.medway.gov.uk/ieIssueDetails.aspx?IId=40089&Opt=3), exported "
            "as tab-separated text. Together Housing Group, 2025. Copied features: three title lines, header "
            "row, one line per consumer standard as a section, the regulator's finding given on the first "
            "action of its group and left blank on the following action (as merged cells export), original "
            "and revised targets, RAG words/letters, a summary block and a notes line."),
        "reads": (
            "A tab-separated plan of eight numbered actions under three consumer standards; each finding "
            "applies to its action and the blank-finding action after it. The revised target, where given, is "
            "the end; 'Ongoing' has no end month; 3.2 has no RAG yet. The summary block and notes are not "
            "actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


if __name__ == "__main__":
    make_emas()
    make_elm_lodge()
    make_sandon()
    make_gambling()
    make_weston()
    make_warwickshire()
    make_together()
    print("built seven tb- cases in", HERE)
