#!/usr/bin/env python
"""Build the seven oz1- blind test files (set heldout446) and their expected readings.

Run with /work/main/.venv/bin/python oz1_make.py from any directory; files are written
beside this script.  Only files whose names start with "oz1-" are written.
"""
import datetime as dt
import json
import os

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("oz1-")
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- yaml writer
def q(s):
    """A YAML double-quoted scalar (JSON string syntax is valid YAML)."""
    return json.dumps(s, ensure_ascii=False)


def write_expected(name, source, reads, outcome, title=None, actions=None,
                   accept_refusal=False, refuse_at=None):
    lines = ["source: >-", "  " + source, "reads: >-", "  " + reads,
             "outcome: " + outcome,
             "accept_refusal: " + ("true" if accept_refusal else "false")]
    if refuse_at is not None:
        lines.append("refuse_at: %d" % refuse_at)
    if title is not None:
        lines.append("title: " + q(title))
    if outcome == "read":
        lines.append("actions:")
        for a in actions:
            lines.append("  - ref: " + ("null" if a["ref"] is None else q(a["ref"])))
            lines.append("    under: [" + ", ".join(q(u) for u in a["under"]) + "]")
            lines.append("    action: " + q(a["action"]))
            lines.append("    lead: [" + ", ".join(q(x) for x in a["lead"]) + "]")
            lines.append("    end: " + ("null" if a["end"] is None else q(a["end"])))
            if a.get("end_text") is not None:
                lines.append("    end_text: " + q(a["end_text"]))
            lines.append("    status: " + a["status"])
    with open(out(name + ".expected.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def A(ref, under, action, lead, end, status, end_text=None):
    return {"ref": ref, "under": list(under), "action": action, "lead": list(lead),
            "end": end, "end_text": end_text, "status": status}


# ---------------------------------------------------------------- docx helpers
def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    """Write text; '\n' starts a new paragraph inside the cell."""
    parts = text.split("\n") if text else [""]
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(parts[0])
    r.bold = bold
    r.font.size = Pt(size)
    for part in parts[1:]:
        p = cell.add_paragraph()
        r = p.add_run(part)
        r.bold = bold
        r.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, m, Cm(1.8))


DOCX_FILL = {"blue": "00B0F0", "green": "00B050", "amber": "FFC000", "red": "FF0000"}

# ---------------------------------------------------------------- xlsx helpers
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcolour):
    return PatternFill("solid", start_color=hexcolour, end_color=hexcolour)


XL_FILL = {"blue": "FF00B0F0", "green": "FF00B050", "amber": "FFFFC000", "red": "FFFF0000"}


def d(y, m, day):
    return dt.datetime(y, m, day)


# =============================================================================
# 1. Llanishen High School - Estyn post-inspection action plan (docx)
# =============================================================================
def llanishen():
    name = "oz1-llanishen-high-school-estyn-post-inspection-action-plan.docx"
    title = "Llanishen High School – Post-Inspection Action Plan"
    doc = Document()
    landscape(doc)
    doc.add_heading(title, level=0)
    doc.add_paragraph("Response to the recommendations of the Estyn core inspection, "
                      "4–8 November 2024")

    info = doc.add_table(rows=4, cols=4)
    info.style = "Table Grid"
    rows = [("School", "Llanishen High School", "Local authority", "Cardiff Council"),
            ("Inspection dates", "4–8 November 2024", "Report published", "14 January 2025"),
            ("Follow-up status", "Estyn review", "Plan approved by governing body", "28 January 2025"),
            ("Plan prepared by", "Headteacher and Senior Leadership Team",
             "Next review", "Governing body, June 2025")]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            set_cell(info.cell(i, j), v, bold=(j % 2 == 0))

    doc.add_paragraph("")
    doc.add_paragraph("Version control")
    vc = doc.add_table(rows=4, cols=3)
    vc.style = "Table Grid"
    for i, r in enumerate([("Version", "Date", "Summary of changes"),
                           ("0.1", "13/12/2024", "First draft shared with the local authority school improvement team"),
                           ("1.0", "28/01/2025", "Approved by the full governing body"),
                           ("1.1", "09/06/2025", "Summer term progress update – RAG ratings reviewed")]):
        for j, v in enumerate(r):
            set_cell(vc.cell(i, j), v, bold=(i == 0))

    doc.add_paragraph("")
    doc.add_paragraph("RAG key (progress at June 2025)")
    key = doc.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    for i, (colour, meaning) in enumerate([
            ("blue", "Action complete"),
            ("green", "On track"),
            ("amber", "Started – some slippage against timescale"),
            ("red", "Significant concern – action not progressing")]):
        set_cell(key.cell(i, 0), "")
        shade(key.cell(i, 0), DOCX_FILL[colour])
        set_cell(key.cell(i, 1), meaning)

    recs = [
        ("R1: Improve the quality of teaching and assessment so that all pupils are "
         "suitably challenged", [
            ("1.1", "Establish a whole-school teaching and learning group to develop a shared "
                    "understanding of effective challenge and questioning.",
             "Deputy Headteacher (Teaching & Learning)", "December 2024 – March 2025",
             "Group meets fortnightly; shared principles of challenge published to all staff.",
             "SLT line management meetings; governors’ Curriculum and Standards Committee",
             "blue", ["Deputy Headteacher (Teaching & Learning)"], "2025-03", None),
            ("1.2", "Deliver a programme of professional learning on adaptive teaching and "
                    "assessment for learning, with fortnightly twilight sessions for all teaching staff.",
             "Assistant Headteacher (Professional Learning)", "Spring – Summer term 2025",
             "All teaching staff attend; lesson observations show improved use of questioning.",
             "Learning walks; staff voice survey", "green",
             ["Assistant Headteacher (Professional Learning)"], "2025-07", None),
            ("1.3", "Introduce termly learning walks and work scrutiny focused on the level of "
                    "challenge, with findings reported to the Curriculum and Standards Committee.",
             "Headteacher / Deputy Headteacher (Teaching & Learning)", "Termly",
             "Most lessons observed provide suitable challenge for pupils of all abilities.",
             "Termly report to governors", "green",
             ["Headteacher", "Deputy Headteacher (Teaching & Learning)"], None, "Termly"),
        ]),
        ("R2: Strengthen the progressive development of pupils’ literacy, numeracy and "
         "digital skills across the curriculum", [
            ("2.1", "Map opportunities for the progressive development of literacy, numeracy and "
                    "digital skills in schemes of learning across all Areas of Learning and Experience.",
             "Assistant Headteacher (Curriculum)", "31 March 2025",
             "Skills map completed for every Area of Learning and Experience.",
             "Middle leader meetings; work scrutiny", "amber",
             ["Assistant Headteacher (Curriculum)"], "2025-03", None),
            ("2.2", "Implement a whole-school reading strategy.\nReading age testing for all "
                    "Year 7–9 pupils, with targeted intervention for pupils whose reading age is "
                    "below their chronological age.",
             "Literacy Coordinator; ALNCo", "Summer term 2025",
             "Reading ages of pupils receiving intervention improve by at least 12 months.",
             "Reading test data analysed each term", "green",
             ["Literacy Coordinator", "ALNCo"], "2025-07", None),
            ("2.3", "Provide planned opportunities for pupils to apply their numeracy skills in "
                    "science, technology and humanities lessons.",
             "Numeracy Coordinator", "Autumn term 2025",
             "Work scrutiny shows pupils applying numeracy skills at an appropriate level.",
             "Work scrutiny; pupil voice", None,
             ["Numeracy Coordinator"], "2025-12", None),
        ]),
        ("R3: Improve attendance, particularly of pupils eligible for free school meals", [
            ("3.1", "Appoint an attendance and family engagement officer to work with families "
                    "of pupils whose attendance is below 90%.",
             "Business Manager", "January 2025",
             "Officer in post; caseload of persistently absent pupils agreed.",
             "Headteacher’s report to governors", "blue",
             ["Business Manager"], "2025-01", None),
            ("3.2", "Analyse attendance data weekly by group, including pupils eligible for free "
                    "school meals, and agree actions at pastoral team meetings.",
             "Assistant Headteacher (Wellbeing)\nHeads of Year", "Weekly – ongoing",
             "Attendance of pupils eligible for free school meals rises to at least 86%.",
             "Weekly pastoral meeting minutes; local authority attendance review", "green",
             ["Assistant Headteacher (Wellbeing)", "Heads of Year"], None, "Weekly – ongoing"),
        ]),
        ("R4: Sharpen self-evaluation and improvement planning processes so that they focus "
         "precisely on pupils’ progress", [
            ("4.1", "Revise the school’s self-evaluation calendar so that leaders at all levels "
                    "evaluate the impact of provision on pupils’ progress.",
             "Headteacher", "By 31 July 2025",
             "Department self-evaluation reports refer to first-hand evidence of pupils’ progress.",
             "Governors’ Curriculum and Standards Committee", "red",
             ["Headteacher"], "2025-07", None),
            ("4.2", "Train governors to use first-hand evidence to challenge leaders on pupils’ "
                    "progress, including through termly link-governor visits.",
             "Chair of Governors / Headteacher", "April 2025 – October 2025",
             "Link-governor visit reports are completed for every Area of Learning and Experience.",
             "Full governing body minutes", "amber",
             ["Chair of Governors", "Headteacher"], "2025-10", None),
        ]),
    ]

    expected = []
    for rec, acts in recs:
        doc.add_paragraph("")
        doc.add_heading(rec, level=2)
        t = doc.add_table(rows=1 + len(acts), cols=7)
        t.style = "Table Grid"
        for j, h in enumerate(["Ref", "Actions", "Lead(s)", "Timescale", "Success criteria",
                               "Monitoring and evaluation", "RAG"]):
            set_cell(t.cell(0, j), h, bold=True)
            shade(t.cell(0, j), "D9E2F3")
        for i, (ref, act, lead, when, sc, mon, rag, leads, end, end_text) in enumerate(acts, 1):
            for j, v in enumerate([ref, act, lead, when, sc, mon, ""]):
                set_cell(t.cell(i, j), v)
            if rag:
                shade(t.cell(i, 6), DOCX_FILL[rag])
            expected.append(A(ref, [rec], act, leads, end, rag or "unrated", end_text))

    doc.add_paragraph("")
    doc.add_paragraph("Signed on behalf of the governing body")
    sig = doc.add_table(rows=2, cols=4)
    sig.style = "Table Grid"
    for i, r in enumerate([("Headteacher", "", "Date", "28/01/2025"),
                           ("Chair of Governors", "", "Date", "28/01/2025")]):
        for j, v in enumerate(r):
            set_cell(sig.cell(i, j), v)
    doc.save(out(name))

    write_expected(
        name,
        source=("Imitates a Welsh secondary school’s post-inspection action plan (PIAP) written "
                "after an Estyn core inspection under the 2022 framework (recommendations R1–R4; "
                "see Estyn follow-up guidance, https://estyn.gov.wales/inspection-guidance-type/follow-up-en). "
                "Copied features: title and school details table, version control table, RAG key "
                "table, one heading plus one table per recommendation, columns for success criteria "
                "and monitoring, fill-colour RAG cells with no text, job titles as leads (two posts "
                "joined by ‘/’, ‘;’ or on separate lines), term and period timescales, a signature table."),
        reads=("A school plan answering four Estyn recommendations; each recommendation is a "
               "heading followed by its own table of numbered actions with lead, timescale and a "
               "colour-only RAG cell read against the key (blue complete, green on track, amber "
               "slippage, red concern). Ten actions; one has no RAG fill yet (not started)."),
        outcome="read", title=title, actions=expected)


