#!/usr/bin/env python3
"""Generator for the c-* held-out cases of the blind corpus (held-out only).

Run with /work/main/.venv/bin/python. Each case writes the plan file and, beside it,
NAME.expected.yaml: the reading a careful person makes of the file, written here by hand
(the `exp` fields) alongside the cells, never derived by reading the file back.
"""
import datetime as dt
import json
import os
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))


# ---------------------------------------------------------------- expected.yaml writer
def q(s):
    return json.dumps(s, ensure_ascii=False)


def block(key, text):
    lines = [f"{key}: >-"]
    for para in textwrap.wrap(" ".join(text.split()), 95):
        lines.append("  " + para)
    return lines


def write_expected(name, source, reads, outcome="read", actions=None, title=None,
                   refuse_at=None, accept_refusal=False):
    out = block("source", source) + block("reads", reads)
    out.append(f"outcome: {outcome}")
    out.append(f"accept_refusal: {'true' if accept_refusal else 'false'}")
    if refuse_at is not None:
        out.append(f"refuse_at: {refuse_at}")
    if title is not None:
        out.append(f"title: {q(title)}")
    if outcome == "read":
        out.append("actions:")
        for a in actions:
            out.append(f"  - ref: {q(a['ref']) if a['ref'] is not None else 'null'}")
            out.append("    under: [" + ", ".join(q(u) for u in a["under"]) + "]")
            out.append(f"    action: {q(a['action'])}")
            out.append("    lead: [" + ", ".join(q(x) for x in a["lead"]) + "]")
            out.append(f"    end: {q(a['end']) if a['end'] else 'null'}")
            if a.get("end_text"):
                out.append(f"    end_text: {q(a['end_text'])}")
            out.append(f"    status: {a['status']}")
    with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def A(ref, under, action, lead, end, status, end_text=None):
    d = dict(ref=ref, under=under, action=action, lead=lead, end=end, status=status)
    if end_text:
        d["end_text"] = end_text
    return d


def excel_text_row(cells, width, delim="\t"):
    out = []
    cells = list(cells) + [""] * (width - len(cells))
    for c in cells:
        c = "" if c is None else str(c)
        if any(ch in c for ch in ('"', "\n", delim)):
            c = '"' + c.replace('"', '""') + '"'
        out.append(c)
    return delim.join(out)


