#!/usr/bin/env python3
"""Build the seven zun- cases of heldout661 (data files and their .expected.yaml).

Run with /work/main/.venv/bin/python (openpyxl, python-docx, pyyaml).
Only files whose names start with zun- are written.
"""
import csv
import datetime as dt
import json
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE = "5B9BD5"
GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
GREY = "D9D9D9"


def D(y, m, d):
    return dt.datetime(y, m, d)


# ---------------------------------------------------------------- yaml writer
def q(s):
    return json.dumps(s, ensure_ascii=False)


def folded(text, indent="  "):
    words = text.split()
    lines, cur = [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > 96:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    if cur:
        lines.append(cur)
    return "\n".join(indent + l for l in lines)


def write_yaml(name, case):
    out = []
    out.append("source: >-")
    out.append(folded(case["source"]))
    out.append("reads: >-")
    out.append(folded(case["reads"]))
    out.append("outcome: " + case["outcome"])
    out.append("accept_refusal: " + ("true" if case.get("accept_refusal") else "false"))
    if "refuse_at" in case:
        out.append("refuse_at: %d" % case["refuse_at"])
    if case.get("title") is not None:
        out.append("title: " + q(case["title"]))
    if case["outcome"] == "read":
        out.append("actions:")
        for a in case["actions"]:
            out.append("  - ref: " + ("null" if a["ref"] is None else q(a["ref"])))
            out.append("    under: [" + ", ".join(q(u) for u in a["under"]) + "]")
            out.append("    action: " + q(a["action"]))
            out.append("    lead: [" + ", ".join(q(l) for l in a["lead"]) + "]")
            out.append("    end: " + ("null" if a["end"] is None else q(a["end"])))
            if a.get("end_text") is not None:
                out.append("    end_text: " + q(a["end_text"]))
            out.append("    status: " + a["status"])
    with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


# ---------------------------------------------------------------- helpers
thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    cell.text = ""
    paras = text.split("\n")
    p = cell.paragraphs[0]
    for i, ptxt in enumerate(paras):
        if i > 0:
            p = cell.add_paragraph()
        run = p.add_run(ptxt)
        run.bold = bold
        if size:
            run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, side, Cm(1.8))


