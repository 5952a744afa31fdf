"""Build the seven kd2- data files of set heldout324.

Run with the project's Python (openpyxl and python-docx):
    /work/main/.venv/bin/python kd2_make.py
Files are written next to this script.
"""
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))

RED = "FF0000"
AMBER = "FFC000"
GREEN = "00B050"
BLUE = "0070C0"
GREY = "D9D9D9"
NAVY = "1F3864"


def D(y, m, d):
    return dt.datetime(y, m, d)


# ---------------------------------------------------------------- docx helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9, fill=None, white=False):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n") if text else [""]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)
        if white:
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    if fill:
        shade(cell, fill)


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.5))


RAG_FILL = {"Blue": BLUE, "Complete": BLUE, "Green": GREEN, "Amber": AMBER,
            "Red": RED, "B": BLUE, "G": GREEN, "A": AMBER, "R": RED}

# ============================================================ 1. Walsall SAR (docx)
WALSALL_TITLE = ("Walsall Safeguarding Partnership – Safeguarding Adults Review "
                 "‘Adult N’ – Multi-Agency Action Plan")
WALSALL = [
    ("Learning Theme A: Self-neglect and hoarding", [
        ("Recommendation 1: The Partnership should seek assurance that all agencies are "
         "using the West Midlands Self-Neglect Guidance, including the clutter image "
         "rating scale, when working with adults who hoard.", [
            ("1.1", "Relaunch the West Midlands Self-Neglect Guidance through a 7-minute "
                    "briefing and a practitioner webinar.",
             "WSP Business Manager", "September 2025",
             "Briefing published 04/09/2025; webinar attended by 112 practitioners.",
             "Blue"),
            ("1.2", "Carry out a multi-agency audit of 20 self-neglect cases to test use of "
                    "the clutter image rating scale and escalation of risk.",
             "Quality Assurance Sub-Group Chair", "Dec 2025",
             "Audit tool agreed; 14 of 20 cases reviewed.", "Green"),
        ]),
        ("Recommendation 2: Walsall Council and whg should agree a joint protocol for "
         "responding to hoarding where tenancy enforcement is being considered.", [
            ("2.1", "Draft a joint hoarding protocol between Adult Social Care and whg "
                    "Tenancy Services.",
             "Head of Safeguarding (ASC) / whg Head of Tenancy Services", "31/01/2026",
             "Draft circulated to partners; legal comments awaited.", "Amber"),
            ("2.2", "Train housing officers on the Mental Capacity Act, including "
                    "executive function, as part of the protocol launch.",
             "whg Learning & Development Manager", "March 2026",
             "Training dates booked for February 2026.", "Green"),
        ]),
    ]),
    ("Learning Theme B: Mental capacity and executive function", [
        ("Recommendation 3: The Partnership should seek assurance that mental capacity "
         "assessments for adults who self-neglect consider executive function and are "
         "revisited when risks escalate.", [
            ("3.1", "Update the multi-agency MCA practice guidance to include a section on "
                    "executive function, with case examples from this review.",
             "MCA Lead, Walsall Council; Named GP for Adult Safeguarding, Black Country ICB",
             "Oct 2025 (revised to Feb 2026)",
             "Revised date agreed at SAR Sub-Group 17/10/2025 to align with the\n"
             "regional MCA guidance refresh.", "Amber"),
            ("3.2", "Add a prompt to the Mosaic case recording system to reassess capacity "
                    "when a safeguarding concern is raised about the same adult.",
             "ASC Principal Social Worker", "Q4 2025/26",
             "Awaiting Mosaic development slot.", "Not started"),
        ]),
        ("Recommendation 4: Health partners should ensure that frequent attendance by an "
         "adult who self-neglects triggers a safeguarding concern or a referral to the "
         "Multi-Agency Risk Management (MARM) meeting.", [
            ("4.1", "Review the frequent attender policy to include a self-neglect trigger "
                    "and a referral route to MARM.",
             "Head of Safeguarding, Walsall Healthcare NHS Trust", "June 2025",
             "Policy ratified by Trust Safeguarding Committee 12/06/2025.", "Complete"),
            ("4.2", "Monitor MARM referrals from health partners and report them to the "
                    "SAR Sub-Group.",
             "WSP Performance Officer", "Quarterly",
             "Q2 report presented November 2025.", "Green"),
        ]),
    ]),
]


