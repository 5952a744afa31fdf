#!/usr/bin/env python3
"""Build the seven zxy- blind test files (set heldout628) and their expected readings.

Bodies: Wales / Scotland / Northern Ireland.  Run with /work/main/.venv/bin/python.
Only files whose names start with `zxy-` are written.
"""
import datetime as dt
import json
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


def out(name):
    assert name.startswith("zxy-")
    return os.path.join(HERE, name)


def fill(hex6):
    return PatternFill(start_color=hex6, end_color=hex6, fill_type="solid")


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BLUE, GREEN, AMBER, RED = "5B9BD5", "92D050", "FFC000", "FF0000"


def write_expected(name, source, reads, outcome, title, actions, refuse_at=None,
                   accept_refusal=False):
    doc = {"source": source, "reads": reads, "outcome": outcome,
           "accept_refusal": accept_refusal}
    if refuse_at is not None:
        doc["refuse_at"] = refuse_at
    if title is not None:
        doc["title"] = title
    if outcome == "read":
        acts = []
        for a in actions:
            e = {"ref": a["ref"], "under": a["under"], "action": a["action"],
                 "lead": a["lead"], "end": a["end"]}
            if a.get("end_text") is not None:
                e["end_text"] = a["end_text"]
            e["status"] = a["status"]
            acts.append(e)
        doc["actions"] = acts
    with open(out(name) + ".expected.yaml", "w", encoding="utf-8") as f:
        f.write(to_yaml(doc))
    assert yaml.safe_load(to_yaml(doc)) == doc


def q(v):
    """A YAML scalar: strings double-quoted (JSON syntax is valid YAML), null, numbers, bools."""
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    return json.dumps(v, ensure_ascii=False)