# ============================================================ 1. YAS BAF (xlsx)
def make_yas():
    name = "zun-yorkshire-ambulance-service-nhs-trust-board-assurance-framework-2025-26.xlsx"
    title = "Yorkshire Ambulance Service NHS Trust – Board Assurance Framework 2025/26"
    risks = [
        {
            "head": "SR1 – Failure to meet Category 1 and 2 response standards, resulting in delayed care and avoidable harm to patients",
            "note": "Executive lead: Executive Director of Operations  |  Assurance committee: Quality Committee  |  Current score 20 (4 x 5)  |  Target score 12",
            "gaps": [
                ("Hospital handover delays above 45 minutes at three acute sites reduce available ambulance hours", [
                    ("SR1.1", "Agree a 45-minute maximum handover standard with each acute trust and ICB, with a release-to-respond protocol for every site",
                     "Executive Director of Operations", ["Executive Director of Operations"],
                     D(2025, 9, 30), D(2025, 12, 31),
                     "Agreed with 9 of 12 sites; remaining three sites scheduled for West and East Yorkshire UEC boards in November.",
                     "A", "2025-12", None, "amber"),
                    ("SR1.2", "Roll out the Hospital Ambulance Liaison Officer (HALO) rota to Hull Royal Infirmary and Pinderfields Hospital",
                     "Associate Director of Operations (East); Associate Director of Operations (West)",
                     ["Associate Director of Operations (East)", "Associate Director of Operations (West)"],
                     D(2025, 7, 31), None,
                     "HALO rota live at both sites from 14 July 2025.",
                     "B", "2025-07", None, "blue"),
                ]),
                ("No system-wide assurance on the clinical safety of patients waiting for a Category 2 response", [
                    ("SR1.3", "Implement Category 2 segmentation in the Emergency Operations Centre, with clinical validation of calls within 30 minutes",
                     "Executive Medical Director", ["Executive Medical Director"],
                     "Q3 2025/26", None,
                     "Pilot in West EOC from 1 September; evaluation paper to Quality Committee in December.",
                     "G", "2025-12", None, "green"),
                ]),
            ],
        },
        {
            "head": "SR2 – Inability to recruit, retain and develop a sufficient clinical workforce to meet demand",
            "note": "Executive lead: Director of People  |  Assurance committee: People Committee  |  Current score 16 (4 x 4)  |  Target score 9",
            "gaps": [
                ("Paramedic turnover in the first two years after registration is above the 12% target", [
                    ("SR2.1", "Launch the newly qualified paramedic preceptorship and retention offer, including protected development days",
                     "Director of People", ["Director of People"],
                     D(2025, 6, 30), None,
                     "Launched June 2025; 186 NQPs enrolled.",
                     "B", "2025-06", None, "blue"),
                    ("SR2.2", "Complete stay conversations with all paramedics in years one and two, and report themes to the People Committee",
                     "Director of People; Deputy Director of Paramedicine",
                     ["Director of People", "Deputy Director of Paramedicine"],
                     D(2025, 10, 31), D(2026, 1, 31),
                     "62% completed; delayed by winter resourcing. Revised date agreed by People Committee on 9 October.",
                     "A", "2026-01", None, "amber"),
                ]),
            ],
        },
        {
            "head": "SR3 – Failure to maintain a secure and resilient digital infrastructure, including protection against cyber attack",
            "note": "Executive lead: Chief Digital Information Officer  |  Assurance committee: Finance and Performance Committee  |  Current score 15 (3 x 5)  |  Target score 10",
            "gaps": [
                ("The computer-aided dispatch (CAD) contract ends in March 2027 and a replacement is not yet procured", [
                    ("SR3.1", "Approve the CAD replacement full business case at Trust Board",
                     "Chief Digital Information Officer", ["Chief Digital Information Officer"],
                     D(2025, 9, 30), D(2025, 11, 27),
                     "FBC deferred from the September Board pending national funding confirmation; now on the November agenda.",
                     "A", "2025-11", None, "amber"),
                    ("SR3.2", "Commence procurement through the national ambulance CAD framework",
                     "Chief Digital Information Officer", ["Chief Digital Information Officer"],
                     D(2026, 1, 31), None,
                     "Not yet due – dependent on SR3.1.",
                     "G", "2026-01", None, "green"),
                ]),
                ("Cyber Assessment Framework (CAF) self-assessment shows partial achievement against 5 of 39 outcomes", [
                    ("SR3.3", "Deliver multi-factor authentication for all remote access and privileged accounts",
                     "Head of Cyber Security", ["Head of Cyber Security"],
                     D(2025, 8, 31), D(2025, 12, 31),
                     "Privileged accounts complete; remote access at 71%. Supplier resource constraints escalated to the Finance and Performance Committee.",
                     "R", "2025-12", None, "red"),
                ]),
            ],
        },
        {
            "head": "SR4 – Failure to achieve the 2025/26 financial plan and efficiency requirement of £14.2m",
            "note": "Executive lead: Executive Director of Finance  |  Assurance committee: Finance and Performance Committee  |  Current score 16 (4 x 4)  |  Target score 8",
            "gaps": [
                ("£3.1m of the efficiency programme is unidentified or rated high risk", [
                    ("SR4.1", "Identify and quality-impact assess schemes to close the £3.1m gap, with sign-off at Finance and Performance Committee",
                     "Executive Director of Finance", ["Executive Director of Finance"],
                     D(2025, 10, 31), None,
                     "£2.4m identified and quality-impact assessed; remainder in development.",
                     "G", "2025-10", None, "green"),
                    ("SR4.2", "Reduce overtime and agency spend in Integrated Urgent Care to the planned run rate",
                     "Director of Integrated Urgent Care / Executive Director of Finance",
                     ["Director of Integrated Urgent Care", "Executive Director of Finance"],
                     D(2026, 3, 31), None,
                     "Agency spend down 18% against Q1; overtime remains above plan.",
                     "A", "2026-03", None, "amber"),
                ]),
            ],
        },
    ]
    colour = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}

    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    rows = [
        ("Position at:", "30 September 2025 (Quarter 2)"),
        ("Presented to:", "Trust Board meeting held in public, 27 November 2025"),
        ("Document owner:", "Associate Director of Corporate Affairs"),
        ("Reviewed by:", "Executive Leadership Committee, 4 November 2025"),
    ]
    for i, (k, v) in enumerate(rows, start=3):
        ws.cell(i, 1, k).font = Font(bold=True)
        ws.cell(i, 2, v)
    ws["A8"] = "Action status key"
    ws["A8"].font = Font(bold=True)
    key = [("B", "Complete – action delivered and closed"),
           ("G", "On track to deliver by the target date"),
           ("A", "Some slippage – revised date agreed by the lead committee"),
           ("R", "Off track – escalated to the lead committee")]
    for i, (k, v) in enumerate(key, start=9):
        c = ws.cell(i, 1, k)
        c.fill = fill(colour[k])
        c.alignment = Alignment(horizontal="center")
        ws.cell(i, 2, v)
    ws["A14"] = "Risk scores use the 5 x 5 likelihood x consequence matrix in the Trust Risk Management Policy."
    ws["A14"].font = Font(italic=True)
    ws.column_dimensions["A"].width = 18
    ws.column_dimensions["B"].width = 70

    # summary
    ss = wb.create_sheet("BAF summary")
    ss["A1"] = "Summary of strategic risks – Quarter 2 2025/26"
    ss["A1"].font = Font(bold=True, size=12)
    hdr = ["Risk ID", "Strategic risk", "Executive lead", "Assurance committee",
           "Inherent score", "Q1 score", "Q2 score", "Target score", "Trend"]
    for j, h in enumerate(hdr, start=1):
        c = ss.cell(3, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F4E79")
        c.alignment = WRAP
        c.border = BORDER
    summ = [
        ("SR1", "Failure to meet Category 1 and 2 response standards", "Executive Director of Operations", "Quality Committee", 25, 20, 20, 12, "↔"),
        ("SR2", "Inability to recruit, retain and develop a sufficient clinical workforce", "Director of People", "People Committee", 20, 16, 16, 9, "↔"),
        ("SR3", "Failure to maintain a secure and resilient digital infrastructure", "Chief Digital Information Officer", "Finance and Performance Committee", 20, 12, 15, 10, "↑"),
        ("SR4", "Failure to achieve the 2025/26 financial plan", "Executive Director of Finance", "Finance and Performance Committee", 20, 16, 16, 8, "↔"),
    ]
    for i, r in enumerate(summ, start=4):
        for j, v in enumerate(r, start=1):
            c = ss.cell(i, j, v)
            c.alignment = WRAP
            c.border = BORDER
    ss["A9"] = "Actions to close gaps: 10 in total – Complete 2; On track 3; Some slippage 4; Off track 1"
    ss["A9"].font = Font(bold=True)
    for col, w in zip("ABCDEFGHI", (9, 48, 30, 30, 10, 9, 9, 10, 8)):
        ss.column_dimensions[col].width = w

    # detail
    wd = wb.create_sheet("BAF detail")
    wd["A1"] = "Board Assurance Framework 2025/26 – gaps in control and assurance, and actions to close them (Q2 position)"
    wd["A1"].font = Font(bold=True, size=12)
    hdr = ["Ref", "Gap in control / assurance", "Action to close the gap", "Action owner",
           "Original target date", "Revised target date", "Q2 progress update", "Status"]
    for j, h in enumerate(hdr, start=1):
        c = wd.cell(3, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F4E79")
        c.alignment = WRAP
        c.border = BORDER
    r = 4
    expected = []
    for risk in risks:
        wd.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        c = wd.cell(r, 1, risk["head"])
        c.font = Font(bold=True)
        c.fill = fill("DDEBF7")
        c.alignment = WRAP
        r += 1
        wd.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        c = wd.cell(r, 1, risk["note"])
        c.font = Font(italic=True, size=9)
        r += 1
        for gap, acts in risk["gaps"]:
            first = r
            wd.cell(r, 2, gap)
            for (ref, text, owner, owners, orig, rev, prog, st, end, end_text, status) in acts:
                vals = [ref, None, text, owner, orig, rev, prog, st]
                for j, v in enumerate(vals, start=1):
                    if j == 2:
                        continue
                    c = wd.cell(r, j, v)
                    c.alignment = WRAP
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                wd.cell(r, 8).fill = fill(colour[st])
                wd.cell(r, 8).alignment = Alignment(horizontal="center", vertical="top")
                for j in range(1, 9):
                    wd.cell(r, j).border = BORDER
                expected.append({"ref": ref, "under": [risk["head"], gap], "action": text,
                                 "lead": owners, "end": end, "end_text": end_text, "status": status})
                r += 1
            if r - 1 > first:
                wd.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
            wd.cell(first, 2).alignment = WRAP
    r += 1
    wd.cell(r, 1, "Status is the lead executive's assessment at quarter end, reviewed by the assurance committee before Board.").font = Font(italic=True, size=9)
    for col, w in zip("ABCDEFGH", (8, 34, 46, 30, 12, 12, 46, 8)):
        wd.column_dimensions[col].width = w
    wd.freeze_panes = "A4"
    wb.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": "Yorkshire Ambulance Service NHS Trust, Board Assurance Framework 2025/26 as presented to the Trust Board in "
                  "public (Q2 position). Imitates NHS trust BAF workbooks (e.g. YAS and EEAST BAF board papers): a cover sheet "
                  "with a B/G/A/R action status key, a summary sheet of strategic risks and scores with a totals line, and a detail "
                  "sheet with a merged band per strategic risk, an italic executive-lead/score line, gaps in control merged down "
                  "over their actions, original and revised target dates, progress updates and fill-coloured status letters.",
        "reads": "A three-sheet BAF workbook; the actions are on the detail sheet, grouped under four strategic risks (SR1–SR4) "
                 "and, within each, under the gap in control or assurance they close. Ten actions with refs SR1.1–SR4.2; where "
                 "a revised target date is given it replaces the original, and status is the B/G/A/R letter.",
        "outcome": "read",
        "title": title,
        "actions": expected,
    })