def make_walsall(path):
    doc = Document()
    landscape(doc)
    doc.add_paragraph(WALSALL_TITLE, style="Title")
    doc.add_paragraph(
        "This action plan responds to the recommendations of the Safeguarding Adults Review "
        "(SAR) concerning Adult N, published by Walsall Safeguarding Partnership in May 2025. "
        "Progress is reviewed by the SAR Sub-Group and reported to the Executive Group.")

    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([
        ("Document owner", "SAR Sub-Group"),
        ("Version", "v0.6"),
        ("Last updated", "21 November 2025"),
        ("Next review", "SAR Sub-Group, January 2026"),
    ]):
        set_cell(t.rows[i].cells[0], k, bold=True, fill=GREY)
        set_cell(t.rows[i].cells[1], v)

    doc.add_paragraph()
    doc.add_paragraph("RAG key", style="Heading 3")
    key = doc.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    for i, (k, v) in enumerate([
        ("Blue", "Complete – evidence of impact seen by the SAR Sub-Group"),
        ("Green", "On track to be delivered by the target date"),
        ("Amber", "Some slippage – revised date agreed"),
        ("Red", "Not on track – escalate to the Executive Group"),
    ]):
        set_cell(key.rows[i].cells[0], k, bold=True, fill=RAG_FILL[k])
        set_cell(key.rows[i].cells[1], v)

    heads = ["Ref", "Action", "Lead Agency / Officer", "Target Date",
             "Progress update (November 2025)", "RAG"]
    for theme, recs in WALSALL:
        doc.add_paragraph(theme, style="Heading 1")
        for rec, actions in recs:
            tab = doc.add_table(rows=2 + len(actions), cols=6)
            tab.style = "Table Grid"
            top = tab.rows[0].cells[0].merge(tab.rows[0].cells[5])
            set_cell(top, rec, bold=True, size=10, fill="DEEAF6")
            for j, h in enumerate(heads):
                set_cell(tab.rows[1].cells[j], h, bold=True, fill=NAVY, white=True)
            for i, (ref, act, lead, due, prog, rag) in enumerate(actions):
                cells = tab.rows[2 + i].cells
                for j, v in enumerate([ref, act, lead, due, prog]):
                    set_cell(cells[j], v)
                set_cell(cells[5], rag, bold=True, fill=RAG_FILL.get(rag))
            doc.add_paragraph()

    doc.add_paragraph("Sign-off", style="Heading 3")
    so = doc.add_table(rows=2, cols=3)
    so.style = "Table Grid"
    for j, h in enumerate(["Agreed by", "Role", "Date"]):
        set_cell(so.rows[0].cells[j], h, bold=True, fill=GREY)
    for j, v in enumerate(["SAR Sub-Group", "Chair, on behalf of the Partnership",
                           "21/11/2025"]):
        set_cell(so.rows[1].cells[j], v)
    doc.save(path)


# ============================================================ 2. Horsham DHR (docx)
HORSHAM_TITLE = "Domestic Homicide Review ‘Amanda’ – Action Plan"
# (recommendation, scope, [(action, lead, milestones, target, completion, fill)])
HORSHAM = [
    ("Part A: Overview Report Recommendations", [
        ("1. Horsham District Community Safety Partnership should work with West Sussex "
         "partners to raise awareness of economic abuse and coercive control in later life "
         "among older people and their families.", "Local", [
            ("Deliver a local awareness campaign on economic abuse in later life during the "
             "16 Days of Action.",
             "Horsham District CSP",
             "Campaign materials co-produced with Age UK West Sussex.",
             "December 2024",
             "Completed 10/12/2024 – campaign reached c.14,000 residents.", GREEN),
            ("Commission specialist training on economic abuse for bank staff and community "
             "advice services.",
             "Horsham District CSP / Surviving Economic Abuse",
             "Two of four sessions delivered.",
             "June 2025", "", AMBER),
        ]),
        ("2. The West Sussex Domestic Abuse Local Partnership Board should ensure that the "
         "DASH risk assessment is completed with older victims and that practitioners "
         "consider carer’s stress as a risk factor.", "Local / Regional", [
            ("Review the DASH training package to include a module on older victims and "
             "caring relationships.",
             "WSCC Domestic Abuse Commissioning Manager",
             "Module written and piloted with MARAC partners.",
             "31/03/2025",
             "Completed 28/03/2025 – module now part of the core offer.", GREEN),
            ("Audit a sample of MARAC referrals for victims aged 60 and over to test whether "
             "carer’s stress was considered.",
             "MARAC Coordinator",
             "Audit scope agreed; data extraction delayed.",
             "Sept 2025", "", RED),
        ]),
        ("3. NHS Sussex should seek assurance that GP practices routinely ask about domestic "
         "abuse when an older patient presents with unexplained injuries.", "Local", [
            ("Roll out the IRIS domestic abuse programme to the remaining Horsham GP "
             "practices.",
             "NHS Sussex Designated Nurse for Safeguarding Adults",
             "9 of 13 practices trained.",
             "March 2026", "", AMBER),
        ]),
    ]),
    ("Part B: Single Agency Recommendations", [
        ("4. Sussex Police should ensure supervisors review domestic abuse incidents "
         "involving a victim aged 65 or over where no DASH risk assessment was completed.",
         "Single agency", [
            ("Introduce a supervisory check on the Niche record for victims aged 65 and over "
             "where a DASH is declined.",
             "Sussex Police – Public Protection Command",
             "Niche workflow change live from 06/01/2025.",
             "January 2025",
             "Completed 06/01/2025 – dip sample in April 2025 showed 92% compliance.",
             GREEN),
        ]),
        ("5. West Sussex Adult Social Care should ensure carer’s assessments explore "
         "whether domestic abuse is present in the caring relationship.", "Single agency", [
            ("Issue a practice note on carer’s assessments where domestic abuse is disclosed "
             "or suspected.",
             "WSCC Adult Social Care – Principal Social Worker",
             "Practice note issued and briefed to locality teams.",
             "April 2025",
             "Completed 22/04/2025.", GREEN),
        ]),
    ]),
]