# ======================================================================================
# 1. LSCP JTAI action plan, Excel "Text (Tab delimited)" in Windows-1252
# ======================================================================================
def lscp():
    name = "c-lscp-jtai.txt"
    W = 8
    p1 = "Priority 1 – Identification of children at risk of exploitation"
    p2 = "Priority 2 – Multi-agency response and planning"
    p3 = "Priority 3 – Leadership and learning"
    a1 = ("The partnership’s understanding of the scale and nature of child criminal "
          "exploitation")
    a2 = ("The quality and consistency of multi-agency plans for children at risk of "
          "exploitation")
    a3 = "Return home interviews are not consistently used to inform safety planning"
    a4 = "Partnership oversight of the impact of this action plan"
    lines = [
        ["Westbrook Safeguarding Children Partnership – Joint Targeted Area Inspection "
         "(JTAI) Multi-agency Action Plan: children at risk of criminal exploitation"],
        ["Version 4 – updated for the Partnership Executive, 24 January 2020"],
        [],
        ["Key: Green = action completed    Amber = action in progress    Red = action not "
         "started or delayed"],
        [],
        ["No.", "Area for improvement (JTAI letter)", "Action", "Agency", "Lead", "By when",
         "RAG", "Update"],
        [p1],
    ]
    actions = []

    def act(no, area_cell, under, action, agency, lead_cell, when, rag, upd, exp):
        lines.append([no, area_cell, action, agency, lead_cell, when, rag, upd])
        lead, end, end_text, status = exp
        actions.append(A(no, under, action, lead, end, status, end_text))

    act("1", a1, [p1, a1], "Complete a multi-agency problem profile of child criminal "
        "exploitation, drawing on police, health, education and youth justice data",
        "Police / Community Safety", "DI Karen Holt / Community Safety Manager",
        "Sept 2019 – March 2020", "Amber", "Police data received; education data due "
        "February.",
        (["DI Karen Holt", "Community Safety Manager"], "2020-03", "Sept 2019 – March 2020",
         "amber"))
    act("2", "", [p1, a1], "Launch the revised exploitation screening tool across all "
        "agencies", "All", "LSCP Business Manager", "31/10/2019", "Green",
        "Launched at the partnership conference, 17 October.",
        (["LSCP Business Manager"], "2019-10", None, "blue"))
    act("3", "", [p1, a1], "Train 300 frontline staff in the use of the screening tool",
        "LSCP", "LSCP Training Coordinator", "w/c 09/09/19", "Green",
        "312 staff trained (£4,200 from the LSCP training budget).",
        (["LSCP Training Coordinator"], "2019-09", "w/c 09/09/19", "blue"))
    lines.append([p2])
    act("4", a2, [p2, a2], "Establish a weekly Multi-agency Child Exploitation (MACE) "
        "meeting chaired by a Head of Service", "Children’s Social Care",
        "Head of Safeguarding and Quality Assurance", "Dec-19", "Green",
        "MACE meeting weekly since 2 December.",
        (["Head of Safeguarding and Quality Assurance"], "2019-12", None, "blue"))
    act("5", "", [p2, a2], "GP practices to flag on the practice record every child open to "
        "MACE", "Health (CCG)", "Named GP / Designated Doctor", "TBC", "Red",
        "Awaiting advice from the CCG’s information governance lead.\nEscalated to the "
        "Partnership Executive.",
        (["Named GP", "Designated Doctor"], None, "TBC", "red"))
    act("6", "", [p2, a2], "School nurses to attend MACE for children on their caseload",
        "Health (provider)", "Designated Nurse Safeguarding Children", "Termly", "Amber", "",
        (["Designated Nurse Safeguarding Children"], None, "Termly", "amber"))
    act("7", a3, [p2, a3], "Review the specification of the commissioned return home "
        "interview service", "Children’s Social Care",
        "Commissioning Manager (Children and Families)", "End of March 2020", "Red",
        "Not started – commissioning capacity.",
        (["Commissioning Manager (Children and Families)"], "2020-03", "End of March 2020",
         "red"))
    act("8", "", [p2, a3], "Share return home interview intelligence with the police within "
        "72 hours", "Police / Children’s Social Care", "RS, JT", "Feb-20", "Amber", "",
        (["RS", "JT"], "2020-02", None, "amber"))
    lines.append([p3])
    act("9", a4, [p3, a4], "Report an exploitation dashboard to every Partnership Executive "
        "meeting", "LSCP", "LSCP Business Manager", "Bi-monthly", "Amber",
        "First version presented in January; health data still missing.",
        (["LSCP Business Manager"], None, "Bi-monthly", "amber"))
    act("10", "", [p3, a4], "Multi-agency audit of 12 MACE cases, with findings reported to "
        "the Learning and Improvement subgroup", "All",
        "Learning and Improvement Subgroup Chair", "Q4 2019/20", "", "",
        (["Learning and Improvement Subgroup Chair"], "2020-03", "Q4 2019/20", "unrated"))
    lines += [
        [],
        ["Progress summary"],
        ["Green (completed)", "3"],
        ["Amber", "4"],
        ["Red", "2"],
        ["Not yet rated", "1"],
        ["Total", "10"],
        [],
        ["Note: RAG ratings agreed by the Partnership Executive. Actions completed for "
         "three months will be removed at the next revision."],
    ]
    text = "\r\n".join(excel_text_row(l, W) for l in lines) + "\r\n"
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(text.encode("cp1252"))
    write_expected(
        name,
        source="Imitates a local safeguarding children partnership's multi-agency action plan "
        "after a joint targeted area inspection (JTAI) of the response to child exploitation "
        "(Excel sheet kept by the LSCP business unit, 2019-20), saved with Excel's 'Text (Tab "
        "delimited)' option: Windows-1252 (curly apostrophes, en dashes, a pound sign), tab-"
        "separated, rows padded to the sheet width, multi-line cells quoted. Title line, "
        "version line, a key that makes Green mean completed, priority rows, "
        "the area for improvement only on the first row of its block, an Agency column beside "
        "the Lead column, and a progress summary and note after the table. Content invented.",
        reads="Ten numbered actions under three priorities, answering four areas for "
        "improvement from the JTAI letter (each area written once and applying to the rows "
        "below it). The plan's key redefines Green as 'action completed' and has no blue, so "
        "Green actions are complete; Amber is in progress and Red not started or delayed. The "
        "lead is the Lead column, not the Agency. The progress summary and note are not "
        "actions.",
        title="Westbrook Safeguarding Children Partnership – Joint Targeted Area Inspection "
        "(JTAI) Multi-agency Action Plan: children at risk of criminal exploitation",
        actions=actions)