# ============================================================ 2. Pennine Care PSII (docx)
def make_pennine():
    name = "zun-pennine-care-nhsft-psii-safety-action-plan.docx"
    title = "Patient Safety Incident Investigation – Safety Action Plan"
    afis = [
        ("Area for improvement 1: Therapeutic observation and engagement at night",
         "Safety recommendation 1: The Acute Care Service should ensure that intermittent observations at night are carried out as therapeutic engagement and are recorded at the time they take place.",
         [
             ("SA1.1", "Revise the Supportive Observation and Engagement procedure so that night-time intermittent observations include an engagement prompt and a recording standard.",
              "Head of Nursing – Acute Care", ["Head of Nursing – Acute Care"],
              "Procedure ratified at Clinical Policies Group; compliance audit at three months", "31/03/2025", "2025-03", None, "Complete", "blue"),
             ("SA1.2", "Replace paper observation charts on the pilot ward with electronic observation recording on handheld devices.\nExtend electronic recording to all acute adult wards once the pilot evaluation is approved.",
              "Digital Clinical Safety Officer / Modern Matron, Acute Inpatients", ["Digital Clinical Safety Officer", "Modern Matron, Acute Inpatients"],
              "Monthly audit of time-stamped entries against scheduled observations (target 95%)", "September 2025", "2025-09", None, "Delayed", "amber"),
             ("SA1.3", "Deliver face-to-face therapeutic observation training to all registered and unregistered ward staff, including bank staff who work nights.",
              "Practice Education Facilitator", ["Practice Education Facilitator"],
              "Training compliance of 90% or more on ESR", "30 June 2025", "2025-06", None, "Complete", "blue"),
         ]),
        ("Area for improvement 2: Ligature risk assessment and environmental safety",
         "Safety recommendation 2: Estates and Facilities, with the Acute Care Service, should ensure that ward ligature risk assessments identify and mitigate fixtures in en-suite bathrooms.",
         [
             ("SA2.1", "Complete a repeat ligature risk assessment of all en-suite bathrooms on the acute adult wards using the updated Trust tool.",
              "Head of Estates Compliance", ["Head of Estates Compliance"],
              "Assessments uploaded to the ligature risk register", "28/02/2025", "2025-02", None, "Complete", "blue"),
             ("SA2.2", "Fit door-top alarm sensors and replace hinges on the 12 en-suite doors assessed as high risk.",
              "Head of Estates Compliance; Capital Projects Manager", ["Head of Estates Compliance", "Capital Projects Manager"],
              "Works completion certificates and post-works reassessment", "31/12/2025", "2025-12", None, "On track", "green"),
         ]),
        ("Area for improvement 3: Involving families in risk assessment and leave planning",
         "Safety recommendation 3: The Acute Care Service should ensure that families and carers are asked for their view of risk before leave is agreed, and that their view is recorded in the risk assessment.",
         [
             ("SA3.1", "Add a mandatory ‘family and carer view of risk’ field to the PARIS leave planning form.",
              "Clinical Systems Lead", ["Clinical Systems Lead"],
              "Field live; monthly completion report to the Care Group Quality Governance Group", "31 May 2025", "2025-05", None, "Complete", "blue"),
             ("SA3.2", "Introduce a carer contact prompt into the multidisciplinary ward round template and the leave checklist.",
              "Consultant Psychiatrist (Acute Care Clinical Lead)", ["Consultant Psychiatrist (Acute Care Clinical Lead)"],
              "Quarterly audit of 20 leave episodes", "October 2025", "2025-10", None, "On track", "green"),
             ("SA3.3", "Co-produce a carers’ information leaflet on leave and safety planning with the Trust’s Carers Forum.",
              "Head of Patient and Carer Experience", ["Head of Patient and Carer Experience"],
              "Leaflet approved and in use on all acute wards", "March 2026", "2026-03", None, "Not started", "unrated"),
         ]),
    ]
    stcol = {"Complete": "BDD7EE", "On track": "C6EFCE", "Delayed": "FFEB9C", "Not started": "FFFFFF"}

    doc = Document()
    landscape(doc)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Pennine Care NHS Foundation Trust")
    doc.add_heading("Document control", level=2)
    ctl = [
        ("PSII reference", "PCFT/PSII/24-25/011"),
        ("Incident", "Self-harm incident on an acute adult inpatient ward, 17 October 2024"),
        ("Report approved", "Patient Safety Incident Response Group (PSIRG), 12 March 2025"),
        ("Action plan version", "v1.3 – updated 30 September 2025"),
        ("Accountable executive", "Executive Director of Nursing, Therapies and Quality"),
        ("Monitoring", "Care Group Quality Governance Group (monthly); PSIRG until closure"),
    ]
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in ctl:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True)
        set_cell(row[1], v)
    doc.add_paragraph("")
    doc.add_paragraph("The safety actions below respond to the areas for improvement and safety recommendations in "
                      "section 6 of the investigation report. Action owners update status monthly; actions are closed by "
                      "the PSIRG only when evidence of completion has been received.")
    doc.add_paragraph("Status key: Complete (blue) – evidence received and closed; On track (green) – progressing to the "
                      "target date; Delayed (amber) – target date at risk or missed; Not started.")
    expected = []
    hdr = ["Ref", "Safety action", "Action owner", "Measurement / evidence of effect", "Target date", "Status"]
    widths = (Cm(1.6), Cm(8.5), Cm(4.2), Cm(5.8), Cm(2.6), Cm(2.4))
    for head, rec, acts in afis:
        doc.add_heading(head, level=2)
        p = doc.add_paragraph()
        label, rest = rec.split(": ", 1)
        p.add_run(label + ": ").bold = True
        p.add_run(rest)
        tb = doc.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        for j, h in enumerate(hdr):
            set_cell(tb.rows[0].cells[j], h, bold=True)
            shade(tb.rows[0].cells[j], "DEEAF6")
        for (ref, text, owner, owners, meas, due, end, end_text, st, status) in acts:
            cells = tb.add_row().cells
            for j, v in enumerate([ref, text, owner, meas, due, st]):
                set_cell(cells[j], v)
            shade(cells[5], stcol[st])
            expected.append({"ref": ref, "under": [head, rec], "action": text, "lead": owners,
                             "end": end, "end_text": end_text, "status": status})
        for row in tb.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = w
        doc.add_paragraph("")
    doc.add_heading("Sign-off", level=2)
    so = doc.add_table(rows=3, cols=3)
    so.style = "Table Grid"
    for j, h in enumerate(["Role", "Name", "Date"]):
        set_cell(so.rows[0].cells[j], h, bold=True)
    for j, v in enumerate(["Care Group Director of Nursing", "A. Whitworth", "02/04/2025"]):
        set_cell(so.rows[1].cells[j], v)
    for j, v in enumerate(["Head of Patient Safety", "K. Nolan", "02/04/2025"]):
        set_cell(so.rows[2].cells[j], v)
    doc.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": "Pennine Care NHS Foundation Trust, PSII safety action plan (PSIRF, 2025), in the manner of the safety action "
                  "plans appended to NHS trust PSII reports (NHS England PSII report template: area for improvement, safety "
                  "recommendation, safety actions with owner, measurement and timescale). Copies a document-control table, a "
                  "status key paragraph, one heading and bold-led recommendation paragraph per area for improvement with its own "
                  "table, a two-paragraph action cell, shaded status cells and a sign-off table.",
        "reads": "A Word safety action plan for one PSII: three areas for improvement, each with its safety recommendation and a "
                 "table of safety actions SA1.1–SA3.3 (eight in all). Status words follow the document's key (Delayed is amber); "
                 "the document-control and sign-off tables are not part of the plan.",
        "outcome": "read",
        "title": title,
        "actions": expected,
    })