def make_horsham(path):
    doc = Document()
    landscape(doc)
    doc.add_paragraph(HORSHAM_TITLE, style="Title")
    doc.add_paragraph("Horsham District Community Safety Partnership")

    info = doc.add_table(rows=4, cols=2)
    info.style = "Table Grid"
    for i, (k, v) in enumerate([
        ("Review commissioned by", "Horsham District Community Safety Partnership"),
        ("Home Office Quality Assurance Panel", "Approved for publication 14 August 2024"),
        ("Action plan owner", "Horsham District CSP DHR Steering Group"),
        ("Last updated", "20 October 2025"),
    ]):
        set_cell(info.rows[i].cells[0], k, bold=True, fill=GREY)
        set_cell(info.rows[i].cells[1], v)

    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("RAG key: ").bold = True
    key = doc.add_table(rows=1, cols=3)
    key.style = "Table Grid"
    for j, (fill, words) in enumerate([
        (RED, "Red – overdue / not on track"),
        (AMBER, "Amber – in progress"),
        (GREEN, "Green – complete"),
    ]):
        set_cell(key.rows[0].cells[j], words, bold=True, fill=fill)

    heads = ["Recommendation", "Scope of recommendation", "Action to take",
             "Lead Agency", "Key milestones achieved in enacting recommendation",
             "Target Date", "Date of completion and Outcome", "RAG"]
    for part, recs in HORSHAM:
        doc.add_paragraph()
        doc.add_paragraph(part, style="Heading 2")
        n = sum(len(a) for _, _, a in recs)
        tab = doc.add_table(rows=1 + n, cols=8)
        tab.style = "Table Grid"
        for j, h in enumerate(heads):
            set_cell(tab.rows[0].cells[j], h, bold=True, fill=GREY)
        r = 1
        for rec, scope, actions in recs:
            first = r
            set_cell(tab.rows[r].cells[0], rec)
            set_cell(tab.rows[r].cells[1], scope)
            for act, lead, mile, target, done, fill in actions:
                cells = tab.rows[r].cells
                set_cell(cells[2], act)
                set_cell(cells[3], lead)
                set_cell(cells[4], mile)
                set_cell(cells[5], target)
                set_cell(cells[6], done)
                set_cell(cells[7], "", fill=fill)
                r += 1
            if r - 1 > first:
                for c in (0, 1):
                    top = tab.rows[first].cells[c]
                    for rr in range(first + 1, r):
                        top = top.merge(tab.rows[rr].cells[c])
    doc.save(path)


# ============================================================ 3. Dorset HealthCare board log (csv)
DORSET_TITLE = ("Dorset HealthCare University NHS Foundation Trust – Board of Directors "
                "Action Log (Part 1, Public)")
DORSET_HEAD = ["Ref", "Meeting date", "Action", "Lead", "Due date", "RAG",
               "Update / comments"]
DORSET = [
    ("BoD/25/041", "07/05/2025",
     "Provide a breakdown of out of area placements by age group and length of stay in "
     "the next Integrated Performance Report.",
     "Chief Operating Officer", "Jul-25", "B",
     "Included in July IPR (section 4.2). Proposed for closure."),
    ("BoD/25/047", "07/05/2025",
     "Arrange a Board development session on the thematic findings from the Patient "
     "Safety Incident Response Framework (PSIRF).",
     "Director of Nursing & Quality", "Sep-25 (revised Jan-26)", "A",
     "Session moved to January 2026 to align with the PSIRF annual review."),
    ("BoD/25/058", "02/07/2025",
     "Share the Freedom to Speak Up benchmarking data with Non-Executive Directors ahead "
     "of the Audit Committee.",
     "Trust Secretary", "Aug-25", "B",
     "Circulated 18/08/2025."),
    ("BoD/25/063", "02/07/2025",
     "Bring back a revised community hospitals estates plan, including the cost of backlog "
     "maintenance at Wareham and Swanage.",
     "Chief Finance Officer / Director of Strategy", "Nov-25", "R",
     "Delayed pending the ICB capital allocation.\nNow expected at the January Board."),
    ("BoD/25/066", "02/07/2025",
     "Confirm the trajectory for reducing waits over 52 weeks in children's community "
     "services, and the support being sought from the ICB.",
     "Chief Operating Officer", "Mar-26", "G",
     "Trajectory agreed with NHS Dorset; first report to Quality Committee in December."),
    ("BoD/25/072", "03/09/2025",
     "Include patient and carer feedback from the Community Mental Health Transformation "
     "programme in the Quality Report.",
     "Director of Nursing & Quality; Medical Director", "05/11/2025", "B",
     "Included in November Quality Report."),
    ("BoD/25/079", "03/09/2025",
     "Review the Board Assurance Framework risk scores for workforce (BAF 3) in light of "
     "the national staff survey results.",
     "Chief People Officer", "TBC", "G",
     "Awaiting publication of the 2025 NHS Staff Survey results."),
    ("BoD/25/085", "05/11/2025",
     "Circulate the winter plan escalation triggers and OPEL reporting arrangements to all "
     "Board members.",
     "Chief Operating Officer", "Dec-25", "G", ""),
    ("BoD/25/088", "05/11/2025",
     "Provide an update on the Electronic Patient Record (EPR) procurement timetable, "
     "including the joint approach with Dorset County Hospital.",
     "Chief Digital Information Officer", "Jan-26", "",
     "Not yet due."),
]