# =============================================================================
# 2. Priory Hospital Coed Du - HIW improvement plan (docx)
# =============================================================================
def priory():
    name = "oz1-priory-hospital-coed-du-hiw-mental-health-inspection-improvement-plan.docx"
    title = "Priory Hospital Coed Du – HIW Improvement Plan"
    doc = Document()
    landscape(doc)
    doc.add_heading(title, level=0)
    doc.add_paragraph("Independent mental health service inspection (unannounced), "
                      "7–9 October 2024")
    doc.add_paragraph("Registered provider: Priory Healthcare Limited    "
                      "Setting: independent hospital, Mold, Flintshire")

    expected = []
    cols = ["Improvement needed", "Standard / Regulation", "Service action",
            "Responsible officer", "Timescale"]

    # ---- Appendix B - immediate improvement plan
    doc.add_heading("Appendix B – Immediate improvement plan", level=1)
    doc.add_paragraph("Service: Priory Hospital Coed Du")
    doc.add_paragraph("Date of inspection: 7–9 October 2024")
    doc.add_paragraph("The table below includes any immediate non-compliance concerns about "
                      "patient safety identified during the inspection where we require the "
                      "service to complete an immediate improvement plan telling us about the "
                      "urgent actions they are taking.")
    imm = [
        ("The registered provider must ensure that ligature risk assessments for Clwyd ward "
         "are reviewed and updated to reflect the current environment, including the recently "
         "refurbished bathrooms.", "Regulation 26(2)(a)", [
            ("Ligature risk assessment for Clwyd ward fully reviewed by the Health and Safety "
             "Lead and Ward Manager, including the refurbished bathrooms; increased observation "
             "levels put in place pending works.",
             "Health and Safety Lead\nWard Manager – Clwyd", "10/10/2024",
             ["Health and Safety Lead", "Ward Manager – Clwyd"], "2024-10", None),
            ("Works order raised to replace the remaining fittings identified in the ward’s "
             "assisted bathroom with anti-ligature fittings.",
             "Estates Manager", "30/11/2024", ["Estates Manager"], "2024-11", None),
        ]),
        ("The registered provider must ensure that emergency resuscitation equipment is checked "
         "daily in line with the hospital’s policy and that checks are recorded.",
         "Regulation 15(1)(b)", [
            ("Daily checking of emergency resuscitation equipment on all wards added to the "
             "nurse in charge shift handover checklist.\nCompliance audited weekly by the Ward "
             "Manager and reported to the monthly Clinical Governance meeting.",
             "Director of Clinical Services", "Immediate and ongoing",
             ["Director of Clinical Services"], None, "Immediate and ongoing"),
        ]),
    ]
    n = 1 + sum(len(a) for _, _, a in imm)
    t = doc.add_table(rows=n, cols=5)
    t.style = "Table Grid"
    for j, h in enumerate(cols):
        set_cell(t.cell(0, j), h, bold=True)
        shade(t.cell(0, j), "D9D9D9")
    r = 1
    for need, reg, acts in imm:
        first = r
        set_cell(t.cell(r, 0), need)
        set_cell(t.cell(r, 1), reg)
        for act, officer, when, leads, end, end_text in acts:
            set_cell(t.cell(r, 2), act)
            set_cell(t.cell(r, 3), officer)
            set_cell(t.cell(r, 4), when)
            expected.append(A(None, [need], act, leads, end, "unrated", end_text))
            r += 1
        if r - 1 > first:
            for c in (0, 1):
                t.cell(first, c).merge(t.cell(r - 1, c))

    doc.add_paragraph("")
    doc.add_paragraph("The following section must be completed by a representative of the "
                      "service who has overall responsibility and accountability for ensuring "
                      "the improvement plan is actioned.")
    rep = doc.add_table(rows=3, cols=2)
    rep.style = "Table Grid"
    for i, (k, v) in enumerate([("Name (print):", "G. Pritchard"), ("Job role:", "Hospital Director"),
                                ("Date:", "11 October 2024")]):
        set_cell(rep.cell(i, 0), k, bold=True)
        set_cell(rep.cell(i, 1), v)

    # ---- Appendix C - improvement plan
    doc.add_page_break()
    doc.add_heading("Appendix C – Improvement plan", level=1)
    doc.add_paragraph("Service: Priory Hospital Coed Du")
    doc.add_paragraph("Date of inspection: 7–9 October 2024")
    doc.add_paragraph("The table below includes any other improvements identified during the "
                      "inspection where we require the service to complete an improvement plan "
                      "telling us about the actions they are taking to address these areas.")
    domains = [
        ("Quality of the patient experience", [
            ("The registered provider must ensure that patients are consistently involved in "
             "developing their care and treatment plans, and that their views are recorded.",
             "Regulation 15(1)(a)", [
                ("Care and treatment plan template amended to include a ‘my views’ section, "
                 "completed with the patient at each review.", "Director of Clinical Services",
                 "31 December 2024", ["Director of Clinical Services"], "2024-12", None),
                ("Monthly care plan audit extended to check patient involvement; results shared "
                 "at ward governance meetings.", "Ward Managers", "Monthly",
                 ["Ward Managers"], None, "Monthly"),
            ]),
            ("The registered provider must ensure that information about advocacy and how to "
             "raise a concern is displayed in Welsh and English on every ward.",
             "Regulation 24(1)", [
                ("Bilingual advocacy and complaints information displayed on all wards and added "
                 "to the patient welcome pack.", "Patient Experience Lead", "November 2024",
                 ["Patient Experience Lead"], "2024-11", None),
            ]),
        ]),
        ("Delivery of safe and effective care", [
            ("The registered provider must ensure that clinic room and medication fridge "
             "temperatures are monitored and recorded daily, and that action is taken when "
             "temperatures are outside the recommended range.", "Regulation 15(5)(a)", [
                ("Digital thermometers with minimum/maximum recording installed in all clinic "
                 "rooms; escalation flowchart displayed beside each medication fridge.",
                 "Lead Pharmacist\nWard Managers", "15/11/2024",
                 ["Lead Pharmacist", "Ward Managers"], "2024-11", None),
            ]),
            ("The registered provider must ensure that Mental Health Act documentation, including "
             "section 17 leave forms, is complete and that superseded forms are removed from "
             "patient records.", "Mental Health Act 1983 Code of Practice for Wales, Chapter 27", [
                ("Full audit of section 17 leave forms completed and superseded forms archived.",
                 "Mental Health Act Administrator", "January 2025",
                 ["Mental Health Act Administrator"], "2025-01", None),
            ]),
        ]),
        ("Quality of management and leadership", [
            ("The registered provider must ensure that compliance with mandatory training, "
             "including Immediate Life Support and the prevention and management of violence "
             "and aggression, reaches the hospital’s target of 90%.", "Regulation 20(2)(a)", [
                ("Additional ILS and PMVA training dates scheduled, with protected time on the "
                 "rota for staff whose training is out of date.",
                 "Training Coordinator / Hospital Director", "End of March 2025",
                 ["Training Coordinator", "Hospital Director"], "2025-03", None),
            ]),
            ("The registered provider must ensure that staff receive regular clinical "
             "supervision and an annual appraisal in line with the hospital’s policy.",
             "Regulation 20(2)(a)", [
                ("Supervision tracker introduced for each ward and reviewed at the monthly "
                 "senior management team meeting.", "Ward Managers", "28/02/2025",
                 ["Ward Managers"], "2025-02", None),
            ]),
        ]),
    ]
    n = 1 + sum(1 + sum(len(a) for _, _, a in needs) for _, needs in domains)
    t = doc.add_table(rows=n, cols=5)
    t.style = "Table Grid"
    for j, h in enumerate(cols):
        set_cell(t.cell(0, j), h, bold=True)
        shade(t.cell(0, j), "D9D9D9")
    r = 1
    for dom, needs in domains:
        c = t.cell(r, 0).merge(t.cell(r, 4))
        set_cell(c, dom, bold=True, size=10)
        shade(c, "BDD7EE")
        r += 1
        for need, reg, acts in needs:
            first = r
            set_cell(t.cell(r, 0), need)
            set_cell(t.cell(r, 1), reg)
            for act, officer, when, leads, end, end_text in acts:
                set_cell(t.cell(r, 2), act)
                set_cell(t.cell(r, 3), officer)
                set_cell(t.cell(r, 4), when)
                expected.append(A(None, [dom, need], act, leads, end, "unrated", end_text))
                r += 1
            if r - 1 > first:
                for cc in (0, 1):
                    t.cell(first, cc).merge(t.cell(r - 1, cc))

    doc.add_paragraph("")
    doc.add_paragraph("The following section must be completed by a representative of the "
                      "service who has overall responsibility and accountability for ensuring "
                      "the improvement plan is actioned.")
    rep = doc.add_table(rows=3, cols=2)
    rep.style = "Table Grid"
    for i, (k, v) in enumerate([("Name (print):", "G. Pritchard"), ("Job role:", "Hospital Director"),
                                ("Date:", "2 December 2024")]):
        set_cell(rep.cell(i, 0), k, bold=True)
        set_cell(rep.cell(i, 1), v)
    doc.save(out(name))

    write_expected(
        name,
        source=("Imitates the improvement plan appendices that Healthcare Inspectorate Wales "
                "attaches to its independent mental health hospital inspection reports and the "
                "provider completes (hiw.org.uk report template, 2022–2024 style). Copied "
                "features: ‘Appendix B – Immediate improvement plan’ and ‘Appendix C – Improvement "
                "plan’, each with Service / Date of inspection lines and an explanatory paragraph; "
                "columns Improvement needed | Standard / Regulation | Service action | Responsible "
                "officer | Timescale; HIW domain rows spanning the table in Appendix C; the "
                "‘improvement needed’ cell merged down over two service actions; service "
                "representative sign-off tables; no references and no RAG."),
        reads=("An independent hospital’s response to HIW: three immediate actions and seven "
               "further actions, each a service action answering an ‘improvement needed’ "
               "statement (grouped under the three HIW domains in Appendix C), with a "
               "responsible officer and timescale. Nothing is RAG-rated, so every action is unrated."),
        outcome="read", title=title, actions=expected)


