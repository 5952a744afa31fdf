"""Build the seven iu1- blind test files (set heldout289).

Run:  python iu1_make.py              -> writes the seven data files
      python iu1_make.py --expected   -> also writes NAME.expected.yaml beside each

Children's services plans: ILACS, area SEND, JTAI, youth justice, fostering,
corporate parenting, focused visit (refuse: mistyped month).
"""
import csv
import datetime as dt
import os
import sys

import yaml
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "green": "00B050",
    "amber": "FFC000",
    "red": "FF0000",
    "blue": "0070C0",
    "grey": "D9D9D9",
    "head": "1F3864",
    "sect": "DDEBF7",
}


def solid(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def D(y, m, d):
    return dt.datetime(y, m, d)


EXPECTED = {}  # file name -> dict for yaml


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


# ---------------------------------------------------------------------------
# 1. Dorset Council ILACS improvement plan (xlsx, read)
# ---------------------------------------------------------------------------
def dorset():
    name = "iu1-dorset-council-ilacs-improvement-plan.xlsx"
    title = "Dorset Council Children's Services – ILACS Improvement Plan 2025–26"
    R1 = ("Recommendation 1: The quality and impact of management oversight and supervision, "
          "particularly in the assessment and child in need teams.")
    R2 = ("Recommendation 2: The quality of pathway plans for care leavers, so that they are "
          "specific, measurable and written to the young person.")
    R3 = ("Recommendation 3: The response to 16- and 17-year-olds who present as homeless, "
          "including timely joint assessments with housing.")
    # ref, action, lead cell, orig, revised, prev, curr, progress, evidence, expected lead, end, end_text, status
    rows = [
        (R1, [
            ("1.1", "Relaunch the supervision policy and practice standards, with a revised recording template "
                    "that makes the rationale for decisions and the child's plan explicit.",
             "Principal Social Worker", D(2025, 3, 31), D(2025, 6, 30), "Amber", "Green",
             "Policy approved at SMT 02/04/2025; template live on Mosaic from 12/05/2025. Briefings to all teams completed.",
             "Audit: 80% of supervision records good or better",
             ["Principal Social Worker"], "2025-06", None, "green"),
            ("1.2", "Deliver the 'Leading Good Practice' development programme to all team managers and assistant "
                    "team managers in the assessment and child in need teams.",
             "Head of Workforce Development / Principal Social Worker", D(2025, 9, 30), None, "Green", "Amber",
             "Cohort 1 (14 managers) started March 2025. Cohort 2 delayed by provider availability.",
             "All managers completed programme",
             ["Head of Workforce Development", "Principal Social Worker"], "2025-09", None, "amber"),
            ("1.3", "Monthly themed dip-sampling of supervision records by heads of service, with findings "
                    "reported to the Quality Assurance Board.",
             "Head of Quality Assurance and Safeguarding", "Monthly", None, "Green", "Green",
             "March and April samples completed (42 records). Themes reported to QA Board 22/04/2025.",
             "Monthly QA Board report",
             ["Head of Quality Assurance and Safeguarding"], None, "Monthly", "green"),
        ]),
        (R2, [
            ("2.1", "Co-produce a new pathway plan template with the Children in Care Council and the care "
                    "leavers' forum (Dorset Youth Voice).",
             "Service Manager, Care Leavers", D(2025, 2, 28), None, "Green", "Complete",
             "New template launched 03/03/2025 after three co-production workshops.",
             "Template in use for all new plans",
             ["Service Manager, Care Leavers"], "2025-02", None, "blue"),
            ("2.2", "All personal advisers to complete SMART planning training delivered by the Principal "
                    "Social Worker.",
             "Head of Corporate Parenting", D(2025, 5, 31), D(2025, 7, 31), "Amber", "Amber",
             "19 of 31 personal advisers trained. Two further sessions booked for June and July.",
             "100% of PAs trained",
             ["Head of Corporate Parenting"], "2025-07", None, "amber"),
            ("2.3", "Quarterly audit of 10% of pathway plans against the new standard, with care leaver "
                    "auditors involved in each round.",
             "Head of Quality Assurance and Safeguarding", D(2025, 12, 31), None, None, "Not started",
             "First audit round scheduled for July 2025 once the new template has been in use for a quarter.",
             "70% of plans rated good",
             ["Head of Quality Assurance and Safeguarding"], "2025-12", None, "unrated"),
        ]),
        (R3, [
            ("3.1", "Review and re-sign the joint protocol for 16- and 17-year-olds presenting as homeless "
                    "with Dorset Council Housing.",
             "Head of Early Help; Service Manager, Housing Options", D(2025, 3, 31), D(2025, 5, 31), "Red", "Green",
             "Draft protocol agreed by both services; signing at Joint Leadership Team 28/05/2025.",
             "Protocol signed and published",
             ["Head of Early Help", "Service Manager, Housing Options"], "2025-05", None, "green"),
            ("3.2", "Introduce a daily joint triage between the MASH, Early Help and Housing Options for all "
                    "young people aged 16–17 presenting as homeless.",
             "MASH Service Manager", D(2025, 4, 30), None, "Amber", "Red",
             "Delayed by Housing Options restructure; escalated to Improvement Board 14/05/2025.",
             "Joint triage recorded for every presentation",
             ["MASH Service Manager"], "2025-04", None, "red"),
            ("3.3", "Ensure every young person is told of their right to become looked after under section 20 "
                    "and that this advice is recorded on the child's file.",
             "Head of Service – Assessment and Child in Need", D(2025, 3, 31), None, "Green", "Complete",
             "Mosaic step amended 10/03/2025; audit of 12 cases found advice recorded in all.",
             "Advice recorded in 100% of cases",
             ["Head of Service – Assessment and Child in Need"], "2025-03", None, "blue"),
        ]),
    ]

    wb = Workbook()
    # --- Cover
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=16, color=FILL["head"])
    ws["A3"] = "Inspection of local authority children's services (ILACS): 11–22 November 2024"
    ws["A4"] = "Report published: 17 January 2025"
    ws["A5"] = "Overall effectiveness: Good"
    ws["A7"] = "Document control"
    ws["A7"].font = Font(bold=True)
    dc = [
        ("Version", "Date", "Author", "Summary of changes", "Approved by"),
        ("0.3", D(2025, 2, 10), "Head of Quality Assurance", "Draft for Children's Improvement Board", "–"),
        ("1.0", D(2025, 2, 24), "Head of Quality Assurance", "Submitted to Ofsted", "Corporate Director, Children's Services"),
        ("1.2", D(2025, 5, 14), "Performance and Improvement Officer", "Q1 progress update; revised dates agreed",
         "Children's Improvement Board"),
    ]
    for i, r in enumerate(dc):
        for j, v in enumerate(r):
            c = ws.cell(row=8 + i, column=1 + j, value=v)
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if i == 0:
                c.font = Font(bold=True, color="FFFFFF")
                c.fill = solid(FILL["head"])
    for col, w in zip("ABCDE", (12, 14, 34, 42, 40)):
        ws.column_dimensions[col].width = w

    # --- Summary
    ss = wb.create_sheet("Summary")
    ss["A1"] = "Summary of progress by recommendation – position at 30 April 2025"
    ss["A1"].font = Font(bold=True, size=13)
    hdr = ("Recommendation", "Actions", "Complete", "Green", "Amber", "Red", "Not started")
    counts = []
    for rec, acts in rows:
        st = [a[12] for a in acts]
        counts.append((rec.split(":")[0], len(acts), st.count("blue"), st.count("green"), st.count("amber"),
                       st.count("red"), st.count("unrated")))
    tot = ("Total",) + tuple(sum(c[k] for c in counts) for k in range(1, 7))
    for i, r in enumerate([hdr] + counts + [tot]):
        for j, v in enumerate(r):
            c = ss.cell(row=3 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0 or r[0] == "Total":
                c.font = Font(bold=True)
    for j, k in enumerate(("blue", "green", "amber", "red", "grey")):
        ss.cell(row=3, column=3 + j).fill = solid(FILL[k])
    ss.column_dimensions["A"].width = 22

    # --- Improvement Plan
    wp = wb.create_sheet("Improvement Plan")
    wp["A1"] = title
    wp["A1"].font = Font(bold=True, size=14, color=FILL["head"])
    wp.merge_cells("A1:I1")
    wp["A2"] = "Progress position as at 30 April 2025 – reported to Children's Improvement Board 14 May 2025"
    wp["A2"].font = Font(italic=True)
    wp.merge_cells("A2:I2")
    heads = ("Ref", "Action", "Lead officer", "Original target date", "Revised target date", "Previous RAG",
             "Current RAG", "Progress update", "Evidence / impact measure")
    for j, h in enumerate(heads):
        c = wp.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = solid(FILL["head"])
        c.alignment = WRAP
        c.border = BOX
    r = 5
    exp = []
    ragfill = {"Green": "green", "Amber": "amber", "Red": "red", "Complete": "blue", "Not started": "grey"}
    for rec, acts in rows:
        wp.cell(row=r, column=1, value=rec).font = Font(bold=True)
        wp.cell(row=r, column=1).fill = solid(FILL["sect"])
        wp.cell(row=r, column=1).alignment = WRAP
        wp.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        wp.row_dimensions[r].height = 32
        r += 1
        for (ref, text, lead, orig, rev, prev, curr, prog, evid, elead, end, etext, status) in acts:
            vals = (ref, text, lead, orig, rev, prev, curr, prog, evid)
            for j, v in enumerate(vals):
                c = wp.cell(row=r, column=1 + j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if prev:
                wp.cell(row=r, column=6).fill = solid(FILL[ragfill[prev]])
            wp.cell(row=r, column=7).fill = solid(FILL[ragfill[curr]])
            exp.append(act(ref, [rec], text, elead, end, status, etext))
            r += 1
    r += 1
    wp.cell(row=r, column=1, value="Note: revised target dates were agreed by the Children's Improvement Board on "
                                   "14 May 2025. Previous RAG = position reported to the Board in February 2025.")
    wp.cell(row=r, column=1).font = Font(italic=True, size=9)
    wp.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    for col, w in zip("ABCDEFGHI", (7, 55, 30, 13, 13, 11, 11, 50, 30)):
        wp.column_dimensions[col].width = w
    wp.freeze_panes = "A5"

    # --- RAG key
    wk = wb.create_sheet("RAG key")
    wk["A1"] = "RAG key"
    wk["A1"].font = Font(bold=True)
    for i, (k, txt) in enumerate([
            ("blue", "Complete – action delivered and impact evidenced"),
            ("green", "Green – on track to deliver by the target date"),
            ("amber", "Amber – some slippage; revised date agreed"),
            ("red", "Red – off track; escalated to the Improvement Board"),
            ("grey", "Not started")]):
        wk.cell(row=3 + i, column=1).fill = solid(FILL[k])
        wk.cell(row=3 + i, column=2, value=txt)
    wk.column_dimensions["B"].width = 55
    wb.active = 2
    wb.save(os.path.join(HERE, name))

    EXPECTED[name] = {
        "source": (
            "Imitates a Dorset Council children's services post-ILACS improvement plan (inspection November 2024, "
            "report January 2025) as a workbook reported to a Children's Improvement Board, in the style of "
            "ILACS improvement plans published by English councils in committee papers. Copied features: cover "
            "sheet with title block and document-control table, a Summary sheet of RAG counts per recommendation, "
            "the plan sheet with merged title rows, each Ofsted recommendation as a merged full-width row above "
            "its actions, original and revised target dates, previous and current RAG (text and fill colour), "
            "progress and evidence columns, a notes line below the plan, and a separate RAG key sheet."),
        "reads": (
            "A four-sheet workbook; the plan is on the 'Improvement Plan' sheet: three recommendation rows, each "
            "followed by three numbered actions (1.1-3.3) with a lead officer, original and revised dates and a "
            "previous and current RAG. The revised date is the end where given, the current RAG is the status; "
            "Cover, Summary and RAG key sheets hold no actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": exp,
    }


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


def bold_cell(cell, text, size=None, white=False):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True
    if size:
        run.font.size = Pt(size)
    if white:
        from docx.shared import RGBColor
        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.8)


# ---------------------------------------------------------------------------
# 2. Bedford Borough local area SEND priority action plan (docx, read)
# ---------------------------------------------------------------------------
def bedford():
    name = "iu1-bedford-borough-local-area-send-priority-action-plan.docx"
    title = "Bedford Borough Local Area Partnership: Area SEND Priority Action Plan"
    A1 = ("Area for priority action 1: Leaders across the partnership should urgently improve the timeliness "
          "and quality of education, health and care (EHC) plans, so that children and young people's needs "
          "are accurately identified and met.")
    A2 = ("Area for priority action 2: Leaders of the integrated care board (ICB) and health providers should "
          "reduce waiting times for neurodevelopmental assessments and improve the support available to "
          "children and families while they wait.")
    A3 = ("Area for improvement: Leaders should improve the co-ordination of preparation for adulthood, so that "
          "young people with SEND have clear pathways into employment, training and independent living.")
    sections = [
        (A1, [
            ("APA1.1", "Recruit to the six vacant EHC coordinator posts and introduce a weekly caseload review "
                       "chaired by the SEND Service Manager.",
             "Head of SEND and Inclusion", "By 31 May 2025",
             "20-week timeliness at 60% by May 2025; 75% by December 2025", "G",
             ["Head of SEND and Inclusion"], "2025-05", None, "green"),
            ("APA1.2", "Introduce a multi-agency EHC plan quality assurance framework, with monthly moderation "
                       "panels including health and social care advisers.",
             "Head of SEND and Inclusion / Designated Clinical Officer", "September 2025",
             "80% of audited plans rated good or better", "A",
             ["Head of SEND and Inclusion", "Designated Clinical Officer"], "2025-09", None, "amber"),
            ("APA1.3", "Clear the backlog of annual reviews older than 12 months, prioritising children at "
                       "phase transfer.",
             "SEND Service Manager", "Summer term 2025",
             "No annual review overdue by more than 12 months", "A",
             ["SEND Service Manager"], "2025-07", "Summer term 2025", "amber"),
        ]),
        (A2, [
            ("APA2.1", "Commission additional autism assessment capacity from an independent provider to reduce "
                       "the waiting list by 40%.",
             "ICB Director of Commissioning", "September 2025 – March 2026",
             "Waiting list reduced from 1,140 to under 700", "G",
             ["ICB Director of Commissioning"], "2026-03", "September 2025 – March 2026", "green"),
            ("APA2.2", "Launch a 'waiting well' offer with the parent carer forum, including drop-in clinics, a "
                       "sleep service and an online resource hub.",
             "Dr Priya Shah and Helen Morris", "End of June 2025",
             "Offer live; 300 families supported in first six months", "B",
             ["Dr Priya Shah", "Helen Morris"], "2025-06", None, "blue"),
            ("APA2.3", "Publish monthly waiting time data on the Local Offer and report it to the SEND "
                       "Partnership Board.",
             "ICB Head of Performance", "Monthly",
             "Data published every month from April 2025", "G",
             ["ICB Head of Performance"], None, "Monthly", "green"),
        ]),
        (A3, [
            ("AFI.1", "Establish a Preparing for Adulthood board and agree a 14–25 pathway with adult social care, "
                      "health and further education providers.",
             "Assistant Director (Education and SEND)", "Autumn term 2025",
             "Pathway published; all Year 9 reviews include PfA outcomes", "G",
             ["Assistant Director (Education and SEND)"], "2025-12", "Autumn term 2025", "green"),
            ("AFI.2", "Increase supported internship places from 18 to 40 through the Bedford College partnership.",
             "Post-16 SEND Lead", "31/07/2026",
             "40 places filled for September 2026 cohort", "",
             ["Post-16 SEND Lead"], "2026-07", None, "unrated"),
        ]),
    ]
    ragshade = {"G": "00B050", "A": "FFC000", "R": "FF0000", "B": "5B9BD5", "": None}

    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    r = p.add_run("Bedford Borough Council  |  NHS Bedfordshire, Luton and Milton Keynes ICB")
    r.font.size = Pt(9)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Area SEND inspection: 13–24 January 2025. Report published: 11 March 2025. "
                      "Plan version 2.1 – progress update for the SEND Partnership Board, June 2025.")
    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=4, cols=4)
    t.style = "Table Grid"
    for i, row in enumerate([
            ("Version", "Date", "Author", "Comments"),
            ("1.0", "22/04/2025", "SEND Improvement Lead", "Submitted to Ofsted and CQC"),
            ("2.0", "08/05/2025", "SEND Improvement Lead", "Amended following DfE/NHSE feedback"),
            ("2.1", "16/06/2025", "SEND Improvement Lead", "June progress update")]):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
            if i == 0:
                bold_cell(t.cell(i, j), v)
    doc.add_paragraph()
    doc.add_paragraph("Progress key")
    k = doc.add_table(rows=4, cols=2)
    k.style = "Table Grid"
    for i, (l, txt) in enumerate([("B", "Complete"), ("G", "On track"), ("A", "Some slippage – mitigation in place"),
                                   ("R", "Off track – escalated to the SEND Partnership Board")]):
        k.cell(i, 0).text = l
        shade(k.cell(i, 0), ragshade[l])
        k.cell(i, 1).text = txt
    exp = []
    for head, acts in sections:
        doc.add_paragraph()
        tb = doc.add_table(rows=2 + len(acts), cols=6)
        tb.style = "Table Grid"
        top = tb.cell(0, 0).merge(tb.cell(0, 5))
        bold_cell(top, head)
        shade(top, "DEEAF6")
        for j, h in enumerate(("Ref", "Action", "Lead(s)", "By when", "Measure of success", "RAG")):
            bold_cell(tb.cell(1, j), h)
            shade(tb.cell(1, j), "D9D9D9")
        for i, (ref, text, lead, when, meas, rag, elead, end, etext, status) in enumerate(acts):
            for j, v in enumerate((ref, text, lead, when, meas, rag)):
                tb.cell(2 + i, j).text = v
            if ragshade[rag]:
                shade(tb.cell(2 + i, 5), ragshade[rag])
            exp.append(act(ref, [head], text, elead, end, status, etext))
    doc.add_paragraph()
    doc.add_heading("Sign-off", level=2)
    so = doc.add_table(rows=3, cols=3)
    so.style = "Table Grid"
    for i, row in enumerate([("Signed on behalf of", "Name", "Date"),
                             ("Bedford Borough Council", "Director of Children's Services", "20/06/2025"),
                             ("BLMK Integrated Care Board", "Chief Nursing Officer", "20/06/2025")]):
        for j, v in enumerate(row):
            so.cell(i, j).text = v
    doc.save(os.path.join(HERE, name))

    EXPECTED[name] = {
        "source": (
            "Imitates a Bedford Borough local area partnership priority action plan after an Area SEND inspection "
            "with outcome 3 (2025), in the style of the priority action plans English local area partnerships "
            "publish on their Local Offer sites. Copied features: partner line and Title-style heading, inspection "
            "dates paragraph, document-control table, a B/G/A/R progress key table, one table per area for "
            "priority action (and one for the area for improvement) whose merged first row carries the "
            "inspectors' wording, columns Ref / Action / Lead(s) / By when / Measure of success / RAG with "
            "shaded RAG letters, school-term and period dates, and a sign-off table."),
        "reads": (
            "A landscape Word plan: after the document-control and key tables come three plan tables, one per "
            "area for priority action (APA1, APA2) and one for the area for improvement (AFI), each headed by the "
            "area's text; eight actions in all with leads, a 'By when' cell and a RAG letter. The sign-off "
            "table at the end is not part of the plan."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": exp,
    }


# ---------------------------------------------------------------------------
# 3. Cumberland Safeguarding Children Partnership JTAI action plan (csv, read)
# ---------------------------------------------------------------------------
def cumberland():
    name = "iu1-cumberland-safeguarding-children-partnership-jtai-action-plan.csv"
    title = "Cumberland Safeguarding Children Partnership - JTAI Action Plan (Front Door)"
    F1 = ("1. Strategy discussions do not consistently include health partners, and the rationale for "
          "decisions is not always recorded.")
    F2 = "2. The application of thresholds by partner agencies when making referrals, including the use of consent."
    F3 = "3. Partnership oversight of the impact of learning from audits and reviews."
    groups = [
        (F1, [
            ("1.1", "Agree a standard for health attendance at all strategy discussions, with the 0-19 service and "
                    "acute trust safeguarding teams on a duty rota.",
             "Health", "Designated Nurse Safeguarding Children", "30/06/2025", "Green",
             "Rota in place from 02/06/2025; health attended 88% of strategy discussions in June.",
             ["Designated Nurse Safeguarding Children"], "2025-06", None, "green"),
            ("1.2", "Amend the strategy discussion record in the case management system so that each agency's "
                    "view and the rationale for the outcome are mandatory fields.",
             "Cumberland Council", "Head of Front Door Services", "31/07/2025", "Amber",
             "System change raised with Liquidlogic; testing booked for w/c 21/07/2025.",
             ["Head of Front Door Services"], "2025-07", None, "amber"),
            ("1.3", "Multi-agency audit of 20 strategy discussions:\n- attendance by agency\n- quality of recorded "
                    "rationale\n- timeliness against the 24-hour standard",
             "CSCP", "CSCP Business Manager; Quality Assurance Subgroup Chair", "Sep-25", "Green",
             "Audit tool agreed by QA subgroup 11/06/2025.",
             ["CSCP Business Manager", "Quality Assurance Subgroup Chair"], "2025-09", None, "green"),
        ]),
        (F2, [
            ("2.1", "Relaunch the Continuum of Need guidance with briefings for schools, GP practices and police "
                    "response officers.",
             "CSCP", "CSCP Learning and Development Officer", "Q2 2025/26", "Complete",
             "Guidance relaunched 16/06/2025; 14 briefings delivered to 410 staff.",
             ["CSCP Learning and Development Officer"], "2025-09", "Q2 2025/26", "blue"),
            ("2.2", "Introduce a consultation line in the Safeguarding Hub for professionals to discuss concerns "
                    "before referring.",
             "Cumberland Council", "Safeguarding Hub Service Manager", "01/09/2025", "Amber",
             "Two additional advanced practitioners needed; recruitment under way.",
             ["Safeguarding Hub Service Manager"], "2025-09", None, "amber"),
            ("2.3", "Cumbria Constabulary to review the quality of its child concern notifications (PVP referrals) "
                    "and provide feedback to officers.",
             "Police", "DCI Mark Hewitson", "30/09/2025", "Red",
             "Review not yet started due to PVP staffing; escalated to CSCP Executive 3 June.",
             ["DCI Mark Hewitson"], "2025-09", None, "red"),
        ]),
        (F3, [
            ("3.1", "Develop a partnership performance dashboard for the front door, reported quarterly to the "
                    "CSCP Executive.",
             "CSCP", "CSCP Business Manager", "December 2025", "",
             "Not yet started - dependent on the data-sharing agreement with health.",
             ["CSCP Business Manager"], "2025-12", None, "unrated"),
        ]),
    ]
    rows = [
        [title] + [""] * 7,
        ["Inspection 10-14 March 2025; letter published 22 April 2025; plan agreed by CSCP Executive 3 June 2025"]
        + [""] * 7,
        [""] * 8,
        ["Area for improvement", "Ref", "Action", "Agency", "Lead", "Target date", "RAG", "Progress update"],
    ]
    exp = []
    for afi, acts in groups:
        for i, (ref, text, agency, lead, target, rag, upd, elead, end, etext, status) in enumerate(acts):
            rows.append([afi if i == 0 else "", ref, text, agency, lead, target, rag, upd])
            exp.append(act(ref, [afi], text, elead, end, status, etext))
    rows.append([""] * 8)
    rows.append(["Key: Complete = action delivered; Green = on track; Amber = at risk of delay; Red = overdue"]
                + [""] * 7)
    with open(os.path.join(HERE, name), "w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f).writerows(rows)

    EXPECTED[name] = {
        "source": (
            "Imitates the Cumberland Safeguarding Children Partnership action plan after a joint targeted area "
            "inspection of the multi-agency response at the front door (2025), as the CSV export of the "
            "partnership's Excel tracker. Copied features: title and inspection-date lines above the header, "
            "area for improvement written once in the first column and left blank below (the merged cell as "
            "exported), Agency and Lead columns, a multi-line action with bullet lines, mixed date forms "
            "(dd/mm/yyyy, Sep-25, Q2 2025/26, month year), a word RAG column and a key line at the foot."),
        "reads": (
            "A partnership tracker with three areas for improvement from the JTAI letter and seven actions "
            "(1.1-3.1) under them, each with the agency, a lead officer, a target date and a RAG word. The "
            "area text applies to the rows below it until the next area; the last line is the RAG key."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": exp,
    }


# ---------------------------------------------------------------------------
# 4. North Yorkshire Youth Justice Service HMIP improvement plan (xlsx, read)
# ---------------------------------------------------------------------------
def north_yorkshire():
    name = "iu1-north-yorkshire-youth-justice-service-hmip-improvement-plan.xlsx"
    title = "North Yorkshire Youth Justice Service – HMIP Inspection Improvement Plan"
    S1 = "The North Yorkshire Youth Justice Service should:"
    S2 = "The North Yorkshire Youth Justice Management Board should:"
    recs = [
        (S1, "1. improve the quality of assessment and planning for keeping other people safe, so that all risks "
             "are identified and contingency plans are clear", [
            ("1a", "Deliver risk of harm and contingency planning training to all case managers, with follow-up "
                   "practice workshops.", "YJS Practice Development Lead", "Q4 2024/25", "blue",
             "Training delivered to 27 of 27 case managers (Feb 2025). Workshops held monthly.",
             ["YJS Practice Development Lead"], "2025-03", "Q4 2024/25", "blue"),
            ("1b", "Introduce a monthly Risk and Safety Panel chaired by an operational manager for all children "
                   "assessed as high or very high risk of serious harm.", "Operational Manager (North)",
             "January 2025", "blue", "Panel running since 14 January 2025; terms of reference agreed.",
             ["Operational Manager (North)"], "2025-01", None, "blue"),
            ("1c", "Quarterly case audit of 15 assessments and plans against HMIP standards, with findings shared "
                   "at team meetings.", "YJS Quality Assurance Officer", "Quarterly", "green",
             "Q4 audit: 11 of 15 assessments sufficient for keeping other people safe (73%, up from 52%).",
             ["YJS Quality Assurance Officer"], None, "Quarterly", "green"),
        ]),
        (S1, "2. ensure that children's diversity needs, including those of girls and children from minority "
             "ethnic backgrounds, are understood and inform the delivery of interventions", [
            ("2a", "Refresh the disproportionality action plan using local data on stop and search, out-of-court "
                   "disposals and custody.", "YJS Head of Service", D(2025, 4, 30), "amber",
             "Police data received late; draft plan to Board in June.",
             ["YJS Head of Service"], "2025-04", None, "amber"),
            ("2b", "Develop a girls' intervention offer with The Children's Society and the Youth Service.",
             "Operational Manager (South); Youth Service Manager", D(2025, 6, 30), "green",
             "Co-design sessions with six girls completed; pilot group starts May.",
             ["Operational Manager (South)", "Youth Service Manager"], "2025-06", None, "green"),
        ]),
        (S2, "3. ensure that board members understand the work of the service and use performance information "
             "to hold partners to account for the services they provide to children", [
            ("3a", "Board induction and annual development session for all members, including observation of YJS "
                   "practice.", "Chair of YJMB / YJS Head of Service", "March 2025", "blue",
             "Development session held 6 March 2025; 9 of 11 members have observed practice.",
             ["Chair of YJMB", "YJS Head of Service"], "2025-03", None, "blue"),
            ("3b", "Introduce a performance and quality report to each Board meeting, with partner agency "
                   "exception reporting.", "YJS Performance Manager", D(2025, 1, 31), "green",
             "New report used at January and April Boards.",
             ["YJS Performance Manager"], "2025-01", None, "green"),
        ]),
        (S2, "4. ensure that children have timely access to speech, language and communication and emotional "
             "health support", [
            ("4a", "Agree a service-level agreement with the ICB for a dedicated speech and language therapist "
                   "(0.6 FTE) in the YJS.", "ICB Head of Children's Commissioning", "Sept 2025", "red",
             "Funding not yet confirmed by ICB; escalated by the Board Chair.",
             ["ICB Head of Children's Commissioning"], "2025-09", None, "red"),
            ("4b", "Embed the CAMHS link worker in weekly YJS allocation meetings.", "CAMHS Team Manager",
             "Ongoing", "green", "Link worker attending weekly since December 2024.",
             ["CAMHS Team Manager"], None, "Ongoing", "green"),
        ]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Response to the HM Inspectorate of Probation inspection of youth justice services"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:G2")
    ws["A3"] = ("Fieldwork: 9–13 September 2024 | Report published: 28 November 2024 | "
                "Overall rating: Requires improvement | Update for YJMB: April 2025")
    ws.merge_cells("A3:G3")
    ws["A4"] = "RAG key:"
    ws["A4"].font = Font(bold=True)
    for j, (k, t) in enumerate((("green", "On track"), ("amber", "At risk"), ("red", "Off track"),
                                ("blue", "Complete"))):
        c = ws.cell(row=4, column=2 + j, value=t)
        c.fill = solid(FILL[k])
    heads = ("No.", "HMIP recommendation", "Action", "Owner", "Timescale", "RAG", "Progress / evidence")
    for j, h in enumerate(heads):
        c = ws.cell(row=6, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = solid("305496")
        c.border = BOX
        c.alignment = WRAP
    r = 7
    exp = []
    last_sec = None
    for sec, rec, acts in recs:
        if sec != last_sec:
            ws.cell(row=r, column=1, value=sec).font = Font(bold=True)
            for j in range(1, 8):
                ws.cell(row=r, column=j).fill = solid(FILL["sect"])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            r += 1
            last_sec = sec
        first = r
        for (ref, text, owner, when, rag, prog, elead, end, etext, status) in acts:
            ws.cell(row=r, column=1, value=ref)
            ws.cell(row=r, column=3, value=text)
            ws.cell(row=r, column=4, value=owner)
            c = ws.cell(row=r, column=5, value=when)
            if isinstance(when, dt.datetime):
                c.number_format = "mmm-yy" if ref == "2a" else "dd/mm/yyyy"
            ws.cell(row=r, column=6).fill = solid(FILL[rag])
            ws.cell(row=r, column=7, value=prog)
            for j in range(1, 8):
                ws.cell(row=r, column=j).border = BOX
                ws.cell(row=r, column=j).alignment = WRAP
            exp.append(act(ref, [sec, rec], text, elead, end, status, etext))
            r += 1
        ws.cell(row=first, column=2, value=rec).alignment = WRAP
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    for col, w in zip("ABCDEFG", (6, 42, 55, 30, 14, 8, 50)):
        ws.column_dimensions[col].width = w

    sm = wb.create_sheet("Board summary")
    sm["A1"] = "Board summary – April 2025"
    sm["A1"].font = Font(bold=True)
    tally = {}
    for _, _, acts in recs:
        for a in acts:
            tally[a[4]] = tally.get(a[4], 0) + 1
    sm_rows = [("RAG", "Number of actions")] + [(k.capitalize(), tally.get(k, 0))
                                                 for k in ("blue", "green", "amber", "red")]
    sm_rows[1] = ("Complete", tally.get("blue", 0))
    sm_rows.append(("Total", sum(tally.values())))
    for i, (a, b) in enumerate(sm_rows):
        sm.cell(row=3 + i, column=1, value=a)
        sm.cell(row=3 + i, column=2, value=b)
    sm["A10"] = "Next full inspection expected: 2027. HMIP to be sent updated plan with YJ annual plan."
    wb.save(os.path.join(HERE, name))

    EXPECTED[name] = {
        "source": (
            "Imitates North Yorkshire Youth Justice Service's post-inspection improvement plan after an HM "
            "Inspectorate of Probation youth justice inspection (report November 2024), as taken to the Youth "
            "Justice Management Board; layout after YJS improvement plans councils publish with board papers. "
            "Copied features: merged title row, a subtitle and an inspection-details row, a colour RAG key row, "
            "recommendations grouped under 'The ... should:' section rows as in the HMIP report, each "
            "recommendation in a vertically merged cell beside its actions, lettered action numbers (1a, 1b), "
            "quarter and month timescales, a RAG column shown by fill colour only, and a Board summary sheet."),
        "reads": (
            "One plan sheet: two addressee sections (the service; the management board), four recommendations "
            "and nine actions 1a-4b, each with an owner, a timescale and a RAG cell that is coloured, not "
            "written, read by the key in row 4. The Board summary sheet only counts the actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": exp,
    }


# ---------------------------------------------------------------------------
# 5. Scottish Borders Council fostering service Care Inspectorate plan (docx, read)
# ---------------------------------------------------------------------------
def borders():
    name = "iu1-scottish-borders-council-fostering-service-care-inspectorate-improvement-plan.docx"
    title = "Scottish Borders Council Fostering Service: Care Inspectorate Improvement Plan"
    K2 = "Key question 2: How good is our leadership?"
    K5 = "Key question 5: How well is our care and support planned?"
    REQ1 = ("Requirement 1: By 31 March 2025, the provider must ensure that the quality assurance of foster carer "
            "reviews and supervision is robust and results in timely improvement.")
    AFI1 = ("Area for improvement 1: To support good outcomes for children, the provider should ensure that "
            "foster carers' training records are up to date and that mandatory training is completed within "
            "agreed timescales.")
    REQ2 = ("Requirement 2: By 30 June 2025, the provider must ensure that each child's placement agreement and "
            "care plan clearly identifies how the child's needs will be met and is reviewed following any "
            "significant change.")
    AFI2 = ("Area for improvement 2: The provider should ensure that children's views are routinely gathered "
            "and inform foster carer reviews.")
    plan = [
        (K2, [
            (REQ1, [
                ("Introduce an audit tool for foster carer annual reviews, completed by the Team Leader for every "
                 "review.", "Family Placement Team Leader", "December 2024", "Complete",
                 ["Family Placement Team Leader"], "2024-12", None, "blue"),
                ("Independent reviewing of foster carer reviews to be undertaken by the Fostering Panel Adviser "
                 "for carers approved more than three years.", "Fostering Panel Adviser", "By 31 March 2025",
                 "Green", ["Fostering Panel Adviser"], "2025-03", None, "green"),
                ("Six-monthly quality assurance report on supervising social worker visits to be presented to the "
                 "Children and Families Management Team.", "Service Manager (Resources); Quality Improvement "
                 "Officer", "Six-monthly", "Green",
                 ["Service Manager (Resources)", "Quality Improvement Officer"], None, "Six-monthly", "green"),
            ]),
            (AFI1, [
                ("Migrate foster carer training records to the Learning Management System and issue quarterly "
                 "reminders to carers with outstanding training.", "L. Murray / K. Thomson", "30/04/2025",
                 "Amber", ["L. Murray", "K. Thomson"], "2025-04", None, "amber"),
            ]),
        ]),
        (K5, [
            (REQ2, [
                ("Revise the placement agreement template to include a section on the child's views and a plan "
                 "for family time.", "Family Placement Team Leader", "February 2025", "Complete",
                 ["Family Placement Team Leader"], "2025-02", None, "blue"),
                ("Joint training for supervising social workers and children's social workers on care planning "
                 "and placement agreements.", "Children and Families Practice Development Lead", "May – June 2025",
                 "Green", ["Children and Families Practice Development Lead"], "2025-06", "May – June 2025",
                 "green"),
            ]),
            (AFI2, [
                ("Develop an age-appropriate 'My Foster Family' questionnaire with Who Cares? Scotland and the "
                 "Champions Board.", "Champions Board Coordinator", "June 2025", "Amber",
                 ["Champions Board Coordinator"], "2025-06", None, "amber"),
                ("Report children's feedback themes to the Fostering Panel annually.", "Fostering Panel Adviser",
                 "Annually", "Not started", ["Fostering Panel Adviser"], None, "Annually", "unrated"),
            ]),
        ]),
    ]
    shade_of = {"Complete": "5B9BD5", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000", "Not started": None}

    doc = Document()
    landscape(doc)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Inspection completed: 27 September 2024. Report published: 6 November 2024.")
    info = doc.add_table(rows=5, cols=2)
    info.style = "Table Grid"
    for i, (a, b) in enumerate([
            ("Service", "Scottish Borders Council Fostering Service"),
            ("Care service number", "CS2004071263"),
            ("Grades awarded", "How well do we support children and young people's rights and wellbeing? 4 – Good\n"
                               "How good is our leadership? 3 – Adequate\n"
                               "How well is our care and support planned? 3 – Adequate"),
            ("Plan owner", "Service Manager (Resources)"),
            ("Date of this update", "14 March 2025")]):
        bold_cell(info.cell(i, 0), a)
        info.cell(i, 1).text = b
    doc.add_paragraph()
    doc.add_paragraph("Progress key: Complete (blue) | Green – on track | Amber – behind timescale | "
                      "Red – not progressing | Not started")

    nrows = 1 + sum(1 + sum(len(a) for _, a in items) for _, items in plan)
    tb = doc.add_table(rows=nrows, cols=5)
    tb.style = "Table Grid"
    for j, h in enumerate(("Requirement / area for improvement", "Action", "Responsible", "Timescale",
                           "Progress")):
        bold_cell(tb.cell(0, j), h)
        shade(tb.cell(0, j), "BDD7EE")
    r = 1
    exp = []
    for kq, items in plan:
        m = tb.cell(r, 0).merge(tb.cell(r, 4))
        bold_cell(m, kq)
        shade(m, "E2EFDA")
        r += 1
        for req, acts in items:
            first = r
            for (text, resp, when, prog, elead, end, etext, status) in acts:
                tb.cell(r, 1).text = text
                tb.cell(r, 2).text = resp
                tb.cell(r, 3).text = when
                tb.cell(r, 4).text = prog
                if shade_of[prog]:
                    shade(tb.cell(r, 4), shade_of[prog])
                exp.append(act(None, [kq, req], text, elead, end, status, etext))
                r += 1
            tb.cell(first, 0).text = req
            if r - 1 > first:
                tb.cell(first, 0).merge(tb.cell(r - 1, 0))
    doc.add_paragraph()
    doc.add_paragraph("Version history")
    vh = doc.add_table(rows=3, cols=3)
    vh.style = "Table Grid"
    for i, row in enumerate([("Version", "Date", "Changes"),
                             ("1.0", "04/12/2024", "Plan submitted to the Care Inspectorate"),
                             ("1.1", "14/03/2025", "Progress update for Children and Families Management Team")]):
        for j, v in enumerate(row):
            vh.cell(i, j).text = v
    doc.save(os.path.join(HERE, name))

    EXPECTED[name] = {
        "source": (
            "Imitates Scottish Borders Council's improvement plan for its fostering service after a Care "
            "Inspectorate inspection (report November 2024), in the style of the plans Scottish councils take "
            "to committee after fostering and adoption inspections. Copied features: title and inspection-date "
            "lines, a service-details table with grades by key question, a progress key line, one plan table "
            "with key-question rows merged across, each requirement or area for improvement in a vertically "
            "merged first-column cell beside its actions, no action numbers, named initials and job titles as "
            "responsible, word RAG with shading, and a version-history table."),
        "reads": (
            "One plan table under two Care Inspectorate key questions; under them two requirements and two "
            "areas for improvement from the report, each with one to three unnumbered actions (eight in all), "
            "a responsible person, a timescale and a progress word. The service-details and version-history "
            "tables are not part of the plan."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": exp,
    }


# ---------------------------------------------------------------------------
# 6. Hertfordshire Corporate Parenting Board action plan (txt, tab-separated, read)
# ---------------------------------------------------------------------------
def hertfordshire():
    name = "iu1-hertfordshire-corporate-parenting-board-action-plan.txt"
    title = "Hertfordshire Corporate Parenting Board – Action Plan 2025-26"
    P1 = "Priority 1 – Our children feel listened to and help shape the services they receive"
    P2 = "Priority 2 – Our children are healthy and emotionally well"
    P3 = "Priority 3 – Our young people leaving care are well prepared and supported into adulthood"
    plan = [
        (P1, [
            ("1.1", "Hold a quarterly 'Takeover' Board meeting planned and chaired by members of the Children in "
                    "Care Council (Herts Voices).", "Corporate Parenting Board Chair", "Quarterly", "G",
             "July meeting chaired by two Herts Voices members; next takeover January 2026.",
             ["Corporate Parenting Board Chair"], None, "Quarterly", "green"),
            ("1.2", "Every elected member to complete corporate parenting training within six months of election.",
             "Democratic Services Manager / Participation Lead", "Nov-25", "A",
             "61 of 78 members trained; reminders sent to group leaders.",
             ["Democratic Services Manager", "Participation Lead"], "2025-11", None, "amber"),
            ("1.3", "Publish a 'You Said, We Did' newsletter for children in care and care leavers after each "
                    "Board meeting.", "Participation Lead", "Dec-25", "G",
             "Issues 1 and 2 published.", ["Participation Lead"], "2025-12", None, "green"),
        ]),
        (P2, [
            ("2.1", "Reduce the time from entering care to initial health assessment so that 90% are completed "
                    "within 20 working days.",
             "Designated Doctor for Children Looked After / Designated Nurse for Children Looked After", "Mar-26",
             "A", "Q2: 71% within 20 working days (Q1 64%).",
             ["Designated Doctor for Children Looked After", "Designated Nurse for Children Looked After"],
             "2026-03", None, "amber"),
            ("2.2", "Commission a therapeutic support offer for foster carers and residential staff looking after "
                    "children with complex trauma.", "Head of Commissioning (Children's)", "Jan-26", "R",
             "Tender returned no compliant bids; re-procurement options to November Board.",
             ["Head of Commissioning (Children's)"], "2026-01", None, "red"),
        ]),
        (P3, [
            ("3.1", "Extend council tax exemption for care leavers living in Hertfordshire up to age 25.",
             "Director of Finance", "Apr-25", "B", "Agreed at Full Council February 2025; in place from 1 April.",
             ["Director of Finance"], "2025-04", None, "blue"),
            ("3.2", "Ring-fence 20 apprenticeship places across the council and partners for care leavers.",
             "Head of Leaving Care Service", "Sep-25", "B", "22 places ring-fenced; 14 filled.",
             ["Head of Leaving Care Service"], "2025-09", None, "blue"),
            ("3.3", "Launch the Local Offer for care leavers app co-designed with care leavers.",
             "Leaving Care Service Manager", "Feb-26", "G", "Beta version tested with 12 young people.",
             ["Leaving Care Service Manager"], "2026-02", None, "green"),
            ("3.4", "Review the Staying Put and Staying Close offers:\n- increase the Staying Put allowance in line "
                    "with the fostering fee\n- extend Staying Close to young people leaving residential care at 18",
             "Head of Leaving Care Service", "Dec 2025", "A",
             "Staying Put allowance increase agreed; Staying Close bid to DfE pending.",
             ["Head of Leaving Care Service"], "2025-12", None, "amber"),
        ]),
    ]

    def q(v):
        return '"' + v.replace('"', '""') + '"' if ("\n" in v or '"' in v or "\t" in v) else v

    lines = [title, "Version: Board meeting 9 October 2025", "",
             "\t".join(("Priority", "No.", "What we will do", "Who", "By when", "RAG", "Update"))]
    exp = []
    for pr, acts in plan:
        lines.append(pr + "\t" * 6)
        for (ref, text, who, when, rag, upd, elead, end, etext, status) in acts:
            lines.append("\t".join(q(v) for v in ("", ref, text, who, when, rag, upd)))
            exp.append(act(ref, [pr], text, elead, end, status, etext))
    lines += ["", "RAG key: B = complete; G = on track; A = some slippage; R = off track",
              "Next review: Corporate Parenting Board, 15 January 2026"]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")

    EXPECTED[name] = {
        "source": (
            "Imitates Hertfordshire County Council's Corporate Parenting Board action plan 2025-26 as a "
            "tab-delimited text export of the Board's spreadsheet, in the style of corporate parenting action "
            "plans councils attach to board papers. Copied features: title and version lines, a header row, "
            "priority rows from the corporate parenting strategy ('Priority 1 – ...') on their own line above "
            "numbered actions, short mmm-yy dates and 'Quarterly', two posts joined by '/', RAG letters B/G/A/R, "
            "one action cell with bullet lines (quoted, as Excel exports it), and a RAG key and next-review note "
            "at the foot."),
        "reads": (
            "A tab-separated board action plan: three priorities, each a row of its own, with nine numbered "
            "actions (1.1-3.4) giving who, by when, a RAG letter and an update. The last two lines are the RAG "
            "key and the date of the next review, not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": exp,
    }


# ---------------------------------------------------------------------------
# 7. Kent County Council focused visit action plan - mistyped month (xlsx, refuse)
# ---------------------------------------------------------------------------
def kent():
    name = "iu1-kent-county-council-focused-visit-action-plan-typo-month-refuse.xlsx"
    title = "Kent County Council – Ofsted Focused Visit Action Plan"
    A1 = ("The quality of written plans for children in need, which are not always specific about what needs to "
          "change or by when.")
    A2 = "Management oversight of children in need cases that have been open for more than 12 months."
    groups = [
        (A1, [
            (1, "Issue revised child in need plan guidance and a SMART planning template to all district teams.",
             "Head of Practice Development", "July 2025", "September 2025", "Complete",
             "Guidance and template launched 01/09/2025."),
            (2, "Deliver planning workshops to all social workers in the four district Children in Need teams.",
             "Principal Social Worker", "September 2025", "December 2025", "On track",
             "Workshops delivered in North and East Kent; West and South booked for November."),
            (3, "Involve children and parents in reviewing plans, using the 'What needs to change' tool at every "
                "child in need review.", "Area Children's Services Managers", "October 2025", "March 2026",
             "On track", "Tool piloted in Ashford and Canterbury."),
        ]),
        (A2, [
            (4, "Monthly report of all child in need cases open for more than 12 months to Service Managers, with "
                "case direction recorded for each child.", "Head of Performance and Quality Assurance",
             "July 2025", "October 2025", "Complete", "First report issued 04/08/2025."),
            (5, "Service Manager case reviews of every child in need case open more than 18 months.",
             "Area Children's Services Managers", "August 2025", "Febuary 2026", "On track",
             "142 of 310 cases reviewed to date."),
            (6, "Add long-term child in need cases to the quarterly practice audit programme.",
             "Head of Performance and Quality Assurance", "January 2026", "March 2026", "Not started", ""),
        ]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "FV Action Plan"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = ("Focused visit: children in need and children subject to a child protection plan – "
                "21 and 22 May 2025")
    ws.merge_cells("A2:H2")
    ws["A3"] = "Letter published: 26 June 2025. Plan owner: Director of Children's Countywide Services."
    ws.merge_cells("A3:H3")
    heads = ("Area for improvement", "No.", "Action", "Responsible officer", "Start date", "Completion date",
             "Status", "Commentary")
    for j, h in enumerate(heads):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.fill = solid("C6E0B4")
        c.border = BOX
    r = 6
    typo_row = None
    for area, acts in groups:
        first = r
        for (n, text, who, start, comp, status, comm) in acts:
            for j, v in enumerate((None, n, text, who, start, comp, status, comm)):
                if v is not None:
                    ws.cell(row=r, column=1 + j, value=v)
                ws.cell(row=r, column=1 + j).border = BOX
                ws.cell(row=r, column=1 + j).alignment = WRAP
            if comp.startswith("Febuary"):
                typo_row = r
            r += 1
        ws.cell(row=first, column=1, value=area).alignment = WRAP
        ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    ws.cell(row=r + 1, column=1, value="Progress reported monthly to the Children's Services Improvement Board.")
    for col, w in zip("ABCDEFGH", (40, 6, 60, 32, 14, 16, 12, 45)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, name))
    assert typo_row == 10, typo_row

    EXPECTED[name] = {
        "source": (
            "Imitates Kent County Council's action plan after an Ofsted focused visit to children in need and "
            "child protection services (2025), in the style of focused visit action plans councils take to "
            "their children's improvement boards. Copied features: merged title and visit-details rows, areas "
            "for improvement in vertically merged first-column cells, numbered actions, start and completion "
            "dates written as month and year, a status word column and a commentary column. One completion "
            "date is mistyped."),
        "reads": (
            "A single-sheet plan with two areas for improvement from the focused visit letter and six numbered "
            "actions. Action 5, on sheet row 10, has the completion date 'Febuary 2026', a misspelt month in "
            "the end cell, so a careful reader stops and asks rather than guessing the due date."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_row,
        "title": title,
    }


def main():
    dorset()
    bedford()
    cumberland()
    north_yorkshire()
    borders()
    hertfordshire()
    kent()
    if "--expected" in sys.argv:
        for name, data in EXPECTED.items():
            with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as f:
                yaml.safe_dump(data, f, sort_keys=False, allow_unicode=True, width=100)
    print("built", len(EXPECTED), "files")


if __name__ == "__main__":
    main()