def csv_field(v):
    v = "" if v is None else str(v)
    if any(c in v for c in ',"\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


def make_dorset(path):
    ncol = len(DORSET_HEAD)
    rows = [
        [DORSET_TITLE] + [""] * (ncol - 1),
        ["Position as at 12 November 2025 – for the Board meeting of 7 January 2026"]
        + [""] * (ncol - 1),
        ["RAG key: B = complete, proposed for closure; G = on track / not yet due; "
         "A = due date revised or at risk; R = overdue"] + [""] * (ncol - 1),
        [""] * ncol,
        DORSET_HEAD,
    ]
    rows += [list(r) for r in DORSET]
    rows += [
        [""] * ncol,
        ["Summary: 9 actions – 3 proposed for closure (B), 3 on track (G), 1 at risk (A), "
         "1 overdue (R), 1 not yet rated"] + [""] * (ncol - 1),
        ["Actions marked B will be removed from the log once the Board has agreed closure."]
        + [""] * (ncol - 1),
    ]
    with open(path, "w", encoding="utf-8", newline="") as f:
        for r in rows:
            f.write(",".join(csv_field(v) for v in r) + "\r\n")


# ============================================================ xlsx helpers
thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def put(ws, r, c, v, bold=False, bg=None, white=False, fmt=None, border=True):
    cell = ws.cell(row=r, column=c, value=v)
    cell.alignment = WRAP
    if bold or white:
        cell.font = Font(bold=bold, color="FFFFFF" if white else "000000")
    if bg:
        cell.fill = fill(bg)
    if fmt:
        cell.number_format = fmt
    if border:
        cell.border = BORDER
    return cell


# ============================================================ 4. NCA maternity (xlsx)
NCA_TITLE = ("Northern Care Alliance NHS Foundation Trust – Maternity and Neonatal "
             "Improvement Plan 2025/26")
# (ref, action, owner, original, revised, prev, curr, update)
NCA = [
    ("Workstream 1: Safe staffing and training", [
        ("CQC Must Do (Royal Oldham and Rochdale): The trust must ensure there are sufficient "
         "numbers of suitably qualified, competent and experienced midwifery staff on each "
         "shift. (Regulation 18)", [
            ("1.1", "Complete the Birthrate Plus assessment for the Oldham and Rochdale "
                    "units and present the findings to the Board.",
             "Group Director of Midwifery", D(2025, 6, 30), None, "G", "B",
             "Presented to Board 02/07/2025; funded establishment agreed."),
            ("1.2", "Recruit to the 18.4 WTE midwifery vacancies identified, including the "
                    "international recruitment cohort.",
             "Head of Midwifery (Oldham)", D(2025, 12, 31), D(2026, 3, 31), "A", "A",
             "11.6 WTE appointed; 6.8 WTE in pipeline with start dates Feb–Mar 2026."),
            ("1.3", "Introduce a twice-daily staffing huddle with escalation to the on-call "
                    "manager under the maternity escalation policy.",
             "Matron – Delivery Suite", D(2025, 8, 31), None, "G", "B",
             "Huddles embedded; audit in October showed 96% compliance."),
        ]),
        ("CQC Must Do: The trust must ensure staff complete mandatory training, including "
         "obstetric emergencies and neonatal life support. (Regulation 12)", [
            ("1.4", "Achieve 90% compliance with PROMPT multi-professional obstetric "
                    "emergencies training across all staff groups.",
             "Practice Development Midwife / Obstetric Training Lead",
             D(2025, 9, 30), D(2026, 1, 31), "R", "A",
             "Midwives 93%, obstetricians 81%, anaesthetists 74%.\n"
             "Additional dates added in December."),
            ("1.5", "Provide protected rota time for neonatal life support training for "
                    "obstetric and anaesthetic staff.",
             "Clinical Director – Obstetrics", "Q3 2025/26", None, "G", "G",
             "Rota template changed from November."),
        ]),
    ]),
    ("Workstream 2: Governance and learning", [
        ("CQC Should Do: The trust should ensure incidents are reviewed in a timely way and "
         "learning is shared with staff.", [
            ("2.1", "Clear the backlog of maternity incidents awaiting review (146 at July "
                    "2025).",
             "Maternity Governance Lead", D(2025, 10, 31), D(2025, 11, 30), "A", "B",
             "Backlog cleared 24/11/2025; weekly review panel continues."),
            ("2.2", "Publish a monthly ‘Safety Spotlight’ newsletter and hold a learning "
                    "lessons session at each site.",
             "Patient Safety Midwife", "Monthly", None, "G", "G",
             "Editions published July–November."),
        ]),
        ("Ockenden IEA 1 – Enhanced safety: maternity serious incidents are reported to the "
         "Trust Board and the LMNS every three months.", [
            ("2.3", "Include a quarterly maternity and neonatal safety report in the Group "
                    "Quality Committee and Board cycle of business.",
             "Director of Midwifery / Group Chief Nurse", D(2025, 7, 31), None, "B", "B",
             "In cycle of business from Q1."),
        ]),
    ]),
    ("Workstream 3: Listening to women and families", [
        ("CQC Should Do: The trust should ensure interpreting services are accessible to "
         "women at all stages of their care.", [
            ("3.1", "Roll out on-demand video interpreting on the antenatal wards and in "
                    "maternity triage at Oldham and Rochdale.",
             "Head of Midwifery (Rochdale)", D(2025, 12, 31), None, "A", "R",
             "Procurement delayed; escalated to the Care Organisation Director."),
            ("3.2", "Co-produce the Maternity and Neonatal Voices Partnership (MNVP) work "
                    "plan with women from the three largest community language groups.",
             "MNVP Lead", D(2026, 3, 31), None, None, None,
             "Due to start January 2026."),
        ]),
    ]),
]


def make_nca(path):
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov.column_dimensions["A"].width = 28
    cov.column_dimensions["B"].width = 80
    cov["A1"] = NCA_TITLE
    cov["A1"].font = Font(bold=True, size=14)
    cov.merge_cells("A1:B1")
    r = 3
    for k, v in [
        ("Document owner", "Group Director of Midwifery"),
        ("Executive lead", "Group Chief Nurse"),
        ("Governance route", "Maternity and Neonatal Safety Board → Group Quality "
                             "Committee → Board of Directors"),
        ("Version", "3.2"),
        ("Date", "28/11/2025"),
        ("Sources", "CQC inspection of maternity services (Royal Oldham Hospital and "
                    "Rochdale Infirmary); Ockenden immediate and essential actions"),
    ]:
        put(cov, r, 1, k, bold=True, bg=GREY)
        put(cov, r, 2, v)
        r += 1
    r += 1
    put(cov, r, 1, "BRAG key", bold=True, border=False)
    r += 1
    for k, v, bg in [
        ("B", "Complete – evidence verified by the Maternity Governance Team", BLUE),
        ("G", "On track", GREEN),
        ("A", "At risk of slipping – mitigation in place", AMBER),
        ("R", "Off track / overdue", RED),
    ]:
        put(cov, r, 1, k, bold=True, bg=bg)
        put(cov, r, 2, v)
        r += 1

    ws = wb.create_sheet("Improvement Plan")
    heads = ["Ref", "Requirement", "Action", "Action Owner", "Original Completion Date",
             "Revised Completion Date", "Previous BRAG (Oct)", "Current BRAG (Nov)",
             "Progress Update"]
    widths = [7, 45, 50, 30, 14, 14, 11, 11, 50]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws["A1"] = NCA_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Progress position: November 2025"
    ws["A2"].font = Font(italic=True)
    for j, h in enumerate(heads, 1):
        put(ws, 4, j, h, bold=True, bg=NAVY, white=True)
    ws.freeze_panes = "A5"
    r = 5
    for ws_name, reqs in NCA:
        put(ws, r, 1, ws_name, bold=True, bg="BDD7EE")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for req, acts in reqs:
            first = r
            put(ws, r, 2, req)
            for ref, act, own, orig, rev, prev, cur, upd in acts:
                put(ws, r, 1, ref)
                if r != first:
                    put(ws, r, 2, None)
                put(ws, r, 3, act)
                put(ws, r, 4, own)
                put(ws, r, 5, orig, fmt="dd/mm/yyyy")
                put(ws, r, 6, rev, fmt="dd/mm/yyyy")
                put(ws, r, 7, prev, bg=RAG_FILL.get(prev) if prev else None)
                put(ws, r, 8, cur, bold=True, bg=RAG_FILL.get(cur) if cur else None)
                put(ws, r, 9, upd)
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)

    sm = wb.create_sheet("Summary")
    sm.column_dimensions["A"].width = 45
    sm["A1"] = "Summary by workstream – November 2025"
    sm["A1"].font = Font(bold=True, size=12)
    for j, h in enumerate(["Workstream", "B", "G", "A", "R", "Not rated", "Total"], 1):
        put(sm, 3, j, h, bold=True, bg=GREY)
    rows = [("Workstream 1: Safe staffing and training", 2, 1, 2, 0, 0, 5),
            ("Workstream 2: Governance and learning", 2, 1, 0, 0, 0, 3),
            ("Workstream 3: Listening to women and families", 0, 0, 0, 1, 1, 2),
            ("Total", 4, 2, 2, 1, 1, 10)]
    for i, row in enumerate(rows):
        for j, v in enumerate(row, 1):
            put(sm, 4 + i, j, v, bold=(row[0] == "Total"))
    wb.save(path)