# ============================================================ 3. Bridgewater quality account (csv)
def make_bridgewater():
    name = "zun-bridgewater-community-healthcare-nhsft-quality-account-priorities-tracker-2025-26.csv"
    title = "Bridgewater Community Healthcare NHS Foundation Trust – Quality Account 2025/26: Quality Priorities Progress Tracker (Quarter 2)"
    data = [
        ("Patient Safety", "Priority 1 – Reduce category 2 pressure ulcers acquired in our care by 10%", [
            ("1.1", "Roll out the purpose-T pressure ulcer risk assessment tool across all district nursing teams in Warrington and Halton",
             "Head of Tissue Viability", ["Head of Tissue Viability"], "Sep-25", "G", "B",
             "Live in all 14 teams from 8 September 2025.", "2025-09", None, "blue"),
            ("1.2", "Hold monthly pressure ulcer learning panels and share themes through the Safety Huddle bulletin",
             "Associate Director of Nursing (Adult Services); Head of Tissue Viability",
             ["Associate Director of Nursing (Adult Services)", "Head of Tissue Viability"], "Monthly", "G", "G",
             "Panels held in July, August and September; themes were heel offloading and equipment delays.", None, "Monthly", "green"),
            ("1.3", "Agree a 48-hour standard for delivery of pressure-relieving equipment with the community equipment service",
             "Deputy Chief Nurse", ["Deputy Chief Nurse"], "Dec-25", "A", "A",
             "Draft standard shared with the provider; a contract variation is needed before sign-off.", "2025-12", None, "amber"),
        ]),
        (None, "Priority 2 – Improve recognition and escalation of deterioration in community settings", [
            ("2.1", "Deliver NEWS2 and SBAR escalation training to community nursing and intermediate care staff",
             "Clinical Education Lead", ["Clinical Education Lead"], "Q3 2025/26", "A", "G",
             "312 staff trained (68%); on trajectory for 85% by December.", "2025-12", None, "green"),
        ]),
        ("Clinical Effectiveness", "Priority 3 – Improve the quality of end of life care for people in their own homes", [
            ("3.1", "Audit completion of ReSPECT forms and advance care plans for patients on the district nursing end of life caseload",
             "Macmillan Lead Nurse, Palliative Care", ["Macmillan Lead Nurse, Palliative Care"], "31/01/2026", "G", "G",
             "Audit tool agreed with the Clinical Audit team; data collection starts in November.", "2026-01", None, "green"),
            ("3.2", "Introduce an anticipatory medicines stock check at every end of life visit, recorded on the EPaCCS template",
             "Lead Pharmacist (Community Services)", ["Lead Pharmacist (Community Services)"], "Mar-26", "R", "A",
             "Template change delayed by the EMIS release schedule; interim paper checklist in use since August.", "2026-03", None, "amber"),
        ]),
        ("Patient Experience", "Priority 4 – Make it easier for people to give feedback and to see what changed as a result", [
            ("4.1", "Launch SMS and QR-code Friends and Family Test feedback in all adult and children's services",
             "Head of Patient Experience", ["Head of Patient Experience"], "Jul-25", "G", "B",
             "Live from 1 July; FFT responses up from 410 to 1,126 a month.", "2025-07", None, "blue"),
            ("4.2", "Publish a quarterly 'You said, we did' summary for each borough on the Trust website",
             "Head of Patient Experience; Communications Manager",
             ["Head of Patient Experience", "Communications Manager"], "Quarterly", "A", "G",
             "Q1 summaries for Warrington and Halton published in August.", None, "Quarterly", "green"),
            ("4.3", "Co-design a communication needs flag for the clinical record with people with a learning disability and their carers",
             "Learning Disability Nurse Specialist", ["Learning Disability Nurse Specialist"], "Jun-26", "", "Not started",
             "Due to start in January 2026 after recruitment to the nurse specialist post.", "2026-06", None, "unrated"),
        ]),
    ]
    rows = [
        [title] + [""] * 8,
        ["Reporting to: Quality and Safety Committee, 11 November 2025"] + [""] * 8,
        [""] * 9,
        ["Domain", "Priority", "Ref", "Action / milestone", "Lead(s)", "Due", "Q1 RAG", "Q2 RAG", "Q2 progress update"],
    ]
    expected = []
    cur_domain = None
    for domain, prio, acts in data:
        if domain:
            cur_domain = domain
        for i, (ref, text, lead, leads, due, q1, q2, upd, end, end_text, status) in enumerate(acts):
            rows.append([domain if (domain and i == 0) else "", prio if i == 0 else "", ref, text, lead, due, q1, q2, upd])
            expected.append({"ref": ref, "under": [cur_domain, prio], "action": text, "lead": leads,
                             "end": end, "end_text": end_text, "status": status})
    rows += [
        [""] * 9,
        ["RAG key: B = Complete; G = On track; A = At risk; R = Off track / not achieved"] + [""] * 8,
        ["Q2 summary: Complete 2; On track 4; At risk 2; Off track 0; Not started 1"] + [""] * 8,
        ["Source: Datix, Tendable audit app, FFT dashboard. Prepared by the Quality Governance Team."] + [""] * 8,
    ]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerows(rows)

    write_yaml(name, {
        "source": "Bridgewater Community Healthcare NHS Foundation Trust, Quality Account 2025/26 quality priorities, Q2 progress "
                  "tracker to the Quality and Safety Committee, in the style of NHS community trust quality account priority "
                  "trackers (priorities grouped under patient safety, clinical effectiveness and patient experience). CSV export "
                  "with a two-line title block, domain and priority given only on the first row of their group, Q1 and Q2 RAG "
                  "columns, frequency words as due dates, and a key, summary and source line at the foot.",
        "reads": "A spreadsheet export listing nine actions (1.1–4.3) under four quality priorities in three domains; the domain "
                 "and priority carry down to the rows below them. Status is the Q2 RAG (B = complete); Monthly and Quarterly are "
                 "not end months; the key and summary lines at the foot are not actions.",
        "outcome": "read",
        "title": title,
        "actions": expected,
    })


