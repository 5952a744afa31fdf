#!/usr/bin/env python3
"""Build the seven vs- blind cases (data files + NAME.expected.yaml) for set heldout534.

Run with /work/main/.venv/bin/python (openpyxl, python-docx, pyyaml).
Only writes files whose names start with "vs-" in this folder.
"""
import csv
import datetime as dt
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

BLUE = "0070C0"
GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
GREY = "D9D9D9"
HEAD = "1F3864"


def out(name):
    assert name.startswith("vs-")
    return os.path.join(HERE, name)


def write_yaml(name, doc):
    with open(out(name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, allow_unicode=True, sort_keys=False, width=100000)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


# ---------------------------------------------------------------- docx helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9, fill=None, color=None):
    """Write text into a cell; inner '\n' become separate paragraphs."""
    parts = text.split("\n")
    cell.paragraphs[0].text = ""
    for i, part in enumerate(parts):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        r = p.add_run(part)
        r.bold = bold
        r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if fill:
        shade(cell, fill)


def table(doc, rows, header_fill="1F3864", widths=None):
    t = doc.add_table(rows=0, cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        cells = t.add_row().cells
        for j, val in enumerate(row):
            if i == 0 and header_fill:
                set_cell(cells[j], val, bold=True, fill=header_fill, color="FFFFFF")
            else:
                set_cell(cells[j], val)
    return t


# ====================================================================== 1
# Bishop Hedley Catholic High School (Merthyr Tydfil) - Estyn PIAP (docx)
def bishop_hedley():
    name = "vs-bishop-hedley-catholic-high-school-estyn-post-inspection-action-plan.docx"
    title = "Bishop Hedley Catholic High School – Post-Inspection Action Plan"
    doc = Document()
    doc.add_heading(title, level=0)
    doc.add_paragraph(
        "Following the Estyn core inspection of 4–7 March 2024. This plan has been prepared by the "
        "governing body working with Merthyr Tydfil County Borough Council and the Central South "
        "Consortium, and is reviewed at each meeting of the Standards Committee."
    )
    doc.add_heading("Document control", level=2)
    table(doc, [
        ["Item", "Detail"],
        ["School", "Bishop Hedley Catholic High School, Merthyr Tydfil"],
        ["Local authority", "Merthyr Tydfil County Borough Council"],
        ["Date of inspection", "4–7 March 2024"],
        ["Estyn follow-up", "Significant improvement"],
        ["PIAP approved by governing body", "22 April 2024"],
        ["Version", "v3 – progress at 1 July 2025"],
    ])
    doc.add_heading("Progress key", level=2)
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for letter, fill, meaning in [
        ("B", BLUE, "Action completed and impact evident"),
        ("G", GREEN, "On track"),
        ("A", AMBER, "Some slippage – action being taken"),
        ("R", RED, "Not on track – significant concern"),
    ]:
        c = key.add_row().cells
        set_cell(c[0], letter, bold=True, fill=fill)
        set_cell(c[1], meaning)

    hdr = ["Ref", "Actions", "Lead(s)", "Timescale", "Monitoring / success criteria", "RAG"]
    fills = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    status_of = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    recs = [
        ("R1: Improve the quality of teaching and assessment to ensure that pupils make consistently strong progress", [
            ("1.1", "Introduce a whole-school teaching and learning framework, ‘The Hedley Lesson’, setting out shared expectations for planning, questioning and feedback.",
             "Deputy Headteacher (Teaching and Learning)", "Autumn term 2024", "Framework launched at INSET; learning walks show most lessons follow agreed expectations.", "B",
             ["Deputy Headteacher (Teaching and Learning)"], "2024-12", None),
            ("1.2", "Deliver a programme of fortnightly professional learning sessions on adaptive teaching, with middle leaders modelling effective practice in departments.",
             "DHT / Professional Learning Lead", "September 2024 – July 2025", "Attendance at all sessions; lesson observations show improved challenge for more able pupils.", "G",
             ["DHT", "Professional Learning Lead"], "2025-07", None),
            ("1.3", "Carry out termly learning walks and book looks with the local authority’s school improvement officer to check the consistency of feedback.\nFindings reported to the Standards Committee of the governing body.",
             "Headteacher; LA School Improvement Officer", "Termly", "Book looks show pupils respond to feedback in nearly all subjects.", "G",
             ["Headteacher", "LA School Improvement Officer"], None, "Termly"),
        ]),
        ("R2: Strengthen the role of middle leaders in self-evaluation and improvement planning", [
            ("2.1", "Revise the quality assurance calendar so that all heads of department complete a departmental self-evaluation report using first-hand evidence.",
             "Assistant Headteacher (Quality Assurance)", "31/10/2024", "All departmental self-evaluation reports completed and quality assured by SLT.", "B",
             ["Assistant Headteacher (Quality Assurance)"], "2024-10", None),
            ("2.2", "Provide coaching for middle leaders through the regional middle leadership programme.",
             "Mrs S. Morgan and Mr D. Price", "Summer term 2025", "Six heads of department complete the programme; improvement plans link actions to pupil outcomes.", "A",
             ["Mrs S. Morgan", "Mr D. Price"], "2025-07", None),
        ]),
        ("R3: Improve attendance, particularly for pupils eligible for free school meals", [
            ("3.1", "Appoint a family engagement officer to work with families of pupils whose attendance is below 90%.",
             "Headteacher / Business Manager", "June 2024", "Officer in post; caseload of persistently absent pupils reviewed fortnightly.", "B",
             ["Headteacher", "Business Manager"], "2024-06", None),
            ("3.2", "Implement the revised attendance policy, including weekly tracking meetings and staged letters to parents.",
             "AHT Wellbeing", "From September 2024 and ongoing", "Attendance of eFSM pupils rises towards 88% by July 2025.", "A",
             ["AHT Wellbeing"], None, "From September 2024 and ongoing"),
            ("3.3", "Work with the local authority Education Welfare Service to agree a joint protocol for persistent absence.",
             "AHT Wellbeing; Education Welfare Officer", "December 2024", "Protocol agreed and in use; referrals made within ten school days.", "R",
             ["AHT Wellbeing", "Education Welfare Officer"], "2024-12", None),
        ]),
        ("R4: Address the safeguarding issue identified during the inspection", [
            ("4.1", "Review the arrangements for signing visitors in and out at the main reception and ensure that the school site is secure during the school day.",
             "Business Manager", "By 31 March 2024", "Site security audit by the local authority completed with no actions outstanding.", "B",
             ["Business Manager"], "2024-03", None),
        ]),
    ]
    expected = []
    for heading, rows in recs:
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=0, cols=len(hdr))
        t.style = "Table Grid"
        c = t.add_row().cells
        for j, h in enumerate(hdr):
            set_cell(c[j], h, bold=True, fill=HEAD, color="FFFFFF")
        for ref, text, lead, when, mon, rag, leads, end, end_text in rows:
            c = t.add_row().cells
            for j, val in enumerate([ref, text, lead, when, mon]):
                set_cell(c[j], val)
            set_cell(c[5], rag, bold=True, fill=fills[rag])
            expected.append(act(ref, [heading], text, leads, end, status_of[rag], end_text))
        doc.add_paragraph("")
    doc.add_paragraph(
        "Progress against this plan is reported to the full governing body each term and to the local "
        "authority’s Schools Causing Concern group. Estyn will monitor the school’s progress about 12–18 "
        "months after the publication of the inspection report."
    )
    doc.add_heading("Sign-off", level=2)
    table(doc, [
        ["Role", "Name", "Date"],
        ["Headteacher", "Mr A. Jenkins", "22 April 2024"],
        ["Chair of Governors", "Mrs B. O’Sullivan", "22 April 2024"],
        ["Director of Education, Merthyr Tydfil CBC", "(signed)", "24 April 2024"],
    ])
    doc.save(out(name))
    write_yaml(name, {
        "source": (
            "Imitates a Welsh secondary school's Estyn post-inspection action plan (PIAP) for a school in "
            "significant improvement, as published with governing body papers (Bishop Hedley Catholic High "
            "School, Merthyr Tydfil, 2024-25; no URL, composed from the Estyn follow-up guidance on PIAPs). "
            "Copied features: title heading, document-control table, progress key table (B/G/A/R with "
            "fills), one Heading-2 paragraph per Estyn recommendation (R1..R4) followed by its own action "
            "table, letter+fill RAG column, school-term and period timescales, 'Termly' and 'ongoing' "
            "timescales, job-title and initials leads, closing notes paragraph and sign-off table."
        ),
        "reads": (
            "A school's post-inspection action plan: four Estyn recommendations, each as a heading over "
            "a table of numbered actions (1.1-4.1) with lead, timescale, success criteria and a B/G/A/R "
            "RAG letter on a coloured cell. The document-control, key and sign-off tables are not actions."
        ),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return len(expected)


# ====================================================================== 2
# Northern Ireland Water - NIAO RTTCWG recommendations tracker (xlsx)
def ni_water():
    name = "vs-northern-ireland-water-niao-report-to-those-charged-with-governance-action-tracker.xlsx"
    title = "Northern Ireland Water: NIAO Report to Those Charged with Governance – Recommendations Tracker"
    wb = Workbook()
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")

    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = title
    cv["A1"].font = Font(bold=True, size=14, color=HEAD)
    cv["A2"] = "Audit Committee – 18 November 2025"
    cv["A2"].font = Font(italic=True)
    cv["A4"] = "Document control"
    cv["A4"].font = Font(bold=True)
    for i, (k, v) in enumerate([
        ("Prepared by", "Head of Internal Audit"),
        ("Version", "4.0"),
        ("Position as at", "31 October 2025"),
        ("Purpose", "For noting"),
    ]):
        cv.cell(row=5 + i, column=1, value=k).border = border
        cv.cell(row=5 + i, column=2, value=v).border = border
    cv["A11"] = "RAG key"
    cv["A11"].font = Font(bold=True)
    for i, (fill, meaning) in enumerate([
        (BLUE, "Implemented"),
        (GREEN, "On track to meet target date"),
        (AMBER, "Target date revised / at risk"),
        (RED, "Overdue – not implemented by target date"),
    ]):
        cv.cell(row=12 + i, column=1).fill = PatternFill("solid", fgColor=fill)
        cv.cell(row=12 + i, column=1).border = border
        cv.cell(row=12 + i, column=2, value=meaning)
    cv["A17"] = ("Sheet '2023-24 RTTCWG' sets out the recommendations from the 2023-24 report; "
                 "sheet 'Prior year b-f' shows 2022-23 recommendations not yet closed.")
    cv.column_dimensions["A"].width = 22
    cv.column_dimensions["B"].width = 48

    hdr = ["Ref", "Area", "NIAO Recommendation", "Priority", "Agreed Action", "Action Owner",
           "Original Target Date", "Revised Target Date", "RAG", "Progress Update (October 2025)"]
    widths = [9, 22, 45, 10, 50, 26, 13, 13, 7, 45]
    status_fill = {"blue": BLUE, "green": GREEN, "amber": AMBER, "red": RED}

    def sheet(ws, heading, groups, expected):
        ws["A1"] = heading
        ws["A1"].font = Font(bold=True, size=12, color=HEAD)
        for j, h in enumerate(hdr, start=1):
            c = ws.cell(row=3, column=j, value=h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = PatternFill("solid", fgColor=HEAD)
            c.alignment = wrap
            c.border = border
        for j, w in enumerate(widths, start=1):
            ws.column_dimensions[chr(64 + j)].width = w
        r = 4
        for area, rec, prio, actions in groups:
            start = r
            for ref, text, owner, owners, orig, rev, status, upd, end in actions:
                vals = [ref, area if r == start else None, rec if r == start else None,
                        prio if r == start else None, text, owner, orig, rev, None, upd]
                for j, v in enumerate(vals, start=1):
                    c = ws.cell(row=r, column=j, value=v)
                    c.alignment = wrap
                    c.border = border
                    if isinstance(v, dt.date):
                        c.number_format = "dd/mm/yyyy"
                ws.cell(row=r, column=9).fill = PatternFill("solid", fgColor=status_fill[status])
                expected.append(act(ref, [area, rec], text, owners, end, status))
                r += 1
            if r - 1 > start:
                for col in (2, 3, 4):
                    ws.merge_cells(start_row=start, start_column=col, end_row=r - 1, end_column=col)
        return r

    expected = []
    ws = wb.create_sheet("2023-24 RTTCWG")
    D = dt.datetime
    last = sheet(ws, "2023-24 Report to Those Charged with Governance (issued 18 October 2024)", [
        ("Procurement – direct award contracts",
         "NI Water should ensure that all direct award contracts (DACs) are approved in advance in line with its procurement policy and that retrospective approvals are reported to the Audit Committee.",
         "Priority 1", [
             ("1.1", "Introduce a mandatory pre-approval step for all DACs in the e-procurement system so that a contract cannot be raised without Head of Procurement sign-off.",
              "Head of Procurement", ["Head of Procurement"], D(2025, 3, 31), D(2025, 9, 30), "blue",
              "System change went live 1 September 2025. No DACs raised without pre-approval in September or October.", "2025-09"),
             ("1.2", "Report all retrospective DAC approvals to each Audit Committee meeting as a standing item.",
              "Head of Procurement / Company Secretary", ["Head of Procurement", "Company Secretary"], D(2024, 12, 31), None, "blue",
              "Standing item in place since the December 2024 meeting.", "2024-12"),
         ]),
        ("Fixed assets – infrastructure asset verification",
         "NI Water should complete its planned verification of infrastructure assets held on the fixed asset register and remove assets that are no longer in use.",
         "Priority 2", [
             ("2.1", "Complete a desktop verification of all water and wastewater network assets with a net book value above £250k.",
              "Director of Asset Management", ["Director of Asset Management"], D(2025, 3, 31), D(2026, 3, 31), "amber",
              "Water network complete; wastewater network 60% complete. Date revised due to resourcing in Asset Information team.", "2026-03"),
             ("2.2", "Agree a rolling programme of physical verification with the Capital Delivery team, covering 20% of sites each year.",
              "Head of Asset Information & Head of Capital Delivery", ["Head of Asset Information", "Head of Capital Delivery"], "Q4 2025/26", None, "green",
              "Draft programme prepared; to be approved by the Asset Management Board in February 2026.", "2026-03"),
         ]),
        ("IT general controls – user access",
         "Management should implement a periodic review of user access to the SAP finance system, including removal of leavers' accounts within five working days.",
         "Priority 2", [
             ("3.1", "Implement quarterly user access reviews for SAP, signed off by each system owner.",
              "Chief Information Officer", ["Chief Information Officer"], D(2025, 6, 30), None, "red",
              "First review completed for Q2; sign-off by system owners outstanding.", "2025-06"),
             ("3.2", "Automate disabling of leavers' accounts through the HR–IT leaver workflow.",
              "CIO; HR Business Partner", ["CIO", "HR Business Partner"], D(2025, 9, 30), D(2026, 1, 31), "amber",
              "Workflow built and in user testing. Go-live revised to January 2026.", "2026-01"),
         ]),
        ("Payroll – overtime authorisation",
         "NI Water should remind managers that overtime claims must be authorised before payment.",
         "Priority 3", [
             ("4.1", "Issue a reminder to all budget holders and include overtime authorisation in the 2025 payroll compliance checks.",
              "Payroll Manager", ["Payroll Manager"], D(2025, 1, 31), None, "blue",
              "Reminder issued 20 January 2025; compliance check completed with no exceptions.", "2025-01"),
         ]),
    ], expected)
    ws.cell(row=last + 1, column=1, value="Priority 1 – significant weakness; Priority 2 – important issue; Priority 3 – housekeeping / best practice.").font = Font(italic=True, size=9)

    ws2 = wb.create_sheet("Prior year b-f")
    last2 = sheet(ws2, "Recommendations brought forward from the 2022-23 Report to Those Charged with Governance", [
        ("Capital work in progress",
         "NI Water should review long-standing balances within capital work in progress and transfer completed schemes to fixed assets on a timely basis.",
         "Priority 2", [
             ("22/23-3", "Carry out a quarterly review of all capital WIP schemes older than two years, with Finance and Capital Delivery sign-off.",
              "Financial Controller", ["Financial Controller"], D(2024, 3, 31), D(2025, 12, 31), "amber",
              "Quarterly reviews in place. £4.1m of the £6.3m balance transferred; remainder under review.", "2025-12"),
         ]),
        ("Governance – declarations of interest",
         "Declarations of interest should be completed annually by all staff at Grade 7 and above.",
         "Priority 3", [
             ("22/23-5", "Move the annual declaration process to the HR self-service portal with automated reminders.",
              "Company Secretary", ["Company Secretary"], D(2024, 3, 31), D(2024, 10, 31), "blue",
              "Implemented October 2024. 98% completion for 2025.", "2024-10"),
         ]),
    ], expected)
    ws2.cell(row=last2 + 1, column=1, value="Recommendations are removed from this sheet once NIAO has confirmed implementation.").font = Font(italic=True, size=9)
    wb.save(out(name))
    write_yaml(name, {
        "source": (
            "Imitates the recommendations tracker a Northern Ireland public body brings to its Audit "
            "Committee to follow up the Northern Ireland Audit Office's Report to Those Charged with "
            "Governance (Northern Ireland Water, 2023-24 RTTCWG, position at October 2025; no URL). "
            "Copied features: cover sheet with title, document-control block and colour-only RAG key; "
            "main sheet with vertically merged Area / NIAO Recommendation / Priority cells over several "
            "agreed actions; original and revised target dates (real dates and one 'Q4 2025/26' text); "
            "fill-only RAG cells; progress column; priority note line; second sheet of prior-year "
            "recommendations brought forward."
        ),
        "reads": (
            "An audit-recommendation tracker: each NIAO recommendation (merged over its rows, with its "
            "area) has one or two agreed management actions with owner, original and revised target "
            "dates and a colour RAG read from the key on the cover (blue implemented, green on track, "
            "amber revised/at risk, red overdue). A second sheet carries two 2022-23 recommendations "
            "brought forward."
        ),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return len(expected)


# ====================================================================== 3
# St Columba's High School, Gourock - Education Scotland inspection action plan (tab-separated txt)
def st_columbas():
    name = "vs-st-columbas-high-school-gourock-education-scotland-inspection-action-plan.txt"
    title = "St Columba's High School – Education Scotland Inspection Action Plan 2024-25"
    afi = {
        1: "1. Senior leaders should develop further approaches to self-evaluation, involving all staff, young people and parents in identifying priorities for improvement.",
        2: "2. Staff should improve the consistency of learning, teaching and assessment across the school, ensuring all young people experience appropriate pace and challenge.",
        3: "3. Continue to raise attainment in the senior phase, particularly for young people living in SIMD quintiles 1 and 2.",
    }
    rows = [
        (1, "1a", "Establish a self-evaluation working group of staff, pupils and parents to review the school's vision, values and aims.",
         "HT", ["HT"], "Oct 2024", "Revised vision and values launched; working group minutes show parent and pupil contributions.", "Complete", "2024-10", None, "blue"),
        (1, "1b", "Use How good is our school? (4th edition) QI 1.1 and QI 2.3 in faculty self-evaluation sessions at each in-service day.",
         "DHT (Curriculum) / PTCs", ["DHT (Curriculum)", "PTCs"], "Aug 2024 – Jun 2025", "All faculties submit a self-evaluation summary; faculty improvement plans reflect agreed priorities.", "Green", "2025-06", None, "green"),
        (2, "2a", "Launch the St Columba's Learning and Teaching Charter and agree success criteria for a 'good lesson' with all departments.",
         "DHT (Learning & Teaching)", ["DHT (Learning & Teaching)"], "Sep-24", "Charter displayed in all classrooms; pupil focus groups can describe what a good lesson looks like.", "Complete", "2024-09", None, "blue"),
        (2, "2b", "Introduce a programme of peer observation (Learning Trios) for all teaching staff.",
         "Mrs McGowan / Mr Devlin", ["Mrs McGowan", "Mr Devlin"], "Termly", "Every teacher takes part in at least one trio cycle per term.", "Amber", None, "Termly", "amber"),
        (2, "2c", "Track young people's progress in the BGE using the Inverclyde tracking and monitoring tool at three points each year.",
         "DHT (BGE)", ["DHT (BGE)"], "Ongoing", "Tracking data used at faculty meetings to plan interventions.", "Green", None, "Ongoing", "green"),
        (3, "3a", "Provide targeted supported study and mentoring for S4–S6 young people in SIMD 1 and 2, funded through Pupil Equity Funding.",
         "PT Raising Attainment", ["PT Raising Attainment"], "Mar 2025", "Uptake of supported study by SIMD 1-2 young people above 60%; prelim results tracked.", "Green", "2025-03", None, "green"),
        (3, "3b", "Review the senior phase curriculum offer, including foundation apprenticeships in partnership with West College Scotland.",
         "HT; DHT (Senior Phase)", ["HT", "DHT (Senior Phase)"], "June 2025", "Revised column structure for session 2025-26 agreed with partners.", "Not started", "2025-06", None, "unrated"),
    ]
    lines = [
        title,
        "Inverclyde Council Education Services",
        "Inspection report published: 12 March 2024\tPlan updated: 10 February 2025",
        "",
        "\t".join(["Area for improvement", "No.", "Action", "Lead", "Timescale", "Measures of success", "RAG"]),
    ]
    expected = []
    seen = set()
    for n, ref, text, lead, leads, when, measure, rag, end, end_text, status in rows:
        first = afi[n] if n not in seen else ""
        seen.add(n)
        lines.append("\t".join([first, ref, text, lead, when, measure, rag]))
        expected.append(act(ref, [afi[n]], text, leads, end, status, end_text))
    lines += [
        "",
        "RAG key: Complete = action completed; Green = on track; Amber = some delay; Red = not on track; Not started = not yet begun",
        "Next review: Quality Improvement Officer visit, May 2025",
    ]
    with open(out(name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    write_yaml(name, {
        "source": (
            "Imitates a Scottish secondary school's action plan responding to the areas for improvement "
            "in an Education Scotland (HM Inspectors) inspection letter, kept as a shared spreadsheet and "
            "exported as tab-separated text (St Columba's High School, Gourock, Inverclyde Council, "
            "2024-25; no URL). Copied features: three title lines, numbered areas for improvement written "
            "only on the first row of each group (blank below, as an unmerged export of merged cells), "
            "1a/1b style action numbers, HT/DHT/PT abbreviated posts and surnames as leads, Scottish "
            "month formats (Oct 2024, Sep-24, Aug 2024 – Jun 2025), Termly/Ongoing timescales, RAG words "
            "with a key line and a notes line at the end."
        ),
        "reads": (
            "A tab-separated school action plan: three numbered areas for improvement from the inspection, "
            "each with two or three lettered actions (1a-3b) giving lead, timescale, measures of success "
            "and a RAG word. The area text appears once, on the first row of its group, and applies to the "
            "blank rows below it."
        ),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return len(expected)


# ====================================================================== 4
# Thistle Foundation - Care Inspectorate improvement plan (csv)
def thistle():
    name = "vs-thistle-foundation-care-inspectorate-improvement-plan.csv"
    title = "Thistle Foundation – Care Inspectorate Improvement Plan"
    req1 = ("By 28 February 2025, the provider must ensure that people's personal plans are outcome focused and reviewed at least every six months.\n"
            "To do this, the provider must, at a minimum:\n"
            "a) involve people and those important to them in reviews;\n"
            "b) record how people's outcomes are being met; and\n"
            "c) ensure risk assessments are updated following any change in need.")
    req2 = "By 31 March 2025, the provider must ensure that medication is managed safely, in line with best practice guidance."
    afi1 = "The service should ensure that people are supported to give regular feedback about their support, and that this feedback is used to inform the service improvement plan."
    afi2 = "The provider should ensure that staff supervision takes place in line with the organisation's supervision policy."
    afi3 = "The provider should ensure that the service's self-evaluation is developed using the Care Inspectorate's quality framework for support services."
    rows = [
        ("Requirement", "1.1", req1, "Audit all personal plans against the Care Inspectorate requirement and agree an individual review date with each person.",
         "Service Manager", ["Service Manager"], "28/02/2025", "", "Complete", "All 42 plans audited; review dates set.", "2025-02", None, "blue"),
        ("", "1.2", "", "Deliver outcome-focused recording training to all support workers, with follow-up supervision to check understanding.",
         "Learning & Development Lead / Team Leaders", ["Learning & Development Lead", "Team Leaders"], "28/02/2025", "30/04/2025", "Complete",
         "Three sessions delayed by staff absence; final session held 22 April 2025.", "2025-04", None, "blue"),
        ("Requirement", "2.1", req2, "Introduce a weekly medication administration record (MAR) audit, with errors reported to the Service Manager the same day.",
         "Team Leaders", ["Team Leaders"], "31/03/2025", "", "Complete", "Weekly audit in place since January 2025.", "2025-03", None, "blue"),
        ("", "2.2", "", "Complete competency assessments for all staff who support people with medication.",
         "Senior Support Worker (Medication Champion)", ["Senior Support Worker (Medication Champion)"], "31/03/2025", "31/07/2025", "Amber",
         "31 of 38 staff assessed. Remaining assessments booked for June and July.", "2025-07", None, "amber"),
        ("Area for improvement", "AFI 1", afi1, "Hold quarterly 'Your Say' sessions and publish a 'You said, we did' summary on the notice board and website.",
         "Involvement Coordinator", ["Involvement Coordinator"], "Quarterly", "", "On track", "First two sessions held (March and June 2025).", None, "Quarterly", "green"),
        ("Area for improvement", "AFI 2", afi2, "Set up a supervision tracker on the shared drive, monitored monthly at the management meeting.",
         "Registered Manager", ["Registered Manager"], "June 2025", "", "On track", "Tracker set up; 85% of supervisions in date.", "2025-06", None, "green"),
        ("Area for improvement", "AFI 3", afi3, "Develop a self-evaluation using the quality framework with people supported, families and staff.",
         "Registered Manager & Quality Lead", ["Registered Manager", "Quality Lead"], "Sept 2025", "", "Not started", "", "2025-09", None, "unrated"),
    ]
    expected = []
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow([title])
        w.writerow(["Service", "Thistle Foundation – Support Service, Edinburgh"])
        w.writerow(["Care service number", "CS2004071234"])
        w.writerow(["Inspection dates", "18–20 November 2024 (unannounced)"])
        w.writerow(["Evaluations", "How well do we support people's wellbeing? 3 – Adequate; How good is our leadership? 3 – Adequate; How good is our staff team? 4 – Good"])
        w.writerow(["Plan updated", "3 June 2025"])
        w.writerow([])
        w.writerow(["Type", "Ref", "Requirement / Area for improvement", "Action", "Responsible", "Target date", "Revised date", "Status", "Progress notes"])
        current = None
        for typ, ref, under, action, resp, leads, tgt, rev, status, notes, end, end_text, st in rows:
            if under:
                current = under
            w.writerow([typ, ref, under, action, resp, tgt, rev, status, notes])
            expected.append(act(ref, [current], action, leads, end, st, end_text))
        w.writerow([])
        w.writerow(["Status key: Complete / On track / Amber (some delay) / Red (not on track) / Not started"])
    write_yaml(name, {
        "source": (
            "Imitates a Scottish third-sector care provider's improvement plan answering the requirements "
            "and areas for improvement in a Care Inspectorate inspection report (Thistle Foundation "
            "support service, Edinburgh, inspection November 2024, plan updated June 2025; no URL), saved "
            "from Excel as CSV. Copied features: title and service details block (care service number, "
            "inspection dates, evaluations), Type column (Requirement / Area for improvement) written "
            "once per group, requirement text 'By <date>, the provider must ... a) b) c)' on several lines "
            "in one quoted cell, target and revised dates (day-first), Quarterly timescale, job-title leads "
            "joined by '/' and '&', status words and a closing status-key line."
        ),
        "reads": (
            "An improvement plan of seven actions: two Care Inspectorate requirements with two actions "
            "each (the requirement text given once, above/beside its first action) and three areas for "
            "improvement with one action each. Each action has who is responsible, a target date, "
            "sometimes a revised date, a status word and progress notes."
        ),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return len(expected)


# ====================================================================== 5
# Annadale Court Nursing Home - RQIA care inspection QIP (docx)
def annadale():
    name = "vs-annadale-court-nursing-home-rqia-care-inspection-quality-improvement-plan.docx"
    title = "Annadale Court Nursing Home – Quality Improvement Plan"
    doc = Document()
    doc.add_heading(title, level=1)
    doc.add_paragraph("Unannounced care inspection – Regulation and Quality Improvement Authority (RQIA)")
    table(doc, [
        ["Registered Provider", "Annadale Care Ltd"],
        ["Responsible Individual", "Mr Desmond Keane"],
        ["Registered Manager", "Mrs Orla Devlin"],
        ["Inspection ID", "IN046218"],
        ["Date of inspection", "14 and 15 May 2024"],
        ["QIP returned to RQIA", "12 June 2024"],
        ["Progress reviewed", "30 September 2024"],
    ], header_fill=None)
    doc.add_paragraph(
        "This plan sets out the areas for improvement identified during the inspection. The responses "
        "were completed by the registered person and returned to RQIA; the Responsible and RAG columns "
        "are maintained by the home for internal monitoring at the monthly governance meeting."
    )
    doc.add_paragraph("RAG: Blue – achieved and sustained; Green – on track; Amber – partially achieved; Red – not achieved")
    hdr = ["No.", "Area for improvement", "Ref / Stated", "To be completed by",
           "Response by registered person detailing the actions taken", "Responsible", "RAG"]
    fills = {"Blue": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    sections = [
        ("Action required to ensure compliance with The Nursing Homes Regulations (Northern Ireland) 2005", [
            ("1", "The registered person shall ensure that the infection prevention and control issues identified during this inspection are addressed, including the storage of equipment in bathrooms.",
             "Regulation 13 (7)\nStated: First time", "From the date of inspection",
             "Bathrooms were decluttered on the day of inspection and a storage area identified for hoists and wheelchairs.\nThe IPC audit has been revised to include equipment storage and is completed weekly by the nurse in charge.",
             "Home Manager", ["Home Manager"], "Blue", None, "From the date of inspection"),
            ("2", "The registered person shall ensure that all staff complete mandatory training in adult safeguarding, and that compliance is monitored monthly.",
             "Regulation 20 (1) (c)\nStated: Second time", "31 July 2024",
             "All outstanding staff have been booked onto adult safeguarding training; compliance is reviewed at the monthly governance meeting.",
             "Home Manager / Clinical Lead", ["Home Manager", "Clinical Lead"], "Green", "2024-07", None),
            ("3", "The registered person shall ensure that wound care records are accurately maintained and that wound care is delivered in accordance with the care plan.",
             "Regulation 16 (2) (b)\nStated: First time", "30 June 2024",
             "A wound care champion has been appointed and wound charts are audited weekly. Tissue viability training was delivered to registered nurses on 20 June 2024.",
             "Clinical Lead", ["Clinical Lead"], "Blue", "2024-06", None),
            ("4", "The registered person shall ensure that fire doors are not wedged or propped open.",
             "Regulation 27 (4) (c)\nStated: First time", "From the date of inspection",
             "Door guards with automatic release were fitted to the ground floor lounge and corridor doors on 3 June 2024.",
             "Maintenance Officer", ["Maintenance Officer"], "Blue", None, "From the date of inspection"),
        ]),
        ("Action required to ensure compliance with the Care Standards for Nursing Homes (December 2022)", [
            ("5", "The registered person shall ensure that the dining experience is reviewed so that patients are offered a choice of meal and that menus are displayed in a suitable format.",
             "Standard 12\nStated: First time", "31 August 2024",
             "A pictorial menu has been introduced on each unit. The catering manager now attends the monthly residents' meeting to discuss menu choices.",
             "Catering Manager; Deputy Manager", ["Catering Manager", "Deputy Manager"], "Green", "2024-08", None),
            ("6", "The registered person shall ensure that care plans for patients with a modified diet reflect the current recommendations of the speech and language therapist (SALT).",
             "Standard 4.9\nStated: Second time", "From the date of inspection",
             "All care plans for patients on modified diets were updated by 24 May 2024. A monthly SALT audit has been added to the audit schedule.",
             "Deputy Manager", ["Deputy Manager"], "Amber", None, "From the date of inspection"),
            ("7", "The registered person shall ensure that the monthly monitoring reports completed under Regulation 29 include an action plan with timeframes for any improvements identified.",
             "Standard 35\nStated: First time", "30 September 2024",
             "Regulation 29 reports will include an action plan with named persons and timescales, reviewed at the following month's visit.",
             "Responsible Individual", ["Responsible Individual"], "Red", "2024-09", None),
        ]),
    ]
    expected = []
    for heading, rows in sections:
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=0, cols=len(hdr))
        t.style = "Table Grid"
        c = t.add_row().cells
        for j, h in enumerate(hdr):
            set_cell(c[j], h, bold=True, fill="DEEAF6")
        for no, afi, refst, by, resp, who, whos, rag, end, end_text in rows:
            c = t.add_row().cells
            for j, v in enumerate([no, afi, refst, by, resp, who]):
                set_cell(c[j], v)
            set_cell(c[6], rag, fill=fills[rag])
            expected.append(act(no, [heading, afi], resp, whos, end, rag.lower(), end_text))
        doc.add_paragraph("")
    doc.add_paragraph("*Please ensure this document is completed in full and returned via Web Portal*")
    doc.save(out(name))
    write_yaml(name, {
        "source": (
            "Imitates an RQIA quality improvement plan (QIP) for a Northern Ireland nursing home after an "
            "unannounced care inspection, as kept by the home with its own monitoring columns (Annadale "
            "Court Nursing Home, Belfast, inspection May 2024; no URL; layout from RQIA QIP appendices). "
            "Copied features: provider/inspection details table, the two RQIA section headings (Regulations "
            "and Care Standards), areas for improvement numbered across the whole QIP, 'Ref / Stated' cell "
            "with 'Stated: First/Second time' on a second line, 'To be completed by' dates and 'From the "
            "date of inspection', provider response text as the action (multi-paragraph in one cell), "
            "home's Responsible and RAG word+fill columns with a RAG key paragraph, closing portal note."
        ),
        "reads": (
            "A nursing home's QIP in two tables, one per RQIA section heading. Each row is one area for "
            "improvement (numbered 1-7) with its regulation or standard reference, a completion date, "
            "the registered person's response detailing the action taken, who is responsible, and a "
            "Blue/Green/Amber/Red RAG word."
        ),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return len(expected)


# ====================================================================== 6
# South Wales Fire and Rescue Authority - FAPM Committee action log (xlsx)
def swfra():
    name = "vs-south-wales-fire-and-rescue-authority-fapm-committee-action-log.xlsx"
    title = "Finance, Audit & Performance Management Committee – Action Log"
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Log"
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    ws["A1"] = "South Wales Fire and Rescue Authority"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=14, color="C00000")
    ws["A3"] = "Updated for the meeting of 8 December 2025"
    ws["A3"].font = Font(italic=True)
    ws["A5"] = "Status key:"
    ws["A5"].font = Font(bold=True)
    for col, (txt, fill) in zip("BCDE", [("Complete", BLUE), ("On track", GREEN), ("Revised date", AMBER), ("Overdue", RED)]):
        ws[f"{col}5"] = txt
        ws[f"{col}5"].fill = PatternFill("solid", fgColor=fill)
    hdr = ["Action No.", "Minute ref.", "Action", "Lead Officer", "Due date", "Revised due date", "Status", "Update / comments"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(row=7, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="C00000")
        c.alignment = wrap
        c.border = border
    for col, wdt in zip("ABCDEFGH", [12, 10, 60, 30, 12, 12, 13, 45]):
        ws.column_dimensions[col].width = wdt
    D = dt.datetime
    sfill = {"Complete": BLUE, "On track": GREEN, "Revised date": AMBER, "Overdue": RED}
    smap = {"Complete": "blue", "On track": "green", "Revised date": "amber", "Overdue": "red"}
    meetings = [
        ("Meeting held 9 June 2025", [
            ("FAPM/25/01", "Min 6", "Provide Members with a breakdown of the overtime costs included in the 2024/25 outturn, by station and by cause.",
             "Treasurer", ["Treasurer"], D(2025, 9, 30), None, "Complete", "Circulated to Members by email on 18 August 2025.", "2025-09", None),
            ("FAPM/25/02", "Min 8", "Arrange a training session for Members on the Treasury Management Strategy before the 2026/27 strategy is considered.",
             "Head of Finance, Procurement and Property", ["Head of Finance, Procurement and Property"], D(2026, 1, 31), None, "On track",
             "Session booked with Link Group for 19 January 2026.", "2026-01", None),
            ("FAPM/25/03", "Min 9", "Report back on the timetable for closing the outstanding Audit Wales recommendations on workforce planning.",
             "ACO People Services", ["ACO People Services"], D(2025, 9, 15), D(2025, 12, 8), "Revised date",
             "Deferred to December to include the outcome of the strategic workforce review.", "2025-12", None),
        ]),
        ("Meeting held 15 September 2025", [
            ("FAPM/25/04", "Min 5", "Include a comparison with other Welsh fire and rescue services in the next quarterly performance report.",
             "Head of Corporate Support", ["Head of Corporate Support"], "December 2025", None, "On track",
             "Data requested from Mid and West Wales and North Wales FRSs.", "2025-12", None),
            ("FAPM/25/05", "Min 7", "Review the scoring of corporate risk CR07 (Emergency Services Network) in light of the revised national programme timetable.",
             "DCFO / Head of ICT", ["DCFO", "Head of ICT"], D(2025, 12, 8), None, "Complete",
             "Risk rescored from 16 to 12; see Corporate Risk Register item on this agenda.", "2025-12", None),
            ("FAPM/25/06", "Min 7", "Circulate the internal audit report on fleet management, with management responses, to all Committee Members.",
             "Monitoring Officer", ["Monitoring Officer"], D(2025, 9, 30), None, "Overdue",
             "Report being finalised by TIAA; to be circulated once management responses are agreed.", "2025-09", None),
            ("FAPM/25/07", "Min 10", "Provide a written update on the business case for the new Training and Development Centre at Cardiff Gate.\nTo include revised capital costs and funding options.",
             "ACFO Technical Services", ["ACFO Technical Services"], "March 2026", None, "On track",
             "Outline business case to be presented to the Fire Authority in February 2026.", "2026-03", None),
        ]),
        ("Meeting held 3 November 2025", [
            ("FAPM/25/08", "Min 4", "Bring the Strategic Equality Plan monitoring report to the Committee before publication.",
             "Head of Corporate Support; Equality & Diversity Manager", ["Head of Corporate Support", "Equality & Diversity Manager"], "Ongoing", None, "On track",
             "Annual report to be brought each autumn before publication.", None, "Ongoing"),
            ("FAPM/25/09", "Min 6", "Update the Committee on the outcome of the HMRC review of firefighter pension remedy payments.",
             "Treasurer", ["Treasurer"], D(2026, 1, 31), None, "On track", "Awaiting HMRC response.", "2026-01", None),
        ]),
    ]
    r = 8
    expected = []
    for mtg, rows in meetings:
        ws.cell(row=r, column=1, value=mtg).font = Font(bold=True)
        for col in range(1, 9):
            ws.cell(row=r, column=col).fill = PatternFill("solid", fgColor=GREY)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for no, minute, text, lead, leads, due, rev, status, upd, end, end_text in rows:
            for j, v in enumerate([no, minute, text, lead, due, rev, status, upd], start=1):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = wrap
                c.border = border
                if isinstance(v, dt.date):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=7).fill = PatternFill("solid", fgColor=sfill[status])
            expected.append(act(no, [mtg], text, leads, end, smap[status], end_text))
            r += 1
    ws.cell(row=r + 1, column=1, value="Completed actions are removed from the log after they have been reported to the Committee once.").font = Font(italic=True, size=9)

    g = wb.create_sheet("Guidance")
    for i, line in enumerate([
        "How this log is maintained",
        "Actions are taken from the minutes of each meeting and given an FAPM reference.",
        "Lead officers update the Update / comments column two weeks before each meeting.",
        "The Committee Clerk reviews the status against the key on the Action Log sheet.",
        "Contact: Committee Services, Forest View Business Park, Llantrisant.",
    ], start=1):
        g.cell(row=i, column=1, value=line).font = Font(bold=(i == 1))
    g.column_dimensions["A"].width = 90
    wb.save(out(name))
    write_yaml(name, {
        "source": (
            "Imitates the action log a Welsh fire and rescue authority committee attaches to its agenda "
            "(South Wales Fire and Rescue Authority, Finance, Audit & Performance Management Committee, "
            "log updated for 8 December 2025; no URL). Copied features: authority name, log title and "
            "'updated for the meeting of' line, status key with fill colours, grey merged band row per "
            "meeting date, FAPM/25/nn action numbers and minute references, due and revised due dates "
            "(real dates plus 'December 2025', 'March 2026', 'Ongoing' text), status word on a coloured "
            "cell, update column, a closing note line, and a Guidance sheet with no actions."
        ),
        "reads": (
            "A committee action log: nine actions grouped under the meeting that raised them (merged "
            "'Meeting held ...' rows), each with a lead officer, a due date, sometimes a revised due date, "
            "and a status (Complete / On track / Revised date / Overdue) read through the key as "
            "blue / green / amber / red."
        ),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return len(expected)


# ====================================================================== 7
# NHS Western Isles - corporate risk register with a mistyped month (xlsx, refuse)
def western_isles():
    name = "vs-nhs-western-isles-corporate-risk-register-typo-month-refuse.xlsx"
    title = "NHS Western Isles Corporate Risk Register"
    wb = Workbook()
    ws = wb.active
    ws.title = "Corporate Risk Register"
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14, color="005EB8")
    ws["A2"] = "Bòrd SSN nan Eilean Siar – Audit and Risk Committee, 22 January 2026"
    ws["A2"].font = Font(italic=True)
    hdr = ["Risk ID", "Risk description", "Risk owner", "Current score (L x I)", "Target score",
           "Further actions required", "Action lead", "Due date", "Action RAG"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="005EB8")
        c.alignment = wrap
        c.border = border
    for col, wdt in zip("ABCDEFGHI", [9, 45, 20, 12, 9, 55, 28, 14, 9]):
        ws.column_dimensions[col].width = wdt
    D = dt.datetime
    risks = [
        ("CRR01", "Recruitment and retention of medical staff, particularly in Uist and Barra, may lead to reliance on locums, increased cost and loss of local services.",
         "Medical Director", "4 x 4 = 16", "9", [
             ("Complete the review of the Uist and Barra medical workforce model with NHS Highland and the Scottish Government.", "Medical Director", D(2026, 3, 31), "G"),
             ("Launch a remote and rural GP fellowship based at Uist and Barra Hospital.", "Associate Medical Director (Primary Care)", "Febuary 2026", "G"),
             ("Agree a retention payment scheme for hard-to-fill consultant posts.", "Director of HR / Director of Finance", D(2026, 6, 30), "A"),
         ]),
        ("CRR02", "Failure to achieve the 3% recurring savings target for 2025/26 may result in a year-end deficit and Scottish Government escalation.",
         "Director of Finance", "4 x 5 = 20", "12", [
             ("Deliver the Sustainability and Value programme savings schemes, with monthly reporting to the Corporate Management Team.", "Director of Finance", D(2026, 3, 31), "A"),
             ("Reduce supplementary staffing spend by 10% through the nurse bank review.", "Nurse Director", D(2026, 3, 31), "R"),
         ]),
        ("CRR03", "Disruption to CalMac ferry services affects patient travel to mainland appointments and the delivery of supplies.",
         "Chief Operating Officer", "4 x 3 = 12", "8", [
             ("Extend the use of NHS Near Me for outpatient appointments with NHS Highland and NHS Greater Glasgow and Clyde.", "Head of eHealth", D(2026, 3, 31), "G"),
             ("Agree contingency stock levels for critical supplies with NHS National Services Scotland.", "Head of Procurement", D(2025, 12, 31), "Complete"),
         ]),
    ]
    rag_fill = {"G": GREEN, "A": AMBER, "R": RED, "Complete": BLUE}
    r = 5
    typo_row = None
    for rid, desc, owner, score, target, actions in risks:
        start = r
        for i, (text, lead, due, rag) in enumerate(actions):
            vals = [rid, desc, owner, score, target] if i == 0 else [None] * 5
            vals += [text, lead, due, rag]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = wrap
                c.border = border
                if isinstance(v, dt.date):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=9).fill = PatternFill("solid", fgColor=rag_fill[rag])
            if due == "Febuary 2026":
                typo_row = r
            r += 1
        for col in range(1, 6):
            ws.merge_cells(start_row=start, start_column=col, end_row=r - 1, end_column=col)
    ws.cell(row=r + 1, column=1, value="Risks scoring 15 or above are reported to the Board. Scoring matrix on the 'Scoring' sheet.").font = Font(italic=True, size=9)

    s = wb.create_sheet("Scoring")
    s["A1"] = "Likelihood x Impact"
    s["A1"].font = Font(bold=True)
    for i in range(1, 6):
        s.cell(row=2, column=i + 1, value=i).font = Font(bold=True)
        s.cell(row=i + 2, column=1, value=i).font = Font(bold=True)
        for j in range(1, 6):
            s.cell(row=i + 2, column=j + 1, value=i * j)
    s["A9"] = "1-4 Low; 5-9 Moderate; 10-14 High; 15-25 Very high"
    wb.save(out(name))
    assert typo_row == 6, typo_row
    write_yaml(name, {
        "source": (
            "Imitates an NHS Scotland island board's corporate risk register as presented to its Audit "
            "and Risk Committee (NHS Western Isles / Bòrd SSN nan Eilean Siar, January 2026; no URL; "
            "layout after published Western Isles NHS Board corporate risk register papers). Copied "
            "features: title and Gaelic board name line, risk ID/description/owner/scores vertically "
            "merged over several 'further actions required' rows, action lead (posts, one cell with two "
            "posts), due dates as real dates, action RAG letter on a coloured cell, note line and a "
            "separate scoring-matrix sheet."
        ),
        "reads": (
            "A corporate risk register of three risks with seven further actions, each with a lead, due "
            "date and RAG. The due date of the second action under CRR01 (sheet row 6) reads "
            "'Febuary 2026', a mistyped month in a column of real dates; a careful reader stops and asks "
            "before taking it as February 2026."
        ),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_row,
        "title": title,
    })
    return 7


if __name__ == "__main__":
    counts = {
        "bishop_hedley": bishop_hedley(),
        "ni_water": ni_water(),
        "st_columbas": st_columbas(),
        "thistle": thistle(),
        "annadale": annadale(),
        "swfra": swfra(),
        "western_isles": western_isles(),
    }
    for k, v in counts.items():
        print(f"{k}: {v} actions")