# ============================================================ 5. Worcester risk register (xlsx)
WORC_TITLE = "Worcester City Council – Corporate Risk Register, Quarter 3 2025/26"
WORC_RISKS = [
    ("CR1", "Financial sustainability", "Director of Finance", "20", "16", "9", "↔"),
    ("CR2", "Local government reorganisation in Worcestershire", "Chief Executive",
     "16", "12", "8", "↑"),
    ("CR3", "Cyber security and resilience of ICT systems", "Head of ICT", "20", "12",
     "8", "↔"),
    ("CR4", "Demand for temporary accommodation", "Head of Housing Services", "16", "16",
     "9", "↓"),
]
# (ref, action, owner, due, revised, update, rag_text, rag_fill)
WORC = [
    ("CR1 – Financial sustainability", [
        ("CR1.1", "Deliver the 2025/26 savings programme of £2.1m and report progress "
                  "monthly to CMT.",
         "Director of Finance", D(2026, 3, 31), None,
         "£1.4m delivered or on track; £0.7m at risk (car parking income).", "A"),
        ("CR1.2", "Refresh the Medium Term Financial Plan for 2026/27 to 2028/29 ahead of "
                  "budget setting.",
         "Director of Finance", "Feb-26", None,
         "Draft MTFP to Policy & Resources Committee in January.", "G"),
    ]),
    ("CR2 – Local government reorganisation in Worcestershire", [
        ("CR2.1", "Submit the final proposal for local government reorganisation in "
                  "Worcestershire jointly with the district councils.",
         "Chief Executive", D(2025, 11, 28), None,
         "Proposal submitted to MHCLG 28/11/2025.", "Complete"),
        ("CR2.2", "Establish a transition programme board and risk log, with Member "
                  "oversight through the Policy & Resources Committee.",
         "Chief Executive; Head of Legal & Democratic Services", "Jan-26", None,
         "Terms of reference drafted.", "G"),
    ]),
    ("CR3 – Cyber security and resilience of ICT systems", [
        ("CR3.1", "Achieve PSN compliance following remediation of the findings from the "
                  "IT health check.",
         "Head of ICT", D(2025, 9, 30), D(2025, 12, 31),
         "Two high-risk findings outstanding; resubmission planned for December.", "A"),
        ("CR3.2", "Run a cyber incident exercise with CMT using the LGA Cyber 360 scenario.",
         "Head of ICT / Emergency Planning Officer", "Mar-26", None,
         "Date being arranged.", "G"),
    ]),
    ("CR4 – Demand for temporary accommodation", [
        ("CR4.1", "Acquire 20 units of council-owned temporary accommodation through the "
                  "Local Authority Housing Fund.",
         "Head of Housing Services", D(2026, 3, 31), D(2026, 6, 30),
         "9 units acquired; market conditions are slowing purchases.", "R"),
        ("CR4.2", "Review the homelessness prevention offer, including use of the "
                  "Homelessness Prevention Grant for private rented sector incentives.",
         "Housing Options Manager", "Ongoing", None,
         "Landlord incentive scheme relaunched October 2025.", "G"),
    ]),
]