# ======================================================================================
# 2. UTF-8 CSV with one stray Windows-1252 byte: refuse
# ======================================================================================
def stray():
    name = "c-stray-byte.csv"
    rec1 = ("Improve the consistency of management oversight so that children’s plans "
            "progress without delay")
    rec2 = "Improve the timeliness of initial health assessments for children coming into care"
    rec3 = "Strengthen the quality of pathway plans for care leavers"
    rows = [
        ["Southvale Council – ILACS Improvement Plan 2019/20"],
        [],
        ["Ref", "Recommendation", "Action", "Lead", "Target date", "RAG", "Update"],
        ["1.1", rec1, "Introduce monthly practice reviews in every social work team",
         "Head of Children’s Social Care", "30/09/2019", "Green", "Running in 7 of 9 teams"],
        ["1.2", rec1, "Deliver reflective supervision training to all team managers",
         "Principal Social Worker", "Sept 2019 – Dec 2019", "Amber", ""],
        ["1.3", rec1, "Service managers to sign off every plan open for more than 12 months",
         "Service Manager (CIN/CP)", "Ongoing", "Green", ""],
        ["2.1", rec2, "Agree a joint escalation route with the CCG for late health "
         "assessments", "Head of Service, Children in Care", "Oct-19", "Red",
         "CCG response awaited"],
        ["2.2", rec2, "Send the health assessment request within 2 working days of a child "
         "coming into care", "Team Manager – Children in Care", "End of July 2019", "Green",
         "Achieved in 88% of cases in June"],
        ["3.1", rec3, "Share each care leaver\x92s pathway plan with them in a format they "
         "choose", "Leaving Care Team Manager", "Q3 2019/20", "Amber", ""],
        ["3.2", rec3, "Pathway plan audit by the Independent Reviewing Service",
         "IRO Service Manager", "Termly", "Amber", "First audit in September"],
    ]
    out = []
    for r in rows:
        r = r + [""] * (7 - len(r))
        cells = []
        for c in r:
            if any(ch in c for ch in ',"\n'):
                c = '"' + c.replace('"', '""') + '"'
            cells.append(c)
        out.append(",".join(cells))
    raw = b""
    bad_line = None
    for i, line in enumerate(out, 1):
        if "\x92" in line:
            a, b = line.split("\x92")
            enc = a.encode("utf-8") + b"\x92" + b.encode("utf-8")
            bad_line = i
        else:
            enc = line.encode("utf-8")
        raw += enc + b"\r\n"
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(raw)
    write_expected(
        name,
        source="Imitates an English council's ILACS improvement plan tracker exported from "
        "Excel as 'CSV UTF-8' (comma-separated, curly apostrophes and en dashes in UTF-8) "
        "after one cell was pasted in from an older Windows-1252 document, leaving a single "
        "raw 0x92 byte. Content invented.",
        reads="A simple plan of seven actions under three recommendations, but action 3.1's "
        "text has a byte that is not valid UTF-8 where an apostrophe should be (the reader "
        "sees 'care leaver�s'), while the rest of the file is UTF-8. A careful person stops "
        "and asks for a clean copy rather than guess at the character.",
        outcome="refuse", refuse_at=bad_line,
        title="Southvale Council – ILACS Improvement Plan 2019/20")
    return bad_line