# ============================================================ 4. NHS Grampian HIS IR(ME)R (docx)
def make_grampian():
    name = "zun-nhs-grampian-his-irmer-inspection-ari-radiotherapy-improvement-action-plan.docx"
    title = "IR(ME)R Inspection Improvement Action Plan – Radiotherapy, Aberdeen Royal Infirmary"
    fills = {"blue": "5B9BD5", "green": "00B050", "amber": "FFC000", "red": "FF0000", "unrated": None}
    req = [
        ("Domain 2 – Leadership and culture", [
            ("The employer must ensure that the employer’s procedures clearly set out the entitlement of each duty holder, including operators working in the pre-treatment CT suite (Regulation 6(1) and Schedule 2(b)).", [
                ("1.1", "Revise employer’s procedure EP02 (Entitlement) to list entitled operators by task for CT simulation, and reissue it through Q-Pulse.",
                 "Radiotherapy Quality Manager", ["Radiotherapy Quality Manager"], "31 October 2025", "2025-10", None, "blue"),
                ("1.2", "Complete an entitlement and competency record for every operator and practitioner, signed off by the Head of Service.",
                 "Radiotherapy Services Manager / Head of Radiotherapy Physics", ["Radiotherapy Services Manager", "Head of Radiotherapy Physics"],
                 "December 2025", "2025-12", None, "blue"),
            ]),
        ]),
        ("Domain 5 – Planning for quality", [
            ("The employer must establish a procedure for carrying out and recording clinical audit of medical exposures, with an audit programme agreed by the Radiation Protection Committee (Regulation 7).", [
                ("2.1", "Write and approve a clinical audit procedure (EP17) and a three-year rolling audit programme.",
                 "Lead Radiotherapy Physicist (Quality)", ["Lead Radiotherapy Physicist (Quality)"], "30/11/2025", "2025-11", None, "blue"),
                ("2.2", "Complete the first two audits in the programme (patient identification and pregnancy enquiry) and report the results to the Radiation Protection Committee.",
                 "Radiotherapy Quality Manager", ["Radiotherapy Quality Manager"], "March 2026", "2026-03", None, "green"),
            ]),
            ("The employer must ensure that the procedure for investigating significant accidental or unintended exposures sets out the timescales and responsibilities for notifying Healthcare Improvement Scotland (Regulation 8).", [
                ("3.1", "Amend EP11 (Incidents) to include a notification flowchart and named deputies for notifications out of hours.",
                 "Radiation Protection Adviser; Medical Physics Expert (Radiotherapy)", ["Radiation Protection Adviser", "Medical Physics Expert (Radiotherapy)"],
                 "31 October 2025", "2025-10", None, "blue"),
            ]),
        ]),
        ("Domain 7 – Quality control", [
            ("The employer must ensure that the quality assurance programme for the treatment planning system is documented and that its results are reviewed (Regulation 15).", [
                ("4.1", "Document the treatment planning system QA programme in the Medical Physics quality system, including frequency, tolerances and escalation.",
                 "Head of Radiotherapy Physics", ["Head of Radiotherapy Physics"], "February 2026", "2026-02", None, "amber"),
            ]),
        ]),
    ]
    recs = [
        ("Domain 2 – Leadership and culture", [
            ("The service should provide IR(ME)R refresher training for referrers from other specialties who request radiotherapy planning scans.", [
                ("a", "Add an IR(ME)R referrer module to the TURAS Learn catalogue and notify clinical directors that it is required.",
                 "Consultant Clinical Oncologist (IR(ME)R Lead)", ["Consultant Clinical Oncologist (IR(ME)R Lead)"],
                 "Ongoing – reviewed annually", None, "Ongoing – reviewed annually", "green"),
            ]),
        ]),
        ("Domain 6 – Relationships", [
            ("The service should review the information given to patients about the benefits and risks of their exposures so that it is available in accessible formats.", [
                ("b", "Review the radiotherapy patient information leaflets with the Patient Panel and produce easy-read and translated versions.",
                 "Lead Radiographer – Information and Support", ["Lead Radiographer – Information and Support"],
                 "By 31 March 2026", "2026-03", None, "unrated"),
            ]),
        ]),
    ]

    doc = Document()
    landscape(doc)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Healthcare Improvement Scotland – Ionising Radiation (Medical Exposure) Regulations 2017 inspection")
    info = [
        ("NHS board", "NHS Grampian"),
        ("Employer (IR(ME)R)", "Chief Executive, NHS Grampian"),
        ("Service inspected", "Radiotherapy Department, Anchor Unit, Aberdeen Royal Infirmary"),
        ("Inspection dates", "10 and 11 June 2025"),
        ("Report published", "2 September 2025"),
        ("Action plan owner", "Radiotherapy Services Manager"),
        ("Progress reported to", "NHS Grampian Radiation Protection Committee"),
        ("Last updated", "15 January 2026"),
    ]
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in info:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True)
        shade(cells[0], "E7E6E6")
        set_cell(cells[1], v)
    doc.add_paragraph("")
    doc.add_paragraph("Healthcare Improvement Scotland made four requirements and two recommendations. Requirements must be "
                      "met to comply with IR(ME)R; recommendations are actions the service should take to improve. Progress "
                      "against each action is shown by the colour of the Status cell (see key at the end of this plan).")
    expected = []
    widths = (Cm(1.3), Cm(6.8), Cm(7.6), Cm(4.6), Cm(3.0), Cm(1.8))

    def block(heading, colname, groups):
        doc.add_heading(heading, level=1)
        tb = doc.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        for j, h in enumerate(["No.", colname, "Action planned", "Responsibility for taking action", "Timescale to meet action", "Status"]):
            set_cell(tb.rows[0].cells[j], h, bold=True)
            shade(tb.rows[0].cells[j], "BDD7EE")
        for domain, items in groups:
            row = tb.add_row()
            m = row.cells[0].merge(row.cells[5])
            set_cell(m, domain, bold=True)
            shade(m, "F2F2F2")
            for text_r, acts in items:
                first_idx = len(tb.rows)
                for (ref, text, resp, resps, when, end, end_text, status) in acts:
                    cells = tb.add_row().cells
                    set_cell(cells[0], ref)
                    set_cell(cells[2], text)
                    set_cell(cells[3], resp)
                    set_cell(cells[4], when)
                    set_cell(cells[5], "")
                    if fills[status]:
                        shade(cells[5], fills[status])
                    expected.append({"ref": ref, "under": [domain, text_r], "action": text, "lead": resps,
                                     "end": end, "end_text": end_text, "status": status})
                last_idx = len(tb.rows) - 1
                top = tb.cell(first_idx, 1)
                if last_idx > first_idx:
                    top = top.merge(tb.cell(last_idx, 1))
                set_cell(top, text_r)
        for row in tb.rows:
            for j, w in enumerate(widths):
                try:
                    row.cells[j].width = w
                except IndexError:
                    pass
        doc.add_paragraph("")

    block("Requirements", "Requirement", req)
    block("Recommendations", "Recommendation", recs)

    doc.add_heading("Status key", level=2)
    kt = doc.add_table(rows=5, cols=2)
    kt.style = "Table Grid"
    for i, (col, txt) in enumerate([("5B9BD5", "Complete – evidence provided to the Radiation Protection Committee"),
                                    ("00B050", "On track to meet the timescale"),
                                    ("FFC000", "Delayed – revised timescale agreed"),
                                    ("FF0000", "Not on track – escalated"),
                                    (None, "No colour – not yet started")]):
        if col:
            shade(kt.rows[i].cells[0], col)
        set_cell(kt.rows[i].cells[1], txt)
    doc.add_paragraph("")
    doc.add_paragraph("Signed on behalf of the employer: Chief Executive, NHS Grampian          Date: 19 January 2026")
    doc.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": "NHS Grampian, improvement action plan following a Healthcare Improvement Scotland IR(ME)R inspection of the "
                  "radiotherapy department at Aberdeen Royal Infirmary (2025), modelled on the improvement action plans NHS "
                  "boards return to HIS after inspection (requirement, action planned, responsibility, timescale). Copies the "
                  "cover details table, separate Requirements and Recommendations tables, full-width merged domain rows, "
                  "requirement cells merged down over several actions, status shown only by cell colour with a colour key "
                  "table, and an employer sign-off line.",
        "reads": "A Word action plan with two tables: four requirements (actions 1.1–4.1) and two recommendations (actions a and "
                 "b), each grouped under a quality-framework domain. Each action is read under its domain and the requirement "
                 "or recommendation it answers; its status is the fill colour of the Status cell per the key (no colour = not "
                 "started).",
        "outcome": "read",
        "title": title,
        "actions": expected,
    })