def make_worcester(path):
    wb = Workbook()
    sm = wb.active
    sm.title = "Risk Summary"
    sm["A1"] = WORC_TITLE
    sm["A1"].font = Font(bold=True, size=14)
    sm.merge_cells("A1:G1")
    sm["A2"] = "Reported to Audit, Governance & Standards Committee – 27 January 2026"
    heads = ["Risk Ref", "Risk", "Risk Owner", "Inherent score", "Residual score",
             "Target score", "Direction of travel"]
    for j, (h, w) in enumerate(zip(heads, [9, 50, 28, 11, 11, 11, 11]), 1):
        put(sm, 4, j, h, bold=True, bg=NAVY, white=True)
        sm.column_dimensions[get_column_letter(j)].width = w
    for i, row in enumerate(WORC_RISKS):
        for j, v in enumerate(row, 1):
            c = put(sm, 5 + i, j, v)
            if j == 5:
                c.fill = fill(RED if int(v) >= 15 else AMBER)
    put(sm, 10, 1, "Scores are likelihood x impact on a 5 x 5 matrix (see Scoring Matrix "
                   "sheet). Direction of travel compares with Quarter 2.", border=False)

    ws = wb.create_sheet("Mitigating Actions")
    ws["A1"] = "Corporate Risk Register – Mitigating Actions (Q3 2025/26)"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:G1")
    heads = ["Action Ref", "Mitigating action", "Action owner", "Due date",
             "Revised due date", "Q3 progress", "RAG"]
    for j, (h, w) in enumerate(zip(heads, [10, 55, 32, 12, 12, 50, 10]), 1):
        put(ws, 3, j, h, bold=True, bg=NAVY, white=True)
        ws.column_dimensions[get_column_letter(j)].width = w
    r = 4
    for risk, acts in WORC:
        put(ws, r, 1, risk, bold=True, bg=GREY)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for ref, act, own, due, rev, upd, rag in acts:
            put(ws, r, 1, ref)
            put(ws, r, 2, act)
            put(ws, r, 3, own)
            put(ws, r, 4, due, fmt="dd/mm/yyyy")
            put(ws, r, 5, rev, fmt="dd/mm/yyyy")
            put(ws, r, 6, upd)
            put(ws, r, 7, rag, bold=True, bg=RAG_FILL.get(rag))
            r += 1
    r += 1
    put(ws, r, 1, "RAG: Complete = action delivered; G = on track; A = behind schedule, "
                  "revised date agreed; R = significantly off track.", border=False)

    mx = wb.create_sheet("Scoring Matrix")
    mx["A1"] = "Risk scoring matrix (likelihood x impact)"
    mx["A1"].font = Font(bold=True)
    for i in range(5):
        put(mx, 3 + i, 1, 5 - i, bold=True, bg=GREY)
        for j in range(5):
            score = (5 - i) * (j + 1)
            bg = RED if score >= 15 else AMBER if score >= 8 else GREEN
            put(mx, 3 + i, 2 + j, score, bg=bg)
    for j in range(5):
        put(mx, 8, 2 + j, j + 1, bold=True, bg=GREY)
    put(mx, 9, 1, "Likelihood (rows) x Impact (columns)", border=False)
    wb.save(path)