# ======================================================================================
# 3. Microsoft Planner "Export plan to Excel"
# ======================================================================================
from openpyxl import Workbook  # noqa: E402
from openpyxl.styles import Font  # noqa: E402


def planner():
    name = "c-planner-tasks.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "CSC Ofsted Improvement Plan"
    plan = "CSC Ofsted Improvement Plan 2019"
    ws.append(["Plan name", plan])
    ws.append(["Plan ID", "qXw3mZ0Hd0G7u9cJkVf4N2UACb1T"])
    ws.append(["Date of export", "21/06/2019"])
    ws.append([])
    hdr = ["Task ID", "Task Name", "Bucket Name", "Progress", "Priority", "Assigned To",
           "Created By", "Created Date", "Start date", "Due date", "Is Recurring", "Late",
           "Completed Date", "Completed By", "Completed Checklist Items", "Checklist Items",
           "Labels", "Description"]
    ws.append(hdr)
    for c in ws[5]:
        c.font = Font(bold=True)
    b1, b2, b3 = "Leadership and governance", "Front door (MASH)", "Children in care"
    ids = ["rT0m2xVkO06lYb7cPq1a9mUAKj3e", "Hd8sW1zQ5EyUu3nGq0cLrWUAFt0b",
           "p6VbN2kRk0aC7sYy4LxZs2UAM0dq", "Zc1wG9pQn0KjRm2Ew8HvfGUAPq7s",
           "4yKcJ0hTbUmX8Lw2Rr5dQWUAGn1v", "L0qWn3uYs0i8xP7bVz2kEmUADc5r",
           "Vb9Ht5nKq0uA1cWm3Rz8yGUAJw2x", "s2Pe7LdXw0GmQk4Tj9Nb3WUAEr6h",
           "Qm5Ry1cVt0aL6pHk2Zs7xWUAHb4n", "8nDf3KsYq0eR2wXc5Tm1jGUAKv9p",
           "Gw4Tb8mJx0oS3qVn6Ld2rWUABy0k", "c7Xk1RzPh0yN9tBm4Wq5sGUAFd8j"]
    # (name, bucket, progress, priority, assigned, created, start, due, late, completed,
    #  completed_by, checklist_done, checklist, labels, description, exp)
    T = [
        ("Establish an Improvement Board with an independent chair", b1, "Completed",
         "Important", "Helen Marsh", "08/01/2019", "08/01/2019", "31/01/2019", "false",
         "28/01/2019", "Helen Marsh", "", "", "", "First Board met 28 January.",
         (["Helen Marsh"], "2019-01", "blue")),
        ("Publish the improvement plan and a briefing pack for all staff", b1, "Completed",
         "Medium", "Helen Marsh;Rob Tate", "08/01/2019", "", "15/02/2019", "false",
         "14/02/2019", "Rob Tate", "3", "3", "", "",
         (["Helen Marsh", "Rob Tate"], "2019-02", "blue")),
        ("Introduce a monthly performance clinic chaired by the DCS", b1, "In progress",
         "Medium", "Rob Tate", "08/01/2019", "01/02/2019", "31/07/2019", "false", "", "", "2",
         "4", "Green", "Clinics held Feb–May.\nJune clinic moved to 3 July.",
         (["Rob Tate"], "2019-07", "green")),
        ("Reduce agency social workers to below 15% of the workforce", b1, "In progress",
         "Important", "Nadia Karim", "08/01/2019", "", "31/03/2020", "false", "", "", "", "",
         "Red", "Agency rate 27% (May). Recruitment campaign relaunched.",
         (["Nadia Karim"], "2020-03", "red")),
        ("Review the MASH threshold document with partners", b2, "Completed", "Important",
         "Ian Cole", "10/01/2019", "14/01/2019", "30/04/2019", "false", "26/04/2019",
         "Ian Cole", "", "", "", "Signed off by the LSCP on 25 April.",
         (["Ian Cole"], "2019-04", "blue")),
        ("Daily management oversight in the MASH of all contacts awaiting a decision", b2,
         "In progress", "Important", "Ian Cole;Bev Yates", "10/01/2019", "", "28/06/2019",
         "false", "", "", "", "", "Amber", "Oversight recorded on 84% of contacts.",
         (["Ian Cole", "Bev Yates"], "2019-06", "amber")),
        ("Co-locate health and police staff in the MASH", b2, "Not started", "Medium",
         "Bev Yates", "10/01/2019", "", "30/09/2019", "false", "", "", "", "", "", "",
         (["Bev Yates"], "2019-09", "unrated")),
        ("Audit 25 contacts a month that did not progress to assessment", b2, "In progress",
         "Medium", "Ian Cole", "10/01/2019", "01/03/2019", "", "false", "", "", "", "",
         "Green", "March, April and May audits done.",
         (["Ian Cole"], None, "green")),
        ("Refresh the placement sufficiency strategy", b3, "In progress", "Important",
         "Nadia Karim", "11/01/2019", "", "31/05/2019", "true", "", "", "1", "5", "Red",
         "Delayed: waiting for the commissioning needs analysis.",
         (["Nadia Karim"], "2019-05", "red")),
        ("Publish the care leaver local offer on the council website", b3, "Completed", "Low",
         "Jo Patel", "11/01/2019", "", "31/03/2019", "false", "29/03/2019", "Jo Patel", "", "",
         "", "", (["Jo Patel"], "2019-03", "blue")),
        ("Pathway plan audits by Personal Adviser team managers", b3, "Not started", "Low",
         "Jo Patel;Sam Lee", "11/01/2019", "", "31/10/2019", "false", "", "", "", "", "", "",
         (["Jo Patel", "Sam Lee"], "2019-10", "unrated")),
        ("Children in Care Council to co-design the new care plan format", b3, "In progress",
         "Medium", "Sam Lee", "11/01/2019", "", "30/08/2019", "false", "", "", "", "",
         "Amber;Co-production", "Two sessions held. Young people want a shorter plan.",
         (["Sam Lee"], "2019-08", "amber")),
    ]
    actions = []
    for tid, t in zip(ids, T):
        (nm, bk, prog, pri, who, created, start, due, late, comp, compby, cdone, cl, labels,
         desc, exp) = t
        ws.append([tid, nm, bk, prog, pri, who, "Rob Tate", created, start, due, "false",
                   late, comp, compby, cdone, cl, labels, desc])
        lead, end, status = exp
        actions.append(A(None, [bk], nm, lead, end, status))
    widths = [30, 62, 24, 12, 10, 22, 12, 12, 12, 12, 11, 7, 14, 13, 12, 10, 20, 50]
    for i, wdt in enumerate(widths):
        ws.column_dimensions[chr(ord("A") + i)].width = wdt
    wb.save(os.path.join(HERE, name))
    write_expected(
        name,
        source="Imitates Microsoft Planner's 'Export plan to Excel' as used by English "
        "children's services improvement teams in 2019: plan name, plan ID and date of export "
        "above the table, then the fixed Planner columns (Task ID, Task Name, Bucket Name, "
        "Progress, Priority, Assigned To joined by ';', Created By/Date, Start/Due date as "
        "dd/mm/yyyy text, Is Recurring, Late, Completed Date/By, checklist counts, Labels, "
        "Description), with the team's custom labels named Red/Amber/Green used for RAG. "
        "Content invented.",
        reads="Twelve tasks in three buckets, the buckets being the plan's themes; each task "
        "name is an action (no refs: the Task ID is Planner's own key). Completed tasks are "
        "complete, Not started tasks are unrated, and in-progress tasks take their RAG from "
        "the Red/Amber/Green label. Assigned To may hold two people joined by ';'. The plan's "
        "name is given above the table.",
        title=plan, actions=actions)