def to_yaml(doc):
    lines = []
    for k, v in doc.items():
        if k in ("source", "reads"):
            lines.append(f"{k}: >-")
            lines.append("  " + v)
        elif k == "actions":
            lines.append("actions:")
            for a in v:
                first = True
                for ak, av in a.items():
                    pre = "  - " if first else "    "
                    first = False
                    if isinstance(av, list):
                        lines.append(f"{pre}{ak}: [" + ", ".join(q(x) for x in av) + "]")
                    else:
                        lines.append(f"{pre}{ak}: {q(av)}")
        else:
            lines.append(f"{k}: {q(v)}")
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------
# 1. HIW GP inspection improvement plan (Wales) - xlsx, three sheets
# ---------------------------------------------------------------------------
def make_hiw():
    name = "zxy-pencoed-medical-centre-hiw-gp-inspection-improvement-plan.xlsx"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Pencoed Medical Centre – HIW Improvement Plan"
    cov["A1"].font = Font(bold=True, size=14)
    rows = [("Health board:", "Cwm Taf Morgannwg University Health Board"),
            ("Inspection type:", "General Practice Inspection (Announced)"),
            ("Date of inspection:", "3 June 2025"),
            ("Report published:", "4 September 2025")]
    for i, (k, v) in enumerate(rows, start=3):
        cov.cell(i, 1, k).font = Font(bold=True)
        cov.cell(i, 2, v)
    cov["A8"] = "Version control"
    cov["A8"].font = Font(bold=True)
    vc = [("Version", "Date", "Author", "Comment"),
          ("0.1", "24/07/2025", "Practice Manager", "Draft response returned to HIW"),
          ("1.0", "04/09/2025", "Practice Manager", "Published with HIW report"),
          ("1.1", "30/09/2025", "Practice Manager", "Progress column added for partners’ meeting")]
    for i, r in enumerate(vc, start=9):
        for j, v in enumerate(r, start=1):
            c = cov.cell(i, j, v)
            c.border = BOX
            if i == 9:
                c.font = Font(bold=True)
                c.fill = fill("D9D9D9")
    cov.column_dimensions["A"].width = 22
    cov.column_dimensions["B"].width = 44
    cov.column_dimensions["C"].width = 20
    cov.column_dimensions["D"].width = 44

    hdr = ["Risk/finding/issue", "Improvement needed", "Standard / Regulation",
           "Service action", "Responsible officer", "Timescale"]

    b = wb.create_sheet("Appendix B")
    b["A1"] = "Appendix B – Immediate improvement plan"
    b["A1"].font = Font(bold=True, size=13)
    b["A2"] = "Service: Pencoed Medical Centre"
    b["A3"] = "Date of inspection: 3 June 2025"
    b["A5"] = ("This table lists any immediate concerns about patient safety found during the "
               "inspection for which the service was asked to give urgent assurance.")
    for j, h in enumerate(hdr, start=1):
        c = b.cell(7, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F4E79")
        c.border = BOX
        c.alignment = WRAP
    b["A8"] = "No immediate assurance issues were identified on this inspection."
    b.merge_cells("A8:F8")
    for col, w in zip("ABCDEF", (36, 40, 28, 44, 22, 14)):
        b.column_dimensions[col].width = w

    c_ = wb.create_sheet("Appendix C")
    c_["A1"] = "Appendix C – Improvement plan"
    c_["A1"].font = Font(bold=True, size=13)
    c_["A2"] = "Service: Pencoed Medical Centre"
    c_["A3"] = "Date of inspection: 3 June 2025"
    c_["A4"] = ("This table lists the other improvements identified during the inspection and "
                "the actions the practice is taking to address them.")
    hdr2 = ["Ref"] + hdr + ["Progress at 30/09/2025"]
    for j, h in enumerate(hdr2, start=1):
        c = c_.cell(6, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F4E79")
        c.border = BOX
        c.alignment = WRAP

    S1 = "Quality of the patient experience"
    S2 = "Delivery of safe and effective care"
    S3 = "Quality of management and leadership"
    # (ref, finding, improvement needed, standard, action, officer, timescale cell,
    #  progress fill, expected lead, end, end_text, status)
    items = [
        ("section", S1),
        (1, "Information about how to raise a concern under NHS Putting Things Right was not "
            "displayed in the waiting area or on the practice website.",
         "The practice must ensure that information on Putting Things Right is clearly displayed "
         "in the waiting area and on the practice website, in English and Welsh.",
         "Health and Care Quality Standards 2023 – Person-centred; Putting Things Right "
         "Regulations 2011",
         "Bilingual Putting Things Right posters displayed in reception and both waiting areas.\n"
         "Practice website complaints page updated with a link to the health board’s Putting "
         "Things Right leaflet.",
         "Practice Manager", dt.datetime(2025, 7, 31), BLUE,
         ["Practice Manager"], "2025-07", None, "blue"),
        (2, "There was no hearing loop available at reception.",
         "The practice should consider the installation of a hearing loop and make patients "
         "aware that it is available.",
         "Health and Care Quality Standards 2023 – Equitable",
         "Portable hearing loop to be purchased and reception staff trained in its use; signage "
         "added at reception.",
         "Reception Supervisor", "September 2025", GREEN,
         ["Reception Supervisor"], "2025-09", None, "green"),
        (3, "Patients told us they found it difficult to get through on the telephone in the "
            "morning.",
         "The practice must review its telephone and appointment arrangements in light of patient "
         "feedback and keep patients informed of any changes.",
         "Health and Care Quality Standards 2023 – Timely",
         "Call-queuing data to be reviewed monthly at the practice meeting.\n"
         "Additional call handler to be rostered 08:00–10:30 on Mondays and Tuesdays.\n"
         "Patient survey to be repeated in the autumn.",
         "Practice Manager / Lead GP", "30/11/2025", AMBER,
         ["Practice Manager", "Lead GP"], "2025-11", None, "amber"),
        ("section", S2),
        (4, "Two items in the emergency drugs box had passed their expiry date and checks were not "
            "recorded consistently.",
         "The practice must ensure that emergency drugs and equipment are checked weekly and that "
         "the checks are recorded.",
         "Health and Care Quality Standards 2023 – Safe",
         "Out-of-date items replaced on the day of inspection. Weekly checklist introduced; checks "
         "signed by the duty nurse and countersigned monthly by the Practice Nurse Lead.",
         "Practice Nurse Lead", dt.datetime(2025, 6, 5), BLUE,
         ["Practice Nurse Lead"], "2025-06", None, "blue"),
        (5, "Not all clinical staff had completed safeguarding training at the level appropriate "
            "to their role.",
         "The practice must ensure all staff complete safeguarding adults and children training at "
         "the level appropriate to their role.",
         "Health and Care Quality Standards 2023 – Safe; Safeguarding Children and Adults at Risk "
         "Training Framework",
         "Training matrix updated and outstanding clinicians booked onto Level 3 sessions through "
         "the health board.",
         "Dr R Howells (Safeguarding Lead)", "31/10/2025", GREEN,
         ["Dr R Howells (Safeguarding Lead)"], "2025-10", None, "green"),
        (6, "Clinical waste bins in the treatment room were not locked and the external bin store "
            "was open.",
         "The practice must ensure that clinical waste is stored securely at all times.",
         "Health and Care Quality Standards 2023 – Safe",
         "Lockable bins ordered; bin store padlock replaced and key held at reception.",
         "Practice Manager", "Aug-25", RED,
         ["Practice Manager"], "2025-08", None, "red"),
        ("section", S3),
        (7, "Annual appraisals were overdue for several members of the administrative team.",
         "The practice must ensure that all staff receive an annual appraisal.",
         "Health and Care Quality Standards 2023 – Leadership; Workforce",
         "Appraisal schedule agreed for all administrative staff; appraisals to be completed by "
         "the Practice Manager and Reception Supervisor.",
         "Practice Manager, Reception Supervisor", "December 2025", None,
         ["Practice Manager", "Reception Supervisor"], "2025-12", None, "unrated"),
        (8, "Not all practice policies had been reviewed by their stated review dates.",
         "The practice should ensure all policies are reviewed and version-controlled.",
         "Health and Care Quality Standards 2023 – Leadership",
         "Policy register created with review dates; policies to be reviewed at partners’ "
         "meetings on a rolling basis.",
         "Partners", "Ongoing", GREEN,
         ["Partners"], None, "Ongoing", "green"),
    ]
    r = 7
    expected = []
    section = None
    for it in items:
        if it[0] == "section":
            section = it[1]
            c = c_.cell(r, 1, section)
            c.font = Font(bold=True)
            c.fill = fill("D9E1F2")
            c_.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            r += 1
            continue
        (ref, finding, need, std, action, officer, tcell, prog, lead, end, end_text,
         status) = it
        vals = [ref, finding, need, std, action, officer, tcell, None]
        for j, v in enumerate(vals, start=1):
            c = c_.cell(r, j, v)
            c.alignment = WRAP
            c.border = BOX
        if isinstance(tcell, dt.datetime):
            c_.cell(r, 7).number_format = "dd/mm/yyyy"
        if prog:
            c_.cell(r, 8).fill = fill(prog)
        expected.append({"ref": str(ref), "under": [section, need], "action": action,
                         "lead": lead, "end": end, "end_text": end_text, "status": status})
        r += 1
    r += 1
    c_.cell(r, 1, "Progress key:").font = Font(bold=True)
    for j, (col, lab) in enumerate([(BLUE, "Complete"), (GREEN, "On track"),
                                    (AMBER, "Some slippage"), (RED, "Off track")], start=2):
        c = c_.cell(r, j, lab)
        c.fill = fill(col)
    r += 2
    c_.cell(r, 1, "Service representative").font = Font(bold=True)
    for k, v in [("Name (print):", "Sarah Pritchard"), ("Job role:", "Practice Manager"),
                 ("Date:", "24/07/2025")]:
        r += 1
        c_.cell(r, 1, k)
        c_.cell(r, 2, v)
    for col, w in zip("ABCDEFGH", (6, 36, 40, 28, 48, 22, 14, 14)):
        c_.column_dimensions[col].width = w
    c_.freeze_panes = "A7"
    wb.save(out(name))

    write_expected(
        name,
        source=("Imitates a Healthcare Inspectorate Wales (HIW) general practice inspection "
                "improvement plan as returned by a GP practice in Cwm Taf Morgannwg UHB (2025): "
                "the HIW template with Appendix B (immediate improvement plan, here nil return) "
                "and Appendix C (improvement plan) with columns Risk/finding/issue, Improvement "
                "needed, Standard / Regulation, Service action, Responsible officer, Timescale, "
                "grouped under the three HIW report domains as merged band rows; the practice "
                "added a Ref column and a fill-colour-only progress column with a key, a cover "
                "sheet with version control, and the HIW 'Service representative' sign-off block."),
        reads=("A practice's response to HIW: eight numbered improvements under the three HIW "
               "domains, each with the finding, the improvement HIW asked for and the practice's "
               "action, officer and timescale; progress is shown only by cell colour, explained "
               "by the key. Appendix B has no actions and the cover sheet is document control."),
        outcome="read",
        title="Pencoed Medical Centre – HIW Improvement Plan",
        actions=expected)


# ---------------------------------------------------------------------------
# 2. Education Scotland post-inspection action plan (Scotland) - tab-separated text
# ---------------------------------------------------------------------------
def make_es_txt():
    name = "zxy-wallacestone-primary-school-education-scotland-post-inspection-action-plan.txt"
    Q1 = "QI 2.3 Learning, teaching and assessment"
    A1 = ("Teachers should continue to improve the consistency of learning and teaching across "
          "the school, including the pace and challenge of learning for all children.")
    Q2 = "QI 3.2 Raising attainment and achievement"
    A2 = ("Senior leaders should develop further their approaches to tracking and monitoring "
          "children’s progress, so that attainment in literacy and numeracy is raised for all "
          "children.")
    Q3 = "QI 1.3 Leadership of change"
    A3 = ("The headteacher should ensure that the school improvement plan has a sharper focus on "
          "a few key priorities, with clear measures of success.")
    hdr = "Ref\tAction\tLead\tTimescale\tRAG\tProgress (Nov 2025)"
    lines = [
        "Wallacestone Primary School and Nursery Class – Post-Inspection Action Plan",
        "Falkirk Council – Children’s Services",
        "HM Inspectors (Education Scotland) full model inspection, February 2025. Letter to "
        "parents and report published 22 April 2025.",
        "Plan agreed with the Quality Improvement Officer: May 2025.  Progress update: "
        "November 2025.",
        "",
        "RAG:  B = complete   G = on track   A = some delay   R = not progressing",
        "",
    ]
    exp = []

    def block(qi, num, text, rows):
        lines.append(qi)
        lines.append(f"Area for improvement {num}")
        lines.append(text)
        lines.append(hdr)
        for row in rows:
            ref, action, lead_cell, tcell, rag, prog, lead, end, end_text, status = row
            parts = action.split("\n")
            if len(parts) == 1:
                lines.append("\t".join([ref, action, lead_cell, tcell, rag, prog]))
            else:
                # Word "save as text" of a cell with a line break: the rest of the row follows
                # the last line of the cell.
                lines.append(f"{ref}\t{parts[0]}")
                for p in parts[1:-1]:
                    lines.append(p)
                lines.append("\t".join([parts[-1], lead_cell, tcell, rag, prog]))
            exp.append({"ref": ref, "under": [qi, text], "action": action, "lead": lead,
                        "end": end, "end_text": end_text, "status": status})
        lines.append("")

    block(Q1, 1, A1, [
        ("1.1", "Agree a Wallacestone learning and teaching standard with staff and share it "
                "with parents/carers.", "HT", "Aug 2025", "B",
         "Standard launched at in-service day 18/08/2025 and shared at Meet the Teacher.",
         ["HT"], "2025-08", None, "blue"),
        ("1.2", "Programme of peer observation in triads, focused on differentiation and the "
                "pace of lessons.", "DHT / PT", "Sept 2025 – March 2026", "G",
         "Triads set up; first cycle of visits complete.",
         ["DHT", "PT"], "2026-03", "Sept 2025 – March 2026", "green"),
        ("1.3", "Use the Falkirk moderation framework to plan assessment of writing at each "
                "level,\nwith cluster moderation of one piece of writing per term.",
         "PT (Literacy)", "June 2026", "G", "Cluster moderation session held 05/11/2025.",
         ["PT (Literacy)"], "2026-06", None, "green"),
    ])
    block(Q2, 2, A2, [
        ("2.1", "Introduce termly attainment meetings between SLT and each class teacher, using "
                "the new tracker.", "HT / DHT", "Oct 2025", "B",
         "Meetings held for all classes in September and October.",
         ["HT", "DHT"], "2025-10", None, "blue"),
        ("2.2", "Targeted numeracy intervention (Number Talks) for identified P3–P5 learners, with "
                "baseline and end-point assessment.", "PT (Numeracy)", "March 2026", "A",
         "Start delayed to November because of staff absence.",
         ["PT (Numeracy)"], "2026-03", None, "amber"),
        ("2.3", "Report attainment data to the Parent Council twice a year.", "HT", "Ongoing",
         "G", "First report to the Parent Council 12/11/2025.",
         ["HT"], None, "Ongoing", "green"),
    ])
    block(Q3, 3, A3, [
        ("3.1", "Reduce the school improvement plan 2025/26 to three priorities, each with "
                "measurable outcomes.", "HT / QIO", "June 2025", "B",
         "SIP 2025/26 approved by the Head of Education.",
         ["HT", "QIO"], "2025-06", None, "blue"),
        ("3.2", "Pupil leadership groups to contribute to evaluating progress with each priority.",
         "DHT", "Dec 2025", "", "Not yet started – planned after the October break.",
         ["DHT"], "2025-12", None, "unrated"),
    ])
    lines.append("Next review: Quality Improvement Officer visit, February 2026.")
    with open(out(name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")

    write_expected(
        name,
        source=("Imitates a Scottish primary school's post-inspection action plan after an HM "
                "Inspectors (Education Scotland) full model inspection (Falkirk Council, 2025), "
                "saved from Word as tab-separated text: title lines, a one-line RAG letter key, "
                "each agreed area for improvement under the quality indicator (QI) it came "
                "from, a repeated table header, RAG letters, a progress column, and one cell "
                "with a hard line break that Word's text export splits over two lines."),
        reads=("Three areas for improvement, each under its How good is our school? QI, with "
               "two or three numbered actions carrying lead, timescale and a RAG letter; one "
               "action is not yet rated. Action 1.3's text runs on to a second line, after "
               "which its lead, timescale and RAG follow."),
        outcome="read",
        title="Wallacestone Primary School and Nursery Class – Post-Inspection Action Plan",
        actions=exp)


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex6):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex6)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        run = p.add_run(line)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
        if color:
            run.font.color.rgb = RGBColor.from_string(color)
        if i < len(lines) - 1:
            run.add_break()


# ---------------------------------------------------------------------------
# 3. ETI inspection action plan (Northern Ireland) - docx, one table with merged AFI rows
# ---------------------------------------------------------------------------
def make_eti():
    name = "zxy-ballinderry-primary-school-eti-inspection-action-plan.docx"
    d = Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Ballinderry Primary School – ETI Inspection Action Plan", level=0)
    d.add_paragraph("Education and Training Inspectorate inspection: 7–10 October 2024. "
                    "Report published: December 2024.")
    d.add_paragraph("Plan approved by the Board of Governors: 28 January 2025.  "
                    "Progress reviewed: June 2025.")
    t0 = d.add_table(rows=1, cols=4)
    t0.style = "Table Grid"
    for c, h in zip(t0.rows[0].cells, ["Version", "Date", "Changes", "Approved by"]):
        set_cell(c, h, bold=True)
        shade(c, "D9D9D9")
    for row in [("1.0", "28/01/2025", "First version following inspection",
                 "Board of Governors"),
                ("1.1", "16/06/2025", "Progress column updated for Summer BoG meeting",
                 "Principal")]:
        cells = t0.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)
    d.add_paragraph("")
    d.add_paragraph("The inspection report identified three areas for improvement. The actions "
                    "below form part of the School Development Plan 2024-27; progress is "
                    "reported to the Board of Governors each term and to the Education "
                    "Authority link officer.")
    hdr = ["Ref", "Action to be taken", "Person(s) responsible", "Success criteria",
           "Timescale", "Progress (June 2025)"]
    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, hdr):
        set_cell(c, h, bold=True, color="FFFFFF")
        shade(c, "2E5A88")
    AFI1 = ("Area for improvement 1: To use assessment information more effectively to plan "
            "learning that meets the needs of all children, including those who need additional "
            "support with literacy.")
    AFI2 = ("Area for improvement 2: To improve the consistency of the children’s written work in "
            "numeracy, including problem-solving and the use of mathematical language.")
    AFI3 = ("Area for improvement 3: For the Board of Governors to develop further its role in "
            "monitoring and evaluating the school’s progress in addressing the areas for "
            "improvement.")
    plan = [
        (AFI1, [
            ("1a", "Review the school’s assessment calendar and agree how standardised, diagnostic "
                   "and teacher assessment data will be used at planning meetings.",
             "Principal, Literacy Co-ordinator",
             "Assessment calendar in place; data discussed at every planning meeting.",
             "February 2025", "Achieved", ["Principal", "Literacy Co-ordinator"], "2025-02",
             None, "blue"),
            ("1b", "Staff training on differentiating literacy tasks, led by the EA Literacy "
                   "Support Officer.",
             "Literacy Co-ordinator",
             "Planners show differentiated literacy tasks in all classes.",
             "Spring term 2025", "Achieved", ["Literacy Co-ordinator"], "2025-04",
             "Spring term 2025", "blue"),
            ("1c", "Pupil tracking meetings each term between the SENCo and class teachers to "
                   "review the progress of children on the SEN register.",
             "SENCo/Vice-Principal",
             "Individual education plans updated with targets informed by tracking data.",
             "Termly", "On track", ["SENCo", "Vice-Principal"], None, "Termly", "green"),
        ]),
        (AFI2, [
            ("2a", "Audit numeracy books across Key Stages 1 and 2 and agree whole-school "
                   "presentation and marking expectations.",
             "Mrs J Kerr (Numeracy Co-ordinator)",
             "Agreed expectations evident in book scrutiny.",
             "March 2025", "Achieved", ["Mrs J Kerr (Numeracy Co-ordinator)"], "2025-03",
             None, "blue"),
            ("2b", "Introduce a weekly problem-solving session in every class from P3 to P7, "
                   "using the agreed ‘Think it, Solve it, Explain it’ approach.",
             "Numeracy Co-ordinator; class teachers",
             "Children explain their strategies using correct mathematical language.",
             "Autumn term 2025", "On track", ["Numeracy Co-ordinator", "class teachers"],
             "2025-12", "Autumn term 2025", "green"),
            ("2c", "Share examples of the children’s mathematical talk with parents through the "
                   "school app.",
             "Mrs J Kerr (Numeracy Co-ordinator)",
             "Parents report better understanding of how numeracy is taught.",
             "June 2025", "Not started", ["Mrs J Kerr (Numeracy Co-ordinator)"], "2025-06",
             None, "unrated"),
        ]),
        (AFI3, [
            ("3a", "Governors’ sub-committee to receive a written report on progress with this "
                   "action plan at each of its meetings.",
             "Chair of the Board of Governors",
             "Minutes show governors questioning and evaluating progress.",
             "June 2025", "Achieved", ["Chair of the Board of Governors"], "2025-06", None,
             "blue"),
            ("3b", "Governors to attend EA governor training on school improvement and "
                   "self-evaluation.",
             "Chair of the Board of Governors / Principal",
             "All governors trained; self-evaluation calendar agreed.",
             "31/10/2025", "On track", ["Chair of the Board of Governors", "Principal"],
             "2025-10", None, "green"),
        ]),
    ]
    exp = []
    for afi, rows in plan:
        cells = t.add_row().cells
        m = cells[0].merge(cells[5])
        set_cell(m, afi, bold=True)
        shade(m, "DDEBF7")
        for (ref, act, lead_cell, sc, tcell, prog, lead, end, end_text, status) in rows:
            cells = t.add_row().cells
            for c, v in zip(cells, [ref, act, lead_cell, sc, tcell, prog]):
                set_cell(c, v)
            exp.append({"ref": ref, "under": [afi], "action": act, "lead": lead, "end": end,
                        "end_text": end_text, "status": status})
    d.add_paragraph("")
    d.add_paragraph("Signed:")
    ts = d.add_table(rows=2, cols=3)
    ts.style = "Table Grid"
    for row, vals in zip(ts.rows, [("Principal", "Mrs A McCrea", "28/01/2025"),
                                   ("Chair of the Board of Governors", "Mr D Stewart",
                                    "28/01/2025")]):
        for c, v in zip(row.cells, vals):
            set_cell(c, v)
    d.save(out(name))

    write_expected(
        name,
        source=("Imitates a Northern Ireland primary school's action plan following an "
                "Education and Training Inspectorate (ETI) inspection (Lisburn area, 2024-25): "
                "Word document with title, inspection and Board of Governors approval lines, a "
                "version table, one plan table whose areas for improvement are full-width merged "
                "shaded rows above lettered actions (1a, 1b ...), columns for person(s) "
                "responsible, success criteria, timescale (months, school terms, Termly) and "
                "progress words, and a sign-off table."),
        reads=("Three ETI areas for improvement, each a merged row heading the actions beneath "
               "it; eight actions with people or posts responsible, timescales including "
               "'Spring term 2025', 'Autumn term 2025' and 'Termly', and progress recorded as "
               "Achieved, On track or Not started. The version and sign-off tables are not the "
               "plan."),
        outcome="read",
        title="Ballinderry Primary School – ETI Inspection Action Plan",
        actions=exp)