# ============================================================ 6. Redditch highlight report (xlsx, refuse)
REDD_TITLE = "Redditch Borough Council – Transformation Programme Highlight Report"
REDD = [
    ("Digital Customer Access", [
        ("T1.1", "Launch the new customer portal for council tax and benefits self-service.",
         "Head of Customer Access & Financial Support", "Jul 2025", "Oct 2025", "G",
         "Portal live 06/10/2025; 2,310 accounts registered."),
        ("T1.2", "Migrate the remaining 14 online forms from the legacy platform to the "
                 "new CRM.",
         "Digital Transformation Lead", "Sep 2025", "Dec 2025", "A",
         "8 of 14 forms migrated; supplier resource constrained."),
        ("T1.3", "Introduce webchat for housing repairs enquiries.",
         "Digital Transformation Lead / Housing Repairs Manager", "Nov 2025",
         "Febuary 2026", "A",
         "Dependent on the repairs system upgrade."),
    ]),
    ("Town Hall Hub", [
        ("T2.1", "Complete the relocation of partner organisations into the Town Hall hub.",
         "Head of Property & Facilities", "Jun 2025", "Jun 2025", "B",
         "DWP and Citizens Advice moved in June."),
        ("T2.2", "Let the vacant ground floor space to a health partner.",
         "Head of Property & Facilities", "Mar 2026", "Mar 2026", "G",
         "Heads of terms agreed with the ICB."),
    ]),
    ("Workforce and Organisational Development", [
        ("T3.1", "Implement the new hybrid working policy following consultation with the "
                 "trade unions.",
         "Head of HR & OD", "Sep 2025", "Jan 2026", "R",
         "Consultation extended at the request of UNISON."),
        ("T3.2", "Roll out the management development programme to all third-tier managers.",
         "Head of HR & OD", "Mar 2026", "Apr 2026", "A",
         "Cohort 1 started; cohort 2 moved to April."),
    ]),
]
REDD_TYPO_ROW = None  # filled in by make_redditch


def make_redditch(path):
    global REDD_TYPO_ROW
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight Report"
    widths = [8, 26, 55, 34, 13, 13, 8, 45]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws["A1"] = REDD_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    info = [("Reporting period:", "October 2025"),
            ("Programme sponsor:", "Chief Executive"),
            ("Report to:", "Executive Committee, 18 November 2025"),
            ("Overall programme RAG:", "Amber")]
    for i, (k, v) in enumerate(info):
        put(ws, 2 + i, 1, k, bold=True, border=False)
        ws.merge_cells(start_row=2 + i, start_column=1, end_row=2 + i, end_column=2)
        c = put(ws, 2 + i, 3, v, border=False)
        if v == "Amber":
            c.fill = fill(AMBER)
    heads = ["Ref", "Project", "Milestone / key action", "Lead", "Baseline date",
             "Forecast date", "RAG", "Commentary"]
    hr = 7
    for j, h in enumerate(heads, 1):
        put(ws, hr, j, h, bold=True, bg=NAVY, white=True)
    r = hr + 1
    for proj, acts in REDD:
        first = r
        put(ws, r, 2, proj, bold=True)
        for ref, act, lead, base, fc, rag, com in acts:
            put(ws, r, 1, ref)
            if r != first:
                put(ws, r, 2, None)
            put(ws, r, 3, act)
            put(ws, r, 4, lead)
            put(ws, r, 5, base)
            put(ws, r, 6, fc)
            if fc.startswith("Febuary"):
                REDD_TYPO_ROW = r
            put(ws, r, 7, rag, bold=True, bg=RAG_FILL[rag])
            put(ws, r, 8, com)
            r += 1
        ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    put(ws, r, 1, "RAG: B = complete; G = on track; A = forecast later than baseline, "
                  "within tolerance; R = outside tolerance, decision needed.", border=False)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)

    fb = wb.create_sheet("Financial Benefits")
    fb["A1"] = "Cashable benefits by project (£000)"
    fb["A1"].font = Font(bold=True)
    for j, h in enumerate(["Project", "2025/26 target", "2025/26 forecast",
                           "2026/27 target"], 1):
        put(fb, 3, j, h, bold=True, bg=GREY)
    for i, row in enumerate([("Digital Customer Access", 180, 145, 320),
                             ("Town Hall Hub", 95, 95, 140),
                             ("Workforce and Organisational Development", 60, 20, 150),
                             ("Total", 335, 260, 610)]):
        for j, v in enumerate(row, 1):
            put(fb, 4 + i, j, v)
    fb.column_dimensions["A"].width = 42
    wb.save(path)