# ======================================================================================
# 4. Welsh (CIW) action plan, bilingual headers, RAG by cell colour (docx)
# ======================================================================================
from docx import Document  # noqa: E402
from docx.enum.section import WD_ORIENT  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Cm, Pt  # noqa: E402


def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, m, Cm(1.5))


COL = dict(blue="00B0F0", green="00B050", amber="FFC000", red="FF0000")


def welsh():
    name = "c-welsh-ciw.docx"
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.sections[0].header.paragraphs[0].text = (
        "Cyngor Bwrdeistref Sirol Glanafon / Glanafon County Borough Council")
    title = "Cynllun Gweithredu Gwasanaethau Plant / Children's Services Action Plan"
    doc.add_heading(title, level=0)
    doc.add_paragraph("Yn dilyn arolygiad Arolygiaeth Gofal Cymru (AGC), Tachwedd 2018 / "
                      "Following the Care Inspectorate Wales (CIW) inspection, November 2018")
    t1 = doc.add_table(rows=0, cols=3)
    t1.style = "Table Grid"
    for row in [("Fersiwn / Version", "Dyddiad / Date", "Awdur / Author"),
                ("1.0", "14/01/2019", "Rheolwr Gwella / Improvement Manager"),
                ("1.3", "02/04/2019", "Rheolwr Gwella / Improvement Manager")]:
        for c, v in zip(t1.add_row().cells, row):
            c.text = v
    doc.add_paragraph("")
    doc.add_paragraph("Allwedd RAG / RAG key")
    t2 = doc.add_table(rows=0, cols=2)
    t2.style = "Table Grid"
    for colour, txt in [("blue", "Glas / Blue – Wedi’i gwblhau / Complete"),
                        ("green", "Gwyrdd / Green – Ar y trywydd iawn / On track"),
                        ("amber", "Ambr / Amber – Rhywfaint o oedi / Some delay"),
                        ("red", "Coch / Red – Ddim ar y trywydd iawn / Off track")]:
        cells = t2.add_row().cells
        shade(cells[0], COL[colour])
        cells[1].text = txt
    t2.autofit = False
    t2.columns[0].width = Cm(1.5)
    t2.columns[1].width = Cm(12)
    for row in t2.rows:
        row.cells[0].width = Cm(1.5)
        row.cells[1].width = Cm(12)
    doc.add_paragraph("")
    t3 = doc.add_table(rows=0, cols=6)
    t3.style = "Table Grid"
    hdr = ("Cyf. / Ref", "Argymhelliad / Recommendation", "Cam Gweithredu / Action",
           "Swyddog Arweiniol / Lead Officer", "Amserlen / Timescale",
           "Statws RAG / RAG Status")
    for c, v in zip(t3.add_row().cells, hdr):
        c.text = v
        c.paragraphs[0].runs[0].bold = True
        shade(c, "C00000")
    s1 = "1. Pobl – llais a rheolaeth / People – voice and control"
    s2 = "2. Atal / Prevention"
    s3 = "3. Llesiant / Well-being"
    s4 = "4. Partneriaeth ac integreiddio / Partnerships and integration"
    r1 = ("Ensure that children’s views are consistently recorded and inform their care and "
          "support plans.")
    r2 = ("Develop the range of early help services so that families receive support before "
          "needs escalate.")
    r3 = ("Improve the consistency of management oversight and decision-making in the Duty "
          "and Assessment team.")
    r4 = ("Strengthen joint working with health to improve the timeliness of strategy "
          "discussions.")
    data = [
        (s1, r1, [
            ("1.1", "Introduce a ‘What matters’ conversation record for every child at "
             "assessment", "Principal Officer (Assessment and Care Planning)",
             "Sept 2018 – March 2019", "blue",
             (["Principal Officer (Assessment and Care Planning)"], "2019-03",
              "Sept 2018 – March 2019")),
            ("1.2", "Make and record the active offer of advocacy for every child on the "
             "child protection register", "Commissioning Officer / Advocacy Lead",
             "By 31 March 2019", "green",
             (["Commissioning Officer", "Advocacy Lead"], "2019-03", "By 31 March 2019")),
        ]),
        (s2, r2, [
            ("2.1", "Launch the Information, Advice and Assistance (IAA) service for families "
             "as a single front door", "Head of Children's Services", "End of June 2019",
             "amber", (["Head of Children's Services"], "2019-06", "End of June 2019")),
            ("2.2", "Map third sector family support services with the Public Services Board",
             "Early Intervention and Prevention Manager", "Q2 2019/20", "green",
             (["Early Intervention and Prevention Manager"], "2019-09", "Q2 2019/20")),
            ("2.3", "Evaluate the Team Around the Family model",
             "Early Intervention and Prevention Manager", "TBC", None,
             (["Early Intervention and Prevention Manager"], None, "TBC")),
        ]),
        (s3, r3, [
            ("3.1", "Daily duty manager review of all new contacts, recorded on WCCIS",
             "Team Manager (Duty and Assessment)", "Ongoing", "green",
             (["Team Manager (Duty and Assessment)"], None, "Ongoing")),
            ("3.2", "Quarterly case file audit programme with findings reported to the Head "
             "of Service", "Quality Assurance Officer", "Quarterly", "amber",
             (["Quality Assurance Officer"], None, "Quarterly")),
        ]),
        (s4, r4, [
            ("4.1", "Agree a joint strategy discussion protocol with the health board and "
             "police", "Head of Children's Services / Designated Nurse", "Apr-19", "red",
             (["Head of Children's Services", "Designated Nurse"], "2019-04", None)),
            ("4.2", "Monitor the timeliness of strategy discussions through the Regional "
             "Safeguarding Board", "RJ, EH", "Sept 2019", "amber",
             (["RJ", "EH"], "2019-09", None)),
        ]),
    ]
    actions = []
    for sec, rec, acts in data:
        row = t3.add_row()
        m = row.cells[0].merge(row.cells[5])
        m.text = sec
        m.paragraphs[0].runs[0].bold = True
        shade(m, "F2F2F2")
        top = None
        for (ref, act, lead, ts, colour, exp) in acts:
            cells = t3.add_row().cells
            for c, v in zip(cells, (ref, rec if top is None else "", act, lead, ts, "")):
                c.text = v
            if colour:
                shade(cells[5], COL[colour])
            if top is None:
                top = cells[1]
            else:
                top.merge(cells[1])
            lead_l, end, end_text = exp
            actions.append(A(ref, [sec, rec], act, lead_l, end, colour or "unrated",
                             end_text))
    for row in t3.rows:
        for c, wdt in zip(row.cells, (1.6, 6, 8, 5, 3.2, 2)):
            c.width = Cm(wdt)
    doc.add_paragraph("")
    doc.add_paragraph("Adolygir y cynllun hwn bob mis gan y Bwrdd Gwella / This plan is "
                      "reviewed monthly by the Improvement Board.")
    doc.save(os.path.join(HERE, name))
    write_expected(
        name,
        source="Imitates a Welsh council's children's services action plan after a Care "
        "Inspectorate Wales inspection (Word, 2019), published bilingually: council name in "
        "the page header, Welsh / English title and subtitle, a document-control table and a "
        "RAG key table (colour swatches), then the plan table with bilingual header cells "
        "('Cam Gweithredu / Action', 'Swyddog Arweiniol / Lead Officer'), section rows by the "
        "Social Services and Well-being (Wales) Act principles, each recommendation merged "
        "down its block, RAG shown only by cell colour. Content invented.",
        reads="Nine numbered actions in four sections, each section answering one CIW "
        "recommendation; the status is the colour of the empty RAG cell as the key table "
        "defines it (blue complete, one cell left white = not rated). The document-control and "
        "key tables are not part of the plan. 'Commissioning Officer / Advocacy Lead' and "
        "'Head of Children's Services / Designated Nurse' are two posts each.",
        title=title, actions=actions)


if __name__ == "__main__":
    lscp()
    print("stray refuse_at", stray())
    planner()
    welsh()