# ============================================================ 5. Neyland and Johnston Surgery HIW (txt)
def make_neyland():
    name = "zun-neyland-and-johnston-surgery-hiw-gp-inspection-improvement-plan.txt"
    title = "Improvement plan"
    themes = [
        ("Quality of the patient experience", [
            ("The practice must ensure that the chaperone policy is displayed in consulting rooms and the waiting area, and that patients are offered a chaperone when booking intimate examinations.",
             "Health and Care Standard 4.1 Dignified Care", [
                ("Chaperone posters displayed in all six clinical rooms and the waiting area.", "Practice Manager", ["Practice Manager"], "February 2025", "2025-02", None),
                ("Reception script and online booking form updated to offer a chaperone for intimate examinations.", "Reception Supervisor", ["Reception Supervisor"], "March 2025", "2025-03", None),
            ]),
            ("The practice must review its telephone access arrangements to reduce waiting times when the lines open at 8am.",
             "Health and Care Standard 5.1 Timely Access", [
                ("Call-back function to be added to the telephone system and additional reception cover rostered 8am to 10am on Mondays and Fridays.",
                 "Practice Manager / GP Partners", ["Practice Manager", "GP Partners"], "30/04/2025", "2025-04", None),
            ]),
            ("The practice should make the Welsh language 'Active Offer' visible to patients, including bilingual signage and a record of each patient's language preference.",
             "Health and Care Standard 3.2 Communicating Effectively", [
                ("Bilingual signage ordered; language preference to be recorded on the new patient registration form.",
                 "Deputy Practice Manager", ["Deputy Practice Manager"], "By end of June 2025", "2025-06", None),
            ]),
        ]),
        ("Delivery of safe and effective care", [
            ("The practice must ensure that emergency drugs and equipment are checked weekly and that the checks are recorded.",
             "Health and Care Standards 2.6 Medicines Management and 2.9 Medical Devices", [
                ("Weekly check log introduced for the emergency drugs and defibrillator, with a named lead and deputy.",
                 "Lead Practice Nurse", ["Lead Practice Nurse"], "Immediate and ongoing", None, "Immediate and ongoing"),
            ]),
            ("The practice must ensure that all clinical staff complete safeguarding training at the level appropriate to their role.",
             "Health and Care Standard 2.7 Safeguarding Children and Adults at Risk", [
                ("Training matrix reviewed; four clinicians booked onto Level 3 safeguarding training through the health board.",
                 "Dr Rhian Evans (Safeguarding Lead)", ["Dr Rhian Evans (Safeguarding Lead)"], "31/05/2025", "2025-05", None),
            ]),
        ]),
        ("Quality of management and leadership", [
            ("The practice must ensure that staff appraisals are completed annually and recorded.",
             "Health and Care Standard 7.1 Workforce", [
                ("Appraisal schedule set for all non-clinical staff; outstanding appraisals to be completed.",
                 "Practice Manager and Deputy Practice Manager", ["Practice Manager", "Deputy Practice Manager"], "September 2025", "2025-09", None),
            ]),
            ("The practice should hold minuted practice meetings and share learning from significant events with all staff.",
             "Health and Care Standard 3.1 Safe and Clinically Effective Care", [
                ("Monthly practice meeting with a standing agenda item for significant events; minutes circulated to all staff by email.",
                 "Dr Owen Griffiths and Practice Manager", ["Dr Owen Griffiths", "Practice Manager"], "April 2025", "2025-04", None),
            ]),
        ]),
    ]
    lines = [
        title,
        "Service:\tNeyland and Johnston Surgery",
        "Health board:\tHywel Dda University Health Board",
        "Date of inspection:\t21 January 2025",
        "",
        "The table below includes any other improvements identified during the inspection where we require the service to "
        "complete an improvement plan telling us about the actions they are taking to address these areas.",
        "",
        "Improvement needed\tStandard / Regulation\tService action\tResponsible officer\tTimescale",
    ]
    expected = []
    for theme, items in themes:
        lines.append(theme)
        for imp, std, acts in items:
            for i, (act, off, offs, when, end, end_text) in enumerate(acts):
                if i == 0:
                    lines.append("\t".join([imp, std, act, off, when]))
                else:
                    lines.append("\t".join(["", "", act, off, when]))
                expected.append({"ref": None, "under": [theme, imp], "action": act, "lead": offs,
                                 "end": end, "end_text": end_text, "status": "unrated"})
    lines += [
        "",
        "Service representative",
        "Name (print):\tSian Thomas",
        "Job role:\tPractice Manager",
        "Date:\t03/03/2025",
    ]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")

    write_yaml(name, {
        "source": "Neyland and Johnston Surgery (Hywel Dda University Health Board), Healthcare Inspectorate Wales GP "
                  "inspection improvement plan, 2025, following the HIW report appendix template (Improvement needed, "
                  "Standard/Regulation, Service action, Responsible officer, Timescale) with the three HIW theme rows and the "
                  "service representative block at the end. Plain tab-separated text export of the Word table.",
        "reads": "A tab-separated HIW improvement plan: eight service actions under the three HIW themes, each answering the "
                 "improvement needed at the start of its line (the second chaperone action continues the first improvement "
                 "with blank leading cells). No refs and no status column; the service representative lines are not actions.",
        "outcome": "read",
        "title": title,
        "actions": expected,
    })