# =============================================================================
# 3. Southern HSCT - corporate risk register (xlsx)
# =============================================================================
def southern():
    name = "oz1-southern-hsct-corporate-risk-register-2025-26.xlsx"
    title = "Southern Health and Social Care Trust – Corporate Risk Register 2025/26"
    wb = openpyxl.Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = title
    cv["A1"].font = Font(bold=True, size=14)
    cv["A2"] = "Position at 30 September 2025 – presented to Trust Board, 23 October 2025"
    cv["A4"] = "Document control"
    cv["A4"].font = Font(bold=True)
    for i, (k, v) in enumerate([("Version", "3.2"),
                                ("Owner", "Director of Performance & Reform"),
                                ("Reviewed by", "Senior Management Team, 14 October 2025"),
                                ("Next review", "Governance Committee, 20 November 2025")], 5):
        cv.cell(i, 1, k).font = Font(bold=True)
        cv.cell(i, 2, v)
    cv["A10"] = "Risk rating key (Regional HSC Risk Matrix, likelihood x impact)"
    cv["A10"].font = Font(bold=True)
    for i, (k, v, c) in enumerate([("Extreme", "15–25", "FFFF0000"), ("High", "8–12", "FFFFC000"),
                                   ("Medium", "4–6", "FFFFFF00"), ("Low", "1–3", "FF92D050")], 11):
        cv.cell(i, 1, k).fill = fill(c)
        cv.cell(i, 2, v)
    cv["A16"] = "Action status key"
    cv["A16"].font = Font(bold=True)
    for i, (k, v, c) in enumerate([
            ("B", "Complete", XL_FILL["blue"]),
            ("G", "On track to deliver by target date", XL_FILL["green"]),
            ("A", "Some slippage – revised target date agreed", XL_FILL["amber"]),
            ("R", "Significantly behind / target date at risk", XL_FILL["red"])], 17):
        cv.cell(i, 1, k).fill = fill(c)
        cv.cell(i, 2, v)
    cv.column_dimensions["A"].width = 22
    cv.column_dimensions["B"].width = 60

    ws = wb.create_sheet("CRR Q2")
    ws["A1"] = "Corporate Risk Register – Quarter 2 2025/26 (position at 30 September 2025)"
    ws["A1"].font = Font(bold=True, size=13)
    heads = ["Ref", "Risk", "Risk description", "Executive lead", "Initial risk rating",
             "Current risk rating", "Target risk rating", "Key controls in place",
             "Actions to address gaps in control", "Action owner", "Original target date",
             "Revised target date", "Status", "Progress update (Q2)"]
    for j, h in enumerate(heads, 1):
        c = ws.cell(3, j, h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill("FF1F4E79")
        c.alignment = WRAP
        c.border = BOX
    widths = [9, 24, 40, 20, 11, 11, 11, 36, 48, 26, 12, 12, 8, 40]
    for j, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(j)].width = w

    RATE = {"Extreme": "FFFF0000", "High": "FFFFC000", "Medium": "FFFFFF00", "Low": "FF92D050"}
    LETTER = {"blue": "B", "green": "G", "amber": "A", "red": "R"}

    objectives = [
        ("Corporate Objective 1 – Providing Safe, High Quality Care", [
            ("CR01 – Emergency Department capacity and patient flow",
             "Risk that sustained demand and delayed discharges lead to overcrowding in the "
             "Emergency Departments at Craigavon Area Hospital and Daisy Hill Hospital, "
             "resulting in long waits and potential harm to patients.",
             "Director of Acute Services", "Extreme (20)", "Extreme (16)", "High (9)",
             "Regional escalation plan; daily bed meetings; Hospital Ambulance Liaison Officer "
             "in post; weekly performance review.", [
                ("CR01.1", "Open the Craigavon Area Hospital Acute Medical Unit extension "
                           "(12 additional assessment spaces).",
                 "Assistant Director – Medicine & Unscheduled Care", d(2025, 7, 31), d(2025, 11, 30),
                 "amber", "Estates works delayed by contractor; handover now expected November.",
                 ["Assistant Director – Medicine & Unscheduled Care"], "2025-11", None),
                ("CR01.2", "Implement the regional Emergency Department safety and flow "
                           "escalation framework, including daily Trust-wide safety huddles at 09:00.",
                 "Head of Patient Flow", d(2025, 6, 30), None, "blue",
                 "Huddles embedded since June; framework audited in August.",
                 ["Head of Patient Flow"], "2025-06", None),
                ("CR01.3", "Expand the Hospital at Home service in the Southern area from 15 to "
                           "30 virtual beds.",
                 "Assistant Director – Older People’s Services / Head of Integrated Care",
                 d(2026, 3, 31), None, "green", "22 beds operational; recruitment of two further "
                 "advanced nurse practitioners under way.",
                 ["Assistant Director – Older People’s Services", "Head of Integrated Care"],
                 "2026-03", None),
            ]),
            ("CR02 – Domiciliary care capacity",
             "Risk that insufficient domiciliary care capacity results in people waiting in "
             "hospital or the community for packages of care, with deterioration of their "
             "health and independence.",
             "Director of Older People & Primary Care", "Extreme (20)", "Extreme (20)", "High (12)",
             "Unmet need list reviewed weekly; prioritisation framework; in-house "
             "reablement service.", [
                ("CR02.1", "Commission an additional 2,500 domiciliary care hours per week "
                           "through the new framework agreement with independent providers.",
                 "Head of Commissioning", d(2025, 9, 30), d(2025, 12, 31), "red",
                 "Only 900 additional hours secured; framework re-tender required in two lots.",
                 ["Head of Commissioning"], "2025-12", None),
                ("CR02.2", "Pilot the ‘Care Bureau’ model in the Newry & Mourne locality to match "
                           "packages to available carers daily.",
                 "Head of Community Care (Newry & Mourne)", "Q3 2025/26", None, "green",
                 "Pilot began 1 September; early evaluation due December.",
                 ["Head of Community Care (Newry & Mourne)"], "2025-12", None),
            ]),
        ]),
        ("Corporate Objective 3 – Being a Great Place to Work", [
            ("CR05 – Nursing and medical workforce",
             "Risk that vacancies in nursing and medical posts lead to reliance on agency staff, "
             "increased cost and reduced continuity of care.",
             "Director of HR & Organisational Development", "High (12)", "High (12)", "Medium (6)",
             "Regional recruitment campaigns; bank staff scheme; safe staffing escalation "
             "process.", [
                ("CR05.1", "Deliver the international nurse recruitment programme – 120 registrants "
                           "to be in post across acute and community settings.",
                 "Director of Nursing, Midwifery and AHPs", d(2026, 3, 31), None, "green",
                 "74 registrants in post; two further cohorts arriving January.",
                 ["Director of Nursing, Midwifery and AHPs"], "2026-03", None),
                ("CR05.2", "Reduce reliance on off-contract agency nursing by applying the regional "
                           "agency rate card and central approval of all off-contract shifts.",
                 "Director of HR & Organisational Development", d(2025, 8, 31), d(2026, 1, 31),
                 "amber", "Central approval in place; rate card implementation delayed pending "
                 "regional procurement.",
                 ["Director of HR & Organisational Development"], "2026-01", None),
            ]),
        ]),
        ("Corporate Objective 4 – Making the Best Use of Resources", [
            ("CR07 – Financial balance 2025/26",
             "Risk that the Trust does not achieve a break-even position in 2025/26 because "
             "savings plans are not delivered and demand pressures continue.",
             "Director of Finance, Procurement & Estates", "Extreme (16)", "Extreme (16)",
             "High (8)", "Financial plan approved by Trust Board; monthly budget monitoring; "
             "vacancy control panel.", [
                ("CR07.1", "Deliver the 2025/26 savings plan of £28.4m, with monthly reporting to "
                           "the Performance Committee.",
                 "Director of Finance, Procurement & Estates", d(2026, 3, 31), None, "amber",
                 "£11.2m delivered at month 6 against a profiled £13.9m.",
                 ["Director of Finance, Procurement & Estates"], "2026-03", None),
                ("CR07.2", "Undertake a review of high-cost placements in Mental Health and "
                           "Learning Disability services.",
                 "Director of Mental Health & Learning Disability", "Ongoing", None, "green",
                 "34 placements reviewed; three step-down moves agreed.",
                 ["Director of Mental Health & Learning Disability"], None, "Ongoing"),
            ]),
        ]),
    ]

    expected = []
    row = 4
    for obj, risks in objectives:
        ws.cell(row, 1, obj).font = Font(bold=True)
        for j in range(1, 15):
            ws.cell(row, j).fill = fill("FFD9E1F2")
            ws.cell(row, j).border = BOX
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=14)
        row += 1
        for rname, desc, lead_exec, r_init, r_cur, r_tgt, controls, acts in risks:
            first = row
            ws.cell(row, 2, rname)
            ws.cell(row, 3, desc)
            ws.cell(row, 4, lead_exec)
            for col, val in ((5, r_init), (6, r_cur), (7, r_tgt)):
                c = ws.cell(row, col, val)
                c.fill = fill(RATE[val.split(" ")[0]])
            ws.cell(row, 8, controls)
            for ref, act, owner, orig, rev, st, upd, leads, end, end_text in acts:
                ws.cell(row, 1, ref)
                ws.cell(row, 9, act)
                ws.cell(row, 10, owner)
                c = ws.cell(row, 11, orig)
                if isinstance(orig, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
                if rev is not None:
                    c = ws.cell(row, 12, rev)
                    c.number_format = "dd/mm/yyyy"
                c = ws.cell(row, 13, LETTER[st])
                c.fill = fill(XL_FILL[st])
                c.alignment = Alignment(horizontal="center", vertical="top")
                ws.cell(row, 14, upd)
                for j in range(1, 15):
                    ws.cell(row, j).border = BOX
                    if j != 13:
                        ws.cell(row, j).alignment = WRAP
                expected.append(A(ref, [obj, rname], act, leads, end, st, end_text))
                row += 1
            last = row - 1
            if last > first:
                for col in range(2, 9):
                    ws.merge_cells(start_row=first, start_column=col, end_row=last, end_column=col)
    row += 1
    ws.cell(row, 1, "Note: risks CR03, CR04 and CR06 are reported to Trust Board in confidential "
                    "session and are not included in this public version.")
    row += 2
    ws.cell(row, 1, "Summary of action status").font = Font(bold=True)
    counts = {"blue": 0, "green": 0, "amber": 0, "red": 0}
    for a in expected:
        counts[a["status"]] += 1
    for k, lab in (("blue", "Complete (B)"), ("green", "On track (G)"),
                   ("amber", "Some slippage (A)"), ("red", "Significantly behind (R)")):
        row += 1
        ws.cell(row, 1, lab)
        ws.cell(row, 3, counts[k])
    row += 1
    ws.cell(row, 1, "Total actions").font = Font(bold=True)
    ws.cell(row, 3, len(expected)).font = Font(bold=True)
    ws.freeze_panes = "C4"
    wb.save(out(name))

    write_expected(
        name,
        source=("Imitates a Northern Ireland HSC Trust Corporate Risk Register and Assurance "
                "Framework as presented to Trust Board each quarter (cf. the Western Trust CRR&AF "
                "reported at https://wearetyrone.com/news/report-highlights-extreme-risks-within-the-health-system/). "
                "Copied features: cover sheet with document control, regional risk matrix key and "
                "action status key; risks grouped under corporate objective band rows; risk, "
                "description, executive lead, ratings and controls merged down over each risk’s "
                "action rows; initial/current/target ratings as ‘Extreme (20)’ with fill colours; "
                "original and revised target dates; B/G/A/R status letters with fill; note line "
                "and a status summary block under the table."),
        reads=("The register lists four corporate risks under three corporate objectives; the "
               "actions to address gaps (CR01.1 to CR07.2) each have an owner, an original and "
               "sometimes a revised target date, and a B/G/A/R action status defined on the "
               "cover sheet. The risk ratings are risk scores, not action statuses."),
        outcome="read", title=title, actions=expected)


# =============================================================================
# 4. Scottish Fire and Rescue Service - Annual Operating Plan Q2 progress (xlsx)
# =============================================================================
def sfrs():
    name = "oz1-scottish-fire-and-rescue-service-annual-operating-plan-2025-26-q2-progress.xlsx"
    title = ("Scottish Fire and Rescue Service – Annual Operating Plan 2025-26: "
             "Quarter 2 Progress Report")
    RAGW = {"blue": "Complete", "green": "Green", "amber": "Amber", "red": "Red"}
    outcomes = [
        ("O1 Prevention", "Outcome 1: Community safety and wellbeing improves as we deploy "
                          "targeted initiatives to prevent emergencies and harm.", [
            ("1.1", "Deliver the revised Home Fire Safety Visit approach, targeting households "
                    "identified through Post Domestic Incident Response and partner referrals.",
             "Prevention, Protection & Preparedness", "Head of Prevention & Protection",
             d(2026, 3, 31), "green", "green",
             "14,210 visits completed in Q1–Q2; 68% to households assessed as high risk.",
             ["Head of Prevention & Protection"], "2026-03", None),
            ("1.2", "Implement year two of the Unwanted Fire Alarm Signals (UFAS) response model "
                    "review, including evaluation of call challenge outcomes.",
             "Service Delivery", "Head of Operations / Head of Prevention & Protection",
             "Dec 2025", "amber", "green",
             "Evaluation report drafted; attendance at UFAS down 47% on the pre-change baseline.",
             ["Head of Operations", "Head of Prevention & Protection"], "2025-12", None),
            ("1.3", "Publish the Youth Engagement Framework and roll out Firereach and Fire Skills "
                    "courses to all Local Senior Officer areas.",
             "Prevention, Protection & Preparedness", "Head of Prevention & Protection",
             "Q4 2025-26", "green", "amber",
             "Framework approved; course roll-out in three LSO areas delayed by instructor "
             "availability.", ["Head of Prevention & Protection"], "2026-03", None),
        ]),
        ("O2 Response", "Outcome 2: Communities are safer and more resilient as we respond "
                        "effectively to changing risks.", [
            ("2.1", "Progress the Service Delivery Model Programme Phase 3 options appraisal and "
                    "public consultation on station and appliance changes.",
             "Strategic Planning, Performance & Communications", "Deputy Chief Officer",
             d(2026, 6, 30), "green", "red",
             "Consultation launch paused pending Board decision on the revised option set; "
             "timeline under review.", ["Deputy Chief Officer"], "2026-06", None),
            ("2.2", "Introduce new wildfire operational procedures and equipment at the 25 "
                    "wildfire stations.",
             "Service Delivery", "Head of Operations", d(2025, 8, 31), "green", "blue",
             "All 25 stations equipped and crews trained before the end of August.",
             ["Head of Operations"], "2025-08", None),
            ("2.3", "Complete the review of Operations Control mobilising arrangements following "
                    "the implementation of the new Command and Control system.",
             "Service Delivery", "Head of Operations Control", "TBC", "Not started", "amber",
             "Review scope agreed; start date dependent on system go-live.",
             ["Head of Operations Control"], None, "TBC"),
        ]),
        ("O5 People", "Outcome 5: Our people are supported through a positive, healthy and "
                      "inclusive culture, which enables them to deliver a high-quality service.", [
            ("5.1", "Launch the refreshed Leadership and Management Development Framework for "
                    "supervisory, middle and strategic managers.",
             "People", "Director of People", "March 2026", "green", "green",
             "Supervisory module launched in September; middle manager module in design.",
             ["Director of People"], "2026-03", None),
            ("5.2", "Implement the Culture Action Plan actions on dignity at work, including a "
                    "confidential reporting line and training for all line managers.",
             "People", "Director of People\nHead of Safety & Assurance", d(2025, 12, 31),
             "amber", "amber",
             "Reporting line live; line manager training at 41% completion.",
             ["Director of People", "Head of Safety & Assurance"], "2025-12", None),
            ("5.3", "Deliver the Health and Wellbeing Strategy year one actions, including cancer "
                    "screening awareness and mental health first aid provision.",
             "People", "Head of Health & Wellbeing", d(2026, 3, 31), "green", "green",
             "112 mental health first aiders trained; screening sessions held at 9 stations.",
             ["Head of Health & Wellbeing"], "2026-03", None),
        ]),
    ]

    wb = openpyxl.Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = title
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Reporting period: 1 July – 30 September 2025"
    sm["A3"] = "Report to: Service Delivery Committee, 13 November 2025"
    heads = ["Outcome", "Actions", "Complete", "Green", "Amber", "Red"]
    for j, h in enumerate(heads, 1):
        c = sm.cell(5, j, h)
        c.font = Font(bold=True)
        c.border = BOX
    tot = [0, 0, 0, 0, 0]
    r = 6
    for sheet, otext, acts in outcomes:
        cnt = [len(acts)] + [sum(1 for a in acts if a[6] == k)
                             for k in ("blue", "green", "amber", "red")]
        sm.cell(r, 1, otext.split(":")[0])
        for j, v in enumerate(cnt, 2):
            sm.cell(r, j, v)
        tot = [a + b for a, b in zip(tot, cnt)]
        r += 1
    sm.cell(r, 1, "Total").font = Font(bold=True)
    for j, v in enumerate(tot, 2):
        sm.cell(r, j, v).font = Font(bold=True)
    r += 2
    sm.cell(r, 1, "RAG definitions").font = Font(bold=True)
    for k, txt in (("blue", "Complete – action delivered"),
                   ("green", "Green – on track to deliver by the due date"),
                   ("amber", "Amber – some slippage, remedial action in place"),
                   ("red", "Red – will not be delivered by the due date")):
        r += 1
        sm.cell(r, 1, RAGW[k]).fill = fill(XL_FILL[k])
        sm.cell(r, 2, txt)
    sm.column_dimensions["A"].width = 30
    sm.column_dimensions["B"].width = 12

    expected = []
    for sheet, otext, acts in outcomes:
        ws = wb.create_sheet(sheet)
        ws["A1"] = otext
        ws["A1"].font = Font(bold=True, size=12)
        ws.merge_cells("A1:H1")
        hs = ["Ref", "Action", "Directorate", "Action Owner", "Due Date", "Q1 RAG", "Q2 RAG",
              "Q2 Update"]
        for j, h in enumerate(hs, 1):
            c = ws.cell(3, j, h)
            c.font = Font(bold=True, color="FFFFFFFF")
            c.fill = fill("FFC00000")
            c.border = BOX
        for j, w in enumerate([6, 55, 24, 28, 12, 11, 11, 50], 1):
            ws.column_dimensions[get_column_letter(j)].width = w
        rr = 4
        for ref, act, direc, owner, due, q1, q2, upd, leads, end, end_text in acts:
            ws.cell(rr, 1, ref)
            ws.cell(rr, 2, act)
            ws.cell(rr, 3, direc)
            ws.cell(rr, 4, owner)
            c = ws.cell(rr, 5, due)
            if isinstance(due, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            for col, val in ((6, q1), (7, q2)):
                if val in RAGW:
                    c = ws.cell(rr, col, RAGW[val])
                    c.fill = fill(XL_FILL[val])
                else:
                    ws.cell(rr, col, val)
            ws.cell(rr, 8, upd)
            for j in range(1, 9):
                ws.cell(rr, j).border = BOX
                ws.cell(rr, j).alignment = WRAP
            expected.append(A(ref, [otext], act, leads, end, q2, end_text))
            rr += 1
        rr += 1
        ws.cell(rr, 1, "Q2 RAG reflects the position at 30 September 2025 as reported by action "
                       "owners through the Performance Management Framework.")
        ws.cell(rr, 1).font = Font(italic=True)
    wb.save(out(name))

    write_expected(
        name,
        source=("Imitates the Scottish Fire and Rescue Service Annual Operating Plan quarterly "
                "progress reports to the SFRS Board / Service Delivery Committee (the AOP is "
                "structured by Strategic Plan outcome, cf. ANNUAL OPERATING PLAN 2020/21, "
                "https://vdocuments.net/annual-operating-plan-202021-2020-12-3-rise-domestic-buildings-from-a-prevention.html). "
                "Copied features: summary sheet with counts per outcome and RAG definitions, one "
                "sheet per outcome with the outcome statement as its title row, action refs 1.1, "
                "directorate and action owner columns, previous (Q1) and current (Q2) RAG as words "
                "with fill colour, due dates mixing real dates, month text, a financial quarter and "
                "TBC, a notes line under each table."),
        reads=("A national fire service’s operating plan progress report: nine actions spread "
               "over three outcome sheets, each with owner, due date and Q1 and Q2 RAG; the Q2 "
               "RAG is the current status (Complete = blue). The summary sheet only counts them."),
        outcome="read", title=title, actions=expected)


# =============================================================================
# 5. Bield Housing & Care - Care Inspectorate improvement plan (xlsx, refuse)
# =============================================================================
def bield():
    name = "oz1-bield-housing-and-care-care-inspectorate-improvement-plan-typo-month-refuse.xlsx"
    title = "Bield Housing & Care – Care Inspectorate Improvement Plan"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Housing Support and Care at Home Service (Tayside) – inspection 10–13 February "
                "2025, report published 21 March 2025")
    ws["A3"] = "Plan owner: Head of Care and Support    Last updated: 18 June 2025"
    heads = ["Ref", "Requirement / area for improvement", "Action", "Who", "By when", "RAG",
             "Progress / evidence"]
    for j, h in enumerate(heads, 1):
        c = ws.cell(5, j, h)
        c.font = Font(bold=True)
        c.fill = fill("FF7030A0")
        c.font = Font(bold=True, color="FFFFFFFF")
        c.border = BOX
    for j, w in enumerate([9, 40, 50, 24, 13, 7, 44], 1):
        ws.column_dimensions[get_column_letter(j)].width = w

    LET = {"green": "G", "amber": "A", "red": "R", "blue": "B"}
    # (kind, values...)
    rows = [
        ("band", "Key question 1: How well do we support people’s wellbeing?"),
        ("req", "Requirement 1",
         "By 30 June 2025, the provider must ensure that people receive their medication as "
         "prescribed. To do this, the provider must, at a minimum:\na) ensure medication "
         "administration records are accurate and fully completed; and\nb) ensure that staff "
         "competency in the administration of medication is assessed and recorded."),
        ("act", "1.1", "Introduce a weekly audit of electronic medication administration records "
                       "by team leaders, with errors followed up in supervision.",
         "Team Leaders", d(2025, 5, 31), "green", "Weekly audits in place since April; error rate falling."),
        ("act", "1.2", "Complete observed medication competency assessments for all care staff "
                       "and record them on the training matrix.",
         "Service Manager", d(2025, 6, 30), "amber", "71 of 96 staff assessed."),
        ("req", "Area for improvement 1",
         "To support people’s health and wellbeing, the provider should ensure that changes in "
         "people’s health are recorded and shared promptly with relevant health professionals."),
        ("act", "AFI1.1", "Add a ‘change in health’ prompt to the visit notes on the scheduling app.",
         "Digital Lead", "Agust 2025", "green", "Specification agreed with the app supplier."),
        ("band", "Key question 3: How good is our staff team?"),
        ("req", "Requirement 2",
         "By 31 August 2025, the provider must ensure that staff receive regular supervision and "
         "that training is up to date, including moving and assisting and adult support and "
         "protection."),
        ("act", "2.1", "Publish a supervision schedule so that every member of staff has "
                       "supervision at least every eight weeks.",
         "Team Leaders", d(2025, 6, 30), "green", "Schedule published; 88% compliance in May."),
        ("act", "2.2", "Book moving and assisting and adult support and protection refresher "
                       "training for all staff whose training has lapsed.",
         "Learning and Development Adviser", d(2025, 8, 31), "amber",
         "Courses booked for July and August."),
        ("band", "Key question 5: How well is our care and support planned?"),
        ("req", "Area for improvement 2",
         "To ensure people’s care and support meets their needs, the provider should ensure that "
         "personal plans are reviewed at least every six months with the person and their "
         "representatives."),
        ("act", "AFI2.1", "Introduce a six-monthly review tracker for all personal plans.",
         "Service Manager", d(2025, 9, 30), "red", "Tracker not yet built; 40 reviews overdue."),
        ("act", "AFI2.2", "Train team leaders in outcome-focused review meetings.",
         "Learning and Development Adviser / Service Manager", "October 2025", None, ""),
    ]
    r = 6
    typo_row = None
    for row in rows:
        if row[0] == "band":
            ws.cell(r, 1, row[1]).font = Font(bold=True)
            for j in range(1, 8):
                ws.cell(r, j).fill = fill("FFE4DFEC")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        elif row[0] == "req":
            ws.cell(r, 1, row[1]).font = Font(bold=True)
            ws.cell(r, 2, row[2]).alignment = WRAP
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=7)
            for j in range(1, 8):
                ws.cell(r, j).fill = fill("FFF2F2F2")
                ws.cell(r, j).border = BOX
        else:
            _, ref, act, who, when, rag, prog = row
            ws.cell(r, 1, ref)
            ws.cell(r, 3, act)
            ws.cell(r, 4, who)
            c = ws.cell(r, 5, when)
            if isinstance(when, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            elif when == "Agust 2025":
                typo_row = r
            if rag:
                c = ws.cell(r, 6, LET[rag])
                c.fill = fill(XL_FILL[rag])
            ws.cell(r, 7, prog)
            for j in range(1, 8):
                ws.cell(r, j).border = BOX
                ws.cell(r, j).alignment = WRAP
        r += 1
    r += 1
    ws.cell(r, 1, "RAG: G = on track; A = some delay; R = not on track; B = complete. "
                  "Requirements and areas for improvement are quoted from the inspection report.")
    wb.save(out(name))
    assert typo_row == 11, typo_row

    write_expected(
        name,
        source=("Imitates a Scottish care provider’s improvement plan after a Care Inspectorate "
                "inspection of a combined housing support and care at home service, laid out by "
                "the Care Inspectorate key questions with the report’s requirements (dated "
                "‘By 30 June 2025, the provider must…’) and areas for improvement quoted above "
                "the provider’s actions. Copied features: title rows, key-question band rows, "
                "requirement text rows merged across the table, refs 1.1 / AFI1.1, job-title "
                "leads, date cells, G/A/R letters with fill, a RAG note line."),
        reads=("A care provider’s plan answering two requirements and two areas for improvement "
               "with eight actions. The ‘By when’ cell of action AFI1.1 on sheet row 11 reads "
               "‘Agust 2025’, a mistyped month; a careful reader would stop and ask what date was "
               "meant before taking the plan in."),
        outcome="refuse", refuse_at=11, title=title)


# =============================================================================
# 6. Moray IJB - internal audit recommendations tracker (csv)
# =============================================================================
def moray():
    name = "oz1-moray-ijb-internal-audit-recommendations-tracker.csv"
    title = "Moray Integration Joint Board – Internal Audit Recommendations Follow-up Tracker"
    ncol = 11
    header = ["Audit", "Ref", "Priority", "Recommendation", "Agreed management action",
              "Responsible officer", "Original due date", "Revised due date", "RAG",
              "Progress update (October 2025)", "Date closed"]
    audits = [
        ("Commissioning and Contract Monitoring (2023/24)", [
            ("1", "High", "Contract monitoring arrangements should be formalised for all "
                          "commissioned services, with a documented schedule of monitoring visits "
                          "and performance returns.", [
                ("1.1", "Develop a contract monitoring framework setting out monitoring frequency "
                        "proportionate to contract value and risk.",
                 "Commissioning Manager", "31/03/2024", "30/09/2024", "Blue",
                 "Framework approved by Senior Management Team in September 2024.", "30/09/2024",
                 ["Commissioning Manager"], "2024-09", None, "blue"),
                ("1.2", "Report a six-monthly summary of contract performance to the Audit, "
                        "Performance and Risk Committee.",
                 "Commissioning Manager; Head of Service (Strategy & Transformation)",
                 "30/06/2024", "31/12/2025", "Amber",
                 "First report delayed by vacancy in the commissioning team; now scheduled for "
                 "the December committee.", "",
                 ["Commissioning Manager", "Head of Service (Strategy & Transformation)"],
                 "2025-12", None, "amber"),
            ]),
            ("2", "Medium", "Directions issued to NHS Grampian and Moray Council should specify "
                            "the services, budgets and performance expectations in line with "
                            "statutory guidance.", [
                ("2.1", "Review the Directions template against Scottish Government statutory "
                        "guidance and present revised Directions to the IJB.",
                 "Chief Officer", "30/09/2024", "31/03/2025", "Blue",
                 "Revised Directions approved by the IJB on 27 March 2025.", "27/03/2025",
                 ["Chief Officer"], "2025-03", None, "blue"),
            ]),
        ]),
        ("Financial Planning and Budget Monitoring (2024/25)", [
            ("1", "High", "The medium term financial framework should be updated to include "
                          "recovery actions that close the projected funding gap, with each "
                          "saving linked to an accountable officer.", [
                ("1.1", "Update the Medium Term Financial Framework 2025-2030 with a savings and "
                        "recovery plan for approval by the IJB.",
                 "Chief Financial Officer", "31/03/2025", "30/06/2025", "Blue",
                 "Approved by the IJB in June 2025.", "26/06/2025",
                 ["Chief Financial Officer"], "2025-06", None, "blue"),
                ("1.2", "Introduce a savings tracker reported monthly to the Senior Management "
                        "Team.\nEach saving to have a named accountable officer and delivery "
                        "milestones.",
                 "Chief Financial Officer / Chief Officer", "30/09/2025", "", "Red",
                 "Tracker designed but not yet reported; overdue.", "",
                 ["Chief Financial Officer", "Chief Officer"], "2025-09", None, "red"),
            ]),
            ("2", "Low", "Budget monitoring reports should explain the reasons for significant "
                         "variances and the action being taken.", [
                ("2.1", "Revise the budget monitoring report template to include a variance "
                        "analysis section for variances over £100k.",
                 "Principal Accountant (IJB)", "Dec-25", "", "Green",
                 "New template used in draft for the quarter 2 report.", "",
                 ["Principal Accountant (IJB)"], "2025-12", None, "green"),
            ]),
        ]),
        ("Risk Management (2024/25)", [
            ("1", "Medium", "The IJB's strategic risk register should be reviewed to ensure the "
                            "risk appetite statement is applied and target risk scores are set.", [
                ("1.1", "Hold a development session with IJB members to agree the risk appetite "
                        "statement.",
                 "Chief Officer", "30/11/2025", "", "Green",
                 "Session arranged for 20 November 2025.", "",
                 ["Chief Officer"], "2025-11", None, "green"),
                ("1.2", "Update the strategic risk register to include target scores and "
                        "timescales for reaching them.",
                 "Corporate Manager", "31/01/2026", "", "Green", "", "",
                 ["Corporate Manager"], "2026-01", None, "green"),
            ]),
            ("2", "Low", "Operational risk registers held by service areas should be reviewed at "
                         "least quarterly.", [
                ("2.1", "Issue guidance to heads of service on quarterly review of operational "
                        "risk registers, with compliance reported through the Clinical and Care "
                        "Governance Group.",
                 "Heads of Service", "Quarterly", "", "Green",
                 "Guidance issued; first compliance report due January 2026.", "",
                 ["Heads of Service"], None, "Quarterly", "green"),
            ]),
        ]),
    ]

    def csvfield(s):
        s = str(s)
        if any(ch in s for ch in ',"\n\r'):
            return '"' + s.replace('"', '""') + '"'
        return s

    def line(fields):
        fields = list(fields) + [""] * (ncol - len(fields))
        return ",".join(csvfield(f) for f in fields)

    lines = [line([title]),
             line(["Audit, Performance and Risk Committee – 27 November 2025 – position at "
                   "31 October 2025"]),
             line(["RAG: Blue = complete; Green = on track; Amber = at risk of missing the due "
                   "date; Red = overdue"]),
             line([]),
             line(header)]
    expected = []
    for audit, recs in audits:
        first_audit = True
        for recno, prio, rec, acts in recs:
            first_rec = True
            for (ref, act, officer, orig, rev, rag, prog, closed, leads, end, end_text,
                 st) in acts:
                lines.append(line([audit if first_audit else "", ref,
                                   prio if first_rec else "", rec if first_rec else "", act,
                                   officer, orig, rev, rag, prog, closed]))
                expected.append(A(ref, [audit, rec], act, leads, end, st, end_text))
                first_audit = False
                first_rec = False
    lines.append(line([]))
    cnt = {}
    for a in expected:
        cnt[a["status"]] = cnt.get(a["status"], 0) + 1
    lines.append(line(["Summary"]))
    for k, lab in (("blue", "Blue (complete)"), ("green", "Green"), ("amber", "Amber"),
                   ("red", "Red")):
        lines.append(line([lab, cnt.get(k, 0)]))
    lines.append(line(["Total actions", len(expected)]))
    with open(out(name), "w", encoding="utf-8-sig", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")

    write_expected(
        name,
        source=("Imitates an Integration Joint Board’s internal audit follow-up tracker as "
                "exported from Excel for its Audit, Performance and Risk Committee (Moray IJB; "
                "internal audit provided by the council’s internal audit service). Copied "
                "features: title, committee/date and RAG key lines padded with commas, audit "
                "name given only on the first row of each audit and the recommendation only on "
                "the first of its actions (fill-down), priority grading, original and revised "
                "due dates, RAG words, a date-closed column, a multi-line management action in "
                "quotes, and a summary block at the end; UTF-8 with BOM and CRLF line ends."),
        reads=("A tracker of three internal audits with six recommendations and nine agreed "
               "management actions; each action is read under its audit and recommendation "
               "(both filled down), with the responsible officer(s), the revised due date where "
               "one is given, and the RAG word (Blue = complete)."),
        outcome="read", title=title, actions=expected)


# =============================================================================
# 7. Enniskillen Royal Grammar School - ETI inspection action plan (txt)
# =============================================================================
def ergs():
    name = "oz1-enniskillen-royal-grammar-school-eti-inspection-action-plan.txt"
    title = "Enniskillen Royal Grammar School – ETI Inspection Action Plan 2025–26"
    afis = [
        ("Area for Improvement 1: To embed the effective use of assessment information across "
         "all departments so that pupils’ learning is consistently matched to their needs.", [
            ("1.1", "Provide whole-staff training on using baseline (CAT4) and internal assessment "
                    "data to plan differentiated learning.",
             "Mrs A Maguire (VP Curriculum)", "September 2025",
             "All teaching staff trained; data used in planning sampled by SLT.",
             "Training delivered on the August staff development days.", "Complete",
             ["Mrs A Maguire (VP Curriculum)"], "2025-09", None, "blue"),
            ("1.2", "Heads of Department to include a section on the use of assessment data in "
                    "each department development plan.",
             "Heads of Department", "October 2025",
             "Every department development plan contains data-informed targets.",
             "Template issued; 9 of 14 plans returned.", "On track",
             ["Heads of Department"], "2025-10", None, "green"),
            ("1.3", "Introduce termly pupil progress reviews for Years 8–12, with pupils "
                    "identified as underachieving placed on a monitored intervention programme.",
             "Mr D Kerr (Head of Year 11), Mrs A Maguire (VP Curriculum)", "December 2025",
             "Underachieving pupils identified and tracked; intervention outcomes reported to "
             "governors.", "First review cycle under way.", "On track",
             ["Mr D Kerr (Head of Year 11)", "Mrs A Maguire (VP Curriculum)"], "2025-12", None,
             "green"),
        ]),
        ("Area for Improvement 2: To improve the consistency of marking and feedback so that "
         "pupils know how to improve their work.", [
            ("2.1", "Review and relaunch the Assessment for Learning and Feedback Policy following "
                    "consultation with staff and the School Council.",
             "VP Curriculum", "June 2025",
             "Revised policy approved by the Board of Governors.",
             "Policy approved 11 June 2025.", "Complete", ["VP Curriculum"], "2025-06", None,
             "blue"),
            ("2.2", "Carry out a termly work scrutiny in each department, with findings reported "
                    "to the Senior Leadership Team.",
             "SLT link members / Heads of Department", "Termly",
             "Work scrutiny shows feedback is consistent with the policy in most books sampled.",
             "Autumn scrutiny scheduled for November.", "On track",
             ["SLT link members", "Heads of Department"], None, "Termly", "green"),
            ("2.3", "Pilot whole-class feedback in English and Science and evaluate its impact "
                    "through pupil voice surveys.",
             "Head of English; Head of Science", "January–March 2026",
             "Pupils in pilot classes can explain how to improve their work.", "",
             "Not yet started", ["Head of English", "Head of Science"], "2026-03", None,
             "unrated"),
        ]),
        ("Area for Improvement 3: To develop further the arrangements for safeguarding and "
         "pastoral care, particularly the recording and follow-up of concerns.", [
            ("3.1", "Move all pastoral and safeguarding records to a single secure electronic "
                    "recording system (MyConcern).",
             "Designated Teacher for Child Protection", "31/08/2025",
             "All concerns logged electronically with actions and outcomes recorded.",
             "Licence purchased; migration of historic paper records still in progress.",
             "Delayed", ["Designated Teacher for Child Protection"], "2025-08", None, "amber"),
            ("3.2", "Provide refresher training for all staff on recording concerns, delivered by "
                    "the Education Authority Child Protection Support Service.",
             "Designated Teacher for Child Protection; Deputy Designated Teachers",
             "November 2025", "100% of staff attend; records audit shows accurate recording.",
             "Training booked for 12 November.", "On track",
             ["Designated Teacher for Child Protection", "Deputy Designated Teachers"],
             "2025-11", None, "green"),
        ]),
    ]
    header = "\t".join(["Ref", "Action", "Person(s) responsible", "Timescale",
                        "Success criteria", "Progress to date", "Status"])
    lines = [title,
             "Response to the Education and Training Inspectorate report (inspection January "
             "2025; report published March 2025)",
             "Approved by the Board of Governors: 14 May 2025\tLast updated: 3 October 2025",
             "Status key: Complete | On track | Delayed (amber – behind schedule, will be "
             "achieved) | Not yet started",
             ""]
    expected = []
    for afi, acts in afis:
        lines.append(afi)
        lines.append(header)
        for (ref, act, who, when, sc, prog, status, leads, end, end_text, st) in acts:
            lines.append("\t".join([ref, act, who, when, sc, prog, status]))
            expected.append(A(ref, [afi], act, leads, end, st, end_text))
        lines.append("")
    lines.append("Signed: Principal\tChair, Board of Governors")
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")

    write_expected(
        name,
        source=("Imitates a Northern Ireland post-primary school’s action plan sent to the "
                "Department of Education/ETI after an inspection identifying areas for "
                "improvement (ETI follow-up process, https://www.etini.gov.uk/inspection-outcome-and-what-happens-next), "
                "saved from the school’s tracker as tab-separated text. Copied features: title "
                "and approval lines, status key line, each area for improvement as a heading line "
                "followed by a repeated column header and numbered actions, named staff with "
                "roles and job titles as leads, success criteria and progress columns, status "
                "words, a closing signature line."),
        reads=("A grammar school’s plan for three areas for improvement with eight numbered "
               "actions; each action has the person(s) responsible, a timescale (months, a period, "
               "or Termly) and a status word read by the key (Complete = blue, On track = green, "
               "Delayed = amber, Not yet started = unrated)."),
        outcome="read", title=title, actions=expected)


if __name__ == "__main__":
    llanishen()
    priory()
    southern()
    sfrs()
    bield()
    moray()
    ergs()
    print("done")