# ============================================================ 7. Brentwood CSP delivery plan (txt)
BRENT_TITLE = ("Brentwood Community Safety Partnership – Partnership Plan 2025-26 "
               "Delivery Plan")
BRENT = [
    ("Priority 1: Violence Against Women and Girls (VAWG)", [
        ("Outcome 1a: More victims of domestic abuse report it and are supported at the "
         "earliest opportunity", [
            ("1.1", "Deliver domestic abuse awareness sessions to front-line staff in "
                    "Brentwood BC housing, leisure and customer services.",
             "Brentwood BC Community Safety Team", "Dec 2025",
             "6 of 8 sessions delivered (94 staff).", "Green"),
            ("1.2", "Promote the Safe Spaces scheme in pharmacies and businesses on "
                    "Brentwood High Street and in Shenfield.",
             "Brentwood BC Community Safety Team & Brentwood Chamber of Commerce",
             "Sept 2025", "23 venues signed up.", "Complete"),
        ]),
        ("Outcome 1b: Women and girls feel safer in the night-time economy", [
            ("1.3", "Achieve Best Bar None accreditation for at least 10 licensed premises "
                    "in the town centre.",
             "Licensing Manager / Essex Police Licensing Officer", "Mar 2026",
             "4 premises accredited; assessments booked for 3 more.", "Amber"),
            ("1.4", "Run Walk and Talk sessions with women and girls to identify places "
                    "where they feel unsafe, and feed the results into the CCTV review.",
             "Essex Police (Brentwood Community Policing Team)", "Q3 2025/26",
             "Two sessions held; third planned for November.", "Green"),
        ]),
    ]),
    ("Priority 2: Anti-social behaviour and town centre safety", [
        ("Outcome 2a: Less repeat anti-social behaviour in the town centre and around "
         "Brentwood station", [
            ("2.1", "Carry out weekly joint patrols by Community Safety Engagement Officers "
                    "and Essex Police at identified hotspots.",
             "Community Safety Manager", "Ongoing",
             "Patrols in place; ASB at the station down 18% on last year.", "Green"),
            ("2.2", "Review the town centre Public Spaces Protection Order (PSPO) before it "
                    "expires.",
             "Head of Community Services; Legal Services", "Sept 2025 – March 2026",
             "Consultation closes 15 December.", "Amber"),
            ("2.3", "Upgrade the CCTV cameras at King George’s Playing Fields and the "
                    "Baytree Centre.",
             "CCTV Partnership Manager", "31/03/2026",
             "Capital bid unsuccessful; alternative funding being sought.", "Red"),
        ]),
    ]),
    ("Priority 3: Serious violence and the exploitation of young people", [
        ("Outcome 3a: Fewer young people are drawn into exploitation and knife crime", [
            ("3.1", "Commission detached youth work on Friday and Saturday evenings in "
                    "Brentwood, Shenfield and Pilgrims Hatch.",
             "Brentwood BC / Essex County Council Youth Service", "w/c 06/10/25",
             "Provider started 10 October.", "Complete"),
            ("3.2", "Deliver knife crime awareness workshops in all Brentwood secondary "
                    "schools.",
             "Essex Police Schools Officer", "Summer term 2026",
             "Programme to start after February half term.", ""),
        ]),
    ]),
]
BRENT_HEAD = ["Ref", "What we will do", "Lead partner(s)", "By when",
              "Progress (Q2)", "RAG"]


def brent_lines():
    out = [
        BRENT_TITLE,
        "Quarter 2 update (July – September 2025) – presented to the CSP Board on "
        "4 November 2025",
        "",
        "\t".join(BRENT_HEAD),
    ]
    for pri, outcomes in BRENT:
        out.append(pri)
        for oc, acts in outcomes:
            out.append(oc)
            for a in acts:
                out.append("\t".join(a))
    out += [
        "",
        "RAG key: Green – on track; Amber – some delay; Red – significant delay or "
        "barrier; Complete – action delivered",
        "Summary\t9 actions\tComplete 2\tGreen 3\tAmber 2\tRed 1\tNot yet rated 1",
        "Note: the Partnership Plan is refreshed each year following the Strategic "
        "Assessment. Contact: community.safety@brentwood.gov.uk",
    ]
    return out


def make_brentwood(path):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(brent_lines()) + "\r\n")


FILES = {
    "kd2-walsall-safeguarding-partnership-sar-adult-n-action-plan.docx": make_walsall,
    "kd2-horsham-district-csp-dhr-amanda-action-plan.docx": make_horsham,
    "kd2-dorset-healthcare-university-nhsft-board-of-directors-action-log.csv": make_dorset,
    "kd2-northern-care-alliance-nhsft-maternity-neonatal-improvement-plan.xlsx": make_nca,
    "kd2-worcester-city-council-corporate-risk-register-q3-2025-26.xlsx": make_worcester,
    "kd2-redditch-bc-transformation-programme-highlight-report-typo-month-refuse.xlsx":
        make_redditch,
    "kd2-brentwood-csp-partnership-plan-2025-26-delivery-plan.txt": make_brentwood,
}


def main():
    for name, fn in FILES.items():
        fn(os.path.join(HERE, name))
        print("wrote", name)


if __name__ == "__main__":
    main()