# ============================================================ 6. Bramblewood Home Care CQC (xlsx)
def make_bramblewood():
    name = "zun-bramblewood-home-care-wolverhampton-cqc-inspection-action-plan.xlsx"
    title = "Bramblewood Home Care Ltd – CQC Inspection Action Plan"
    rag = {"blue": GREEN, "amber": AMBER, "red": RED, "unrated": None}  # key: Green = completed
    groups = [
        ("Safe", [
            ("Regulation 12 HSCA RA Regulations 2014 – Safe care and treatment: risks to people’s health were not always assessed and medicines were not always managed safely.", [
                ("1", "Review every care plan for people with a catheter, PEG feeding or diabetes and add a specific risk assessment for each risk",
                 "Registered Manager", ["Registered Manager"], D(2025, 7, 31), D(2025, 7, 28), "2025-07", None, "blue"),
                ("2", "Move all medicine administration records to the electronic MAR and check MAR alerts daily",
                 "Care Coordinator / Field Care Supervisor", ["Care Coordinator", "Field Care Supervisor"], D(2025, 8, 31), None, "2025-08", None, "red"),
                ("3", "Carry out observed medicines competency assessments for all care staff, repeated annually",
                 "Field Care Supervisor", ["Field Care Supervisor"], "Ongoing", None, None, "Ongoing", "amber"),
            ]),
            ("Regulation 19 HSCA RA Regulations 2014 – Fit and proper persons employed: full employment histories were not always obtained.", [
                ("4", "Audit all staff files and obtain full employment histories, with any gaps explained in writing",
                 "HR Administrator", ["HR Administrator"], D(2025, 6, 30), D(2025, 6, 27), "2025-06", None, "blue"),
            ]),
        ]),
        ("Effective", [
            ("The provider should ensure mental capacity assessments are decision-specific and recorded.", [
                ("5", "Deliver Mental Capacity Act and best interests training to senior care staff and coordinators",
                 "Training Manager", ["Training Manager"], D(2025, 9, 30), None, "2025-09", None, "amber"),
                ("6", "Introduce a decision-specific mental capacity assessment template in the care planning system",
                 "Registered Manager", ["Registered Manager"], D(2025, 10, 31), None, "2025-10", None, "unrated"),
            ]),
        ]),
        ("Well-led", [
            ("Regulation 17 HSCA RA Regulations 2014 – Good governance: quality assurance systems had not identified the concerns found at this inspection.", [
                ("7", "Introduce a monthly quality audit cycle (care plans, MAR, call times, complaints) with results reported to the Nominated Individual",
                 "Registered Manager", ["Registered Manager"], D(2025, 8, 31), D(2025, 9, 5), "2025-08", None, "blue"),
                ("8", "Review electronic call monitoring data for late and missed calls and contact the people affected",
                 "Care Coordinator", ["Care Coordinator"], "Weekly", None, None, "Weekly", "amber"),
                ("9", "Commission an external mock inspection by an independent quality consultant",
                 "Nominated Individual", ["Nominated Individual"], D(2025, 12, 1), None, "2025-12", None, "unrated"),
            ]),
        ]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "CQC Action Plan"
    ws.merge_cells("A1:H1")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:H2")
    ws["A2"] = "Location: Bramblewood Home Care – Wolverhampton (domiciliary care agency)"
    ws.merge_cells("A3:H3")
    ws["A3"] = "Inspection: 6 to 8 May 2025   |   Report published: 18 July 2025   |   Overall rating: Requires improvement"
    ws.merge_cells("A4:H4")
    ws["A4"] = "Registered Manager: Claire Whitehouse   |   Nominated Individual: Mark Bennett   |   Last updated: 10 September 2025"
    ws["A5"] = "RAG key:"
    ws["A5"].font = Font(bold=True)
    for col, txt, colr in (("B", "Red = overdue / not on track", RED), ("C", "Amber = in progress", AMBER),
                           ("D", "Green = completed", GREEN), ("E", "No colour = not yet started", None)):
        c = ws[col + "5"]
        c.value = txt
        if colr:
            c.fill = fill(colr)
        c.border = BORDER
    hdr = ["Key question", "Breach / area for improvement", "No.", "Action required", "Lead", "Target date", "Date completed", "RAG"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(7, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        c.alignment = WRAP
        c.border = BORDER
    r = 8
    expected = []
    for kq, items in groups:
        kq_first = r
        for breach, acts in items:
            b_first = r
            for (no, text, lead, leads, target, done, end, end_text, status) in acts:
                vals = {3: no, 4: text, 5: lead, 6: target, 7: done}
                for j, v in vals.items():
                    c = ws.cell(r, j, v)
                    c.alignment = WRAP
                    if isinstance(v, dt.datetime):
                        c.number_format = "mmm-yy" if (j == 6 and no == "9") else "dd/mm/yyyy"
                if rag[status]:
                    ws.cell(r, 8).fill = fill(rag[status])
                for j in range(1, 9):
                    ws.cell(r, j).border = BORDER
                expected.append({"ref": no, "under": [kq, breach], "action": text, "lead": leads,
                                 "end": end, "end_text": end_text, "status": status})
                r += 1
            ws.cell(b_first, 2, breach).alignment = WRAP
            if r - 1 > b_first:
                ws.merge_cells(start_row=b_first, start_column=2, end_row=r - 1, end_column=2)
        ws.cell(kq_first, 1, kq).alignment = Alignment(vertical="top", wrap_text=True)
        ws.cell(kq_first, 1).font = Font(bold=True)
        if r - 1 > kq_first:
            ws.merge_cells(start_row=kq_first, start_column=1, end_row=r - 1, end_column=1)
    for col, w in zip("ABCDEFGH", (12, 44, 5, 52, 26, 12, 13, 7)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A8"

    lg = wb.create_sheet("Review log")
    for j, h in enumerate(["Date", "Reviewed by", "Comments"], start=1):
        lg.cell(1, j, h).font = Font(bold=True)
    log = [
        (D(2025, 7, 25), "Registered Manager / Nominated Individual", "Plan agreed and sent to CQC with the provider response."),
        (D(2025, 8, 14), "Nominated Individual", "Items 1 and 4 evidenced. eMAR go-live slipped – supplier training dates moved."),
        (D(2025, 9, 10), "Nominated Individual", "Item 7 complete. Item 2 now overdue; escalated to the Director."),
    ]
    for i, row in enumerate(log, start=2):
        for j, v in enumerate(row, start=1):
            c = lg.cell(i, j, v)
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    lg.column_dimensions["A"].width = 12
    lg.column_dimensions["B"].width = 40
    lg.column_dimensions["C"].width = 70
    wb.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": "Bramblewood Home Care Ltd (Wolverhampton), domiciliary care agency, action plan after a CQC inspection rated "
                  "Requires improvement (2025), in the style of the provider action plans home care agencies send to CQC and "
                  "local authority quality teams: key question and regulation breach columns merged down over their actions, "
                  "target and completed dates, a fill-only RAG column whose key says Green = completed, and a second review-log "
                  "sheet.",
        "reads": "One action-plan sheet: nine numbered actions under the CQC key questions Safe, Effective and Well-led, each "
                 "answering the breach or 'should' finding beside it. The RAG cells carry colour only; by the plan's own key "
                 "green means completed (blue), red overdue, amber in progress and no colour not started. The review-log sheet "
                 "holds no actions.",
        "outcome": "read",
        "title": title,
        "actions": expected,
    })


# ============================================================ 7. Slemish View Nursing Home RQIA (xlsx, refuse)
def make_slemish():
    name = "zun-slemish-view-nursing-home-broughshane-rqia-care-inspection-qip-tracker-typo-month-refuse.xlsx"
    title = "Slemish View Nursing Home – RQIA Quality Improvement Plan tracker"
    wb = Workbook()
    ws = wb.active
    ws.title = "QIP tracker"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Unannounced care inspection 19 August 2025   |   Inspection ID: IN047318   |   RQIA ID: 1429"
    ws["A3"] = "Registered Manager: Deirdre McAllister   |   Responsible Individual: Gareth Boyd"
    hdr = ["AFI", "Ref", "Stated", "Area for improvement", "Action to be taken", "Responsible person",
           "To be completed by", "Status", "Comments"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(5, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("2F5597")
        c.alignment = WRAP
        c.border = BORDER
    rows = [
        ("sec", "Action required to ensure compliance with The Nursing Homes Regulations (Northern Ireland) 2005"),
        ("act", ["1", "Regulation 13 (7)", "First time",
                 "The registered person shall ensure that the infection prevention and control issues identified during this inspection are managed to minimise the risk and spread of infection.",
                 "Daily IPC walkaround by the nurse in charge; monthly hand hygiene and environment audits reviewed by the manager.",
                 "Registered Manager", "Immediate and ongoing", "In progress", "September audit 92%."]),
        ("act", ["2", "Regulation 12 (1) (a) and (b)", "First time",
                 "The registered person shall ensure that wound care is delivered in line with the prescribed care plan and that wound assessments are completed at each dressing change.",
                 "Fortnightly wound care documentation audit; tissue viability training for all registered nurses.",
                 "Deputy Manager / Clinical Lead", "30 September 2025", "Complete", "All 14 RNs trained."]),
        ("act", ["3", "Regulation 30", "First time",
                 "The registered person shall ensure that all notifiable events are reported to RQIA without delay.",
                 "Notifications checklist introduced; manager to check the accident book weekly against notifications made.",
                 "Registered Manager", "31 October 2025", "Complete", ""]),
        ("sec", "Action required to ensure compliance with the Care Standards for Nursing Homes (December 2022)"),
        ("act", ["4", "Standard 4", "Second time",
                 "The registered person shall ensure that care plans are reviewed monthly and reflect the current assessed needs of each patient.",
                 "Named nurse system relaunched; care plan audit of 10 files each month.",
                 "Deputy Manager", "31 October 2025", "In progress", "Audit shows 7 of 10 files fully compliant."]),
        ("act", ["5", "Standard 12", "First time",
                 "The registered person shall ensure that the dining experience is reviewed so that patients who need assistance with meals receive it promptly.",
                 "Weekly dining experience audit; staggered mealtimes on the ground floor unit.",
                 "Registered Manager", "30 Novemebr 2025", "In progress", ""]),
        ("act", ["6", "Standard 44", "First time",
                 "The registered person shall ensure that the enclosed garden is maintained and kept free from hazards.",
                 "Maintenance schedule agreed; broken paving to be replaced.",
                 "Maintenance Officer", "31 December 2025", "Not started", "Quote received."]),
        ("act", ["7", "Standard 46", "First time",
                 "The registered person shall ensure that staff use personal protective equipment in line with current guidance.",
                 "PPE spot checks on each shift for four weeks, then weekly; findings discussed at staff meetings.",
                 "Registered Manager", "31 October 2025", "Complete", ""]),
    ]
    r = 6
    typo_row = None
    for kind, v in rows:
        if kind == "sec":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            c = ws.cell(r, 1, v)
            c.font = Font(bold=True)
            c.fill = fill("D9E1F2")
        else:
            for j, x in enumerate(v, start=1):
                c = ws.cell(r, j, x)
                c.alignment = WRAP
                c.border = BORDER
            st = v[7]
            ws.cell(r, 8).fill = fill({"Complete": "9BC2E6", "In progress": "FFE699", "Not started": "FFFFFF"}[st])
            if "Novemebr" in v[6]:
                typo_row = r
        r += 1
    r += 1
    ws.cell(r, 1, "Tracker reviewed at the monthly governance meeting; evidence filed in the RQIA folder on the shared drive.").font = Font(italic=True, size=9)
    for col, w in zip("ABCDEFGHI", (5, 18, 11, 50, 46, 22, 18, 12, 28)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, name))
    assert typo_row == 12, typo_row

    write_yaml(name, {
        "source": "Slemish View Nursing Home (Broughshane, Co. Antrim), tracker of the RQIA quality improvement plan from an "
                  "unannounced care inspection (2025), following the RQIA QIP layout (area for improvement number, regulation or "
                  "standard ref, 'stated' first/second time, area for improvement, action, to be completed by) split under the "
                  "Regulations and Care Standards section bands, with status and comments columns added by the home.",
        "reads": "A one-sheet QIP tracker with seven areas for improvement under two section bands. The completion date of area "
                 "for improvement 5 (sheet row 12) reads '30 Novemebr 2025', a mistyped month, so a careful reader would stop "
                 "and ask what date was meant before taking the plan in.",
        "outcome": "refuse",
        "refuse_at": typo_row,
        "title": title,
    })


if __name__ == "__main__":
    make_yas()
    make_pennine()
    make_bridgewater()
    make_grampian()
    make_neyland()
    make_bramblewood()
    make_slemish()
    print("done")