# ---------------------------------------------------------------------------
# 4. Care Inspectorate (Scotland) care home improvement plan - xlsx, REFUSE
# ---------------------------------------------------------------------------
def make_ci_refuse():
    name = ("zxy-strathmore-house-care-home-forfar-care-inspectorate-improvement-plan"
            "-typo-month-refuse.xlsx")
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement plan"
    ws["A1"] = "Strathmore House Care Home, Forfar – Improvement Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Care Inspectorate unannounced inspection 11–13 March 2025  |  Report published "
                "14 April 2025  |  Service no. CS2003010345")
    ws["A3"] = "Plan owner: Registered Manager  |  Last updated: 30/09/2025"
    hdr = ["No.", "Requirement / area for improvement", "Action", "Responsible", "Target date",
           "Revised date", "Progress / evidence", "RAG"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(5, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("385723")
        c.border = BOX
        c.alignment = WRAP
    R1 = ("Requirement 1: By 30 June 2025, the provider must ensure that people’s medication is "
          "managed safely and in line with best practice guidance. To do this the provider must, "
          "at a minimum: a) ensure medication administration records are accurate; b) ensure "
          "staff who administer medication are assessed as competent; c) ensure protocols for "
          "as-required medication are in place and followed.\nThis is to comply with Regulation "
          "4(1)(a) (Welfare of users) of The Social Care and Social Work Improvement Scotland "
          "(Requirements for Care Services) Regulations 2011 (SSI 2011/210).")
    R2 = ("Requirement 2: By 31 July 2025, the provider must ensure that each person has a "
          "personal plan that accurately reflects their current health, care and support needs "
          "and how these will be met.\nThis is to comply with Regulation 5(2)(b) (Personal plans) "
          "of The Social Care and Social Work Improvement Scotland (Requirements for Care "
          "Services) Regulations 2011 (SSI 2011/210).")
    F1 = ("Area for improvement 1: To support people’s wellbeing, the provider should ensure that "
          "meaningful activity is planned around people’s interests and that outcomes are "
          "recorded, including for people who spend most of their time in their rooms.\nThis is "
          "to ensure care and support is consistent with the Health and Social Care Standards "
          "(HSCS) which state: ‘I can choose to have an active life and participate in a range "
          "of recreational, social, creative, physical and learning activities every day, both "
          "indoors and outdoors.’ (HSCS 1.25)")
    F2 = ("Area for improvement 2: The provider should ensure that quality assurance processes "
          "are used effectively to identify and drive improvement, and that people and their "
          "families are involved in evaluating the service.\nThis is to ensure care and support "
          "is consistent with the HSCS which state: ‘I benefit from a culture of continuous "
          "improvement, with the organisation having robust and transparent quality assurance "
          "processes.’ (HSCS 4.19)")
    RAGF = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    blocks = [
        ("band", "REQUIREMENTS"),
        (R1, [
            ("1.1", "Complete a full audit of medication administration records (MAR) for all 38 "
                    "residents.", "Deputy Manager", "30/04/2025", "",
             "Audit completed 28/04/2025; findings shared at staff meeting.", "Complete"),
            ("1.2", "All staff who administer medication to complete the NHS Tayside medication "
                    "competency assessment.", "Clinical Lead", "31/05/2025", "31/07/2025",
             "34 of 36 staff assessed; 2 on long-term leave.", "Amber"),
            ("1.3", "Introduce weekly checks of as-required (PRN) medication protocols by senior "
                    "carers.", "Senior Carers / Deputy Manager", "30/06/2025", "",
             "Weekly checks in place since June.", "Green"),
        ]),
        (R2, [
            ("2.1", "Review every personal plan with the person and their representative, using "
                    "the new six-monthly review template.", "Named Nurses", "31/07/2025",
             "30/11/2025", "29 of 38 reviews complete.", "Amber"),
            ("2.2", "Monthly audit of personal plans by the Registered Manager, with actions fed "
                    "back at supervision.", "Registered Manager", "Monthly", "",
             "Audit tool agreed; first audit August 2025.", "Green"),
        ]),
        ("band", "AREAS FOR IMPROVEMENT"),
        (F1, [
            ("3.1", "Appoint a second activities co-ordinator to cover weekends.",
             "Registered Manager", "31/08/2025", "", "Post filled from 01/09/2025.", "Complete"),
            ("3.2", "Introduce ‘What matters to me’ one-page profiles and record participation in "
                    "activities on the care planning system.", "Activities Co-ordinators",
             "30/09/2025", "Febuary 2026",
             "Profiles completed for ground floor; first floor in progress.", "Amber"),
        ]),
        (F2, [
            ("4.1", "Develop an annual quality assurance calendar, including a monthly walkround "
                    "by the Operations Manager.", "Operations Manager", "31/10/2025", "",
             "Calendar drafted for approval at October governance meeting.", "Green"),
            ("4.2", "Hold quarterly residents’ and relatives’ meetings and publish a ‘You said, we "
                    "did’ summary.", "Registered Manager", "Quarterly", "",
             "Meetings held June and September; first summary on noticeboard.", "Green"),
        ]),
    ]
    r = 6
    typo_row = None
    for blk in blocks:
        if blk[0] == "band":
            c = ws.cell(r, 1, blk[1])
            c.font = Font(bold=True)
            c.fill = fill("E2EFDA")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            r += 1
            continue
        text, rows = blk
        first = r
        for (no, act, resp, tgt, rev, prog, rag) in rows:
            vals = [no, text if r == first else None, act, resp, tgt, rev or None, prog, rag]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(r, j, v)
                c.alignment = WRAP
                c.border = BOX
            ws.cell(r, 8).fill = fill(RAGF[rag])
            if rev == "Febuary 2026":
                typo_row = r
            r += 1
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(r, 1, "RAG key: Complete – action fully implemented and evidenced; Green – on track; "
                  "Amber – behind original target, revised date agreed; Red – at risk / not "
                  "progressing")
    for col, w in zip("ABCDEFGH", (6, 60, 44, 22, 12, 12, 36, 10)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"

    g = wb.create_sheet("Grades")
    g["A1"] = "Care Inspectorate evaluations – March 2025"
    g["A1"].font = Font(bold=True)
    grades = [("Key question", "Grade"),
              ("How well do we support people's wellbeing?", "3 - Adequate"),
              ("How good is our leadership?", "3 - Adequate"),
              ("How good is our staff team?", "4 - Good"),
              ("How good is our setting?", "4 - Good"),
              ("How well is our care and support planned?", "2 - Weak")]
    for i, (k, v) in enumerate(grades, start=3):
        g.cell(i, 1, k).border = BOX
        g.cell(i, 2, v).border = BOX
    g.column_dimensions["A"].width = 48
    g.column_dimensions["B"].width = 16
    wb.save(out(name))
    assert typo_row == 14, typo_row

    write_expected(
        name,
        source=("Imitates a Scottish care home's improvement plan following an unannounced Care "
                "Inspectorate inspection (Angus, 2025): Excel sheet with title and inspection "
                "lines, REQUIREMENTS and AREAS FOR IMPROVEMENT band rows, each requirement or "
                "area for improvement (with its regulation / HSCS citation) in a vertically "
                "merged cell beside its numbered actions, target and revised dates, progress "
                "evidence, RAG words with matching fill, a RAG key line and a second sheet of "
                "grades."),
        reads=("Nine actions answering two requirements and two areas for improvement, with "
               "original and revised target dates. The revised date for action 3.2 on sheet row "
               "14 reads 'Febuary 2026', a mistyped month in the end cell, so a careful reader "
               "stops and asks what date was meant."),
        outcome="refuse",
        refuse_at=typo_row,
        title="Strathmore House Care Home, Forfar – Improvement Plan",
        actions=None)


# ---------------------------------------------------------------------------
# 5. NIAO RTTCWG recommendations tracker (Northern Ireland) - csv
# ---------------------------------------------------------------------------
def csv_field(v):
    v = "" if v is None else str(v)
    if any(ch in v for ch in [",", "\"", "\n"]):
        return "\"" + v.replace("\"", "\"\"") + "\""
    return v


def make_niao_csv():
    name = ("zxy-northern-ireland-courts-and-tribunals-service-niao-rttcwg-recommendations"
            "-tracker.csv")
    NCOL = 10
    rows = []

    def line(*vals):
        vals = list(vals) + [""] * (NCOL - len(vals))
        rows.append(",".join(csv_field(v) for v in vals))

    line("Northern Ireland Courts and Tribunals Service – NIAO Report to Those Charged with "
         "Governance: Recommendations Tracker")
    line("Audit and Risk Assurance Committee – 20 November 2025")
    line()
    line("Ref", "Priority", "Finding", "Recommendation", "Management response / agreed action",
         "Responsible officer", "Original target date", "Revised target date", "Status", "RAG")
    S1 = "2024-25 RTTCWG (issued June 2025)"
    S2 = "2023-24 RTTCWG – recommendations brought forward"
    data = [
        ("section", S1),
        ("24/1", "Priority 1",
         "A number of manual journals were approved by the officer who prepared them.",
         "NICTS should ensure that all manual journals are independently reviewed and approved "
         "before they are posted.",
         "Segregation of duties enforced in the finance system from 1 July 2025; monthly "
         "exception report reviewed by the Financial Accountant.",
         "Head of Finance", "30/09/2025", "", "Implemented", "Blue",
         ["Head of Finance"], "2025-09", "blue"),
        ("24/2", "Priority 2",
         "Eleven leavers were not removed from the payroll system promptly, resulting in "
         "overpayments of £14,200.",
         "NICTS should strengthen leaver notification controls and recover the overpayments.",
         "Leavers checklist revised; line managers to notify HR Connect within two working "
         "days.\nMonthly reconciliation of leavers to payroll by the HR Business Partner.",
         "Head of HR; Head of Finance", "31/12/2025", "", "In progress", "Green",
         ["Head of HR", "Head of Finance"], "2025-12", "green"),
        ("24/3", "Priority 2",
         "Several courthouse assets were fully depreciated but still in use.",
         "NICTS should review the useful economic lives of its estate assets.",
         "Asset verification exercise across all court venues, with asset lives reviewed with "
         "LPS valuers.",
         "Head of Estates", "31/03/2026", "", "In progress", "Green",
         ["Head of Estates"], "2026-03", "green"),
        ("24/4", "Priority 3",
         "The Board register of interests had not been updated since 2023.",
         "The register of interests should be updated annually and published.",
         "Corporate Secretariat to issue annual declaration forms each April and publish the "
         "register on the NICTS website.",
         "Board Secretary", "30/06/2025", "31/10/2025", "Partially implemented", "Amber",
         ["Board Secretary"], "2025-10", "amber"),
        ("section", S2),
        ("23/2", "Priority 2",
         "Reconciliations between the Court Funds Office system and the bank were not performed "
         "daily.",
         "Daily reconciliations should be performed and reviewed.",
         "Automated daily reconciliation to be introduced as part of the Court Funds Office "
         "system upgrade.",
         "Accountant General (Court Funds Office)", "31/03/2025", "31/01/2026",
         "Not implemented – revised date agreed", "Red",
         ["Accountant General (Court Funds Office)"], "2026-01", "red"),
        ("23/5", "Priority 3",
         "Contract managers had not received training in contract management.",
         "Contract management guidance and training should be provided.",
         "Contract management guidance issued and training delivered to all contract managers.",
         "Head of Procurement", "30/09/2024", "", "Implemented", "Blue",
         ["Head of Procurement"], "2024-09", "blue"),
        ("23/6", "Priority 2",
         "Fines debt older than five years had not been reviewed for write-off.",
         "NICTS should agree a write-off policy for irrecoverable fines.",
         "Write-off policy for irrecoverable fines to be agreed with the Department of Justice and "
         "applied to debts over five years old.",
         "Director of Operations / Head of Finance", "31/12/2024", "30/06/2026", "In progress",
         "Amber", ["Director of Operations", "Head of Finance"], "2026-06", "amber"),
    ]
    exp = []
    section = None
    for d in data:
        if d[0] == "section":
            section = d[1]
            line(section)
            continue
        (ref, pri, finding, rec, action, officer, orig, rev, status, rag, lead, end,
         st) = d
        line(ref, pri, finding, rec, action, officer, orig, rev, status, rag)
        exp.append({"ref": ref, "under": [section, rec], "action": action, "lead": lead,
                    "end": end, "end_text": None, "status": st})
    line()
    line("Summary", "Number")
    line("Implemented", "2")
    line("In progress / partially implemented", "4")
    line("Not implemented", "1")
    line("Total", "7")
    line()
    line("RAG key: Blue – implemented; Green – on track; Amber – revised target date agreed; "
         "Red – not implemented by original date")
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(rows) + "\r\n")

    write_expected(
        name,
        source=("Imitates a Northern Ireland Audit Office (NIAO) Report to Those Charged with "
                "Governance recommendations tracker as taken to a Northern Ireland public body's "
                "Audit and Risk Assurance Committee (2025): CSV export with title and meeting "
                "lines, Ref/Priority/Finding/Recommendation/Management response columns, "
                "section rows for the current year's report and brought-forward "
                "recommendations, original and revised target dates, Status words plus a RAG "
                "column, a quoted multi-line response, a summary block and a RAG key line."),
        reads=("Seven NIAO recommendations in two year sections, each with the agreed "
               "management action, responsible officer(s), original and sometimes revised "
               "target dates (the revised one is the end) and a Blue/Green/Amber/Red RAG. The "
               "summary counts and key at the foot are not actions."),
        outcome="read",
        title=("Northern Ireland Courts and Tribunals Service – NIAO Report to Those Charged "
               "with Governance: Recommendations Tracker"),
        actions=exp)


# ---------------------------------------------------------------------------
# 6. CIW inspection improvement plan (Wales) - docx, a table per section
# ---------------------------------------------------------------------------
def make_ciw():
    name = "zxy-clwydalyn-llys-jasmine-ciw-inspection-improvement-plan.docx"
    d = Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Llys Jasmine Care and Support Service – CIW Improvement Plan", level=0)
    d.add_paragraph("Provider: ClwydAlyn Housing Ltd.  Care Inspectorate Wales full inspection "
                    "(unannounced) 8 and 9 July 2025; report published 21 August 2025.")
    t0 = d.add_table(rows=0, cols=2)
    t0.style = "Table Grid"
    for k, v in [("Document control", ""), ("Version", "1.3"), ("Date", "06/10/2025"),
                 ("Owner", "Registered Manager"),
                 ("Reviewed by", "Quality & Compliance Group"),
                 ("Next review", "December 2025")]:
        cells = t0.add_row().cells
        if k == "Document control":
            m = cells[0].merge(cells[1])
            set_cell(m, k, bold=True)
            shade(m, "D9D9D9")
        else:
            set_cell(cells[0], k, bold=True)
            set_cell(cells[1], v)
    d.add_paragraph("")
    d.add_paragraph("Status key: Complete – action finished and evidenced; Green – on track; "
                    "Amber – some delay; Red – not on track; Not started – not yet due to "
                    "start.")
    hdr = ["Ref", "Action", "Lead", "Target date", "Status", "Update (October 2025)"]
    SEC1 = "Section 1 – Priority action notice"
    SEC2 = "Section 2 – Areas for improvement"
    P1 = ("Regulation 35 (Fitness of staff): Recruitment records did not contain all the "
          "required information, including full employment histories and a current DBS "
          "certificate for three members of staff.")
    A1 = ("Regulation 16 (Review of personal plan): Personal plans were not always reviewed at "
          "least every three months or updated when people’s needs changed.")
    A2 = ("Regulation 36 (Supporting and developing staff): Not all care staff had received "
          "supervision at the required frequency.")
    sections = [
        (SEC1, "CIW issued a priority action notice. The provider must take immediate action "
               "to address this and CIW will test compliance at the next inspection.",
         [(P1, [
             ("P1", "Audit all 42 staff files against Schedule 1 requirements and record any "
                    "gaps on a tracker.", "Registered Manager", "31/07/2025", "Complete",
              "Audit completed 25/07/2025; 9 files had gaps.",
              ["Registered Manager"], "2025-07", None, "blue"),
             ("P2", "Obtain outstanding DBS certificates and references; staff without a current "
                    "DBS not to work unsupervised until it is received.",
              "HR Business Partner / Registered Manager", "15/08/2025", "Complete",
              "All outstanding checks received 12/08/2025.",
              ["HR Business Partner", "Registered Manager"], "2025-08", None, "blue"),
             ("P3", "Recruitment checklist to be signed off by the Registered Manager before any "
                    "start date is confirmed.", "Registered Manager", "Ongoing", "Green",
              "In place for all new starters since August.",
              ["Registered Manager"], None, "Ongoing", "green"),
         ])]),
        (SEC2, "CIW identified the following areas for improvement. These will be followed up "
               "at the next inspection.",
         [(A1, [
             ("A1.1", "Introduce a three-monthly review schedule for every person, held on the "
                      "electronic care system with automatic reminders.", "Team Leaders",
              "September 2025", "Complete", "Schedule live; 100% of reviews in date.",
              ["Team Leaders"], "2025-09", None, "blue"),
             ("A1.2", "Involve people and their representatives in each review and record their "
                      "views in their own words.", "Team Leaders; Registered Manager",
              "w/c 06/10/2025", "Amber",
              "Template updated; training for team leaders rescheduled.",
              ["Team Leaders", "Registered Manager"], "2025-10", None, "amber"),
         ]), (A2, [
             ("A2.1", "Supervision matrix reviewed weekly; overdue supervisions escalated to the "
                      "Head of Care & Support.", "Registered Manager", "Monthly", "Green",
              "Compliance 88% in September, up from 61% in July.",
              ["Registered Manager"], None, "Monthly", "green"),
             ("A2.2", "Two senior support workers to complete supervision skills training so "
                      "that they can supervise a small group of staff.",
              "Training & Development Lead", "November 2025", "Not started",
              "Course booked for 18/11/2025.",
              ["Training & Development Lead"], "2025-11", None, "unrated"),
         ])]),
    ]
    exp = []
    for sec, intro, groups in sections:
        d.add_heading(sec, level=1)
        d.add_paragraph(intro)
        t = d.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, hdr):
            set_cell(c, h, bold=True, color="FFFFFF")
            shade(c, "5B2C6F")
        for reg, rows in groups:
            cells = t.add_row().cells
            m = cells[0].merge(cells[5])
            set_cell(m, reg, bold=True)
            shade(m, "EADCF0")
            for (ref, act, lead_cell, tcell, st_cell, upd, lead, end, end_text,
                 status) in rows:
                cells = t.add_row().cells
                for c, v in zip(cells, [ref, act, lead_cell, tcell, st_cell, upd]):
                    set_cell(c, v)
                exp.append({"ref": ref, "under": [sec, reg], "action": act, "lead": lead,
                            "end": end, "end_text": end_text, "status": status})
        d.add_paragraph("")
    p = d.add_paragraph("Signed on behalf of the provider: Responsible Individual, 06/10/2025")
    p.alignment = WD_ALIGN_PARAGRAPH.LEFT
    d.save(out(name))

    write_expected(
        name,
        source=("Imitates a Welsh registered provider's improvement plan after a Care "
                "Inspectorate Wales inspection of a domiciliary care and support service (North "
                "Wales, 2025), following the CIW report's split into priority action notice(s) "
                "and areas for improvement: Word document with title, provider/inspection line, "
                "document-control table, status key paragraph, a Heading 1 and a table per "
                "section, the regulation and CIW finding as a merged shaded row above the "
                "provider's actions, and a sign-off line."),
        reads=("Two sections (priority action notice; areas for improvement), each with its "
               "own table in which a regulation finding heads two or three referenced actions "
               "with lead, target date, status word and update. Seven actions in all; the "
               "document-control table is not the plan."),
        outcome="read",
        title="Llys Jasmine Care and Support Service – CIW Improvement Plan",
        actions=exp)


# ---------------------------------------------------------------------------
# 7. Police Ombudsman for NI business plan delivery tracker - xlsx, two sheets
# ---------------------------------------------------------------------------
def make_poni():
    name = "zxy-police-ombudsman-for-northern-ireland-business-plan-2025-26-q2-delivery-plan.xlsx"
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    TITLE = ("Office of the Police Ombudsman for Northern Ireland – Business Plan 2025-26: "
             "Quarter 2 Progress Report")
    s["A1"] = TITLE
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Reporting period: 1 July – 30 September 2025"
    s["A3"] = "Presented to: Senior Management Team, 21 October 2025"
    s["A5"] = "Summary of progress"
    s["A5"].font = Font(bold=True)
    summ = [("RAG status", "Q1", "Q2"), ("B – Complete", 0, 2), ("G – On track", 6, 4),
            ("A – At risk / some slippage", 3, 2), ("R – Off track", 0, 1), ("Total", 9, 9)]
    fills = {1: BLUE, 2: GREEN, 3: AMBER, 4: RED}
    for i, row in enumerate(summ):
        for j, v in enumerate(row, start=1):
            c = s.cell(6 + i, j, v)
            c.border = BOX
            if i == 0 or i == len(summ) - 1:
                c.font = Font(bold=True)
            if j == 1 and i in fills:
                c.fill = fill(fills[i])
    s["A13"] = ("Key: B = Complete; G = On track; A = At risk / some slippage; "
                "R = Off track / not achieved. Target dates are business-year quarters "
                "(Q1 = April–June).")
    s.column_dimensions["A"].width = 34

    ws = wb.create_sheet("Business Plan 2025-26")
    ws["A1"] = "Business Plan 2025-26 – Action Tracker (Q2)"
    ws["A1"].font = Font(bold=True, size=13)
    hdr = ["Ref", "Action / milestone", "Lead", "Target date", "Revised target", "Q1 RAG",
           "Q2 RAG", "Q2 commentary"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(3, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("203864")
        c.border = BOX
        c.alignment = WRAP
    SP1 = ("Strategic Priority 1: Deliver a high-quality, independent and timely complaints "
           "service")
    O11 = "Objective 1.1: Reduce the time taken to complete investigations"
    O12 = "Objective 1.2: Improve communication with complainants and officers"
    SP2 = "Strategic Priority 2: Address the legacy of the past"
    O21 = "Objective 2.1: Manage the transition of historical investigations"
    SP3 = "Strategic Priority 3: A well-led, well-resourced and resilient organisation"
    O31 = "Objective 3.1: Invest in our people and our systems"
    RF = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    items = [
        ("sp", SP1), ("obj", O11),
        ("1.1.1", "Implement the revised case triage model across all Current Investigations "
                  "teams.", "Director of Current Investigations", "Q2 2025/26", "", "G", "B",
         "Triage model live from 1 August 2025.",
         ["Director of Current Investigations"], "2025-09", None, "blue"),
        ("1.1.2", "Reduce the number of cases open longer than 12 months by 15% against the "
                  "31 March 2025 baseline.", "Director of Current Investigations", "Q4 2025/26",
         "", "G", "A", "6% reduction at Q2; two long-running cases awaiting forensic reports.",
         ["Director of Current Investigations"], "2026-03", None, "amber"),
        ("obj", O12),
        ("1.2.1", "Introduce a standard 12-weekly update letter to complainants and to police "
                  "officers who are the subject of a complaint.", "Head of Operational Support",
         "Q3 2025/26", "", "G", "G", "Letter templates agreed; IT changes scheduled for "
                                     "November.",
         ["Head of Operational Support"], "2025-12", None, "green"),
        ("1.2.2", "Publish the complainant satisfaction survey results on the website.",
         "Head of Communications / Head of Research", "31/10/2025", "", "G", "G",
         "Survey closed; analysis under way.",
         ["Head of Communications", "Head of Research"], "2025-10", None, "green"),
        ("sp", SP2), ("obj", O21),
        ("2.1.1", "Agree with the ICRIR the arrangements for transferring historical "
                  "investigation material.", "Director of Legacy Investigations", "Q1 2025/26",
         "Q3 2025/26", "A", "R",
         "Discussions paused pending legislative changes; revised date agreed by SMT.",
         ["Director of Legacy Investigations"], "2025-12", None, "red"),
        ("2.1.2", "Complete and publish public statements for the four historical investigations "
                  "at draft report stage.", "Director of Legacy Investigations", "Q4 2025/26",
         "", "A", "A", "One statement published; three with Counsel.",
         ["Director of Legacy Investigations"], "2026-03", None, "amber"),
        ("sp", SP3), ("obj", O31),
        ("3.1.1", "Roll out phase 2 of the case management system, including digital evidence "
                  "storage.", "Chief Executive; Head of ICT", "March 2026", "", "G", "G",
         "User acceptance testing complete.",
         ["Chief Executive", "Head of ICT"], "2026-03", None, "green"),
        ("3.1.2", "Implement the Wellbeing Strategy action plan, including trauma risk management "
                  "(TRiM) training for investigators.", "Head of HR", "Ongoing", "", "G", "G",
         "12 investigators TRiM-trained this quarter.",
         ["Head of HR"], None, "Ongoing", "green"),
        ("3.1.3", "Close all overdue Priority 1 and Priority 2 internal audit recommendations.",
         "Director of Corporate Services", "30/09/2025", "", "A", "B",
         "All seven recommendations verified as closed by internal audit.",
         ["Director of Corporate Services"], "2025-09", None, "blue"),
    ]
    r = 4
    exp = []
    sp = obj = None
    for it in items:
        if it[0] in ("sp", "obj"):
            c = ws.cell(r, 1, it[1])
            if it[0] == "sp":
                sp, obj = it[1], None
                c.font = Font(bold=True, color="FFFFFF")
                c.fill = fill("2F5597")
            else:
                obj = it[1]
                c.font = Font(bold=True, italic=True)
                c.fill = fill("DAE3F3")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            r += 1
            continue
        (ref, act, lead_cell, tgt, rev, q1, q2, comm, lead, end, end_text, status) = it
        for j, v in enumerate([ref, act, lead_cell, tgt, rev or None, q1, q2, comm], start=1):
            c = ws.cell(r, j, v)
            c.alignment = WRAP
            c.border = BOX
        ws.cell(r, 6).fill = fill(RF[q1])
        ws.cell(r, 7).fill = fill(RF[q2])
        exp.append({"ref": ref, "under": [sp, obj], "action": act, "lead": lead, "end": end,
                    "end_text": end_text, "status": status})
        r += 1
    for col, w in zip("ABCDEFGH", (8, 52, 30, 12, 12, 8, 8, 44)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A4"
    wb.save(out(name))

    # check the summary block against the rows
    q2 = [it[6] for it in items if it[0] not in ("sp", "obj")]
    q1 = [it[5] for it in items if it[0] not in ("sp", "obj")]
    assert (q2.count("B"), q2.count("G"), q2.count("A"), q2.count("R")) == (2, 4, 2, 1)
    assert (q1.count("B"), q1.count("G"), q1.count("A"), q1.count("R")) == (0, 6, 3, 0)

    write_expected(
        name,
        source=("Imitates a Northern Ireland police oversight body's business plan quarterly "
                "progress report to its senior management team (Office of the Police Ombudsman "
                "for Northern Ireland, 2025-26): a summary sheet with title, reporting period "
                "and a Q1/Q2 RAG totals block and key, and a tracker sheet with strategic "
                "priority and objective band rows (merged, filled), numbered milestones, leads "
                "as job titles, business-year quarter target dates, a revised target, previous "
                "(Q1) and current (Q2) RAG letters with fills, and commentary."),
        reads=("Nine milestones under three strategic priorities and their objectives, each "
               "with lead post(s), a target such as 'Q3 2025/26' (business year, so December "
               "2025), one revised target, and Q1 and Q2 RAG; the Q2 RAG is the status. The "
               "summary sheet's totals are not actions."),
        outcome="read",
        title=TITLE,
        actions=exp)


if __name__ == "__main__":
    make_hiw()
    make_es_txt()
    make_eti()
    make_ci_refuse()
    make_niao_csv()
    make_ciw()
    make_poni()
    print("ok")
